/*
 * PNG (RFC 2083) of an 8-bit grayscale image with stored deflate blocks
 * (RFC 1951 BTYPE 00) inside a zlib stream (RFC 1950): signature, IHDR,
 * one IDAT, IEND. Each scanline starts with filter type 0.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim_png.h"

#define STORED_MAX 65535u

uint32_t sim_png_crc32(uint32_t crc, const uint8_t *p, size_t n)
{
    crc = ~crc;
    for (size_t i = 0; i < n; i++) {
        crc ^= p[i];
        for (int k = 0; k < 8; k++)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

uint32_t sim_png_adler32(uint32_t a, const uint8_t *p, size_t n)
{
    uint32_t s1 = a & 0xffff, s2 = a >> 16;
    for (size_t i = 0; i < n; i++) {
        s1 = (s1 + p[i]) % 65521u;
        s2 = (s2 + s1) % 65521u;
    }
    return s2 << 16 | s1;
}

static uint8_t *put32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 24), p[1] = (uint8_t)(v >> 16), p[2] = (uint8_t)(v >> 8), p[3] = (uint8_t)v;
    return p + 4;
}

/* A chunk: length, type, data, CRC over type and data. */
static uint8_t *chunk(uint8_t *p, const char *type, const uint8_t *data, size_t n)
{
    p = put32(p, (uint32_t)n);
    uint8_t *typed = p;
    memcpy(p, type, 4);
    if (n)
        memcpy(p + 4, data, n);
    p += 4 + n;
    return put32(p, sim_png_crc32(0, typed, 4 + n));
}

/* zlib stream of raw (n bytes) in stored blocks into z; returns its end. */
static uint8_t *zlib_stored(uint8_t *z, const uint8_t *raw, size_t n)
{
    *z++ = 0x78; /* CM 8, 32K window */
    *z++ = 0x01; /* FCHECK: (0x78 << 8 | 0x01) % 31 == 0, no dictionary */
    size_t off = 0;
    do {
        size_t len = n - off > STORED_MAX ? STORED_MAX : n - off;
        *z++ = off + len == n; /* BFINAL, BTYPE 00 */
        *z++ = (uint8_t)len, *z++ = (uint8_t)(len >> 8);
        *z++ = (uint8_t)~len, *z++ = (uint8_t)(~len >> 8);
        memcpy(z, raw + off, len);
        z += len;
        off += len;
    } while (off < n);
    return put32(z, sim_png_adler32(1, raw, n));
}

int sim_png_encode(const uint8_t *gray, uint32_t w, uint32_t h, uint8_t **out, size_t *len)
{
    if (w == 0 || h == 0 || w > 16384 || h > 16384)
        return -EINVAL;
    size_t raw_n = (size_t)h * (w + 1);
    size_t blocks = raw_n / STORED_MAX + 1;
    size_t z_n = 2 + blocks * 5 + raw_n + 4;
    uint8_t *raw = malloc(raw_n), *z = malloc(z_n);
    uint8_t *png = malloc(8 + 25 + 12 + z_n + 12);
    if (!raw || !z || !png) {
        free(raw), free(z), free(png);
        return -ENOMEM;
    }
    for (uint32_t y = 0; y < h; y++) {
        raw[(size_t)y * (w + 1)] = 0; /* filter: none */
        memcpy(raw + (size_t)y * (w + 1) + 1, gray + (size_t)y * w, w);
    }
    z_n = (size_t)(zlib_stored(z, raw, raw_n) - z);
    static const uint8_t sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    uint8_t ihdr[13];
    put32(put32(ihdr, w), h);
    ihdr[8] = 8;  /* bit depth */
    ihdr[9] = 0;  /* grayscale */
    ihdr[10] = ihdr[11] = ihdr[12] = 0; /* deflate, adaptive filters, no interlace */
    uint8_t *p = png;
    memcpy(p, sig, 8);
    p = chunk(p + 8, "IHDR", ihdr, sizeof(ihdr));
    p = chunk(p, "IDAT", z, z_n);
    p = chunk(p, "IEND", NULL, 0);
    free(raw);
    free(z);
    *out = png;
    *len = (size_t)(p - png);
    return 0;
}

int sim_png_write(const char *path, const uint8_t *gray, uint32_t w, uint32_t h)
{
    uint8_t *png;
    size_t n;
    int rc = sim_png_encode(gray, w, h, &png, &n);
    if (rc)
        return rc;
    FILE *f = fopen(path, "wb");
    if (!f) {
        rc = -errno;
    } else {
        if (fwrite(png, 1, n, f) != n)
            rc = -EIO;
        if (fclose(f) != 0 && rc == 0)
            rc = -errno;
    }
    free(png);
    return rc;
}
