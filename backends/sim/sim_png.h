/*
 * A minimal PNG writer for the sim backend's display dumps: 8-bit
 * grayscale, no compression (zlib stream of stored deflate blocks), so it
 * needs no library. Also its checksums, for the tests.
 */
#ifndef CP_SIM_PNG_H
#define CP_SIM_PNG_H

#include <stddef.h>
#include <stdint.h>

/* CRC-32 (ISO 3309, as PNG chunks use it), continuing from crc (start
 * with 0). */
uint32_t sim_png_crc32(uint32_t crc, const uint8_t *p, size_t n);
/* Adler-32 (RFC 1950), continuing from a (start with 1). */
uint32_t sim_png_adler32(uint32_t a, const uint8_t *p, size_t n);

/* The PNG of a w x h image, gray[y * w + x] one byte per pixel (0 black,
 * 255 white), into a malloc'ed buffer *out of *len bytes.
 * Errors: -ENOMEM, -EINVAL (w or h 0 or too large). */
int sim_png_encode(const uint8_t *gray, uint32_t w, uint32_t h, uint8_t **out, size_t *len);
/* The same written to path. Errors: those of sim_png_encode, -errno of
 * fopen/fwrite/fclose. */
int sim_png_write(const char *path, const uint8_t *gray, uint32_t w, uint32_t h);

#endif
