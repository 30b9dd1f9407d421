/*
 * Instances of user classes.
 *
 * A user class is a heap type_t whose slots are the generic instance_*
 * functions below; they look up special methods (__add__, __len__, ...)
 * along the MRO and fall back to the native base's slots for instances of
 * subclasses of built-in types (whose native part is inst->native).
 * Attribute loads follow CPython's order: data descriptors (property,
 * __slots__ members, user descriptors with __set__/__delete__), then the
 * instance's own attributes, then the class; __getattribute__,
 * __getattr__, __setattr__ and __delattr__ run where a class defines them.
 */
#include "obj_type.h"

#include <string.h>

#include "map.h"
#include "mem.h"
#include "obj_dict.h"
#include "obj_fun.h"
#include "obj_str.h"
#include "obj_type_impl.h"
#include "runtime.h"

/* ---- instances ---- */

obj_t instance_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args, bool pass_args)
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

void instance_print(const print_t *p, obj_t o, print_kind_t kind)
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

obj_t instance_unary_op(unary_op_t op, obj_t o)
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

obj_t instance_binary_op(binary_op_t op, obj_t lhs, obj_t rhs)
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

obj_t instance_call(obj_t self, size_t n_args, size_t n_kw, const obj_t *args)
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

obj_t instance_subscr(obj_t self, obj_t index, obj_t value)
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

obj_t instance_getiter(obj_t self, iter_buf_t *buf)
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

obj_t instance_iternext(obj_t self)
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

int instance_buffer(obj_t o, buffer_info_t *info, unsigned flags)
{
    obj_instance_t *inst = o;
    if (inst->native) {
        const type_t *nt = obj_get_type(inst->native);
        if (nt->buffer)
            return nt->buffer(inst->native, info, flags);
    }
    return -1;
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

void instance_attr(obj_t self, qstr attr, obj_t *dest)
{
    if (dest[0] == OBJ_NULL)
        instance_load(self, attr, dest);
    else
        instance_store(self, attr, dest);
}
