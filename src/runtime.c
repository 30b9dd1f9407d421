/*
 * The runtime hub: calls, attribute access, operator dispatch, iteration
 * and name lookup. Type-specific behaviour lives in the type slots; this
 * file applies Python's protocol rules around them (reflected operators,
 * descriptors, the MRO, the error messages).
 */
#include "runtime.h"

#include <string.h>

#include "map.h"
#include "mem.h"
#include "obj_dict.h"
#include "obj_fun.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "gc.h"
#include "mpz.h"
#include "port.h"

vm_state_t vm;

/* Items of a tuple or list (call_ex and unpacking accept either). */
static void obj_tuple_get_any(obj_t o, size_t *len, obj_t **items)
{
    if (obj_is_type(o, &type_list))
        obj_list_get(o, len, items);
    else
        obj_tuple_get(o, len, items);
}

/* ---- calls ---- */

obj_t call(obj_t fun, size_t n_args, size_t n_kw, const obj_t *args)
{
    const type_t *t = obj_get_type(fun);
    if (t->call == NULL)
        raise_fmt(&type_TypeError, "'%T' object is not callable", fun);
    return t->call(fun, n_args, n_kw, args);
}

obj_t call0(obj_t fun)
{
    return call(fun, 0, 0, obj_no_args);
}

obj_t call1(obj_t fun, obj_t a)
{
    return call(fun, 1, 0, &a);
}

obj_t call2(obj_t fun, obj_t a, obj_t b)
{
    obj_t args[2] = {a, b};
    return call(fun, 2, 0, args);
}

obj_t call3(obj_t fun, obj_t a, obj_t b, obj_t c)
{
    obj_t args[3] = {a, b, c};
    return call(fun, 3, 0, args);
}

obj_t call_method(size_t n_args, size_t n_kw, obj_t *dest)
{
    if (dest[1] == OBJ_NULL)
        return call(dest[0], n_args, n_kw, dest + 2);
    return call(dest[0], n_args + 1, n_kw, dest + 1);
}

obj_t call_ex(obj_t fun, obj_t args_seq, obj_t kwargs)
{
    size_t n_args;
    obj_t *items;
    if (!obj_is_type(args_seq, &type_tuple) && !obj_is_type(args_seq, &type_list)) {
        if (obj_get_type(args_seq)->getiter == NULL)
            raise_fmt(&type_TypeError, "%S argument after * must be an iterable, not %T", load_attr(fun, Q___name__),
                      args_seq);
        args_seq = obj_tuple_from_iter(args_seq);
    }
    obj_tuple_get_any(args_seq, &n_args, &items);
    size_t n_kw = 0;
    map_t *m = NULL;
    if (kwargs != OBJ_NULL) {
        if (!obj_is_type(kwargs, &type_dict)) {
            obj_t d = obj_new_dict(0);
            dict_update_from(d, kwargs);
            kwargs = d;
        }
        m = dict_get_map(kwargs);
        n_kw = m->used;
    }
    obj_t *buf = mem_alloc((n_args + 2 * n_kw + 1) * sizeof(obj_t));
    if (n_args)
        memcpy(buf, items, n_args * sizeof(obj_t));
    if (m) {
        size_t pos = 0, k = n_args;
        map_elem_t *e;
        while ((e = map_next(m, &pos)) != NULL) {
            if (!obj_is_str(e->key))
                raise_msg(&type_TypeError, "keywords must be strings");
            buf[k++] = e->key;
            buf[k++] = e->value;
        }
    }
    obj_t r = call(fun, n_args, n_kw, buf);
    return r;
}

void arg_check_num(size_t n_args, size_t n_kw, size_t n_min, size_t n_max, bool takes_kw)
{
    if (n_kw && !takes_kw)
        raise_msg(&type_TypeError, "function doesn't take keyword arguments");
    if (n_args < n_min)
        raise_fmt(&type_TypeError, "function missing %u required positional arguments", (unsigned)(n_min - n_args));
    if (n_args > n_max)
        raise_fmt(&type_TypeError, "function expected at most %u arguments, got %u", (unsigned)n_max, (unsigned)n_args);
}

void arg_parse(const char *fname, size_t n_args, const obj_t *args, map_t *kw, size_t n_spec,
               const arg_spec_t *spec, obj_t *out)
{
    size_t n_pos = 0;
    while (n_pos < n_spec && !(spec[n_pos].flags & ARG_KW_ONLY))
        n_pos++;
    if (n_args > n_pos)
        raise_fmt(&type_TypeError, "%s() takes at most %u positional argument%s (%u given)", fname, (unsigned)n_pos,
                  n_pos == 1 ? "" : "s", (unsigned)n_args);
    size_t used_kw = 0;
    for (size_t i = 0; i < n_spec; i++) {
        obj_t v = OBJ_NULL;
        if (i < n_args)
            v = args[i];
        if (kw) {
            map_elem_t *e = map_lookup_qstr(kw, spec[i].name);
            if (e) {
                if (v != OBJ_NULL)
                    raise_fmt(&type_TypeError, "argument for %s() given by name ('%q') and position (%u)", fname,
                              spec[i].name, (unsigned)(i + 1));
                v = e->value;
                used_kw++;
            }
        }
        if (v == OBJ_NULL) {
            if (spec[i].flags & ARG_REQUIRED)
                raise_fmt(&type_TypeError, "%s() missing required argument '%q' (pos %u)", fname, spec[i].name,
                          (unsigned)(i + 1));
            v = spec[i].def;
        }
        out[i] = v;
    }
    if (kw && used_kw < kw->used) {
        size_t pos = 0;
        map_elem_t *e;
        while ((e = map_next(kw, &pos)) != NULL) {
            qstr q = str_get_qstr(e->key);
            bool known = false;
            for (size_t i = 0; i < n_spec; i++)
                known |= spec[i].name == q;
            if (!known)
                raise_fmt(&type_TypeError, "%s() got an unexpected keyword argument '%q'", fname, q);
        }
    }
}

void arg_parse_all(const char *fname, size_t n_args, size_t n_kw, const obj_t *args, size_t n_spec,
                   const arg_spec_t *spec, obj_t *out)
{
    map_t kw;
    map_init(&kw, n_kw);
    for (size_t i = 0; i < n_kw; i++)
        map_store(&kw, str_intern(args[n_args + 2 * i]), args[n_args + 2 * i + 1]);
    arg_parse(fname, n_args, args, n_kw ? &kw : NULL, n_spec, spec, out);
}

/* ---- attributes ---- */

void attr_bind(obj_t self, const type_t *type, obj_t member, obj_t *dest)
{
    dest[1] = OBJ_NULL;
    if (obj_is_small_int(member) || obj_is_qstr(member)) {
        dest[0] = member;
        return;
    }
    const type_t *mt = obj_get_type(member);
    if (mt == &type_function || mt == &type_builtin || mt == &type_closure) {
        dest[0] = member;
        dest[1] = self;
    } else if (mt == &type_staticmethod) {
        dest[0] = ((obj_wrapper_t *)member)->fun;
    } else if (mt == &type_classmethod) {
        dest[0] = ((obj_wrapper_t *)member)->fun;
        dest[1] = (obj_t)type;
    } else if (mt == &type_property) {
        obj_property_t *p = member;
        if (p->fget == OBJ_NULL || p->fget == OBJ_NONE)
            raise_msg(&type_AttributeError, "unreadable attribute");
        dest[0] = call1(p->fget, self);
    } else if ((mt->flags & TYPE_FLAG_USER) && (mt->flags & TYPE_FLAG_HAS_DESCRIPTORS)) {
        obj_t get = type_lookup(mt, Q___get__);
        if (get) {
            obj_t args[3] = {member, self, (obj_t)type};
            dest[0] = call(get, 3, 0, args);
        } else {
            dest[0] = member;
        }
    } else {
        dest[0] = member;
    }
}

void load_method_maybe(obj_t o, qstr attr, obj_t *dest)
{
    dest[0] = OBJ_NULL;
    dest[1] = OBJ_NULL;
    const type_t *t = obj_get_type(o);
    if (t->attr && !(t->flags & TYPE_FLAG_USER)) {
        t->attr(o, attr, dest);
        if (dest[0] != OBJ_NULL)
            return;
    } else if (t->flags & TYPE_FLAG_USER) {
        t->attr(o, attr, dest);
        return;
    }
    const type_t *owner = NULL;
    obj_t member = type_lookup_owner(t, attr, &owner);
    if (member != OBJ_NULL) {
        /* a built-in type's slot beats object's generic dunder: [1].__eq__ */
        if (owner == &type_object && t != &type_object) {
            dest[0] = slotwrap_lookup(t, attr, o);
            if (dest[0] != OBJ_NULL)
                return;
        }
        attr_bind(o, t, member, dest);
        return;
    }
    if (attr == Q___class__) {
        dest[0] = (obj_t)t;
        return;
    }
    dest[0] = slotwrap_lookup(t, attr, o);
}

void load_method(obj_t o, qstr attr, obj_t *dest)
{
    load_method_maybe(o, attr, dest);
    if (dest[0] == OBJ_NULL)
        raise_attribute_error(o, attr);
}

obj_t load_attr_maybe(obj_t o, qstr attr)
{
    obj_t dest[2];
    load_method_maybe(o, attr, dest);
    if (dest[0] == OBJ_NULL)
        return OBJ_NULL;
    if (dest[1] != OBJ_NULL)
        return bound_method_new(dest[0], dest[1]);
    return dest[0];
}

obj_t load_attr(obj_t o, qstr attr)
{
    obj_t v = load_attr_maybe(o, attr);
    if (v == OBJ_NULL)
        raise_attribute_error(o, attr);
    return v;
}

void store_attr(obj_t o, qstr attr, obj_t value)
{
    const type_t *t = obj_get_type(o);
    if (t->attr) {
        obj_t dest[2] = {OBJ_SENTINEL, value};
        t->attr(o, attr, dest);
        if (dest[0] == OBJ_NULL)
            return;
    }
    if (value == OBJ_NULL || type_lookup(t, attr) == OBJ_NULL)
        raise_fmt(&type_AttributeError, "'%s' object has no attribute '%q'", obj_type_name(o), attr);
    raise_fmt(&type_AttributeError, "'%s' object attribute '%q' is read-only", obj_type_name(o), attr);
}

/* ---- names ---- */

obj_t load_global(obj_dict_t *globals, qstr name)
{
    map_elem_t *e = map_lookup_qstr(&globals->map, name);
    if (e)
        return e->value;
    e = map_lookup_qstr(&vm.builtins->map, name);
    if (e)
        return e->value;
    raise_fmt(&type_NameError, "name '%q' is not defined", name);
}

obj_t load_name(obj_dict_t *locals, obj_dict_t *globals, qstr name)
{
    if (locals && locals != globals) {
        map_elem_t *e = map_lookup_qstr(&locals->map, name);
        if (e)
            return e->value;
    }
    return load_global(globals, name);
}

/* ---- iteration ---- */

obj_t getiter(obj_t o, iter_buf_t *buf)
{
    const type_t *t = obj_get_type(o);
    if (t->getiter)
        return t->getiter(o, buf);
    /* sequence protocol: __getitem__ with 0, 1, ... */
    if (t->subscr) {
        return seq_iter_new(o);
    }
    raise_fmt(&type_TypeError, "'%T' object is not iterable", o);
}

obj_t iternext(obj_t it)
{
    if (port_interrupt_pending)
        runtime_check_interrupt();
    const type_t *t = obj_get_type(it);
    if (t->iternext == NULL)
        raise_fmt(&type_TypeError, "'%T' object is not an iterator", it);
    return t->iternext(it);
}

obj_t iternext_or_raise(obj_t it)
{
    obj_t v = iternext(it);
    if (v == OBJ_STOP_ITERATION)
        raise_stop_iteration(OBJ_NULL);
    return v;
}

void unpack_sequence(obj_t seq, size_t n, obj_t *out)
{
    size_t len;
    obj_t *items;
    if (obj_is_type(seq, &type_tuple) || obj_is_type(seq, &type_list)) {
        obj_tuple_get_any(seq, &len, &items);
        if (len < n)
            raise_fmt(&type_ValueError, "not enough values to unpack (expected %u, got %u)", (unsigned)n, (unsigned)len);
        if (len > n)
            raise_fmt(&type_ValueError, "too many values to unpack (expected %u)", (unsigned)n);
        if (n)
            memcpy(out, items, n * sizeof(obj_t));
        return;
    }
    if (obj_get_type(seq)->getiter == NULL && obj_get_type(seq)->subscr == NULL)
        raise_fmt(&type_TypeError, "cannot unpack non-iterable %T object", seq);
    obj_t it = getiter(seq, NULL);
    for (size_t i = 0; i < n; i++) {
        obj_t v = iternext(it);
        if (v == OBJ_STOP_ITERATION)
            raise_fmt(&type_ValueError, "not enough values to unpack (expected %u, got %u)", (unsigned)n, (unsigned)i);
        out[i] = v;
    }
    if (iternext(it) != OBJ_STOP_ITERATION)
        raise_fmt(&type_ValueError, "too many values to unpack (expected %u)", (unsigned)n);
}

void unpack_ex(obj_t seq, size_t n_before, size_t n_after, obj_t *out)
{
    if (obj_get_type(seq)->getiter == NULL && obj_get_type(seq)->subscr == NULL)
        raise_fmt(&type_TypeError, "cannot unpack non-iterable %T object", seq);
    obj_t it = getiter(seq, NULL);
    for (size_t i = 0; i < n_before; i++) {
        obj_t v = iternext(it);
        if (v == OBJ_STOP_ITERATION)
            raise_fmt(&type_ValueError, "not enough values to unpack (expected at least %u, got %u)",
                      (unsigned)(n_before + n_after), (unsigned)i);
        out[i] = v;
    }
    obj_t rest = obj_new_list(0, NULL);
    obj_t v;
    while ((v = iternext(it)) != OBJ_STOP_ITERATION)
        list_append(rest, v);
    obj_list_t *l = rest;
    if (l->len < n_after)
        raise_fmt(&type_ValueError, "not enough values to unpack (expected at least %u, got %u)",
                  (unsigned)(n_before + n_after), (unsigned)(n_before + l->len));
    if (n_after)
        memcpy(out + n_before + 1, l->items + l->len - n_after, n_after * sizeof(obj_t));
    l->len -= n_after;
    out[n_before] = rest;
}

/* ---- checks ---- */

void runtime_check_interrupt(void)
{
    /* An instruction budget (fuzzing) rides on the interrupt flag so the
       VM's hot paths pay nothing for it; once spent it raises at every
       check, so no loop can swallow it for long. */
    if (vm.budget) {
        if (--vm.budget > 0)
            return;
        vm.budget = 1;
        raise_obj(exception_new_msg(&type_KeyboardInterrupt, "instruction budget exhausted"));
    }
    if (port_interrupt_pending) {
        /* a host's stop stays pending until the host has seen the end */
        if (port_interrupt_pending != PORT_INTERRUPT_STOP)
            port_interrupt_pending = 0;
        raise_obj(exception_new(&type_KeyboardInterrupt, 0, NULL));
    }
}

void runtime_check_stack(void)
{
    char here;
    if (port_stack_limit && &here < port_stack_limit)
        raise_recursion_error();
}

/* ---- start-up ---- */

static void gc_roots(void)
{
    gc_mark_range((void *const *)&vm, sizeof(vm) / sizeof(void *));
    qstr_gc_mark_roots();
    port_gc_scan_stack();
}

obj_dict_t *builtins_make_dict(void);

static void mpz_check_interrupt(void)
{
    if (port_interrupt_pending)
        runtime_check_interrupt();
}

static void finalise_block(void *block)
{
    const obj_base_t *b = block;
    if (b->type && b->type->finalise)
        b->type->finalise(block);
}

static void init_vm(void);

void runtime_init(void *heap, size_t size)
{
    memset(&vm, 0, sizeof(vm));
    gc_init(heap, (char *)heap + size);
    init_vm();
}

void runtime_init_zeroed(void *heap, size_t size)
{
    memset(&vm, 0, sizeof(vm));
    gc_init_zeroed(heap, (char *)heap + size);
    init_vm();
}

static void init_vm(void)
{
    gc_set_root_hook(gc_roots);
    gc_set_finaliser_hook(finalise_block);
    mpz_poll = mpz_check_interrupt;
    qstr_init();
    vm.recursion_limit = 1000;
    vm.memory_error = exception_new(&type_MemoryError, 0, NULL);
    vm.modules = obj_new_dict(16);
    vm.builtins = builtins_make_dict();
    vm.sys_path = obj_new_list(0, NULL);
    vm.sys_argv = obj_new_list(0, NULL);
    vm.main_module = module_new(Q___main__);
    obj_dict_t *g = module_globals(vm.main_module);
    map_store_qstr(&g->map, Q___builtins__, vm.builtins);
    dict_store(vm.modules, obj_new_qstr(Q___main__), vm.main_module);
}

void runtime_deinit(void)
{
    memset(&vm, 0, sizeof(vm));
}
