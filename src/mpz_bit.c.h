/*
 * Bitwise and, or, xor and invert with Python's semantics (negatives act
 * as infinite two's complement), and shifts (right shifts round toward
 * minus infinity).
 *
 * Part of mpz.c, which includes it: one translation unit, so the buffer
 * protocol (res_buf, commit, trim, set_zero) and the magnitude helpers
 * stay static. Not compiled on its own.
 */

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

