/*
 * Internals of the regular expression parser shared by mod_re_parse.c
 * (tokens, errors, groups, sequences, the entry point) and
 * mod_re_parse_atom.c (escapes, character sets, inline flags).
 */
#ifndef CP_MOD_RE_PARSE_H
#define CP_MOD_RE_PARSE_H

#include "mod_re.h"

typedef struct group_info {
    size_t lo, hi;          /* width once closed */
    bool closed;
} group_info_t;

typedef struct re_parser {
    re_text_t t;
    size_t i;               /* position of the next token */
    obj_t pattern;
    uint32_t flags;         /* global flags */
    uint32_t add, del;      /* scoped flags in effect */
    size_t ngroups;
    group_info_t *groups;   /* [1..ngroups] */
    size_t groups_alloc;
    obj_t groupindex;
    intptr_t lookbehind_groups; /* -1 outside lookbehinds */
    size_t *condref;        /* (group, pos) pairs of conditional refs */
    size_t ncondref, condref_alloc;
} re_parser_t;


static inline bool at_end(re_parser_t *ps)
{
    return ps->i >= ps->t.len;
}

static inline uint32_t peekc(re_parser_t *ps, size_t k)
{
    return ps->i + k < ps->t.len ? re_text_at(&ps->t, ps->i + k) : 0;
}

static inline size_t toklen(re_parser_t *ps)
{
    if (at_end(ps))
        return 0;
    return peekc(ps, 0) == '\\' ? 2 : 1;
}

static inline bool next_is(re_parser_t *ps, uint32_t c)
{
    return !at_end(ps) && peekc(ps, 0) == c && c != '\\';
}

static inline bool is_digit(uint32_t c)
{
    return c >= '0' && c <= '9';
}

static inline bool is_octdigit(uint32_t c)
{
    return c >= '0' && c <= '7';
}

static inline int hexval(uint32_t c)
{
    if (c >= '0' && c <= '9')
        return (int)(c - '0');
    if (c >= 'a' && c <= 'f')
        return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F')
        return (int)(c - 'A' + 10);
    return -1;
}

static inline bool is_ascii_letter(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* ---- mod_re_parse.c ---- */

/* Raise re.error(msg, pattern, pos). */
_Noreturn void mod_re_parse_error_at(re_parser_t *ps, const char *msg, size_t pos);
/* Same with the pattern text [a, b) appended to msg. */
_Noreturn void mod_re_parse_error_text(re_parser_t *ps, const char *msg, size_t a, size_t b, size_t pos);
/* Same with repr() of the pattern text [a, b) appended to prefix. */
_Noreturn void mod_re_parse_error_repr(re_parser_t *ps, const char *prefix, size_t a, size_t b, size_t pos);
/* Move n code points on; raises when only a lone backslash is left. */
void mod_re_parse_advance(re_parser_t *ps, size_t n);
/* Consume the next token when it is the single character c. */
bool mod_re_parse_accept(re_parser_t *ps, uint32_t c);
/* New node carrying the flags in effect. */
re_node_t *mod_re_parse_new_node(re_parser_t *ps, int kind);
re_node_t *mod_re_parse_char_node(re_parser_t *ps, uint32_t c);
/* Pattern text [a, b) as a str. */
obj_t mod_re_parse_text_str(re_parser_t *ps, size_t a, size_t b);
/* Tokens up to term (consumed): the name's range, or CPython's "missing
 * <what>" errors. */
void mod_re_parse_get_until(re_parser_t *ps, uint32_t term, const char *what, size_t *start, size_t *end);
bool mod_re_parse_group_closed(re_parser_t *ps, size_t g);
/* Errors for a reference to group g from inside a lookbehind. */
void mod_re_parse_check_lookbehind_group(re_parser_t *ps, size_t g, size_t pos);

/* ---- mod_re_parse_atom.c ---- */

/* A backslash escape outside a set, at the next token. */
re_node_t *mod_re_parse_atom_escape(re_parser_t *ps);
/* A character set "[...]" at the next token. */
re_node_t *mod_re_parse_atom_set(re_parser_t *ps);
/* RE_* bit of an inline flag letter, or 0. */
uint32_t mod_re_parse_atom_flag_bit(uint32_t c);
/* After "(?" and the flag character c: false for global flags "(?i)"
 * (applied, ")" consumed), true for a scoped group "(?i-m:" with the
 * masks set (":" consumed). */
bool mod_re_parse_atom_flags(re_parser_t *ps, uint32_t c, uint32_t *add, uint32_t *del);

/* ---- mod_re_parse_width.c ---- */

/* (min, max) characters n can match; WIDTH_MAX (SIZE_MAX) for unbounded. */
void mod_re_parse_width(re_parser_t *ps, const re_node_t *n, size_t *lo, size_t *hi);
/* Raise re.error "look-behind requires fixed-width pattern" (no position,
 * as CPython's compiler) for a variable-width lookbehind; records the
 * width of each lookbehind node. */
void mod_re_parse_width_check_lookbehinds(re_parser_t *ps, re_node_t *n);

#endif
