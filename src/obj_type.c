/*
 * The type object: lookup of names along a class's MRO, type() and
 * calling a class (__new__, then __init__), printing classes, class
 * attributes (__name__, __mro__, __dict__, ..., and what the class's
 * namespace holds, through descriptors), and method descriptors for the
 * methods of built-in types fetched through the class (dict.pop).
 *
 * Classes are made in obj_type_class.c; their instances are in
 * obj_instance.c. obj_type_impl.h holds what the three files share.
 */
#include "obj_type.h"

#include <string.h>

#include "map.h"
#include "mem.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type_impl.h"
#include "runtime.h"

obj_t type_lookup_owner(const type_t *type, qstr attr, const type_t **owner)
{
    if (type->mro) {
        obj_tuple_t *mro = type->mro;
        for (size_t i = 0; i < mro->len; i++) {
            const type_t *t = mro->items[i];
            if (t->locals) {
                map_elem_t *e = map_lookup_qstr(t->locals, attr);
                if (e) {
                    *owner = t;
                    return e->value;
                }
            }
        }
        return OBJ_NULL;
    }
    for (const type_t *t = type;; t = t->parent) {
        if (t == NULL)
            t = &type_object;
        if (t->locals) {
            map_elem_t *e = map_lookup_qstr(t->locals, attr);
            if (e) {
                *owner = t;
                return e->value;
            }
        }
        if (t == &type_object)
            return OBJ_NULL;
    }
}

obj_t type_lookup(const type_t *type, qstr attr)
{
    const type_t *owner;
    return type_lookup_owner(type, attr, &owner);
}

obj_t type_lookup_special(const type_t *type, qstr attr)
{
    const type_t *owner;
    obj_t m = type_lookup_owner(type, attr, &owner);
    if (m == OBJ_NULL || owner == &type_object || !(owner->flags & TYPE_FLAG_USER))
        return OBJ_NULL;
    return m;
}

obj_t obj_native(obj_t o, const type_t *native_type)
{
    if (obj_is_ptr(o)) {
        const type_t *t = ((obj_base_t *)o)->type;
        if ((t->flags & TYPE_FLAG_USER) && t->native_base && obj_is_subclass(t->native_base, native_type))
            return ((obj_instance_t *)o)->native;
    }
    return o;
}

/* ---- type object ---- */

static obj_t type_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)n_kw;
    if (n_args == 1)
        return (obj_t)obj_get_type(args[0]);
    if (n_args != 3)
        raise_msg(&type_TypeError, "type() takes 1 or 3 arguments");
    if (!obj_is_type(args[1], &type_tuple))
        raise_fmt(&type_TypeError, "type.__new__() argument 2 must be tuple, not %s", obj_type_name(args[1]));
    if (!obj_is_type(args[2], &type_dict))
        raise_fmt(&type_TypeError, "type.__new__() argument 3 must be dict, not %s", obj_type_name(args[2]));
    obj_t cls = type_new_class(type, str_get_qstr(args[0]), args[1], args[2]);
    type_init_subclass(cls, 0, obj_no_args);
    return cls;
}

static bool defines_init(const type_t *t)
{
    return type_lookup_special(t, Q___init__) != OBJ_NULL;
}

static obj_t type_call(obj_t self, size_t n_args, size_t n_kw, const obj_t *args)
{
    const type_t *t = self;
    if (!(t->flags & TYPE_FLAG_USER)) {
        if (t->make_new == NULL)
            raise_fmt(&type_TypeError, "cannot create '%q' instances", t->name);
        return t->make_new(t, n_args, n_kw, args);
    }
    if (obj_is_subclass(t, &type_type)) {
        /* a metaclass: Meta(name, bases, ns) runs Meta.__new__ then __init__ */
        if (n_args == 1 && n_kw == 0)
            return (obj_t)obj_get_type(args[0]);
        obj_t newm = type_lookup_special(t, Q___new__);
        obj_t cls;
        size_t nn = n_args + 2 * n_kw;
        obj_t *buf = mem_alloc((nn + 1) * sizeof(obj_t));
        buf[0] = self;
        if (nn)
            memcpy(buf + 1, args, nn * sizeof(obj_t));
        if (newm) {
            obj_t fn = obj_is_type(newm, &type_staticmethod) ? ((obj_wrapper_t *)newm)->fun : newm;
            cls = call(fn, n_args + 1, n_kw, buf);
        } else {
            cls = type_make_new(t, n_args, 0, args);
        }
        obj_t init = type_lookup_special(t, Q___init__);
        if (init && obj_isinstance(cls, t)) {
            buf[0] = cls;
            call(init, n_args + 1, n_kw, buf);
        }
        return cls;
    }
    obj_t inst;
    obj_t newm = type_lookup_special(t, Q___new__);
    size_t n = n_args + 2 * n_kw;
    if (newm != OBJ_NULL) {
        obj_t fn = obj_is_type(newm, &type_staticmethod) ? ((obj_wrapper_t *)newm)->fun : newm;
        obj_t *buf = mem_alloc((n + 1) * sizeof(obj_t));
        buf[0] = self;
        if (n)
            memcpy(buf + 1, args, n * sizeof(obj_t));
        inst = call(fn, n_args + 1, n_kw, buf);
        if (!obj_isinstance(inst, t))
            return inst;
    } else {
        bool has_init = defines_init(t);
        if (!has_init && (n_args || n_kw) && t->native_base == NULL)
            raise_fmt(&type_TypeError, "%q() takes no arguments", t->name);
        bool pass = !has_init || (t->flags & TYPE_FLAG_EXCEPTION);
        /* exceptions keep the positional arguments as args; keywords go
           to __init__ only */
        size_t kw = (t->flags & TYPE_FLAG_EXCEPTION) ? 0 : n_kw;
        inst = instance_new(t, n_args, pass ? kw : 0, args, pass);
    }
    obj_t init = type_lookup_special(obj_get_type(inst), Q___init__);
    if (init != OBJ_NULL) {
        obj_t *buf = mem_alloc((n + 1) * sizeof(obj_t));
        buf[0] = inst;
        if (n)
            memcpy(buf + 1, args, n * sizeof(obj_t));
        obj_t r = call(init, n_args + 1, n_kw, buf);
        if (r != OBJ_NONE)
            raise_fmt(&type_TypeError, "__init__() should return None, not '%s'", obj_type_name(r));
    }
    return inst;
}

static void type_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    const type_t *t = o;
    if (t->flags & TYPE_FLAG_USER) {
        obj_t mod = type_lookup(t, Q___module__);
        if (mod && obj_is_str(mod) && !(obj_is_qstr(mod) && obj_qstr_value(mod) == Q_builtins)) {
            print_fmt(p, "<class '%S.%q'>", mod, t->name);
            return;
        }
    } else {
        qstr mod = module_of_native_type(t);
        if (mod != QSTR_NULL) {
            print_fmt(p, "<class '%q.%q'>", mod, t->name);
            return;
        }
    }
    print_fmt(p, "<class '%q'>", t->name);
}

/* ---- methods of built-in types fetched through a class (dict.pop) ----
 * The C function expects the native object as self; a subclass instance
 * passed explicitly is converted, anything else is refused as CPython does. */

typedef struct obj_method_descr {
    obj_base_t base;
    obj_t fun;
    const type_t *owner;
} obj_method_descr_t;

static obj_t method_descr_call(obj_t self, size_t n_args, size_t n_kw, const obj_t *args)
{
    obj_method_descr_t *d = self;
    qstr name = ((const obj_builtin_t *)d->fun)->name;
    if (n_args == 0)
        raise_fmt(&type_TypeError, "unbound method %q.%q() needs an argument", d->owner->name, name);
    obj_t native = obj_native(args[0], d->owner);
    if (!obj_isinstance(native, d->owner))
        raise_fmt(&type_TypeError, "descriptor '%q' for '%q' objects doesn't apply to a '%s' object", name,
                  d->owner->name, obj_type_name(args[0]));
    size_t n = n_args + 2 * n_kw;
    obj_t *buf = mem_alloc(n * sizeof(obj_t));
    memcpy(buf, args, n * sizeof(obj_t));
    buf[0] = native;
    return call(d->fun, n_args, n_kw, buf);
}

static void method_descr_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    obj_method_descr_t *d = o;
    print_fmt(p, "<method '%q' of '%q' objects>", ((const obj_builtin_t *)d->fun)->name, d->owner->name);
}

static void method_descr_attr(obj_t self, qstr attr, obj_t *dest)
{
    obj_method_descr_t *d = self;
    if (dest[0] == OBJ_NULL && (attr == Q___name__ || attr == Q___qualname__))
        dest[0] = obj_new_qstr(((const obj_builtin_t *)d->fun)->name);
}

static const type_t type_method_descriptor = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_method_descriptor,
    .print = method_descr_print,
    .call = method_descr_call,
    .attr = method_descr_attr,
};

static obj_t method_descr_new(obj_t fun, const type_t *owner)
{
    obj_method_descr_t *d = mem_alloc(sizeof(obj_method_descr_t));
    d->base.type = &type_method_descriptor;
    d->fun = fun;
    d->owner = owner;
    return d;
}

static obj_t type_mro(obj_t self)
{
    const type_t *t = self;
    return t->mro ? obj_new_list(((obj_tuple_t *)t->mro)->len, ((obj_tuple_t *)t->mro)->items) : type_native_mro(t);
}
static BUILTIN_FUN_1(type_mro_obj, Q_mro, type_mro);

static void type_attr(obj_t self, qstr attr, obj_t *dest)
{
    type_t *t = self;
    if (dest[0] == OBJ_NULL) {
        switch (attr) {
        case Q___name__:
        case Q___qualname__:
            dest[0] = obj_new_qstr(t->name);
            return;
        case Q___mro__:
            dest[0] = t->mro ? t->mro : obj_tuple_from_iter(type_native_mro(t));
            return;
        case Q___bases__:
            if (t->bases) {
                dest[0] = t->bases;
            } else {
                obj_t p = (obj_t)(t->parent ? t->parent : &type_object);
                dest[0] = t == &type_object ? obj_new_tuple(0, NULL) : obj_new_tuple(1, &p);
            }
            return;
        case Q___base__: {
            obj_tuple_t *b = t->bases;
            dest[0] = b ? b->items[0] : t->parent ? (obj_t)t->parent : t == &type_object ? OBJ_NONE : (obj_t)&type_object;
            return;
        }
        case Q___dict__: {
            obj_dict_t *d = obj_new_dict(0);
            if (t->locals)
                map_copy(&d->map, t->locals);
            dest[0] = d;
            return;
        }
        case Q___module__:
            if (!(t->flags & TYPE_FLAG_USER)) {
                qstr mod = module_of_native_type(t);
                dest[0] = obj_new_qstr(mod != QSTR_NULL ? mod : Q_builtins);
                return;
            }
            break;
        case Q___class__:
            dest[0] = (obj_t)t->base.type;
            return;
        case Q_mro:
            dest[0] = (obj_t)&type_mro_obj;
            dest[1] = self;
            return;
        default:
            break;
        }
        const type_t *owner;
        obj_t m = type_lookup_owner(t, attr, &owner);
        if (m != OBJ_NULL && owner == &type_object && t != &type_object && !(t->flags & TYPE_FLAG_USER)) {
            obj_t w = slotwrap_lookup(t, attr, OBJ_NULL);
            if (w != OBJ_NULL)
                m = w;
        }
        if (m == OBJ_NULL && t->mro) {
            obj_tuple_t *mro = t->mro;
            for (size_t i = 0; i < mro->len && m == OBJ_NULL; i++)
                m = slotwrap_lookup(mro->items[i], attr, OBJ_NULL);
        } else if (m == OBJ_NULL) {
            m = slotwrap_lookup(t, attr, OBJ_NULL);
        }
        if (m == OBJ_NULL) {
            /* metaclass attributes (methods defined on the metaclass) */
            const type_t *meta = t->base.type;
            if (meta != &type_type && (meta->flags & TYPE_FLAG_USER)) {
                obj_t mm = type_lookup(meta, attr);
                if (mm)
                    attr_bind(self, meta, mm, dest);
            }
            return;
        }
        if (obj_is_ptr(m)) {
            const type_t *mt = obj_get_type(m);
            if (mt == &type_staticmethod) {
                dest[0] = ((obj_wrapper_t *)m)->fun;
                return;
            }
            if (mt == &type_classmethod) {
                dest[0] = ((obj_wrapper_t *)m)->fun;
                dest[1] = self;
                return;
            }
            if ((mt->flags & TYPE_FLAG_USER) && (mt->flags & TYPE_FLAG_HAS_DESCRIPTORS)) {
                obj_t get = type_lookup(mt, Q___get__);
                if (get) {
                    obj_t args[3] = {m, OBJ_NONE, self};
                    dest[0] = call(get, 3, 0, args);
                    return;
                }
            }
            if (mt == &type_builtin && !(owner->flags & TYPE_FLAG_USER) && owner != &type_object &&
                owner != &type_type) {
                dest[0] = method_descr_new(m, owner);
                return;
            }
        }
        dest[0] = m;
        return;
    }
    if (!(t->flags & TYPE_FLAG_USER))
        raise_fmt(&type_TypeError, "cannot set '%q' attribute of immutable type '%q'", attr, t->name);
    if (dest[1] == OBJ_NULL) {
        if (!map_lookup(t->locals, obj_new_qstr(attr), MAP_REMOVE))
            raise_fmt(&type_AttributeError, "type object '%q' has no attribute '%q'", t->name, attr);
    } else {
        map_store_qstr(t->locals, attr, dest[1]);
        if (attr == Q___getattr__)
            t->flags |= TYPE_FLAG_HAS_GETATTR;
        if (attr == Q___setattr__ || attr == Q___delattr__)
            t->flags |= TYPE_FLAG_HAS_SETATTR;
    }
    dest[0] = OBJ_NULL;
}

static obj_t type_binary_op(binary_op_t op, obj_t lhs, obj_t rhs)
{
    if (op == BOP_OR || op == BOP_REVERSE_OR)
        return obj_new_tuple(2, (obj_t[]){lhs, rhs}); /* X | Y unions: good enough for isinstance */
    return OBJ_NULL;
}

/* type.__new__(mcls, name, bases, ns), reached through super() in a
 * metaclass's __new__ */
static obj_t type_new_fun(size_t n, const obj_t *args)
{
    if (n != 4)
        raise_msg(&type_TypeError, "type.__new__() takes exactly 3 arguments");
    if (!obj_isinstance(args[0], &type_type) || !obj_is_subclass(args[0], &type_type))
        raise_fmt(&type_TypeError, "type.__new__(X): X is not a type object (%s)", obj_type_name(args[0]));
    return type_make_new(args[0], 3, 0, args + 1);
}
static BUILTIN_FUN_VAR(type_new_fun_obj, Q___new__, 4, 4, type_new_fun);
static STATICMETHOD(type_new_obj, &type_new_fun_obj);

static const map_elem_t type_locals_table[] = {
    {ROM_QSTR(Q___new__), ROM_PTR(&type_new_obj)},
    {ROM_QSTR(Q_mro), ROM_PTR(&type_mro_obj)},
};
static MAP_ROM(type_locals, type_locals_table);

const type_t type_type = {
    .base = {&type_type},
    .locals = &type_locals,
    .flags = TYPE_FLAG_BASETYPE,
    .name = Q_type,
    .make_new = type_make_new,
    .print = type_print,
    .call = type_call,
    .attr = type_attr,
    .binary_op = type_binary_op,
};
