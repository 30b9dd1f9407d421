/*
 * Internals shared by the number files (obj_int*.c, obj_float.c,
 * obj_complex.c, obj_bool.c); not for the rest of the core.
 */
#ifndef CP_OBJ_INT_IMPL_H
#define CP_OBJ_INT_IMPL_H

#include "obj_int.h"

/* Room for the digits of any intptr_t magnitude. */
#define INT_TMP_DIGS ((64 + MPZ_DIG_BITS - 1) / MPZ_DIG_BITS)
typedef struct int_tmp {
    mpz_t z;
    mpz_dig_t d[INT_TMP_DIGS];
} int_tmp_t;

/* A read-only mpz for an unwrapped int i (small or obj_int_t). For a small
 * int the digits live in *t, so the view must not outlive t and must never
 * be the destination of an mpz operation. */
const mpz_t *int_mpz_view(obj_t i, int_tmp_t *t);
/* An int holding *z; the digits move into the new object (or are freed
 * when the value is small) and *z is left zero. */
obj_t int_take_mpz(mpz_t *z);
/* int_unwrap, raising TypeError "'X' object cannot be interpreted as an
 * integer" for non-ints. */
obj_t int_unwrap_checked(obj_t o);
/* -1, 0 or 1 for an unwrapped int. */
int int_sign(obj_t i);
/* |a| / |b| (b != 0) as the nearest double; *overflow when not finite. */
double int_ratio_to_double(const mpz_t *a, const mpz_t *b, bool *overflow);
/* Text of an unwrapped int in base 2..36 ('-' for negatives, no prefix),
 * NUL-terminated in a mem_alloc_noscan block the caller owns. Applies
 * int_max_str_digits to bases that are not powers of two. */
char *int_text(obj_t i, unsigned base, bool upper, size_t *len);
/* The integer of an __index__-capable object, unclipped (unwrapped int);
 * TypeError "'X' object cannot be interpreted as an integer" otherwise. */
obj_t int_index(obj_t o);

/* int() / float() text preparation: non-ASCII whitespace becomes ' ',
 * non-ASCII decimal digits their ASCII digit, and any other non-ASCII
 * character ends the text with an invalid '?'. Updates *len; returns s
 * itself when it is ASCII, else a new NUL-terminated block. */
const char *int_ascii_digits(const char *s, size_t *len);

/* Defined in obj_int_text.c / obj_int_methods.c. */
obj_t int_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args);
extern map_t int_locals;
/* The attr slot of int and bool (real, imag, numerator, denominator). */
void int_attr(obj_t o, qstr attr, obj_t *dest);

/* ---- float and complex (obj_float*.c, obj_complex.c) ---- */
extern map_t float_locals;
/* float_hash, with NaNs hashed by the identity of their object o. */
intptr_t float_hash_obj(double d, obj_t o);
/* Python's floor division and modulo of doubles (y != 0). */
void float_divmod_parts(double x, double y, double *div, double *mod);
/* (xr + xi j) ** (yr + yi j) with CPython's errors. */
obj_t complex_pow_obj(double xr, double xi, double yr, double yi);

#endif
