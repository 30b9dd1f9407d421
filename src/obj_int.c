/*
 * int: small ints live in the tagged word, larger values in obj_int_t over
 * mpz (see obj_int.h). Text conversion and the methods are in
 * obj_int_text.c and obj_int_methods.c.
 *
 * Invariant: an obj_int_t never holds a value that fits a small int, so an
 * int is small exactly when its value is in [SMALL_INT_MIN, SMALL_INT_MAX].
 * bool is a subclass of int: every entry point accepts True/False as 1/0
 * and instances of user subclasses of int through int_unwrap.
 */
#include "obj_int.h"

#include <float.h>
#include <math.h>

#include "mem.h"
#include "obj_int_impl.h"
#include "runtime.h"

/* ---- construction ---- */

const mpz_t *int_mpz_view(obj_t i, int_tmp_t *t)
{
    if (!obj_is_small_int(i))
        return &((obj_int_t *)i)->mpz;
    intptr_t v = obj_small_int_value(i);
    uint64_t m = v < 0 ? 0 - (uint64_t)(int64_t)v : (uint64_t)v;
    size_t n = 0;
    while (m) {
        t->d[n++] = (mpz_dig_t)m;
        m >>= MPZ_DIG_BITS;
    }
    t->z.alloc = INT_TMP_DIGS;
    t->z.len = n;
    t->z.neg = v < 0;
    t->z.dig = t->d;
    return &t->z;
}

static bool mpz_small(const mpz_t *z, intptr_t *out)
{
    intmax_t v;
    if (mpz_as_intmax(z, &v) != 0 || v < SMALL_INT_MIN || v > SMALL_INT_MAX)
        return false;
    *out = (intptr_t)v;
    return true;
}

obj_t int_take_mpz(mpz_t *z)
{
    intptr_t v;
    if (mpz_small(z, &v)) {
        mpz_free(z);
        return obj_new_small_int(v);
    }
    obj_int_t *o = mem_alloc(sizeof(*o));
    o->base.type = &type_int;
    o->mpz = *z;
    mpz_init(z);
    return o;
}

obj_t int_from_mpz(const mpz_t *z)
{
    intptr_t v;
    if (mpz_small(z, &v))
        return obj_new_small_int(v);
    mpz_t c;
    mpz_init(&c);
    mpz_set(&c, z);
    return int_take_mpz(&c);
}

void int_to_mpz(obj_t i, mpz_t *out)
{
    int_tmp_t t;
    mpz_init(out);
    mpz_set(out, int_mpz_view(int_unwrap_checked(i), &t));
}

obj_t obj_new_int(intptr_t v)
{
    if (small_int_fits(v))
        return obj_new_small_int(v);
    mpz_t z;
    mpz_init_from_int(&z, v);
    return int_take_mpz(&z);
}

obj_t obj_new_int_from_uint(uintptr_t v)
{
    if (v <= (uintptr_t)SMALL_INT_MAX)
        return obj_new_small_int((intptr_t)v);
    mpz_t z;
    mpz_init_from_uint(&z, v);
    return int_take_mpz(&z);
}

obj_t obj_new_int_from_ll(long long v)
{
    if (v >= SMALL_INT_MIN && v <= SMALL_INT_MAX)
        return obj_new_small_int((intptr_t)v);
    mpz_t z;
    mpz_init_from_int(&z, v);
    return int_take_mpz(&z);
}

obj_t obj_new_int_from_ull(unsigned long long v)
{
    if (v <= (unsigned long long)SMALL_INT_MAX)
        return obj_new_small_int((intptr_t)v);
    mpz_t z;
    mpz_init_from_uint(&z, v);
    return int_take_mpz(&z);
}

obj_t int_unwrap(obj_t o)
{
    if (obj_is_small_int(o))
        return o;
    if (!obj_is_ptr(o))
        return OBJ_NULL;
    const type_t *t = ((obj_base_t *)o)->type;
    if (t == &type_int)
        return o;
    if (t == &type_bool)
        return obj_new_small_int(((obj_bool_t *)o)->value);
    if ((t->flags & TYPE_FLAG_USER) && t->native_base == &type_int)
        return ((obj_instance_t *)o)->native;
    return OBJ_NULL;
}

obj_t int_unwrap_checked(obj_t o)
{
    obj_t i = int_unwrap(o);
    if (i == OBJ_NULL)
        raise_fmt(&type_TypeError, "'%T' object cannot be interpreted as an integer", o);
    return i;
}

int int_sign(obj_t i)
{
    if (obj_is_small_int(i)) {
        intptr_t v = obj_small_int_value(i);
        return (v > 0) - (v < 0);
    }
    return mpz_is_neg(&((obj_int_t *)i)->mpz) ? -1 : 1;
}

/* ---- conversion to and from double ---- */

#define EXACT_DOUBLE_INT ((intptr_t)1 << (sizeof(intptr_t) * 8 > 53 ? 53 : sizeof(intptr_t) * 8 - 2))

double int_to_double(obj_t i)
{
    i = int_unwrap_checked(i);
    if (obj_is_small_int(i))
        return (double)obj_small_int_value(i);
    double d;
    if (mpz_to_double(&((obj_int_t *)i)->mpz, &d) != 0)
        raise_msg(&type_OverflowError, "int too large to convert to float");
    return d;
}

obj_t int_from_double(double d)
{
    if (isnan(d))
        raise_msg(&type_ValueError, "cannot convert float NaN to integer");
    if (isinf(d))
        raise_msg(&type_OverflowError, "cannot convert float infinity to integer");
    d = trunc(d);
    /* -(double)INTPTR_MIN is 2**(bits-1) exactly */
    if (d >= (double)INTPTR_MIN && d < -(double)INTPTR_MIN)
        return obj_new_int((intptr_t)d);
    mpz_t z;
    mpz_init(&z);
    mpz_from_double(&z, d);
    return int_take_mpz(&z);
}

int int_cmp_double(obj_t i, double d)
{
    if (isnan(d))
        return 2;
    if (isinf(d))
        return d > 0 ? -1 : 1;
    i = int_unwrap_checked(i);
    if (obj_is_small_int(i)) {
        intptr_t v = obj_small_int_value(i);
        if (v > -EXACT_DOUBLE_INT && v < EXACT_DOUBLE_INT) {
            double x = (double)v;
            return (x > d) - (x < d);
        }
    }
    /* compare with floor(d): i < f means i < d; i > f means i >= f+1 > d */
    double f = floor(d);
    mpz_t fz;
    int_tmp_t t;
    mpz_init(&fz);
    mpz_from_double(&fz, f);
    int c = mpz_cmp(int_mpz_view(i, &t), &fz);
    mpz_free(&fz);
    if (c != 0)
        return c;
    return f < d ? -1 : 0;
}

/* |a| / |b| rounded to nearest (b != 0); *overflow when not finite. The
 * quotient is taken with 55..56 significant bits plus a sticky bit, which
 * float_from_parts rounds once, so the result is correctly rounded also
 * in the subnormal range. */
static double ratio_to_double(const mpz_t *a, const mpz_t *b, bool *overflow)
{
    *overflow = false;
    if (mpz_is_zero(a))
        return 0.0;
    long diff = (long)mpz_bit_length(a) - (long)mpz_bit_length(b);
    if (diff > DBL_MAX_EXP + 1) {
        *overflow = true;
        return HUGE_VAL;
    }
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 4)
        return 0.0; /* below half the smallest subnormal */
    long shift = diff - (DBL_MANT_DIG + 2);
    mpz_t n, d, q, r;
    mpz_init(&n);
    mpz_init(&d);
    mpz_init(&q);
    mpz_init(&r);
    mpz_abs(&n, a);
    mpz_abs(&d, b);
    if (shift < 0)
        mpz_lshift(&n, &n, (size_t)-shift);
    else
        mpz_lshift(&d, &d, (size_t)shift);
    mpz_divmod(&q, &r, &n, &d);
    uintmax_t m = 0;
    mpz_as_uintmax(&q, &m);
    bool sticky = !mpz_is_zero(&r);
    mpz_free(&n);
    mpz_free(&d);
    mpz_free(&q);
    mpz_free(&r);
    return float_from_parts((uint64_t)m, sticky, shift, overflow);
}

static double true_divide(const mpz_t *a, const mpz_t *b)
{
    if (mpz_is_zero(b))
        raise_msg(&type_ZeroDivisionError, "division by zero");
    bool overflow;
    double r = ratio_to_double(a, b, &overflow);
    if (overflow)
        raise_msg(&type_OverflowError, "integer division result too large for a float");
    return mpz_is_neg(a) != mpz_is_neg(b) ? -r : r;
}

double int_true_divide(obj_t a, obj_t b)
{
    int_tmp_t ta, tb;
    return true_divide(int_mpz_view(int_unwrap_checked(a), &ta), int_mpz_view(int_unwrap_checked(b), &tb));
}

double int_ratio_to_double(const mpz_t *a, const mpz_t *b, bool *overflow)
{
    return ratio_to_double(a, b, overflow);
}

/* ---- hashing ---- */

intptr_t int_hash(obj_t i)
{
    i = int_unwrap_checked(i);
    if (!obj_is_small_int(i))
        return mpz_hash(&((obj_int_t *)i)->mpz);
    intptr_t v = obj_small_int_value(i);
    uintptr_t m = v < 0 ? 0 - (uintptr_t)v : (uintptr_t)v;
    if (m >= MPZ_HASH_MODULUS)
        m = (uintptr_t)(m % MPZ_HASH_MODULUS);
    intptr_t h = v < 0 ? -(intptr_t)m : (intptr_t)m;
    return h == -1 ? -2 : h;
}

/* ---- arithmetic ---- */

static _Noreturn void raise_zero(binary_op_t op)
{
    raise_msg(&type_ZeroDivisionError, op == BOP_MOD ? "integer modulo by zero"
                                                     : "integer division or modulo by zero");
}

static _Noreturn void raise_negative_shift(void)
{
    raise_msg(&type_ValueError, "negative shift count");
}

/* int ** negative int is float ** float, as in CPython. */
static obj_t pow_negative(obj_t a, obj_t b)
{
    return float_pow(int_to_double(a), int_to_double(b));
}

static bool small_pow(intptr_t x, intptr_t y, intptr_t *out)
{
    intptr_t r = 1;
    while (y > 0) {
        if ((y & 1) && __builtin_mul_overflow(r, x, &r))
            return false;
        y >>= 1;
        if (y && __builtin_mul_overflow(x, x, &x))
            return false;
    }
    *out = r;
    return true;
}

/* Fast paths on two small values; OBJ_NULL means "take the mpz path". */
static obj_t small_op(binary_op_t op, intptr_t x, intptr_t y)
{
    intptr_t r;
    switch (op) {
    case BOP_LT: return obj_new_bool(x < y);
    case BOP_GT: return obj_new_bool(x > y);
    case BOP_EQ: return obj_new_bool(x == y);
    case BOP_NE: return obj_new_bool(x != y);
    case BOP_LE: return obj_new_bool(x <= y);
    case BOP_GE: return obj_new_bool(x >= y);
    case BOP_OR: return obj_new_small_int(x | y);
    case BOP_XOR: return obj_new_small_int(x ^ y);
    case BOP_AND: return obj_new_small_int(x & y);
    case BOP_ADD: return obj_new_int(x + y); /* small ints are a bit short of intptr_t */
    case BOP_SUB: return obj_new_int(x - y);
    case BOP_MUL:
        return __builtin_mul_overflow(x, y, &r) ? OBJ_NULL : obj_new_int(r);
    case BOP_FLOORDIV:
    case BOP_MOD: {
        if (y == 0)
            raise_zero(op);
        intptr_t q = x / y, m = x % y;
        if (m != 0 && (m < 0) != (y < 0)) {
            m += y;
            q--;
        }
        return obj_new_int(op == BOP_MOD ? m : q);
    }
    case BOP_TRUEDIV:
        if (y == 0)
            raise_msg(&type_ZeroDivisionError, "division by zero");
        if (x > -EXACT_DOUBLE_INT && x < EXACT_DOUBLE_INT && y > -EXACT_DOUBLE_INT && y < EXACT_DOUBLE_INT)
            return obj_new_float((double)x / (double)y);
        return OBJ_NULL;
    case BOP_LSHIFT:
        if (y < 0)
            raise_negative_shift();
        if (x == 0)
            return obj_new_small_int(0);
        if (y < (intptr_t)(sizeof(intptr_t) * 8 - 1)) {
            r = (intptr_t)((uintptr_t)x << y);
            if ((r >> y) == x)
                return obj_new_int(r);
        }
        return OBJ_NULL;
    case BOP_RSHIFT:
        if (y < 0)
            raise_negative_shift();
        if (y >= (intptr_t)(sizeof(intptr_t) * 8))
            return obj_new_small_int(x < 0 ? -1 : 0);
        return obj_new_small_int(x >> y);
    case BOP_POW:
        if (y < 0)
            return pow_negative(obj_new_small_int(x), obj_new_small_int(y));
        return small_pow(x, y, &r) ? obj_new_int(r) : OBJ_NULL;
    default:
        return OBJ_NULL;
    }
}

/* The shift count of a << b / a >> b; false when it exceeds size_t. */
static bool shift_count(const mpz_t *b, size_t *n)
{
    if (mpz_is_neg(b))
        raise_negative_shift();
    uintmax_t u;
    if (mpz_as_uintmax(b, &u) != 0 || u > SIZE_MAX)
        return false;
    *n = (size_t)u;
    return true;
}

static obj_t big_op(binary_op_t op, obj_t a, obj_t b)
{
    int_tmp_t ta, tb;
    const mpz_t *x = int_mpz_view(a, &ta), *y = int_mpz_view(b, &tb);
    mpz_t r;
    mpz_init(&r);
    size_t n;
    switch (op) {
    case BOP_LT: return obj_new_bool(mpz_cmp(x, y) < 0);
    case BOP_GT: return obj_new_bool(mpz_cmp(x, y) > 0);
    case BOP_EQ: return obj_new_bool(mpz_cmp(x, y) == 0);
    case BOP_NE: return obj_new_bool(mpz_cmp(x, y) != 0);
    case BOP_LE: return obj_new_bool(mpz_cmp(x, y) <= 0);
    case BOP_GE: return obj_new_bool(mpz_cmp(x, y) >= 0);
    case BOP_OR: mpz_or(&r, x, y); break;
    case BOP_XOR: mpz_xor(&r, x, y); break;
    case BOP_AND: mpz_and(&r, x, y); break;
    case BOP_ADD: mpz_add(&r, x, y); break;
    case BOP_SUB: mpz_sub(&r, x, y); break;
    case BOP_MUL: mpz_mul(&r, x, y); break;
    case BOP_FLOORDIV:
        if (mpz_divmod(&r, NULL, x, y) != 0)
            raise_zero(op);
        break;
    case BOP_MOD:
        if (mpz_divmod(NULL, &r, x, y) != 0)
            raise_zero(op);
        break;
    case BOP_TRUEDIV:
        return obj_new_float(true_divide(x, y));
    case BOP_LSHIFT:
        if (!shift_count(y, &n) && !mpz_is_zero(x))
            raise_msg(&type_OverflowError, "too many digits in integer");
        if (!mpz_is_zero(x) && mpz_lshift(&r, x, n) != 0)
            raise_msg(&type_OverflowError, "too many digits in integer");
        break;
    case BOP_RSHIFT:
        if (shift_count(y, &n))
            mpz_rshift(&r, x, n);
        else if (mpz_is_neg(x))
            mpz_set_int(&r, -1);
        break;
    case BOP_POW:
        if (mpz_is_neg(y))
            return pow_negative(a, b);
        if (mpz_pow(&r, x, y) != 0)
            raise_memory_error();
        break;
    default:
        return OBJ_NULL;
    }
    return int_take_mpz(&r);
}

static obj_t int_int_op(binary_op_t op, obj_t a, obj_t b)
{
    if (obj_is_small_int(a) && obj_is_small_int(b)) {
        obj_t r = small_op(op, obj_small_int_value(a), obj_small_int_value(b));
        if (r != OBJ_NULL)
            return r;
    }
    return big_op(op, a, b);
}

/* Only int op int is handled here. As in CPython, int declines other
 * operands (so (1).__add__(1.5) is NotImplemented) and float and complex
 * handle ints in their reflected operations. */
obj_t int_binary_op(binary_op_t op, obj_t lhs, obj_t rhs)
{
    if (op >= BOP_REVERSE_OR) {
        obj_t t = lhs;
        lhs = rhs;
        rhs = t;
        op = (binary_op_t)(op - BOP_REVERSE_OFFSET);
    } else if (op >= BOP_INPLACE_OR) {
        op = (binary_op_t)(op - BOP_INPLACE_OFFSET);
    }
    obj_t a = int_unwrap(lhs), b = int_unwrap(rhs);
    if (a == OBJ_NULL || b == OBJ_NULL)
        return OBJ_NULL;
    return int_int_op(op, a, b);
}

obj_t int_divmod(obj_t a, obj_t b)
{
    obj_t x = int_unwrap(a), y = int_unwrap(b);
    if (x == OBJ_NULL || y == OBJ_NULL) {
        double dx, dy;
        if ((x == OBJ_NULL && !float_unwrap(a, &dx)) || (y == OBJ_NULL && !float_unwrap(b, &dy)))
            return OBJ_NULL;
        if (x != OBJ_NULL)
            dx = int_to_double(x);
        if (y != OBJ_NULL)
            dy = int_to_double(y);
        return float_divmod(dx, dy);
    }
    obj_t r[2];
    if (obj_is_small_int(x) && obj_is_small_int(y)) {
        r[0] = small_op(BOP_FLOORDIV, obj_small_int_value(x), obj_small_int_value(y));
        r[1] = small_op(BOP_MOD, obj_small_int_value(x), obj_small_int_value(y));
        return obj_new_tuple(2, r);
    }
    int_tmp_t tx, ty;
    mpz_t q, m;
    mpz_init(&q);
    mpz_init(&m);
    if (mpz_divmod(&q, &m, int_mpz_view(x, &tx), int_mpz_view(y, &ty)) != 0)
        raise_zero(BOP_FLOORDIV);
    r[0] = int_take_mpz(&q);
    r[1] = int_take_mpz(&m);
    return obj_new_tuple(2, r);
}

/* pow(a, b, m) with a float or complex among the arguments: CPython asks
 * each distinct operand type's power slot in turn; float's refuses a
 * modulus with TypeError and complex's with ValueError once a and b
 * convert, int's declines. */
static void pow3_mixed(obj_t a, obj_t b, obj_t m)
{
    double re, im;
    bool ab_real = (int_unwrap(a) != OBJ_NULL || float_unwrap(a, &re)) &&
                   (int_unwrap(b) != OBJ_NULL || float_unwrap(b, &re));
    obj_t args[3] = {a, b, m};
    for (size_t i = 0; i < 3; i++) {
        if (float_unwrap(args[i], &re) && ab_real)
            raise_msg(&type_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        const type_t *t = obj_get_type(args[i]);
        bool is_complex = t == &type_complex || ((t->flags & TYPE_FLAG_USER) && t->native_base == &type_complex);
        if (is_complex && complex_unwrap(a, &re, &im) && complex_unwrap(b, &re, &im))
            raise_msg(&type_ValueError, "complex modulo");
    }
}

obj_t int_pow3(obj_t a, obj_t b, obj_t m)
{
    obj_t x = int_unwrap(a), y = int_unwrap(b), z = int_unwrap(m);
    if (x == OBJ_NULL || y == OBJ_NULL || z == OBJ_NULL) {
        pow3_mixed(a, b, m);
        return OBJ_NULL;
    }
    int_tmp_t tx, ty, tz;
    mpz_t r;
    mpz_init(&r);
    int err = mpz_powmod(&r, int_mpz_view(x, &tx), int_mpz_view(y, &ty), int_mpz_view(z, &tz));
    if (err == MPZ_EZERODIV)
        raise_msg(&type_ValueError, "pow() 3rd argument cannot be 0");
    if (err != 0)
        raise_msg(&type_ValueError, "base is not invertible for the given modulus");
    return int_take_mpz(&r);
}

/* ---- unary operations ---- */

obj_t int_unary_op(unary_op_t op, obj_t o)
{
    obj_t i = int_unwrap(o);
    if (i == OBJ_NULL)
        return OBJ_NULL;
    if (obj_is_small_int(i)) {
        intptr_t v = obj_small_int_value(i);
        switch (op) {
        case UOP_POS: case UOP_INT: case UOP_INDEX: return i;
        case UOP_NEG: return obj_new_int(-v);
        case UOP_ABS: return obj_new_int(v < 0 ? -v : v);
        case UOP_INVERT: return obj_new_small_int(~v);
        case UOP_BOOL: return obj_new_bool(v != 0);
        case UOP_HASH: return obj_new_int(int_hash(i));
        case UOP_FLOAT: return obj_new_float((double)v);
        default: return OBJ_NULL;
        }
    }
    const mpz_t *z = &((obj_int_t *)i)->mpz;
    mpz_t r;
    mpz_init(&r);
    switch (op) {
    case UOP_POS: case UOP_INT: case UOP_INDEX: return i;
    case UOP_NEG: mpz_neg(&r, z); break;
    case UOP_ABS: mpz_abs(&r, z); break;
    case UOP_INVERT: mpz_invert(&r, z); break;
    case UOP_BOOL: return OBJ_TRUE;
    case UOP_HASH: return obj_new_int(mpz_hash(z));
    case UOP_FLOAT: return obj_new_float(int_to_double(i));
    default: return OBJ_NULL;
    }
    return int_take_mpz(&r);
}

/* ---- the type ---- */

static void int_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    o = int_unwrap_checked(o);
    if (obj_is_small_int(o)) {
        print_int(p, obj_small_int_value(o));
        return;
    }
    size_t len;
    char *s = int_text(o, 10, false, &len);
    print_strn(p, s, len);
    mem_free(s);
}

void int_attr(obj_t o, qstr attr, obj_t *dest)
{
    if (dest[0] != OBJ_NULL)
        return;
    obj_t i = int_unwrap(o);
    if (i == OBJ_NULL)
        return;
    if (attr == Q_real || attr == Q_numerator)
        dest[0] = i;
    else if (attr == Q_imag)
        dest[0] = obj_new_small_int(0);
    else if (attr == Q_denominator)
        dest[0] = obj_new_small_int(1);
}

const type_t type_int = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = Q_int,
    .make_new = int_make_new,
    .print = int_print,
    .unary_op = int_unary_op,
    .binary_op = int_binary_op,
    .attr = int_attr,
    .locals = &int_locals,
};
