/* open(): mode parsing and creation of file objects (see mod_io.h). */
#include <string.h>

#include "codec.h"
#include "errno_codes.h"
#include "gc.h"
#include "mod_io.h"
#include "mod_io_file.h"
#include "mod_os.h"
#include "obj_str.h"
#include "port.h"
#include "runtime.h"

/* Parses CPython's mode string into F_* flags. */
static unsigned parse_mode(obj_t mode)
{
    size_t len;
    const char *m = str_get_data(mode, &len);
    unsigned seen = 0, flags = 0;
    int kinds = 0;
    bool text = false, binary = false;
    for (size_t i = 0; i < len; i++) {
        const char *pos = memchr("rwxa+tb", m[i], 7);
        unsigned bit = pos ? 1u << (pos - "rwxa+tb") : 0;
        if (m[i] == 0 || bit == 0 || (seen & bit))
            raise_fmt(&type_ValueError, "invalid mode: %r", mode);
        seen |= bit;
        switch (m[i]) {
        case 'r': kinds++; flags |= F_READ; break;
        case 'w': kinds++; flags |= F_WRITE; break;
        case 'x': kinds++; flags |= F_WRITE | F_CREATE; break;
        case 'a': kinds++; flags |= F_WRITE | F_APPEND; break;
        case '+': flags |= F_READ | F_WRITE; break;
        case 't': text = true; break;
        case 'b': binary = true; break;
        }
    }
    if (text && binary)
        raise_msg(&type_ValueError, "can't have text and binary mode at once");
    if (kinds > 1)
        raise_msg(&type_ValueError, "must have exactly one of create/read/write/append mode");
    if (kinds == 0)
        raise_msg(&type_ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
    if (!binary)
        flags |= F_TEXT;
    /* remember 'w' for truncation: it is the write kind without x/a */
    return flags | ((seen & 2u) ? 0x100u : 0u);
}

/* FileIO's normalised mode: 'xb', 'ab', 'rb+', 'rb' or 'wb', '+' kept. */
static obj_t binary_mode_str(unsigned flags)
{
    bool plus = (flags & F_READ) && (flags & F_WRITE);
    const char *s = (flags & F_CREATE) ? (plus ? "xb+" : "xb")
                    : (flags & F_APPEND) ? (plus ? "ab+" : "ab")
                    : plus ? "rb+"
                    : (flags & F_READ) ? "rb" : "wb";
    return str_new(s, strlen(s));
}

static bool is_utf8_name(obj_t enc)
{
    size_t len;
    const char *s = str_get_data(enc, &len);
    char norm[8];
    size_t k = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '-' || c == '_')
            continue;
        if (k == sizeof(norm))
            return false;
        norm[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return (k == 4 && memcmp(norm, "utf8", 4) == 0) || (k == 2 && memcmp(norm, "u8", 2) == 0);
}

obj_t io_open(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {
        {Q_file, ARG_REQUIRED, OBJ_NULL},
        {Q_mode, 0, ROM_QSTR(Q_r)},
        {Q_buffering, 0, ROM_INT(-1)},
        {Q_encoding, 0, OBJ_NONE},
        {Q_errors, 0, OBJ_NONE},
        {Q_newline, 0, OBJ_NONE},
        {Q_closefd, 0, OBJ_TRUE},
        {Q_opener, 0, OBJ_NONE},
    };
    enum { A_FILE, A_MODE, A_BUFFERING, A_ENCODING, A_ERRORS, A_NEWLINE, A_CLOSEFD, A_OPENER, A_N };
    obj_t a[A_N];
    arg_parse("open", n, args, kw, A_N, spec, a);
    obj_t file = a[A_FILE];
    if (!obj_is_str(a[A_MODE]))
        raise_fmt(&type_TypeError, "open() argument 'mode' must be str, not %s", obj_type_name(a[A_MODE]));
    unsigned mflags = parse_mode(a[A_MODE]);
    bool text = (mflags & F_TEXT) != 0;
    intptr_t buffering = obj_get_int(a[A_BUFFERING]);
    if (!text) {
        if (a[A_ENCODING] != OBJ_NONE)
            raise_msg(&type_ValueError, "binary mode doesn't take an encoding argument");
        if (a[A_ERRORS] != OBJ_NONE)
            raise_msg(&type_ValueError, "binary mode doesn't take an errors argument");
        if (a[A_NEWLINE] != OBJ_NONE)
            raise_msg(&type_ValueError, "binary mode doesn't take a newline argument");
    } else if (buffering == 0) {
        raise_msg(&type_ValueError, "can't have unbuffered text I/O");
    }
    if (a[A_OPENER] != OBJ_NONE)
        raise_msg(&type_NotImplementedError, "opener is not supported");
    if (a[A_ENCODING] != OBJ_NONE && !obj_is_str(a[A_ENCODING]))
        raise_fmt(&type_TypeError, "open() argument 'encoding' must be str or None, not %s",
                  obj_type_name(a[A_ENCODING]));
    if (a[A_ERRORS] != OBJ_NONE && !obj_is_str(a[A_ERRORS]))
        raise_fmt(&type_TypeError, "open() argument 'errors' must be str or None, not %s",
                  obj_type_name(a[A_ERRORS]));
    uint8_t newline = text ? io_parse_newline(a[A_NEWLINE], false) : NL_LF;

    const type_t *type = text             ? &type_TextIOWrapper
                         : buffering == 0 ? &type_FileIO
                         : ((mflags & F_READ) && (mflags & F_WRITE)) ? &type_BufferedRandom
                         : (mflags & F_READ) ? &type_BufferedReader
                                             : &type_BufferedWriter;
    io_file_t *f = gc_alloc(sizeof(io_file_t), GC_FLAG_FINALISE);
    if (f == NULL)
        raise_memory_error();
    f->base.type = type;
    f->handle = -1;
    f->flags = (uint8_t)(mflags & 0xff);
    f->newline = newline;
    f->name = file;
    f->mode = text ? a[A_MODE] : binary_mode_str(mflags);
    if (text) {
        obj_t enc = a[A_ENCODING] == OBJ_NONE ? obj_new_qstr(Q_UTF_hyphen_8) : a[A_ENCODING];
        f->errors = a[A_ERRORS] == OBJ_NONE ? obj_new_qstr(Q_strict) : a[A_ERRORS];
        codec_decode("", 0, enc, f->errors); /* LookupError for an unknown encoding */
        f->encoding = enc;
        if (!is_utf8_name(enc))
            f->flags |= F_SINGLE_BYTE;
    }
    if (obj_is_int(file) && !obj_isinstance(file, &type_bool)) {
        intptr_t fd = obj_get_int(file);
        if (fd < 0)
            raise_msg(&type_ValueError, "negative file descriptor");
        if (obj_is_true(a[A_CLOSEFD]))
            f->flags |= F_CLOSEFD;
        f->handle = (int)fd;
        return f;
    }
    if (!str_check(file) && !bytes_check(file))
        raise_fmt(&type_TypeError, "expected str, bytes or os.PathLike object, not %s", obj_type_name(file));
    if (!obj_is_true(a[A_CLOSEFD]))
        raise_msg(&type_ValueError, "Cannot use closefd=False with file name");
    const char *path = os_path_arg(file, "open");
    unsigned pflags = 0;
    if (mflags & F_READ)
        pflags |= PORT_O_READ;
    if (mflags & F_WRITE)
        pflags |= PORT_O_WRITE;
    if (mflags & 0x100u)
        pflags |= PORT_O_CREATE | PORT_O_TRUNC;
    if (mflags & F_APPEND)
        pflags |= PORT_O_CREATE | PORT_O_APPEND;
    if (mflags & F_CREATE)
        pflags |= PORT_O_CREATE | PORT_O_EXCL;
    int h = port_open(path, pflags);
    if (h == -ERRNO_EMFILE || h == -ERRNO_ENFILE) {
        /* unreachable files still hold handles until the collector
           finalises them */
        gc_collect();
        h = port_open(path, pflags);
    }
    if (h < 0)
        os_raise_path_error(h, file);
    f->handle = h;
    f->flags |= F_CLOSEFD;
    return f;
}
BUILTIN_FUN_KW(io_open_obj, Q_open, 1, io_open);
BUILTIN_REGISTER(Q_open, io_open_obj);

QSTR_SPECIAL(Q_UTF_hyphen_8, "UTF-8");
