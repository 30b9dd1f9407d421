/* slice objects and shared index arithmetic (see obj_slice.h). */
#include "obj_slice.h"

#include "mem.h"
#include "obj_tuple.h"
#include "runtime.h"

obj_t obj_new_slice(obj_t start, obj_t stop, obj_t step)
{
    obj_slice_t *s = mem_alloc(sizeof(*s));
    s->base.type = &type_slice;
    s->start = start;
    s->stop = stop;
    s->step = step;
    return s;
}

static bool has_index_method(obj_t o)
{
    const type_t *t = obj_get_type(o);
    return (t->flags & TYPE_FLAG_USER) && type_lookup(t, Q___index__) != OBJ_NULL;
}

obj_t slice_index_obj(obj_t o)
{
    if (obj_is_int(o))
        return o;
    if (!has_index_method(o))
        return OBJ_NULL;
    obj_t r = unary_op(UOP_INDEX, o);
    if (!obj_is_int(r))
        raise_fmt(&type_TypeError, "__index__ returned non-int (type %T)", r);
    return r;
}

int slice_index_convert(obj_t o, intptr_t *out)
{
    if (obj_is_small_int(o)) {
        *out = obj_small_int_value(o);
        return SLICE_INDEX_OK;
    }
    o = slice_index_obj(o);
    if (o == OBJ_NULL)
        return SLICE_INDEX_NOT_INT;
    if (obj_get_int_maybe(o, out))
        return SLICE_INDEX_OK;
    *out = obj_is_true(compare_op(BOP_LT, o, obj_new_small_int(0))) ? INTPTR_MIN : INTPTR_MAX;
    return SLICE_INDEX_OVERFLOW;
}

bool slice_index_maybe(obj_t o, intptr_t *out)
{
    int r = slice_index_convert(o, out);
    if (r == SLICE_INDEX_OVERFLOW)
        raise_msg(&type_OverflowError, "Python int too large to convert to C ssize_t");
    return r == SLICE_INDEX_OK;
}

intptr_t slice_get_index(obj_t o)
{
    intptr_t v;
    if (!slice_index_maybe(o, &v))
        raise_fmt(&type_TypeError, "'%T' object cannot be interpreted as an integer", o);
    return v;
}

intptr_t slice_subscript_index(obj_t index, const type_t *type)
{
    intptr_t v;
    int r = slice_index_convert(index, &v);
    if (r == SLICE_INDEX_NOT_INT)
        raise_fmt(&type_TypeError, "%q indices must be integers or slices, not %T", type->name, index);
    if (r == SLICE_INDEX_OVERFLOW)
        raise_fmt(&type_IndexError, "cannot fit '%T' into an index-sized integer", index);
    return v;
}

/* A slice bound: None gives def; huge ints clamp to the intptr_t range. */
static intptr_t bound_value(obj_t o, intptr_t def)
{
    if (o == OBJ_NONE)
        return def;
    intptr_t v;
    if (slice_index_convert(o, &v) == SLICE_INDEX_NOT_INT)
        raise_msg(&type_TypeError,
                  "slice indices must be integers or None or have an __index__ method");
    return v;
}

static intptr_t adjust(intptr_t i, intptr_t len, intptr_t step)
{
    if (i < 0) {
        i += len;
        if (i < 0)
            i = step < 0 ? -1 : 0;
    } else if (i >= len) {
        i = step < 0 ? len - 1 : len;
    }
    return i;
}

bool slice_indices(obj_t slice, size_t len, intptr_t *start, intptr_t *stop, intptr_t *step)
{
    if (!obj_is_type(slice, &type_slice))
        return false;
    const obj_slice_t *s = slice;
    intptr_t st = bound_value(s->step, 1);
    if (st == 0)
        raise_msg(&type_ValueError, "slice step cannot be zero");
    if (st < -INTPTR_MAX)
        st = -INTPTR_MAX;   /* so that -step cannot overflow */
    intptr_t a = bound_value(s->start, st < 0 ? INTPTR_MAX : 0);
    intptr_t b = bound_value(s->stop, st < 0 ? INTPTR_MIN : INTPTR_MAX);
    *start = adjust(a, (intptr_t)len, st);
    *stop = adjust(b, (intptr_t)len, st);
    *step = st;
    return true;
}

size_t slice_length(intptr_t start, intptr_t stop, intptr_t step)
{
    if (step < 0) {
        if (stop < start)
            return (size_t)(start - stop - 1) / (size_t)(-step) + 1;
    } else if (start < stop) {
        return (size_t)(stop - start - 1) / (size_t)step + 1;
    }
    return 0;
}

static obj_t slice_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    if (n_kw)
        raise_msg(&type_TypeError, "slice() takes no keyword arguments");
    if (n_args == 0)
        raise_msg(&type_TypeError, "slice expected at least 1 argument, got 0");
    if (n_args > 3)
        raise_fmt(&type_TypeError, "slice expected at most 3 arguments, got %zu", n_args);
    if (n_args == 1)
        return obj_new_slice(OBJ_NONE, args[0], OBJ_NONE);
    return obj_new_slice(args[0], args[1], n_args == 3 ? args[2] : OBJ_NONE);
}

static void slice_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    const obj_slice_t *s = o;
    print_str(p, "slice(");
    obj_print(p, s->start, PRINT_REPR);
    print_str(p, ", ");
    obj_print(p, s->stop, PRINT_REPR);
    print_str(p, ", ");
    obj_print(p, s->step, PRINT_REPR);
    print_str(p, ")");
}

static obj_t as_tuple(const obj_slice_t *s)
{
    obj_t items[3] = {s->start, s->stop, s->step};
    return obj_new_tuple(3, items);
}

/* Slices compare like (start, stop, step) tuples; they are unhashable. */
static obj_t slice_binary_op(binary_op_t op, obj_t lhs, obj_t rhs)
{
    if (op > BOP_GE || !obj_is_type(lhs, &type_slice) || !obj_is_type(rhs, &type_slice))
        return OBJ_NULL;
    if (lhs == rhs && (op == BOP_EQ || op == BOP_NE))
        return obj_new_bool(op == BOP_EQ);
    return compare_op(op, as_tuple(lhs), as_tuple(rhs));
}

static obj_t slice_unary_op(unary_op_t op, obj_t o)
{
    (void)o;
    (void)op;
    return OBJ_NULL;
}

static void slice_attr(obj_t o, qstr attr, obj_t *dest)
{
    if (dest[0] != OBJ_NULL)
        return;
    const obj_slice_t *s = o;
    if (attr == Q_start)
        dest[0] = s->start;
    else if (attr == Q_stop)
        dest[0] = s->stop;
    else if (attr == Q_step)
        dest[0] = s->step;
}

/* slice.indices(len): computed like slice_indices with clamped bounds. */
static obj_t slice_indices_meth(obj_t self, obj_t len_in)
{
    intptr_t len = slice_get_index(len_in);
    if (len < 0)
        raise_msg(&type_ValueError, "length should not be negative");
    intptr_t a, b, c;
    slice_indices(self, (size_t)len, &a, &b, &c);
    /* start and stop are exact after clamping to len; a huge step is not */
    obj_t step = obj_new_int(c);
    if (c == INTPTR_MAX || c == -INTPTR_MAX)
        step = slice_index_obj(((obj_slice_t *)self)->step);
    obj_t items[3] = {obj_new_int(a), obj_new_int(b), step};
    return obj_new_tuple(3, items);
}
static BUILTIN_FUN_2(slice_indices_obj, Q_indices, slice_indices_meth);

static const map_elem_t slice_locals_table[] = {
    {ROM_QSTR(Q_indices), ROM_PTR(&slice_indices_obj)},
};
static MAP_ROM(slice_locals, slice_locals_table);

const type_t type_slice = {
    .base = {&type_type},
    .name = Q_slice,
    .make_new = slice_make_new,
    .print = slice_print,
    .unary_op = slice_unary_op,
    .binary_op = slice_binary_op,
    .attr = slice_attr,
    .locals = &slice_locals,
};
