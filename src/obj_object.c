/*
 * object, super, property, classmethod, staticmethod, the sequence-protocol
 * iterator and __build_class__.
 */
#include <string.h>

#include "map.h"
#include "mem.h"
#include "obj_dict.h"
#include "obj_fun.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

/* ---- object ---- */

static obj_t object_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)args;
    if (n_args || n_kw)
        raise_fmt(&type_TypeError, "%q() takes no arguments", type->name);
    obj_base_t *o = mem_alloc(sizeof(obj_base_t));
    o->type = &type_object;
    return o;
}

static obj_t object_init(size_t n, const obj_t *args)
{
    (void)n;
    (void)args;
    return OBJ_NONE;
}
static BUILTIN_FUN_VAR(object_init_obj, Q___init__, 1, 0xffff, object_init);

static obj_t object_new(size_t n, const obj_t *args)
{
    (void)n;
    const type_t *t = args[0];
    if (!obj_is_type(args[0], &type_type) && !obj_isinstance(args[0], &type_type))
        raise_msg(&type_TypeError, "object.__new__(X): X is not a type object");
    if (!(t->flags & TYPE_FLAG_USER))
        return object_make_new(&type_object, 0, 0, obj_no_args);
    obj_instance_t *inst = mem_alloc(sizeof(obj_instance_t));
    inst->base.type = t;
    map_init(&inst->attrs, 0);
    /* object.__new__(cls, *args) on a subclass of a built-in type builds
       the native part from the arguments (int.__new__(cls, 5)) */
    if (t->native_base && t->native_base->make_new)
        inst->native = t->native_base->make_new(t->native_base, n - 1, 0, args + 1);
    return inst;
}
static BUILTIN_FUN_VAR(object_new_fun, Q___new__, 1, 0xffff, object_new);
static STATICMETHOD(object_new_obj, &object_new_fun);

static obj_t object_setattr(obj_t self, obj_t name, obj_t value)
{
    if (!(obj_get_type(self)->flags & TYPE_FLAG_USER))
        raise_fmt(&type_AttributeError, "'%s' object has no attribute '%q'", obj_type_name(self), str_get_qstr(name));
    instance_store_plain(self, str_get_qstr(name), value);
    return OBJ_NONE;
}
static BUILTIN_FUN_3(object_setattr_obj, Q___setattr__, object_setattr);

static obj_t object_delattr(obj_t self, obj_t name)
{
    if (!(obj_get_type(self)->flags & TYPE_FLAG_USER))
        raise_fmt(&type_AttributeError, "'%s' object has no attribute '%q'", obj_type_name(self), str_get_qstr(name));
    instance_store_plain(self, str_get_qstr(name), OBJ_NULL);
    return OBJ_NONE;
}
static BUILTIN_FUN_2(object_delattr_obj, Q___delattr__, object_delattr);

static obj_t object_getattribute(obj_t self, obj_t name)
{
    if (!obj_is_str(name))
        raise_fmt(&type_TypeError, "attribute name must be string, not '%s'", obj_type_name(name));
    if (obj_get_type(self)->flags & TYPE_FLAG_USER)
        return instance_getattribute_plain(self, str_get_qstr(name));
    return load_attr(self, str_get_qstr(name));
}
static BUILTIN_FUN_2(object_getattribute_obj, Q___getattribute__, object_getattribute);

static obj_t object_repr(obj_t self)
{
    vstr_t v;
    vstr_init(&v, 32);
    print_t p;
    vstr_print_init(&p, &v);
    const type_t *t = obj_get_type(self);
    obj_t mod = type_lookup(t, Q___module__);
    if ((t->flags & TYPE_FLAG_USER) && mod && obj_is_str(mod))
        print_fmt(&p, "<%S.%q object at 0x%x>", mod, t->name, (unsigned)(uintptr_t)self);
    else
        print_fmt(&p, "<%q object at 0x%x>", t->name, (unsigned)(uintptr_t)self);
    return vstr_to_str(&v);
}
static BUILTIN_FUN_1(object_repr_obj, Q___repr__, object_repr);

static obj_t object_str(obj_t self)
{
    return obj_repr(self);
}
static BUILTIN_FUN_1(object_str_obj, Q___str__, object_str);

static obj_t object_eq(obj_t self, obj_t other)
{
    return self == other ? OBJ_TRUE : OBJ_NOTIMPLEMENTED;
}
static BUILTIN_FUN_2(object_eq_obj, Q___eq__, object_eq);

static obj_t object_ne(obj_t self, obj_t other)
{
    /* object.__ne__ inverts the type's __eq__, passing NotImplemented on */
    obj_t eq = type_lookup(obj_get_type(self), Q___eq__);
    obj_t r = eq ? call2(eq, self, other) : (self == other ? OBJ_TRUE : OBJ_NOTIMPLEMENTED);
    if (r == OBJ_NOTIMPLEMENTED)
        return r;
    return obj_new_bool(!obj_is_true(r));
}
static BUILTIN_FUN_2(object_ne_obj, Q___ne__, object_ne);

static obj_t object_hash(obj_t self)
{
    return obj_new_int((intptr_t)((uintptr_t)self >> 4));
}
static BUILTIN_FUN_1(object_hash_obj, Q___hash__, object_hash);

static obj_t object_format(obj_t self, obj_t spec)
{
    size_t len;
    str_get_data(spec, &len);
    if (len)
        raise_fmt(&type_TypeError, "unsupported format string passed to %s.__format__", obj_type_name(self));
    return obj_str(self);
}
static BUILTIN_FUN_2(object_format_obj, Q___format__, object_format);

static obj_t object_init_subclass(obj_t cls)
{
    (void)cls;
    return OBJ_NONE;
}
static BUILTIN_FUN_1(object_init_subclass_fun, Q___init_subclass__, object_init_subclass);
static CLASSMETHOD(object_init_subclass_obj, &object_init_subclass_fun);

static const map_elem_t object_locals_table[] = {
    {ROM_QSTR(Q___init__), ROM_PTR(&object_init_obj)},
    {ROM_QSTR(Q___new__), ROM_PTR(&object_new_obj)},
    {ROM_QSTR(Q___setattr__), ROM_PTR(&object_setattr_obj)},
    {ROM_QSTR(Q___delattr__), ROM_PTR(&object_delattr_obj)},
    {ROM_QSTR(Q___getattribute__), ROM_PTR(&object_getattribute_obj)},
    {ROM_QSTR(Q___repr__), ROM_PTR(&object_repr_obj)},
    {ROM_QSTR(Q___str__), ROM_PTR(&object_str_obj)},
    {ROM_QSTR(Q___eq__), ROM_PTR(&object_eq_obj)},
    {ROM_QSTR(Q___ne__), ROM_PTR(&object_ne_obj)},
    {ROM_QSTR(Q___hash__), ROM_PTR(&object_hash_obj)},
    {ROM_QSTR(Q___format__), ROM_PTR(&object_format_obj)},
    {ROM_QSTR(Q___init_subclass__), ROM_PTR(&object_init_subclass_obj)},
};
static MAP_ROM(object_locals, object_locals_table);

static void object_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    print_fmt(p, "<object object at 0x%x>", (unsigned)(uintptr_t)o);
}

const type_t type_object = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = Q_object,
    .make_new = object_make_new,
    .print = object_print,
    .locals = &object_locals,
};

/* ---- super ---- */

typedef struct obj_super {
    obj_base_t base;
    const type_t *type;
    obj_t obj;
} obj_super_t;

static obj_t super_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    (void)n_kw;
    obj_super_t *s = mem_alloc(sizeof(obj_super_t));
    s->base.type = &type_super;
    if (n_args == 0) {
        struct frame *f = vm.frame;
        if (!f)
            raise_msg(&type_RuntimeError, "super(): no current frame");
        const code_t *code = f->code;
        obj_t cls = OBJ_NULL;
        for (size_t i = code->n_slots - code->n_free; i < code->n_slots; i++)
            if (code->slot_names[i] == Q___class__) {
                cls = ((obj_cell_t *)f->slots[i])->value;
                break;
            }
        if (cls == OBJ_NULL)
            raise_msg(&type_RuntimeError, "super(): __class__ cell not found");
        if (code->n_posargs == 0 && !(code->flags & CODE_VARARGS))
            raise_msg(&type_RuntimeError, "super(): no arguments");
        obj_t self = f->slots[0];
        for (size_t i = 0; i < code->n_cells; i++)
            if (code->cell_slots[i] == 0)
                self = ((obj_cell_t *)self)->value;
        s->type = cls;
        s->obj = self;
        return s;
    }
    if (n_args != 2)
        raise_msg(&type_TypeError, "super() takes 0 or 2 arguments");
    if (!obj_isinstance(args[0], &type_type))
        raise_fmt(&type_TypeError, "super() argument 1 must be a type, not %s", obj_type_name(args[0]));
    s->type = args[0];
    s->obj = args[1];
    return s;
}

static void super_attr(obj_t self, qstr attr, obj_t *dest)
{
    if (dest[0] != OBJ_NULL)
        return;
    obj_super_t *s = self;
    bool obj_is_class = obj_isinstance(s->obj, &type_type) && obj_is_subclass(s->obj, s->type);
    const type_t *start = obj_is_class ? (const type_t *)s->obj : obj_get_type(s->obj);
    obj_t mro = start->mro;
    size_t n;
    obj_t *items;
    if (mro) {
        obj_tuple_get(mro, &n, &items);
    } else {
        obj_t m = load_attr(( obj_t)start, Q___mro__);
        obj_tuple_get(m, &n, &items);
    }
    size_t i = 0;
    while (i < n && items[i] != (obj_t)s->type)
        i++;
    for (i++; i < n; i++) {
        const type_t *t = items[i];
        if (!t->locals)
            continue;
        map_elem_t *e = map_lookup_qstr(t->locals, attr);
        if (!e)
            continue;
        obj_t m = e->value;
        obj_t target = s->obj;
        if (!(t->flags & TYPE_FLAG_USER) && t != &type_object && !obj_is_class)
            target = obj_native(s->obj, t);
        if (obj_is_class) {
            if (obj_is_type(m, &type_classmethod)) {
                dest[0] = ((obj_wrapper_t *)m)->fun;
                dest[1] = s->obj;
            } else if (obj_is_type(m, &type_staticmethod)) {
                dest[0] = ((obj_wrapper_t *)m)->fun;
            } else {
                dest[0] = m;
            }
            return;
        }
        attr_bind(target, obj_get_type(s->obj), m, dest);
        return;
    }
    /* special methods of a built-in base, which live in slots */
    i = 0;
    while (i < n && items[i] != (obj_t)s->type)
        i++;
    for (i++; i < n; i++) {
        const type_t *t = items[i];
        if (t->flags & TYPE_FLAG_USER)
            continue;
        if (t == &type_object && attr != Q___init__)
            continue;
        dest[0] = slotwrap_lookup(t, attr, obj_is_class ? OBJ_NULL : s->obj);
        if (dest[0] != OBJ_NULL)
            return;
    }
}

static void super_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    obj_super_t *s = o;
    print_fmt(p, "<super: <class '%q'>, <%s object>>", s->type->name, obj_type_name(s->obj));
}

const type_t type_super = {
    .base = {&type_type},
    .name = Q_super,
    .make_new = super_make_new,
    .print = super_print,
    .attr = super_attr,
};

/* ---- property ---- */

static obj_t property_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    static const arg_spec_t spec[] = {
        {Q_fget, 0, OBJ_NONE}, {Q_fset, 0, OBJ_NONE}, {Q_fdel, 0, OBJ_NONE}, {Q_doc, 0, OBJ_NONE}};
    obj_t v[4];
    arg_parse_all("property", n_args, n_kw, args, 4, spec, v);
    obj_property_t *p = mem_alloc(sizeof(obj_property_t));
    p->base.type = &type_property;
    p->fget = v[0];
    p->fset = v[1];
    p->fdel = v[2];
    p->doc = v[3];
    return p;
}

static obj_t property_copy(obj_t self, int which, obj_t f)
{
    obj_property_t *p = mem_alloc(sizeof(obj_property_t));
    *p = *(obj_property_t *)self;
    if (which == 0)
        p->fget = f;
    else if (which == 1)
        p->fset = f;
    else
        p->fdel = f;
    return p;
}

static obj_t property_getter(obj_t self, obj_t f) { return property_copy(self, 0, f); }
static obj_t property_setter(obj_t self, obj_t f) { return property_copy(self, 1, f); }
static obj_t property_deleter(obj_t self, obj_t f) { return property_copy(self, 2, f); }
static BUILTIN_FUN_2(property_getter_obj, Q_getter, property_getter);
static BUILTIN_FUN_2(property_setter_obj, Q_setter, property_setter);
static BUILTIN_FUN_2(property_deleter_obj, Q_deleter, property_deleter);

static void property_attr(obj_t self, qstr attr, obj_t *dest)
{
    obj_property_t *p = self;
    if (dest[0] != OBJ_NULL)
        return;
    if (attr == Q_fget)
        dest[0] = p->fget;
    else if (attr == Q_fset)
        dest[0] = p->fset;
    else if (attr == Q_fdel)
        dest[0] = p->fdel;
    else if (attr == Q___doc__)
        dest[0] = p->doc;
}

static const map_elem_t property_locals_table[] = {
    {ROM_QSTR(Q_getter), ROM_PTR(&property_getter_obj)},
    {ROM_QSTR(Q_setter), ROM_PTR(&property_setter_obj)},
    {ROM_QSTR(Q_deleter), ROM_PTR(&property_deleter_obj)},
};
static MAP_ROM(property_locals, property_locals_table);

const type_t type_property = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = Q_property,
    .make_new = property_make_new,
    .attr = property_attr,
    .locals = &property_locals,
};

/* ---- classmethod / staticmethod ---- */

static obj_t wrapper_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    if (n_args != 1 || n_kw)
        raise_fmt(&type_TypeError, "%q expected 1 argument, got %u", type->name, (unsigned)n_args);
    obj_wrapper_t *w = mem_alloc(sizeof(obj_wrapper_t));
    w->base.type = type;
    w->fun = args[0];
    return w;
}

static void wrapper_attr(obj_t self, qstr attr, obj_t *dest)
{
    if (dest[0] == OBJ_NULL && attr == Q___func__)
        dest[0] = ((obj_wrapper_t *)self)->fun;
}

static obj_t staticmethod_call(obj_t self, size_t n_args, size_t n_kw, const obj_t *args)
{
    return call(((obj_wrapper_t *)self)->fun, n_args, n_kw, args);
}

const type_t type_classmethod = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = Q_classmethod,
    .make_new = wrapper_make_new,
    .attr = wrapper_attr,
};

const type_t type_staticmethod = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = Q_staticmethod,
    .make_new = wrapper_make_new,
    .attr = wrapper_attr,
    .call = staticmethod_call,
};

/* ---- sequence-protocol iterator ---- */

typedef struct seq_iter {
    obj_base_t base;
    obj_t seq;
    intptr_t i;
} seq_iter_t;

static obj_t seq_iter_next(obj_t self)
{
    seq_iter_t *it = self;
    if (it->seq == OBJ_NULL)
        return OBJ_STOP_ITERATION;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t v = obj_subscr(it->seq, obj_new_int(it->i), OBJ_SENTINEL);
        nlr_pop();
        it->i++;
        return v;
    }
    if (exception_is(nlr.value, &type_IndexError) || exception_is(nlr.value, &type_StopIteration)) {
        it->seq = OBJ_NULL;
        return OBJ_STOP_ITERATION;
    }
    raise_obj(nlr.value);
}

const type_t type_instance_iter = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .name = Q_iterator,
    .getiter = obj_getiter_self,
    .iternext = seq_iter_next,
};

obj_t seq_iter_new(obj_t seq)
{
    seq_iter_t *it = mem_alloc(sizeof(seq_iter_t));
    it->base.type = &type_instance_iter;
    it->seq = seq;
    return it;
}

/* ---- __build_class__ ---- */

static obj_t build_class(size_t n_args, const obj_t *args, map_t *kw)
{
    if (n_args < 2)
        raise_msg(&type_TypeError, "__build_class__: not enough arguments");
    obj_t body = args[0];
    qstr name = str_get_qstr(args[1]);
    obj_t bases = obj_new_tuple(n_args - 2, args + 2);
    const type_t *meta = &type_type;
    obj_t meta_kw = kw ? map_get_qstr(kw, Q_metaclass) : OBJ_NULL;
    if (meta_kw) {
        meta = meta_kw;
    } else {
        for (size_t i = 2; i < n_args; i++) {
            const type_t *bm = obj_get_type(args[i]);
            if (bm != &type_type && obj_is_subclass(bm, meta))
                meta = bm;
        }
    }
    obj_t ns = obj_new_dict(0);
    obj_t cell = fun_call_with_locals(body, ns);
    obj_t cls;
    if (meta == &type_type) {
        cls = type_new_class(meta, name, bases, ns);
    } else {
        obj_t margs[3] = {obj_new_qstr(name), bases, ns};
        cls = call((obj_t)meta, 3, 0, margs);
    }
    if (meta == &type_type || obj_isinstance(cls, &type_type)) {
        obj_t buf[16];
        size_t k = 0;
        size_t pos = 0;
        map_elem_t *e;
        while (kw && (e = map_next(kw, &pos)) != NULL && k + 2 <= 16)
            if (!(obj_is_qstr(e->key) && obj_qstr_value(e->key) == Q_metaclass)) {
                buf[k++] = e->key;
                buf[k++] = e->value;
            }
        type_init_subclass(cls, k / 2, buf);
    }
    if (obj_is_type(cell, &type_cell))
        ((obj_cell_t *)cell)->value = cls;
    return cls;
}
static BUILTIN_FUN_KW(build_class_obj, Q___build_class__, 2, build_class);

obj_t builtin_build_class_obj(void)
{
    return (obj_t)&build_class_obj;
}
