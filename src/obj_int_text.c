/*
 * int <-> text and the int() constructor (see obj_int.h).
 *
 * Decimal conversions of long values are quadratic, so like CPython 3.11
 * they are refused beyond int_max_str_digits digits (bases that are powers
 * of two convert in linear time and are exempt).
 */
#include <string.h>

#include "mem.h"
#include "obj_int_impl.h"
#include "obj_str.h"
#include "obj_type.h"
#include "runtime.h"
#include "unichar.h"

size_t int_max_str_digits = INT_MAX_STR_DIGITS_DEFAULT;

static bool limited_base(unsigned base)
{
    return (base & (base - 1)) != 0;
}

static _Noreturn void raise_to_str_limit(void)
{
    raise_fmt(&type_ValueError,
              "Exceeds the limit (%zu digits) for integer string conversion; "
              "use sys.set_int_max_str_digits() to increase the limit",
              int_max_str_digits);
}

/* ---- int -> text ---- */

static size_t small_text(intptr_t v, unsigned base, bool upper, char *buf, size_t size)
{
    const char *alpha = upper ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "0123456789abcdefghijklmnopqrstuvwxyz";
    uintptr_t m = v < 0 ? 0 - (uintptr_t)v : (uintptr_t)v;
    char tmp[sizeof(uintptr_t) * 8 + 2];
    size_t n = 0;
    do {
        tmp[n++] = alpha[m % base];
        m /= base;
    } while (m);
    if (v < 0)
        tmp[n++] = '-';
    size_t len = 0;
    while (n && len + 1 < size)
        buf[len++] = tmp[--n];
    buf[len] = '\0';
    return len;
}

char *int_text(obj_t i, unsigned base, bool upper, size_t *len)
{
    if (obj_is_small_int(i)) {
        char *buf = mem_alloc_noscan(sizeof(uintptr_t) * 8 + 2);
        *len = small_text(obj_small_int_value(i), base, upper, buf, sizeof(uintptr_t) * 8 + 2);
        return buf;
    }
    const mpz_t *z = &((obj_int_t *)i)->mpz;
    bool limited = limited_base(base) && int_max_str_digits != 0;
    if (limited) {
        /* a lower bound of the digit count refuses huge values before the
           quadratic conversion: digits >= (bits - 1) * log10(2) + 1 */
        double lo = (double)(mpz_bit_length(z) - 1) * 0.30102999 + 1.0;
        if (lo > (double)int_max_str_digits + 1.0)
            raise_to_str_limit();
    }
    size_t size = mpz_str_len_bound(z, base);
    char *buf = mem_alloc_noscan(size);
    mpz_to_str(z, base, upper, buf, size, len);
    if (limited && *len - (mpz_is_neg(z) ? 1 : 0) > int_max_str_digits) {
        mem_free(buf);
        raise_to_str_limit();
    }
    return buf;
}

obj_t int_to_str_base(obj_t i, unsigned base, bool upper)
{
    i = int_unwrap_checked(i);
    char buf[sizeof(uintptr_t) * 8 + 2];
    if (obj_is_small_int(i)) {
        size_t n = small_text(obj_small_int_value(i), base, upper, buf, sizeof(buf));
        return str_new(buf, n);
    }
    size_t len;
    char *s = int_text(i, base, upper, &len);
    return str_new_owned(s, len);
}

/* ---- text -> int ---- */

static unsigned digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return (unsigned)(c - '0');
    c |= 0x20;
    if (c >= 'a' && c <= 'z')
        return (unsigned)(c - 'a' + 10);
    return 99;
}

/* C isspace: what int() and float() strip after the Unicode mapping. */
static bool ascii_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static void check_digits_limit(size_t ndig, unsigned base)
{
    if (limited_base(base) && int_max_str_digits != 0 && ndig > int_max_str_digits)
        raise_fmt(&type_ValueError,
                  "Exceeds the limit (%zu digits) for integer string conversion: value has %zu digits; "
                  "use sys.set_int_max_str_digits() to increase the limit",
                  int_max_str_digits, ndig);
}

/* Value of s[0..len): valid digits of base, possibly separated by single
 * underscores (which are skipped). */
static obj_t digits_value(const char *s, size_t len, unsigned base)
{
    uintptr_t acc = 0;
    size_t i = 0;
    for (; i < len; i++) {
        if (s[i] == '_')
            continue;
        unsigned d = digit_value(s[i]);
        if (acc > ((uintptr_t)SMALL_INT_MAX - d) / base)
            break;
        acc = acc * base + d;
    }
    if (i == len)
        return obj_new_small_int((intptr_t)acc);
    char *buf = mem_alloc_noscan(len + 1);
    size_t n = 0;
    for (i = 0; i < len; i++)
        if (s[i] != '_')
            buf[n++] = s[i];
    mpz_t z;
    mpz_init(&z);
    mpz_from_str(&z, buf, n, base);
    mem_free(buf);
    return int_take_mpz(&z);
}

obj_t int_from_digits(const char *s, size_t len, unsigned base)
{
    check_digits_limit(len, base);
    return digits_value(s, len, base);
}

static const char *skip_space(const char *p, const char *end)
{
    while (p < end && ascii_space(*p))
        p++;
    return p;
}

/* Base prefix "0x"/"0o"/"0b" matching base at p? */
static bool has_prefix(const char *p, const char *end, unsigned base)
{
    if (end - p < 2 || p[0] != '0')
        return false;
    char c = (char)(p[1] | 0x20);
    return (base == 16 && c == 'x') || (base == 8 && c == 'o') || (base == 2 && c == 'b');
}

/* int(text, base) on ASCII text with CPython's rules; OBJ_NULL when the
 * text is not a valid literal. */
static obj_t parse_ascii(const char *s, size_t len, unsigned base)
{
    const char *p = s, *end = s + len;
    p = skip_space(p, end);
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    bool zeros_only = false; /* base 0 and a leading 0: "old octal" */
    if (base == 0) {
        if (p + 1 < end && p[0] == '0') {
            char c = (char)(p[1] | 0x20);
            base = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        }
        if (base == 0) {
            zeros_only = p < end && *p == '0';
            base = 10;
        }
    }
    if (has_prefix(p, end, base)) {
        p += 2;
        if (p < end && *p == '_')
            p++;
    }
    if (p < end && *p == '_')
        return OBJ_NULL;
    const char *start = p;
    size_t ndig = 0;
    char prev = 0;
    for (; p < end && (*p == '_' || digit_value(*p) < base); prev = *p++) {
        if (*p != '_')
            ndig++;
        else if (prev == '_')
            return OBJ_NULL;
    }
    if (ndig == 0 || prev == '_')
        return OBJ_NULL;
    check_digits_limit(ndig, base);
    const char *dend = p;
    if (skip_space(p, end) != end)
        return OBJ_NULL;
    obj_t v = digits_value(start, (size_t)(dend - start), base);
    if (zeros_only && v != obj_new_small_int(0))
        return OBJ_NULL;
    return neg ? int_unary_op(UOP_NEG, v) : v;
}

/* CPython maps non-ASCII whitespace to ' ' and non-ASCII decimal digits to
 * ASCII before parsing; any other non-ASCII character ends the text with
 * an invalid '?'. Returns s itself when it is ASCII. */
const char *int_ascii_digits(const char *s, size_t *len)
{
    size_t n = *len, i;
    for (i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x7f)
            break;
    if (i == n)
        return s;
    char *out = mem_alloc_noscan(n + 1);
    const char *p = s, *end = s + n;
    size_t k = 0;
    while (p < end) {
        uint32_t cp;
        p = utf8_next(p, &cp);
        int d;
        if (cp < 0x7f)
            out[k++] = (char)cp;
        else if (unichar_isspace(cp))
            out[k++] = ' ';
        else if ((d = unichar_decimal_value(cp)) >= 0)
            out[k++] = (char)('0' + d);
        else {
            out[k++] = '?';
            break;
        }
    }
    out[k] = '\0';
    *len = k;
    return out;
}

/* repr(o) cut to 200 code points, as CPython's %.200R. */
static const char *short_repr(obj_t o)
{
    size_t len;
    const char *r = str_get_data(obj_repr(o), &len);
    size_t cut = utf8_offset(r, len, utf8_charlen(r, len), utf8_charlen(r, len) > 200 ? 200 : utf8_charlen(r, len));
    char *c = mem_alloc_noscan(cut + 1);
    memcpy(c, r, cut);
    c[cut] = '\0';
    return c;
}

static _Noreturn void raise_invalid(obj_t text, unsigned base)
{
    raise_fmt(&type_ValueError, "invalid literal for int() with base %u: %s", base, short_repr(text));
}

obj_t int_parse(const char *s, size_t len, unsigned base)
{
    size_t n = len;
    const char *a = int_ascii_digits(s, &n);
    obj_t v = parse_ascii(a, n, base);
    if (v == OBJ_NULL)
        raise_invalid(obj_new_str(s, len), base);
    return v;
}

/* int(x, base) for a str, bytes or bytearray x (or a subclass instance). */
static obj_t parse_obj(obj_t x, unsigned base)
{
    size_t len;
    const char *s = str_get_data(x, &len);
    const char *a = s;
    if (str_check(x))
        a = int_ascii_digits(s, &len);
    obj_t v = parse_ascii(a, len, base);
    if (v == OBJ_NULL)
        raise_invalid(bytearray_check(x) ? obj_new_bytes(s, len) : x, base);
    return v;
}

/* ---- int() ---- */

/* Call x.<name>() when x's class defines it (user classes only). */
static obj_t call_special(obj_t x, qstr name)
{
    if (!(obj_get_type(x)->flags & TYPE_FLAG_USER) || type_lookup_special(obj_get_type(x), name) == OBJ_NULL)
        return OBJ_NULL;
    obj_t dest[2];
    load_method(x, name, dest);
    return call_method(0, 0, dest);
}

obj_t int_index(obj_t o)
{
    obj_t i = int_unwrap(o);
    if (i != OBJ_NULL)
        return i;
    obj_t r = call_special(o, Q___index__);
    if (r == OBJ_NULL)
        raise_fmt(&type_TypeError, "'%T' object cannot be interpreted as an integer", o);
    i = int_unwrap(r);
    if (i == OBJ_NULL)
        raise_fmt(&type_TypeError, "__index__ returned non-int (type %T)", r);
    return i;
}

static obj_t int_from_special(obj_t x)
{
    obj_t r = call_special(x, Q___int__);
    if (r != OBJ_NULL) {
        if (int_unwrap(r) == OBJ_NULL)
            raise_fmt(&type_TypeError, "__int__ returned non-int (type %T)", r);
        return int_unwrap(r);
    }
    r = call_special(x, Q___index__);
    if (r != OBJ_NULL) {
        if (int_unwrap(r) == OBJ_NULL)
            raise_fmt(&type_TypeError, "__index__ returned non-int (type %T)", r);
        return int_unwrap(r);
    }
    r = call_special(x, Q___trunc__);
    if (r != OBJ_NULL) {
        if (int_unwrap(r) != OBJ_NULL)
            return int_unwrap(r);
        if (call_special(r, Q___index__) == OBJ_NULL)
            raise_fmt(&type_TypeError, "__trunc__ returned non-Integral (type %T)", r);
        return int_index(r);
    }
    return OBJ_NULL;
}

/* int(x): PyNumber_Long. */
static obj_t int_from_obj(obj_t x)
{
    obj_t r = int_from_special(x);
    if (r != OBJ_NULL)
        return r;
    r = int_unwrap(x);
    if (r != OBJ_NULL)
        return r;
    obj_t n = str_unwrap(x);
    if (obj_is_type(n, &type_float))
        return int_from_double(((obj_float_t *)n)->value);
    if (str_check(x) || bytes_check(x) || bytearray_check(x))
        return parse_obj(x, 10);
    buffer_info_t info;
    if (bytes_get_buffer(x, &info)) {
        obj_t b = obj_new_bytes(info.buf, info.len);
        obj_t v = parse_ascii(info.buf, info.len, 10);
        if (v == OBJ_NULL)
            raise_invalid(b, 10);
        return v;
    }
    const type_t *t = obj_get_type(n);
    if (t->unary_op && !(t->flags & TYPE_FLAG_USER) && t != &type_complex) {
        r = t->unary_op(UOP_INT, n);
        if (r != OBJ_NULL && int_unwrap(r) != OBJ_NULL)
            return int_unwrap(r);
    }
    raise_fmt(&type_TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%T'", x);
}

static bool key_is(obj_t key, const char *name)
{
    size_t len;
    const char *s = str_get_data(key, &len);
    return len == strlen(name) && memcmp(s, name, len) == 0;
}

obj_t int_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    if (n_args + n_kw > 2)
        raise_fmt(&type_TypeError, "int() takes at most 2 arguments (%zu given)", n_args + n_kw);
    obj_t x = n_args > 0 ? args[0] : OBJ_NULL;
    obj_t base = n_args > 1 ? args[1] : OBJ_NULL;
    for (size_t i = 0; i < n_kw; i++) {
        obj_t key = args[n_args + 2 * i];
        if (!key_is(key, "base"))
            raise_fmt(&type_TypeError, "'%S' is an invalid keyword argument for int()", key);
        if (base != OBJ_NULL)
            raise_msg(&type_TypeError, "argument for int() given by name ('base') and position (2)");
        base = args[n_args + 2 * i + 1];
    }
    if (x == OBJ_NULL) {
        if (base != OBJ_NULL)
            raise_msg(&type_TypeError, "int() missing string argument");
        return obj_new_small_int(0);
    }
    if (base == OBJ_NULL)
        return int_from_obj(x);
    obj_t b = int_index(base);
    intptr_t bv = obj_is_small_int(b) ? obj_small_int_value(b) : -1;
    if ((bv != 0 && bv < 2) || bv > 36)
        raise_msg(&type_ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (!str_check(x) && !bytes_check(x) && !bytearray_check(x))
        raise_msg(&type_TypeError, "int() can't convert non-string with explicit base");
    return parse_obj(x, (unsigned)bv);
}
