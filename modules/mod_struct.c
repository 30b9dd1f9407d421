/*
 * The struct module: pack/unpack functions, the Struct class and the
 * iter_unpack iterator, over the codec in mod_struct_codec.c.
 *
 * struct.error is a heap class made when the module is imported (see
 * mod_util.h); module functions parse their format on every call.
 */
#include <string.h>

#include "map.h"
#include "mem.h"
#include "mod_struct.h"
#include "mod_util.h"
#include "obj_str.h"
#include "runtime.h"

_Noreturn void mod_struct_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mod_util_vraise(Q_struct, Q_error, &type_Exception, fmt, ap);
}

/* ---- operations on a parsed format ---- */

static intptr_t get_offset(obj_t o)
{
    return obj_get_int(mod_util_index(o));
}

static obj_t do_pack(const mod_struct_format_t *f, size_t n, const obj_t *values)
{
    if (n != f->n_values)
        mod_struct_error("pack expected %u items for packing (got %u)", (unsigned)f->n_values, (unsigned)n);
    uint8_t *buf = mem_alloc_noscan(f->size + 1);
    memset(buf, 0, f->size + 1);
    mod_struct_codec_pack(f, buf, values);
    return bytes_new_owned((char *)buf, f->size);
}

/* args: buffer, offset, values... */
static obj_t do_pack_into(const mod_struct_format_t *f, size_t n, const obj_t *args)
{
    if (n < 1)
        mod_struct_error("pack_into expected buffer argument");
    if (n < 2)
        mod_struct_error("pack_into expected offset argument");
    if (n - 2 != f->n_values)
        mod_struct_error("pack_into expected %u items for packing (got %u)", (unsigned)f->n_values,
                         (unsigned)(n - 2));
    obj_t b = str_unwrap(args[0]);
    const type_t *t = obj_get_type(b);
    buffer_info_t bi;
    if (!obj_is_ptr(b) || !t->buffer || t->buffer(b, &bi, BUFFER_WRITE) != 0)
        raise_fmt(&type_TypeError, "argument must be read-write bytes-like object, not %s", obj_type_name(args[0]));
    intptr_t off = get_offset(args[1]), len = (intptr_t)bi.len, size = (intptr_t)f->size;
    if (off < 0) {
        if (off + size > 0)
            mod_struct_error("no space to pack %S bytes at offset %S", obj_new_int(size), obj_new_int(off));
        if (off + len < 0)
            mod_struct_error("offset %S out of range for %S-byte buffer", obj_new_int(off), obj_new_int(len));
        off += len;
    }
    if (len - off < size)
        mod_struct_error("pack_into requires a buffer of at least %S bytes for packing %S bytes at offset %S "
                         "(actual buffer size is %S)",
                         obj_new_int(size + off), obj_new_int(size), obj_new_int(off), obj_new_int(len));
    /* like CPython, values before a bad one are already written; pad
       bytes are zeroed */
    uint8_t *p = (uint8_t *)bi.buf + off;
    memset(p, 0, f->size);
    mod_struct_codec_pack(f, p, args + 2);
    return OBJ_NONE;
}

static obj_t do_unpack(const mod_struct_format_t *f, obj_t buffer)
{
    buffer_info_t bi;
    mod_util_get_buffer(buffer, &bi);
    if (bi.len != f->size)
        mod_struct_error("unpack requires a buffer of %S bytes", obj_new_int((intptr_t)f->size));
    return mod_struct_codec_unpack(f, bi.buf);
}

static obj_t do_unpack_from(const mod_struct_format_t *f, obj_t buffer, obj_t offset)
{
    buffer_info_t bi;
    mod_util_get_buffer(buffer, &bi);
    intptr_t off = offset ? get_offset(offset) : 0, len = (intptr_t)bi.len, size = (intptr_t)f->size;
    if (off < 0) {
        if (off + size > 0)
            mod_struct_error("not enough data to unpack %S bytes at offset %S", obj_new_int(size), obj_new_int(off));
        if (off + len < 0)
            mod_struct_error("offset %S out of range for %S-byte buffer", obj_new_int(off), obj_new_int(len));
        off += len;
    }
    if (len - off < size)
        mod_struct_error("unpack_from requires a buffer of at least %S bytes for unpacking %S bytes at offset %S "
                         "(actual buffer size is %S)",
                         obj_new_int(size + off), obj_new_int(size), obj_new_int(off), obj_new_int(len));
    return mod_struct_codec_unpack(f, (const uint8_t *)bi.buf + off);
}

/* ---- iter_unpack ---- */

typedef struct obj_unpack_iter {
    obj_base_t base;
    mod_struct_format_t f;
    obj_t buffer;       /* re-read each step: its length may change */
    size_t pos;
} obj_unpack_iter_t;

static const type_t type_unpack_iterator;

static obj_t do_iter_unpack(const mod_struct_format_t *f, obj_t buffer)
{
    buffer_info_t bi;
    mod_util_get_buffer(buffer, &bi);
    if (f->size == 0)
        mod_struct_error("cannot iteratively unpack with a struct of length 0");
    if (bi.len % f->size)
        mod_struct_error("iterative unpacking requires a buffer of a multiple of %S bytes",
                         obj_new_int((intptr_t)f->size));
    obj_unpack_iter_t *it = mem_alloc(sizeof(*it));
    it->base.type = &type_unpack_iterator;
    it->f = *f;
    it->buffer = buffer;
    it->pos = 0;
    return it;
}

static obj_t unpack_iter_next(obj_t self)
{
    obj_unpack_iter_t *it = self;
    buffer_info_t bi;
    if (it->buffer == OBJ_NULL || !bytes_get_buffer(it->buffer, &bi) || bi.len < it->pos + it->f.size) {
        it->buffer = OBJ_NULL;
        return OBJ_STOP_ITERATION;
    }
    obj_t r = mod_struct_codec_unpack(&it->f, (const uint8_t *)bi.buf + it->pos);
    it->pos += it->f.size;
    return r;
}

static obj_t unpack_iter_length_hint(obj_t self)
{
    obj_unpack_iter_t *it = self;
    buffer_info_t bi;
    if (it->buffer == OBJ_NULL || !bytes_get_buffer(it->buffer, &bi) || bi.len < it->pos)
        return obj_new_small_int(0);
    return obj_new_int((intptr_t)((bi.len - it->pos) / it->f.size));
}
static BUILTIN_FUN_1(unpack_iter_length_hint_obj, Q___length_hint__, unpack_iter_length_hint);

static const map_elem_t unpack_iter_locals_table[] = {
    {ROM_QSTR(Q___length_hint__), ROM_PTR(&unpack_iter_length_hint_obj)},
};
static MAP_ROM(unpack_iter_locals, unpack_iter_locals_table);

static const type_t type_unpack_iterator = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF | TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_unpack_iterator,
    .getiter = obj_getiter_self,
    .iternext = unpack_iter_next,
    .locals = &unpack_iter_locals,
};

/* ---- module functions ---- */

/* CPython looks the format up in a cache first, so an unhashable format
 * is reported as such. */
static void parse(obj_t fmt, mod_struct_format_t *f)
{
    if (!str_check(fmt) && !bytes_check(fmt))
        obj_hash(fmt);
    mod_struct_codec_parse(fmt, f);
}

static obj_t struct_calcsize(obj_t fmt)
{
    mod_struct_format_t f;
    parse(fmt, &f);
    return obj_new_int((intptr_t)f.size);
}
static BUILTIN_FUN_1(struct_calcsize_obj, Q_calcsize, struct_calcsize);

static obj_t struct_pack(size_t n, const obj_t *args)
{
    mod_struct_format_t f;
    parse(args[0], &f);
    return do_pack(&f, n - 1, args + 1);
}
static BUILTIN_FUN_VAR(struct_pack_obj, Q_pack, 1, 0xffff, struct_pack);

static obj_t struct_pack_into(size_t n, const obj_t *args)
{
    mod_struct_format_t f;
    parse(args[0], &f);
    return do_pack_into(&f, n - 1, args + 1);
}
static BUILTIN_FUN_VAR(struct_pack_into_obj, Q_pack_into, 1, 0xffff, struct_pack_into);

static obj_t struct_unpack(obj_t fmt, obj_t buffer)
{
    mod_struct_format_t f;
    parse(fmt, &f);
    return do_unpack(&f, buffer);
}
static BUILTIN_FUN_2(struct_unpack_obj, Q_unpack, struct_unpack);

/* unpack_from(format, /, buffer, offset=0) and Struct.unpack_from(buffer,
 * offset=0): args[0] is the format or the Struct. */
static void unpack_from_args(size_t n, const obj_t *args, map_t *kw, obj_t *out)
{
    static const arg_spec_t spec[] = {
        {Q_empty, ARG_REQUIRED, OBJ_NULL},
        {Q_buffer, ARG_REQUIRED, OBJ_NULL},
        {Q_offset, 0, OBJ_NULL},
    };
    arg_parse("unpack_from", n, args, kw, 3, spec, out);
}

static obj_t struct_unpack_from(size_t n, const obj_t *args, map_t *kw)
{
    obj_t v[3];
    unpack_from_args(n, args, kw, v);
    mod_struct_format_t f;
    parse(v[0], &f);
    return do_unpack_from(&f, v[1], v[2]);
}
static BUILTIN_FUN_KW(struct_unpack_from_obj, Q_unpack_from, 1, struct_unpack_from);

static obj_t struct_iter_unpack(obj_t fmt, obj_t buffer)
{
    mod_struct_format_t f;
    parse(fmt, &f);
    return do_iter_unpack(&f, buffer);
}
static BUILTIN_FUN_2(struct_iter_unpack_obj, Q_iter_unpack, struct_iter_unpack);

/* ---- Struct ---- */

typedef struct obj_struct {
    obj_base_t base;
    obj_t format;       /* as a str */
    mod_struct_format_t f;
} obj_struct_t;

static const type_t type_Struct;

static obj_t Struct_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    static const arg_spec_t spec[] = {{Q_format, ARG_REQUIRED, OBJ_NULL}};
    obj_t fmt;
    arg_parse_all("Struct", n_args, n_kw, args, 1, spec, &fmt);
    obj_struct_t *s = mem_alloc(sizeof(*s));
    s->base.type = &type_Struct;
    parse(fmt, &s->f);
    if (bytes_check(fmt)) {
        size_t len;
        const char *d = str_get_data(str_unwrap(fmt), &len);
        fmt = str_new(d, len);
    }
    s->format = fmt;
    return s;
}

static obj_t Struct_pack(size_t n, const obj_t *args)
{
    obj_struct_t *s = args[0];
    return do_pack(&s->f, n - 1, args + 1);
}
static BUILTIN_FUN_VAR(Struct_pack_obj, Q_pack, 1, 0xffff, Struct_pack);

static obj_t Struct_pack_into(size_t n, const obj_t *args)
{
    obj_struct_t *s = args[0];
    return do_pack_into(&s->f, n - 1, args + 1);
}
static BUILTIN_FUN_VAR(Struct_pack_into_obj, Q_pack_into, 1, 0xffff, Struct_pack_into);

static obj_t Struct_unpack(obj_t self, obj_t buffer)
{
    obj_struct_t *s = self;
    return do_unpack(&s->f, buffer);
}
static BUILTIN_FUN_2(Struct_unpack_obj, Q_unpack, Struct_unpack);

static obj_t Struct_unpack_from(size_t n, const obj_t *args, map_t *kw)
{
    obj_t v[3];
    unpack_from_args(n, args, kw, v);
    obj_struct_t *s = v[0];
    return do_unpack_from(&s->f, v[1], v[2]);
}
static BUILTIN_FUN_KW(Struct_unpack_from_obj, Q_unpack_from, 1, Struct_unpack_from);

static obj_t Struct_iter_unpack(obj_t self, obj_t buffer)
{
    obj_struct_t *s = self;
    return do_iter_unpack(&s->f, buffer);
}
static BUILTIN_FUN_2(Struct_iter_unpack_obj, Q_iter_unpack, Struct_iter_unpack);

static void Struct_attr(obj_t self, qstr attr, obj_t *dest)
{
    obj_struct_t *s = self;
    if (dest[0] != OBJ_NULL)
        return;
    if (attr == Q_format)
        dest[0] = s->format;
    else if (attr == Q_size)
        dest[0] = obj_new_int((intptr_t)s->f.size);
}

static const map_elem_t Struct_locals_table[] = {
    {ROM_QSTR(Q_pack), ROM_PTR(&Struct_pack_obj)},
    {ROM_QSTR(Q_pack_into), ROM_PTR(&Struct_pack_into_obj)},
    {ROM_QSTR(Q_unpack), ROM_PTR(&Struct_unpack_obj)},
    {ROM_QSTR(Q_unpack_from), ROM_PTR(&Struct_unpack_from_obj)},
    {ROM_QSTR(Q_iter_unpack), ROM_PTR(&Struct_iter_unpack_obj)},
};
static MAP_ROM(Struct_locals, Struct_locals_table);

static const type_t type_Struct = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_Struct,
    .make_new = Struct_make_new,
    .attr = Struct_attr,
    .locals = &Struct_locals,
};

/* ---- the module ---- */

static obj_t struct_init(obj_t mod)
{
    map_t *g = &module_globals(mod)->map;
    map_store_qstr(g, Q_error, mod_util_new_exc_class(Q_struct, Q_error, &type_Exception));
    map_lookup(g, obj_new_qstr(Q___init__), MAP_REMOVE);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(struct_init_obj, Q___init__, struct_init);

static const map_elem_t struct_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_struct)},
    {ROM_QSTR(Q___init__), ROM_PTR(&struct_init_obj)},
    {ROM_QSTR(Q_calcsize), ROM_PTR(&struct_calcsize_obj)},
    {ROM_QSTR(Q_pack), ROM_PTR(&struct_pack_obj)},
    {ROM_QSTR(Q_pack_into), ROM_PTR(&struct_pack_into_obj)},
    {ROM_QSTR(Q_unpack), ROM_PTR(&struct_unpack_obj)},
    {ROM_QSTR(Q_unpack_from), ROM_PTR(&struct_unpack_from_obj)},
    {ROM_QSTR(Q_iter_unpack), ROM_PTR(&struct_iter_unpack_obj)},
    {ROM_QSTR(Q_Struct), ROM_PTR(&type_Struct)},
};
static DICT_ROM(struct_globals, struct_globals_table);
const obj_module_t struct_module = {{&type_module}, &struct_globals};
MODULE_REGISTER(Q_struct, struct_module);
