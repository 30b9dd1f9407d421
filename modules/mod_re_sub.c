/*
 * Replacement templates (Pattern.sub/subn, Match.expand) and sub itself.
 *
 * A compiled template is a list whose items are literal str/bytes pieces
 * and small ints (group numbers). Syntax and errors follow CPython 3.11's
 * parse_template: \g<name>, \g<number>, \1..\99, octal escapes, the
 * standard character escapes; unknown escapes of ASCII letters are errors,
 * other unknown escapes stay as written.
 */
#include <string.h>

#include "mem.h"
#include "mod_re.h"
#include "obj_dict.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"
#include "unichar.h"

typedef struct tparse {
    re_text_t t;
    size_t i;
    obj_t repl;
    re_pattern_t *p;
    obj_t list;
    vstr_t lit;
} tparse_t;

_Noreturn static void terror(tparse_t *tp, const char *msg, size_t pos)
{
    mod_re_raise_error(msg, tp->repl, (intptr_t)pos);
}

static uint32_t tpeek(tparse_t *tp)
{
    return tp->i < tp->t.len ? re_text_at(&tp->t, tp->i) : 0;
}

static bool tat_end(tparse_t *tp)
{
    return tp->i >= tp->t.len;
}

static void tadvance(tparse_t *tp, size_t n)
{
    tp->i += n;
    if (tp->i + 1 == tp->t.len && re_text_at(&tp->t, tp->i) == '\\')
        terror(tp, "bad escape (end of pattern)", tp->t.len - 1);
}

static void add_char(tparse_t *tp, uint32_t c)
{
    if (tp->t.is_bytes)
        vstr_add_char(&tp->lit, (char)c);
    else
        vstr_add_unichar(&tp->lit, c);
}

static void flush(tparse_t *tp)
{
    if (tp->lit.len == 0)
        return;
    list_append(tp->list, tp->t.is_bytes ? vstr_to_bytes(&tp->lit) : vstr_to_str(&tp->lit));
    vstr_init(&tp->lit, 16);
}

static void add_group(tparse_t *tp, size_t g, size_t pos)
{
    if (g > tp->p->prog.ngroups) {
        char msg[48] = "invalid group reference ";
        size_t l = strlen(msg);
        char digits[24];
        size_t nd = 0;
        do {
            digits[nd++] = (char)('0' + g % 10);
            g /= 10;
        } while (g);
        while (nd)
            msg[l++] = digits[--nd];
        msg[l] = '\0';
        terror(tp, msg, pos);
    }
    flush(tp);
    list_append(tp->list, obj_new_int((intptr_t)g));
}

_Noreturn static void terror_name(tparse_t *tp, const char *prefix, size_t a, size_t b, size_t pos)
{
    vstr_t v;
    vstr_init(&v, 32);
    print_t pr;
    vstr_print_init(&pr, &v);
    print_str(&pr, prefix);
    vstr_t name;
    vstr_init(&name, b - a + 1);
    for (size_t k = a; k < b; k++)
        vstr_add_unichar(&name, re_text_at(&tp->t, k));
    obj_print(&pr, vstr_to_str(&name), PRINT_REPR);
    vstr_add_char(&v, '\0');
    terror(tp, v.buf, pos);
}

/* \g<...> after "\g" was consumed. */
static void group_name(tparse_t *tp)
{
    if (tat_end(tp) || tpeek(tp) != '<')
        terror(tp, "missing <", tp->i);
    tadvance(tp, 1);
    size_t a = tp->i;
    for (;;) {
        if (tat_end(tp)) {
            if (tp->i == a)
                terror(tp, "missing group name", tp->i);
            terror(tp, "missing >, unterminated name", a);
        }
        uint32_t c = tpeek(tp);
        if (c == '>') {
            size_t tpos = tp->i;
            tadvance(tp, 1);
            if (tpos == a)
                terror(tp, "missing group name", tpos);
            break;
        }
        tadvance(tp, c == '\\' ? 2 : 1);
    }
    size_t b = tp->i - 1;
    bool ident = true;
    for (size_t k = a; k < b; k++) {
        uint32_t c = re_text_at(&tp->t, k);
        if (k == a ? !unichar_isidstart(c) : !unichar_isidcontinue(c))
            ident = false;
    }
    if (ident) {
        vstr_t name;
        vstr_init(&name, b - a + 1);
        for (size_t k = a; k < b; k++)
            vstr_add_unichar(&name, re_text_at(&tp->t, k));
        obj_t v = dict_lookup(tp->p->groupindex, vstr_to_str(&name));
        if (v == OBJ_NULL) {
            vstr_t m;
            vstr_init(&m, 32);
            print_t pr;
            vstr_print_init(&pr, &m);
            print_str(&pr, "unknown group name ");
            vstr_t nm;
            vstr_init(&nm, b - a + 1);
            for (size_t k = a; k < b; k++)
                vstr_add_unichar(&nm, re_text_at(&tp->t, k));
            obj_print(&pr, vstr_to_str(&nm), PRINT_REPR);
            vstr_add_char(&m, '\0');
            raise_msg(&type_IndexError, m.buf);
        }
        add_group(tp, (size_t)obj_get_int(v), a);
        return;
    }
    size_t g;
    if (!mod_re_parse_atom_int(&tp->t, a, b, &g))
        terror_name(tp, "bad character in group name ", a, b, a);
    add_group(tp, g, a);
}

static int tsimple_escape(uint32_t c)
{
    switch (c) {
    case 'a': return 7;
    case 'b': return 8;
    case 'f': return 12;
    case 'n': return 10;
    case 'r': return 13;
    case 't': return 9;
    case 'v': return 11;
    case '\\': return '\\';
    default: return -1;
    }
}

static bool is_oct(uint32_t c)
{
    return c >= '0' && c <= '7';
}

static bool is_dig(uint32_t c)
{
    return c >= '0' && c <= '9';
}

obj_t mod_re_template_compile(re_pattern_t *p, obj_t repl)
{
    tparse_t tp;
    memset(&tp, 0, sizeof(tp));
    mod_re_text_init(&tp.t, repl);
    if (tp.t.is_bytes != p->is_bytes)
        raise_fmt(&type_TypeError,
                  p->is_bytes ? "expected a bytes-like object, %s found" : "expected str instance, %s found",
                  obj_type_name(repl));
    tp.repl = repl;
    tp.p = p;
    tp.list = obj_new_list(0, NULL);
    vstr_init(&tp.lit, 16);
    tadvance(&tp, 0);
    while (!tat_end(&tp)) {
        uint32_t c = tpeek(&tp);
        if (c != '\\') {
            add_char(&tp, c);
            tadvance(&tp, 1);
            continue;
        }
        size_t esc = tp.i;
        c = re_text_at(&tp.t, tp.i + 1);
        tadvance(&tp, 2);
        if (c == 'g') {
            group_name(&tp);
        } else if (c == '0') {
            uint32_t v = 0;
            for (int k = 0; k < 2 && !tat_end(&tp) && is_oct(tpeek(&tp)); k++) {
                v = v * 8 + (tpeek(&tp) - '0');
                tadvance(&tp, 1);
            }
            add_char(&tp, v & 0xff);
        } else if (is_dig(c)) {
            size_t g = c - '0';
            bool octal = false;
            if (!tat_end(&tp) && is_dig(tpeek(&tp))) {
                uint32_t d2 = tpeek(&tp);
                tadvance(&tp, 1);
                if (is_oct(c) && is_oct(d2) && !tat_end(&tp) && is_oct(tpeek(&tp))) {
                    uint32_t v = (c - '0') * 64 + (d2 - '0') * 8 + (tpeek(&tp) - '0');
                    tadvance(&tp, 1);
                    if (v > 0377) {
                        vstr_t m;
                        vstr_init(&m, 64);
                        vstr_add_str(&m, "octal escape value ");
                        for (size_t k = esc; k < tp.i; k++)
                            vstr_add_char(&m, (char)re_text_at(&tp.t, k));
                        vstr_add_str(&m, " outside of range 0-0o377");
                        vstr_add_char(&m, '\0');
                        terror(&tp, m.buf, esc);
                    }
                    add_char(&tp, v);
                    octal = true;
                } else {
                    g = g * 10 + (d2 - '0');
                }
            }
            if (!octal)
                add_group(&tp, g, esc + 1);
        } else {
            int se = tsimple_escape(c);
            if (se >= 0) {
                add_char(&tp, (uint32_t)se);
            } else {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                    char msg[24] = "bad escape \\";
                    size_t l = strlen(msg);
                    msg[l] = (char)c;
                    msg[l + 1] = '\0';
                    terror(&tp, msg, esc);
                }
                add_char(&tp, '\\');
                add_char(&tp, c);
            }
        }
    }
    flush(&tp);
    return tp.list;
}

obj_t mod_re_template_expand(obj_t tmpl, re_match_t *m)
{
    size_t n;
    obj_t *items;
    obj_list_get(tmpl, &n, &items);
    vstr_t v;
    vstr_init(&v, 32);
    for (size_t k = 0; k < n; k++) {
        obj_t piece = items[k];
        if (obj_is_small_int(piece)) {
            piece = mod_re_match_group(m, (size_t)obj_small_int_value(piece), OBJ_NULL);
            if (piece == OBJ_NULL)
                continue;
        }
        size_t len;
        const char *d;
        buffer_info_t bi;
        if (m->pattern->is_bytes && bytes_get_buffer(piece, &bi)) {
            d = bi.buf;
            len = bi.len;
        } else {
            d = str_get_data(piece, &len);
        }
        vstr_add_strn(&v, d, len);
    }
    return m->pattern->is_bytes ? vstr_to_bytes(&v) : vstr_to_str(&v);
}

/* Append piece (str or bytes as the pattern) to out, or raise the
 * TypeError str.join would. */
static void add_piece(vstr_t *out, obj_t piece, bool is_bytes, size_t item)
{
    if (is_bytes) {
        buffer_info_t bi;
        if (!bytes_get_buffer(piece, &bi))
            raise_fmt(&type_TypeError, "sequence item %u: expected a bytes-like object, %s found", (unsigned)item,
                      obj_type_name(piece));
        vstr_add_strn(out, bi.buf, bi.len);
        return;
    }
    if (!str_check(piece))
        raise_fmt(&type_TypeError, "sequence item %u: expected str instance, %s found", (unsigned)item,
                  obj_type_name(piece));
    size_t len;
    const char *d = str_get_data(str_unwrap(piece), &len);
    vstr_add_strn(out, d, len);
}

obj_t mod_re_sub(re_pattern_t *p, obj_t repl, obj_t string, intptr_t count, bool subn)
{
    re_text_t t;
    mod_re_text_init(&t, string);
    if (p->is_bytes && !t.is_bytes)
        raise_msg(&type_TypeError, "cannot use a bytes pattern on a string-like object");
    if (!p->is_bytes && t.is_bytes)
        raise_msg(&type_TypeError, "cannot use a string pattern on a bytes-like object");
    bool is_call = obj_is_callable(repl);
    obj_t tmpl = OBJ_NULL;
    obj_t literal = OBJ_NULL;
    if (!is_call) {
        tmpl = mod_re_template_compile(p, repl);
        size_t tn;
        obj_t *ti;
        obj_list_get(tmpl, &tn, &ti);
        if (tn == 0)
            literal = mod_re_text_slice(&t, 0, 0);
        else if (tn == 1 && !obj_is_small_int(ti[0]))
            literal = ti[0];
    }
    size_t nslots = 2 * (p->prog.ngroups + 1);
    intptr_t *slots = mem_alloc_noscan(nslots * sizeof(intptr_t));
    intptr_t lastindex;
    vstr_t out;
    vstr_init(&out, t.len + 16);
    size_t pos = 0, last = 0, items = 0;
    intptr_t n = 0;
    bool must_advance = false;
    /* count 0: no limit; a negative count replaces nothing (CPython) */
    while (count >= 0 && (count == 0 || n < count) && pos <= t.len &&
           mod_re_exec(&p->prog, &t, pos, t.len, RE_MODE_SEARCH, must_advance, slots, &lastindex)) {
        size_t a = (size_t)slots[0], b = (size_t)slots[1];
        if (last < a) {
            add_piece(&out, mod_re_text_slice(&t, last, a), p->is_bytes, items);
            items++;
        }
        obj_t piece;
        if (literal != OBJ_NULL) {
            piece = literal;
        } else {
            obj_t m = mod_re_match_new(p, &t, string, 0, t.len, slots, lastindex);
            piece = is_call ? call1(repl, m) : mod_re_template_expand(tmpl, m);
        }
        if (piece != OBJ_NONE) {
            add_piece(&out, piece, p->is_bytes, items);
            items++;
        }
        n++;
        last = b;
        must_advance = a == b;
        pos = b;
    }
    if (last < t.len)
        add_piece(&out, mod_re_text_slice(&t, last, t.len), p->is_bytes, items);
    obj_t result = p->is_bytes ? vstr_to_bytes(&out) : vstr_to_str(&out);
    if (!subn)
        return result;
    obj_t r[2] = {result, obj_new_int(n)};
    return obj_new_tuple(2, r);
}
