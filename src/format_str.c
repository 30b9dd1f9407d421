/*
 * str.format and str.format_map: replacement fields
 *   {[name|index][.attr|[key]]...[!conversion][:spec]}
 * with auto/manual numbering, nested fields in the spec (two levels, as
 * CPython allows) and "{{" / "}}" escapes. The scanning rules and error
 * messages follow CPython 3.11.
 */
#include <string.h>

#include "format.h"
#include "runtime.h"

typedef struct fmt_ctx {
    size_t n_args;
    const obj_t *args;    /* positional arguments */
    map_t *kw;            /* keyword arguments of str.format (may be NULL) */
    obj_t mapping;        /* format_map's mapping, else OBJ_NULL */
    int numbering;        /* 0 undecided, 1 automatic, 2 manual */
    size_t next_auto;
} fmt_ctx_t;

/* One replacement field, as offsets into the format string. */
typedef struct field {
    size_t name, name_end;
    size_t spec, spec_end;
    uint32_t conversion;  /* 0 when absent */
    bool spec_nested;     /* spec contains '{' */
} field_t;

_Noreturn static void value_error(const char *msg)
{
    raise_msg(&type_ValueError, msg);
}

/* Scan the field that starts after '{' at s[*i]; *i ends after its '}'. */
static void parse_field(const char *s, size_t len, size_t *i, field_t *f)
{
    f->conversion = 0;
    f->spec = f->spec_end = 0;
    f->spec_nested = false;
    f->name = *i;
    char c = 0;
    while (*i < len) {
        c = s[(*i)++];
        if (c == '{')
            value_error("unexpected '{' in field name");
        if (c == '[') {
            while (*i < len && s[*i] != ']')
                (*i)++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!')
            break;
    }
    f->name_end = *i - 1;
    if (c != '!' && c != ':') {
        if (c != '}')
            value_error("expected '}' before end of string");
        return;
    }
    if (c == '!') {
        if (*i >= len)
            value_error("end of string while looking for conversion specifier");
        const char *next = utf8_next(s + *i, &f->conversion);
        *i = (size_t)(next - s);
        if (*i < len) {
            c = s[(*i)++];
            if (c == '}')
                return;
            if (c != ':')
                value_error("expected ':' after conversion specifier");
        }
    }
    f->spec = *i;
    int count = 1;
    while (*i < len) {
        c = s[(*i)++];
        if (c == '{') {
            f->spec_nested = true;
            count++;
        } else if (c == '}' && --count == 0) {
            f->spec_end = *i - 1;
            return;
        }
    }
    value_error("unmatched '{' in format spec");
}

/* s[0..n) as a non-negative decimal, or -1 when it is not all digits. */
static intptr_t as_index(const char *s, size_t n)
{
    if (n == 0)
        return -1;
    intptr_t v = 0;
    for (size_t k = 0; k < n; k++) {
        if (s[k] < '0' || s[k] > '9')
            return -1;
        if (v > (INTPTR_MAX - 9) / 10)
            value_error("Too many decimal digits in format string");
        v = v * 10 + (s[k] - '0');
    }
    return v;
}

static obj_t positional(fmt_ctx_t *ctx, size_t index)
{
    if (ctx->mapping != OBJ_NULL)
        value_error("Format string contains positional fields");
    if (index >= ctx->n_args)
        raise_fmt(&type_IndexError, "Replacement index %zu out of range for positional args tuple",
                  index);
    return ctx->args[index];
}

static obj_t keyword(fmt_ctx_t *ctx, const char *name, size_t n)
{
    obj_t key = str_new(name, n);
    if (ctx->mapping != OBJ_NULL)
        return obj_subscr(ctx->mapping, key, OBJ_SENTINEL);
    map_elem_t *e = ctx->kw ? map_lookup(ctx->kw, key, MAP_LOOKUP) : NULL;
    if (e == NULL)
        raise_obj(exception_new(&type_KeyError, 1, &key));
    return e->value;
}

/* The object a field name designates: first part, then .attr / [key]. */
static obj_t field_value(fmt_ctx_t *ctx, const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && s[k] != '.' && s[k] != '[')
        k++;
    obj_t obj;
    if (k == 0) {
        if (ctx->numbering == 2)
            value_error("cannot switch from manual field specification to automatic field "
                        "numbering");
        ctx->numbering = 1;
        obj = positional(ctx, ctx->next_auto++);
    } else {
        intptr_t index = as_index(s, k);
        if (index >= 0) {
            if (ctx->numbering == 1)
                value_error("cannot switch from automatic field numbering to manual field "
                            "specification");
            ctx->numbering = 2;
            obj = positional(ctx, (size_t)index);
        } else {
            obj = keyword(ctx, s, k);
        }
    }
    while (k < n) {
        char c = s[k++];
        size_t start = k;
        if (c == '.') {
            while (k < n && s[k] != '.' && s[k] != '[')
                k++;
            if (k == start)
                value_error("Empty attribute in format string");
            obj = load_attr(obj, qstr_from_strn(s + start, k - start));
        } else if (c == '[') {
            while (k < n && s[k] != ']')
                k++;
            if (k >= n)
                value_error("Missing ']' in format field");
            if (k == start)
                value_error("Empty attribute in format string");
            intptr_t index = as_index(s + start, k - start);
            obj_t key = index >= 0 ? obj_new_int(index) : str_new(s + start, k - start);
            obj = obj_subscr(obj, key, OBJ_SENTINEL);
            k++;
            if (k < n && s[k] != '.' && s[k] != '[')
                value_error("Only '.' or '[' may follow ']' in format field specifier");
        } else {
            value_error("Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return obj;
}

static obj_t convert(obj_t obj, uint32_t conv)
{
    switch (conv) {
    case 0:
        return obj;
    case 'r':
        return obj_repr(obj);
    case 's':
        return obj_str(obj);
    case 'a':
        return obj_ascii(obj);
    default:
        if (conv > 32 && conv < 127)
            raise_fmt(&type_ValueError, "Unknown conversion specifier %c", (int)conv);
        {
            static const char hex[] = "0123456789abcdef";
            char buf[12];
            size_t n = 0;
            for (int sh = 28; sh >= 0; sh -= 4)
                if ((conv >> sh) || n || sh == 0)
                    buf[n++] = hex[(conv >> sh) & 15];
            buf[n] = '\0';
            raise_fmt(&type_ValueError, "Unknown conversion specifier \\x%s", buf);
        }
    }
}

static void render(vstr_t *out, const char *s, size_t len, fmt_ctx_t *ctx, int depth)
{
    if (depth <= 0)
        value_error("Max string recursion exceeded");
    size_t i = 0;
    while (i < len) {
        size_t start = i;
        char c = 0;
        bool markup = false;
        while (i < len) {
            c = s[i++];
            if (c == '{' || c == '}') {
                markup = true;
                break;
            }
        }
        size_t lit_end = i;
        if (markup) {
            bool at_end = i >= len;
            if (c == '}' && (at_end || s[i] != '}'))
                value_error("Single '}' encountered in format string");
            if (c == '{' && at_end)
                value_error("Single '{' encountered in format string");
            if (s[i] == c) {
                i++;
                markup = false;
            } else {
                lit_end--;
            }
        }
        vstr_add_strn(out, s + start, lit_end - start);
        if (!markup)
            continue;
        field_t f;
        parse_field(s, len, &i, &f);
        obj_t obj = convert(field_value(ctx, s + f.name, f.name_end - f.name), f.conversion);
        obj_t spec;
        if (f.spec_nested) {
            vstr_t sv;
            vstr_init(&sv, f.spec_end - f.spec + 8);
            render(&sv, s + f.spec, f.spec_end - f.spec, ctx, depth - 1);
            spec = vstr_to_str(&sv);
        } else {
            spec = str_new(s + f.spec, f.spec_end - f.spec);
        }
        obj_t r = format_obj(obj, spec);
        size_t n;
        const char *rs = str_get_data(r, &n);
        vstr_add_strn(out, rs, n);
    }
}

static obj_t format_run(obj_t fmt, fmt_ctx_t *ctx)
{
    size_t len;
    const char *s = str_get_data(fmt, &len);
    vstr_t out;
    vstr_init(&out, len + 16);
    render(&out, s, len, ctx, 2);
    return vstr_to_str(&out);
}

obj_t format_str_method(size_t n_args, const obj_t *args, map_t *kw)
{
    fmt_ctx_t ctx = {n_args - 1, args + 1, kw, OBJ_NULL, 0, 0};
    return format_run(args[0], &ctx);
}

obj_t format_str_map(obj_t fmt, obj_t mapping)
{
    fmt_ctx_t ctx = {0, NULL, NULL, mapping, 0, 0};
    return format_run(fmt, &ctx);
}
