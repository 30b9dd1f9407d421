/*
 * Internals shared by obj_str.c and obj_str_methods.c; not for the rest
 * of the core.
 */
#ifndef CP_OBJ_STR_IMPL_H
#define CP_OBJ_STR_IMPL_H

#include "obj.h"

/* The unary_op and binary_op slots of str (obj_str.c; slot semantics in
 * obj.h), which the comparison and __hash__ methods call. */
obj_t str_unary_op(unary_op_t op, obj_t o);
obj_t str_binary_op(binary_op_t op, obj_t lhs, obj_t rhs);

/* str's method table (obj_str_methods.c). */
extern map_t str_locals;

#endif
