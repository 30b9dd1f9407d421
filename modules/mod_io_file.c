/*
 * File objects returned by open(): TextIOWrapper for text modes and
 * FileIO / BufferedReader / BufferedWriter / BufferedRandom for binary
 * ones. One implementation serves all five types; the type only selects
 * the name, the repr and CPython's error texts.
 *
 * Reads go through a read-ahead buffer; writes go straight to the port
 * (so nothing is lost when a program exits without closing). Before a
 * write or a seek the read-ahead is dropped and the port's offset moved
 * back to the logical position.
 *
 * Text files decode UTF-8 (or a single-byte codec the core knows: ascii,
 * latin-1) and translate newlines as their newline argument says. tell()
 * is the byte offset, which is CPython's cookie for such streams.
 */
#include <string.h>

#include "errno_codes.h"
#include "codec.h"
#include "mem.h"
#include "mod_io.h"
#include "mod_io_file.h"
#include "obj_list.h"
#include "obj_str.h"
#include "port.h"
#include "runtime.h"

bool io_file_is_file_type(const type_t *t)
{
    return t == &type_TextIOWrapper || t == &type_FileIO || t == &type_BufferedReader ||
           t == &type_BufferedWriter || t == &type_BufferedRandom;
}

bool io_finalise(void *block)
{
    io_file_t *f = block;
    if (!io_file_is_file_type(f->base.type))
        return false;
    if (f->handle >= 0 && (f->flags & F_CLOSEFD))
        port_close(f->handle);
    f->handle = -1;
    return true;
}

/* The type's finalise slot: the collector found an unreachable file. */
static void file_finalise(obj_t self)
{
    io_finalise(self);
}

/* What a method is, for CPython's many texts about a closed file. */
enum { OP_READ, OP_READINTO, OP_READLINE, OP_WRITE, OP_SEEK, OP_FLUSH, OP_TELL, OP_LINES, OP_QUERY };

static bool is_buffered(const type_t *t)
{
    return t == &type_BufferedReader || t == &type_BufferedWriter || t == &type_BufferedRandom;
}

static _Noreturn void raise_closed(const type_t *t, int op)
{
    if (is_buffered(t)) {
        static const char *const texts[] = {
            [OP_READ] = "read of closed file", [OP_READINTO] = "readinto of closed file",
            [OP_READLINE] = "readline of closed file", [OP_WRITE] = "write to closed file",
            [OP_SEEK] = "seek of closed file",
        };
        if (op <= OP_SEEK)
            raise_msg(&type_ValueError, texts[op]);
        if (op == OP_FLUSH && t != &type_BufferedReader)
            raise_msg(&type_ValueError, "flush of closed file");
    }
    bool dot;
    if (t == &type_FileIO)
        dot = op == OP_LINES || op == OP_FLUSH;
    else if (t == &type_TextIOWrapper)
        dot = op != OP_QUERY;
    else
        dot = op == OP_LINES || op == OP_FLUSH;
    raise_msg(&type_ValueError, dot ? "I/O operation on closed file." : "I/O operation on closed file");
}

static _Noreturn void raise_not(const type_t *t, unsigned need)
{
    bool rd = need == F_READ;
    io_raise_unsupported(t == &type_TextIOWrapper ? (rd ? "not readable" : "not writable")
                         : t == &type_FileIO      ? (rd ? "File not open for reading" : "File not open for writing")
                                                  : (rd ? "read" : "write"));
}

/* self as a file that is open and has the capability need (F_READ,
   F_WRITE or 0), checked in CPython's order for the type. */
static io_file_t *file_check(obj_t self, int op, unsigned need)
{
    if (!io_file_is_file_type(obj_get_type(self)))
        raise_fmt(&type_TypeError, "descriptor requires an io file object but received a '%T'", self);
    io_file_t *f = self;
    const type_t *t = f->base.type;
    if (is_buffered(t) && need && !(f->flags & need))
        raise_not(t, need);
    if (f->handle < 0)
        raise_closed(t, op);
    if (need && !(f->flags & need))
        raise_not(t, need);
    return f;
}

static _Noreturn void port_error(long r)
{
    if (r == -ERRNO_EINTR)
        runtime_check_interrupt();
    raise_oserror((int)-r);
}

/* ---- the read-ahead buffer ---- */

/* Makes at least one byte available; false at end of file. */
static bool fill(io_file_t *f)
{
    if (f->rpos < f->rlen)
        return true;
    if (f->rbuf == NULL)
        f->rbuf = mem_alloc_noscan(RBUF_SIZE);
    long r = port_read(f->handle, f->rbuf, RBUF_SIZE);
    if (r < 0)
        port_error(r);
    f->rpos = 0;
    f->rlen = (size_t)r;
    return r > 0;
}

static int peek_byte(io_file_t *f)
{
    if (!fill(f))
        return -1;
    return (unsigned char)f->rbuf[f->rpos];
}

/* Gives back unread read-ahead so the port's offset is the logical one. */
static void drop_readahead(io_file_t *f)
{
    if (f->rpos < f->rlen)
        port_seek(f->handle, -(long long)(f->rlen - f->rpos), 1); /* fails harmlessly on pipes */
    f->rpos = f->rlen = 0;
}

static void write_all(io_file_t *f, const char *s, size_t n)
{
    drop_readahead(f);
    while (n) {
        long r = port_write(f->handle, s, n);
        if (r < 0)
            port_error(r);
        s += r;
        n -= (size_t)r;
    }
}

/* Appends up to n bytes (all that is left when n is SIZE_MAX) to v. */
static void read_bytes(io_file_t *f, vstr_t *v, size_t n)
{
    bool all = n == SIZE_MAX;
    while (n) {
        if (f->rpos < f->rlen) {
            size_t k = f->rlen - f->rpos;
            if (k > n)
                k = n;
            vstr_add_strn(v, f->rbuf + f->rpos, k);
            f->rpos += k;
            if (!all)
                n -= k;
            continue;
        }
        if (n < RBUF_SIZE) {
            if (!fill(f))
                return;
            continue;
        }
        /* large reads bypass the read-ahead */
        size_t chunk = all ? 4096 : n;
        char *dst = vstr_extend(v, chunk);
        long r = port_read(f->handle, dst, chunk);
        v->len -= chunk - (r > 0 ? (size_t)r : 0);
        if (r < 0)
            port_error(r);
        if (r == 0)
            return;
        if (!all)
            n -= (size_t)r;
    }
}

/* Appends one line (through '\n' inclusive), at most limit bytes. */
static void read_line_bytes(io_file_t *f, vstr_t *v, size_t limit)
{
    while (limit && fill(f)) {
        size_t k = f->rlen - f->rpos;
        if (k > limit)
            k = limit;
        const char *start = f->rbuf + f->rpos;
        const char *nl = memchr(start, '\n', k);
        if (nl)
            k = (size_t)(nl - start) + 1;
        vstr_add_strn(v, start, k);
        f->rpos += k;
        limit -= k;
        if (nl)
            return;
    }
}

/* ---- text decoding ---- */

/* Appends up to max_chars characters (SIZE_MAX: no limit), applying the
   newline translation; with line, stops after a line ending. Characters
   are counted at their first byte, so a multi-byte UTF-8 sequence is
   never split. */
static void read_text(io_file_t *f, vstr_t *v, size_t max_chars, bool line)
{
    bool single = (f->flags & F_SINGLE_BYTE) != 0;
    uint8_t nl = f->newline;
    size_t count = 0;
    for (;;) {
        int b = peek_byte(f);
        if (b < 0)
            return;
        if (single || (b & 0xC0) != 0x80) {
            if (count == max_chars)
                return;
            count++;
        }
        f->rpos++;
        if (b == '\r' && nl == NL_UNIVERSAL) {
            if (peek_byte(f) == '\n')
                f->rpos++;
            b = '\n';
        }
        vstr_add_char(v, (char)b);
        if (!line)
            continue;
        if (b == '\n' && (nl == NL_UNIVERSAL || nl == NL_ANY || nl == NL_LF))
            return;
        if (b == '\r' && nl == NL_CR)
            return;
        if (b == '\r' && (nl == NL_ANY || nl == NL_CRLF)) {
            if (peek_byte(f) == '\n' && count < max_chars) {
                f->rpos++;
                vstr_add_char(v, '\n');
                return;
            }
            if (nl == NL_ANY)
                return;
        }
    }
}

static obj_t decode(io_file_t *f, vstr_t *v)
{
    if (!(f->flags & F_SINGLE_BYTE) && utf8_is_valid(v->buf, v->len))
        return vstr_to_str(v);
    return codec_decode(v->buf, v->len, f->encoding, f->errors);
}

static obj_t read_result(io_file_t *f, vstr_t *v)
{
    return (f->flags & F_TEXT) ? decode(f, v) : vstr_to_bytes(v);
}

/* ---- methods ---- */

static size_t size_arg(size_t n, const obj_t *args)
{
    if (n < 2 || args[1] == OBJ_NONE)
        return SIZE_MAX;
    intptr_t s = obj_get_int(args[1]);
    return s < 0 ? SIZE_MAX : (size_t)s;
}

static obj_t file_read(size_t n, const obj_t *args)
{
    io_file_t *f = file_check(args[0], OP_READ, F_READ);
    size_t size = size_arg(n, args);
    vstr_t v;
    vstr_init(&v, size < 4096 ? size : 4096);
    if (f->flags & F_TEXT)
        read_text(f, &v, size, false);
    else
        read_bytes(f, &v, size);
    return read_result(f, &v);
}
static BUILTIN_FUN_VAR(file_read_obj, Q_read, 1, 2, file_read);

static obj_t file_readline(size_t n, const obj_t *args)
{
    io_file_t *f = file_check(args[0], OP_READLINE, F_READ);
    size_t size = size_arg(n, args);
    vstr_t v;
    vstr_init(&v, 80);
    if (f->flags & F_TEXT)
        read_text(f, &v, size, true);
    else
        read_line_bytes(f, &v, size);
    return read_result(f, &v);
}
static BUILTIN_FUN_VAR(file_readline_obj, Q_readline, 1, 2, file_readline);

static obj_t file_readlines(size_t n, const obj_t *args)
{
    io_file_t *f = file_check(args[0], OP_LINES, F_READ);
    intptr_t hint = n > 1 && args[1] != OBJ_NONE ? obj_get_int(args[1]) : -1;
    obj_t list = obj_new_list(0, NULL);
    size_t total = 0;
    for (;;) {
        vstr_t v;
        vstr_init(&v, 80);
        if (f->flags & F_TEXT)
            read_text(f, &v, SIZE_MAX, true);
        else
            read_line_bytes(f, &v, SIZE_MAX);
        if (v.len == 0)
            break;
        total += v.len;
        list_append(list, read_result(f, &v));
        if (hint > 0 && total >= (size_t)hint)
            break;
    }
    return list;
}
static BUILTIN_FUN_VAR(file_readlines_obj, Q_readlines, 1, 2, file_readlines);

static obj_t file_readinto(obj_t self, obj_t buf)
{
    if (obj_get_type(self) == &type_TextIOWrapper)
        raise_attribute_error(self, Q_readinto);
    io_file_t *f = file_check(self, OP_READINTO, F_READ);
    buffer_info_t bi;
    const type_t *t = obj_get_type(buf);
    if (!t->buffer || t->buffer(buf, &bi, BUFFER_WRITE) != 0)
        raise_fmt(&type_TypeError, "readinto() argument must be read-write bytes-like object, not %s",
                  obj_type_name(buf));
    vstr_t v;
    vstr_init(&v, bi.len);
    read_bytes(f, &v, bi.len);
    memcpy(bi.buf, v.buf, v.len);
    return obj_new_small_int((intptr_t)v.len);
}
static BUILTIN_FUN_2(file_readinto_obj, Q_readinto, file_readinto);

static obj_t file_write(obj_t self, obj_t data)
{
    io_file_t *f = file_check(self, OP_WRITE, F_WRITE);
    if (!(f->flags & F_TEXT)) {
        buffer_info_t bi;
        if (str_check(data) || !bytes_get_buffer(data, &bi))
            raise_fmt(&type_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(data));
        write_all(f, bi.buf, bi.len);
        return obj_new_small_int((intptr_t)bi.len);
    }
    if (!str_check(data))
        raise_fmt(&type_TypeError, "write() argument must be str, not %s", obj_type_name(data));
    obj_t s = str_unwrap(data);
    size_t len;
    const char *d = str_get_data(s, &len);
    if (f->newline == NL_CR || f->newline == NL_CRLF) {
        vstr_t v;
        vstr_init(&v, len + 8);
        for (size_t i = 0; i < len; i++) {
            if (d[i] != '\n')
                vstr_add_char(&v, d[i]);
            else
                vstr_add_strn(&v, "\r\n", f->newline == NL_CRLF ? 2 : 1);
        }
        s = vstr_to_str(&v);
        d = str_get_data(s, &len);
    }
    if (f->flags & F_SINGLE_BYTE) {
        obj_t b = codec_encode(s, f->encoding, f->errors);
        d = str_get_data(b, &len);
    }
    write_all(f, d, len);
    return obj_new_small_int((intptr_t)str_get_charlen(str_unwrap(data)));
}
static BUILTIN_FUN_2(file_write_obj, Q_write, file_write);

static obj_t file_writelines(obj_t self, obj_t lines)
{
    file_check(self, OP_LINES, F_WRITE);
    obj_t it = getiter(lines, NULL);
    obj_t item;
    while ((item = iternext(it)) != OBJ_STOP_ITERATION)
        file_write(self, item);
    return OBJ_NONE;
}
static BUILTIN_FUN_2(file_writelines_obj, Q_writelines, file_writelines);

static long long logical_pos(io_file_t *f)
{
    long long p = port_seek(f->handle, 0, 1);
    if (p < 0)
        port_error((long)p);
    return p - (long long)(f->rlen - f->rpos);
}

static obj_t file_tell(obj_t self)
{
    io_file_t *f = file_check(self, OP_TELL, 0);
    return obj_new_int_from_ll(logical_pos(f));
}
static BUILTIN_FUN_1(file_tell_obj, Q_tell, file_tell);

static obj_t file_seek(size_t n, const obj_t *args)
{
    io_file_t *f = file_check(args[0], OP_SEEK, 0);
    intptr_t off = obj_get_int(args[1]);
    intptr_t whence = n > 2 ? obj_get_int(args[2]) : 0;
    if (f->flags & F_TEXT) {
        if (whence < 0 || whence > 2)
            raise_fmt(&type_ValueError, "invalid whence (%d, should be 0, 1 or 2)", (int)whence);
        if (whence == 0 && off < 0)
            raise_fmt(&type_ValueError, "negative seek position %d", (int)off);
        if (whence != 0 && off != 0)
            io_raise_unsupported(whence == 1 ? "can't do nonzero cur-relative seeks"
                                             : "can't do nonzero end-relative seeks");
    } else if (whence < 0 || whence > 2) {
        if (f->base.type == &type_FileIO)
            raise_oserror(ERRNO_EINVAL);
        raise_fmt(&type_ValueError, "whence value %d unsupported", (int)whence);
    }
    long long target = off;
    if (whence == 1)
        target = logical_pos(f) + off, whence = 0;
    f->rpos = f->rlen = 0;
    long long r = port_seek(f->handle, target, (int)whence);
    if (r < 0)
        port_error((long)r);
    return obj_new_int_from_ll(r);
}
static BUILTIN_FUN_VAR(file_seek_obj, Q_seek, 2, 3, file_seek);

/* truncate(size=None): flushes, sets the size (default: the current
 * position) and leaves the position where it was. */
static obj_t file_truncate(size_t n, const obj_t *args)
{
    io_file_t *f = file_check(args[0], OP_TELL, 0);
    if (!(f->flags & F_WRITE))
        io_raise_unsupported(f->base.type == &type_FileIO ? "File not open for writing" : "truncate");
    long long size = n > 1 && args[1] != OBJ_NONE ? (long long)obj_get_int(args[1]) : logical_pos(f);
    if (size < 0)
        raise_oserror(ERRNO_EINVAL);
    int r = port_flush(f->handle);
    if (r == 0)
        r = port_truncate(f->handle, size);
    if (r < 0)
        port_error(r);
    return obj_new_int_from_ll(size);
}
static BUILTIN_FUN_VAR(file_truncate_obj, Q_truncate, 1, 2, file_truncate);

static obj_t file_flush(obj_t self)
{
    io_file_t *f = file_check(self, OP_FLUSH, 0);
    int r = port_flush(f->handle);
    if (r < 0)
        port_error(r);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(file_flush_obj, Q_flush, file_flush);

static obj_t file_close(obj_t self)
{
    if (!io_file_is_file_type(obj_get_type(self)))
        file_check(self, OP_QUERY, 0);
    io_file_t *f = self;
    if (f->handle < 0)
        return OBJ_NONE;
    int h = f->handle;
    f->handle = -1;
    f->rbuf = NULL;
    f->rpos = f->rlen = 0;
    int r = port_flush(h);
    if (f->flags & F_CLOSEFD) {
        int r2 = port_close(h);
        if (r == 0)
            r = r2;
    }
    if (r < 0)
        raise_oserror(-r);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(file_close_obj, Q_close, file_close);

static obj_t file_fileno(obj_t self)
{
    return obj_new_small_int(file_check(self, OP_QUERY, 0)->handle);
}
static BUILTIN_FUN_1(file_fileno_obj, Q_fileno, file_fileno);

static obj_t file_readable(obj_t self)
{
    return obj_new_bool(file_check(self, OP_QUERY, 0)->flags & F_READ);
}
static BUILTIN_FUN_1(file_readable_obj, Q_readable, file_readable);

static obj_t file_writable(obj_t self)
{
    return obj_new_bool(file_check(self, OP_QUERY, 0)->flags & F_WRITE);
}
static BUILTIN_FUN_1(file_writable_obj, Q_writable, file_writable);

static obj_t file_seekable(obj_t self)
{
    io_file_t *f = file_check(self, OP_QUERY, 0);
    return obj_new_bool(port_seek(f->handle, 0, 1) >= 0);
}
static BUILTIN_FUN_1(file_seekable_obj, Q_seekable, file_seekable);

static obj_t file_isatty(obj_t self)
{
    file_check(self, OP_QUERY, 0);
    return OBJ_FALSE;
}
static BUILTIN_FUN_1(file_isatty_obj, Q_isatty, file_isatty);

static obj_t file_enter(obj_t self)
{
    file_check(self, OP_LINES, 0);
    return self;
}
static BUILTIN_FUN_1(file_enter_obj, Q___enter__, file_enter);

static obj_t file_exit(size_t n, const obj_t *args)
{
    (void)n;
    return file_close(args[0]);
}
static BUILTIN_FUN_VAR(file_exit_obj, Q___exit__, 1, 4, file_exit);

static obj_t file_iternext(obj_t self)
{
    io_file_t *f = file_check(self, obj_get_type(self) == &type_TextIOWrapper ? OP_LINES : OP_READLINE, F_READ);
    vstr_t v;
    vstr_init(&v, 80);
    if (f->flags & F_TEXT)
        read_text(f, &v, SIZE_MAX, true);
    else
        read_line_bytes(f, &v, SIZE_MAX);
    if (v.len == 0)
        return OBJ_STOP_ITERATION;
    return read_result(f, &v);
}

static void file_attr(obj_t self, qstr attr, obj_t *dest)
{
    io_file_t *f = self;
    if (dest[0] != OBJ_NULL)
        return;
    bool text = (f->flags & F_TEXT) != 0;
    switch (attr) {
    case Q_closed: dest[0] = obj_new_bool(f->handle < 0); break;
    case Q_name: dest[0] = f->name; break;
    case Q_mode: dest[0] = f->mode; break;
    case Q_closefd:
        if (f->base.type == &type_FileIO)
            dest[0] = obj_new_bool(f->flags & F_CLOSEFD);
        break;
    case Q_encoding:
        if (text)
            dest[0] = f->encoding;
        break;
    case Q_errors:
        if (text)
            dest[0] = f->errors;
        break;
    case Q_newlines:
        if (text)
            dest[0] = OBJ_NONE;
        break;
    case Q_line_buffering:
        if (text)
            dest[0] = OBJ_FALSE;
        break;
    default: break;
    }
}

static void file_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    io_file_t *f = o;
    const type_t *t = f->base.type;
    if (t == &type_FileIO) {
        if (f->handle < 0) {
            print_str(p, "<_io.FileIO [closed]>");
            return;
        }
        print_fmt(p, "<_io.FileIO name=%r mode=%r closefd=%s>", f->name, f->mode,
                  (f->flags & F_CLOSEFD) ? "True" : "False");
    } else if (t == &type_TextIOWrapper) {
        print_fmt(p, "<_io.TextIOWrapper name=%r mode=%r encoding=%r>", f->name, f->mode, f->encoding);
    } else {
        print_fmt(p, "<_io.%q name=%r>", t->name, f->name);
    }
}

static const map_elem_t file_locals_table[] = {
    {ROM_QSTR(Q_read), ROM_PTR(&file_read_obj)},
    {ROM_QSTR(Q_read1), ROM_PTR(&file_read_obj)},
    {ROM_QSTR(Q_readline), ROM_PTR(&file_readline_obj)},
    {ROM_QSTR(Q_readlines), ROM_PTR(&file_readlines_obj)},
    {ROM_QSTR(Q_readinto), ROM_PTR(&file_readinto_obj)},
    {ROM_QSTR(Q_write), ROM_PTR(&file_write_obj)},
    {ROM_QSTR(Q_writelines), ROM_PTR(&file_writelines_obj)},
    {ROM_QSTR(Q_seek), ROM_PTR(&file_seek_obj)},
    {ROM_QSTR(Q_tell), ROM_PTR(&file_tell_obj)},
    {ROM_QSTR(Q_flush), ROM_PTR(&file_flush_obj)},
    {ROM_QSTR(Q_truncate), ROM_PTR(&file_truncate_obj)},
    {ROM_QSTR(Q_close), ROM_PTR(&file_close_obj)},
    {ROM_QSTR(Q_fileno), ROM_PTR(&file_fileno_obj)},
    {ROM_QSTR(Q_readable), ROM_PTR(&file_readable_obj)},
    {ROM_QSTR(Q_writable), ROM_PTR(&file_writable_obj)},
    {ROM_QSTR(Q_seekable), ROM_PTR(&file_seekable_obj)},
    {ROM_QSTR(Q_isatty), ROM_PTR(&file_isatty_obj)},
    {ROM_QSTR(Q___enter__), ROM_PTR(&file_enter_obj)},
    {ROM_QSTR(Q___exit__), ROM_PTR(&file_exit_obj)},
};
static MAP_ROM(file_locals, file_locals_table);

#define FILE_TYPE(nm) \
    const type_t type_##nm = { \
        .base = {&type_type}, \
        .flags = TYPE_FLAG_EQ_IS_IDENTITY | TYPE_FLAG_ITER_IS_SELF, \
        .name = Q_##nm, \
        .print = file_print, \
        .attr = file_attr, \
        .getiter = obj_getiter_self, \
        .iternext = file_iternext, \
        .locals = &file_locals, \
        .parent = &type_IOBase, \
        .finalise = file_finalise, \
    };

FILE_TYPE(FileIO)
FILE_TYPE(BufferedReader)
FILE_TYPE(BufferedWriter)
FILE_TYPE(BufferedRandom)
FILE_TYPE(TextIOWrapper)
