/*
 * Internals shared by obj_type.c, obj_type_class.c and obj_instance.c;
 * not for the rest of the core.
 */
#ifndef CP_OBJ_TYPE_IMPL_H
#define CP_OBJ_TYPE_IMPL_H

#include "obj_type.h"

/* ---- classes (obj_type_class.c) ---- */

/* The type of __slots__ member descriptors: a class attribute standing
 * for an instance attribute that is kept in the instance's attrs map. */
extern const type_t type_member;
/* A new list [t, t's parents..., object]: the MRO of a built-in type,
 * which keeps none in t->mro. */
obj_t type_native_mro(const type_t *t);

/* ---- instances (obj_instance.c) ---- */

/* A new instance of the user class type, without calling __init__. With a
 * native base, the native part is made by the base's make_new, given the
 * arguments when pass_args and none otherwise; TypeError "cannot create
 * 'X' instances" when the base has no make_new. */
obj_t instance_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args, bool pass_args);

/* The slots that type_new_class gives every user class that is not a
 * metaclass (slot semantics: obj.h, above struct type). Each calls the
 * special method the class defines (not object's default), else the
 * native base's slot on the native part, else does what the slot does
 * for "not supported". */
void instance_print(const print_t *p, obj_t o, print_kind_t kind);
obj_t instance_unary_op(unary_op_t op, obj_t o);
obj_t instance_binary_op(binary_op_t op, obj_t lhs, obj_t rhs);
obj_t instance_call(obj_t self, size_t n_args, size_t n_kw, const obj_t *args);
obj_t instance_subscr(obj_t self, obj_t index, obj_t value);
obj_t instance_getiter(obj_t self, iter_buf_t *buf);
obj_t instance_iternext(obj_t self);
int instance_buffer(obj_t o, buffer_info_t *info, unsigned flags);
/* Loads (dest[0] == OBJ_NULL) and stores/deletes attributes in CPython's
 * order, running __getattribute__/__getattr__/__setattr__/__delattr__
 * where the class defines them. */
void instance_attr(obj_t self, qstr attr, obj_t *dest);

#endif
