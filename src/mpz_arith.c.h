/*
 * Arithmetic: negation and absolute value, addition and subtraction of
 * signed values, schoolbook multiplication, floor division (Python's
 * divmod), pow, pow with a modulus (including modular inverses), gcd and
 * integer square root.
 *
 * Part of mpz.c, which includes it: one translation unit, so the buffer
 * protocol (res_buf, commit, trim, set_zero) and the magnitude helpers
 * stay static. Not compiled on its own.
 */

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

