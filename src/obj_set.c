/*
 * set and frozenset (see obj_set.h): the types (construction, printing,
 * hashing, operators, iteration) and their methods. The rest is in the
 * parts this file includes, in one translation unit so that the table and
 * algebra helpers stay static:
 *   obj_set_table.c.h    the hash table, laid out as CPython's
 *   obj_set_algebra.c.h  the C API and the set algebra behind the
 *                        operators and methods
 */
#include "obj_set.h"

#include <string.h>

#include "mem.h"
#include "obj_dict.h"
#include "obj_tuple.h"
#include "runtime.h"

#include "obj_set_table.c.h"

#include "obj_set_algebra.c.h"

/* ---- the types ---- */

static obj_t check_args(const char *name, size_t n_args, size_t n_kw)
{
    if (n_kw)
        raise_fmt(&type_TypeError, "%s() takes no keyword arguments", name);
    if (n_args > 1)
        raise_fmt(&type_TypeError, "%s expected at most 1 argument, got %zu", name, n_args);
    return OBJ_NONE;
}

static obj_t set_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    check_args("set", n_args, n_kw);
    return obj_set_from_iter(&type_set, n_args ? args[0] : OBJ_NULL);
}

static obj_t frozenset_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    check_args("frozenset", n_args, n_kw);
    if (n_args && obj_is_type(args[0], &type_frozenset))
        return args[0];
    return obj_set_from_iter(&type_frozenset, n_args ? args[0] : OBJ_NULL);
}

static void set_print_body(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    obj_set_t *s = o;
    bool plain = s->base.type == &type_set;
    if (!plain)
        print_fmt(p, "%q(", s->base.type->name);
    print_str(p, "{");
    size_t pos = 0;
    set_entry_t *e;
    for (bool first = true; (e = next_entry(s, &pos)) != NULL; first = false) {
        obj_t k = e->key;
        if (!first)
            print_str(p, ", ");
        obj_print(p, k, PRINT_REPR);
    }
    print_str(p, plain ? "}" : "})");
}

static void set_print(const print_t *p, obj_t o, print_kind_t kind)
{
    obj_set_t *s = o;
    if (s->used == 0)
        print_fmt(p, "%q()", s->base.type->name);
    else if (!obj_tuple_print_guarded(p, o, kind, set_print_body))
        print_fmt(p, "%q(...)", s->base.type->name);
}

static uintptr_t shuffle_bits(uintptr_t h)
{
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

/* CPython's frozenset hash: order-independent xor of shuffled item hashes,
 * then mixed with the size. */
static uintptr_t frozenset_hash(obj_set_t *s)
{
    if (s->hash_valid)
        return s->hash;
    uintptr_t h = 0;
    size_t pos = 0;
    set_entry_t *e;
    while ((e = next_entry(s, &pos)) != NULL)
        h ^= shuffle_bits(e->hash);
    h ^= ((uintptr_t)s->used + 1) * 1927868237UL;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923UL;
    if (h == (uintptr_t)-1)
        h = 590923713UL;
    s->hash = h;
    s->hash_valid = true;
    return h;
}

static obj_t set_unary_op(unary_op_t op, obj_t o)
{
    obj_set_t *s = o;
    switch (op) {
    case UOP_BOOL: return obj_new_bool(s->used != 0);
    case UOP_LEN: return obj_new_small_int((intptr_t)s->used);
    case UOP_HASH:
        if (s->base.type == &type_frozenset)
            return obj_new_small_int((intptr_t)frozenset_hash(s));
        return OBJ_NULL;
    default: return OBJ_NULL;
    }
}

static obj_t set_compare(binary_op_t op, obj_set_t *a, obj_set_t *b)
{
    bool r;
    switch (op) {
    case BOP_EQ:
    case BOP_NE:
        r = a->used == b->used;
        if (r && a->hash_valid && b->hash_valid && a->hash != b->hash)
            r = false;
        r = r && issubset(a, b);
        return obj_new_bool(r == (op == BOP_EQ));
    case BOP_LE: return obj_new_bool(issubset(a, b));
    case BOP_GE: return obj_new_bool(issuperset(a, b));
    case BOP_LT: return obj_new_bool(a->used < b->used && issubset(a, b));
    default: return obj_new_bool(a->used > b->used && issuperset(a, b));
    }
}

static obj_t set_binary_op(binary_op_t op, obj_t lhs, obj_t rhs)
{
    obj_set_t *s = set_native(lhs);
    if (s == NULL)
        return OBJ_NULL;
    if (op == BOP_IN)
        return obj_new_bool(set_contains(s, as_key(rhs)));
    obj_set_t *o = set_native(rhs);
    if (o == NULL)
        return OBJ_NULL;
    if (op <= BOP_GE)
        return set_compare(op, s, o);
    if (op >= BOP_REVERSE_OR) {
        /* other OP self */
        obj_set_t *t = s;
        s = o;
        o = t;
        op -= BOP_REVERSE_OFFSET;
    } else if (op >= BOP_INPLACE_OR && s->base.type == &type_frozenset) {
        op -= BOP_INPLACE_OFFSET;
    }
    switch (op) {
    case BOP_OR: {
        obj_set_t *r = copy_as(s->base.type, s);
        merge_set(r, o);
        return r;
    }
    case BOP_AND: return intersection(s, o);
    case BOP_SUB: return difference(s, o);
    case BOP_XOR: return symmetric_difference(s, o);
    case BOP_INPLACE_OR: merge_set(s, o); return lhs;
    case BOP_INPLACE_AND: swap_bodies(s, intersection(s, o)); return lhs;
    case BOP_INPLACE_SUB: difference_update_internal(s, o); return lhs;
    case BOP_INPLACE_XOR: symmetric_difference_update_internal(s, o); return lhs;
    default: return OBJ_NULL;
    }
}

/* Iterates the table in slot order; the size check matches CPython. */
typedef struct set_iter {
    obj_base_t base;
    obj_set_t *set;     /* NULL once exhausted */
    size_t pos;
    size_t used;        /* SIZE_MAX after a size change was seen */
} set_iter_t;

static obj_t set_iter_next(obj_t self)
{
    set_iter_t *it = self;
    if (it->set == NULL)
        return OBJ_STOP_ITERATION;
    if (it->used != it->set->used) {
        it->used = SIZE_MAX;
        raise_msg(&type_RuntimeError, "Set changed size during iteration");
    }
    set_entry_t *e = next_entry(it->set, &it->pos);
    if (e == NULL) {
        it->set = NULL;
        return OBJ_STOP_ITERATION;
    }
    return e->key;
}

static const type_t type_set_iterator = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .name = Q_set_iterator,
    .getiter = obj_getiter_self,
    .iternext = set_iter_next,
};

static obj_t set_getiter(obj_t self, iter_buf_t *buf)
{
    _Static_assert(sizeof(set_iter_t) <= sizeof(iter_buf_t), "iterator must fit iter_buf");
    set_iter_t *it = buf ? (set_iter_t *)buf : mem_alloc(sizeof(set_iter_t));
    it->base.type = &type_set_iterator;
    it->set = self;
    it->pos = 0;
    it->used = it->set->used;
    return it;
}

/* ---- methods ---- */

static BUILTIN_FUN_2(set_add_obj, Q_add, set_add);

static obj_t set_clear(obj_t self)
{
    clear_table(self);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(set_clear_obj, Q_clear, set_clear);

static obj_t set_copy(obj_t self)
{
    obj_set_t *s = self;
    return copy_as(s->base.type, s);
}
static BUILTIN_FUN_1(set_copy_obj, Q_copy, set_copy);

static obj_t frozenset_copy(obj_t self)
{
    return self;
}
static BUILTIN_FUN_1(frozenset_copy_obj, Q_copy, frozenset_copy);

static obj_t set_discard(obj_t self, obj_t item)
{
    obj_t k = as_key(item);
    discard_entry(self, k, key_hash(k));
    return OBJ_NONE;
}
static BUILTIN_FUN_2(set_discard_obj, Q_discard, set_discard);

static obj_t set_remove(obj_t self, obj_t item)
{
    obj_t k = as_key(item);
    if (!discard_entry(self, k, key_hash(k)))
        raise_obj(exception_new(&type_KeyError, 1, &item));
    return OBJ_NONE;
}
static BUILTIN_FUN_2(set_remove_obj, Q_remove, set_remove);

static obj_t set_pop(obj_t self)
{
    obj_set_t *s = self;
    if (s->used == 0)
        raise_msg(&type_KeyError, "pop from an empty set");
    size_t i = s->finger & s->mask;
    while (s->table[i].key == OBJ_NULL || s->table[i].key == SET_DUMMY)
        i = (i + 1) & s->mask;
    obj_t k = s->table[i].key;
    s->table[i].key = SET_DUMMY;
    s->table[i].hash = (uintptr_t)-1;
    s->used--;
    s->finger = i + 1;
    return k;
}
static BUILTIN_FUN_1(set_pop_obj, Q_pop, set_pop);

static obj_t set_update_m(size_t n_args, const obj_t *args)
{
    for (size_t i = 1; i < n_args; i++)
        update_internal(args[0], args[i]);
    return OBJ_NONE;
}
static BUILTIN_FUN_VAR(set_update_obj, Q_update, 1, 0xffff, set_update_m);

static obj_t set_union(size_t n_args, const obj_t *args)
{
    obj_set_t *s = args[0];
    obj_set_t *r = copy_as(s->base.type, s);
    for (size_t i = 1; i < n_args; i++)
        if (args[i] != (obj_t)s)
            update_internal(r, args[i]);
    return r;
}
static BUILTIN_FUN_VAR(set_union_obj, Q_union, 1, 0xffff, set_union);

static obj_t set_intersection(size_t n_args, const obj_t *args)
{
    obj_set_t *r = args[0];
    if (n_args == 1)
        return copy_as(r->base.type, r);
    for (size_t i = 1; i < n_args; i++)
        r = intersection(r, args[i]);
    return r;
}
static BUILTIN_FUN_VAR(set_intersection_obj, Q_intersection, 1, 0xffff, set_intersection);

static obj_t set_intersection_update(size_t n_args, const obj_t *args)
{
    swap_bodies(args[0], set_intersection(n_args, args));
    return OBJ_NONE;
}
static BUILTIN_FUN_VAR(set_intersection_update_obj, Q_intersection_update, 1, 0xffff,
                       set_intersection_update);

static obj_t set_difference(size_t n_args, const obj_t *args)
{
    obj_set_t *s = args[0];
    if (n_args == 1)
        return copy_as(s->base.type, s);
    obj_set_t *r = difference(s, args[1]);
    for (size_t i = 2; i < n_args; i++)
        difference_update_internal(r, args[i]);
    return r;
}
static BUILTIN_FUN_VAR(set_difference_obj, Q_difference, 1, 0xffff, set_difference);

static obj_t set_difference_update_m(size_t n_args, const obj_t *args)
{
    for (size_t i = 1; i < n_args; i++)
        difference_update_internal(args[0], args[i]);
    return OBJ_NONE;
}
static BUILTIN_FUN_VAR(set_difference_update_obj, Q_difference_update, 1, 0xffff,
                       set_difference_update_m);

static obj_t set_symmetric_difference(obj_t self, obj_t other)
{
    return symmetric_difference(self, other);
}
static BUILTIN_FUN_2(set_symmetric_difference_obj, Q_symmetric_difference, set_symmetric_difference);

static obj_t set_symmetric_difference_update_m(obj_t self, obj_t other)
{
    symmetric_difference_update_internal(self, other);
    return OBJ_NONE;
}
static BUILTIN_FUN_2(set_symmetric_difference_update_obj, Q_symmetric_difference_update,
                     set_symmetric_difference_update_m);

static obj_t set_issubset(obj_t self, obj_t other)
{
    return obj_new_bool(issubset(self, other));
}
static BUILTIN_FUN_2(set_issubset_obj, Q_issubset, set_issubset);

static obj_t set_issuperset(obj_t self, obj_t other)
{
    return obj_new_bool(issuperset(self, other));
}
static BUILTIN_FUN_2(set_issuperset_obj, Q_issuperset, set_issuperset);

static obj_t set_isdisjoint(obj_t self, obj_t other)
{
    return obj_new_bool(isdisjoint(self, other));
}
static BUILTIN_FUN_2(set_isdisjoint_obj, Q_isdisjoint, set_isdisjoint);

/* set.__init__(iterable=()) for subclasses calling super().__init__. */
static obj_t set_init(size_t n_args, const obj_t *args)
{
    clear_table(args[0]);
    if (n_args > 1)
        update_internal(args[0], args[1]);
    return OBJ_NONE;
}
static BUILTIN_FUN_VAR(set_init_obj, Q___init__, 1, 2, set_init);

#define SET_COMMON_METHODS \
    {ROM_QSTR(Q_difference), ROM_PTR(&set_difference_obj)}, \
    {ROM_QSTR(Q_intersection), ROM_PTR(&set_intersection_obj)}, \
    {ROM_QSTR(Q_isdisjoint), ROM_PTR(&set_isdisjoint_obj)}, \
    {ROM_QSTR(Q_issubset), ROM_PTR(&set_issubset_obj)}, \
    {ROM_QSTR(Q_issuperset), ROM_PTR(&set_issuperset_obj)}, \
    {ROM_QSTR(Q_symmetric_difference), ROM_PTR(&set_symmetric_difference_obj)}, \
    {ROM_QSTR(Q_union), ROM_PTR(&set_union_obj)}

static const map_elem_t set_locals_table[] = {
    SET_COMMON_METHODS,
    {ROM_QSTR(Q___init__), ROM_PTR(&set_init_obj)},
    {ROM_QSTR(Q_add), ROM_PTR(&set_add_obj)},
    {ROM_QSTR(Q_clear), ROM_PTR(&set_clear_obj)},
    {ROM_QSTR(Q_copy), ROM_PTR(&set_copy_obj)},
    {ROM_QSTR(Q_discard), ROM_PTR(&set_discard_obj)},
    {ROM_QSTR(Q_remove), ROM_PTR(&set_remove_obj)},
    {ROM_QSTR(Q_pop), ROM_PTR(&set_pop_obj)},
    {ROM_QSTR(Q_update), ROM_PTR(&set_update_obj)},
    {ROM_QSTR(Q_intersection_update), ROM_PTR(&set_intersection_update_obj)},
    {ROM_QSTR(Q_difference_update), ROM_PTR(&set_difference_update_obj)},
    {ROM_QSTR(Q_symmetric_difference_update), ROM_PTR(&set_symmetric_difference_update_obj)},
};
static MAP_ROM(set_locals, set_locals_table);

static const map_elem_t frozenset_locals_table[] = {
    SET_COMMON_METHODS,
    {ROM_QSTR(Q_copy), ROM_PTR(&frozenset_copy_obj)},
};
static MAP_ROM(frozenset_locals, frozenset_locals_table);

const type_t type_set = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = Q_set,
    .make_new = set_make_new,
    .print = set_print,
    .unary_op = set_unary_op,
    .binary_op = set_binary_op,
    .getiter = set_getiter,
    .locals = &set_locals,
};

const type_t type_frozenset = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = Q_frozenset,
    .make_new = frozenset_make_new,
    .print = set_print,
    .unary_op = set_unary_op,
    .binary_op = set_binary_op,
    .getiter = set_getiter,
    .locals = &frozenset_locals,
};
