/*
 * Methods of float: round(), as_integer_ratio, is_integer, hex/fromhex and
 * the rounding dunders. round() to n digits is exact: the double is an
 * integer times a power of two, so x * 10**n is rounded half-even as a
 * ratio of big ints and divided back with one correct rounding, which is
 * what CPython's dtoa-based round computes.
 */
#include <float.h>
#include <math.h>
#include <string.h>

#include "mem.h"
#include "obj_int_impl.h"
#include "obj_str.h"
#include "runtime.h"

/* ---- round ---- */

/* Digits beyond which round() returns x itself / zero (CPython's
 * NDIGITS_MAX and NDIGITS_MIN). */
#define NDIGITS_MAX ((int)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103))
#define NDIGITS_MIN (-(int)((DBL_MAX_EXP + 1) * 0.30103))

/* |x| = m * 2**e with m an integer below 2**53. */
static void split(double x, uint64_t *m, int *e)
{
    int ex;
    double f = frexp(fabs(x), &ex);
    *m = (uint64_t)ldexp(f, DBL_MANT_DIG);
    *e = ex - DBL_MANT_DIG;
}

static void mpz_pow10(mpz_t *out, unsigned k)
{
    mpz_t ten, ek;
    mpz_init_from_int(&ten, 10);
    mpz_init_from_uint(&ek, k);
    mpz_pow(out, &ten, &ek);
    mpz_free(&ten);
    mpz_free(&ek);
}

/* x rounded half-even to 10**-k, x finite and non-zero. */
static double round_digits(double x, int k)
{
    uint64_t m;
    int e;
    split(x, &m, &e);
    mpz_t n, d, p, q, r;
    mpz_init_from_uint(&n, m);
    mpz_init_from_int(&d, 1);
    mpz_init(&p);
    mpz_init(&q);
    mpz_init(&r);
    if (e > 0)
        mpz_lshift(&n, &n, (size_t)e);
    else
        mpz_lshift(&d, &d, (size_t)-e);
    mpz_pow10(&p, (unsigned)(k < 0 ? -k : k));
    if (k >= 0)
        mpz_mul(&n, &n, &p);
    else
        mpz_mul(&d, &d, &p);
    mpz_divmod(&q, &r, &n, &d);
    mpz_add(&r, &r, &r);
    int c = mpz_cmp(&r, &d);
    if (c > 0 || (c == 0 && mpz_is_odd(&q))) {
        mpz_t one;
        mpz_init_from_int(&one, 1);
        mpz_add(&q, &q, &one);
    }
    double res;
    bool overflow = false;
    if (k >= 0) {
        res = int_ratio_to_double(&q, &p, &overflow);
    } else {
        mpz_mul(&q, &q, &p);
        overflow = mpz_to_double(&q, &res) != 0;
    }
    mpz_free(&n);
    mpz_free(&d);
    mpz_free(&p);
    mpz_free(&q);
    mpz_free(&r);
    if (overflow)
        raise_msg(&type_OverflowError, "rounded value too large to represent");
    return copysign(res, x);
}

obj_t float_round(double x, obj_t ndigits)
{
    if (ndigits == OBJ_NULL || ndigits == OBJ_NONE) {
        double r = round(x);
        if (fabs(x - r) == 0.5)
            r = 2.0 * round(x / 2.0); /* halfway: to even */
        return int_from_double(r);
    }
    obj_t nd = int_index(ndigits);
    intptr_t k;
    if (obj_is_small_int(nd))
        k = obj_small_int_value(nd);
    else
        k = int_sign(nd) < 0 ? INTPTR_MIN : INTPTR_MAX;
    if (!isfinite(x) || k > NDIGITS_MAX)
        return obj_new_float(x);
    if (k < NDIGITS_MIN)
        return obj_new_float(0.0 * x);
    if (x == 0.0)
        return obj_new_float(x);
    return obj_new_float(round_digits(x, (int)k));
}

static double self_value(obj_t self)
{
    double x;
    if (!float_unwrap(self, &x))
        raise_fmt(&type_TypeError, "descriptor requires a 'float' object but received a '%T'", self);
    return x;
}

static obj_t float_round_m(size_t n, const obj_t *args)
{
    return float_round(self_value(args[0]), n > 1 ? args[1] : OBJ_NULL);
}
static BUILTIN_FUN_VAR(float_round_obj, Q___round__, 1, 2, float_round_m);

/* found before object.__hash__ when a user subclass is hashed */
static obj_t float_hash_m(obj_t self)
{
    double x = self_value(self);
    return obj_new_int(float_hash_obj(x, self));
}
static BUILTIN_FUN_1(float_hash_obj_m, Q___hash__, float_hash_m);

static obj_t float_trunc(obj_t self) { return int_from_double(self_value(self)); }
static obj_t float_floor(obj_t self) { return int_from_double(floor(self_value(self))); }
static obj_t float_ceil(obj_t self) { return int_from_double(ceil(self_value(self))); }
static BUILTIN_FUN_1(float_trunc_obj, Q___trunc__, float_trunc);
static BUILTIN_FUN_1(float_floor_obj, Q___floor__, float_floor);
static BUILTIN_FUN_1(float_ceil_obj, Q___ceil__, float_ceil);

/* ---- exact values ---- */

static obj_t float_is_integer(obj_t self)
{
    double x = self_value(self);
    return obj_new_bool(isfinite(x) && floor(x) == x);
}
static BUILTIN_FUN_1(float_is_integer_obj, Q_is_integer, float_is_integer);

static obj_t float_as_integer_ratio(obj_t self)
{
    double x = self_value(self);
    if (isinf(x))
        raise_msg(&type_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(x))
        raise_msg(&type_ValueError, "cannot convert NaN to integer ratio");
    obj_t items[2] = {obj_new_small_int(0), obj_new_small_int(1)};
    if (x != 0.0) {
        uint64_t m;
        int e;
        split(x, &m, &e);
        int tz = __builtin_ctzll(m);
        m >>= tz;
        e += tz;
        mpz_t n, d;
        mpz_init_from_uint(&n, m);
        mpz_init_from_int(&d, 1);
        if (x < 0)
            mpz_neg(&n, &n);
        if (e > 0)
            mpz_lshift(&n, &n, (size_t)e);
        else
            mpz_lshift(&d, &d, (size_t)-e);
        items[0] = int_take_mpz(&n);
        items[1] = int_take_mpz(&d);
    }
    return obj_new_tuple(2, items);
}
static BUILTIN_FUN_1(float_as_integer_ratio_obj, Q_as_integer_ratio, float_as_integer_ratio);

static obj_t float_conjugate(obj_t self)
{
    return obj_new_float(self_value(self));
}
static BUILTIN_FUN_1(float_conjugate_obj, Q_conjugate, float_conjugate);

static obj_t float_divmod_m(obj_t self, obj_t other)
{
    obj_t r = int_divmod(obj_new_float(self_value(self)), other);
    return r == OBJ_NULL ? OBJ_NOTIMPLEMENTED : r;
}
static BUILTIN_FUN_2(float_divmod_obj, Q___divmod__, float_divmod_m);

static obj_t float_rdivmod_m(obj_t self, obj_t other)
{
    obj_t r = int_divmod(other, obj_new_float(self_value(self)));
    return r == OBJ_NULL ? OBJ_NOTIMPLEMENTED : r;
}
static BUILTIN_FUN_2(float_rdivmod_obj, Q___rdivmod__, float_rdivmod_m);

/* ---- hex ---- */

static obj_t float_hex(obj_t self)
{
    double x = self_value(self);
    if (!isfinite(x))
        return obj_repr(obj_new_float(x));
    uint64_t bits;
    memcpy(&bits, &x, sizeof(bits));
    bool neg = bits >> 63;
    int bexp = (int)((bits >> 52) & 0x7ff);
    uint64_t frac = bits & (((uint64_t)1 << 52) - 1);
    if (bexp == 0 && frac == 0)
        return obj_new_str_copy(neg ? "-0x0.0p+0" : "0x0.0p+0");
    int e = bexp ? bexp - 1023 : -1022;
    char buf[40];
    size_t n = 0;
    if (neg)
        buf[n++] = '-';
    memcpy(buf + n, "0x", 2);
    n += 2;
    buf[n++] = bexp ? '1' : '0';
    buf[n++] = '.';
    for (int sh = 48; sh >= 0; sh -= 4)
        buf[n++] = "0123456789abcdef"[(frac >> sh) & 0xf];
    buf[n++] = 'p';
    buf[n++] = e < 0 ? '-' : '+';
    unsigned ue = (unsigned)(e < 0 ? -e : e);
    char d[8];
    size_t nd = 0;
    do {
        d[nd++] = (char)('0' + ue % 10);
        ue /= 10;
    } while (ue);
    while (nd)
        buf[n++] = d[--nd];
    return str_new(buf, n);
}
static BUILTIN_FUN_1(float_hex_obj, Q_hex, float_hex);

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static bool ascii_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool match_word(const char **p, const char *end, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(end - *p) < n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (((*p)[i] | 0x20) != w[i])
            return false;
    *p += n;
    return true;
}

static _Noreturn void raise_bad_hex(void)
{
    raise_msg(&type_ValueError, "invalid hexadecimal floating-point string");
}

/* Decimal exponent after 'p', saturated far beyond any double's range. */
static long hex_exponent(const char **pp, const char *end)
{
    const char *p = *pp;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    if (p == end || *p < '0' || *p > '9')
        raise_bad_hex();
    long v = 0;
    for (; p < end && *p >= '0' && *p <= '9'; p++)
        if (v < (1L << 24))
            v = v * 10 + (*p - '0');
    *pp = p;
    return neg ? -v : v;
}

static double parse_hex(const char *p, const char *end)
{
    while (p < end && ascii_space(*p))
        p++;
    while (end > p && ascii_space(end[-1]))
        end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    double special = 0.0;
    const char *w = p;
    if (match_word(&w, end, "infinity") || (w = p, match_word(&w, end, "inf")))
        special = HUGE_VAL;
    else if (w = p, match_word(&w, end, "nan"))
        special = NAN;
    else
        w = NULL;
    if (w) {
        if (w != end)
            raise_bad_hex();
        return neg ? -special : special;
    }
    if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x')
        p += 2;
    /* value = m (+ sticky) * 2**exp, gathering at most 61 bits in m */
    uint64_t m = 0;
    bool sticky = false, seen_point = false;
    long exp = 0, ndigits = 0;
    for (; p < end; p++) {
        if (*p == '.' && !seen_point) {
            seen_point = true;
            continue;
        }
        int v = hex_value(*p);
        if (v < 0)
            break;
        ndigits++;
        if (seen_point)
            exp -= 4;
        if (m < ((uint64_t)1 << 57))
            m = m * 16 + (uint64_t)v;
        else {
            sticky |= v != 0;
            exp += 4;
        }
    }
    if (ndigits == 0)
        raise_bad_hex();
    if (p < end && (*p | 0x20) == 'p') {
        p++;
        exp += hex_exponent(&p, end);
    }
    if (p != end)
        raise_bad_hex();
    bool overflow;
    double r = float_from_parts(m, sticky, exp, &overflow);
    if (overflow)
        raise_msg(&type_OverflowError, "hexadecimal value too large to represent as a float");
    return neg ? -r : r;
}

static obj_t float_fromhex(obj_t cls, obj_t s)
{
    if (!str_check(s))
        raise_msg(&type_TypeError, "bad argument type for built-in operation");
    size_t len;
    const char *p = str_get_data(s, &len);
    obj_t r = obj_new_float(parse_hex(p, p + len));
    if (cls != (obj_t)&type_float)
        r = call1(cls, r);
    return r;
}
static BUILTIN_FUN_2(float_fromhex_fun, Q_fromhex, float_fromhex);
static CLASSMETHOD(float_fromhex_obj, &float_fromhex_fun);

static const map_elem_t float_locals_table[] = {
    {ROM_QSTR(Q_is_integer), ROM_PTR(&float_is_integer_obj)},
    {ROM_QSTR(Q_as_integer_ratio), ROM_PTR(&float_as_integer_ratio_obj)},
    {ROM_QSTR(Q_hex), ROM_PTR(&float_hex_obj)},
    {ROM_QSTR(Q_fromhex), ROM_PTR(&float_fromhex_obj)},
    {ROM_QSTR(Q_conjugate), ROM_PTR(&float_conjugate_obj)},
    {ROM_QSTR(Q___round__), ROM_PTR(&float_round_obj)},
    {ROM_QSTR(Q___hash__), ROM_PTR(&float_hash_obj_m)},
    {ROM_QSTR(Q___format__), ROM_PTR(&format_dunder_obj)},
    {ROM_QSTR(Q___trunc__), ROM_PTR(&float_trunc_obj)},
    {ROM_QSTR(Q___floor__), ROM_PTR(&float_floor_obj)},
    {ROM_QSTR(Q___ceil__), ROM_PTR(&float_ceil_obj)},
    {ROM_QSTR(Q___divmod__), ROM_PTR(&float_divmod_obj)},
    {ROM_QSTR(Q___rdivmod__), ROM_PTR(&float_rdivmod_obj)},
};
MAP_ROM(float_locals, float_locals_table);
