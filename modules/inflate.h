/*
 * Decompression of DEFLATE data (RFC 1951), raw or wrapped in a zlib
 * (RFC 1950) or gzip (RFC 1952) stream, written from those specifications.
 * The output goes to a vstr (which raises MemoryError when the heap is
 * full); everything else is reported by return value.
 */
#ifndef CP_INFLATE_H
#define CP_INFLATE_H

#include <stddef.h>
#include <stdint.h>

#include "obj_str.h"

enum { INFLATE_RAW, INFLATE_ZLIB, INFLATE_GZIP, INFLATE_AUTO };

/* Results, numbered as zlib's codes so messages can quote them. */
enum {
    INFLATE_OK = 0,
    INFLATE_NEED_DICT = 2,    /* zlib stream with a preset dictionary */
    INFLATE_DATA_ERROR = -3,  /* corrupt: *msg is zlib's text for it */
    INFLATE_TRUNCATED = -5,   /* the input ends before the stream does */
};

/* Decompresses one stream from in[0..len) in format INFLATE_*, appending
 * to out. window_bits (8..15, or 0 for "whatever the header says")
 * bounds the window a zlib header may declare. Data after the end of the
 * stream is ignored. */
int inflate_run(const uint8_t *in, size_t len, int format, int window_bits, vstr_t *out, const char **msg);

/* Running checksums as zlib computes them (start with 0 and 1). */
uint32_t inflate_crc32(uint32_t crc, const uint8_t *p, size_t n);
uint32_t inflate_adler32(uint32_t adler, const uint8_t *p, size_t n);

#endif
