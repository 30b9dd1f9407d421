/*
 * The runtime: calls, attributes, operators, iteration, exceptions and the
 * interpreter-wide state. Everything here raises Python exceptions through
 * nlr.h on failure unless it says otherwise.
 */
#ifndef CP_RUNTIME_H
#define CP_RUNTIME_H

#include "map.h"
#include "nlr.h"
#include "obj.h"

/* ---- interpreter state: every GC root outside the C stack ---- */
typedef struct vm_state {
    obj_dict_t *modules;        /* sys.modules */
    obj_dict_t *builtins;       /* builtins module dict */
    obj_t sys_path;             /* list */
    obj_t sys_argv;             /* list */
    obj_t cur_exc;              /* exception being handled (sys.exc_info), or NULL */
    obj_t main_module;
    obj_t keyboard_interrupt;   /* preallocated */
    obj_t memory_error;         /* preallocated, so OOM never needs memory */
    obj_t extra_roots[8];       /* for ports and modules */
    struct frame *frame;        /* innermost running Python frame */
    size_t depth;               /* Python call depth */
    size_t recursion_limit;
    uint64_t budget;            /* checks left before KeyboardInterrupt; 0 = no budget */
    bool is_running_finalisers;
    /* gc_lock() calls made by micropython.heap_lock() and not yet undone.
       Here, not in the module, so a fresh VM starts at 0 as its fresh heap
       starts unlocked, whatever the previous program left. */
    unsigned heap_lock_depth;
} vm_state_t;

extern vm_state_t vm;

/* ---- start-up ---- */
/* Initialise the core in the heap region [heap, heap+size). */
void runtime_init(void *heap, size_t size);
/* The same for a heap region that is known to be all zero bytes. */
void runtime_init_zeroed(void *heap, size_t size);
void runtime_deinit(void);

/* ---- exceptions (obj_exception.c) ---- */
extern const type_t type_BaseException, type_Exception, type_SystemExit,
    type_KeyboardInterrupt, type_GeneratorExit, type_StopIteration,
    type_StopAsyncIteration, type_ArithmeticError, type_OverflowError,
    type_ZeroDivisionError, type_AssertionError, type_AttributeError,
    type_EOFError, type_ImportError, type_ModuleNotFoundError,
    type_LookupError, type_IndexError, type_KeyError, type_MemoryError,
    type_NameError, type_UnboundLocalError, type_OSError, type_RuntimeError,
    type_NotImplementedError, type_RecursionError, type_SyntaxError,
    type_IndentationError, type_TabError, type_SystemError, type_TypeError,
    type_ValueError, type_BufferError, type_ReferenceError, type_UnicodeError, type_UnicodeTranslateError, type_UnicodeDecodeError,
    type_UnicodeEncodeError, type_FloatingPointError, type_TimeoutError,
    type_FileNotFoundError, type_FileExistsError, type_PermissionError,
    type_IsADirectoryError, type_NotADirectoryError, type_BlockingIOError,
    type_ConnectionError, type_BrokenPipeError, type_InterruptedError,
    type_ProcessLookupError, type_ChildProcessError, type_ConnectionAbortedError,
    type_ConnectionRefusedError, type_ConnectionResetError, type_CancelledError,
    type_Warning, type_UserWarning, type_DeprecationWarning,
    type_RuntimeWarning, type_SyntaxWarning, type_FutureWarning,
    type_ImportWarning, type_UnicodeWarning, type_BytesWarning,
    type_ResourceWarning, type_PendingDeprecationWarning, type_EncodingWarning;

_Noreturn void raise_obj(obj_t exc);
_Noreturn void raise_msg(const type_t *type, const char *msg);
_Noreturn void raise_fmt(const type_t *type, const char *fmt, ...);
_Noreturn void raise_type_error_fmt(const char *fmt, ...);
_Noreturn void raise_value_error(const char *msg);
/* OSError (or its errno subclass) with errno and the standard message. */
_Noreturn void raise_oserror(int errno_value);
_Noreturn void raise_memory_error(void);
_Noreturn void raise_stop_iteration(obj_t value);
_Noreturn void raise_recursion_error(void);

_Noreturn void raise_attribute_error(obj_t o, qstr attr);
/* SyntaxError (or a subclass) with CPython's attributes; src may be NULL
 * (used to fill .text with the offending line). */
_Noreturn void raise_syntax_error(const type_t *type, qstr filename, uint32_t line, uint32_t col,
                                  const char *msg, const char *src);
obj_t syntax_error_new(const type_t *type, qstr filename, uint32_t line, uint32_t col,
                       const char *msg, const char *src);
/* except clause matching: type is a class or a tuple of classes. */
bool exception_matches(obj_t exc, obj_t type);
obj_t exception_get_traceback(obj_t exc);
/* The exception object behind exc (the native part of a user subclass). */
struct obj_exception *exception_native(obj_t exc);

obj_t exception_new(const type_t *type, size_t n_args, const obj_t *args);
obj_t exception_new_msg(const type_t *type, const char *msg);
bool exception_is(obj_t exc, const type_t *type);  /* isinstance on exceptions */
obj_t exception_get_value(obj_t exc);             /* args[0] or None */
obj_t exception_args(obj_t exc);                  /* tuple */
/* Traceback entries are appended as the exception unwinds each frame. */
void exception_add_traceback(obj_t exc, qstr file, size_t line, qstr block);
void exception_clear_traceback(obj_t exc);
/* Prints "Traceback (most recent call last):" ... "Type: msg" with chained
 * causes, CPython's layout. */
void exception_print(const print_t *p, obj_t exc);
obj_t exception_get_context(obj_t exc);
void exception_set_context(obj_t exc, obj_t context);
void exception_set_cause(obj_t exc, obj_t cause);
/* Make an exception instance from "raise X" where X may be a class. */
obj_t exception_make(obj_t type_or_exc);

/* ---- calls ---- */
/* args: n_args positional values followed by n_kw (str key, value) pairs. */
obj_t call(obj_t fun, size_t n_args, size_t n_kw, const obj_t *args);
obj_t call0(obj_t fun);
obj_t call1(obj_t fun, obj_t a);
obj_t call2(obj_t fun, obj_t a, obj_t b);
obj_t call3(obj_t fun, obj_t a, obj_t b, obj_t c);
/* Call with *args / **kwargs already expanded from a tuple and a dict. */
obj_t call_ex(obj_t fun, obj_t args_seq, obj_t kwargs_map);
/* dest[0] = function, dest[1] = self or OBJ_NULL, then args follow. */
obj_t call_method(size_t n_args, size_t n_kw, obj_t *dest);
/* Raise TypeError when the count is outside [n_min, n_max] or keywords
 * are given to a function that takes none. */
void arg_check_num(size_t n_args, size_t n_kw, size_t n_min, size_t n_max, bool takes_kw);

/* Keyword/positional argument parsing for C functions.
 * Each spec entry names a parameter, whether it is required and whether it
 * may be passed positionally; values get the default when absent. */
typedef struct arg_spec {
    qstr name;
    uint8_t flags;      /* ARG_REQUIRED | ARG_KW_ONLY */
    obj_t def;          /* default value (OBJ_NULL for "absent") */
} arg_spec_t;
enum { ARG_REQUIRED = 1, ARG_KW_ONLY = 2 };
void arg_parse(const char *fname, size_t n_args, const obj_t *args, map_t *kw,
               size_t n_spec, const arg_spec_t *spec, obj_t *out);
void arg_parse_all(const char *fname, size_t n_args, size_t n_kw, const obj_t *args,
                   size_t n_spec, const arg_spec_t *spec, obj_t *out);

/* ---- attributes ---- */
obj_t load_attr(obj_t o, qstr attr);              /* raises AttributeError */
obj_t load_attr_maybe(obj_t o, qstr attr);        /* OBJ_NULL when missing */
void load_method(obj_t o, qstr attr, obj_t *dest); /* raises when missing */
void load_method_maybe(obj_t o, qstr attr, obj_t *dest); /* dest[0] NULL when missing */
void store_attr(obj_t o, qstr attr, obj_t value);  /* value NULL deletes */
/* Generic attribute lookup on a type's MRO; returns OBJ_NULL when absent. */
obj_t type_lookup(const type_t *type, qstr attr);
/* Bind a class attribute found by lookup to instance self (functions become
 * methods, property getters run, ...). Writes dest like an attr slot. */
void attr_bind(obj_t self, const type_t *type, obj_t member, obj_t *dest);

/* ---- names ---- */
obj_t load_global(obj_dict_t *globals, qstr name);
obj_t load_name(obj_dict_t *locals, obj_dict_t *globals, qstr name);

/* ---- operators ---- */
obj_t unary_op(unary_op_t op, obj_t o);
obj_t binary_op(binary_op_t op, obj_t lhs, obj_t rhs);
obj_t compare_op(binary_op_t op, obj_t lhs, obj_t rhs);
bool obj_contains(obj_t container, obj_t item);

/* ---- iteration ---- */
obj_t getiter(obj_t o, iter_buf_t *buf);
obj_t iternext(obj_t it);          /* OBJ_STOP_ITERATION at the end */
obj_t iternext_or_raise(obj_t it); /* raises StopIteration at the end */
/* Unpack exactly n values (a, b = x) into out[0..n) in order. */
void unpack_sequence(obj_t seq, size_t n, obj_t *out);
/* a, *b, c = x: n_before values, a list, n_after values into out. */
void unpack_ex(obj_t seq, size_t n_before, size_t n_after, obj_t *out);

/* ---- import ---- */
obj_t import_name(qstr name, obj_t fromlist, int level, obj_dict_t *globals);
obj_t import_from(obj_t module, qstr name);
void import_all(obj_t module, obj_dict_t *dest);
/* Registry of built-in C modules, generated from MODULE_REGISTER. */
typedef struct module_def {
    qstr name;
    const obj_module_t *module;
} module_def_t;
#define MODULE_REGISTER(q, mod)
/* A module's object that belongs in builtins too (open from io). */
#define BUILTIN_REGISTER(q, obj)
obj_t module_find_builtin(qstr name);
obj_t module_new(qstr name);
obj_dict_t *module_globals(obj_t mod);

/* ---- execution ---- */
/* Compile source (mode PARSE_FILE/PARSE_SINGLE/PARSE_EVAL) into a
 * function object taking no arguments; raises SyntaxError. */
obj_t compile_source(const char *src, size_t len, qstr filename, int mode, bool is_repl);
/* Run a top-level code function in globals (and locals for class bodies /
 * exec with two dicts). */
obj_t exec_code(obj_t fun, obj_dict_t *globals, obj_dict_t *locals);

/* Compile and run a source file in globals; raises OSError when the file
 * cannot be read. */
void exec_file(const char *path, obj_dict_t *globals);
/* Names of the built-in modules, C and frozen top-level (a list), for
 * help("modules") and completion. */
obj_t module_builtin_names(void);
/* Runs module name's source as __main__ (python3 -m name): the parent
 * packages are imported first, a package runs its __main__ submodule.
 * Returns -1 when there is no source for it (missing, or built in);
 * raises what the code raises. */
int import_run_main(qstr name);
/* The built-in module whose table holds native type t under t's own name
 * (collections for deque), or QSTR_NULL (builtins, nested and unlisted
 * types). Slow: a scan of every module table; for repr and __module__. */
qstr module_of_native_type(const void *t);

/* Poll for pending Ctrl-C; raises KeyboardInterrupt. */
void runtime_check_interrupt(void);
/* Check C stack use / recursion depth before a nested call. */
void runtime_check_stack(void);

#endif
