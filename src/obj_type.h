/* Types as objects, user classes and their instances, object, super,
 * property, classmethod and staticmethod. */
#ifndef CP_OBJ_TYPE_H
#define CP_OBJ_TYPE_H

#include "obj.h"

/* Like type_lookup, also telling which class in the MRO held the name. */
obj_t type_lookup_owner(const type_t *type, qstr attr, const type_t **owner);
/* A special method defined by a user class (not object's default). */
obj_t type_lookup_special(const type_t *type, qstr attr);
/* The native object behind o (itself unless o is a user-class instance
 * with a native base). */
obj_t obj_native(obj_t o, const type_t *native_type);
/* Store or delete (value NULL) in an instance's own attributes, bypassing
 * __setattr__ and descriptors (object.__setattr__). */
void instance_store_plain(obj_t self, qstr attr, obj_t value);
/* object.__getattribute__: the normal lookup without __getattr__. */
obj_t instance_getattribute_plain(obj_t self, qstr attr);
/* Call the parent's __init_subclass__ with class keywords (name, value pairs). */
void type_init_subclass(obj_t cls, size_t n_kw, const obj_t *kw);
/* A callable for a built-in type's special method (list.__len__), bound to
 * self unless self is OBJ_NULL; OBJ_NULL when the type has no such slot. */
obj_t slotwrap_lookup(const type_t *t, qstr name, obj_t self);
/* __build_class__ */
obj_t builtin_build_class_obj(void);
/* Create a class: type(name, bases, namespace). */
obj_t type_new_class(const type_t *meta, qstr name, obj_t bases, obj_t ns);
/* Iterator over the sequence protocol (__getitem__ with 0, 1, ...). */
obj_t seq_iter_new(obj_t seq);
obj_t obj_getiter_self(obj_t self, iter_buf_t *buf);
/* iter(callable, sentinel) */
obj_t callable_iter_new(obj_t fun, obj_t sentinel);

#endif
