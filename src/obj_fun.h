/* Python function objects, closures' cells and bound methods. */
#ifndef CP_OBJ_FUN_H
#define CP_OBJ_FUN_H

#include "bc.h"
#include "obj.h"
#include "vm.h"

typedef struct obj_fun {
    obj_base_t base;            /* &type_function */
    const code_t *code;
    obj_dict_t *globals;
    obj_t defaults;             /* tuple or NULL */
    obj_t kwdefaults;           /* dict or NULL */
    obj_t closure;              /* tuple of cells or NULL */
    obj_dict_t *dict;           /* function attributes, created lazily */
    qstr name;
} obj_fun_t;

typedef struct obj_cell {
    obj_base_t base;
    obj_t value;                /* OBJ_NULL when empty */
} obj_cell_t;

typedef struct obj_bound_method {
    obj_base_t base;
    obj_t fun;
    obj_t self;
} obj_bound_method_t;

obj_t fun_new(const code_t *code, obj_t defaults, obj_t kwdefaults, obj_t closure, obj_dict_t *globals);
obj_t bound_method_new(obj_t fun, obj_t self);
/* Fill f->slots from the call arguments (raising CPython's TypeErrors),
 * create cells and copy the closure. */
void fun_bind_args(obj_fun_t *fun, frame_t *f, size_t n_args, size_t n_kw, const obj_t *args);
void obj_fun_set_globals(obj_t fun, obj_dict_t *globals);
/* Run a function's code with a given locals namespace (class bodies). */
obj_t fun_call_with_locals(obj_t fun, obj_dict_t *locals);

#endif
