/*
 * Searching, splitting, joining, stripping and padding methods shared by
 * str, bytes and bytearray (see bytestr.h).
 *
 * Positions in arguments and results count code points for str and bytes
 * otherwise; they are converted to byte offsets once per call. Searching
 * works on the UTF-8 bytes directly: a valid UTF-8 needle can only match at
 * code point boundaries of a valid haystack.
 *
 * This file holds the views, results and argument helpers, and searching
 * (find, index, count, startswith, endswith); the other methods are in
 * the parts it includes, in one translation unit so that the helpers stay
 * static:
 *   bytestr_split.c.h  split, rsplit, splitlines, join, partition
 *   bytestr_edit.c.h   strip, replace, padding, expandtabs, removeprefix
 * Case conversion and classification are in bytestr_case.c.
 */
#include "bytestr.h"

#include <string.h>

#include "mem.h"
#include "obj_slice.h"
#include "runtime.h"
#include "unichar.h"

/* ---- views and results ---- */

void bytestr_view(obj_t self, bs_t *v)
{
    self = str_unwrap(self);
    if (obj_is_qstr(self)) {
        qstr q = obj_qstr_value(self);
        v->s = qstr_data(q, &v->len);
        v->charlen = qstr_charlen(q);
        v->kind = BS_STR;
        return;
    }
    const type_t *t = ((obj_base_t *)self)->type;
    if (t == &type_bytearray) {
        obj_bytearray_t *b = self;
        v->s = (const char *)b->items;
        v->len = v->charlen = b->len;
        v->kind = BS_BYTEARRAY;
        return;
    }
    obj_str_t *o = self;
    v->s = o->data;
    v->len = o->len;
    v->charlen = o->charlen;
    v->kind = t == &type_str ? BS_STR : BS_BYTES;
}

obj_t bytestr_new(bs_kind_t kind, const char *s, size_t n)
{
    switch (kind) {
    case BS_STR:
        return str_new(s, n);
    case BS_BYTES:
        return obj_new_bytes(s, n);
    default:
        return obj_new_bytearray(s, n);
    }
}

obj_t bytestr_from_vstr(bs_kind_t kind, vstr_t *v)
{
    switch (kind) {
    case BS_STR:
        return vstr_to_str(v);
    case BS_BYTES:
        return vstr_to_bytes(v);
    default: {
        obj_t r = bytearray_new_owned(v->buf, v->len, v->alloc);
        v->buf = NULL;
        v->alloc = 0;
        return r;
    }
    }
}

/* self unchanged: the object itself for immutable exact types, else a copy. */
static obj_t same(obj_t self, const bs_t *v)
{
    if (v->kind != BS_BYTEARRAY && (obj_is_qstr(self) || obj_is_type(self, &type_str) ||
                                    obj_is_type(self, &type_bytes)))
        return self;
    return bytestr_new(v->kind, v->s, v->len);
}

static obj_t sub_new(const bs_t *v, size_t b0, size_t b1)
{
    return bytestr_new(v->kind, v->s + b0, b1 - b0);
}

/* Byte offset of code point index i (i <= charlen). */
static size_t boff(const bs_t *v, size_t i)
{
    return utf8_offset(v->s, v->len, v->charlen, i);
}

/* Code point index of byte offset b. */
static size_t cpos(const bs_t *v, size_t b)
{
    return v->charlen == v->len ? b : utf8_charlen(v->s, b);
}

/* Decode the code point (or byte) at *i and advance. */
static uint32_t next_cp(const bs_t *v, size_t *i)
{
    uint32_t c;
    if (v->kind != BS_STR) {
        c = (uint8_t)v->s[(*i)++];
    } else {
        const char *p = utf8_next(v->s + *i, &c);
        *i = (size_t)(p - v->s);
    }
    return c;
}

/* Decode the code point (or byte) ending at *i and step back over it. */
static uint32_t prev_cp(const bs_t *v, size_t *i)
{
    size_t j = *i - 1;
    if (v->kind == BS_STR)
        while (((uint8_t)v->s[j] & 0xc0) == 0x80)
            j--;
    *i = j;
    size_t k = j;
    return next_cp(v, &k);
}

static bool is_ws(const bs_t *v, uint32_t c)
{
    if (v->kind == BS_STR)
        return unichar_isspace(c);
    return c == ' ' || (c >= 9 && c <= 13);
}

/* Growable array of objects (reachable from the C stack while built). */
typedef struct objvec {
    obj_t *items;
    size_t len, alloc;
} objvec_t;

static void ov_push(objvec_t *o, obj_t x)
{
    if (o->len == o->alloc) {
        o->alloc = o->alloc ? o->alloc * 2 : 8;
        o->items = mem_realloc(o->items, o->alloc * sizeof(obj_t));
    }
    o->items[o->len++] = x;
}

static obj_t ov_to_list(objvec_t *o, bool reverse)
{
    if (reverse)
        for (size_t i = 0; i < o->len / 2; i++) {
            obj_t t = o->items[i];
            o->items[i] = o->items[o->len - 1 - i];
            o->items[o->len - 1 - i] = t;
        }
    obj_t l = obj_new_list(o->len, o->items);
    mem_free(o->items);
    return l;
}

/* ---- argument helpers ---- */

/* Data of an argument of self's kind (str for str, any buffer for bytes
 * and bytearray); NULL when arg has another type. */
static const char *arg_get(const bs_t *v, obj_t arg, size_t *len)
{
    if (v->kind == BS_STR) {
        if (!str_check(arg))
            return NULL;
        return str_get_data(arg, len);
    }
    buffer_info_t info;
    if (!bytes_get_buffer(arg, &info))
        return NULL;
    *len = info.len;
    return info.buf;
}

/* Like arg_get but raising CPython's generic message on a type mismatch. */
static const char *arg_need(const bs_t *v, obj_t arg, size_t *len)
{
    const char *s = arg_get(v, arg, len);
    if (s == NULL) {
        if (v->kind == BS_STR)
            raise_fmt(&type_TypeError, "must be str, not %T", arg);
        raise_fmt(&type_TypeError, "a bytes-like object is required, not '%T'", arg);
    }
    return s;
}

/* The needle of find/count/index: for bytes also an int 0..255. */
static const char *arg_sub(const bs_t *v, obj_t arg, size_t *len, char *byte)
{
    if (v->kind != BS_STR) {
        intptr_t b;
        if (obj_is_int(arg)) {
            if (!obj_get_int_maybe(arg, &b) || b < 0 || b > 255)
                raise_msg(&type_ValueError, "byte must be in range(0, 256)");
            *byte = (char)b;
            *len = 1;
            return byte;
        }
        const char *s = arg_get(v, arg, len);
        if (s == NULL)
            raise_fmt(&type_TypeError,
                      "argument should be integer or bytes-like object, not '%T'", arg);
        return s;
    }
    return arg_need(v, arg, len);
}

/* Clamp a slice bound; absent = OBJ_NULL or None. */
static intptr_t bound(obj_t o, intptr_t dflt)
{
    if (o == OBJ_NULL || o == OBJ_NONE)
        return dflt;
    intptr_t i;
    if (obj_get_int_maybe(o, &i))
        return i;
    if (obj_is_int(o))
        return obj_is_true(compare_op(BOP_LT, o, obj_new_small_int(0))) ? INTPTR_MIN : INTPTR_MAX;
    if (obj_get_type(o)->flags & TYPE_FLAG_USER) {
        if (slice_index_maybe(o, &i))
            return i;
    }
    raise_msg(&type_TypeError,
              "slice indices must be integers or None or have an __index__ method");
}

void bytestr_range(obj_t start, obj_t end, size_t len, size_t *pstart, size_t *pend)
{
    intptr_t n = (intptr_t)len;
    intptr_t s = bound(start, 0), e = bound(end, n);
    if (s < 0) {
        s += n;
        if (s < 0)
            s = 0;
    }
    if (e < 0) {
        e += n;
        if (e < 0)
            e = 0;
    } else if (e > n) {
        e = n;
    }
    *pstart = (size_t)s;
    *pend = (size_t)e;
}

void bytestr_slice(obj_t slice, size_t len, intptr_t *start, intptr_t *step, size_t *count)
{
    intptr_t stop;
    slice_indices(slice, len, start, &stop, step);
    *count = slice_length(*start, stop, *step);
}

size_t bytestr_index(obj_t index, size_t len, const char *msg)
{
    intptr_t i = slice_get_index(index);
    if (i < 0)
        i += (intptr_t)len;
    if (i < 0 || (size_t)i >= len)
        raise_msg(&type_IndexError, msg);
    return (size_t)i;
}

static obj_t opt(size_t n, const obj_t *args, size_t i)
{
    return i < n ? args[i] : OBJ_NULL;
}

/* ---- raw search ---- */

intptr_t bytestr_find_raw(const char *hay, size_t n, const char *needle, size_t m)
{
    if (m == 0)
        return 0;
    if (m > n)
        return -1;
    const char *p = hay, *last = hay + (n - m);
    while (p <= last) {
        p = memchr(p, needle[0], (size_t)(last - p) + 1);
        if (p == NULL)
            return -1;
        if (memcmp(p, needle, m) == 0)
            return p - hay;
        p++;
    }
    return -1;
}

intptr_t bytestr_rfind_raw(const char *hay, size_t n, const char *needle, size_t m)
{
    if (m == 0)
        return (intptr_t)n;
    if (m > n)
        return -1;
    for (size_t i = n - m + 1; i-- > 0;)
        if (hay[i] == needle[0] && memcmp(hay + i, needle, m) == 0)
            return (intptr_t)i;
    return -1;
}

/* ---- find / index / count ---- */

/* Code point index of the match, -1 when absent. */
static intptr_t find_common(size_t n, const obj_t *args, bool reverse)
{
    bs_t v;
    bytestr_view(args[0], &v);
    char byte;
    size_t m;
    const char *sub = arg_sub(&v, args[1], &m, &byte);
    size_t start, end;
    bytestr_range(opt(n, args, 2), opt(n, args, 3), v.charlen, &start, &end);
    if (start > end)
        return -1;
    size_t b0 = boff(&v, start), b1 = boff(&v, end);
    intptr_t r = reverse ? bytestr_rfind_raw(v.s + b0, b1 - b0, sub, m)
                         : bytestr_find_raw(v.s + b0, b1 - b0, sub, m);
    if (r < 0)
        return -1;
    return (intptr_t)cpos(&v, b0 + (size_t)r);
}

static obj_t bs_find(size_t n, const obj_t *args)
{
    return obj_new_small_int(find_common(n, args, false));
}
BUILTIN_FUN_VAR(bytestr_find_obj, Q_find, 2, 4, bs_find);

static obj_t bs_rfind(size_t n, const obj_t *args)
{
    return obj_new_small_int(find_common(n, args, true));
}
BUILTIN_FUN_VAR(bytestr_rfind_obj, Q_rfind, 2, 4, bs_rfind);

static obj_t index_common(size_t n, const obj_t *args, bool reverse)
{
    intptr_t r = find_common(n, args, reverse);
    if (r < 0)
        raise_msg(&type_ValueError, str_check(args[0]) ? "substring not found"
                                                       : "subsection not found");
    return obj_new_small_int(r);
}

static obj_t bs_index(size_t n, const obj_t *args)
{
    return index_common(n, args, false);
}
BUILTIN_FUN_VAR(bytestr_index_obj, Q_index, 2, 4, bs_index);

static obj_t bs_rindex(size_t n, const obj_t *args)
{
    return index_common(n, args, true);
}
BUILTIN_FUN_VAR(bytestr_rindex_obj, Q_rindex, 2, 4, bs_rindex);

static obj_t bs_count(size_t n, const obj_t *args)
{
    bs_t v;
    bytestr_view(args[0], &v);
    char byte;
    size_t m;
    const char *sub = arg_sub(&v, args[1], &m, &byte);
    size_t start, end;
    bytestr_range(opt(n, args, 2), opt(n, args, 3), v.charlen, &start, &end);
    if (start > end)
        return obj_new_small_int(0);
    if (m == 0)
        return obj_new_small_int((intptr_t)(end - start + 1));
    size_t b = boff(&v, start), b1 = boff(&v, end), count = 0;
    for (;;) {
        intptr_t r = bytestr_find_raw(v.s + b, b1 - b, sub, m);
        if (r < 0)
            break;
        count++;
        b += (size_t)r + m;
    }
    return obj_new_small_int((intptr_t)count);
}
BUILTIN_FUN_VAR(bytestr_count_obj, Q_count, 2, 4, bs_count);

/* ---- startswith / endswith ---- */

static bool tail_match(const bs_t *v, const char *sub, size_t m, size_t start, size_t end,
                       bool at_end)
{
    if (start > v->charlen)
        return false;
    size_t b0 = boff(v, start), b1 = boff(v, end);
    if (b1 < b0 || b1 - b0 < m)
        return false;
    const char *p = at_end ? v->s + b1 - m : v->s + b0;
    return memcmp(p, sub, m) == 0;
}

static obj_t match_common(size_t n, const obj_t *args, bool at_end)
{
    const char *name = at_end ? "endswith" : "startswith";
    bs_t v;
    bytestr_view(args[0], &v);
    size_t start, end;
    bytestr_range(opt(n, args, 2), opt(n, args, 3), v.charlen, &start, &end);
    obj_t prefix = args[1];
    size_t m;
    if (obj_is_type(prefix, &type_tuple)) {
        obj_tuple_t *t = prefix;
        for (size_t i = 0; i < t->len; i++) {
            const char *sub = arg_get(&v, t->items[i], &m);
            if (sub == NULL) {
                if (v.kind == BS_STR)
                    raise_fmt(&type_TypeError, "tuple for %s must only contain str, not %T",
                              name, t->items[i]);
                raise_fmt(&type_TypeError, "a bytes-like object is required, not '%T'",
                          t->items[i]);
            }
            if (tail_match(&v, sub, m, start, end, at_end))
                return OBJ_TRUE;
        }
        return OBJ_FALSE;
    }
    const char *sub = arg_get(&v, prefix, &m);
    if (sub == NULL) {
        if (v.kind == BS_STR)
            raise_fmt(&type_TypeError, "%s first arg must be str or a tuple of str, not %T",
                      name, prefix);
        raise_fmt(&type_TypeError, "%s first arg must be bytes or a tuple of bytes, not %T",
                  name, prefix);
    }
    return obj_new_bool(tail_match(&v, sub, m, start, end, at_end));
}

static obj_t bs_startswith(size_t n, const obj_t *args)
{
    return match_common(n, args, false);
}
BUILTIN_FUN_VAR(bytestr_startswith_obj, Q_startswith, 2, 4, bs_startswith);

static obj_t bs_endswith(size_t n, const obj_t *args)
{
    return match_common(n, args, true);
}
BUILTIN_FUN_VAR(bytestr_endswith_obj, Q_endswith, 2, 4, bs_endswith);

#include "bytestr_split.c.h"

#include "bytestr_edit.c.h"

