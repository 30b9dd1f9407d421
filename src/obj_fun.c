/*
 * Function objects: Python functions (with argument binding), C builtins,
 * bound methods and closure cells.
 */
#include "obj_fun.h"

#include <string.h>

#include "map.h"
#include "mem.h"
#include "obj_dict.h"
#include "obj_gen.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "port.h"
#include "runtime.h"

obj_t fun_new(const code_t *code, obj_t defaults, obj_t kwdefaults, obj_t closure, obj_dict_t *globals)
{
    obj_fun_t *f = mem_alloc(sizeof(obj_fun_t));
    f->base.type = &type_function;
    f->code = code;
    f->globals = globals;
    f->defaults = defaults;
    f->kwdefaults = kwdefaults;
    f->closure = closure;
    f->name = code->name;
    return f;
}

static obj_t fun_get(size_t n, const obj_t *args)
{
    obj_t fun = args[0], inst = args[1];
    (void)n;
    if (inst == OBJ_NONE)
        return fun;
    return bound_method_new(fun, inst);
}
static BUILTIN_FUN_VAR(fun_get_obj, Q___get__, 2, 3, fun_get);

/* f.__get__ bound to f */
static obj_t slotwrap_fun_get(obj_t f)
{
    return bound_method_new((obj_t)&fun_get_obj, f);
}

void obj_fun_set_globals(obj_t fun, obj_dict_t *globals)
{
    ((obj_fun_t *)fun)->globals = globals;
}

static const char *fname(const obj_fun_t *fun)
{
    return qstr_str(fun->code->qualname ? fun->code->qualname : fun->name);
}

static _Noreturn void missing_args(const obj_fun_t *fun, frame_t *f, size_t from, size_t to, bool kwonly)
{
    const code_t *code = fun->code;
    size_t n_missing = 0;
    for (size_t i = from; i < to; i++)
        if (f->slots[i] == OBJ_NULL)
            n_missing++;
    vstr_t v;
    vstr_init(&v, 64);
    size_t k = 0;
    for (size_t i = from; i < to; i++) {
        if (f->slots[i] != OBJ_NULL)
            continue;
        if (k > 0)
            vstr_add_str(&v, n_missing == 2 ? " and " : (k + 1 == n_missing ? ", and " : ", "));
        vstr_add_char(&v, '\'');
        vstr_add_str(&v, qstr_str(code->slot_names[i]));
        vstr_add_char(&v, '\'');
        k++;
    }
    vstr_add_char(&v, '\0');
    raise_fmt(&type_TypeError, "%s() missing %u required %s argument%s: %s", fname(fun), (unsigned)n_missing,
              kwonly ? "keyword-only" : "positional", n_missing == 1 ? "" : "s", v.buf);
}

static _Noreturn void too_many_positional(const obj_fun_t *fun, size_t given, size_t n_kw_given)
{
    const code_t *code = fun->code;
    size_t n_def = fun->defaults ? ((obj_tuple_t *)fun->defaults)->len : 0;
    size_t max = code->n_posargs, min = max - n_def;
    const char *plural = max == 1 ? "" : "s";
    if (n_def)
        raise_fmt(&type_TypeError, "%s() takes from %u to %u positional arguments but %u %s given%s", fname(fun),
                  (unsigned)min, (unsigned)max, (unsigned)given, given == 1 ? "was" : "were",
                  n_kw_given ? " (and keyword-only arguments)" : "");
    if (n_kw_given)
        raise_fmt(&type_TypeError, "%s() takes %u positional argument%s but %u positional argument%s (and %u keyword-only argument%s) were given",
                  fname(fun), (unsigned)max, plural, (unsigned)given, given == 1 ? "" : "s", (unsigned)n_kw_given,
                  n_kw_given == 1 ? "" : "s");
    raise_fmt(&type_TypeError, "%s() takes %u positional argument%s but %u %s given", fname(fun), (unsigned)max,
              plural, (unsigned)given, given == 1 ? "was" : "were");
}

/* Raises CPython's error naming every positional-only parameter that was
 * passed by keyword, if there is one. */
static void posonly_as_keyword(const obj_fun_t *fun, size_t n_args, size_t n_kw, const obj_t *args)
{
    const code_t *code = fun->code;
    vstr_t v;
    vstr_init(&v, 32);
    for (size_t j = 0; j < code->n_posonly; j++)
        for (size_t i = 0; i < n_kw; i++)
            if (str_get_qstr(args[n_args + 2 * i]) == code->slot_names[j]) {
                if (v.len)
                    vstr_add_str(&v, ", ");
                vstr_add_str(&v, qstr_str(code->slot_names[j]));
            }
    if (v.len == 0)
        return;
    vstr_add_char(&v, '\0');
    raise_fmt(&type_TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
              fname(fun), v.buf);
}

static size_t slot_of_keyword(const code_t *code, qstr name, size_t n_named)
{
    for (size_t i = code->n_posonly; i < n_named; i++)
        if (code->slot_names[i] == name)
            return i;
    return SIZE_MAX;
}

void fun_bind_args(obj_fun_t *fun, frame_t *f, size_t n_args, size_t n_kw, const obj_t *args)
{
    const code_t *code = fun->code;
    size_t n_pos = code->n_posargs, n_named = n_pos + code->n_kwonly;
    obj_t *slots = f->slots;
    bool varargs = (code->flags & CODE_VARARGS) != 0, varkw = (code->flags & CODE_VARKW) != 0;

    if (n_kw == 0 && n_args == n_pos && !varargs && !varkw && code->n_kwonly == 0) {
        if (n_args)
            memcpy(slots, args, n_args * sizeof(obj_t));
    } else {
        size_t n_copy = n_args < n_pos ? n_args : n_pos;
        if (n_copy)
            memcpy(slots, args, n_copy * sizeof(obj_t));
        size_t vslot = n_named, kwslot = n_named + varargs;
        if (n_args > n_pos) {
            if (!varargs) {
                size_t kw_given = 0;
                for (size_t i = 0; i < n_kw; i++)
                    if (slot_of_keyword(code, str_get_qstr(args[n_args + 2 * i]), n_named) >= n_pos)
                        kw_given++;
                too_many_positional(fun, n_args, kw_given);
            }
            slots[vslot] = obj_new_tuple(n_args - n_pos, args + n_pos);
        } else if (varargs) {
            slots[vslot] = obj_new_tuple(0, NULL);
        }
        obj_t kwdict = OBJ_NULL;
        if (varkw)
            slots[kwslot] = kwdict = obj_new_dict(n_kw);
        for (size_t i = 0; i < n_kw; i++) {
            obj_t key = args[n_args + 2 * i], val = args[n_args + 2 * i + 1];
            qstr kq = str_get_qstr(key);
            size_t s = slot_of_keyword(code, kq, n_named);
            if (s == SIZE_MAX) {
                if (!kwdict) {
                    posonly_as_keyword(fun, n_args, n_kw, args);
                    raise_fmt(&type_TypeError, "%s() got an unexpected keyword argument '%q'", fname(fun), kq);
                }
                if (map_lookup(dict_get_map(kwdict), key, MAP_LOOKUP))
                    raise_fmt(&type_TypeError, "%s() got multiple values for keyword argument '%q'", fname(fun), kq);
                dict_store(kwdict, key, val);
                continue;
            }
            if (slots[s] != OBJ_NULL)
                raise_fmt(&type_TypeError, "%s() got multiple values for argument '%q'", fname(fun), kq);
            slots[s] = val;
        }
        /* defaults fill the trailing positional parameters */
        if (n_args < n_pos) {
            size_t n_def = 0;
            obj_t *defs = NULL;
            if (fun->defaults) {
                n_def = ((obj_tuple_t *)fun->defaults)->len;
                defs = ((obj_tuple_t *)fun->defaults)->items;
            }
            for (size_t i = n_pos - n_def; i < n_pos; i++)
                if (slots[i] == OBJ_NULL)
                    slots[i] = defs[i - (n_pos - n_def)];
            for (size_t i = 0; i < n_pos; i++)
                if (slots[i] == OBJ_NULL)
                    missing_args(fun, f, 0, n_pos, false);
        }
        for (size_t i = n_pos; i < n_named; i++) {
            if (slots[i] != OBJ_NULL)
                continue;
            map_elem_t *e = NULL;
            if (fun->kwdefaults)
                e = map_lookup_qstr(dict_get_map(fun->kwdefaults), code->slot_names[i]);
            if (e)
                slots[i] = e->value;
        }
        for (size_t i = n_pos; i < n_named; i++)
            if (slots[i] == OBJ_NULL)
                missing_args(fun, f, n_pos, n_named, true);
    }
    for (size_t i = 0; i < code->n_cells; i++) {
        uint16_t s = code->cell_slots[i];
        slots[s] = obj_new_cell(slots[s]);
    }
    if (code->n_free) {
        obj_tuple_t *cl = fun->closure;
        memcpy(slots + code->n_slots - code->n_free, cl->items, code->n_free * sizeof(obj_t));
    }
}

static void frame_init(frame_t *f, obj_fun_t *fun)
{
    const code_t *code = fun->code;
    memset(f, 0, vm_frame_size(code));
    f->code = code;
    f->fun = fun;
    f->globals = fun->globals;
}

static obj_t fun_call(obj_t self, size_t n_args, size_t n_kw, const obj_t *args)
{
    obj_fun_t *fun = self;
    const code_t *code = fun->code;
    if (code->flags & (CODE_GENERATOR | CODE_COROUTINE | CODE_ASYNC_GENERATOR)) {
        frame_t *f = mem_alloc(vm_frame_size(code));
        frame_init(f, fun);
        fun_bind_args(fun, f, n_args, n_kw, args);
        return gen_new(f);
    }
    runtime_check_stack();
    if (port_interrupt_pending)
        runtime_check_interrupt();
    if (++vm.depth > vm.recursion_limit) {
        vm.depth--;
        raise_recursion_error();
    }
    /* the frame lives on the C stack; it is scanned conservatively */
    uintptr_t mem[(vm_frame_size(code) + sizeof(uintptr_t) - 1) / sizeof(uintptr_t)];
    frame_t *f = (frame_t *)mem;
    frame_init(f, fun);
    fun_bind_args(fun, f, n_args, n_kw, args);
    vm_status_t st;
    obj_t r = vm_run(f, OBJ_NULL, OBJ_NULL, &st);
    vm.depth--;
    return r;
}

obj_t fun_call_with_locals(obj_t self, obj_dict_t *locals)
{
    obj_fun_t *fun = self;
    const code_t *code = fun->code;
    runtime_check_stack();
    uintptr_t mem[(vm_frame_size(code) + sizeof(uintptr_t) - 1) / sizeof(uintptr_t)];
    frame_t *f = (frame_t *)mem;
    frame_init(f, fun);
    f->locals = locals;
    fun_bind_args(fun, f, 0, 0, obj_no_args);
    vm_status_t st;
    return vm_run(f, OBJ_NULL, OBJ_NULL, &st);
}

static void fun_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    obj_fun_t *f = o;
    print_fmt(p, "<function %q at 0x%x>", f->name, (unsigned)(uintptr_t)o);
}

static void fun_attr(obj_t self, qstr attr, obj_t *dest)
{
    obj_fun_t *f = self;
    if (dest[0] == OBJ_NULL) {
        switch (attr) {
        case Q___name__:
            dest[0] = obj_new_qstr(f->name);
            return;
        case Q___qualname__:
            dest[0] = obj_new_qstr(f->code->qualname ? f->code->qualname : f->name);
            return;
        case Q___module__: {
            map_elem_t *e = f->globals ? map_lookup_qstr(&f->globals->map, Q___name__) : NULL;
            dest[0] = e ? e->value : OBJ_NONE;
            return;
        }
        case Q___doc__:
            dest[0] = f->code->doc ? f->code->doc : OBJ_NONE;
            return;
        case Q___get__:
            dest[0] = slotwrap_fun_get(self);
            return;
        case Q___annotations__:
            if (!f->dict)
                f->dict = obj_new_dict(0);
            if (!map_lookup_qstr(&f->dict->map, Q___annotations__))
                map_store_qstr(&f->dict->map, Q___annotations__, obj_new_dict(0));
            dest[0] = map_get_qstr(&f->dict->map, Q___annotations__);
            return;
        case Q___defaults__:
            dest[0] = f->defaults ? f->defaults : OBJ_NONE;
            return;
        case Q___kwdefaults__:
            dest[0] = f->kwdefaults ? f->kwdefaults : OBJ_NONE;
            return;
        case Q___globals__:
            dest[0] = f->globals;
            return;
        case Q___dict__:
            if (!f->dict)
                f->dict = obj_new_dict(0);
            dest[0] = f->dict;
            return;
        default:
            if (f->dict) {
                map_elem_t *e = map_lookup_qstr(&f->dict->map, attr);
                if (e)
                    dest[0] = e->value;
            }
            return;
        }
    }
    if (attr == Q___name__ || attr == Q___qualname__) {
        if (!obj_is_str(dest[1]))
            raise_fmt(&type_TypeError, "__name__ must be set to a string object");
        f->name = str_get_qstr(dest[1]);
        dest[0] = OBJ_NULL;
        return;
    }
    if (attr == Q___defaults__ || attr == Q___kwdefaults__) {
        obj_t v = dest[1];
        if (v == OBJ_NULL || v == OBJ_NONE)
            v = OBJ_NULL;
        else if (attr == Q___defaults__ && !obj_is_type(v, &type_tuple))
            raise_msg(&type_TypeError, "__defaults__ must be set to a tuple object");
        else if (attr == Q___kwdefaults__ && !obj_is_type(v, &type_dict))
            raise_msg(&type_TypeError, "__kwdefaults__ must be set to a dict object");
        if (attr == Q___defaults__)
            f->defaults = v;
        else
            f->kwdefaults = v;
        dest[0] = OBJ_NULL;
        return;
    }
    if (!f->dict)
        f->dict = obj_new_dict(0);
    if (dest[1] == OBJ_NULL) {
        if (!map_lookup(&f->dict->map, obj_new_qstr(attr), MAP_REMOVE))
            return;
    } else {
        map_store_qstr(&f->dict->map, attr, dest[1]);
    }
    dest[0] = OBJ_NULL;
}

const type_t type_function = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_function,
    .print = fun_print,
    .call = fun_call,
    .attr = fun_attr,
};

const type_t type_closure = {
    .base = {&type_type},
    .name = Q_function,
    .print = fun_print,
    .call = fun_call,
    .attr = fun_attr,
};

/* ---- C builtins ---- */

static obj_t builtin_call(obj_t self, size_t n_args, size_t n_kw, const obj_t *args)
{
    const obj_builtin_t *b = self;
    if (b->kind == BUILTIN_KW) {
        if (n_args < b->n_min)
            raise_fmt(&type_TypeError, "%q() takes at least %u positional argument%s (%u given)", b->name,
                      (unsigned)b->n_min, b->n_min == 1 ? "" : "s", (unsigned)n_args);
        if (n_kw == 0)
            return b->fun.kw(n_args, args, NULL);
        map_t kw;
        map_init(&kw, n_kw);
        for (size_t i = 0; i < n_kw; i++)
            map_store(&kw, str_intern(args[n_args + 2 * i]), args[n_args + 2 * i + 1]);
        return b->fun.kw(n_args, args, &kw);
    }
    if (n_kw)
        raise_fmt(&type_TypeError, "%q() takes no keyword arguments", b->name);
    if (n_args < b->n_min || n_args > b->n_max) {
        if (b->n_min == b->n_max)
            raise_fmt(&type_TypeError, b->n_min == 0 ? "%q() takes no arguments (%u given)"
                                       : b->n_min == 1 ? "%q() takes exactly one argument (%u given)"
                                                       : "%q() takes exactly %u arguments (%u given)",
                      b->name, b->n_min == 1 || b->n_min == 0 ? (unsigned)n_args : (unsigned)b->n_min, (unsigned)n_args);
        if (n_args < b->n_min)
            raise_fmt(&type_TypeError, "%q expected at least %u argument%s, got %u", b->name, (unsigned)b->n_min,
                      b->n_min == 1 ? "" : "s", (unsigned)n_args);
        raise_fmt(&type_TypeError, "%q expected at most %u argument%s, got %u", b->name, (unsigned)b->n_max,
                  b->n_max == 1 ? "" : "s", (unsigned)n_args);
    }
    if (b->kind == BUILTIN_VAR)
        return b->fun.var(n_args, args);
    switch (n_args) {
    case 0:
        return b->fun.f0();
    case 1:
        return b->fun.f1(args[0]);
    case 2:
        return b->fun.f2(args[0], args[1]);
    default:
        return b->fun.f3(args[0], args[1], args[2]);
    }
}

static void builtin_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    const obj_builtin_t *b = o;
    print_fmt(p, "<built-in function %q>", b->name);
}

static void builtin_attr(obj_t self, qstr attr, obj_t *dest)
{
    const obj_builtin_t *b = self;
    if (dest[0] == OBJ_NULL && (attr == Q___name__ || attr == Q___qualname__))
        dest[0] = obj_new_qstr(b->name);
}

const type_t type_builtin = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_builtin_function_or_method,
    .print = builtin_print,
    .call = builtin_call,
    .attr = builtin_attr,
};

/* ---- bound methods ---- */

obj_t bound_method_new(obj_t fun, obj_t self)
{
    obj_bound_method_t *m = mem_alloc(sizeof(obj_bound_method_t));
    m->base.type = &type_bound_method;
    m->fun = fun;
    m->self = self;
    return m;
}

static obj_t bound_method_call(obj_t self, size_t n_args, size_t n_kw, const obj_t *args)
{
    obj_bound_method_t *m = self;
    size_t n = n_args + 2 * n_kw;
    obj_t small[8];
    obj_t *buf = n + 1 <= 8 ? small : mem_alloc((n + 1) * sizeof(obj_t));
    buf[0] = m->self;
    if (n)
        memcpy(buf + 1, args, n * sizeof(obj_t));
    obj_t r = call(m->fun, n_args + 1, n_kw, buf);
    return r;
}

static void bound_method_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    obj_bound_method_t *m = o;
    obj_t name = load_attr_maybe(m->fun, Q___name__);
    print_fmt(p, "<bound method %S of %r>", name ? name : obj_new_qstr(Q__unknown_), m->self);
}

static void bound_method_attr(obj_t self, qstr attr, obj_t *dest)
{
    obj_bound_method_t *m = self;
    if (dest[0] != OBJ_NULL)
        return;
    if (attr == Q___self__)
        dest[0] = m->self;
    else if (attr == Q___func__)
        dest[0] = m->fun;
    else
        dest[0] = load_attr_maybe(m->fun, attr);
}

static obj_t bound_method_binary_op(binary_op_t op, obj_t lhs, obj_t rhs)
{
    if (op != BOP_EQ || !obj_is_type(rhs, &type_bound_method))
        return OBJ_NULL;
    obj_bound_method_t *a = lhs, *b = rhs;
    return obj_new_bool(a->self == b->self && obj_equal(a->fun, b->fun));
}

const type_t type_bound_method = {
    .base = {&type_type},
    .name = Q_method,
    .print = bound_method_print,
    .call = bound_method_call,
    .attr = bound_method_attr,
    .binary_op = bound_method_binary_op,
};

/* ---- cells ---- */

obj_t obj_new_cell(obj_t value)
{
    obj_cell_t *c = mem_alloc(sizeof(obj_cell_t));
    c->base.type = &type_cell;
    c->value = value;
    return c;
}

static void cell_attr(obj_t self, qstr attr, obj_t *dest)
{
    obj_cell_t *c = self;
    if (dest[0] == OBJ_NULL && attr == Q_cell_contents) {
        if (c->value == OBJ_NULL)
            raise_msg(&type_ValueError, "Cell is empty");
        dest[0] = c->value;
    }
}

const type_t type_cell = {
    .base = {&type_type},
    .name = Q_cell,
    .attr = cell_attr,
};

QSTR_SPECIAL(Q__unknown_, "?");
