/*
 * Printing exceptions: str() and repr() of exception objects (with the
 * special forms of OSError, SyntaxError, KeyError and the Unicode errors)
 * and CPython-style tracebacks with source lines, causes and contexts.
 */
#include "obj_exception_impl.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "port.h"
#include "runtime.h"

/* str() of a UnicodeDecodeError / UnicodeEncodeError /
 * UnicodeTranslateError from its attributes, in CPython's words (start
 * and end are used as they are, not clamped). False when they are absent
 * or of the wrong types, to fall back to printing args. */
static bool unicode_error_print(const print_t *p, obj_exception_t *e, const type_t *t)
{
    static const char hex[] = "0123456789abcdef";
    bool dec = obj_is_subclass(t, &type_UnicodeDecodeError);
    bool tr = !dec && obj_is_subclass(t, &type_UnicodeTranslateError);
    if (!dec && !tr && !obj_is_subclass(t, &type_UnicodeEncodeError))
        return false;
    obj_t obj = exception_get_attr(e, Q_object), enc = exception_get_attr(e, Q_encoding);
    obj_t st = exception_get_attr(e, Q_start), en = exception_get_attr(e, Q_end), reason = exception_get_attr(e, Q_reason);
    intptr_t start, end;
    if (!obj || !enc || !reason || !st || !en || !obj_get_int_maybe(st, &start) ||
        !obj_get_int_maybe(en, &end) || start < 0)
        return false;
    size_t size, len = 0;
    const char *data = NULL;
    buffer_info_t info;
    if (dec) {
        if (!bytes_get_buffer(obj, &info))
            return false;
        data = info.buf;
        size = info.len;
    } else {
        if (!str_check(obj))
            return false;
        data = str_get_data(obj, &len);
        size = str_get_charlen(obj);
    }
    if (!tr)
        print_fmt(p, "'%S' codec ", enc);
    print_str(p, dec ? "can't decode " : tr ? "can't translate " : "can't encode ");
    if ((size_t)start < size && end == start + 1) {
        char buf[12];
        size_t n;
        uint32_t c;
        if (dec) {
            c = (uint8_t)data[start];
            print_str(p, "byte 0x");
            n = 2;
        } else {
            utf8_next(data + utf8_offset(data, len, size, (size_t)start), &c);
            print_str(p, "character '\\");
            print_str(p, c <= 0xff ? "x" : c <= 0xffff ? "u" : "U");
            n = c <= 0xff ? 2 : c <= 0xffff ? 4 : 8;
        }
        for (size_t i = 0; i < n; i++)
            buf[i] = hex[(c >> (4 * (n - 1 - i))) & 15];
        print_strn(p, buf, n);
        print_fmt(p, dec ? " in position %zd: %S" : "' in position %zd: %S", (size_t)start, reason);
    } else {
        print_fmt(p, "%s in position %zd-%zd: %S", dec ? "bytes" : "characters", (size_t)start,
                  (size_t)(end - 1), reason);
    }
    return true;
}

static void exception_print_value(const print_t *p, obj_t exc, print_kind_t kind)
{
    obj_exception_t *e = exception_native(exc);
    obj_tuple_t *a = e->args;
    const type_t *t = obj_get_type(exc);
    if (kind == PRINT_REPR) {
        print_str(p, qstr_str(t->name));
        if (a->len == 1) {
            print_str(p, "(");
            obj_print(p, a->items[0], PRINT_REPR);
            print_str(p, ")");
        } else {
            obj_print(p, e->args, PRINT_REPR);
        }
        return;
    }
    if (obj_is_subclass(t, &type_OSError)) {
        obj_t err = exception_get_attr(e, Q_errno), se = exception_get_attr(e, Q_strerror), fn = exception_get_attr(e, Q_filename);
        obj_t fn2 = exception_get_attr(e, Q_filename2);
        if (err && se && err != OBJ_NONE) {
            if (fn && fn != OBJ_NONE && fn2 && fn2 != OBJ_NONE)
                print_fmt(p, "[Errno %S] %S: %r -> %r", err, se, fn, fn2);
            else if (fn && fn != OBJ_NONE)
                print_fmt(p, "[Errno %S] %S: %r", err, se, fn);
            else
                print_fmt(p, "[Errno %S] %S", err, se);
            return;
        }
    }
    if (obj_is_subclass(t, &type_SyntaxError)) {
        obj_t msg = exception_get_attr(e, Q_msg), fn = exception_get_attr(e, Q_filename), ln = exception_get_attr(e, Q_lineno);
        if (msg && fn && ln && fn != OBJ_NONE) {
            print_fmt(p, "%S (%S, line %S)", msg, fn, ln);
            return;
        }
    }
    if (obj_is_subclass(t, &type_UnicodeError) && unicode_error_print(p, e, t))
        return;
    if (a->len == 0)
        return;
    if (a->len == 1) {
        if (obj_is_subclass(t, &type_KeyError))
            obj_print(p, a->items[0], PRINT_REPR);
        else
            obj_print(p, a->items[0], PRINT_STR);
        return;
    }
    obj_print(p, e->args, PRINT_STR);
}

void exception_print_slot(const print_t *p, obj_t o, print_kind_t kind)
{
    exception_print_value(p, o, kind);
}

typedef struct source_cache {
    qstr file;
    const char *text;
    size_t len;
} source_cache_t;

/* Prints a traceback's source line, stripped and indented as CPython does,
 * when the file can be read; nothing otherwise (never raises). */
static void print_source_line(const print_t *p, source_cache_t *cache, qstr file, uint32_t line)
{
    const char *name = qstr_str(file);
    if (name[0] == '<' || line == 0)
        return;
    if (cache->file != file) {
        char *data;
        size_t len;
        cache->file = file;
        cache->text = NULL;
        if (port_file_read(name, &data, &len) == 0) {
            cache->text = data;
            cache->len = len;
        }
    }
    if (!cache->text)
        return;
    const char *s = cache->text, *end = s + cache->len;
    for (uint32_t l = 1; l < line && s < end; s++)
        if (*s == '\n')
            l++;
    while (s < end && (*s == ' ' || *s == '\t'))
        s++;
    const char *e = s;
    while (e < end && *e != '\n' && *e != '\r')
        e++;
    if (e == s)
        return;
    print_str(p, "    ");
    print_strn(p, s, (size_t)(e - s));
    print_str(p, "\n");
}

static void print_tb(const print_t *p, obj_t exc, int depth)
{
    obj_exception_t *e = exception_native(exc);
    if (depth < 32) {
        if (e->cause) {
            print_tb(p, e->cause, depth + 1);
            print_str(p, "\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e->context && !e->suppress_context) {
            print_tb(p, e->context, depth + 1);
            print_str(p, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    const type_t *t = obj_get_type(exc);
    if (e->tb_len) {
        print_str(p, "Traceback (most recent call last):\n");
        source_cache_t cache = {QSTR_NULL, NULL, 0};
        size_t repeats = 0;
        for (size_t i = e->tb_len; i-- > 0;) {
            const tb_entry_t *te = &e->tb[i];
            bool same = i + 1 < e->tb_len && te->file == te[1].file && te->line == te[1].line &&
                        te->block == te[1].block;
            repeats = same ? repeats + 1 : 0;
            if (repeats >= 3) {
                /* CPython folds runs of the same frame (deep recursion) */
                size_t run = 1;
                while (i >= run && te[-(intptr_t)run].file == te->file && te[-(intptr_t)run].line == te->line &&
                       te[-(intptr_t)run].block == te->block)
                    run++;
                print_fmt(p, "  [Previous line repeated %u more time%s]\n", (unsigned)run, run == 1 ? "" : "s");
                i -= run - 1;
                repeats = 0;
                continue;
            }
            print_fmt(p, "  File \"%q\", line %u, in %q\n", te->file, (unsigned)te->line, te->block);
            print_source_line(p, &cache, te->file, te->line);
        }
    }
    if (obj_is_subclass(t, &type_SyntaxError)) {
        obj_t fn = exception_get_attr(e, Q_filename), ln = exception_get_attr(e, Q_lineno), text = exception_get_attr(e, Q_text);
        obj_t off = exception_get_attr(e, Q_offset), msg = exception_get_attr(e, Q_msg);
        if (fn && ln && fn != OBJ_NONE) {
            print_fmt(p, "  File \"%S\", line %S\n", fn, ln);
            if (text && obj_is_str(text)) {
                size_t len;
                const char *s = str_get_data(text, &len);
                size_t lead = 0;
                while (lead < len && (s[lead] == ' ' || s[lead] == '\t'))
                    lead++;
                while (len > lead && (s[len - 1] == '\n' || s[len - 1] == '\r'))
                    len--;
                print_str(p, "    ");
                print_strn(p, s + lead, len - lead);
                print_str(p, "\n");
                intptr_t col = off && obj_is_small_int(off) ? obj_small_int_value(off) : 0;
                if (col > 0) {
                    print_str(p, "    ");
                    for (intptr_t i = (intptr_t)lead + 1; i < col; i++)
                        print_str(p, " ");
                    print_str(p, "^\n");
                }
            }
            print_fmt(p, "%q: %S\n", t->name, msg ? msg : OBJ_NONE);
            return;
        }
    }
    obj_t mod = (t->flags & TYPE_FLAG_USER) ? type_lookup(t, Q___module__) : OBJ_NULL;
    if (mod && obj_is_str(mod) && !(obj_is_qstr(mod) && (obj_qstr_value(mod) == Q___main__ ||
                                                         obj_qstr_value(mod) == Q_builtins)))
        print_fmt(p, "%S.", mod);
    print_str(p, qstr_str(t->name));
    vstr_t v;
    vstr_init(&v, 32);
    print_t vp;
    vstr_print_init(&vp, &v);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_print(&vp, exc, PRINT_STR);
        nlr_pop();
    } else {
        v.len = 0;
        vstr_add_str(&v, "<exception str() failed>");
    }
    if (v.len) {
        print_str(p, ": ");
        print_strn(p, v.buf, v.len);
    }
    print_str(p, "\n");
}

void exception_print(const print_t *p, obj_t exc)
{
    print_tb(p, exc, 0);
}
