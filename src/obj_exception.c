/*
 * Exceptions: the built-in hierarchy, exception objects, raising, chaining
 * and CPython-style traceback printing.
 *
 * Invariant: a raised value is always an instance of BaseException or of a
 * user subclass whose native part (exception_native) holds the state.
 * Traceback entries are appended innermost-first as frames unwind; their
 * storage is allocated without raising so MemoryError can always unwind.
 *
 * This file holds exception objects (construction, state, attributes and
 * methods), the built-in hierarchy and errno texts. Raising is in
 * obj_exception_raise.c, printing and tracebacks in obj_exception_print.c;
 * obj_exception_impl.h holds what they share.
 */
#include <string.h>

#include "errno_codes.h"
#include "gc.h"
#include "map.h"
#include "mem.h"
#include "obj_dict.h"
#include "obj_exception_impl.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"

QSTR_MACRO(EXC_TYPE);

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

obj_t exception_get_attr(obj_exception_t *e, qstr q)
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
    obj_t v = exception_get_attr(e, Q_value);
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
            obj_t v = exception_get_attr(e, attr);
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
    obj_t notes = exception_get_attr(e, Q___notes__);
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
