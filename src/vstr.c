/*
 * Growable byte buffers for building str and bytes results (obj_str.h).
 *
 * Invariant: buf has room for alloc + 1 bytes, so a NUL can always be
 * written at buf[len] when the buffer is handed over to a str or bytes.
 */
#include <string.h>

#include "mem.h"
#include "obj_str.h"

void vstr_init(vstr_t *v, size_t alloc)
{
    if (alloc < 16)
        alloc = 16;
    v->buf = mem_alloc_noscan(alloc + 1);
    v->len = 0;
    v->alloc = alloc;
}

char *vstr_extend(vstr_t *v, size_t n)
{
    if (v->alloc - v->len < n) {
        size_t want = v->len + n;
        size_t a = v->alloc * 2;
        if (a < want)
            a = want;
        v->buf = mem_realloc(v->buf, a + 1);
        v->alloc = a;
    }
    char *p = v->buf + v->len;
    v->len += n;
    return p;
}

void vstr_add_strn(vstr_t *v, const char *s, size_t n)
{
    if (n)
        memcpy(vstr_extend(v, n), s, n);
}

void vstr_add_str(vstr_t *v, const char *s)
{
    vstr_add_strn(v, s, strlen(s));
}

void vstr_add_char(vstr_t *v, char c)
{
    *vstr_extend(v, 1) = c;
}

void vstr_add_unichar(vstr_t *v, uint32_t cp)
{
    char tmp[4];
    vstr_add_strn(v, tmp, utf8_encode(cp, tmp));
}

static char *finish(vstr_t *v)
{
    char *s = v->buf;
    if (v->alloc - v->len > 16)
        s = mem_realloc(s, v->len + 1);
    s[v->len] = '\0';
    v->buf = NULL;
    v->alloc = 0;
    return s;
}

obj_t vstr_to_str(vstr_t *v)
{
    size_t len = v->len;
    return str_new_owned(finish(v), len);
}

obj_t vstr_to_bytes(vstr_t *v)
{
    size_t len = v->len;
    return bytes_new_owned(finish(v), len);
}

static void vstr_print_write(void *data, const char *s, size_t n)
{
    vstr_add_strn(data, s, n);
}

void vstr_print_init(print_t *p, vstr_t *v)
{
    p->data = v;
    p->write = vstr_print_write;
}
