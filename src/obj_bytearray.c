/*
 * bytearray: mutable byte strings.
 *
 * Invariants: items is a mem_alloc_noscan block of alloc bytes (alloc >= 1
 * so items is never NULL), len <= alloc. While a memoryview exports the
 * buffer (fixed), the length may not change. The read-only methods are the
 * shared ones of bytestr.c / obj_bytes.c, which build bytearray results.
 */
#include <string.h>

#include "bytestr.h"
#include "mem.h"
#include "obj_slice.h"
#include "obj_str.h"
#include "runtime.h"

obj_t bytearray_new_owned(char *s, size_t len, size_t alloc)
{
    obj_bytearray_t *b = mem_alloc(sizeof(obj_bytearray_t));
    b->base.type = &type_bytearray;
    b->len = len;
    b->alloc = alloc ? alloc : 1;
    b->items = (uint8_t *)(s ? s : mem_alloc_noscan(1));
    b->fixed = false;
    return b;
}

obj_t obj_new_bytearray(const void *s, size_t len)
{
    char *buf = mem_alloc_noscan(len ? len : 1);
    if (s)
        memcpy(buf, s, len);
    else
        memset(buf, 0, len);
    return bytearray_new_owned(buf, len, len);
}

static obj_bytearray_t *native(obj_t o)
{
    return str_unwrap(o);
}

/* Make room for len == n; raises while a memoryview pins the length. */
static void resize(obj_bytearray_t *b, size_t n)
{
    if (n != b->len && b->fixed)
        raise_msg(&type_BufferError, "Existing exports of data: object cannot be re-sized");
    if (n > b->alloc) {
        size_t a = b->alloc + b->alloc / 2 + 8;
        if (a < n)
            a = n;
        b->items = mem_realloc(b->items, a);
        b->alloc = a;
    }
    b->len = n;
}

/* Replace items[pos, pos + del) by src[0, n) (src may alias items). */
static void splice(obj_bytearray_t *b, size_t pos, size_t del, const void *src, size_t n)
{
    uint8_t *tmp = NULL;
    if (n && (const uint8_t *)src >= b->items && (const uint8_t *)src < b->items + b->alloc) {
        tmp = mem_alloc_noscan(n);
        memcpy(tmp, src, n);
        src = tmp;
    }
    size_t old = b->len, tail = old - pos - del;
    if (n > del)
        resize(b, old + (n - del));
    memmove(b->items + pos + n, b->items + pos + del, tail);
    if (n)
        memcpy(b->items + pos, src, n);
    if (n < del)
        resize(b, old - (del - n));
    mem_free(tmp);
}

static uint8_t byte_value(obj_t v)
{
    intptr_t i = slice_get_index(v);
    if (i < 0 || i > 255)
        raise_msg(&type_ValueError, "byte must be in range(0, 256)");
    return (uint8_t)i;
}

static obj_t bytearray_make_new(const type_t *type, size_t n_args, size_t n_kw,
                                const obj_t *args)
{
    (void)type;
    vstr_t v;
    vstr_init(&v, 16);
    bytes_build(&v, n_args, n_kw, args, "bytearray");
    return bytestr_from_vstr(BS_BYTEARRAY, &v);
}

static void bytearray_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    obj_bytearray_t *b = native(o);
    print_str(p, "bytearray(");
    str_print_quoted(p, (const char *)b->items, b->len, STR_QUOTE_BYTES | STR_QUOTE_BYTEARRAY);
    print_str(p, ")");
}

static obj_t bytearray_unary_op(unary_op_t op, obj_t o)
{
    obj_bytearray_t *b = native(o);
    switch (op) {
    case UOP_BOOL:
        return obj_new_bool(b->len != 0);
    case UOP_LEN:
        return obj_new_small_int((intptr_t)b->len);
    default:
        return OBJ_NULL;
    }
}

/* Bytes of a value assigned to a slice or used by extend: any buffer, else
 * an iterable of ints. Returns a (possibly temporary) vstr-backed copy. */
static const char *bytes_of(obj_t value, size_t *len, vstr_t *tmp, const char *tname)
{
    buffer_info_t info;
    if (bytes_get_buffer(value, &info)) {
        *len = info.len;
        return info.buf;
    }
    vstr_init(tmp, 16);
    bytes_build(tmp, 1, 0, &value, tname);
    *len = tmp->len;
    return tmp->buf;
}

static obj_t bytearray_binary_op(binary_op_t op, obj_t lhs, obj_t rhs)
{
    if (!bytearray_check(lhs)) {
        obj_t t = lhs;
        lhs = rhs;
        rhs = t;
    }
    obj_bytearray_t *b = native(lhs);
    switch (op) {
    case BOP_ADD:
    case BOP_INPLACE_ADD: {
        buffer_info_t info;
        if (!bytes_get_buffer(rhs, &info)) {
            if (obj_get_type(rhs)->flags & TYPE_FLAG_USER)
                return OBJ_NULL;
            raise_fmt(&type_TypeError, "can't concat %T to bytearray", rhs);
        }
        if (op == BOP_INPLACE_ADD) {
            splice(b, b->len, 0, info.buf, info.len);
            return lhs;
        }
        obj_bytearray_t *r = obj_new_bytearray(NULL, b->len + info.len);
        memcpy(r->items, b->items, b->len);
        memcpy(r->items + b->len, info.buf, info.len);
        return r;
    }
    case BOP_MUL:
    case BOP_REVERSE_MUL:
        return bytes_repeat(BS_BYTEARRAY, (const char *)b->items, b->len, rhs);
    case BOP_INPLACE_MUL: {
        obj_t r = bytes_repeat(BS_BYTEARRAY, (const char *)b->items, b->len, rhs);
        if (r == OBJ_NULL)
            return OBJ_NULL;
        obj_bytearray_t *rb = r;
        splice(b, 0, b->len, rb->items, rb->len);
        return lhs;
    }
    case BOP_MOD:
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

static void slice_store(obj_bytearray_t *b, obj_t index, obj_t value)
{
    intptr_t start, step;
    size_t n;
    bytestr_slice(index, b->len, &start, &step, &n);
    size_t m = 0;
    const char *src = NULL;
    vstr_t tmp = {NULL, 0, 0};
    if (value != OBJ_NULL) {
        if (str_check(value) || obj_is_int(value))
            raise_msg(&type_TypeError,
                      "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        src = bytes_of(value, &m, &tmp, "bytearray");
    }
    if (step == 1) {
        splice(b, (size_t)start, n, src, m);
    } else if (value == OBJ_NULL) {
        /* delete an extended slice: compact the survivors in order */
        if (step < 0) {
            start += (intptr_t)(n - 1) * step;
            step = -step;
        }
        size_t w = (size_t)start, next = (size_t)start, k = 0;
        for (size_t r = (size_t)start; r < b->len; r++) {
            if (k < n && r == next) {
                k++;
                next += (size_t)step;
                continue;
            }
            b->items[w++] = b->items[r];
        }
        resize(b, w);
    } else {
        if (m != n)
            raise_fmt(&type_ValueError,
                      "attempt to assign bytes of size %zu to extended slice of size %zu", m, n);
        uint8_t *copy = mem_alloc_noscan(m ? m : 1);
        memcpy(copy, src, m);
        for (size_t i = 0; i < n; i++)
            b->items[start + (intptr_t)i * step] = copy[i];
        mem_free(copy);
    }
    mem_free(tmp.buf);
}

static obj_t bytearray_subscr(obj_t self, obj_t index, obj_t value)
{
    obj_bytearray_t *b = native(self);
    if (obj_is_type(index, &type_slice)) {
        if (value != OBJ_SENTINEL) {
            slice_store(b, index, value);
            return OBJ_NONE;
        }
        intptr_t start, step;
        size_t n;
        bytestr_slice(index, b->len, &start, &step, &n);
        obj_bytearray_t *r = obj_new_bytearray(NULL, n);
        for (size_t i = 0; i < n; i++)
            r->items[i] = b->items[start + (intptr_t)i * step];
        return r;
    }
    intptr_t i;
    if (!slice_index_maybe(index, &i))
        raise_fmt(&type_TypeError, "bytearray indices must be integers or slices, not %T", index);
    size_t k = bytestr_index(obj_new_small_int(i), b->len, "bytearray index out of range");
    if (value == OBJ_SENTINEL)
        return obj_new_small_int(b->items[k]);
    if (value == OBJ_NULL)
        splice(b, k, 1, NULL, 0);
    else
        b->items[k] = byte_value(value);
    return OBJ_NONE;
}

static int bytearray_buffer(obj_t o, buffer_info_t *info, unsigned flags)
{
    (void)flags;
    obj_bytearray_t *b = native(o);
    info->buf = b->items;
    info->len = b->len;
    info->typecode = 'B';
    return 0;
}

/* ---- mutating methods ---- */

static obj_t ba_append(obj_t self, obj_t item)
{
    obj_bytearray_t *b = native(self);
    uint8_t c = byte_value(item);
    resize(b, b->len + 1);
    b->items[b->len - 1] = c;
    return OBJ_NONE;
}
static BUILTIN_FUN_2(ba_append_obj, Q_append, ba_append);

static obj_t ba_extend(obj_t self, obj_t iterable)
{
    obj_bytearray_t *b = native(self);
    if (obj_is_int(iterable))
        raise_fmt(&type_TypeError, "can't extend bytearray with %T", iterable);
    size_t m;
    vstr_t tmp = {NULL, 0, 0};
    buffer_info_t info;
    const char *src;
    if (bytes_get_buffer(iterable, &info)) {
        src = info.buf;
        m = info.len;
    } else {
        obj_t it;
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            it = getiter(iterable, NULL);
            nlr_pop();
        } else {
            if (exception_is(nlr.value, &type_TypeError))
                raise_fmt(&type_TypeError, "can't extend bytearray with %T", iterable);
            raise_obj(nlr.value);
        }
        vstr_init(&tmp, 16);
        for (obj_t x; (x = iternext(it)) != OBJ_STOP_ITERATION;)
            vstr_add_char(&tmp, (char)byte_value(x));
        src = tmp.buf;
        m = tmp.len;
    }
    splice(b, b->len, 0, src, m);
    mem_free(tmp.buf);
    return OBJ_NONE;
}
static BUILTIN_FUN_2(ba_extend_obj, Q_extend, ba_extend);

static obj_t ba_insert(obj_t self, obj_t index, obj_t item)
{
    obj_bytearray_t *b = native(self);
    intptr_t i = slice_get_index(index);
    uint8_t c = byte_value(item);
    intptr_t n = (intptr_t)b->len;
    if (i < 0) {
        i += n;
        if (i < 0)
            i = 0;
    } else if (i > n) {
        i = n;
    }
    splice(b, (size_t)i, 0, &c, 1);
    return OBJ_NONE;
}
static BUILTIN_FUN_3(ba_insert_obj, Q_insert, ba_insert);

static obj_t ba_pop(size_t n, const obj_t *args)
{
    obj_bytearray_t *b = native(args[0]);
    intptr_t i = n > 1 ? slice_get_index(args[1]) : -1;
    if (b->len == 0)
        raise_msg(&type_IndexError, "pop from empty bytearray");
    if (i < 0)
        i += (intptr_t)b->len;
    if (i < 0 || (size_t)i >= b->len)
        raise_msg(&type_IndexError, "pop index out of range");
    uint8_t c = b->items[i];
    splice(b, (size_t)i, 1, NULL, 0);
    return obj_new_small_int(c);
}
static BUILTIN_FUN_VAR(ba_pop_obj, Q_pop, 1, 2, ba_pop);

static obj_t ba_remove(obj_t self, obj_t item)
{
    obj_bytearray_t *b = native(self);
    uint8_t c = byte_value(item);
    uint8_t *p = b->len ? memchr(b->items, c, b->len) : NULL;
    if (p == NULL)
        raise_msg(&type_ValueError, "value not found in bytearray");
    splice(b, (size_t)(p - b->items), 1, NULL, 0);
    return OBJ_NONE;
}
static BUILTIN_FUN_2(ba_remove_obj, Q_remove, ba_remove);

static obj_t ba_clear(obj_t self)
{
    obj_bytearray_t *b = native(self);
    resize(b, 0);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(ba_clear_obj, Q_clear, ba_clear);

static obj_t ba_copy(obj_t self)
{
    obj_bytearray_t *b = native(self);
    return obj_new_bytearray(b->items, b->len);
}
static BUILTIN_FUN_1(ba_copy_obj, Q_copy, ba_copy);

static obj_t ba_reverse(obj_t self)
{
    obj_bytearray_t *b = native(self);
    for (size_t i = 0, j = b->len; i + 1 < j; i++, j--) {
        uint8_t t = b->items[i];
        b->items[i] = b->items[j - 1];
        b->items[j - 1] = t;
    }
    return OBJ_NONE;
}
static BUILTIN_FUN_1(ba_reverse_obj, Q_reverse, ba_reverse);

static const map_elem_t bytearray_locals_table[] = {
    {ROM_QSTR(Q_append), ROM_PTR(&ba_append_obj)},
    {ROM_QSTR(Q_capitalize), ROM_PTR(&bytestr_case_capitalize_obj)},
    {ROM_QSTR(Q_center), ROM_PTR(&bytestr_center_obj)},
    {ROM_QSTR(Q_clear), ROM_PTR(&ba_clear_obj)},
    {ROM_QSTR(Q_copy), ROM_PTR(&ba_copy_obj)},
    {ROM_QSTR(Q_count), ROM_PTR(&bytestr_count_obj)},
    {ROM_QSTR(Q_decode), ROM_PTR(&bytes_decode_obj)},
    {ROM_QSTR(Q_endswith), ROM_PTR(&bytestr_endswith_obj)},
    {ROM_QSTR(Q_expandtabs), ROM_PTR(&bytestr_expandtabs_obj)},
    {ROM_QSTR(Q_extend), ROM_PTR(&ba_extend_obj)},
    {ROM_QSTR(Q_find), ROM_PTR(&bytestr_find_obj)},
    {ROM_QSTR(Q_fromhex), ROM_PTR(&bytes_fromhex_obj)},
    {ROM_QSTR(Q_hex), ROM_PTR(&bytes_hex_obj)},
    {ROM_QSTR(Q_index), ROM_PTR(&bytestr_index_obj)},
    {ROM_QSTR(Q_insert), ROM_PTR(&ba_insert_obj)},
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
    {ROM_QSTR(Q_pop), ROM_PTR(&ba_pop_obj)},
    {ROM_QSTR(Q_remove), ROM_PTR(&ba_remove_obj)},
    {ROM_QSTR(Q_removeprefix), ROM_PTR(&bytestr_removeprefix_obj)},
    {ROM_QSTR(Q_removesuffix), ROM_PTR(&bytestr_removesuffix_obj)},
    {ROM_QSTR(Q_replace), ROM_PTR(&bytestr_replace_obj)},
    {ROM_QSTR(Q_reverse), ROM_PTR(&ba_reverse_obj)},
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
static MAP_ROM(bytearray_locals, bytearray_locals_table);

const type_t type_bytearray = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = Q_bytearray,
    .make_new = bytearray_make_new,
    .print = bytearray_print,
    .unary_op = bytearray_unary_op,
    .binary_op = bytearray_binary_op,
    .subscr = bytearray_subscr,
    .getiter = bytes_getiter,
    .buffer = bytearray_buffer,
    .locals = &bytearray_locals,
};
