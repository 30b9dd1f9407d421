/*
 * bytes: immutable byte strings (obj_str_t with type_bytes, charlen == len),
 * plus what bytes and bytearray share beyond bytestr.c: construction from
 * a source object, comparison, iteration, hex/fromhex, decode, translate.
 */
#include <string.h>

#include "bytestr.h"
#include "codec.h"
#include "mem.h"
#include "obj_slice.h"
#include "obj_str.h"
#include "runtime.h"

obj_t obj_new_bytes(const void *s, size_t len)
{
    return str_alloc_copy(&type_bytes, s, len, len);
}

bool bytes_get_buffer(obj_t o, buffer_info_t *info)
{
    if (!obj_is_ptr(o))
        return false;
    o = str_unwrap(o);
    if (!obj_is_ptr(o))
        return false;
    const type_t *t = ((obj_base_t *)o)->type;
    if (t->buffer == NULL)
        return false;
    return t->buffer(o, info, BUFFER_READ) == 0;
}

/* ---- construction (bytes() and bytearray()) ---- */

static void add_byte_value(vstr_t *out, obj_t item, const char *tname)
{
    intptr_t b = slice_get_index(item);
    if (b < 0 || b > 255)
        raise_msg(&type_ValueError, tname[4] == 's' ? "bytes must be in range(0, 256)"
                                                    : "byte must be in range(0, 256)");
    vstr_add_char(out, (char)b);
}

void bytes_build(vstr_t *out, size_t n_args, size_t n_kw, const obj_t *args, const char *tname)
{
    static const arg_spec_t spec[] = {
        {Q_source, 0, OBJ_NULL},
        {Q_encoding, 0, OBJ_NULL},
        {Q_errors, 0, OBJ_NULL},
    };
    obj_t a[3];
    arg_parse_all(tname, n_args, n_kw, args, 3, spec, a);
    obj_t src = a[0];
    if (a[1] != OBJ_NULL && !str_check(a[1]))
        raise_fmt(&type_TypeError, "%s() argument 'encoding' must be str, not %s", tname,
                  str_arg_tname(a[1]));
    if (a[2] != OBJ_NULL && !str_check(a[2]))
        raise_fmt(&type_TypeError, "%s() argument 'errors' must be str, not %s", tname,
                  str_arg_tname(a[2]));
    if (src == OBJ_NULL || !str_check(src)) {
        if (a[1] != OBJ_NULL)
            raise_msg(&type_TypeError, "encoding without a string argument");
        if (a[2] != OBJ_NULL)
            raise_msg(&type_TypeError, "errors without a string argument");
    }
    if (src == OBJ_NULL)
        return;
    if (str_check(src)) {
        if (a[1] == OBJ_NULL)
            raise_msg(&type_TypeError, "string argument without an encoding");
        obj_t b = codec_encode(src, a[1], a[2]);
        size_t len;
        const char *s = str_get_data(b, &len);
        vstr_add_strn(out, s, len);
        return;
    }
    if (strcmp(tname, "bytes") == 0 && !obj_is_int(src)) {
        obj_t dest[2];
        load_method_maybe(src, Q___bytes__, dest);
        if (dest[0] != OBJ_NULL) {
            obj_t r = call_method(0, 0, dest);
            if (!bytes_check(r))
                raise_fmt(&type_TypeError, "__bytes__ returned non-bytes (type %T)", r);
            size_t len;
            const char *s = str_get_data(r, &len);
            vstr_add_strn(out, s, len);
            return;
        }
    }
    intptr_t n;
    if (slice_index_maybe(src, &n)) {
        if (n < 0)
            raise_msg(&type_ValueError, "negative count");
        memset(vstr_extend(out, (size_t)n), 0, (size_t)n);
        return;
    }
    buffer_info_t info;
    if (bytes_get_buffer(src, &info)) {
        vstr_add_strn(out, info.buf, info.len);
        return;
    }
    if (obj_is_type(src, &type_list) || obj_is_type(src, &type_tuple)) {
        /* list and tuple both keep len right after the header */
        size_t len = obj_is_type(src, &type_list) ? ((obj_list_t *)src)->len
                                                  : ((obj_tuple_t *)src)->len;
        obj_t *items = obj_is_type(src, &type_list) ? ((obj_list_t *)src)->items
                                                    : ((obj_tuple_t *)src)->items;
        for (size_t i = 0; i < len; i++)
            add_byte_value(out, items[i], tname);
        return;
    }
    obj_t it;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        it = getiter(src, NULL);
        nlr_pop();
    } else {
        if (exception_is(nlr.value, &type_TypeError))
            raise_fmt(&type_TypeError, "cannot convert '%T' object to %s", src, tname);
        raise_obj(nlr.value);
    }
    for (obj_t x; (x = iternext(it)) != OBJ_STOP_ITERATION;)
        add_byte_value(out, x, tname);
}

static obj_t bytes_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    if (n_args == 0 && n_kw == 0)
        return obj_new_bytes("", 0);
    if (n_args == 1 && n_kw == 0 && obj_is_type(args[0], &type_bytes))
        return args[0];
    vstr_t v;
    vstr_init(&v, 16);
    bytes_build(&v, n_args, n_kw, args, "bytes");
    return vstr_to_bytes(&v);
}

/* ---- printing, operators ---- */

void bytes_print_repr(const print_t *p, const char *s, size_t len)
{
    str_print_quoted(p, s, len, STR_QUOTE_BYTES);
}

static void bytes_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    size_t len;
    const char *s = str_get_data(o, &len);
    bytes_print_repr(p, s, len);
}

obj_t bytes_compare(binary_op_t op, obj_t lhs, obj_t rhs)
{
    if (!bytes_check(rhs) && !bytearray_check(rhs))
        return OBJ_NULL;
    size_t na, nb;
    const char *a = str_get_data(lhs, &na), *b = str_get_data(rhs, &nb);
    int c = memcmp(a, b, na < nb ? na : nb);
    if (c == 0)
        c = na < nb ? -1 : na > nb ? 1 : 0;
    switch (op) {
    case BOP_EQ: return obj_new_bool(na == nb && c == 0);
    case BOP_NE: return obj_new_bool(na != nb || c != 0);
    case BOP_LT: return obj_new_bool(c < 0);
    case BOP_GT: return obj_new_bool(c > 0);
    case BOP_LE: return obj_new_bool(c <= 0);
    default: return obj_new_bool(c >= 0);
    }
}

bool bytes_contains(obj_t self, obj_t item)
{
    size_t n, m;
    const char *s = str_get_data(self, &n);
    if (obj_is_int(item)) {
        intptr_t b;
        if (!obj_get_int_maybe(item, &b) || b < 0 || b > 255)
            raise_msg(&type_ValueError, "byte must be in range(0, 256)");
        return n && memchr(s, (int)b, n) != NULL;
    }
    buffer_info_t info;
    if (!bytes_get_buffer(item, &info)) {
        intptr_t b;
        if (slice_index_maybe(item, &b))
            return bytes_contains(self, obj_new_small_int(b));
        raise_fmt(&type_TypeError, "a bytes-like object is required, not '%T'", item);
    }
    m = info.len;
    return bytestr_find_raw(s, n, info.buf, m) >= 0;
}

static obj_t bytes_unary_op(unary_op_t op, obj_t o)
{
    size_t len;
    str_get_data(o, &len);
    switch (op) {
    case UOP_BOOL:
        return obj_new_bool(len != 0);
    case UOP_LEN:
        return obj_new_small_int((intptr_t)len);
    case UOP_HASH: {
        uintptr_t h = str_hash(o);
        if (h <= (uintptr_t)SMALL_INT_MAX)
            return obj_new_small_int((intptr_t)h);
        return obj_new_int_from_uint(h);
    }
    default:
        return OBJ_NULL;
    }
}

/* Repetition of bytes-like data; OBJ_NULL when count is a user object that
 * may implement the reflected operation. */
obj_t bytes_repeat(bs_kind_t kind, const char *s, size_t len, obj_t count)
{
    intptr_t n;
    if (!slice_index_maybe(count, &n)) {
        if (obj_get_type(count)->flags & TYPE_FLAG_USER)
            return OBJ_NULL;
        raise_fmt(&type_TypeError, "can't multiply sequence by non-int of type '%T'", count);
    }
    if (n < 0)
        n = 0;
    if (len && (size_t)n > ((size_t)-1 >> 1) / len)
        raise_memory_error();
    vstr_t v;
    vstr_init(&v, len * (size_t)n);
    for (intptr_t i = 0; i < n; i++)
        vstr_add_strn(&v, s, len);
    return bytestr_from_vstr(kind, &v);
}

static obj_t bytes_binary_op(binary_op_t op, obj_t lhs, obj_t rhs)
{
    if (!bytes_check(lhs)) {
        obj_t t = lhs;
        lhs = rhs;
        rhs = t;
    }
    size_t len;
    const char *s = str_get_data(lhs, &len);
    switch (op) {
    case BOP_ADD:
    case BOP_INPLACE_ADD: {
        buffer_info_t info;
        if (!bytes_get_buffer(rhs, &info)) {
            if (obj_get_type(rhs)->flags & TYPE_FLAG_USER)
                return OBJ_NULL;
            raise_fmt(&type_TypeError, "can't concat %T to bytes", rhs);
        }
        if (info.len == 0 && obj_is_type(lhs, &type_bytes))
            return lhs;
        vstr_t v;
        vstr_init(&v, len + info.len);
        vstr_add_strn(&v, s, len);
        vstr_add_strn(&v, info.buf, info.len);
        return vstr_to_bytes(&v);
    }
    case BOP_MUL:
    case BOP_INPLACE_MUL:
    case BOP_REVERSE_MUL:
        return bytes_repeat(BS_BYTES, s, len, rhs);
    case BOP_MOD:
    case BOP_INPLACE_MOD:
        return format_percent(lhs, rhs);
    case BOP_IN:
    case BOP_NOT_IN:
        return obj_new_bool(bytes_contains(lhs, rhs) == (op == BOP_IN));
    case BOP_EQ:
    case BOP_NE:
    case BOP_LT:
    case BOP_GT:
    case BOP_LE:
    case BOP_GE:
        return bytes_compare(op, lhs, rhs);
    default:
        return OBJ_NULL;
    }
}

static obj_t bytes_subscr(obj_t self, obj_t index, obj_t value)
{
    if (value != OBJ_SENTINEL)
        return OBJ_NULL;
    size_t len;
    const char *s = str_get_data(self, &len);
    if (obj_is_type(index, &type_slice)) {
        intptr_t start, step;
        size_t n;
        bytestr_slice(index, len, &start, &step, &n);
        if (step == 1) {
            if (n == len && obj_is_type(self, &type_bytes))
                return self;
            return obj_new_bytes(s + start, n);
        }
        vstr_t v;
        vstr_init(&v, n);
        for (size_t i = 0; i < n; i++)
            vstr_add_char(&v, s[start + (intptr_t)i * step]);
        return vstr_to_bytes(&v);
    }
    intptr_t i;
    if (!slice_index_maybe(index, &i))
        raise_fmt(&type_TypeError, "byte indices must be integers or slices, not %T", index);
    size_t k = bytestr_index(obj_new_small_int(i), len, "index out of range");
    return obj_new_small_int((uint8_t)s[k]);
}

/* ---- iteration (bytes and bytearray: re-reads the data every step) ---- */

typedef struct bytes_iter {
    obj_base_t base;
    obj_t seq;
    size_t index;
} bytes_iter_t;

static obj_t bytes_iter_next(obj_t self)
{
    bytes_iter_t *it = self;
    size_t len;
    const char *s = str_get_data(it->seq, &len);
    if (it->index >= len)
        return OBJ_STOP_ITERATION;
    return obj_new_small_int((uint8_t)s[it->index++]);
}

static const type_t type_bytes_iterator = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .name = Q_bytes_iterator,
    .getiter = obj_getiter_self,
    .iternext = bytes_iter_next,
};

obj_t bytes_getiter(obj_t self, iter_buf_t *buf)
{
    _Static_assert(sizeof(bytes_iter_t) <= sizeof(iter_buf_t), "iterator must fit iter_buf");
    bytes_iter_t *it = buf ? (bytes_iter_t *)buf : mem_alloc(sizeof(bytes_iter_t));
    it->base.type = &type_bytes_iterator;
    it->seq = self;
    it->index = 0;
    return it;
}

static int bytes_buffer(obj_t o, buffer_info_t *info, unsigned flags)
{
    if (flags & BUFFER_WRITE)
        return -1;
    obj_str_t *s = o;
    info->buf = (void *)s->data;
    info->len = s->len;
    info->typecode = 'B';
    return 0;
}

/* ---- methods shared with bytearray ---- */

static obj_t bytes_decode_m(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {
        {Q_encoding, 0, OBJ_NULL},
        {Q_errors, 0, OBJ_NULL},
    };
    obj_t a[2];
    arg_parse("decode", n - 1, args + 1, kw, 2, spec, a);
    if (a[0] != OBJ_NULL && !str_check(a[0]))
        raise_fmt(&type_TypeError, "decode() argument 'encoding' must be str, not %s",
                  str_arg_tname(a[0]));
    if (a[1] != OBJ_NULL && !str_check(a[1]))
        raise_fmt(&type_TypeError, "decode() argument 'errors' must be str, not %s",
                  str_arg_tname(a[1]));
    size_t len;
    const char *s = str_get_data(args[0], &len);
    return codec_decode(s, len, a[0], a[1]);
}
BUILTIN_FUN_KW(bytes_decode_obj, Q_decode, 1, bytes_decode_m);

static obj_t bytes_hex_m(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {
        {Q_sep, 0, OBJ_NULL},
        {Q_bytes_per_sep, 0, ROM_INT(1)},
    };
    obj_t a[2];
    arg_parse("hex", n - 1, args + 1, kw, 2, spec, a);
    size_t len;
    const char *s = str_get_data(args[0], &len);
    char sep = 0;
    if (a[0] != OBJ_NULL) {
        size_t m;
        const char *sd;
        if (str_check(a[0]) || bytes_check(a[0]) || bytearray_check(a[0])) {
            sd = str_get_data(a[0], &m);
            if (str_check(a[0]))
                m = str_get_charlen(a[0]); /* one non-ASCII char: "must be ASCII" */
        } else {
            m = obj_len(a[0]), sd = NULL;
        }
        if (m != 1 || sd == NULL) {
            if (sd == NULL)
                raise_fmt(&type_TypeError, "object of type '%T' has no len()", a[0]);
            raise_msg(&type_ValueError, "sep must be length 1.");
        }
        if ((uint8_t)sd[0] >= 0x80)
            raise_msg(&type_ValueError, "sep must be ASCII.");
        sep = sd[0];
    }
    intptr_t per = slice_get_index(a[1]);
    size_t group = per < 0 ? (size_t)-per : (size_t)per;
    if (sep == 0 || group == 0)
        group = 0;
    static const char hex[] = "0123456789abcdef";
    vstr_t v;
    vstr_init(&v, len * 3);
    for (size_t i = 0; i < len; i++) {
        if (group && i) {
            /* groups counted from the right for positive bytes_per_sep */
            size_t k = per > 0 ? len - i : i;
            if (k % group == 0)
                vstr_add_char(&v, sep);
        }
        vstr_add_char(&v, hex[(uint8_t)s[i] >> 4]);
        vstr_add_char(&v, hex[(uint8_t)s[i] & 15]);
    }
    return vstr_to_str(&v);
}
BUILTIN_FUN_KW(bytes_hex_obj, Q_hex, 1, bytes_hex_m);

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = (char)(c | 0x20);
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

static obj_t bytes_fromhex(obj_t cls, obj_t string)
{
    if (!str_check(string))
        raise_fmt(&type_TypeError, "fromhex() argument must be str, not %s",
                  str_arg_tname(string));
    size_t len;
    const char *s = str_get_data(string, &len);
    vstr_t v;
    vstr_init(&v, len / 2);
    size_t i = 0;
    for (;;) {
        while (i < len && (s[i] == ' ' || (s[i] >= 9 && s[i] <= 13)))
            i++;
        if (i >= len)
            break;
        int hi = hexval(s[i]);
        if (hi < 0)
            goto bad;
        i++;
        int lo = i < len ? hexval(s[i]) : -1;
        if (lo < 0)
            goto bad;
        i++;
        vstr_add_char(&v, (char)(hi * 16 + lo));
    }
    if (cls == (obj_t)&type_bytes)
        return vstr_to_bytes(&v);
    if (cls == (obj_t)&type_bytearray)
        return bytestr_from_vstr(BS_BYTEARRAY, &v);
    return call1(cls, vstr_to_bytes(&v));
bad:
    raise_fmt(&type_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu",
              i);
}
static BUILTIN_FUN_2(bytes_fromhex_fun_obj, Q_fromhex, bytes_fromhex);
CLASSMETHOD(bytes_fromhex_obj, &bytes_fromhex_fun_obj);

static obj_t bytes_maketrans(obj_t from, obj_t to)
{
    buffer_info_t a, b;
    if (!bytes_get_buffer(from, &a))
        raise_fmt(&type_TypeError, "a bytes-like object is required, not '%T'", from);
    if (!bytes_get_buffer(to, &b))
        raise_fmt(&type_TypeError, "a bytes-like object is required, not '%T'", to);
    if (a.len != b.len)
        raise_msg(&type_ValueError, "maketrans arguments must have same length");
    char table[256];
    for (int i = 0; i < 256; i++)
        table[i] = (char)i;
    for (size_t i = 0; i < a.len; i++)
        table[((uint8_t *)a.buf)[i]] = ((char *)b.buf)[i];
    return obj_new_bytes(table, 256);
}
static BUILTIN_FUN_2(bytes_maketrans_fun_obj, Q_maketrans, bytes_maketrans);
STATICMETHOD(bytes_maketrans_obj, &bytes_maketrans_fun_obj);

static obj_t bytes_translate(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {
        {Q_table, ARG_REQUIRED, OBJ_NULL},
        {Q_delete, 0, OBJ_NULL},
    };
    obj_t a[2];
    arg_parse("translate", n - 1, args + 1, kw, 2, spec, a);
    bs_t v;
    bytestr_view(args[0], &v);
    buffer_info_t table = {NULL, 0, 'B'}, del = {NULL, 0, 'B'};
    if (a[0] != OBJ_NONE) {
        if (!bytes_get_buffer(a[0], &table))
            raise_fmt(&type_TypeError, "a bytes-like object is required, not '%T'", a[0]);
        if (table.len != 256)
            raise_msg(&type_ValueError, "translation table must be 256 characters long");
    }
    if (a[1] != OBJ_NULL && !bytes_get_buffer(a[1], &del))
        raise_fmt(&type_TypeError, "a bytes-like object is required, not '%T'", a[1]);
    vstr_t out;
    vstr_init(&out, v.len);
    for (size_t i = 0; i < v.len; i++) {
        uint8_t c = (uint8_t)v.s[i];
        if (del.len && memchr(del.buf, c, del.len))
            continue;
        vstr_add_char(&out, table.buf ? ((char *)table.buf)[c] : (char)c);
    }
    return bytestr_from_vstr(v.kind, &out);
}
BUILTIN_FUN_KW(bytes_translate_obj, Q_translate, 2, bytes_translate);

static obj_t bytes_dunder_bytes(obj_t self)
{
    if (obj_is_type(self, &type_bytes))
        return self;
    size_t len;
    const char *s = str_get_data(self, &len);
    return obj_new_bytes(s, len);
}
static BUILTIN_FUN_1(bytes_dunder_bytes_obj, Q___bytes__, bytes_dunder_bytes);

static obj_t bytes_getnewargs(obj_t self)
{
    obj_t copy = bytes_dunder_bytes(self);
    return obj_new_tuple(1, &copy);
}
static BUILTIN_FUN_1(bytes_getnewargs_obj, Q___getnewargs__, bytes_getnewargs);

static const map_elem_t bytes_locals_table[] = {
    {ROM_QSTR(Q___bytes__), ROM_PTR(&bytes_dunder_bytes_obj)},
    {ROM_QSTR(Q___getnewargs__), ROM_PTR(&bytes_getnewargs_obj)},
    {ROM_QSTR(Q_capitalize), ROM_PTR(&bytestr_case_capitalize_obj)},
    {ROM_QSTR(Q_center), ROM_PTR(&bytestr_center_obj)},
    {ROM_QSTR(Q_count), ROM_PTR(&bytestr_count_obj)},
    {ROM_QSTR(Q_decode), ROM_PTR(&bytes_decode_obj)},
    {ROM_QSTR(Q_endswith), ROM_PTR(&bytestr_endswith_obj)},
    {ROM_QSTR(Q_expandtabs), ROM_PTR(&bytestr_expandtabs_obj)},
    {ROM_QSTR(Q_find), ROM_PTR(&bytestr_find_obj)},
    {ROM_QSTR(Q_fromhex), ROM_PTR(&bytes_fromhex_obj)},
    {ROM_QSTR(Q_hex), ROM_PTR(&bytes_hex_obj)},
    {ROM_QSTR(Q_index), ROM_PTR(&bytestr_index_obj)},
    {ROM_QSTR(Q_isalnum), ROM_PTR(&bytestr_case_isalnum_obj)},
    {ROM_QSTR(Q_isalpha), ROM_PTR(&bytestr_case_isalpha_obj)},
    {ROM_QSTR(Q_isascii), ROM_PTR(&bytestr_case_isascii_obj)},
    {ROM_QSTR(Q_isdigit), ROM_PTR(&bytestr_case_isdigit_obj)},
    {ROM_QSTR(Q_islower), ROM_PTR(&bytestr_case_islower_obj)},
    {ROM_QSTR(Q_isspace), ROM_PTR(&bytestr_case_isspace_obj)},
    {ROM_QSTR(Q_istitle), ROM_PTR(&bytestr_case_istitle_obj)},
    {ROM_QSTR(Q_isupper), ROM_PTR(&bytestr_case_isupper_obj)},
    {ROM_QSTR(Q_join), ROM_PTR(&bytestr_join_obj)},
    {ROM_QSTR(Q_ljust), ROM_PTR(&bytestr_ljust_obj)},
    {ROM_QSTR(Q_lower), ROM_PTR(&bytestr_case_lower_obj)},
    {ROM_QSTR(Q_lstrip), ROM_PTR(&bytestr_lstrip_obj)},
    {ROM_QSTR(Q_maketrans), ROM_PTR(&bytes_maketrans_obj)},
    {ROM_QSTR(Q_partition), ROM_PTR(&bytestr_partition_obj)},
    {ROM_QSTR(Q_removeprefix), ROM_PTR(&bytestr_removeprefix_obj)},
    {ROM_QSTR(Q_removesuffix), ROM_PTR(&bytestr_removesuffix_obj)},
    {ROM_QSTR(Q_replace), ROM_PTR(&bytestr_replace_obj)},
    {ROM_QSTR(Q_rfind), ROM_PTR(&bytestr_rfind_obj)},
    {ROM_QSTR(Q_rindex), ROM_PTR(&bytestr_rindex_obj)},
    {ROM_QSTR(Q_rjust), ROM_PTR(&bytestr_rjust_obj)},
    {ROM_QSTR(Q_rpartition), ROM_PTR(&bytestr_rpartition_obj)},
    {ROM_QSTR(Q_rsplit), ROM_PTR(&bytestr_rsplit_obj)},
    {ROM_QSTR(Q_rstrip), ROM_PTR(&bytestr_rstrip_obj)},
    {ROM_QSTR(Q_split), ROM_PTR(&bytestr_split_obj)},
    {ROM_QSTR(Q_splitlines), ROM_PTR(&bytestr_splitlines_obj)},
    {ROM_QSTR(Q_startswith), ROM_PTR(&bytestr_startswith_obj)},
    {ROM_QSTR(Q_strip), ROM_PTR(&bytestr_strip_obj)},
    {ROM_QSTR(Q_swapcase), ROM_PTR(&bytestr_case_swapcase_obj)},
    {ROM_QSTR(Q_title), ROM_PTR(&bytestr_case_title_obj)},
    {ROM_QSTR(Q_translate), ROM_PTR(&bytes_translate_obj)},
    {ROM_QSTR(Q_upper), ROM_PTR(&bytestr_case_upper_obj)},
    {ROM_QSTR(Q_zfill), ROM_PTR(&bytestr_zfill_obj)},
};
static MAP_ROM(bytes_locals, bytes_locals_table);

const type_t type_bytes = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = Q_bytes,
    .make_new = bytes_make_new,
    .print = bytes_print,
    .unary_op = bytes_unary_op,
    .binary_op = bytes_binary_op,
    .subscr = bytes_subscr,
    .getiter = bytes_getiter,
    .buffer = bytes_buffer,
    .locals = &bytes_locals,
};
