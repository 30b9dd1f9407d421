/* dict iterators and the keys/values/items views (see obj_dict.h). */
#include "obj_dict.h"

#include "mem.h"
#include "obj_set.h"
#include "obj_tuple.h"
#include "runtime.h"

/* ---- iterators ---- */

/* used is the dict's size when iteration started (SIZE_MAX after the size
 * changed, so every later step raises too); dict is NULL once exhausted. */
typedef struct dict_iter {
    obj_base_t base;
    obj_dict_t *dict;
    size_t pos;         /* forward: next element index; reverse: one past it */
    size_t used;
} dict_iter_t;

static obj_t dict_iter_next(obj_t self);

#define DICT_ITER_TYPE(q) \
    {.base = {&type_type}, .flags = TYPE_FLAG_ITER_IS_SELF, .name = q, \
     .getiter = obj_getiter_self, .iternext = dict_iter_next}

/* Indexed by kind, plus 3 for the reversed forms. */
static const type_t dict_iter_types[6] = {
    DICT_ITER_TYPE(Q_dict_keyiterator),
    DICT_ITER_TYPE(Q_dict_valueiterator),
    DICT_ITER_TYPE(Q_dict_itemiterator),
    DICT_ITER_TYPE(Q_dict_reversekeyiterator),
    DICT_ITER_TYPE(Q_dict_reversevalueiterator),
    DICT_ITER_TYPE(Q_dict_reverseitemiterator),
};

obj_t dict_view_iter(obj_t dict, int kind, bool reverse, iter_buf_t *buf)
{
    _Static_assert(sizeof(dict_iter_t) <= sizeof(iter_buf_t), "iterator must fit iter_buf");
    dict_iter_t *it = buf ? (dict_iter_t *)buf : mem_alloc(sizeof(dict_iter_t));
    it->base.type = &dict_iter_types[kind + (reverse ? 3 : 0)];
    it->dict = dict;
    it->pos = reverse ? it->dict->map.filled : 0;
    it->used = it->dict->map.used;
    return it;
}

static map_elem_t *prev_elem(const map_t *m, size_t *pos)
{
    if (*pos > m->filled)
        *pos = m->filled;
    while (*pos > 0) {
        map_elem_t *e = &m->elems[--*pos];
        if (e->key != OBJ_NULL)
            return e;
    }
    return NULL;
}

static obj_t dict_iter_next(obj_t self)
{
    dict_iter_t *it = self;
    if (it->dict == NULL)
        return OBJ_STOP_ITERATION;
    map_t *m = &it->dict->map;
    if (it->used != m->used) {
        it->used = SIZE_MAX;
        raise_msg(&type_RuntimeError, "dictionary changed size during iteration");
    }
    size_t t = (size_t)(it->base.type - dict_iter_types);
    map_elem_t *e = t < 3 ? map_next(m, &it->pos) : prev_elem(m, &it->pos);
    if (e == NULL) {
        it->dict = NULL;
        return OBJ_STOP_ITERATION;
    }
    switch (t % 3) {
    case DICT_VIEW_KEYS: return e->key;
    case DICT_VIEW_VALUES: return e->value;
    default: return obj_new_tuple(2, (obj_t *)e);
    }
}

/* ---- views ---- */

static const type_t *const view_types[3] = {&type_dict_keys, &type_dict_values, &type_dict_items};

obj_t dict_view_new(obj_t dict, int kind)
{
    obj_dict_view_t *v = mem_alloc(sizeof(*v));
    v->base.type = view_types[kind];
    v->dict = dict;
    return v;
}

static int view_kind(obj_t o)
{
    const type_t *t = ((obj_base_t *)o)->type;
    return t == &type_dict_keys ? DICT_VIEW_KEYS : t == &type_dict_values ? DICT_VIEW_VALUES : DICT_VIEW_ITEMS;
}

/* A keys or items view (the set-like ones), else NULL. */
static obj_dict_view_t *as_setlike(obj_t o)
{
    if (obj_is_type(o, &type_dict_keys) || obj_is_type(o, &type_dict_items))
        return o;
    return NULL;
}

static void view_print_body(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    obj_dict_view_t *v = o;
    print_str(p, qstr_str(v->base.type->name));
    print_str(p, "([");
    obj_t it = dict_view_iter(v->dict, view_kind(o), false, NULL);
    obj_t x;
    for (bool first = true; (x = iternext(it)) != OBJ_STOP_ITERATION; first = false) {
        if (!first)
            print_str(p, ", ");
        obj_print(p, x, PRINT_REPR);
    }
    print_str(p, "])");
}

static void view_print(const print_t *p, obj_t o, print_kind_t kind)
{
    if (!obj_tuple_print_guarded(p, o, kind, view_print_body))
        print_str(p, "...");
}

static obj_t view_unary_op(unary_op_t op, obj_t o)
{
    obj_dict_view_t *v = o;
    switch (op) {
    case UOP_BOOL: return obj_new_bool(v->dict->map.used != 0);
    case UOP_LEN: return obj_new_small_int((intptr_t)v->dict->map.used);
    case UOP_HASH:
        /* values views hash by identity; keys and items views are set-like
         * and unhashable */
        if (view_kind(o) == DICT_VIEW_VALUES)
            return obj_new_small_int((intptr_t)((uintptr_t)o >> 3));
        return OBJ_NULL;
    default: return OBJ_NULL;
    }
}

static bool view_contains(obj_dict_view_t *v, obj_t x)
{
    map_t *m = &v->dict->map;
    switch (view_kind(v)) {
    case DICT_VIEW_KEYS:
        return map_lookup(m, x, MAP_LOOKUP) != NULL;
    case DICT_VIEW_ITEMS: {
        obj_tuple_t *t = obj_tuple_native_of(x, &type_tuple);
        if (t == NULL || t->len != 2)
            return false;
        map_elem_t *e = map_lookup(m, t->items[0], MAP_LOOKUP);
        return e != NULL && obj_tuple_item_eq(e->value, t->items[1]);
    }
    default: {
        size_t pos = 0;
        map_elem_t *e;
        while ((e = map_next(m, &pos)) != NULL)
            if (obj_tuple_item_eq(e->value, x))
                return true;
        return false;
    }
    }
}

static obj_t view_to_set(obj_t o)
{
    return obj_set_from_iter(&type_set, o);
}

static obj_t view_intersect(obj_dict_view_t *v, obj_t other)
{
    obj_t r = obj_set_from_iter(&type_set, OBJ_NULL);
    size_t n = v->dict->map.used;
    obj_t it;
    if (obj_is_type(other, &type_set) && n <= ((obj_set_t *)other)->used) {
        it = getiter(v, NULL);
        for (obj_t x; (x = iternext(it)) != OBJ_STOP_ITERATION;)
            if (set_contains(other, x))
                set_add(r, x);
        return r;
    }
    obj_dict_view_t *ov = as_setlike(other);
    if (ov && ov->dict->map.used > n) {
        obj_dict_view_t *t = v;
        v = ov;
        other = t;
    }
    it = getiter(other, NULL);
    for (obj_t x; (x = iternext(it)) != OBJ_STOP_ITERATION;)
        if (view_contains(v, x))
            set_add(r, x);
    return r;
}

/* every item of a is in b */
static bool all_contained_in(obj_t a, obj_t b)
{
    obj_t it = getiter(a, NULL);
    for (obj_t x; (x = iternext(it)) != OBJ_STOP_ITERATION;)
        if (!obj_contains(b, x))
            return false;
    return true;
}

static obj_t view_compare(binary_op_t op, obj_t a, obj_t b)
{
    if (!as_setlike(b) && !set_native(b))
        return OBJ_NULL;
    size_t na = obj_len(a), nb = obj_len(b);
    bool r = false;
    switch (op) {
    case BOP_EQ: r = na == nb && all_contained_in(a, b); break;
    case BOP_NE: r = !(na == nb && all_contained_in(a, b)); break;
    case BOP_LT: r = na < nb && all_contained_in(a, b); break;
    case BOP_LE: r = na <= nb && all_contained_in(a, b); break;
    case BOP_GT: r = na > nb && all_contained_in(b, a); break;
    default: r = na >= nb && all_contained_in(b, a); break;
    }
    return obj_new_bool(r);
}

static obj_t view_binary_op(binary_op_t op, obj_t lhs, obj_t rhs)
{
    obj_dict_view_t *v = lhs;
    if (op == BOP_IN)
        return obj_new_bool(view_contains(v, rhs));
    if (as_setlike(v) == NULL)
        return OBJ_NULL;
    if (op <= BOP_GE)
        return view_compare(op, lhs, rhs);
    obj_t r;
    switch (op) {
    case BOP_AND:
    case BOP_REVERSE_AND:
        return view_intersect(v, rhs);
    case BOP_OR:
    case BOP_REVERSE_OR:
        r = view_to_set(lhs);
        set_update(r, rhs);
        return r;
    case BOP_SUB:
        r = view_to_set(lhs);
        set_difference_update(r, rhs);
        return r;
    case BOP_REVERSE_SUB:
        r = obj_set_from_iter(&type_set, rhs);
        set_difference_update(r, lhs);
        return r;
    case BOP_XOR:
        r = view_to_set(lhs);
        set_symmetric_difference_update(r, rhs);
        return r;
    case BOP_REVERSE_XOR:
        r = obj_set_from_iter(&type_set, rhs);
        set_symmetric_difference_update(r, lhs);
        return r;
    default:
        return OBJ_NULL;
    }
}

static obj_t view_getiter(obj_t self, iter_buf_t *buf)
{
    obj_dict_view_t *v = self;
    return dict_view_iter(v->dict, view_kind(self), false, buf);
}

static obj_t view_isdisjoint(obj_t self, obj_t other)
{
    obj_dict_view_t *v = self;
    obj_t it = getiter(other, NULL);
    for (obj_t x; (x = iternext(it)) != OBJ_STOP_ITERATION;)
        if (view_contains(v, x))
            return OBJ_FALSE;
    return OBJ_TRUE;
}
static BUILTIN_FUN_2(view_isdisjoint_obj, Q_isdisjoint, view_isdisjoint);

static obj_t view_reversed(obj_t self)
{
    obj_dict_view_t *v = self;
    return dict_view_iter(v->dict, view_kind(self), true, NULL);
}
static BUILTIN_FUN_1(view_reversed_obj, Q___reversed__, view_reversed);

static const map_elem_t setlike_locals_table[] = {
    {ROM_QSTR(Q_isdisjoint), ROM_PTR(&view_isdisjoint_obj)},
    {ROM_QSTR(Q___reversed__), ROM_PTR(&view_reversed_obj)},
};
static MAP_ROM(setlike_locals, setlike_locals_table);

static const map_elem_t values_locals_table[] = {
    {ROM_QSTR(Q___reversed__), ROM_PTR(&view_reversed_obj)},
};
static MAP_ROM(values_locals, values_locals_table);

#define VIEW_TYPE(q, loc) \
    {.base = {&type_type}, .name = q, .print = view_print, .unary_op = view_unary_op, \
     .binary_op = view_binary_op, .getiter = view_getiter, .locals = loc}

const type_t type_dict_keys = VIEW_TYPE(Q_dict_keys, &setlike_locals);
const type_t type_dict_values = VIEW_TYPE(Q_dict_values, &values_locals);
const type_t type_dict_items = VIEW_TYPE(Q_dict_items, &setlike_locals);
