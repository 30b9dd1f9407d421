/*
 * Widths of parsed regular expressions: the (min, max) number of
 * characters a node can match, saturating at WIDTH_MAX, as CPython's
 * getwidth(); used for group widths (backreferences inside lookbehinds)
 * and the fixed-width rule of lookbehinds.
 */
#include "mod_re_parse.h"

#define WIDTH_MAX ((size_t)-1)

static size_t sat_add(size_t a, size_t b)
{
    return a > WIDTH_MAX - b ? WIDTH_MAX : a + b;
}

static size_t sat_mul(size_t a, size_t b)
{
    if (a == 0 || b == 0)
        return 0;
    return a > WIDTH_MAX / b ? WIDTH_MAX : a * b;
}

void mod_re_parse_width(re_parser_t *ps, const re_node_t *n, size_t *lo, size_t *hi)
{
    size_t l = 0, h = 0, l2, h2;
    switch (n->kind) {
    case RN_CHAR: case RN_ANY: case RN_SET:
        l = h = 1;
        break;
    case RN_GROUP: case RN_ATOMIC:
        mod_re_parse_width(ps, n->x, &l, &h);
        break;
    case RN_CAT:
        for (size_t k = 0; k < n->n; k++) {
            mod_re_parse_width(ps, n->kids[k], &l2, &h2);
            l = sat_add(l, l2);
            h = sat_add(h, h2);
        }
        break;
    case RN_ALT:
        l = WIDTH_MAX;
        for (size_t k = 0; k < n->n; k++) {
            mod_re_parse_width(ps, n->kids[k], &l2, &h2);
            if (l2 < l)
                l = l2;
            if (h2 > h)
                h = h2;
        }
        break;
    case RN_REPEAT:
        mod_re_parse_width(ps, n->x, &l2, &h2);
        l = sat_mul(l2, (size_t)n->a);
        h = n->b == RE_MAXREPEAT ? (h2 ? WIDTH_MAX : 0) : sat_mul(h2, n->b);
        break;
    case RN_BACKREF:
        if (mod_re_parse_group_closed(ps, (size_t)n->a)) {
            l = ps->groups[n->a].lo;
            h = ps->groups[n->a].hi;
        }
        break;
    case RN_COND:
        mod_re_parse_width(ps, n->x, &l, &h);
        if (n->y) {
            mod_re_parse_width(ps, n->y, &l2, &h2);
        } else {
            l2 = h2 = 0;
        }
        if (l2 < l)
            l = l2;
        if (h2 > h)
            h = h2;
        break;
    default:
        break;
    }
    *lo = l;
    *hi = h;
}

/* ---- lookbehind widths (a compile-time check in CPython) ---- */

void mod_re_parse_width_check_lookbehinds(re_parser_t *ps, re_node_t *n)
{
    if (n == NULL)
        return;
    switch (n->kind) {
    case RN_CAT: case RN_ALT:
        for (size_t k = 0; k < n->n; k++)
            mod_re_parse_width_check_lookbehinds(ps, n->kids[k]);
        break;
    case RN_LOOK:
        mod_re_parse_width_check_lookbehinds(ps, n->x);
        if (n->behind) {
            size_t lo, hi;
            mod_re_parse_width(ps, n->x, &lo, &hi);
            if (lo != hi)
                mod_re_raise_error("look-behind requires fixed-width pattern", OBJ_NULL, -1);
            if (lo > 0x7fffffff)
                mod_re_raise_error("looks too much behind", OBJ_NULL, -1);
            n->width = lo;
        }
        break;
    case RN_GROUP: case RN_REPEAT: case RN_ATOMIC:
        mod_re_parse_width_check_lookbehinds(ps, n->x);
        break;
    case RN_COND:
        mod_re_parse_width_check_lookbehinds(ps, n->x);
        mod_re_parse_width_check_lookbehinds(ps, n->y);
        break;
    default:
        break;
    }
}
