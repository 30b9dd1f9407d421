/*
 * Parsing float literals and float() text: syntax (digits, underscores
 * between digits, exponent, inf/nan), Clinger's fast path when the
 * decimal fits a double exactly, else an exact bignum quotient rounded to
 * 53 bits.
 *
 * Part of fmtfloat.c, which includes it: one translation unit, so the
 * bignum and double helpers stay static. Not compiled on its own.
 */

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
