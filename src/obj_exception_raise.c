/*
 * Raising exceptions from C (raise_obj and the raise_* shortcuts, with
 * implicit chaining to the exception being handled), SyntaxError raising,
 * and the except-clause and raise-statement checks (exception_matches,
 * exception_make).
 */
#include <string.h>

#include "errno_codes.h"
#include "obj_exception_impl.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"

_Noreturn void raise_obj(obj_t exc)
{
    obj_exception_t *e = exception_native(exc);
    if (vm.cur_exc && exc != vm.cur_exc && e->context == OBJ_NULL) {
        /* avoid a cycle in the context chain */
        obj_t c = vm.cur_exc;
        bool cycle = false;
        for (int i = 0; c && i < 100; i++) {
            if (c == exc) {
                cycle = true;
                break;
            }
            c = exception_native(c)->context;
        }
        if (!cycle)
            e->context = vm.cur_exc;
    }
    nlr_jump(exc);
}

_Noreturn void raise_msg(const type_t *type, const char *msg)
{
    raise_obj(exception_new_msg(type, msg));
}

_Noreturn void raise_fmt(const type_t *type, const char *fmt, ...)
{
    vstr_t v;
    vstr_init(&v, 64);
    print_t p;
    vstr_print_init(&p, &v);
    va_list ap;
    va_start(ap, fmt);
    print_vfmt(&p, fmt, ap);
    va_end(ap);
    obj_t s = vstr_to_str(&v);
    raise_obj(exception_new(type, 1, &s));
}

_Noreturn void raise_type_error_fmt(const char *fmt, ...)
{
    vstr_t v;
    vstr_init(&v, 64);
    print_t p;
    vstr_print_init(&p, &v);
    va_list ap;
    va_start(ap, fmt);
    print_vfmt(&p, fmt, ap);
    va_end(ap);
    obj_t s = vstr_to_str(&v);
    raise_obj(exception_new(&type_TypeError, 1, &s));
}

_Noreturn void raise_value_error(const char *msg)
{
    raise_msg(&type_ValueError, msg);
}

_Noreturn void raise_oserror(int errno_value)
{
    if (errno_value < 0)
        errno_value = -errno_value;
    const char *msg = errno_message(errno_value);
    obj_t args[2] = {obj_new_small_int(errno_value), msg ? str_new(msg, strlen(msg)) : obj_new_qstr(Q_empty)};
    raise_obj(exception_new(&type_OSError, msg ? 2 : 1, args));
}

_Noreturn void raise_memory_error(void)
{
    nlr_jump(vm.memory_error);
}

_Noreturn void raise_stop_iteration(obj_t value)
{
    raise_obj(exception_new(&type_StopIteration, value ? 1 : 0, &value));
}

_Noreturn void raise_recursion_error(void)
{
    raise_msg(&type_RecursionError, "maximum recursion depth exceeded");
}

_Noreturn void raise_attribute_error(obj_t o, qstr attr)
{
    if (obj_isinstance(o, &type_type))
        raise_fmt(&type_AttributeError, "type object '%q' has no attribute '%q'", ((type_t *)o)->name, attr);
    if (obj_is_type(o, &type_module)) {
        obj_t name = load_attr_maybe(o, Q___name__);
        raise_fmt(&type_AttributeError, "module '%S' has no attribute '%q'", name ? name : obj_new_qstr(Q__unknown_), attr);
    }
    raise_fmt(&type_AttributeError, "'%s' object has no attribute '%q'", obj_type_name(o), attr);
}

_Noreturn void raise_syntax_error(const type_t *type, qstr filename, uint32_t line, uint32_t col, const char *msg,
                                  const char *src)
{
    raise_obj(syntax_error_new(type, filename, line, col, msg, src));
}

bool exception_matches(obj_t exc, obj_t type)
{
    if (obj_is_type(type, &type_tuple)) {
        obj_tuple_t *t = type;
        for (size_t i = 0; i < t->len; i++)
            if (exception_matches(exc, t->items[i]))
                return true;
        return false;
    }
    if (!obj_isinstance(type, &type_type) || !obj_is_subclass(type, &type_BaseException))
        raise_msg(&type_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return obj_isinstance(exc, type);
}

obj_t exception_make(obj_t o)
{
    if (obj_isinstance(o, &type_BaseException))
        return o;
    if (obj_isinstance(o, &type_type) && obj_is_subclass(o, &type_BaseException)) {
        obj_t e = call0(o);
        if (!obj_isinstance(e, &type_BaseException))
            raise_fmt(&type_TypeError, "calling %r should have returned an instance of BaseException, not %s", o,
                      obj_type_name(e));
        return e;
    }
    raise_msg(&type_TypeError, "exceptions must derive from BaseException");
}

