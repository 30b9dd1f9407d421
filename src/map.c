/* Insertion-ordered hash map (see map.h). */
#include "map.h"

#include <string.h>

#include "mem.h"
#include "runtime.h"

/* Empty maps point here rather than at NULL so that pointer arithmetic on
 * elems is always defined; nothing is ever written to it (alloc is 0). */
static map_elem_t no_elems[1];

void map_init(map_t *m, size_t n_hint)
{
    m->used = m->filled = 0;
    m->alloc = n_hint;
    m->elems = n_hint ? mem_alloc(n_hint * sizeof(map_elem_t)) : no_elems;
    m->index = NULL;
    m->index_mask = 0;
    m->is_fixed = false;
}

void map_clear(map_t *m)
{
    if (m->alloc)
        mem_free(m->elems);
    mem_free(m->index);
    map_init(m, 0);
}

static uintptr_t key_hash(obj_t key)
{
    if (obj_is_qstr(key))
        return qstr_hash(obj_qstr_value(key));
    return obj_hash(key);
}

static bool key_equal(obj_t a, obj_t b)
{
    if (a == b)
        return true;
    if (obj_is_qstr(a) && obj_is_qstr(b))
        return false;
    if (obj_is_small_int(a) && obj_is_small_int(b))
        return false;
    return obj_equal(a, b);
}

static void index_build(map_t *m, size_t size)
{
    uint32_t *idx = mem_alloc_noscan(size * sizeof(uint32_t));
    memset(idx, 0, size * sizeof(uint32_t));
    size_t mask = size - 1;
    for (size_t i = 0; i < m->filled; i++) {
        obj_t k = m->elems[i].key;
        if (k == OBJ_NULL)
            continue;
        size_t h = key_hash(k) & mask;
        while (idx[h] != 0)
            h = (h + 1) & mask;
        idx[h] = (uint32_t)(i + 1);
    }
    mem_free(m->index);
    m->index = idx;
    m->index_mask = mask;
}

/* Compact holes and grow elems; rebuilds the index when one is needed. */
static void grow(map_t *m)
{
    size_t j = 0;
    for (size_t i = 0; i < m->filled; i++)
        if (m->elems[i].key != OBJ_NULL)
            m->elems[j++] = m->elems[i];
    m->filled = j;
    size_t want = m->used + 1;
    if (want > m->alloc || m->alloc - want < m->alloc / 4) {
        size_t n = m->alloc < 4 ? 4 : m->alloc * 2;
        while (n < want + want / 2)
            n *= 2;
        m->elems = mem_realloc(m->alloc ? m->elems : NULL, n * sizeof(map_elem_t));
        memset(m->elems + m->filled, 0, (n - m->filled) * sizeof(map_elem_t));
        m->alloc = n;
    } else {
        memset(m->elems + m->filled, 0, (m->alloc - m->filled) * sizeof(map_elem_t));
    }
    if (m->alloc > MAP_LINEAR_MAX) {
        size_t size = 8;
        while (size < m->alloc * 2)
            size *= 2;
        index_build(m, size);
    } else {
        mem_free(m->index);
        m->index = NULL;
    }
}

static map_elem_t removed;

static map_elem_t *remove_at(map_t *m, size_t i)
{
    removed = m->elems[i];
    m->elems[i].key = OBJ_NULL;
    m->elems[i].value = OBJ_NULL;
    m->used--;
    if (m->used == 0 && m->index == NULL)
        m->filled = 0;
    return &removed;
}

static map_elem_t *append(map_t *m, obj_t key, uintptr_t hash)
{
    if (m->filled == m->alloc)
        grow(m);
    size_t i = m->filled++;
    m->elems[i].key = key;
    m->elems[i].value = OBJ_NULL;
    m->used++;
    if (m->index) {
        size_t h = hash & m->index_mask;
        while (m->index[h] != 0)
            h = (h + 1) & m->index_mask;
        m->index[h] = (uint32_t)(i + 1);
    }
    return &m->elems[i];
}

map_elem_t *map_lookup(map_t *m, obj_t key, map_op_t op)
{
    if (m->index == NULL) {
        /* unhashable keys raise even when the small table has no index */
        if (!obj_is_qstr(key) && !obj_is_small_int(key) && op != MAP_LOOKUP_ADD)
            key_hash(key);
        for (size_t i = 0; i < m->filled; i++) {
            obj_t k = m->elems[i].key;
            if (k != OBJ_NULL && key_equal(k, key))
                return op == MAP_REMOVE ? remove_at(m, i) : &m->elems[i];
        }
        if (op != MAP_LOOKUP_ADD)
            return NULL;
        if (m->is_fixed)
            raise_msg(&type_TypeError, "can't modify a constant table");
        /* hash now so unhashable keys raise before insertion */
        uintptr_t h = key_hash(key);
        return append(m, key, h);
    }
    uintptr_t h = key_hash(key);
    for (size_t s = h & m->index_mask;; s = (s + 1) & m->index_mask) {
        uint32_t pos = m->index[s];
        if (pos == 0)
            break;
        obj_t k = m->elems[pos - 1].key;
        if (k != OBJ_NULL && key_equal(k, key))
            return op == MAP_REMOVE ? remove_at(m, pos - 1) : &m->elems[pos - 1];
    }
    if (op != MAP_LOOKUP_ADD)
        return NULL;
    return append(m, key, h);
}

map_elem_t *map_lookup_qstr(map_t *m, qstr key)
{
    obj_t k = obj_new_qstr(key);
    if (m->index == NULL) {
        map_elem_t *e = m->elems, *end = e + m->filled;
        for (; e < end; e++)
            if (e->key == k)
                return e;
        /* a non-interned str key with the same text is rare but legal */
        for (e = m->elems; e < end; e++)
            if (e->key != OBJ_NULL && !obj_is_qstr(e->key) && obj_is_str(e->key) && obj_equal(e->key, k))
                return e;
        return NULL;
    }
    return map_lookup(m, k, MAP_LOOKUP);
}

void map_store(map_t *m, obj_t key, obj_t value)
{
    map_lookup(m, key, MAP_LOOKUP_ADD)->value = value;
}

void map_store_qstr(map_t *m, qstr key, obj_t value)
{
    map_lookup(m, obj_new_qstr(key), MAP_LOOKUP_ADD)->value = value;
}

obj_t map_get_qstr(map_t *m, qstr key)
{
    map_elem_t *e = map_lookup_qstr(m, key);
    return e ? e->value : OBJ_NULL;
}

map_elem_t *map_next(const map_t *m, size_t *pos)
{
    for (size_t i = *pos; i < m->filled; i++) {
        if (m->elems[i].key != OBJ_NULL) {
            *pos = i + 1;
            return &m->elems[i];
        }
    }
    *pos = m->filled;
    return NULL;
}

void map_copy(map_t *dest, const map_t *src)
{
    map_init(dest, src->used);
    size_t pos = 0;
    map_elem_t *e;
    while ((e = map_next(src, &pos)) != NULL) {
        if (obj_is_qstr(e->key))
            map_store(dest, e->key, e->value);
        else
            map_lookup(dest, e->key, MAP_LOOKUP_ADD)->value = e->value;
    }
}
