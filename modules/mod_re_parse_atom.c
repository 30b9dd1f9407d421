/*
 * Regular expression parser, part 2: escapes (in and outside sets),
 * character sets and inline flags, with CPython 3.11's error messages and
 * positions. See mod_re_parse.h.
 */
#include <string.h>

#include "mem.h"
#include "mod_re_parse.h"
#include "obj_str.h"
#include "runtime.h"
#include "unichar.h"

/* ---- escapes ---- */

static re_node_t *class_node(re_parser_t *ps, uint16_t bits)
{
    re_node_t *n = mod_re_parse_new_node(ps, RN_SET);
    n->classes = bits;
    return n;
}

/* Category escape letter -> class bit, or 0. */
static uint16_t category_bit(uint32_t c)
{
    switch (c) {
    case 'd': return RC_DIGIT;
    case 'D': return RC_NDIGIT;
    case 'w': return RC_WORD;
    case 'W': return RC_NWORD;
    case 's': return RC_SPACE;
    case 'S': return RC_NSPACE;
    default: return 0;
    }
}

static int simple_escape(uint32_t c)
{
    switch (c) {
    case 'a': return 7;
    case 'f': return 12;
    case 'n': return 10;
    case 'r': return 13;
    case 't': return 9;
    case 'v': return 11;
    case '\\': return '\\';
    default: return -1;
    }
}

/* \x, \u, \U after the two-character token at esc; returns the value. */
static uint32_t hex_escape(re_parser_t *ps, size_t esc, uint32_t kind)
{
    size_t want = kind == 'x' ? 2 : kind == 'u' ? 4 : 8;
    uint32_t v = 0;
    size_t got = 0;
    while (got < want && !at_end(ps) && hexval(peekc(ps, 0)) >= 0) {
        v = (v << 4) | (uint32_t)hexval(peekc(ps, 0));
        mod_re_parse_advance(ps, 1);
        got++;
    }
    if (got != want)
        mod_re_parse_error_text(ps, "incomplete escape ", esc, ps->i, esc);
    if (kind == 'U' && v > 0x10ffff)
        mod_re_parse_error_text(ps, "bad escape ", esc, ps->i, esc);
    return v;
}

/* Escape inside a character class. Sets *bits for a category, else
 * returns the literal code point. */
static uint32_t class_escape(re_parser_t *ps, uint16_t *bits)
{
    size_t esc = ps->i;
    uint32_t c = peekc(ps, 1);
    mod_re_parse_advance(ps, 2);
    *bits = 0;
    if (c == 'b')
        return 8;
    int se = simple_escape(c);
    if (se >= 0)
        return (uint32_t)se;
    uint16_t cb = category_bit(c);
    if (cb) {
        *bits = cb;
        return 0;
    }
    if (c == 'x' || ((c == 'u' || c == 'U') && !ps->t.is_bytes))
        return hex_escape(ps, esc, c);
    if (c == 'N' && !ps->t.is_bytes) {
        if (!mod_re_parse_accept(ps, '{'))
            mod_re_parse_error_at(ps, "missing {", ps->i);
        size_t a, b;
        mod_re_parse_get_until(ps, '}', "character name", &a, &b);
        mod_re_parse_error_repr(ps, "undefined character name ", a, b, esc);
    }
    if (is_octdigit(c)) {
        uint32_t v = c - '0';
        for (int k = 0; k < 2 && !at_end(ps) && is_octdigit(peekc(ps, 0)); k++) {
            v = v * 8 + (peekc(ps, 0) - '0');
            mod_re_parse_advance(ps, 1);
        }
        if (v > 0377) {
            vstr_t m;
            vstr_init(&m, 64);
            vstr_add_str(&m, "octal escape value ");
            for (size_t k = esc; k < ps->i; k++)
                vstr_add_char(&m, (char)re_text_at(&ps->t, k));
            vstr_add_str(&m, " outside of range 0-0o377");
            vstr_add_char(&m, '\0');
            mod_re_parse_error_at(ps, m.buf, esc);
        }
        return v;
    }
    if (is_digit(c) || is_ascii_letter(c))
        mod_re_parse_error_text(ps, "bad escape ", esc, esc + 2, esc);
    return c;
}

/* Escape outside a character class. */
re_node_t *mod_re_parse_atom_escape(re_parser_t *ps)
{
    size_t esc = ps->i;
    uint32_t c = peekc(ps, 1);
    mod_re_parse_advance(ps, 2);
    switch (c) {
    case 'A': { re_node_t *n = mod_re_parse_new_node(ps, RN_ASSERT); n->a = RA_BEGIN; return n; }
    case 'Z': { re_node_t *n = mod_re_parse_new_node(ps, RN_ASSERT); n->a = RA_END; return n; }
    case 'b': { re_node_t *n = mod_re_parse_new_node(ps, RN_ASSERT); n->a = RA_WORDB; return n; }
    case 'B': { re_node_t *n = mod_re_parse_new_node(ps, RN_ASSERT); n->a = RA_NWORDB; return n; }
    default: break;
    }
    uint16_t cb = category_bit(c);
    if (cb)
        return class_node(ps, cb);
    int se = simple_escape(c);
    if (se >= 0)
        return mod_re_parse_char_node(ps, (uint32_t)se);
    if (c == 'x' || ((c == 'u' || c == 'U') && !ps->t.is_bytes))
        return mod_re_parse_char_node(ps, hex_escape(ps, esc, c));
    if (c == 'N' && !ps->t.is_bytes) {
        if (!mod_re_parse_accept(ps, '{'))
            mod_re_parse_error_at(ps, "missing {", ps->i);
        size_t a, b;
        mod_re_parse_get_until(ps, '}', "character name", &a, &b);
        mod_re_parse_error_repr(ps, "undefined character name ", a, b, esc);
    }
    if (c == '0') {
        uint32_t v = 0;
        for (int k = 0; k < 2 && !at_end(ps) && is_octdigit(peekc(ps, 0)); k++) {
            v = v * 8 + (peekc(ps, 0) - '0');
            mod_re_parse_advance(ps, 1);
        }
        return mod_re_parse_char_node(ps, v);
    }
    if (is_digit(c)) {
        size_t g = c - '0';
        if (!at_end(ps) && is_digit(peekc(ps, 0))) {
            uint32_t d2 = peekc(ps, 0);
            mod_re_parse_advance(ps, 1);
            if (is_octdigit(c) && is_octdigit(d2) && !at_end(ps) && is_octdigit(peekc(ps, 0))) {
                uint32_t v = (c - '0') * 64 + (d2 - '0') * 8 + (peekc(ps, 0) - '0');
                mod_re_parse_advance(ps, 1);
                if (v > 0377) {
                    vstr_t m;
                    vstr_init(&m, 64);
                    vstr_add_str(&m, "octal escape value ");
                    for (size_t k = esc; k < ps->i; k++)
                        vstr_add_char(&m, (char)re_text_at(&ps->t, k));
                    vstr_add_str(&m, " outside of range 0-0o377");
                    vstr_add_char(&m, '\0');
                    mod_re_parse_error_at(ps, m.buf, esc);
                }
                return mod_re_parse_char_node(ps, v);
            }
            g = g * 10 + (d2 - '0');
        }
        if (g <= ps->ngroups) {
            if (!mod_re_parse_group_closed(ps, g))
                mod_re_parse_error_at(ps, "cannot refer to an open group", esc);
            mod_re_parse_check_lookbehind_group(ps, g, ps->i);
            re_node_t *n = mod_re_parse_new_node(ps, RN_BACKREF);
            n->a = (int32_t)g;
            return n;
        }
        vstr_t m;
        vstr_init(&m, 48);
        print_t p;
        vstr_print_init(&p, &m);
        print_fmt(&p, "invalid group reference %u", (unsigned)g);
        vstr_add_char(&m, '\0');
        mod_re_parse_error_at(ps, m.buf, esc + 1);
    }
    if (is_ascii_letter(c))
        mod_re_parse_error_text(ps, "bad escape ", esc, esc + 2, esc);
    return mod_re_parse_char_node(ps, c);
}

/* ---- character sets ---- */

typedef struct set_builder {
    uint32_t *r;
    size_t n, alloc;
    uint16_t classes;
    bool any;       /* something was added (CPython's "set" list non-empty) */
} set_builder_t;

static void set_add(set_builder_t *sb, uint32_t lo, uint32_t hi)
{
    if (sb->n == sb->alloc) {
        sb->alloc = sb->alloc ? 2 * sb->alloc : 8;
        sb->r = mem_realloc(sb->r, 2 * sb->alloc * sizeof(uint32_t));
    }
    sb->r[2 * sb->n] = lo;
    sb->r[2 * sb->n + 1] = hi;
    sb->n++;
    sb->any = true;
}

re_node_t *mod_re_parse_atom_set(re_parser_t *ps)
{
    size_t here = ps->i;
    mod_re_parse_advance(ps, 1);
    set_builder_t sb = {NULL, 0, 0, 0, false};
    bool neg = mod_re_parse_accept(ps, '^');
    for (;;) {
        size_t n = toklen(ps);
        if (n == 0)
            mod_re_parse_error_at(ps, "unterminated character set", here);
        size_t this_pos = ps->i;
        if (n == 1 && peekc(ps, 0) == ']' && sb.any) {
            mod_re_parse_advance(ps, 1);
            break;
        }
        uint32_t lo;
        uint16_t bits = 0;
        if (n == 2) {
            lo = class_escape(ps, &bits);
        } else {
            lo = peekc(ps, 0);
            mod_re_parse_advance(ps, 1);
        }
        size_t this_len = n;
        if (mod_re_parse_accept(ps, '-')) {
            size_t n2 = toklen(ps);
            if (n2 == 0)
                mod_re_parse_error_at(ps, "unterminated character set", here);
            if (n2 == 1 && peekc(ps, 0) == ']') {
                mod_re_parse_advance(ps, 1);
                if (bits) {
                    sb.classes |= bits;
                    sb.any = true;
                } else {
                    set_add(&sb, lo, lo);
                }
                set_add(&sb, '-', '-');
                break;
            }
            size_t that_pos = ps->i;
            uint32_t hi;
            uint16_t bits2 = 0;
            if (n2 == 2) {
                hi = class_escape(ps, &bits2);
            } else {
                hi = peekc(ps, 0);
                mod_re_parse_advance(ps, 1);
            }
            if (bits || bits2 || hi < lo) {
                vstr_t m;
                vstr_init(&m, 32);
                vstr_add_str(&m, "bad character range ");
                for (size_t k = this_pos; k < this_pos + this_len; k++)
                    vstr_add_unichar(&m, re_text_at(&ps->t, k));
                vstr_add_char(&m, '-');
                for (size_t k = that_pos; k < that_pos + n2; k++)
                    vstr_add_unichar(&m, re_text_at(&ps->t, k));
                vstr_add_char(&m, '\0');
                mod_re_parse_error_at(ps, m.buf, ps->i - (this_len + 1 + n2));
            }
            set_add(&sb, lo, hi);
        } else if (bits) {
            sb.classes |= bits;
            sb.any = true;
        } else {
            set_add(&sb, lo, lo);
        }
    }
    re_node_t *node = mod_re_parse_new_node(ps, RN_SET);
    node->neg = neg;
    node->classes = sb.classes;
    node->ranges = sb.r;
    node->n = sb.n;
    return node;
}

/* ---- flags ---- */

uint32_t mod_re_parse_atom_flag_bit(uint32_t c)
{
    switch (c) {
    case 'i': return RE_IGNORECASE;
    case 'L': return RE_LOCALE;
    case 'm': return RE_MULTILINE;
    case 's': return RE_DOTALL;
    case 'x': return RE_VERBOSE;
    case 'a': return RE_ASCII;
    case 't': return RE_TEMPLATE;
    case 'u': return RE_UNICODE;
    default: return 0;
    }
}

#define TYPE_FLAGS (RE_ASCII | RE_LOCALE | RE_UNICODE)
#define GLOBAL_FLAGS (RE_DEBUG | RE_TEMPLATE)

static bool is_alpha_char(uint32_t c)
{
    return c < 0x80 ? is_ascii_letter(c) : unichar_isalpha(c);
}

/* After "(?" and the first flag character c (already consumed). Returns
 * false for global flags "(?i)" (closing paren consumed), true for a
 * scoped group "(?i-m:" with the add and del masks set (colon
 * consumed). */
bool mod_re_parse_atom_flags(re_parser_t *ps, uint32_t c, uint32_t *add, uint32_t *del)
{
    *add = *del = 0;
    if (c != '-') {
        for (;;) {
            uint32_t f = mod_re_parse_atom_flag_bit(c);
            if (!ps->t.is_bytes && c == 'L')
                mod_re_parse_error_at(ps, "bad inline flags: cannot use 'L' flag with a str pattern", ps->i);
            if (ps->t.is_bytes && c == 'u')
                mod_re_parse_error_at(ps, "bad inline flags: cannot use 'u' flag with a bytes pattern", ps->i);
            *add |= f;
            if ((f & TYPE_FLAGS) && (*add & TYPE_FLAGS) != f)
                mod_re_parse_error_at(ps, "bad inline flags: flags 'a', 'u' and 'L' are incompatible", ps->i);
            size_t n = toklen(ps);
            if (n == 0)
                mod_re_parse_error_at(ps, "missing -, : or )", ps->i);
            c = peekc(ps, 0);
            mod_re_parse_advance(ps, n);
            if (n == 1 && (c == ')' || c == '-' || c == ':'))
                break;
            if (n != 1 || !mod_re_parse_atom_flag_bit(c))
                mod_re_parse_error_at(ps, n == 1 && is_alpha_char(c) ? "unknown flag" : "missing -, : or )", ps->i - n);
        }
    }
    if (c == ')') {
        ps->flags |= *add;
        return false;
    }
    if (*add & GLOBAL_FLAGS)
        mod_re_parse_error_at(ps, "bad inline flags: cannot turn on global flag", ps->i - 1);
    if (c == '-') {
        size_t n = toklen(ps);
        if (n == 0)
            mod_re_parse_error_at(ps, "missing flag", ps->i);
        c = peekc(ps, 0);
        mod_re_parse_advance(ps, n);
        if (n != 1 || !mod_re_parse_atom_flag_bit(c))
            mod_re_parse_error_at(ps, n == 1 && is_alpha_char(c) ? "unknown flag" : "missing flag", ps->i - n);
        for (;;) {
            uint32_t f = mod_re_parse_atom_flag_bit(c);
            if (f & TYPE_FLAGS)
                mod_re_parse_error_at(ps, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'", ps->i);
            *del |= f;
            n = toklen(ps);
            if (n == 0)
                mod_re_parse_error_at(ps, "missing :", ps->i);
            c = peekc(ps, 0);
            mod_re_parse_advance(ps, n);
            if (n == 1 && c == ':')
                break;
            if (n != 1 || !mod_re_parse_atom_flag_bit(c))
                mod_re_parse_error_at(ps, n == 1 && is_alpha_char(c) ? "unknown flag" : "missing :", ps->i - n);
        }
    }
    if (*del & GLOBAL_FLAGS)
        mod_re_parse_error_at(ps, "bad inline flags: cannot turn off global flag", ps->i - 1);
    if (*add & *del)
        mod_re_parse_error_at(ps, "bad inline flags: flag turned on and off", ps->i - 1);
    return true;
}

/* ---- int() of a group name ---- */

bool mod_re_parse_atom_int(const re_text_t *t, size_t a, size_t b, size_t *out)
{
    while (a < b && unichar_isspace(re_text_at(t, a)))
        a++;
    while (b > a && unichar_isspace(re_text_at(t, b - 1)))
        b--;
    bool neg = false;
    if (a < b && (re_text_at(t, a) == '+' || re_text_at(t, a) == '-')) {
        neg = re_text_at(t, a) == '-';
        a++;
    }
    if (a == b)
        return false;
    size_t v = 0;
    bool prev_digit = false;
    for (size_t k = a; k < b; k++) {
        uint32_t c = re_text_at(t, k);
        if (c == '_') {
            /* single underscores between digits */
            if (!prev_digit || k + 1 == b)
                return false;
            prev_digit = false;
            continue;
        }
        int d = unichar_decimal_value(c);
        if (d < 0)
            return false;
        if (v < 1000000000)
            v = v * 10 + (size_t)d;
        prev_digit = true;
    }
    if (neg && v != 0)
        return false;
    *out = v;
    return true;
}
