/*
 * The math module: floating-point functions and the globals table.
 *
 * Error policy (CPython's): a NaN result from a non-NaN argument is a
 * domain error (ValueError "math domain error"); an infinite result from
 * finite arguments is a range error (OverflowError "math range error") for
 * functions that can overflow and a domain error (a pole) for the others.
 * Underflow to zero or a subnormal is never an error. Arguments are
 * converted with mod_util_get_float, so ints beyond the double range raise
 * OverflowError "int too large to convert to float".
 */
#include <float.h>
#include <limits.h>
#include <math.h>

#include "mod_math.h"
#include "mod_util.h"
#include "mpz.h"
#include "obj_int.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

QSTR_MACRO(MATH_1)
QSTR_MACRO(MATH_2)

_Noreturn void mod_math_domain_error(void)
{
    raise_msg(&type_ValueError, "math domain error");
}

_Noreturn void mod_math_range_error(void)
{
    raise_msg(&type_OverflowError, "math range error");
}

/* Applies f and classifies the result as described at the top. */
static obj_t math_1(obj_t arg, double (*f)(double), bool can_overflow)
{
    double x = mod_util_get_float(arg);
    double r = f(x);
    if (isnan(r) && !isnan(x))
        mod_math_domain_error();
    if (isinf(r) && isfinite(x)) {
        if (can_overflow)
            mod_math_range_error();
        mod_math_domain_error();
    }
    return obj_new_float(r);
}

#define MATH_1(name, cfun, can_overflow) \
    static obj_t math_##name(obj_t x) \
    { \
        return math_1(x, cfun, can_overflow); \
    } \
    static BUILTIN_FUN_1(math_##name##_obj, Q_##name, math_##name)

static double fabs_(double x) { return fabs(x); }
static double sqrt_(double x) { return sqrt(x); }

MATH_1(sqrt, sqrt_, false);
MATH_1(exp, exp, true);
MATH_1(exp2, exp2, true);
MATH_1(expm1, expm1, true);
MATH_1(cos, cos, false);
MATH_1(sin, sin, false);
MATH_1(tan, tan, false);
MATH_1(acos, acos, false);
MATH_1(asin, asin, false);
MATH_1(atan, atan, false);
MATH_1(cosh, cosh, true);
MATH_1(sinh, sinh, true);
MATH_1(tanh, tanh, false);
MATH_1(acosh, acosh, false);
MATH_1(asinh, asinh, false);
MATH_1(atanh, atanh, false);
MATH_1(fabs, fabs_, false);
MATH_1(erf, erf, false);
MATH_1(erfc, erfc, false);
MATH_1(cbrt, cbrt, false);
MATH_1(log1p, log1p, false);

/* ---- two-argument functions ---- */

static obj_t math_2(obj_t a, obj_t b, double (*f)(double, double), bool can_overflow)
{
    double x = mod_util_get_float(a), y = mod_util_get_float(b);
    double r = f(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        mod_math_domain_error();
    if (isinf(r) && isfinite(x) && isfinite(y)) {
        if (can_overflow)
            mod_math_range_error();
        mod_math_domain_error();
    }
    return obj_new_float(r);
}

#define MATH_2(name, cfun, can_overflow) \
    static obj_t math_##name(obj_t x, obj_t y) \
    { \
        return math_2(x, y, cfun, can_overflow); \
    } \
    static BUILTIN_FUN_2(math_##name##_obj, Q_##name, math_##name)

/* fmod(x, +-inf) is x for finite x (C99 agrees, but be explicit). */
static double fmod_(double x, double y)
{
    if (isinf(y) && isfinite(x))
        return x;
    return fmod(x, y);
}

static double remainder_(double x, double y)
{
    if (isnan(x) || isnan(y))
        return x + y;
    if (isinf(x) || y == 0.0)
        return NAN;
    if (isinf(y))
        return x;
    return remainder(x, y);
}

static double copysign_(double x, double y) { return copysign(x, y); }

MATH_2(atan2, atan2, false);
MATH_2(fmod, fmod_, false);
MATH_2(remainder, remainder_, false);
MATH_2(copysign, copysign_, false);

static obj_t math_nextafter(obj_t x, obj_t y)
{
    return obj_new_float(nextafter(mod_util_get_float(x), mod_util_get_float(y)));
}
static BUILTIN_FUN_2(math_nextafter_obj, Q_nextafter, math_nextafter);

static obj_t math_ulp(obj_t arg)
{
    double x = mod_util_get_float(arg);
    if (isnan(x))
        return obj_new_float(x);
    x = fabs(x);
    if (isinf(x))
        return obj_new_float(x);
    double next = nextafter(x, INFINITY);
    if (isinf(next))
        return obj_new_float(x - nextafter(x, -INFINITY));
    return obj_new_float(next - x);
}
static BUILTIN_FUN_1(math_ulp_obj, Q_ulp, math_ulp);

/* pow with C99's special values for infinities and NaNs spelled out, and
 * CPython's errors for the finite cases. */
static obj_t math_pow(obj_t a, obj_t b)
{
    double x = mod_util_get_float(a), y = mod_util_get_float(b), r;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x))
            r = y == 0.0 ? 1.0 : x;
        else if (isnan(y))
            r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0)
                r = odd_y ? x : fabs(x);
            else if (y == 0.0)
                r = 1.0;
            else
                r = odd_y ? copysign(0.0, x) : 0.0;
        } else if (fabs(x) == 1.0)
            r = 1.0;
        else if ((y > 0.0) == (fabs(x) > 1.0))
            r = INFINITY;
        else
            r = 0.0;
        return obj_new_float(r);
    }
    if (x == 0.0 && y < 0.0)
        mod_math_domain_error();
    r = pow(x, y);
    if (isnan(r))
        mod_math_domain_error();
    if (isinf(r))
        mod_math_range_error();
    return obj_new_float(r);
}
static BUILTIN_FUN_2(math_pow_obj, Q_pow, math_pow);

/* ---- logarithms (accept ints of any size) ---- */

/* f(x) for x > 0, with ints too large for a double handled as
 * f(m) + f(2) * e where x ~= m * 2**e, 0.5 <= m < 1. */
static double log_helper(obj_t arg, double (*f)(double))
{
    obj_t i = int_unwrap(arg);
    if (i == OBJ_NULL || obj_is_small_int(i)) {
        double x = mod_util_get_float(arg);
        if (isnan(x))
            return x;
        if (x <= 0.0)
            mod_math_domain_error();
        return f(x);
    }
    mpz_t z;
    int_to_mpz(i, &z);
    if (mpz_is_neg(&z) || mpz_is_zero(&z))
        mod_math_domain_error();
    double d;
    if (mpz_to_double(&z, &d) == 0)
        return f(d);
    /* m = the top 54 bits plus a sticky bit, so one conversion rounds */
    size_t bits = mpz_bit_length(&z);
    size_t shift = bits - 54;
    mpz_t top, back;
    mpz_init(&top);
    mpz_init(&back);
    mpz_rshift(&top, &z, shift);
    mpz_lshift(&back, &top, shift);
    uintmax_t u = 0;
    mpz_as_uintmax(&top, &u);
    u = (u << 1) | (mpz_cmp(&back, &z) != 0);
    double m = ldexp((double)u, -55);
    double e = (double)bits;
    if (m >= 1.0) {
        m *= 0.5;
        e += 1.0;
    }
    return f(m) + f(2.0) * e;
}

static obj_t math_log(size_t n, const obj_t *args)
{
    double num = log_helper(args[0], log);
    if (n == 1)
        return obj_new_float(num);
    double den = log_helper(args[1], log);
    if (den == 0.0)
        raise_msg(&type_ZeroDivisionError, "float division by zero");
    return obj_new_float(num / den);
}
static BUILTIN_FUN_VAR(math_log_obj, Q_log, 1, 2, math_log);

static obj_t math_log2(obj_t x)
{
    return obj_new_float(log_helper(x, log2));
}
static BUILTIN_FUN_1(math_log2_obj, Q_log2, math_log2);

static obj_t math_log10(obj_t x)
{
    return obj_new_float(log_helper(x, log10));
}
static BUILTIN_FUN_1(math_log10_obj, Q_log10, math_log10);

/* ---- rounding to ints ---- */

/* x's own method `name` when x is an instance of a user class defining
 * it, else OBJ_NULL. */
static obj_t user_method(obj_t x, qstr name)
{
    const type_t *t = obj_get_type(x);
    if (!(t->flags & TYPE_FLAG_USER))
        return OBJ_NULL;
    obj_t m = type_lookup_special(t, name);
    return m ? call1(m, x) : OBJ_NULL;
}

static obj_t round_with(obj_t x, qstr method, double (*f)(double))
{
    obj_t r = user_method(x, method);
    if (r != OBJ_NULL)
        return r;
    obj_t i = int_unwrap(x);
    if (i != OBJ_NULL)
        return i;
    return int_from_double(f(mod_util_get_float(x)));
}

static obj_t math_ceil(obj_t x)
{
    return round_with(x, Q___ceil__, ceil);
}
static BUILTIN_FUN_1(math_ceil_obj, Q_ceil, math_ceil);

static obj_t math_floor(obj_t x)
{
    return round_with(x, Q___floor__, floor);
}
static BUILTIN_FUN_1(math_floor_obj, Q_floor, math_floor);

static obj_t math_trunc(obj_t x)
{
    obj_t r = user_method(x, Q___trunc__);
    if (r != OBJ_NULL)
        return r;
    obj_t i = int_unwrap(x);
    if (i != OBJ_NULL)
        return i;
    double d;
    if (!float_unwrap(x, &d))
        raise_fmt(&type_TypeError, "type %s doesn't define __trunc__ method", obj_type_name(x));
    return int_from_double(trunc(d));
}
static BUILTIN_FUN_1(math_trunc_obj, Q_trunc, math_trunc);

/* ---- float decomposition ---- */

static obj_t math_frexp(obj_t arg)
{
    double x = mod_util_get_float(arg);
    int e = 0;
    if (isfinite(x) && x != 0.0)
        x = frexp(x, &e);
    obj_t items[2] = {obj_new_float(x), obj_new_small_int(e)};
    return obj_new_tuple(2, items);
}
static BUILTIN_FUN_1(math_frexp_obj, Q_frexp, math_frexp);

static obj_t math_ldexp(obj_t xo, obj_t io)
{
    double x = mod_util_get_float(xo);
    obj_t i = int_unwrap(io);
    if (i == OBJ_NULL)
        raise_msg(&type_TypeError, "Expected an int as second argument to ldexp.");
    intptr_t e;
    if (!obj_get_int_maybe(i, &e))
        e = obj_is_true(compare_op(BOP_LT, i, obj_new_small_int(0))) ? INT_MIN : INT_MAX;
    if (e > INT_MAX)
        e = INT_MAX;
    if (e < INT_MIN)
        e = INT_MIN;
    if (x == 0.0 || !isfinite(x))
        return obj_new_float(x);
    double r = ldexp(x, (int)e);
    if (isinf(r))
        mod_math_range_error();
    return obj_new_float(r);
}
static BUILTIN_FUN_2(math_ldexp_obj, Q_ldexp, math_ldexp);

static obj_t math_modf(obj_t arg)
{
    double x = mod_util_get_float(arg), ip, fp;
    if (isinf(x)) {
        ip = x;
        fp = copysign(0.0, x);
    } else if (isnan(x)) {
        ip = fp = x;
    } else {
        fp = modf(x, &ip);
    }
    obj_t items[2] = {obj_new_float(fp), obj_new_float(ip)};
    return obj_new_tuple(2, items);
}
static BUILTIN_FUN_1(math_modf_obj, Q_modf, math_modf);

/* ---- classification and comparison ---- */

static obj_t math_isfinite(obj_t x)
{
    return obj_new_bool(isfinite(mod_util_get_float(x)));
}
static BUILTIN_FUN_1(math_isfinite_obj, Q_isfinite, math_isfinite);

static obj_t math_isinf(obj_t x)
{
    return obj_new_bool(isinf(mod_util_get_float(x)));
}
static BUILTIN_FUN_1(math_isinf_obj, Q_isinf, math_isinf);

static obj_t math_isnan(obj_t x)
{
    return obj_new_bool(isnan(mod_util_get_float(x)));
}
static BUILTIN_FUN_1(math_isnan_obj, Q_isnan, math_isnan);

static obj_t math_isclose(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {
        {Q_a, ARG_REQUIRED, OBJ_NULL},
        {Q_b, ARG_REQUIRED, OBJ_NULL},
        {Q_rel_tol, ARG_KW_ONLY, OBJ_NULL},
        {Q_abs_tol, ARG_KW_ONLY, OBJ_NULL},
    };
    if (n > 2)
        raise_fmt(&type_TypeError, "isclose() takes exactly 2 positional arguments (%u given)", (unsigned)n);
    obj_t v[4];
    arg_parse("isclose", n, args, kw, 4, spec, v);
    double a = mod_util_get_float(v[0]), b = mod_util_get_float(v[1]);
    double rel = v[2] ? mod_util_get_float(v[2]) : 1e-9;
    double abs_tol = v[3] ? mod_util_get_float(v[3]) : 0.0;
    if (rel < 0.0 || abs_tol < 0.0)
        raise_msg(&type_ValueError, "tolerances must be non-negative");
    if (a == b)
        return OBJ_TRUE;
    if (isinf(a) || isinf(b))
        return OBJ_FALSE;
    double diff = fabs(b - a);
    return obj_new_bool(diff <= fabs(rel * b) || diff <= fabs(rel * a) || diff <= abs_tol);
}
static BUILTIN_FUN_KW(math_isclose_obj, Q_isclose, 0, math_isclose);

/* ---- angles ---- */

static const double pi = 3.141592653589793238462643383279502884;

static obj_t math_degrees(obj_t x)
{
    return obj_new_float(mod_util_get_float(x) * (180.0 / pi));
}
static BUILTIN_FUN_1(math_degrees_obj, Q_degrees, math_degrees);

static obj_t math_radians(obj_t x)
{
    return obj_new_float(mod_util_get_float(x) * (pi / 180.0));
}
static BUILTIN_FUN_1(math_radians_obj, Q_radians, math_radians);

/* ---- gamma ---- */

static bool is_nonpositive_integer(double x)
{
    return x <= 0.0 && floor(x) == x;
}

static obj_t math_gamma(obj_t arg)
{
    double x = mod_util_get_float(arg);
    if (isnan(x) || x == INFINITY)
        return obj_new_float(x);
    if (x == -INFINITY || is_nonpositive_integer(x))
        mod_math_domain_error();
    double r;
    if (x == floor(x) && x <= 23.0) {
        /* (x-1)! is exact in a double up to 22! */
        r = 1.0;
        for (double k = 2.0; k < x; k += 1.0)
            r *= k;
        return obj_new_float(r);
    }
    r = tgamma(x);
    if (isinf(r))
        mod_math_range_error();
    return obj_new_float(r);
}
static BUILTIN_FUN_1(math_gamma_obj, Q_gamma, math_gamma);

static obj_t math_lgamma(obj_t arg)
{
    double x = mod_util_get_float(arg);
    if (isnan(x))
        return obj_new_float(x);
    if (isinf(x))
        return obj_new_float(INFINITY);
    if (is_nonpositive_integer(x))
        mod_math_domain_error();
    double r = lgamma(x);
    if (isinf(r))
        mod_math_range_error();
    return obj_new_float(r);
}
static BUILTIN_FUN_1(math_lgamma_obj, Q_lgamma, math_lgamma);

/* ---- the module ---- */

static const obj_float_t math_e_obj = {{&type_float}, 2.718281828459045235360287471352662498};
static const obj_float_t math_pi_obj = {{&type_float}, 3.141592653589793238462643383279502884};
static const obj_float_t math_tau_obj = {{&type_float}, 6.283185307179586476925286766559005768};
static const obj_float_t math_inf_obj = {{&type_float}, INFINITY};
static const obj_float_t math_nan_obj = {{&type_float}, NAN};

static const map_elem_t math_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_math)},
    {ROM_QSTR(Q_e), ROM_PTR(&math_e_obj)},
    {ROM_QSTR(Q_pi), ROM_PTR(&math_pi_obj)},
    {ROM_QSTR(Q_tau), ROM_PTR(&math_tau_obj)},
    {ROM_QSTR(Q_inf), ROM_PTR(&math_inf_obj)},
    {ROM_QSTR(Q_nan), ROM_PTR(&math_nan_obj)},
    {ROM_QSTR(Q_sqrt), ROM_PTR(&math_sqrt_obj)},
    {ROM_QSTR(Q_pow), ROM_PTR(&math_pow_obj)},
    {ROM_QSTR(Q_exp), ROM_PTR(&math_exp_obj)},
    {ROM_QSTR(Q_exp2), ROM_PTR(&math_exp2_obj)},
    {ROM_QSTR(Q_expm1), ROM_PTR(&math_expm1_obj)},
    {ROM_QSTR(Q_log), ROM_PTR(&math_log_obj)},
    {ROM_QSTR(Q_log2), ROM_PTR(&math_log2_obj)},
    {ROM_QSTR(Q_log10), ROM_PTR(&math_log10_obj)},
    {ROM_QSTR(Q_log1p), ROM_PTR(&math_log1p_obj)},
    {ROM_QSTR(Q_cos), ROM_PTR(&math_cos_obj)},
    {ROM_QSTR(Q_sin), ROM_PTR(&math_sin_obj)},
    {ROM_QSTR(Q_tan), ROM_PTR(&math_tan_obj)},
    {ROM_QSTR(Q_acos), ROM_PTR(&math_acos_obj)},
    {ROM_QSTR(Q_asin), ROM_PTR(&math_asin_obj)},
    {ROM_QSTR(Q_atan), ROM_PTR(&math_atan_obj)},
    {ROM_QSTR(Q_atan2), ROM_PTR(&math_atan2_obj)},
    {ROM_QSTR(Q_cosh), ROM_PTR(&math_cosh_obj)},
    {ROM_QSTR(Q_sinh), ROM_PTR(&math_sinh_obj)},
    {ROM_QSTR(Q_tanh), ROM_PTR(&math_tanh_obj)},
    {ROM_QSTR(Q_acosh), ROM_PTR(&math_acosh_obj)},
    {ROM_QSTR(Q_asinh), ROM_PTR(&math_asinh_obj)},
    {ROM_QSTR(Q_atanh), ROM_PTR(&math_atanh_obj)},
    {ROM_QSTR(Q_ceil), ROM_PTR(&math_ceil_obj)},
    {ROM_QSTR(Q_floor), ROM_PTR(&math_floor_obj)},
    {ROM_QSTR(Q_trunc), ROM_PTR(&math_trunc_obj)},
    {ROM_QSTR(Q_fabs), ROM_PTR(&math_fabs_obj)},
    {ROM_QSTR(Q_copysign), ROM_PTR(&math_copysign_obj)},
    {ROM_QSTR(Q_fmod), ROM_PTR(&math_fmod_obj)},
    {ROM_QSTR(Q_remainder), ROM_PTR(&math_remainder_obj)},
    {ROM_QSTR(Q_frexp), ROM_PTR(&math_frexp_obj)},
    {ROM_QSTR(Q_ldexp), ROM_PTR(&math_ldexp_obj)},
    {ROM_QSTR(Q_modf), ROM_PTR(&math_modf_obj)},
    {ROM_QSTR(Q_isfinite), ROM_PTR(&math_isfinite_obj)},
    {ROM_QSTR(Q_isinf), ROM_PTR(&math_isinf_obj)},
    {ROM_QSTR(Q_isnan), ROM_PTR(&math_isnan_obj)},
    {ROM_QSTR(Q_isclose), ROM_PTR(&math_isclose_obj)},
    {ROM_QSTR(Q_degrees), ROM_PTR(&math_degrees_obj)},
    {ROM_QSTR(Q_radians), ROM_PTR(&math_radians_obj)},
    {ROM_QSTR(Q_erf), ROM_PTR(&math_erf_obj)},
    {ROM_QSTR(Q_erfc), ROM_PTR(&math_erfc_obj)},
    {ROM_QSTR(Q_gamma), ROM_PTR(&math_gamma_obj)},
    {ROM_QSTR(Q_lgamma), ROM_PTR(&math_lgamma_obj)},
    {ROM_QSTR(Q_cbrt), ROM_PTR(&math_cbrt_obj)},
    {ROM_QSTR(Q_nextafter), ROM_PTR(&math_nextafter_obj)},
    {ROM_QSTR(Q_ulp), ROM_PTR(&math_ulp_obj)},
    {ROM_QSTR(Q_gcd), ROM_PTR(&mod_math_int_gcd_obj)},
    {ROM_QSTR(Q_lcm), ROM_PTR(&mod_math_int_lcm_obj)},
    {ROM_QSTR(Q_factorial), ROM_PTR(&mod_math_int_factorial_obj)},
    {ROM_QSTR(Q_comb), ROM_PTR(&mod_math_int_comb_obj)},
    {ROM_QSTR(Q_perm), ROM_PTR(&mod_math_int_perm_obj)},
    {ROM_QSTR(Q_isqrt), ROM_PTR(&mod_math_int_isqrt_obj)},
    {ROM_QSTR(Q_prod), ROM_PTR(&mod_math_int_prod_obj)},
    {ROM_QSTR(Q_fsum), ROM_PTR(&mod_math_sum_fsum_obj)},
    {ROM_QSTR(Q_hypot), ROM_PTR(&mod_math_sum_hypot_obj)},
    {ROM_QSTR(Q_dist), ROM_PTR(&mod_math_sum_dist_obj)},
};
static DICT_ROM(math_globals, math_globals_table);
const obj_module_t math_module = {{&type_module}, &math_globals};
MODULE_REGISTER(Q_math, math_module);
