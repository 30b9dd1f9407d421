/*
 * The sys module. Mutable state (argv, path, modules) lives in the
 * interpreter state; __init__ binds it into each fresh copy of the module.
 */
#include <string.h>

#include "map.h"
#include "mem.h"
#include "obj_dict.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "port.h"
#include "runtime.h"

/* ---- stdin/stdout/stderr ---- */

typedef struct obj_stdio {
    obj_base_t base;
    int fd;
    bool binary;
} obj_stdio_t;

extern const type_t type_stdio;

static obj_t stdio_write(obj_t self, obj_t data)
{
    obj_stdio_t *s = self;
    size_t len;
    const char *d;
    if (s->binary) {
        buffer_info_t bi;
        const type_t *t = obj_get_type(data);
        if (!t->buffer || t->buffer(data, &bi, BUFFER_READ) != 0)
            raise_fmt(&type_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(data));
        d = bi.buf;
        len = bi.len;
    } else {
        if (!obj_is_str(data))
            raise_fmt(&type_TypeError, "write() argument must be str, not %s", obj_type_name(data));
        d = str_get_data(data, &len);
    }
    if (s->fd == 2)
        port_stderr_write(d, len);
    else if (s->fd == 1)
        port_stdout_write(d, len);
    else
        raise_oserror(9);
    return obj_new_int((intptr_t)(s->binary ? len : str_get_charlen(data)));
}
static BUILTIN_FUN_2(stdio_write_obj, Q_write, stdio_write);

static obj_t stdio_flush(obj_t self)
{
    (void)self;
    return OBJ_NONE;
}
static BUILTIN_FUN_1(stdio_flush_obj, Q_flush, stdio_flush);

static obj_t stdio_readline(size_t n, const obj_t *args)
{
    obj_stdio_t *s = args[0];
    (void)n;
    if (s->fd != 0)
        raise_msg(&type_OSError, "not readable");
    char buf[1024];
    vstr_t v;
    vstr_init(&v, 64);
    for (;;) {
        long r = port_stdin_readline(buf, sizeof(buf));
        if (r == -1)
            break;
        if (r < 0)
            raise_obj(exception_new(&type_KeyboardInterrupt, 0, NULL));
        vstr_add_strn(&v, buf, (size_t)r);
        if ((size_t)r < sizeof(buf) - 1) {
            vstr_add_char(&v, '\n');
            break;
        }
    }
    return s->binary ? vstr_to_bytes(&v) : vstr_to_str(&v);
}
static BUILTIN_FUN_VAR(stdio_readline_obj, Q_readline, 1, 2, stdio_readline);

static const obj_stdio_t stdin_buffer = {{&type_stdio}, 0, true};
static const obj_stdio_t stdout_buffer = {{&type_stdio}, 1, true};
static const obj_stdio_t stderr_buffer = {{&type_stdio}, 2, true};
static const obj_stdio_t stdin_obj = {{&type_stdio}, 0, false};
static const obj_stdio_t stdout_obj = {{&type_stdio}, 1, false};
static const obj_stdio_t stderr_obj = {{&type_stdio}, 2, false};

static void stdio_attr(obj_t self, qstr attr, obj_t *dest)
{
    obj_stdio_t *s = self;
    if (dest[0] != OBJ_NULL)
        return;
    if (attr == Q_buffer && !s->binary)
        dest[0] = (obj_t)(s->fd == 0 ? &stdin_buffer : s->fd == 1 ? &stdout_buffer : &stderr_buffer);
    else if (attr == Q_encoding && !s->binary)
        dest[0] = obj_new_qstr(Q_utf_hyphen_8);
}

static void stdio_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    obj_stdio_t *s = o;
    static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
    print_fmt(p, "<io.%s name='%s'>", s->binary ? "BufferedWriter" : "TextIOWrapper", names[s->fd]);
}

static const map_elem_t stdio_locals_table[] = {
    {ROM_QSTR(Q_write), ROM_PTR(&stdio_write_obj)},
    {ROM_QSTR(Q_flush), ROM_PTR(&stdio_flush_obj)},
    {ROM_QSTR(Q_readline), ROM_PTR(&stdio_readline_obj)},
};
static MAP_ROM(stdio_locals, stdio_locals_table);

const type_t type_stdio = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_TextIOWrapper,
    .print = stdio_print,
    .attr = stdio_attr,
    .locals = &stdio_locals,
};

/* ---- sys.implementation ---- */

static const obj_t impl_version_items[3] = {ROM_INT(0), ROM_INT(1), ROM_INT(0)};

static void impl_attr(obj_t self, qstr attr, obj_t *dest)
{
    (void)self;
    if (dest[0] != OBJ_NULL)
        return;
    if (attr == Q_name)
        dest[0] = obj_new_qstr(Q_circuitpython);
    else if (attr == Q_version)
        dest[0] = obj_new_tuple(3, impl_version_items);
    else if (attr == Q__machine)
        dest[0] = obj_new_qstr(Q_sys_machine);
    else if (attr == Q__mpy)
        dest[0] = OBJ_NONE;
}

static void impl_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)o;
    (void)kind;
    print_str(p, "namespace(name='circuitpython', version=(0, 1, 0))");
}

static const type_t type_implementation = {
    .base = {&type_type},
    .name = Q_implementation,
    .print = impl_print,
    .attr = impl_attr,
};
static const obj_base_t sys_implementation = {&type_implementation};

/* ---- functions ---- */

static obj_t sys_exit(size_t n, const obj_t *args)
{
    raise_obj(exception_new(&type_SystemExit, n, args));
}
static BUILTIN_FUN_VAR(sys_exit_obj, Q_exit, 0, 1, sys_exit);

static obj_t sys_exc_info(void)
{
    obj_t exc = vm.cur_exc;
    obj_t items[3] = {OBJ_NONE, OBJ_NONE, OBJ_NONE};
    if (exc) {
        items[0] = (obj_t)obj_get_type(exc);
        items[1] = exc;
    }
    return obj_new_tuple(3, items);
}
static BUILTIN_FUN_0(sys_exc_info_obj, Q_exc_info, sys_exc_info);

static obj_t sys_exception(void)
{
    return vm.cur_exc ? vm.cur_exc : OBJ_NONE;
}
static BUILTIN_FUN_0(sys_exception_obj, Q_exception, sys_exception);

static obj_t sys_print_exception(size_t n, const obj_t *args)
{
    const print_t *p = &print_stderr;
    print_t fp;
    vstr_t v;
    if (n > 1 && args[1] != OBJ_NONE) {
        vstr_init(&v, 128);
        vstr_print_init(&fp, &v);
        exception_print(&fp, args[0]);
        obj_t dest[3];
        load_method(args[1], Q_write, dest);
        dest[2] = vstr_to_str(&v);
        call_method(1, 0, dest);
        return OBJ_NONE;
    }
    exception_print(p, args[0]);
    return OBJ_NONE;
}
static BUILTIN_FUN_VAR(sys_print_exception_obj, Q_print_exception, 1, 2, sys_print_exception);

static obj_t sys_getrecursionlimit(void)
{
    return obj_new_int((intptr_t)vm.recursion_limit);
}
static BUILTIN_FUN_0(sys_getrecursionlimit_obj, Q_getrecursionlimit, sys_getrecursionlimit);

static obj_t sys_setrecursionlimit(obj_t n)
{
    intptr_t v = obj_get_int(n);
    if (v < 1)
        raise_msg(&type_ValueError, "recursion limit must be greater or equal than 1");
    vm.recursion_limit = (size_t)v;
    return OBJ_NONE;
}
static BUILTIN_FUN_1(sys_setrecursionlimit_obj, Q_setrecursionlimit, sys_setrecursionlimit);

static obj_t sys_get_int_max_str_digits(void)
{
    return obj_new_int((intptr_t)int_max_str_digits);
}
static BUILTIN_FUN_0(sys_get_int_max_str_digits_obj, Q_get_int_max_str_digits, sys_get_int_max_str_digits);

static obj_t sys_set_int_max_str_digits(obj_t n)
{
    intptr_t v = obj_get_int(n);
    if (v != 0 && v < 640)
        raise_msg(&type_ValueError, "maxdigits must be 0 or larger than 640");
    int_max_str_digits = (size_t)v;
    return OBJ_NONE;
}
static BUILTIN_FUN_1(sys_set_int_max_str_digits_obj, Q_set_int_max_str_digits, sys_set_int_max_str_digits);

static obj_t sys_intern(obj_t s)
{
    if (!obj_is_str(s))
        raise_fmt(&type_TypeError, "intern() argument must be str, not %s", obj_type_name(s));
    return str_intern(s);
}
static BUILTIN_FUN_1(sys_intern_obj, Q_intern, sys_intern);

static obj_t sys_init(obj_t mod)
{
    obj_dict_t *g = module_globals(mod);
    map_store_qstr(&g->map, Q_argv, vm.sys_argv);
    map_store_qstr(&g->map, Q_path, vm.sys_path);
    map_store_qstr(&g->map, Q_modules, vm.modules);
    obj_t vi[5] = {obj_new_small_int(3), obj_new_small_int(11), obj_new_small_int(0), obj_new_qstr(Q_final),
                   obj_new_small_int(0)};
    map_store_qstr(&g->map, Q_version_info, obj_new_tuple(5, vi));
    map_store_qstr(&g->map, Q_maxsize, obj_new_int_from_ll((long long)INTPTR_MAX));
    map_elem_t *e = map_lookup_qstr(&g->map, Q___init__);
    if (e)
        map_lookup(&g->map, obj_new_qstr(Q___init__), MAP_REMOVE);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(sys_init_obj, Q___init__, sys_init);

static const map_elem_t sys_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_sys)},
    {ROM_QSTR(Q___init__), ROM_PTR(&sys_init_obj)},
    {ROM_QSTR(Q_exit), ROM_PTR(&sys_exit_obj)},
    {ROM_QSTR(Q_exc_info), ROM_PTR(&sys_exc_info_obj)},
    {ROM_QSTR(Q_exception), ROM_PTR(&sys_exception_obj)},
    {ROM_QSTR(Q_print_exception), ROM_PTR(&sys_print_exception_obj)},
    {ROM_QSTR(Q_getrecursionlimit), ROM_PTR(&sys_getrecursionlimit_obj)},
    {ROM_QSTR(Q_setrecursionlimit), ROM_PTR(&sys_setrecursionlimit_obj)},
    {ROM_QSTR(Q_intern), ROM_PTR(&sys_intern_obj)},
    {ROM_QSTR(Q_get_int_max_str_digits), ROM_PTR(&sys_get_int_max_str_digits_obj)},
    {ROM_QSTR(Q_set_int_max_str_digits), ROM_PTR(&sys_set_int_max_str_digits_obj)},
    {ROM_QSTR(Q_stdin), ROM_PTR(&stdin_obj)},
    {ROM_QSTR(Q_stdout), ROM_PTR(&stdout_obj)},
    {ROM_QSTR(Q_stderr), ROM_PTR(&stderr_obj)},
    {ROM_QSTR(Q_version), ROM_QSTR(Q_sys_version)},
    {ROM_QSTR(Q_platform), ROM_QSTR(Q_linux)},
    {ROM_QSTR(Q_byteorder), ROM_QSTR(Q_little)},
    {ROM_QSTR(Q_implementation), ROM_PTR(&sys_implementation)},
};
static DICT_ROM(sys_globals, sys_globals_table);
const obj_module_t sys_module = {{&type_module}, &sys_globals};
MODULE_REGISTER(Q_sys, sys_module);

QSTR_SPECIAL(Q_utf_hyphen_8, "utf-8");
QSTR_SPECIAL(Q_sys_version, "3.11.0; CircuitPython for Linux");
QSTR_SPECIAL(Q_sys_machine, "Linux with host CPU");
