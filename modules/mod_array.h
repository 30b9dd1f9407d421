/*
 * The array module: array.array, a compact sequence of C numbers.
 *
 * mod_array.c holds the type and the module; mod_array_item.c converts
 * single items between Python objects and their C representation.
 *
 * Invariant: items holds len items of itemsize bytes (alloc >= len). The
 * block is never freed or resized in place: growing allocates a new block,
 * so a memoryview made earlier keeps pointing at live (if stale) memory.
 */
#ifndef CP_MOD_ARRAY_H
#define CP_MOD_ARRAY_H

#include "obj.h"

typedef struct obj_array {
    obj_base_t base;
    char typecode;
    uint8_t itemsize;
    size_t len;
    size_t alloc;
    uint8_t *items;
} obj_array_t;

extern const type_t mod_array_type;

/* Bytes per item for a typecode, or 0 when the typecode is not one of
 * b B h H i I l L q Q f d. */
size_t mod_array_item_size(char tc);
/* Convert v for typecode tc and store it at p (itemsize bytes). Raises
 * CPython's TypeError / OverflowError without touching p on failure. */
void mod_array_item_store(char tc, uint8_t *p, obj_t v);
/* The item at p as a Python int or float. */
obj_t mod_array_item_load(char tc, const uint8_t *p);

#endif
