/* The built-in iterator types: enumerate, zip, map, filter, reversed and
 * iter(callable, sentinel). */
#include <string.h>

#include "mem.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

typedef struct obj_enumerate {
    obj_base_t base;
    obj_t iter;
    obj_t count;
} obj_enumerate_t;

static obj_t enumerate_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    static const arg_spec_t spec[] = {{Q_iterable, ARG_REQUIRED, OBJ_NULL}, {Q_start, 0, ROM_INT(0)}};
    obj_t v[2];
    arg_parse_all("enumerate", n_args, n_kw, args, 2, spec, v);
    if (!obj_is_int(v[1]))
        raise_fmt(&type_TypeError, "'%s' object cannot be interpreted as an integer", obj_type_name(v[1]));
    obj_enumerate_t *e = mem_alloc(sizeof(obj_enumerate_t));
    e->base.type = &type_enumerate;
    e->iter = getiter(v[0], NULL);
    e->count = v[1];
    return e;
}

static obj_t enumerate_next(obj_t self)
{
    obj_enumerate_t *e = self;
    obj_t v = iternext(e->iter);
    if (v == OBJ_STOP_ITERATION)
        return v;
    obj_t items[2] = {e->count, v};
    e->count = binary_op(BOP_ADD, e->count, obj_new_small_int(1));
    return obj_new_tuple(2, items);
}

const type_t type_enumerate = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF | TYPE_FLAG_BASETYPE,
    .name = Q_enumerate,
    .make_new = enumerate_make_new,
    .getiter = obj_getiter_self,
    .iternext = enumerate_next,
};

typedef struct obj_multi {
    obj_base_t base;
    obj_t fun;           /* map / filter function */
    bool strict;
    size_t n;
    obj_t iters[];
} obj_multi_t;

static obj_multi_t *multi_new(const type_t *t, obj_t fun, size_t n, const obj_t *iterables)
{
    obj_multi_t *m = mem_alloc(sizeof(obj_multi_t) + n * sizeof(obj_t));
    m->base.type = t;
    m->fun = fun;
    m->n = n;
    for (size_t i = 0; i < n; i++)
        m->iters[i] = getiter(iterables[i], NULL);
    return m;
}

static obj_t zip_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    bool strict = false;
    for (size_t i = 0; i < n_kw; i++) {
        if (str_get_qstr(args[n_args + 2 * i]) != Q_strict)
            raise_fmt(&type_TypeError, "zip() got an unexpected keyword argument '%S'", args[n_args + 2 * i]);
        strict = obj_is_true(args[n_args + 2 * i + 1]);
    }
    obj_multi_t *m = multi_new(type, OBJ_NULL, n_args, args);
    m->strict = strict;
    return m;
}

static obj_t zip_next(obj_t self)
{
    obj_multi_t *m = self;
    if (m->n == 0)
        return OBJ_STOP_ITERATION;
    obj_t t = obj_new_tuple(m->n, NULL);
    obj_tuple_t *tt = t;
    for (size_t i = 0; i < m->n; i++) {
        obj_t v = iternext(m->iters[i]);
        if (v == OBJ_STOP_ITERATION) {
            if (m->strict) {
                if (i > 0)
                    raise_fmt(&type_ValueError, "zip() argument %u is shorter than argument%s%u", (unsigned)(i + 1),
                              i == 1 ? " " : "s 1-", (unsigned)i);
                for (size_t j = 1; j < m->n; j++)
                    if (iternext(m->iters[j]) != OBJ_STOP_ITERATION)
                        raise_fmt(&type_ValueError, "zip() argument %u is longer than argument%s%u",
                                  (unsigned)(j + 1), j == 1 ? " " : "s 1-", (unsigned)j);
            }
            return OBJ_STOP_ITERATION;
        }
        tt->items[i] = v;
    }
    return t;
}

const type_t type_zip = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF | TYPE_FLAG_BASETYPE,
    .name = Q_zip,
    .make_new = zip_make_new,
    .getiter = obj_getiter_self,
    .iternext = zip_next,
};

static obj_t map_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    if (n_kw)
        raise_msg(&type_TypeError, "map() takes no keyword arguments");
    if (n_args < 2)
        raise_msg(&type_TypeError, "map() must have at least two arguments.");
    return multi_new(type, args[0], n_args - 1, args + 1);
}

static obj_t mapiter_next(obj_t self)
{
    obj_multi_t *m = self;
    obj_t small[4];
    obj_t *vals = m->n <= 4 ? small : mem_alloc(m->n * sizeof(obj_t));
    for (size_t i = 0; i < m->n; i++) {
        obj_t v = iternext(m->iters[i]);
        if (v == OBJ_STOP_ITERATION)
            return v;
        vals[i] = v;
    }
    return call(m->fun, m->n, 0, vals);
}

const type_t type_map = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF | TYPE_FLAG_BASETYPE,
    .name = Q_map,
    .make_new = map_make_new,
    .getiter = obj_getiter_self,
    .iternext = mapiter_next,
};

static obj_t filter_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    if (n_kw)
        raise_msg(&type_TypeError, "filter() takes no keyword arguments");
    if (n_args != 2)
        raise_fmt(&type_TypeError, "filter expected 2 arguments, got %u", (unsigned)n_args);
    return multi_new(type, args[0], 1, args + 1);
}

static obj_t filter_next(obj_t self)
{
    obj_multi_t *m = self;
    for (;;) {
        obj_t v = iternext(m->iters[0]);
        if (v == OBJ_STOP_ITERATION)
            return v;
        obj_t keep = m->fun == OBJ_NONE ? v : call1(m->fun, v);
        if (obj_is_true(keep))
            return v;
    }
}

const type_t type_filter = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF | TYPE_FLAG_BASETYPE,
    .name = Q_filter,
    .make_new = filter_make_new,
    .getiter = obj_getiter_self,
    .iternext = filter_next,
};

typedef struct obj_reversed {
    obj_base_t base;
    obj_t seq;
    size_t i;            /* next index + 1; 0 = done */
} obj_reversed_t;

static obj_t reversed_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    if (n_kw || n_args != 1)
        raise_fmt(&type_TypeError, "reversed expected 1 argument, got %u", (unsigned)n_args);
    obj_t seq = args[0];
    obj_t m = load_attr_maybe(seq, Q___reversed__);
    if (m && (obj_get_type(seq)->flags & TYPE_FLAG_USER))
        return call0(m);
    if (m)
        return call0(m);
    obj_t len = obj_len_maybe(seq);
    if (len == OBJ_NULL && obj_get_type(seq)->subscr != NULL && (obj_get_type(seq)->flags & TYPE_FLAG_USER) &&
        type_lookup(obj_get_type(seq), Q___getitem__))
        raise_fmt(&type_TypeError, "object of type '%s' has no len()", obj_type_name(seq));
    if (len == OBJ_NULL || obj_get_type(seq)->subscr == NULL || obj_is_type(seq, &type_dict) ||
        obj_is_type(seq, &type_set) || obj_is_type(seq, &type_frozenset))
        raise_fmt(&type_TypeError, "'%s' object is not reversible", obj_type_name(seq));
    obj_reversed_t *r = mem_alloc(sizeof(obj_reversed_t));
    r->base.type = &type_reversed;
    r->seq = seq;
    r->i = (size_t)obj_get_int(len);
    return r;
}

static obj_t reversed_next(obj_t self)
{
    obj_reversed_t *r = self;
    if (r->i == 0)
        return OBJ_STOP_ITERATION;
    r->i--;
    return obj_subscr(r->seq, obj_new_int((intptr_t)r->i), OBJ_SENTINEL);
}

const type_t type_reversed = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF | TYPE_FLAG_BASETYPE,
    .name = Q_reversed,
    .make_new = reversed_make_new,
    .getiter = obj_getiter_self,
    .iternext = reversed_next,
};

typedef struct obj_callable_iter {
    obj_base_t base;
    obj_t fun, sentinel;
} obj_callable_iter_t;

static obj_t callable_iter_next(obj_t self)
{
    obj_callable_iter_t *c = self;
    if (c->fun == OBJ_NULL)
        return OBJ_STOP_ITERATION;
    obj_t v = call0(c->fun);
    if (obj_equal(v, c->sentinel)) {
        c->fun = OBJ_NULL;
        return OBJ_STOP_ITERATION;
    }
    return v;
}

static const type_t type_callable_iterator = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .name = Q_callable_iterator,
    .getiter = obj_getiter_self,
    .iternext = callable_iter_next,
};

obj_t callable_iter_new(obj_t fun, obj_t sentinel)
{
    if (!obj_is_callable(fun))
        raise_msg(&type_TypeError, "iter(v, w): v must be callable");
    obj_callable_iter_t *c = mem_alloc(sizeof(obj_callable_iter_t));
    c->base.type = &type_callable_iterator;
    c->fun = fun;
    c->sentinel = sentinel;
    return c;
}
