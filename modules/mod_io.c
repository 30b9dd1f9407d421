/*
 * The io module: the in-memory streams StringIO and BytesIO, and the
 * module table (file objects live in mod_io_file.c).
 *
 * A memory stream keeps its contents in one growable buffer. StringIO
 * stores UTF-8 and keeps its position as a byte offset; tell() and seek()
 * speak in code points as CPython's do (converted when the text is not
 * ASCII). A position past the end is allowed: a later write pads with NULs.
 */
#include <string.h>

#include "map.h"
#include "mem.h"
#include "mod_io.h"
#include "obj_dict.h"
#include "obj_list.h"
#include "obj_str.h"
#include "runtime.h"

typedef struct obj_memio {
    obj_base_t base;
    char *data;          /* noscan block of alloc bytes */
    size_t len;
    size_t alloc;
    size_t pos;          /* byte offset; may exceed len */
    bool closed;
    bool text;
    bool ascii;          /* text: every byte so far is ASCII */
    uint8_t newline;     /* NL_* */
} obj_memio_t;

extern const type_t type_StringIO, type_BytesIO;

_Noreturn void io_raise_closed(void)
{
    raise_msg(&type_ValueError, "I/O operation on closed file.");
}

_Noreturn void io_raise_unsupported(const char *msg)
{
    obj_t mod = import_name(Q_io, OBJ_NONE, 0, NULL);
    obj_t cls = load_attr_maybe(mod, Q_UnsupportedOperation);
    obj_t m = str_new(msg, strlen(msg));
    if (cls == OBJ_NULL || !obj_is_callable(cls))
        raise_obj(exception_new(&type_OSError, 1, &m));
    raise_obj(call1(cls, m));
}

/* StringIO's methods say "I/O operation on closed file" without the full
   stop, except those inherited from IOBase (dot true). */
static obj_memio_t *memio_check(obj_t self, bool dot)
{
    const type_t *t = obj_get_type(self);
    if (t != &type_StringIO && t != &type_BytesIO)
        raise_fmt(&type_TypeError, "descriptor requires a '_io.StringIO' or '_io.BytesIO' object but received a '%T'",
                  self);
    obj_memio_t *m = self;
    if (m->closed) {
        if (m->text && !dot)
            raise_msg(&type_ValueError, "I/O operation on closed file");
        io_raise_closed();
    }
    return m;
}

static obj_memio_t *memio_self(obj_t self)
{
    return memio_check(self, false);
}

static size_t char_to_byte(obj_memio_t *m, size_t chars)
{
    if (!m->text || m->ascii)
        return chars;
    size_t total = utf8_charlen(m->data, m->len);
    if (chars >= total)
        return m->len + (chars - total);
    return utf8_offset(m->data, m->len, total, chars);
}

static size_t byte_to_char(obj_memio_t *m, size_t bytes)
{
    if (!m->text || m->ascii)
        return bytes;
    if (bytes >= m->len)
        return utf8_charlen(m->data, m->len) + (bytes - m->len);
    return utf8_charlen(m->data, bytes);
}

static void memio_reserve(obj_memio_t *m, size_t n)
{
    if (n <= m->alloc)
        return;
    size_t a = m->alloc * 2;
    if (a < n)
        a = n;
    if (a < 16)
        a = 16;
    m->data = mem_realloc(m->data, a);
    m->alloc = a;
}

/* Writes bytes at the current position (overwriting, padding a gap with
   NULs) and advances. */
static void memio_put(obj_memio_t *m, const char *s, size_t n)
{
    size_t end = m->pos + n;
    memio_reserve(m, end);
    if (m->pos > m->len)
        memset(m->data + m->len, 0, m->pos - m->len);
    memcpy(m->data + m->pos, s, n);
    m->pos = end;
    if (end > m->len)
        m->len = end;
}

static bool has_non_ascii(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            return true;
    return false;
}

/* StringIO write: applies the newline translation of the stream. */
static void memio_put_text(obj_memio_t *m, const char *s, size_t n)
{
    if (has_non_ascii(s, n))
        m->ascii = false;
    if (m->newline == NL_ANY || m->newline == NL_LF) {
        memio_put(m, s, n);
        return;
    }
    vstr_t v;
    vstr_init(&v, n + 8);
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (m->newline == NL_UNIVERSAL && c == '\r') {
            if (i + 1 < n && s[i + 1] == '\n')
                i++;
            vstr_add_char(&v, '\n');
        } else if (c == '\n' && m->newline == NL_CR) {
            vstr_add_char(&v, '\r');
        } else if (c == '\n' && m->newline == NL_CRLF) {
            vstr_add_strn(&v, "\r\n", 2);
        } else {
            vstr_add_char(&v, c);
        }
    }
    memio_put(m, v.buf, v.len);
}

uint8_t io_parse_newline(obj_t nl, bool quote)
{
    if (nl == OBJ_NULL || nl == OBJ_NONE)
        return NL_UNIVERSAL;
    if (!obj_is_str(nl))
        raise_fmt(&type_TypeError, "newline must be str or None, not %s", obj_type_name(nl));
    size_t len;
    const char *s = str_get_data(nl, &len);
    if (len == 0)
        return NL_ANY;
    if (len == 1 && s[0] == '\n')
        return NL_LF;
    if (len == 1 && s[0] == '\r')
        return NL_CR;
    if (len == 2 && s[0] == '\r' && s[1] == '\n')
        return NL_CRLF;
    raise_fmt(&type_ValueError, quote ? "illegal newline value: %r" : "illegal newline value: %S", nl);
}

/* ---- construction ---- */

static obj_t memio_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    bool text = type == &type_StringIO;
    static const arg_spec_t sspec[] = {
        {Q_initial_value, 0, OBJ_NULL},
        {Q_newline, 0, OBJ_NULL},
    };
    static const arg_spec_t bspec[] = {
        {Q_initial_bytes, 0, OBJ_NULL},
    };
    obj_t a[2] = {OBJ_NULL, OBJ_NULL};
    arg_parse_all(text ? "StringIO" : "BytesIO", n_args, n_kw, args, text ? 2 : 1, text ? sspec : bspec, a);
    obj_memio_t *m = mem_alloc(sizeof(obj_memio_t));
    m->base.type = type;
    m->text = text;
    m->ascii = true;
    m->newline = text ? (a[1] == OBJ_NULL ? NL_LF : io_parse_newline(a[1], true)) : NL_ANY;
    m->alloc = 16;
    m->data = mem_alloc_noscan(m->alloc);
    obj_t init = a[0];
    if (init != OBJ_NULL && init != OBJ_NONE) {
        if (text) {
            if (!str_check(init))
                raise_fmt(&type_TypeError, "initial_value must be str or None, not %s", obj_type_name(init));
            size_t len;
            const char *s = str_get_data(str_unwrap(init), &len);
            memio_put_text(m, s, len);
        } else {
            buffer_info_t bi;
            if (!bytes_get_buffer(init, &bi))
                raise_fmt(&type_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(init));
            memio_put(m, bi.buf, bi.len);
        }
        m->pos = 0;
    }
    return m;
}

/* ---- reading ---- */

static obj_t memio_result(obj_memio_t *m, size_t start, size_t end)
{
    if (m->text)
        return str_new(m->data + start, end - start);
    return obj_new_bytes(m->data + start, end - start);
}

static size_t avail_end(obj_memio_t *m, obj_t size_obj)
{
    if (m->pos >= m->len)
        return m->pos;
    intptr_t n = -1;
    if (size_obj != OBJ_NULL && size_obj != OBJ_NONE)
        n = obj_get_int(size_obj);
    if (n < 0)
        return m->len;
    if (m->text && !m->ascii) {
        const char *p = m->data + m->pos, *e = m->data + m->len;
        while (n-- > 0 && p < e) {
            uint32_t cp;
            p = utf8_next(p, &cp);
        }
        return (size_t)(p - m->data);
    }
    return (size_t)n >= m->len - m->pos ? m->len : m->pos + (size_t)n;
}

static obj_t memio_read(size_t n, const obj_t *args)
{
    obj_memio_t *m = memio_self(args[0]);
    size_t end = avail_end(m, n > 1 ? args[1] : OBJ_NULL);
    size_t start = m->pos < m->len ? m->pos : end;
    m->pos = end > m->pos ? end : m->pos;
    return memio_result(m, start, end > start ? end : start);
}
static BUILTIN_FUN_VAR(memio_read_obj, Q_read, 1, 2, memio_read);

/* End of the line starting at start, no further than limit. */
static size_t line_end(const char *d, size_t start, size_t limit, uint8_t nl)
{
    for (size_t i = start; i < limit; i++) {
        char c = d[i];
        if (c == '\n' && nl != NL_CR && nl != NL_CRLF)
            return i + 1;
        if (c == '\r') {
            if (nl == NL_CR)
                return i + 1;
            if (nl == NL_ANY)
                return i + 1 < limit && d[i + 1] == '\n' ? i + 2 : i + 1;
            if (nl == NL_CRLF && i + 1 < limit && d[i + 1] == '\n')
                return i + 2;
        }
    }
    return limit;
}

static obj_t memio_readline(size_t n, const obj_t *args)
{
    obj_memio_t *m = memio_self(args[0]);
    if (m->pos >= m->len)
        return memio_result(m, 0, 0);
    size_t limit = avail_end(m, n > 1 ? args[1] : OBJ_NULL);
    size_t start = m->pos;
    m->pos = line_end(m->data, start, limit, m->text ? m->newline : NL_LF);
    return memio_result(m, start, m->pos);
}
static BUILTIN_FUN_VAR(memio_readline_obj, Q_readline, 1, 2, memio_readline);

static obj_t memio_readlines(size_t n, const obj_t *args)
{
    obj_memio_t *m = memio_self(args[0]);
    intptr_t hint = n > 1 && args[1] != OBJ_NONE ? obj_get_int(args[1]) : -1;
    obj_t list = obj_new_list(0, NULL);
    size_t total = 0;
    while (m->pos < m->len) {
        size_t start = m->pos;
        m->pos = line_end(m->data, start, m->len, m->text ? m->newline : NL_LF);
        list_append(list, memio_result(m, start, m->pos));
        total += m->pos - start;
        if (hint > 0 && total >= (size_t)hint)
            break;
    }
    return list;
}
static BUILTIN_FUN_VAR(memio_readlines_obj, Q_readlines, 1, 2, memio_readlines);

static obj_t memio_readinto(obj_t self, obj_t buf)
{
    obj_memio_t *m = memio_self(self);
    if (m->text)
        raise_attribute_error(self, Q_readinto);
    buffer_info_t bi;
    const type_t *t = obj_get_type(buf);
    if (!t->buffer || t->buffer(buf, &bi, BUFFER_WRITE) != 0)
        raise_fmt(&type_TypeError, "readinto() argument must be read-write bytes-like object, not %s",
                  obj_type_name(buf));
    size_t n = 0;
    if (m->pos < m->len) {
        n = m->len - m->pos;
        if (n > bi.len)
            n = bi.len;
        memcpy(bi.buf, m->data + m->pos, n);
        m->pos += n;
    }
    return obj_new_small_int((intptr_t)n);
}
static BUILTIN_FUN_2(memio_readinto_obj, Q_readinto, memio_readinto);

/* ---- writing ---- */

static obj_t memio_write(obj_t self, obj_t data)
{
    obj_memio_t *m = memio_self(self);
    if (m->text) {
        if (!str_check(data))
            raise_fmt(&type_TypeError, "string argument expected, got '%s'", obj_type_name(data));
        size_t len;
        const char *s = str_get_data(str_unwrap(data), &len);
        memio_put_text(m, s, len);
        return obj_new_small_int((intptr_t)str_get_charlen(str_unwrap(data)));
    }
    buffer_info_t bi;
    if (!bytes_get_buffer(data, &bi) || str_check(data))
        raise_fmt(&type_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(data));
    memio_put(m, bi.buf, bi.len);
    return obj_new_small_int((intptr_t)bi.len);
}
static BUILTIN_FUN_2(memio_write_obj, Q_write, memio_write);

static obj_t memio_writelines(obj_t self, obj_t lines)
{
    memio_self(self);
    obj_t it = getiter(lines, NULL);
    obj_t item;
    while ((item = iternext(it)) != OBJ_STOP_ITERATION)
        memio_write(self, item);
    return OBJ_NONE;
}
static BUILTIN_FUN_2(memio_writelines_obj, Q_writelines, memio_writelines);

static obj_t memio_truncate(size_t n, const obj_t *args)
{
    obj_memio_t *m = memio_self(args[0]);
    size_t pos_chars = byte_to_char(m, m->pos);
    size_t size = pos_chars;
    if (n > 1 && args[1] != OBJ_NONE) {
        intptr_t s = obj_get_int(args[1]);
        if (s < 0)
            raise_fmt(&type_ValueError, "Negative size value %d", (int)s);
        size = (size_t)s;
    }
    size_t bytes = char_to_byte(m, size);
    if (bytes < m->len) {
        m->len = bytes;
        m->pos = char_to_byte(m, pos_chars); /* the position stays put */
    }
    return obj_new_small_int((intptr_t)size);
}
static BUILTIN_FUN_VAR(memio_truncate_obj, Q_truncate, 1, 2, memio_truncate);

/* ---- positioning ---- */

static obj_t memio_seek(size_t n, const obj_t *args)
{
    obj_memio_t *m = memio_self(args[0]);
    intptr_t off = obj_get_int(args[1]);
    intptr_t whence = n > 2 ? obj_get_int(args[2]) : 0;
    if (whence < 0 || whence > 2) {
        if (m->text)
            raise_fmt(&type_ValueError, "Invalid whence (%d, should be 0, 1 or 2)", (int)whence);
        raise_fmt(&type_ValueError, "invalid whence (%d, should be 0, 1 or 2)", (int)whence);
    }
    if (m->text) {
        if (whence == 0 && off < 0)
            raise_fmt(&type_ValueError, "Negative seek position %d", (int)off);
        if (whence != 0 && off != 0)
            io_raise_unsupported(whence == 1 ? "Can't do nonzero cur-relative seeks"
                                             : "Can't do nonzero end-relative seeks");
        if (whence == 0)
            m->pos = char_to_byte(m, (size_t)off);
        else if (whence == 2)
            m->pos = m->len;
        return obj_new_small_int((intptr_t)byte_to_char(m, m->pos));
    }
    if (whence == 0 && off < 0)
        raise_fmt(&type_ValueError, "negative seek value %d", (int)off);
    intptr_t base = whence == 0 ? 0 : whence == 1 ? (intptr_t)m->pos : (intptr_t)m->len;
    intptr_t p = base + off;
    m->pos = p < 0 ? 0 : (size_t)p;
    return obj_new_small_int((intptr_t)m->pos);
}
static BUILTIN_FUN_VAR(memio_seek_obj, Q_seek, 2, 3, memio_seek);

static obj_t memio_tell(obj_t self)
{
    obj_memio_t *m = memio_self(self);
    return obj_new_small_int((intptr_t)byte_to_char(m, m->pos));
}
static BUILTIN_FUN_1(memio_tell_obj, Q_tell, memio_tell);

static obj_t memio_getvalue(obj_t self)
{
    obj_memio_t *m = memio_self(self);
    return memio_result(m, 0, m->len);
}
static BUILTIN_FUN_1(memio_getvalue_obj, Q_getvalue, memio_getvalue);

/* ---- misc ---- */

static obj_t memio_close_fn(obj_t self)
{
    const type_t *t = obj_get_type(self);
    if (t != &type_StringIO && t != &type_BytesIO)
        memio_self(self); /* raises the TypeError */
    ((obj_memio_t *)self)->closed = true;
    return OBJ_NONE;
}
static BUILTIN_FUN_1(memio_close_obj, Q_close, memio_close_fn);

static obj_t memio_true(obj_t self)
{
    memio_self(self);
    return OBJ_TRUE;
}
static BUILTIN_FUN_1(memio_readable_obj, Q_readable, memio_true);
static BUILTIN_FUN_1(memio_writable_obj, Q_writable, memio_true);
static BUILTIN_FUN_1(memio_seekable_obj, Q_seekable, memio_true);

static obj_t memio_false(obj_t self)
{
    memio_check(self, true);
    return OBJ_FALSE;
}
static BUILTIN_FUN_1(memio_isatty_obj, Q_isatty, memio_false);

static obj_t memio_flush(obj_t self)
{
    memio_self(self);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(memio_flush_obj, Q_flush, memio_flush);

static obj_t memio_enter(obj_t self)
{
    memio_check(self, true);
    return self;
}
static BUILTIN_FUN_1(memio_enter_obj, Q___enter__, memio_enter);

static obj_t memio_exit(size_t n, const obj_t *args)
{
    (void)n;
    return memio_close_fn(args[0]);
}
static BUILTIN_FUN_VAR(memio_exit_obj, Q___exit__, 1, 4, memio_exit);

static obj_t memio_iternext(obj_t self)
{
    obj_memio_t *m = memio_check(self, true);
    if (m->pos >= m->len)
        return OBJ_STOP_ITERATION;
    size_t start = m->pos;
    m->pos = line_end(m->data, start, m->len, m->text ? m->newline : NL_LF);
    return memio_result(m, start, m->pos);
}

static void memio_attr(obj_t self, qstr attr, obj_t *dest)
{
    obj_memio_t *m = self;
    if (dest[0] != OBJ_NULL)
        return;
    if (attr == Q_closed)
        dest[0] = obj_new_bool(m->closed);
    else if (attr == Q_line_buffering && m->text)
        dest[0] = OBJ_FALSE;
}

static const map_elem_t memio_locals_table[] = {
    {ROM_QSTR(Q_read), ROM_PTR(&memio_read_obj)},
    {ROM_QSTR(Q_read1), ROM_PTR(&memio_read_obj)},
    {ROM_QSTR(Q_readline), ROM_PTR(&memio_readline_obj)},
    {ROM_QSTR(Q_readlines), ROM_PTR(&memio_readlines_obj)},
    {ROM_QSTR(Q_readinto), ROM_PTR(&memio_readinto_obj)},
    {ROM_QSTR(Q_write), ROM_PTR(&memio_write_obj)},
    {ROM_QSTR(Q_writelines), ROM_PTR(&memio_writelines_obj)},
    {ROM_QSTR(Q_truncate), ROM_PTR(&memio_truncate_obj)},
    {ROM_QSTR(Q_seek), ROM_PTR(&memio_seek_obj)},
    {ROM_QSTR(Q_tell), ROM_PTR(&memio_tell_obj)},
    {ROM_QSTR(Q_getvalue), ROM_PTR(&memio_getvalue_obj)},
    {ROM_QSTR(Q_close), ROM_PTR(&memio_close_obj)},
    {ROM_QSTR(Q_flush), ROM_PTR(&memio_flush_obj)},
    {ROM_QSTR(Q_readable), ROM_PTR(&memio_readable_obj)},
    {ROM_QSTR(Q_writable), ROM_PTR(&memio_writable_obj)},
    {ROM_QSTR(Q_seekable), ROM_PTR(&memio_seekable_obj)},
    {ROM_QSTR(Q_isatty), ROM_PTR(&memio_isatty_obj)},
    {ROM_QSTR(Q___enter__), ROM_PTR(&memio_enter_obj)},
    {ROM_QSTR(Q___exit__), ROM_PTR(&memio_exit_obj)},
};
static MAP_ROM(memio_locals, memio_locals_table);

const type_t type_IOBase = {
    .base = {&type_type},
    .name = Q_IOBase,
};

const type_t type_StringIO = {
    .base = {&type_type},
    .name = Q_StringIO,
    .make_new = memio_make_new,
    .attr = memio_attr,
    .getiter = obj_getiter_self,
    .iternext = memio_iternext,
    .locals = &memio_locals,
    .parent = &type_IOBase,
};

const type_t type_BytesIO = {
    .base = {&type_type},
    .name = Q_BytesIO,
    .make_new = memio_make_new,
    .attr = memio_attr,
    .getiter = obj_getiter_self,
    .iternext = memio_iternext,
    .locals = &memio_locals,
    .parent = &type_IOBase,
};

/* ---- module ---- */

/* Creates io.UnsupportedOperation, a class that inherits from OSError
   (CPython's also inherits from ValueError; our classes take one native
   base). */
static obj_t io_init(obj_t mod)
{
    obj_dict_t *g = module_globals(mod);
    obj_t ns = obj_new_dict(1);
    map_store_qstr(dict_get_map(ns), Q___module__, obj_new_qstr(Q_io));
    obj_t bases = obj_new_tuple(1, (obj_t[]){(obj_t)&type_OSError});
    obj_t args[3] = {obj_new_qstr(Q_UnsupportedOperation), bases, ns};
    map_store_qstr(&g->map, Q_UnsupportedOperation, call((obj_t)&type_type, 3, 0, args));
    map_lookup(&g->map, obj_new_qstr(Q___init__), MAP_REMOVE);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(io_init_obj, Q___init__, io_init);

static const map_elem_t io_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_io)},
    {ROM_QSTR(Q___init__), ROM_PTR(&io_init_obj)},
    {ROM_QSTR(Q_open), ROM_PTR(&io_open_obj)},
    {ROM_QSTR(Q_StringIO), ROM_PTR(&type_StringIO)},
    {ROM_QSTR(Q_BytesIO), ROM_PTR(&type_BytesIO)},
    {ROM_QSTR(Q_IOBase), ROM_PTR(&type_IOBase)},
    {ROM_QSTR(Q_FileIO), ROM_PTR(&type_FileIO)},
    {ROM_QSTR(Q_BufferedReader), ROM_PTR(&type_BufferedReader)},
    {ROM_QSTR(Q_BufferedWriter), ROM_PTR(&type_BufferedWriter)},
    {ROM_QSTR(Q_BufferedRandom), ROM_PTR(&type_BufferedRandom)},
    {ROM_QSTR(Q_TextIOWrapper), ROM_PTR(&type_TextIOWrapper)},
    {ROM_QSTR(Q_SEEK_SET), ROM_INT(0)},
    {ROM_QSTR(Q_SEEK_CUR), ROM_INT(1)},
    {ROM_QSTR(Q_SEEK_END), ROM_INT(2)},
    {ROM_QSTR(Q_DEFAULT_BUFFER_SIZE), ROM_INT(8192)},
};
static DICT_ROM(io_globals, io_globals_table);
const obj_module_t io_module = {{&type_module}, &io_globals};
MODULE_REGISTER(Q_io, io_module);
