/*
 * The methods of str: its own (encode, format, format_map, maketrans,
 * translate, the comparison and hash methods, __getnewargs__) and the
 * method table, which also holds the methods str shares with bytes and
 * bytearray (bytestr.c, bytestr_case.c).
 */
#include "bytestr.h"
#include "codec.h"
#include "obj_str.h"
#include "obj_str_impl.h"
#include "runtime.h"

/* ---- str-only methods ---- */

static obj_t str_encode_m(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {
        {Q_encoding, 0, OBJ_NULL},
        {Q_errors, 0, OBJ_NULL},
    };
    obj_t a[2];
    arg_parse("encode", n - 1, args + 1, kw, 2, spec, a);
    if (a[0] != OBJ_NULL && !str_check(a[0]))
        raise_fmt(&type_TypeError, "encode() argument 'encoding' must be str, not %s",
                  str_arg_tname(a[0]));
    if (a[1] != OBJ_NULL && !str_check(a[1]))
        raise_fmt(&type_TypeError, "encode() argument 'errors' must be str, not %s",
                  str_arg_tname(a[1]));
    return codec_encode(args[0], a[0], a[1]);
}
static BUILTIN_FUN_KW(str_encode_obj, Q_encode, 1, str_encode_m);

static BUILTIN_FUN_KW(str_format_obj, Q_format, 1, format_str_method);

/* Rich comparisons and __hash__ as methods: without them the lookup of
 * "a".__eq__ would find object's identity versions. */
static obj_t str_compare_m(binary_op_t op, obj_t self, obj_t other)
{
    obj_t r = str_binary_op(op, self, other);
    return r == OBJ_NULL ? OBJ_NOTIMPLEMENTED : r;
}
#define STR_CMP_METHOD(name, q, op)                                                        \
    static obj_t name(obj_t self, obj_t other) { return str_compare_m(op, self, other); } \
    static BUILTIN_FUN_2(name##_obj, q, name)
STR_CMP_METHOD(str_eq_m, Q___eq__, BOP_EQ);
STR_CMP_METHOD(str_ne_m, Q___ne__, BOP_NE);
STR_CMP_METHOD(str_lt_m, Q___lt__, BOP_LT);
STR_CMP_METHOD(str_le_m, Q___le__, BOP_LE);
STR_CMP_METHOD(str_gt_m, Q___gt__, BOP_GT);
STR_CMP_METHOD(str_ge_m, Q___ge__, BOP_GE);

static obj_t str_hash_m(obj_t self)
{
    return str_unary_op(UOP_HASH, self);
}
static BUILTIN_FUN_1(str_hash_obj, Q___hash__, str_hash_m);

static obj_t str_format_map(obj_t self, obj_t mapping)
{
    return format_str_map(self, mapping);
}
static BUILTIN_FUN_2(str_format_map_obj, Q_format_map, str_format_map);

static obj_t str_getnewargs(obj_t self)
{
    size_t len;
    const char *s = str_get_data(self, &len);
    obj_t copy = str_new(s, len);
    return obj_new_tuple(1, &copy);
}
static BUILTIN_FUN_1(str_getnewargs_obj, Q___getnewargs__, str_getnewargs);

/* str.maketrans(x[, y[, z]]): a dict from code points to str/int/None. */
static obj_t str_maketrans(size_t n, const obj_t *args)
{
    obj_t d = obj_new_dict(0);
    map_t *m = &((obj_dict_t *)d)->map;
    if (n == 1) {
        if (!obj_is_type(args[0], &type_dict))
            raise_msg(&type_TypeError,
                      "if you give only one argument to maketrans it must be a dict");
        size_t pos = 0;
        map_elem_t *e;
        while ((e = map_next(&((obj_dict_t *)args[0])->map, &pos)) != NULL) {
            obj_t k = e->key;
            if (str_check(k)) {
                if (str_get_charlen(k) != 1)
                    raise_msg(&type_ValueError,
                              "string keys in translate table must be of length 1");
                size_t len;
                uint32_t c;
                utf8_next(str_get_data(k, &len), &c);
                k = obj_new_small_int((intptr_t)c);
            } else if (!obj_is_int(k)) {
                raise_msg(&type_TypeError, "keys in translate table must be strings or integers");
            }
            map_store(m, k, e->value);
        }
        return d;
    }
    /* CPython checks the types of y and z before x. */
    if (!str_check(args[1]))
        raise_fmt(&type_TypeError, "maketrans() argument 2 must be str, not %s",
                  str_arg_tname(args[1]));
    if (n == 3 && !str_check(args[2]))
        raise_fmt(&type_TypeError, "maketrans() argument 3 must be str, not %s",
                  str_arg_tname(args[2]));
    if (!str_check(args[0]))
        raise_msg(&type_TypeError,
                  "first maketrans argument must be a string if there is a second argument");
    if (str_get_charlen(args[0]) != str_get_charlen(args[1]))
        raise_msg(&type_ValueError, "the first two maketrans arguments must have equal length");
    size_t nx, ny;
    const char *x = str_get_data(args[0], &nx), *y = str_get_data(args[1], &ny);
    const char *xe = x + nx;
    while (x < xe) {
        uint32_t a, b;
        x = utf8_next(x, &a);
        y = utf8_next(y, &b);
        map_store(m, obj_new_small_int((intptr_t)a), obj_new_small_int((intptr_t)b));
    }
    if (n == 3) {
        size_t nz;
        const char *z = str_get_data(args[2], &nz), *ze = z + nz;
        while (z < ze) {
            uint32_t c;
            z = utf8_next(z, &c);
            map_store(m, obj_new_small_int((intptr_t)c), OBJ_NONE);
        }
    }
    return d;
}
static BUILTIN_FUN_VAR(str_maketrans_fun_obj, Q_maketrans, 1, 3, str_maketrans);
static STATICMETHOD(str_maketrans_obj, &str_maketrans_fun_obj);

/* table[c] for translate: OBJ_NULL when the table has no entry (LookupError). */
static obj_t translate_lookup(obj_t table, uint32_t c)
{
    obj_t key = obj_new_small_int((intptr_t)c);
    if (obj_is_type(table, &type_dict)) {
        map_elem_t *e = map_lookup(&((obj_dict_t *)table)->map, key, MAP_LOOKUP);
        return e ? e->value : OBJ_NULL;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t r = obj_subscr(table, key, OBJ_SENTINEL);
        nlr_pop();
        return r;
    }
    if (exception_is(nlr.value, &type_LookupError))
        return OBJ_NULL;
    raise_obj(nlr.value);
}

static obj_t str_translate(obj_t self, obj_t table)
{
    size_t len;
    const char *s = str_get_data(self, &len), *end = s + len;
    vstr_t v;
    vstr_init(&v, len);
    while (s < end) {
        uint32_t c;
        const char *next = utf8_next(s, &c);
        obj_t r = translate_lookup(table, c);
        if (r == OBJ_NULL) {
            vstr_add_strn(&v, s, (size_t)(next - s));
        } else if (r == OBJ_NONE) {
            /* deleted */
        } else if (obj_is_int(r)) {
            intptr_t cp;
            if (!obj_get_int_maybe(r, &cp) || cp < 0 || cp > 0x10ffff)
                raise_msg(&type_ValueError, "character mapping must be in range(0x110000)");
            vstr_add_unichar(&v, (uint32_t)cp);
        } else if (str_check(r)) {
            size_t n;
            const char *t = str_get_data(r, &n);
            vstr_add_strn(&v, t, n);
        } else {
            raise_msg(&type_TypeError, "character mapping must return integer, None or str");
        }
        s = next;
    }
    return vstr_to_str(&v);
}
static BUILTIN_FUN_2(str_translate_obj, Q_translate, str_translate);

static const map_elem_t str_locals_table[] = {
    {ROM_QSTR(Q___eq__), ROM_PTR(&str_eq_m_obj)},
    {ROM_QSTR(Q___format__), ROM_PTR(&format_dunder_obj)},
    {ROM_QSTR(Q___ge__), ROM_PTR(&str_ge_m_obj)},
    {ROM_QSTR(Q___gt__), ROM_PTR(&str_gt_m_obj)},
    {ROM_QSTR(Q___hash__), ROM_PTR(&str_hash_obj)},
    {ROM_QSTR(Q___le__), ROM_PTR(&str_le_m_obj)},
    {ROM_QSTR(Q___lt__), ROM_PTR(&str_lt_m_obj)},
    {ROM_QSTR(Q___ne__), ROM_PTR(&str_ne_m_obj)},
    {ROM_QSTR(Q___getnewargs__), ROM_PTR(&str_getnewargs_obj)},
    {ROM_QSTR(Q_capitalize), ROM_PTR(&bytestr_case_capitalize_obj)},
    {ROM_QSTR(Q_casefold), ROM_PTR(&bytestr_case_casefold_obj)},
    {ROM_QSTR(Q_center), ROM_PTR(&bytestr_center_obj)},
    {ROM_QSTR(Q_count), ROM_PTR(&bytestr_count_obj)},
    {ROM_QSTR(Q_encode), ROM_PTR(&str_encode_obj)},
    {ROM_QSTR(Q_endswith), ROM_PTR(&bytestr_endswith_obj)},
    {ROM_QSTR(Q_expandtabs), ROM_PTR(&bytestr_expandtabs_obj)},
    {ROM_QSTR(Q_find), ROM_PTR(&bytestr_find_obj)},
    {ROM_QSTR(Q_format), ROM_PTR(&str_format_obj)},
    {ROM_QSTR(Q_format_map), ROM_PTR(&str_format_map_obj)},
    {ROM_QSTR(Q_index), ROM_PTR(&bytestr_index_obj)},
    {ROM_QSTR(Q_isalnum), ROM_PTR(&bytestr_case_isalnum_obj)},
    {ROM_QSTR(Q_isalpha), ROM_PTR(&bytestr_case_isalpha_obj)},
    {ROM_QSTR(Q_isascii), ROM_PTR(&bytestr_case_isascii_obj)},
    {ROM_QSTR(Q_isdecimal), ROM_PTR(&bytestr_case_isdecimal_obj)},
    {ROM_QSTR(Q_isdigit), ROM_PTR(&bytestr_case_isdigit_obj)},
    {ROM_QSTR(Q_isidentifier), ROM_PTR(&bytestr_case_isidentifier_obj)},
    {ROM_QSTR(Q_islower), ROM_PTR(&bytestr_case_islower_obj)},
    {ROM_QSTR(Q_isnumeric), ROM_PTR(&bytestr_case_isnumeric_obj)},
    {ROM_QSTR(Q_isprintable), ROM_PTR(&bytestr_case_isprintable_obj)},
    {ROM_QSTR(Q_isspace), ROM_PTR(&bytestr_case_isspace_obj)},
    {ROM_QSTR(Q_istitle), ROM_PTR(&bytestr_case_istitle_obj)},
    {ROM_QSTR(Q_isupper), ROM_PTR(&bytestr_case_isupper_obj)},
    {ROM_QSTR(Q_join), ROM_PTR(&bytestr_join_obj)},
    {ROM_QSTR(Q_ljust), ROM_PTR(&bytestr_ljust_obj)},
    {ROM_QSTR(Q_lower), ROM_PTR(&bytestr_case_lower_obj)},
    {ROM_QSTR(Q_lstrip), ROM_PTR(&bytestr_lstrip_obj)},
    {ROM_QSTR(Q_maketrans), ROM_PTR(&str_maketrans_obj)},
    {ROM_QSTR(Q_partition), ROM_PTR(&bytestr_partition_obj)},
    {ROM_QSTR(Q_removeprefix), ROM_PTR(&bytestr_removeprefix_obj)},
    {ROM_QSTR(Q_removesuffix), ROM_PTR(&bytestr_removesuffix_obj)},
    {ROM_QSTR(Q_replace), ROM_PTR(&bytestr_replace_obj)},
    {ROM_QSTR(Q_rfind), ROM_PTR(&bytestr_rfind_obj)},
    {ROM_QSTR(Q_rindex), ROM_PTR(&bytestr_rindex_obj)},
    {ROM_QSTR(Q_rjust), ROM_PTR(&bytestr_rjust_obj)},
    {ROM_QSTR(Q_rpartition), ROM_PTR(&bytestr_rpartition_obj)},
    {ROM_QSTR(Q_rsplit), ROM_PTR(&bytestr_rsplit_obj)},
    {ROM_QSTR(Q_rstrip), ROM_PTR(&bytestr_rstrip_obj)},
    {ROM_QSTR(Q_split), ROM_PTR(&bytestr_split_obj)},
    {ROM_QSTR(Q_splitlines), ROM_PTR(&bytestr_splitlines_obj)},
    {ROM_QSTR(Q_startswith), ROM_PTR(&bytestr_startswith_obj)},
    {ROM_QSTR(Q_strip), ROM_PTR(&bytestr_strip_obj)},
    {ROM_QSTR(Q_swapcase), ROM_PTR(&bytestr_case_swapcase_obj)},
    {ROM_QSTR(Q_title), ROM_PTR(&bytestr_case_title_obj)},
    {ROM_QSTR(Q_translate), ROM_PTR(&str_translate_obj)},
    {ROM_QSTR(Q_upper), ROM_PTR(&bytestr_case_upper_obj)},
    {ROM_QSTR(Q_zfill), ROM_PTR(&bytestr_zfill_obj)},
};
MAP_ROM(str_locals, str_locals_table);
