/*
 * Methods of int (and through inheritance of bool): bit_length,
 * to_bytes/from_bytes, __round__, __divmod__ and the other methods that
 * have no type slot.
 */
#include <string.h>

#include "mem.h"
#include "obj_int_impl.h"
#include "obj_str.h"
#include "runtime.h"

/* ---- round ---- */

obj_t int_round(obj_t i, obj_t ndigits)
{
    obj_t x = int_unwrap_checked(i);
    if (ndigits == OBJ_NULL || ndigits == OBJ_NONE)
        return x;
    obj_t nd = int_index(ndigits);
    if (int_sign(nd) >= 0)
        return x;
    int_tmp_t tx, t10, tk;
    const mpz_t *z = int_mpz_view(x, &tx);
    /* |x| < 10**digits with this bound, so x rounds to 0 when k > it */
    size_t digits = (size_t)((double)mpz_bit_length(z) * 0.30103) + 1;
    if (!obj_is_small_int(nd) || (size_t)-obj_small_int_value(nd) > digits)
        return obj_new_small_int(0);
    mpz_t p, q, r, twice;
    mpz_init(&p);
    mpz_init(&q);
    mpz_init(&r);
    mpz_init(&twice);
    mpz_pow(&p, int_mpz_view(obj_new_small_int(10), &t10), int_mpz_view(obj_new_int(-obj_small_int_value(nd)), &tk));
    mpz_divmod(&q, &r, z, &p); /* x = q*p + r, 0 <= r < p */
    mpz_add(&twice, &r, &r);
    int c = mpz_cmp(&twice, &p);
    if (c > 0 || (c == 0 && mpz_is_odd(&q))) {
        int_tmp_t t1;
        mpz_add(&q, &q, int_mpz_view(obj_new_small_int(1), &t1));
    }
    mpz_mul(&q, &q, &p);
    mpz_free(&p);
    mpz_free(&r);
    mpz_free(&twice);
    return int_take_mpz(&q);
}

/* int.__round__(None) is a TypeError in CPython 3.11 (round(i, None) calls
 * __round__ without an argument), unlike float.__round__(None). */
static obj_t int_round_m(size_t n, const obj_t *args)
{
    if (n > 1 && args[1] == OBJ_NONE)
        int_index(args[1]);
    return int_round(args[0], n > 1 ? args[1] : OBJ_NULL);
}
static BUILTIN_FUN_VAR(int_round_obj, Q___round__, 1, 2, int_round_m);

/* ---- bits ---- */

static obj_t int_bit_length(obj_t self)
{
    int_tmp_t t;
    return obj_new_int_from_uint(mpz_bit_length(int_mpz_view(int_unwrap_checked(self), &t)));
}
static BUILTIN_FUN_1(int_bit_length_obj, Q_bit_length, int_bit_length);

static obj_t int_bit_count(obj_t self)
{
    int_tmp_t t;
    const mpz_t *z = int_mpz_view(int_unwrap_checked(self), &t);
    uintptr_t n = 0;
    for (size_t i = 0; i < z->len; i++)
        n += (uintptr_t)__builtin_popcountll(z->dig[i]);
    return obj_new_int_from_uint(n);
}
static BUILTIN_FUN_1(int_bit_count_obj, Q_bit_count, int_bit_count);

/* ---- bytes ---- */

static bool byteorder_is_big(obj_t o, const char *fname)
{
    if (!str_check(o))
        raise_fmt(&type_TypeError, "%s() argument 'byteorder' must be str, not %T", fname, o);
    size_t len;
    const char *s = str_get_data(o, &len);
    if (len == 3 && memcmp(s, "big", 3) == 0)
        return true;
    if (len == 6 && memcmp(s, "little", 6) == 0)
        return false;
    raise_msg(&type_ValueError, "byteorder must be either 'little' or 'big'");
}

static obj_t int_to_bytes(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {
        {Q_length, 0, ROM_INT(1)}, {Q_byteorder, 0, ROM_QSTR(Q_big)}, {Q_signed, ARG_KW_ONLY, OBJ_FALSE}};
    obj_t v[3];
    arg_parse("to_bytes", n - 1, args + 1, kw, 3, spec, v);
    obj_t i = int_unwrap_checked(args[0]);
    obj_t length = int_index(v[0]);
    bool big = byteorder_is_big(v[1], "to_bytes");
    if (int_sign(length) < 0)
        raise_msg(&type_ValueError, "length argument must be non-negative");
    if (!obj_is_small_int(length))
        raise_msg(&type_OverflowError, "Python int too large to convert to C ssize_t");
    bool is_signed = obj_is_true(v[2]);
    if (!is_signed && int_sign(i) < 0)
        raise_msg(&type_OverflowError, "can't convert negative int to unsigned");
    size_t len = (size_t)obj_small_int_value(length);
    int_tmp_t t;
    const mpz_t *z = int_mpz_view(i, &t);
    /* refuse before allocating a huge buffer for a value that cannot fit */
    if (len < mpz_bit_length(z) / 8)
        raise_msg(&type_OverflowError, "int too big to convert");
    char *buf = mem_alloc_noscan(len + 1);
    if (mpz_to_bytes(z, (uint8_t *)buf, len, big, is_signed) != 0)
        raise_msg(&type_OverflowError, "int too big to convert");
    buf[len] = '\0';
    return bytes_new_owned(buf, len);
}
static BUILTIN_FUN_KW(int_to_bytes_obj, Q_to_bytes, 1, int_to_bytes);

/* The bytes of from_bytes' argument: a buffer or an iterable of ints. */
static const uint8_t *bytes_of(obj_t o, size_t *len)
{
    buffer_info_t info;
    if (!str_check(o) && bytes_get_buffer(o, &info)) {
        *len = info.len;
        return info.buf;
    }
    const type_t *t = obj_get_type(o);
    if (str_check(o) || (t->getiter == NULL && !(t->flags & TYPE_FLAG_USER)))
        raise_fmt(&type_TypeError, "cannot convert '%T' object to bytes", o);
    size_t n = 0, alloc = 16;
    uint8_t *buf = mem_alloc_noscan(alloc);
    obj_t it = getiter(o, NULL), x;
    while ((x = iternext(it)) != OBJ_STOP_ITERATION) {
        obj_t v = int_index(x);
        if (!obj_is_small_int(v) || obj_small_int_value(v) < 0 || obj_small_int_value(v) > 255)
            raise_msg(&type_ValueError, "bytes must be in range(0, 256)");
        if (n == alloc) {
            alloc *= 2;
            buf = mem_realloc(buf, alloc);
        }
        buf[n++] = (uint8_t)obj_small_int_value(v);
    }
    *len = n;
    return buf;
}

static obj_t int_from_bytes(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {
        {Q_bytes, ARG_REQUIRED, OBJ_NULL}, {Q_byteorder, 0, ROM_QSTR(Q_big)}, {Q_signed, ARG_KW_ONLY, OBJ_FALSE}};
    obj_t v[3];
    arg_parse("from_bytes", n - 1, args + 1, kw, 3, spec, v);
    bool big = byteorder_is_big(v[1], "from_bytes");
    size_t len;
    const uint8_t *data = bytes_of(v[0], &len);
    mpz_t z;
    mpz_init(&z);
    mpz_from_bytes(&z, data, len, big, obj_is_true(v[2]));
    obj_t r = int_take_mpz(&z);
    if (args[0] != (obj_t)&type_int)
        r = call1(args[0], r);
    return r;
}
static BUILTIN_FUN_KW(int_from_bytes_fun, Q_from_bytes, 1, int_from_bytes);
static CLASSMETHOD(int_from_bytes_obj, &int_from_bytes_fun);

/* ---- small methods ---- */

static obj_t int_as_integer_ratio(obj_t self)
{
    obj_t items[2] = {int_unwrap_checked(self), obj_new_small_int(1)};
    return obj_new_tuple(2, items);
}
static BUILTIN_FUN_1(int_as_integer_ratio_obj, Q_as_integer_ratio, int_as_integer_ratio);

static obj_t int_conjugate(obj_t self)
{
    return int_unwrap_checked(self);
}
static BUILTIN_FUN_1(int_conjugate_obj, Q_conjugate, int_conjugate);

static obj_t int_divmod_m(obj_t self, obj_t other)
{
    if (int_unwrap(other) == OBJ_NULL)
        return OBJ_NOTIMPLEMENTED;
    return int_divmod(int_unwrap_checked(self), other);
}
static BUILTIN_FUN_2(int_divmod_obj, Q___divmod__, int_divmod_m);

static obj_t int_rdivmod_m(obj_t self, obj_t other)
{
    if (int_unwrap(other) == OBJ_NULL)
        return OBJ_NOTIMPLEMENTED;
    return int_divmod(other, int_unwrap_checked(self));
}
static BUILTIN_FUN_2(int_rdivmod_obj, Q___rdivmod__, int_rdivmod_m);

/* The other dunders (__add__, __int__, ...) come from the runtime's slot
 * wrappers (obj_slotwrap.c); these have no slot, or (__hash__) must be
 * found before object.__hash__ when a user subclass is hashed. */

static obj_t int_hash_m(obj_t self)
{
    return obj_new_int(int_hash(self));
}
static BUILTIN_FUN_1(int_hash_obj, Q___hash__, int_hash_m);

static obj_t int_trunc(obj_t self)
{
    return int_unwrap_checked(self);
}
static BUILTIN_FUN_1(int_trunc_obj, Q___trunc__, int_trunc);
static BUILTIN_FUN_1(int_floor_obj, Q___floor__, int_trunc);
static BUILTIN_FUN_1(int_ceil_obj, Q___ceil__, int_trunc);

static const map_elem_t int_locals_table[] = {
    {ROM_QSTR(Q_bit_length), ROM_PTR(&int_bit_length_obj)},
    {ROM_QSTR(Q_bit_count), ROM_PTR(&int_bit_count_obj)},
    {ROM_QSTR(Q_to_bytes), ROM_PTR(&int_to_bytes_obj)},
    {ROM_QSTR(Q_from_bytes), ROM_PTR(&int_from_bytes_obj)},
    {ROM_QSTR(Q_as_integer_ratio), ROM_PTR(&int_as_integer_ratio_obj)},
    {ROM_QSTR(Q_conjugate), ROM_PTR(&int_conjugate_obj)},
    {ROM_QSTR(Q___round__), ROM_PTR(&int_round_obj)},
    {ROM_QSTR(Q___divmod__), ROM_PTR(&int_divmod_obj)},
    {ROM_QSTR(Q___rdivmod__), ROM_PTR(&int_rdivmod_obj)},
    {ROM_QSTR(Q___hash__), ROM_PTR(&int_hash_obj)},
    {ROM_QSTR(Q___format__), ROM_PTR(&format_dunder_obj)},
    {ROM_QSTR(Q___trunc__), ROM_PTR(&int_trunc_obj)},
    {ROM_QSTR(Q___floor__), ROM_PTR(&int_floor_obj)},
    {ROM_QSTR(Q___ceil__), ROM_PTR(&int_ceil_obj)},
};
MAP_ROM(int_locals, int_locals_table);
