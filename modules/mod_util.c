/*
 * Helpers shared by the built-in modules (see mod_util.h).
 */
#include <stdarg.h>

#include "map.h"
#include "mod_util.h"
#include "obj_dict.h"
#include "obj_int.h"
#include "obj_str.h"
#include "obj_type.h"
#include "runtime.h"

obj_t mod_util_new_exc_class(qstr module, qstr name, const type_t *base)
{
    obj_t ns = obj_new_dict(2);
    dict_store(ns, obj_new_qstr(Q___module__), obj_new_qstr(module));
    obj_t b = (obj_t)base;
    return type_new_class(&type_type, name, obj_new_tuple(1, &b), ns);
}

obj_t mod_util_exc_class(qstr module, qstr name, const type_t *base)
{
    map_elem_t *e = map_lookup_qstr(&vm.modules->map, module);
    if (e && obj_is_type(e->value, &type_module)) {
        obj_t cls = map_get_qstr(&module_globals(e->value)->map, name);
        if (cls && obj_is_type(cls, &type_type) && obj_is_subclass((const type_t *)cls, base))
            return cls;
    }
    return mod_util_new_exc_class(module, name, base);
}

_Noreturn void mod_util_vraise(qstr module, qstr name, const type_t *base, const char *fmt, va_list ap)
{
    vstr_t v;
    vstr_init(&v, 64);
    print_t p;
    vstr_print_init(&p, &v);
    print_vfmt(&p, fmt, ap);
    obj_t msg = vstr_to_str(&v);
    raise_obj(call1(mod_util_exc_class(module, name, base), msg));
}

_Noreturn void mod_util_raise(qstr module, qstr name, const type_t *base, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mod_util_vraise(module, name, base, fmt, ap);
}

obj_t mod_util_index(obj_t o)
{
    obj_t i = int_unwrap(o);
    if (i != OBJ_NULL)
        return i;
    const type_t *t = obj_get_type(o);
    if ((t->flags & TYPE_FLAG_USER) && type_lookup(t, Q___index__) != OBJ_NULL) {
        obj_t r = unary_op(UOP_INDEX, o);
        i = int_unwrap(r);
        if (i == OBJ_NULL)
            raise_fmt(&type_TypeError, "__index__ returned non-int (type %s)", obj_type_name(r));
        return i;
    }
    raise_fmt(&type_TypeError, "'%s' object cannot be interpreted as an integer", obj_type_name(o));
}

double mod_util_get_float(obj_t o)
{
    double d;
    if (float_unwrap(o, &d))
        return d;
    return obj_get_float(o);
}

void mod_util_get_buffer(obj_t o, buffer_info_t *info)
{
    if (!bytes_get_buffer(o, info))
        raise_fmt(&type_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(o));
}
