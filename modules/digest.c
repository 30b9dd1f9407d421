/* MD5, SHA-1, SHA-224 and SHA-256 (see digest.h). */
#include "digest.h"

#include <string.h>

static uint32_t rol(uint32_t x, unsigned n)
{
    return (x << n) | (x >> (32 - n));
}

static uint32_t ror(uint32_t x, unsigned n)
{
    return (x >> n) | (x << (32 - n));
}

static uint32_t load_be(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static uint32_t load_le(const uint8_t *p)
{
    return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

/* ---- MD5 (RFC 1321) ---- */

/* T[i] = floor(abs(sin(i + 1)) * 2**32) */
static const uint32_t md5_t[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};
static const uint8_t md5_shift[4][4] = {{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};

static void md5_block(uint32_t h[4], const uint8_t *p)
{
    uint32_t x[16];
    for (int i = 0; i < 16; i++)
        x[i] = load_le(p + 4 * i);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (int i = 0; i < 64; i++) {
        int round = i / 16;
        uint32_t f;
        int k;
        switch (round) {
        case 0: f = (b & c) | (~b & d); k = i; break;
        case 1: f = (b & d) | (c & ~d); k = (5 * i + 1) % 16; break;
        case 2: f = b ^ c ^ d; k = (3 * i + 5) % 16; break;
        default: f = c ^ (b | ~d); k = (7 * i) % 16; break;
        }
        uint32_t t = a + f + x[k] + md5_t[i];
        a = d;
        d = c;
        c = b;
        b = b + rol(t, md5_shift[round][i % 4]);
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
}

/* ---- SHA-1 (FIPS 180-4, 6.1) ---- */

static void sha1_block(uint32_t h[5], const uint8_t *p)
{
    uint32_t w[80];
    for (int t = 0; t < 16; t++)
        w[t] = load_be(p + 4 * t);
    for (int t = 16; t < 80; t++)
        w[t] = rol(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int t = 0; t < 80; t++) {
        uint32_t f, k;
        if (t < 20)
            f = (b & c) ^ (~b & d), k = 0x5a827999;
        else if (t < 40)
            f = b ^ c ^ d, k = 0x6ed9eba1;
        else if (t < 60)
            f = (b & c) ^ (b & d) ^ (c & d), k = 0x8f1bbcdc;
        else
            f = b ^ c ^ d, k = 0xca62c1d6;
        uint32_t tmp = rol(a, 5) + f + e + k + w[t];
        e = d;
        d = c;
        c = rol(b, 30);
        b = a;
        a = tmp;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
}

/* ---- SHA-256 (FIPS 180-4, 6.2) ---- */

/* first 32 bits of the fractional parts of the cube roots of the first 64 primes */
static const uint32_t sha256_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static void sha256_block(uint32_t h[8], const uint8_t *p)
{
    uint32_t w[64];
    for (int t = 0; t < 16; t++)
        w[t] = load_be(p + 4 * t);
    for (int t = 16; t < 64; t++) {
        uint32_t s0 = ror(w[t - 15], 7) ^ ror(w[t - 15], 18) ^ (w[t - 15] >> 3);
        uint32_t s1 = ror(w[t - 2], 17) ^ ror(w[t - 2], 19) ^ (w[t - 2] >> 10);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint32_t v[8];
    memcpy(v, h, sizeof(v));
    for (int t = 0; t < 64; t++) {
        uint32_t e = v[4], a = v[0];
        uint32_t t1 = v[7] + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & v[5]) ^ (~e & v[6])) + sha256_k[t] + w[t];
        uint32_t t2 = (ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & v[1]) ^ (a & v[2]) ^ (v[1] & v[2]));
        memmove(v + 1, v, 7 * sizeof(uint32_t));
        v[4] += t1;
        v[0] = t1 + t2;
    }
    for (int i = 0; i < 8; i++)
        h[i] += v[i];
}

/* ---- common ---- */

static const uint32_t init_md5[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
static const uint32_t init_sha1[5] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0};
static const uint32_t init_sha224[8] = {0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939,
                                        0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4};
static const uint32_t init_sha256[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                        0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

void digest_init(digest_ctx_t *c, int kind)
{
    memset(c, 0, sizeof(*c));
    c->kind = (uint8_t)kind;
    switch (kind) {
    case DIGEST_MD5: memcpy(c->h, init_md5, sizeof(init_md5)); break;
    case DIGEST_SHA1: memcpy(c->h, init_sha1, sizeof(init_sha1)); break;
    case DIGEST_SHA224: memcpy(c->h, init_sha224, sizeof(init_sha224)); break;
    default: memcpy(c->h, init_sha256, sizeof(init_sha256)); break;
    }
}

static void block(digest_ctx_t *c, const uint8_t *p)
{
    switch (c->kind) {
    case DIGEST_MD5: md5_block(c->h, p); break;
    case DIGEST_SHA1: sha1_block(c->h, p); break;
    default: sha256_block(c->h, p); break;
    }
}

void digest_update(digest_ctx_t *c, const void *data, size_t n)
{
    const uint8_t *p = data;
    size_t have = (size_t)(c->total % DIGEST_BLOCK_SIZE);
    c->total += n;
    if (have) {
        size_t take = DIGEST_BLOCK_SIZE - have;
        if (take > n)
            take = n;
        memcpy(c->buf + have, p, take);
        p += take;
        n -= take;
        if (have + take < DIGEST_BLOCK_SIZE)
            return;
        block(c, c->buf);
    }
    for (; n >= DIGEST_BLOCK_SIZE; p += DIGEST_BLOCK_SIZE, n -= DIGEST_BLOCK_SIZE)
        block(c, p);
    memcpy(c->buf, p, n);
}

/* Padding: 0x80, zeros to 56 mod 64, then the bit length (64 bits; MD5
   little-endian, SHA big-endian). */
void digest_final(const digest_ctx_t *c0, uint8_t *out)
{
    digest_ctx_t c = *c0;
    uint64_t bits = c.total * 8;
    static const uint8_t pad[DIGEST_BLOCK_SIZE] = {0x80};
    size_t have = (size_t)(c.total % DIGEST_BLOCK_SIZE);
    digest_update(&c, pad, have < 56 ? 56 - have : 120 - have);
    uint8_t len[8];
    for (int i = 0; i < 8; i++) {
        int shift = c.kind == DIGEST_MD5 ? 8 * i : 56 - 8 * i;
        len[i] = (uint8_t)(bits >> shift);
    }
    digest_update(&c, len, 8);
    size_t words = digest_size(c.kind) / 4;
    for (size_t i = 0; i < words; i++) {
        uint32_t v = c.h[i];
        if (c.kind == DIGEST_MD5) {
            out[4 * i] = (uint8_t)v, out[4 * i + 1] = (uint8_t)(v >> 8);
            out[4 * i + 2] = (uint8_t)(v >> 16), out[4 * i + 3] = (uint8_t)(v >> 24);
        } else {
            out[4 * i] = (uint8_t)(v >> 24), out[4 * i + 1] = (uint8_t)(v >> 16);
            out[4 * i + 2] = (uint8_t)(v >> 8), out[4 * i + 3] = (uint8_t)v;
        }
    }
}

size_t digest_size(int kind)
{
    static const uint8_t sizes[DIGEST_COUNT] = {16, 20, 28, 32};
    return sizes[kind];
}

const char *digest_name(int kind)
{
    static const char *const names[DIGEST_COUNT] = {"md5", "sha1", "sha224", "sha256"};
    return names[kind];
}
