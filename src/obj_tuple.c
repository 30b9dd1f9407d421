/* tuple and shared sequence helpers (see obj_tuple.h). */
#include "obj_tuple.h"

#include <string.h>

#include "mem.h"
#include "obj_list.h"
#include "obj_slice.h"
#include "runtime.h"

const obj_tuple_t obj_tuple_empty = {{&type_tuple}, 0};

static obj_tuple_t *tuple_alloc(size_t n)
{
    if (n > (SIZE_MAX - sizeof(obj_tuple_t)) / sizeof(obj_t))
        raise_memory_error();
    obj_tuple_t *t = mem_alloc(sizeof(obj_tuple_t) + n * sizeof(obj_t));
    t->base.type = &type_tuple;
    t->len = n;
    return t;
}

obj_t obj_new_tuple(size_t n, const obj_t *items)
{
    if (n == 0)
        return (obj_t)&obj_tuple_empty;
    obj_tuple_t *t = tuple_alloc(n);
    if (items)
        memcpy(t->items, items, n * sizeof(obj_t));
    return t;
}

obj_t obj_tuple_native_of(obj_t o, const type_t *t)
{
    if (!obj_is_ptr(o))
        return obj_get_type(o) == t ? o : OBJ_NULL;
    const type_t *ot = ((obj_base_t *)o)->type;
    if (ot == t)
        return o;
    if ((ot->flags & TYPE_FLAG_USER) && ot->native_base == t)
        return ((obj_instance_t *)o)->native;
    return OBJ_NULL;
}

void obj_tuple_get(obj_t o, size_t *len, obj_t **items)
{
    obj_tuple_t *t = obj_tuple_native_of(o, &type_tuple);
    if (t == NULL)
        raise_fmt(&type_TypeError, "expected tuple, got %T", o);
    *len = t->len;
    *items = t->items;
}

obj_t obj_tuple_from_iter(obj_t iterable)
{
    if (obj_is_type(iterable, &type_tuple))
        return iterable;
    obj_list_t *l = obj_list_from_iter(iterable);
    return obj_new_tuple(l->len, l->items);
}

/* ---- shared sequence helpers ---- */

static inline size_t seq_len(obj_t s)
{
    return ((obj_tuple_t *)s)->len;   /* same offset in obj_list_t */
}

static inline obj_t *seq_items(obj_t s)
{
    if (((obj_base_t *)s)->type == &type_list)
        return ((obj_list_t *)s)->items;
    return ((obj_tuple_t *)s)->items;
}

obj_t obj_tuple_seq_compare(binary_op_t op, obj_t a, obj_t b)
{
    runtime_check_stack();
    size_t i = 0;
    for (; i < seq_len(a) && i < seq_len(b); i++) {
        obj_t x = seq_items(a)[i], y = seq_items(b)[i];
        if (!obj_tuple_item_eq(x, y)) {
            /* re-check: user __eq__ may have shrunk a list */
            if (i >= seq_len(a) || i >= seq_len(b))
                break;
            if (op == BOP_EQ)
                return OBJ_FALSE;
            if (op == BOP_NE)
                return OBJ_TRUE;
            return compare_op(op, x, y);
        }
    }
    size_t na = seq_len(a), nb = seq_len(b);
    bool r;
    switch (op) {
    case BOP_LT: r = na < nb; break;
    case BOP_LE: r = na <= nb; break;
    case BOP_GT: r = na > nb; break;
    case BOP_GE: r = na >= nb; break;
    case BOP_EQ: r = na == nb; break;
    default: r = na != nb; break;
    }
    return obj_new_bool(r);
}

bool obj_tuple_seq_contains(obj_t seq, obj_t x)
{
    for (size_t i = 0; i < seq_len(seq); i++)
        if (obj_tuple_item_eq(seq_items(seq)[i], x))
            return true;
    return false;
}

size_t obj_tuple_seq_count(obj_t seq, obj_t x)
{
    size_t n = 0;
    for (size_t i = 0; i < seq_len(seq); i++)
        if (obj_tuple_item_eq(seq_items(seq)[i], x))
            n++;
    return n;
}

/* start/stop of index(): like slice bounds but None is not allowed. */
static intptr_t find_bound(obj_t o, size_t len)
{
    intptr_t v;
    if (slice_index_convert(o, &v) == SLICE_INDEX_NOT_INT)
        raise_msg(&type_TypeError, "slice indices must be integers or have an __index__ method");
    if (v < 0) {
        v += (intptr_t)len;
        if (v < 0)
            v = 0;
    }
    return v;
}

intptr_t obj_tuple_seq_find(size_t n_args, const obj_t *args)
{
    obj_t seq = args[0], x = args[1];
    intptr_t start = n_args > 2 ? find_bound(args[2], seq_len(seq)) : 0;
    intptr_t stop = n_args > 3 ? find_bound(args[3], seq_len(seq)) : INTPTR_MAX;
    for (intptr_t i = start; i < stop && (size_t)i < seq_len(seq); i++)
        if (obj_tuple_item_eq(seq_items(seq)[i], x))
            return i;
    return -1;
}

void obj_tuple_seq_print(const print_t *p, obj_t seq, char open, char close)
{
    print_strn(p, &open, 1);
    size_t i = 0;
    for (; i < seq_len(seq); i++) {
        if (i)
            print_str(p, ", ");
        obj_print(p, seq_items(seq)[i], PRINT_REPR);
    }
    if (i == 1 && close == ')')
        print_str(p, ",");
    print_strn(p, &close, 1);
}

size_t obj_tuple_index(const type_t *type, size_t len, obj_t index)
{
    intptr_t i = slice_subscript_index(index, type);
    if (i < 0)
        i += (intptr_t)len;
    if (i < 0 || (size_t)i >= len)
        raise_fmt(&type_IndexError, "%q index out of range", type->name);
    return (size_t)i;
}

bool obj_tuple_repeat_count(obj_t n, intptr_t *out)
{
    int r = slice_index_convert(n, out);
    if (r == SLICE_INDEX_OVERFLOW)
        raise_fmt(&type_OverflowError, "cannot fit '%T' into an index-sized integer", n);
    if (r == SLICE_INDEX_OK)
        return true;
    if (obj_get_type(n)->flags & TYPE_FLAG_USER)
        return false;
    raise_fmt(&type_TypeError, "can't multiply sequence by non-int of type '%T'", n);
}

/* Objects whose repr is in progress, innermost first; nodes live on the C
 * stack of the printing frames and are unlinked even when printing raises. */
typedef struct print_guard {
    struct print_guard *prev;
    obj_t obj;
} print_guard_t;

static print_guard_t *print_guards;

/* guard lives in memory (its address is published), so it survives the
 * longjmp of nlr unlike register-held locals. */
bool obj_tuple_print_guarded(const print_t *p, obj_t o, print_kind_t kind, print_fn_t body)
{
    for (print_guard_t *g = print_guards; g; g = g->prev)
        if (g->obj == o)
            return false;
    runtime_check_stack();
    print_guard_t guard = {print_guards, o};
    nlr_buf_t nlr;
    print_guards = &guard;
    if (nlr_push(&nlr) == 0) {
        body(p, o, kind);
        nlr_pop();
        print_guards = guard.prev;
        return true;
    }
    print_guards = guard.prev;
    nlr_jump(nlr.value);
}

/* ---- the tuple type ---- */

static obj_t tuple_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    if (n_kw)
        raise_msg(&type_TypeError, "tuple() takes no keyword arguments");
    if (n_args > 1)
        raise_fmt(&type_TypeError, "tuple expected at most 1 argument, got %zu", n_args);
    if (n_args == 0)
        return (obj_t)&obj_tuple_empty;
    return obj_tuple_from_iter(args[0]);
}

static void tuple_print_body(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    obj_tuple_seq_print(p, o, '(', ')');
}

static void tuple_print(const print_t *p, obj_t o, print_kind_t kind)
{
    if (((obj_tuple_t *)o)->len == 0)
        print_str(p, "()");
    else if (!obj_tuple_print_guarded(p, o, kind, tuple_print_body))
        print_str(p, "(...)");
}

#if UINTPTR_MAX > 0xffffffffu
#define XXPRIME_1 ((uintptr_t)11400714785074694791ULL)
#define XXPRIME_2 ((uintptr_t)14029467366897019727ULL)
#define XXPRIME_5 ((uintptr_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))
#else
#define XXPRIME_1 ((uintptr_t)2654435761UL)
#define XXPRIME_2 ((uintptr_t)2246822519UL)
#define XXPRIME_5 ((uintptr_t)374761393UL)
#define XXROTATE(x) (((x) << 13) | ((x) >> 19))
#endif

/* CPython 3.8+'s tuple hash: an xxHash-style accumulation of item hashes. */
static uintptr_t tuple_hash(const obj_tuple_t *t)
{
    runtime_check_stack();
    uintptr_t acc = XXPRIME_5;
    for (size_t i = 0; i < t->len; i++) {
        uintptr_t lane = obj_hash(t->items[i]);
        acc += lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += t->len ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uintptr_t)-1)
        return 1546275796;
    return acc;
}

static obj_t tuple_unary_op(unary_op_t op, obj_t o)
{
    obj_tuple_t *t = o;
    switch (op) {
    case UOP_BOOL: return obj_new_bool(t->len != 0);
    case UOP_LEN: return obj_new_small_int((intptr_t)t->len);
    case UOP_HASH: return obj_new_small_int((intptr_t)tuple_hash(t));
    default: return OBJ_NULL;
    }
}

static obj_t tuple_repeat(obj_tuple_t *t, intptr_t n)
{
    if (n <= 0 || t->len == 0)
        return (obj_t)&obj_tuple_empty;
    if (n == 1 && t->base.type == &type_tuple)
        return t;
    if ((size_t)n > SIZE_MAX / sizeof(obj_t) / t->len)
        raise_memory_error();
    obj_tuple_t *r = tuple_alloc(t->len * (size_t)n);
    for (size_t i = 0; i < (size_t)n; i++)
        memcpy(r->items + i * t->len, t->items, t->len * sizeof(obj_t));
    return r;
}

static obj_t tuple_binary_op(binary_op_t op, obj_t lhs, obj_t rhs)
{
    obj_tuple_t *a = obj_tuple_native_of(lhs, &type_tuple);
    if (a == NULL)
        a = obj_tuple_native_of(rhs, &type_tuple), rhs = lhs;
    obj_tuple_t *b = obj_tuple_native_of(rhs, &type_tuple);
    switch (op) {
    case BOP_IN:
        return obj_new_bool(obj_tuple_seq_contains(a, rhs));
    case BOP_ADD:
    case BOP_INPLACE_ADD: {
        if (b == NULL) {
            if (obj_get_type(rhs)->flags & TYPE_FLAG_USER)
                return OBJ_NULL;
            raise_fmt(&type_TypeError, "can only concatenate tuple (not \"%T\") to tuple", rhs);
        }
        if (b->len == 0 && a->base.type == &type_tuple)
            return a;
        obj_tuple_t *r = tuple_alloc(a->len + b->len);
        memcpy(r->items, a->items, a->len * sizeof(obj_t));
        memcpy(r->items + a->len, b->items, b->len * sizeof(obj_t));
        return r->len ? (obj_t)r : (obj_t)&obj_tuple_empty;
    }
    case BOP_MUL:
    case BOP_INPLACE_MUL:
    case BOP_REVERSE_MUL: {
        intptr_t n;
        if (!obj_tuple_repeat_count(rhs, &n))
            return OBJ_NULL;
        return tuple_repeat(a, n);
    }
    case BOP_LT: case BOP_GT: case BOP_EQ: case BOP_NE: case BOP_LE: case BOP_GE:
        if (b == NULL)
            return OBJ_NULL;
        return obj_tuple_seq_compare(op, a, b);
    default:
        return OBJ_NULL;
    }
}

static obj_t tuple_slice(obj_tuple_t *t, intptr_t start, intptr_t stop, intptr_t step)
{
    size_t n = slice_length(start, stop, step);
    if (n == t->len && step == 1 && t->base.type == &type_tuple)
        return t;
    obj_tuple_t *r = (obj_tuple_t *)obj_new_tuple(n, NULL);
    for (size_t i = 0; i < n; i++)
        r->items[i] = t->items[start + (intptr_t)i * step];
    return r;
}

static obj_t tuple_subscr(obj_t self, obj_t index, obj_t value)
{
    obj_tuple_t *t = self;
    if (value == OBJ_NULL)
        raise_msg(&type_TypeError, "'tuple' object doesn't support item deletion");
    if (value != OBJ_SENTINEL)
        raise_msg(&type_TypeError, "'tuple' object does not support item assignment");
    if (obj_is_small_int(index)) {
        intptr_t i = obj_small_int_value(index);
        if (i < 0)
            i += (intptr_t)t->len;
        if (i < 0 || (size_t)i >= t->len)
            raise_msg(&type_IndexError, "tuple index out of range");
        return t->items[i];
    }
    intptr_t start, stop, step;
    if (slice_indices(index, t->len, &start, &stop, &step))
        return tuple_slice(t, start, stop, step);
    return t->items[obj_tuple_index(&type_tuple, t->len, index)];
}

/* Iterator over a native tuple or list; stops when index passes the
 * current length, so mutating a list while iterating is memory-safe. */
typedef struct seq_iter {
    obj_base_t base;
    obj_t seq;
    size_t index;
} seq_iter_t;

static obj_t tuple_iter_next(obj_t self)
{
    seq_iter_t *it = self;
    if (it->index >= seq_len(it->seq))
        return OBJ_STOP_ITERATION;
    return seq_items(it->seq)[it->index++];
}

static const type_t type_tuple_iterator = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .name = Q_tuple_iterator,
    .getiter = obj_getiter_self,
    .iternext = tuple_iter_next,
};

static obj_t tuple_getiter(obj_t self, iter_buf_t *buf)
{
    _Static_assert(sizeof(seq_iter_t) <= sizeof(iter_buf_t), "iterator must fit iter_buf");
    seq_iter_t *it = buf ? (seq_iter_t *)buf : mem_alloc(sizeof(seq_iter_t));
    it->base.type = &type_tuple_iterator;
    it->seq = self;
    it->index = 0;
    return it;
}

static obj_t tuple_count(obj_t self, obj_t x)
{
    return obj_new_small_int((intptr_t)obj_tuple_seq_count(self, x));
}
static BUILTIN_FUN_2(tuple_count_obj, Q_count, tuple_count);

static obj_t tuple_index(size_t n_args, const obj_t *args)
{
    intptr_t i = obj_tuple_seq_find(n_args, args);
    if (i < 0)
        raise_msg(&type_ValueError, "tuple.index(x): x not in tuple");
    return obj_new_small_int(i);
}
static BUILTIN_FUN_VAR(tuple_index_obj, Q_index, 2, 4, tuple_index);

static const map_elem_t tuple_locals_table[] = {
    {ROM_QSTR(Q_count), ROM_PTR(&tuple_count_obj)},
    {ROM_QSTR(Q_index), ROM_PTR(&tuple_index_obj)},
};
static MAP_ROM(tuple_locals, tuple_locals_table);

const type_t type_tuple = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = Q_tuple,
    .make_new = tuple_make_new,
    .print = tuple_print,
    .unary_op = tuple_unary_op,
    .binary_op = tuple_binary_op,
    .subscr = tuple_subscr,
    .getiter = tuple_getiter,
    .locals = &tuple_locals,
};
