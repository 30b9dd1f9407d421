/*
 * gc: control of the collector (src/gc.h), MicroPython/CircuitPython's API.
 * collect() returns None as on CircuitPython (CPython returns a count).
 */
#include "gc.h"
#include "runtime.h"

static obj_t gc_collect_fn(void)
{
    gc_collect();
    return OBJ_NONE;
}
static BUILTIN_FUN_0(gc_collect_obj, Q_collect, gc_collect_fn);

static obj_t gc_mem_free_fn(void)
{
    gc_info_t info;
    gc_info(&info);
    return obj_new_int_from_uint(info.free);
}
static BUILTIN_FUN_0(gc_mem_free_obj, Q_mem_free, gc_mem_free_fn);

static obj_t gc_mem_alloc_fn(void)
{
    gc_info_t info;
    gc_info(&info);
    return obj_new_int_from_uint(info.used);
}
static BUILTIN_FUN_0(gc_mem_alloc_obj, Q_mem_alloc, gc_mem_alloc_fn);

static obj_t gc_enable_fn(void)
{
    gc_enable(true);
    return OBJ_NONE;
}
static BUILTIN_FUN_0(gc_enable_obj, Q_enable, gc_enable_fn);

static obj_t gc_disable_fn(void)
{
    gc_enable(false);
    return OBJ_NONE;
}
static BUILTIN_FUN_0(gc_disable_obj, Q_disable, gc_disable_fn);

static obj_t gc_isenabled_fn(void)
{
    return obj_new_bool(gc_is_enabled());
}
static BUILTIN_FUN_0(gc_isenabled_obj, Q_isenabled, gc_isenabled_fn);

/* threshold() -> bytes, or -1 when off; threshold(n) sets it (-1 or 0: off). */
static obj_t gc_threshold_fn(size_t n, const obj_t *args)
{
    if (n == 0) {
        size_t t = gc_get_threshold();
        return t ? obj_new_int_from_uint(t) : obj_new_small_int(-1);
    }
    intptr_t v = obj_get_int(args[0]);
    gc_set_threshold(v < 0 ? 0 : (size_t)v);
    return OBJ_NONE;
}
static BUILTIN_FUN_VAR(gc_threshold_obj, Q_threshold, 0, 1, gc_threshold_fn);

static const map_elem_t gc_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_gc)},
    {ROM_QSTR(Q_collect), ROM_PTR(&gc_collect_obj)},
    {ROM_QSTR(Q_mem_free), ROM_PTR(&gc_mem_free_obj)},
    {ROM_QSTR(Q_mem_alloc), ROM_PTR(&gc_mem_alloc_obj)},
    {ROM_QSTR(Q_enable), ROM_PTR(&gc_enable_obj)},
    {ROM_QSTR(Q_disable), ROM_PTR(&gc_disable_obj)},
    {ROM_QSTR(Q_isenabled), ROM_PTR(&gc_isenabled_obj)},
    {ROM_QSTR(Q_threshold), ROM_PTR(&gc_threshold_obj)},
};
static DICT_ROM(gc_globals, gc_globals_table);
const obj_module_t gc_module = {{&type_module}, &gc_globals};
MODULE_REGISTER(Q_gc, gc_module);
