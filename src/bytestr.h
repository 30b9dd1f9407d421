/*
 * Method implementations shared by str, bytes and bytearray.
 *
 * Each function is written once over a "view" of self (its bytes, its
 * length in code points, and which of the three types it is) and builds
 * results of self's type. For str, positions and widths count code points
 * (str data is valid UTF-8; a position inside is converted with
 * utf8_offset, O(1) for ASCII); for bytes and bytearray they count bytes.
 */
#ifndef CP_BYTESTR_H
#define CP_BYTESTR_H

#include "obj.h"
#include "obj_str.h"

typedef enum { BS_STR, BS_BYTES, BS_BYTEARRAY } bs_kind_t;

typedef struct bs {
    const char *s;
    size_t len;       /* bytes */
    size_t charlen;   /* code points; == len for bytes and ASCII str */
    bs_kind_t kind;
} bs_t;

/* self must be a str, bytes or bytearray (or the native part of a user
 * subclass instance, which methods receive). */
void bytestr_view(obj_t self, bs_t *v);
/* A new object of the given kind holding a copy of s[0..n). */
obj_t bytestr_new(bs_kind_t kind, const char *s, size_t n);
obj_t bytestr_from_vstr(bs_kind_t kind, vstr_t *v);
/* Resolve optional start/end (OBJ_NULL or None = absent) against a length
 * like a slice; raises TypeError "slice indices must be integers or None or
 * have an __index__ method". Results are clamped to [0, len] but *start
 * may exceed *end. */
void bytestr_range(obj_t start, obj_t end, size_t len, size_t *pstart, size_t *pend);
/* Decode a slice object against len: start, step and the item count. */
void bytestr_slice(obj_t slice, size_t len, intptr_t *start, intptr_t *step, size_t *count);
/* Index (int or __index__ object) for a sequence of len; raises
 * IndexError with msg when out of range. */
size_t bytestr_index(obj_t index, size_t len, const char *msg);

/* Method objects (args[0] is self). */
extern const obj_builtin_t bytestr_find_obj, bytestr_rfind_obj, bytestr_index_obj,
    bytestr_rindex_obj, bytestr_count_obj, bytestr_split_obj, bytestr_rsplit_obj,
    bytestr_splitlines_obj, bytestr_join_obj, bytestr_strip_obj, bytestr_lstrip_obj,
    bytestr_rstrip_obj, bytestr_replace_obj, bytestr_startswith_obj,
    bytestr_endswith_obj, bytestr_partition_obj, bytestr_rpartition_obj,
    bytestr_center_obj, bytestr_ljust_obj, bytestr_rjust_obj, bytestr_zfill_obj,
    bytestr_expandtabs_obj, bytestr_removeprefix_obj, bytestr_removesuffix_obj;

/* Case conversion and classification (bytestr_case.c); for bytes only
 * ASCII letters have case, as in CPython. */
extern const obj_builtin_t bytestr_case_upper_obj, bytestr_case_lower_obj,
    bytestr_case_swapcase_obj, bytestr_case_title_obj, bytestr_case_capitalize_obj,
    bytestr_case_casefold_obj, bytestr_case_isdigit_obj, bytestr_case_isalpha_obj,
    bytestr_case_isalnum_obj, bytestr_case_isspace_obj, bytestr_case_isupper_obj,
    bytestr_case_islower_obj, bytestr_case_istitle_obj, bytestr_case_isascii_obj,
    bytestr_case_isdecimal_obj, bytestr_case_isnumeric_obj,
    bytestr_case_isidentifier_obj, bytestr_case_isprintable_obj;

/* ---- shared by bytes and bytearray (obj_bytes.c) ---- */
/* Append the bytes described by constructor arguments (source, encoding,
 * errors) of bytes() / bytearray() (tname is "bytes" or "bytearray"). */
void bytes_build(vstr_t *out, size_t n_args, size_t n_kw, const obj_t *args, const char *tname);
void bytes_print_repr(const print_t *p, const char *s, size_t len);
/* Rich comparison of bytes-like lhs with rhs; OBJ_NULL unless rhs is bytes
 * or bytearray. */
obj_t bytes_compare(binary_op_t op, obj_t lhs, obj_t rhs);
/* item in self for bytes/bytearray self (int or bytes-like item). */
bool bytes_contains(obj_t self, obj_t item);
/* s * count as the given kind; OBJ_NULL when count is a user object. */
obj_t bytes_repeat(bs_kind_t kind, const char *s, size_t len, obj_t count);
/* Iterator over the ints of a bytes or bytearray (reads live data). */
obj_t bytes_getiter(obj_t self, iter_buf_t *buf);
extern const obj_builtin_t bytes_decode_obj, bytes_hex_obj, bytes_translate_obj;
extern const obj_wrapper_t bytes_fromhex_obj, bytes_maketrans_obj;

/* Searching helpers: offset of needle in hay, or -1. */
intptr_t bytestr_find_raw(const char *hay, size_t n, const char *needle, size_t m);
intptr_t bytestr_rfind_raw(const char *hay, size_t n, const char *needle, size_t m);

#endif
