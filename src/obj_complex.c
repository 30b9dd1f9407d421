/*
 * complex: a pair of doubles (obj_complex_t). Arithmetic, powers and
 * error cases follow CPython 3.11 (Smith's division, repeated squaring for
 * small integral exponents, the polar formula otherwise).
 */
#include <math.h>
#include <string.h>

#include "fmtfloat.h"
#include "mem.h"
#include "obj_int_impl.h"
#include "obj_str.h"
#include "obj_type.h"
#include "runtime.h"

typedef struct cplx {
    double re, im;
} cplx_t;

obj_t obj_new_complex(double real, double imag)
{
    obj_complex_t *c = mem_alloc_noscan(sizeof(*c));
    c->base.type = &type_complex;
    c->real = real;
    c->imag = imag;
    return c;
}

static obj_t new_cplx(cplx_t c)
{
    return obj_new_complex(c.re, c.im);
}

/* The native complex of o, or NULL. */
static obj_complex_t *native_complex(obj_t o)
{
    if (!obj_is_ptr(o))
        return NULL;
    const type_t *t = ((obj_base_t *)o)->type;
    if (t == &type_complex)
        return o;
    if ((t->flags & TYPE_FLAG_USER) && t->native_base == &type_complex)
        return ((obj_instance_t *)o)->native;
    return NULL;
}

bool complex_unwrap(obj_t o, double *re, double *im)
{
    obj_complex_t *c = native_complex(o);
    if (c) {
        *re = c->real;
        *im = c->imag;
        return true;
    }
    *im = 0.0;
    if (float_unwrap(o, re))
        return true;
    if (int_unwrap(o) != OBJ_NULL) {
        *re = int_to_double(o);
        return true;
    }
    return false;
}

/* ---- arithmetic ---- */

static cplx_t c_mul(cplx_t a, cplx_t b)
{
    cplx_t r = {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
    return r;
}

/* Smith's algorithm; *zero when b == 0. */
static cplx_t c_div(cplx_t a, cplx_t b, bool *zero)
{
    cplx_t r;
    double abr = fabs(b.re), abi = fabs(b.im);
    *zero = false;
    if (abr >= abi) {
        if (abr == 0.0) {
            *zero = true;
            r.re = r.im = 0.0;
        } else {
            double ratio = b.im / b.re, den = b.re + b.im * ratio;
            r.re = (a.re + a.im * ratio) / den;
            r.im = (a.im - a.re * ratio) / den;
        }
    } else if (abi >= abr) {
        double ratio = b.re / b.im, den = b.re * ratio + b.im;
        r.re = (a.re * ratio + a.im) / den;
        r.im = (a.im * ratio - a.re) / den;
    } else {
        r.re = r.im = NAN; /* a NaN in b */
    }
    return r;
}

static cplx_t c_powu(cplx_t x, unsigned long n)
{
    cplx_t r = {1.0, 0.0}, p = x;
    for (unsigned long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask)
            r = c_mul(r, p);
        p = c_mul(p, p);
    }
    return r;
}

/* x ** y; *edom for 0 to a negative or complex power. */
static cplx_t c_pow(cplx_t x, cplx_t y, bool *edom)
{
    cplx_t r;
    *edom = false;
    if (y.im == 0.0 && y.re == floor(y.re) && fabs(y.re) <= 100.0) {
        long n = (long)y.re;
        if (n >= 0)
            return c_powu(x, (unsigned long)n);
        cplx_t one = {1.0, 0.0};
        return c_div(one, c_powu(x, (unsigned long)-n), edom);
    }
    if (y.re == 0.0 && y.im == 0.0) {
        r.re = 1.0;
        r.im = 0.0;
    } else if (x.re == 0.0 && x.im == 0.0) {
        *edom = y.im != 0.0 || y.re < 0.0;
        r.re = r.im = 0.0;
    } else {
        double vabs = hypot(x.re, x.im), len = pow(vabs, y.re);
        double at = atan2(x.im, x.re), phase = at * y.re;
        if (y.im != 0.0) {
            len /= exp(at * y.im);
            phase += y.im * log(vabs);
        }
        r.re = len * cos(phase);
        r.im = len * sin(phase);
    }
    return r;
}

obj_t complex_pow_obj(double xr, double xi, double yr, double yi)
{
    cplx_t x = {xr, xi}, y = {yr, yi};
    bool edom;
    cplx_t r = c_pow(x, y, &edom);
    if (edom)
        raise_msg(&type_ZeroDivisionError, "0.0 to a negative or complex power");
    if (isinf(r.re) || isinf(r.im))
        raise_msg(&type_OverflowError, "complex exponentiation");
    return new_cplx(r);
}

/* complex == x for a real x given as an object (int compares exactly). */
static bool equal_real(cplx_t a, obj_t x)
{
    double d;
    if (float_unwrap(x, &d))
        return a.im == 0.0 && a.re == d;
    return a.im == 0.0 && obj_is_true(float_binary_op(BOP_EQ, a.re, x));
}

static obj_t complex_binary_op(binary_op_t op, obj_t lhs, obj_t rhs)
{
    bool reverse = false;
    if (op >= BOP_REVERSE_OR) {
        op = (binary_op_t)(op - BOP_REVERSE_OFFSET);
        reverse = true;
    } else if (op >= BOP_INPLACE_OR) {
        op = (binary_op_t)(op - BOP_INPLACE_OFFSET);
    }
    obj_complex_t *self = native_complex(lhs);
    if (self == NULL)
        return OBJ_NULL;
    cplx_t a = {self->real, self->imag}, b;
    if (op == BOP_EQ || op == BOP_NE) {
        obj_complex_t *o = native_complex(rhs);
        bool eq;
        if (o)
            eq = a.re == o->real && a.im == o->imag;
        else if (float_unwrap(rhs, &b.re) || int_unwrap(rhs) != OBJ_NULL)
            eq = equal_real(a, rhs);
        else
            return OBJ_NULL;
        return obj_new_bool(eq == (op == BOP_EQ));
    }
    if (op != BOP_ADD && op != BOP_SUB && op != BOP_MUL && op != BOP_TRUEDIV && op != BOP_POW)
        return OBJ_NULL;
    if (!complex_unwrap(rhs, &b.re, &b.im))
        return OBJ_NULL;
    if (reverse) {
        cplx_t t = a;
        a = b;
        b = t;
    }
    cplx_t r;
    bool zero;
    switch (op) {
    case BOP_ADD: r.re = a.re + b.re; r.im = a.im + b.im; break;
    case BOP_SUB: r.re = a.re - b.re; r.im = a.im - b.im; break;
    case BOP_MUL: r = c_mul(a, b); break;
    case BOP_TRUEDIV:
        r = c_div(a, b, &zero);
        if (zero)
            raise_msg(&type_ZeroDivisionError, "complex division by zero");
        break;
    default:
        return complex_pow_obj(a.re, a.im, b.re, b.im);
    }
    return new_cplx(r);
}

static obj_t complex_unary_op(unary_op_t op, obj_t o)
{
    obj_complex_t *c = native_complex(o);
    if (c == NULL)
        return OBJ_NULL;
    switch (op) {
    case UOP_POS: return obj_is_type(o, &type_complex) ? o : obj_new_complex(c->real, c->imag);
    case UOP_NEG: return obj_new_complex(-c->real, -c->imag);
    case UOP_BOOL: return obj_new_bool(c->real != 0.0 || c->imag != 0.0);
    case UOP_ABS: {
        double r = hypot(c->real, c->imag);
        if (isinf(r) && isfinite(c->real) && isfinite(c->imag))
            raise_msg(&type_OverflowError, "absolute value too large");
        return obj_new_float(r);
    }
    case UOP_HASH: {
        uintptr_t h = (uintptr_t)float_hash_obj(c->real, c) + 1000003u * (uintptr_t)float_hash_obj(c->imag, c);
        return obj_new_int(h == (uintptr_t)-1 ? -2 : (intptr_t)h);
    }
    default: return OBJ_NULL;
    }
}

/* repr of one part without the ".0" CPython leaves out in complex reprs. */
static void print_part(const print_t *p, double d, bool sign)
{
    char buf[FMTFLOAT_REPR_BUFSIZE + 1];
    size_t n = fmtfloat_repr(d, buf + 1, sizeof(buf) - 1);
    char *s = buf + 1;
    if (n >= 2 && s[n - 2] == '.' && s[n - 1] == '0')
        n -= 2;
    if (sign && s[0] != '-') {
        *--s = '+';
        n++;
    }
    print_strn(p, s, n);
}

static void complex_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    obj_complex_t *c = native_complex(o);
    if (c->real == 0.0 && !signbit(c->real)) {
        print_part(p, c->imag, false);
        print_str(p, "j");
        return;
    }
    print_str(p, "(");
    print_part(p, c->real, false);
    print_part(p, c->imag, true);
    print_str(p, "j)");
}

static void complex_attr(obj_t o, qstr attr, obj_t *dest)
{
    obj_complex_t *c = native_complex(o);
    if (dest[0] != OBJ_NULL || c == NULL)
        return;
    if (attr == Q_real)
        dest[0] = obj_new_float(c->real);
    else if (attr == Q_imag)
        dest[0] = obj_new_float(c->imag);
}

static obj_t complex_conjugate(obj_t self)
{
    obj_complex_t *c = native_complex(self);
    if (c == NULL)
        raise_fmt(&type_TypeError, "descriptor 'conjugate' requires a 'complex' object but received a '%T'", self);
    return obj_new_complex(c->real, -c->imag);
}
static BUILTIN_FUN_1(complex_conjugate_obj, Q_conjugate, complex_conjugate);

/* found before object.__hash__ when a user subclass is hashed */
static obj_t complex_hash_m(obj_t self)
{
    obj_t h = complex_unary_op(UOP_HASH, self);
    if (h == OBJ_NULL)
        raise_fmt(&type_TypeError, "descriptor '__hash__' requires a 'complex' object but received a '%T'", self);
    return h;
}
static BUILTIN_FUN_1(complex_hash_obj, Q___hash__, complex_hash_m);

static const map_elem_t complex_locals_table[] = {
    {ROM_QSTR(Q_conjugate), ROM_PTR(&complex_conjugate_obj)},
    {ROM_QSTR(Q___hash__), ROM_PTR(&complex_hash_obj)},
};
static MAP_ROM(complex_locals, complex_locals_table);

/* ---- complex(str) ---- */

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool word_at(const char *p, const char *end, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(end - p) < n)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != w[i])
            return false;
    return true;
}

/* Length of the longest float literal at p (sign included), 0 if none. */
static size_t float_token(const char *p, const char *end)
{
    const char *s = p;
    if (s < end && (*s == '+' || *s == '-'))
        s++;
    if (word_at(s, end, "infinity"))
        return (size_t)(s + 8 - p);
    if (word_at(s, end, "inf") || word_at(s, end, "nan"))
        return (size_t)(s + 3 - p);
    size_t nd = 0;
    while (s < end && is_digit(*s))
        s++, nd++;
    if (s < end && *s == '.') {
        s++;
        while (s < end && is_digit(*s))
            s++, nd++;
    }
    if (nd == 0)
        return 0;
    if (s < end && (*s | 0x20) == 'e') {
        const char *e = s + 1;
        if (e < end && (*e == '+' || *e == '-'))
            e++;
        if (e < end && is_digit(*e)) {
            while (e < end && is_digit(*e))
                e++;
            s = e;
        }
    }
    return (size_t)(s - p);
}

static double token_value(const char *p, size_t n)
{
    double d = 0.0;
    fmtfloat_parse(p, n, &d);
    return d;
}

static bool is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Parse the text of complex(str) (underscores already removed). */
static bool parse_complex(const char *p, const char *end, cplx_t *out)
{
    while (p < end && is_space(*p))
        p++;
    while (end > p && is_space(end[-1]))
        end--;
    if (p < end && *p == '(') {
        if (end[-1] != ')')
            return false;
        p++;
        end--;
        while (p < end && is_space(*p))
            p++;
        while (end > p && is_space(end[-1]))
            end--;
    }
    out->re = out->im = 0.0;
    size_t n = float_token(p, end);
    if (n > 0) {
        double x = token_value(p, n);
        p += n;
        if (p < end && (*p | 0x20) == 'j') {
            out->im = x;
            return p + 1 == end;
        }
        out->re = x;
        if (p == end)
            return true;
        if (*p != '+' && *p != '-')
            return false;
        n = float_token(p, end);
        out->im = n ? token_value(p, n) : (*p == '-' ? -1.0 : 1.0);
        p += n ? n : 1;
    } else {
        double s = 1.0;
        if (p < end && (*p == '+' || *p == '-'))
            s = *p++ == '-' ? -1.0 : 1.0;
        out->im = s;
    }
    return p < end && (*p | 0x20) == 'j' && p + 1 == end;
}

static obj_t complex_from_str(obj_t text)
{
    size_t len;
    const char *s = int_ascii_digits(str_get_data(text, &len), &len);
    /* an underscore must sit between two digits */
    char *buf = mem_alloc_noscan(len + 1);
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '_') {
            if (i == 0 || i + 1 == len || !is_digit(s[i - 1]) || !is_digit(s[i + 1]))
                raise_fmt(&type_ValueError, "could not convert string to complex: %r", text);
            continue;
        }
        buf[n++] = s[i];
    }
    cplx_t c;
    if (memchr(buf, '\0', n) != NULL || !parse_complex(buf, buf + n, &c))
        raise_msg(&type_ValueError, "complex() arg is a malformed string");
    mem_free(buf);
    return new_cplx(c);
}

/* ---- complex() ---- */

static obj_t call_special(obj_t x, qstr name)
{
    const type_t *t = obj_get_type(x);
    if (!(t->flags & TYPE_FLAG_USER) || type_lookup_special(t, name) == OBJ_NULL)
        return OBJ_NULL;
    obj_t dest[2];
    load_method(x, name, dest);
    return call_method(0, 0, dest);
}

static bool is_number(obj_t x)
{
    const type_t *t = obj_get_type(x);
    if (t->flags & TYPE_FLAG_USER) {
        if (type_lookup_special(t, Q___float__) || type_lookup_special(t, Q___index__))
            return true;
    }
    double d;
    return float_unwrap(x, &d) || int_unwrap(x) != OBJ_NULL;
}

/* A complex argument: *is_complex when x is (or converts to) a complex. */
static cplx_t complex_arg(obj_t x, bool first, bool *is_complex)
{
    cplx_t c = {0.0, 0.0};
    *is_complex = false;
    obj_t r = first ? call_special(x, Q___complex__) : OBJ_NULL;
    if (r != OBJ_NULL) {
        obj_complex_t *rc = native_complex(r);
        if (rc == NULL)
            raise_fmt(&type_TypeError, "__complex__ returned non-complex (type %T)", r);
        c.re = rc->real;
        c.im = rc->imag;
        *is_complex = true;
        return c;
    }
    obj_complex_t *nc = native_complex(x);
    if (nc) {
        c.re = nc->real;
        c.im = nc->imag;
        *is_complex = true;
        return c;
    }
    if (!is_number(x)) {
        if (first)
            raise_fmt(&type_TypeError, "complex() first argument must be a string or a number, not '%T'", x);
        raise_fmt(&type_TypeError, "complex() second argument must be a number, not '%T'", x);
    }
    double d;
    if (float_unwrap(x, &d) && !(obj_get_type(x)->flags & TYPE_FLAG_USER))
        c.re = d;
    else
        c.re = ((obj_float_t *)float_from_obj(x))->value;
    return c;
}

static bool key_is(obj_t key, const char *name)
{
    size_t len;
    const char *s = str_get_data(key, &len);
    return len == strlen(name) && memcmp(s, name, len) == 0;
}

static obj_t complex_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    if (n_args + n_kw > 2)
        raise_fmt(&type_TypeError, "complex() takes at most 2 arguments (%zu given)", n_args + n_kw);
    obj_t v[2] = {n_args > 0 ? args[0] : OBJ_NULL, n_args > 1 ? args[1] : OBJ_NULL};
    for (size_t i = 0; i < n_kw; i++) {
        obj_t key = args[n_args + 2 * i];
        int k = key_is(key, "real") ? 0 : key_is(key, "imag") ? 1 : -1;
        if (k < 0)
            raise_fmt(&type_TypeError, "'%S' is an invalid keyword argument for complex()", key);
        if (v[k] != OBJ_NULL)
            raise_fmt(&type_TypeError, "argument for complex() given by name ('%S') and position (%d)", key, k + 1);
        v[k] = args[n_args + 2 * i + 1];
    }
    obj_t r = v[0], i = v[1];
    if (r == OBJ_NULL && i == OBJ_NULL)
        return obj_new_complex(0.0, 0.0);
    if (r != OBJ_NULL && str_check(r)) {
        if (i != OBJ_NULL)
            raise_msg(&type_TypeError, "complex() can't take second arg if first is a string");
        return complex_from_str(r);
    }
    if (i != OBJ_NULL && str_check(i))
        raise_msg(&type_TypeError, "complex() second arg can't be a string");
    if (r != OBJ_NULL && i == OBJ_NULL && obj_is_type(r, &type_complex))
        return r;
    bool cr_complex = false, ci_complex = false;
    cplx_t cr = {0.0, 0.0}, ci = {0.0, 0.0};
    if (r != OBJ_NULL)
        cr = complex_arg(r, true, &cr_complex);
    if (i != OBJ_NULL)
        ci = complex_arg(i, false, &ci_complex);
    double re = cr.re, im;
    if (ci_complex)
        re -= ci.im;
    if (i == OBJ_NULL)
        im = cr_complex ? cr.im : 0.0;
    else
        im = cr_complex ? ci.re + cr.im : ci.re;
    return obj_new_complex(re, im);
}

const type_t type_complex = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = Q_complex,
    .make_new = complex_make_new,
    .print = complex_print,
    .unary_op = complex_unary_op,
    .binary_op = complex_binary_op,
    .attr = complex_attr,
    .locals = &complex_locals,
};
