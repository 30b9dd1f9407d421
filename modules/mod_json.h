/*
 * Shared declarations of the json module (mod_json.c: module functions
 * and classes; mod_json_encode.c: encoder; mod_json_decode.c: decoder).
 */
#ifndef CP_MOD_JSON_H
#define CP_MOD_JSON_H

#include "obj.h"

/* Option values in the order of JSONEncoder's attributes. */
enum {
    JSON_OPT_SKIPKEYS, JSON_OPT_ENSURE_ASCII, JSON_OPT_CHECK_CIRCULAR, JSON_OPT_ALLOW_NAN,
    JSON_OPT_SORT_KEYS, JSON_OPT_INDENT, JSON_OPT_ITEM_SEP, JSON_OPT_KEY_SEP, JSON_OPT_DEFAULT,
    JSON_OPT_COUNT
};

/* The JSON text of o with the options opt[JSON_OPT_*] (CPython's
 * JSONEncoder attributes). Raises TypeError / ValueError / RecursionError as CPython
 * and whatever default() raises. */
obj_t mod_json_encode(obj_t o, const obj_t *opt);

/* Decoder options; each callable is OBJ_NULL when not given (None). */
typedef struct mod_json_decode_opts {
    obj_t object_hook;
    obj_t object_pairs_hook;
    obj_t parse_float;
    obj_t parse_int;
    obj_t parse_constant;
    bool strict;            /* control characters forbidden in strings */
} mod_json_decode_opts_t;

/* Decode the str doc starting at code point idx. With raw, returns the
 * tuple (value, end) after the first value; otherwise the whole document
 * must be one value surrounded by whitespace. Raises json.JSONDecodeError
 * with CPython's messages and positions, RecursionError for too deep
 * nesting, and whatever the hooks raise. */
obj_t mod_json_decode(obj_t doc, size_t idx, const mod_json_decode_opts_t *opts, bool raw);

/* Raise json.JSONDecodeError(msg, doc, pos) (pos in code points). */
_Noreturn void mod_json_raise_decode_error(const char *msg, obj_t doc, size_t pos);

#endif
