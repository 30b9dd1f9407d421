/*
 * Set algebra on the table: merging and updating from iterables, copies,
 * union, intersection, differences and the subset tests, shared by the
 * operators and the methods, and the C API of obj_set.h.
 *
 * Part of obj_set.c, which includes it: one translation unit, so the table
 * and algebra helpers stay static. Not compiled on its own.
 */

/* ---- building blocks shared by methods and operators ---- */

obj_set_t *set_native(obj_t o)
{
    obj_set_t *s = obj_tuple_native_of(o, &type_set);
    return s ? s : obj_tuple_native_of(o, &type_frozenset);
}

static void merge_set(obj_set_t *s, const obj_set_t *o)
{
    if (s == o || o->used == 0)
        return;
    if ((s->fill + o->used) * 5 >= s->mask * 3)
        table_resize(s, (s->used + o->used) * 2);
    ensure_table(s);
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        memcpy(s->table, o->table, (o->mask + 1) * sizeof(set_entry_t));
        s->fill = o->fill;
        s->used = o->used;
        s->hash_valid = false;
        return;
    }
    if (s->fill == 0) {
        for (size_t i = 0; i <= o->mask; i++)
            if (o->table[i].key != OBJ_NULL && o->table[i].key != SET_DUMMY)
                insert_clean(s->table, s->mask, o->table[i].key, o->table[i].hash);
        s->fill = s->used = o->used;
        s->hash_valid = false;
        return;
    }
    size_t pos = 0;
    set_entry_t *e;
    while ((e = next_entry(o, &pos)) != NULL)
        add_entry(s, e->key, e->hash);
}

static void update_internal(obj_set_t *s, obj_t other)
{
    obj_set_t *o = set_native(other);
    if (o) {
        merge_set(s, o);
        return;
    }
    if (obj_is_type(other, &type_dict)) {
        map_t *m = &((obj_dict_t *)other)->map;
        if ((s->fill + m->used) * 5 >= s->mask * 3)
            table_resize(s, (s->used + m->used) * 2);
        size_t pos = 0;
        map_elem_t *e;
        while ((e = map_next(m, &pos)) != NULL) {
            obj_t k = e->key;
            add_entry(s, k, key_hash(k));
        }
        return;
    }
    obj_t it = getiter(other, NULL);
    obj_t x;
    while ((x = iternext(it)) != OBJ_STOP_ITERATION)
        add_entry(s, x, key_hash(x));
}

static obj_set_t *copy_as(const type_t *type, obj_set_t *s)
{
    obj_set_t *r = set_alloc(type);
    merge_set(r, s);
    return r;
}

obj_t obj_set_from_iter(const type_t *type, obj_t iterable)
{
    obj_set_t *s = set_alloc(type);
    if (iterable != OBJ_NULL)
        update_internal(s, iterable);
    return s;
}

obj_t obj_new_set(size_t n, const obj_t *items)
{
    obj_set_t *s = set_alloc(&type_set);
    for (size_t i = 0; i < n; i++)
        add_entry(s, items[i], key_hash(items[i]));
    return s;
}

obj_t obj_set_const_frozenset(size_t n, const obj_t *items)
{
    obj_set_t *first = set_alloc(&type_frozenset);
    for (size_t i = 0; i < n; i++)
        add_entry(first, items[i], key_hash(items[i]));
    obj_set_t *r = set_alloc(&type_frozenset);
    size_t pos = 0;
    set_entry_t *e;
    while ((e = next_entry(first, &pos)) != NULL)
        add_entry(r, e->key, e->hash);
    return r;
}

obj_t set_add(obj_t s, obj_t item)
{
    add_entry(s, item, key_hash(item));
    return OBJ_NONE;
}

/* A set used as a key is looked up as the equal frozenset (CPython does
 * this for in, remove and discard). */
static obj_t as_key(obj_t key)
{
    obj_set_t *k = obj_is_ptr(key) ? obj_tuple_native_of(key, &type_set) : NULL;
    return k ? (obj_t)copy_as(&type_frozenset, k) : key;
}

bool set_contains(obj_t s, obj_t item)
{
    return lookkey(s, item, key_hash(item)) != NULL;
}

static obj_set_t *intersection(obj_set_t *s, obj_t other)
{
    obj_set_t *r = set_alloc(s->base.type);
    obj_set_t *o = set_native(other);
    if (o) {
        if (o->used > s->used) {
            obj_set_t *t = s;
            s = o;
            o = t;
        }
        size_t pos = 0;
        set_entry_t *e;
        while ((e = next_entry(o, &pos)) != NULL) {
            obj_t k = e->key;
            uintptr_t h = e->hash;
            if (lookkey(s, k, h))
                add_entry(r, k, h);
        }
        return r;
    }
    obj_t it = getiter(other, NULL);
    obj_t x;
    while ((x = iternext(it)) != OBJ_STOP_ITERATION) {
        uintptr_t h = key_hash(x);
        if (lookkey(s, x, h))
            add_entry(r, x, h);
    }
    return r;
}

static void swap_bodies(obj_set_t *a, obj_set_t *b)
{
    obj_set_t t = *a;
    a->fill = b->fill;
    a->used = b->used;
    a->mask = b->mask;
    a->table = b->table;
    a->hash_valid = false;
    b->fill = t.fill;
    b->used = t.used;
    b->mask = t.mask;
    b->table = t.table;
    b->hash_valid = false;
}

static void difference_update_internal(obj_set_t *s, obj_t other)
{
    obj_set_t *o = set_native(other);
    if (o == s) {
        clear_table(s);
        return;
    }
    if (o) {
        if ((o->used >> 3) > s->used)
            o = intersection(s, o);
        size_t pos = 0;
        set_entry_t *e;
        while ((e = next_entry(o, &pos)) != NULL)
            discard_entry(s, e->key, e->hash);
    } else {
        obj_t it = getiter(other, NULL);
        obj_t x;
        while ((x = iternext(it)) != OBJ_STOP_ITERATION)
            discard_entry(s, x, key_hash(x));
    }
    s->hash_valid = false;
    if (s->fill - s->used > s->mask / 4)
        table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

static obj_set_t *difference(obj_set_t *s, obj_t other)
{
    obj_set_t *o = set_native(other);
    bool is_dict = obj_is_type(other, &type_dict);
    size_t other_size = o ? o->used : is_dict ? ((obj_dict_t *)other)->map.used : 0;
    if ((!o && !is_dict) || (s->used >> 2) > other_size) {
        obj_set_t *r = copy_as(s->base.type, s);
        difference_update_internal(r, other);
        return r;
    }
    obj_set_t *r = set_alloc(s->base.type);
    size_t pos = 0;
    set_entry_t *e;
    while ((e = next_entry(s, &pos)) != NULL) {
        obj_t k = e->key;
        uintptr_t h = e->hash;
        bool found = o ? lookkey(o, k, h) != NULL
                       : map_lookup(&((obj_dict_t *)other)->map, k, MAP_LOOKUP) != NULL;
        if (!found)
            add_entry(r, k, h);
    }
    return r;
}

static void symmetric_difference_update_internal(obj_set_t *s, obj_t other)
{
    obj_set_t *o = set_native(other);
    if (o == s) {
        clear_table(s);
        return;
    }
    if (o == NULL && obj_is_type(other, &type_dict)) {
        map_t *m = &((obj_dict_t *)other)->map;
        size_t pos = 0;
        map_elem_t *e;
        while ((e = map_next(m, &pos)) != NULL) {
            obj_t k = e->key;
            uintptr_t h = key_hash(k);
            if (!discard_entry(s, k, h))
                add_entry(s, k, h);
        }
        s->hash_valid = false;
        return;
    }
    if (o == NULL)
        o = obj_set_from_iter(s->base.type, other);
    size_t pos = 0;
    set_entry_t *e;
    while ((e = next_entry(o, &pos)) != NULL) {
        obj_t k = e->key;
        uintptr_t h = e->hash;
        if (!discard_entry(s, k, h))
            add_entry(s, k, h);
    }
    s->hash_valid = false;
}

static obj_set_t *symmetric_difference(obj_set_t *s, obj_t other)
{
    obj_set_t *r = obj_set_from_iter(s->base.type, other);
    symmetric_difference_update_internal(r, s);
    return r;
}

static bool issubset(obj_set_t *s, obj_t other)
{
    obj_set_t *o = set_native(other);
    if (o == NULL)
        o = obj_set_from_iter(&type_set, other);
    if (s->used > o->used)
        return false;
    size_t pos = 0;
    set_entry_t *e;
    while ((e = next_entry(s, &pos)) != NULL)
        if (!lookkey(o, e->key, e->hash))
            return false;
    return true;
}

static bool issuperset(obj_set_t *s, obj_t other)
{
    obj_set_t *o = set_native(other);
    if (o)
        return issubset(o, s);
    obj_t it = getiter(other, NULL);
    obj_t x;
    while ((x = iternext(it)) != OBJ_STOP_ITERATION)
        if (!set_contains(s, x))
            return false;
    return true;
}

static bool isdisjoint(obj_set_t *s, obj_t other)
{
    obj_set_t *o = set_native(other);
    if (o == s)
        return s->used == 0;
    if (o) {
        if (o->used > s->used) {
            obj_set_t *t = s;
            s = o;
            o = t;
        }
        size_t pos = 0;
        set_entry_t *e;
        while ((e = next_entry(o, &pos)) != NULL)
            if (lookkey(s, e->key, e->hash))
                return false;
        return true;
    }
    obj_t it = getiter(other, NULL);
    obj_t x;
    while ((x = iternext(it)) != OBJ_STOP_ITERATION)
        if (set_contains(s, x))
            return false;
    return true;
}

void set_update(obj_t s, obj_t iterable)
{
    update_internal(s, iterable);
}

void set_difference_update(obj_t s, obj_t iterable)
{
    difference_update_internal(s, iterable);
}

void set_symmetric_difference_update(obj_t s, obj_t iterable)
{
    symmetric_difference_update_internal(s, iterable);
}

