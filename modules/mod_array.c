/*
 * The array module: array.array (see mod_array.h for the layout and its
 * invariant). Sequence operations, the buffer protocol (memoryview,
 * bytes(), struct.pack_into work on arrays) and CPython's error texts.
 */
#include <string.h>

#include "map.h"
#include "mem.h"
#include "mod_array.h"
#include "mod_util.h"
#include "obj_list.h"
#include "obj_slice.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

static const type_t type_array_iterator;

/* The array behind o (itself, or the native part of a subclass
 * instance), or NULL when o is no array. */
static obj_array_t *as_array(obj_t o)
{
    o = obj_native(o, &mod_array_type);
    return obj_is_type(o, &mod_array_type) ? o : NULL;
}

static obj_array_t *array_new(char tc, size_t n)
{
    obj_array_t *a = mem_alloc(sizeof(*a));
    a->base.type = &mod_array_type;
    a->typecode = tc;
    a->itemsize = (uint8_t)mod_array_item_size(tc);
    a->len = n;
    a->alloc = n;
    a->items = mem_alloc_noscan(n * a->itemsize + 1);
    memset(a->items, 0, n * a->itemsize);
    return a;
}

static uint8_t *item(const obj_array_t *a, size_t i)
{
    return a->items + i * a->itemsize;
}

/* Room for n items; a new block (never a resize, see mod_array.h). */
static void reserve(obj_array_t *a, size_t n)
{
    if (n <= a->alloc)
        return;
    size_t alloc = n + n / 2 + 4;
    uint8_t *p = mem_alloc_noscan(alloc * a->itemsize);
    if (a->len)
        memcpy(p, a->items, a->len * a->itemsize);
    a->items = p;
    a->alloc = alloc;
}

static void append(obj_array_t *a, obj_t v)
{
    uint8_t tmp[8];
    mod_array_item_store(a->typecode, tmp, v);
    reserve(a, a->len + 1);
    memcpy(item(a, a->len), tmp, a->itemsize);
    a->len++;
}

/* Inserts n raw items at position pos (pos <= len). */
static void insert_raw(obj_array_t *a, size_t pos, const uint8_t *src, size_t n)
{
    reserve(a, a->len + n);
    size_t isz = a->itemsize;
    memmove(item(a, pos + n), item(a, pos), (a->len - pos) * isz);
    if (n)
        memmove(item(a, pos), src, n * isz);
    a->len += n;
}

static void remove_range(obj_array_t *a, size_t start, size_t n)
{
    memmove(item(a, start), item(a, start + n), (a->len - start - n) * a->itemsize);
    a->len -= n;
}

static obj_t load(const obj_array_t *a, size_t i)
{
    return mod_array_item_load(a->typecode, item(a, i));
}

static void extend_iter(obj_array_t *a, obj_t iterable)
{
    obj_t it = getiter(iterable, NULL);
    obj_t v;
    while ((v = iternext(it)) != OBJ_STOP_ITERATION)
        append(a, v);
}

static void extend_array(obj_array_t *a, const obj_array_t *b)
{
    size_t n = b->len;
    const uint8_t *src = b->items;
    if (a == b) {
        uint8_t *copy = mem_alloc_noscan(n * a->itemsize + 1);
        memcpy(copy, src, n * a->itemsize);
        src = copy;
    }
    insert_raw(a, a->len, src, n);
}

static void frombytes(obj_array_t *a, const buffer_info_t *bi)
{
    if (bi->len % a->itemsize)
        raise_msg(&type_ValueError, "bytes length not a multiple of item size");
    insert_raw(a, a->len, bi->buf, bi->len / a->itemsize);
}

/* ---- construction ---- */

static obj_t array_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    if (n_kw)
        raise_msg(&type_TypeError, "array.array() takes no keyword arguments");
    if (n_args < 1)
        raise_msg(&type_TypeError, "array() takes at least 1 argument (0 given)");
    if (n_args > 2)
        raise_fmt(&type_TypeError, "array() takes at most 2 arguments (%u given)", (unsigned)n_args);
    if (!str_check(args[0]) || str_get_charlen(str_unwrap(args[0])) != 1)
        raise_fmt(&type_TypeError, "array() argument 1 must be a unicode character, not %s", obj_type_name(args[0]));
    size_t len;
    char tc = str_get_data(str_unwrap(args[0]), &len)[0];
    if (len != 1 || mod_array_item_size(tc) == 0)
        raise_msg(&type_ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    obj_array_t *a = array_new(tc, 0);
    if (n_args < 2)
        return a;
    obj_t init = args[1];
    obj_array_t *src = as_array(init);
    buffer_info_t bi;
    if (str_check(init))
        raise_fmt(&type_TypeError, "cannot use a str to initialize an array with typecode '%c'", tc);
    if (src && src->typecode == tc)
        extend_array(a, src);
    else if (!src && (bytes_check(init) || bytearray_check(init)) && bytes_get_buffer(init, &bi))
        frombytes(a, &bi);
    else
        extend_iter(a, init);
    return a;
}

/* ---- printing ---- */

static void array_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    obj_array_t *a = as_array(o);
    print_fmt(p, "array('%c'", a->typecode);
    if (a->len) {
        print_str(p, ", [");
        for (size_t i = 0; i < a->len; i++) {
            if (i)
                print_str(p, ", ");
            obj_print(p, load(a, i), PRINT_REPR);
        }
        print_str(p, "]");
    }
    print_str(p, ")");
}

/* ---- indexing ---- */

/* An item index (negatives counted from the end), IndexError msg when out
 * of range. */
static size_t index_of(const obj_array_t *a, obj_t index, const char *msg)
{
    intptr_t i;
    int r = slice_index_convert(index, &i);
    if (r == SLICE_INDEX_NOT_INT)
        raise_msg(&type_TypeError, "array indices must be integers");
    if (r == SLICE_INDEX_OVERFLOW)
        raise_msg(&type_IndexError, "cannot fit 'int' into an index-sized integer");
    if (i < 0)
        i += (intptr_t)a->len;
    if (i < 0 || (size_t)i >= a->len)
        raise_msg(&type_IndexError, msg);
    return (size_t)i;
}

static obj_t get_slice(obj_array_t *a, intptr_t start, intptr_t step, size_t n)
{
    obj_array_t *r = array_new(a->typecode, n);
    for (size_t k = 0; k < n; k++)
        memcpy(item(r, k), item(a, (size_t)(start + (intptr_t)k * step)), a->itemsize);
    return r;
}

static void delete_slice(obj_array_t *a, intptr_t start, intptr_t step, size_t n)
{
    if (n == 0)
        return;
    if (step == 1) {
        remove_range(a, (size_t)start, n);
        return;
    }
    if (step < 0) {
        /* same set of items, walked forwards */
        start += (intptr_t)(n - 1) * step;
        step = -step;
    }
    size_t out = (size_t)start;
    for (size_t i = (size_t)start; i < a->len; i++) {
        if (i >= (size_t)start && (i - (size_t)start) % (size_t)step == 0 && (i - (size_t)start) / (size_t)step < n)
            continue;
        memmove(item(a, out++), item(a, i), a->itemsize);
    }
    a->len = out;
}

static void set_slice(obj_array_t *a, obj_t value, intptr_t start, intptr_t stop, intptr_t step, size_t n)
{
    obj_array_t *v = as_array(value);
    if (!v)
        raise_fmt(&type_TypeError, "can only assign array (not \"%s\") to array slice", obj_type_name(value));
    if (v->typecode != a->typecode)
        raise_msg(&type_TypeError, "bad argument type for built-in operation");
    size_t vn = v->len;
    const uint8_t *src = v->items;
    if (v == a) {
        uint8_t *copy = mem_alloc_noscan(vn * a->itemsize + 1);
        memcpy(copy, src, vn * a->itemsize);
        src = copy;
    }
    if (step == 1) {
        if (stop < start)
            stop = start;
        remove_range(a, (size_t)start, (size_t)(stop - start));
        insert_raw(a, (size_t)start, src, vn);
        return;
    }
    if (vn != n)
        raise_fmt(&type_ValueError, "attempt to assign array of size %u to extended slice of size %u", (unsigned)vn,
                  (unsigned)n);
    for (size_t k = 0; k < n; k++)
        memcpy(item(a, (size_t)(start + (intptr_t)k * step)), src + k * a->itemsize, a->itemsize);
}

static obj_t array_subscr(obj_t self, obj_t index, obj_t value)
{
    obj_array_t *a = as_array(self);
    intptr_t start, stop, step;
    if (slice_indices(index, a->len, &start, &stop, &step)) {
        size_t n = slice_length(start, stop, step);
        if (value == OBJ_SENTINEL)
            return get_slice(a, start, step, n);
        if (value == OBJ_NULL)
            delete_slice(a, start, step, n);
        else
            set_slice(a, value, start, stop, step, n);
        return OBJ_NONE;
    }
    if (value == OBJ_SENTINEL)
        return load(a, index_of(a, index, "array index out of range"));
    size_t i = index_of(a, index, "array assignment index out of range");
    if (value == OBJ_NULL)
        remove_range(a, i, 1);
    else
        mod_array_item_store(a->typecode, item(a, i), value);
    return OBJ_NONE;
}

/* ---- operators ---- */

static obj_t array_unary_op(unary_op_t op, obj_t o)
{
    obj_array_t *a = as_array(o);
    switch (op) {
    case UOP_LEN: return obj_new_int((intptr_t)a->len);
    case UOP_BOOL: return obj_new_bool(a->len != 0);
    default: return OBJ_NULL;
    }
}

/* Item-by-item rich comparison, CPython's rules: the first unequal pair
 * decides, else the lengths. */
static obj_t compare(binary_op_t op, obj_array_t *a, obj_array_t *b)
{
    if ((op == BOP_EQ || op == BOP_NE) && a->len != b->len)
        return obj_new_bool(op == BOP_NE);
    size_t n = a->len < b->len ? a->len : b->len, i;
    for (i = 0; i < n; i++) {
        obj_t x = load(a, i), y = load(b, i);
        if (!obj_equal(x, y)) {
            if (op == BOP_EQ)
                return OBJ_FALSE;
            if (op == BOP_NE)
                return OBJ_TRUE;
            return compare_op(op, x, y);
        }
    }
    size_t la = a->len, lb = b->len;
    switch (op) {
    case BOP_EQ: return OBJ_TRUE;
    case BOP_NE: return OBJ_FALSE;
    case BOP_LT: return obj_new_bool(la < lb);
    case BOP_LE: return obj_new_bool(la <= lb);
    case BOP_GT: return obj_new_bool(la > lb);
    default: return obj_new_bool(la >= lb);
    }
}

static bool contains(obj_array_t *a, obj_t x)
{
    for (size_t i = 0; i < a->len; i++)
        if (obj_equal(load(a, i), x))
            return true;
    return false;
}

static obj_array_t *repeat(obj_array_t *a, intptr_t n)
{
    if (n < 0)
        n = 0;
    size_t isz = a->itemsize, bytes = a->len * isz;
    if (bytes && (size_t)n > (SIZE_MAX / 2) / bytes)
        raise_memory_error();
    obj_array_t *r = array_new(a->typecode, a->len * (size_t)n);
    for (intptr_t k = 0; k < n; k++)
        memcpy(r->items + (size_t)k * bytes, a->items, bytes);
    return r;
}

static obj_t array_binary_op(binary_op_t op, obj_t lhs, obj_t rhs)
{
    obj_array_t *a = as_array(lhs), *b = as_array(rhs);
    intptr_t n;
    switch (op) {
    case BOP_LT: case BOP_LE: case BOP_GT: case BOP_GE: case BOP_EQ: case BOP_NE:
        return b ? compare(op, a, b) : OBJ_NULL;
    case BOP_IN:
        return obj_new_bool(contains(a, rhs));
    case BOP_ADD:
        if (!b)
            raise_fmt(&type_TypeError, "can only append array (not \"%s\") to array", obj_type_name(rhs));
        if (b->typecode != a->typecode)
            raise_msg(&type_TypeError, "bad argument type for built-in operation");
        {
            obj_array_t *r = array_new(a->typecode, 0);
            extend_array(r, a);
            extend_array(r, b);
            return r;
        }
    case BOP_INPLACE_ADD:
        if (!b)
            raise_fmt(&type_TypeError, "can only extend array with array (not \"%s\")", obj_type_name(rhs));
        if (b->typecode != a->typecode)
            raise_msg(&type_TypeError, "can only extend with array of same kind");
        extend_array(a, b);
        return lhs;
    case BOP_MUL:
    case BOP_REVERSE_MUL:
        if (!obj_tuple_repeat_count(rhs, &n))
            return OBJ_NULL;
        return repeat(a, n);
    case BOP_INPLACE_MUL: {
        if (!obj_tuple_repeat_count(rhs, &n))
            return OBJ_NULL;
        obj_array_t *r = repeat(a, n);
        a->items = r->items;
        a->len = r->len;
        a->alloc = r->len;
        return lhs;
    }
    default:
        return OBJ_NULL;
    }
}

/* ---- iteration ---- */

typedef struct obj_array_iter {
    obj_base_t base;
    obj_array_t *array;
    size_t pos;
} obj_array_iter_t;

static obj_t array_getiter(obj_t self, iter_buf_t *buf)
{
    (void)buf;
    obj_array_iter_t *it = mem_alloc(sizeof(*it));
    it->base.type = &type_array_iterator;
    it->array = as_array(self);
    it->pos = 0;
    return it;
}

static obj_t array_iter_next(obj_t self)
{
    obj_array_iter_t *it = self;
    if (it->array == NULL || it->pos >= it->array->len) {
        it->array = NULL;
        return OBJ_STOP_ITERATION;
    }
    return load(it->array, it->pos++);
}

static const type_t type_array_iterator = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF | TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_arrayiterator,
    .getiter = obj_getiter_self,
    .iternext = array_iter_next,
};

/* ---- buffer protocol ---- */

static int array_buffer(obj_t o, buffer_info_t *info, unsigned flags)
{
    (void)flags;
    obj_array_t *a = as_array(o);
    info->buf = a->items;
    info->len = a->len * a->itemsize;
    /* memoryview knows 'l' and 'L' as 4 bytes: name the 8-byte ones by size */
    char tc = a->typecode;
    if ((tc == 'l' || tc == 'L') && a->itemsize == 8)
        tc = tc == 'l' ? 'q' : 'Q';
    info->typecode = tc;
    return 0;
}

/* ---- methods ---- */

static obj_t array_append(obj_t self, obj_t v)
{
    append(as_array(self), v);
    return OBJ_NONE;
}
static BUILTIN_FUN_2(array_append_obj, Q_append, array_append);

static obj_t array_extend(obj_t self, obj_t iterable)
{
    obj_array_t *a = as_array(self), *b = as_array(iterable);
    if (b) {
        if (b->typecode != a->typecode)
            raise_msg(&type_TypeError, "can only extend with array of same kind");
        extend_array(a, b);
    } else {
        extend_iter(a, iterable);
    }
    return OBJ_NONE;
}
static BUILTIN_FUN_2(array_extend_obj, Q_extend, array_extend);

static obj_t array_insert(obj_t self, obj_t index, obj_t v)
{
    obj_array_t *a = as_array(self);
    intptr_t i = obj_get_int(mod_util_index(index));
    uint8_t tmp[8];
    mod_array_item_store(a->typecode, tmp, v);
    if (i < 0)
        i += (intptr_t)a->len;
    if (i < 0)
        i = 0;
    if ((size_t)i > a->len)
        i = (intptr_t)a->len;
    insert_raw(a, (size_t)i, tmp, 1);
    return OBJ_NONE;
}
static BUILTIN_FUN_3(array_insert_obj, Q_insert, array_insert);

static obj_t array_pop(size_t n, const obj_t *args)
{
    obj_array_t *a = as_array(args[0]);
    intptr_t i = n > 1 ? obj_get_int(mod_util_index(args[1])) : -1;
    if (a->len == 0)
        raise_msg(&type_IndexError, "pop from empty array");
    if (i < 0)
        i += (intptr_t)a->len;
    if (i < 0 || (size_t)i >= a->len)
        raise_msg(&type_IndexError, "pop index out of range");
    obj_t v = load(a, (size_t)i);
    remove_range(a, (size_t)i, 1);
    return v;
}
static BUILTIN_FUN_VAR(array_pop_obj, Q_pop, 1, 2, array_pop);

static obj_t array_remove(obj_t self, obj_t x)
{
    obj_array_t *a = as_array(self);
    for (size_t i = 0; i < a->len; i++) {
        if (obj_equal(load(a, i), x)) {
            remove_range(a, i, 1);
            return OBJ_NONE;
        }
    }
    raise_msg(&type_ValueError, "array.remove(x): x not in array");
}
static BUILTIN_FUN_2(array_remove_obj, Q_remove, array_remove);

/* A start/stop bound of index(): clamped into [0, len]. */
static size_t bound(obj_t o, size_t len)
{
    intptr_t i;
    if (slice_index_convert(o, &i) == SLICE_INDEX_NOT_INT)
        mod_util_index(o);
    if (i < 0) {
        i += (intptr_t)len;
        if (i < 0)
            i = 0;
    }
    return (size_t)i > len ? len : (size_t)i;
}

static obj_t array_index(size_t n, const obj_t *args)
{
    obj_array_t *a = as_array(args[0]);
    size_t start = n > 2 ? bound(args[2], a->len) : 0;
    size_t stop = n > 3 ? bound(args[3], a->len) : a->len;
    for (size_t i = start; i < stop && i < a->len; i++)
        if (obj_equal(load(a, i), args[1]))
            return obj_new_int((intptr_t)i);
    raise_msg(&type_ValueError, "array.index(x): x not in array");
}
static BUILTIN_FUN_VAR(array_index_obj, Q_index, 2, 4, array_index);

static obj_t array_count(obj_t self, obj_t x)
{
    obj_array_t *a = as_array(self);
    intptr_t c = 0;
    for (size_t i = 0; i < a->len; i++)
        c += obj_equal(load(a, i), x);
    return obj_new_int(c);
}
static BUILTIN_FUN_2(array_count_obj, Q_count, array_count);

static obj_t array_reverse(obj_t self)
{
    obj_array_t *a = as_array(self);
    uint8_t tmp[8];
    size_t isz = a->itemsize;
    for (size_t i = 0, j = a->len; i + 1 < j; i++, j--) {
        memcpy(tmp, item(a, i), isz);
        memcpy(item(a, i), item(a, j - 1), isz);
        memcpy(item(a, j - 1), tmp, isz);
    }
    return OBJ_NONE;
}
static BUILTIN_FUN_1(array_reverse_obj, Q_reverse, array_reverse);

static obj_t array_byteswap(obj_t self)
{
    obj_array_t *a = as_array(self);
    size_t isz = a->itemsize;
    for (size_t i = 0; i < a->len; i++) {
        uint8_t *p = item(a, i);
        for (size_t k = 0; k < isz / 2; k++) {
            uint8_t t = p[k];
            p[k] = p[isz - 1 - k];
            p[isz - 1 - k] = t;
        }
    }
    return OBJ_NONE;
}
static BUILTIN_FUN_1(array_byteswap_obj, Q_byteswap, array_byteswap);

static obj_t array_tobytes(obj_t self)
{
    obj_array_t *a = as_array(self);
    return obj_new_bytes(a->items, a->len * a->itemsize);
}
static BUILTIN_FUN_1(array_tobytes_obj, Q_tobytes, array_tobytes);

static obj_t array_frombytes(obj_t self, obj_t data)
{
    buffer_info_t bi;
    mod_util_get_buffer(data, &bi);
    frombytes(as_array(self), &bi);
    return OBJ_NONE;
}
static BUILTIN_FUN_2(array_frombytes_obj, Q_frombytes, array_frombytes);

static obj_t array_tolist(obj_t self)
{
    obj_array_t *a = as_array(self);
    obj_t l = obj_new_list(a->len, NULL);
    size_t n;
    obj_t *items;
    obj_list_get(l, &n, &items);
    for (size_t i = 0; i < a->len; i++)
        items[i] = load(a, i);
    return l;
}
static BUILTIN_FUN_1(array_tolist_obj, Q_tolist, array_tolist);

/* fromlist is all or nothing: every item is converted before any is
 * added. */
static obj_t array_fromlist(obj_t self, obj_t list)
{
    obj_array_t *a = as_array(self);
    if (!obj_isinstance(list, &type_list))
        raise_msg(&type_TypeError, "arg must be list");
    size_t n;
    obj_t *items;
    obj_list_get(list, &n, &items);
    obj_array_t *tmp = array_new(a->typecode, n);
    for (size_t i = 0; i < n && i < tmp->len; i++) {
        obj_list_get(list, &n, &items);
        mod_array_item_store(a->typecode, item(tmp, i), items[i]);
    }
    extend_array(a, tmp);
    return OBJ_NONE;
}
static BUILTIN_FUN_2(array_fromlist_obj, Q_fromlist, array_fromlist);

static obj_t array_buffer_info(obj_t self)
{
    obj_array_t *a = as_array(self);
    obj_t items[2] = {obj_new_int_from_uint((uintptr_t)a->items), obj_new_int((intptr_t)a->len)};
    return obj_new_tuple(2, items);
}
static BUILTIN_FUN_1(array_buffer_info_obj, Q_buffer_info, array_buffer_info);

static void array_attr(obj_t self, qstr attr, obj_t *dest)
{
    if (dest[0] != OBJ_NULL)
        return;
    obj_array_t *a = as_array(self);
    if (attr == Q_typecode)
        dest[0] = str_new(&a->typecode, 1);
    else if (attr == Q_itemsize)
        dest[0] = obj_new_small_int(a->itemsize);
}

static const map_elem_t array_locals_table[] = {
    {ROM_QSTR(Q___module__), ROM_QSTR(Q_array)},
    {ROM_QSTR(Q_append), ROM_PTR(&array_append_obj)},
    {ROM_QSTR(Q_extend), ROM_PTR(&array_extend_obj)},
    {ROM_QSTR(Q_insert), ROM_PTR(&array_insert_obj)},
    {ROM_QSTR(Q_pop), ROM_PTR(&array_pop_obj)},
    {ROM_QSTR(Q_remove), ROM_PTR(&array_remove_obj)},
    {ROM_QSTR(Q_index), ROM_PTR(&array_index_obj)},
    {ROM_QSTR(Q_count), ROM_PTR(&array_count_obj)},
    {ROM_QSTR(Q_reverse), ROM_PTR(&array_reverse_obj)},
    {ROM_QSTR(Q_byteswap), ROM_PTR(&array_byteswap_obj)},
    {ROM_QSTR(Q_tobytes), ROM_PTR(&array_tobytes_obj)},
    {ROM_QSTR(Q_frombytes), ROM_PTR(&array_frombytes_obj)},
    {ROM_QSTR(Q_tolist), ROM_PTR(&array_tolist_obj)},
    {ROM_QSTR(Q_fromlist), ROM_PTR(&array_fromlist_obj)},
    {ROM_QSTR(Q_buffer_info), ROM_PTR(&array_buffer_info_obj)},
};
static MAP_ROM(array_locals, array_locals_table);

const type_t mod_array_type = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = Q_array,
    .make_new = array_make_new,
    .print = array_print,
    .unary_op = array_unary_op,
    .binary_op = array_binary_op,
    .attr = array_attr,
    .subscr = array_subscr,
    .getiter = array_getiter,
    .buffer = array_buffer,
    .locals = &array_locals,
};

/* ---- the module ---- */

QSTR_SPECIAL(Q_array_typecodes, "bBhHiIlLqQfd");

static const map_elem_t array_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_array)},
    {ROM_QSTR(Q_array), ROM_PTR(&mod_array_type)},
    {ROM_QSTR(Q_ArrayType), ROM_PTR(&mod_array_type)},
    {ROM_QSTR(Q_typecodes), ROM_QSTR(Q_array_typecodes)},
};
static DICT_ROM(array_globals, array_globals_table);
const obj_module_t array_module = {{&type_module}, &array_globals};
MODULE_REGISTER(Q_array, array_module);
