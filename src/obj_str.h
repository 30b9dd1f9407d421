/*
 * str, bytes and bytearray helpers shared by the rest of the core.
 * A str value is a qstr or an obj_str_t; bytes is an obj_str_t with type
 * type_bytes; bytearray is obj_bytearray_t.
 */
#ifndef CP_OBJ_STR_H
#define CP_OBJ_STR_H

#include "obj.h"

typedef struct obj_bytearray {
    obj_base_t base;
    size_t len;
    size_t alloc;
    uint8_t *items;
    bool fixed;           /* memoryview exported: length may not change */
} obj_bytearray_t;

/* Data of a str or bytes object (qstr included). Raises TypeError for other
 * types only in the _checked form. */
const char *str_get_data(obj_t o, size_t *len);
/* Number of code points of a str. */
size_t str_get_charlen(obj_t o);
/* Intern-or-create: returns a qstr object when the text is already
 * interned or short, else a heap str. Use for results of str operations. */
obj_t str_new(const char *s, size_t len);
/* Take ownership of a buffer from mem_alloc_noscan with a NUL at s[len]. */
obj_t str_new_owned(char *s, size_t len);
obj_t bytes_new_owned(char *s, size_t len);
obj_t str_intern(obj_t s);          /* returns a qstr object with the same text */
qstr str_get_qstr(obj_t s);         /* interns; raises TypeError if not str */
uintptr_t str_hash(obj_t s);

/* Growable byte buffer for building strings (not itself a Python object). */
typedef struct vstr {
    char *buf;
    size_t len;
    size_t alloc;
} vstr_t;
void vstr_init(vstr_t *v, size_t alloc);
void vstr_add_strn(vstr_t *v, const char *s, size_t n);
void vstr_add_str(vstr_t *v, const char *s);
void vstr_add_char(vstr_t *v, char c);
void vstr_add_unichar(vstr_t *v, uint32_t cp);   /* UTF-8 encode */
char *vstr_extend(vstr_t *v, size_t n);          /* room for n more bytes */
/* (vstr_extend appends n uninitialised bytes: len grows by n and the
 * returned pointer is where they start.) */
obj_t vstr_to_str(vstr_t *v);                    /* buffer ownership moves */
obj_t vstr_to_bytes(vstr_t *v);
/* A print_t that appends to a vstr. */
void vstr_print_init(print_t *p, vstr_t *v);

/* format(value, spec) for str/int/float per the format mini-language,
 * and the %-operator. (format.c) */
obj_t format_obj(obj_t value, obj_t spec);
obj_t format_str_method(size_t n_args, const obj_t *args, map_t *kw); /* str.format */
obj_t format_percent(obj_t fmt, obj_t args);                          /* str % args */

/* UTF-8 helpers */
const char *utf8_next(const char *s, uint32_t *cp); /* s must be valid UTF-8 */
size_t utf8_charlen(const char *s, size_t len);
bool utf8_is_valid(const char *s, size_t len);
/* Byte offset of code point index i (0 <= i <= charlen). */
size_t utf8_offset(const char *s, size_t len, size_t charlen, size_t i);

/* ---- additions by the str/bytes helper ---- */

/* Native part of o: o itself, or for an instance of a user subclass of a
 * built-in type the native object it wraps (OBJ_NULL before __init__ of
 * the native part ran). */
obj_t str_unwrap(obj_t o);
/* o is a str or an instance of a user subclass of str. */
bool str_check(obj_t o);
/* o is a bytes / bytearray (or user subclass instance). */
bool bytes_check(obj_t o);
bool bytearray_check(obj_t o);

/* Write s as a quoted literal the way repr() does (quote choice, escapes).
 * STR_QUOTE_BYTES: s is bytes, use b'' and \xhh for bytes >= 0x7f.
 * STR_QUOTE_ASCII: escape every non-ASCII code point (ascii()).
 * STR_QUOTE_BYTEARRAY: with STR_QUOTE_BYTES, escape ' even inside "..."
 * (CPython's bytearray repr does: bytearray(b"it\'s")). */
enum { STR_QUOTE_BYTES = 1, STR_QUOTE_ASCII = 2, STR_QUOTE_BYTEARRAY = 4 };
void str_print_quoted(const print_t *p, const char *s, size_t len, unsigned flags);
/* Type name for "argument must be X, not Y" messages: "None" for None,
 * as CPython's argument checking says. */
const char *str_arg_tname(obj_t o);
/* Content equality of two str (or two bytes) values. */
bool str_equal(obj_t a, obj_t b);
/* A new heap object of type (type_str or type_bytes) holding a copy of s;
 * charlen must be the code point count (len for bytes). Never a qstr. */
obj_t str_alloc_copy(const type_t *type, const char *s, size_t len, size_t charlen);
/* The __format__ method of str, int and float: format(self, spec) with
 * the built-in mini-language (format.c). */
extern const obj_builtin_t format_dunder_obj;
/* str.format_map(mapping) (format_str.c). */
obj_t format_str_map(obj_t fmt, obj_t mapping);
/* object.__format__: str(value) for an empty spec, else TypeError
 * "unsupported format string passed to X.__format__". format_obj falls
 * back to it; an object.__format__ method must call this, not format_obj. */
obj_t format_object_default(obj_t value, obj_t spec);

/* Read access to any object with the buffer protocol (bytes, bytearray,
 * memoryview, array, user subclasses): false when o has none. */
bool bytes_get_buffer(obj_t o, buffer_info_t *info);

/* bytearray constructors; s may be NULL for zero-filled. */
obj_t obj_new_bytearray(const void *s, size_t len);
/* Takes ownership of a mem_alloc_noscan buffer of alloc bytes. */
obj_t bytearray_new_owned(char *s, size_t len, size_t alloc);

/* UTF-8 validation with CPython's error classification. Returns the length
 * of the longest valid prefix; when it is < len, *bad_len is the length of
 * the invalid sequence found there (CPython's "maximal subpart", >= 1) and
 * *reason one of UTF8_*. */
enum { UTF8_INVALID_START = 1, UTF8_INVALID_CONTINUATION, UTF8_UNEXPECTED_END };
size_t utf8_valid_prefix(const char *s, size_t len, size_t *bad_len, int *reason);
/* Encode cp (<= 0x10FFFF) into out (room for 4); returns the byte count. */
size_t utf8_encode(uint32_t cp, char *out);

#endif
