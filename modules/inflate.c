/* DEFLATE decoder with zlib and gzip wrappers (see inflate.h). */
#include "inflate.h"

#include <string.h>

/* Codes that the decoder functions return besides a value >= 0. */
#define E_TRUNC (-1)  /* out of input */
#define E_CODE (-2)   /* bits that match no code of an incomplete code */
#define E_DATA (-3)   /* corrupt; the message is in st->msg */

#define MAXBITS 15
#define MAXLCODES 286
#define MAXDCODES 30
#define FIXLCODES 288

typedef struct state {
    const uint8_t *in;
    size_t len, pos;
    uint32_t bitbuf;  /* unread bits of the current byte, low bit first */
    int bitcnt;
    vstr_t *out;
    const char *msg;
} state_t;

/* Canonical Huffman code: count[l] codes of length l, symbols listed in
   code order. */
typedef struct huff {
    uint16_t count[MAXBITS + 1];
    uint16_t symbol[FIXLCODES];
    int max;  /* longest code length; 0 when there are no codes */
} huff_t;

static int fail(state_t *st, const char *msg)
{
    st->msg = msg;
    return E_DATA;
}

/* n bits (n <= 16), first bit lowest; E_TRUNC at the end of input. */
static int32_t bits(state_t *st, int n)
{
    uint32_t v = st->bitbuf;
    while (st->bitcnt < n) {
        if (st->pos >= st->len)
            return E_TRUNC;
        v |= (uint32_t)st->in[st->pos++] << st->bitcnt;
        st->bitcnt += 8;
    }
    st->bitbuf = v >> n;
    st->bitcnt -= n;
    return (int32_t)(v & ((1u << n) - 1));
}

/* Builds h from code lengths; returns 0 for a complete code, > 0 for an
   incomplete one, < 0 when over-subscribed. *max gets the longest length. */
static int build(huff_t *h, const uint8_t *lens, int n, int *max)
{
    memset(h->count, 0, sizeof(h->count));
    for (int s = 0; s < n; s++)
        h->count[lens[s]]++;
    *max = 0;
    for (int l = 1; l <= MAXBITS; l++)
        if (h->count[l])
            *max = l;
    h->max = *max;
    if (h->count[0] == n)
        return 0; /* no codes: decoding anything fails */
    int left = 1;
    for (int l = 1; l <= MAXBITS; l++) {
        left <<= 1;
        left -= h->count[l];
        if (left < 0)
            return left;
    }
    uint16_t offs[MAXBITS + 1];
    offs[1] = 0;
    for (int l = 1; l < MAXBITS; l++)
        offs[l + 1] = (uint16_t)(offs[l] + h->count[l]);
    for (int s = 0; s < n; s++)
        if (lens[s])
            h->symbol[offs[lens[s]]++] = (uint16_t)s;
    return left;
}

/* zlib's rule: incomplete codes are an error unless they have one code of
   length 1 (or none at all). */
static bool acceptable(int r, int max)
{
    return r == 0 || (r > 0 && max <= 1);
}

/* Reads one symbol, taking code bits one at a time (codes are stored with
   their first bit lowest). Bits that match no code give E_CODE once the
   longest code length is reached; a table without codes takes one bit
   (zlib's behaviour, which decides between "invalid" and "truncated"). */
static int decode(state_t *st, const huff_t *h)
{
    if (h->max == 0)
        return bits(st, 1) < 0 ? E_TRUNC : E_CODE;
    int code = 0, first = 0, index = 0;
    for (int l = 1; l <= h->max; l++) {
        int32_t b = bits(st, 1);
        if (b < 0)
            return E_TRUNC;
        code |= b;
        int count = h->count[l];
        if (code - first < count)
            return h->symbol[index + code - first];
        index += count;
        first = (first + count) << 1;
        code <<= 1;
    }
    return E_CODE;
}

static const uint16_t len_base[29] = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                      31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
static const uint8_t len_extra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                      2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
static const uint16_t dist_base[30] = {1,   2,   3,   4,   5,   7,    9,    13,   17,   25,   33,   49,    65,    97,    129,
                                       193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
static const uint8_t dist_extra[30] = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6,
                                       6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

/* Decodes literal/length and distance symbols up to end-of-block. */
static int codes(state_t *st, const huff_t *lcode, const huff_t *dcode)
{
    vstr_t *out = st->out;
    for (;;) {
        int sym = decode(st, lcode);
        if (sym == E_CODE)
            return fail(st, "invalid literal/length code");
        if (sym < 0)
            return sym;
        if (sym < 256) {
            vstr_add_char(out, (char)sym);
            continue;
        }
        if (sym == 256)
            return 0;
        sym -= 257;
        if (sym >= 29)
            return fail(st, "invalid literal/length code");
        int32_t e = bits(st, len_extra[sym]);
        if (e < 0)
            return E_TRUNC;
        size_t len = len_base[sym] + (size_t)e;
        int dsym = decode(st, dcode);
        if (dsym == E_CODE)
            return fail(st, "invalid distance code");
        if (dsym < 0)
            return dsym;
        if (dsym >= 30)
            return fail(st, "invalid distance code");
        e = bits(st, dist_extra[dsym]);
        if (e < 0)
            return E_TRUNC;
        size_t dist = dist_base[dsym] + (size_t)e;
        if (dist > out->len)
            return fail(st, "invalid distance too far back");
        vstr_extend(out, len);
        char *dst = out->buf + out->len - len;
        const char *src = dst - dist;
        for (size_t i = 0; i < len; i++) /* may overlap: byte by byte */
            dst[i] = src[i];
    }
}

static int stored(state_t *st)
{
    st->bitbuf = 0;
    st->bitcnt = 0;
    if (st->len - st->pos < 4)
        return E_TRUNC;
    const uint8_t *p = st->in + st->pos;
    unsigned len = p[0] | (unsigned)p[1] << 8;
    unsigned nlen = p[2] | (unsigned)p[3] << 8;
    if (len != (~nlen & 0xffffu))
        return fail(st, "invalid stored block lengths");
    st->pos += 4;
    if (st->len - st->pos < len)
        return E_TRUNC;
    vstr_add_strn(st->out, (const char *)st->in + st->pos, len);
    st->pos += len;
    return 0;
}

static int fixed(state_t *st)
{
    uint8_t lens[FIXLCODES];
    huff_t lcode, dcode;
    int max;
    int s = 0;
    for (; s < 144; s++)
        lens[s] = 8;
    for (; s < 256; s++)
        lens[s] = 9;
    for (; s < 280; s++)
        lens[s] = 7;
    for (; s < FIXLCODES; s++)
        lens[s] = 8;
    build(&lcode, lens, FIXLCODES, &max);
    for (s = 0; s < MAXDCODES; s++)
        lens[s] = 5;
    build(&dcode, lens, MAXDCODES, &max);
    return codes(st, &lcode, &dcode);
}

static int dynamic(state_t *st)
{
    static const uint8_t order[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    uint8_t lens[MAXLCODES + MAXDCODES];
    huff_t lcode, dcode;
    int max;
    int32_t nlen = bits(st, 5), ndist = bits(st, 5), ncode = bits(st, 4);
    if (nlen < 0 || ndist < 0 || ncode < 0)
        return E_TRUNC;
    nlen += 257;
    ndist += 1;
    ncode += 4;
    if (nlen > MAXLCODES || ndist > MAXDCODES)
        return fail(st, "too many length or distance symbols");
    memset(lens, 0, 19);
    for (int i = 0; i < ncode; i++) {
        int32_t b = bits(st, 3);
        if (b < 0)
            return E_TRUNC;
        lens[order[i]] = (uint8_t)b;
    }
    if (build(&lcode, lens, 19, &max) != 0)
        return fail(st, "invalid code lengths set");
    int index = 0;
    while (index < nlen + ndist) {
        int sym = decode(st, &lcode);
        if (sym == E_CODE && max == 0)
            sym = 0; /* zlib reads an empty code-length code as 1-bit zeros */
        if (sym < 0)
            return sym == E_CODE ? fail(st, "invalid code lengths set") : sym;
        if (sym < 16) {
            lens[index++] = (uint8_t)sym;
            continue;
        }
        uint8_t value = 0;
        int32_t rep;
        if (sym == 16) {
            if (index == 0)
                return fail(st, "invalid bit length repeat");
            value = lens[index - 1];
            rep = bits(st, 2);
            rep = rep < 0 ? rep : rep + 3;
        } else if (sym == 17) {
            rep = bits(st, 3);
            rep = rep < 0 ? rep : rep + 3;
        } else {
            rep = bits(st, 7);
            rep = rep < 0 ? rep : rep + 11;
        }
        if (rep < 0)
            return E_TRUNC;
        if (index + rep > nlen + ndist)
            return fail(st, "invalid bit length repeat");
        while (rep--)
            lens[index++] = value;
    }
    if (lens[256] == 0)
        return fail(st, "invalid code -- missing end-of-block");
    int r = build(&lcode, lens, nlen, &max);
    if (!acceptable(r, max))
        return fail(st, "invalid literal/lengths set");
    r = build(&dcode, lens + nlen, ndist, &max);
    if (!acceptable(r, max))
        return fail(st, "invalid distances set");
    return codes(st, &lcode, &dcode);
}

static int deflate_blocks(state_t *st)
{
    for (;;) {
        int32_t last = bits(st, 1);
        int32_t type = bits(st, 2);
        if (last < 0 || type < 0)
            return E_TRUNC;
        int r = type == 0 ? stored(st) : type == 1 ? fixed(st) : type == 2 ? dynamic(st)
                                                                     : fail(st, "invalid block type");
        if (r != 0)
            return r;
        if (last) {
            st->bitbuf = 0; /* the rest of the last byte is padding */
            st->bitcnt = 0;
            return 0;
        }
    }
}

/* ---- checksums ---- */

uint32_t inflate_crc32(uint32_t crc, const uint8_t *p, size_t n)
{
    /* reflected CRC-32, polynomial 0xEDB88320, nibble table */
    static const uint32_t t[16] = {
        0x00000000, 0x1db71064, 0x3b6e20c8, 0x26d930ac, 0x76dc4190, 0x6b6b51f4, 0x4db26158, 0x5005713c,
        0xedb88320, 0xf00f9344, 0xd6d6a3e8, 0xcb61b38c, 0x9b64c2b0, 0x86d3d2d4, 0xa00ae278, 0xbdbdf21c,
    };
    crc = ~crc;
    for (size_t i = 0; i < n; i++) {
        crc ^= p[i];
        crc = (crc >> 4) ^ t[crc & 15];
        crc = (crc >> 4) ^ t[crc & 15];
    }
    return ~crc;
}

uint32_t inflate_adler32(uint32_t adler, const uint8_t *p, size_t n)
{
    uint32_t a = adler & 0xffff, b = adler >> 16;
    while (n) {
        size_t k = n < 5552 ? n : 5552; /* largest run before b can overflow */
        n -= k;
        while (k--) {
            a += *p++;
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    return b << 16 | a;
}

/* ---- wrappers ---- */

static uint32_t be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static uint32_t le32(const uint8_t *p)
{
    return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

static int zlib_header(state_t *st, int window_bits)
{
    if (st->len - st->pos < 2)
        return E_TRUNC;
    const uint8_t *p = st->in + st->pos;
    if (((unsigned)p[0] << 8 | p[1]) % 31 != 0)
        return fail(st, "incorrect header check");
    if ((p[0] & 15) != 8)
        return fail(st, "unknown compression method");
    int wbits = (p[0] >> 4) + 8;
    if (wbits > 15 || (window_bits && wbits > window_bits))
        return fail(st, "invalid window size");
    st->pos += 2;
    if (p[1] & 0x20) /* FDICT */
        return INFLATE_NEED_DICT;
    return 0;
}

/* Skips a zero-terminated field. */
static int skip_string(state_t *st)
{
    while (st->pos < st->len)
        if (st->in[st->pos++] == 0)
            return 0;
    return E_TRUNC;
}

static int gzip_header(state_t *st)
{
    /* checked field by field, as zlib does, so a short input that is
       already wrong reports what is wrong */
    size_t start = st->pos, avail = st->len - st->pos;
    const uint8_t *p = st->in + st->pos;
    if (avail < 2)
        return E_TRUNC;
    if (p[0] != 0x1f || p[1] != 0x8b)
        return fail(st, "incorrect header check");
    if (avail < 4)
        return E_TRUNC;
    if (p[2] != 8)
        return fail(st, "unknown compression method");
    uint8_t flg = p[3];
    if (flg & 0xe0)
        return fail(st, "unknown header flags set");
    if (avail < 10)
        return E_TRUNC;
    st->pos += 10;
    if (flg & 4) { /* FEXTRA */
        if (st->len - st->pos < 2)
            return E_TRUNC;
        size_t xlen = st->in[st->pos] | (size_t)st->in[st->pos + 1] << 8;
        st->pos += 2;
        if (st->len - st->pos < xlen)
            return E_TRUNC;
        st->pos += xlen;
    }
    if ((flg & 8) && skip_string(st) < 0) /* FNAME */
        return E_TRUNC;
    if ((flg & 16) && skip_string(st) < 0) /* FCOMMENT */
        return E_TRUNC;
    if (flg & 2) { /* FHCRC: low 16 bits of the header's CRC-32 */
        if (st->len - st->pos < 2)
            return E_TRUNC;
        uint32_t want = st->in[st->pos] | (uint32_t)st->in[st->pos + 1] << 8;
        if ((inflate_crc32(0, st->in + start, st->pos - start) & 0xffff) != want)
            return fail(st, "header crc mismatch");
        st->pos += 2;
    }
    return 0;
}

int inflate_run(const uint8_t *in, size_t len, int format, int window_bits, vstr_t *out, const char **msg)
{
    state_t st = {in, len, 0, 0, 0, out, NULL};
    size_t out_start = out->len;
    if (format == INFLATE_AUTO)
        format = len >= 2 && in[0] == 0x1f && in[1] == 0x8b ? INFLATE_GZIP : INFLATE_ZLIB;
    int r = 0;
    if (format == INFLATE_ZLIB)
        r = zlib_header(&st, window_bits);
    else if (format == INFLATE_GZIP)
        r = gzip_header(&st);
    if (r == 0)
        r = deflate_blocks(&st);
    if (r == 0 && format == INFLATE_ZLIB) {
        if (st.len - st.pos < 4)
            r = E_TRUNC;
        else if (be32(st.in + st.pos) !=
                 inflate_adler32(1, (const uint8_t *)out->buf + out_start, out->len - out_start))
            r = fail(&st, "incorrect data check");
    } else if (r == 0 && format == INFLATE_GZIP) {
        if (st.len - st.pos < 4)
            r = E_TRUNC;
        else if (le32(st.in + st.pos) != inflate_crc32(0, (const uint8_t *)out->buf + out_start, out->len - out_start))
            r = fail(&st, "incorrect data check");
        else if (st.len - st.pos < 8)
            r = E_TRUNC;
        else if (le32(st.in + st.pos + 4) != (uint32_t)(out->len - out_start))
            r = fail(&st, "incorrect length check");
    }
    *msg = st.msg;
    if (r == E_TRUNC)
        return INFLATE_TRUNCATED;
    if (r == E_DATA)
        return INFLATE_DATA_ERROR;
    return r;
}
