/*
 * Exact double <-> decimal conversion (see fmtfloat.h).
 *
 * Methods:
 * - repr: Grisu3 (Loitsch, "Printing Floating-Point Numbers Quickly and
 *   Accurately with Integers", PLDI 2010) with 64-bit arithmetic; when it
 *   cannot prove its answer shortest and closest (about 0.5% of doubles) the
 *   exact free-format algorithm of Steele & White / Burger & Dybvig runs on
 *   bignums.
 * - format: fixed-count digit generation on bignums (exact), then
 *   round-half-even on the exact remainder.
 * - parse: Clinger's fast path when the decimal fits a double exactly,
 *   otherwise an exact bignum quotient rounded to 53 bits.
 *
 * Bignums are fixed-capacity arrays on the stack. Capacities follow from the
 * double range; a bignum that would outgrow its array raises `ovf` instead
 * of writing past it, and the public functions treat that as an internal
 * error (the tests drive every extreme exponent to show it cannot happen).
 *
 * This file holds the bignums, the double helpers, the output layout and
 * the formatting entry points; the algorithms are in the parts it
 * includes, in one translation unit so that the helpers stay static:
 *   fmtfloat_exact.c.h  exact digit generation on bignums
 *   fmtfloat_grisu.c.h  Grisu3, the fast path for shortest digits
 *   fmtfloat_parse.c.h  fmtfloat_parse
 */
#include "fmtfloat.h"

#include <float.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* ---- bignum --------------------------------------------------------- */

/* Format: at most about 1100 bits (4 * 10^309, or a subnormal times
 * 10^324, plus the normalisation shift and one factor of 10); the tests
 * pass with 34 limbs. */
#define FCAP 40
/* Parse: D < 10^801 (2661 bits) shifted to 56 bits above 5^1124 (2610
 * bits), then by < 32 bits to normalise: at most 2697 bits, 85 limbs. */
#define PCAP 88

typedef struct {
    uint32_t *d; /* little-endian limbs; d[n-1] != 0 when n > 0 */
    int n;
    int cap;
    bool ovf;
} big;

#define BIG(name, capacity)                                                    \
    uint32_t name##_limbs[capacity];                                           \
    big name = {name##_limbs, 0, capacity, false}

static void big_trim(big *b)
{
    while (b->n > 0 && b->d[b->n - 1] == 0)
        b->n--;
}

static void big_push(big *b, uint32_t v)
{
    if (b->n < b->cap)
        b->d[b->n++] = v;
    else
        b->ovf = true;
}

static void big_set64(big *b, uint64_t v)
{
    b->n = 0;
    if (v)
        big_push(b, (uint32_t)v);
    if (v >> 32)
        big_push(b, (uint32_t)(v >> 32));
}

/* b = b * m + a */
static void big_muladd(big *b, uint32_t m, uint32_t a)
{
    uint64_t c = a;
    for (int i = 0; i < b->n; i++) {
        c += (uint64_t)b->d[i] * m;
        b->d[i] = (uint32_t)c;
        c >>= 32;
    }
    if (c)
        big_push(b, (uint32_t)c);
}

static const uint32_t pow5_32[14] = {
    1u, 5u, 25u, 125u, 625u, 3125u, 15625u, 78125u, 390625u, 1953125u,
    9765625u, 48828125u, 244140625u, 1220703125u};

static void big_mulpow5(big *b, int k)
{
    for (; k >= 13; k -= 13)
        big_muladd(b, pow5_32[13], 0);
    if (k > 0)
        big_muladd(b, pow5_32[k], 0);
}

static void big_shl(big *b, int bits)
{
    if (b->n == 0 || bits == 0)
        return;
    int w = bits / 32, r = bits % 32;
    uint32_t top = r ? b->d[b->n - 1] >> (32 - r) : 0;
    int n = b->n + w + (top != 0);
    if (n > b->cap) {
        b->ovf = true;
        return;
    }
    if (top)
        b->d[n - 1] = top;
    for (int i = b->n - 1; i >= 0; i--) {
        uint32_t v = b->d[i] << r;
        if (r && i > 0)
            v |= b->d[i - 1] >> (32 - r);
        b->d[i + w] = v;
    }
    for (int i = 0; i < w; i++)
        b->d[i] = 0;
    b->n = n;
}

static void big_mulpow10(big *b, int k)
{
    big_mulpow5(b, k);
    big_shl(b, k);
}

static int big_cmp(const big *a, const big *b)
{
    if (a->n != b->n)
        return a->n < b->n ? -1 : 1;
    for (int i = a->n - 1; i >= 0; i--)
        if (a->d[i] != b->d[i])
            return a->d[i] < b->d[i] ? -1 : 1;
    return 0;
}

/* Compares 2*r with s. */
static int big_cmp2x(const big *r, const big *s)
{
    int n = r->n + 1 > s->n ? r->n + 1 : s->n;
    for (int i = n - 1; i >= 0; i--) {
        uint32_t rv = i < r->n ? r->d[i] << 1 : 0;
        if (i > 0 && i - 1 < r->n)
            rv |= r->d[i - 1] >> 31;
        uint32_t sv = i < s->n ? s->d[i] : 0;
        if (rv != sv)
            return rv < sv ? -1 : 1;
    }
    return 0;
}

/* dst = a + b; dst may be a or b. */
static void big_add(big *dst, const big *a, const big *b)
{
    int an = a->n, bn = b->n, n = an > bn ? an : bn;
    uint64_t c = 0;
    if (n > dst->cap) {
        dst->ovf = true;
        return;
    }
    for (int i = 0; i < n; i++) {
        c += (uint64_t)(i < an ? a->d[i] : 0) + (i < bn ? b->d[i] : 0);
        dst->d[i] = (uint32_t)c;
        c >>= 32;
    }
    dst->n = n;
    if (c)
        big_push(dst, (uint32_t)c);
}

static int bitlen32(uint32_t x)
{
    int n = 0;
    for (; x; x >>= 1)
        n++;
    return n;
}

static int big_bitlen(const big *b)
{
    return b->n ? 32 * (b->n - 1) + bitlen32(b->d[b->n - 1]) : 0;
}

/* r -= q * s * 2^(32j); requires the result to be >= 0. */
static void big_mulsub(big *r, const big *s, uint32_t q, int j)
{
    uint64_t carry = 0;
    uint32_t borrow = 0;
    for (int i = j; i < r->n; i++) {
        uint64_t p = (uint64_t)(i - j < s->n ? s->d[i - j] : 0) * q + carry;
        uint64_t sub = (uint64_t)(uint32_t)p + borrow;
        carry = p >> 32;
        borrow = r->d[i] < sub;
        r->d[i] = (uint32_t)((uint64_t)r->d[i] - sub);
    }
    big_trim(r);
}

/*
 * Returns q = floor(r / (s * 2^(32j))), which must be < 2^32, and leaves
 * the remainder in r. The estimate from the leading limbs never exceeds q
 * and, with s's top limb >= 2^28, falls short by at most 1 when q < 16 and
 * by at most 5 when s's top limb >= 2^31; the loop makes up the rest.
 */
static uint32_t big_divlimb(big *r, const big *s, int j)
{
    int n = s->n + j;
    if (r->n < n)
        return 0;
    uint64_t top = r->d[n - 1];
    if (r->n > n)
        top |= (uint64_t)r->d[n] << 32;
    uint64_t q = top / ((uint64_t)s->d[s->n - 1] + 1);
    if (q)
        big_mulsub(r, s, (uint32_t)q, j);
    for (;;) { /* while r >= s * 2^(32j): subtract once more */
        int c = r->n - n;
        for (int i = s->n - 1; c == 0 && i >= 0; i--)
            if (r->d[i + j] != s->d[i])
                c = r->d[i + j] < s->d[i] ? -1 : 1;
        if (c < 0)
            break;
        big_mulsub(r, s, 1, j);
        q++;
    }
    return (uint32_t)q;
}

/* ---- doubles -------------------------------------------------------- */

typedef union {
    double d;
    uint64_t u;
} dbits;

#define HIDDEN ((uint64_t)1 << 52)

/* A finite nonzero double as f * 2^e with f < 2^53. `asym` when the gap
 * below is half the gap above (f a power of two above the smallest
 * normal binade). */
typedef struct {
    uint64_t f;
    int e;
    bool asym;
} decomp;

static decomp decompose(uint64_t bits)
{
    decomp x;
    int be = (int)((bits >> 52) & 0x7ff);
    uint64_t frac = bits & (HIDDEN - 1);
    x.f = be ? frac | HIDDEN : frac;
    x.e = (be ? be : 1) - 1075;
    x.asym = frac == 0 && be > 1;
    return x;
}

static int clz64(uint64_t x)
{
    int n = 0;
    if (!(x >> 32)) { n += 32; x <<= 32; }
    if (!(x >> 48)) { n += 16; x <<= 16; }
    if (!(x >> 56)) { n += 8; x <<= 8; }
    if (!(x >> 60)) { n += 4; x <<= 4; }
    if (!(x >> 62)) { n += 2; x <<= 2; }
    if (!(x >> 63)) { n += 1; }
    return n;
}

/* floor(x * log10(2)), exact for |x| < 1300. */
static int floor_log10_pow2(int x)
{
    if (x >= 0)
        return (int)(((int64_t)x * 78913) >> 18);
    return -(int)(((int64_t)-x * 78913 + 262143) >> 18);
}

/*
 * The nearest double to (q + t) * 2^bexp, where 0 <= t < 1 and t != 0 iff
 * `sticky`, rounding half to even. Requires q >= 2^54 whenever sticky.
 */
static double make_double(uint64_t q, int bexp, bool sticky, bool neg)
{
    dbits r;
    uint64_t sign = (uint64_t)neg << 63;
    r.u = sign;
    if (q == 0)
        return r.d;
    int len = 64 - clz64(q);
    int drop = len - 53;
    if (bexp + len - 1 < -1022)
        drop = -1074 - bexp; /* subnormal: the last bit weighs 2^-1074 */
    uint64_t m;
    if (drop <= 0) {
        m = q << -drop;
    } else if (drop > 64) {
        m = 0;
    } else {
        uint64_t half = (uint64_t)1 << (drop - 1);
        uint64_t rest = drop == 64 ? q : q & ((half << 1) - 1);
        m = drop == 64 ? 0 : q >> drop;
        if (rest > half || (rest == half && (sticky || (m & 1))))
            m++;
    }
    int lsb = bexp + drop;
    if (m == HIDDEN << 1) {
        m >>= 1;
        lsb++;
    }
    if (m >= HIDDEN) {
        int be = lsb + 1075;
        if (be >= 0x7ff)
            r.u = sign | (uint64_t)0x7ff << 52;
        else
            r.u = sign | (uint64_t)be << 52 | (m - HIDDEN);
    } else {
        r.u = sign | m;
    }
    return r.d;
}

#include "fmtfloat_exact.c.h"

#include "fmtfloat_grisu.c.h"

/* ---- layout --------------------------------------------------------- */

typedef struct {
    bool neg, use_exp, dot0, alt, pct;
    char exp_ch;
    int vend; /* end of the digit window, counted from the first digit */
} layout_opts;

/*
 * Lays out nd digits held at buf[0..nd) with decimal point position decpt
 * (value = 0.DIGITS * 10^decpt) as CPython does: the window of the digit
 * string padded with zeros on both sides runs from before the point (a
 * leading "0" when decpt <= 0) to o->vend, extended to one digit past the
 * point if dot0; a point at the very end is dropped unless alt.
 */
static int layout(char *buf, size_t buflen, int nd, int decpt,
                  const layout_opts *o)
{
    int exp10 = 0, vend = o->vend;
    if (o->use_exp) {
        exp10 = decpt - 1;
        decpt = 1;
    }
    int vstart = decpt <= 0 ? decpt - 1 : 0;
    int min_end = decpt + (o->dot0 && !o->use_exp);
    if (vend < min_end)
        vend = min_end;
    if (vend < nd)
        vend = nd;
    bool point = o->alt || decpt < vend;
    char ebuf[8];
    int elen = 0;
    if (o->use_exp) {
        unsigned a = (unsigned)(exp10 < 0 ? -exp10 : exp10);
        ebuf[elen++] = o->exp_ch;
        ebuf[elen++] = exp10 < 0 ? '-' : '+';
        if (a >= 100)
            ebuf[elen++] = (char)('0' + a / 100);
        ebuf[elen++] = (char)('0' + a / 10 % 10);
        ebuf[elen++] = (char)('0' + a % 10);
    }
    size_t len = (size_t)o->neg + (size_t)(vend - vstart) + point +
                 (size_t)elen + o->pct;
    if (len >= buflen)
        return FMTFLOAT_ENOSPC;
    /* Right to left: each digit moves to a position >= its source. */
    for (int i = vend - 1; i >= vstart; i--) {
        size_t pos = (size_t)o->neg + (size_t)(i - vstart) + (i >= decpt);
        buf[pos] = i >= 0 && i < nd ? buf[i] : '0';
    }
    char *p = buf + o->neg + (vend - vstart);
    if (point) {
        buf[o->neg + (decpt - vstart)] = '.';
        p++;
    }
    if (o->neg)
        buf[0] = '-';
    memcpy(p, ebuf, (size_t)elen);
    p += elen;
    if (o->pct)
        *p++ = '%';
    *p = '\0';
    return (int)len;
}

static int special(uint64_t bits, bool upper, bool pct, char *buf,
                   size_t buflen)
{
    bool nan = (bits & (HIDDEN - 1)) != 0;
    bool neg = !nan && (bits >> 63);
    const char *w = nan ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    size_t len = neg + 3 + pct;
    if (len >= buflen)
        return FMTFLOAT_ENOSPC;
    char *p = buf;
    if (neg)
        *p++ = '-';
    memcpy(p, w, 3);
    p += 3;
    if (pct)
        *p++ = '%';
    *p = '\0';
    return (int)len;
}

/* ---- public formatting ---------------------------------------------- */

int fmtfloat_format(double d, char type, int prec, unsigned flags, char *buf,
                    size_t buflen)
{
    layout_opts o = {false, false, false, (flags & FMTFLOAT_ALT) != 0, false,
                     'e', 0};
    char mode = 'g';
    bool upper = false;
    switch (type) {
    case 'E': upper = true; /* fall through */
    case 'e': mode = 'e'; break;
    case 'F': upper = true; /* fall through */
    case 'f': mode = 'f'; break;
    case '%': mode = 'f'; o.pct = true; d *= 100; break;
    case 'G': upper = true; /* fall through */
    case 'g': case 'n': break;
    case '\0': o.dot0 = true; mode = prec < 0 ? 'r' : 'g'; break;
    default: return FMTFLOAT_EINVAL;
    }
    if (prec < -1 || prec > FMTFLOAT_MAX_PREC)
        return FMTFLOAT_EINVAL;
    if (prec < 0)
        prec = 6;
    if (mode == 'g' && prec == 0)
        prec = 1;
    if (upper)
        o.exp_ch = 'E';

    dbits b = {d};
    if (((b.u >> 52) & 0x7ff) == 0x7ff)
        return special(b.u, upper, o.pct, buf, buflen);
    o.neg = (b.u >> 63) != 0;
    int nd, decpt = 1;
    if ((b.u << 1) == 0) {
        if (buflen < 1)
            return FMTFLOAT_ENOSPC;
        buf[0] = '0';
        nd = 1;
    } else if (mode == 'r') {
        char dig[20];
        nd = shortest(decompose(b.u), dig, &decpt);
        if (nd > 0 && (size_t)nd > buflen)
            return FMTFLOAT_ENOSPC;
        if (nd > 0)
            memcpy(buf, dig, (size_t)nd);
    } else {
        nd = fixed_exact(decompose(b.u), mode == 'f', mode == 'e' ? prec + 1 : prec,
                         buf, buflen, &decpt);
    }
    if (nd == FMTFLOAT_ENOSPC)
        return nd;
    if (nd < 0)
        return FMTFLOAT_EINVAL;
    if ((flags & FMTFLOAT_NO_NEG_0) && nd == 1 && buf[0] == '0')
        o.neg = false;

    switch (mode) {
    case 'e':
        o.use_exp = true;
        o.vend = prec + 1;
        break;
    case 'f':
        o.vend = decpt + prec;
        break;
    case 'g':
        o.use_exp = decpt <= -4 || decpt > (o.dot0 ? prec - 1 : prec);
        o.vend = o.alt ? prec : nd;
        break;
    default: /* 'r' */
        o.use_exp = decpt <= -4 || decpt > 16;
        o.vend = nd;
        break;
    }
    return layout(buf, buflen, nd, decpt, &o);
}

size_t fmtfloat_repr(double d, char *buf, size_t buflen)
{
    int n = fmtfloat_format(d, '\0', -1, 0, buf, buflen);
    return n < 0 ? 0 : (size_t)n;
}

#include "fmtfloat_parse.c.h"
