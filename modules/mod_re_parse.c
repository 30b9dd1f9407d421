/*
 * Regular expression parser: pattern text -> re_node_t tree.
 *
 * Follows the syntax of CPython 3.11's re module, including its error
 * messages and the positions they report. The pattern is read in tokens:
 * a single character, or a backslash and the character after it. A
 * trailing lone backslash is reported as soon as it becomes the next
 * token, as CPython does.
 *
 * Recursion depth is proportional to the nesting of groups in the pattern
 * (checked with runtime_check_stack), never to the subject.
 */
#include <string.h>

#include "mem.h"
#include "mod_re_parse.h"
#include "obj_dict.h"
#include "obj_str.h"
#include "runtime.h"
#include "unichar.h"

/* ---- errors ---- */

_Noreturn void mod_re_parse_error_at(re_parser_t *ps, const char *msg, size_t pos)
{
    mod_re_raise_error(msg, ps->pattern, (intptr_t)pos);
}

/* Message with the pattern text [a, b) appended (for "bad escape \q"). */
_Noreturn void mod_re_parse_error_text(re_parser_t *ps, const char *msg, size_t a, size_t b, size_t pos)
{
    vstr_t v;
    vstr_init(&v, 32);
    vstr_add_str(&v, msg);
    for (size_t k = a; k < b && k < ps->t.len; k++) {
        uint32_t c = re_text_at(&ps->t, k);
        if (ps->t.is_bytes && c >= 0x80) {
            static const char hex[] = "0123456789abcdef";
            char e[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
            vstr_add_strn(&v, e, 4);
        } else {
            vstr_add_unichar(&v, c);
        }
    }
    vstr_add_char(&v, '\0');
    mod_re_parse_error_at(ps, v.buf, pos);
}

/* ---- tokens ---- */



/* Length of the next token (0 at the end). */

static void check_trailing_backslash(re_parser_t *ps)
{
    if (ps->i + 1 == ps->t.len && re_text_at(&ps->t, ps->i) == '\\')
        mod_re_parse_error_at(ps, "bad escape (end of pattern)", ps->t.len - 1);
}

void mod_re_parse_advance(re_parser_t *ps, size_t n)
{
    ps->i += n;
    check_trailing_backslash(ps);
}

/* The next token is the single (unescaped) character c. */

bool mod_re_parse_accept(re_parser_t *ps, uint32_t c)
{
    if (!next_is(ps, c))
        return false;
    mod_re_parse_advance(ps, 1);
    return true;
}

/* ---- helpers ---- */

static uint32_t cur_flags(re_parser_t *ps)
{
    return (ps->flags | ps->add) & ~ps->del;
}

re_node_t *mod_re_parse_new_node(re_parser_t *ps, int kind)
{
    re_node_t *n = mem_alloc(sizeof(re_node_t));
    n->kind = (uint8_t)kind;
    uint32_t f = cur_flags(ps);
    /* str patterns match Unicode unless ASCII is in effect */
    if (!ps->t.is_bytes && !(f & RE_ASCII))
        f |= RE_UNICODE;
    n->flags = (uint16_t)f;
    return n;
}

re_node_t *mod_re_parse_char_node(re_parser_t *ps, uint32_t c)
{
    re_node_t *n = mod_re_parse_new_node(ps, RN_CHAR);
    n->a = (int32_t)c;
    return n;
}





static bool is_identifier(re_parser_t *ps, size_t a, size_t b)
{
    if (a == b)
        return false;
    for (size_t k = a; k < b; k++) {
        uint32_t c = re_text_at(&ps->t, k);
        if (k == a ? !unichar_isidstart(c) : !unichar_isidcontinue(c))
            return false;
    }
    return true;
}

obj_t mod_re_parse_text_str(re_parser_t *ps, size_t a, size_t b)
{
    vstr_t v;
    vstr_init(&v, b - a + 1);
    for (size_t k = a; k < b; k++)
        vstr_add_unichar(&v, re_text_at(&ps->t, k));
    return vstr_to_str(&v);
}

/* Message "<prefix><repr of pattern text [a, b)>". */
_Noreturn void mod_re_parse_error_repr(re_parser_t *ps, const char *prefix, size_t a, size_t b, size_t pos)
{
    vstr_t v;
    vstr_init(&v, 32);
    print_t p;
    vstr_print_init(&p, &v);
    print_str(&p, prefix);
    obj_print(&p, mod_re_parse_text_str(ps, a, b), PRINT_REPR);
    vstr_add_char(&v, '\0');
    mod_re_parse_error_at(ps, v.buf, pos);
}

/* Read digits in [a-zA-Z0-9] until terminator; returns [start, end) of
 * the name and consumes the terminator. getuntil() of CPython. */
void mod_re_parse_get_until(re_parser_t *ps, uint32_t term, const char *what, size_t *start, size_t *end)
{
    size_t s = ps->i;
    for (;;) {
        size_t n = toklen(ps);
        if (n == 0) {
            if (ps->i == s) {
                char msg[64] = "missing ";
                strcat(msg, what);
                mod_re_parse_error_at(ps, msg, ps->i);
            }
            char msg[64] = "missing ";
            size_t l = strlen(msg);
            msg[l] = (char)term;
            msg[l + 1] = '\0';
            strcat(msg, ", unterminated name");
            mod_re_parse_error_at(ps, msg, s);
        }
        if (n == 1 && peekc(ps, 0) == term) {
            size_t tpos = ps->i;
            mod_re_parse_advance(ps, 1);
            if (tpos == s) {
                char msg[64] = "missing ";
                strcat(msg, what);
                mod_re_parse_error_at(ps, msg, tpos);
            }
            *start = s;
            *end = tpos;
            return;
        }
        mod_re_parse_advance(ps, n);
    }
}

static void check_group_name(re_parser_t *ps, size_t a, size_t b)
{
    if (!is_identifier(ps, a, b))
        mod_re_parse_error_repr(ps, "bad character in group name ", a, b, a);
}

bool mod_re_parse_group_closed(re_parser_t *ps, size_t g)
{
    return g >= 1 && g <= ps->ngroups && ps->groups[g].closed;
}

void mod_re_parse_check_lookbehind_group(re_parser_t *ps, size_t g, size_t pos)
{
    if (ps->lookbehind_groups < 0)
        return;
    if (!mod_re_parse_group_closed(ps, g))
        mod_re_parse_error_at(ps, "cannot refer to an open group", pos);
    if ((intptr_t)g > ps->lookbehind_groups)
        mod_re_parse_error_at(ps, "cannot refer to group defined in the same lookbehind subpattern", pos);
}

static size_t open_group(re_parser_t *ps, obj_t name, size_t name_pos)
{
    size_t g = ++ps->ngroups;
    if (g >= ps->groups_alloc) {
        ps->groups_alloc = ps->groups_alloc ? 2 * ps->groups_alloc : 16;
        ps->groups = mem_realloc(ps->groups, ps->groups_alloc * sizeof(group_info_t));
    }
    memset(&ps->groups[g], 0, sizeof(group_info_t));
    if (name != OBJ_NULL) {
        obj_t old = dict_lookup(ps->groupindex, name);
        if (old != OBJ_NULL) {
            vstr_t v;
            vstr_init(&v, 64);
            print_t p;
            vstr_print_init(&p, &v);
            print_fmt(&p, "redefinition of group name %r as group %u; was group %d", name, (unsigned)g,
                      (int)obj_get_int(old));
            vstr_add_char(&v, '\0');
            mod_re_parse_error_at(ps, v.buf, name_pos);
        }
        dict_store(ps->groupindex, name, obj_new_int((intptr_t)g));
    }
    return g;
}

/* ---- sequences and alternations ---- */

typedef struct seq {
    re_node_t **items;
    size_t n, alloc;
} seq_t;

static void seq_push(seq_t *s, re_node_t *n)
{
    if (s->n == s->alloc) {
        s->alloc = s->alloc ? 2 * s->alloc : 8;
        s->items = mem_realloc(s->items, s->alloc * sizeof(re_node_t *));
    }
    s->items[s->n++] = n;
}

static re_node_t *seq_node(re_parser_t *ps, seq_t *s, int kind)
{
    if (s->n == 1)
        return s->items[0];
    re_node_t *n = mod_re_parse_new_node(ps, s->n == 0 ? RN_EMPTY : kind);
    n->kids = s->items;
    n->n = s->n;
    return n;
}

static re_node_t *parse_alt(re_parser_t *ps, bool verbose, int nested);

static bool is_ws(uint32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static bool parse_uint(re_parser_t *ps, uint32_t *out, bool *overflow)
{
    if (at_end(ps) || !is_digit(peekc(ps, 0)))
        return false;
    uint64_t v = 0;
    while (!at_end(ps) && is_digit(peekc(ps, 0))) {
        v = v * 10 + (peekc(ps, 0) - '0');
        if (v >= RE_MAXREPEAT) {
            *overflow = true;
            v = RE_MAXREPEAT;
        }
        mod_re_parse_advance(ps, 1);
    }
    *out = (uint32_t)v;
    return true;
}

/* A quantifier at ps->i applied to the last item of s. Returns false when
 * "{" turned out to be a literal. */
static bool parse_repeat(re_parser_t *ps, seq_t *s)
{
    uint32_t q = peekc(ps, 0);
    size_t qpos = ps->i;
    mod_re_parse_advance(ps, 1);
    uint32_t lo = 0, hi = RE_MAXREPEAT;
    if (q == '?') {
        hi = 1;
    } else if (q == '+') {
        lo = 1;
    } else if (q == '{') {
        if (next_is(ps, '}'))
            return false;
        size_t here = ps->i;
        bool ovf = false, has_lo, has_hi;
        uint32_t a = 0, b = RE_MAXREPEAT;
        has_lo = parse_uint(ps, &a, &ovf);
        if (mod_re_parse_accept(ps, ',')) {
            has_hi = parse_uint(ps, &b, &ovf);
        } else {
            has_hi = has_lo;
            b = a;
        }
        if (!mod_re_parse_accept(ps, '}')) {
            ps->i = here;
            check_trailing_backslash(ps);
            return false;
        }
        if (ovf)
            raise_msg(&type_OverflowError, "the repetition number is too large");
        if (has_lo)
            lo = a;
        if (has_hi) {
            hi = b;
            if (hi < lo)
                mod_re_parse_error_at(ps, "min repeat greater than max repeat", here);
        }
    }
    re_node_t *item = s->n ? s->items[s->n - 1] : NULL;
    if (item == NULL || item->kind == RN_ASSERT)
        mod_re_parse_error_at(ps, "nothing to repeat", qpos);
    if (item->kind == RN_REPEAT)
        mod_re_parse_error_at(ps, "multiple repeat", qpos);
    re_node_t *r = mod_re_parse_new_node(ps, RN_REPEAT);
    r->a = (int32_t)lo;
    r->b = hi;
    r->x = item;
    r->greedy = 1;
    if (mod_re_parse_accept(ps, '?'))
        r->greedy = 0;
    else if (mod_re_parse_accept(ps, '+'))
        r->greedy = 2;
    s->items[s->n - 1] = r;
    return true;
}

/* "(?P=name)" after "(?P=" was consumed. */
static re_node_t *parse_named_backref(re_parser_t *ps)
{
    size_t a, b;
    mod_re_parse_get_until(ps, ')', "group name", &a, &b);
    check_group_name(ps, a, b);
    obj_t gid = dict_lookup(ps->groupindex, mod_re_parse_text_str(ps, a, b));
    if (gid == OBJ_NULL)
        mod_re_parse_error_repr(ps, "unknown group name ", a, b, a);
    size_t g = (size_t)obj_get_int(gid);
    if (!mod_re_parse_group_closed(ps, g))
        mod_re_parse_error_at(ps, "cannot refer to an open group", a);
    mod_re_parse_check_lookbehind_group(ps, g, ps->i);
    re_node_t *r = mod_re_parse_new_node(ps, RN_BACKREF);
    r->a = (int32_t)g;
    return r;
}

/* "(?=", "(?!", "(?<=", "(?<!" with c the character after "?" (consumed;
 * cpos its position) and start the position of "(". */
static re_node_t *parse_lookaround(re_parser_t *ps, uint32_t c, size_t cpos, size_t start, bool verbose, int nested)
{
    bool behind = false;
    intptr_t saved_lb = ps->lookbehind_groups;
    if (c == '<') {
        size_t n2 = toklen(ps);
        if (n2 == 0)
            mod_re_parse_error_at(ps, "unexpected end of pattern", ps->i);
        size_t p2 = ps->i;
        c = peekc(ps, 0);
        mod_re_parse_advance(ps, n2);
        if (n2 != 1 || (c != '=' && c != '!'))
            mod_re_parse_error_text(ps, "unknown extension ?<", p2, p2 + n2, cpos - 1);
        behind = true;
        if (ps->lookbehind_groups < 0)
            ps->lookbehind_groups = (intptr_t)ps->ngroups;
    }
    re_node_t *body = parse_alt(ps, verbose, nested + 1);
    if (behind)
        ps->lookbehind_groups = saved_lb;
    if (!mod_re_parse_accept(ps, ')'))
        mod_re_parse_error_at(ps, "missing ), unterminated subpattern", start);
    re_node_t *r = mod_re_parse_new_node(ps, RN_LOOK);
    r->behind = behind;
    r->neg = c == '!';
    r->x = body;
    return r;
}

/* "(?(name)yes|no)" after "(?(" was consumed; start is the position of
 * "(". */
static re_node_t *parse_conditional(re_parser_t *ps, size_t start, bool verbose, int nested)
{
    size_t a, b;
    mod_re_parse_get_until(ps, ')', "group name", &a, &b);
    size_t g = 0;
    if (is_identifier(ps, a, b)) {
        obj_t gid = dict_lookup(ps->groupindex, mod_re_parse_text_str(ps, a, b));
        if (gid == OBJ_NULL)
            mod_re_parse_error_repr(ps, "unknown group name ", a, b, a);
        g = (size_t)obj_get_int(gid);
    } else {
        if (!mod_re_parse_atom_int(&ps->t, a, b, &g))
            mod_re_parse_error_repr(ps, "bad character in group name ", a, b, a);
        if (g == 0)
            mod_re_parse_error_at(ps, "bad group number", a);
        if (ps->ncondref == ps->condref_alloc) {
            ps->condref_alloc = ps->condref_alloc ? 2 * ps->condref_alloc : 8;
            ps->condref = mem_realloc(ps->condref, 2 * ps->condref_alloc * sizeof(size_t));
        }
        ps->condref[2 * ps->ncondref] = g;
        ps->condref[2 * ps->ncondref + 1] = a;
        ps->ncondref++;
    }
    mod_re_parse_check_lookbehind_group(ps, g, ps->i);
    re_node_t *yes = parse_alt(ps, verbose, -(nested + 1));
    re_node_t *no = NULL;
    if (mod_re_parse_accept(ps, '|')) {
        no = parse_alt(ps, verbose, -(nested + 1));
        if (next_is(ps, '|'))
            mod_re_parse_error_at(ps, "conditional backref with more than two branches", ps->i);
    }
    if (!mod_re_parse_accept(ps, ')'))
        mod_re_parse_error_at(ps, "missing ), unterminated subpattern", start);
    re_node_t *r = mod_re_parse_new_node(ps, RN_COND);
    r->a = (int32_t)g;
    r->x = yes;
    r->y = no;
    return r;
}

/* "(" ... at ps->i; returns the node or NULL for a comment or global
 * flags. */
static re_node_t *parse_group(re_parser_t *ps, bool *verbose, int nested, bool first, seq_t *s)
{
    size_t start = ps->i;
    mod_re_parse_advance(ps, 1);
    bool capture = true, atomic = false;
    obj_t name = OBJ_NULL;
    size_t name_pos = 0;
    uint32_t add = 0, del = 0;
    if (mod_re_parse_accept(ps, '?')) {
        size_t n = toklen(ps);
        if (n == 0)
            mod_re_parse_error_at(ps, "unexpected end of pattern", ps->i);
        uint32_t c = peekc(ps, 0);
        size_t cpos = ps->i;
        mod_re_parse_advance(ps, n);
        if (n == 2) {
            mod_re_parse_error_text(ps, "unknown extension ?", cpos, cpos + 2, cpos - 1);
        } else if (c == 'P') {
            if (mod_re_parse_accept(ps, '<')) {
                size_t a, b;
                mod_re_parse_get_until(ps, '>', "group name", &a, &b);
                check_group_name(ps, a, b);
                name = mod_re_parse_text_str(ps, a, b);
                name_pos = a;
            } else if (mod_re_parse_accept(ps, '=')) {
                return parse_named_backref(ps);
            } else {
                size_t n2 = toklen(ps);
                if (n2 == 0)
                    mod_re_parse_error_at(ps, "unexpected end of pattern", ps->i);
                size_t p2 = ps->i;
                mod_re_parse_advance(ps, n2);
                mod_re_parse_error_text(ps, "unknown extension ?P", p2, p2 + n2, cpos - 1);
            }
        } else if (c == ':') {
            capture = false;
        } else if (c == '#') {
            for (;;) {
                size_t n2 = toklen(ps);
                if (n2 == 0)
                    mod_re_parse_error_at(ps, "missing ), unterminated comment", start);
                bool close = n2 == 1 && peekc(ps, 0) == ')';
                mod_re_parse_advance(ps, n2);
                if (close)
                    return NULL;
            }
        } else if (c == '=' || c == '!' || c == '<') {
            return parse_lookaround(ps, c, cpos, start, *verbose, nested);
        } else if (c == '(') {
            return parse_conditional(ps, start, *verbose, nested);
        } else if (c == '>') {
            capture = false;
            atomic = true;
        } else if (mod_re_parse_atom_flag_bit(c) || c == '-') {
            if (!mod_re_parse_atom_flags(ps, c, &add, &del)) {
                if (!first || s->n)
                    mod_re_parse_error_at(ps, "global flags not at the start of the expression", start);
                *verbose = (ps->flags & RE_VERBOSE) != 0;
                return NULL;
            }
            capture = false;
        } else {
            mod_re_parse_error_text(ps, "unknown extension ?", cpos, cpos + 1, cpos - 1);
        }
    }
    size_t g = 0;
    if (capture)
        g = open_group(ps, name, name_pos);
    bool sub_verbose = (*verbose || (add & RE_VERBOSE)) && !(del & RE_VERBOSE);
    uint32_t saved_add = ps->add, saved_del = ps->del;
    ps->add = (ps->add | add) & ~del;
    ps->del = (ps->del | del) & ~add;
    re_node_t *body = parse_alt(ps, sub_verbose, nested + 1);
    ps->add = saved_add;
    ps->del = saved_del;
    if (!mod_re_parse_accept(ps, ')'))
        mod_re_parse_error_at(ps, "missing ), unterminated subpattern", start);
    if (capture) {
        size_t lo, hi;
        mod_re_parse_width(ps, body, &lo, &hi);
        ps->groups[g].lo = lo;
        ps->groups[g].hi = hi;
        ps->groups[g].closed = true;
    }
    re_node_t *r = mod_re_parse_new_node(ps, atomic ? RN_ATOMIC : RN_GROUP);
    r->a = capture ? (int32_t)g : -1;
    r->x = body;
    return r;
}

/* One branch: items until '|', ')' or the end. A negative nested marks
 * the branches of a conditional (parsed like _parse, not _parse_sub). */
static re_node_t *parse_seq(re_parser_t *ps, bool *verbose, int nested, bool first)
{
    seq_t s = {NULL, 0, 0};
    for (;;) {
        size_t n = toklen(ps);
        if (n == 0)
            break;
        uint32_t c = peekc(ps, 0);
        if (n == 1 && (c == '|' || c == ')'))
            break;
        if (*verbose && n == 1) {
            if (is_ws(c)) {
                mod_re_parse_advance(ps, 1);
                continue;
            }
            if (c == '#') {
                for (;;) {
                    size_t n2 = toklen(ps);
                    if (n2 == 0)
                        break;
                    uint32_t c2 = peekc(ps, 0);
                    mod_re_parse_advance(ps, n2);
                    if (n2 == 1 && c2 == '\n')
                        break;
                }
                continue;
            }
        }
        if (n == 2) {
            seq_push(&s, mod_re_parse_atom_escape(ps));
            continue;
        }
        switch (c) {
        case '[':
            seq_push(&s, mod_re_parse_atom_set(ps));
            break;
        case '*': case '+': case '?': case '{':
            if (!parse_repeat(ps, &s))
                seq_push(&s, mod_re_parse_char_node(ps, '{'));  /* "{" that starts no quantifier */
            break;
        case '.':
            mod_re_parse_advance(ps, 1);
            seq_push(&s, mod_re_parse_new_node(ps, RN_ANY));
            break;
        case '(': {
            runtime_check_stack();
            re_node_t *g = parse_group(ps, verbose, nested, first, &s);
            if (g)
                seq_push(&s, g);
            break;
        }
        case '^': {
            mod_re_parse_advance(ps, 1);
            re_node_t *a = mod_re_parse_new_node(ps, RN_ASSERT);
            a->a = RA_BOL;
            seq_push(&s, a);
            break;
        }
        case '$': {
            mod_re_parse_advance(ps, 1);
            re_node_t *a = mod_re_parse_new_node(ps, RN_ASSERT);
            a->a = RA_EOL;
            seq_push(&s, a);
            break;
        }
        default:
            mod_re_parse_advance(ps, 1);
            seq_push(&s, mod_re_parse_char_node(ps, c));
            break;
        }
    }
    return seq_node(ps, &s, RN_CAT);
}

static re_node_t *parse_alt(re_parser_t *ps, bool verbose, int nested)
{
    if (nested < 0) {
        /* a branch of a conditional: one sequence */
        return parse_seq(ps, &verbose, -nested, false);
    }
    seq_t s = {NULL, 0, 0};
    for (;;) {
        seq_push(&s, parse_seq(ps, &verbose, nested + 1, nested == 0 && s.n == 0));
        if (!mod_re_parse_accept(ps, '|'))
            break;
        if (nested == 0)
            verbose = (ps->flags & RE_VERBOSE) != 0;
    }
    return seq_node(ps, &s, RN_ALT);
}

void mod_re_parse(obj_t pattern, uint32_t flags, re_parsed_t *out)
{
    re_parser_t ps;
    memset(&ps, 0, sizeof(ps));
    mod_re_text_init(&ps.t, pattern);
    ps.pattern = pattern;
    ps.flags = flags;
    ps.groupindex = obj_new_dict(0);
    ps.lookbehind_groups = -1;
    check_trailing_backslash(&ps);
    re_node_t *root = parse_alt(&ps, (flags & RE_VERBOSE) != 0, 0);
    /* type flags (CPython's fix_flags) */
    uint32_t f = ps.flags;
    if (!ps.t.is_bytes) {
        if (f & RE_LOCALE)
            raise_msg(&type_ValueError, "cannot use LOCALE flag with a str pattern");
        if (!(f & RE_ASCII))
            f |= RE_UNICODE;
        else if (f & RE_UNICODE)
            raise_msg(&type_ValueError, "ASCII and UNICODE flags are incompatible");
    } else {
        if (f & RE_UNICODE)
            raise_msg(&type_ValueError, "cannot use UNICODE flag with a bytes pattern");
        if ((f & RE_LOCALE) && (f & RE_ASCII))
            raise_msg(&type_ValueError, "ASCII and LOCALE flags are incompatible");
    }
    if (!at_end(&ps))
        mod_re_parse_error_at(&ps, "unbalanced parenthesis", ps.i);
    for (size_t k = 0; k < ps.ncondref; k++) {
        size_t g = ps.condref[2 * k];
        if (g > ps.ngroups) {
            vstr_t m;
            vstr_init(&m, 48);
            print_t p;
            vstr_print_init(&p, &m);
            print_fmt(&p, "invalid group reference %u", (unsigned)g);
            vstr_add_char(&m, '\0');
            mod_re_parse_error_at(&ps, m.buf, ps.condref[2 * k + 1]);
        }
    }
    mod_re_parse_width_check_lookbehinds(&ps, root);
    out->root = root;
    out->ngroups = ps.ngroups;
    out->groupindex = ps.groupindex;
    out->flags = f;
    out->nrepeats = 0;
}
