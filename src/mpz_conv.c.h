/*
 * Conversions: from and to text in bases 2..36 (by digit-sized chunks),
 * to double (correctly rounded) and from double (truncated), CPython's
 * hash, and to and from bytes (int.to_bytes / int.from_bytes).
 *
 * Part of mpz.c, which includes it: one translation unit, so the buffer
 * protocol (res_buf, commit, trim, set_zero) and the magnitude helpers
 * stay static. Not compiled on its own.
 */

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
