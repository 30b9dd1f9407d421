/*
 * format(value, spec): the format-spec mini-language for str, int (any
 * size), bool and float with CPython 3.11's results and error messages;
 * other objects go to their __format__ method, or object.__format__'s rule
 * (empty spec only).
 *
 * Widths count code points. Numbers are laid out as
 *   [padding][sign][prefix][padding if '='][grouped digits][rest][padding]
 * where zero padding with a grouping option is itself grouped, as CPython
 * does ('010,' of 1234 is '00,001,234').
 */
#include <string.h>

#include "fmtfloat.h"
#include "format.h"
#include "mem.h"
#include "runtime.h"

/* ---- spec parsing ---- */

static bool is_align(char c)
{
    return c == '<' || c == '>' || c == '^' || c == '=';
}

/* Decimal number at s[*i]; -1 when there is none. */
static intptr_t parse_count(const char *s, size_t len, size_t *i)
{
    if (*i >= len || s[*i] < '0' || s[*i] > '9')
        return -1;
    intptr_t n = 0;
    while (*i < len && s[*i] >= '0' && s[*i] <= '9') {
        int d = s[*i] - '0';
        if (n > (INTPTR_MAX - d) / 10)
            raise_msg(&type_ValueError, "Too many decimal digits in format string");
        n = n * 10 + d;
        (*i)++;
    }
    return n;
}

_Noreturn static void unknown_code(uint32_t c, const char *type_name)
{
    if (c > 32 && c < 128)
        raise_fmt(&type_ValueError, "Unknown format code '%c' for object of type '%s'", (int)c,
                  type_name);
    static const char hex[] = "0123456789abcdef";
    char buf[12];
    size_t n = 0;
    for (int sh = 28; sh >= 0; sh -= 4)
        if ((c >> sh) || n || sh == 0)
            buf[n++] = hex[(c >> sh) & 15];
    buf[n] = '\0';
    raise_fmt(&type_ValueError, "Unknown format code '\\x%s' for object of type '%s'", buf,
              type_name);
}

void format_parse_spec(const char *s, size_t len, const char *type_name, fmt_spec_t *sp)
{
    sp->fill = ' ';
    sp->align = 0;
    sp->sign = 0;
    sp->no_neg_0 = sp->alternate = sp->zero = false;
    sp->grouping = 0;
    sp->width = sp->precision = -1;
    sp->type = 0;
    size_t i = 0;
    bool fill_given = false;
    if (len > 0) {
        uint32_t c0;
        size_t k = (size_t)(utf8_next(s, &c0) - s);
        if (k < len && is_align(s[k])) {
            sp->fill = c0;
            sp->align = s[k];
            fill_given = true;
            i = k + 1;
        } else if (is_align(s[0])) {
            sp->align = s[0];
            i = 1;
        }
    }
    if (i < len && (s[i] == '+' || s[i] == '-' || s[i] == ' '))
        sp->sign = s[i++];
    if (i < len && s[i] == 'z')
        sp->no_neg_0 = true, i++;
    if (i < len && s[i] == '#')
        sp->alternate = true, i++;
    if (!fill_given && i < len && s[i] == '0') {
        sp->fill = '0';
        sp->zero = !sp->align;
        i++;
    }
    sp->width = parse_count(s, len, &i);
    if (i < len && s[i] == ',')
        sp->grouping = ',', i++;
    if (i < len && s[i] == '_') {
        if (sp->grouping)
            raise_msg(&type_ValueError, "Cannot specify both ',' and '_'.");
        sp->grouping = '_', i++;
    }
    if (i < len && s[i] == ',' && sp->grouping == '_')
        raise_msg(&type_ValueError, "Cannot specify both ',' and '_'.");
    if (i < len && s[i] == '.') {
        i++;
        sp->precision = parse_count(s, len, &i);
        if (sp->precision < 0)
            raise_msg(&type_ValueError, "Format specifier missing precision");
    }
    if (i < len) {
        uint32_t c;
        size_t k = (size_t)(utf8_next(s + i, &c) - (s + i));
        if (i + k < len) {
            vstr_t v;
            vstr_init(&v, len + 1);
            vstr_add_strn(&v, s, len);
            vstr_add_char(&v, '\0');
            raise_fmt(&type_ValueError, "Invalid format specifier '%s' for object of type '%s'",
                      v.buf, type_name);
        }
        if (c >= 0x80)
            unknown_code(c, type_name);
        sp->type = (char)c;
    }
    if (sp->grouping) {
        const char *ok = sp->grouping == ',' ? "defgEFG%" : "defgEFG%boxX";
        if (sp->type && strchr(ok, sp->type) == NULL)
            raise_fmt(&type_ValueError, "Cannot specify '%c' with '%c'.", sp->grouping, sp->type);
    }
}

/* ---- layout ---- */

void format_add_fill(vstr_t *out, uint32_t c, size_t n)
{
    char enc[4];
    size_t k = utf8_encode(c, enc);
    for (size_t i = 0; i < n; i++)
        vstr_add_strn(out, enc, k);
}

void format_pad(vstr_t *out, const fmt_spec_t *sp, char align, const char *text, size_t len,
                size_t charlen)
{
    size_t width = sp->width < 0 ? 0 : (size_t)sp->width;
    size_t pad = width > charlen ? width - charlen : 0, left;
    if (align == '<')
        left = 0;
    else if (align == '^')
        left = pad / 2;
    else
        left = pad;
    format_add_fill(out, sp->fill, left);
    vstr_add_strn(out, text, len);
    format_add_fill(out, sp->fill, pad - left);
}

static size_t grouped_len(size_t n, unsigned group)
{
    return group && n ? n + (n - 1) / group : n;
}

void format_number(vstr_t *out, const fmt_spec_t *sp, char sign, const char *prefix,
                   const char *digits, size_t nd, const char *rest, size_t nrest, unsigned group)
{
    /* No digits (inf, nan): CPython leaves zero padding ungrouped. */
    if (!sp->grouping || nd == 0)
        group = 0;
    char align = sp->align ? sp->align : sp->zero ? '=' : '>';
    size_t width = sp->width < 0 ? 0 : (size_t)sp->width;
    size_t lead = (sign ? 1 : 0) + strlen(prefix);
    size_t nd_chars = utf8_charlen(digits, nd), rest_chars = utf8_charlen(rest, nrest);
    /* digit count after zero padding (grouped zero padding) */
    size_t count = nd_chars;
    if (align == '=' && sp->fill == '0') {
        size_t need = width > lead + rest_chars ? width - lead - rest_chars : 0;
        while (grouped_len(count, group) < need)
            count++;
    }
    size_t body = lead + grouped_len(count, group) + rest_chars;
    size_t pad = width > body ? width - body : 0, left;
    if (align == '<')
        left = 0;
    else if (align == '^')
        left = pad / 2;
    else
        left = pad;
    if (align != '=')
        format_add_fill(out, sp->fill, left);
    if (sign)
        vstr_add_char(out, sign);
    vstr_add_str(out, prefix);
    if (align == '=')
        format_add_fill(out, sp->fill, pad);
    /* digits: count - nd_chars zeros, then the digits, separators between
     * groups. Grouped digits are ASCII; ungrouped ones may be any text
     * (the UTF-8 character of 'c'). */
    size_t zeros = count - nd_chars;
    if (!group) {
        format_add_fill(out, '0', zeros);
        vstr_add_strn(out, digits, nd);
    } else {
        for (size_t i = 0; i < count; i++) {
            if (i && (count - i) % group == 0)
                vstr_add_char(out, sp->grouping);
            vstr_add_char(out, i < zeros ? '0' : digits[i - zeros]);
        }
    }
    vstr_add_strn(out, rest, nrest);
    if (align == '<' || align == '^')
        format_add_fill(out, sp->fill, pad - left);
}

/* ---- str ---- */

static void format_string(vstr_t *out, obj_t value, const fmt_spec_t *sp, const char *tname)
{
    if (sp->type && sp->type != 's')
        unknown_code((uint8_t)sp->type, tname);
    /* CPython parses with the default type 's', so this comes first. */
    if (sp->grouping)
        raise_fmt(&type_ValueError, "Cannot specify '%c' with 's'.", sp->grouping);
    if (sp->sign == ' ')
        raise_msg(&type_ValueError, "Space not allowed in string format specifier");
    if (sp->sign)
        raise_msg(&type_ValueError, "Sign not allowed in string format specifier");
    if (sp->no_neg_0)
        raise_msg(&type_ValueError,
                  "Negative zero coercion (z) not allowed in string format specifier");
    if (sp->alternate)
        raise_msg(&type_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (sp->align == '=')
        raise_msg(&type_ValueError, "'=' alignment not allowed in string format specifier");
    size_t len;
    const char *s = str_get_data(value, &len);
    size_t charlen = str_get_charlen(value);
    if (sp->precision >= 0 && (size_t)sp->precision < charlen) {
        len = utf8_offset(s, len, charlen, (size_t)sp->precision);
        charlen = (size_t)sp->precision;
    }
    format_pad(out, sp, sp->align ? sp->align : '<', s, len, charlen);
}

/* ---- int ---- */

static const char digit_chars[] = "0123456789abcdef0123456789ABCDEF";

static void add_uint(vstr_t *out, uintptr_t u, unsigned base, bool upper, size_t min_digits)
{
    char buf[sizeof(uintptr_t) * 8];
    size_t n = 0;
    do {
        buf[n++] = digit_chars[(upper ? 16 : 0) + u % base];
        u /= base;
    } while (u);
    while (n < min_digits)
        buf[n++] = '0';
    while (n)
        vstr_add_char(out, buf[--n]);
}

void format_int_digits(vstr_t *out, obj_t v, unsigned base, bool upper, bool *neg)
{
    intptr_t i;
    if (obj_get_int_maybe(v, &i)) {
        *neg = i < 0;
        add_uint(out, *neg ? (uintptr_t)0 - (uintptr_t)i : (uintptr_t)i, base, upper, 1);
        return;
    }
    obj_t zero = obj_new_small_int(0);
    *neg = obj_is_true(compare_op(BOP_LT, v, zero));
    obj_t mag = *neg ? unary_op(UOP_NEG, v) : v;
    if (base == 10) {
        size_t len;
        const char *s = str_get_data(obj_str(mag), &len);
        vstr_add_strn(out, s, len);
        return;
    }
    /* Power-of-two bases: peel 24-bit chunks (fit a small int everywhere). */
    unsigned bits = base == 16 ? 4 : base == 8 ? 3 : 1;
    obj_t mask = obj_new_small_int(0xffffff), shift = obj_new_small_int(24);
    size_t n = 0, alloc = 8;
    uint32_t *chunks = mem_alloc_noscan(alloc * sizeof(uint32_t));
    while (obj_is_true(mag)) {
        if (n == alloc) {
            alloc *= 2;
            chunks = mem_realloc(chunks, alloc * sizeof(uint32_t));
        }
        chunks[n++] = (uint32_t)obj_get_int(binary_op(BOP_AND, mag, mask));
        mag = binary_op(BOP_RSHIFT, mag, shift);
    }
    size_t per = 24 / bits;
    for (size_t k = n; k-- > 0;)
        add_uint(out, chunks[k], base, upper, k == n - 1 ? 1 : per);
    mem_free(chunks);
}

static void format_float_spec(vstr_t *out, double d, const fmt_spec_t *sp, const char *tname);

static void format_int(vstr_t *out, obj_t value, const fmt_spec_t *sp, const char *tname)
{
    char t = sp->type;
    if (t && strchr("eEfFgG%", t)) {
        format_float_spec(out, obj_get_float(value), sp, tname);
        return;
    }
    if (t && !strchr("bcdoxXn", t))
        unknown_code((uint8_t)t, tname);
    if (sp->precision >= 0)
        raise_msg(&type_ValueError, "Precision not allowed in integer format specifier");
    if (sp->no_neg_0)
        raise_msg(&type_ValueError,
                  "Negative zero coercion (z) not allowed in integer format specifier");
    if (t == 'c') {
        if (sp->sign)
            raise_msg(&type_ValueError, "Sign not allowed with integer format specifier 'c'");
        if (sp->alternate)
            raise_msg(&type_ValueError,
                      "Alternate form (#) not allowed with integer format specifier 'c'");
        intptr_t c;
        if (!obj_get_int_maybe(value, &c))
            raise_msg(&type_OverflowError, "Python int too large to convert to C long");
        if (c < 0 || c > 0x10ffff)
            raise_msg(&type_OverflowError, "%c arg not in range(0x110000)");
        char enc[4];
        size_t k = utf8_encode((uint32_t)c, enc);
        format_number(out, sp, 0, "", enc, k, "", 0, 0);
        return;
    }
    unsigned base = t == 'x' || t == 'X' ? 16 : t == 'o' ? 8 : t == 'b' ? 2 : 10;
    const char *prefix = "";
    if (sp->alternate)
        prefix = t == 'x' ? "0x" : t == 'X' ? "0X" : t == 'o' ? "0o" : t == 'b' ? "0b" : "";
    vstr_t digits;
    vstr_init(&digits, 24);
    bool neg;
    format_int_digits(&digits, value, base, t == 'X', &neg);
    char sign = neg ? '-' : sp->sign == '+' ? '+' : sp->sign == ' ' ? ' ' : 0;
    format_number(out, sp, sign, prefix, digits.buf, digits.len, "", 0, base == 10 ? 3 : 4);
    mem_free(digits.buf);
}

/* ---- float ---- */

bool format_is_float(obj_t v)
{
    return obj_is_type(v, &type_float);
}

double format_float_value(obj_t v)
{
    return ((obj_float_t *)v)->value;
}

static void format_float_spec(vstr_t *out, double d, const fmt_spec_t *sp, const char *tname)
{
    char t = sp->type;
    if (t && !strchr("eEfFgGn%", t))
        unknown_code((uint8_t)t, tname);
    if (sp->precision > FMTFLOAT_MAX_PREC)
        raise_msg(&type_ValueError, "precision too big");
    int prec = (int)sp->precision;
    unsigned flags = (sp->alternate ? FMTFLOAT_ALT : 0) | (sp->no_neg_0 ? FMTFLOAT_NO_NEG_0 : 0);
    size_t size = FMTFLOAT_BUFSIZE(prec);
    char stack[FMTFLOAT_BUFSIZE(20)];
    char *buf = size <= sizeof(stack) ? stack : mem_alloc_noscan(size);
    int n = fmtfloat_format(d, t == 'n' ? 'g' : t, prec, flags, buf, size);
    if (n < 0)
        raise_msg(&type_ValueError, "precision too big");
    const char *p = buf, *end = buf + n;
    bool neg = *p == '-';
    if (neg)
        p++;
    const char *dig = p;
    while (p < end && *p >= '0' && *p <= '9')
        p++;
    char sign = neg ? '-' : sp->sign == '+' ? '+' : sp->sign == ' ' ? ' ' : 0;
    format_number(out, sp, sign, "", dig, (size_t)(p - dig), p, (size_t)(end - p), 3);
    if (buf != stack)
        mem_free(buf);
}

/* ---- dispatch ---- */

/* object.__format__: str(value) for an empty spec, else TypeError. */
obj_t format_object_default(obj_t value, obj_t spec)
{
    size_t len;
    str_get_data(spec, &len);
    if (len)
        raise_fmt(&type_TypeError, "unsupported format string passed to %T.__format__", value);
    return obj_str(value);
}

static obj_t format_dunder(obj_t self, obj_t spec)
{
    if (!str_check(spec))
        raise_fmt(&type_TypeError, "__format__() argument must be str, not %s",
                  str_arg_tname(spec));
    return format_obj(self, spec);
}
BUILTIN_FUN_2(format_dunder_obj, Q___format__, format_dunder);

static obj_t call_format_method(obj_t value, obj_t spec)
{
    obj_t dest[3];
    load_method(value, Q___format__, dest);
    dest[2] = spec;
    obj_t r = call_method(1, 0, dest);
    if (!str_check(r))
        raise_fmt(&type_TypeError, "__format__ must return a str, not %T", r);
    return r;
}

obj_t format_obj(obj_t value, obj_t spec)
{
    if (!str_check(spec))
        raise_fmt(&type_TypeError, "format() argument 2 must be str, not %s",
                  str_arg_tname(spec));
    const type_t *t = obj_get_type(value);
    obj_t native = value;
    if (t->flags & TYPE_FLAG_USER) {
        obj_t m = type_lookup(t, Q___format__);
        if (m != OBJ_NULL && !obj_is_type(m, &type_builtin))
            return call_format_method(value, spec);
        native = str_unwrap(value);
        if (native == OBJ_NULL)
            return format_object_default(value, spec);
    }
    bool is_str = str_check(native), is_int = !is_str && obj_is_int(native);
    bool is_float = !is_str && !is_int && format_is_float(native);
    if (!is_str && !is_int && !is_float) {
        const type_t *nt = obj_get_type(native);
        if (nt->locals != NULL && map_get_qstr(nt->locals, Q___format__) != OBJ_NULL)
            return call_format_method(native, spec);
        return format_object_default(value, spec);
    }
    size_t len;
    const char *s = str_get_data(spec, &len);
    if (len == 0)
        return obj_str(value);
    const char *tname = obj_type_name(value);
    fmt_spec_t sp;
    format_parse_spec(s, len, tname, &sp);
    vstr_t out;
    vstr_init(&out, 16);
    if (is_str)
        format_string(&out, native, &sp, tname);
    else if (is_int)
        format_int(&out, native, &sp, tname);
    else
        format_float_spec(&out, format_float_value(native), &sp, tname);
    return vstr_to_str(&out);
}
