/*
 * int (small ints inline, big ints as obj_int_t over mpz), float, complex
 * and bool helpers shared by the compiler, VM and other types.
 */
#ifndef CP_OBJ_INT_H
#define CP_OBJ_INT_H

#include "mpz.h"
#include "obj.h"

typedef struct obj_int {
    obj_base_t base;
    mpz_t mpz;
} obj_int_t;

typedef struct obj_complex {
    obj_base_t base;
    double real, imag;
} obj_complex_t;

/* Literal digits (no sign, prefix or underscores) in base 2/8/10/16. */
obj_t int_from_digits(const char *s, size_t len, unsigned base);
/* int(str, base) parsing with CPython's rules (sign, whitespace, prefixes,
 * underscores); raises ValueError "invalid literal for int() with base 10: 'x'". */
obj_t int_parse(const char *s, size_t len, unsigned base);
/* Normalises: returns a small int when the value fits. */
obj_t int_from_mpz(const mpz_t *z);
/* Converts any int (small or big) to an mpz copy in *out. */
void int_to_mpz(obj_t i, mpz_t *out);
/* str(i) in a base with optional upper-case digits (no prefix). */
obj_t int_to_str_base(obj_t i, unsigned base, bool upper);
/* Binary operation on two ints (incl. bool); OBJ_NULL when not supported. */
obj_t int_binary_op(binary_op_t op, obj_t lhs, obj_t rhs);
/* Hash of an int value, CPython's modular rule. */
intptr_t int_hash(obj_t i);
/* Exact conversion to double; raises OverflowError when too large. */
double int_to_double(obj_t i);
/* int(x) from a float, raising OverflowError/ValueError for inf/nan. */
obj_t int_from_double(double d);

obj_t obj_new_complex(double real, double imag);
/* float(x) parsing of text with CPython's rules; raises ValueError
 * "could not convert string to float: 'x'". */
obj_t float_parse(const char *s, size_t len);
/* Hash of a double, CPython's rule (so hash(2.0) == hash(2)). */
intptr_t float_hash(double d);
obj_t float_binary_op(binary_op_t op, double lhs, obj_t rhs_obj);

/* pow(a, b, m) for ints. */
obj_t int_pow3(obj_t a, obj_t b, obj_t m);
/* round(x, ndigits) for floats, exactly as CPython. */
obj_t float_round(double x, obj_t ndigits);

#endif
