/*
 * Grisu3 (Loitsch, PLDI 2010): shortest digits with 64-bit arithmetic and
 * a table of cached powers of ten, giving up (for the exact path) when it
 * cannot prove its digits shortest and closest.
 *
 * Part of fmtfloat.c, which includes it: one translation unit, so the
 * bignum and double helpers stay static. Not compiled on its own.
 */

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
