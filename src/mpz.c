/*
 * Arbitrary-precision integers; see mpz.h for the representation invariant.
 *
 * Layering: static "magnitude" helpers work on raw digit arrays (least
 * significant first) and know nothing of signs; the public functions handle
 * signs, Python rounding rules and result buffers.
 *
 * Aliasing: a public function writes its result into a buffer from
 * res_buf(), which is a fresh array whenever the destination is also a
 * source, and installs it with commit() only after every source digit has
 * been read. So no helper ever has to cope with its output overlapping its
 * input unless its comment says it may.
 *
 * All algorithms are schoolbook: O(n*m) multiply, Knuth's algorithm D for
 * division, O(n^2) radix conversion in chunks of as many base-b characters
 * as fit one digit.
 *
 * This file holds the buffers, the magnitude helpers and the functions
 * that create, compare and convert to C integers; the rest is in parts it
 * includes, in one translation unit, because every part writes its results
 * through the same static buffer helpers:
 *   mpz_arith.c.h  sign, add, sub, mul, floor divmod, pow, powmod, gcd, isqrt
 *   mpz_bit.c.h    and, or, xor, invert and shifts (two's complement)
 *   mpz_conv.c.h   text, double, hash and bytes conversions
 */
#include "mpz.h"
#include "mem.h"

#include <limits.h>
#include <math.h>
#include <string.h>

#if MPZ_HASH_BITS >= 32 && UINTPTR_MAX <= 0xFFFFFFFFu
#error "MPZ_HASH_BITS too large for intptr_t"
#endif

typedef mpz_dig_t dig_t;
typedef mpz_ddig_t ddig_t;

#define DB MPZ_DIG_BITS
#define DIG_MAX ((dig_t)-1)
#define DSIZE sizeof(dig_t)
/* Digits needed for any uintmax_t. */
#define UMAX_DIGS ((sizeof(uintmax_t) * CHAR_BIT + DB - 1) / DB)

/* ======================================================================
 * Buffers
 * ====================================================================== */

static dig_t *dig_alloc(size_t n)
{
    return mem_alloc_noscan(n * DSIZE);
}

static size_t trim(const dig_t *d, size_t n)
{
    while (n && d[n - 1] == 0)
        n--;
    return n;
}

/* A buffer of at least n digits for a result bound for d. It is d's own
 * array only when d aliases neither source and is big enough. */
static dig_t *res_buf(mpz_t *d, size_t n, const mpz_t *a, const mpz_t *b)
{
    if (d != a && d != b && d->alloc >= n)
        return d->dig;
    return dig_alloc(n);
}

/* Install r (from res_buf, cap digits) as d's digits, normalised. The old
 * array is freed only now, after the sources have been read. */
static void commit(mpz_t *d, dig_t *r, size_t cap, size_t len, bool neg)
{
    if (r != d->dig) {
        mem_free(d->dig);
        d->dig = r;
        d->alloc = cap;
    }
    d->len = trim(r, len);
    d->neg = neg && d->len != 0;
}

static void set_zero(mpz_t *z)
{
    z->len = 0;
    z->neg = false;
}

/* Hand src's digits over to d (src must be a local temporary). */
static void move(mpz_t *d, mpz_t *src)
{
    mem_free(d->dig);
    *d = *src;
}

/* A read-only mpz over caller storage buf[UMAX_DIGS]; never freed. */
static mpz_t tmp_uint(dig_t *buf, uintmax_t v, bool neg)
{
    mpz_t t = {UMAX_DIGS, 0, false, buf};
    for (; v; v >>= DB)
        buf[t.len++] = (dig_t)v;
    t.neg = neg && t.len;
    return t;
}

/* ======================================================================
 * Magnitude helpers
 * ====================================================================== */

static int cmp_mag(const dig_t *a, size_t na, const dig_t *b, size_t nb)
{
    if (na != nb)
        return na < nb ? -1 : 1;
    while (na--) {
        if (a[na] != b[na])
            return a[na] < b[na] ? -1 : 1;
    }
    return 0;
}

/* r[0..na] = a + b with na >= nb. r may be a or b (index-wise in place). */
static void add_mag(dig_t *r, const dig_t *a, size_t na, const dig_t *b,
                    size_t nb)
{
    ddig_t c = 0;
    size_t i;
    for (i = 0; i < nb; i++) {
        c += (ddig_t)a[i] + b[i];
        r[i] = (dig_t)c;
        c >>= DB;
    }
    for (; i < na; i++) {
        c += a[i];
        r[i] = (dig_t)c;
        c >>= DB;
    }
    r[na] = (dig_t)c;
}

/* r[0..na) = a - b with a >= b. r may be a or b (index-wise in place). */
static void sub_mag(dig_t *r, const dig_t *a, size_t na, const dig_t *b,
                    size_t nb)
{
    dig_t borrow = 0;
    size_t i;
    for (i = 0; i < na; i++) {
        ddig_t t = (ddig_t)a[i] - (i < nb ? b[i] : 0) - borrow;
        r[i] = (dig_t)t;
        borrow = (t >> DB) != 0;
    }
}

/* r[0..na+nb) = a * b; r overlaps neither. Each step's sum stays below
 * BASE^2: (BASE-1)^2 + 2*(BASE-1) == BASE^2 - 1. */
void (*mpz_poll)(void);

static void mul_mag(dig_t *r, const dig_t *a, size_t na, const dig_t *b,
                    size_t nb)
{
    memset(r, 0, (na + nb) * DSIZE);
    for (size_t i = 0; i < na; i++) {
        if (mpz_poll && (i & 63) == 63)
            mpz_poll();
        ddig_t c = 0;
        for (size_t j = 0; j < nb; j++) {
            c += (ddig_t)a[i] * b[j] + r[i + j];
            r[i + j] = (dig_t)c;
            c >>= DB;
        }
        r[i + nb] = (dig_t)c;
    }
}

/* a[0..n) = a * m + c in place; returns the digit carried out. */
static dig_t mul1_add(dig_t *a, size_t n, dig_t m, dig_t c)
{
    ddig_t t = c;
    for (size_t i = 0; i < n; i++) {
        t += (ddig_t)a[i] * m;
        a[i] = (dig_t)t;
        t >>= DB;
    }
    return (dig_t)t;
}

/* q[0..n) = a / d, returning a % d; q may be a (top-down in place). */
static dig_t div1(dig_t *q, const dig_t *a, size_t n, dig_t d)
{
    ddig_t r = 0;
    for (size_t i = n; i-- > 0;) {
        r = (r << DB) | a[i];
        q[i] = (dig_t)(r / d);
        r %= d;
    }
    return (dig_t)r;
}

/* r[0..k) = 0, r[k..k+n] = a[0..n) << s for n >= 1, s < DB. r may be a
 * (top-down in place). */
static void shl_mag(dig_t *r, const dig_t *a, size_t n, size_t k, unsigned s)
{
    r[k + n] = s ? (dig_t)(a[n - 1] >> (DB - s)) : 0;
    for (size_t i = n; i-- > 0;) {
        dig_t lo = (s && i) ? (dig_t)(a[i - 1] >> (DB - s)) : 0;
        r[k + i] = (dig_t)(a[i] << s) | lo;
    }
    memset(r, 0, k * DSIZE);
}

/* r[0..n-k) = a[k..n) >> s for k < n, s < DB. r may be a (bottom-up). */
static void shr_mag(dig_t *r, const dig_t *a, size_t n, size_t k, unsigned s)
{
    for (size_t i = k; i < n; i++) {
        dig_t hi = (s && i + 1 < n) ? (dig_t)(a[i + 1] << (DB - s)) : 0;
        r[i - k] = (dig_t)(a[i] >> s) | hi;
    }
}

static unsigned clz_dig(dig_t d)
{
    unsigned n = 0;
    while (!(d & ((dig_t)1 << (DB - 1)))) {
        d = (dig_t)(d << 1);
        n++;
    }
    return n;
}

static unsigned bits_in(dig_t d)
{
    return d ? DB - clz_dig(d) : 0;
}

/* u[0..n] -= q * v[0..n); true if the result went negative (it is then
 * correct modulo BASE^(n+1)). */
static bool submul(dig_t *u, const dig_t *v, size_t n, dig_t q)
{
    ddig_t carry = 0;
    dig_t borrow = 0;
    for (size_t i = 0; i < n; i++) {
        ddig_t p = (ddig_t)q * v[i] + carry;
        ddig_t t = (ddig_t)u[i] - (dig_t)p - borrow;
        carry = p >> DB;
        u[i] = (dig_t)t;
        borrow = (t >> DB) != 0;
    }
    ddig_t t = (ddig_t)u[n] - carry - borrow;
    u[n] = (dig_t)t;
    return (t >> DB) != 0;
}

/* u[0..n] += v[0..n), dropping the final carry (it cancels the borrow of
 * the submul being undone). */
static void addback(dig_t *u, const dig_t *v, size_t n)
{
    ddig_t c = 0;
    for (size_t i = 0; i < n; i++) {
        c += (ddig_t)u[i] + v[i];
        u[i] = (dig_t)c;
        c >>= DB;
    }
    u[n] = (dig_t)(u[n] + c);
}

/* One quotient digit of Knuth's algorithm D: u[0..n] / v[0..n) where v is
 * normalised (top bit set), n >= 2 and u[0..n] < BASE * v. Leaves the
 * remainder in u[0..n). The estimate from the top two digits is at most
 * two too large; the loop fixes all but rare cases, addback the last. */
static dig_t qdigit(dig_t *u, const dig_t *v, size_t n)
{
    const ddig_t base = (ddig_t)1 << DB;
    ddig_t num = ((ddig_t)u[n] << DB) | u[n - 1];
    ddig_t qhat = num / v[n - 1];
    ddig_t rhat = num % v[n - 1];
    while (qhat >= base || qhat * v[n - 2] > ((rhat << DB) | u[n - 2])) {
        qhat--;
        rhat += v[n - 1];
        if (rhat >= base)
            break;
    }
    if (submul(u, v, n, (dig_t)qhat)) {
        qhat--;
        addback(u, v, n);
    }
    return (dig_t)qhat;
}

/* q[0..nu-nv] = u / v and rem[0..nv) = u % v, for nu >= nv >= 2 and
 * v[nv-1] != 0. q and rem overlap nothing. */
static void divmod_mag(dig_t *q, dig_t *rem, const dig_t *u, size_t nu,
                       const dig_t *v, size_t nv)
{
    unsigned s = clz_dig(v[nv - 1]);
    dig_t *vn = dig_alloc(nv + 1);
    dig_t *un = dig_alloc(nu + 1);
    shl_mag(vn, v, nv, 0, s); /* vn[nv] == 0 since v[nv-1] has s spare bits */
    shl_mag(un, u, nu, 0, s);
    for (size_t j = nu - nv + 1; j-- > 0;) {
        if (mpz_poll && (j & 63) == 63)
            mpz_poll();
        q[j] = qdigit(un + j, vn, nv);
    }
    shr_mag(rem, un, nv, 0, s);
    mem_free(vn);
    mem_free(un);
}

/* ======================================================================
 * Lifetime, conversion from C, queries
 * ====================================================================== */

void mpz_init(mpz_t *z)
{
    /* padding too: an mpz_t is copied whole into heap objects, whose every
       word the collector reads */
    memset(z, 0, sizeof(*z));
    z->alloc = 0;
    z->len = 0;
    z->neg = false;
    z->dig = NULL;
}

void mpz_init_from_int(mpz_t *z, intmax_t v)
{
    mpz_init(z);
    mpz_set_int(z, v);
}

void mpz_init_from_uint(mpz_t *z, uintmax_t v)
{
    mpz_init(z);
    mpz_set_uint(z, v);
}

void mpz_free(mpz_t *z)
{
    mem_free(z->dig);
    mpz_init(z);
}

void mpz_set(mpz_t *dest, const mpz_t *src)
{
    if (dest == src)
        return;
    if (!src->len) {
        set_zero(dest);
        return;
    }
    dig_t *r = res_buf(dest, src->len, NULL, NULL);
    memcpy(r, src->dig, src->len * DSIZE);
    commit(dest, r, src->len, src->len, src->neg);
}

void mpz_set_uint(mpz_t *z, uintmax_t v)
{
    dig_t buf[UMAX_DIGS];
    mpz_t t = tmp_uint(buf, v, false);
    mpz_set(z, &t);
}

void mpz_set_int(mpz_t *z, intmax_t v)
{
    dig_t buf[UMAX_DIGS];
    uintmax_t mag = v < 0 ? (uintmax_t)0 - (uintmax_t)v : (uintmax_t)v;
    mpz_t t = tmp_uint(buf, mag, v < 0);
    mpz_set(z, &t);
}

int mpz_cmp(const mpz_t *a, const mpz_t *b)
{
    if (a->neg != b->neg)
        return a->neg ? -1 : 1;
    int c = cmp_mag(a->dig, a->len, b->dig, b->len);
    return a->neg ? -c : c;
}

int mpz_cmp_int(const mpz_t *a, intmax_t b)
{
    dig_t buf[UMAX_DIGS];
    uintmax_t mag = b < 0 ? (uintmax_t)0 - (uintmax_t)b : (uintmax_t)b;
    mpz_t t = tmp_uint(buf, mag, b < 0);
    return mpz_cmp(a, &t);
}

size_t mpz_bit_length(const mpz_t *z)
{
    if (!z->len)
        return 0;
    return (z->len - 1) * DB + bits_in(z->dig[z->len - 1]);
}

/* |z| as uintmax_t; false if it does not fit. */
static bool mag_umax(const mpz_t *z, uintmax_t *out)
{
    if (mpz_bit_length(z) > sizeof(uintmax_t) * CHAR_BIT)
        return false;
    uintmax_t v = 0;
    for (size_t i = z->len; i-- > 0;)
        v = (v << (DB - 1) << 1) | z->dig[i];
    *out = v;
    return true;
}

int mpz_as_uintmax(const mpz_t *z, uintmax_t *out)
{
    if (z->neg || !mag_umax(z, out))
        return MPZ_ERANGE;
    return 0;
}

int mpz_as_intmax(const mpz_t *z, intmax_t *out)
{
    uintmax_t m;
    if (!mag_umax(z, &m))
        return MPZ_ERANGE;
    if (!z->neg) {
        if (m > (uintmax_t)INTMAX_MAX)
            return MPZ_ERANGE;
        *out = (intmax_t)m;
    } else {
        if (m > (uintmax_t)INTMAX_MAX + 1)
            return MPZ_ERANGE;
        /* -(INTMAX_MAX) - 1 covers m == INTMAX_MAX + 1 without overflow */
        *out = m > (uintmax_t)INTMAX_MAX ? INTMAX_MIN : -(intmax_t)m;
    }
    return 0;
}

#include "mpz_arith.c.h"

#include "mpz_bit.c.h"

#include "mpz_conv.c.h"
