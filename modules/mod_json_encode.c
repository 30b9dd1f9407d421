/*
 * JSON encoder: writes the text CPython 3.11's encoders produce (the C
 * encoder's output without indent, the Python one's with it; both agree).
 * Containers nest by C recursion, bounded by the recursion limit
 * (RecursionError, as CPython) and runtime_check_stack().
 */
#include <math.h>
#include <string.h>

#include "map.h"
#include "mem.h"
#include "mod_json.h"
#include "obj_dict.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

typedef struct enc {
    vstr_t out;
    print_t print;          /* appends to out */
    obj_t default_fn;       /* OBJ_NULL: raise TypeError */
    const char *indent;     /* NULL: no newlines */
    size_t indent_len;
    const char *item_sep;
    size_t item_sep_len;
    const char *key_sep;
    size_t key_sep_len;
    bool skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys;
    obj_t *marks;           /* containers being encoded (circular check) */
    size_t n_marks, marks_alloc;
    size_t depth;           /* indentation level */
    size_t nest;            /* recursion depth */
} enc_t;

static const char hexdigits[] = "0123456789abcdef";

static void add_u_escape(vstr_t *v, uint32_t c)
{
    char b[6] = {'\\', 'u', hexdigits[(c >> 12) & 15], hexdigits[(c >> 8) & 15], hexdigits[(c >> 4) & 15],
                 hexdigits[c & 15]};
    vstr_add_strn(v, b, 6);
}

static void encode_str(enc_t *e, obj_t s)
{
    size_t len;
    const char *p = str_get_data(str_unwrap(s), &len);
    const char *end = p + len;
    vstr_t *v = &e->out;
    vstr_add_char(v, '"');
    while (p < end) {
        /* copy a run of characters that need no escaping at once */
        const char *run = p;
        while (p < end) {
            unsigned char c = (unsigned char)*p;
            if (c < 0x20 || c == '"' || c == '\\' || (c >= 0x7f && e->ensure_ascii))
                break;
            p++;
        }
        if (p > run)
            vstr_add_strn(v, run, (size_t)(p - run));
        if (p >= end)
            break;
        unsigned char c = (unsigned char)*p;
        if (c >= 0x7f) {
            uint32_t cp;
            p = utf8_next(p, &cp);
            if (cp >= 0x10000) {
                cp -= 0x10000;
                add_u_escape(v, 0xd800 | (cp >> 10));
                add_u_escape(v, 0xdc00 | (cp & 0x3ff));
            } else {
                add_u_escape(v, cp);
            }
            continue;
        }
        p++;
        switch (c) {
        case '"': vstr_add_strn(v, "\\\"", 2); break;
        case '\\': vstr_add_strn(v, "\\\\", 2); break;
        case '\n': vstr_add_strn(v, "\\n", 2); break;
        case '\r': vstr_add_strn(v, "\\r", 2); break;
        case '\t': vstr_add_strn(v, "\\t", 2); break;
        case '\b': vstr_add_strn(v, "\\b", 2); break;
        case '\f': vstr_add_strn(v, "\\f", 2); break;
        default: add_u_escape(v, c); break;
        }
    }
    vstr_add_char(v, '"');
}

static void encode_float(enc_t *e, obj_t o)
{
    obj_float_t *f = obj_native(o, &type_float);
    double d = f->value;
    if (isnan(d) || isinf(d)) {
        if (!e->allow_nan)
            raise_msg(&type_ValueError, "Out of range float values are not JSON compliant");
        vstr_add_str(&e->out, isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
        return;
    }
    obj_print(&e->print, f, PRINT_REPR);
}

static void encode_int(enc_t *e, obj_t o)
{
    obj_print(&e->print, obj_native(o, &type_int), PRINT_REPR);
}

static void newline_indent(enc_t *e)
{
    vstr_add_char(&e->out, '\n');
    for (size_t i = 0; i < e->depth; i++)
        vstr_add_strn(&e->out, e->indent, e->indent_len);
}

static void push_mark(enc_t *e, obj_t o)
{
    if (!e->check_circular)
        return;
    for (size_t i = 0; i < e->n_marks; i++)
        if (e->marks[i] == o)
            raise_msg(&type_ValueError, "Circular reference detected");
    if (e->n_marks == e->marks_alloc) {
        e->marks_alloc = e->marks_alloc ? 2 * e->marks_alloc : 16;
        e->marks = mem_realloc(e->marks, e->marks_alloc * sizeof(obj_t));
    }
    e->marks[e->n_marks++] = o;
}

static void pop_mark(enc_t *e)
{
    if (e->check_circular)
        e->n_marks--;
}

static void enter(enc_t *e)
{
    if (++e->nest > vm.recursion_limit)
        raise_msg(&type_RecursionError, "maximum recursion depth exceeded while encoding a JSON object");
    runtime_check_stack();
}

static void encode(enc_t *e, obj_t o);

static void encode_list(enc_t *e, obj_t o)
{
    size_t n;
    obj_t *items;
    if (obj_isinstance(o, &type_list))
        obj_list_get(o, &n, &items);
    else
        obj_tuple_get(o, &n, &items);
    if (n == 0) {
        vstr_add_strn(&e->out, "[]", 2);
        return;
    }
    push_mark(e, o);
    vstr_add_char(&e->out, '[');
    enter(e);
    e->depth++;
    if (e->indent)
        newline_indent(e);
    for (size_t i = 0;; i++) {
        /* a default() or float hook may have changed a list: re-read it */
        if (obj_isinstance(o, &type_list))
            obj_list_get(o, &n, &items);
        if (i >= n)
            break;
        if (i > 0) {
            vstr_add_strn(&e->out, e->item_sep, e->item_sep_len);
            if (e->indent)
                newline_indent(e);
        }
        encode(e, items[i]);
    }
    e->depth--;
    e->nest--;
    if (e->indent)
        newline_indent(e);
    vstr_add_char(&e->out, ']');
    pop_mark(e);
}

/* Writes the JSON key for k; false when the pair is to be skipped. */
static bool encode_key(enc_t *e, obj_t k)
{
    if (str_check(k)) {
        encode_str(e, k);
        return true;
    }
    vstr_add_char(&e->out, '"');
    if (obj_isinstance(k, &type_float)) {
        encode_float(e, k);
    } else if (k == OBJ_TRUE) {
        vstr_add_str(&e->out, "true");
    } else if (k == OBJ_FALSE) {
        vstr_add_str(&e->out, "false");
    } else if (k == OBJ_NONE) {
        vstr_add_str(&e->out, "null");
    } else if (obj_isinstance(k, &type_int)) {
        encode_int(e, k);
    } else {
        e->out.len--;
        if (e->skipkeys)
            return false;
        raise_fmt(&type_TypeError, "keys must be str, int, float, bool or None, not %s", obj_type_name(k));
    }
    vstr_add_char(&e->out, '"');
    return true;
}

static void encode_dict(enc_t *e, obj_t o)
{
    map_t *m = dict_get_map(o);
    if (m->used == 0) {
        vstr_add_strn(&e->out, "{}", 2);
        return;
    }
    push_mark(e, o);
    /* Snapshot of the pairs: default() may mutate the dict. */
    size_t n = 0;
    obj_t list = obj_new_list(0, NULL);
    size_t pos = 0;
    map_elem_t *el;
    while ((el = map_next(m, &pos)) != NULL) {
        obj_t kv[2] = {el->key, el->value};
        list_append(list, obj_new_tuple(2, kv));
    }
    if (e->sort_keys)
        list_sort_inplace(list, OBJ_NULL, false);
    obj_t *items;
    obj_list_get(list, &n, &items);
    vstr_add_char(&e->out, '{');
    enter(e);
    e->depth++;
    if (e->indent)
        newline_indent(e);
    bool first = true;
    for (size_t i = 0; i < n; i++) {
        obj_tuple_t *kv = items[i];
        size_t mark = e->out.len;
        if (!first) {
            vstr_add_strn(&e->out, e->item_sep, e->item_sep_len);
            if (e->indent)
                newline_indent(e);
        }
        if (!encode_key(e, kv->items[0])) {
            e->out.len = mark;
            continue;
        }
        first = false;
        vstr_add_strn(&e->out, e->key_sep, e->key_sep_len);
        encode(e, kv->items[1]);
    }
    e->depth--;
    e->nest--;
    if (e->indent)
        newline_indent(e);
    vstr_add_char(&e->out, '}');
    pop_mark(e);
}

static void encode(enc_t *e, obj_t o)
{
    if (o == OBJ_NONE) {
        vstr_add_strn(&e->out, "null", 4);
    } else if (o == OBJ_TRUE) {
        vstr_add_strn(&e->out, "true", 4);
    } else if (o == OBJ_FALSE) {
        vstr_add_strn(&e->out, "false", 5);
    } else if (str_check(o)) {
        encode_str(e, o);
    } else if (obj_isinstance(o, &type_int)) {
        encode_int(e, o);
    } else if (obj_isinstance(o, &type_float)) {
        encode_float(e, o);
    } else if (obj_isinstance(o, &type_list) || obj_isinstance(o, &type_tuple)) {
        encode_list(e, o);
    } else if (obj_isinstance(o, &type_dict)) {
        encode_dict(e, o);
    } else {
        if (e->default_fn == OBJ_NULL)
            raise_fmt(&type_TypeError, "Object of type %s is not JSON serializable", obj_type_name(o));
        push_mark(e, o);
        obj_t r = call1(e->default_fn, o);
        enter(e);
        encode(e, r);
        e->nest--;
        pop_mark(e);
    }
}

static const char *sep_data(obj_t s, size_t *len, int argno)
{
    if (!str_check(s))
        raise_fmt(&type_TypeError, "make_encoder() argument %d must be str, not %s", argno, obj_type_name(s));
    return str_get_data(str_unwrap(s), len);
}

obj_t mod_json_encode(obj_t o, const obj_t *opt)
{
    enc_t e;
    memset(&e, 0, sizeof(e));
    vstr_init(&e.out, 64);
    vstr_print_init(&e.print, &e.out);
    e.skipkeys = obj_is_true(opt[JSON_OPT_SKIPKEYS]);
    e.ensure_ascii = obj_is_true(opt[JSON_OPT_ENSURE_ASCII]);
    e.check_circular = obj_is_true(opt[JSON_OPT_CHECK_CIRCULAR]);
    e.allow_nan = obj_is_true(opt[JSON_OPT_ALLOW_NAN]);
    e.sort_keys = obj_is_true(opt[JSON_OPT_SORT_KEYS]);
    e.default_fn = opt[JSON_OPT_DEFAULT] == OBJ_NONE ? OBJ_NULL : opt[JSON_OPT_DEFAULT];
    e.key_sep = sep_data(opt[JSON_OPT_KEY_SEP], &e.key_sep_len, 5);
    e.item_sep = sep_data(opt[JSON_OPT_ITEM_SEP], &e.item_sep_len, 6);
    obj_t indent = opt[JSON_OPT_INDENT];
    if (indent != OBJ_NONE) {
        if (str_check(indent)) {
            e.indent = str_get_data(str_unwrap(indent), &e.indent_len);
        } else {
            /* ' ' * indent, as CPython computes it */
            intptr_t n = obj_get_int(indent);
            char *sp = mem_alloc_noscan(n > 0 ? (size_t)n + 1 : 1);
            for (intptr_t i = 0; i < n; i++)
                sp[i] = ' ';
            e.indent = sp;
            e.indent_len = n > 0 ? (size_t)n : 0;
        }
    }
    encode(&e, o);
    return vstr_to_str(&e.out);
}
