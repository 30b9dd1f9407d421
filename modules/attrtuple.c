/* Tuples with named fields (see attrtuple.h). */
#include "attrtuple.h"

#include <string.h>

#include "mem.h"
#include "obj_tuple.h"
#include "runtime.h"

static const attrtuple_desc_t *desc_of(obj_t o)
{
    return ((const obj_base_t *)o)->type->protocol;
}

obj_t attrtuple_new(const type_t *type, const obj_t *items)
{
    const attrtuple_desc_t *d = type->protocol;
    obj_tuple_t *t = mem_alloc(sizeof(obj_tuple_t) + d->n_fields * sizeof(obj_t));
    t->base.type = type;
    t->len = d->n_fields;
    memcpy(t->items, items, d->n_fields * sizeof(obj_t));
    return t;
}

obj_t attrtuple_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    const attrtuple_desc_t *d = type->protocol;
    arg_check_num(n_args, n_kw, 1, 1, false);
    obj_t seq = obj_tuple_from_iter(args[0]);
    size_t len;
    obj_t *items;
    obj_tuple_get(seq, &len, &items);
    if (len != d->n_fields)
        raise_fmt(&type_TypeError, "%s() takes a %u-sequence (%u-sequence given)",
                  d->repr_prefix ? d->repr_prefix : qstr_str(type->name), (unsigned)d->n_fields, (unsigned)len);
    return attrtuple_new(type, items);
}

void attrtuple_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    const attrtuple_desc_t *d = desc_of(o);
    obj_tuple_t *t = o;
    if (d->repr_prefix)
        print_str(p, d->repr_prefix);
    print_str(p, "(");
    for (size_t i = 0; i < t->len; i++) {
        if (i)
            print_str(p, ", ");
        print_fmt(p, "%q=", d->fields[i]);
        obj_print(p, t->items[i], PRINT_REPR);
    }
    print_str(p, ")");
}

void attrtuple_attr(obj_t o, qstr attr, obj_t *dest)
{
    const attrtuple_desc_t *d = desc_of(o);
    for (size_t i = 0; i < d->n_fields; i++) {
        if (d->fields[i] != attr)
            continue;
        if (dest[0] == OBJ_NULL)
            dest[0] = ((obj_tuple_t *)o)->items[i];
        else
            raise_msg(&type_AttributeError, "readonly attribute");
        return;
    }
}

/* A plain tuple with the same items, so tuple's own slots do the work. */
static obj_t as_tuple(obj_t o)
{
    if (obj_is_ptr(o) && ((obj_base_t *)o)->type->print == attrtuple_print) {
        obj_tuple_t *t = o;
        return obj_new_tuple(t->len, t->items);
    }
    return o;
}

obj_t attrtuple_unary_op(unary_op_t op, obj_t o)
{
    return type_tuple.unary_op(op, o);
}

obj_t attrtuple_binary_op(binary_op_t op, obj_t lhs, obj_t rhs)
{
    return type_tuple.binary_op(op, as_tuple(lhs), as_tuple(rhs));
}

obj_t attrtuple_subscr(obj_t self, obj_t index, obj_t value)
{
    if (value != OBJ_SENTINEL) {
        const attrtuple_desc_t *d = desc_of(self);
        const char *name = d->repr_prefix ? d->repr_prefix : qstr_str(((obj_base_t *)self)->type->name);
        raise_fmt(&type_TypeError, value == OBJ_NULL ? "'%s' object doesn't support item deletion"
                                                     : "'%s' object does not support item assignment", name);
    }
    return type_tuple.subscr(as_tuple(self), index, value);
}

obj_t attrtuple_getiter(obj_t self, iter_buf_t *buf)
{
    return type_tuple.getiter(self, buf);
}

