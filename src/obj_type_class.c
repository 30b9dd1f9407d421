/*
 * Creating classes. type(name, bases, ns) and class statements end in
 * type_new_class: it checks the bases and picks the native base (at most
 * one built-in type's layout), gives the class the generic instance slots
 * of obj_instance.c, makes __slots__ member descriptors, computes the C3
 * MRO and the flags that let hot paths skip lookups, and wraps the
 * implicit class and static methods. type_init_subclass then runs the
 * parent's __init_subclass__.
 */
#include "obj_type.h"

#include <string.h>

#include "map.h"
#include "mem.h"
#include "obj_dict.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_type_impl.h"
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

/* ---- C3 linearisation ---- */

obj_t type_native_mro(const type_t *t)
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
    return type_native_mro(t);
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
