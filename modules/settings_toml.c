/* settings.toml lookup for os.getenv (see settings_toml.h). */
#include "settings_toml.h"

#include <string.h>

#include "obj_int.h"
#include "obj_str.h"
#include "runtime.h"

typedef struct cursor {
    const char *p;
    const char *end;
} cursor_t;

static void skip_blanks(cursor_t *c)
{
    while (c->p < c->end && (*c->p == ' ' || *c->p == '\t'))
        c->p++;
}

static void skip_line(cursor_t *c)
{
    while (c->p < c->end && *c->p != '\n')
        c->p++;
    if (c->p < c->end)
        c->p++;
}

/* After a value: only blanks and an optional comment may follow. */
static bool at_line_end(cursor_t *c)
{
    skip_blanks(c);
    if (c->p < c->end && *c->p == '#')
        return true;
    if (c->p < c->end && *c->p == '\r')
        c->p++;
    return c->p == c->end || *c->p == '\n';
}

static bool is_key_char(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' ||
           ch == '-';
}

static int hex_digit(char ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    return -1;
}

/* c->p is just past the opening quote. */
static int parse_string(cursor_t *c, obj_t *out)
{
    vstr_t v;
    vstr_init(&v, 32);
    for (;;) {
        if (c->p >= c->end || *c->p == '\n' || *c->p == '\r')
            return SETTINGS_BAD;
        char ch = *c->p++;
        if (ch == '"')
            break;
        if (ch != '\\') {
            vstr_add_char(&v, ch);
            continue;
        }
        if (c->p >= c->end)
            return SETTINGS_BAD;
        ch = *c->p++;
        int ndig = 0;
        switch (ch) {
        case 'b': vstr_add_char(&v, '\b'); break;
        case 't': vstr_add_char(&v, '\t'); break;
        case 'n': vstr_add_char(&v, '\n'); break;
        case 'f': vstr_add_char(&v, '\f'); break;
        case 'r': vstr_add_char(&v, '\r'); break;
        case '"': vstr_add_char(&v, '"'); break;
        case '\\': vstr_add_char(&v, '\\'); break;
        case 'u': ndig = 4; break;
        case 'U': ndig = 8; break;
        default: return SETTINGS_BAD;
        }
        if (ndig) {
            uint32_t cp = 0;
            for (int i = 0; i < ndig; i++) {
                int d = c->p < c->end ? hex_digit(*c->p) : -1;
                if (d < 0)
                    return SETTINGS_BAD;
                cp = cp << 4 | (uint32_t)d;
                c->p++;
            }
            if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
                return SETTINGS_BAD;
            vstr_add_unichar(&v, cp);
        }
    }
    if (!at_line_end(c) || !utf8_is_valid(v.buf, v.len))
        return SETTINGS_BAD;
    *out = vstr_to_str(&v);
    return SETTINGS_FOUND;
}

/* strtol(s, &end, 0) syntax: [+-] then 0x<hex>, 0<octal> or <decimal>. */
static int parse_int(cursor_t *c, obj_t *out)
{
    bool neg = false;
    if (c->p < c->end && (*c->p == '+' || *c->p == '-'))
        neg = *c->p++ == '-';
    unsigned base = 10;
    if (c->end - c->p >= 3 && c->p[0] == '0' && (c->p[1] == 'x' || c->p[1] == 'X') && hex_digit(c->p[2]) >= 0) {
        base = 16;
        c->p += 2;
    } else if (c->p < c->end && *c->p == '0') {
        base = 8;
    }
    const char *start = c->p;
    while (c->p < c->end) {
        int d = hex_digit(*c->p);
        if (d < 0 || d >= (int)base)
            break;
        c->p++;
    }
    if (c->p == start || !at_line_end(c))
        return SETTINGS_BAD;
    obj_t v = int_from_digits(start, (size_t)(c->p - start), base);
    *out = neg ? unary_op(UOP_NEG, v) : v;
    return SETTINGS_FOUND;
}

int settings_toml_lookup(const char *text, size_t len, const char *key, size_t key_len, obj_t *out)
{
    cursor_t c = {text, text + len};
    while (c.p < c.end) {
        skip_blanks(&c);
        if (c.p >= c.end)
            break;
        if (*c.p == '[')
            break;
        const char *k = c.p;
        while (c.p < c.end && is_key_char(*c.p))
            c.p++;
        size_t klen = (size_t)(c.p - k);
        if (klen == 0 || klen != key_len || memcmp(k, key, klen) != 0) {
            skip_line(&c);
            continue;
        }
        skip_blanks(&c);
        if (c.p >= c.end || *c.p != '=')
            return SETTINGS_BAD;
        c.p++;
        skip_blanks(&c);
        if (c.p < c.end && *c.p == '"') {
            c.p++;
            return parse_string(&c, out);
        }
        return parse_int(&c, out);
    }
    return SETTINGS_MISSING;
}
