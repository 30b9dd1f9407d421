/*
 * Special methods of built-in types as attributes: list.__len__,
 * super().__setitem__(k, v), (1).__add__(2). Built-in types implement
 * these as slots, not as entries in their method tables, so a lookup that
 * finds nothing for a dunder name asks here for a wrapper that calls the
 * slot.
 */
#include "map.h"
#include "mem.h"
#include "obj_type.h"
#include "runtime.h"

typedef struct obj_slotwrap {
    obj_base_t base;
    const type_t *type;   /* the built-in type whose slot is called */
    qstr name;
    obj_t self;           /* bound instance, or OBJ_NULL for the unbound form */
} obj_slotwrap_t;

extern const type_t type_slotwrap;

typedef struct slot_entry {
    qstr name;
    uint8_t kind;   /* S_* below */
    uint8_t op;     /* unary_op_t or binary_op_t */
} slot_entry_t;

enum { S_UNARY, S_BINARY, S_GETITEM, S_SETITEM, S_DELITEM, S_ITER, S_NEXT, S_REPR, S_STR, S_CALL, S_INIT };

static const slot_entry_t slots[] = {
    {Q___len__, S_UNARY, UOP_LEN}, {Q___bool__, S_UNARY, UOP_BOOL}, {Q___hash__, S_UNARY, UOP_HASH},
    {Q___neg__, S_UNARY, UOP_NEG}, {Q___pos__, S_UNARY, UOP_POS}, {Q___invert__, S_UNARY, UOP_INVERT},
    {Q___abs__, S_UNARY, UOP_ABS}, {Q___int__, S_UNARY, UOP_INT}, {Q___float__, S_UNARY, UOP_FLOAT},
    {Q___index__, S_UNARY, UOP_INDEX},
    {Q___eq__, S_BINARY, BOP_EQ}, {Q___ne__, S_BINARY, BOP_NE}, {Q___lt__, S_BINARY, BOP_LT},
    {Q___le__, S_BINARY, BOP_LE}, {Q___gt__, S_BINARY, BOP_GT}, {Q___ge__, S_BINARY, BOP_GE},
    {Q___contains__, S_BINARY, BOP_IN},
    {Q___add__, S_BINARY, BOP_ADD}, {Q___sub__, S_BINARY, BOP_SUB}, {Q___mul__, S_BINARY, BOP_MUL},
    {Q___truediv__, S_BINARY, BOP_TRUEDIV}, {Q___floordiv__, S_BINARY, BOP_FLOORDIV},
    {Q___mod__, S_BINARY, BOP_MOD}, {Q___pow__, S_BINARY, BOP_POW}, {Q___and__, S_BINARY, BOP_AND},
    {Q___or__, S_BINARY, BOP_OR}, {Q___xor__, S_BINARY, BOP_XOR}, {Q___lshift__, S_BINARY, BOP_LSHIFT},
    {Q___rshift__, S_BINARY, BOP_RSHIFT}, {Q___matmul__, S_BINARY, BOP_MATMUL},
    {Q___radd__, S_BINARY, BOP_REVERSE_ADD}, {Q___rsub__, S_BINARY, BOP_REVERSE_SUB},
    {Q___rmul__, S_BINARY, BOP_REVERSE_MUL}, {Q___rtruediv__, S_BINARY, BOP_REVERSE_TRUEDIV},
    {Q___rfloordiv__, S_BINARY, BOP_REVERSE_FLOORDIV}, {Q___rmod__, S_BINARY, BOP_REVERSE_MOD},
    {Q___rpow__, S_BINARY, BOP_REVERSE_POW}, {Q___rand__, S_BINARY, BOP_REVERSE_AND},
    {Q___ror__, S_BINARY, BOP_REVERSE_OR}, {Q___rxor__, S_BINARY, BOP_REVERSE_XOR},
    {Q___iadd__, S_BINARY, BOP_INPLACE_ADD}, {Q___isub__, S_BINARY, BOP_INPLACE_SUB},
    {Q___imul__, S_BINARY, BOP_INPLACE_MUL}, {Q___ior__, S_BINARY, BOP_INPLACE_OR},
    {Q___iand__, S_BINARY, BOP_INPLACE_AND},
    {Q___getitem__, S_GETITEM, 0}, {Q___setitem__, S_SETITEM, 0}, {Q___delitem__, S_DELITEM, 0},
    {Q___iter__, S_ITER, 0}, {Q___next__, S_NEXT, 0}, {Q___repr__, S_REPR, 0}, {Q___str__, S_STR, 0},
    {Q___call__, S_CALL, 0}, {Q___init__, S_INIT, 0},
};

static const slot_entry_t *find(qstr name)
{
    for (size_t i = 0; i < sizeof(slots) / sizeof(slots[0]); i++)
        if (slots[i].name == name)
            return &slots[i];
    return NULL;
}

static bool has_slot(const type_t *t, const slot_entry_t *e)
{
    switch (e->kind) {
    case S_UNARY:
        return t->unary_op != NULL || e->op == UOP_HASH;
    case S_BINARY:
        return t->binary_op != NULL || e->op == BOP_EQ || e->op == BOP_NE;
    case S_GETITEM:
        return t->subscr != NULL;
    case S_SETITEM:
    case S_DELITEM:
        /* immutable sequences have subscr for loads only: no "x".__setitem__ */
        return t->subscr != NULL && t != &type_str && t != &type_bytes && t != &type_tuple &&
               t != &type_range;
    case S_ITER:
        return t->getiter != NULL;
    case S_NEXT:
        return t->iternext != NULL;
    case S_CALL:
        return t->call != NULL;
    default:
        return true;
    }
}

obj_t slotwrap_lookup(const type_t *t, qstr name, obj_t self)
{
    if (t->flags & TYPE_FLAG_USER)
        return OBJ_NULL;
    const slot_entry_t *e = find(name);
    if (!e || !has_slot(t, e))
        return OBJ_NULL;
    obj_slotwrap_t *w = mem_alloc(sizeof(obj_slotwrap_t));
    w->base.type = &type_slotwrap;
    w->type = t;
    w->name = name;
    w->self = self;
    return w;
}

static obj_t slotwrap_call(obj_t fun, size_t n_args, size_t n_kw, const obj_t *args)
{
    obj_slotwrap_t *w = fun;
    const slot_entry_t *e = find(w->name);
    obj_t self = w->self;
    if (self == OBJ_NULL) {
        if (n_args == 0)
            raise_fmt(&type_TypeError, "descriptor '%q' of '%q' object needs an argument", w->name, w->type->name);
        self = args[0];
        args++;
        n_args--;
    }
    self = obj_native(self, w->type);
    if (!obj_isinstance(self, w->type))
        raise_fmt(&type_TypeError, "descriptor '%q' requires a '%q' object but received a '%s'", w->name,
                  w->type->name, obj_type_name(self));
    const type_t *t = w->type;
    if (e->kind == S_INIT)
        return OBJ_NONE;
    if (e->kind == S_CALL)
        return t->call(self, n_args, n_kw, args);
    if (n_kw)
        raise_fmt(&type_TypeError, "%q() takes no keyword arguments", w->name);
    size_t want = e->kind == S_BINARY || e->kind == S_GETITEM || e->kind == S_DELITEM ? 1
                : e->kind == S_SETITEM                                                 ? 2
                                                                                       : 0;
    if (n_args != want)
        raise_fmt(&type_TypeError, "expected %u argument%s, got %u", (unsigned)want, want == 1 ? "" : "s",
                  (unsigned)n_args);
    switch (e->kind) {
    case S_UNARY: {
        if (e->op == UOP_HASH)
            return obj_new_int((intptr_t)obj_hash(self));
        obj_t r = t->unary_op((unary_op_t)e->op, self);
        if (r == OBJ_NULL)
            raise_fmt(&type_TypeError, "'%s' object does not support %q", obj_type_name(self), w->name);
        return r;
    }
    case S_BINARY: {
        obj_t r = t->binary_op ? t->binary_op((binary_op_t)e->op, self, args[0]) : OBJ_NULL;
        if (r == OBJ_NULL) {
            if (e->op == BOP_EQ)
                return self == args[0] ? OBJ_TRUE : OBJ_NOTIMPLEMENTED;
            if (e->op == BOP_NE)
                return self != args[0] ? OBJ_TRUE : OBJ_FALSE;
            return OBJ_NOTIMPLEMENTED;
        }
        return r;
    }
    case S_GETITEM:
        return obj_subscr(self, args[0], OBJ_SENTINEL);
    case S_SETITEM:
        obj_subscr(self, args[0], args[1]);
        return OBJ_NONE;
    case S_DELITEM:
        obj_subscr(self, args[0], OBJ_NULL);
        return OBJ_NONE;
    case S_ITER:
        return getiter(self, NULL);
    case S_NEXT:
        return iternext_or_raise(self);
    case S_REPR:
        return obj_repr(self);
    default:
        return obj_str(self);
    }
}

static void slotwrap_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    obj_slotwrap_t *w = o;
    if (w->self)
        print_fmt(p, "<method-wrapper '%q' of %s object>", w->name, obj_type_name(w->self));
    else
        print_fmt(p, "<slot wrapper '%q' of '%q' objects>", w->name, w->type->name);
}

static void slotwrap_attr(obj_t self, qstr attr, obj_t *dest)
{
    obj_slotwrap_t *w = self;
    if (dest[0] == OBJ_NULL && attr == Q___name__)
        dest[0] = obj_new_qstr(w->name);
}

const type_t type_slotwrap = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_wrapper_descriptor,
    .print = slotwrap_print,
    .call = slotwrap_call,
    .attr = slotwrap_attr,
};
