/* range (see obj_range.h). */
#include "obj_range.h"

#include "mem.h"
#include "obj_slice.h"
#include "obj_tuple.h"
#include "port.h"
#include "runtime.h"

static obj_range_t *range_new(intptr_t start, intptr_t stop, intptr_t step)
{
    obj_range_t *r = mem_alloc(sizeof(*r));
    r->base.type = &type_range;
    r->start = start;
    r->stop = stop;
    r->step = step;
    return r;
}

/* A range from int objects: C fields when all three fit, else big. */
static obj_range_t *range_from_objs(obj_t start, obj_t stop, obj_t step)
{
    intptr_t a, b, c;
    if (obj_get_int_maybe(start, &a) && obj_get_int_maybe(stop, &b) && obj_get_int_maybe(step, &c))
        return range_new(a, b, c);
    obj_range_t *r = range_new(0, 0, 1);
    obj_t parts[3] = {start, stop, step};
    r->big = obj_new_tuple(3, parts);
    return r;
}

/* ---- int-object arithmetic for ranges with big bounds ---- */

static bool lt(obj_t a, obj_t b)
{
    return obj_is_true(compare_op(BOP_LT, a, b));
}

static int sign(obj_t a)
{
    obj_t zero = obj_new_small_int(0);
    return lt(a, zero) ? -1 : lt(zero, a) ? 1 : 0;
}

/* start (0), stop (1) or step (2) as an int object, whatever the mode. */
static obj_t part(const obj_range_t *r, int i)
{
    if (r->big)
        return ((obj_tuple_t *)r->big)->items[i];
    return obj_new_int(i == 0 ? r->start : i == 1 ? r->stop : r->step);
}

static obj_t len_obj(const obj_range_t *r)
{
    if (!r->big)
        return obj_new_int_from_uint(range_length(r));
    obj_t start = part(r, 0), stop = part(r, 1), step = part(r, 2), one = obj_new_small_int(1);
    if (sign(step) < 0) {
        obj_t t = start;
        start = stop;
        stop = t;
        step = unary_op(UOP_NEG, step);
    }
    if (!lt(start, stop))
        return obj_new_small_int(0);
    obj_t span = binary_op(BOP_SUB, binary_op(BOP_SUB, stop, start), one);
    return binary_op(BOP_ADD, binary_op(BOP_FLOORDIV, span, step), one);
}

/* start + i * step as an int object. */
static obj_t item_obj(const obj_range_t *r, obj_t i)
{
    return binary_op(BOP_ADD, part(r, 0), binary_op(BOP_MUL, i, part(r, 2)));
}

/* Position of int x in r as an int object, or OBJ_NULL. */
static obj_t find_obj(const obj_range_t *r, obj_t x)
{
    obj_t start = part(r, 0), stop = part(r, 1), step = part(r, 2);
    bool inside = sign(step) > 0 ? !lt(x, start) && lt(x, stop) : !lt(start, x) && lt(stop, x);
    if (!inside)
        return OBJ_NULL;
    obj_t off = binary_op(BOP_SUB, x, start);
    if (sign(binary_op(BOP_MOD, off, step)) != 0)
        return OBJ_NULL;
    return binary_op(BOP_FLOORDIV, off, step);
}

uintptr_t range_length(const obj_range_t *r)
{
    if (r->big) {
        intptr_t n;
        return obj_get_int_maybe(len_obj(r), &n) ? (uintptr_t)n : UINTPTR_MAX;
    }
    if (r->step > 0 && r->start < r->stop)
        return ((uintptr_t)r->stop - (uintptr_t)r->start - 1) / (uintptr_t)r->step + 1;
    if (r->step < 0 && r->start > r->stop)
        return ((uintptr_t)r->start - (uintptr_t)r->stop - 1) / (0 - (uintptr_t)r->step) + 1;
    return 0;
}

/* The length as a Python-visible size (len(), indexing, slicing). */
static size_t range_len_checked(const obj_range_t *r)
{
    uintptr_t n = range_length(r);
    if (n > (uintptr_t)INTPTR_MAX)
        raise_msg(&type_OverflowError, "Python int too large to convert to C ssize_t");
    return (size_t)n;
}

static intptr_t range_item(const obj_range_t *r, uintptr_t i)
{
    return (intptr_t)((uintptr_t)r->start + i * (uintptr_t)r->step);
}

/* An argument of range(): an int or an object with __index__. */
static obj_t int_arg(obj_t o)
{
    obj_t i = slice_index_obj(o);
    if (i == OBJ_NULL)
        raise_fmt(&type_TypeError, "'%T' object cannot be interpreted as an integer", o);
    return i;
}

static obj_t range_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    if (n_kw)
        raise_msg(&type_TypeError, "range() takes no keyword arguments");
    if (n_args == 0)
        raise_msg(&type_TypeError, "range expected at least 1 argument, got 0");
    if (n_args > 3)
        raise_fmt(&type_TypeError, "range expected at most 3 arguments, got %zu", n_args);
    if (n_args == 1)
        return range_from_objs(obj_new_small_int(0), int_arg(args[0]), obj_new_small_int(1));
    obj_t start = int_arg(args[0]), stop = int_arg(args[1]);
    obj_t step = n_args == 3 ? int_arg(args[2]) : obj_new_small_int(1);
    if (sign(step) == 0)
        raise_msg(&type_ValueError, "range() arg 3 must not be zero");
    return range_from_objs(start, stop, step);
}

static void range_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    const obj_range_t *r = o;
    print_str(p, "range(");
    obj_print(p, part(r, 0), PRINT_REPR);
    print_str(p, ", ");
    obj_print(p, part(r, 1), PRINT_REPR);
    obj_t step = part(r, 2);
    if (!obj_is_small_int(step) || obj_small_int_value(step) != 1) {
        print_str(p, ", ");
        obj_print(p, step, PRINT_REPR);
    }
    print_str(p, ")");
}

/* CPython hashes a range like the tuple (len, start, step), with None for
 * the parts that do not affect its items. */
static uintptr_t range_hash(const obj_range_t *r)
{
    obj_t n = len_obj(r);
    obj_t t[3] = {n, OBJ_NONE, OBJ_NONE};
    if (sign(n) != 0) {
        t[1] = part(r, 0);
        if (!obj_equal(n, obj_new_small_int(1)))
            t[2] = part(r, 2);
    }
    return obj_hash(obj_new_tuple(3, t));
}

static obj_t range_unary_op(unary_op_t op, obj_t o)
{
    const obj_range_t *r = o;
    switch (op) {
    case UOP_BOOL: return obj_new_bool(range_length(r) != 0);
    case UOP_LEN: return obj_new_int((intptr_t)range_len_checked(r));
    case UOP_HASH: return obj_new_small_int((intptr_t)range_hash(r));
    default: return OBJ_NULL;
    }
}

/* Position of int v in r, or -1. */
static intptr_t range_find_int(const obj_range_t *r, intptr_t v)
{
    uintptr_t off;
    if (r->step > 0) {
        if (v < r->start || v >= r->stop)
            return -1;
        off = (uintptr_t)v - (uintptr_t)r->start;
        if (off % (uintptr_t)r->step)
            return -1;
        return (intptr_t)(off / (uintptr_t)r->step);
    }
    if (v > r->start || v <= r->stop)
        return -1;
    off = (uintptr_t)r->start - (uintptr_t)v;
    uintptr_t step = 0 - (uintptr_t)r->step;
    if (off % step)
        return -1;
    return (intptr_t)(off / step);
}

/* Position of x in r: ints by arithmetic, anything else by ==; -1 when
 * absent. Big ranges give their position as an object in *pos_big. */
static intptr_t range_find(const obj_range_t *r, obj_t x, bool *is_int, obj_t *pos_big)
{
    intptr_t v;
    *is_int = obj_is_int(x);
    *pos_big = OBJ_NULL;
    if (*is_int) {
        if (r->big) {
            *pos_big = find_obj(r, x);
            return *pos_big ? 0 : -1;
        }
        return obj_get_int_maybe(x, &v) ? range_find_int(r, v) : -1;
    }
    /* a linear search as CPython's (x in range(10**18) is slow there too);
       Ctrl-C must still stop it */
    uintptr_t n = range_length(r);
    for (uintptr_t i = 0; i < n; i++) {
        if (port_interrupt_pending)
            runtime_check_interrupt();
        obj_t item = r->big ? item_obj(r, obj_new_int_from_uint(i)) : obj_new_int(range_item(r, i));
        if (obj_equal(item, x))
            return (intptr_t)i;
    }
    return -1;
}

static bool range_equal(const obj_range_t *a, const obj_range_t *b)
{
    if (a->big || b->big) {
        obj_t n = len_obj(a);
        if (!obj_equal(n, len_obj(b)))
            return false;
        if (sign(n) == 0)
            return true;
        if (!obj_equal(part(a, 0), part(b, 0)))
            return false;
        return obj_equal(n, obj_new_small_int(1)) || obj_equal(part(a, 2), part(b, 2));
    }
    uintptr_t n = range_length(a);
    if (n != range_length(b))
        return false;
    if (n == 0)
        return true;
    if (a->start != b->start)
        return false;
    return n == 1 || a->step == b->step;
}

static obj_t range_binary_op(binary_op_t op, obj_t lhs, obj_t rhs)
{
    const obj_range_t *r = lhs;
    bool is_int;
    obj_t pos_big;
    switch (op) {
    case BOP_IN:
        return obj_new_bool(range_find(r, rhs, &is_int, &pos_big) >= 0);
    case BOP_EQ:
    case BOP_NE:
        if (!obj_is_type(rhs, &type_range))
            return OBJ_NULL;
        return obj_new_bool(range_equal(r, rhs) == (op == BOP_EQ));
    default:
        return OBJ_NULL;
    }
}

static obj_t range_slice(const obj_range_t *r, obj_t index)
{
    intptr_t a, b, c, step;
    slice_indices(index, range_len_checked(r), &a, &b, &c);
    if (r->big || __builtin_mul_overflow(r->step, c, &step))
        return range_from_objs(item_obj(r, obj_new_int(a)), item_obj(r, obj_new_int(b)),
                               binary_op(BOP_MUL, part(r, 2), obj_new_int(c)));
    return range_new(range_item(r, (uintptr_t)a), range_item(r, (uintptr_t)b), step);
}

/* r[index] for a range with big bounds (index may be big too). */
static obj_t big_subscr(const obj_range_t *r, obj_t index)
{
    obj_t n = len_obj(r), i = slice_index_obj(index);
    if (i == OBJ_NULL)
        raise_fmt(&type_TypeError, "range indices must be integers or slices, not %T", index);
    if (sign(i) < 0)
        i = binary_op(BOP_ADD, i, n);
    if (sign(i) < 0 || !lt(i, n))
        raise_msg(&type_IndexError, "range object index out of range");
    return item_obj(r, i);
}

static obj_t range_subscr(obj_t self, obj_t index, obj_t value)
{
    const obj_range_t *r = self;
    if (value != OBJ_SENTINEL)
        return OBJ_NULL;
    if (obj_is_type(index, &type_slice))
        return range_slice(r, index);
    if (r->big)
        return big_subscr(r, index);
    intptr_t i;
    int kind = slice_index_convert(index, &i);
    if (kind == SLICE_INDEX_NOT_INT)
        raise_fmt(&type_TypeError, "range indices must be integers or slices, not %T", index);
    size_t n = range_len_checked(r);
    if (i < 0)
        i += (intptr_t)n;
    if (kind == SLICE_INDEX_OVERFLOW || i < 0 || (size_t)i >= n)
        raise_msg(&type_IndexError, "range object index out of range");
    return obj_new_int(range_item(r, (uintptr_t)i));
}

static void range_attr(obj_t o, qstr attr, obj_t *dest)
{
    if (dest[0] != OBJ_NULL)
        return;
    const obj_range_t *r = o;
    if (attr == Q_start)
        dest[0] = part(r, 0);
    else if (attr == Q_stop)
        dest[0] = part(r, 1);
    else if (attr == Q_step)
        dest[0] = part(r, 2);
}

/* ---- iteration ---- */

static obj_t range_iter_next(obj_t self)
{
    return range_iter_step(self);
}

const type_t type_range_iter = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .name = Q_range_iterator,
    .getiter = obj_getiter_self,
    .iternext = range_iter_next,
};

static obj_t iter_new(iter_buf_t *buf, intptr_t cur, intptr_t step, size_t n)
{
    _Static_assert(sizeof(obj_range_iter_t) <= sizeof(iter_buf_t), "iterator must fit iter_buf");
    obj_range_iter_t *it = buf ? (obj_range_iter_t *)buf : mem_alloc(sizeof(*it));
    it->base.type = &type_range_iter;
    it->cur = cur;
    it->step = step;
    it->remaining = n;
    return it;
}

/* Iterator for ranges with big bounds: all three fields are int objects. */
typedef struct range_bigiter {
    obj_base_t base;
    obj_t cur, step, remaining;
} range_bigiter_t;

static obj_t range_bigiter_next(obj_t self)
{
    range_bigiter_t *it = self;
    if (sign(it->remaining) == 0)
        return OBJ_STOP_ITERATION;
    obj_t v = it->cur;
    it->cur = binary_op(BOP_ADD, v, it->step);
    it->remaining = binary_op(BOP_SUB, it->remaining, obj_new_small_int(1));
    return v;
}

static const type_t type_range_bigiter = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .name = Q_longrange_iterator,
    .getiter = obj_getiter_self,
    .iternext = range_bigiter_next,
};

static obj_t bigiter_new(obj_t cur, obj_t step, obj_t n)
{
    range_bigiter_t *it = mem_alloc(sizeof(*it));
    it->base.type = &type_range_bigiter;
    it->cur = cur;
    it->step = step;
    it->remaining = n;
    return it;
}

static obj_t range_getiter(obj_t self, iter_buf_t *buf)
{
    const obj_range_t *r = self;
    if (r->big)
        return bigiter_new(part(r, 0), part(r, 2), len_obj(r));
    return iter_new(buf, r->start, r->step, range_length(r));
}

obj_t range_reversed(obj_t self)
{
    const obj_range_t *r = self;
    if (r->big) {
        obj_t n = len_obj(r);
        obj_t last = sign(n) ? item_obj(r, binary_op(BOP_SUB, n, obj_new_small_int(1))) : part(r, 0);
        return bigiter_new(last, unary_op(UOP_NEG, part(r, 2)), n);
    }
    uintptr_t n = range_length(r);
    intptr_t last = n ? range_item(r, n - 1) : r->start;
    return iter_new(NULL, last, (intptr_t)(0 - (uintptr_t)r->step), n);
}
static BUILTIN_FUN_1(range_reversed_obj, Q___reversed__, range_reversed);

static obj_t range_count(obj_t self, obj_t x)
{
    const obj_range_t *r = self;
    bool is_int;
    obj_t pos_big;
    if (obj_is_int(x))
        return obj_new_small_int(range_find(r, x, &is_int, &pos_big) >= 0);
    size_t count = 0;
    obj_t it = range_getiter(self, NULL);
    for (obj_t v; (v = iternext(it)) != OBJ_STOP_ITERATION;)
        if (obj_equal(v, x))
            count++;
    return obj_new_int((intptr_t)count);
}
static BUILTIN_FUN_2(range_count_obj, Q_count, range_count);

static obj_t range_index(obj_t self, obj_t x)
{
    bool is_int;
    obj_t pos_big;
    intptr_t i = range_find(self, x, &is_int, &pos_big);
    if (i >= 0)
        return pos_big ? pos_big : obj_new_int(i);
    if (is_int)
        raise_fmt(&type_ValueError, "%r is not in range", x);
    raise_msg(&type_ValueError, "sequence.index(x): x not in sequence");
}
static BUILTIN_FUN_2(range_index_obj, Q_index, range_index);

static const map_elem_t range_locals_table[] = {
    {ROM_QSTR(Q_count), ROM_PTR(&range_count_obj)},
    {ROM_QSTR(Q_index), ROM_PTR(&range_index_obj)},
    {ROM_QSTR(Q___reversed__), ROM_PTR(&range_reversed_obj)},
};
static MAP_ROM(range_locals, range_locals_table);

const type_t type_range = {
    .base = {&type_type},
    .name = Q_range,
    .make_new = range_make_new,
    .print = range_print,
    .unary_op = range_unary_op,
    .binary_op = range_binary_op,
    .attr = range_attr,
    .subscr = range_subscr,
    .getiter = range_getiter,
    .locals = &range_locals,
};
