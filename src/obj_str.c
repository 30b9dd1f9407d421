/*
 * str: immutable Unicode text, stored as UTF-8.
 *
 * A str value is either a qstr (tagged word) or an obj_str_t; every path
 * here accepts both. Invariants: data is valid UTF-8 with a NUL at
 * data[len]; charlen counts code points, so charlen == len means ASCII and
 * indexing is O(1). Heap strs hash like their qstr twin (qstr_compute_hash)
 * so a heap str and an interned str with the same text are equal dict keys.
 * The methods shared with bytes live in bytestr.c / bytestr_case.c.
 * str's own methods and its method table are in obj_str_methods.c.
 */
#include <string.h>

#include "bytestr.h"
#include "codec.h"
#include "mem.h"
#include "obj_slice.h"
#include "obj_str.h"
#include "obj_str_impl.h"
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

obj_t str_unary_op(unary_op_t op, obj_t o)
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

obj_t str_binary_op(binary_op_t op, obj_t lhs, obj_t rhs)
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
