/*
 * Formatted output to a print_t: the core's printf.
 *
 * Conversions: %s (C string), %d %u %x (int / unsigned), %zu, %c, %q
 * (qstr), %r / %S (object repr / str), %T (an object's type name), %%.
 */
#include <stdarg.h>
#include <string.h>

#include "obj.h"
#include "obj_str.h"
#include "port.h"
#include "runtime.h"

static void stdout_write(void *data, const char *s, size_t n)
{
    (void)data;
    port_stdout_write(s, n);
}

static void stderr_write(void *data, const char *s, size_t n)
{
    (void)data;
    port_stderr_write(s, n);
}

const print_t print_stdout = {NULL, stdout_write};
const print_t print_stderr = {NULL, stderr_write};

void print_strn(const print_t *p, const char *s, size_t n)
{
    p->write(p->data, s, n);
}

void print_str(const print_t *p, const char *s)
{
    p->write(p->data, s, strlen(s));
}

static void print_uint(const print_t *p, uintmax_t v, unsigned base)
{
    char buf[32];
    size_t i = sizeof(buf);
    do {
        buf[--i] = "0123456789abcdef"[v % base];
        v /= base;
    } while (v);
    p->write(p->data, buf + i, sizeof(buf) - i);
}

void print_int(const print_t *p, intptr_t v)
{
    if (v < 0) {
        print_strn(p, "-", 1);
        print_uint(p, (uintmax_t)0 - (uintmax_t)v, 10);
    } else {
        print_uint(p, (uintmax_t)v, 10);
    }
}

void print_vfmt(const print_t *p, const char *fmt, va_list ap)
{
    const char *s = fmt;
    while (*s) {
        const char *pct = strchr(s, '%');
        if (!pct) {
            print_str(p, s);
            return;
        }
        if (pct > s)
            print_strn(p, s, (size_t)(pct - s));
        s = pct + 1;
        bool z = false;
        if (*s == 'z') {
            z = true;
            s++;
        }
        switch (*s) {
        case 's':
            print_str(p, va_arg(ap, const char *));
            break;
        case 'd':
            print_int(p, z ? (intptr_t)va_arg(ap, size_t) : va_arg(ap, int));
            break;
        case 'u':
            print_uint(p, z ? va_arg(ap, size_t) : va_arg(ap, unsigned), 10);
            break;
        case 'x':
            print_uint(p, va_arg(ap, unsigned), 16);
            break;
        case 'c': {
            char c = (char)va_arg(ap, int);
            print_strn(p, &c, 1);
            break;
        }
        case 'q': {
            size_t len;
            const char *d = qstr_data((qstr)va_arg(ap, unsigned), &len);
            print_strn(p, d, len);
            break;
        }
        case 'r':
            obj_print(p, va_arg(ap, obj_t), PRINT_REPR);
            break;
        case 'S':
            obj_print(p, va_arg(ap, obj_t), PRINT_STR);
            break;
        case 'T':
            print_str(p, obj_type_name(va_arg(ap, obj_t)));
            break;
        case '%':
            print_strn(p, "%", 1);
            break;
        case '\0':
            return;
        default:
            print_strn(p, s - 1, 2);
            break;
        }
        s++;
    }
}

void print_fmt(const print_t *p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    print_vfmt(p, fmt, ap);
    va_end(ap);
}
