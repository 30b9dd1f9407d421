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

/* ---- additions by the numbers helper ---- */

/* Details of the functions declared above:
 * int_from_digits raises ValueError when a base-10 literal exceeds
 *   int_max_str_digits (CPython's compiler reports that as SyntaxError
 *   with " - Consider hexadecimal for huge integer literals to avoid
 *   decimal conversion limits." appended).
 * float_binary_op(op, x, rhs) computes x op rhs for a float value x and an
 *   int, bool or float rhs (a reflected op computes rhs op x; == and !=
 *   also take a complex); OBJ_NULL for other operands.
 * int_pow3(a, b, m): for ints (bools, int subclass instances) the modular
 *   power, raising ValueError "pow() 3rd argument cannot be 0" and "base is
 *   not invertible for the given modulus". With floats or complexes among
 *   the arguments it raises CPython's TypeError "pow() 3rd argument not
 *   allowed unless all arguments are integers" or ValueError "complex
 *   modulo". Returns OBJ_NULL when no number type applies (the caller
 *   tries a's __pow__(b, m) and raises "unsupported operand type(s) for **
 *   or pow(): 'X', 'Y', 'Z'").
 * float_round(x, ndigits): ndigits OBJ_NULL or None gives an int (ties to
 *   even; OverflowError/ValueError for inf/nan), otherwise a float
 *   correctly rounded to ndigits decimals (OverflowError "rounded value too
 *   large to represent"); ndigits goes through __index__.
 */

/* Limit on decimal digits for int <-> str conversion in bases that are not
 * powers of two (CPython 3.11's sys.set_int_max_str_digits); 0 = no limit.
 * sys.set_int_max_str_digits(n) must accept only 0 or n >= 640
 * ("maxdigits must be 0 or larger than 640"). */
#define INT_MAX_STR_DIGITS_DEFAULT 4300
#define INT_MAX_STR_DIGITS_MIN 640
extern size_t int_max_str_digits;

/* The int value of o when o is an int: o itself for small and big ints, a
 * small 0/1 for bool, the native part of an instance of a user subclass of
 * int. OBJ_NULL for anything else. */
obj_t int_unwrap(obj_t o);
/* Unary operations of int (and bool, which it treats as 0/1); OBJ_NULL
 * when unsupported. */
obj_t int_unary_op(unary_op_t op, obj_t o);
/* Three-way comparison of an int with a double, exact for every value:
 * -1, 0 or 1 as i <, ==, > d; 2 when d is a NaN. */
int int_cmp_double(obj_t i, double d);
/* divmod(a, b) for ints, bools and floats (tuple of two), with CPython's
 * messages for zero divisors; OBJ_NULL when either is neither. */
obj_t int_divmod(obj_t a, obj_t b);
/* round(i, ndigits) for an int i; ndigits OBJ_NULL or None returns i
 * (as int). Raises TypeError when ndigits is not int-like. */
obj_t int_round(obj_t i, obj_t ndigits);
/* The quotient a / b of two ints as the nearest double (ties to even).
 * Raises ZeroDivisionError "division by zero" and OverflowError "integer
 * division result too large for a float". */
double int_true_divide(obj_t a, obj_t b);

/* The double nearest (m + f) * 2**exp, 0 <= f < 1, where f != 0 exactly
 * when sticky (ties to even, subnormals rounded once). Sets *overflow and
 * returns HUGE_VAL when the result is not finite. */
double float_from_parts(uint64_t m, bool sticky, long exp, bool *overflow);
/* The double of a float or of an instance of a user subclass of float;
 * false when o is neither. */
bool float_unwrap(obj_t o, double *out);
/* divmod(x, y) for doubles: a tuple of two floats ("float divmod()"). */
obj_t float_divmod(double x, double y);
/* x ** y for doubles with CPython's special cases; returns a complex for a
 * negative base and a non-integral exponent. */
obj_t float_pow(double x, double y);
/* float(x) for any argument (float() with one argument). */
obj_t float_from_obj(obj_t x);
/* Complex parts of a complex, float, int (OverflowError when too large) or
 * of a user subclass instance of complex or float; false otherwise. */
bool complex_unwrap(obj_t o, double *re, double *im);

#endif
