/*
 * Exceptions: the built-in hierarchy, exception objects, raising, chaining
 * and CPython-style traceback printing.
 *
 * Invariant: a raised value is always an instance of BaseException or of a
 * user subclass whose native part (exception_native) holds the state.
 * Traceback entries are appended innermost-first as frames unwind; their
 * storage is allocated without raising so MemoryError can always unwind.
 */
#include <string.h>

#include "errno_codes.h"
#include "gc.h"
#include "map.h"
#include "mem.h"
#include "obj_dict.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "port.h"
#include "runtime.h"

QSTR_MACRO(EXC_TYPE);

typedef struct tb_entry {
    qstr file;
    qstr block;
    uint32_t line;
} tb_entry_t;

typedef struct obj_exception {
    obj_base_t base;
    obj_t args;             /* tuple */
    obj_t cause, context;   /* OBJ_NULL when unset */
    bool suppress_context;
    obj_dict_t *attrs;      /* errno, strerror, msg, lineno, ... and user attributes */
    tb_entry_t *tb;
    size_t tb_len, tb_alloc;
} obj_exception_t;

struct obj_exception *exception_native(obj_t exc)
{
    if (obj_is_ptr(exc)) {
        const type_t *t = obj_get_type(exc);
        if ((t->flags & TYPE_FLAG_USER) && t->native_base)
            return ((obj_instance_t *)exc)->native;
    }
    return exc;
}

bool exception_is(obj_t exc, const type_t *type)
{
    return obj_isinstance(exc, type);
}

static obj_t get_attr(obj_exception_t *e, qstr q)
{
    if (!e->attrs)
        return OBJ_NULL;
    map_elem_t *el = map_lookup_qstr(&e->attrs->map, q);
    return el ? el->value : OBJ_NULL;
}

static void set_attr(obj_exception_t *e, qstr q, obj_t v)
{
    if (!e->attrs)
        e->attrs = obj_new_dict(0);
    map_store_qstr(&e->attrs->map, q, v);
}

static const type_t *oserror_subtype(intptr_t err)
{
    switch (err) {
    case ERRNO_ENOENT: return &type_FileNotFoundError;
    case ERRNO_EEXIST: return &type_FileExistsError;
    case ERRNO_EACCES:
    case ERRNO_EPERM: return &type_PermissionError;
    case ERRNO_EISDIR: return &type_IsADirectoryError;
    case ERRNO_ENOTDIR: return &type_NotADirectoryError;
    case ERRNO_EAGAIN:
    case ERRNO_EALREADY:
    case ERRNO_EINPROGRESS: return &type_BlockingIOError;
    case ERRNO_ETIMEDOUT: return &type_TimeoutError;
    case ERRNO_EINTR: return &type_InterruptedError;
    case ERRNO_EPIPE: return &type_BrokenPipeError;
    case ERRNO_ECONNREFUSED: return &type_ConnectionRefusedError;
    case ERRNO_ECONNRESET: return &type_ConnectionResetError;
    case ERRNO_ECONNABORTED: return &type_ConnectionAbortedError;
    case ERRNO_ESRCH: return &type_ProcessLookupError;
    case ERRNO_ECHILD: return &type_ChildProcessError;
    default: return NULL;
    }
}

static void init_args(obj_exception_t *e, size_t n_args, const obj_t *args)
{
    const type_t *t = e->base.type;
    e->args = obj_new_tuple(n_args, args);
    if (obj_is_subclass(t, &type_OSError)) {
        bool full = n_args >= 2 && n_args <= 5;
        set_attr(e, Q_errno, full ? args[0] : OBJ_NONE);
        set_attr(e, Q_strerror, full ? args[1] : OBJ_NONE);
        set_attr(e, Q_filename, full && n_args >= 3 ? args[2] : OBJ_NONE);
        set_attr(e, Q_filename2, full && n_args >= 5 ? args[4] : OBJ_NONE);
        if (full && n_args >= 3)
            e->args = obj_new_tuple(2, args);
    } else if (obj_is_subclass(t, &type_SyntaxError)) {
        set_attr(e, Q_msg, n_args ? args[0] : OBJ_NONE);
        obj_t loc[4] = {OBJ_NONE, OBJ_NONE, OBJ_NONE, OBJ_NONE};
        if (n_args == 2 && obj_is_type(args[1], &type_tuple) && ((obj_tuple_t *)args[1])->len >= 4)
            for (int i = 0; i < 4; i++)
                loc[i] = ((obj_tuple_t *)args[1])->items[i];
        set_attr(e, Q_filename, loc[0]);
        set_attr(e, Q_lineno, loc[1]);
        set_attr(e, Q_offset, loc[2]);
        set_attr(e, Q_text, loc[3]);
    } else if (obj_is_subclass(t, &type_UnicodeError) &&
               (n_args == 5 || (n_args == 4 && obj_is_subclass(t, &type_UnicodeTranslateError)))) {
        /* (encoding, object, start, end, reason); UnicodeTranslateError has
         * no encoding argument and an encoding of None */
        static const qstr names[5] = {Q_encoding, Q_object, Q_start, Q_end, Q_reason};
        size_t skip = 5 - n_args;
        if (skip)
            set_attr(e, Q_encoding, OBJ_NONE);
        for (size_t i = skip; i < 5; i++)
            set_attr(e, names[i], args[i - skip]);
    } else if (obj_is_subclass(t, &type_StopIteration)) {
        set_attr(e, Q_value, n_args ? args[0] : OBJ_NONE);
    } else if (obj_is_subclass(t, &type_SystemExit)) {
        set_attr(e, Q_code, n_args == 0 ? OBJ_NONE : n_args == 1 ? args[0] : e->args);
    } else if (obj_is_subclass(t, &type_ImportError)) {
        set_attr(e, Q_name, OBJ_NONE);
        set_attr(e, Q_msg, n_args == 1 ? args[0] : OBJ_NONE);
    }
}

obj_t exception_new(const type_t *type, size_t n_args, const obj_t *args)
{
    if (type == &type_OSError && n_args >= 2 && obj_is_small_int(args[0])) {
        const type_t *sub = oserror_subtype(obj_small_int_value(args[0]));
        if (sub)
            type = sub;
    }
    obj_exception_t *e = mem_alloc(sizeof(obj_exception_t));
    e->base.type = type;
    init_args(e, n_args, args);
    return e;
}

static obj_t exception_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    if (n_kw && !obj_is_subclass(type, &type_ImportError))
        raise_fmt(&type_TypeError, "%q() takes no keyword arguments", type->name);
    obj_exception_t *e = exception_new(type, n_args, args);
    for (size_t i = 0; i < n_kw; i++) {
        qstr k = str_get_qstr(args[n_args + 2 * i]);
        if (k != Q_name && k != Q_path)
            raise_fmt(&type_TypeError, "'%q' is an invalid keyword argument for %q()", k, type->name);
        set_attr(e, k, args[n_args + 2 * i + 1]);
    }
    return e;
}

obj_t exception_new_msg(const type_t *type, const char *msg)
{
    obj_t s = msg ? str_new(msg, strlen(msg)) : OBJ_NULL;
    return exception_new(type, msg ? 1 : 0, &s);
}

obj_t exception_args(obj_t exc)
{
    return exception_native(exc)->args;
}

obj_t exception_get_value(obj_t exc)
{
    obj_exception_t *e = exception_native(exc);
    obj_t v = get_attr(e, Q_value);
    if (v)
        return v;
    obj_tuple_t *a = e->args;
    return a->len ? a->items[0] : OBJ_NONE;
}

obj_t exception_get_context(obj_t exc)
{
    obj_t c = exception_native(exc)->context;
    return c ? c : OBJ_NONE;
}

void exception_set_context(obj_t exc, obj_t context)
{
    exception_native(exc)->context = context == OBJ_NONE ? OBJ_NULL : context;
}

void exception_set_cause(obj_t exc, obj_t cause)
{
    obj_exception_t *e = exception_native(exc);
    if (cause == OBJ_NONE) {
        e->cause = OBJ_NULL;
    } else {
        if (!obj_isinstance(cause, &type_BaseException)) {
            if (obj_isinstance(cause, &type_type) && obj_is_subclass(cause, &type_BaseException))
                cause = call0(cause);
            else
                raise_msg(&type_TypeError, "exception causes must derive from BaseException");
        }
        e->cause = cause;
    }
    e->suppress_context = true;
}

obj_t exception_get_traceback(obj_t exc)
{
    (void)exc;
    return OBJ_NONE;
}

void exception_add_traceback(obj_t exc, qstr file, size_t line, qstr block)
{
    obj_exception_t *e = exception_native(exc);
    if (!obj_isinstance(e, &type_BaseException))
        return;
    if (e->tb_len == e->tb_alloc) {
        size_t n = e->tb_alloc ? e->tb_alloc * 2 : 4;
        tb_entry_t *t = gc_realloc(e->tb, n * sizeof(tb_entry_t));
        if (t == NULL)
            return; /* out of memory: the traceback is shorter, nothing else */
        e->tb = t;
        e->tb_alloc = n;
    }
    e->tb[e->tb_len].file = file;
    e->tb[e->tb_len].block = block;
    e->tb[e->tb_len].line = (uint32_t)line;
    e->tb_len++;
}

void exception_clear_traceback(obj_t exc)
{
    exception_native(exc)->tb_len = 0;
}

/* ---- raising ---- */

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

static obj_t source_line(const char *src, uint32_t line)
{
    if (!src || line == 0)
        return OBJ_NONE;
    const char *p = src;
    for (uint32_t l = 1; l < line && *p; p++)
        if (*p == '\n')
            l++;
    const char *end = p;
    while (*end && *end != '\n')
        end++;
    return str_new(p, (size_t)(end - p + (*end == '\n')));
}

obj_t syntax_error_new(const type_t *type, qstr filename, uint32_t line, uint32_t col, const char *msg,
                       const char *src)
{
    obj_t m = str_new(msg, strlen(msg));
    obj_t text = source_line(src, line);
    obj_t loc[4] = {obj_new_qstr(filename), obj_new_small_int(line), obj_new_small_int(col), text};
    obj_t args[2] = {m, obj_new_tuple(4, loc)};
    obj_exception_t *e = exception_new(type, 2, args);
    set_attr(e, Q_msg, m);
    set_attr(e, Q_filename, loc[0]);
    set_attr(e, Q_lineno, loc[1]);
    set_attr(e, Q_offset, loc[2]);
    set_attr(e, Q_text, text);
    return e;
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

/* ---- printing ---- */

/* str() of a UnicodeDecodeError / UnicodeEncodeError /
 * UnicodeTranslateError from its attributes, in CPython's words (start
 * and end are used as they are, not clamped). False when they are absent
 * or of the wrong types, to fall back to printing args. */
static bool unicode_error_print(const print_t *p, obj_exception_t *e, const type_t *t)
{
    static const char hex[] = "0123456789abcdef";
    bool dec = obj_is_subclass(t, &type_UnicodeDecodeError);
    bool tr = !dec && obj_is_subclass(t, &type_UnicodeTranslateError);
    if (!dec && !tr && !obj_is_subclass(t, &type_UnicodeEncodeError))
        return false;
    obj_t obj = get_attr(e, Q_object), enc = get_attr(e, Q_encoding);
    obj_t st = get_attr(e, Q_start), en = get_attr(e, Q_end), reason = get_attr(e, Q_reason);
    intptr_t start, end;
    if (!obj || !enc || !reason || !st || !en || !obj_get_int_maybe(st, &start) ||
        !obj_get_int_maybe(en, &end) || start < 0)
        return false;
    size_t size, len = 0;
    const char *data = NULL;
    buffer_info_t info;
    if (dec) {
        if (!bytes_get_buffer(obj, &info))
            return false;
        data = info.buf;
        size = info.len;
    } else {
        if (!str_check(obj))
            return false;
        data = str_get_data(obj, &len);
        size = str_get_charlen(obj);
    }
    if (!tr)
        print_fmt(p, "'%S' codec ", enc);
    print_str(p, dec ? "can't decode " : tr ? "can't translate " : "can't encode ");
    if ((size_t)start < size && end == start + 1) {
        char buf[12];
        size_t n;
        uint32_t c;
        if (dec) {
            c = (uint8_t)data[start];
            print_str(p, "byte 0x");
            n = 2;
        } else {
            utf8_next(data + utf8_offset(data, len, size, (size_t)start), &c);
            print_str(p, "character '\\");
            print_str(p, c <= 0xff ? "x" : c <= 0xffff ? "u" : "U");
            n = c <= 0xff ? 2 : c <= 0xffff ? 4 : 8;
        }
        for (size_t i = 0; i < n; i++)
            buf[i] = hex[(c >> (4 * (n - 1 - i))) & 15];
        print_strn(p, buf, n);
        print_fmt(p, dec ? " in position %zd: %S" : "' in position %zd: %S", (size_t)start, reason);
    } else {
        print_fmt(p, "%s in position %zd-%zd: %S", dec ? "bytes" : "characters", (size_t)start,
                  (size_t)(end - 1), reason);
    }
    return true;
}

static void exception_print_value(const print_t *p, obj_t exc, print_kind_t kind)
{
    obj_exception_t *e = exception_native(exc);
    obj_tuple_t *a = e->args;
    const type_t *t = obj_get_type(exc);
    if (kind == PRINT_REPR) {
        print_str(p, qstr_str(t->name));
        if (a->len == 1) {
            print_str(p, "(");
            obj_print(p, a->items[0], PRINT_REPR);
            print_str(p, ")");
        } else {
            obj_print(p, e->args, PRINT_REPR);
        }
        return;
    }
    if (obj_is_subclass(t, &type_OSError)) {
        obj_t err = get_attr(e, Q_errno), se = get_attr(e, Q_strerror), fn = get_attr(e, Q_filename);
        obj_t fn2 = get_attr(e, Q_filename2);
        if (err && se && err != OBJ_NONE) {
            if (fn && fn != OBJ_NONE && fn2 && fn2 != OBJ_NONE)
                print_fmt(p, "[Errno %S] %S: %r -> %r", err, se, fn, fn2);
            else if (fn && fn != OBJ_NONE)
                print_fmt(p, "[Errno %S] %S: %r", err, se, fn);
            else
                print_fmt(p, "[Errno %S] %S", err, se);
            return;
        }
    }
    if (obj_is_subclass(t, &type_SyntaxError)) {
        obj_t msg = get_attr(e, Q_msg), fn = get_attr(e, Q_filename), ln = get_attr(e, Q_lineno);
        if (msg && fn && ln && fn != OBJ_NONE) {
            print_fmt(p, "%S (%S, line %S)", msg, fn, ln);
            return;
        }
    }
    if (obj_is_subclass(t, &type_UnicodeError) && unicode_error_print(p, e, t))
        return;
    if (a->len == 0)
        return;
    if (a->len == 1) {
        if (obj_is_subclass(t, &type_KeyError))
            obj_print(p, a->items[0], PRINT_REPR);
        else
            obj_print(p, a->items[0], PRINT_STR);
        return;
    }
    obj_print(p, e->args, PRINT_STR);
}

static void exception_print_slot(const print_t *p, obj_t o, print_kind_t kind)
{
    exception_print_value(p, o, kind);
}

typedef struct source_cache {
    qstr file;
    const char *text;
    size_t len;
} source_cache_t;

/* Prints a traceback's source line, stripped and indented as CPython does,
 * when the file can be read; nothing otherwise (never raises). */
static void print_source_line(const print_t *p, source_cache_t *cache, qstr file, uint32_t line)
{
    const char *name = qstr_str(file);
    if (name[0] == '<' || line == 0)
        return;
    if (cache->file != file) {
        char *data;
        size_t len;
        cache->file = file;
        cache->text = NULL;
        if (port_file_read(name, &data, &len) == 0) {
            cache->text = data;
            cache->len = len;
        }
    }
    if (!cache->text)
        return;
    const char *s = cache->text, *end = s + cache->len;
    for (uint32_t l = 1; l < line && s < end; s++)
        if (*s == '\n')
            l++;
    while (s < end && (*s == ' ' || *s == '\t'))
        s++;
    const char *e = s;
    while (e < end && *e != '\n' && *e != '\r')
        e++;
    if (e == s)
        return;
    print_str(p, "    ");
    print_strn(p, s, (size_t)(e - s));
    print_str(p, "\n");
}

static void print_tb(const print_t *p, obj_t exc, int depth)
{
    obj_exception_t *e = exception_native(exc);
    if (depth < 32) {
        if (e->cause) {
            print_tb(p, e->cause, depth + 1);
            print_str(p, "\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e->context && !e->suppress_context) {
            print_tb(p, e->context, depth + 1);
            print_str(p, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    const type_t *t = obj_get_type(exc);
    if (e->tb_len) {
        print_str(p, "Traceback (most recent call last):\n");
        source_cache_t cache = {QSTR_NULL, NULL, 0};
        size_t repeats = 0;
        for (size_t i = e->tb_len; i-- > 0;) {
            const tb_entry_t *te = &e->tb[i];
            bool same = i + 1 < e->tb_len && te->file == te[1].file && te->line == te[1].line &&
                        te->block == te[1].block;
            repeats = same ? repeats + 1 : 0;
            if (repeats >= 3) {
                /* CPython folds runs of the same frame (deep recursion) */
                size_t run = 1;
                while (i >= run && te[-(intptr_t)run].file == te->file && te[-(intptr_t)run].line == te->line &&
                       te[-(intptr_t)run].block == te->block)
                    run++;
                print_fmt(p, "  [Previous line repeated %u more time%s]\n", (unsigned)run, run == 1 ? "" : "s");
                i -= run - 1;
                repeats = 0;
                continue;
            }
            print_fmt(p, "  File \"%q\", line %u, in %q\n", te->file, (unsigned)te->line, te->block);
            print_source_line(p, &cache, te->file, te->line);
        }
    }
    if (obj_is_subclass(t, &type_SyntaxError)) {
        obj_t fn = get_attr(e, Q_filename), ln = get_attr(e, Q_lineno), text = get_attr(e, Q_text);
        obj_t off = get_attr(e, Q_offset), msg = get_attr(e, Q_msg);
        if (fn && ln && fn != OBJ_NONE) {
            print_fmt(p, "  File \"%S\", line %S\n", fn, ln);
            if (text && obj_is_str(text)) {
                size_t len;
                const char *s = str_get_data(text, &len);
                size_t lead = 0;
                while (lead < len && (s[lead] == ' ' || s[lead] == '\t'))
                    lead++;
                while (len > lead && (s[len - 1] == '\n' || s[len - 1] == '\r'))
                    len--;
                print_str(p, "    ");
                print_strn(p, s + lead, len - lead);
                print_str(p, "\n");
                intptr_t col = off && obj_is_small_int(off) ? obj_small_int_value(off) : 0;
                if (col > 0) {
                    print_str(p, "    ");
                    for (intptr_t i = (intptr_t)lead + 1; i < col; i++)
                        print_str(p, " ");
                    print_str(p, "^\n");
                }
            }
            print_fmt(p, "%q: %S\n", t->name, msg ? msg : OBJ_NONE);
            return;
        }
    }
    obj_t mod = (t->flags & TYPE_FLAG_USER) ? type_lookup(t, Q___module__) : OBJ_NULL;
    if (mod && obj_is_str(mod) && !(obj_is_qstr(mod) && (obj_qstr_value(mod) == Q___main__ ||
                                                         obj_qstr_value(mod) == Q_builtins)))
        print_fmt(p, "%S.", mod);
    print_str(p, qstr_str(t->name));
    vstr_t v;
    vstr_init(&v, 32);
    print_t vp;
    vstr_print_init(&vp, &v);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_print(&vp, exc, PRINT_STR);
        nlr_pop();
    } else {
        v.len = 0;
        vstr_add_str(&v, "<exception str() failed>");
    }
    if (v.len) {
        print_str(p, ": ");
        print_strn(p, v.buf, v.len);
    }
    print_str(p, "\n");
}

void exception_print(const print_t *p, obj_t exc)
{
    print_tb(p, exc, 0);
}

/* ---- attributes and methods ---- */

static void exception_attr(obj_t self, qstr attr, obj_t *dest)
{
    obj_exception_t *e = self;
    if (dest[0] == OBJ_NULL) {
        switch (attr) {
        case Q_args:
            dest[0] = e->args;
            return;
        case Q___cause__:
            dest[0] = e->cause ? e->cause : OBJ_NONE;
            return;
        case Q___context__:
            dest[0] = e->context ? e->context : OBJ_NONE;
            return;
        case Q___suppress_context__:
            dest[0] = obj_new_bool(e->suppress_context);
            return;
        case Q___traceback__:
            dest[0] = OBJ_NONE;
            return;
        default: {
            obj_t v = get_attr(e, attr);
            if (v)
                dest[0] = v;
            return;
        }
        }
    }
    obj_t v = dest[1];
    switch (attr) {
    case Q_args:
        e->args = obj_tuple_from_iter(v);
        break;
    case Q___cause__:
        if (v != OBJ_NONE && !obj_isinstance(v, &type_BaseException))
            raise_msg(&type_TypeError, "exception cause must be None or derive from BaseException");
        e->cause = v == OBJ_NONE ? OBJ_NULL : v;
        e->suppress_context = true;
        break;
    case Q___context__:
        e->context = v == OBJ_NONE ? OBJ_NULL : v;
        break;
    case Q___suppress_context__:
        e->suppress_context = obj_is_true(v);
        break;
    case Q___traceback__:
        break;
    default:
        if (v == OBJ_NULL) {
            if (!e->attrs || !map_lookup(&e->attrs->map, obj_new_qstr(attr), MAP_REMOVE))
                return;
        } else {
            set_attr(e, attr, v);
        }
        break;
    }
    dest[0] = OBJ_NULL;
}

static obj_t exception_init(size_t n, const obj_t *args)
{
    obj_exception_t *e = exception_native(args[0]);
    if (obj_isinstance(e, &type_BaseException))
        init_args(e, n - 1, args + 1);
    return OBJ_NONE;
}
static BUILTIN_FUN_VAR(exception_init_obj, Q___init__, 1, 0xffff, exception_init);

static obj_t exception_with_traceback(obj_t self, obj_t tb)
{
    (void)tb;
    return self;
}
static BUILTIN_FUN_2(exception_with_traceback_obj, Q_with_traceback, exception_with_traceback);

static obj_t exception_add_note(obj_t self, obj_t note)
{
    obj_exception_t *e = exception_native(self);
    obj_t notes = get_attr(e, Q___notes__);
    if (!notes) {
        notes = obj_new_list(0, NULL);
        set_attr(e, Q___notes__, notes);
    }
    list_append(notes, note);
    return OBJ_NONE;
}
static BUILTIN_FUN_2(exception_add_note_obj, Q_add_note, exception_add_note);

static const map_elem_t exception_locals_table[] = {
    {ROM_QSTR(Q___init__), ROM_PTR(&exception_init_obj)},
    {ROM_QSTR(Q_with_traceback), ROM_PTR(&exception_with_traceback_obj)},
    {ROM_QSTR(Q_add_note), ROM_PTR(&exception_add_note_obj)},
};
static MAP_ROM(exception_locals, exception_locals_table);

static obj_t exception_unary_op(unary_op_t op, obj_t o)
{
    if (op == UOP_HASH)
        return obj_new_int((intptr_t)((uintptr_t)o >> 4));
    return OBJ_NULL;
}

#define EXC_TYPE(nm, parent_type) \
    const type_t type_##nm = { \
        .base = {&type_type}, \
        .flags = TYPE_FLAG_BASETYPE | TYPE_FLAG_EXCEPTION, \
        .name = Q_##nm, \
        .make_new = exception_make_new, \
        .print = exception_print_slot, \
        .attr = exception_attr, \
        .unary_op = exception_unary_op, \
        .parent = parent_type, \
    };

const type_t type_BaseException = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE | TYPE_FLAG_EXCEPTION,
    .name = Q_BaseException,
    .make_new = exception_make_new,
    .print = exception_print_slot,
    .attr = exception_attr,
    .unary_op = exception_unary_op,
    .locals = &exception_locals,
};

EXC_TYPE(SystemExit, &type_BaseException)
EXC_TYPE(KeyboardInterrupt, &type_BaseException)
EXC_TYPE(GeneratorExit, &type_BaseException)
EXC_TYPE(Exception, &type_BaseException)
EXC_TYPE(StopIteration, &type_Exception)
EXC_TYPE(StopAsyncIteration, &type_Exception)
EXC_TYPE(ArithmeticError, &type_Exception)
EXC_TYPE(FloatingPointError, &type_ArithmeticError)
EXC_TYPE(OverflowError, &type_ArithmeticError)
EXC_TYPE(ZeroDivisionError, &type_ArithmeticError)
EXC_TYPE(AssertionError, &type_Exception)
EXC_TYPE(AttributeError, &type_Exception)
EXC_TYPE(EOFError, &type_Exception)
EXC_TYPE(ImportError, &type_Exception)
EXC_TYPE(ModuleNotFoundError, &type_ImportError)
EXC_TYPE(LookupError, &type_Exception)
EXC_TYPE(IndexError, &type_LookupError)
EXC_TYPE(KeyError, &type_LookupError)
EXC_TYPE(MemoryError, &type_Exception)
EXC_TYPE(NameError, &type_Exception)
EXC_TYPE(UnboundLocalError, &type_NameError)
EXC_TYPE(OSError, &type_Exception)
EXC_TYPE(BlockingIOError, &type_OSError)
EXC_TYPE(ChildProcessError, &type_OSError)
EXC_TYPE(ConnectionError, &type_OSError)
EXC_TYPE(BrokenPipeError, &type_ConnectionError)
EXC_TYPE(ConnectionAbortedError, &type_ConnectionError)
EXC_TYPE(ConnectionRefusedError, &type_ConnectionError)
EXC_TYPE(ConnectionResetError, &type_ConnectionError)
EXC_TYPE(FileExistsError, &type_OSError)
EXC_TYPE(FileNotFoundError, &type_OSError)
EXC_TYPE(InterruptedError, &type_OSError)
EXC_TYPE(IsADirectoryError, &type_OSError)
EXC_TYPE(NotADirectoryError, &type_OSError)
EXC_TYPE(PermissionError, &type_OSError)
EXC_TYPE(ProcessLookupError, &type_OSError)
EXC_TYPE(TimeoutError, &type_OSError)
EXC_TYPE(RuntimeError, &type_Exception)
EXC_TYPE(NotImplementedError, &type_RuntimeError)
EXC_TYPE(RecursionError, &type_RuntimeError)
EXC_TYPE(SyntaxError, &type_Exception)
EXC_TYPE(IndentationError, &type_SyntaxError)
EXC_TYPE(TabError, &type_IndentationError)
EXC_TYPE(SystemError, &type_Exception)
EXC_TYPE(TypeError, &type_Exception)
EXC_TYPE(ValueError, &type_Exception)
EXC_TYPE(BufferError, &type_Exception)
EXC_TYPE(ReferenceError, &type_Exception)
EXC_TYPE(UnicodeTranslateError, &type_UnicodeError)
EXC_TYPE(UnicodeError, &type_ValueError)
EXC_TYPE(UnicodeDecodeError, &type_UnicodeError)
EXC_TYPE(UnicodeEncodeError, &type_UnicodeError)
EXC_TYPE(CancelledError, &type_BaseException)
EXC_TYPE(Warning, &type_Exception)
EXC_TYPE(UserWarning, &type_Warning)
EXC_TYPE(DeprecationWarning, &type_Warning)
EXC_TYPE(PendingDeprecationWarning, &type_Warning)
EXC_TYPE(RuntimeWarning, &type_Warning)
EXC_TYPE(SyntaxWarning, &type_Warning)
EXC_TYPE(FutureWarning, &type_Warning)
EXC_TYPE(ImportWarning, &type_Warning)
EXC_TYPE(UnicodeWarning, &type_Warning)
EXC_TYPE(BytesWarning, &type_Warning)
EXC_TYPE(ResourceWarning, &type_Warning)
EXC_TYPE(EncodingWarning, &type_Warning)

/* ---- errno text ---- */

const char *errno_message(int e)
{
    switch (e) {
#define X(name, num, msg) case num: return msg;
        ERRNO_LIST(X)
#undef X
    default:
        return NULL;
    }
}

const char *errno_name(int e)
{
    switch (e) {
#define X(name, num, msg) case num: return #name;
        ERRNO_LIST(X)
#undef X
    default:
        return NULL;
    }
}
