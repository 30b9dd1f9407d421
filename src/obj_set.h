/*
 * set and frozenset: an open-addressing hash table laid out like CPython's
 * (same probe sequence, resize policy and dummy reuse), so sets of small
 * ints iterate in the same order as in CPython.
 * All functions raise Python exceptions (nlr) on failure; unhashable items
 * raise TypeError.
 */
#ifndef CP_OBJ_SET_H
#define CP_OBJ_SET_H

#include "obj.h"

typedef struct set_entry {
    obj_t key;          /* OBJ_NULL: never used; SET_DUMMY: deleted */
    uintptr_t hash;
} set_entry_t;

typedef struct obj_set {
    obj_base_t base;        /* type_set or type_frozenset */
    size_t fill;            /* active + dummy entries */
    size_t used;            /* active entries */
    size_t mask;            /* table size - 1 (table size a power of 2, >= 8) */
    size_t finger;          /* where pop() starts searching */
    set_entry_t *table;     /* NULL while empty and never used */
    uintptr_t hash;         /* frozenset: cached hash when hash_valid */
    bool hash_valid;
} obj_set_t;

#define SET_DUMMY OBJ_SENTINEL

/* s.add(item) for a native set (the VM's set displays). Returns None. */
obj_t set_add(obj_t s, obj_t item);
/* The frozenset CPython 3.11 makes for a set display of n > 2 constants
 * (the items are inserted, then re-inserted in the resulting order, as its
 * compiler's constant merging does). A display built as
 * set_update(new empty set, this) iterates in CPython's order even when
 * hashes collide. */
obj_t obj_set_const_frozenset(size_t n, const obj_t *items);
/* A new set (type_set) or frozenset (type_frozenset) from an iterable;
 * iterable may be OBJ_NULL for an empty one. */
obj_t obj_set_from_iter(const type_t *type, obj_t iterable);
/* In-place updates with any iterable, as the methods of the same names. */
void set_update(obj_t s, obj_t iterable);
void set_difference_update(obj_t s, obj_t iterable);
void set_symmetric_difference_update(obj_t s, obj_t iterable);
/* item in s (no frozenset conversion of set items). */
bool set_contains(obj_t s, obj_t item);
/* The native set/frozenset behind o (subclass instances included), or
 * NULL when o is neither. */
obj_set_t *set_native(obj_t o);

#endif
