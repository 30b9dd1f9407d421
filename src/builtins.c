/*
 * The builtins module: functions and the names of the built-in types.
 * Iterator types (enumerate, zip, map, filter, reversed) live in
 * obj_iter.c.
 * Namespaces and running code (globals, locals, vars, dir, exec, eval,
 * compile, __import__) are in builtins_eval.c, console I/O (print, input,
 * help) in builtins_io.c.
 */
#include "builtins_impl.h"
#include "map.h"
#include "obj_dict.h"
#include "obj_gen.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

QSTR_MACRO(EXC);

static obj_t b_abs(obj_t x)
{
    if (obj_is_small_int(x)) {
        intptr_t v = obj_small_int_value(x);
        return obj_new_int(v < 0 ? -v : v);
    }
    return unary_op(UOP_ABS, x);
}
static BUILTIN_FUN_1(abs_obj, Q_abs, b_abs);

static obj_t b_all(obj_t it)
{
    it = getiter(it, NULL);
    obj_t v;
    while ((v = iternext(it)) != OBJ_STOP_ITERATION)
        if (!obj_is_true(v))
            return OBJ_FALSE;
    return OBJ_TRUE;
}
static BUILTIN_FUN_1(all_obj, Q_all, b_all);

static obj_t b_any(obj_t it)
{
    it = getiter(it, NULL);
    obj_t v;
    while ((v = iternext(it)) != OBJ_STOP_ITERATION)
        if (obj_is_true(v))
            return OBJ_TRUE;
    return OBJ_FALSE;
}
static BUILTIN_FUN_1(any_obj, Q_any, b_any);

static obj_t int_prefix_format(obj_t x, unsigned base, const char *prefix)
{
    intptr_t dummy;
    if (!obj_is_int(x) && !obj_get_int_maybe(x, &dummy)) {
        obj_t idx = type_lookup(obj_get_type(x), Q___index__);
        if (!idx || !(obj_get_type(x)->flags & TYPE_FLAG_USER))
            raise_fmt(&type_TypeError, "'%s' object cannot be interpreted as an integer", obj_type_name(x));
        x = call1(idx, x);
    }
    obj_t digits = int_to_str_base(x, base, false);
    size_t len;
    const char *s = str_get_data(digits, &len);
    vstr_t v;
    vstr_init(&v, len + 3);
    if (s[0] == '-') {
        vstr_add_char(&v, '-');
        s++;
        len--;
    }
    vstr_add_str(&v, prefix);
    vstr_add_strn(&v, s, len);
    return vstr_to_str(&v);
}

static obj_t b_bin(obj_t x) { return int_prefix_format(x, 2, "0b"); }
static obj_t b_oct(obj_t x) { return int_prefix_format(x, 8, "0o"); }
static obj_t b_hex(obj_t x) { return int_prefix_format(x, 16, "0x"); }
static BUILTIN_FUN_1(bin_obj, Q_bin, b_bin);
static BUILTIN_FUN_1(oct_obj, Q_oct, b_oct);
static BUILTIN_FUN_1(hex_obj, Q_hex, b_hex);

static obj_t b_callable(obj_t x)
{
    return obj_new_bool(obj_is_callable(x));
}
static BUILTIN_FUN_1(callable_obj, Q_callable, b_callable);

static obj_t b_chr(obj_t x)
{
    intptr_t c = obj_get_int(x);
    if (c < 0 || c > 0x10ffff)
        raise_msg(&type_ValueError, "chr() arg not in range(0x110000)");
    vstr_t v;
    vstr_init(&v, 4);
    vstr_add_unichar(&v, (uint32_t)c);
    return vstr_to_str(&v);
}
static BUILTIN_FUN_1(chr_obj, Q_chr, b_chr);

static obj_t b_ord(obj_t x)
{
    size_t len;
    if (obj_is_str(x)) {
        const char *s = str_get_data(x, &len);
        size_t n = str_get_charlen(x);
        if (n != 1)
            raise_fmt(&type_TypeError, "ord() expected a character, but string of length %u found", (unsigned)n);
        uint32_t cp;
        utf8_next(s, &cp);
        return obj_new_small_int(cp);
    }
    if (obj_is_type(x, &type_bytes) || obj_is_type(x, &type_bytearray)) {
        buffer_info_t bi;
        obj_get_type(x)->buffer(x, &bi, BUFFER_READ);
        if (bi.len != 1)
            raise_fmt(&type_TypeError, "ord() expected a character, but string of length %u found", (unsigned)bi.len);
        return obj_new_small_int(((uint8_t *)bi.buf)[0]);
    }
    raise_fmt(&type_TypeError, "ord() expected string of length 1, but %s found", obj_type_name(x));
}
static BUILTIN_FUN_1(ord_obj, Q_ord, b_ord);

static obj_t b_delattr(obj_t o, obj_t name)
{
    if (!obj_is_str(name))
        raise_fmt(&type_TypeError, "attribute name must be string, not '%s'", obj_type_name(name));
    store_attr(o, str_get_qstr(name), OBJ_NULL);
    return OBJ_NONE;
}
static BUILTIN_FUN_2(delattr_obj, Q_delattr, b_delattr);

static obj_t b_setattr(obj_t o, obj_t name, obj_t v)
{
    if (!obj_is_str(name))
        raise_fmt(&type_TypeError, "attribute name must be string, not '%s'", obj_type_name(name));
    store_attr(o, str_get_qstr(name), v);
    return OBJ_NONE;
}
static BUILTIN_FUN_3(setattr_obj, Q_setattr, b_setattr);

static obj_t b_getattr(size_t n, const obj_t *args)
{
    if (!obj_is_str(args[1]))
        raise_fmt(&type_TypeError, "attribute name must be string, not '%s'", obj_type_name(args[1]));
    qstr q = str_get_qstr(args[1]);
    if (n == 2)
        return load_attr(args[0], q);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t v = load_attr(args[0], q);
        nlr_pop();
        return v;
    }
    if (!exception_is(nlr.value, &type_AttributeError))
        raise_obj(nlr.value);
    return args[2];
}
static BUILTIN_FUN_VAR(getattr_obj, Q_getattr, 2, 3, b_getattr);

static obj_t b_hasattr(obj_t o, obj_t name)
{
    if (!obj_is_str(name))
        raise_fmt(&type_TypeError, "attribute name must be string, not '%s'", obj_type_name(name));
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t v = load_attr_maybe(o, str_get_qstr(name));
        nlr_pop();
        return obj_new_bool(v != OBJ_NULL);
    }
    if (!exception_is(nlr.value, &type_AttributeError))
        raise_obj(nlr.value);
    return OBJ_FALSE;
}
static BUILTIN_FUN_2(hasattr_obj, Q_hasattr, b_hasattr);

static obj_t b_divmod(obj_t a, obj_t b)
{
    obj_t r = int_divmod(a, b);
    if (r != OBJ_NULL)
        return r;
    const type_t *ta = obj_get_type(a), *tb = obj_get_type(b);
    obj_t m = (ta->flags & TYPE_FLAG_USER) ? type_lookup_special(ta, Q___divmod__) : OBJ_NULL;
    if (m != OBJ_NULL && (r = call2(m, a, b)) != OBJ_NOTIMPLEMENTED)
        return r;
    m = (tb != ta && (tb->flags & TYPE_FLAG_USER)) ? type_lookup_special(tb, Q___rdivmod__) : OBJ_NULL;
    if (m != OBJ_NULL && (r = call2(m, b, a)) != OBJ_NOTIMPLEMENTED)
        return r;
    raise_fmt(&type_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", obj_type_name(a),
              obj_type_name(b));
}
static BUILTIN_FUN_2(divmod_obj, Q_divmod, b_divmod);

static obj_t b_hash(obj_t o)
{
    uintptr_t h = obj_hash(o);
    return obj_new_int((intptr_t)h);
}
static BUILTIN_FUN_1(hash_obj, Q_hash, b_hash);

static obj_t b_id(obj_t o)
{
    return obj_new_int_from_uint((uintptr_t)o);
}
static BUILTIN_FUN_1(id_obj, Q_id, b_id);

/* isinstance/issubclass over a class or a (nested) tuple of classes,
 * checking entries in order as CPython does. */
static bool is_sub(obj_t cls, obj_t target, const char *fname)
{
    if (obj_is_type(target, &type_tuple)) {
        obj_tuple_t *t = target;
        for (size_t i = 0; i < t->len; i++)
            if (is_sub(cls, t->items[i], fname))
                return true;
        return false;
    }
    if (!obj_isinstance(target, &type_type)) {
        if (fname[2] == 'i')
            raise_fmt(&type_TypeError, "%s() arg 2 must be a type, a tuple of types, or a union", fname);
        raise_fmt(&type_TypeError, "%s() arg 2 must be a class, a tuple of classes, or a union", fname);
    }
    return obj_is_subclass(cls, target);
}

static obj_t b_isinstance(obj_t o, obj_t cls)
{
    return obj_new_bool(is_sub((obj_t)obj_get_type(o), cls, "isinstance"));
}
static BUILTIN_FUN_2(isinstance_obj, Q_isinstance, b_isinstance);

static obj_t b_issubclass(obj_t c, obj_t cls)
{
    if (!obj_isinstance(c, &type_type))
        raise_msg(&type_TypeError, "issubclass() arg 1 must be a class");
    return obj_new_bool(is_sub(c, cls, "issubclass"));
}
static BUILTIN_FUN_2(issubclass_obj, Q_issubclass, b_issubclass);

static obj_t b_iter(size_t n, const obj_t *args)
{
    if (n == 2)
        return callable_iter_new(args[0], args[1]);
    return getiter(args[0], NULL);
}
static BUILTIN_FUN_VAR(iter_obj, Q_iter, 1, 2, b_iter);

static obj_t b_next(size_t n, const obj_t *args)
{
    const type_t *t = obj_get_type(args[0]);
    if (t->iternext == NULL)
        raise_fmt(&type_TypeError, "'%s' object is not an iterator", obj_type_name(args[0]));
    bool is_gen = obj_is_type(args[0], &type_generator);
    obj_t v = is_gen ? gen_send_into(args[0], OBJ_NONE) : iternext(args[0]);
    if (v == OBJ_STOP_ITERATION) {
        if (n == 2)
            return args[1];
        obj_t ret = is_gen ? gen_take_return_value(args[0]) : OBJ_NONE;
        raise_stop_iteration(ret == OBJ_NONE ? OBJ_NULL : ret);
    }
    return v;
}
static BUILTIN_FUN_VAR(next_obj, Q_next, 1, 2, b_next);

static obj_t b_len(obj_t o)
{
    obj_t len = obj_len_maybe(o);
    if (len == OBJ_NULL)
        raise_fmt(&type_TypeError, "object of type '%s' has no len()", obj_type_name(o));
    return len;
}
static BUILTIN_FUN_1(len_obj, Q_len, b_len);

static obj_t b_repr(obj_t o)
{
    return obj_repr(o);
}
static BUILTIN_FUN_1(repr_obj, Q_repr, b_repr);

static obj_t b_ascii(obj_t o)
{
    return obj_ascii(o);
}
static BUILTIN_FUN_1(ascii_obj, Q_ascii, b_ascii);

static obj_t min_max(size_t n, const obj_t *args, map_t *kw, bool is_max)
{
    const char *name = is_max ? "max" : "min";
    obj_t key = kw ? map_get_qstr(kw, Q_key) : OBJ_NULL;
    obj_t def = kw ? map_get_qstr(kw, Q_default) : OBJ_NULL;
    size_t known = (key != OBJ_NULL) + (def != OBJ_NULL);
    if (key == OBJ_NONE)
        key = OBJ_NULL;
    if (kw && kw->used > known)
        raise_fmt(&type_TypeError, "%s() got an unexpected keyword argument", name);
    obj_t it;
    if (n == 1) {
        it = getiter(args[0], NULL);
    } else {
        if (def)
            raise_fmt(&type_TypeError, "Cannot specify a default for %s() with multiple positional arguments", name);
        it = getiter(obj_new_tuple(n, args), NULL);
    }
    obj_t best = OBJ_NULL, best_key = OBJ_NULL, v;
    while ((v = iternext(it)) != OBJ_STOP_ITERATION) {
        obj_t k = key ? call1(key, v) : v;
        if (best == OBJ_NULL || obj_is_true(compare_op(is_max ? BOP_GT : BOP_LT, k, best_key))) {
            best = v;
            best_key = k;
        }
    }
    if (best == OBJ_NULL) {
        if (def)
            return def;
        raise_fmt(&type_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
}

static obj_t b_max(size_t n, const obj_t *args, map_t *kw)
{
    if (n == 0)
        raise_msg(&type_TypeError, "max expected at least 1 argument, got 0");
    return min_max(n, args, kw, true);
}
static BUILTIN_FUN_KW(max_obj, Q_max, 0, b_max);

static obj_t b_min(size_t n, const obj_t *args, map_t *kw)
{
    if (n == 0)
        raise_msg(&type_TypeError, "min expected at least 1 argument, got 0");
    return min_max(n, args, kw, false);
}
static BUILTIN_FUN_KW(min_obj, Q_min, 0, b_min);

static obj_t b_pow(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {{Q_base, ARG_REQUIRED, OBJ_NULL}, {Q_exp, ARG_REQUIRED, OBJ_NULL},
                                      {Q_mod, 0, OBJ_NONE}};
    obj_t v[3];
    arg_parse("pow", n, args, kw, 3, spec, v);
    if (v[2] == OBJ_NONE)
        return binary_op(BOP_POW, v[0], v[1]);
    obj_t r = int_pow3(v[0], v[1], v[2]);
    const type_t *t0 = obj_get_type(v[0]);
    obj_t m = (r == OBJ_NULL && (t0->flags & TYPE_FLAG_USER)) ? type_lookup_special(t0, Q___pow__) : OBJ_NULL;
    if (m != OBJ_NULL)
        r = call3(m, v[0], v[1], v[2]);
    if (r == OBJ_NULL || r == OBJ_NOTIMPLEMENTED)
        raise_fmt(&type_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                  obj_type_name(v[0]), obj_type_name(v[1]), obj_type_name(v[2]));
    return r;
}
static BUILTIN_FUN_KW(pow_obj, Q_pow, 0, b_pow);


static obj_t b_round(size_t n, const obj_t *args)
{
    obj_t x = args[0];
    obj_t nd = n > 1 ? args[1] : OBJ_NONE;
    if (obj_is_type(x, &type_float))
        return float_round(((obj_float_t *)x)->value, nd);
    if (obj_is_int(x))
        return int_round(x, nd);
    obj_t m = type_lookup(obj_get_type(x), Q___round__);
    if (m) {
        if (n > 1)
            return call2(m, x, nd);
        return call1(m, x);
    }
    raise_fmt(&type_TypeError, "type %s doesn't define __round__ method", obj_type_name(x));
}
static BUILTIN_FUN_VAR(round_obj, Q_round, 1, 2, b_round);

static obj_t b_sorted(size_t n, const obj_t *args, map_t *kw)
{
    if (n != 1)
        raise_fmt(&type_TypeError, "sorted expected 1 argument, got %u", (unsigned)n);
    obj_t key = kw ? map_get_qstr(kw, Q_key) : OBJ_NULL;
    obj_t rev = kw ? map_get_qstr(kw, Q_reverse) : OBJ_NULL;
    if (kw && kw->used > (size_t)(key != OBJ_NULL) + (rev != OBJ_NULL)) {
        size_t pos = 0;
        map_elem_t *e;
        while ((e = map_next(kw, &pos)) != NULL)
            if (str_get_qstr(e->key) != Q_key && str_get_qstr(e->key) != Q_reverse)
                raise_fmt(&type_TypeError, "sort() got an unexpected keyword argument '%S'", e->key);
    }
    obj_t l = obj_list_from_iter(args[0]);
    list_sort_inplace(l, key && key != OBJ_NONE ? key : OBJ_NULL, rev && obj_is_true(rev));
    return l;
}
static BUILTIN_FUN_KW(sorted_obj, Q_sorted, 0, b_sorted);

static obj_t b_sum(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {{Q_iterable, ARG_REQUIRED, OBJ_NULL}, {Q_start, 0, ROM_INT(0)}};
    obj_t v[2];
    arg_parse("sum", n, args, kw, 2, spec, v);
    obj_t acc = v[1];
    if (obj_is_str(acc))
        raise_msg(&type_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (obj_is_type(acc, &type_bytes))
        raise_msg(&type_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    obj_t it = getiter(v[0], NULL), x;
    while ((x = iternext(it)) != OBJ_STOP_ITERATION) {
        if (obj_is_small_int(acc) && obj_is_small_int(x)) {
            intptr_t r = obj_small_int_value(acc) + obj_small_int_value(x);
            if (small_int_fits(r)) {
                acc = obj_new_small_int(r);
                continue;
            }
        }
        acc = binary_op(BOP_ADD, acc, x);
    }
    return acc;
}
static BUILTIN_FUN_KW(sum_obj, Q_sum, 0, b_sum);

static obj_t b_format(size_t n, const obj_t *args)
{
    return format_obj(args[0], n > 1 ? args[1] : obj_new_qstr(Q_empty));
}
static BUILTIN_FUN_VAR(format_obj_fn, Q_format, 1, 2, b_format);

static const map_elem_t builtins_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_builtins)},
    {ROM_QSTR(Q___build_class__), ROM_PTR(NULL)},
    {ROM_QSTR(Q___import__), ROM_PTR(&builtins_import_obj)},
    {ROM_QSTR(Q_abs), ROM_PTR(&abs_obj)},
    {ROM_QSTR(Q_all), ROM_PTR(&all_obj)},
    {ROM_QSTR(Q_any), ROM_PTR(&any_obj)},
    {ROM_QSTR(Q_ascii), ROM_PTR(&ascii_obj)},
    {ROM_QSTR(Q_bin), ROM_PTR(&bin_obj)},
    {ROM_QSTR(Q_callable), ROM_PTR(&callable_obj)},
    {ROM_QSTR(Q_chr), ROM_PTR(&chr_obj)},
    {ROM_QSTR(Q_compile), ROM_PTR(&builtins_compile_obj)},
    {ROM_QSTR(Q_delattr), ROM_PTR(&delattr_obj)},
    {ROM_QSTR(Q_dir), ROM_PTR(&builtins_dir_obj)},
    {ROM_QSTR(Q_divmod), ROM_PTR(&divmod_obj)},
    {ROM_QSTR(Q_eval), ROM_PTR(&builtins_eval_obj)},
    {ROM_QSTR(Q_exec), ROM_PTR(&builtins_exec_obj)},
    {ROM_QSTR(Q_format), ROM_PTR(&format_obj_fn)},
    {ROM_QSTR(Q_getattr), ROM_PTR(&getattr_obj)},
    {ROM_QSTR(Q_globals), ROM_PTR(&builtins_globals_obj)},
    {ROM_QSTR(Q_hasattr), ROM_PTR(&hasattr_obj)},
    {ROM_QSTR(Q_hash), ROM_PTR(&hash_obj)},
    {ROM_QSTR(Q_help), ROM_PTR(&builtins_help_obj)},
    {ROM_QSTR(Q_hex), ROM_PTR(&hex_obj)},
    {ROM_QSTR(Q_id), ROM_PTR(&id_obj)},
    {ROM_QSTR(Q_input), ROM_PTR(&builtins_input_obj)},
    {ROM_QSTR(Q_isinstance), ROM_PTR(&isinstance_obj)},
    {ROM_QSTR(Q_issubclass), ROM_PTR(&issubclass_obj)},
    {ROM_QSTR(Q_iter), ROM_PTR(&iter_obj)},
    {ROM_QSTR(Q_len), ROM_PTR(&len_obj)},
    {ROM_QSTR(Q_locals), ROM_PTR(&builtins_locals_obj)},
    {ROM_QSTR(Q_max), ROM_PTR(&max_obj)},
    {ROM_QSTR(Q_min), ROM_PTR(&min_obj)},
    {ROM_QSTR(Q_next), ROM_PTR(&next_obj)},
    {ROM_QSTR(Q_oct), ROM_PTR(&oct_obj)},
    {ROM_QSTR(Q_ord), ROM_PTR(&ord_obj)},
    {ROM_QSTR(Q_pow), ROM_PTR(&pow_obj)},
    {ROM_QSTR(Q_print), ROM_PTR(&builtins_print_obj)},
    {ROM_QSTR(Q_repr), ROM_PTR(&repr_obj)},
    {ROM_QSTR(Q_round), ROM_PTR(&round_obj)},
    {ROM_QSTR(Q_setattr), ROM_PTR(&setattr_obj)},
    {ROM_QSTR(Q_sorted), ROM_PTR(&sorted_obj)},
    {ROM_QSTR(Q_sum), ROM_PTR(&sum_obj)},
    {ROM_QSTR(Q_vars), ROM_PTR(&builtins_vars_obj)},
    /* types */
    {ROM_QSTR(Q_bool), ROM_PTR(&type_bool)},
    {ROM_QSTR(Q_bytearray), ROM_PTR(&type_bytearray)},
    {ROM_QSTR(Q_bytes), ROM_PTR(&type_bytes)},
    {ROM_QSTR(Q_classmethod), ROM_PTR(&type_classmethod)},
    {ROM_QSTR(Q_complex), ROM_PTR(&type_complex)},
    {ROM_QSTR(Q_dict), ROM_PTR(&type_dict)},
    {ROM_QSTR(Q_enumerate), ROM_PTR(&type_enumerate)},
    {ROM_QSTR(Q_filter), ROM_PTR(&type_filter)},
    {ROM_QSTR(Q_float), ROM_PTR(&type_float)},
    {ROM_QSTR(Q_frozenset), ROM_PTR(&type_frozenset)},
    {ROM_QSTR(Q_int), ROM_PTR(&type_int)},
    {ROM_QSTR(Q_list), ROM_PTR(&type_list)},
    {ROM_QSTR(Q_map), ROM_PTR(&type_map)},
    {ROM_QSTR(Q_memoryview), ROM_PTR(&type_memoryview)},
    {ROM_QSTR(Q_object), ROM_PTR(&type_object)},
    {ROM_QSTR(Q_property), ROM_PTR(&type_property)},
    {ROM_QSTR(Q_range), ROM_PTR(&type_range)},
    {ROM_QSTR(Q_reversed), ROM_PTR(&type_reversed)},
    {ROM_QSTR(Q_set), ROM_PTR(&type_set)},
    {ROM_QSTR(Q_slice), ROM_PTR(&type_slice)},
    {ROM_QSTR(Q_staticmethod), ROM_PTR(&type_staticmethod)},
    {ROM_QSTR(Q_str), ROM_PTR(&type_str)},
    {ROM_QSTR(Q_super), ROM_PTR(&type_super)},
    {ROM_QSTR(Q_tuple), ROM_PTR(&type_tuple)},
    {ROM_QSTR(Q_type), ROM_PTR(&type_type)},
    {ROM_QSTR(Q_zip), ROM_PTR(&type_zip)},
    /* constants */
    {ROM_QSTR(Q_Ellipsis), ROM_PTR(&obj_ellipsis_)},
    {ROM_QSTR(Q_NotImplemented), ROM_PTR(&obj_notimplemented_)},
#define EXC(n) {ROM_QSTR(Q_##n), ROM_PTR(&type_##n)},
    EXC(BaseException) EXC(SystemExit) EXC(KeyboardInterrupt) EXC(GeneratorExit) EXC(Exception)
    EXC(StopIteration) EXC(StopAsyncIteration) EXC(ArithmeticError) EXC(FloatingPointError)
    EXC(OverflowError) EXC(ZeroDivisionError) EXC(AssertionError) EXC(AttributeError) EXC(EOFError)
    EXC(ImportError) EXC(ModuleNotFoundError) EXC(LookupError) EXC(IndexError) EXC(KeyError)
    EXC(MemoryError) EXC(NameError) EXC(UnboundLocalError) EXC(OSError) EXC(BlockingIOError)
    EXC(ChildProcessError) EXC(ConnectionError) EXC(BrokenPipeError) EXC(ConnectionAbortedError)
    EXC(ConnectionRefusedError) EXC(ConnectionResetError) EXC(FileExistsError) EXC(FileNotFoundError)
    EXC(InterruptedError) EXC(IsADirectoryError) EXC(NotADirectoryError) EXC(PermissionError)
    EXC(ProcessLookupError) EXC(TimeoutError) EXC(RuntimeError) EXC(NotImplementedError)
    EXC(RecursionError) EXC(SyntaxError) EXC(IndentationError) EXC(TabError) EXC(SystemError)
    EXC(TypeError) EXC(ValueError) EXC(BufferError) EXC(ReferenceError) EXC(UnicodeTranslateError) EXC(UnicodeError) EXC(UnicodeDecodeError) EXC(UnicodeEncodeError)
    EXC(Warning) EXC(UserWarning) EXC(DeprecationWarning) EXC(PendingDeprecationWarning)
    EXC(RuntimeWarning) EXC(SyntaxWarning) EXC(FutureWarning) EXC(ImportWarning) EXC(UnicodeWarning)
    EXC(BytesWarning) EXC(ResourceWarning) EXC(EncodingWarning)
#undef EXC
};

/* Builtins contributed by modules (BUILTIN_REGISTER), e.g. open. */
#define MODDEF(q, mod)
#define BUILTINDEF(q, obj) extern const obj_builtin_t obj;
#include "genhdr/moduledefs.h"
#undef BUILTINDEF
static const map_elem_t module_builtins_table[] = {
#define BUILTINDEF(q, obj) {ROM_QSTR(q), ROM_PTR(&obj)},
#include "genhdr/moduledefs.h"
#undef BUILTINDEF
#undef MODDEF
    {ROM_PTR(NULL), ROM_PTR(NULL)},
};

/* The builtins dict is built at start-up: None/True/False are keywords,
 * __build_class__ is filled in here because its object is static in
 * obj_object.c. */
obj_dict_t *builtins_make_dict(void)
{
    obj_dict_t *d = obj_new_dict(sizeof(builtins_table) / sizeof(builtins_table[0]) + 8);
    for (size_t i = 0; i < sizeof(builtins_table) / sizeof(builtins_table[0]); i++) {
        obj_t v = builtins_table[i].value;
        if (v == OBJ_NULL)
            v = builtin_build_class_obj();
        map_store(&d->map, builtins_table[i].key, v);
    }
    for (const map_elem_t *e = module_builtins_table; e->key; e++)
        map_store(&d->map, e->key, e->value);
    map_store_qstr(&d->map, Q_OSError, (obj_t)&type_OSError);
    map_store_qstr(&d->map, Q_IOError, (obj_t)&type_OSError);
    map_store_qstr(&d->map, Q_EnvironmentError, (obj_t)&type_OSError);
    return d;
}
