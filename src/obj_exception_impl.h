/*
 * Internals shared by obj_exception.c, obj_exception_raise.c and
 * obj_exception_print.c; not for the rest of the core.
 */
#ifndef CP_OBJ_EXCEPTION_IMPL_H
#define CP_OBJ_EXCEPTION_IMPL_H

#include "obj_dict.h"
#include "runtime.h"

/* One traceback line: the file, the function (block) and the line. */
typedef struct tb_entry {
    qstr file;
    qstr block;
    uint32_t line;
} tb_entry_t;

/* The state of an exception: the object itself for built-in types, the
 * native part (exception_native) of instances of user subclasses. */
typedef struct obj_exception {
    obj_base_t base;
    obj_t args;             /* tuple */
    obj_t cause, context;   /* OBJ_NULL when unset */
    bool suppress_context;
    obj_dict_t *attrs;      /* errno, strerror, msg, lineno, ... and user attributes */
    tb_entry_t *tb;
    size_t tb_len, tb_alloc;
} obj_exception_t;

/* The value stored under q in e's attribute dict (errno, strerror, msg,
 * lineno, ... and user attributes), or OBJ_NULL. No class lookup; never
 * raises. e is a native exception (see exception_native). */
obj_t exception_get_attr(obj_exception_t *e, qstr q);

/* The print slot of every built-in exception type (obj_exception_print.c):
 * str() or repr() of the exception o as CPython writes it. */
void exception_print_slot(const print_t *p, obj_t o, print_kind_t kind);

#endif
