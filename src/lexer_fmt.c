/*
 * snprintf subset for the lexer's and parser's error messages (see
 * lexer_fmt in lexer.h): the core has no stdio.
 */
#include "lexer.h"

#include <stdarg.h>

static void put(char *buf, size_t size, size_t *o, char c)
{
    if (*o + 1 < size)
        buf[*o] = c;
    (*o)++;
}

static void put_num(char *buf, size_t size, size_t *o, unsigned long v,
                    unsigned base, int width, bool upper)
{
    char tmp[24];
    int n = 0;
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    do {
        tmp[n++] = digits[v % base];
        v /= base;
    } while (v);
    while (width-- > n)
        put(buf, size, o, '0');
    while (n)
        put(buf, size, o, tmp[--n]);
}

/* See lexer.h. */
size_t lexer_vfmt(char *buf, size_t size, const char *fmt, va_list ap)
{
    size_t o = 0;
    for (; *fmt; fmt++) {
        if (*fmt != '%') {
            put(buf, size, &o, *fmt);
            continue;
        }
        fmt++;
        int width = 0;
        while (*fmt >= '0' && *fmt <= '9')
            width = width * 10 + (*fmt++ - '0');
        switch (*fmt) {
        case 's': {
            const char *s = va_arg(ap, const char *);
            while (*s)
                put(buf, size, &o, *s++);
            break;
        }
        case 'S': {
            const char *s = va_arg(ap, const char *);
            size_t n = va_arg(ap, size_t);
            for (size_t i = 0; i < n; i++)
                put(buf, size, &o, s[i]);
            break;
        }
        case 'c':
            put(buf, size, &o, (char)va_arg(ap, int));
            break;
        case 'd': {
            int v = va_arg(ap, int);
            unsigned long u = (unsigned long)v;
            if (v < 0) {
                put(buf, size, &o, '-');
                u = 0ul - u;
            }
            put_num(buf, size, &o, u, 10, width, false);
            break;
        }
        case 'u':
            put_num(buf, size, &o, va_arg(ap, unsigned), 10, width, false);
            break;
        case 'x':
        case 'X':
            put_num(buf, size, &o, va_arg(ap, unsigned), 16, width,
                    *fmt == 'X');
            break;
        case 'U': {
            char u8[4];
            int n = lexer_utf8_encode(va_arg(ap, unsigned), u8);
            for (int i = 0; i < n; i++)
                put(buf, size, &o, u8[i]);
            break;
        }
        case '%':
            put(buf, size, &o, '%');
            break;
        default:
            return o; /* malformed format: stop */
        }
    }
    if (size)
        buf[o < size ? o : size - 1] = '\0';
    return o;
}

size_t lexer_fmt(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    size_t n = lexer_vfmt(buf, size, fmt, ap);
    va_end(ap);
    return n;
}
