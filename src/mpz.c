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

/* ======================================================================
 * Arithmetic
 * ====================================================================== */

void mpz_neg(mpz_t *dest, const mpz_t *a)
{
    bool neg = !a->neg;
    mpz_set(dest, a);
    dest->neg = neg && dest->len;
}

void mpz_abs(mpz_t *dest, const mpz_t *a)
{
    mpz_set(dest, a);
    dest->neg = false;
}

/* dest = a + (b with sign bneg). */
static void add_signed(mpz_t *dest, const mpz_t *a, const mpz_t *b, bool bneg)
{
    const mpz_t *x = a, *y = b;
    bool xneg = a->neg, yneg = bneg;
    if (cmp_mag(a->dig, a->len, b->dig, b->len) < 0) {
        x = b;
        y = a;
        xneg = bneg;
        yneg = a->neg;
    }
    size_t n = x->len + 1;
    dig_t *r = res_buf(dest, n, a, b);
    if (xneg == yneg) {
        add_mag(r, x->dig, x->len, y->dig, y->len);
    } else {
        sub_mag(r, x->dig, x->len, y->dig, y->len);
        r[n - 1] = 0;
    }
    commit(dest, r, n, n, xneg);
}

void mpz_add(mpz_t *dest, const mpz_t *a, const mpz_t *b)
{
    add_signed(dest, a, b, b->neg);
}

void mpz_sub(mpz_t *dest, const mpz_t *a, const mpz_t *b)
{
    add_signed(dest, a, b, !b->neg);
}

void mpz_mul(mpz_t *dest, const mpz_t *a, const mpz_t *b)
{
    if (!a->len || !b->len) {
        set_zero(dest);
        return;
    }
    size_t n = a->len + b->len;
    dig_t *r = res_buf(dest, n, a, b);
    mul_mag(r, a->dig, a->len, b->dig, b->len);
    commit(dest, r, n, n, a->neg != b->neg);
}

/* Truncating |a| / |b| into qd[0..*nq], rd[0..*nr); b != 0. */
static void divmod_trunc(dig_t *qd, size_t *nq, dig_t *rd, size_t *nr,
                         const mpz_t *a, const mpz_t *b)
{
    size_t na = a->len, nb = b->len;
    if (na < nb) {
        qd[0] = 0;
        *nq = 0;
        if (na)
            memcpy(rd, a->dig, na * DSIZE);
        *nr = na;
        return;
    }
    *nq = na - nb + 1;
    if (nb == 1) {
        rd[0] = div1(qd, a->dig, na, b->dig[0]);
        *nr = 1;
    } else {
        divmod_mag(qd, rd, a->dig, na, b->dig, nb);
        *nr = nb;
    }
    *nq = trim(qd, *nq);
    *nr = trim(rd, *nr);
}

/* Python floors: when the signs differ and the remainder is nonzero,
 * q = -(|q| + 1) and r = sign(b) * (|b| - |r|). */
int mpz_divmod(mpz_t *q, mpz_t *r, const mpz_t *a, const mpz_t *b)
{
    if (!b->len)
        return MPZ_EZERODIV;
    size_t qcap = a->len >= b->len ? a->len - b->len + 2 : 1;
    size_t rcap = b->len, nq, nr;
    dig_t *qd = dig_alloc(qcap), *rd = dig_alloc(rcap);
    divmod_trunc(qd, &nq, rd, &nr, a, b);
    bool qneg = a->neg != b->neg, rneg = b->neg;
    if (qneg && nr) {
        size_t i = 0;
        qd[nq] = 0; /* nq + 1 <= qcap */
        while (++qd[i] == 0)
            i++;
        nq = trim(qd, nq + 1);
        sub_mag(rd, b->dig, b->len, rd, nr);
        nr = trim(rd, b->len);
    }
    if (q)
        commit(q, qd, qcap, nq, qneg);
    else
        mem_free(qd);
    if (r)
        commit(r, rd, rcap, nr, rneg);
    else
        mem_free(rd);
    return 0;
}

/* Bit i of |z|. */
static bool test_bit(const mpz_t *z, size_t i)
{
    return i / DB < z->len && ((z->dig[i / DB] >> (i % DB)) & 1);
}

/* dest = base ** e for e >= 1, left-to-right binary. dest is written only
 * at the end, so it may alias base or e. */
static void pow_bits(mpz_t *dest, const mpz_t *base, const mpz_t *e)
{
    mpz_t r;
    mpz_init(&r);
    mpz_set(&r, base);
    for (size_t i = mpz_bit_length(e) - 1; i-- > 0;) {
        mpz_mul(&r, &r, &r);
        if (test_bit(e, i))
            mpz_mul(&r, &r, base);
    }
    move(dest, &r);
}

int mpz_pow(mpz_t *dest, const mpz_t *base, const mpz_t *exp)
{
    if (exp->neg)
        return MPZ_EINVAL;
    if (!exp->len) {
        mpz_set_int(dest, 1);
        return 0;
    }
    if (base->len == 0 || (base->len == 1 && base->dig[0] == 1)) {
        bool neg = base->neg && mpz_is_odd(exp);
        mpz_set_int(dest, base->len ? (neg ? -1 : 1) : 0);
        return 0;
    }
    /* The result has fewer than bit_length(base) * exp bits; refuse sizes
     * beyond the address space instead of overflowing size_t. */
    uintmax_t e;
    size_t bl = mpz_bit_length(base);
    if (mpz_as_uintmax(exp, &e) || e > (SIZE_MAX / CHAR_BIT) / bl)
        return MPZ_ERANGE;
    pow_bits(dest, base, exp);
    return 0;
}

/* dest = a * b mod m for 0 <= a, b < m. */
static void mulmod(mpz_t *dest, const mpz_t *a, const mpz_t *b,
                   const mpz_t *m)
{
    mpz_mul(dest, a, b);
    mpz_divmod(NULL, dest, dest, m);
}

static void swap(mpz_t *a, mpz_t *b)
{
    mpz_t t = *a;
    *a = *b;
    *b = t;
}

/* dest = a^-1 mod m for 0 <= a < m, m > 1, by the extended Euclidean
 * algorithm keeping only the coefficient of a. MPZ_ENOINV if gcd != 1. */
static int invmod(mpz_t *dest, const mpz_t *a, const mpz_t *m)
{
    mpz_t r0, r1, t0, t1, q;
    mpz_init(&r0);
    mpz_init(&r1);
    mpz_init_from_int(&t0, 0);
    mpz_init_from_int(&t1, 1);
    mpz_init(&q);
    mpz_set(&r0, m);
    mpz_set(&r1, a);
    while (r1.len) {
        mpz_divmod(&q, &r0, &r0, &r1); /* r0 = r0 mod r1 */
        swap(&r0, &r1);
        mpz_mul(&q, &q, &t1);
        mpz_sub(&t0, &t0, &q);
        swap(&t0, &t1);
    }
    int err = mpz_cmp_int(&r0, 1) ? MPZ_ENOINV : 0;
    if (!err)
        mpz_divmod(NULL, dest, &t0, m);
    mpz_free(&r0);
    mpz_free(&r1);
    mpz_free(&t0);
    mpz_free(&t1);
    mpz_free(&q);
    return err;
}

/* r = b ** |e| mod m for 0 <= b < m. */
static void powmod_pos(mpz_t *r, const mpz_t *b, const mpz_t *e,
                       const mpz_t *m)
{
    mpz_set_int(r, 1);
    for (size_t i = mpz_bit_length(e); i-- > 0;) {
        mulmod(r, r, r, m);
        if (test_bit(e, i))
            mulmod(r, r, b, m);
    }
}

int mpz_powmod(mpz_t *dest, const mpz_t *base, const mpz_t *exp,
               const mpz_t *mod)
{
    if (!mod->len)
        return MPZ_EZERODIV;
    mpz_t m, b, r;
    mpz_init(&m);
    mpz_init(&b);
    mpz_init(&r);
    mpz_abs(&m, mod);
    int err = 0;
    if (mpz_cmp_int(&m, 1) != 0) {
        mpz_divmod(NULL, &b, base, &m);
        if (exp->neg)
            err = invmod(&b, &b, &m);
        if (!err)
            powmod_pos(&r, &b, exp, &m);
        if (mod->neg && r.len)
            mpz_sub(&r, &r, &m);
    }
    if (!err)
        move(dest, &r);
    else
        mpz_free(&r);
    mpz_free(&m);
    mpz_free(&b);
    return err;
}

void mpz_gcd(mpz_t *dest, const mpz_t *a, const mpz_t *b)
{
    mpz_t x, y;
    mpz_init(&x);
    mpz_init(&y);
    mpz_abs(&x, a);
    mpz_abs(&y, b);
    while (y.len) {
        mpz_divmod(NULL, &x, &x, &y);
        swap(&x, &y);
    }
    move(dest, &x);
    mpz_free(&y);
}

/* Newton's iteration from x0 = 2^ceil(bits/2) >= isqrt(a); the iterates
 * decrease strictly until they reach isqrt(a). */
int mpz_isqrt(mpz_t *dest, const mpz_t *a)
{
    if (a->neg)
        return MPZ_EINVAL;
    if (!a->len) {
        set_zero(dest);
        return 0;
    }
    mpz_t x, y;
    mpz_init_from_int(&x, 1);
    mpz_init(&y);
    mpz_lshift(&x, &x, (mpz_bit_length(a) + 1) / 2);
    for (;;) {
        mpz_divmod(&y, NULL, a, &x);
        mpz_add(&y, &y, &x);
        mpz_rshift(&y, &y, 1);
        if (mpz_cmp(&y, &x) >= 0)
            break;
        swap(&x, &y);
    }
    move(dest, &x);
    mpz_free(&y);
    return 0;
}

/* ======================================================================
 * Bitwise operations and shifts
 * ====================================================================== */

enum bitop { OP_AND, OP_OR, OP_XOR };

/* Digit i of z in two's complement, with *carry the +1 of the negation
 * (initially z->neg); digits beyond len sign-extend. */
static dig_t twos_dig(const mpz_t *z, size_t i, dig_t *carry)
{
    dig_t m = i < z->len ? z->dig[i] : 0;
    if (!z->neg)
        return m;
    dig_t t = (dig_t)((dig_t)~m + *carry);
    *carry = *carry && m == 0;
    return t;
}

/* Work on max(len)+1 digits so the top digit holds pure sign bits; a
 * negative result is converted back with the same complement-and-carry. */
static void bitop(mpz_t *dest, const mpz_t *a, const mpz_t *b, enum bitop op)
{
    size_t n = (a->len > b->len ? a->len : b->len) + 1;
    bool rneg = op == OP_AND   ? (a->neg && b->neg)
                : op == OP_OR ? (a->neg || b->neg)
                              : (a->neg != b->neg);
    dig_t ca = a->neg, cb = b->neg, cr = rneg;
    dig_t *r = res_buf(dest, n, a, b);
    for (size_t i = 0; i < n; i++) {
        dig_t x = twos_dig(a, i, &ca), y = twos_dig(b, i, &cb);
        dig_t z = op == OP_AND ? (x & y) : op == OP_OR ? (x | y) : (x ^ y);
        if (rneg) {
            dig_t t = (dig_t)((dig_t)~z + cr);
            cr = cr && t == 0;
            z = t;
        }
        r[i] = z;
    }
    commit(dest, r, n, n, rneg);
}

void mpz_and(mpz_t *dest, const mpz_t *a, const mpz_t *b)
{
    bitop(dest, a, b, OP_AND);
}

void mpz_or(mpz_t *dest, const mpz_t *a, const mpz_t *b)
{
    bitop(dest, a, b, OP_OR);
}

void mpz_xor(mpz_t *dest, const mpz_t *a, const mpz_t *b)
{
    bitop(dest, a, b, OP_XOR);
}

/* ~a == -(a + 1). */
void mpz_invert(mpz_t *dest, const mpz_t *a)
{
    dig_t one_dig = 1;
    mpz_t one = {1, 1, false, &one_dig};
    mpz_add(dest, a, &one);
    dest->neg = !dest->neg && dest->len;
}

int mpz_lshift(mpz_t *dest, const mpz_t *a, size_t n)
{
    if (!a->len) {
        set_zero(dest);
        return 0;
    }
    /* keep mpz_bit_length() representable (this also bounds the bytes) */
    if (n > SIZE_MAX - mpz_bit_length(a))
        return MPZ_ERANGE;
    size_t k = n / DB;
    size_t len = a->len + k + 1;
    dig_t *r = res_buf(dest, len, a, NULL);
    shl_mag(r, a->dig, a->len, k, (unsigned)(n % DB));
    commit(dest, r, len, len, a->neg);
    return 0;
}

/* True if any of the low n bits of |z| is set. */
static bool low_bits_set(const mpz_t *z, size_t n)
{
    size_t k = n / DB;
    for (size_t i = 0; i < k && i < z->len; i++) {
        if (z->dig[i])
            return true;
    }
    unsigned s = (unsigned)(n % DB);
    return s && k < z->len && (z->dig[k] & (((dig_t)1 << s) - 1));
}

/* For negatives, floor(a / 2^n) == -(|a| >> n) - (1 if bits were lost). */
void mpz_rshift(mpz_t *dest, const mpz_t *a, size_t n)
{
    size_t k = n / DB;
    if (k >= a->len) {
        mpz_set_int(dest, a->neg ? -1 : 0);
        return;
    }
    bool round = a->neg && low_bits_set(a, n);
    size_t len = a->len - k + 1;
    dig_t *r = res_buf(dest, len, a, NULL);
    shr_mag(r, a->dig, a->len, k, (unsigned)(n % DB));
    r[len - 1] = 0;
    if (round) {
        size_t i = 0;
        while (++r[i] == 0)
            i++;
    }
    commit(dest, r, len, len, a->neg);
}

/* ======================================================================
 * Text
 * ====================================================================== */

/* Largest k with base^k <= DIG_MAX; *pw = base^k. */
static unsigned chunk(unsigned base, dig_t *pw)
{
    dig_t p = (dig_t)base;
    unsigned k = 1;
    while (p <= DIG_MAX / base) {
        p = (dig_t)(p * base);
        k++;
    }
    *pw = p;
    return k;
}

static unsigned char_val(char c)
{
    if (c >= '0' && c <= '9')
        return (unsigned)(c - '0');
    if (c >= 'a' && c <= 'z')
        return (unsigned)(c - 'a') + 10;
    if (c >= 'A' && c <= 'Z')
        return (unsigned)(c - 'A') + 10;
    return 99;
}

/* Each chunk of up to k characters is worth less than base^k <= DIG_MAX,
 * so it adds at most one digit: len / k + 1 digits always suffice. */
int mpz_from_str(mpz_t *z, const char *s, size_t len, unsigned base)
{
    if (base < 2 || base > 36 || !len)
        return MPZ_EINVAL;
    for (size_t i = 0; i < len; i++) {
        if (char_val(s[i]) >= base)
            return MPZ_EINVAL;
    }
    dig_t pw;
    unsigned k = chunk(base, &pw);
    size_t cap = len / k + 1, n = 0;
    dig_t *r = res_buf(z, cap, NULL, NULL);
    for (size_t i = 0; i < len;) {
        dig_t c = 0, m = 1;
        for (unsigned cnt = 0; cnt < k && i < len; cnt++) {
            c = (dig_t)(c * base + char_val(s[i++]));
            m = (dig_t)(m * base);
        }
        dig_t carry = mul1_add(r, n, m, c);
        if (carry)
            r[n++] = carry;
    }
    commit(z, r, cap, n, false);
    return 0;
}

static unsigned floor_log2(unsigned v)
{
    unsigned n = 0;
    while (v >>= 1)
        n++;
    return n;
}

/* A base-b numeral of an L-bit number has at most L / log2(b) + 1 digits. */
size_t mpz_str_len_bound(const mpz_t *z, unsigned base)
{
    if (base < 2)
        base = 2;
    return mpz_bit_length(z) / floor_log2(base) + 3;
}

/* Write the base-b digits of |z| (nonzero) least significant first into
 * out, returning their count. Each pass divides by pw = base^k and yields
 * k characters, zero-padded except for the most significant chunk. */
static size_t digits_rev(const mpz_t *z, unsigned base, const char *alpha,
                         char *out)
{
    dig_t pw;
    unsigned k = chunk(base, &pw);
    size_t n = z->len, pos = 0;
    dig_t *w = dig_alloc(n);
    memcpy(w, z->dig, n * DSIZE);
    while (n) {
        dig_t rem = div1(w, w, n, pw);
        n = trim(w, n);
        for (unsigned i = 0; i < k && (n || rem); i++) {
            out[pos++] = alpha[rem % base];
            rem = (dig_t)(rem / base);
        }
    }
    mem_free(w);
    return pos;
}

int mpz_to_str(const mpz_t *z, unsigned base, bool upper, char *buf,
               size_t buflen, size_t *len_out)
{
    static const char lower_digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    static const char upper_digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    if (base < 2 || base > 36)
        return MPZ_EINVAL;
    char *tmp = mem_alloc_noscan(mpz_str_len_bound(z, base));
    size_t pos = 0;
    if (!z->len)
        tmp[pos++] = '0';
    else
        pos = digits_rev(z, base, upper ? upper_digits : lower_digits, tmp);
    if (z->neg)
        tmp[pos++] = '-';
    int err = pos < buflen ? 0 : MPZ_ERANGE;
    if (!err) {
        for (size_t i = 0; i < pos; i++)
            buf[i] = tmp[pos - 1 - i];
        buf[pos] = '\0';
        if (len_out)
            *len_out = pos;
    }
    mem_free(tmp);
    return err;
}

/* ======================================================================
 * Floats
 * ====================================================================== */

/* Bits [lo, lo+64) of |z| (fewer at the top are zero); *sticky says
 * whether any bit below lo is set. */
static uint64_t bits_at(const mpz_t *z, size_t lo, bool *sticky)
{
    size_t q = lo / DB;
    unsigned r = (unsigned)(lo % DB);
    uint64_t m = 0;
    for (size_t i = 0; i * DB < 64 + r && q + i < z->len; i++) {
        uint64_t d = z->dig[q + i];
        size_t pos = i * DB;
        m |= pos >= r ? d << (pos - r) : d >> (r - pos);
    }
    *sticky = low_bits_set(z, lo);
    return m;
}

/* Round the top 64 bits to 53 (half to even, counting the sticky bits as
 * above half), then scale with ldexp, which is exact for these values. */
int mpz_to_double(const mpz_t *z, double *out)
{
    size_t nbits = mpz_bit_length(z);
    size_t lo = nbits > 64 ? nbits - 64 : 0;
    bool sticky;
    uint64_t m = bits_at(z, lo, &sticky);
    size_t e = lo;
    unsigned excess = nbits - lo > 53 ? (unsigned)(nbits - lo - 53) : 0;
    if (excess) {
        uint64_t low = m & (((uint64_t)1 << excess) - 1);
        uint64_t half = (uint64_t)1 << (excess - 1);
        m >>= excess;
        e += excess;
        if (low > half || (low == half && (sticky || (m & 1))))
            m++;
        if (m >> 53) {
            m >>= 1;
            e++;
        }
    }
    if (e > 1024 - 53) {
        *out = z->neg ? -HUGE_VAL : HUGE_VAL;
        return MPZ_ERANGE;
    }
    double d = ldexp((double)m, (int)e);
    *out = z->neg ? -d : d;
    return 0;
}

int mpz_from_double(mpz_t *z, double d)
{
    if (isnan(d))
        return MPZ_EINVAL;
    if (isinf(d))
        return MPZ_ERANGE;
    int e;
    double f = frexp(fabs(d), &e); /* |d| = f * 2^e, 0.5 <= f < 1 */
    if (e <= 0) {
        set_zero(z);
        return 0;
    }
    uint64_t m = (uint64_t)ldexp(f, 53); /* exact: f has 53 bits */
    if (e <= 53) {
        mpz_set_uint(z, m >> (53 - e));
    } else {
        mpz_set_uint(z, m);
        mpz_lshift(z, z, (size_t)(e - 53));
    }
    z->neg = d < 0 && z->len;
    return 0;
}

/* ======================================================================
 * Hash and bytes
 * ====================================================================== */

/* Horner's rule modulo the Mersenne prime P = 2^N - 1, keeping h < P:
 * multiplying by BASE = 2^DB is a rotation by DB mod N within N bits, and
 * rotation keeps values below P (it maps P, all ones, only to itself). */
intptr_t mpz_hash(const mpz_t *z)
{
    const uint64_t p = MPZ_HASH_MODULUS;
    const unsigned nb = MPZ_HASH_BITS, s = DB % MPZ_HASH_BITS;
    uint64_t h = 0;
    for (size_t i = z->len; i-- > 0;) {
        uint64_t d = z->dig[i];
        while (d >= p) /* at most twice: a digit is below 2^32 < 3P */
            d -= p;
        h = ((h << s) & p) | (h >> (nb - s));
        h += d;
        if (h >= p)
            h -= p;
    }
    intptr_t x = (intptr_t)h;
    if (z->neg)
        x = -x;
    return x == -1 ? -2 : x;
}

static bool mag_is_pow2(const mpz_t *z)
{
    dig_t top = z->dig[z->len - 1];
    return (top & (top - 1)) == 0 && trim(z->dig, z->len - 1) == 0;
}

/* Signed: -2^(8len-1) <= z < 2^(8len-1); unsigned: 0 <= z < 2^(8len).
 * CPython also accepts -1 in zero signed bytes ((-1).to_bytes(0, 'big',
 * signed=True) == b''), and so do we: that is the nb == 0 case below. */
static bool fits_bytes(const mpz_t *z, size_t len, bool is_signed)
{
    if (!z->len)
        return true;
    if (z->neg && !is_signed)
        return false;
    size_t nb = mpz_bit_length(z);
    if (z->neg && mag_is_pow2(z))
        nb--;
    if (nb == 0)
        return true;
    nb += is_signed;
    return len >= nb / 8 + (nb % 8 != 0);
}

int mpz_to_bytes(const mpz_t *z, uint8_t *buf, size_t len, bool big_endian,
                 bool is_signed)
{
    if (!fits_bytes(z, len, is_signed))
        return MPZ_ERANGE;
    unsigned carry = z->neg;
    for (size_t i = 0; i < len; i++) {
        size_t di = i / DSIZE;
        uint8_t byte = 0;
        if (di < z->len)
            byte = (uint8_t)(z->dig[di] >> (i % DSIZE * 8));
        if (z->neg) {
            unsigned t = (uint8_t)~byte + carry;
            byte = (uint8_t)t;
            carry = t >> 8;
        }
        buf[big_endian ? len - 1 - i : i] = byte;
    }
    return 0;
}

void mpz_from_bytes(mpz_t *z, const uint8_t *buf, size_t len,
                    bool big_endian, bool is_signed)
{
    if (!len) {
        set_zero(z);
        return;
    }
    size_t n = (len + DSIZE - 1) / DSIZE;
    bool neg = is_signed && (buf[big_endian ? 0 : len - 1] & 0x80);
    dig_t *r = res_buf(z, n, NULL, NULL);
    memset(r, 0, n * DSIZE);
    unsigned carry = neg;
    for (size_t i = 0; i < len; i++) {
        uint8_t byte = buf[big_endian ? len - 1 - i : i];
        if (neg) {
            unsigned t = (uint8_t)~byte + carry;
            byte = (uint8_t)t;
            carry = t >> 8;
        }
        r[i / DSIZE] |= (dig_t)((dig_t)byte << (i % DSIZE * 8));
    }
    commit(z, r, n, n, neg);
}
