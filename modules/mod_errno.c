/*
 * The errno module: the names of src/errno_codes.h as ints, plus the
 * aliases Linux defines (EWOULDBLOCK, EDEADLOCK, ENOTSUP), and errorcode
 * mapping numbers to names. As in CPython on Linux, errorcode names the
 * alias for the numbers that have one listed later (EDEADLOCK, ENOTSUP).
 *
 * The names are interned when the module is first imported, from the one
 * list in errno_codes.h, so the table is not kept twice.
 */
#include "errno_codes.h"
#include "map.h"
#include "obj_dict.h"
#include "runtime.h"

static void add(map_t *g, obj_t codes, const char *name, int num)
{
    obj_t key = obj_new_qstr(qstr_from_str(name));
    map_store(g, key, obj_new_small_int(num));
    dict_store(codes, obj_new_small_int(num), key);
}

static obj_t errno_init(obj_t mod)
{
    map_t *g = &module_globals(mod)->map;
    obj_t codes = obj_new_dict(80);
#define X(name, num, msg) add(g, codes, #name, num);
    ERRNO_LIST(X)
#undef X
    add(g, codes, "EWOULDBLOCK", ERRNO_EAGAIN);
    dict_store(codes, obj_new_small_int(ERRNO_EAGAIN), obj_new_qstr(qstr_from_str("EAGAIN")));
    add(g, codes, "EDEADLOCK", ERRNO_EDEADLK);
    add(g, codes, "ENOTSUP", ERRNO_EOPNOTSUPP);
    map_store_qstr(g, Q_errorcode, codes);
    map_lookup(g, obj_new_qstr(Q___init__), MAP_REMOVE);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(errno_init_obj, Q___init__, errno_init);

static const map_elem_t errno_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_errno)},
    {ROM_QSTR(Q___init__), ROM_PTR(&errno_init_obj)},
};
static DICT_ROM(errno_globals, errno_globals_table);
const obj_module_t errno_module = {{&type_module}, &errno_globals};
MODULE_REGISTER(Q_errno, errno_module);
