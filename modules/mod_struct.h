/*
 * The struct module: format parsing and item packing (mod_struct_codec.c)
 * shared with the module functions and the Struct class (mod_struct.c).
 *
 * A parsed format is a list of codes, each one format character with its
 * repeat count, its byte offset in the packed data and how its values are
 * converted. All raise struct.error (or TypeError/OverflowError where
 * CPython does) through nlr on bad formats and bad values.
 */
#ifndef CP_MOD_STRUCT_H
#define CP_MOD_STRUCT_H

#include "obj.h"

typedef struct mod_struct_code {
    char fmt;          /* format character */
    uint8_t conv;      /* how values convert (codec-private) */
    uint8_t order;     /* 0 native, 1 little, 2 big */
    uint8_t size;      /* bytes per value (0 for s/p/x: count is the size) */
    size_t count;      /* repeat count */
    size_t offset;     /* byte offset of the first value */
} mod_struct_code_t;

typedef struct mod_struct_format {
    size_t size;       /* packed size in bytes */
    size_t n_values;   /* Python values packed / unpacked */
    size_t n_codes;
    mod_struct_code_t *codes;
} mod_struct_format_t;

/* Parses a format given as str or bytes (TypeError "Struct() argument 1
 * must be a str or bytes object, not X"; struct.error for bad formats). */
void mod_struct_codec_parse(obj_t fmt, mod_struct_format_t *out);
/* Packs n_values values into buf (f->size bytes, zero-filled by the
 * caller so pad bytes are zero). */
void mod_struct_codec_pack(const mod_struct_format_t *f, uint8_t *buf, const obj_t *values);
/* Unpacks f->size bytes from buf into a tuple. */
obj_t mod_struct_codec_unpack(const mod_struct_format_t *f, const uint8_t *buf);

/* Raise struct.error with a formatted message. */
_Noreturn void mod_struct_error(const char *fmt, ...);

#endif
