/*
 * Exact conversion between IEEE-754 binary64 and decimal text, matching
 * CPython 3: repr(float), the numeric part of format()/%-formatting of
 * floats, and float(str).
 *
 * Freestanding and heap-free: all work happens in fixed-size stack buffers
 * (under 1 KiB of stack for any call). Results are
 * exact: shortest round-trip digits for repr, correctly rounded
 * (round-half-even on the exact binary value) digits for format, and
 * correctly rounded (round-half-even) decimal-to-binary for parse.
 *
 * The caller is responsible for everything around the digits: the '+' and
 * ' ' sign options, fill, alignment, width, thousands grouping and locale
 * ('n'). These functions only ever emit a '-' sign.
 */
#ifndef CP_FMTFLOAT_H
#define CP_FMTFLOAT_H

#include <stddef.h>

/* Error returns (all negative). */
#define FMTFLOAT_ESYNTAX (-1) /* parse: not a valid float literal */
#define FMTFLOAT_ENOSPC (-2)  /* format: result does not fit in buflen */
#define FMTFLOAT_EINVAL (-3)  /* format: unknown type or precision too big */

/* Flags for fmtfloat_format. */
#define FMTFLOAT_ALT 1u      /* '#': keep the point (and, for g, zeros) */
#define FMTFLOAT_NO_NEG_0 2u /* 'z': drop '-' when the result rounds to 0 */

/* Largest precision fmtfloat_format accepts. */
#define FMTFLOAT_MAX_PREC 1000000000

/* Buffer size (including the NUL) that always suffices for fmtfloat_repr. */
#define FMTFLOAT_REPR_BUFSIZE 32

/* Buffer size (including the NUL) that always suffices for fmtfloat_format
 * with precision prec (-1 meaning the default) and any type and value. The
 * worst case is 'f'/'%' of a value near 1e308: 309 integer digits, sign,
 * point, prec fraction digits, '%'. */
#define FMTFLOAT_BUFSIZE(prec) ((size_t)((prec) < 0 ? 6 : (prec)) + 320)

/*
 * Write repr(d) as CPython 3 does: the shortest digit string that reads
 * back as d (nearest to d when several are equally short), in exponent
 * notation when the decimal exponent is < -4 or >= 16, otherwise with at
 * least one digit after the point: "0.1", "123.0", "1e+16", "1e-05",
 * "-0.0", "inf", "-inf", "nan" (the sign of a NaN is never shown).
 *
 * buf receives the text and a terminating NUL. Returns the text length
 * (without the NUL), or 0 if buflen is too small; FMTFLOAT_REPR_BUFSIZE
 * bytes always suffice.
 */
size_t fmtfloat_repr(double d, char *buf, size_t buflen);

/*
 * Format d like CPython's float.__format__ / %-formatting, digits part only.
 *
 * type: 'e' 'E' 'f' 'F' 'g' 'G' '%', 'n' (treated as 'g'; locale is the
 *   caller's business), or '\0' for an omitted type. An omitted type
 *   without precision is repr(d); with a precision it is 'g' that keeps at
 *   least one digit after the point and switches to exponent notation one
 *   digit earlier (format(123.0, '.3') == '1.23e+02').
 * prec: digits after the point (e, f, %) or significant digits (g, none);
 *   -1 selects the default (6, or repr for an omitted type). 'g' with
 *   precision 0 uses 1.
 * flags: FMTFLOAT_ALT and/or FMTFLOAT_NO_NEG_0.
 * '%' multiplies d by 100 in double arithmetic (as CPython does) and
 * formats as 'f' followed by '%'. E, F, G upper-case the exponent letter
 * and "INF"/"NAN".
 *
 * buf receives the text and a terminating NUL. Returns the text length
 * (without the NUL), or:
 *   FMTFLOAT_EINVAL  type unknown, or prec < -1 or > FMTFLOAT_MAX_PREC;
 *   FMTFLOAT_ENOSPC  buflen too small. FMTFLOAT_BUFSIZE(prec) bytes always
 *                    suffice. With a smaller buffer the check may be up to
 *                    a few bytes conservative when rounding carries
 *                    (9.99.. -> 10), since digits are generated in buf.
 */
int fmtfloat_format(double d, char type, int prec, unsigned flags, char *buf,
                    size_t buflen);

/*
 * Parse s[0..len) as float() does after the caller has stripped surrounding
 * whitespace and mapped non-ASCII digits to ASCII: an optional sign, then
 * either "inf", "infinity" or "nan" in any case, or digits with an optional
 * '.' and fraction and an optional exponent ('e'/'E', optional sign,
 * digits). A single '_' may separate two digits. The result is the double
 * nearest the exact decimal value (ties to even); values too large become
 * +-inf, values too small +-0 or a subnormal. "-nan" yields a NaN with the
 * sign bit set, as CPython does.
 *
 * Returns 0 and stores the value in *out, or FMTFLOAT_ESYNTAX (leaving *out
 * untouched) if the text is not a float literal.
 */
int fmtfloat_parse(const char *s, size_t len, double *out);

#endif
