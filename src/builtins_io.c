/*
 * Built-in functions for the console: print, input and help.
 */
#include "builtins_impl.h"
#include "map.h"
#include "obj_dict.h"
#include "obj_list.h"
#include "obj_str.h"
#include "port.h"
#include "runtime.h"

/* print(..., file=f): like CPython, one f.write() per argument, separator
 * and end, so a file object sees the pieces (and a write error stops at
 * the piece that failed). */
static void print_to_file(obj_t file, size_t n, const obj_t *args, obj_t sep, obj_t end)
{
    obj_t dest[3];
    for (size_t i = 0; i < n; i++) {
        if (i) {
            load_method(file, Q_write, dest);
            dest[2] = sep ? sep : str_new(" ", 1);
            call_method(1, 0, dest);
        }
        load_method(file, Q_write, dest);
        dest[2] = obj_str(args[i]);
        call_method(1, 0, dest);
    }
    load_method(file, Q_write, dest);
    dest[2] = end ? end : str_new("\n", 1);
    call_method(1, 0, dest);
}

/* The console gets the whole line in one write. */
static void print_to_stdout(size_t n, const obj_t *args, obj_t sep, obj_t end)
{
    size_t seplen = 1, endlen = 1;
    const char *seps = sep ? str_get_data(sep, &seplen) : " ";
    const char *ends = end ? str_get_data(end, &endlen) : "\n";
    vstr_t v;
    vstr_init(&v, 64);
    print_t p;
    vstr_print_init(&p, &v);
    for (size_t i = 0; i < n; i++) {
        if (i)
            vstr_add_strn(&v, seps, seplen);
        obj_print(&p, args[i], PRINT_STR);
    }
    vstr_add_strn(&v, ends, endlen);
    port_stdout_write(v.buf, v.len);
}

static obj_t b_print(size_t n, const obj_t *args, map_t *kw)
{
    obj_t sep = kw ? map_get_qstr(kw, Q_sep) : OBJ_NULL;
    obj_t end = kw ? map_get_qstr(kw, Q_end) : OBJ_NULL;
    obj_t file = kw ? map_get_qstr(kw, Q_file) : OBJ_NULL;
    obj_t flush = kw ? map_get_qstr(kw, Q_flush) : OBJ_NULL;
    if (sep && sep != OBJ_NONE && !obj_is_str(sep))
        raise_fmt(&type_TypeError, "sep must be None or a string, not %s", obj_type_name(sep));
    if (end && end != OBJ_NONE && !obj_is_str(end))
        raise_fmt(&type_TypeError, "end must be None or a string, not %s", obj_type_name(end));
    if (sep == OBJ_NONE)
        sep = OBJ_NULL;
    if (end == OBJ_NONE)
        end = OBJ_NULL;
    if (file == OBJ_NONE)
        file = OBJ_NULL;
    if (file)
        print_to_file(file, n, args, sep, end);
    else
        print_to_stdout(n, args, sep, end);
    if (flush && obj_is_true(flush)) {
        if (file) {
            obj_t dest[2];
            load_method(file, Q_flush, dest);
            call_method(0, 0, dest);
        } else {
            port_flush(1); /* the console's stdout handle, as sys.stdout's */
        }
    }
    return OBJ_NONE;
}
BUILTIN_FUN_KW(builtins_print_obj, Q_print, 0, b_print);

static obj_t b_input(size_t n, const obj_t *args)
{
    if (n == 1)
        obj_print(&print_stdout, args[0], PRINT_STR);
    char buf[1024];
    vstr_t v;
    vstr_init(&v, 64);
    for (;;) {
        long r = port_stdin_readline(buf, sizeof(buf));
        if (r == -1) {
            if (v.len)
                break;
            raise_msg(&type_EOFError, "EOF when reading a line");
        }
        if (r < 0)
            raise_obj(exception_new(&type_KeyboardInterrupt, 0, NULL));
        vstr_add_strn(&v, buf, (size_t)r);
        if ((size_t)r < sizeof(buf) - 1)
            break;
    }
    return vstr_to_str(&v);
}
BUILTIN_FUN_VAR(builtins_input_obj, Q_input, 0, 1, b_input);

static obj_t b_help(size_t n, const obj_t *args)
{
    if (n == 0) {
        print_str(&print_stdout,
                  "Welcome to CircuitPython for Linux!\n\n"
                  "Visit https://circuitpython.org for the language and library documentation.\n"
                  "To list built-in modules type `help(\"modules\")`.\n");
        return OBJ_NONE;
    }
    obj_t o = args[0];
    if (obj_is_str(o) && str_get_qstr(o) == Q_modules) {
        obj_t names = module_builtin_names();
        list_sort_inplace(names, OBJ_NULL, false);
        size_t cnt;
        obj_t *items;
        obj_list_get(names, &cnt, &items);
        for (size_t i = 0; i < cnt; i++) {
            obj_print(&print_stdout, items[i], PRINT_STR);
            print_str(&print_stdout, (i % 4 == 3 || i + 1 == cnt) ? "\n" : "\t");
        }
        print_str(&print_stdout, "Plus any modules on the filesystem\n");
        return OBJ_NONE;
    }
    print_fmt(&print_stdout, "object %r is of type %s\n", o, obj_type_name(o));
    const type_t *t = obj_isinstance(o, &type_type) ? (const type_t *)o : obj_get_type(o);
    if (obj_is_type(o, &type_module)) {
        map_t *m = dict_get_map(module_globals(o));
        size_t pos = 0;
        map_elem_t *e;
        while ((e = map_next(m, &pos)) != NULL)
            print_fmt(&print_stdout, "  %S -- %r\n", e->key, e->value);
    } else if (t->locals) {
        size_t pos = 0;
        map_elem_t *e;
        while ((e = map_next(t->locals, &pos)) != NULL)
            print_fmt(&print_stdout, "  %S -- %r\n", e->key, e->value);
    }
    return OBJ_NONE;
}
BUILTIN_FUN_VAR(builtins_help_obj, Q_help, 0, 1, b_help);
