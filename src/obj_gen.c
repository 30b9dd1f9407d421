/*
 * Generators and coroutines (see obj_gen.h). A generator owns a heap frame
 * that vm_run suspends at each yield and resumes on the next send.
 */
#include "obj_gen.h"

#include "mem.h"
#include "obj_fun.h"
#include "runtime.h"

/* Value carried by the StopIteration that ended the last delegate. */
static obj_t last_return;

obj_t gen_new(frame_t *f)
{
    obj_gen_t *g = mem_alloc(sizeof(obj_gen_t));
    uint16_t flags = f->code->flags;
    g->base.type = (flags & CODE_COROUTINE) ? &type_coroutine
                 : (flags & CODE_ASYNC_GENERATOR) ? &type_async_generator
                                                  : &type_generator;
    g->frame = f;
    g->ret = OBJ_NONE;
    return g;
}

static const char *kind_name(const obj_gen_t *g)
{
    return g->base.type == &type_coroutine ? "coroutine" : "generator";
}

/* Runs the frame one step. Returns the yielded value or OBJ_STOP_ITERATION
 * with g->ret set. */
static obj_t resume(obj_gen_t *g, obj_t send, obj_t throw_exc)
{
    if (g->finished) {
        if (throw_exc)
            raise_obj(throw_exc);
        if (g->base.type == &type_coroutine)
            raise_msg(&type_RuntimeError, "cannot reuse already awaited coroutine");
        g->ret = OBJ_NONE;
        return OBJ_STOP_ITERATION;
    }
    if (g->running)
        raise_fmt(&type_ValueError, "%s already executing", kind_name(g));
    if (!g->frame->started && send != OBJ_NONE && send != OBJ_NULL && !throw_exc)
        raise_fmt(&type_TypeError, "can't send non-None value to a just-started %s", kind_name(g));
    if (!g->frame->started && throw_exc) {
        g->finished = true;
        raise_obj(throw_exc);
    }
    g->running = true;
    nlr_buf_t nlr;
    vm_status_t st;
    obj_t r;
    if (nlr_push(&nlr) == 0) {
        r = vm_run(g->frame, send ? send : OBJ_NONE, throw_exc, &st);
        nlr_pop();
    } else {
        obj_gen_t *volatile gv = g;
        gv->running = false;
        gv->finished = true;
        obj_t exc = nlr.value;
        if (exception_is(exc, &type_StopIteration) || exception_is(exc, &type_StopAsyncIteration)) {
            bool is_async = exception_is(exc, &type_StopAsyncIteration);
            obj_t err = exception_new_msg(&type_RuntimeError,
                                          is_async ? "async generator raised StopAsyncIteration"
                                          : gv->base.type == &type_coroutine ? "coroutine raised StopIteration"
                                                                             : "generator raised StopIteration");
            exception_set_cause(err, exc);
            exception_set_context(err, exc);
            raise_obj(err);
        }
        raise_obj(exc);
    }
    g->running = false;
    if (st == VM_YIELD)
        return r;
    g->finished = true;
    g->ret = r;
    g->frame = NULL;
    return OBJ_STOP_ITERATION;
}

static bool is_gen(obj_t o)
{
    const type_t *t = obj_get_type(o);
    return t == &type_generator || t == &type_coroutine;
}

/* Catch StopIteration from a foreign iterator's method call. */
static obj_t call_catching_stop(obj_t *dest, size_t n_args, obj_t arg)
{
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        if (n_args)
            dest[2] = arg;
        obj_t r = call_method(n_args, 0, dest);
        nlr_pop();
        return r;
    }
    obj_t exc = nlr.value;
    if (!exception_is(exc, &type_StopIteration))
        raise_obj(exc);
    last_return = exception_get_value(exc);
    return OBJ_STOP_ITERATION;
}

obj_t gen_send_into(obj_t gen, obj_t value)
{
    if (is_gen(gen)) {
        obj_gen_t *g = gen;
        obj_t r = resume(g, value, OBJ_NULL);
        if (r == OBJ_STOP_ITERATION)
            last_return = g->ret;
        return r;
    }
    if (value == OBJ_NONE) {
        const type_t *t = obj_get_type(gen);
        if (t->iternext && !(t->flags & TYPE_FLAG_USER)) {
            obj_t r = t->iternext(gen);
            if (r == OBJ_STOP_ITERATION)
                last_return = OBJ_NONE;
            return r;
        }
        obj_t dest[3];
        load_method(gen, Q___next__, dest);
        return call_catching_stop(dest, 0, OBJ_NULL);
    }
    obj_t dest[3];
    load_method(gen, Q_send, dest);
    return call_catching_stop(dest, 1, value);
}

obj_t gen_throw_into(obj_t gen, obj_t exc)
{
    if (is_gen(gen)) {
        obj_gen_t *g = gen;
        obj_t r = resume(g, OBJ_NULL, exc);
        if (r == OBJ_STOP_ITERATION)
            last_return = g->ret;
        return r;
    }
    obj_t dest[3];
    if (exception_is(exc, &type_GeneratorExit)) {
        load_method_maybe(gen, Q_close, dest);
        if (dest[0] != OBJ_NULL)
            call_method(0, 0, dest);
        raise_obj(exc);
    }
    load_method_maybe(gen, Q_throw, dest);
    if (dest[0] == OBJ_NULL)
        raise_obj(exc);
    return call_catching_stop(dest, 1, exc);
}

obj_t gen_take_return_value(obj_t gen)
{
    (void)gen;
    obj_t r = last_return;
    last_return = OBJ_NULL;
    return r ? r : OBJ_NONE;
}

static obj_t gen_iternext(obj_t self)
{
    return resume(self, OBJ_NONE, OBJ_NULL);
}

static obj_t gen_send(obj_t self, obj_t value)
{
    obj_gen_t *g = self;
    obj_t r = resume(g, value, OBJ_NULL);
    if (r == OBJ_STOP_ITERATION)
        raise_stop_iteration(g->ret);
    return r;
}
static BUILTIN_FUN_2(gen_send_obj, Q_send, gen_send);

static obj_t gen_throw(size_t n, const obj_t *args)
{
    obj_gen_t *g = args[0];
    obj_t exc = args[1];
    if (n == 3 && args[2] != OBJ_NONE)
        exc = call1(args[1], args[2]);
    exc = exception_make(exc);
    obj_t r = resume(g, OBJ_NULL, exc);
    if (r == OBJ_STOP_ITERATION)
        raise_stop_iteration(g->ret);
    return r;
}
static BUILTIN_FUN_VAR(gen_throw_obj, Q_throw, 2, 4, gen_throw);

static obj_t gen_close(obj_t self)
{
    obj_gen_t *g = self;
    if (g->finished || !g->frame->started) {
        g->finished = true;
        return OBJ_NONE;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t r = resume(g, OBJ_NULL, exception_new(&type_GeneratorExit, 0, NULL));
        nlr_pop();
        if (r != OBJ_STOP_ITERATION)
            raise_fmt(&type_RuntimeError, "%s ignored GeneratorExit", kind_name(g));
        return OBJ_NONE;
    }
    obj_t exc = nlr.value;
    if (exception_is(exc, &type_GeneratorExit) || exception_is(exc, &type_StopIteration))
        return OBJ_NONE;
    raise_obj(exc);
}
static BUILTIN_FUN_1(gen_close_obj, Q_close, gen_close);

static obj_t coro_await(obj_t self)
{
    return self;
}
static BUILTIN_FUN_1(coro_await_obj, Q___await__, coro_await);

static void gen_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    obj_gen_t *g = o;
    print_fmt(p, "<%s object %q at 0x%x>", kind_name(g), g->frame ? g->frame->code->name : Q_generator,
              (unsigned)(uintptr_t)o);
}

static void gen_attr(obj_t self, qstr attr, obj_t *dest)
{
    obj_gen_t *g = self;
    if (dest[0] != OBJ_NULL)
        return;
    if (attr == Q___name__ || attr == Q___qualname__)
        dest[0] = obj_new_qstr(g->frame ? g->frame->code->name : Q_generator);
    else if (attr == Q_gi_running || attr == Q_cr_running)
        dest[0] = obj_new_bool(g->running);
}

static const map_elem_t gen_locals_table[] = {
    {ROM_QSTR(Q_send), ROM_PTR(&gen_send_obj)},
    {ROM_QSTR(Q_throw), ROM_PTR(&gen_throw_obj)},
    {ROM_QSTR(Q_close), ROM_PTR(&gen_close_obj)},
};
static MAP_ROM(gen_locals, gen_locals_table);

static const map_elem_t coro_locals_table[] = {
    {ROM_QSTR(Q_send), ROM_PTR(&gen_send_obj)},
    {ROM_QSTR(Q_throw), ROM_PTR(&gen_throw_obj)},
    {ROM_QSTR(Q_close), ROM_PTR(&gen_close_obj)},
    {ROM_QSTR(Q___await__), ROM_PTR(&coro_await_obj)},
};
static MAP_ROM(coro_locals, coro_locals_table);

const type_t type_generator = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF | TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_generator,
    .print = gen_print,
    .getiter = obj_getiter_self,
    .iternext = gen_iternext,
    .attr = gen_attr,
    .locals = &gen_locals,
};

const type_t type_coroutine = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_coroutine,
    .print = gen_print,
    .attr = gen_attr,
    .locals = &coro_locals,
};

const type_t type_async_generator = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_async_generator,
    .print = gen_print,
    .attr = gen_attr,
};

obj_t gen_get_awaitable(obj_t o)
{
    if (obj_is_type(o, &type_coroutine))
        return o;
    if (obj_is_type(o, &type_generator))
        return o; /* generator-based coroutines */
    obj_t dest[2];
    load_method_maybe(o, Q___await__, dest);
    if (dest[0] == OBJ_NULL)
        raise_fmt(&type_TypeError, "object %T can't be used in 'await' expression", o);
    obj_t it = call_method(0, 0, dest);
    if (obj_is_type(it, &type_coroutine))
        raise_msg(&type_TypeError, "__await__() returned a coroutine");
    return it;
}

obj_t gen_get_aiter(obj_t o)
{
    obj_t dest[2];
    load_method_maybe(o, Q___aiter__, dest);
    if (dest[0] == OBJ_NULL)
        raise_fmt(&type_TypeError, "'async for' requires an object with __aiter__ method, got %T", o);
    return call_method(0, 0, dest);
}

obj_t gen_get_anext(obj_t o)
{
    obj_t dest[2];
    load_method_maybe(o, Q___anext__, dest);
    if (dest[0] == OBJ_NULL)
        raise_fmt(&type_TypeError, "'async for' requires an iterator with __anext__ method, got %T", o);
    return gen_get_awaitable(call_method(0, 0, dest));
}
