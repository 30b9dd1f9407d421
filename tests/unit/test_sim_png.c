/*
 * Check tests for the PNG writer of display dumps (backends/sim/sim_png.c):
 * the checksums against their published check values, the chunk layout,
 * stored deflate blocks across the 65535-byte limit, and a decode by
 * python3's zlib (skipped when python3 is missing).
 */
#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sim/sim_png.h"

static uint32_t get32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

START_TEST(test_checksums)
{
    const uint8_t *s = (const uint8_t *)"123456789";
    ck_assert_uint_eq(sim_png_crc32(0, s, 9), 0xCBF43926u);
    ck_assert_uint_eq(sim_png_crc32(sim_png_crc32(0, s, 4), s + 4, 5), 0xCBF43926u);
    ck_assert_uint_eq(sim_png_crc32(0, s, 0), 0);
    ck_assert_uint_eq(sim_png_adler32(1, (const uint8_t *)"Wikipedia", 9), 0x11E60398u);
    ck_assert_uint_eq(sim_png_adler32(1, s, 0), 1);
    /* the IEND chunk's well-known CRC */
    ck_assert_uint_eq(sim_png_crc32(0, (const uint8_t *)"IEND", 4), 0xAE426082u);
}
END_TEST

/* Walk the chunks: every CRC right, IHDR first, IEND last; returns the
 * IDAT payload (pointer into png) and its length. */
static const uint8_t *walk(const uint8_t *png, size_t len, uint32_t *w, uint32_t *h, size_t *idat_len)
{
    ck_assert_mem_eq(png, "\x89PNG\r\n\x1a\n", 8);
    size_t off = 8;
    const uint8_t *idat = NULL;
    int n = 0;
    while (off < len) {
        uint32_t clen = get32(png + off);
        const uint8_t *type = png + off + 4;
        ck_assert_uint_le(off + 12 + clen, len);
        ck_assert_uint_eq(get32(type + 4 + clen), sim_png_crc32(0, type, 4 + clen));
        if (n == 0) {
            ck_assert_mem_eq(type, "IHDR", 4);
            ck_assert_uint_eq(clen, 13);
            *w = get32(type + 4);
            *h = get32(type + 8);
            ck_assert_uint_eq(type[12], 8); /* depth */
            ck_assert_uint_eq(type[13], 0); /* gray */
        }
        if (memcmp(type, "IDAT", 4) == 0) {
            idat = type + 4;
            *idat_len = clen;
        }
        off += 12 + clen;
        n++;
        if (memcmp(type, "IEND", 4) == 0)
            break;
    }
    ck_assert_uint_eq(off, len);
    ck_assert_int_eq(n, 3);
    return idat;
}

/* Inflate a zlib stream made only of stored blocks. */
static size_t unstore(const uint8_t *z, size_t n, uint8_t *out)
{
    ck_assert_uint_eq((z[0] << 8 | z[1]) % 31, 0);
    ck_assert_uint_eq(z[0] & 0x0F, 8);
    size_t off = 2, o = 0;
    for (;;) {
        uint8_t hdr = z[off];
        ck_assert_uint_eq(hdr & 6, 0); /* BTYPE 00 */
        size_t len = z[off + 1] | z[off + 2] << 8, nlen = z[off + 3] | z[off + 4] << 8;
        ck_assert_uint_eq(len ^ 0xFFFF, nlen);
        memcpy(out + o, z + off + 5, len);
        o += len;
        off += 5 + len;
        if (hdr & 1)
            break;
    }
    ck_assert_uint_eq(off + 4, n);
    ck_assert_uint_eq(get32(z + off), sim_png_adler32(1, out, o));
    return o;
}

START_TEST(test_layout)
{
    /* 300 x 250: 75250 bytes of scanlines, two stored blocks */
    const uint32_t W = 300, H = 250;
    uint8_t *gray = malloc(W * H), *png, *raw = malloc((W + 1) * H);
    for (uint32_t i = 0; i < W * H; i++)
        gray[i] = (uint8_t)(i * 7);
    size_t len;
    ck_assert_int_eq(sim_png_encode(gray, W, H, &png, &len), 0);
    uint32_t w, h;
    size_t zlen;
    const uint8_t *z = walk(png, len, &w, &h, &zlen);
    ck_assert_uint_eq(w, W);
    ck_assert_uint_eq(h, H);
    ck_assert_uint_eq(unstore(z, zlen, raw), (W + 1) * H);
    for (uint32_t y = 0; y < H; y++) {
        ck_assert_uint_eq(raw[y * (W + 1)], 0);
        ck_assert_mem_eq(raw + y * (W + 1) + 1, gray + y * W, W);
    }
    ck_assert_int_eq(sim_png_encode(gray, 0, 5, &png, &len), -EINVAL);
    free(png);
    free(gray);
    free(raw);
}
END_TEST

START_TEST(test_python_decodes)
{
    if (system("python3 -c 'import zlib' >/dev/null 2>&1") != 0)
        return; /* no oracle here */
    uint8_t gray[16 * 8];
    for (int i = 0; i < 16 * 8; i++)
        gray[i] = (i % 3) ? 255 : 0;
    char path[] = "/tmp/test_sim_pngXXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    close(fd);
    ck_assert_int_eq(sim_png_write(path, gray, 16, 8), 0);
    char cmd[512];
    snprintf(cmd, sizeof(cmd),
             "python3 -c \"import sys,zlib,struct\n"
             "d=open('%s','rb').read()\n"
             "assert d[:8]==b'\\x89PNG\\r\\n\\x1a\\n'\n"
             "i=8;idat=b''\n"
             "while i<len(d):\n"
             " n,=struct.unpack('>I',d[i:i+4]);t=d[i+4:i+8];c=d[i+8:i+8+n]\n"
             " assert struct.unpack('>I',d[i+8+n:i+12+n])[0]==zlib.crc32(t+c)\n"
             " idat+=c if t==b'IDAT' else b'';i+=12+n\n"
             "r=zlib.decompress(idat)\n"
             "print(sum(r[1+y*17:17+y*17].count(255) for y in range(8)))\"",
             path);
    FILE *p = popen(cmd, "r");
    ck_assert_ptr_nonnull(p);
    char out[32] = "";
    ck_assert_ptr_nonnull(fgets(out, sizeof(out), p));
    ck_assert_int_eq(pclose(p), 0);
    int lit = 0;
    for (int i = 0; i < 16 * 8; i++)
        lit += gray[i] == 255;
    ck_assert_int_eq(atoi(out), lit);
    unlink(path);
    ck_assert_int_eq(sim_png_write("/nonexistent-dir/p.png", gray, 16, 8), -ENOENT);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("sim_png");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_checksums);
    tcase_add_test(tc, test_layout);
    tcase_add_test(tc, test_python_decodes);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
