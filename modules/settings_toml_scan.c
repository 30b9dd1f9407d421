/* The object-free part of settings.toml reading (see settings_toml_scan.h). */
#include "settings_toml_scan.h"

#include <limits.h>
#include <string.h>

static void skip_blanks(settings_cursor_t *c)
{
    while (c->p < c->end && (*c->p == ' ' || *c->p == '\t'))
        c->p++;
}

static void skip_line(settings_cursor_t *c)
{
    while (c->p < c->end && *c->p != '\n')
        c->p++;
    if (c->p < c->end)
        c->p++;
}

bool settings_toml_scan_line_end(settings_cursor_t *c)
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

int settings_toml_scan_hex_digit(char ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    return -1;
}

bool settings_toml_scan_int(settings_cursor_t *c, bool *neg, const char **digits, const char **digits_end,
                            unsigned *base)
{
    *neg = false;
    if (c->p < c->end && (*c->p == '+' || *c->p == '-'))
        *neg = *c->p++ == '-';
    *base = 10;
    if (c->end - c->p >= 3 && c->p[0] == '0' && (c->p[1] == 'x' || c->p[1] == 'X') &&
        settings_toml_scan_hex_digit(c->p[2]) >= 0) {
        *base = 16;
        c->p += 2;
    } else if (c->p < c->end && *c->p == '0') {
        *base = 8;
    }
    *digits = c->p;
    while (c->p < c->end) {
        int d = settings_toml_scan_hex_digit(*c->p);
        if (d < 0 || d >= (int)*base)
            break;
        c->p++;
    }
    *digits_end = c->p;
    return c->p != *digits && settings_toml_scan_line_end(c);
}

int settings_toml_scan_find(settings_cursor_t *c, const char *key, size_t key_len)
{
    while (c->p < c->end) {
        skip_blanks(c);
        if (c->p >= c->end)
            break;
        if (*c->p == '[')
            break;
        const char *k = c->p;
        while (c->p < c->end && is_key_char(*c->p))
            c->p++;
        size_t klen = (size_t)(c->p - k);
        if (klen == 0 || klen != key_len || memcmp(k, key, klen) != 0) {
            skip_line(c);
            continue;
        }
        skip_blanks(c);
        if (c->p >= c->end || *c->p != '=')
            return SETTINGS_BAD;
        c->p++;
        skip_blanks(c);
        return SETTINGS_FOUND;
    }
    return SETTINGS_MISSING;
}

int settings_toml_scan_lookup_int(const char *text, size_t len, const char *key, size_t key_len, long long *out)
{
    settings_cursor_t c = {text, text + len};
    int r = settings_toml_scan_find(&c, key, key_len);
    if (r != SETTINGS_FOUND)
        return r;
    bool neg;
    const char *digits, *digits_end;
    unsigned base;
    if (!settings_toml_scan_int(&c, &neg, &digits, &digits_end, &base))
        return SETTINGS_BAD;
    unsigned long long v = 0;
    for (const char *p = digits; p < digits_end; p++) {
        if (v > (unsigned long long)LLONG_MAX / base)
            return SETTINGS_BAD;
        v = v * base + (unsigned)settings_toml_scan_hex_digit(*p);
    }
    if (v > (unsigned long long)LLONG_MAX)
        return SETTINGS_BAD;
    *out = neg ? -(long long)v : (long long)v;
    return SETTINGS_FOUND;
}
