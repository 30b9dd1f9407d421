/*
 * dict and its views: exported helpers for the VM, builtins and the set
 * type. All functions raise Python exceptions (nlr) on failure; unhashable
 * keys raise TypeError from the map.
 */
#ifndef CP_OBJ_DICT_H
#define CP_OBJ_DICT_H

#include "map.h"
#include "obj.h"

/* d[k] = v; d must be a native dict (as the VM builds them). */
void dict_store(obj_t d, obj_t k, obj_t v);
/* The map of a dict or of the native dict of a dict subclass instance;
 * raises TypeError for anything else. */
map_t *dict_get_map(obj_t d);
/* d[k] without __missing__: the value, or OBJ_NULL when absent. */
obj_t dict_lookup(obj_t d, obj_t k);
/* d.update(arg): arg is a dict, an object with keys() and __getitem__, or
 * an iterable of key/value pairs (CPython's error messages). */
void dict_update_from(obj_t d, obj_t arg);
/* {**mapping}: like dict_update_from but arg must be a mapping; raises
 * TypeError "'X' object is not a mapping" otherwise. */
void dict_merge(obj_t d, obj_t mapping);

/* Views (obj_dict_view.c). */
enum { DICT_VIEW_KEYS, DICT_VIEW_VALUES, DICT_VIEW_ITEMS };
typedef struct obj_dict_view {
    obj_base_t base;        /* type_dict_keys / _values / _items */
    obj_dict_t *dict;       /* native dict */
} obj_dict_view_t;

obj_t dict_view_new(obj_t dict, int kind);
/* Iterator over a native dict's keys, values or (key, value) tuples, in
 * insertion order or reversed; uses buf when non-NULL. Raises RuntimeError
 * "dictionary changed size during iteration" when the size changes. */
obj_t dict_view_iter(obj_t dict, int kind, bool reverse, iter_buf_t *buf);

#endif
