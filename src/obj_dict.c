/* dict on top of map.h (see obj_dict.h); views are in obj_dict_view.c. */
#include "obj_dict.h"

#include "mem.h"
#include "obj_list.h"
#include "obj_tuple.h"
#include "runtime.h"

obj_t obj_new_dict(size_t n_hint)
{
    obj_dict_t *d = mem_alloc(sizeof(*d));
    d->base.type = &type_dict;
    map_init(&d->map, n_hint);
    return d;
}

static obj_dict_t *as_dict(obj_t o)
{
    return obj_tuple_native_of(o, &type_dict);
}

map_t *dict_get_map(obj_t d)
{
    obj_dict_t *n = as_dict(d);
    if (n == NULL)
        raise_fmt(&type_TypeError, "expected dict, got %T", d);
    return &n->map;
}

void dict_store(obj_t d, obj_t k, obj_t v)
{
    map_store(&((obj_dict_t *)d)->map, k, v);
}

obj_t dict_lookup(obj_t d, obj_t k)
{
    map_elem_t *e = map_lookup(dict_get_map(d), k, MAP_LOOKUP);
    return e ? e->value : OBJ_NULL;
}

_Noreturn static void raise_key_error(obj_t key)
{
    raise_obj(exception_new(&type_KeyError, 1, &key));
}

/* ---- update ---- */

/* Copies every entry of src; a user __eq__ may mutate src meanwhile, which
 * map_next tolerates. */
static void merge_map(map_t *dest, map_t *src)
{
    size_t pos = 0;
    map_elem_t *e;
    while ((e = map_next(src, &pos)) != NULL) {
        obj_t k = e->key, v = e->value;
        map_store(dest, k, v);
    }
}

/* Merge through keys() and __getitem__. */
static void merge_keys(map_t *dest, obj_t mapping, obj_t keys_fun)
{
    obj_t it = getiter(call0(keys_fun), NULL);
    obj_t k;
    while ((k = iternext(it)) != OBJ_STOP_ITERATION)
        map_store(dest, k, obj_subscr(mapping, k, OBJ_SENTINEL));
}

static obj_t getiter_for_pair(obj_t item, size_t index_arg)
{
    /* read after a longjmp: keep it out of registers */
    volatile size_t index = index_arg;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t it = getiter(item, NULL);
        nlr_pop();
        return it;
    }
    if (exception_is(nlr.value, &type_TypeError))
        raise_fmt(&type_TypeError,
                  "cannot convert dictionary update sequence element #%zu to a sequence", index);
    nlr_jump(nlr.value);
}

static void merge_pairs(map_t *dest, obj_t seq)
{
    obj_t it = getiter(seq, NULL);
    obj_t item;
    for (size_t i = 0; (item = iternext(it)) != OBJ_STOP_ITERATION; i++) {
        obj_t kv = obj_tuple_native_of(item, &type_tuple);
        obj_t *items;
        size_t n;
        if (kv) {
            n = ((obj_tuple_t *)kv)->len;
            items = ((obj_tuple_t *)kv)->items;
        } else {
            obj_list_t *l = obj_list_from_iter(getiter_for_pair(item, i));
            n = l->len;
            items = l->items;
        }
        if (n != 2)
            raise_fmt(&type_ValueError,
                      "dictionary update sequence element #%zu has length %zu; 2 is required", i, n);
        map_store(dest, items[0], items[1]);
    }
}

void dict_update_from(obj_t d, obj_t arg)
{
    map_t *m = dict_get_map(d);
    if (obj_is_type(arg, &type_dict)) {
        merge_map(m, &((obj_dict_t *)arg)->map);
        return;
    }
    obj_t keys = load_attr_maybe(arg, Q_keys);
    if (keys != OBJ_NULL)
        merge_keys(m, arg, keys);
    else
        merge_pairs(m, arg);
}

void dict_merge(obj_t d, obj_t mapping)
{
    map_t *m = dict_get_map(d);
    if (obj_is_type(mapping, &type_dict)) {
        merge_map(m, &((obj_dict_t *)mapping)->map);
        return;
    }
    obj_t keys = load_attr_maybe(mapping, Q_keys);
    if (keys == OBJ_NULL)
        raise_fmt(&type_TypeError, "'%T' object is not a mapping", mapping);
    merge_keys(m, mapping, keys);
}

/* Positional arg (at most one) then keyword pairs, as dict() and
 * dict.update() take them; kw pairs are (key, value) words. */
static void update_args(obj_t d, const char *fname, size_t n_args, const obj_t *args,
                        size_t n_kw, const obj_t *kw)
{
    if (n_args > 1)
        raise_fmt(&type_TypeError, "%s expected at most 1 argument, got %zu", fname, n_args);
    if (n_args)
        dict_update_from(d, args[0]);
    map_t *m = dict_get_map(d);
    for (size_t i = 0; i < n_kw; i++)
        map_store(m, kw[2 * i], kw[2 * i + 1]);
}

static obj_t dict_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    obj_t d = obj_new_dict(n_kw);
    update_args(d, "dict", n_args, args, n_kw, args + n_args);
    return d;
}

/* ---- printing and operators ---- */

static void dict_print_body(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    map_t *m = &((obj_dict_t *)o)->map;
    print_str(p, "{");
    size_t pos = 0;
    map_elem_t *e;
    for (bool first = true; (e = map_next(m, &pos)) != NULL; first = false) {
        obj_t k = e->key, v = e->value;
        if (!first)
            print_str(p, ", ");
        obj_print(p, k, PRINT_REPR);
        print_str(p, ": ");
        obj_print(p, v, PRINT_REPR);
    }
    print_str(p, "}");
}

static void dict_print(const print_t *p, obj_t o, print_kind_t kind)
{
    if (((obj_dict_t *)o)->map.used == 0)
        print_str(p, "{}");
    else if (!obj_tuple_print_guarded(p, o, kind, dict_print_body))
        print_str(p, "{...}");
}

static obj_t dict_unary_op(unary_op_t op, obj_t o)
{
    obj_dict_t *d = o;
    switch (op) {
    case UOP_BOOL: return obj_new_bool(d->map.used != 0);
    case UOP_LEN: return obj_new_small_int((intptr_t)d->map.used);
    default: return OBJ_NULL;   /* unhashable */
    }
}

static bool dict_equal(obj_dict_t *a, obj_dict_t *b)
{
    if (a == b)
        return true;
    if (a->map.used != b->map.used)
        return false;
    runtime_check_stack();
    size_t pos = 0;
    map_elem_t *e;
    while ((e = map_next(&a->map, &pos)) != NULL) {
        obj_t k = e->key, v = e->value;
        map_elem_t *f = map_lookup(&b->map, k, MAP_LOOKUP);
        if (f == NULL || !obj_tuple_item_eq(v, f->value))
            return false;
    }
    return true;
}

static obj_t dict_copy(obj_t self);

static obj_t dict_binary_op(binary_op_t op, obj_t lhs, obj_t rhs)
{
    obj_dict_t *a = as_dict(lhs), *b = as_dict(rhs);
    if (a == NULL)
        return OBJ_NULL;
    switch (op) {
    case BOP_IN:
        return obj_new_bool(map_lookup(&a->map, rhs, MAP_LOOKUP) != NULL);
    case BOP_EQ:
    case BOP_NE:
        if (b == NULL)
            return OBJ_NULL;
        return obj_new_bool(dict_equal(a, b) == (op == BOP_EQ));
    case BOP_OR:
    case BOP_REVERSE_OR: {
        if (b == NULL)
            return OBJ_NULL;
        obj_dict_t *r = dict_copy(op == BOP_OR ? a : b);
        merge_map(&r->map, op == BOP_OR ? &b->map : &a->map);
        return r;
    }
    case BOP_INPLACE_OR:
        dict_update_from(a, rhs);
        return lhs;
    default:
        return OBJ_NULL;
    }
}

static obj_t dict_subscr(obj_t self, obj_t index, obj_t value)
{
    map_t *m = &((obj_dict_t *)self)->map;
    if (value == OBJ_SENTINEL) {
        map_elem_t *e = map_lookup(m, index, MAP_LOOKUP);
        if (e == NULL)
            raise_key_error(index);
        return e->value;
    }
    if (value == OBJ_NULL) {
        if (map_lookup(m, index, MAP_REMOVE) == NULL)
            raise_key_error(index);
    } else {
        map_store(m, index, value);
    }
    return OBJ_NONE;
}

static obj_t dict_getiter(obj_t self, iter_buf_t *buf)
{
    return dict_view_iter(self, DICT_VIEW_KEYS, false, buf);
}

/* ---- methods ---- */

static obj_t dict_get(size_t n_args, const obj_t *args)
{
    map_elem_t *e = map_lookup(&((obj_dict_t *)args[0])->map, args[1], MAP_LOOKUP);
    if (e)
        return e->value;
    return n_args > 2 ? args[2] : OBJ_NONE;
}
static BUILTIN_FUN_VAR(dict_get_obj, Q_get, 2, 3, dict_get);

static obj_t dict_setdefault(size_t n_args, const obj_t *args)
{
    map_elem_t *e = map_lookup(&((obj_dict_t *)args[0])->map, args[1], MAP_LOOKUP_ADD);
    if (e->value == OBJ_NULL)
        e->value = n_args > 2 ? args[2] : OBJ_NONE;
    return e->value;
}
static BUILTIN_FUN_VAR(dict_setdefault_obj, Q_setdefault, 2, 3, dict_setdefault);

static obj_t dict_pop(size_t n_args, const obj_t *args)
{
    map_elem_t *e = map_lookup(&((obj_dict_t *)args[0])->map, args[1], MAP_REMOVE);
    if (e)
        return e->value;
    if (n_args > 2)
        return args[2];
    raise_key_error(args[1]);
}
static BUILTIN_FUN_VAR(dict_pop_obj, Q_pop, 2, 3, dict_pop);

static obj_t dict_popitem(obj_t self)
{
    map_t *m = &((obj_dict_t *)self)->map;
    if (m->used == 0)
        raise_msg(&type_KeyError, "popitem(): dictionary is empty");
    size_t i = m->filled;
    while (m->elems[i - 1].key == OBJ_NULL)
        i--;
    obj_t kv[2] = {m->elems[i - 1].key, m->elems[i - 1].value};
    map_lookup(m, kv[0], MAP_REMOVE);
    return obj_new_tuple(2, kv);
}
static BUILTIN_FUN_1(dict_popitem_obj, Q_popitem, dict_popitem);

static obj_t dict_keys(obj_t self)
{
    return dict_view_new(self, DICT_VIEW_KEYS);
}
static BUILTIN_FUN_1(dict_keys_obj, Q_keys, dict_keys);

static obj_t dict_values(obj_t self)
{
    return dict_view_new(self, DICT_VIEW_VALUES);
}
static BUILTIN_FUN_1(dict_values_obj, Q_values, dict_values);

static obj_t dict_items(obj_t self)
{
    return dict_view_new(self, DICT_VIEW_ITEMS);
}
static BUILTIN_FUN_1(dict_items_obj, Q_items, dict_items);

static obj_t dict_update(size_t n_args, const obj_t *args, map_t *kw)
{
    update_args(args[0], "update", n_args - 1, args + 1, 0, obj_no_args);
    if (kw)
        merge_map(dict_get_map(args[0]), kw);
    return OBJ_NONE;
}
static BUILTIN_FUN_KW(dict_update_obj, Q_update, 1, dict_update);

/* Drops the storage without freeing it: a lookup running user __eq__ may
 * still be reading the old elements. */
static obj_t dict_clear(obj_t self)
{
    map_init(&((obj_dict_t *)self)->map, 0);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(dict_clear_obj, Q_clear, dict_clear);

static obj_t dict_copy(obj_t self)
{
    obj_dict_t *d = obj_new_dict(0);
    map_copy(&d->map, &((obj_dict_t *)self)->map);
    return d;
}
static BUILTIN_FUN_1(dict_copy_obj, Q_copy, dict_copy);

static obj_t dict_fromkeys(size_t n_args, const obj_t *args)
{
    obj_t cls = args[0], value = n_args > 2 ? args[2] : OBJ_NONE;
    bool native = cls == (obj_t)&type_dict;
    obj_t d = native ? obj_new_dict(0) : call0(cls);
    obj_t it = getiter(args[1], NULL);
    obj_t k;
    while ((k = iternext(it)) != OBJ_STOP_ITERATION) {
        if (native)
            dict_store(d, k, value);
        else
            obj_subscr(d, k, value);
    }
    return d;
}
static BUILTIN_FUN_VAR(dict_fromkeys_obj, Q_fromkeys, 2, 3, dict_fromkeys);
static CLASSMETHOD(dict_fromkeys_cm, &dict_fromkeys_obj);

/* dict.__init__(...) for subclasses calling super().__init__: an update. */
static obj_t dict_init(size_t n_args, const obj_t *args, map_t *kw)
{
    update_args(args[0], "dict", n_args - 1, args + 1, 0, obj_no_args);
    if (kw)
        merge_map(dict_get_map(args[0]), kw);
    return OBJ_NONE;
}
static BUILTIN_FUN_KW(dict_init_obj, Q___init__, 1, dict_init);

static obj_t dict_reversed(obj_t self)
{
    return dict_view_iter(self, DICT_VIEW_KEYS, true, NULL);
}
static BUILTIN_FUN_1(dict_reversed_obj, Q___reversed__, dict_reversed);

static const map_elem_t dict_locals_table[] = {
    {ROM_QSTR(Q_get), ROM_PTR(&dict_get_obj)},
    {ROM_QSTR(Q_setdefault), ROM_PTR(&dict_setdefault_obj)},
    {ROM_QSTR(Q_pop), ROM_PTR(&dict_pop_obj)},
    {ROM_QSTR(Q_popitem), ROM_PTR(&dict_popitem_obj)},
    {ROM_QSTR(Q_keys), ROM_PTR(&dict_keys_obj)},
    {ROM_QSTR(Q_values), ROM_PTR(&dict_values_obj)},
    {ROM_QSTR(Q_items), ROM_PTR(&dict_items_obj)},
    {ROM_QSTR(Q_update), ROM_PTR(&dict_update_obj)},
    {ROM_QSTR(Q_clear), ROM_PTR(&dict_clear_obj)},
    {ROM_QSTR(Q_copy), ROM_PTR(&dict_copy_obj)},
    {ROM_QSTR(Q_fromkeys), ROM_PTR(&dict_fromkeys_cm)},
    {ROM_QSTR(Q___init__), ROM_PTR(&dict_init_obj)},
    {ROM_QSTR(Q___reversed__), ROM_PTR(&dict_reversed_obj)},
};
static MAP_ROM(dict_locals, dict_locals_table);

const type_t type_dict = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = Q_dict,
    .make_new = dict_make_new,
    .print = dict_print,
    .unary_op = dict_unary_op,
    .binary_op = dict_binary_op,
    .subscr = dict_subscr,
    .getiter = dict_getiter,
    .locals = &dict_locals,
};
