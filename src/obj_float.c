/*
 * float: boxed IEEE-754 binary64 values (obj_float_t). Arithmetic follows
 * CPython: floor division and modulo take the sign of the divisor,
 * comparisons with ints are exact, hashes agree with int hashes for equal
 * values. Text conversion is fmtfloat's; the methods are in
 * obj_float_methods.c.
 */
#include <float.h>
#include <math.h>
#include <string.h>

#include "fmtfloat.h"
#include "mem.h"
#include "obj_int_impl.h"
#include "obj_str.h"
#include "obj_type.h"
#include "runtime.h"

obj_t obj_new_float(double v)
{
    obj_float_t *f = mem_alloc_noscan(sizeof(*f));
    f->base.type = &type_float;
    f->value = v;
    return f;
}

bool float_unwrap(obj_t o, double *out)
{
    if (!obj_is_ptr(o))
        return false;
    const type_t *t = ((obj_base_t *)o)->type;
    if (t != &type_float) {
        if (!(t->flags & TYPE_FLAG_USER) || t->native_base != &type_float)
            return false;
        o = ((obj_instance_t *)o)->native;
        if (o == OBJ_NULL)
            return false;
    }
    *out = ((obj_float_t *)o)->value;
    return true;
}

double float_from_parts(uint64_t m, bool sticky, long exp, bool *overflow)
{
    *overflow = false;
    if (m == 0)
        return 0.0;
    int lz = __builtin_clzll(m);
    m <<= lz;
    exp -= lz;
    /* now m is in [2**63, 2**64) and the value is m * 2**exp */
    if (exp + 63 > DBL_MAX_EXP - 1) {
        *overflow = true;
        return HUGE_VAL;
    }
    long drop = 64 - DBL_MANT_DIG;
    if (exp + 63 < DBL_MIN_EXP - 1) {
        /* subnormal: keep only the bits of weight >= 2**-1074 */
        drop = (DBL_MIN_EXP - DBL_MANT_DIG) - exp;
        if (drop > 64)
            return 0.0;
    }
    uint64_t q, rem, half;
    if (drop == 64) {
        q = 0;
        rem = m;
        half = (uint64_t)1 << 63;
    } else {
        q = m >> drop;
        rem = m & (((uint64_t)1 << drop) - 1);
        half = (uint64_t)1 << (drop - 1);
    }
    if (rem > half || (rem == half && (sticky || (q & 1))))
        q++;
    double r = ldexp((double)q, (int)(exp + drop));
    if (isinf(r)) {
        *overflow = true;
        return HUGE_VAL;
    }
    return r;
}

/* ---- hashing ---- */

/* CPython's rule: the value of d modulo the Mersenne prime P, computed 28
 * bits of mantissa at a time; multiplying by 2**e is a rotation mod P. */
intptr_t float_hash(double d)
{
    if (isinf(d))
        return d > 0 ? 314159 : -314159;
    if (isnan(d))
        return 0;
    const uintptr_t P = (uintptr_t)MPZ_HASH_MODULUS;
    const int bits = MPZ_HASH_BITS;
    int e;
    double m = frexp(d, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uintptr_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & P) | x >> (bits - 28);
        m *= 268435456.0;
        e -= 28;
        uintptr_t y = (uintptr_t)m;
        m -= (double)y;
        x += y;
        if (x >= P)
            x -= P;
    }
    e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
    x = ((x << e) & P) | x >> (bits - e);
    intptr_t h = sign < 0 ? -(intptr_t)x : (intptr_t)x;
    return h == -1 ? -2 : h;
}

/* NaNs hash by identity (CPython 3.10+). */
intptr_t float_hash_obj(double d, obj_t o)
{
    if (isnan(d))
        return (intptr_t)((uintptr_t)o >> 4);
    return float_hash(d);
}

/* ---- arithmetic ---- */

static bool is_odd_integer(double y)
{
    return fmod(fabs(y), 2.0) == 1.0;
}

static _Noreturn void raise_range(void)
{
    obj_t args[2] = {obj_new_small_int(34), obj_new_str_copy("Numerical result out of range")};
    raise_obj(exception_new(&type_OverflowError, 2, args));
}

obj_t float_pow(double x, double y)
{
    if (y == 0.0)
        return obj_new_float(1.0);
    if (isnan(x))
        return obj_new_float(x);
    if (isnan(y))
        return obj_new_float(x == 1.0 ? 1.0 : y);
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0)
            return obj_new_float(1.0);
        return obj_new_float((y > 0) == (ax > 1.0) ? fabs(y) : 0.0);
    }
    if (isinf(x)) {
        bool odd = is_odd_integer(y);
        if (y > 0)
            return obj_new_float(odd ? x : fabs(x));
        return obj_new_float(odd ? copysign(0.0, x) : 0.0);
    }
    if (x == 0.0) {
        if (y < 0)
            raise_msg(&type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return obj_new_float(is_odd_integer(y) ? x : 0.0);
    }
    bool negate = false;
    if (x < 0.0) {
        if (y != floor(y))
            return complex_pow_obj(x, 0.0, y, 0.0);
        x = -x;
        negate = is_odd_integer(y);
    }
    double r = x == 1.0 ? 1.0 : pow(x, y);
    if (isinf(r))
        raise_range();
    return obj_new_float(negate ? -r : r);
}

void float_divmod_parts(double x, double y, double *div, double *mod)
{
    double m = fmod(x, y);
    double d = (x - m) / y; /* exact multiple of y up to rounding */
    if (m != 0.0) {
        if ((y < 0) != (m < 0)) {
            m += y;
            d -= 1.0;
        }
    } else {
        m = copysign(0.0, y);
    }
    if (d != 0.0) {
        double f = floor(d);
        if (d - f > 0.5)
            f += 1.0;
        d = f;
    } else {
        d = copysign(0.0, x / y);
    }
    *div = d;
    *mod = m;
}

obj_t float_divmod(double x, double y)
{
    if (y == 0.0)
        raise_msg(&type_ZeroDivisionError, "float divmod()");
    double d, m;
    float_divmod_parts(x, y, &d, &m);
    obj_t items[2] = {obj_new_float(d), obj_new_float(m)};
    return obj_new_tuple(2, items);
}

static obj_t compare(binary_op_t op, double x, double y)
{
    switch (op) {
    case BOP_LT: return obj_new_bool(x < y);
    case BOP_GT: return obj_new_bool(x > y);
    case BOP_EQ: return obj_new_bool(x == y);
    case BOP_NE: return obj_new_bool(x != y);
    case BOP_LE: return obj_new_bool(x <= y);
    default: return obj_new_bool(x >= y);
    }
}

/* x op i for an int i, exactly: compare i with x and mirror the result. */
static obj_t compare_int(binary_op_t op, double x, obj_t i)
{
    int c = int_cmp_double(i, x);
    if (c == 2)
        return obj_new_bool(op == BOP_NE);
    c = -c;
    switch (op) {
    case BOP_LT: return obj_new_bool(c < 0);
    case BOP_GT: return obj_new_bool(c > 0);
    case BOP_EQ: return obj_new_bool(c == 0);
    case BOP_NE: return obj_new_bool(c != 0);
    case BOP_LE: return obj_new_bool(c <= 0);
    default: return obj_new_bool(c >= 0);
    }
}

static obj_t arith(binary_op_t op, double x, double y)
{
    double d, m;
    switch (op) {
    case BOP_ADD: return obj_new_float(x + y);
    case BOP_SUB: return obj_new_float(x - y);
    case BOP_MUL: return obj_new_float(x * y);
    case BOP_TRUEDIV:
        if (y == 0.0)
            raise_msg(&type_ZeroDivisionError, "float division by zero");
        return obj_new_float(x / y);
    case BOP_FLOORDIV:
        if (y == 0.0)
            raise_msg(&type_ZeroDivisionError, "float floor division by zero");
        float_divmod_parts(x, y, &d, &m);
        return obj_new_float(d);
    case BOP_MOD:
        if (y == 0.0)
            raise_msg(&type_ZeroDivisionError, "float modulo");
        float_divmod_parts(x, y, &d, &m);
        return obj_new_float(m);
    case BOP_POW:
        return float_pow(x, y);
    default:
        return OBJ_NULL;
    }
}

obj_t float_binary_op(binary_op_t op, double x, obj_t rhs)
{
    bool reverse = false;
    if (op >= BOP_REVERSE_OR) {
        op = (binary_op_t)(op - BOP_REVERSE_OFFSET);
        reverse = true;
    } else if (op >= BOP_INPLACE_OR) {
        op = (binary_op_t)(op - BOP_INPLACE_OFFSET);
    }
    if (op > BOP_GE && op < BOP_OR)
        return OBJ_NULL;
    double y;
    if (!float_unwrap(rhs, &y)) {
        obj_t i = int_unwrap(rhs);
        if (i == OBJ_NULL) {
            if ((op == BOP_EQ || op == BOP_NE) && obj_is_type(rhs, &type_complex))
                return type_complex.binary_op(op, rhs, obj_new_float(x));
            return OBJ_NULL;
        }
        if (op <= BOP_GE)
            return compare_int(op, x, i);
        y = int_to_double(i);
    }
    if (op <= BOP_GE)
        return compare(op, x, y);
    return reverse ? arith(op, y, x) : arith(op, x, y);
}

static obj_t float_obj_binary_op(binary_op_t op, obj_t lhs, obj_t rhs)
{
    double x;
    if (!float_unwrap(lhs, &x))
        return OBJ_NULL;
    return float_binary_op(op, x, rhs);
}

static obj_t float_unary_op(unary_op_t op, obj_t o)
{
    double x;
    if (!float_unwrap(o, &x))
        return OBJ_NULL;
    switch (op) {
    case UOP_POS:
    case UOP_FLOAT:
        return obj_is_type(o, &type_float) ? o : obj_new_float(x);
    case UOP_NEG: return obj_new_float(-x);
    case UOP_ABS: return obj_new_float(fabs(x));
    case UOP_BOOL: return obj_new_bool(x != 0.0);
    case UOP_HASH: return obj_new_int(float_hash_obj(x, o));
    case UOP_INT: return int_from_double(x);
    default: return OBJ_NULL;
    }
}

static void float_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    double x = 0.0;
    float_unwrap(o, &x);
    char buf[FMTFLOAT_REPR_BUFSIZE];
    size_t n = fmtfloat_repr(x, buf, sizeof(buf));
    print_strn(p, buf, n);
}

static void float_attr(obj_t o, qstr attr, obj_t *dest)
{
    double x;
    if (dest[0] != OBJ_NULL || !float_unwrap(o, &x))
        return;
    if (attr == Q_real)
        dest[0] = obj_is_type(o, &type_float) ? o : obj_new_float(x);
    else if (attr == Q_imag)
        dest[0] = obj_new_float(0.0);
}

/* ---- float() ---- */

static bool ascii_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* float(text) on prepared ASCII text; false when invalid. */
static bool parse_text(const char *s, size_t len, double *out)
{
    while (len && ascii_space(*s)) {
        s++;
        len--;
    }
    while (len && ascii_space(s[len - 1]))
        len--;
    return len != 0 && fmtfloat_parse(s, len, out) == 0;
}

obj_t float_parse(const char *s, size_t len)
{
    size_t n = len;
    const char *a = int_ascii_digits(s, &n);
    double d;
    if (!parse_text(a, n, &d))
        raise_fmt(&type_ValueError, "could not convert string to float: %r", obj_new_str(s, len));
    return obj_new_float(d);
}

static obj_t call_special(obj_t x, qstr name)
{
    const type_t *t = obj_get_type(x);
    if (!(t->flags & TYPE_FLAG_USER) || type_lookup_special(t, name) == OBJ_NULL)
        return OBJ_NULL;
    obj_t dest[2];
    load_method(x, name, dest);
    return call_method(0, 0, dest);
}

obj_t float_from_obj(obj_t x)
{
    double d;
    obj_t r = call_special(x, Q___float__);
    if (r != OBJ_NULL) {
        if (!float_unwrap(r, &d))
            raise_fmt(&type_TypeError, "%T.__float__ returned non-float (type %T)", x, r);
        return obj_is_type(r, &type_float) ? r : obj_new_float(d);
    }
    r = call_special(x, Q___index__);
    if (r != OBJ_NULL) {
        if (int_unwrap(r) == OBJ_NULL)
            raise_fmt(&type_TypeError, "__index__ returned non-int (type %T)", r);
        return obj_new_float(int_to_double(r));
    }
    if (float_unwrap(x, &d))
        return obj_is_type(x, &type_float) ? x : obj_new_float(d);
    if (int_unwrap(x) != OBJ_NULL)
        return obj_new_float(int_to_double(x));
    buffer_info_t info;
    if (str_check(x) || bytes_check(x) || bytearray_check(x) || bytes_get_buffer(x, &info)) {
        size_t len;
        const char *s;
        if (str_check(x) || bytes_check(x) || bytearray_check(x)) {
            s = str_get_data(x, &len);
        } else {
            s = info.buf;
            len = info.len;
            x = obj_new_bytes(s, len);
        }
        if (str_check(x))
            s = int_ascii_digits(s, &len);
        if (!parse_text(s, len, &d))
            raise_fmt(&type_ValueError, "could not convert string to float: %r", x);
        return obj_new_float(d);
    }
    raise_fmt(&type_TypeError, "float() argument must be a string or a real number, not '%T'", x);
}

static obj_t float_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    if (n_kw)
        raise_msg(&type_TypeError, "float() takes no keyword arguments");
    if (n_args > 1)
        raise_fmt(&type_TypeError, "float expected at most 1 argument, got %zu", n_args);
    if (n_args == 0)
        return obj_new_float(0.0);
    return float_from_obj(args[0]);
}

const type_t type_float = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = Q_float,
    .make_new = float_make_new,
    .print = float_print,
    .unary_op = float_unary_op,
    .binary_op = float_obj_binary_op,
    .attr = float_attr,
    .locals = &float_locals,
};
