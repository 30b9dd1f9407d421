/*
 * collections.deque: a ring buffer of obj_t.
 *
 * Invariants: alloc is 0 or a power of two; item i (0 <= i < len) lives at
 * items[(head + i) & (alloc - 1)]; len <= maxlen when maxlen >= 0. Every
 * change of the contents bumps state, which iterators and the searching
 * methods compare to detect mutation by user code (__eq__) or the loop
 * body, as CPython does ("deque mutated during iteration").
 */
#include <string.h>

#include "mem.h"
#include "mod_collections.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"

typedef struct deque {
    obj_base_t base;
    obj_t *items;
    size_t alloc, head, len;
    intptr_t maxlen;        /* -1: unbounded */
    size_t state;
} deque_t;

#define AT(d, i) ((d)->items[((d)->head + (i)) & ((d)->alloc - 1)])

static deque_t *deque_alloc(const type_t *type, intptr_t maxlen)
{
    deque_t *d = mem_alloc(sizeof(deque_t));
    d->base.type = type;
    d->maxlen = maxlen;
    return d;
}

static void grow(deque_t *d)
{
    size_t na = d->alloc ? 2 * d->alloc : 8;
    obj_t *ni = mem_alloc(na * sizeof(obj_t));
    for (size_t i = 0; i < d->len; i++)
        ni[i] = AT(d, i);
    d->items = ni;
    d->alloc = na;
    d->head = 0;
}

static obj_t pop_right(deque_t *d)
{
    d->len--;
    obj_t *slot = &AT(d, d->len);
    obj_t v = *slot;
    *slot = OBJ_NULL;
    d->state++;
    return v;
}

static obj_t pop_left(deque_t *d)
{
    obj_t *slot = &AT(d, 0);
    obj_t v = *slot;
    *slot = OBJ_NULL;
    d->head = (d->head + 1) & (d->alloc - 1);
    d->len--;
    d->state++;
    return v;
}

static void push_right(deque_t *d, obj_t v)
{
    if (d->maxlen == 0)
        return;
    if (d->len == d->alloc)
        grow(d);
    AT(d, d->len) = v;
    d->len++;
    d->state++;
    if (d->maxlen > 0 && d->len > (size_t)d->maxlen)
        pop_left(d);
}

static void push_left(deque_t *d, obj_t v)
{
    if (d->maxlen == 0)
        return;
    if (d->len == d->alloc)
        grow(d);
    d->head = (d->head - 1) & (d->alloc - 1);
    d->items[d->head] = v;
    d->len++;
    d->state++;
    if (d->maxlen > 0 && d->len > (size_t)d->maxlen)
        pop_right(d);
}

static void extend(deque_t *d, obj_t iterable, bool left)
{
    if (iterable == (obj_t)d)
        iterable = obj_list_from_iter(iterable);
    obj_t it = getiter(iterable, NULL);
    obj_t v;
    while ((v = iternext(it)) != OBJ_STOP_ITERATION) {
        if (left)
            push_left(d, v);
        else
            push_right(d, v);
    }
}

static void clear(deque_t *d)
{
    d->items = NULL;
    d->alloc = d->head = d->len = 0;
    d->state++;
}

static intptr_t parse_maxlen(obj_t m)
{
    if (m == OBJ_NULL || m == OBJ_NONE)
        return -1;
    intptr_t v = obj_get_int(m);
    if (v < 0)
        raise_msg(&type_ValueError, "maxlen must be non-negative");
    return v;
}

static const arg_spec_t deque_spec[2] = {
    {Q_iterable, 0, OBJ_NULL},
    {Q_maxlen, 0, OBJ_NONE},
};

static obj_t deque_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    obj_t a[2];
    arg_parse_all("deque", n_args, n_kw, args, 2, deque_spec, a);
    deque_t *d = deque_alloc(type, parse_maxlen(a[1]));
    if (a[0] != OBJ_NULL)
        extend(d, a[0], false);
    return d;
}

/* deque.__init__ for subclasses: re-initialise in place. */
static obj_t deque_init(size_t n, const obj_t *args, map_t *kw)
{
    deque_t *d = args[0];
    obj_t a[2];
    arg_parse("deque", n - 1, args + 1, kw, 2, deque_spec, a);
    d->maxlen = parse_maxlen(a[1]);
    if (d->len)
        clear(d);
    if (a[0] != OBJ_NULL)
        extend(d, a[0], false);
    return OBJ_NONE;
}
static BUILTIN_FUN_KW(deque_init_obj, Q___init__, 1, deque_init);

/* ---- methods ---- */

static obj_t deque_append(obj_t self, obj_t v)
{
    push_right(self, v);
    return OBJ_NONE;
}
static BUILTIN_FUN_2(deque_append_obj, Q_append, deque_append);

static obj_t deque_appendleft(obj_t self, obj_t v)
{
    push_left(self, v);
    return OBJ_NONE;
}
static BUILTIN_FUN_2(deque_appendleft_obj, Q_appendleft, deque_appendleft);

static obj_t deque_pop(obj_t self)
{
    deque_t *d = self;
    if (d->len == 0)
        raise_msg(&type_IndexError, "pop from an empty deque");
    return pop_right(d);
}
static BUILTIN_FUN_1(deque_pop_obj, Q_pop, deque_pop);

static obj_t deque_popleft(obj_t self)
{
    deque_t *d = self;
    if (d->len == 0)
        raise_msg(&type_IndexError, "pop from an empty deque");
    return pop_left(d);
}
static BUILTIN_FUN_1(deque_popleft_obj, Q_popleft, deque_popleft);

static obj_t deque_extend(obj_t self, obj_t it)
{
    extend(self, it, false);
    return OBJ_NONE;
}
static BUILTIN_FUN_2(deque_extend_obj, Q_extend, deque_extend);

static obj_t deque_extendleft(obj_t self, obj_t it)
{
    extend(self, it, true);
    return OBJ_NONE;
}
static BUILTIN_FUN_2(deque_extendleft_obj, Q_extendleft, deque_extendleft);

static obj_t deque_clear(obj_t self)
{
    clear(self);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(deque_clear_obj, Q_clear, deque_clear);

static obj_t deque_rotate(size_t n, const obj_t *args)
{
    deque_t *d = args[0];
    intptr_t k = n > 1 ? obj_get_int(args[1]) : 1;
    if (d->len <= 1)
        return OBJ_NONE;
    intptr_t len = (intptr_t)d->len;
    k %= len;
    if (k < 0)
        k += len;
    /* rotating right by k == rotating left by len - k: take the shorter */
    if (k <= len / 2) {
        for (intptr_t i = 0; i < k; i++) {
            obj_t v = pop_right(d);
            push_left(d, v);
        }
    } else {
        for (intptr_t i = 0; i < len - k; i++) {
            obj_t v = pop_left(d);
            push_right(d, v);
        }
    }
    return OBJ_NONE;
}
static BUILTIN_FUN_VAR(deque_rotate_obj, Q_rotate, 1, 2, deque_rotate);

static void check_state(deque_t *d, size_t state)
{
    if (d->state != state)
        raise_msg(&type_RuntimeError, "deque mutated during iteration");
}

static obj_t deque_count(obj_t self, obj_t x)
{
    deque_t *d = self;
    size_t state = d->state, c = 0;
    for (size_t i = 0; i < d->len; i++) {
        bool eq = obj_tuple_item_eq(AT(d, i), x);
        check_state(d, state);
        c += eq;
    }
    return obj_new_int((intptr_t)c);
}
static BUILTIN_FUN_2(deque_count_obj, Q_count, deque_count);

/* Clamp a start/stop argument like list.index does. */
static size_t clamp_index(obj_t o, size_t len)
{
    intptr_t v = obj_get_int(o);
    if (v < 0) {
        v += (intptr_t)len;
        if (v < 0)
            v = 0;
    }
    return (size_t)v > len ? len : (size_t)v;
}

static obj_t deque_index(size_t n, const obj_t *args)
{
    deque_t *d = args[0];
    size_t start = n > 2 ? clamp_index(args[2], d->len) : 0;
    size_t stop = n > 3 ? clamp_index(args[3], d->len) : d->len;
    size_t state = d->state;
    for (size_t i = start; i < stop && i < d->len; i++) {
        bool eq = obj_tuple_item_eq(AT(d, i), args[1]);
        check_state(d, state);
        if (eq)
            return obj_new_int((intptr_t)i);
    }
    raise_fmt(&type_ValueError, "%r is not in deque", args[1]);
}
static BUILTIN_FUN_VAR(deque_index_obj, Q_index, 2, 4, deque_index);

/* Remove item i, shifting the shorter side. */
static void del_at(deque_t *d, size_t i)
{
    if (i < d->len / 2) {
        for (size_t k = i; k > 0; k--)
            AT(d, k) = AT(d, k - 1);
        pop_left(d);
    } else {
        for (size_t k = i; k + 1 < d->len; k++)
            AT(d, k) = AT(d, k + 1);
        pop_right(d);
    }
}

static obj_t deque_remove(obj_t self, obj_t x)
{
    deque_t *d = self;
    size_t state = d->state;
    for (size_t i = 0; i < d->len; i++) {
        bool eq = obj_tuple_item_eq(AT(d, i), x);
        if (d->state != state)
            raise_msg(&type_IndexError, "deque mutated during remove().");
        if (eq) {
            del_at(d, i);
            return OBJ_NONE;
        }
    }
    raise_fmt(&type_ValueError, "%r is not in deque", x);
}
static BUILTIN_FUN_2(deque_remove_obj, Q_remove, deque_remove);

static obj_t deque_reverse(obj_t self)
{
    deque_t *d = self;
    for (size_t i = 0, j = d->len; i + 1 < j; i++, j--) {
        obj_t t = AT(d, i);
        AT(d, i) = AT(d, j - 1);
        AT(d, j - 1) = t;
    }
    d->state++;
    return OBJ_NONE;
}
static BUILTIN_FUN_1(deque_reverse_obj, Q_reverse, deque_reverse);

static obj_t deque_insert(obj_t self, obj_t index, obj_t x)
{
    deque_t *d = self;
    if (d->maxlen >= 0 && d->len >= (size_t)d->maxlen)
        raise_msg(&type_IndexError, "deque already at its maximum size");
    size_t i = clamp_index(index, d->len);
    push_right(d, x);
    for (size_t k = d->len - 1; k > i; k--)
        AT(d, k) = AT(d, k - 1);
    AT(d, i) = x;
    return OBJ_NONE;
}
static BUILTIN_FUN_3(deque_insert_obj, Q_insert, deque_insert);

static deque_t *copy_of(deque_t *d)
{
    deque_t *c = deque_alloc(&mod_collections_deque_type, d->maxlen);
    for (size_t i = 0; i < d->len; i++)
        push_right(c, AT(d, i));
    return c;
}

static obj_t deque_copy(obj_t self)
{
    return copy_of(self);
}
static BUILTIN_FUN_1(deque_copy_obj, Q_copy, deque_copy);
static BUILTIN_FUN_1(deque_dunder_copy_obj, Q___copy__, deque_copy);

/* ---- iteration ---- */

typedef struct deque_iter {
    obj_base_t base;
    deque_t *d;
    size_t i;
    size_t state;
    bool reverse;
} deque_iter_t;

static obj_t deque_iter_next(obj_t self)
{
    deque_iter_t *it = self;
    deque_t *d = it->d;
    if (d->state != it->state) {
        it->i = d->len;
        raise_msg(&type_RuntimeError, "deque mutated during iteration");
    }
    if (it->i >= d->len)
        return OBJ_STOP_ITERATION;
    size_t k = it->i++;
    return AT(d, it->reverse ? d->len - 1 - k : k);
}

static const type_t deque_iter_type = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .name = Q__deque_iterator,
    .getiter = obj_getiter_self,
    .iternext = deque_iter_next,
};

static obj_t new_iter(deque_t *d, bool reverse)
{
    deque_iter_t *it = mem_alloc(sizeof(deque_iter_t));
    it->base.type = &deque_iter_type;
    it->d = d;
    it->state = d->state;
    it->reverse = reverse;
    return it;
}

static obj_t deque_getiter(obj_t self, iter_buf_t *buf)
{
    (void)buf;
    return new_iter(self, false);
}

static obj_t deque_reversed(obj_t self)
{
    return new_iter(self, true);
}
static BUILTIN_FUN_1(deque_reversed_obj, Q___reversed__, deque_reversed);

/* ---- slots ---- */

static void deque_print_body(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    deque_t *d = o;
    print_str(p, "deque([");
    for (size_t i = 0; i < d->len; i++) {
        if (i)
            print_str(p, ", ");
        obj_print(p, AT(d, i), PRINT_REPR);
    }
    print_str(p, "]");
    if (d->maxlen >= 0)
        print_fmt(p, ", maxlen=%d", (int)d->maxlen);
    print_str(p, ")");
}

static void deque_print(const print_t *p, obj_t o, print_kind_t kind)
{
    if (!obj_tuple_print_guarded(p, o, kind, deque_print_body))
        print_str(p, "[...]");
}

static obj_t deque_unary_op(unary_op_t op, obj_t o)
{
    deque_t *d = o;
    switch (op) {
    case UOP_BOOL:
        return obj_new_bool(d->len != 0);
    case UOP_LEN:
        return obj_new_int((intptr_t)d->len);
    default:
        return OBJ_NULL;  /* also UOP_HASH: unhashable */
    }
}

static deque_t *as_deque(obj_t o)
{
    obj_t n = obj_tuple_native_of(o, &mod_collections_deque_type);
    return n;
}

static obj_t to_tuple(deque_t *d)
{
    obj_t t = obj_new_tuple(d->len, NULL);
    obj_t *items;
    size_t n;
    obj_tuple_get(t, &n, &items);
    for (size_t i = 0; i < d->len; i++)
        items[i] = AT(d, i);
    return t;
}

static void repeat(deque_t *d, intptr_t n)
{
    if (n <= 0 || d->len == 0) {
        clear(d);
        return;
    }
    size_t len = d->len;
    obj_t snap = to_tuple(d);
    obj_t *items;
    obj_tuple_get(snap, &len, &items);
    /* a bounded deque keeps only the last maxlen items: push just enough
       copies for those */
    intptr_t reps = n - 1;
    if (d->maxlen >= 0) {
        intptr_t need = d->maxlen / (intptr_t)len + 1;
        if (reps > need)
            reps = need;
    }
    for (intptr_t r = 0; r < reps; r++)
        for (size_t i = 0; i < len; i++)
            push_right(d, items[i]);
}

static obj_t deque_binary_op(binary_op_t op, obj_t lhs, obj_t rhs)
{
    deque_t *a = lhs;
    switch (op) {
    case BOP_IN: {
        size_t state = a->state;
        for (size_t i = 0; i < a->len; i++) {
            bool eq = obj_tuple_item_eq(AT(a, i), rhs);
            check_state(a, state);
            if (eq)
                return OBJ_TRUE;
        }
        return OBJ_FALSE;
    }
    case BOP_EQ: case BOP_NE: case BOP_LT: case BOP_LE: case BOP_GT: case BOP_GE: {
        deque_t *b = as_deque(rhs);
        if (b == NULL)
            return OBJ_NULL;
        return obj_tuple_seq_compare(op, to_tuple(a), to_tuple(b));
    }
    case BOP_ADD: {
        deque_t *b = as_deque(rhs);
        if (b == NULL) {
            if (obj_get_type(rhs)->flags & TYPE_FLAG_USER)
                return OBJ_NULL;
            raise_fmt(&type_TypeError, "can only concatenate deque (not \"%s\") to deque", obj_type_name(rhs));
        }
        deque_t *c = copy_of(a);
        extend(c, b, false);
        return c;
    }
    case BOP_INPLACE_ADD:
        extend(a, rhs, false);
        return lhs;
    case BOP_MUL:
    case BOP_REVERSE_MUL:
    case BOP_INPLACE_MUL: {
        intptr_t n;
        if (!obj_tuple_repeat_count(rhs, &n))
            return OBJ_NULL;
        deque_t *c = op == BOP_INPLACE_MUL ? a : copy_of(a);
        repeat(c, n);
        return c;
    }
    default:
        return OBJ_NULL;
    }
}

static obj_t deque_subscr(obj_t self, obj_t index, obj_t value)
{
    deque_t *d = self;
    if (!obj_is_int(index)) {
        const type_t *t = obj_get_type(index);
        obj_t m = (t->flags & TYPE_FLAG_USER) ? type_lookup(t, Q___index__) : OBJ_NULL;
        if (m == OBJ_NULL)
            raise_fmt(&type_TypeError, "sequence index must be integer, not '%s'", obj_type_name(index));
        index = call1(m, index);
    }
    intptr_t i = obj_get_int(index);
    if (i < 0)
        i += (intptr_t)d->len;
    if (i < 0 || (size_t)i >= d->len)
        raise_msg(&type_IndexError, "deque index out of range");
    if (value == OBJ_SENTINEL)
        return AT(d, (size_t)i);
    if (value == OBJ_NULL)
        del_at(d, (size_t)i);
    else
        AT(d, (size_t)i) = value;
    return OBJ_NONE;
}

static void deque_attr(obj_t self, qstr attr, obj_t *dest)
{
    deque_t *d = self;
    if (attr != Q_maxlen)
        return;
    if (dest[0] == OBJ_NULL) {
        dest[0] = d->maxlen < 0 ? OBJ_NONE : obj_new_int(d->maxlen);
        return;
    }
    raise_msg(&type_AttributeError, "attribute 'maxlen' of 'collections.deque' objects is not writable");
}

static const map_elem_t deque_locals_table[] = {
    {ROM_QSTR(Q___init__), ROM_PTR(&deque_init_obj)},
    {ROM_QSTR(Q_append), ROM_PTR(&deque_append_obj)},
    {ROM_QSTR(Q_appendleft), ROM_PTR(&deque_appendleft_obj)},
    {ROM_QSTR(Q_pop), ROM_PTR(&deque_pop_obj)},
    {ROM_QSTR(Q_popleft), ROM_PTR(&deque_popleft_obj)},
    {ROM_QSTR(Q_extend), ROM_PTR(&deque_extend_obj)},
    {ROM_QSTR(Q_extendleft), ROM_PTR(&deque_extendleft_obj)},
    {ROM_QSTR(Q_clear), ROM_PTR(&deque_clear_obj)},
    {ROM_QSTR(Q_rotate), ROM_PTR(&deque_rotate_obj)},
    {ROM_QSTR(Q_count), ROM_PTR(&deque_count_obj)},
    {ROM_QSTR(Q_index), ROM_PTR(&deque_index_obj)},
    {ROM_QSTR(Q_remove), ROM_PTR(&deque_remove_obj)},
    {ROM_QSTR(Q_reverse), ROM_PTR(&deque_reverse_obj)},
    {ROM_QSTR(Q_insert), ROM_PTR(&deque_insert_obj)},
    {ROM_QSTR(Q_copy), ROM_PTR(&deque_copy_obj)},
    {ROM_QSTR(Q___copy__), ROM_PTR(&deque_dunder_copy_obj)},
    {ROM_QSTR(Q___reversed__), ROM_PTR(&deque_reversed_obj)},
};
static MAP_ROM(deque_locals, deque_locals_table);

const type_t mod_collections_deque_type = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = Q_deque,
    .make_new = deque_make_new,
    .print = deque_print,
    .unary_op = deque_unary_op,
    .binary_op = deque_binary_op,
    .attr = deque_attr,
    .subscr = deque_subscr,
    .getiter = deque_getiter,
    .locals = &deque_locals,
};
