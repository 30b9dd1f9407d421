/*
 * range objects and their iterator. Bounds that fit intptr_t use the C
 * fields; a range with a larger bound keeps its bounds as int objects in
 * `big` and takes slower paths (len() of it raises OverflowError when the
 * length exceeds intptr_t, as in CPython).
 */
#ifndef CP_OBJ_RANGE_H
#define CP_OBJ_RANGE_H

#include "obj.h"

typedef struct obj_range {
    obj_base_t base;
    intptr_t start, stop, step;     /* step != 0; unused when big is set */
    obj_t big;                      /* NULL, or a tuple (start, stop, step) of ints */
} obj_range_t;

/* The iterator: yields cur, cur + step, ... remaining values in all.
 * Arithmetic wraps modulo 2^N, which is exact because every yielded value
 * lies between the range's bounds. The VM may step it inline:
 *     if (it->remaining) { v = it->cur; it->cur += step; it->remaining--; } */
typedef struct obj_range_iter {
    obj_base_t base;
    intptr_t cur;
    intptr_t step;
    size_t remaining;
} obj_range_iter_t;

extern const type_t type_range_iter;

/* Number of items (may exceed INTPTR_MAX; saturates at UINTPTR_MAX for
 * ranges with big bounds). */
uintptr_t range_length(const obj_range_t *r);
/* reversed(r) for a range object: an iterator from the last item down. */
obj_t range_reversed(obj_t r);
/* Advance a range iterator: the next value as an int, or
 * OBJ_STOP_ITERATION. */
static inline obj_t range_iter_step(obj_range_iter_t *it)
{
    if (it->remaining == 0)
        return OBJ_STOP_ITERATION;
    intptr_t v = it->cur;
    it->cur = (intptr_t)((uintptr_t)v + (uintptr_t)it->step);
    it->remaining--;
    return small_int_fits(v) ? obj_new_small_int(v) : obj_new_int(v);
}

#endif
