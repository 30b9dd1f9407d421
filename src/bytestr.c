/*
 * Searching, splitting, joining, stripping and padding methods shared by
 * str, bytes and bytearray (see bytestr.h).
 *
 * Positions in arguments and results count code points for str and bytes
 * otherwise; they are converted to byte offsets once per call. Searching
 * works on the UTF-8 bytes directly: a valid UTF-8 needle can only match at
 * code point boundaries of a valid haystack.
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

/* ---- split ---- */

static void split_ws(const bs_t *v, intptr_t maxsplit, objvec_t *out)
{
    size_t i = 0, n = v->len;
    for (;;) {
        size_t j = i;
        while (i < n) {
            j = i;
            if (!is_ws(v, next_cp(v, &j)))
                break;
            i = j;
        }
        if (i >= n)
            return;
        if (maxsplit == 0) {
            size_t e = n;
            ov_push(out, sub_new(v, i, e));
            return;
        }
        size_t start = i;
        while (i < n) {
            j = i;
            if (is_ws(v, next_cp(v, &j)))
                break;
            i = j;
        }
        ov_push(out, sub_new(v, start, i));
        if (maxsplit > 0)
            maxsplit--;
    }
}

static void rsplit_ws(const bs_t *v, intptr_t maxsplit, objvec_t *out)
{
    size_t i = v->len;
    for (;;) {
        size_t j;
        while (i > 0) {
            j = i;
            if (!is_ws(v, prev_cp(v, &j)))
                break;
            i = j;
        }
        if (i == 0)
            return;
        if (maxsplit == 0) {
            ov_push(out, sub_new(v, 0, i));
            return;
        }
        size_t end = i;
        while (i > 0) {
            j = i;
            if (is_ws(v, prev_cp(v, &j)))
                break;
            i = j;
        }
        ov_push(out, sub_new(v, i, end));
        if (maxsplit > 0)
            maxsplit--;
    }
}

static obj_t split_common(size_t n, const obj_t *args, map_t *kw, bool reverse)
{
    static const arg_spec_t spec[] = {
        {Q_sep, 0, OBJ_NONE},
        {Q_maxsplit, 0, ROM_INT(-1)},
    };
    obj_t a[2];
    arg_parse(reverse ? "rsplit" : "split", n - 1, args + 1, kw, 2, spec, a);
    bs_t v;
    bytestr_view(args[0], &v);
    intptr_t maxsplit = slice_get_index(a[1]);
    objvec_t out = {NULL, 0, 0};
    if (a[0] == OBJ_NONE) {
        if (reverse)
            rsplit_ws(&v, maxsplit, &out);
        else
            split_ws(&v, maxsplit, &out);
        return ov_to_list(&out, reverse);
    }
    size_t m;
    const char *sep = arg_get(&v, a[0], &m);
    if (sep == NULL) {
        if (v.kind == BS_STR)
            raise_fmt(&type_TypeError, "must be str or None, not %T", a[0]);
        raise_fmt(&type_TypeError, "a bytes-like object is required, not '%T'", a[0]);
    }
    if (m == 0)
        raise_msg(&type_ValueError, "empty separator");
    if (!reverse) {
        size_t b = 0;
        while (maxsplit != 0) {
            intptr_t r = bytestr_find_raw(v.s + b, v.len - b, sep, m);
            if (r < 0)
                break;
            ov_push(&out, sub_new(&v, b, b + (size_t)r));
            b += (size_t)r + m;
            if (maxsplit > 0)
                maxsplit--;
        }
        ov_push(&out, sub_new(&v, b, v.len));
        return ov_to_list(&out, false);
    }
    size_t e = v.len;
    while (maxsplit != 0) {
        intptr_t r = bytestr_rfind_raw(v.s, e, sep, m);
        if (r < 0)
            break;
        ov_push(&out, sub_new(&v, (size_t)r + m, e));
        e = (size_t)r;
        if (maxsplit > 0)
            maxsplit--;
    }
    ov_push(&out, sub_new(&v, 0, e));
    return ov_to_list(&out, true);
}

static obj_t bs_split(size_t n, const obj_t *args, map_t *kw)
{
    return split_common(n, args, kw, false);
}
BUILTIN_FUN_KW(bytestr_split_obj, Q_split, 1, bs_split);

static obj_t bs_rsplit(size_t n, const obj_t *args, map_t *kw)
{
    return split_common(n, args, kw, true);
}
BUILTIN_FUN_KW(bytestr_rsplit_obj, Q_rsplit, 1, bs_rsplit);

static obj_t bs_splitlines(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {{Q_keepends, 0, OBJ_FALSE}};
    obj_t keep_obj;
    arg_parse("splitlines", n - 1, args + 1, kw, 1, spec, &keep_obj);
    if (obj_get_type(keep_obj) == &type_float)
        raise_msg(&type_TypeError, "'float' object cannot be interpreted as an integer");
    bool keep = obj_is_true(keep_obj);
    bs_t v;
    bytestr_view(args[0], &v);
    objvec_t out = {NULL, 0, 0};
    size_t i = 0, start = 0;
    while (i < v.len) {
        size_t at = i;
        uint32_t c = next_cp(&v, &i);
        bool brk = v.kind == BS_STR ? unichar_islinebreak(c) : (c == '\n' || c == '\r');
        if (!brk)
            continue;
        if (c == '\r' && i < v.len && v.s[i] == '\n')
            i++;
        ov_push(&out, sub_new(&v, start, keep ? i : at));
        start = i;
    }
    if (start < v.len)
        ov_push(&out, sub_new(&v, start, v.len));
    return ov_to_list(&out, false);
}
BUILTIN_FUN_KW(bytestr_splitlines_obj, Q_splitlines, 1, bs_splitlines);

/* ---- join ---- */

static obj_t bs_join(obj_t self, obj_t iterable)
{
    bs_t v;
    bytestr_view(self, &v);
    obj_t it;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        it = getiter(iterable, NULL);
        nlr_pop();
    } else {
        if (exception_is(nlr.value, &type_TypeError))
            raise_msg(&type_TypeError, "can only join an iterable");
        raise_obj(nlr.value);
    }
    objvec_t items = {NULL, 0, 0};
    size_t total = 0;
    for (obj_t x; (x = iternext(it)) != OBJ_STOP_ITERATION;) {
        size_t m;
        if (arg_get(&v, x, &m) == NULL) {
            if (v.kind == BS_STR)
                raise_fmt(&type_TypeError, "sequence item %zu: expected str instance, %T found",
                          items.len, x);
            raise_fmt(&type_TypeError,
                      "sequence item %zu: expected a bytes-like object, %T found", items.len, x);
        }
        total += m;
        ov_push(&items, x);
    }
    if (items.len == 1 && v.kind == BS_STR && obj_is_str(items.items[0]))
        return items.items[0];
    bytestr_view(self, &v); /* iteration may have resized a bytearray self */
    vstr_t out;
    vstr_init(&out, total + v.len * (items.len ? items.len - 1 : 0));
    for (size_t i = 0; i < items.len; i++) {
        size_t m;
        const char *s = arg_get(&v, items.items[i], &m);
        if (i)
            vstr_add_strn(&out, v.s, v.len);
        vstr_add_strn(&out, s, m);
    }
    mem_free(items.items);
    return bytestr_from_vstr(v.kind, &out);
}
BUILTIN_FUN_2(bytestr_join_obj, Q_join, bs_join);

/* ---- strip ---- */

static bool in_chars(const bs_t *v, const char *chars, size_t m, uint32_t c)
{
    if (chars == NULL)
        return is_ws(v, c);
    if (v->kind != BS_STR || c < 0x80)
        return c < 0x100 && memchr(chars, (int)c, m) != NULL;
    char enc[4];
    size_t k = utf8_encode(c, enc);
    return bytestr_find_raw(chars, m, enc, k) >= 0;
}

static obj_t strip_common(size_t n, const obj_t *args, int which, const char *name)
{
    bs_t v;
    bytestr_view(args[0], &v);
    const char *chars = NULL;
    size_t m = 0;
    if (n > 1 && args[1] != OBJ_NONE) {
        chars = arg_get(&v, args[1], &m);
        if (chars == NULL) {
            if (v.kind == BS_STR)
                raise_fmt(&type_TypeError, "%s arg must be None or str", name);
            raise_fmt(&type_TypeError, "a bytes-like object is required, not '%T'", args[1]);
        }
    }
    size_t b0 = 0, b1 = v.len;
    if (which & 1)
        while (b0 < b1) {
            size_t j = b0;
            if (!in_chars(&v, chars, m, next_cp(&v, &j)))
                break;
            b0 = j;
        }
    if (which & 2)
        while (b1 > b0) {
            size_t j = b1;
            if (!in_chars(&v, chars, m, prev_cp(&v, &j)))
                break;
            b1 = j;
        }
    if (b0 == 0 && b1 == v.len)
        return same(args[0], &v);
    return sub_new(&v, b0, b1);
}

static obj_t bs_strip(size_t n, const obj_t *args)
{
    return strip_common(n, args, 3, "strip");
}
BUILTIN_FUN_VAR(bytestr_strip_obj, Q_strip, 1, 2, bs_strip);

static obj_t bs_lstrip(size_t n, const obj_t *args)
{
    return strip_common(n, args, 1, "lstrip");
}
BUILTIN_FUN_VAR(bytestr_lstrip_obj, Q_lstrip, 1, 2, bs_lstrip);

static obj_t bs_rstrip(size_t n, const obj_t *args)
{
    return strip_common(n, args, 2, "rstrip");
}
BUILTIN_FUN_VAR(bytestr_rstrip_obj, Q_rstrip, 1, 2, bs_rstrip);

/* ---- replace ---- */

static obj_t bs_replace(size_t n, const obj_t *args)
{
    bs_t v;
    bytestr_view(args[0], &v);
    size_t no, nn;
    const char *old = arg_get(&v, args[1], &no);
    const char *new = old ? arg_get(&v, args[2], &nn) : NULL;
    if (old == NULL || new == NULL) {
        obj_t bad = old == NULL ? args[1] : args[2];
        if (v.kind == BS_STR)
            raise_fmt(&type_TypeError, "replace() argument %d must be str, not %s",
                      old == NULL ? 1 : 2, str_arg_tname(bad));
        raise_fmt(&type_TypeError, "a bytes-like object is required, not '%T'", bad);
    }
    intptr_t count = n > 3 ? slice_get_index(args[3]) : -1;
    vstr_t out;
    vstr_init(&out, v.len);
    size_t b = 0;
    if (no == 0) {
        /* insert before every code point and at the end */
        while (count != 0) {
            vstr_add_strn(&out, new, nn);
            if (count > 0)
                count--;
            if (b >= v.len)
                break;
            size_t j = b;
            next_cp(&v, &j);
            vstr_add_strn(&out, v.s + b, j - b);
            b = j;
        }
        vstr_add_strn(&out, v.s + b, v.len - b);
        return bytestr_from_vstr(v.kind, &out);
    }
    bool changed = false;
    while (count != 0) {
        intptr_t r = bytestr_find_raw(v.s + b, v.len - b, old, no);
        if (r < 0)
            break;
        vstr_add_strn(&out, v.s + b, (size_t)r);
        vstr_add_strn(&out, new, nn);
        b += (size_t)r + no;
        changed = true;
        if (count > 0)
            count--;
    }
    if (!changed)
        return same(args[0], &v);
    vstr_add_strn(&out, v.s + b, v.len - b);
    return bytestr_from_vstr(v.kind, &out);
}
BUILTIN_FUN_VAR(bytestr_replace_obj, Q_replace, 3, 4, bs_replace);

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

/* ---- partition ---- */

static obj_t partition_common(obj_t self, obj_t sep_obj, bool reverse)
{
    bs_t v;
    bytestr_view(self, &v);
    size_t m;
    const char *sep = arg_need(&v, sep_obj, &m);
    if (m == 0)
        raise_msg(&type_ValueError, "empty separator");
    intptr_t r = reverse ? bytestr_rfind_raw(v.s, v.len, sep, m)
                         : bytestr_find_raw(v.s, v.len, sep, m);
    obj_t items[3];
    if (r < 0) {
        obj_t empty = bytestr_new(v.kind, "", 0);
        obj_t whole = same(self, &v);
        items[reverse ? 0 : 1] = empty;
        items[reverse ? 1 : 2] = v.kind == BS_BYTEARRAY ? bytestr_new(v.kind, "", 0) : empty;
        items[reverse ? 2 : 0] = whole;
    } else {
        items[0] = sub_new(&v, 0, (size_t)r);
        items[1] = v.kind == BS_BYTEARRAY ? bytestr_new(v.kind, sep, m)
                                          : (obj_is_type(sep_obj, obj_get_type(self)) ||
                                             (v.kind == BS_STR && obj_is_qstr(sep_obj)))
                                                ? sep_obj
                                                : bytestr_new(v.kind, sep, m);
        items[2] = sub_new(&v, (size_t)r + m, v.len);
    }
    return obj_new_tuple(3, items);
}

static obj_t bs_partition(obj_t self, obj_t sep)
{
    return partition_common(self, sep, false);
}
BUILTIN_FUN_2(bytestr_partition_obj, Q_partition, bs_partition);

static obj_t bs_rpartition(obj_t self, obj_t sep)
{
    return partition_common(self, sep, true);
}
BUILTIN_FUN_2(bytestr_rpartition_obj, Q_rpartition, bs_rpartition);

/* ---- padding ---- */

/* The fill character argument as UTF-8 / one byte. */
static size_t fill_arg(const bs_t *v, size_t n, const obj_t *args, const char *name, char *fill)
{
    if (n < 3) {
        fill[0] = ' ';
        return 1;
    }
    obj_t f = args[2];
    size_t m;
    if (v->kind == BS_STR) {
        if (!str_check(f))
            raise_fmt(&type_TypeError, "The fill character must be a unicode character, not %T",
                      f);
        const char *s = str_get_data(f, &m);
        if (str_get_charlen(f) != 1)
            raise_msg(&type_TypeError, "The fill character must be exactly one character long");
        memcpy(fill, s, m);
        return m;
    }
    const char *s = NULL;
    if (bytes_check(f) || bytearray_check(f))
        s = str_get_data(f, &m);
    if (s == NULL || m != 1)
        raise_fmt(&type_TypeError, "%s() argument 2 must be a byte string of length 1, not %s",
                  name, str_arg_tname(f));
    fill[0] = s[0];
    return 1;
}

static void add_fill(vstr_t *out, const char *fill, size_t fl, size_t count)
{
    for (size_t i = 0; i < count; i++)
        vstr_add_strn(out, fill, fl);
}

/* align: '<' ljust, '>' rjust, '^' center */
static obj_t pad_common(size_t n, const obj_t *args, char align, const char *name)
{
    bs_t v;
    bytestr_view(args[0], &v);
    intptr_t width = slice_get_index(args[1]);
    char fill[4];
    size_t fl = fill_arg(&v, n, args, name, fill);
    if (width <= 0 || (size_t)width <= v.charlen)
        return same(args[0], &v);
    size_t marg = (size_t)width - v.charlen, left;
    if (align == '<')
        left = 0;
    else if (align == '>')
        left = marg;
    else
        left = marg / 2 + (marg & (size_t)width & 1);
    vstr_t out;
    vstr_init(&out, v.len + marg * fl);
    add_fill(&out, fill, fl, left);
    vstr_add_strn(&out, v.s, v.len);
    add_fill(&out, fill, fl, marg - left);
    return bytestr_from_vstr(v.kind, &out);
}

static obj_t bs_center(size_t n, const obj_t *args)
{
    return pad_common(n, args, '^', "center");
}
BUILTIN_FUN_VAR(bytestr_center_obj, Q_center, 2, 3, bs_center);

static obj_t bs_ljust(size_t n, const obj_t *args)
{
    return pad_common(n, args, '<', "ljust");
}
BUILTIN_FUN_VAR(bytestr_ljust_obj, Q_ljust, 2, 3, bs_ljust);

static obj_t bs_rjust(size_t n, const obj_t *args)
{
    return pad_common(n, args, '>', "rjust");
}
BUILTIN_FUN_VAR(bytestr_rjust_obj, Q_rjust, 2, 3, bs_rjust);

static obj_t bs_zfill(obj_t self, obj_t width_obj)
{
    bs_t v;
    bytestr_view(self, &v);
    intptr_t width = slice_get_index(width_obj);
    if (width <= 0 || (size_t)width <= v.charlen)
        return same(self, &v);
    size_t fill = (size_t)width - v.charlen;
    vstr_t out;
    vstr_init(&out, v.len + fill);
    size_t b = 0;
    if (v.len && (v.s[0] == '+' || v.s[0] == '-')) {
        vstr_add_char(&out, v.s[0]);
        b = 1;
    }
    for (size_t i = 0; i < fill; i++)
        vstr_add_char(&out, '0');
    vstr_add_strn(&out, v.s + b, v.len - b);
    return bytestr_from_vstr(v.kind, &out);
}
BUILTIN_FUN_2(bytestr_zfill_obj, Q_zfill, bs_zfill);

static obj_t bs_expandtabs(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {{Q_tabsize, 0, ROM_INT(8)}};
    obj_t ts;
    arg_parse("expandtabs", n - 1, args + 1, kw, 1, spec, &ts);
    intptr_t tabsize = slice_get_index(ts);
    bs_t v;
    bytestr_view(args[0], &v);
    if (memchr(v.s, '\t', v.len) == NULL)
        return same(args[0], &v);
    vstr_t out;
    vstr_init(&out, v.len + 8);
    size_t col = 0, i = 0;
    while (i < v.len) {
        size_t at = i;
        uint32_t c = next_cp(&v, &i);
        if (c == '\t') {
            if (tabsize > 0) {
                size_t k = (size_t)tabsize - col % (size_t)tabsize;
                for (size_t j = 0; j < k; j++)
                    vstr_add_char(&out, ' ');
                col += k;
            }
            continue;
        }
        vstr_add_strn(&out, v.s + at, i - at);
        col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
    return bytestr_from_vstr(v.kind, &out);
}
BUILTIN_FUN_KW(bytestr_expandtabs_obj, Q_expandtabs, 1, bs_expandtabs);

/* ---- removeprefix / removesuffix ---- */

static obj_t remove_common(obj_t self, obj_t arg, bool suffix)
{
    bs_t v;
    bytestr_view(self, &v);
    size_t m;
    const char *s = arg_get(&v, arg, &m);
    if (s == NULL) {
        if (v.kind == BS_STR)
            raise_fmt(&type_TypeError, "%s() argument must be str, not %s",
                      suffix ? "removesuffix" : "removeprefix", str_arg_tname(arg));
        raise_fmt(&type_TypeError, "a bytes-like object is required, not '%T'", arg);
    }
    if (m == 0 || m > v.len)
        return same(self, &v);
    if (suffix) {
        if (memcmp(v.s + v.len - m, s, m) != 0)
            return same(self, &v);
        return sub_new(&v, 0, v.len - m);
    }
    if (memcmp(v.s, s, m) != 0)
        return same(self, &v);
    return sub_new(&v, m, v.len);
}

static obj_t bs_removeprefix(obj_t self, obj_t arg)
{
    return remove_common(self, arg, false);
}
BUILTIN_FUN_2(bytestr_removeprefix_obj, Q_removeprefix, bs_removeprefix);

static obj_t bs_removesuffix(obj_t self, obj_t arg)
{
    return remove_common(self, arg, true);
}
BUILTIN_FUN_2(bytestr_removesuffix_obj, Q_removesuffix, bs_removesuffix);
