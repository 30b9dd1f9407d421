/*
 * Exact digit generation on bignums: the shortest digits that read back
 * as the double (Steele & White / Burger & Dybvig free-format, for the
 * values Grisu3 cannot settle), and a fixed count of digits (format's e,
 * f and g) rounded half to even on the exact remainder.
 *
 * Part of fmtfloat.c, which includes it: one translation unit, so the
 * bignum and double helpers stay static. Not compiled on its own.
 */

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
