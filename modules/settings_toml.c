/* settings.toml lookup for os.getenv (see settings_toml.h). */
#include "settings_toml.h"

#include <string.h>

#include "fmtfloat.h"
#include "obj_int.h"
#include "obj_str.h"
#include "runtime.h"

/* c->p is just past the opening quote. */
static int parse_string(settings_cursor_t *c, obj_t *out)
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
                int d = c->p < c->end ? settings_toml_scan_hex_digit(*c->p) : -1;
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
    if (!settings_toml_scan_line_end(c) || !utf8_is_valid(v.buf, v.len))
        return SETTINGS_BAD;
    *out = vstr_to_str(&v);
    return SETTINGS_FOUND;
}

static bool word_at(settings_cursor_t *c, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(c->end - c->p) < n || memcmp(c->p, w, n) != 0)
        return false;
    settings_cursor_t after = {c->p + n, c->end};
    if (!settings_toml_scan_line_end(&after))
        return false;
    *c = after;
    return true;
}

/* A float: the token up to blanks, '#' or the line end, as float()
 * reads it, holding a fraction, an exponent, inf or nan (an integer
 * is not a float here). */
static bool scan_float(settings_cursor_t *c, double *out)
{
    const char *start = c->p;
    while (c->p < c->end && *c->p != ' ' && *c->p != '\t' && *c->p != '#' && *c->p != '\r' && *c->p != '\n')
        c->p++;
    size_t n = (size_t)(c->p - start);
    bool floaty = false;
    for (size_t i = 0; i < n; i++)
        floaty |= start[i] == '.' || start[i] == 'e' || start[i] == 'E' || start[i] == 'n' || start[i] == 'N';
    return floaty && settings_toml_scan_line_end(c) && fmtfloat_parse(start, n, out) == 0;
}

int settings_toml_lookup(const char *text, size_t len, const char *key, size_t key_len, obj_t *out)
{
    settings_cursor_t c = {text, text + len};
    int r = settings_toml_scan_find(&c, key, key_len);
    if (r != SETTINGS_FOUND)
        return r;
    if (c.p < c.end && *c.p == '"') {
        c.p++;
        return parse_string(&c, out);
    }
    if (word_at(&c, "true")) {
        *out = OBJ_TRUE;
        return SETTINGS_FOUND;
    }
    if (word_at(&c, "false")) {
        *out = OBJ_FALSE;
        return SETTINGS_FOUND;
    }
    settings_cursor_t v = c;
    bool neg;
    const char *digits, *digits_end;
    unsigned base;
    if (settings_toml_scan_int(&v, &neg, &digits, &digits_end, &base)) {
        obj_t i = int_from_digits(digits, (size_t)(digits_end - digits), base);
        *out = neg ? unary_op(UOP_NEG, i) : i;
        return SETTINGS_FOUND;
    }
    double d;
    if (scan_float(&c, &d)) {
        *out = obj_new_float(d);
        return SETTINGS_FOUND;
    }
    return SETTINGS_BAD;
}

