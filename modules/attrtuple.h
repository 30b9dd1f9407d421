/*
 * Tuples whose items also have names (time.struct_time, os.uname_result):
 * a native tuple (obj_tuple_t layout) of a type whose `protocol` points at
 * an attrtuple_desc_t. They index, iterate, compare and hash like tuples,
 * isinstance(x, tuple) holds, and the fields are read-only attributes.
 *
 * Define a type with ATTRTUPLE_TYPE(type_name, Q_name, &desc); make
 * instances with attrtuple_new.
 */
#ifndef CP_ATTRTUPLE_H
#define CP_ATTRTUPLE_H

#include "obj.h"

typedef struct attrtuple_desc {
    size_t n_fields;
    const qstr *fields;
    /* repr: "<prefix>(f=v, ...)", e.g. "time.struct_time"; NULL prints
       only "(f=v, ...)" (MicroPython's attrtuple form). */
    const char *repr_prefix;
} attrtuple_desc_t;

/* A new instance of type (an ATTRTUPLE_TYPE) holding desc->n_fields items. */
obj_t attrtuple_new(const type_t *type, const obj_t *items);

void attrtuple_print(const print_t *p, obj_t o, print_kind_t kind);
void attrtuple_attr(obj_t o, qstr attr, obj_t *dest);
obj_t attrtuple_unary_op(unary_op_t op, obj_t o);
obj_t attrtuple_binary_op(binary_op_t op, obj_t lhs, obj_t rhs);
obj_t attrtuple_subscr(obj_t self, obj_t index, obj_t value);
obj_t attrtuple_getiter(obj_t self, iter_buf_t *buf);
/* make_new for types that take one n-sequence like time.struct_time. */
obj_t attrtuple_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args);

#define ATTRTUPLE_TYPE(tname, qname, descp, mk) \
    const type_t tname = { \
        .base = {&type_type}, \
        .name = qname, \
        .make_new = mk, \
        .print = attrtuple_print, \
        .unary_op = attrtuple_unary_op, \
        .binary_op = attrtuple_binary_op, \
        .attr = attrtuple_attr, \
        .subscr = attrtuple_subscr, \
        .getiter = attrtuple_getiter, \
        .protocol = descp, \
        .parent = &type_tuple, \
    }

#endif
