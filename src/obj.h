/*
 * The object model: one tagged word for every Python value.
 *
 * Representation of obj_t (a pointer-sized word):
 *   ...xxx1   small int: the value shifted left by one (arithmetic >> 1)
 *   ...xx10   interned string (qstr): the qstr index shifted left by two
 *   ...xx00   pointer to an object whose first member is obj_base_t
 * OBJ_NULL (0) is never a Python value; it means "absent" / "not found" /
 * "not implemented" depending on the API, which says which.
 *
 * Every heap or static object begins with obj_base_t, so the type of any
 * pointer value is one load away. Types are const tables of slots (type_t);
 * user classes are type_t objects allocated on the heap.
 */
#ifndef CP_OBJ_H
#define CP_OBJ_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "qstr.h"

typedef void *obj_t;
typedef struct type type_t;

#define OBJ_NULL ((obj_t)0)
/* Marker for "store" in attr/subscr protocols and "no value" in iterators. */
#define OBJ_SENTINEL ((obj_t)4)
#define OBJ_STOP_ITERATION ((obj_t)8)

typedef struct obj_base {
    const type_t *type;
} obj_base_t;

/* ---- small ints ---- */
#define SMALL_INT_BITS (sizeof(uintptr_t) * 8 - 1)
#define SMALL_INT_MIN ((intptr_t)(((uintptr_t)-1) << (SMALL_INT_BITS - 1)))
#define SMALL_INT_MAX ((intptr_t)(~(uintptr_t)SMALL_INT_MIN))

static inline bool obj_is_small_int(obj_t o) { return ((uintptr_t)o & 1) != 0; }
static inline intptr_t obj_small_int_value(obj_t o) { return (intptr_t)o >> 1; }
static inline obj_t obj_new_small_int(intptr_t v) { return (obj_t)(((uintptr_t)v << 1) | 1); }
static inline bool small_int_fits(intptr_t v) { return v >= SMALL_INT_MIN && v <= SMALL_INT_MAX; }

/* ---- interned strings ---- */
static inline bool obj_is_qstr(obj_t o) { return ((uintptr_t)o & 3) == 2; }
static inline qstr obj_qstr_value(obj_t o) { return (qstr)((uintptr_t)o >> 2); }
static inline obj_t obj_new_qstr(qstr q) { return (obj_t)(((uintptr_t)q << 2) | 2); }

static inline bool obj_is_ptr(obj_t o) { return ((uintptr_t)o & 3) == 0 && o != OBJ_NULL; }

/* ---- printing ---- */
typedef struct print {
    void *data;
    void (*write)(void *data, const char *s, size_t n);
} print_t;

typedef enum { PRINT_STR = 0, PRINT_REPR = 1 } print_kind_t;

/* ---- operators (shared by the compiler, VM and type slots) ---- */
typedef enum {
    UOP_POS, UOP_NEG, UOP_INVERT, UOP_NOT, UOP_BOOL, UOP_LEN, UOP_HASH,
    UOP_ABS, UOP_INT, UOP_FLOAT, UOP_INDEX,
    UOP_COUNT
} unary_op_t;

typedef enum {
    /* comparisons first: their order matters to the compiler */
    BOP_LT, BOP_GT, BOP_EQ, BOP_NE, BOP_LE, BOP_GE, BOP_IN, BOP_NOT_IN,
    BOP_IS, BOP_IS_NOT, BOP_EXC_MATCH,
    /* in-place forms are BOP_INPLACE_OFFSET away from the plain ones */
    BOP_OR, BOP_XOR, BOP_AND, BOP_LSHIFT, BOP_RSHIFT, BOP_ADD, BOP_SUB,
    BOP_MUL, BOP_MATMUL, BOP_FLOORDIV, BOP_TRUEDIV, BOP_MOD, BOP_POW,
    BOP_INPLACE_OR, BOP_INPLACE_XOR, BOP_INPLACE_AND, BOP_INPLACE_LSHIFT,
    BOP_INPLACE_RSHIFT, BOP_INPLACE_ADD, BOP_INPLACE_SUB, BOP_INPLACE_MUL,
    BOP_INPLACE_MATMUL, BOP_INPLACE_FLOORDIV, BOP_INPLACE_TRUEDIV,
    BOP_INPLACE_MOD, BOP_INPLACE_POW,
    /* reflected forms, used only to look up __radd__ & co */
    BOP_REVERSE_OR, BOP_REVERSE_XOR, BOP_REVERSE_AND, BOP_REVERSE_LSHIFT,
    BOP_REVERSE_RSHIFT, BOP_REVERSE_ADD, BOP_REVERSE_SUB, BOP_REVERSE_MUL,
    BOP_REVERSE_MATMUL, BOP_REVERSE_FLOORDIV, BOP_REVERSE_TRUEDIV,
    BOP_REVERSE_MOD, BOP_REVERSE_POW,
    BOP_COUNT
} binary_op_t;

#define BOP_INPLACE_OFFSET (BOP_INPLACE_OR - BOP_OR)
#define BOP_REVERSE_OFFSET (BOP_REVERSE_OR - BOP_OR)

/* ---- buffer protocol ---- */
typedef struct buffer_info {
    void *buf;
    size_t len;     /* in bytes */
    char typecode;  /* struct-module letter, 'B' for bytes */
} buffer_info_t;

enum { BUFFER_READ = 1, BUFFER_WRITE = 2 };

/* ---- iteration ---- */
/* Space a getiter slot may use instead of allocating (for loops keep one on
 * the VM stack). */
typedef struct iter_buf {
    obj_base_t base;
    obj_t state[3];
} iter_buf_t;

/* ---- type slots ----
 * make_new: construct from args (n_args positional, then n_kw key/value
 *           pairs where each key is a str object).
 * print:    write str() or repr() form.
 * call:     same argument layout as make_new.
 * unary_op: return OBJ_NULL when unsupported.
 * binary_op: self is the left operand (or the right one for reflected ops
 *           dispatched by runtime); return OBJ_NULL for NotImplemented.
 * attr:     load when dest[0] == OBJ_NULL: set dest[0] to the value, or to
 *           a function and dest[1] to self for a method call; leave NULL if
 *           missing. Store when dest[0] == OBJ_SENTINEL: dest[1] is the new
 *           value (OBJ_NULL for delete); set dest[0] = OBJ_NULL on success.
 * subscr:   value OBJ_SENTINEL = load, OBJ_NULL = delete, else store;
 *           returns the loaded value, or OBJ_NULL when unsupported.
 * getiter:  returns an iterator; may use iter_buf when non-NULL.
 * iternext: returns the next value or OBJ_STOP_ITERATION (no exception).
 * buffer:   fills info, returns 0, or returns -1 when unsupported.
 */
typedef obj_t (*make_new_fn_t)(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args);
typedef void (*print_fn_t)(const print_t *print, obj_t o, print_kind_t kind);
typedef obj_t (*call_fn_t)(obj_t fun, size_t n_args, size_t n_kw, const obj_t *args);
typedef obj_t (*unary_op_fn_t)(unary_op_t op, obj_t o);
typedef obj_t (*binary_op_fn_t)(binary_op_t op, obj_t lhs, obj_t rhs);
typedef void (*attr_fn_t)(obj_t o, qstr attr, obj_t *dest);
typedef obj_t (*subscr_fn_t)(obj_t self, obj_t index, obj_t value);
typedef obj_t (*getiter_fn_t)(obj_t self, iter_buf_t *iter_buf);
typedef obj_t (*iternext_fn_t)(obj_t self);
typedef int (*buffer_fn_t)(obj_t o, buffer_info_t *info, unsigned flags);

typedef struct map map_t;

enum {
    TYPE_FLAG_USER = 1 << 0,          /* defined by a class statement */
    TYPE_FLAG_BASETYPE = 1 << 1,      /* may be subclassed */
    TYPE_FLAG_EQ_IS_IDENTITY = 1 << 2, /* == is "is" (fast path) */
    TYPE_FLAG_HAS_GETATTR = 1 << 3,   /* user class defines __getattr__ */
    TYPE_FLAG_HAS_SETATTR = 1 << 4,   /* user class defines __setattr__/__delattr__ */
    TYPE_FLAG_HAS_DESCRIPTORS = 1 << 5, /* some class attr defines __get__/__set__ */
    TYPE_FLAG_ITER_IS_SELF = 1 << 6,  /* getiter returns self */
    TYPE_FLAG_EXCEPTION = 1 << 7,     /* BaseException or a subclass */
    TYPE_FLAG_SLOTS_ONLY = 1 << 8,    /* user class whose instances have only __slots__ */
    TYPE_FLAG_HAS_GETATTRIBUTE = 1 << 9, /* user class overrides __getattribute__ */
};

struct type {
    obj_base_t base;            /* &type_type */
    uint16_t flags;
    qstr name;
    make_new_fn_t make_new;
    print_fn_t print;
    call_fn_t call;
    unary_op_fn_t unary_op;
    binary_op_fn_t binary_op;
    attr_fn_t attr;
    subscr_fn_t subscr;
    getiter_fn_t getiter;
    iternext_fn_t iternext;
    buffer_fn_t buffer;
    const void *protocol;       /* type-specific extra table (streams, ...) */
    map_t *locals;              /* methods and class attributes (may be NULL) */
    const type_t *parent;       /* single native base, NULL for object */
    obj_t bases;                /* user classes: tuple of bases, else NULL */
    obj_t mro;                  /* user classes: tuple, self first, else NULL */
    const type_t *native_base;  /* user classes: nearest native base other
                                   than object, or NULL */
    /* Called when an object allocated with GC_FLAG_FINALISE is collected
     * (files, hardware objects): release what the object holds. Runs
     * inside the collector, so it must not allocate or raise. */
    void (*finalise)(obj_t self);
};

/* ---- maps (dict storage, module globals, instance attributes) ---- */
typedef struct map_elem {
    obj_t key;
    obj_t value;
} map_elem_t;

struct map {
    size_t used;          /* live entries */
    size_t filled;        /* elems[0..filled) used, including deleted holes */
    size_t alloc;         /* capacity of elems */
    uint32_t *index;      /* hash index of size index_mask+1, or NULL */
    size_t index_mask;
    map_elem_t *elems;
    bool is_fixed;        /* const table: linear lookup, never modified */
};

/* ---- core object structs used across files ---- */
typedef struct obj_tuple {
    obj_base_t base;
    size_t len;
    obj_t items[];
} obj_tuple_t;

typedef struct obj_list {
    obj_base_t base;
    size_t len;
    size_t alloc;
    obj_t *items;
} obj_list_t;

typedef struct obj_dict {
    obj_base_t base;
    map_t map;
} obj_dict_t;

typedef struct obj_str {
    obj_base_t base;
    uintptr_t hash;       /* 0 = not computed yet */
    size_t len;           /* bytes */
    size_t charlen;       /* code points (== len when ASCII); bytes: == len */
    const char *data;     /* NUL-terminated; may point to static data */
} obj_str_t;

typedef struct obj_float {
    obj_base_t base;
    double value;
} obj_float_t;

typedef struct obj_module {
    obj_base_t base;
    obj_dict_t *globals;
} obj_module_t;

typedef struct obj_instance {
    obj_base_t base;
    map_t attrs;
    obj_t native;         /* instance of type->native_base, or NULL */
} obj_instance_t;

/* A C function exposed to Python. n_min..n_max bound the positional count;
 * takes_kw selects the kw form. */
typedef obj_t (*fun_0_t)(void);
typedef obj_t (*fun_1_t)(obj_t);
typedef obj_t (*fun_2_t)(obj_t, obj_t);
typedef obj_t (*fun_3_t)(obj_t, obj_t, obj_t);
typedef obj_t (*fun_var_t)(size_t n, const obj_t *args);
typedef obj_t (*fun_kw_t)(size_t n, const obj_t *args, map_t *kw);

typedef struct obj_builtin {
    obj_base_t base;
    uint16_t n_min;
    uint16_t n_max;       /* 0xffff = unbounded */
    uint8_t kind;         /* BUILTIN_FIXED / BUILTIN_VAR / BUILTIN_KW */
    qstr name;
    union {
        fun_0_t f0;
        fun_1_t f1;
        fun_2_t f2;
        fun_3_t f3;
        fun_var_t var;
        fun_kw_t kw;
    } fun;
} obj_builtin_t;

enum { BUILTIN_FIXED = 0, BUILTIN_VAR = 1, BUILTIN_KW = 2 };

/* Static definition helpers for C functions and const tables. */
#define BUILTIN_FUN_0(obj, nm, f) \
    const obj_builtin_t obj = {{&type_builtin}, 0, 0, BUILTIN_FIXED, nm, {.f0 = f}}
#define BUILTIN_FUN_1(obj, nm, f) \
    const obj_builtin_t obj = {{&type_builtin}, 1, 1, BUILTIN_FIXED, nm, {.f1 = f}}
#define BUILTIN_FUN_2(obj, nm, f) \
    const obj_builtin_t obj = {{&type_builtin}, 2, 2, BUILTIN_FIXED, nm, {.f2 = f}}
#define BUILTIN_FUN_3(obj, nm, f) \
    const obj_builtin_t obj = {{&type_builtin}, 3, 3, BUILTIN_FIXED, nm, {.f3 = f}}
#define BUILTIN_FUN_VAR(obj, nm, lo, hi, f) \
    const obj_builtin_t obj = {{&type_builtin}, lo, hi, BUILTIN_VAR, nm, {.var = f}}
#define BUILTIN_FUN_KW(obj, nm, lo, f) \
    const obj_builtin_t obj = {{&type_builtin}, lo, 0xffff, BUILTIN_KW, nm, {.kw = f}}

/* staticmethod / classmethod objects, also usable as const C tables for
 * class methods of built-in types (e.g. int.from_bytes). */
typedef struct obj_wrapper {
    obj_base_t base;
    obj_t fun;
} obj_wrapper_t;
#define CLASSMETHOD(obj, funobj) const obj_wrapper_t obj = {{&type_classmethod}, (obj_t)(funobj)}
#define STATICMETHOD(obj, funobj) const obj_wrapper_t obj = {{&type_staticmethod}, (obj_t)(funobj)}

/* property(fget, fset, fdel); const ones describe attributes of C types. */
typedef struct obj_property {
    obj_base_t base;
    obj_t fget, fset, fdel, doc;
} obj_property_t;

/* An empty argument array: pass this rather than NULL when there are no
 * arguments, so that pointer arithmetic on args stays defined. */
extern const obj_t obj_no_args[1];

#define OBJ_FROM_PTR(p) ((obj_t)(p))
#define OBJ_TO_PTR(o) ((void *)(o))

/* A const map built from a static table of elements keyed by qstr objects. */
#define MAP_ROM(name, table) \
    map_t name = {sizeof(table) / sizeof((table)[0]), sizeof(table) / sizeof((table)[0]), \
                  sizeof(table) / sizeof((table)[0]), NULL, 0, (map_elem_t *)(table), true}
/* A const dict over a static table (module globals). */
#define DICT_ROM(name, table) \
    obj_dict_t name = {{&type_dict}, {sizeof(table) / sizeof((table)[0]), sizeof(table) / sizeof((table)[0]), \
                                      sizeof(table) / sizeof((table)[0]), NULL, 0, (map_elem_t *)(table), true}}
#define ROM_QSTR(q) ((obj_t)(((uintptr_t)(q) << 2) | 2))
#define ROM_INT(i) ((obj_t)(((uintptr_t)(i) << 1) | 1))
#define ROM_PTR(p) ((obj_t)(p))

/* ---- singletons and built-in types ---- */
typedef struct obj_singleton { obj_base_t base; } obj_singleton_t;
extern const obj_singleton_t obj_none_, obj_ellipsis_, obj_notimplemented_;
typedef struct obj_bool { obj_base_t base; bool value; } obj_bool_t;
extern const obj_bool_t obj_true_, obj_false_;
#define OBJ_NONE ((obj_t)&obj_none_)
#define OBJ_TRUE ((obj_t)&obj_true_)
#define OBJ_FALSE ((obj_t)&obj_false_)
#define OBJ_ELLIPSIS ((obj_t)&obj_ellipsis_)
#define OBJ_NOTIMPLEMENTED ((obj_t)&obj_notimplemented_)
static inline obj_t obj_new_bool(bool b) { return b ? OBJ_TRUE : OBJ_FALSE; }

extern const type_t type_type, type_object, type_none, type_bool, type_int,
    type_float, type_complex, type_str, type_bytes, type_bytearray,
    type_memoryview, type_tuple, type_list, type_dict, type_set,
    type_frozenset, type_range, type_slice, type_function, type_closure,
    type_builtin, type_bound_method, type_generator, type_coroutine,
    type_module, type_cell, type_property, type_staticmethod,
    type_classmethod, type_ellipsis, type_notimplemented, type_super,
    type_code, type_enumerate, type_zip, type_map, type_filter,
    type_reversed, type_dict_keys, type_dict_values, type_dict_items,
    type_instance_iter;

/* ---- generic object API (obj.c) ----
 * These raise Python exceptions (via nlr) on failure unless stated. */
static inline const type_t *obj_get_type(obj_t o)
{
    if (obj_is_small_int(o))
        return &type_int;
    if (obj_is_qstr(o))
        return &type_str;
    return ((const obj_base_t *)o)->type;
}
static inline bool obj_is_type(obj_t o, const type_t *t)
{
    return obj_is_ptr(o) && ((const obj_base_t *)o)->type == t;
}
bool obj_is_subclass(const type_t *t, const type_t *base);
bool obj_isinstance(obj_t o, const type_t *t);
bool obj_is_int(obj_t o);     /* int or bool or big int */
bool obj_is_str(obj_t o);     /* exact str (qstr or heap) */
bool obj_is_callable(obj_t o);

void obj_print(const print_t *p, obj_t o, print_kind_t kind);
obj_t obj_repr(obj_t o);          /* returns a str */
obj_t obj_str(obj_t o);           /* returns a str */
obj_t obj_ascii(obj_t o);         /* ascii(): repr with non-ASCII escaped */
bool obj_is_true(obj_t o);
bool obj_equal(obj_t a, obj_t b);
uintptr_t obj_hash(obj_t o);      /* raises TypeError when unhashable */
intptr_t obj_get_int(obj_t o);    /* int-like to C; raises on non-int / overflow */
bool obj_get_int_maybe(obj_t o, intptr_t *out); /* false if not an int or too big */
double obj_get_float(obj_t o);    /* int or float to double; raises TypeError */
size_t obj_len(obj_t o);          /* raises TypeError when no len */
obj_t obj_len_maybe(obj_t o);     /* OBJ_NULL when no len */
obj_t obj_subscr(obj_t o, obj_t index, obj_t value);
const char *obj_type_name(obj_t o);
/* getiter slot of iterator types: returns self (added by containers helper). */
obj_t obj_getiter_self(obj_t self, iter_buf_t *iter_buf);
/* Index into a sequence of len, honouring negatives; raises IndexError with
 * "<type_name> index out of range". */
size_t obj_get_index(const type_t *type, size_t len, obj_t index, bool is_slice);

/* ---- printing helpers (print.c) ---- */
extern const print_t print_stdout;
extern const print_t print_stderr;
void print_str(const print_t *p, const char *s);
void print_strn(const print_t *p, const char *s, size_t n);
void print_int(const print_t *p, intptr_t v);
void print_fmt(const print_t *p, const char *fmt, ...);
void print_vfmt(const print_t *p, const char *fmt, va_list ap);

/* ---- commonly used constructors (in their obj_*.c) ---- */
obj_t obj_new_int(intptr_t v);
obj_t obj_new_int_from_uint(uintptr_t v);
obj_t obj_new_int_from_ll(long long v);
obj_t obj_new_int_from_ull(unsigned long long v);
obj_t obj_new_float(double v);
obj_t obj_new_str(const char *s, size_t len);        /* validates nothing: s must be UTF-8 */
obj_t obj_new_str_copy(const char *s);
obj_t obj_new_bytes(const void *s, size_t len);
obj_t obj_new_tuple(size_t n, const obj_t *items);   /* items may be NULL: zero-filled */
obj_t obj_new_list(size_t n, const obj_t *items);    /* items may be NULL: zero-filled */
obj_t obj_new_dict(size_t n_hint);
obj_t obj_new_set(size_t n, const obj_t *items);
obj_t obj_new_cell(obj_t value);

#endif
