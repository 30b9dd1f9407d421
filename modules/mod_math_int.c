/*
 * Integer functions of the math module: gcd, lcm, factorial, comb, perm,
 * isqrt and prod. Arguments go through __index__ (mod_util_index), so
 * floats are refused as CPython refuses them; results may be big ints.
 */
#include <limits.h>

#include "mod_math.h"
#include "mod_util.h"
#include "mpz.h"
#include "obj_int.h"
#include "runtime.h"

/* Big-int temporaries hold only heap memory, so a Python exception in the
 * middle leaks nothing the collector cannot reclaim. */

static void to_mpz(obj_t o, mpz_t *z)
{
    int_to_mpz(mod_util_index(o), z);
}

static obj_t take(mpz_t *z)
{
    obj_t r = int_from_mpz(z);
    mpz_free(z);
    return r;
}

static obj_t math_gcd(size_t n, const obj_t *args)
{
    mpz_t acc, x;
    mpz_init(&acc);
    for (size_t i = 0; i < n; i++) {
        to_mpz(args[i], &x);
        mpz_gcd(&acc, &acc, &x);
        mpz_free(&x);
    }
    return take(&acc);
}
const obj_builtin_t mod_math_int_gcd_obj = {{&type_builtin}, 0, 0xffff, BUILTIN_VAR, Q_gcd, {.var = math_gcd}};

static obj_t math_lcm(size_t n, const obj_t *args)
{
    mpz_t acc, x, g;
    mpz_init_from_int(&acc, 1);
    mpz_init(&g);
    for (size_t i = 0; i < n; i++) {
        to_mpz(args[i], &x);
        if (mpz_is_zero(&acc) || mpz_is_zero(&x)) {
            mpz_set_int(&acc, 0);
        } else {
            /* lcm(a, b) = |a| / gcd(a, b) * |b| */
            mpz_gcd(&g, &acc, &x);
            mpz_abs(&x, &x);
            mpz_divmod(&acc, NULL, &acc, &g);
            mpz_mul(&acc, &acc, &x);
            mpz_abs(&acc, &acc);
        }
        mpz_free(&x);
    }
    mpz_free(&g);
    return take(&acc);
}
const obj_builtin_t mod_math_int_lcm_obj = {{&type_builtin}, 0, 0xffff, BUILTIN_VAR, Q_lcm, {.var = math_lcm}};

/* out = lo * (lo+1) * ... * (hi-1), by binary splitting so the big
 * multiplications are of balanced sizes; 1 for an empty range. */
static void range_product(mpz_t *out, uintmax_t lo, uintmax_t hi)
{
    if (hi <= lo) {
        mpz_set_int(out, 1);
        return;
    }
    if (hi - lo <= 16) {
        mpz_t f;
        mpz_init(&f);
        mpz_set_int(out, 1);
        uintmax_t acc = 1;
        for (uintmax_t i = lo; i < hi; i++) {
            if (acc > UINTMAX_MAX / i) {
                mpz_set_uint(&f, acc);
                mpz_mul(out, out, &f);
                acc = 1;
            }
            acc *= i;
        }
        mpz_set_uint(&f, acc);
        mpz_mul(out, out, &f);
        mpz_free(&f);
        return;
    }
    uintmax_t mid = lo + (hi - lo) / 2;
    mpz_t right;
    mpz_init(&right);
    range_product(out, lo, mid);
    range_product(&right, mid, hi);
    mpz_mul(out, out, &right);
    mpz_free(&right);
}

/* A non-negative index argument as uintmax_t: ValueError neg_msg when
 * negative, *fits false when it does not fit (the mpz is left in z). */
static bool get_count(obj_t o, mpz_t *z, const char *neg_msg, uintmax_t *out)
{
    to_mpz(o, z);
    if (mpz_is_neg(z))
        raise_msg(&type_ValueError, neg_msg);
    return mpz_as_uintmax(z, out) == 0;
}

static obj_t math_factorial(obj_t arg)
{
    mpz_t z;
    uintmax_t n;
    bool fits = get_count(arg, &z, "factorial() not defined for negative values", &n);
    if (!fits || n > (uintmax_t)LONG_MAX)
        raise_fmt(&type_OverflowError, "factorial() argument should not exceed %s",
                  LONG_MAX == 2147483647L ? "2147483647" : "9223372036854775807");
    mpz_t r;
    mpz_init(&r);
    range_product(&r, 2, n + 1);
    mpz_free(&z);
    return take(&r);
}
const obj_builtin_t mod_math_int_factorial_obj = {{&type_builtin}, 1, 1, BUILTIN_FIXED, Q_factorial,
                                                  {.f1 = math_factorial}};

/* n * (n-1) * ... * (n-k+1) for a big n (k small enough to loop over). */
static void falling_product(mpz_t *out, const mpz_t *n, uintmax_t k)
{
    mpz_t t, one;
    mpz_init(&t);
    mpz_init_from_int(&one, 1);
    mpz_set(&t, n);
    mpz_set_int(out, 1);
    for (uintmax_t i = 0; i < k; i++) {
        mpz_mul(out, out, &t);
        mpz_sub(&t, &t, &one);
    }
    mpz_free(&t);
    mpz_free(&one);
}

/* perm (comb == false) or comb of n and k, both checked non-negative. */
static obj_t perm_comb(obj_t no, obj_t ko, bool comb)
{
    mpz_t n, k, r;
    uintmax_t nv, kv;
    bool n_fits = get_count(no, &n, "n must be a non-negative integer", &nv);
    bool k_fits = get_count(ko, &k, "k must be a non-negative integer", &kv);
    if (mpz_cmp(&k, &n) > 0)
        return obj_new_small_int(0);
    mpz_init(&r);
    if (comb) {
        /* comb(n, k) == comb(n, n - k): use the smaller */
        mpz_t nk;
        mpz_init(&nk);
        mpz_sub(&nk, &n, &k);
        if (mpz_cmp(&nk, &k) < 0) {
            mpz_set(&k, &nk);
            k_fits = mpz_as_uintmax(&k, &kv) == 0;
        }
        mpz_free(&nk);
    }
    if (!k_fits)
        raise_fmt(&type_OverflowError, "min(n - k, k) must not exceed %s", "9223372036854775807");
    if (n_fits)
        range_product(&r, nv - kv + 1, nv + 1);
    else
        falling_product(&r, &n, kv);
    if (comb) {
        mpz_t f;
        mpz_init(&f);
        range_product(&f, 2, kv + 1);
        mpz_divmod(&r, NULL, &r, &f);
        mpz_free(&f);
    }
    mpz_free(&n);
    mpz_free(&k);
    return take(&r);
}

static obj_t math_comb(obj_t n, obj_t k)
{
    return perm_comb(n, k, true);
}
const obj_builtin_t mod_math_int_comb_obj = {{&type_builtin}, 2, 2, BUILTIN_FIXED, Q_comb, {.f2 = math_comb}};

static obj_t math_perm(size_t n_args, const obj_t *args)
{
    if (n_args == 1 || args[1] == OBJ_NONE)
        return math_factorial(args[0]);
    return perm_comb(args[0], args[1], false);
}
const obj_builtin_t mod_math_int_perm_obj = {{&type_builtin}, 1, 2, BUILTIN_VAR, Q_perm, {.var = math_perm}};

static obj_t math_isqrt(obj_t arg)
{
    mpz_t z;
    to_mpz(arg, &z);
    if (mpz_isqrt(&z, &z) != 0)
        raise_msg(&type_ValueError, "isqrt() argument must be nonnegative");
    return take(&z);
}
const obj_builtin_t mod_math_int_isqrt_obj = {{&type_builtin}, 1, 1, BUILTIN_FIXED, Q_isqrt, {.f1 = math_isqrt}};

static obj_t math_prod(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {
        {Q_empty, ARG_REQUIRED, OBJ_NULL},
        {Q_start, ARG_KW_ONLY, OBJ_NULL},
    };
    if (n != 1)
        raise_fmt(&type_TypeError, "prod() takes exactly 1 positional argument (%u given)", (unsigned)n);
    obj_t v[2];
    arg_parse("prod", n, args, kw, 2, spec, v);
    obj_t acc = v[1] ? v[1] : obj_new_small_int(1);
    obj_t it = getiter(v[0], NULL);
    obj_t item;
    while ((item = iternext(it)) != OBJ_STOP_ITERATION)
        acc = binary_op(BOP_MUL, acc, item);
    return acc;
}
const obj_builtin_t mod_math_int_prod_obj = {{&type_builtin}, 0, 0xffff, BUILTIN_KW, Q_prod, {.kw = math_prod}};
