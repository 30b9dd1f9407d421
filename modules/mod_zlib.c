/*
 * zlib: decompress() for zlib, gzip and raw DEFLATE data (inflate.c), and
 * the crc32/adler32 checksums. Errors are zlib.error with CPython's texts
 * ("Error -3 while decompressing data: incorrect header check").
 */
#include <string.h>

#include "inflate.h"
#include "map.h"
#include "obj_dict.h"
#include "obj_int.h"
#include "obj_str.h"
#include "runtime.h"

static _Noreturn void raise_zlib_error(const char *fmt, int code, const char *msg)
{
    obj_t mod = import_name(Q_zlib, OBJ_NONE, 0, NULL);
    obj_t cls = load_attr(mod, Q_error);
    vstr_t v;
    vstr_init(&v, 64);
    print_t p;
    vstr_print_init(&p, &v);
    print_fmt(&p, fmt, code);
    if (msg)
        print_fmt(&p, ": %s", msg);
    raise_obj(call1(cls, vstr_to_str(&v)));
}

static const uint8_t *data_arg(obj_t data, size_t *len)
{
    buffer_info_t bi;
    if (str_check(data) || !bytes_get_buffer(data, &bi))
        raise_fmt(&type_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(data));
    *len = bi.len;
    return bi.buf;
}

static obj_t zlib_decompress(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {
        {Q_data, ARG_REQUIRED, OBJ_NULL},
        {Q_wbits, 0, ROM_INT(15)},
        {Q_bufsize, 0, ROM_INT(16384)},
    };
    obj_t a[3];
    arg_parse("decompress", n, args, kw, 3, spec, a);
    size_t len;
    const uint8_t *in = data_arg(a[0], &len);
    intptr_t wbits = obj_get_int(a[1]);
    intptr_t bufsize = obj_get_int(a[2]);
    if (bufsize < 0)
        raise_msg(&type_ValueError, "bufsize must be non-negative");
    int format, window;
    if (wbits < 0) {
        format = INFLATE_RAW;
        window = (int)-wbits;
        if (window < 8 || window > 15)
            window = -1;
    } else {
        format = wbits < 16 ? INFLATE_ZLIB : wbits < 32 ? INFLATE_GZIP : wbits < 48 ? INFLATE_AUTO : -1;
        window = (int)(wbits & 15);
        if (format < 0 || (window != 0 && window < 8))
            window = -1;
    }
    if (window < 0)
        raise_zlib_error("Error %d while preparing to decompress data", -2, "inconsistent stream state");
    vstr_t out;
    vstr_init(&out, bufsize > 0 && (size_t)bufsize < 4 * len + 64 ? (size_t)bufsize : 4 * len + 64);
    const char *msg = NULL;
    int r = inflate_run(in, len, format, window, &out, &msg);
    if (r == INFLATE_TRUNCATED)
        raise_zlib_error("Error %d while decompressing data", -5, "incomplete or truncated stream");
    if (r == INFLATE_NEED_DICT)
        raise_zlib_error("Error %d while decompressing data", 2, NULL);
    if (r != INFLATE_OK)
        raise_zlib_error("Error %d while decompressing data", -3, msg ? msg : "invalid input data");
    return vstr_to_bytes(&out);
}
static BUILTIN_FUN_KW(zlib_decompress_obj, Q_decompress, 1, zlib_decompress);

static uint32_t start_value(size_t n, const obj_t *args, uint32_t def)
{
    if (n < 2)
        return def;
    /* CPython takes any int and uses its low 32 bits */
    if (!obj_is_int(args[1]))
        raise_fmt(&type_TypeError, "'%T' object cannot be interpreted as an integer", args[1]);
    obj_t v = binary_op(BOP_AND, int_unwrap(args[1]), obj_new_int_from_uint(0xffffffffu));
    return (uint32_t)int_to_double(v);
}

static obj_t zlib_crc32(size_t n, const obj_t *args)
{
    size_t len;
    const uint8_t *p = data_arg(args[0], &len);
    return obj_new_int_from_uint(inflate_crc32(start_value(n, args, 0), p, len));
}
static BUILTIN_FUN_VAR(zlib_crc32_obj, Q_crc32, 1, 2, zlib_crc32);

static obj_t zlib_adler32(size_t n, const obj_t *args)
{
    size_t len;
    const uint8_t *p = data_arg(args[0], &len);
    return obj_new_int_from_uint(inflate_adler32(start_value(n, args, 1), p, len));
}
static BUILTIN_FUN_VAR(zlib_adler32_obj, Q_adler32, 1, 2, zlib_adler32);

/* zlib.error is a class of its own (a subclass of Exception). */
static obj_t zlib_init(obj_t mod)
{
    obj_dict_t *g = module_globals(mod);
    obj_t ns = obj_new_dict(1);
    map_store_qstr(dict_get_map(ns), Q___module__, obj_new_qstr(Q_zlib));
    obj_t base = (obj_t)&type_Exception;
    obj_t args[3] = {obj_new_qstr(Q_error), obj_new_tuple(1, &base), ns};
    map_store_qstr(&g->map, Q_error, call((obj_t)&type_type, 3, 0, args));
    map_lookup(&g->map, obj_new_qstr(Q___init__), MAP_REMOVE);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(zlib_init_obj, Q___init__, zlib_init);

static const map_elem_t zlib_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_zlib)},
    {ROM_QSTR(Q___init__), ROM_PTR(&zlib_init_obj)},
    {ROM_QSTR(Q_decompress), ROM_PTR(&zlib_decompress_obj)},
    {ROM_QSTR(Q_crc32), ROM_PTR(&zlib_crc32_obj)},
    {ROM_QSTR(Q_adler32), ROM_PTR(&zlib_adler32_obj)},
    {ROM_QSTR(Q_MAX_WBITS), ROM_INT(15)},
    {ROM_QSTR(Q_DEFLATED), ROM_INT(8)},
    {ROM_QSTR(Q_DEF_BUF_SIZE), ROM_INT(16384)},
};
static DICT_ROM(zlib_globals, zlib_globals_table);
const obj_module_t zlib_module = {{&type_module}, &zlib_globals};
MODULE_REGISTER(Q_zlib, zlib_module);
