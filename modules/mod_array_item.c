/*
 * Item conversion for array.array (see mod_array.h). Range errors follow
 * the C conversion CPython uses for each typecode, which is why their
 * texts differ ("signed char is greater than maximum", "int too big to
 * convert", ...).
 */
#include <limits.h>
#include <string.h>

#include "mod_array.h"
#include "mod_util.h"
#include "mpz.h"
#include "obj_int.h"
#include "runtime.h"

size_t mod_array_item_size(char tc)
{
    switch (tc) {
    case 'b': case 'B': return 1;
    case 'h': case 'H': return sizeof(short);
    case 'i': case 'I': return sizeof(int);
    case 'l': case 'L': return sizeof(long);
    case 'q': case 'Q': return sizeof(long long);
    case 'f': return sizeof(float);
    case 'd': return sizeof(double);
    default: return 0;
    }
}

/* The value of int i when lo <= i <= hi: *neg tells which of *s / *u is
 * set. Returns -1 below lo, 1 above hi, 0 inside. */
static int int_range(obj_t i, intmax_t lo, uintmax_t hi, intmax_t *s, uintmax_t *u, bool *neg)
{
    if (obj_is_small_int(i)) {
        intmax_t v = obj_small_int_value(i);
        *neg = v < 0;
        *s = v;
        *u = (uintmax_t)v;
        return v < 0 ? (v < lo ? -1 : 0) : ((uintmax_t)v > hi ? 1 : 0);
    }
    mpz_t z;
    int_to_mpz(i, &z);
    int r;
    *neg = mpz_is_neg(&z);
    if (*neg) {
        r = mpz_as_intmax(&z, s) != 0 || *s < lo ? -1 : 0;
    } else {
        r = mpz_as_uintmax(&z, u) != 0 || *u > hi ? 1 : 0;
        *s = (intmax_t)*u;
    }
    mpz_free(&z);
    return r;
}

static _Noreturn void overflow(const char *msg)
{
    raise_msg(&type_OverflowError, msg);
}

/* Small signed and unsigned types: first a C long (unsigned long for 'I'),
 * then the type's own limits with its own words. */
static intmax_t small_int(char tc, obj_t i)
{
    intmax_t s;
    uintmax_t u;
    bool neg;
    if (tc == 'I') {
        int r = int_range(i, 0, ULONG_MAX, &s, &u, &neg);
        if (neg)
            overflow("can't convert negative value to unsigned int");
        if (r)
            overflow("Python int too large to convert to C unsigned long");
        if (u > UINT_MAX)
            overflow("unsigned int is greater than maximum");
        return (intmax_t)u;
    }
    if (int_range(i, LONG_MIN, LONG_MAX, &s, &u, &neg))
        overflow("Python int too large to convert to C long");
    static const struct {
        char tc;
        const char *name;
        intmax_t lo, hi;
    } limits[] = {
        {'b', "signed char", SCHAR_MIN, SCHAR_MAX},
        {'B', "unsigned byte integer", 0, UCHAR_MAX},
        {'h', "signed short integer", SHRT_MIN, SHRT_MAX},
        {'H', "unsigned short", 0, USHRT_MAX},
        {'i', "signed integer", INT_MIN, INT_MAX},
    };
    for (size_t k = 0; k < sizeof(limits) / sizeof(limits[0]); k++) {
        if (limits[k].tc != tc)
            continue;
        if (s < limits[k].lo)
            raise_fmt(&type_OverflowError, "%s is less than minimum", limits[k].name);
        if (s > limits[k].hi)
            raise_fmt(&type_OverflowError, "%s is greater than maximum", limits[k].name);
    }
    return s;
}

void mod_array_item_store(char tc, uint8_t *p, obj_t v)
{
    if (tc == 'f' || tc == 'd') {
        double d = mod_util_get_float(v);
        if (tc == 'f') {
            float f = (float)d;
            memcpy(p, &f, sizeof(f));
        } else {
            memcpy(p, &d, sizeof(d));
        }
        return;
    }
    obj_t i = mod_util_index(v);
    intmax_t s = 0;
    uintmax_t u = 0;
    bool neg;
    switch (tc) {
    case 'l':
        if (int_range(i, LONG_MIN, LONG_MAX, &s, &u, &neg))
            overflow("Python int too large to convert to C long");
        break;
    case 'L':
        if (int_range(i, 0, ULONG_MAX, &s, &u, &neg)) {
            if (neg)
                overflow("can't convert negative value to unsigned int");
            overflow("Python int too large to convert to C unsigned long");
        }
        break;
    case 'q':
        if (int_range(i, LLONG_MIN, LLONG_MAX, &s, &u, &neg))
            overflow("int too big to convert");
        break;
    case 'Q':
        if (int_range(i, 0, ULLONG_MAX, &s, &u, &neg)) {
            if (neg)
                overflow("can't convert negative int to unsigned");
            overflow("int too big to convert");
        }
        break;
    default:
        s = small_int(tc, i);
        break;
    }
    switch (tc) {
    case 'b': case 'B': { uint8_t x = (uint8_t)s; memcpy(p, &x, 1); break; }
    case 'h': { short x = (short)s; memcpy(p, &x, sizeof(x)); break; }
    case 'H': { unsigned short x = (unsigned short)s; memcpy(p, &x, sizeof(x)); break; }
    case 'i': { int x = (int)s; memcpy(p, &x, sizeof(x)); break; }
    case 'I': { unsigned int x = (unsigned int)s; memcpy(p, &x, sizeof(x)); break; }
    case 'l': { long x = (long)s; memcpy(p, &x, sizeof(x)); break; }
    case 'L': { unsigned long x = (unsigned long)(neg ? (uintmax_t)s : u); memcpy(p, &x, sizeof(x)); break; }
    case 'q': { long long x = (long long)s; memcpy(p, &x, sizeof(x)); break; }
    default: { unsigned long long x = (unsigned long long)(neg ? (uintmax_t)s : u); memcpy(p, &x, sizeof(x)); break; }
    }
}

static obj_t new_ull(unsigned long long v)
{
    if (v <= (unsigned long long)INTPTR_MAX)
        return obj_new_int((intptr_t)v);
    mpz_t z;
    mpz_init_from_uint(&z, v);
    obj_t r = int_from_mpz(&z);
    mpz_free(&z);
    return r;
}

obj_t mod_array_item_load(char tc, const uint8_t *p)
{
    switch (tc) {
    case 'b': return obj_new_small_int((int8_t)p[0]);
    case 'B': return obj_new_small_int(p[0]);
    case 'h': { short x; memcpy(&x, p, sizeof(x)); return obj_new_int(x); }
    case 'H': { unsigned short x; memcpy(&x, p, sizeof(x)); return obj_new_int(x); }
    case 'i': { int x; memcpy(&x, p, sizeof(x)); return obj_new_int_from_ll(x); }
    case 'I': { unsigned int x; memcpy(&x, p, sizeof(x)); return new_ull(x); }
    case 'l': { long x; memcpy(&x, p, sizeof(x)); return obj_new_int_from_ll(x); }
    case 'L': { unsigned long x; memcpy(&x, p, sizeof(x)); return new_ull(x); }
    case 'q': { long long x; memcpy(&x, p, sizeof(x)); return obj_new_int_from_ll(x); }
    case 'Q': { unsigned long long x; memcpy(&x, p, sizeof(x)); return new_ull(x); }
    case 'f': { float x; memcpy(&x, p, sizeof(x)); return obj_new_float(x); }
    default: { double x; memcpy(&x, p, sizeof(x)); return obj_new_float(x); }
    }
}
