/*
 * The singletons None, Ellipsis and NotImplemented and their types.
 * Calling a singleton's type with no arguments returns the singleton.
 */
#include "runtime.h"

const obj_singleton_t obj_none_ = {{&type_none}};
const obj_singleton_t obj_ellipsis_ = {{&type_ellipsis}};
const obj_singleton_t obj_notimplemented_ = {{&type_notimplemented}};

QSTR_SPECIAL(Q_NoneType, "NoneType");
QSTR_SPECIAL(Q_ellipsis, "ellipsis");
QSTR_SPECIAL(Q_NotImplementedType, "NotImplementedType");

static obj_t singleton_of(const type_t *type)
{
    if (type == &type_none)
        return OBJ_NONE;
    if (type == &type_ellipsis)
        return OBJ_ELLIPSIS;
    return OBJ_NOTIMPLEMENTED;
}

static obj_t singleton_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)args;
    if (n_args || n_kw)
        raise_fmt(&type_TypeError, "%s takes no arguments",
                  type == &type_ellipsis ? "EllipsisType" : qstr_str(type->name));
    return singleton_of(type);
}

static void singleton_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    print_str(p, o == OBJ_NONE ? "None" : o == OBJ_ELLIPSIS ? "Ellipsis" : "NotImplemented");
}

static obj_t singleton_unary_op(unary_op_t op, obj_t o)
{
    switch (op) {
    case UOP_BOOL: return obj_new_bool(o != OBJ_NONE);
    case UOP_HASH: return obj_new_small_int((intptr_t)((uintptr_t)o >> 4));
    default: return OBJ_NULL;
    }
}

#define SINGLETON_TYPE(tname, qname)                                   \
    const type_t tname = {                                             \
        .base = {&type_type},                                          \
        .flags = TYPE_FLAG_EQ_IS_IDENTITY,                             \
        .name = qname,                                                 \
        .make_new = singleton_make_new,                                \
        .print = singleton_print,                                      \
        .unary_op = singleton_unary_op,                                \
    }

SINGLETON_TYPE(type_none, Q_NoneType);
SINGLETON_TYPE(type_ellipsis, Q_ellipsis);
SINGLETON_TYPE(type_notimplemented, Q_NotImplementedType);
