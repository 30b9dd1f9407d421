/*
 * str: immutable Unicode text, stored as UTF-8.
 *
 * A str value is either a qstr (tagged word) or an obj_str_t; every path
 * here accepts both. Invariants: data is valid UTF-8 with a NUL at
 * data[len]; charlen counts code points, so charlen == len means ASCII and
 * indexing is O(1). Heap strs hash like their qstr twin (qstr_compute_hash)
 * so a heap str and an interned str with the same text are equal dict keys.
 * The methods shared with bytes live in bytestr.c / bytestr_case.c.
 */
#include <string.h>

#include "bytestr.h"
#include "codec.h"
#include "mem.h"
#include "obj_slice.h"
#include "obj_str.h"
#include "runtime.h"
#include "unichar.h"

/* Texts up to this length are looked up in the qstr pool when a str is
 * made, so short identifiers built at run time come back as qstrs; longer
 * ones are not worth hashing twice. */
#define STR_LOOKUP_MAX 64

/* ---- identity and access ---- */

const char *str_arg_tname(obj_t o)
{
    return o == OBJ_NONE ? "None" : obj_type_name(o);
}

obj_t str_unwrap(obj_t o)
{
    if (obj_is_ptr(o)) {
        const type_t *t = ((obj_base_t *)o)->type;
        if ((t->flags & TYPE_FLAG_USER) && t->native_base != NULL)
            return ((obj_instance_t *)o)->native;
    }
    return o;
}

static bool native_is(obj_t o, const type_t *type)
{
    if (!obj_is_ptr(o))
        return false;
    const type_t *t = ((obj_base_t *)o)->type;
    if (t == type)
        return true;
    return (t->flags & TYPE_FLAG_USER) && t->native_base == type &&
           ((obj_instance_t *)o)->native != OBJ_NULL;
}

bool str_check(obj_t o)
{
    return obj_is_qstr(o) || native_is(o, &type_str);
}

bool bytes_check(obj_t o)
{
    return native_is(o, &type_bytes);
}

bool bytearray_check(obj_t o)
{
    return native_is(o, &type_bytearray);
}

const char *str_get_data(obj_t o, size_t *len)
{
    if (obj_is_qstr(o))
        return qstr_data(obj_qstr_value(o), len);
    o = str_unwrap(o);
    if (obj_is_qstr(o))
        return qstr_data(obj_qstr_value(o), len);
    if (((obj_base_t *)o)->type == &type_bytearray) {
        obj_bytearray_t *b = o;
        *len = b->len;
        return (const char *)b->items;
    }
    obj_str_t *s = o;
    *len = s->len;
    return s->data;
}

size_t str_get_charlen(obj_t o)
{
    o = str_unwrap(o);
    if (obj_is_qstr(o))
        return qstr_charlen(obj_qstr_value(o));
    return ((obj_str_t *)o)->charlen;
}

/* ---- construction ---- */

obj_t str_alloc_copy(const type_t *type, const char *s, size_t len, size_t charlen)
{
    /* One noscan block: the header holds no pointer that needs scanning
     * (the type is static and data points into the same block). */
    obj_str_t *o = mem_alloc_noscan(sizeof(obj_str_t) + len + 1);
    char *d = (char *)(o + 1);
    if (len)
        memcpy(d, s, len);
    d[len] = '\0';
    o->base.type = type;
    o->hash = 0;
    o->len = len;
    o->charlen = charlen;
    o->data = d;
    return o;
}

obj_t str_new(const char *s, size_t len)
{
    if (len <= STR_LOOKUP_MAX) {
        qstr q = qstr_find_strn(s, len);
        if (q != QSTR_NULL)
            return obj_new_qstr(q);
    }
    return str_alloc_copy(&type_str, s, len, utf8_charlen(s, len));
}

obj_t obj_new_str(const char *s, size_t len)
{
    return str_new(s, len);
}

obj_t obj_new_str_copy(const char *s)
{
    return str_new(s, strlen(s));
}

static obj_t wrap_owned(const type_t *type, char *s, size_t len, size_t charlen)
{
    obj_str_t *o = mem_alloc(sizeof(obj_str_t));
    o->base.type = type;
    o->hash = 0;
    o->len = len;
    o->charlen = charlen;
    o->data = s;
    return o;
}

obj_t str_new_owned(char *s, size_t len)
{
    if (len <= STR_LOOKUP_MAX) {
        qstr q = qstr_find_strn(s, len);
        if (q != QSTR_NULL) {
            mem_free(s);
            return obj_new_qstr(q);
        }
    }
    return wrap_owned(&type_str, s, len, utf8_charlen(s, len));
}

obj_t bytes_new_owned(char *s, size_t len)
{
    return wrap_owned(&type_bytes, s, len, len);
}

obj_t str_intern(obj_t s)
{
    if (obj_is_qstr(s))
        return s;
    return obj_new_qstr(str_get_qstr(s));
}

qstr str_get_qstr(obj_t s)
{
    if (obj_is_qstr(s))
        return obj_qstr_value(s);
    if (!str_check(s))
        raise_fmt(&type_TypeError, "must be str, not %T", s);
    size_t len;
    const char *d = str_get_data(s, &len);
    return qstr_from_strn(d, len);
}

uintptr_t str_hash(obj_t s)
{
    if (obj_is_qstr(s))
        return qstr_hash(obj_qstr_value(s));
    s = str_unwrap(s);
    if (obj_is_qstr(s))
        return qstr_hash(obj_qstr_value(s));
    obj_str_t *o = s;
    if (o->hash == 0)
        o->hash = qstr_compute_hash(o->data, o->len);
    return o->hash;
}

/* ---- repr ---- */

static const char hexdig[] = "0123456789abcdef";

static void print_escape(const print_t *p, uint32_t c)
{
    char buf[10];
    size_t n;
    buf[0] = '\\';
    if (c < 0x100) {
        buf[1] = 'x';
        n = 2;
    } else if (c < 0x10000) {
        buf[1] = 'u';
        n = 4;
    } else {
        buf[1] = 'U';
        n = 8;
    }
    for (size_t i = 0; i < n; i++)
        buf[2 + i] = hexdig[(c >> (4 * (n - 1 - i))) & 0xf];
    print_strn(p, buf, n + 2);
}

static char pick_quote(const char *s, size_t len)
{
    bool single = memchr(s, '\'', len) != NULL;
    bool dbl = memchr(s, '"', len) != NULL;
    return single && !dbl ? '"' : '\'';
}

void str_print_quoted(const print_t *p, const char *s, size_t len, unsigned flags)
{
    bool is_bytes = flags & STR_QUOTE_BYTES;
    char q = pick_quote(s, len);
    if (is_bytes)
        print_strn(p, "b", 1);
    print_strn(p, &q, 1);
    const char *end = s + len, *run = s;
    while (s < end) {
        const char *here = s;
        uint32_t c;
        if (is_bytes)
            c = (uint8_t)*s++;
        else
            s = utf8_next(s, &c);
        const char *esc = NULL;
        switch (c) {
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        default: break;
        }
        bool plain;
        if (esc != NULL)
            plain = false;
        else if (c == (uint8_t)q || (c == '\'' && (flags & STR_QUOTE_BYTEARRAY)))
            plain = false, esc = c == '\'' ? "\\'" : "\\\"";
        else if (c < 0x20 || c == 0x7f)
            plain = false;
        else if (c < 0x80)
            plain = true;
        else if (is_bytes || (flags & STR_QUOTE_ASCII))
            plain = false;
        else
            plain = unichar_isprintable(c);
        if (plain)
            continue;
        print_strn(p, run, (size_t)(here - run));
        run = s;
        if (esc != NULL)
            print_str(p, esc);
        else
            print_escape(p, c);
    }
    print_strn(p, run, (size_t)(end - run));
    print_strn(p, &q, 1);
}

static void str_print(const print_t *p, obj_t o, print_kind_t kind)
{
    size_t len;
    const char *s = str_get_data(o, &len);
    if (kind == PRINT_STR)
        print_strn(p, s, len);
    else
        str_print_quoted(p, s, len, 0);
}

/* ---- constructor ---- */


static obj_t str_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    static const arg_spec_t spec[] = {
        {Q_object, 0, OBJ_NULL},
        {Q_encoding, 0, OBJ_NULL},
        {Q_errors, 0, OBJ_NULL},
    };
    obj_t a[3];
    if (n_args == 1 && n_kw == 0)
        return obj_str(args[0]);
    arg_parse_all("str", n_args, n_kw, args, 3, spec, a);
    if (a[0] == OBJ_NULL)
        return obj_new_qstr(Q_empty);
    if (a[1] == OBJ_NULL && a[2] == OBJ_NULL)
        return obj_str(a[0]);
    if (a[1] != OBJ_NULL && !str_check(a[1]))
        raise_fmt(&type_TypeError, "str() argument 'encoding' must be str, not %s",
                  str_arg_tname(a[1]));
    if (a[2] != OBJ_NULL && !str_check(a[2]))
        raise_fmt(&type_TypeError, "str() argument 'errors' must be str, not %s",
                  str_arg_tname(a[2]));
    if (str_check(a[0]))
        raise_msg(&type_TypeError, "decoding str is not supported");
    buffer_info_t info;
    if (!bytes_get_buffer(a[0], &info))
        raise_fmt(&type_TypeError, "decoding to str: need a bytes-like object, %T found", a[0]);
    return codec_decode(info.buf, info.len, a[1], a[2]);
}

/* ---- operators ---- */

static int str_cmp(const char *a, size_t na, const char *b, size_t nb)
{
    int c = memcmp(a, b, na < nb ? na : nb);
    if (c != 0)
        return c;
    return na < nb ? -1 : na > nb ? 1 : 0;
}

bool str_equal(obj_t a, obj_t b)
{
    if (a == b)
        return true;
    if (obj_is_qstr(a) && obj_is_qstr(b))
        return false;
    size_t na, nb;
    const char *sa = str_get_data(a, &na), *sb = str_get_data(b, &nb);
    if (na != nb)
        return false;
    return memcmp(sa, sb, na) == 0;
}

static obj_t str_unary_op(unary_op_t op, obj_t o)
{
    switch (op) {
    case UOP_BOOL: {
        size_t len;
        str_get_data(o, &len);
        return obj_new_bool(len != 0);
    }
    case UOP_LEN:
        return obj_new_small_int((intptr_t)str_get_charlen(o));
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

static obj_t str_repeat(obj_t self, obj_t count)
{
    intptr_t n;
    if (!slice_index_maybe(count, &n)) {
        if (obj_get_type(count)->flags & TYPE_FLAG_USER)
            return OBJ_NULL;
        raise_fmt(&type_TypeError, "can't multiply sequence by non-int of type '%T'", count);
    }
    size_t len;
    const char *s = str_get_data(self, &len);
    if (n <= 0 || len == 0)
        return obj_new_qstr(Q_empty);
    if (n == 1 && obj_is_str(self))
        return self;
    if ((size_t)n > ((size_t)-1 >> 1) / len)
        raise_memory_error();
    size_t total = len * (size_t)n;
    char *buf = mem_alloc_noscan(total + 1);
    for (size_t i = 0; i < (size_t)n; i++)
        memcpy(buf + i * len, s, len);
    buf[total] = '\0';
    return str_new_owned(buf, total);
}

static obj_t str_concat(obj_t a, obj_t b)
{
    size_t na, nb;
    const char *sa = str_get_data(a, &na), *sb = str_get_data(b, &nb);
    if (nb == 0 && obj_is_str(a))
        return a;
    if (na == 0 && obj_is_str(b))
        return b;
    char *buf = mem_alloc_noscan(na + nb + 1);
    memcpy(buf, sa, na);
    memcpy(buf + na, sb, nb);
    buf[na + nb] = '\0';
    return str_new_owned(buf, na + nb);
}

static obj_t str_binary_op(binary_op_t op, obj_t lhs, obj_t rhs)
{
    if (!str_check(lhs)) {
        /* reflected dispatch with self on the right */
        obj_t t = lhs;
        lhs = rhs;
        rhs = t;
    }
    switch (op) {
    case BOP_MUL:
    case BOP_INPLACE_MUL:
    case BOP_REVERSE_MUL:
        return str_repeat(lhs, rhs);
    case BOP_MOD:
    case BOP_INPLACE_MOD:
        return format_percent(lhs, rhs);
    default:
        break;
    }
    bool rhs_str = str_check(rhs);
    switch (op) {
    case BOP_ADD:
    case BOP_INPLACE_ADD:
        if (!rhs_str) {
            if (obj_get_type(rhs)->flags & TYPE_FLAG_USER)
                return OBJ_NULL;
            raise_fmt(&type_TypeError, "can only concatenate str (not \"%T\") to str", rhs);
        }
        return str_concat(lhs, rhs);
    case BOP_IN:
    case BOP_NOT_IN: {
        if (!rhs_str)
            raise_fmt(&type_TypeError,
                      "'in <string>' requires string as left operand, not %T", rhs);
        size_t n, m;
        const char *s = str_get_data(lhs, &n), *sub = str_get_data(rhs, &m);
        bool found = bytestr_find_raw(s, n, sub, m) >= 0;
        return obj_new_bool(found == (op == BOP_IN));
    }
    case BOP_EQ:
    case BOP_NE:
        if (!rhs_str)
            return OBJ_NULL;
        return obj_new_bool(str_equal(lhs, rhs) == (op == BOP_EQ));
    case BOP_LT:
    case BOP_GT:
    case BOP_LE:
    case BOP_GE: {
        if (!rhs_str)
            return OBJ_NULL;
        size_t na, nb;
        const char *a = str_get_data(lhs, &na), *b = str_get_data(rhs, &nb);
        int c = str_cmp(a, na, b, nb);
        bool r = op == BOP_LT ? c < 0 : op == BOP_GT ? c > 0 : op == BOP_LE ? c <= 0 : c >= 0;
        return obj_new_bool(r);
    }
    default:
        return OBJ_NULL;
    }
}

/* ---- indexing ---- */

static obj_t str_slice(obj_t self, obj_t index)
{
    size_t len;
    const char *s = str_get_data(self, &len);
    size_t charlen = str_get_charlen(self);
    intptr_t start, stop, step;
    slice_indices(index, charlen, &start, &stop, &step);
    size_t n = slice_length(start, stop, step);
    if (step == 1) {
        if (n == charlen && obj_is_str(self))
            return self;
        size_t b0 = utf8_offset(s, len, charlen, (size_t)start);
        size_t b1 = utf8_offset(s, len, charlen, (size_t)start + n);
        return str_new(s + b0, b1 - b0);
    }
    vstr_t v;
    vstr_init(&v, n);
    if (charlen == len) {
        for (size_t i = 0; i < n; i++)
            vstr_add_char(&v, s[start + (intptr_t)i * step]);
        return vstr_to_str(&v);
    }
    /* Non-ASCII with a stride: index the code point starts once. */
    size_t *offs = mem_alloc_noscan((charlen + 1) * sizeof(size_t));
    size_t k = 0;
    for (size_t i = 0; i < len; i++)
        if (((uint8_t)s[i] & 0xc0) != 0x80)
            offs[k++] = i;
    offs[k] = len;
    for (size_t i = 0; i < n; i++) {
        size_t c = (size_t)(start + (intptr_t)i * step);
        vstr_add_strn(&v, s + offs[c], offs[c + 1] - offs[c]);
    }
    mem_free(offs);
    return vstr_to_str(&v);
}

static obj_t str_subscr(obj_t self, obj_t index, obj_t value)
{
    if (value != OBJ_SENTINEL)
        return OBJ_NULL;
    if (obj_is_type(index, &type_slice))
        return str_slice(self, index);
    intptr_t i;
    if (!slice_index_maybe(index, &i))
        raise_fmt(&type_TypeError, "string indices must be integers, not '%T'", index);
    size_t len;
    const char *s = str_get_data(self, &len);
    size_t charlen = str_get_charlen(self);
    if (i < 0)
        i += (intptr_t)charlen;
    if (i < 0 || (size_t)i >= charlen)
        raise_msg(&type_IndexError, "string index out of range");
    size_t b0 = utf8_offset(s, len, charlen, (size_t)i);
    size_t b1 = b0 + 1;
    while (b1 < len && ((uint8_t)s[b1] & 0xc0) == 0x80)
        b1++;
    return str_new(s + b0, b1 - b0);
}

/* ---- iteration ---- */

typedef struct str_iter {
    obj_base_t base;
    obj_t str;
    size_t pos;     /* byte offset of the next code point */
} str_iter_t;

static obj_t str_iter_next(obj_t self)
{
    str_iter_t *it = self;
    size_t len;
    const char *s = str_get_data(it->str, &len);
    if (it->pos >= len)
        return OBJ_STOP_ITERATION;
    size_t b0 = it->pos, b1 = b0 + 1;
    while (b1 < len && ((uint8_t)s[b1] & 0xc0) == 0x80)
        b1++;
    it->pos = b1;
    return str_new(s + b0, b1 - b0);
}

static const type_t type_str_iterator = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .name = Q_str_iterator,
    .getiter = obj_getiter_self,
    .iternext = str_iter_next,
};

static obj_t str_getiter(obj_t self, iter_buf_t *buf)
{
    _Static_assert(sizeof(str_iter_t) <= sizeof(iter_buf_t), "iterator must fit iter_buf");
    str_iter_t *it = buf ? (str_iter_t *)buf : mem_alloc(sizeof(str_iter_t));
    it->base.type = &type_str_iterator;
    it->str = self;
    it->pos = 0;
    return it;
}

/* ---- str-only methods ---- */

static obj_t str_encode_m(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {
        {Q_encoding, 0, OBJ_NULL},
        {Q_errors, 0, OBJ_NULL},
    };
    obj_t a[2];
    arg_parse("encode", n - 1, args + 1, kw, 2, spec, a);
    if (a[0] != OBJ_NULL && !str_check(a[0]))
        raise_fmt(&type_TypeError, "encode() argument 'encoding' must be str, not %s",
                  str_arg_tname(a[0]));
    if (a[1] != OBJ_NULL && !str_check(a[1]))
        raise_fmt(&type_TypeError, "encode() argument 'errors' must be str, not %s",
                  str_arg_tname(a[1]));
    return codec_encode(args[0], a[0], a[1]);
}
static BUILTIN_FUN_KW(str_encode_obj, Q_encode, 1, str_encode_m);

static BUILTIN_FUN_KW(str_format_obj, Q_format, 1, format_str_method);

/* Rich comparisons and __hash__ as methods: without them the lookup of
 * "a".__eq__ would find object's identity versions. */
static obj_t str_compare_m(binary_op_t op, obj_t self, obj_t other)
{
    obj_t r = str_binary_op(op, self, other);
    return r == OBJ_NULL ? OBJ_NOTIMPLEMENTED : r;
}
#define STR_CMP_METHOD(name, q, op)                                                        \
    static obj_t name(obj_t self, obj_t other) { return str_compare_m(op, self, other); } \
    static BUILTIN_FUN_2(name##_obj, q, name)
STR_CMP_METHOD(str_eq_m, Q___eq__, BOP_EQ);
STR_CMP_METHOD(str_ne_m, Q___ne__, BOP_NE);
STR_CMP_METHOD(str_lt_m, Q___lt__, BOP_LT);
STR_CMP_METHOD(str_le_m, Q___le__, BOP_LE);
STR_CMP_METHOD(str_gt_m, Q___gt__, BOP_GT);
STR_CMP_METHOD(str_ge_m, Q___ge__, BOP_GE);

static obj_t str_hash_m(obj_t self)
{
    return str_unary_op(UOP_HASH, self);
}
static BUILTIN_FUN_1(str_hash_obj, Q___hash__, str_hash_m);

static obj_t str_format_map(obj_t self, obj_t mapping)
{
    return format_str_map(self, mapping);
}
static BUILTIN_FUN_2(str_format_map_obj, Q_format_map, str_format_map);

static obj_t str_getnewargs(obj_t self)
{
    size_t len;
    const char *s = str_get_data(self, &len);
    obj_t copy = str_new(s, len);
    return obj_new_tuple(1, &copy);
}
static BUILTIN_FUN_1(str_getnewargs_obj, Q___getnewargs__, str_getnewargs);

/* str.maketrans(x[, y[, z]]): a dict from code points to str/int/None. */
static obj_t str_maketrans(size_t n, const obj_t *args)
{
    obj_t d = obj_new_dict(0);
    map_t *m = &((obj_dict_t *)d)->map;
    if (n == 1) {
        if (!obj_is_type(args[0], &type_dict))
            raise_msg(&type_TypeError,
                      "if you give only one argument to maketrans it must be a dict");
        size_t pos = 0;
        map_elem_t *e;
        while ((e = map_next(&((obj_dict_t *)args[0])->map, &pos)) != NULL) {
            obj_t k = e->key;
            if (str_check(k)) {
                if (str_get_charlen(k) != 1)
                    raise_msg(&type_ValueError,
                              "string keys in translate table must be of length 1");
                size_t len;
                uint32_t c;
                utf8_next(str_get_data(k, &len), &c);
                k = obj_new_small_int((intptr_t)c);
            } else if (!obj_is_int(k)) {
                raise_msg(&type_TypeError, "keys in translate table must be strings or integers");
            }
            map_store(m, k, e->value);
        }
        return d;
    }
    /* CPython checks the types of y and z before x. */
    if (!str_check(args[1]))
        raise_fmt(&type_TypeError, "maketrans() argument 2 must be str, not %s",
                  str_arg_tname(args[1]));
    if (n == 3 && !str_check(args[2]))
        raise_fmt(&type_TypeError, "maketrans() argument 3 must be str, not %s",
                  str_arg_tname(args[2]));
    if (!str_check(args[0]))
        raise_msg(&type_TypeError,
                  "first maketrans argument must be a string if there is a second argument");
    if (str_get_charlen(args[0]) != str_get_charlen(args[1]))
        raise_msg(&type_ValueError, "the first two maketrans arguments must have equal length");
    size_t nx, ny;
    const char *x = str_get_data(args[0], &nx), *y = str_get_data(args[1], &ny);
    const char *xe = x + nx;
    while (x < xe) {
        uint32_t a, b;
        x = utf8_next(x, &a);
        y = utf8_next(y, &b);
        map_store(m, obj_new_small_int((intptr_t)a), obj_new_small_int((intptr_t)b));
    }
    if (n == 3) {
        size_t nz;
        const char *z = str_get_data(args[2], &nz), *ze = z + nz;
        while (z < ze) {
            uint32_t c;
            z = utf8_next(z, &c);
            map_store(m, obj_new_small_int((intptr_t)c), OBJ_NONE);
        }
    }
    return d;
}
static BUILTIN_FUN_VAR(str_maketrans_fun_obj, Q_maketrans, 1, 3, str_maketrans);
static STATICMETHOD(str_maketrans_obj, &str_maketrans_fun_obj);

/* table[c] for translate: OBJ_NULL when the table has no entry (LookupError). */
static obj_t translate_lookup(obj_t table, uint32_t c)
{
    obj_t key = obj_new_small_int((intptr_t)c);
    if (obj_is_type(table, &type_dict)) {
        map_elem_t *e = map_lookup(&((obj_dict_t *)table)->map, key, MAP_LOOKUP);
        return e ? e->value : OBJ_NULL;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t r = obj_subscr(table, key, OBJ_SENTINEL);
        nlr_pop();
        return r;
    }
    if (exception_is(nlr.value, &type_LookupError))
        return OBJ_NULL;
    raise_obj(nlr.value);
}

static obj_t str_translate(obj_t self, obj_t table)
{
    size_t len;
    const char *s = str_get_data(self, &len), *end = s + len;
    vstr_t v;
    vstr_init(&v, len);
    while (s < end) {
        uint32_t c;
        const char *next = utf8_next(s, &c);
        obj_t r = translate_lookup(table, c);
        if (r == OBJ_NULL) {
            vstr_add_strn(&v, s, (size_t)(next - s));
        } else if (r == OBJ_NONE) {
            /* deleted */
        } else if (obj_is_int(r)) {
            intptr_t cp;
            if (!obj_get_int_maybe(r, &cp) || cp < 0 || cp > 0x10ffff)
                raise_msg(&type_ValueError, "character mapping must be in range(0x110000)");
            vstr_add_unichar(&v, (uint32_t)cp);
        } else if (str_check(r)) {
            size_t n;
            const char *t = str_get_data(r, &n);
            vstr_add_strn(&v, t, n);
        } else {
            raise_msg(&type_TypeError, "character mapping must return integer, None or str");
        }
        s = next;
    }
    return vstr_to_str(&v);
}
static BUILTIN_FUN_2(str_translate_obj, Q_translate, str_translate);

static const map_elem_t str_locals_table[] = {
    {ROM_QSTR(Q___eq__), ROM_PTR(&str_eq_m_obj)},
    {ROM_QSTR(Q___format__), ROM_PTR(&format_dunder_obj)},
    {ROM_QSTR(Q___ge__), ROM_PTR(&str_ge_m_obj)},
    {ROM_QSTR(Q___gt__), ROM_PTR(&str_gt_m_obj)},
    {ROM_QSTR(Q___hash__), ROM_PTR(&str_hash_obj)},
    {ROM_QSTR(Q___le__), ROM_PTR(&str_le_m_obj)},
    {ROM_QSTR(Q___lt__), ROM_PTR(&str_lt_m_obj)},
    {ROM_QSTR(Q___ne__), ROM_PTR(&str_ne_m_obj)},
    {ROM_QSTR(Q___getnewargs__), ROM_PTR(&str_getnewargs_obj)},
    {ROM_QSTR(Q_capitalize), ROM_PTR(&bytestr_case_capitalize_obj)},
    {ROM_QSTR(Q_casefold), ROM_PTR(&bytestr_case_casefold_obj)},
    {ROM_QSTR(Q_center), ROM_PTR(&bytestr_center_obj)},
    {ROM_QSTR(Q_count), ROM_PTR(&bytestr_count_obj)},
    {ROM_QSTR(Q_encode), ROM_PTR(&str_encode_obj)},
    {ROM_QSTR(Q_endswith), ROM_PTR(&bytestr_endswith_obj)},
    {ROM_QSTR(Q_expandtabs), ROM_PTR(&bytestr_expandtabs_obj)},
    {ROM_QSTR(Q_find), ROM_PTR(&bytestr_find_obj)},
    {ROM_QSTR(Q_format), ROM_PTR(&str_format_obj)},
    {ROM_QSTR(Q_format_map), ROM_PTR(&str_format_map_obj)},
    {ROM_QSTR(Q_index), ROM_PTR(&bytestr_index_obj)},
    {ROM_QSTR(Q_isalnum), ROM_PTR(&bytestr_case_isalnum_obj)},
    {ROM_QSTR(Q_isalpha), ROM_PTR(&bytestr_case_isalpha_obj)},
    {ROM_QSTR(Q_isascii), ROM_PTR(&bytestr_case_isascii_obj)},
    {ROM_QSTR(Q_isdecimal), ROM_PTR(&bytestr_case_isdecimal_obj)},
    {ROM_QSTR(Q_isdigit), ROM_PTR(&bytestr_case_isdigit_obj)},
    {ROM_QSTR(Q_isidentifier), ROM_PTR(&bytestr_case_isidentifier_obj)},
    {ROM_QSTR(Q_islower), ROM_PTR(&bytestr_case_islower_obj)},
    {ROM_QSTR(Q_isnumeric), ROM_PTR(&bytestr_case_isnumeric_obj)},
    {ROM_QSTR(Q_isprintable), ROM_PTR(&bytestr_case_isprintable_obj)},
    {ROM_QSTR(Q_isspace), ROM_PTR(&bytestr_case_isspace_obj)},
    {ROM_QSTR(Q_istitle), ROM_PTR(&bytestr_case_istitle_obj)},
    {ROM_QSTR(Q_isupper), ROM_PTR(&bytestr_case_isupper_obj)},
    {ROM_QSTR(Q_join), ROM_PTR(&bytestr_join_obj)},
    {ROM_QSTR(Q_ljust), ROM_PTR(&bytestr_ljust_obj)},
    {ROM_QSTR(Q_lower), ROM_PTR(&bytestr_case_lower_obj)},
    {ROM_QSTR(Q_lstrip), ROM_PTR(&bytestr_lstrip_obj)},
    {ROM_QSTR(Q_maketrans), ROM_PTR(&str_maketrans_obj)},
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
    {ROM_QSTR(Q_translate), ROM_PTR(&str_translate_obj)},
    {ROM_QSTR(Q_upper), ROM_PTR(&bytestr_case_upper_obj)},
    {ROM_QSTR(Q_zfill), ROM_PTR(&bytestr_zfill_obj)},
};
static MAP_ROM(str_locals, str_locals_table);

const type_t type_str = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = Q_str,
    .make_new = str_make_new,
    .print = str_print,
    .unary_op = str_unary_op,
    .binary_op = str_binary_op,
    .subscr = str_subscr,
    .getiter = str_getiter,
    .locals = &str_locals,
};
