/*
 * struct format parsing and value packing (see mod_struct.h).
 *
 * The error texts depend on which C routine CPython's _struct picks for a
 * format character, and CPython swaps its native routines into the
 * standard-size table for the host's own byte order wherever the sizes
 * agree (not for 'f', 'd' and '?'). So '<h' on a little-endian host says
 * "short format requires ..." while '>h' says "'h' format requires ...".
 * conv_for() reproduces that choice; the conversions below carry the
 * messages.
 */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <string.h>

#include "mem.h"
#include "mod_struct.h"
#include "mod_util.h"
#include "mpz.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_type.h"
#include "runtime.h"

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define HOST_ORDER ORDER_BIG
#else
#define HOST_ORDER ORDER_LITTLE
#endif

enum { ORDER_NATIVE, ORDER_LITTLE, ORDER_BIG };

enum {
    CV_PAD, CV_CHAR, CV_STR, CV_PSTR, CV_BOOL,
    CV_HALF, CV_FLOAT, CV_FLOAT_NOCHECK, CV_DOUBLE,
    /* ints: named range messages (get as C long first) */
    CV_BYTE, CV_UBYTE, CV_SHORT, CV_USHORT,
    /* ints: C long / unsigned long, then "'x' format requires ..." */
    CV_LONG, CV_ULONG,
    /* ints: only the getter's range ("argument out of range") */
    CV_LLONG, CV_ULLONG, CV_SSIZE, CV_SIZE,
    /* ints: must fit the item ("int too large to convert") */
    CV_BYTES, CV_VOIDP,
};

/* ---- format parsing ---- */

typedef struct entry {
    uint8_t conv, size, align;
} entry_t;

#define ALIGN(t) ((uint8_t)_Alignof(t))

static bool native_entry(char c, entry_t *e)
{
    switch (c) {
    case 'x': *e = (entry_t){CV_PAD, 1, 1}; return true;
    case 'c': *e = (entry_t){CV_CHAR, 1, 1}; return true;
    case 's': *e = (entry_t){CV_STR, 1, 1}; return true;
    case 'p': *e = (entry_t){CV_PSTR, 1, 1}; return true;
    case '?': *e = (entry_t){CV_BOOL, sizeof(_Bool), ALIGN(_Bool)}; return true;
    case 'b': *e = (entry_t){CV_BYTE, 1, 1}; return true;
    case 'B': *e = (entry_t){CV_UBYTE, 1, 1}; return true;
    case 'h': *e = (entry_t){CV_SHORT, sizeof(short), ALIGN(short)}; return true;
    case 'H': *e = (entry_t){CV_USHORT, sizeof(short), ALIGN(short)}; return true;
    case 'i': *e = (entry_t){CV_LONG, sizeof(int), ALIGN(int)}; return true;
    case 'I': *e = (entry_t){CV_ULONG, sizeof(int), ALIGN(int)}; return true;
    case 'l': *e = (entry_t){CV_LONG, sizeof(long), ALIGN(long)}; return true;
    case 'L': *e = (entry_t){CV_ULONG, sizeof(long), ALIGN(long)}; return true;
    case 'q': *e = (entry_t){CV_LLONG, sizeof(long long), ALIGN(long long)}; return true;
    case 'Q': *e = (entry_t){CV_ULLONG, sizeof(long long), ALIGN(long long)}; return true;
    case 'n': *e = (entry_t){CV_SSIZE, sizeof(size_t), ALIGN(size_t)}; return true;
    case 'N': *e = (entry_t){CV_SIZE, sizeof(size_t), ALIGN(size_t)}; return true;
    case 'P': *e = (entry_t){CV_VOIDP, sizeof(void *), ALIGN(void *)}; return true;
    case 'e': *e = (entry_t){CV_HALF, 2, ALIGN(short)}; return true;
    case 'f': *e = (entry_t){CV_FLOAT_NOCHECK, sizeof(float), ALIGN(float)}; return true;
    case 'd': *e = (entry_t){CV_DOUBLE, sizeof(double), ALIGN(double)}; return true;
    default: return false;
    }
}

/* Standard sizes; host_order: the native routine replaces the standard one
 * when the sizes agree (see the top of the file). */
static bool standard_entry(char c, bool host_order, entry_t *e)
{
    uint8_t size;
    switch (c) {
    case 'h': case 'H': case 'e': size = 2; break;
    case 'i': case 'I': case 'l': case 'L': case 'f': size = 4; break;
    case 'q': case 'Q': case 'd': size = 8; break;
    case 'n': case 'N': case 'P': return false;
    default:
        if (!native_entry(c, e))
            return false;
        e->align = 1;
        e->size = 1;
        return true;
    }
    entry_t n;
    native_entry(c, &n);
    if (host_order && n.size == size && c != 'f' && c != 'd') {
        *e = n;
    } else if (c == 'f') {
        e->conv = CV_FLOAT;
    } else if (c == 'd' || c == 'e') {
        e->conv = n.conv;
    } else if (size == 8) {
        e->conv = CV_BYTES;
    } else {
        e->conv = (c >= 'a') ? CV_LONG : CV_ULONG;
    }
    e->size = size;
    e->align = 1;
    return true;
}

static bool is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static _Noreturn void too_long(void)
{
    mod_struct_error("total struct size too long");
}

void mod_struct_codec_parse(obj_t fmt, mod_struct_format_t *out)
{
    if (!str_check(fmt) && !bytes_check(fmt))
        raise_fmt(&type_TypeError, "Struct() argument 1 must be a str or bytes object, not %s", obj_type_name(fmt));
    size_t len;
    const char *s = str_get_data(str_unwrap(fmt), &len);
    if (strlen(s) != len)
        mod_struct_error("embedded null character");
    const char *end = s + len;
    uint8_t order = ORDER_NATIVE;
    if (s < end && strchr("@=<>!", *s)) {
        char m = *s++;
        order = m == '<' ? ORDER_LITTLE : m == '>' || m == '!' ? ORDER_BIG : m == '=' ? HOST_ORDER : ORDER_NATIVE;
    }
    mod_struct_code_t *codes = mem_alloc_noscan((len ? len : 1) * sizeof(mod_struct_code_t));
    size_t n = 0, offset = 0, values = 0;
    const size_t max = PTRDIFF_MAX;
    while (s < end) {
        char c = *s++;
        if (is_space(c))
            continue;
        size_t num = 1;
        if (c >= '0' && c <= '9') {
            num = (size_t)(c - '0');
            while (s < end && *s >= '0' && *s <= '9') {
                size_t d = (size_t)(*s++ - '0');
                if (num > (max - d) / 10)
                    too_long();
                num = num * 10 + d;
            }
            if (s == end)
                mod_struct_error("repeat count given without format specifier");
            c = *s++;
        }
        entry_t e;
        bool ok = order == ORDER_NATIVE ? native_entry(c, &e) : standard_entry(c, order == HOST_ORDER, &e);
        if (!ok)
            mod_struct_error("bad char in struct format");
        if (e.align > 1 && offset % e.align)
            offset += e.align - offset % e.align;
        bool is_str = c == 's' || c == 'p' || c == 'x';
        size_t item = is_str ? 1 : e.size;
        if (num > (max - offset) / item)
            too_long();
        codes[n++] = (mod_struct_code_t){c, e.conv, order, is_str ? 0 : e.size, num, offset};
        offset += num * item;
        values += c == 'x' ? 0 : (c == 's' || c == 'p') ? 1 : num;
    }
    out->size = offset;
    out->n_values = values;
    out->n_codes = n;
    out->codes = codes;
}

/* ---- integers ---- */

static obj_t new_uint(uintmax_t v)
{
    if (v <= (uintmax_t)INTPTR_MAX)
        return obj_new_int((intptr_t)v);
    mpz_t z;
    mpz_init_from_uint(&z, v);
    obj_t r = int_from_mpz(&z);
    mpz_free(&z);
    return r;
}

static obj_t new_sint(intmax_t v)
{
    if (v >= INTPTR_MIN && v <= INTPTR_MAX)
        return obj_new_int((intptr_t)v);
    mpz_t z;
    mpz_init_from_int(&z, v);
    obj_t r = int_from_mpz(&z);
    mpz_free(&z);
    return r;
}

/* The int to pack: an int, or what __index__ returns. */
static obj_t as_int(obj_t v)
{
    obj_t i = int_unwrap(v);
    if (i != OBJ_NULL)
        return i;
    const type_t *t = obj_get_type(v);
    if ((t->flags & TYPE_FLAG_USER) && type_lookup(t, Q___index__))
        return mod_util_index(v);
    mod_struct_error("required argument is not an integer");
}

/* Stores i's two's complement bits in *bits when lo <= i <= hi. */
static bool int_in(obj_t i, intmax_t lo, uintmax_t hi, uintmax_t *bits)
{
    intmax_t s;
    uintmax_t u;
    if (obj_is_small_int(i)) {
        s = obj_small_int_value(i);
        *bits = (uintmax_t)s;
        return s < 0 ? s >= lo : (uintmax_t)s <= hi;
    }
    mpz_t z;
    int_to_mpz(i, &z);
    bool ok;
    if (mpz_is_neg(&z)) {
        ok = mpz_as_intmax(&z, &s) == 0 && s >= lo;
        *bits = (uintmax_t)s;
    } else {
        ok = mpz_as_uintmax(&z, &u) == 0 && u <= hi;
        *bits = u;
    }
    mpz_free(&z);
    return ok;
}

static bool int_is_neg(obj_t i)
{
    return obj_is_true(compare_op(BOP_LT, i, obj_new_small_int(0)));
}

static uintmax_t pack_int(const mod_struct_code_t *c, obj_t v)
{
    obj_t i = as_int(v);
    intmax_t lo;
    uintmax_t hi, bits;
    unsigned nbits = 8u * c->size;
    bool is_signed = c->fmt >= 'a';
    const char *err = "argument out of range";
    switch (c->conv) {
    case CV_LLONG: lo = LLONG_MIN; hi = LLONG_MAX; break;
    case CV_ULLONG: lo = 0; hi = ULLONG_MAX; break;
    case CV_SSIZE: lo = PTRDIFF_MIN; hi = PTRDIFF_MAX; break;
    case CV_SIZE: lo = 0; hi = SIZE_MAX; break;
    case CV_VOIDP: lo = INTPTR_MIN; hi = UINTPTR_MAX; err = "int too large to convert"; break;
    case CV_BYTES:
        err = "int too large to convert";
        lo = is_signed ? -(intmax_t)(((uintmax_t)1 << (nbits - 1)) - 1) - 1 : 0;
        hi = is_signed ? ((uintmax_t)1 << (nbits - 1)) - 1 : nbits >= 64 ? UINTMAX_MAX : ((uintmax_t)1 << nbits) - 1;
        break;
    case CV_ULONG: lo = 0; hi = ULONG_MAX; break;
    default: lo = LONG_MIN; hi = LONG_MAX; break;
    }
    if (!int_in(i, lo, hi, &bits)) {
        /* CPython turns the OverflowError of these two into struct.error
           only when the value is itself an int (not an __index__ object) */
        if ((c->conv == CV_BYTES || c->conv == CV_VOIDP) && int_unwrap(v) == OBJ_NULL) {
            if (c->conv == CV_BYTES)
                raise_msg(&type_OverflowError, "int too big to convert");
            raise_fmt(&type_OverflowError, "Python int too large to convert to C %s",
                      int_is_neg(i) ? "long" : "unsigned long");
        }
        mod_struct_error(err);
    }
    intmax_t sv = (intmax_t)bits;
    switch (c->conv) {
    case CV_BYTE:
        if (sv < -128 || sv > 127)
            mod_struct_error("byte format requires -128 <= number <= 127");
        break;
    case CV_UBYTE:
        if (sv < 0 || sv > 255)
            mod_struct_error("ubyte format requires 0 <= number <= 255");
        break;
    case CV_SHORT:
        if (sv < SHRT_MIN || sv > SHRT_MAX)
            mod_struct_error("short format requires %d <= number <= %d", SHRT_MIN, SHRT_MAX);
        break;
    case CV_USHORT:
        if (sv < 0 || sv > USHRT_MAX)
            mod_struct_error("ushort format requires 0 <= number <= %d", USHRT_MAX);
        break;
    case CV_LONG:
        if (nbits < 64) {
            intmax_t smax = (intmax_t)(((uintmax_t)1 << (nbits - 1)) - 1);
            if (sv < -smax - 1 || sv > smax)
                mod_struct_error("'%c' format requires %S <= number <= %S", c->fmt, new_sint(-smax - 1),
                                 new_sint(smax));
        }
        break;
    case CV_ULONG:
        if (nbits < 64 && bits > ((uintmax_t)1 << nbits) - 1)
            mod_struct_error("'%c' format requires 0 <= number <= %S", c->fmt, new_uint(((uintmax_t)1 << nbits) - 1));
        break;
    default:
        break;
    }
    return bits;
}

static obj_t unpack_int(const mod_struct_code_t *c, uintmax_t bits)
{
    unsigned nbits = 8u * c->size;
    bool is_signed = c->fmt >= 'a';
    if (!is_signed)
        return new_uint(nbits < 64 ? bits & (((uintmax_t)1 << nbits) - 1) : bits);
    if (nbits < 64 && (bits >> (nbits - 1)) & 1)
        bits |= ~(uintmax_t)0 << nbits;
    return new_sint((intmax_t)bits);
}

/* ---- floats ---- */

/* The double to pack; any failure to convert is "required argument is not
 * a float", as in CPython. */
static double as_double(obj_t v)
{
    double d;
    if (float_unwrap(v, &d))
        return d;
    obj_t i = int_unwrap(v);
    if (i != OBJ_NULL) {
        if (obj_is_small_int(i))
            return (double)obj_small_int_value(i);
        mpz_t z;
        int_to_mpz(i, &z);
        int r = mpz_to_double(&z, &d);
        mpz_free(&z);
        if (r == 0)
            return d;
    } else if (obj_get_type(v)->flags & TYPE_FLAG_USER) {
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            d = obj_get_float(v);
            nlr_pop();
            return d;
        }
        if (!exception_is(nlr.value, &type_Exception))
            raise_obj(nlr.value);
    }
    mod_struct_error("required argument is not a float");
}

/* IEEE binary16 bits of x, rounded to nearest even; false when x is
 * finite but too large. */
static bool half_from_double(double x, uint16_t *out)
{
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    double a = fabs(x);
    if (isnan(x)) {
        *out = sign | 0x7e00;
        return true;
    }
    if (isinf(a)) {
        *out = sign | 0x7c00;
        return true;
    }
    if (a >= 65520.0)
        return false;
    if (a < 6.103515625e-05) {
        /* 2**-14: subnormal; 1024 rounds up to the smallest normal */
        *out = sign | (uint16_t)nearbyint(a * 16777216.0);
        return true;
    }
    int e;
    double m = frexp(a, &e); /* a = m * 2**e, 0.5 <= m < 1 */
    double q = nearbyint(m * 2048.0); /* 1024..2048 */
    if (q == 2048.0) {
        q = 1024.0;
        e++;
    }
    *out = sign | (uint16_t)((e + 14) << 10) | (uint16_t)(q - 1024.0);
    return true;
}

/* CPython reports an OverflowError while packing an int as struct.error. */
static _Noreturn void float_overflow(obj_t v, char c)
{
    if (int_unwrap(v) != OBJ_NULL)
        mod_struct_error("int too large to convert");
    raise_fmt(&type_OverflowError, "float too large to pack with %c format", c);
}

static double half_to_double(uint16_t h)
{
    int e = (h >> 10) & 0x1f;
    double f = h & 0x3ff, r;
    if (e == 0)
        r = ldexp(f, -24);
    else if (e == 31)
        r = f == 0.0 ? INFINITY : NAN;
    else
        r = ldexp(f + 1024.0, e - 25);
    return (h & 0x8000) ? -r : r;
}

/* ---- byte order ---- */

static void put_bits(uint8_t *p, uintmax_t bits, size_t size, uint8_t order)
{
    if (order == ORDER_NATIVE)
        order = HOST_ORDER;
    for (size_t k = 0; k < size; k++)
        p[order == ORDER_LITTLE ? k : size - 1 - k] = (uint8_t)(bits >> (8 * k));
}

static uintmax_t get_bits(const uint8_t *p, size_t size, uint8_t order)
{
    if (order == ORDER_NATIVE)
        order = HOST_ORDER;
    uintmax_t bits = 0;
    for (size_t k = 0; k < size; k++)
        bits |= (uintmax_t)p[order == ORDER_LITTLE ? k : size - 1 - k] << (8 * k);
    return bits;
}

/* ---- items ---- */

static void pack_one(const mod_struct_code_t *c, uint8_t *p, obj_t v)
{
    switch (c->conv) {
    case CV_CHAR: {
        size_t len;
        const char *s = bytes_check(v) ? str_get_data(str_unwrap(v), &len) : NULL;
        if (!s || len != 1)
            mod_struct_error("char format requires a bytes object of length 1");
        *p = (uint8_t)s[0];
        return;
    }
    case CV_BOOL:
        put_bits(p, obj_is_true(v), c->size, c->order);
        return;
    case CV_HALF: {
        uint16_t h;
        if (!half_from_double(as_double(v), &h))
            float_overflow(v, 'e');
        put_bits(p, h, 2, c->order);
        return;
    }
    case CV_FLOAT:
    case CV_FLOAT_NOCHECK: {
        double d = as_double(v);
        float f = (float)d;
        if (c->conv == CV_FLOAT && isinf(f) && !isinf(d))
            float_overflow(v, 'f');
        uint32_t u;
        memcpy(&u, &f, 4);
        put_bits(p, u, 4, c->order);
        return;
    }
    case CV_DOUBLE: {
        double d = as_double(v);
        uint64_t u;
        memcpy(&u, &d, 8);
        put_bits(p, u, 8, c->order);
        return;
    }
    default:
        put_bits(p, pack_int(c, v), c->size, c->order);
        return;
    }
}

static obj_t unpack_one(const mod_struct_code_t *c, const uint8_t *p)
{
    switch (c->conv) {
    case CV_CHAR:
        return obj_new_bytes(p, 1);
    case CV_BOOL:
        return obj_new_bool(get_bits(p, c->size, c->order) != 0);
    case CV_HALF:
        return obj_new_float(half_to_double((uint16_t)get_bits(p, 2, c->order)));
    case CV_FLOAT:
    case CV_FLOAT_NOCHECK: {
        uint32_t u = (uint32_t)get_bits(p, 4, c->order);
        float f;
        memcpy(&f, &u, 4);
        return obj_new_float(f);
    }
    case CV_DOUBLE: {
        uint64_t u = get_bits(p, 8, c->order);
        double d;
        memcpy(&d, &u, 8);
        return obj_new_float(d);
    }
    default:
        return unpack_int(c, get_bits(p, c->size, c->order));
    }
}

static void pack_string(const mod_struct_code_t *c, uint8_t *p, obj_t v)
{
    if (!bytes_check(v) && !bytearray_check(v))
        mod_struct_error("argument for '%c' must be a bytes object", c->fmt);
    buffer_info_t bi;
    mod_util_get_buffer(v, &bi);
    size_t n = bi.len;
    if (c->conv == CV_STR) {
        memcpy(p, bi.buf, n < c->count ? n : c->count);
        return;
    }
    if (c->count == 0)
        return;
    if (n > c->count - 1)
        n = c->count - 1;
    if (n > 255)
        n = 255;
    p[0] = (uint8_t)n;
    memcpy(p + 1, bi.buf, n);
}

static obj_t unpack_string(const mod_struct_code_t *c, const uint8_t *p)
{
    if (c->conv == CV_STR)
        return obj_new_bytes(p, c->count);
    if (c->count == 0)
        return obj_new_bytes("", 0);
    size_t n = p[0];
    if (n >= c->count)
        n = c->count - 1;
    return obj_new_bytes(p + 1, n);
}

void mod_struct_codec_pack(const mod_struct_format_t *f, uint8_t *buf, const obj_t *values)
{
    for (size_t i = 0; i < f->n_codes; i++) {
        const mod_struct_code_t *c = &f->codes[i];
        uint8_t *p = buf + c->offset;
        if (c->conv == CV_PAD)
            continue;
        if (c->conv == CV_STR || c->conv == CV_PSTR) {
            pack_string(c, p, *values++);
            continue;
        }
        for (size_t k = 0; k < c->count; k++, p += c->size)
            pack_one(c, p, *values++);
    }
}

obj_t mod_struct_codec_unpack(const mod_struct_format_t *f, const uint8_t *buf)
{
    obj_tuple_t *t = (obj_tuple_t *)obj_new_tuple(f->n_values, NULL);
    size_t j = 0;
    for (size_t i = 0; i < f->n_codes; i++) {
        const mod_struct_code_t *c = &f->codes[i];
        const uint8_t *p = buf + c->offset;
        if (c->conv == CV_PAD)
            continue;
        if (c->conv == CV_STR || c->conv == CV_PSTR) {
            t->items[j++] = unpack_string(c, p);
            continue;
        }
        for (size_t k = 0; k < c->count; k++, p += c->size)
            t->items[j++] = unpack_one(c, p);
    }
    return t;
}
