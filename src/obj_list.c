/* list (see obj_list.h); sorting is in obj_list_sort.c. */
#include "obj_list.h"

#include <string.h>

#include "mem.h"
#include "obj_slice.h"
#include "obj_tuple.h"
#include "runtime.h"

/* ---- storage ---- */

/* memmove/memset that accept a NULL items pointer when n is 0. */
static void items_move(obj_t *dst, const obj_t *src, size_t n)
{
    if (n)
        memmove(dst, src, n * sizeof(obj_t));
}

static void items_clear(obj_t *p, size_t n)
{
    if (n)
        memset(p, 0, n * sizeof(obj_t));
}

static obj_list_t *list_alloc(size_t n)
{
    obj_list_t *l = mem_alloc(sizeof(*l));
    l->base.type = &type_list;
    if (n) {
        if (n > SIZE_MAX / sizeof(obj_t))
            raise_memory_error();
        l->items = mem_alloc(n * sizeof(obj_t));
    }
    l->alloc = n;
    l->len = 0;
    return l;
}

obj_t obj_new_list(size_t n, const obj_t *items)
{
    obj_list_t *l = list_alloc(n);
    l->len = n;
    if (items && n)
        items_move(l->items, items, n);
    return l;
}

/* Make room for need items; grows by half so appends are amortised O(1). */
static void list_reserve(obj_list_t *l, size_t need)
{
    if (need <= l->alloc)
        return;
    size_t n = l->alloc + (l->alloc >> 1) + 4;
    if (n < need)
        n = need;
    if (n > SIZE_MAX / sizeof(obj_t))
        raise_memory_error();
    l->items = mem_realloc(l->items, n * sizeof(obj_t));
    l->alloc = n;
}

/* Set a new length no larger than the old one; clears the dropped slots
 * (so the collector does not keep their objects) and gives back memory
 * when most of the block is unused. */
static void list_truncate(obj_list_t *l, size_t len)
{
    if (l->len > len)
        items_clear(l->items + len, l->len - len);
    l->len = len;
    if (len == 0 && l->alloc > 16) {
        mem_free(l->items);
        l->items = NULL;
        l->alloc = 0;
    } else if (l->alloc > 16 && len < l->alloc / 4) {
        size_t n = len + (len >> 1) + 4;
        l->items = mem_realloc(l->items, n * sizeof(obj_t));
        l->alloc = n;
    }
}

obj_t list_append(obj_t list, obj_t item)
{
    obj_list_t *l = list;
    if (l->len == l->alloc)
        list_reserve(l, l->len + 1);
    l->items[l->len++] = item;
    return OBJ_NONE;
}

static obj_list_t *as_list(obj_t o)
{
    return obj_tuple_native_of(o, &type_list);
}

void obj_list_get(obj_t o, size_t *len, obj_t **items)
{
    obj_list_t *l = as_list(o);
    if (l == NULL)
        raise_fmt(&type_TypeError, "expected list, got %T", o);
    *len = l->len;
    *items = l->items;
}

/* Items of a native list or tuple, else NULL. */
static const obj_t *fast_items(obj_t o, size_t *len)
{
    obj_t n;
    if ((n = as_list(o)) != OBJ_NULL) {
        *len = ((obj_list_t *)n)->len;
        return ((obj_list_t *)n)->items;
    }
    if ((n = obj_tuple_native_of(o, &type_tuple)) != OBJ_NULL) {
        *len = ((obj_tuple_t *)n)->len;
        return ((obj_tuple_t *)n)->items;
    }
    return NULL;
}

obj_t list_extend(obj_t list, obj_t iterable)
{
    obj_list_t *l = list;
    size_t n;
    const obj_t *src = fast_items(iterable, &n);
    if (src) {
        list_reserve(l, l->len + n);
        /* src may be l->items itself: re-read after the realloc */
        src = fast_items(iterable, &n);
        if (n)
            items_move(l->items + l->len, src, n);
        l->len += n;
        return OBJ_NONE;
    }
    obj_t it = getiter(iterable, NULL);
    obj_t x;
    while ((x = iternext(it)) != OBJ_STOP_ITERATION)
        list_append(l, x);
    return OBJ_NONE;
}

obj_t obj_list_from_iter(obj_t iterable)
{
    obj_list_t *l = list_alloc(0);
    list_extend(l, iterable);
    return l;
}

/* Replace items [lo, hi) with n items from src (which must not alias the
 * list's own storage). */
static void list_replace(obj_list_t *l, size_t lo, size_t hi, const obj_t *src, size_t n)
{
    if (hi < lo)
        hi = lo;
    size_t old = l->len, len = old - (hi - lo) + n;
    if (len > old)
        list_reserve(l, len);
    if (old > hi)
        items_move(l->items + lo + n, l->items + hi, old - hi);
    if (n)
        items_move(l->items + lo, src, n);
    if (len < old) {
        l->len = old;
        list_truncate(l, len);
    } else {
        l->len = len;
    }
}

/* ---- printing and operators ---- */

static void list_print_body(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    obj_tuple_seq_print(p, o, '[', ']');
}

static void list_print(const print_t *p, obj_t o, print_kind_t kind)
{
    if (((obj_list_t *)o)->len == 0)
        print_str(p, "[]");
    else if (!obj_tuple_print_guarded(p, o, kind, list_print_body))
        print_str(p, "[...]");
}

static obj_t list_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    if (n_kw)
        raise_msg(&type_TypeError, "list() takes no keyword arguments");
    if (n_args > 1)
        raise_fmt(&type_TypeError, "list expected at most 1 argument, got %zu", n_args);
    obj_list_t *l = list_alloc(0);
    if (n_args)
        list_extend(l, args[0]);
    return l;
}

static obj_t list_unary_op(unary_op_t op, obj_t o)
{
    obj_list_t *l = o;
    switch (op) {
    case UOP_BOOL: return obj_new_bool(l->len != 0);
    case UOP_LEN: return obj_new_small_int((intptr_t)l->len);
    default: return OBJ_NULL;   /* unhashable */
    }
}

/* The list repeated n times into dest (which may be l itself). */
static void list_repeat_into(obj_list_t *dest, const obj_list_t *l, intptr_t n)
{
    size_t len = l->len;
    if (n <= 0 || len == 0) {
        list_truncate(dest, 0);
        return;
    }
    if ((size_t)n > SIZE_MAX / sizeof(obj_t) / len)
        raise_memory_error();
    list_reserve(dest, len * (size_t)n);
    if (dest != l)
        items_move(dest->items, l->items, len);
    for (size_t i = 1; i < (size_t)n; i++)
        items_move(dest->items + i * len, dest->items, len);
    dest->len = len * (size_t)n;
}

static obj_t list_binary_op(binary_op_t op, obj_t lhs, obj_t rhs)
{
    obj_t self = lhs;
    obj_list_t *a = as_list(lhs);
    if (a == NULL)
        a = as_list(rhs), rhs = lhs;
    obj_list_t *b = as_list(rhs);
    switch (op) {
    case BOP_IN:
        return obj_new_bool(obj_tuple_seq_contains(a, rhs));
    case BOP_ADD: {
        if (b == NULL) {
            if (obj_get_type(rhs)->flags & TYPE_FLAG_USER)
                return OBJ_NULL;
            raise_fmt(&type_TypeError, "can only concatenate list (not \"%T\") to list", rhs);
        }
        obj_list_t *r = list_alloc(a->len + b->len);
        if (a->len)
            items_move(r->items, a->items, a->len);
        if (b->len)
            items_move(r->items + a->len, b->items, b->len);
        r->len = a->len + b->len;
        return r;
    }
    case BOP_INPLACE_ADD:
        list_extend(a, rhs);
        return self;
    case BOP_MUL:
    case BOP_REVERSE_MUL:
    case BOP_INPLACE_MUL: {
        intptr_t n;
        if (!obj_tuple_repeat_count(rhs, &n))
            return OBJ_NULL;
        if (op == BOP_INPLACE_MUL) {
            list_repeat_into(a, a, n);
            return self;
        }
        obj_list_t *r = list_alloc(0);
        list_repeat_into(r, a, n);
        return r;
    }
    case BOP_LT: case BOP_GT: case BOP_EQ: case BOP_NE: case BOP_LE: case BOP_GE:
        if (b == NULL)
            return OBJ_NULL;
        return obj_tuple_seq_compare(op, a, b);
    default:
        return OBJ_NULL;
    }
}

/* ---- subscripts ---- */

static obj_t list_slice(obj_list_t *l, intptr_t start, intptr_t stop, intptr_t step)
{
    size_t n = slice_length(start, stop, step);
    obj_list_t *r = list_alloc(n);
    if (step == 1 && n)
        items_move(r->items, l->items + start, n);
    else
        for (size_t i = 0; i < n; i++)
            r->items[i] = l->items[start + (intptr_t)i * step];
    r->len = n;
    return r;
}

/* iter(value), turning a TypeError into TypeError(msg) like CPython's
 * PySequence_Fast. */
static obj_t getiter_or_raise(obj_t value, const char *msg_arg)
{
    /* read after a longjmp: keep it out of registers */
    const char *volatile msg = msg_arg;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t it = getiter(value, NULL);
        nlr_pop();
        return it;
    }
    if (exception_is(nlr.value, &type_TypeError))
        raise_msg(&type_TypeError, msg);
    nlr_jump(nlr.value);
}

/* The items of value as a C array that does not alias l's storage. */
static const obj_t *value_items(obj_list_t *l, obj_t value, size_t *n, const char *msg)
{
    const obj_t *src = fast_items(value, n);
    if (src && as_list(value) != l)
        return src;
    if (src) {
        obj_list_t *copy = obj_new_list(*n, src);
        return copy->items;
    }
    obj_t it = getiter_or_raise(value, msg);
    obj_list_t *tmp = list_alloc(0);
    obj_t x;
    while ((x = iternext(it)) != OBJ_STOP_ITERATION)
        list_append(tmp, x);
    *n = tmp->len;
    return tmp->items;
}

static void list_delete_slice(obj_list_t *l, intptr_t start, intptr_t stop, intptr_t step)
{
    size_t n = slice_length(start, stop, step);
    if (step == 1) {
        list_replace(l, (size_t)start, (size_t)stop, NULL, 0);
        return;
    }
    if (n == 0)
        return;
    if (step < 0) {
        start += step * (intptr_t)(n - 1);
        step = -step;
    }
    /* compact in place, skipping every step-th item from start */
    size_t dst = (size_t)start, next = (size_t)start, k = 0;
    for (size_t i = (size_t)start; i < l->len; i++) {
        if (i == next && k < n) {
            k++;
            next += (size_t)step;
            continue;
        }
        l->items[dst++] = l->items[i];
    }
    list_truncate(l, dst);
}

static void list_store_slice(obj_list_t *l, obj_t index, obj_t value)
{
    size_t n, len = l->len;
    intptr_t start, stop, step;
    slice_indices(index, len, &start, &stop, &step);
    const obj_t *src = value_items(l, value, &n, step == 1 ? "can only assign an iterable"
                                                          : "must assign iterable to extended slice");
    if (l->len != len)   /* iterating value changed the list */
        slice_indices(index, l->len, &start, &stop, &step);
    if (step == 1) {
        list_replace(l, (size_t)start, (size_t)(stop < start ? start : stop), src, n);
        return;
    }
    size_t count = slice_length(start, stop, step);
    if (n != count)
        raise_fmt(&type_ValueError,
                  "attempt to assign sequence of size %zu to extended slice of size %zu", n, count);
    for (size_t i = 0; i < n; i++)
        l->items[start + (intptr_t)i * step] = src[i];
}

static obj_t list_subscr(obj_t self, obj_t index, obj_t value)
{
    obj_list_t *l = self;
    if (obj_is_small_int(index)) {
        intptr_t i = obj_small_int_value(index);
        if (i < 0)
            i += (intptr_t)l->len;
        if (i >= 0 && (size_t)i < l->len) {
            if (value == OBJ_SENTINEL)
                return l->items[i];
            if (value != OBJ_NULL) {
                l->items[i] = value;
                return OBJ_NONE;
            }
        }
    }
    if (obj_is_type(index, &type_slice)) {
        intptr_t start, stop, step;
        if (value == OBJ_SENTINEL) {
            slice_indices(index, l->len, &start, &stop, &step);
            return list_slice(l, start, stop, step);
        }
        if (value == OBJ_NULL) {
            slice_indices(index, l->len, &start, &stop, &step);
            list_delete_slice(l, start, stop, step);
        } else {
            list_store_slice(l, index, value);
        }
        return OBJ_NONE;
    }
    intptr_t i = slice_subscript_index(index, &type_list);
    if (i < 0)
        i += (intptr_t)l->len;
    if (i < 0 || (size_t)i >= l->len)
        raise_msg(&type_IndexError, value == OBJ_SENTINEL ? "list index out of range"
                                                          : "list assignment index out of range");
    if (value == OBJ_SENTINEL)
        return l->items[i];
    if (value == OBJ_NULL)
        list_replace(l, (size_t)i, (size_t)i + 1, NULL, 0);
    else
        l->items[i] = value;
    return OBJ_NONE;
}

/* Iteration re-reads the length each step, like CPython's list_iterator;
 * list is NULL once exhausted, so later appends are not seen. */
typedef struct list_iter {
    obj_base_t base;
    obj_list_t *list;
    size_t index;
} list_iter_t;

static obj_t list_iter_next(obj_t self)
{
    list_iter_t *it = self;
    if (it->list == NULL)
        return OBJ_STOP_ITERATION;
    if (it->index >= it->list->len) {
        it->list = NULL;
        return OBJ_STOP_ITERATION;
    }
    return it->list->items[it->index++];
}

static const type_t type_list_iterator = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .name = Q_list_iterator,
    .getiter = obj_getiter_self,
    .iternext = list_iter_next,
};

static obj_t list_getiter(obj_t self, iter_buf_t *buf)
{
    _Static_assert(sizeof(list_iter_t) <= sizeof(iter_buf_t), "iterator must fit iter_buf");
    list_iter_t *it = buf ? (list_iter_t *)buf : mem_alloc(sizeof(list_iter_t));
    it->base.type = &type_list_iterator;
    it->list = self;
    it->index = 0;
    return it;
}

/* ---- methods ---- */

static BUILTIN_FUN_2(list_append_obj, Q_append, list_append);
static BUILTIN_FUN_2(list_extend_obj, Q_extend, list_extend);

static obj_t list_insert(obj_t self, obj_t index, obj_t item)
{
    obj_list_t *l = self;
    intptr_t i = slice_get_index(index);
    if (i < 0) {
        i += (intptr_t)l->len;
        if (i < 0)
            i = 0;
    }
    if ((size_t)i > l->len)
        i = (intptr_t)l->len;
    list_replace(l, (size_t)i, (size_t)i, &item, 1);
    return OBJ_NONE;
}
static BUILTIN_FUN_3(list_insert_obj, Q_insert, list_insert);

static obj_t list_pop(size_t n_args, const obj_t *args)
{
    obj_list_t *l = args[0];
    intptr_t i = n_args > 1 ? slice_get_index(args[1]) : -1;
    if (l->len == 0)
        raise_msg(&type_IndexError, "pop from empty list");
    if (i < 0)
        i += (intptr_t)l->len;
    if (i < 0 || (size_t)i >= l->len)
        raise_msg(&type_IndexError, "pop index out of range");
    obj_t x = l->items[i];
    list_replace(l, (size_t)i, (size_t)i + 1, NULL, 0);
    return x;
}
static BUILTIN_FUN_VAR(list_pop_obj, Q_pop, 1, 2, list_pop);

static obj_t list_remove(obj_t self, obj_t x)
{
    obj_t args[2] = {self, x};
    intptr_t i = obj_tuple_seq_find(2, args);
    if (i < 0)
        raise_msg(&type_ValueError, "list.remove(x): x not in list");
    list_replace(self, (size_t)i, (size_t)i + 1, NULL, 0);
    return OBJ_NONE;
}
static BUILTIN_FUN_2(list_remove_obj, Q_remove, list_remove);

static obj_t list_index(size_t n_args, const obj_t *args)
{
    intptr_t i = obj_tuple_seq_find(n_args, args);
    if (i < 0)
        raise_fmt(&type_ValueError, "%r is not in list", args[1]);
    return obj_new_small_int(i);
}
static BUILTIN_FUN_VAR(list_index_obj, Q_index, 2, 4, list_index);

static obj_t list_count(obj_t self, obj_t x)
{
    return obj_new_small_int((intptr_t)obj_tuple_seq_count(self, x));
}
static BUILTIN_FUN_2(list_count_obj, Q_count, list_count);

static obj_t list_clear(obj_t self)
{
    list_truncate(self, 0);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(list_clear_obj, Q_clear, list_clear);

static obj_t list_copy(obj_t self)
{
    obj_list_t *l = self;
    return obj_new_list(l->len, l->items);
}
static BUILTIN_FUN_1(list_copy_obj, Q_copy, list_copy);

static obj_t list_reverse(obj_t self)
{
    obj_list_t *l = self;
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        obj_t t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    return OBJ_NONE;
}
static BUILTIN_FUN_1(list_reverse_obj, Q_reverse, list_reverse);

static obj_t list_sort(size_t n_args, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {
        {Q_key, ARG_KW_ONLY, OBJ_NONE},
        {Q_reverse, ARG_KW_ONLY, OBJ_FALSE},
    };
    if (n_args > 1)
        raise_msg(&type_TypeError, "sort() takes no positional arguments");
    obj_t out[2];
    arg_parse("sort", 0, args + 1, kw, 2, spec, out);
    list_sort_inplace(args[0], out[0], obj_is_true(out[1]));
    return OBJ_NONE;
}
static BUILTIN_FUN_KW(list_sort_obj, Q_sort, 1, list_sort);

/* list.__init__(iterable=()) for subclasses calling super().__init__. */
static obj_t list_init(size_t n_args, const obj_t *args)
{
    list_truncate(args[0], 0);
    if (n_args > 1)
        list_extend(args[0], args[1]);
    return OBJ_NONE;
}
static BUILTIN_FUN_VAR(list_init_obj, Q___init__, 1, 2, list_init);

static const map_elem_t list_locals_table[] = {
    {ROM_QSTR(Q_append), ROM_PTR(&list_append_obj)},
    {ROM_QSTR(Q_extend), ROM_PTR(&list_extend_obj)},
    {ROM_QSTR(Q_insert), ROM_PTR(&list_insert_obj)},
    {ROM_QSTR(Q_pop), ROM_PTR(&list_pop_obj)},
    {ROM_QSTR(Q_remove), ROM_PTR(&list_remove_obj)},
    {ROM_QSTR(Q_index), ROM_PTR(&list_index_obj)},
    {ROM_QSTR(Q_count), ROM_PTR(&list_count_obj)},
    {ROM_QSTR(Q_clear), ROM_PTR(&list_clear_obj)},
    {ROM_QSTR(Q_copy), ROM_PTR(&list_copy_obj)},
    {ROM_QSTR(Q_reverse), ROM_PTR(&list_reverse_obj)},
    {ROM_QSTR(Q_sort), ROM_PTR(&list_sort_obj)},
    {ROM_QSTR(Q___init__), ROM_PTR(&list_init_obj)},
};
static MAP_ROM(list_locals, list_locals_table);

const type_t type_list = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = Q_list,
    .make_new = list_make_new,
    .print = list_print,
    .unary_op = list_unary_op,
    .binary_op = list_binary_op,
    .subscr = list_subscr,
    .getiter = list_getiter,
    .locals = &list_locals,
};
