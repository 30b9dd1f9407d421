/*
 * The sys module. Mutable state (argv, path, modules) lives in the
 * interpreter state; __init__ binds it into each fresh copy of the module.
 */
#include <string.h>

#include "codec.h"
#include "errno_codes.h"
#include "map.h"
#include "mem.h"
#include "mod_io.h"
#include "obj_dict.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "port.h"
#include "runtime.h"

/* ---- stdin/stdout/stderr ----
 * sys.stdin, sys.stdout and sys.stderr (TextIOWrapper) and their .buffer
 * (binary). Input comes from the port's console stream (port_stdin_read),
 * the one input() reads too, with no buffer of its own here: whatever this
 * module has not taken is still counted by
 * supervisor.runtime.serial_bytes_available. So reads never take more
 * bytes than they return: read(n) asks only for bytes the n characters
 * must still have, and lines are read a byte at a time.
 *
 * Text is UTF-8 and, as CircuitPython's console, untranslated: a CR stays
 * a CR (python3 would turn it and CR LF into LF). Invalid UTF-8 raises
 * UnicodeDecodeError as python3's strict decoder does. */

typedef struct obj_stdio {
    obj_base_t base;
    int fd;
    bool binary;
} obj_stdio_t;

/* Text streams, stdin.buffer, and stdout.buffer / stderr.buffer: the
 * types differ in their names and in readinto (binary only). */
extern const type_t type_stdio_text, type_stdio_reader, type_stdio_writer;

static obj_stdio_t *stdio_readable(obj_t self)
{
    obj_stdio_t *s = self;
    if (s->fd != 0)
        io_raise_unsupported(s->binary ? "read" : "not readable");
    return s;
}

static obj_stdio_t *stdio_writable(obj_t self)
{
    obj_stdio_t *s = self;
    if (s->fd == 0)
        io_raise_unsupported(s->binary ? "write" : "not writable");
    return s;
}

/* Up to n (>= 1) bytes of console input, waiting for the first; 0 at the
 * end of input. Ctrl-C raises KeyboardInterrupt (what was read before it
 * in this call is lost, as in python3). */
static size_t in_read(void *buf, size_t n)
{
    for (;;) {
        long r = port_stdin_read(buf, n);
        if (r >= 0)
            return (size_t)r;
        if (r != -ERRNO_EINTR)
            raise_oserror((int)-r);
        runtime_check_interrupt();
        /* the flag was taken meanwhile: nothing to raise, read on */
    }
}

/* Appends up to n bytes to v, fewer only at the end of input; SIZE_MAX
 * reads to the end. */
static void in_read_bytes(vstr_t *v, size_t n)
{
    while (n) {
        size_t want = n < 1024 ? n : 1024;
        char *dst = vstr_extend(v, want);
        size_t got = in_read(dst, want);
        v->len -= want - got;
        if (got == 0)
            return;
        if (n != SIZE_MAX)
            n -= got;
    }
}

/* Appends one line (through its '\n') of at most limit bytes. */
static void in_read_line_bytes(vstr_t *v, size_t limit)
{
    char c;
    while (limit-- && in_read(&c, 1)) {
        vstr_add_char(v, c);
        if (c == '\n')
            return;
    }
}

/* Characters begun, and continuation bytes the last one still needs. A
 * byte that cannot begin a sequence counts as a character of its own;
 * the decoder rejects it later. */
typedef struct utf8_count {
    size_t chars, need;
} utf8_count_t;

static void utf8_count(utf8_count_t *c, const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char b = (unsigned char)p[i];
        if (c->need && (b & 0xC0) == 0x80) {
            c->need--;
            continue;
        }
        c->chars++;
        c->need = b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 && b < 0xF0 ? 2 : b >= 0xC2 && b < 0xE0 ? 1 : 0;
    }
}

/* Appends up to max_chars whole characters (SIZE_MAX: to the end); with
 * line, stops after a '\n'. Each request is for no more bytes than the
 * characters still missing need at least, so nothing is read ahead. */
static void in_read_text(vstr_t *v, size_t max_chars, bool line)
{
    utf8_count_t c = {0, 0};
    while (c.chars < max_chars || c.need) {
        /* invalid input can begin more characters than asked for */
        size_t missing = c.chars < max_chars ? max_chars - c.chars : 0;
        size_t want = line ? 1 : c.need + (missing < 1024 ? missing : 1024);
        char *dst = vstr_extend(v, want);
        size_t got = in_read(dst, want);
        v->len -= want - got;
        if (got == 0)
            return;
        utf8_count(&c, dst, got);
        if (line && dst[0] == '\n')
            return;
    }
}

static obj_t in_decode(vstr_t *v)
{
    if (utf8_is_valid(v->buf, v->len))
        return vstr_to_str(v);
    return codec_decode(v->buf, v->len, OBJ_NULL, OBJ_NULL);
}

/* A size argument: None or negative is SIZE_MAX (no limit). Without
 * none_ok only an int will do (TextIOWrapper.readline). */
static size_t size_arg(size_t n, const obj_t *args, bool none_ok)
{
    if (n < 2)
        return SIZE_MAX;
    obj_t a = args[1];
    if (none_ok && a == OBJ_NONE)
        return SIZE_MAX;
    if (none_ok && !obj_is_int(a))
        raise_fmt(&type_TypeError, "argument should be integer or None, not '%s'", obj_type_name(a));
    intptr_t v = obj_get_int(a);
    return v < 0 ? SIZE_MAX : (size_t)v;
}

static obj_t stdio_read(size_t n, const obj_t *args)
{
    obj_stdio_t *s = stdio_readable(args[0]);
    size_t size = size_arg(n, args, true);
    vstr_t v;
    vstr_init(&v, size < 64 ? size + 1 : 64);
    if (s->binary) {
        in_read_bytes(&v, size);
        return vstr_to_bytes(&v);
    }
    in_read_text(&v, size, false);
    return in_decode(&v);
}
static BUILTIN_FUN_VAR(stdio_read_obj, Q_read, 1, 2, stdio_read);

/* One line as str or bytes; *len is its length in bytes (0 at the end). */
static obj_t read_line(obj_stdio_t *s, size_t size, size_t *len)
{
    vstr_t v;
    vstr_init(&v, 64);
    if (s->binary)
        in_read_line_bytes(&v, size);
    else
        in_read_text(&v, size, true);
    *len = v.len;
    return s->binary ? vstr_to_bytes(&v) : in_decode(&v);
}

static obj_t stdio_readline(size_t n, const obj_t *args)
{
    obj_stdio_t *s = stdio_readable(args[0]);
    size_t len;
    return read_line(s, size_arg(n, args, s->binary), &len);
}
static BUILTIN_FUN_VAR(stdio_readline_obj, Q_readline, 1, 2, stdio_readline);

static obj_t stdio_readlines(size_t n, const obj_t *args)
{
    obj_stdio_t *s = stdio_readable(args[0]);
    size_t hint = size_arg(n, args, true), total = 0;
    obj_t list = obj_new_list(0, NULL);
    for (;;) {
        size_t len;
        obj_t line = read_line(s, SIZE_MAX, &len);
        if (len == 0)
            break;
        list_append(list, line);
        total += len;
        if (hint != SIZE_MAX && hint > 0 && total >= hint)
            break;
    }
    return list;
}
static BUILTIN_FUN_VAR(stdio_readlines_obj, Q_readlines, 1, 2, stdio_readlines);

static obj_t stdio_readinto(obj_t self, obj_t buf)
{
    stdio_readable(self);
    buffer_info_t bi;
    const type_t *t = obj_get_type(buf);
    if (!t->buffer || t->buffer(buf, &bi, BUFFER_WRITE) != 0)
        raise_fmt(&type_TypeError, "readinto() argument must be read-write bytes-like object, not %s",
                  obj_type_name(buf));
    size_t done = 0;
    while (done < bi.len) {
        size_t got = in_read((char *)bi.buf + done, bi.len - done);
        if (got == 0)
            break;
        done += got;
    }
    return obj_new_int((intptr_t)done);
}
static BUILTIN_FUN_2(stdio_readinto_obj, Q_readinto, stdio_readinto);

static obj_t stdio_iternext(obj_t self)
{
    size_t len;
    obj_t line = read_line(stdio_readable(self), SIZE_MAX, &len);
    return len ? line : OBJ_STOP_ITERATION;
}

static obj_t stdio_write(obj_t self, obj_t data)
{
    obj_stdio_t *s = stdio_writable(self);
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
    else
        port_stdout_write(d, len);
    return obj_new_int((intptr_t)(s->binary ? len : str_get_charlen(data)));
}
static BUILTIN_FUN_2(stdio_write_obj, Q_write, stdio_write);

static obj_t stdio_writelines(obj_t self, obj_t lines)
{
    stdio_writable(self);
    obj_t it = getiter(lines, NULL), item;
    while ((item = iternext(it)) != OBJ_STOP_ITERATION)
        stdio_write(self, item);
    return OBJ_NONE;
}
static BUILTIN_FUN_2(stdio_writelines_obj, Q_writelines, stdio_writelines);

static obj_t stdio_flush(obj_t self)
{
    obj_stdio_t *s = self;
    if (s->fd != 0)
        port_flush(s->fd);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(stdio_flush_obj, Q_flush, stdio_flush);

static obj_t stdio_fileno(obj_t self)
{
    return obj_new_small_int(((obj_stdio_t *)self)->fd);
}
static BUILTIN_FUN_1(stdio_fileno_obj, Q_fileno, stdio_fileno);

static obj_t stdio_readable_m(obj_t self)
{
    return obj_new_bool(((obj_stdio_t *)self)->fd == 0);
}
static BUILTIN_FUN_1(stdio_readable_obj, Q_readable, stdio_readable_m);

static obj_t stdio_writable_m(obj_t self)
{
    return obj_new_bool(((obj_stdio_t *)self)->fd != 0);
}
static BUILTIN_FUN_1(stdio_writable_obj, Q_writable, stdio_writable_m);

static const obj_stdio_t stdin_buffer = {{&type_stdio_reader}, 0, true};
static const obj_stdio_t stdout_buffer = {{&type_stdio_writer}, 1, true};
static const obj_stdio_t stderr_buffer = {{&type_stdio_writer}, 2, true};
static const obj_stdio_t stdin_obj = {{&type_stdio_text}, 0, false};
static const obj_stdio_t stdout_obj = {{&type_stdio_text}, 1, false};
static const obj_stdio_t stderr_obj = {{&type_stdio_text}, 2, false};

static const qstr stdio_names[3] = {Q__lt_stdin_gt_, Q__lt_stdout_gt_, Q__lt_stderr_gt_};

static void stdio_attr(obj_t self, qstr attr, obj_t *dest)
{
    obj_stdio_t *s = self;
    if (dest[0] != OBJ_NULL)
        return;
    if (attr == Q_buffer && !s->binary)
        dest[0] = (obj_t)(s->fd == 0 ? &stdin_buffer : s->fd == 1 ? &stdout_buffer : &stderr_buffer);
    else if (attr == Q_encoding && !s->binary)
        dest[0] = obj_new_qstr(Q_utf_hyphen_8);
    else if (attr == Q_errors && !s->binary)
        dest[0] = obj_new_qstr(Q_strict);
    else if (attr == Q_name)
        dest[0] = obj_new_qstr(stdio_names[s->fd]);
    else if (attr == Q_mode)
        dest[0] = obj_new_qstr(s->fd == 0 ? (s->binary ? Q_rb : Q_r) : (s->binary ? Q_wb : Q_w));
    else if (attr == Q_closed)
        dest[0] = OBJ_FALSE;
}

static void stdio_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    obj_stdio_t *s = o;
    print_fmt(p, "<io.%q name='%q'>", obj_get_type(o)->name, stdio_names[s->fd]);
}

#define STDIO_METHODS \
    {ROM_QSTR(Q_read), ROM_PTR(&stdio_read_obj)}, \
    {ROM_QSTR(Q_readline), ROM_PTR(&stdio_readline_obj)}, \
    {ROM_QSTR(Q_readlines), ROM_PTR(&stdio_readlines_obj)}, \
    {ROM_QSTR(Q_write), ROM_PTR(&stdio_write_obj)}, \
    {ROM_QSTR(Q_writelines), ROM_PTR(&stdio_writelines_obj)}, \
    {ROM_QSTR(Q_flush), ROM_PTR(&stdio_flush_obj)}, \
    {ROM_QSTR(Q_fileno), ROM_PTR(&stdio_fileno_obj)}, \
    {ROM_QSTR(Q_readable), ROM_PTR(&stdio_readable_obj)}, \
    {ROM_QSTR(Q_writable), ROM_PTR(&stdio_writable_obj)}

static const map_elem_t stdio_text_locals_table[] = {STDIO_METHODS};
static MAP_ROM(stdio_text_locals, stdio_text_locals_table);

static const map_elem_t stdio_binary_locals_table[] = {
    STDIO_METHODS,
    {ROM_QSTR(Q_readinto), ROM_PTR(&stdio_readinto_obj)},
};
static MAP_ROM(stdio_binary_locals, stdio_binary_locals_table);

#define STDIO_TYPE(type_name, methods) \
    {.base = {&type_type}, \
     .flags = TYPE_FLAG_EQ_IS_IDENTITY, \
     .name = type_name, \
     .print = stdio_print, \
     .attr = stdio_attr, \
     .getiter = obj_getiter_self, \
     .iternext = stdio_iternext, \
     .locals = &methods}

const type_t type_stdio_text = STDIO_TYPE(Q_TextIOWrapper, stdio_text_locals);
const type_t type_stdio_reader = STDIO_TYPE(Q_BufferedReader, stdio_binary_locals);
const type_t type_stdio_writer = STDIO_TYPE(Q_BufferedWriter, stdio_binary_locals);

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
QSTR_SPECIAL(Q__lt_stdin_gt_, "<stdin>");
QSTR_SPECIAL(Q__lt_stdout_gt_, "<stdout>");
QSTR_SPECIAL(Q__lt_stderr_gt_, "<stderr>");
QSTR_SPECIAL(Q_sys_version, "3.11.0; CircuitPython for Linux");
QSTR_SPECIAL(Q_sys_machine, "Linux with host CPU");
