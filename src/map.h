/*
 * Insertion-ordered hash map: dict storage, module globals, instance and
 * class attributes.
 *
 * Invariants: elems[0..filled) in insertion order, deleted entries have key
 * OBJ_NULL; with up to MAP_LINEAR_MAX entries there is no index and lookup
 * scans elems; otherwise index (open addressing, power-of-two size) holds
 * elem positions + 1, 0 meaning an empty slot. A fixed map (const table) is
 * scanned linearly and never modified.
 */
#ifndef CP_MAP_H
#define CP_MAP_H

#include "obj.h"

#define MAP_LINEAR_MAX 8

typedef enum {
    MAP_LOOKUP,              /* find; NULL when absent */
    MAP_LOOKUP_ADD,          /* find or append with value OBJ_NULL */
    MAP_REMOVE,              /* remove; returns the removed element */
} map_op_t;

void map_init(map_t *m, size_t n_hint);
void map_clear(map_t *m);
/* Returns the element for key, or NULL. For MAP_REMOVE the returned element
 * is a copy in static storage valid until the next call. Raises TypeError
 * for unhashable keys; may run user __hash__/__eq__. */
map_elem_t *map_lookup(map_t *m, obj_t key, map_op_t op);
/* Fast path for interned-string keys. */
map_elem_t *map_lookup_qstr(map_t *m, qstr key);
void map_store(map_t *m, obj_t key, obj_t value);
void map_store_qstr(map_t *m, qstr key, obj_t value);
obj_t map_get_qstr(map_t *m, qstr key);   /* OBJ_NULL when absent */
/* Iterate: *pos starts at 0; returns NULL at the end. */
map_elem_t *map_next(const map_t *m, size_t *pos);
void map_copy(map_t *dest, const map_t *src);

#endif
