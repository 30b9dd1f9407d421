/*
 * The re module: a backtracking regular expression engine of our own.
 *
 *   mod_re_parse.c    pattern text -> syntax tree (CPython's syntax and
 *                     error messages/positions)
 *   mod_re_compile.c  syntax tree -> program (int32 code)
 *   mod_re_exec.c     the matcher: runs a program over a subject with an
 *                     explicit backtrack stack on the heap, so C stack use
 *                     does not grow with the subject; nesting of
 *                     lookarounds/atomic groups (bounded by the pattern)
 *                     is the only recursion
 *   mod_re.c          module functions, caching, re.error, RegexFlag
 *   mod_re_pattern.c  the Pattern type and its searches
 *   mod_re_match.c    the Match type
 *   mod_re_sub.c      sub/subn templates and expand()
 *
 * Subjects and patterns are sequences of code points (str, stored as
 * UTF-8 and decoded to a uint32 array when not ASCII) or of bytes. All
 * positions are indexes into those sequences (code points for str).
 *
 * Character classes: for str patterns \d, \w, \s and case-insensitive
 * matching follow the Unicode tables of unichar.h (simple case mappings,
 * see its scope note); with ASCII (re.A) or for bytes patterns they are
 * ASCII-only, like CPython. LOCALE is not supported (ValueError for str
 * patterns, as CPython; ignored for bytes).
 */
#ifndef CP_MOD_RE_H
#define CP_MOD_RE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "obj.h"

/* Flag values, as CPython's re module. */
enum {
    RE_TEMPLATE = 1,
    RE_IGNORECASE = 2,
    RE_LOCALE = 4,
    RE_MULTILINE = 8,
    RE_DOTALL = 16,
    RE_UNICODE = 32,
    RE_VERBOSE = 64,
    RE_DEBUG = 128,
    RE_ASCII = 256,
};

#define RE_MAXREPEAT UINT32_MAX     /* "no upper bound" */

/* ---- text as code points ---- */
typedef struct re_text {
    const uint8_t *b;       /* bytes / ASCII str data (when !wide) */
    const uint32_t *w;      /* decoded code points (when wide) */
    size_t len;             /* in code points / bytes */
    bool wide;
    bool is_bytes;
    obj_t obj;              /* the str/bytes object (keeps data alive) */
} re_text_t;

static inline uint32_t re_text_at(const re_text_t *t, size_t i)
{
    return t->wide ? t->w[i] : t->b[i];
}

/* View of a str (any) or bytes-like object; raises TypeError for others
 * with CPython's messages (is_bytes selects which kind is expected when
 * want >= 0: 0 str, 1 bytes). */
void mod_re_text_init(re_text_t *t, obj_t o);
/* The slice [a, b) as a new str or bytes object. */
obj_t mod_re_text_slice(const re_text_t *t, size_t a, size_t b);

/* ---- syntax tree ---- */
enum {
    RN_EMPTY, RN_CHAR, RN_ANY, RN_SET, RN_ASSERT, RN_GROUP, RN_CAT, RN_ALT,
    RN_REPEAT, RN_BACKREF, RN_LOOK, RN_ATOMIC, RN_COND,
};

/* assertion kinds (RN_ASSERT.a) */
enum { RA_BOL, RA_EOL, RA_BEGIN, RA_END, RA_WORDB, RA_NWORDB };

/* character class bits of a set */
enum {
    RC_DIGIT = 1, RC_NDIGIT = 2, RC_WORD = 4, RC_NWORD = 8, RC_SPACE = 16, RC_NSPACE = 32,
};

typedef struct re_node re_node_t;
struct re_node {
    uint8_t kind;
    uint8_t greedy;         /* RN_REPEAT: 0 lazy, 1 greedy, 2 possessive */
    bool neg;               /* RN_SET negated; RN_LOOK negative */
    bool behind;            /* RN_LOOK */
    uint16_t flags;         /* RE_* flags in effect where the node was parsed */
    uint16_t classes;       /* RN_SET: RC_* bits */
    int32_t a;              /* CHAR code point, ASSERT kind, GROUP index (-1:
                               non-capturing), BACKREF/COND group, REPEAT min */
    uint32_t b;             /* REPEAT max */
    size_t n;               /* RN_CAT/RN_ALT children; RN_SET ranges */
    re_node_t **kids;       /* RN_CAT/RN_ALT children */
    re_node_t *x, *y;       /* GROUP/REPEAT/LOOK/ATOMIC body; COND yes/no */
    uint32_t *ranges;       /* RN_SET: n (lo, hi) pairs */
    size_t width;           /* RN_LOOK behind: the fixed width */
};

typedef struct re_parsed {
    re_node_t *root;
    size_t ngroups;         /* capturing groups, not counting group 0 */
    obj_t groupindex;       /* dict name -> index */
    uint32_t flags;         /* final flags (with inline ones and UNICODE) */
    size_t nrepeats;        /* counter slots needed (set by the compiler) */
} re_parsed_t;

/* Parse pattern (str or bytes) with flags. Raises re.error, or
 * OverflowError/ValueError as CPython does. */
void mod_re_parse(obj_t pattern, uint32_t flags, re_parsed_t *out);

/* int(text[a:b]) for a group number in a pattern or template: CPython
 * uses int(), so spaces, a sign and underscores are accepted. False when
 * it is no valid non-negative integer. */
bool mod_re_parse_atom_int(const re_text_t *t, size_t a, size_t b, size_t *out);

/* Raise re.error(msg, pattern, pos); pos < 0 means no position. */
_Noreturn void mod_re_raise_error(const char *msg, obj_t pattern, intptr_t pos);

/* ---- program ---- */
typedef struct re_prog {
    int32_t *code;
    size_t len;
    size_t ngroups;
    size_t nrepeats;
    bool anchored;          /* can only match at position 0 */
    int32_t first_char;     /* a match must start with this code point, or -1 */
} re_prog_t;

void mod_re_compile(re_parsed_t *parsed, re_prog_t *prog);

/* ---- matching ---- */
enum { RE_MODE_MATCH, RE_MODE_SEARCH, RE_MODE_FULLMATCH };

/* Find a match in text[0, end) starting at or after pos (RE_MODE_SEARCH)
 * or exactly at pos. With must_advance, an empty match at pos is refused
 * (for the iteration of findall/sub/split). On success fills slots
 * (2 * (ngroups + 1) entries, -1 for unset groups) and *lastindex
 * (-1 when none) and returns true. Raises KeyboardInterrupt and
 * MemoryError. */
bool mod_re_exec(const re_prog_t *prog, const re_text_t *text, size_t pos, size_t end, int mode,
                 bool must_advance, intptr_t *slots, intptr_t *lastindex);

/* ---- objects ---- */
typedef struct re_pattern {
    obj_base_t base;
    obj_t pattern;          /* the source str/bytes */
    uint32_t flags;
    bool is_bytes;
    re_prog_t prog;
    obj_t groupindex;       /* dict */
} re_pattern_t;

typedef struct re_match {
    obj_base_t base;
    re_pattern_t *pattern;
    re_text_t text;         /* the subject */
    obj_t string;           /* the subject object as passed */
    size_t pos, endpos;
    intptr_t lastindex;
    size_t nslots;
    intptr_t slots[];
} re_match_t;

extern const type_t mod_re_pattern_type;
extern const type_t mod_re_match_type;

/* Pattern searches (mod_re_pattern.c); pos/endpos may be OBJ_NULL. */
obj_t mod_re_pattern_exec(re_pattern_t *p, obj_t string, obj_t pos, obj_t endpos, int mode);
obj_t mod_re_pattern_findall(re_pattern_t *p, obj_t string, obj_t pos, obj_t endpos);
obj_t mod_re_pattern_finditer(re_pattern_t *p, obj_t string, obj_t pos, obj_t endpos);
obj_t mod_re_pattern_split(re_pattern_t *p, obj_t string, obj_t maxsplit);

obj_t mod_re_match_new(re_pattern_t *p, const re_text_t *text, obj_t string, size_t pos, size_t endpos,
                       const intptr_t *slots, intptr_t lastindex);
/* Index of a group given by number or name; raises IndexError "no such
 * group". */
size_t mod_re_match_group_index(re_match_t *m, obj_t id);
/* Group value (None or default when unmatched). */
obj_t mod_re_match_group(re_match_t *m, size_t g, obj_t dflt);

/* Parsed replacement template: literal pieces and group references. */
obj_t mod_re_template_compile(re_pattern_t *p, obj_t repl);
/* Expand a compiled template for a match. */
obj_t mod_re_template_expand(obj_t tmpl, re_match_t *m);
/* Pattern.sub / subn. */
obj_t mod_re_sub(re_pattern_t *p, obj_t repl, obj_t string, intptr_t count, bool subn);

#endif
