/*
 * Tab completion: collects candidate names from the running interpreter.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "map.h"
#include "obj_dict.h"
#include "obj_list.h"
#include "obj_str.h"
#include "qstr.h"
#include "repl_complete.h"
#include "runtime.h"

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
};

typedef struct collector {
    repl_completions_t *c;
    size_t cap;
    const char *word;
    size_t word_len;
} collector_t;

static bool ident_byte(unsigned char ch)
{
    return ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           ch >= 0x80;
}

/* Candidates must extend the word; as rlcompleter does, an empty word
 * hides private names and "_" hides dunder names. */
static void add(collector_t *k, const char *name, size_t len)
{
    if (len < k->word_len || memcmp(name, k->word, k->word_len) != 0)
        return;
    if (k->word_len == 0 && len > 0 && name[0] == '_')
        return;
    if (k->word_len == 1 && k->word[0] == '_' && len > 1 && name[1] == '_')
        return;
    repl_completions_t *c = k->c;
    if (c->n == k->cap) {
        size_t cap = k->cap ? k->cap * 2 : 32;
        char **nn = realloc(c->names, cap * sizeof(char *));
        if (!nn)
            return;
        c->names = nn;
        k->cap = cap;
    }
    char *s = malloc(len + 1);
    if (!s)
        return;
    memcpy(s, name, len);
    s[len] = '\0';
    c->names[c->n++] = s;
}

static void add_obj(collector_t *k, obj_t name)
{
    if (!obj_is_str(name))
        return;
    size_t len;
    const char *s = str_get_data(name, &len);
    add(k, s, len);
}

static void add_map_keys(collector_t *k, map_t *m)
{
    size_t pos = 0;
    map_elem_t *e;
    while ((e = map_next(m, &pos)) != NULL)
        add_obj(k, e->key);
}

static void add_list(collector_t *k, obj_t list)
{
    size_t n;
    obj_t *items;
    obj_list_get(list, &n, &items);
    for (size_t i = 0; i < n; i++)
        add_obj(k, items[i]);
}

/* The object a dotted name refers to, or OBJ_NULL. Raises what attribute
 * access raises. */
static obj_t resolve(const char *s, size_t len)
{
    obj_t o = OBJ_NULL;
    size_t i = 0;
    while (i <= len) {
        size_t j = i;
        while (j < len && s[j] != '.')
            j++;
        if (j == i || (s[i] >= '0' && s[i] <= '9'))
            return OBJ_NULL;
        qstr q = qstr_find_strn(s + i, j - i);
        if (q == QSTR_NULL)
            return OBJ_NULL;
        if (o == OBJ_NULL) {
            o = map_get_qstr(dict_get_map((obj_t)module_globals(vm.main_module)), q);
            if (o == OBJ_NULL)
                o = map_get_qstr(dict_get_map((obj_t)vm.builtins), q);
        } else {
            o = load_attr_maybe(o, q);
        }
        if (o == OBJ_NULL)
            return OBJ_NULL;
        i = j + 1;
    }
    return o;
}

/* Whether line[0..end) is an `import` or `from` keyword and spaces. */
static bool after_import(const char *line, size_t end)
{
    size_t i = 0;
    while (i < end && line[i] == ' ')
        i++;
    size_t j = end;
    while (j > i && line[j - 1] == ' ')
        j--;
    if (j == end)
        return false;
    return (j - i == 6 && memcmp(line + i, "import", 6) == 0) || (j - i == 4 && memcmp(line + i, "from", 4) == 0);
}

static void collect(collector_t *k, const char *line, size_t start, size_t dot, bool has_dot)
{
    nlr_buf_t nlr;
    if (nlr_push(&nlr) != 0)
        return;
    if (has_dot) {
        obj_t o = resolve(line + start, dot - start);
        if (o != OBJ_NULL) {
            obj_t dir = map_get_qstr(dict_get_map((obj_t)vm.builtins), Q_dir);
            if (dir != OBJ_NULL)
                add_list(k, call1(dir, o));
        }
    } else if (after_import(line, start)) {
        add_list(k, module_builtin_names());
        add_map_keys(k, dict_get_map((obj_t)vm.modules));
    } else {
        add_map_keys(k, dict_get_map((obj_t)module_globals(vm.main_module)));
        add_map_keys(k, dict_get_map((obj_t)vm.builtins));
        for (size_t i = 0; i < sizeof(keywords) / sizeof(keywords[0]); i++)
            add(k, keywords[i], strlen(keywords[i]));
    }
    nlr_pop();
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

void repl_complete(const char *line, size_t pos, repl_completions_t *c)
{
    memset(c, 0, sizeof(*c));
    size_t start = pos;
    while (start > 0 && (ident_byte((unsigned char)line[start - 1]) || line[start - 1] == '.'))
        start--;
    /* a number (1.5) or a string's contents are not names */
    if (start < pos && line[start] >= '0' && line[start] <= '9')
        return;
    if (start > 0 && (line[start - 1] == '"' || line[start - 1] == '\''))
        return;
    size_t dot = pos;
    while (dot > start && line[dot - 1] != '.')
        dot--;
    bool has_dot = dot > start;
    if (has_dot)
        dot--; /* at the '.' */
    size_t word = has_dot ? dot + 1 : start;
    collector_t k = {c, 0, line + word, pos - word};
    c->word_len = pos - word;
    collect(&k, line, start, dot, has_dot);
    if (c->n == 0)
        return;
    qsort(c->names, c->n, sizeof(char *), cmp_names);
    size_t out = 1;
    for (size_t i = 1; i < c->n; i++) {
        if (strcmp(c->names[i], c->names[out - 1]) == 0)
            free(c->names[i]);
        else
            c->names[out++] = c->names[i];
    }
    c->n = out;
}

void repl_complete_free(repl_completions_t *c)
{
    for (size_t i = 0; i < c->n; i++)
        free(c->names[i]);
    free(c->names);
    memset(c, 0, sizeof(*c));
}

size_t repl_complete_common(const repl_completions_t *c)
{
    if (c->n == 0)
        return 0;
    size_t len = strlen(c->names[0]);
    for (size_t i = 1; i < c->n; i++) {
        size_t j = 0;
        while (j < len && c->names[i][j] == c->names[0][j])
            j++;
        len = j;
    }
    return len;
}
