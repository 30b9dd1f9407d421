/*
 * `import builtins`: the module whose namespace is the interpreter's
 * builtins dict itself (vm.builtins), as in CPython, so that
 * builtins.print is print and builtins.x = 1 makes x a builtin. Tools
 * that drive the REPL (Thonny's back end) use it to reach the built-ins
 * whatever the user has shadowed.
 */
#include "runtime.h"

/* Called by the import machinery on the fresh module: swap its copied
 * table for the real builtins dict. */
static obj_t builtins_init(obj_t mod)
{
    ((obj_module_t *)mod)->globals = vm.builtins;
    return OBJ_NONE;
}
static BUILTIN_FUN_1(builtins_init_obj, Q___init__, builtins_init);

static const map_elem_t builtins_module_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_builtins)},
    {ROM_QSTR(Q___init__), ROM_PTR(&builtins_init_obj)},
};
static DICT_ROM(builtins_module_globals, builtins_module_table);
const obj_module_t builtins_module = {{&type_module}, &builtins_module_globals};
MODULE_REGISTER(Q_builtins, builtins_module);
