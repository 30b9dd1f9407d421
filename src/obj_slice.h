/*
 * slice objects and the index arithmetic every sequence type shares.
 */
#ifndef CP_OBJ_SLICE_H
#define CP_OBJ_SLICE_H

#include "obj.h"

typedef struct obj_slice {
    obj_base_t base;
    obj_t start, stop, step;    /* OBJ_NONE when omitted */
} obj_slice_t;

/* A new slice; pass OBJ_NONE for omitted parts. */
obj_t obj_new_slice(obj_t start, obj_t stop, obj_t step);

/* If slice is a slice object, compute its start/stop/step for a sequence
 * of len items (CPython's PySlice_Unpack + PySlice_AdjustIndices) and return
 * true; otherwise return false and leave the outputs untouched.
 * Raises ValueError "slice step cannot be zero" and TypeError for bounds
 * that are neither int, None nor have __index__. Bounds beyond intptr_t are
 * clamped. */
bool slice_indices(obj_t slice, size_t len, intptr_t *start, intptr_t *stop, intptr_t *step);

/* Number of items selected by indices adjusted by slice_indices. */
size_t slice_length(intptr_t start, intptr_t stop, intptr_t step);

/* o as an int object: o itself when it is an int (bool included), the
 * result of its __index__ (TypeError "__index__ returned non-int (type X)"
 * when that is no int), or OBJ_NULL when o has no __index__. */
obj_t slice_index_obj(obj_t o);

/* o as a C index when o is an int, a bool or has __index__ (called here):
 * returns SLICE_INDEX_OK with *out set, SLICE_INDEX_NOT_INT for other types,
 * or SLICE_INDEX_OVERFLOW with *out clamped to INTPTR_MIN/INTPTR_MAX. */
enum { SLICE_INDEX_OK, SLICE_INDEX_NOT_INT, SLICE_INDEX_OVERFLOW };
int slice_index_convert(obj_t o, intptr_t *out);

/* An item index for type's subscript: raises TypeError "<type> indices must
 * be integers or slices, not X" and IndexError "cannot fit 'int' into an
 * index-sized integer" (negatives are returned as they are). */
intptr_t slice_subscript_index(obj_t index, const type_t *type);

/* o as an int object: o itself when it is an int (bool included), the
 * result of its __index__ (TypeError "__index__ returned non-int (type X)"
 * when that is no int), or OBJ_NULL when o has no __index__. */
obj_t slice_index_obj(obj_t o);

/* o as a C index when o is an int, a bool or has __index__: stores it and
 * returns true; returns false (nothing raised) for other types. Raises
 * OverflowError when the value does not fit in intptr_t. */
bool slice_index_maybe(obj_t o, intptr_t *out);

/* Like slice_index_maybe but raises TypeError
 * "'<type>' object cannot be interpreted as an integer" for other types. */
intptr_t slice_get_index(obj_t o);

#endif
