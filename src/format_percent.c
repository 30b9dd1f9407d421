/*
 * printf-style formatting: str % args, bytes % args and bytearray % args
 * (PEP 461), with CPython 3.11's conversions, flags and error messages.
 *
 * One engine serves both result kinds: for str, pieces are UTF-8 and widths
 * count code points; for bytes, widths count bytes and %s/%b take
 * bytes-like objects, %r/%a give ascii() encoded as bytes.
 */
#include <string.h>

#include "bytestr.h"
#include "fmtfloat.h"
#include "format.h"
#include "mem.h"
#include "runtime.h"

enum { F_LEFT = 1, F_SIGN = 2, F_SPACE = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct pct_ctx {
    bool is_bytes;
    obj_t args;         /* the right operand */
    obj_t dict;         /* mapping for %(key) or OBJ_NULL */
    size_t n_args;      /* items when args is a tuple */
    bool tuple;
    intptr_t next;      /* next positional item; -1 = args itself unused */
} pct_ctx_t;

static obj_t next_arg(pct_ctx_t *c)
{
    if (c->tuple) {
        if ((size_t)c->next < c->n_args)
            return ((obj_tuple_t *)c->args)->items[c->next++];
    } else if (c->next < 0) {
        c->next = 0;
        return c->args;
    }
    raise_msg(&type_TypeError, "not enough arguments for format string");
}

static bool is_mapping(obj_t o)
{
    if (obj_is_type(o, &type_tuple) || str_check(o))
        return false;
    const type_t *t = obj_get_type(o);
    if (t->flags & TYPE_FLAG_USER)
        return type_lookup(t, Q___getitem__) != OBJ_NULL;
    return t->subscr != NULL;
}

/* Append text (charlen units) padded to width with spaces. */
static void pad_text(vstr_t *out, const char *s, size_t len, size_t charlen, intptr_t width,
                     unsigned flags)
{
    size_t pad = width > 0 && (size_t)width > charlen ? (size_t)width - charlen : 0;
    if (!(flags & F_LEFT))
        format_add_fill(out, ' ', pad);
    vstr_add_strn(out, s, len);
    if (flags & F_LEFT)
        format_add_fill(out, ' ', pad);
}

/* sign + prefix + digits/rest with zero or space padding. */
static void pad_number(vstr_t *out, bool neg, const char *prefix, const char *body, size_t n,
                       intptr_t width, unsigned flags)
{
    char sign = neg ? '-' : (flags & F_SIGN) ? '+' : (flags & F_SPACE) ? ' ' : 0;
    size_t len = (sign ? 1 : 0) + strlen(prefix) + n;
    size_t pad = width > 0 && (size_t)width > len ? (size_t)width - len : 0;
    if (!(flags & (F_LEFT | F_ZERO)))
        format_add_fill(out, ' ', pad);
    if (sign)
        vstr_add_char(out, sign);
    vstr_add_str(out, prefix);
    if ((flags & F_ZERO) && !(flags & F_LEFT))
        format_add_fill(out, '0', pad);
    vstr_add_strn(out, body, n);
    if (flags & F_LEFT)
        format_add_fill(out, ' ', pad);
}

/* The native value of an instance of a user subclass of a built-in type
 * (v itself otherwise; OBJ_NULL when the native part is not set up). */
static obj_t native_of(obj_t v)
{
    return (obj_get_type(v)->flags & TYPE_FLAG_USER) ? str_unwrap(v) : v;
}

/* The int to format for %d (real numbers) or %x/%o (integers only), as
 * CPython: an int (or int subclass: its value, not __index__) as is, else
 * __index__ for %x/%o and int(v) (__int__, __index__, float) for %d. */
static obj_t int_arg(obj_t v, char conv)
{
    if (obj_is_int(v))
        return v;
    obj_t n = native_of(v);
    if (n != OBJ_NULL && obj_is_int(n))
        return n;
    bool index_only = conv == 'x' || conv == 'X' || conv == 'o';
    const type_t *t = obj_get_type(v);
    bool is_float = n != OBJ_NULL && format_is_float(n);
    if (t->flags & TYPE_FLAG_USER) {
        if (index_only && type_lookup(t, Q___index__) != OBJ_NULL)
            return unary_op(UOP_INDEX, v);
        if (!index_only && (is_float || type_lookup(t, Q___int__) != OBJ_NULL ||
                            type_lookup(t, Q___index__) != OBJ_NULL))
            return call1((obj_t)&type_int, v);
    } else if (!index_only && is_float) {
        return call1((obj_t)&type_int, v);
    }
    char name[3] = {'%', conv, '\0'};
    if (index_only)
        raise_fmt(&type_TypeError, "%s format: an integer is required, not %T", name, v);
    raise_fmt(&type_TypeError, "%s format: a real number is required, not %T", name, v);
}

/* The double for %e/%f/%g: a float (or float subclass: its value), else
 * __float__ / __index__ (obj_get_float raises "must be real number"). */
static double float_arg(obj_t v)
{
    obj_t n = native_of(v);
    if (n != OBJ_NULL && format_is_float(n))
        return format_float_value(n);
    return obj_get_float(v);
}

static void conv_int(vstr_t *out, obj_t v, char conv, intptr_t width, intptr_t prec,
                     unsigned flags)
{
    obj_t i = int_arg(v, conv);
    unsigned base = conv == 'x' || conv == 'X' ? 16 : conv == 'o' ? 8 : 10;
    vstr_t digits;
    vstr_init(&digits, 24);
    bool neg;
    format_int_digits(&digits, i, base, conv == 'X', &neg);
    const char *prefix = "";
    if (flags & F_ALT)
        prefix = conv == 'x' ? "0x" : conv == 'X' ? "0X" : conv == 'o' ? "0o" : "";
    if (prec > 0 && digits.len < (size_t)prec) {
        size_t z = (size_t)prec - digits.len;
        vstr_extend(&digits, z);
        memmove(digits.buf + z, digits.buf, digits.len - z);
        memset(digits.buf, '0', z);
    }
    pad_number(out, neg, prefix, digits.buf, digits.len, width, flags);
    mem_free(digits.buf);
}

static void conv_float(vstr_t *out, obj_t v, char conv, intptr_t width, intptr_t prec,
                       unsigned flags)
{
    double d = float_arg(v);
    if (prec < 0)
        prec = 6;
    if (prec > FMTFLOAT_MAX_PREC)
        raise_msg(&type_ValueError, "precision too large");
    size_t size = FMTFLOAT_BUFSIZE(prec);
    char *buf = mem_alloc_noscan(size);
    int n = fmtfloat_format(d, conv, (int)prec, (flags & F_ALT) ? FMTFLOAT_ALT : 0, buf, size);
    if (n < 0)
        raise_msg(&type_ValueError, "precision too large");
    bool neg = buf[0] == '-';
    pad_number(out, neg, "", buf + neg, (size_t)n - neg, width, flags);
    mem_free(buf);
}

/* Text of %s/%r/%a (str result) or %s/%b/%r/%a (bytes result). */
static void conv_text(vstr_t *out, const pct_ctx_t *c, obj_t v, char conv, intptr_t width,
                      intptr_t prec, unsigned flags)
{
    obj_t text;
    if (!c->is_bytes) {
        text = conv == 's' ? obj_str(v) : conv == 'r' ? obj_repr(v) : obj_ascii(v);
    } else if (conv == 'r' || conv == 'a') {
        size_t n;
        const char *s = str_get_data(obj_ascii(v), &n);
        text = obj_new_bytes(s, n);
    } else {
        buffer_info_t info;
        if (bytes_get_buffer(v, &info)) {
            text = obj_new_bytes(info.buf, info.len);
        } else {
            obj_t dest[2];
            load_method_maybe(v, Q___bytes__, dest);
            if (dest[0] == OBJ_NULL || str_check(v))
                raise_fmt(&type_TypeError,
                          "%s requires a bytes-like object, or an object that implements "
                          "__bytes__, not '%T'",
                          "%b", v);
            text = call_method(0, 0, dest);
        }
    }
    size_t len;
    const char *s = str_get_data(text, &len);
    size_t charlen = c->is_bytes ? len : str_get_charlen(text);
    if (prec >= 0 && (size_t)prec < charlen) {
        len = c->is_bytes ? (size_t)prec : utf8_offset(s, len, charlen, (size_t)prec);
        charlen = (size_t)prec;
    }
    pad_text(out, s, len, charlen, width, flags);
}

static void conv_char(vstr_t *out, const pct_ctx_t *c, obj_t v, intptr_t width, unsigned flags)
{
    char enc[4];
    size_t n;
    /* an int subclass instance stands for its value */
    obj_t nat = native_of(v);
    if (nat != OBJ_NULL && obj_is_int(nat))
        v = nat;
    if (c->is_bytes) {
        buffer_info_t info;
        if (obj_is_int(v)) {
            intptr_t b;
            if (!obj_get_int_maybe(v, &b) || b < 0 || b > 255)
                raise_msg(&type_OverflowError, "%c arg not in range(256)");
            enc[0] = (char)b;
        } else if ((bytes_check(v) || bytearray_check(v)) && bytes_get_buffer(v, &info) &&
                   info.len == 1) {
            enc[0] = *(char *)info.buf;
        } else {
            raise_msg(&type_TypeError, "%c requires an integer in range(256) or a single byte");
        }
        pad_text(out, enc, 1, 1, width, flags);
        return;
    }
    if (str_check(v)) {
        if (str_get_charlen(v) != 1)
            raise_msg(&type_TypeError, "%c requires int or char");
        const char *s = str_get_data(v, &n);
        pad_text(out, s, n, 1, width, flags);
        return;
    }
    const type_t *t = obj_get_type(v);
    if (!obj_is_int(v) && (t->flags & TYPE_FLAG_USER) && type_lookup(t, Q___index__) != OBJ_NULL)
        v = unary_op(UOP_INDEX, v);
    if (!obj_is_int(v))
        raise_msg(&type_TypeError, "%c requires int or char");
    intptr_t cp;
    if (!obj_get_int_maybe(v, &cp) || cp < 0 || cp > 0x10ffff)
        raise_msg(&type_OverflowError, "%c arg not in range(0x110000)");
    n = utf8_encode((uint32_t)cp, enc);
    pad_text(out, enc, n, 1, width, flags);
}

/* A '*' width or precision argument. */
static intptr_t star_arg(pct_ctx_t *c)
{
    obj_t v = next_arg(c);
    intptr_t n;
    if (!obj_is_int(v))
        raise_msg(&type_TypeError, "* wants int");
    if (!obj_get_int_maybe(v, &n))
        raise_msg(&type_OverflowError, "Python int too large to convert to C ssize_t");
    return n;
}

static intptr_t digits_arg(const char *s, size_t len, size_t *i, const char *too_big)
{
    intptr_t n = 0;
    while (*i < len && s[*i] >= '0' && s[*i] <= '9') {
        int d = s[(*i)++] - '0';
        if (n > (INTPTR_MAX - d) / 10)
            raise_msg(&type_ValueError, too_big);
        n = n * 10 + d;
    }
    return n;
}

_Noreturn static void incomplete(void)
{
    raise_msg(&type_ValueError, "incomplete format");
}

/* One conversion after the '%' at s[*i - 1]; *i ends after it. */
static void one_spec(vstr_t *out, pct_ctx_t *c, const char *s, size_t len, size_t *i)
{
    obj_t v = OBJ_NULL;
    if (*i < len && s[*i] == '(') {
        if (c->dict == OBJ_NULL)
            raise_msg(&type_TypeError, "format requires a mapping");
        size_t start = ++*i;
        int depth = 1;
        while (*i < len) {
            if (s[*i] == ')' && --depth == 0)
                break;
            if (s[*i] == '(')
                depth++;
            (*i)++;
        }
        if (*i >= len)
            raise_msg(&type_ValueError, "incomplete format key");
        obj_t key = c->is_bytes ? obj_new_bytes(s + start, *i - start)
                                : str_new(s + start, *i - start);
        (*i)++;
        v = obj_subscr(c->dict, key, OBJ_SENTINEL);
        /* with a key, the mapping is consumed: no "not all converted" */
        c->tuple = false;
        c->next = 0;
    }
    unsigned flags = 0;
    for (; *i < len; (*i)++) {
        char f = s[*i];
        if (f == '-')
            flags |= F_LEFT;
        else if (f == '+')
            flags |= F_SIGN;
        else if (f == ' ')
            flags |= F_SPACE;
        else if (f == '#')
            flags |= F_ALT;
        else if (f == '0')
            flags |= F_ZERO;
        else
            break;
    }
    intptr_t width = -1, prec = -1;
    if (*i < len && s[*i] == '*') {
        (*i)++;
        width = star_arg(c);
        if (width < 0) {
            flags |= F_LEFT;
            width = -width;
        }
    } else if (*i < len && s[*i] >= '0' && s[*i] <= '9') {
        width = digits_arg(s, len, i, "width too big");
    }
    if (*i < len && s[*i] == '.') {
        (*i)++;
        if (*i < len && s[*i] == '*') {
            (*i)++;
            prec = star_arg(c);
            if (prec < 0)
                prec = 0;
        } else {
            prec = digits_arg(s, len, i, "precision too big");
        }
    }
    while (*i < len && (s[*i] == 'h' || s[*i] == 'l' || s[*i] == 'L'))
        (*i)++;
    if (*i >= len)
        incomplete();
    size_t at = *i;
    uint32_t conv;
    if (c->is_bytes) {
        conv = (uint8_t)s[(*i)++];
    } else {
        const char *next = utf8_next(s + *i, &conv);
        *i = (size_t)(next - s);
    }
    if (v == OBJ_NULL)
        v = next_arg(c);
    switch (conv) {
    case 's':
    case 'r':
    case 'a':
        conv_text(out, c, v, (char)conv, width, prec, flags);
        return;
    case 'b':
        if (c->is_bytes) {
            conv_text(out, c, v, 's', width, prec, flags);
            return;
        }
        break;
    case 'c':
        conv_char(out, c, v, width, flags);
        return;
    case 'd':
    case 'i':
    case 'u':
    case 'x':
    case 'X':
    case 'o':
        conv_int(out, v, (char)conv, width, prec, flags);
        return;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
        conv_float(out, v, (char)conv, width, prec, flags);
        return;
    default:
        break;
    }
    size_t index = c->is_bytes ? at : utf8_charlen(s, at);
    char shown[2] = {conv >= 31 && conv <= 126 ? (char)conv : '?', '\0'};
    static const char hex[] = "0123456789abcdef";
    char code[12];
    size_t n = 0;
    for (int sh = 28; sh >= 0; sh -= 4)
        if ((conv >> sh) || n || sh == 0)
            code[n++] = hex[(conv >> sh) & 15];
    code[n] = '\0';
    raise_fmt(&type_ValueError, "unsupported format character '%s' (0x%s) at index %zu", shown,
              code, index);
}

obj_t format_percent(obj_t fmt, obj_t args)
{
    pct_ctx_t c;
    c.is_bytes = !str_check(fmt);
    /* a tuple subclass instance counts as a tuple of its items */
    obj_t targs = native_of(args);
    c.tuple = targs != OBJ_NULL && obj_is_type(targs, &type_tuple);
    c.args = c.tuple ? targs : args;
    c.n_args = c.tuple ? ((obj_tuple_t *)c.args)->len : 0;
    c.next = c.tuple ? 0 : -1;
    c.dict = !c.tuple && is_mapping(args) ? args : OBJ_NULL;
    bs_t v;
    bytestr_view(fmt, &v);
    const char *s = v.s;
    size_t len = v.len;
    vstr_t out;
    vstr_init(&out, len + 16);
    size_t i = 0;
    while (i < len) {
        const char *pct = memchr(s + i, '%', len - i);
        size_t stop = pct ? (size_t)(pct - s) : len;
        vstr_add_strn(&out, s + i, stop - i);
        i = stop;
        if (i >= len)
            break;
        i++;
        if (i < len && s[i] == '%') {
            vstr_add_char(&out, '%');
            i++;
            continue;
        }
        one_spec(&out, &c, s, len, &i);
        if (v.kind == BS_BYTEARRAY)
            bytestr_view(fmt, &v), s = v.s, len = v.len; /* user code may have resized it */
    }
    bool unused = c.tuple ? (size_t)c.next < c.n_args : c.next < 0;
    if (unused && c.dict == OBJ_NULL)
        raise_fmt(&type_TypeError, "not all arguments converted during %s formatting",
                  c.is_bytes ? "bytes" : "string");
    return bytestr_from_vstr(v.kind, &out);
}
