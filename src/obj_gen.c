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
    return g->base.type == &type_coroutine ? "coroutine"
         : g->base.type == &type_async_generator ? "async generator"
                                                 : "generator";
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
        bool stop_async = exception_is(exc, &type_StopAsyncIteration) && gv->base.type == &type_async_generator;
        if (exception_is(exc, &type_StopIteration) || stop_async) {
            bool is_async = stop_async;
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
            /* an iternext that ends with a value records it in last_return */
            last_return = OBJ_NONE;
            return t->iternext(gen);
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

/* ---- async generators ----
 * An async generator's frame yields two kinds of values: its own yields
 * (wrapped by the VM) and whatever its awaits pass up to the event loop.
 * The awaitables returned by __anext__/asend/athrow/aclose resume the
 * frame and turn a wrapped yield into StopIteration(value), the end of that
 * await, while passing other values through. */

typedef struct agen_wrapped {
    obj_base_t base;
    obj_t value;
} agen_wrapped_t;

static const type_t type_agen_wrapped = {
    .base = {&type_type},
    .name = Q_async_generator_wrapped_value,
};

obj_t async_gen_wrap(obj_t v)
{
    agen_wrapped_t *w = mem_alloc(sizeof(agen_wrapped_t));
    w->base.type = &type_agen_wrapped;
    w->value = v;
    return w;
}

enum { AW_INIT, AW_RUNNING, AW_DONE };
enum { AW_SEND, AW_THROW, AW_CLOSE };

typedef struct obj_agen_await {
    obj_base_t base;
    obj_gen_t *gen;
    obj_t value;          /* AW_SEND: value to send; AW_THROW: exception */
    uint8_t kind;
    uint8_t state;
} obj_agen_await_t;

extern const type_t type_agen_await;

static obj_t agen_await_new(obj_gen_t *g, int kind, obj_t value)
{
    obj_agen_await_t *a = mem_alloc(sizeof(obj_agen_await_t));
    a->base.type = &type_agen_await;
    a->gen = g;
    a->kind = (uint8_t)kind;
    a->value = value;
    return a;
}

/* What the frame produced, seen from the await. */
static obj_t agen_result(obj_agen_await_t *a, obj_t r)
{
    if (r == OBJ_STOP_ITERATION) {
        a->state = AW_DONE;
        if (a->kind == AW_CLOSE)
            raise_stop_iteration(OBJ_NULL);
        raise_obj(exception_new(&type_StopAsyncIteration, 0, NULL));
    }
    if (obj_is_type(r, &type_agen_wrapped)) {
        a->state = AW_DONE;
        if (a->kind == AW_CLOSE)
            raise_msg(&type_RuntimeError, "async generator ignored GeneratorExit");
        raise_stop_iteration(((agen_wrapped_t *)r)->value);
    }
    return r;
}

static obj_t agen_await_step(obj_agen_await_t *a, obj_t send_arg, obj_t throw_arg)
{
    /* modified below and read after a possible longjmp */
    obj_t volatile send = send_arg, throw_exc = throw_arg;
    if (a->state == AW_DONE)
        raise_msg(&type_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    if (a->state == AW_INIT) {
        a->state = AW_RUNNING;
        if (a->kind == AW_SEND && !throw_exc) {
            send = a->value;
        } else if (!throw_exc) {
            throw_exc = a->kind == AW_CLOSE ? exception_new(&type_GeneratorExit, 0, NULL) : a->value;
        }
    }
    if (a->kind == AW_CLOSE && a->gen->finished) {
        a->state = AW_DONE;
        raise_stop_iteration(OBJ_NULL);
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t r = throw_exc ? resume(a->gen, OBJ_NULL, throw_exc) : resume(a->gen, send, OBJ_NULL);
        nlr_pop();
        return agen_result(a, r);
    }
    obj_agen_await_t *volatile av = a;
    obj_t exc = nlr.value;
    if (av->kind == AW_CLOSE &&
        (exception_is(exc, &type_GeneratorExit) || exception_is(exc, &type_StopAsyncIteration))) {
        av->state = AW_DONE;
        raise_stop_iteration(OBJ_NULL);
    }
    if (!exception_is(exc, &type_StopIteration))
        av->state = AW_DONE;
    raise_obj(exc);
}

static obj_t agen_await_iternext(obj_t self)
{
    obj_agen_await_t *a = self;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t r = agen_await_step(a, OBJ_NONE, OBJ_NULL);
        nlr_pop();
        return r;
    }
    if (exception_is(nlr.value, &type_StopIteration)) {
        last_return = exception_get_value(nlr.value);
        return OBJ_STOP_ITERATION;
    }
    raise_obj(nlr.value);
}

static obj_t agen_await_send(obj_t self, obj_t v)
{
    return agen_await_step(self, v, OBJ_NULL);
}
static BUILTIN_FUN_2(agen_await_send_obj, Q_send, agen_await_send);

static obj_t agen_await_throw(size_t n, const obj_t *args)
{
    obj_t exc = args[1];
    if (n == 3 && args[2] != OBJ_NONE)
        exc = call1(args[1], args[2]);
    return agen_await_step(args[0], OBJ_NULL, exception_make(exc));
}
static BUILTIN_FUN_VAR(agen_await_throw_obj, Q_throw, 2, 4, agen_await_throw);

static obj_t agen_await_close(obj_t self)
{
    ((obj_agen_await_t *)self)->state = AW_DONE;
    return OBJ_NONE;
}
static BUILTIN_FUN_1(agen_await_close_obj, Q_close, agen_await_close);

static const map_elem_t agen_await_locals_table[] = {
    {ROM_QSTR(Q_send), ROM_PTR(&agen_await_send_obj)},
    {ROM_QSTR(Q_throw), ROM_PTR(&agen_await_throw_obj)},
    {ROM_QSTR(Q_close), ROM_PTR(&agen_await_close_obj)},
    {ROM_QSTR(Q___await__), ROM_PTR(&coro_await_obj)},
};
static MAP_ROM(agen_await_locals, agen_await_locals_table);

const type_t type_agen_await = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .name = Q_async_generator_asend,
    .getiter = obj_getiter_self,
    .iternext = agen_await_iternext,
    .locals = &agen_await_locals,
};

static obj_t agen_aiter(obj_t self)
{
    return self;
}
static BUILTIN_FUN_1(agen_aiter_obj, Q___aiter__, agen_aiter);

static obj_t agen_anext(obj_t self)
{
    return agen_await_new(self, AW_SEND, OBJ_NONE);
}
static BUILTIN_FUN_1(agen_anext_obj, Q___anext__, agen_anext);

static obj_t agen_asend(obj_t self, obj_t v)
{
    return agen_await_new(self, AW_SEND, v);
}
static BUILTIN_FUN_2(agen_asend_obj, Q_asend, agen_asend);

static obj_t agen_athrow(size_t n, const obj_t *args)
{
    obj_t exc = args[1];
    if (n == 3 && args[2] != OBJ_NONE)
        exc = call1(args[1], args[2]);
    return agen_await_new(args[0], AW_THROW, exception_make(exc));
}
static BUILTIN_FUN_VAR(agen_athrow_obj, Q_athrow, 2, 4, agen_athrow);

static obj_t agen_aclose(obj_t self)
{
    return agen_await_new(self, AW_CLOSE, OBJ_NULL);
}
static BUILTIN_FUN_1(agen_aclose_obj, Q_aclose, agen_aclose);

static const map_elem_t agen_locals_table[] = {
    {ROM_QSTR(Q___aiter__), ROM_PTR(&agen_aiter_obj)},
    {ROM_QSTR(Q___anext__), ROM_PTR(&agen_anext_obj)},
    {ROM_QSTR(Q_asend), ROM_PTR(&agen_asend_obj)},
    {ROM_QSTR(Q_athrow), ROM_PTR(&agen_athrow_obj)},
    {ROM_QSTR(Q_aclose), ROM_PTR(&agen_aclose_obj)},
};
static MAP_ROM(agen_locals, agen_locals_table);

const type_t type_async_generator = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_async_generator,
    .print = gen_print,
    .attr = gen_attr,
    .locals = &agen_locals,
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
    if (obj_get_type(it)->iternext == NULL)
        raise_fmt(&type_TypeError, "__await__() returned non-iterator of type '%s'", obj_type_name(it));
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
