/*
 * atexit. The callbacks live in a list in the module's own globals (under
 * _callbacks), so they are reachable from sys.modules and need no other
 * GC root; atexit_run finds them there. Each entry is a tuple
 * (func, args_tuple, kwargs_dict).
 */
#include "mod_atexit.h"

#include "map.h"
#include "obj_dict.h"
#include "obj_list.h"
#include "obj_tuple.h"
#include "runtime.h"

/* The callback list of the imported module, or NULL if never imported. */
static obj_list_t *callbacks(void)
{
    map_elem_t *e = map_lookup_qstr(&vm.modules->map, Q_atexit);
    if (e == NULL || !obj_is_type(e->value, &type_module))
        return NULL;
    obj_t l = map_get_qstr(&module_globals(e->value)->map, Q__callbacks);
    return l && obj_is_type(l, &type_list) ? l : NULL;
}

static obj_t atexit_register(size_t n, const obj_t *args, map_t *kw)
{
    if (n == 0)
        raise_msg(&type_TypeError, "register() takes at least 1 argument (0 given)");
    if (!obj_is_callable(args[0]))
        raise_msg(&type_TypeError, "the first argument must be callable");
    obj_list_t *l = callbacks();
    if (l == NULL)
        raise_msg(&type_RuntimeError, "atexit module is not in sys.modules");
    obj_t kwargs = obj_new_dict(kw ? kw->used : 0);
    if (kw) {
        size_t pos = 0;
        map_elem_t *e;
        while ((e = map_next(kw, &pos)) != NULL)
            dict_store(kwargs, e->key, e->value);
    }
    obj_t entry[3] = {args[0], obj_new_tuple(n - 1, args + 1), kwargs};
    list_append(l, obj_new_tuple(3, entry));
    return args[0];
}
static BUILTIN_FUN_KW(atexit_register_obj, Q_register, 0, atexit_register);

static obj_t atexit_unregister(obj_t func)
{
    obj_list_t *l = callbacks();
    if (l == NULL)
        return OBJ_NONE;
    size_t j = 0;
    for (size_t i = 0; i < l->len; i++) {
        obj_t f = ((obj_tuple_t *)l->items[i])->items[0];
        if (!obj_equal(f, func))
            l->items[j++] = l->items[i];
    }
    l->len = j;
    return OBJ_NONE;
}
static BUILTIN_FUN_1(atexit_unregister_obj, Q_unregister, atexit_unregister);

/* Runs and removes the callbacks, newest first. */
static void run_all(void)
{
    obj_list_t *l = callbacks();
    while (l && l->len) {
        obj_tuple_t *entry = l->items[--l->len];
        l->items[l->len] = OBJ_NULL;
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            call_ex(entry->items[0], entry->items[1], entry->items[2]);
            nlr_pop();
        } else {
            nlr_buf_t nlr2;
            if (nlr_push(&nlr2) == 0) {
                print_str(&print_stderr, "Exception ignored in atexit callback: ");
                obj_print(&print_stderr, entry->items[0], PRINT_REPR);
                print_str(&print_stderr, "\n");
                exception_print(&print_stderr, nlr.value);
                nlr_pop();
            }
        }
    }
}

void atexit_run(void)
{
    run_all();
}

static obj_t atexit_run_exitfuncs(void)
{
    run_all();
    return OBJ_NONE;
}
static BUILTIN_FUN_0(atexit_run_exitfuncs_obj, Q__run_exitfuncs, atexit_run_exitfuncs);

static obj_t atexit_clear(void)
{
    obj_list_t *l = callbacks();
    if (l)
        l->len = 0;
    return OBJ_NONE;
}
static BUILTIN_FUN_0(atexit_clear_obj, Q__clear, atexit_clear);

static obj_t atexit_ncallbacks(void)
{
    obj_list_t *l = callbacks();
    return obj_new_small_int(l ? (intptr_t)l->len : 0);
}
static BUILTIN_FUN_0(atexit_ncallbacks_obj, Q__ncallbacks, atexit_ncallbacks);

static obj_t atexit_init(obj_t mod)
{
    obj_dict_t *g = module_globals(mod);
    map_store_qstr(&g->map, Q__callbacks, obj_new_list(0, NULL));
    map_lookup(&g->map, obj_new_qstr(Q___init__), MAP_REMOVE);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(atexit_init_obj, Q___init__, atexit_init);

static const map_elem_t atexit_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_atexit)},
    {ROM_QSTR(Q___init__), ROM_PTR(&atexit_init_obj)},
    {ROM_QSTR(Q_register), ROM_PTR(&atexit_register_obj)},
    {ROM_QSTR(Q_unregister), ROM_PTR(&atexit_unregister_obj)},
    {ROM_QSTR(Q__run_exitfuncs), ROM_PTR(&atexit_run_exitfuncs_obj)},
    {ROM_QSTR(Q__clear), ROM_PTR(&atexit_clear_obj)},
    {ROM_QSTR(Q__ncallbacks), ROM_PTR(&atexit_ncallbacks_obj)},
};
static DICT_ROM(atexit_globals, atexit_globals_table);
const obj_module_t atexit_module = {{&type_module}, &atexit_globals};
MODULE_REGISTER(Q_atexit, atexit_module);
