/*
 * Internals shared by the formatting files: format.c (format-spec
 * mini-language and format_obj), format_str.c (str.format / format_map)
 * and format_percent.c (printf-style %). The public entry points are
 * declared in obj_str.h.
 */
#ifndef CP_FORMAT_H
#define CP_FORMAT_H

#include "obj_str.h"

/* A parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type] */
typedef struct fmt_spec {
    uint32_t fill;       /* code point, ' ' by default */
    char align;          /* 0 (type's default), '<', '>', '^', '=' */
    char sign;           /* 0, '+', '-', ' ' */
    bool no_neg_0;       /* 'z' */
    bool alternate;      /* '#' */
    bool zero;           /* '0' flag: fill is '0', numbers default to '=' */
    char grouping;       /* 0, ',', '_' */
    intptr_t width;      /* -1 when absent */
    intptr_t precision;  /* -1 when absent */
    char type;           /* 0 when absent */
} fmt_spec_t;

/* Parse spec text; raises ValueError with CPython's messages (the type
 * name appears in "Invalid format specifier ... for object of type 'X'"). */
void format_parse_spec(const char *s, size_t len, const char *type_name, fmt_spec_t *sp);

/* Append n copies of code point c. */
void format_add_fill(vstr_t *out, uint32_t c, size_t n);

/* Append text (charlen code points) padded to sp->width with sp->fill
 * according to align ('<', '>' or '^'). */
void format_pad(vstr_t *out, const fmt_spec_t *sp, char align, const char *text, size_t len,
                size_t charlen);

/* Digits of an int (any size) in base 2, 8, 10 or 16, without sign;
 * *neg tells the sign. */
void format_int_digits(vstr_t *out, obj_t v, unsigned base, bool upper, bool *neg);

/* Lay out a number: sign character (0 for none), prefix ("0x" etc.),
 * integer digits (grouped with sp->grouping every group digits, zero
 * padded when sp->fill is '0' with '=' alignment) and rest (fraction,
 * exponent, '%'), then fill to sp->width (default alignment '>'). */
void format_number(vstr_t *out, const fmt_spec_t *sp, char sign, const char *prefix,
                   const char *digits, size_t nd, const char *rest, size_t nrest, unsigned group);

/* The double value of a float (or float subclass instance). */
double format_float_value(obj_t v);
bool format_is_float(obj_t v);

#endif
