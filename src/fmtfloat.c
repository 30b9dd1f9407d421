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

/* ---- exact digit generation (bignum) -------------------------------- */

/*
 * Sets r/s = f*2^e and, when mp is given, mp/s to half the gap to the next
 * double above. Half the gap below is mp/s too, or mp/2s when x.asym.
 */
static void setup(decomp x, big *r, big *s, big *mp)
{
    int sh = x.asym ? 2 : 1;
    int e2 = x.e > 0 ? x.e : 0;
    big_set64(r, x.f);
    big_shl(r, e2 + sh);
    big_set64(s, 1);
    big_shl(s, sh - (x.e < 0 ? x.e : 0));
    if (mp) {
        big_set64(mp, 1);
        big_shl(mp, e2 + (x.asym ? 1 : 0));
    }
}

/* Divides r/s by 10^k by scaling s up or r (and the gap) down. */
static void scale(int k, big *r, big *s, big *mp)
{
    if (k >= 0) {
        big_mulpow10(s, k);
    } else {
        big_mulpow10(r, -k);
        if (mp)
            big_mulpow10(mp, -k);
    }
}

/* Lower bound, by at most 2, on the least k with 10^k > f*2^e. */
static int estimate_k(decomp x)
{
    return floor_log10_pow2(x.e + 63 - clz64(x.f)) + 1;
}

/* Shifts all operands so that s's top limb is >= 2^28 (big_divlimb). */
static void normalize(big *r, big *s, big *mp)
{
    int sh = 29 - bitlen32(s->d[s->n - 1]);
    if (sh <= 0)
        return;
    big_shl(r, sh);
    big_shl(s, sh);
    if (mp)
        big_shl(mp, sh);
}

/*
 * Shortest digits that read back as x (Steele & White free-format).
 * Boundaries count as inside when f is even, because a tie reads back as
 * the even neighbour. Among shortest candidates the nearest wins, ties to
 * the even digit. Writes at most 17 digits; returns the count and sets
 * *decpt (value = 0.DIGITS * 10^decpt), or -1 on internal overflow.
 */
static int shortest_exact(decomp x, char *dig, int *decpt)
{
    BIG(r, FCAP);
    BIG(s, FCAP);
    BIG(mp, FCAP);
    BIG(t, FCAP);
    bool incl = (x.f & 1) == 0;
    int k = estimate_k(x), n = 0;
    setup(x, &r, &s, &mp);
    scale(k, &r, &s, &mp);
    for (;;) { /* make k the least with v + m+ < 10^k (<= when incl) */
        big_add(&t, &r, &mp);
        int c = big_cmp(&t, &s);
        if (c < 0 || (c == 0 && !incl))
            break;
        big_muladd(&s, 10, 0);
        k++;
    }
    normalize(&r, &s, &mp);
    for (;;) {
        big_muladd(&r, 10, 0);
        big_muladd(&mp, 10, 0);
        uint32_t d = big_divlimb(&r, &s, 0);
        int cl = x.asym ? big_cmp2x(&r, &mp) : big_cmp(&r, &mp);
        big_add(&t, &r, &mp);
        int ch = big_cmp(&t, &s);
        bool low = cl < 0 || (cl == 0 && incl);
        bool high = ch > 0 || (ch == 0 && incl);
        if (low && high) {
            int c = big_cmp2x(&r, &s);
            d += c > 0 || (c == 0 && (d & 1));
        } else if (high) {
            d++;
        }
        if (n >= 17 || r.ovf || s.ovf || mp.ovf || t.ovf)
            return -1;
        dig[n++] = (char)('0' + d);
        if (low || high)
            break;
    }
    *decpt = k;
    return n;
}

/*
 * Correctly rounded digits of x (round-half-even on the exact value):
 * `count` significant digits, or when `frac` is set, digits through
 * position 10^-count. Trailing zeros are stripped; a result that rounds to
 * zero is "0" with *decpt 1. Returns the digit count, FMTFLOAT_ENOSPC if
 * the digits outgrow cap, or -1 on internal overflow.
 */
static int fixed_exact(decomp x, bool frac, int count, char *dig, size_t cap,
                       int *decpt)
{
    BIG(r, FCAP);
    BIG(s, FCAP);
    int k = estimate_k(x), n;
    setup(x, &r, &s, NULL);
    scale(k, &r, &s, NULL);
    while (big_cmp(&r, &s) >= 0) { /* 0.1 <= r/s < 1 */
        big_muladd(&s, 10, 0);
        k++;
    }
    int want = frac ? k + count : count;
    if (cap < 1)
        return FMTFLOAT_ENOSPC;
    if (want <= 0) {
        /* Only 0 or 10^-count are candidates; a tie goes to 0 (even). */
        bool up = want == 0 && big_cmp2x(&r, &s) > 0;
        dig[0] = up ? '1' : '0';
        *decpt = up ? k + 1 : 1;
        return 1;
    }
    normalize(&r, &s, NULL);
    for (n = 0; n < want && r.n > 0; n++) {
        if ((size_t)n >= cap)
            return FMTFLOAT_ENOSPC;
        big_muladd(&r, 10, 0);
        dig[n] = (char)('0' + big_divlimb(&r, &s, 0));
    }
    if (r.ovf || s.ovf)
        return -1;
    int c = r.n ? big_cmp2x(&r, &s) : -1;
    if (c > 0 || (c == 0 && ((dig[n - 1] - '0') & 1))) {
        while (n > 0 && dig[n - 1] == '9')
            n--;
        if (n == 0) {
            dig[n++] = '1';
            k++;
        } else {
            dig[n - 1]++;
        }
    }
    while (n > 1 && dig[n - 1] == '0')
        n--;
    *decpt = k;
    return n;
}

/* ---- Grisu3 fast path for shortest digits ---------------------------- */

/* 10^(CACHED_K0 + 8i) ~= cached_f[i] * 2^cached_e[i], significand rounded
 * to nearest (error <= 1/2 ulp), generated with exact rationals. */
#define CACHED_K0 (-344)
#define CACHED_N 87
static const uint64_t cached_f[CACHED_N] = {
    0x98ee4a22ecf3188cULL, 0xe3e27a444d8d98b8ULL, 0xa9c98d8ccb009506ULL,
    0xfd00b897478238d1ULL, 0xbc807527ed3e12bdULL, 0x8c71dcd9ba0b4926ULL,
    0xd1476e2c07286faaULL, 0x9becce62836ac577ULL, 0xe858ad248f5c22caULL,
    0xad1c8eab5ee43b67ULL, 0x80fa687f881c7f8eULL, 0xc0314325637a193aULL,
    0x8f31cc0937ae58d3ULL, 0xd5605fcdcf32e1d7ULL, 0x9efa548d26e5a6e2ULL,
    0xece53cec4a314ebeULL, 0xb080392cc4349dedULL, 0x8380dea93da4bc60ULL,
    0xc3f490aa77bd60fdULL, 0x91ff83775423cc06ULL, 0xd98ddaee19068c76ULL,
    0xa21727db38cb0030ULL, 0xf18899b1bc3f8ca2ULL, 0xb3f4e093db73a093ULL,
    0x8613fd0145877586ULL, 0xc7caba6e7c5382c9ULL, 0x94db483840b717f0ULL,
    0xddd0467c64bce4a1ULL, 0xa54394fe1eedb8ffULL, 0xf64335bcf065d37dULL,
    0xb77ada0617e3bbcbULL, 0x88b402f7fd75539bULL, 0xcbb41ef979346bcaULL,
    0x97c560ba6b0919a6ULL, 0xe2280b6c20dd5232ULL, 0xa87fea27a539e9a5ULL,
    0xfb158592be068d2fULL, 0xbb127c53b17ec159ULL, 0x8b61313bbabce2c6ULL,
    0xcfb11ead453994baULL, 0x9abe14cd44753b53ULL, 0xe69594bec44de15bULL,
    0xabcc77118461cefdULL, 0x8000000000000000ULL, 0xbebc200000000000ULL,
    0x8e1bc9bf04000000ULL, 0xd3c21bcecceda100ULL, 0x9dc5ada82b70b59eULL,
    0xeb194f8e1ae525fdULL, 0xaf298d050e4395d7ULL, 0x82818f1281ed44a0ULL,
    0xc2781f49ffcfa6d5ULL, 0x90e40fbeea1d3a4bULL, 0xd7e77a8f87daf7fcULL,
    0xa0dc75f1778e39d6ULL, 0xefb3ab16c59b14a3ULL, 0xb2977ee300c50fe7ULL,
    0x850fadc09923329eULL, 0xc646d63501a1511eULL, 0x93ba47c980e98ce0ULL,
    0xdc21a1171d42645dULL, 0xa402b9c5a8d3a6e7ULL, 0xf46518c2ef5b8cd1ULL,
    0xb616a12b7fe617aaULL, 0x87aa9aff79042287ULL, 0xca28a291859bbf93ULL,
    0x969eb7c47859e744ULL, 0xe070f78d3927556bULL, 0xa738c6bebb12d16dULL,
    0xf92e0c3537826146ULL, 0xb9a74a0637ce2ee1ULL, 0x8a5296ffe33cc930ULL,
    0xce1de40642e3f4b9ULL, 0x9991a6f3d6bf1766ULL, 0xe4d5e82392a40515ULL,
    0xaa7eebfb9df9de8eULL, 0xfe0efb53d30dd4d8ULL, 0xbd49d14aa79dbc82ULL,
    0x8d07e33455637eb3ULL, 0xd226fc195c6a2f8cULL, 0x9c935e00d4b9d8d2ULL,
    0xe950df20247c83fdULL, 0xadd57a27d29339f6ULL, 0x81842f29f2cce376ULL,
    0xc0fe908895cf3b44ULL, 0x8fcac257558ee4e6ULL, 0xd6444e39c3db9b0aULL,
};
static const int16_t cached_e[CACHED_N] = {
    -1206, -1180, -1153, -1127, -1100, -1073, -1047, -1020, -994, -967,
    -940, -914, -887, -861, -834, -808, -781, -754, -728, -701,
    -675, -648, -622, -595, -568, -542, -515, -489, -462, -436,
    -409, -382, -356, -329, -303, -276, -250, -223, -196, -170,
    -143, -117, -90, -63, -37, -10, 16, 43, 69, 96,
    123, 149, 176, 202, 229, 255, 282, 309, 335, 362,
    388, 415, 441, 468, 495, 521, 548, 574, 601, 627,
    654, 681, 707, 734, 760, 787, 813, 840, 867, 893,
    920, 946, 973, 1000, 1026, 1053, 1079,
};

/* Rounded high half of the 128-bit product (error <= 1/2). */
static uint64_t mulhi64(uint64_t a, uint64_t b)
{
    uint64_t a0 = (uint32_t)a, a1 = a >> 32, b0 = (uint32_t)b, b1 = b >> 32;
    uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    uint64_t mid = (p00 >> 32) + (uint32_t)p01 + (uint32_t)p10 + 0x80000000u;
    return p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}

/* Index of a cached power whose product with 2^e64 * [2^63, 2^64) has its
 * binary exponent in [-60, -32]. */
static int cached_index(int e64)
{
    int lo = -124 - e64;
    int i = (floor_log10_pow2(lo + 63) + 1 - CACHED_K0) / 8;
    if (i < 0)
        i = 0;
    if (i >= CACHED_N)
        i = CACHED_N - 1;
    while (i + 1 < CACHED_N && cached_e[i] < lo)
        i++;
    while (i > 0 && cached_e[i - 1] >= lo)
        i--;
    return i;
}

static const uint32_t pow10_32[10] = {1u, 10u, 100u, 1000u, 10000u,
    100000u, 1000000u, 10000000u, 100000000u, 1000000000u};

/*
 * All quantities are distances below too_high in units of `unit` (the
 * error bound of the scaled values): the candidate digits sit `rest` below,
 * the scaled w somewhere in (dist - unit, dist + unit), and the unsafe
 * interval spans `delta`. Lower candidates are ten_k apart. Moves the last
 * digit down while that is closer for every possible w, then succeeds only
 * if no possible w could prefer (or tie with) the next lower candidate and
 * the candidate lies strictly inside the true rounding interval.
 */
static bool weed(char *dig, int n, uint64_t dist, uint64_t delta,
                 uint64_t rest, uint64_t ten_k, uint64_t unit)
{
    uint64_t wlo = dist - unit, whi = dist + unit;
    while (rest < wlo && delta - rest > ten_k &&
           (wlo - rest >= ten_k || wlo - rest >= ten_k - (wlo - rest))) {
        if (dig[n - 1] == (n == 1 ? '1' : '0')) /* cannot happen */
            return false;
        dig[n - 1]--;
        rest += ten_k;
    }
    if (rest < whi && delta - rest > ten_k &&
        (whi - rest >= ten_k || whi - rest > ten_k - (whi - rest)))
        return false;
    return rest >= 2 * unit && delta - rest >= 4 * unit;
}

/*
 * Grisu3 digit generation over the unsafe interval (lo, hi) scaled so that
 * 1 == 2^-shift, 32 <= shift <= 60. Returns false when the result cannot
 * be proven shortest and closest.
 */
static bool grisu_digits(uint64_t lo, uint64_t w, uint64_t hi, int shift,
                         char *dig, int *nd, int *kappa)
{
    uint64_t mask = ((uint64_t)1 << shift) - 1;
    uint64_t delta = hi - lo, dist = hi - w, unit = 1;
    uint32_t p1 = (uint32_t)(hi >> shift);
    uint64_t p2 = hi & mask;
    int k = 0, n = 0;
    while (k < 9 && p1 >= pow10_32[k + 1])
        k++;
    for (k++; k > 0;) {
        uint32_t div = pow10_32[k - 1];
        dig[n++] = (char)('0' + p1 / div);
        p1 %= div;
        k--;
        uint64_t rest = ((uint64_t)p1 << shift) + p2;
        if (rest < delta) {
            *nd = n;
            *kappa = k;
            return weed(dig, n, dist, delta, rest, (uint64_t)div << shift, 1);
        }
    }
    while (n < 18) {
        p2 *= 10;
        delta *= 10;
        unit *= 10;
        dig[n++] = (char)('0' + (p2 >> shift));
        p2 &= mask;
        k--;
        if (p2 < delta) {
            *nd = n;
            *kappa = k;
            return weed(dig, n, dist * unit, delta, p2, mask + 1, unit);
        }
    }
    return false;
}

static bool shortest_fast(decomp x, char *dig, int *nd, int *decpt)
{
    uint64_t hi = 2 * x.f + 1; /* upper boundary (2f+1) * 2^(e-1) */
    int s = clz64(hi), kappa;
    int e64 = x.e - 1 - s;
    uint64_t wf = (2 * x.f) << s;
    uint64_t lf = x.asym ? (4 * x.f - 1) << (s - 1) : (2 * x.f - 1) << s;
    int i = cached_index(e64);
    uint64_t c = cached_f[i];
    int shift = -(e64 + cached_e[i] + 64);
    uint64_t H = mulhi64(hi << s, c);
    if (H == UINT64_MAX || shift < 32 || shift > 60)
        return false;
    if (!grisu_digits(mulhi64(lf, c) - 1, mulhi64(wf, c), H + 1, shift, dig,
                      nd, &kappa))
        return false;
    *decpt = *nd + kappa - (CACHED_K0 + 8 * i);
    return true;
}

static int shortest(decomp x, char *dig, int *decpt)
{
    int nd = 0;
#ifdef FMTFLOAT_NO_GRISU /* test switch: send every value down the exact path */
    bool fast = false && shortest_fast(x, dig, &nd, decpt);
#else
    bool fast = shortest_fast(x, dig, &nd, decpt);
#endif
    return fast ? nd : shortest_exact(x, dig, decpt);
}

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

/* ---- parsing -------------------------------------------------------- */

/* Significant digits kept exactly. Every boundary between two doubles'
 * rounding intervals has at most 768 significant digits, so digits past
 * this many only matter as "some nonzero digit follows" (the sticky
 * digit). */
#define MAXDIG 800

typedef struct {
    size_t first;   /* index in the text of the first significant digit */
    int64_t nsig;   /* significant digits (from the first nonzero one) */
    int64_t nfrac;  /* mantissa digits after the point */
    int64_t lastnz; /* 1-based index of the last nonzero digit <= MAXDIG */
    uint64_t u;     /* value of the first lastnz digits when <= 19 */
    uint64_t acc;   /* value of the first min(nsig, 19) digits */
    bool sticky;    /* a nonzero digit beyond MAXDIG */
    int64_t exp;    /* explicit exponent, saturated near 10^18 */
} scan;

static void scan_digit(scan *sc, size_t pos, int c, bool frac)
{
    if (frac)
        sc->nfrac++;
    if (sc->nsig == 0 && c == 0)
        return;
    if (sc->nsig++ == 0)
        sc->first = pos;
    if (sc->nsig <= 19)
        sc->acc = sc->acc * 10 + (unsigned)c;
    if (c == 0)
        return;
    if (sc->nsig <= MAXDIG) {
        sc->lastnz = sc->nsig;
        sc->u = sc->acc;
    } else {
        sc->sticky = true;
    }
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/*
 * Consumes digit ('_'? digit)* starting at *i; calls back for mantissa
 * digits (sc != NULL) or accumulates the exponent. Returns the number of
 * digits consumed.
 */
static int64_t scan_run(const char *s, size_t len, size_t *i, scan *sc,
                        bool frac, int64_t *expv)
{
    int64_t n = 0;
    while (*i < len) {
        char c = s[*i];
        if (c == '_' && n > 0 && *i + 1 < len && is_digit(s[*i + 1]))
            c = s[++*i];
        if (!is_digit(c))
            break;
        if (sc)
            scan_digit(sc, *i, c - '0', frac);
        else if (*expv < INT64_C(100000000000000000)) /* then saturate */
            *expv = *expv * 10 + (c - '0');
        n++;
        ++*i;
    }
    return n;
}

static bool match_word(const char *s, size_t len, const char *w)
{
    size_t n = strlen(w);
    if (len != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((s[i] | 0x20) != w[i])
            return false;
    return true;
}

/* Validates the syntax; fills sc. */
static bool scan_number(const char *s, size_t len, scan *sc)
{
    size_t i = 0;
    int64_t e = 0;
    int64_t n = scan_run(s, len, &i, sc, false, NULL);
    if (i < len && s[i] == '.') {
        i++;
        n += scan_run(s, len, &i, sc, true, NULL);
    }
    if (n == 0)
        return false;
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        bool eneg = false;
        i++;
        if (i < len && (s[i] == '+' || s[i] == '-'))
            eneg = s[i++] == '-';
        if (scan_run(s, len, &i, NULL, false, &e) == 0)
            return false;
        sc->exp = eneg ? -e : e;
    }
    return i == len;
}

/* Appends the text's first `count` significant digits to b. */
static void digits_to_big(const char *s, size_t i, int count, big *b)
{
    uint32_t chunk = 0;
    int m = 0;
    for (; count > 0; i++) {
        if (!is_digit(s[i]))
            continue;
        chunk = chunk * 10 + (uint32_t)(s[i] - '0');
        count--;
        if (++m == 9 || count == 0) {
            big_muladd(b, pow10_32[m], chunk);
            chunk = 0;
            m = 0;
        }
    }
}

/* Top 64 bits of b (all of it if shorter); *dropped counts the bits cut
 * off below and *sticky says whether any of them is set. */
static uint64_t big_top64(const big *b, int *dropped, bool *sticky)
{
    int len = big_bitlen(b), sh = len > 64 ? len - 64 : 0;
    int w = sh / 32, r = sh % 32;
    uint64_t lo = w < b->n ? b->d[w] : 0;
    uint64_t mid = w + 1 < b->n ? b->d[w + 1] : 0;
    uint64_t hi = w + 2 < b->n ? b->d[w + 2] : 0;
    uint64_t v = lo | mid << 32;
    if (r)
        v = lo >> r | mid << (32 - r) | hi << (64 - r);
    bool st = (lo & (((uint64_t)1 << r) - 1)) != 0;
    for (int i = 0; i < w && !st; i++)
        st = b->d[i] != 0;
    *dropped = sh;
    *sticky = st;
    return v;
}

/*
 * Exact rounding of D * 10^e10, D given by the text's digits (plus a final
 * sticky digit 1 if `sticky`). Requires the magnitude checks done by the
 * caller: -1124 <= e10 <= 309.
 */
static int parse_big(const char *s, const scan *sc, int nd, int e10,
                     bool sticky, bool neg, double *out)
{
    BIG(a, PCAP);
    BIG(t, PCAP);
    uint64_t q = 0;
    int bexp;
    bool st;
    if (nd <= 19 && !sticky)
        big_set64(&a, sc->u);
    else
        digits_to_big(s, sc->first, sticky ? MAXDIG : nd, &a);
    if (sticky)
        big_muladd(&a, 10, 1);
    if (e10 >= 0) {
        int dropped;
        big_mulpow5(&a, e10);
        q = big_top64(&a, &dropped, &st);
        bexp = e10 + dropped;
    } else {
        /* q = floor(D * 2^sh / 5^-e10) lies in [2^55, 2^57). */
        big_set64(&t, 1);
        big_mulpow5(&t, -e10);
        int sh = 56 - big_bitlen(&a) + big_bitlen(&t);
        if (sh >= 0)
            big_shl(&a, sh);
        else
            big_shl(&t, -sh);
        /* Top limb of t >= 2^31 keeps big_divlimb's estimate close. */
        int norm = 32 - bitlen32(t.d[t.n - 1]);
        big_shl(&a, norm);
        big_shl(&t, norm);
        q = (uint64_t)big_divlimb(&a, &t, 1) << 32;
        q |= big_divlimb(&a, &t, 0);
        st = a.n != 0;
        bexp = e10 - sh;
    }
    if (a.ovf || t.ovf)
        return FMTFLOAT_ESYNTAX; /* cannot happen: see PCAP */
    *out = make_double(q, bexp, st, neg);
    return 0;
}

#if FLT_EVAL_METHOD == 0
static const double pow10_dbl[23] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
    1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
    1e20, 1e21, 1e22};
#endif

int fmtfloat_parse(const char *s, size_t len, double *out)
{
    bool neg = false;
    if (len > 0 && (s[0] == '+' || s[0] == '-')) {
        neg = s[0] == '-';
        s++;
        len--;
    }
    if (match_word(s, len, "inf") || match_word(s, len, "infinity")) {
        dbits b = {0};
        b.u = (uint64_t)neg << 63 | (uint64_t)0x7ff << 52;
        *out = b.d;
        return 0;
    }
    if (match_word(s, len, "nan")) {
        dbits b = {0};
        b.u = (uint64_t)neg << 63 | (uint64_t)0xfff << 51;
        *out = b.d;
        return 0;
    }
    scan sc = {0, 0, 0, 0, 0, 0, false, 0};
    if (!scan_number(s, len, &sc))
        return FMTFLOAT_ESYNTAX;
    if (sc.lastnz == 0) {
        *out = make_double(0, 0, false, neg);
        return 0;
    }
    /* value ~ D * 10^e10 with D the first nd significant digits; a
     * sticky digit 1 stands in for the nonzero tail past MAXDIG digits. */
    int64_t nd = sc.sticky ? MAXDIG + 1 : sc.lastnz;
    int64_t e10 = sc.exp - sc.nfrac + (sc.nsig - nd);
    if (nd + e10 - 1 >= 309) { /* >= 10^309 */
        dbits b = {0};
        b.u = (uint64_t)neg << 63 | (uint64_t)0x7ff << 52;
        *out = b.d;
        return 0;
    }
    if (nd + e10 <= -324) { /* < 10^-324, below half of 2^-1074 */
        *out = make_double(0, 0, false, neg);
        return 0;
    }
#if FLT_EVAL_METHOD == 0
    /* Clinger: both operands exact, so one IEEE operation rounds right. */
    if (nd <= 19 && !sc.sticky && sc.u <= ((uint64_t)1 << 53)) {
        uint64_t m = sc.u;
        int64_t e = e10;
        while (e > 22 && m <= ((uint64_t)1 << 53) / 10) {
            m *= 10;
            e--;
        }
        if (e >= -22 && e <= 22) {
            double v = (double)m;
            v = e >= 0 ? v * pow10_dbl[e] : v / pow10_dbl[-e];
            *out = neg ? -v : v;
            return 0;
        }
    }
#endif
    return parse_big(s, &sc, (int)nd, (int)e10, sc.sticky, neg, out);
}
