/*
 * type, object and user classes.
 *
 * A user class is a heap type_t whose slots are the generic instance_*
 * functions below; they look up special methods (__add__, __len__, ...)
 * along the MRO and fall back to the native base's slots for instances of
 * subclasses of built-in types (whose native part is inst->native).
 */
#include "obj_type.h"

#include <string.h>

#include "map.h"
#include "mem.h"
#include "obj_dict.h"
#include "obj_fun.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"

static const type_t *type_of_class(obj_t o)
{
    if (!obj_is_ptr(o))
        return NULL;
    const type_t *mt = ((obj_base_t *)o)->type;
    if (mt == &type_type || ((mt->flags & TYPE_FLAG_USER) && obj_is_subclass(mt, &type_type)))
        return o;
    return NULL;
}

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

/* ---- instances ---- */

static obj_t instance_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args, bool pass_args)
{
    obj_instance_t *inst = mem_alloc(sizeof(obj_instance_t));
    inst->base.type = type;
    map_init(&inst->attrs, 0);
    if (type->native_base) {
        const type_t *nb = type->native_base;
        if (nb->make_new == NULL)
            raise_fmt(&type_TypeError, "cannot create '%q' instances", nb->name);
        inst->native = pass_args ? nb->make_new(nb, n_args, n_kw, args) : nb->make_new(nb, 0, 0, obj_no_args);
    }
    return inst;
}

static obj_t call_special(obj_t m, obj_t self, size_t n, const obj_t *args)
{
    obj_t buf[4];
    buf[0] = self;
    for (size_t i = 0; i < n; i++)
        buf[i + 1] = args[i];
    obj_t dest[2];
    attr_bind(self, obj_get_type(self), m, dest);
    if (dest[1] == OBJ_NULL)
        return call(dest[0], n, 0, buf + 1);
    return call(dest[0], n + 1, 0, buf);
}

static void instance_print(const print_t *p, obj_t o, print_kind_t kind)
{
    const type_t *t = obj_get_type(o);
    obj_t m = OBJ_NULL;
    if (kind == PRINT_STR)
        m = type_lookup_special(t, Q___str__);
    if (m == OBJ_NULL)
        m = type_lookup_special(t, Q___repr__);
    if (m != OBJ_NULL) {
        obj_t r = call_special(m, o, 0, obj_no_args);
        if (!obj_is_str(r))
            raise_fmt(&type_TypeError, "%s returned non-string (type %s)", kind == PRINT_STR ? "__str__" : "__repr__",
                      obj_type_name(r));
        size_t len;
        const char *s = str_get_data(r, &len);
        print_strn(p, s, len);
        return;
    }
    obj_instance_t *inst = o;
    if (inst->native && kind == PRINT_REPR && (t->flags & TYPE_FLAG_EXCEPTION)) {
        /* the class's own name, not the native base's */
        obj_t args = exception_args(o);
        print_str(p, qstr_str(t->name));
        if (((obj_tuple_t *)args)->len == 1)
            print_fmt(p, "(%r)", ((obj_tuple_t *)args)->items[0]);
        else
            obj_print(p, args, PRINT_REPR);
        return;
    }
    if (inst->native) {
        obj_print(p, inst->native, kind);
        return;
    }
    obj_t mod = type_lookup(t, Q___module__);
    if (mod && obj_is_str(mod))
        print_fmt(p, "<%S.%q object at 0x%x>", mod, t->name, (unsigned)(uintptr_t)o);
    else
        print_fmt(p, "<%q object at 0x%x>", t->name, (unsigned)(uintptr_t)o);
}

static const qstr unary_names[UOP_COUNT] = {
    [UOP_POS] = Q___pos__, [UOP_NEG] = Q___neg__, [UOP_INVERT] = Q___invert__, [UOP_BOOL] = Q___bool__,
    [UOP_LEN] = Q___len__, [UOP_HASH] = Q___hash__, [UOP_ABS] = Q___abs__, [UOP_INT] = Q___int__,
    [UOP_FLOAT] = Q___float__, [UOP_INDEX] = Q___index__,
};

static obj_t instance_unary_op(unary_op_t op, obj_t o)
{
    const type_t *t = obj_get_type(o);
    qstr q = unary_names[op];
    obj_t m = q ? type_lookup_special(t, q) : OBJ_NULL;
    if (op == UOP_HASH)
        return obj_new_int((intptr_t)obj_hash(o));
    if (m == OBJ_NULL && op == UOP_BOOL) {
        m = type_lookup_special(t, Q___len__);
        if (m) {
            obj_t r = call_special(m, o, 0, obj_no_args);
            if (!obj_is_int(r))
                raise_fmt(&type_TypeError, "'%s' object cannot be interpreted as an integer", obj_type_name(r));
            if (obj_is_true(compare_op(BOP_LT, r, obj_new_small_int(0))))
                raise_msg(&type_ValueError, "__len__() should return >= 0");
            return obj_new_bool(obj_is_true(r));
        }
    }
    if (m != OBJ_NULL) {
        obj_t r = call_special(m, o, 0, obj_no_args);
        if (op == UOP_BOOL && r != OBJ_TRUE && r != OBJ_FALSE)
            raise_fmt(&type_TypeError, "__bool__ should return bool, returned %s", obj_type_name(r));
        if (op == UOP_LEN) {
            if (!obj_is_int(r))
                raise_fmt(&type_TypeError, "'%s' object cannot be interpreted as an integer", obj_type_name(r));
            if (obj_get_int(r) < 0)
                raise_msg(&type_ValueError, "__len__() should return >= 0");
        }
        return r;
    }
    obj_instance_t *inst = o;
    if (inst->native) {
        const type_t *nt = obj_get_type(inst->native);
        if (nt->unary_op)
            return nt->unary_op(op, inst->native);
    }
    return OBJ_NULL;
}

static const qstr binary_names[BOP_COUNT] = {
    [BOP_LT] = Q___lt__, [BOP_GT] = Q___gt__, [BOP_EQ] = Q___eq__, [BOP_NE] = Q___ne__,
    [BOP_LE] = Q___le__, [BOP_GE] = Q___ge__, [BOP_IN] = Q___contains__,
    [BOP_OR] = Q___or__, [BOP_XOR] = Q___xor__, [BOP_AND] = Q___and__, [BOP_LSHIFT] = Q___lshift__,
    [BOP_RSHIFT] = Q___rshift__, [BOP_ADD] = Q___add__, [BOP_SUB] = Q___sub__, [BOP_MUL] = Q___mul__,
    [BOP_MATMUL] = Q___matmul__, [BOP_FLOORDIV] = Q___floordiv__, [BOP_TRUEDIV] = Q___truediv__,
    [BOP_MOD] = Q___mod__, [BOP_POW] = Q___pow__,
    [BOP_INPLACE_OR] = Q___ior__, [BOP_INPLACE_XOR] = Q___ixor__, [BOP_INPLACE_AND] = Q___iand__,
    [BOP_INPLACE_LSHIFT] = Q___ilshift__, [BOP_INPLACE_RSHIFT] = Q___irshift__,
    [BOP_INPLACE_ADD] = Q___iadd__, [BOP_INPLACE_SUB] = Q___isub__, [BOP_INPLACE_MUL] = Q___imul__,
    [BOP_INPLACE_MATMUL] = Q___imatmul__, [BOP_INPLACE_FLOORDIV] = Q___ifloordiv__,
    [BOP_INPLACE_TRUEDIV] = Q___itruediv__, [BOP_INPLACE_MOD] = Q___imod__, [BOP_INPLACE_POW] = Q___ipow__,
    [BOP_REVERSE_OR] = Q___ror__, [BOP_REVERSE_XOR] = Q___rxor__, [BOP_REVERSE_AND] = Q___rand__,
    [BOP_REVERSE_LSHIFT] = Q___rlshift__, [BOP_REVERSE_RSHIFT] = Q___rrshift__,
    [BOP_REVERSE_ADD] = Q___radd__, [BOP_REVERSE_SUB] = Q___rsub__, [BOP_REVERSE_MUL] = Q___rmul__,
    [BOP_REVERSE_MATMUL] = Q___rmatmul__, [BOP_REVERSE_FLOORDIV] = Q___rfloordiv__,
    [BOP_REVERSE_TRUEDIV] = Q___rtruediv__, [BOP_REVERSE_MOD] = Q___rmod__, [BOP_REVERSE_POW] = Q___rpow__,
};

static obj_t instance_binary_op(binary_op_t op, obj_t lhs, obj_t rhs)
{
    const type_t *t = obj_get_type(lhs);
    qstr q = binary_names[op];
    obj_t m = q ? type_lookup_special(t, q) : OBJ_NULL;
    if (m != OBJ_NULL) {
        obj_t r = call_special(m, lhs, 1, &rhs);
        if (r == OBJ_NOTIMPLEMENTED)
            return OBJ_NULL;
        if (op == BOP_IN)
            return obj_new_bool(obj_is_true(r));
        return r;
    }
    if (op == BOP_NE) {
        /* default __ne__ inverts __eq__ */
        obj_t eq = type_lookup_special(t, Q___eq__);
        if (eq) {
            obj_t r = call_special(eq, lhs, 1, &rhs);
            if (r == OBJ_NOTIMPLEMENTED)
                return OBJ_NULL;
            return obj_new_bool(!obj_is_true(r));
        }
    }
    obj_instance_t *inst = lhs;
    if (inst->native) {
        const type_t *nt = obj_get_type(inst->native);
        if (nt->binary_op) {
            obj_t r = obj_native(rhs, nt);
            return nt->binary_op(op, inst->native, r);
        }
    }
    return OBJ_NULL;
}

static obj_t instance_call(obj_t self, size_t n_args, size_t n_kw, const obj_t *args)
{
    obj_t m = type_lookup(obj_get_type(self), Q___call__);
    if (m == OBJ_NULL)
        raise_fmt(&type_TypeError, "'%s' object is not callable", obj_type_name(self));
    obj_t dest[2];
    attr_bind(self, obj_get_type(self), m, dest);
    if (dest[1] == OBJ_NULL)
        return call(dest[0], n_args, n_kw, args);
    size_t n = n_args + 2 * n_kw;
    obj_t *buf = mem_alloc((n + 1) * sizeof(obj_t));
    buf[0] = dest[1];
    if (n)
        memcpy(buf + 1, args, n * sizeof(obj_t));
    return call(dest[0], n_args + 1, n_kw, buf);
}

static obj_t instance_subscr(obj_t self, obj_t index, obj_t value)
{
    const type_t *t = obj_get_type(self);
    qstr q = value == OBJ_SENTINEL ? Q___getitem__ : value == OBJ_NULL ? Q___delitem__ : Q___setitem__;
    obj_t m = type_lookup_special(t, q);
    if (m != OBJ_NULL) {
        obj_t args[2] = {index, value};
        obj_t r = call_special(m, self, value == OBJ_SENTINEL || value == OBJ_NULL ? 1 : 2, args);
        return value == OBJ_SENTINEL ? r : OBJ_NONE;
    }
    obj_instance_t *inst = self;
    if (inst->native && value == OBJ_SENTINEL && obj_is_type(inst->native, &type_dict) &&
        (m = type_lookup_special(t, Q___missing__)) != OBJ_NULL) {
        /* dict subclasses: d[k] falls back to __missing__(k) */
        obj_t v = dict_lookup(inst->native, index);
        return v != OBJ_NULL ? v : call_special(m, self, 1, &index);
    }
    if (inst->native)
        return obj_subscr(inst->native, index, value);
    return OBJ_NULL;
}

static obj_t instance_getiter(obj_t self, iter_buf_t *buf)
{
    (void)buf;
    const type_t *t = obj_get_type(self);
    obj_t m = type_lookup_special(t, Q___iter__);
    if (m != OBJ_NULL) {
        obj_t it = call_special(m, self, 0, obj_no_args);
        if (obj_get_type(it)->iternext == NULL)
            raise_fmt(&type_TypeError, "iter() returned non-iterator of type '%s'", obj_type_name(it));
        return it;
    }
    obj_instance_t *inst = self;
    if (inst->native)
        return getiter(inst->native, NULL);
    if (type_lookup_special(t, Q___getitem__))
        return seq_iter_new(self);
    raise_fmt(&type_TypeError, "'%s' object is not iterable", obj_type_name(self));
}

static obj_t instance_iternext(obj_t self)
{
    const type_t *t = obj_get_type(self);
    obj_t m = type_lookup_special(t, Q___next__);
    if (m == OBJ_NULL) {
        obj_instance_t *inst = self;
        if (inst->native)
            return iternext(inst->native);
        raise_fmt(&type_TypeError, "'%s' object is not an iterator", obj_type_name(self));
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t r = call_special(m, self, 0, obj_no_args);
        nlr_pop();
        return r;
    }
    if (exception_is(nlr.value, &type_StopIteration))
        return OBJ_STOP_ITERATION;
    raise_obj(nlr.value);
}

static int instance_buffer(obj_t o, buffer_info_t *info, unsigned flags)
{
    obj_instance_t *inst = o;
    if (inst->native) {
        const type_t *nt = obj_get_type(inst->native);
        if (nt->buffer)
            return nt->buffer(inst->native, info, flags);
    }
    return -1;
}

/* ---- __slots__ member descriptors ---- */

typedef struct obj_member {
    obj_base_t base;
    qstr name;
    const type_t *owner;
} obj_member_t;

static void member_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    obj_member_t *m = o;
    print_fmt(p, "<member '%q' of '%q' objects>", m->name, m->owner->name);
}

const type_t type_member = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_member_descriptor,
    .print = member_print,
};

static void add_slot_members(type_t *t)
{
    obj_t slots = map_get_qstr(t->locals, Q___slots__);
    if (!slots)
        return;
    obj_t it = obj_is_str(slots) ? getiter(obj_new_tuple(1, &slots), NULL) : getiter(slots, NULL), v;
    while ((v = iternext(it)) != OBJ_STOP_ITERATION) {
        if (!obj_is_str(v))
            raise_fmt(&type_TypeError, "__slots__ items must be strings, not '%s'", obj_type_name(v));
        qstr q = str_get_qstr(v);
        if (q == Q___dict__ || map_lookup_qstr(t->locals, q))
            continue;
        obj_member_t *m = mem_alloc(sizeof(obj_member_t));
        m->base.type = &type_member;
        m->name = q;
        m->owner = t;
        map_store_qstr(t->locals, q, m);
    }
}

static bool is_data_descriptor(obj_t member)
{
    if (!obj_is_ptr(member))
        return false;
    const type_t *mt = obj_get_type(member);
    if (mt == &type_property || mt == &type_member)
        return true;
    if ((mt->flags & TYPE_FLAG_USER) && (mt->flags & TYPE_FLAG_HAS_DESCRIPTORS))
        return type_lookup(mt, Q___set__) || type_lookup(mt, Q___delete__);
    return false;
}

static void instance_load_plain(obj_t self, qstr attr, obj_t *dest)
{
    obj_instance_t *inst = self;
    const type_t *t = inst->base.type;
    const type_t *owner = NULL;
    obj_t member = type_lookup_owner(t, attr, &owner);
    if (member != OBJ_NULL && obj_is_type(member, &type_member)) {
        map_elem_t *e = map_lookup_qstr(&inst->attrs, attr);
        if (e)
            dest[0] = e->value;
        return;
    }
    if (member != OBJ_NULL && is_data_descriptor(member)) {
        attr_bind(self, t, member, dest);
        return;
    }
    map_elem_t *e = map_lookup_qstr(&inst->attrs, attr);
    if (e) {
        dest[0] = e->value;
        return;
    }
    if (member != OBJ_NULL && owner == &type_object && inst->native) {
        /* the native base's slot beats object's generic dunder */
        dest[0] = slotwrap_lookup(obj_get_type(inst->native), attr, inst->native);
        if (dest[0] != OBJ_NULL)
            return;
    }
    if (member != OBJ_NULL) {
        /* methods of a native base run on the native part */
        if (!(owner->flags & TYPE_FLAG_USER) && inst->native && owner != &type_object)
            attr_bind(inst->native, t, member, dest);
        else
            attr_bind(self, t, member, dest);
        return;
    }
    if (attr == Q___class__) {
        dest[0] = (obj_t)t;
        return;
    }
    if (attr == Q___dict__ && !(t->flags & TYPE_FLAG_SLOTS_ONLY)) {
        obj_dict_t *d = obj_new_dict(0);
        /* share storage: the dict is a live view of the attributes */
        d->map = inst->attrs;
        dest[0] = d;
        return;
    }
    if (inst->native) {
        const type_t *nt = obj_get_type(inst->native);
        if (nt->attr) {
            nt->attr(inst->native, attr, dest);
            if (dest[0] != OBJ_NULL)
                return;
        }
        dest[0] = slotwrap_lookup(nt, attr, inst->native);
        if (dest[0] != OBJ_NULL)
            return;
    }
}

/* __getattr__ runs when normal lookup fails, including when a property or
 * descriptor raised AttributeError. */
obj_t instance_getattribute_plain(obj_t self, qstr attr)
{
    obj_t dest[2] = {OBJ_NULL, OBJ_NULL};
    instance_load_plain(self, attr, dest);
    if (dest[0] == OBJ_NULL)
        raise_attribute_error(self, attr);
    return dest[1] ? bound_method_new(dest[0], dest[1]) : dest[0];
}

/* A user __getattribute__ replaces the whole lookup. */
static void getattribute(obj_t self, qstr attr, obj_t *dest)
{
    const type_t *t = ((obj_instance_t *)self)->base.type;
    obj_t ga = type_lookup_special(t, Q___getattribute__);
    if (!ga) {
        instance_load_plain(self, attr, dest);
        return;
    }
    obj_t a = obj_new_qstr(attr);
    dest[0] = call_special(ga, self, 1, &a);
}

static void instance_load(obj_t self, qstr attr, obj_t *dest)
{
    const type_t *t = ((obj_instance_t *)self)->base.type;
    if (!(t->flags & (TYPE_FLAG_HAS_GETATTR | TYPE_FLAG_HAS_GETATTRIBUTE))) {
        instance_load_plain(self, attr, dest);
        return;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        getattribute(self, attr, dest);
        nlr_pop();
    } else {
        if (!exception_is(nlr.value, &type_AttributeError))
            raise_obj(nlr.value);
        dest[0] = dest[1] = OBJ_NULL;
    }
    if (dest[0] != OBJ_NULL)
        return;
    obj_t ga = type_lookup(t, Q___getattr__);
    if (ga) {
        obj_t a = obj_new_qstr(attr);
        dest[0] = call_special(ga, self, 1, &a);
    }
}

static bool slot_allowed(const type_t *t, qstr attr)
{
    obj_tuple_t *mro = t->mro;
    for (size_t i = 0; i < mro->len; i++) {
        const type_t *m = mro->items[i];
        if (!(m->flags & TYPE_FLAG_USER))
            continue;
        obj_t slots = map_get_qstr(m->locals, Q___slots__);
        if (!slots)
            continue;
        if (obj_is_str(slots)) {
            if (str_get_qstr(slots) == attr)
                return true;
            continue;
        }
        obj_t it = getiter(slots, NULL), v;
        while ((v = iternext(it)) != OBJ_STOP_ITERATION)
            if (obj_is_str(v) && str_get_qstr(v) == attr)
                return true;
    }
    return false;
}

static void instance_store(obj_t self, qstr attr, obj_t *dest)
{
    obj_instance_t *inst = self;
    const type_t *t = inst->base.type;
    obj_t value = dest[1];
    if (t->flags & TYPE_FLAG_HAS_SETATTR) {
        obj_t m = type_lookup_special(t, value ? Q___setattr__ : Q___delattr__);
        if (m) {
            obj_t args[2] = {obj_new_qstr(attr), value};
            call_special(m, self, value ? 2 : 1, args);
            dest[0] = OBJ_NULL;
            return;
        }
    }
    if ((t->flags & TYPE_FLAG_EXCEPTION) && inst->native &&
        (attr == Q_args || attr == Q___cause__ || attr == Q___context__ || attr == Q___suppress_context__ ||
         attr == Q___traceback__)) {
        store_attr(inst->native, attr, value);
        dest[0] = OBJ_NULL;
        return;
    }
    obj_t member = type_lookup(t, attr);
    if (member != OBJ_NULL && obj_is_ptr(member)) {
        const type_t *mt = obj_get_type(member);
        if (mt == &type_member) {
            instance_store_plain(self, attr, value);
            dest[0] = OBJ_NULL;
            return;
        }
        if (mt == &type_property) {
            obj_property_t *p = member;
            obj_t f = value ? p->fset : p->fdel;
            if (f == OBJ_NULL || f == OBJ_NONE)
                raise_fmt(&type_AttributeError, value ? "property '%q' of '%q' object has no setter"
                                                      : "property '%q' of '%q' object has no deleter",
                          attr, t->name);
            if (value)
                call2(f, self, value);
            else
                call1(f, self);
            dest[0] = OBJ_NULL;
            return;
        }
        if ((mt->flags & TYPE_FLAG_USER) && (mt->flags & TYPE_FLAG_HAS_DESCRIPTORS)) {
            obj_t m = type_lookup(mt, value ? Q___set__ : Q___delete__);
            if (m) {
                obj_t args[3] = {member, self, value};
                call(m, value ? 3 : 2, 0, args);
                dest[0] = OBJ_NULL;
                return;
            }
        }
    }
    instance_store_plain(self, attr, value);
    dest[0] = OBJ_NULL;
}

void instance_store_plain(obj_t self, qstr attr, obj_t value)
{
    obj_instance_t *inst = self;
    const type_t *t = inst->base.type;
    if ((t->flags & TYPE_FLAG_SLOTS_ONLY) && !slot_allowed(t, attr))
        raise_fmt(&type_AttributeError, "'%q' object has no attribute '%q'", t->name, attr);
    if (value == OBJ_NULL) {
        if (!map_lookup(&inst->attrs, obj_new_qstr(attr), MAP_REMOVE))
            raise_fmt(&type_AttributeError, "'%q' object has no attribute '%q'", inst->base.type->name, attr);
        return;
    }
    map_store_qstr(&inst->attrs, attr, value);
}

static void instance_attr(obj_t self, qstr attr, obj_t *dest)
{
    if (dest[0] == OBJ_NULL)
        instance_load(self, attr, dest);
    else
        instance_store(self, attr, dest);
}

/* ---- C3 linearisation ---- */

static obj_t native_mro(const type_t *t)
{
    obj_t l = obj_new_list(0, NULL);
    for (const type_t *p = t; p; p = p->parent)
        list_append(l, (obj_t)p);
    if (((obj_list_t *)l)->items[((obj_list_t *)l)->len - 1] != (obj_t)&type_object)
        list_append(l, (obj_t)&type_object);
    return l;
}

static obj_t mro_of(const type_t *t)
{
    if (t->mro) {
        obj_tuple_t *m = t->mro;
        return obj_new_list(m->len, m->items);
    }
    return native_mro(t);
}

static bool in_tail(obj_t seqs, obj_t cand)
{
    obj_list_t *ls = seqs;
    for (size_t i = 0; i < ls->len; i++) {
        obj_list_t *s = ls->items[i];
        for (size_t j = 1; j < s->len; j++)
            if (s->items[j] == cand)
                return true;
    }
    return false;
}

static obj_t c3_mro(type_t *cls, obj_t bases)
{
    obj_tuple_t *b = bases;
    obj_t seqs = obj_new_list(0, NULL);
    for (size_t i = 0; i < b->len; i++)
        list_append(seqs, mro_of(b->items[i]));
    list_append(seqs, obj_new_list(b->len, b->items));
    obj_t result = obj_new_list(0, NULL);
    list_append(result, cls);
    for (;;) {
        obj_list_t *ls = seqs;
        bool any = false;
        obj_t cand = OBJ_NULL;
        for (size_t i = 0; i < ls->len; i++) {
            obj_list_t *s = ls->items[i];
            if (s->len == 0)
                continue;
            any = true;
            if (!in_tail(seqs, s->items[0])) {
                cand = s->items[0];
                break;
            }
        }
        if (!any)
            break;
        if (cand == OBJ_NULL) {
            vstr_t v;
            vstr_init(&v, 32);
            for (size_t i = 0; i < b->len; i++) {
                if (i)
                    vstr_add_str(&v, ", ");
                vstr_add_str(&v, qstr_str(((type_t *)b->items[i])->name));
            }
            vstr_add_char(&v, '\0');
            raise_fmt(&type_TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s", v.buf);
        }
        list_append(result, cand);
        for (size_t i = 0; i < ls->len; i++) {
            obj_list_t *s = ls->items[i];
            if (s->len && s->items[0] == cand) {
                memmove(s->items, s->items + 1, (s->len - 1) * sizeof(obj_t));
                s->len--;
            }
        }
    }
    obj_list_t *r = result;
    return obj_new_tuple(r->len, r->items);
}

/* ---- class creation ---- */

static const type_t *solid_base(const type_t *t)
{
    if (t->flags & TYPE_FLAG_USER)
        return t->native_base;
    return t == &type_object ? NULL : t;
}

obj_t type_new_class(const type_t *meta, qstr name, obj_t bases, obj_t ns)
{
    obj_tuple_t *b = bases;
    const type_t *native = NULL;
    for (size_t i = 0; i < b->len; i++)
        for (size_t j = 0; j < i; j++)
            if (b->items[i] == b->items[j] && obj_isinstance(b->items[i], &type_type))
                raise_fmt(&type_TypeError, "duplicate base class %q", ((type_t *)b->items[i])->name);
    for (size_t i = 0; i < b->len; i++) {
        const type_t *bt = type_of_class(b->items[i]);
        if (!bt)
            raise_msg(&type_TypeError, "bases must be types");
        if (!(bt->flags & TYPE_FLAG_USER) && !(bt->flags & TYPE_FLAG_BASETYPE) && bt != &type_object)
            raise_fmt(&type_TypeError, "type '%q' is not an acceptable base type", bt->name);
        const type_t *sb = solid_base(bt);
        if (sb && native && sb != native && !obj_is_subclass(sb, native) && !obj_is_subclass(native, sb))
            raise_msg(&type_TypeError, "multiple bases have instance lay-out conflict");
        if (sb && (!native || obj_is_subclass(sb, native)))
            native = sb;
    }
    if (b->len == 0) {
        obj_t obj = (obj_t)&type_object;
        bases = obj_new_tuple(1, &obj);
    }
    type_t *t = mem_alloc(sizeof(type_t));
    t->base.type = meta;
    t->name = name;
    t->flags = TYPE_FLAG_USER | TYPE_FLAG_BASETYPE;
    t->bases = bases;
    t->native_base = native;
    t->parent = native ? native : &type_object;
    if (native && obj_is_subclass(native, &type_BaseException))
        t->flags |= TYPE_FLAG_EXCEPTION;
    if (native == &type_type) {
        /* a metaclass: its instances are classes */
        t->make_new = type_type.make_new;
        t->print = type_type.print;
        t->call = type_type.call;
        t->attr = type_type.attr;
    } else {
        t->make_new = NULL;
        t->print = instance_print;
        t->call = instance_call;
        t->unary_op = instance_unary_op;
        t->binary_op = instance_binary_op;
        t->attr = instance_attr;
        t->subscr = instance_subscr;
        t->getiter = instance_getiter;
        t->iternext = instance_iternext;
        t->buffer = instance_buffer;
    }
    map_t *locals = mem_alloc(sizeof(map_t));
    map_copy(locals, dict_get_map(ns));
    t->locals = locals;
    if (map_lookup_qstr(locals, Q___eq__) && !map_lookup_qstr(locals, Q___hash__))
        map_store_qstr(locals, Q___hash__, OBJ_NONE);
    add_slot_members(t);
    t->mro = c3_mro(t, bases);
    /* flags that let the hot paths skip lookups */
    obj_tuple_t *mro = t->mro;
    bool slots_only = true;
    for (size_t i = 0; i < mro->len; i++) {
        const type_t *m = mro->items[i];
        if (m == &type_object)
            continue;
        obj_t sl = (m->flags & TYPE_FLAG_USER) ? map_get_qstr(m->locals, Q___slots__) : OBJ_NULL;
        if (!sl || ((m->flags & TYPE_FLAG_USER) == 0)) {
            slots_only = false;
            break;
        }
    }
    if (slots_only)
        t->flags |= TYPE_FLAG_SLOTS_ONLY;
    for (size_t i = 0; i < mro->len; i++) {
        const type_t *m = mro->items[i];
        if (!(m->flags & TYPE_FLAG_USER))
            continue;
        t->flags |= m->flags & (TYPE_FLAG_HAS_GETATTR | TYPE_FLAG_HAS_SETATTR);
        if (map_lookup_qstr(m->locals, Q___getattr__))
            t->flags |= TYPE_FLAG_HAS_GETATTR;
        if (map_lookup_qstr(m->locals, Q___getattribute__))
            t->flags |= TYPE_FLAG_HAS_GETATTRIBUTE;
        if (map_lookup_qstr(m->locals, Q___setattr__) || map_lookup_qstr(m->locals, Q___delattr__))
            t->flags |= TYPE_FLAG_HAS_SETATTR;
        if (map_lookup_qstr(m->locals, Q___get__) || map_lookup_qstr(m->locals, Q___set__) ||
            map_lookup_qstr(m->locals, Q___delete__))
            t->flags |= TYPE_FLAG_HAS_DESCRIPTORS;
    }
    /* functions defined in the body that are __init_subclass__ / __class_getitem__
       are implicitly class methods */
    static const qstr implicit_cm[] = {Q___init_subclass__, Q___class_getitem__};
    for (size_t i = 0; i < 2; i++) {
        map_elem_t *e = map_lookup_qstr(locals, implicit_cm[i]);
        if (e && obj_is_type(e->value, &type_function)) {
            obj_wrapper_t *w = mem_alloc(sizeof(obj_wrapper_t));
            w->base.type = &type_classmethod;
            w->fun = e->value;
            e->value = w;
        }
    }
    map_elem_t *ne = map_lookup_qstr(locals, Q___new__);
    if (ne && obj_is_type(ne->value, &type_function)) {
        obj_wrapper_t *w = mem_alloc(sizeof(obj_wrapper_t));
        w->base.type = &type_staticmethod;
        w->fun = ne->value;
        ne->value = w;
    }
    /* __set_name__ on descriptors */
    size_t pos = 0;
    map_elem_t *e;
    while ((e = map_next(locals, &pos)) != NULL) {
        obj_t v = e->value;
        if (obj_is_ptr(v) && (obj_get_type(v)->flags & TYPE_FLAG_USER)) {
            obj_t sn = type_lookup(obj_get_type(v), Q___set_name__);
            if (sn) {
                obj_t args[3] = {v, t, e->key};
                call(sn, 3, 0, args);
            }
        }
    }
    return t;
}

void type_init_subclass(obj_t cls, size_t n_kw, const obj_t *kw)
{
    obj_tuple_t *mro = ((type_t *)cls)->mro;
    if (!mro || mro->len < 2)
        return;
    obj_t isc = type_lookup(mro->items[1], Q___init_subclass__);
    if (!isc || !obj_is_type(isc, &type_classmethod))
        return;
    obj_t *buf = mem_alloc((1 + 2 * n_kw) * sizeof(obj_t));
    buf[0] = cls;
    if (n_kw)
        memcpy(buf + 1, kw, 2 * n_kw * sizeof(obj_t));
    call(((obj_wrapper_t *)isc)->fun, 1, n_kw, buf);
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
    return t->mro ? obj_new_list(((obj_tuple_t *)t->mro)->len, ((obj_tuple_t *)t->mro)->items) : native_mro(t);
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
            dest[0] = t->mro ? t->mro : obj_tuple_from_iter(native_mro(t));
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
