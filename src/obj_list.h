/*
 * list: exported helpers for the VM and builtins.
 * All functions raise Python exceptions (nlr) on failure.
 */
#ifndef CP_OBJ_LIST_H
#define CP_OBJ_LIST_H

#include "obj.h"

/* Append item; list must be a native list. Amortised O(1). Returns None. */
obj_t list_append(obj_t list, obj_t item);
/* Extend with any iterable (list.extend). Returns None. */
obj_t list_extend(obj_t list, obj_t iterable);
/* list(iterable): always a new list. */
obj_t obj_list_from_iter(obj_t iterable);
/* Items of a list (or the native list of a list subclass instance); the
 * pointer is valid until the list is next modified. Raises TypeError when
 * o is no list. */
void obj_list_get(obj_t o, size_t *len, obj_t **items);
/* list.sort(key=key, reverse=reverse): stable; key may be OBJ_NULL or None.
 * Comparisons use `<`. Raises whatever the key function or a comparison
 * raises (the list then holds a permutation of its items) and ValueError
 * "list modified during sort". */
void list_sort_inplace(obj_t list, obj_t key, bool reverse);

#endif
