/*
 * micropython: const() for constants the compiler may fold, heap locking
 * and memory reports, as CircuitPython has them.
 */
#include "gc.h"
#include "port.h"
#include "runtime.h"

static obj_t mp_const(obj_t x)
{
    return x;
}
static BUILTIN_FUN_1(mp_const_obj, Q_const, mp_const);

/* The level is only recorded: the compiler has no optimisation levels. */
static intptr_t opt_level;

static obj_t mp_opt_level(size_t n, const obj_t *args)
{
    if (n == 0)
        return obj_new_small_int(opt_level);
    opt_level = obj_get_int(args[0]);
    return OBJ_NONE;
}
static BUILTIN_FUN_VAR(mp_opt_level_obj, Q_opt_level, 0, 1, mp_opt_level);

static obj_t mp_mem_info(size_t n, const obj_t *args)
{
    (void)args;
    gc_info_t info;
    gc_info(&info);
    char here;
    if (port_stack_top)
        print_fmt(&print_stdout, "stack: %u\n", (unsigned)(port_stack_top - &here));
    print_fmt(&print_stdout, "GC: total: %u, used: %u, free: %u\n", (unsigned)info.total, (unsigned)info.used,
              (unsigned)info.free);
    print_fmt(&print_stdout, " max free sz: %u, collections: %u\n", (unsigned)info.max_free,
              (unsigned)info.collections);
    if (n > 0)
        print_fmt(&print_stdout, " GC %s, threshold: %u\n", gc_is_enabled() ? "enabled" : "disabled",
                  (unsigned)gc_get_threshold());
    return OBJ_NONE;
}
static BUILTIN_FUN_VAR(mp_mem_info_obj, Q_mem_info, 0, 1, mp_mem_info);

static obj_t mp_stack_use(void)
{
    char here;
    return obj_new_int(port_stack_top ? (intptr_t)(port_stack_top - &here) : 0);
}
static BUILTIN_FUN_0(mp_stack_use_obj, Q_stack_use, mp_stack_use);

static obj_t mp_alloc_emergency_exception_buf(obj_t size)
{
    (void)obj_get_int(size); /* MemoryError is preallocated: nothing to reserve */
    return OBJ_NONE;
}
static BUILTIN_FUN_1(mp_alloc_emergency_exception_buf_obj, Q_alloc_emergency_exception_buf,
                     mp_alloc_emergency_exception_buf);

/* The depth of Python's heap_lock() calls is vm.heap_lock_depth: it is
 * reset with the VM (runtime_init), as the heap's own lock is. */
static obj_t mp_heap_lock(void)
{
    gc_lock();
    vm.heap_lock_depth++;
    return OBJ_NONE;
}
static BUILTIN_FUN_0(mp_heap_lock_obj, Q_heap_lock, mp_heap_lock);

static obj_t mp_heap_unlock(void)
{
    if (vm.heap_lock_depth > 0) {
        gc_unlock();
        vm.heap_lock_depth--;
    }
    return obj_new_small_int((intptr_t)vm.heap_lock_depth);
}
static BUILTIN_FUN_0(mp_heap_unlock_obj, Q_heap_unlock, mp_heap_unlock);

static obj_t mp_heap_locked(void)
{
    return obj_new_small_int((intptr_t)vm.heap_lock_depth);
}
static BUILTIN_FUN_0(mp_heap_locked_obj, Q_heap_locked, mp_heap_locked);

static const map_elem_t mp_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_micropython)},
    {ROM_QSTR(Q_const), ROM_PTR(&mp_const_obj)},
    {ROM_QSTR(Q_opt_level), ROM_PTR(&mp_opt_level_obj)},
    {ROM_QSTR(Q_mem_info), ROM_PTR(&mp_mem_info_obj)},
    {ROM_QSTR(Q_stack_use), ROM_PTR(&mp_stack_use_obj)},
    {ROM_QSTR(Q_alloc_emergency_exception_buf), ROM_PTR(&mp_alloc_emergency_exception_buf_obj)},
    {ROM_QSTR(Q_heap_lock), ROM_PTR(&mp_heap_lock_obj)},
    {ROM_QSTR(Q_heap_unlock), ROM_PTR(&mp_heap_unlock_obj)},
    {ROM_QSTR(Q_heap_locked), ROM_PTR(&mp_heap_locked_obj)},
};
static DICT_ROM(mp_globals, mp_globals_table);
const obj_module_t micropython_module = {{&type_module}, &mp_globals};
MODULE_REGISTER(Q_micropython, micropython_module);
