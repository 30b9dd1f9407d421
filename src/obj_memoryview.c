/*
 * memoryview: a window onto another object's buffer. Slices share the
 * underlying memory, so writes through any view reach the original.
 *
 * Invariant: the view holds a reference to the exporting object (obj) so
 * the buffer stays alive; item i lives at buf + i * stride.
 */
#include <string.h>

#include "mem.h"
#include "obj_list.h"
#include "obj_slice.h"
#include "obj_type.h"
#include "obj_str.h"
#include "runtime.h"

typedef struct obj_memoryview {
    obj_base_t base;
    obj_t obj;           /* the exporter */
    uint8_t *buf;        /* first item */
    size_t len;          /* number of items */
    intptr_t stride;     /* bytes from one item to the next (itemsize when contiguous) */
    char typecode;
    uint8_t itemsize;
    bool readonly;
    bool released;
} obj_memoryview_t;

static size_t item_size(char tc)
{
    switch (tc) {
    case 'b': case 'B': case 'c': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return sizeof(long);
    case 'q': case 'Q': case 'd': return 8;
    default: return 0;
    }
}

static obj_memoryview_t *check(obj_t self)
{
    obj_memoryview_t *m = self;
    if (m->released)
        raise_msg(&type_ValueError, "operation forbidden on released memoryview object");
    return m;
}

static obj_t memoryview_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    if (n_args != 1 || n_kw)
        raise_msg(&type_TypeError, "memoryview() takes exactly one argument");
    obj_t o = args[0];
    if (obj_is_type(o, &type_memoryview)) {
        obj_memoryview_t *src = check(o), *m = mem_alloc(sizeof(obj_memoryview_t));
        *m = *src;
        return m;
    }
    const type_t *t = obj_get_type(o);
    buffer_info_t bi;
    bool writable = true;
    if (!t->buffer || t->buffer(o, &bi, BUFFER_WRITE) != 0) {
        writable = false;
        if (!t->buffer || t->buffer(o, &bi, BUFFER_READ) != 0)
            raise_fmt(&type_TypeError, "memoryview: a bytes-like object is required, not '%s'", obj_type_name(o));
    }
    obj_memoryview_t *m = mem_alloc(sizeof(obj_memoryview_t));
    m->base.type = &type_memoryview;
    m->obj = o;
    /* an exported bytearray may not change size while the view exists;
       release() lifts that (there is no per-view export count) */
    if (obj_is_type(o, &type_bytearray))
        ((obj_bytearray_t *)o)->fixed = true;
    m->buf = bi.buf;
    m->typecode = bi.typecode ? bi.typecode : 'B';
    m->itemsize = (uint8_t)(item_size(m->typecode) ? item_size(m->typecode) : 1);
    m->len = bi.len / m->itemsize;
    m->stride = m->itemsize;
    m->readonly = !writable;
    return m;
}

static obj_t get_item(const obj_memoryview_t *m, size_t i)
{
    const uint8_t *p = m->buf + (intptr_t)i * m->stride;
    switch (m->typecode) {
    case 'b': return obj_new_small_int((int8_t)p[0]);
    case 'h': { int16_t v; memcpy(&v, p, 2); return obj_new_small_int(v); }
    case 'H': { uint16_t v; memcpy(&v, p, 2); return obj_new_small_int(v); }
    case 'i': { int32_t v; memcpy(&v, p, 4); return obj_new_int(v); }
    case 'I': { uint32_t v; memcpy(&v, p, 4); return obj_new_int_from_uint(v); }
    case 'l': { long v; memcpy(&v, p, sizeof(v)); return obj_new_int_from_ll(v); }
    case 'L': { unsigned long v; memcpy(&v, p, sizeof(v)); return obj_new_int_from_ull(v); }
    case 'q': { int64_t v; memcpy(&v, p, 8); return obj_new_int_from_ll(v); }
    case 'Q': { uint64_t v; memcpy(&v, p, 8); return obj_new_int_from_ull(v); }
    case 'f': { float v; memcpy(&v, p, 4); return obj_new_float(v); }
    case 'd': { double v; memcpy(&v, p, 8); return obj_new_float(v); }
    default: return obj_new_small_int(p[0]);
    }
}

static void set_item(obj_memoryview_t *m, size_t i, obj_t v)
{
    uint8_t *p = m->buf + (intptr_t)i * m->stride;
    if (m->typecode == 'f' || m->typecode == 'd') {
        double d = obj_get_float(v);
        if (m->typecode == 'f') {
            float f = (float)d;
            memcpy(p, &f, 4);
        } else {
            memcpy(p, &d, 8);
        }
        return;
    }
    if (!obj_is_int(v))
        raise_fmt(&type_TypeError, "memoryview: invalid type for format '%c'", m->typecode);
    intptr_t x = obj_get_int(v);
    if (m->typecode == 'B' && (x < 0 || x > 255))
        raise_fmt(&type_ValueError, "memoryview: invalid value for format '%c'", m->typecode);
    memcpy(p, &x, m->itemsize); /* little-endian hosts and targets */
}

static bool contiguous(const obj_memoryview_t *m)
{
    return m->stride == m->itemsize;
}

/* Copies the viewed bytes (gathering a strided view) into out. */
static void gather(const obj_memoryview_t *m, uint8_t *out)
{
    if (contiguous(m)) {
        if (m->len)
            memcpy(out, m->buf, m->len * m->itemsize);
        return;
    }
    for (size_t i = 0; i < m->len; i++)
        memcpy(out + i * m->itemsize, m->buf + (intptr_t)i * m->stride, m->itemsize);
}

static obj_t memoryview_subscr(obj_t self, obj_t index, obj_t value)
{
    obj_memoryview_t *m = check(self);
    size_t n = m->len;
    if (obj_is_type(index, &type_slice)) {
        intptr_t start, stop, step;
        slice_indices(index, n, &start, &stop, &step);
        size_t cnt = slice_length(start, stop, step);
        if (value == OBJ_SENTINEL) {
            obj_memoryview_t *v = mem_alloc(sizeof(obj_memoryview_t));
            *v = *m;
            v->buf = m->buf + start * m->stride;
            v->len = cnt;
            v->stride = m->stride * step;
            return v;
        }
        if (value == OBJ_NULL)
            raise_msg(&type_TypeError, "cannot delete memory");
        if (m->readonly)
            raise_msg(&type_TypeError, "cannot modify read-only memory");
        buffer_info_t bi;
        const type_t *vt = obj_get_type(value);
        if (!vt->buffer || vt->buffer(value, &bi, BUFFER_READ) != 0)
            raise_fmt(&type_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(value));
        if (bi.len != cnt * m->itemsize)
            raise_msg(&type_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        /* the source may overlap the destination: copy it first */
        uint8_t small[64];
        uint8_t *src = bi.len <= sizeof(small) ? small : mem_alloc_noscan(bi.len);
        if (bi.len)
            memcpy(src, bi.buf, bi.len);
        for (size_t k = 0; k < cnt; k++)
            memcpy(m->buf + (start + (intptr_t)k * step) * m->stride, src + k * m->itemsize, m->itemsize);
        return OBJ_NONE;
    }
    size_t i = obj_get_index(&type_memoryview, n, index, false);
    if (value == OBJ_SENTINEL)
        return get_item(m, i);
    if (value == OBJ_NULL)
        raise_msg(&type_TypeError, "cannot delete memory");
    if (m->readonly)
        raise_msg(&type_TypeError, "cannot modify read-only memory");
    set_item(m, i, value);
    return OBJ_NONE;
}

static obj_t memoryview_unary_op(unary_op_t op, obj_t self)
{
    obj_memoryview_t *m = self;
    switch (op) {
    case UOP_LEN:
        return obj_new_int((intptr_t)check(self)->len);
    case UOP_BOOL:
        return obj_new_bool(m->released || m->len != 0);
    case UOP_HASH: {
        if (!m->readonly)
            raise_msg(&type_ValueError, "cannot hash writable memoryview object");
        size_t nb = m->len * m->itemsize;
        uint8_t *tmp = mem_alloc_noscan(nb + 1);
        gather(m, tmp);
        return obj_new_int((intptr_t)qstr_compute_hash((const char *)tmp, nb));
    }
    default:
        return OBJ_NULL;
    }
}

static obj_t memoryview_tobytes(obj_t self);

static obj_t memoryview_binary_op(binary_op_t op, obj_t lhs, obj_t rhs)
{
    if (op != BOP_EQ && op != BOP_NE)
        return OBJ_NULL;
    obj_memoryview_t *m = lhs;
    if (m->released)
        return obj_new_bool((lhs == rhs) == (op == BOP_EQ));
    buffer_info_t bi;
    const type_t *t = obj_get_type(rhs);
    obj_t other = rhs;
    if (obj_is_type(rhs, &type_memoryview) && !contiguous(rhs))
        other = memoryview_tobytes(rhs);
    t = obj_get_type(other);
    if (!t->buffer || t->buffer(other, &bi, BUFFER_READ) != 0)
        return OBJ_NULL;
    size_t nb = m->len * m->itemsize;
    uint8_t *tmp = mem_alloc_noscan(nb + 1);
    gather(m, tmp);
    bool eq = bi.len == nb && (nb == 0 || memcmp(bi.buf, tmp, nb) == 0);
    return obj_new_bool(op == BOP_EQ ? eq : !eq);
}

static int memoryview_buffer(obj_t self, buffer_info_t *info, unsigned flags)
{
    obj_memoryview_t *m = self;
    if (m->released || ((flags & BUFFER_WRITE) && m->readonly))
        return -1;
    if (!contiguous(m)) {
        /* readers get a gathered copy; writers need real contiguous memory */
        if (flags & BUFFER_WRITE)
            raise_msg(&type_BufferError, "memoryview: underlying buffer is not C-contiguous");
        size_t nb = m->len * m->itemsize;
        uint8_t *copy = mem_alloc_noscan(nb + 1);
        gather(m, copy);
        info->buf = copy;
        info->len = nb;
        info->typecode = m->typecode;
        return 0;
    }
    info->buf = m->buf;
    info->len = m->len * m->itemsize;
    info->typecode = m->typecode;
    return 0;
}

static obj_t memoryview_tobytes(obj_t self)
{
    obj_memoryview_t *m = check(self);
    size_t nb = m->len * m->itemsize;
    char *out = mem_alloc_noscan(nb + 1);
    gather(m, (uint8_t *)out);
    out[nb] = '\0';
    return bytes_new_owned(out, nb);
}
static BUILTIN_FUN_1(memoryview_tobytes_obj, Q_tobytes, memoryview_tobytes);

static obj_t memoryview_tolist(obj_t self)
{
    obj_memoryview_t *m = check(self);
    size_t n = m->len;
    obj_t l = obj_new_list(n, NULL);
    for (size_t i = 0; i < n; i++)
        ((obj_list_t *)l)->items[i] = get_item(m, i);
    return l;
}
static BUILTIN_FUN_1(memoryview_tolist_obj, Q_tolist, memoryview_tolist);

static obj_t memoryview_hex(obj_t self)
{
    obj_t b = memoryview_tobytes(self);
    obj_t dest[2];
    load_method(b, Q_hex, dest);
    return call_method(0, 0, dest);
}
static BUILTIN_FUN_1(memoryview_hex_obj, Q_hex, memoryview_hex);

static obj_t memoryview_release(obj_t self)
{
    obj_memoryview_t *m = self;
    if (!m->released && obj_is_type(m->obj, &type_bytearray))
        ((obj_bytearray_t *)m->obj)->fixed = false;
    m->released = true;
    return OBJ_NONE;
}
static BUILTIN_FUN_1(memoryview_release_obj, Q_release, memoryview_release);

static obj_t memoryview_cast(obj_t self, obj_t fmt)
{
    obj_memoryview_t *m = check(self);
    size_t len;
    const char *f = str_get_data(fmt, &len);
    if (len != 1 || item_size(f[0]) == 0)
        raise_msg(&type_ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'");
    size_t isz = item_size(f[0]);
    if (!contiguous(m))
        raise_msg(&type_TypeError, "memoryview: casts are restricted to C-contiguous views");
    size_t nb = m->len * m->itemsize;
    if (nb % isz)
        raise_msg(&type_TypeError, "memoryview: length is not a multiple of itemsize");
    obj_memoryview_t *v = mem_alloc(sizeof(obj_memoryview_t));
    *v = *m;
    v->typecode = f[0];
    v->itemsize = (uint8_t)isz;
    v->stride = (intptr_t)isz;
    v->len = nb / isz;
    return v;
}
static BUILTIN_FUN_2(memoryview_cast_obj, Q_cast, memoryview_cast);

static obj_t memoryview_enter(obj_t self)
{
    return self;
}
static BUILTIN_FUN_1(memoryview_enter_obj, Q___enter__, memoryview_enter);

static obj_t memoryview_exit(size_t n, const obj_t *args)
{
    (void)n;
    return memoryview_release(args[0]);
}
static BUILTIN_FUN_VAR(memoryview_exit_obj, Q___exit__, 1, 4, memoryview_exit);

static void memoryview_attr(obj_t self, qstr attr, obj_t *dest)
{
    obj_memoryview_t *m = self;
    if (dest[0] != OBJ_NULL)
        return;
    switch (attr) {
    case Q_readonly:
        dest[0] = obj_new_bool(m->readonly);
        break;
    case Q_nbytes:
        dest[0] = obj_new_int((intptr_t)(check(self)->len * m->itemsize));
        break;
    case Q_itemsize:
        dest[0] = obj_new_small_int(m->itemsize);
        break;
    case Q_format: {
        char c = m->typecode;
        dest[0] = str_new(&c, 1);
        break;
    }
    case Q_obj:
        dest[0] = check(self)->obj;
        break;
    case Q_ndim:
        dest[0] = obj_new_small_int(1);
        break;
    case Q_released:
        dest[0] = obj_new_bool(m->released);
        break;
    default:
        break;
    }
}

static void memoryview_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    obj_memoryview_t *m = o;
    print_fmt(p, m->released ? "<released memory at 0x%x>" : "<memory at 0x%x>", (unsigned)(uintptr_t)o);
}

typedef struct mv_iter {
    obj_base_t base;
    obj_memoryview_t *m;
    size_t i;
} mv_iter_t;

static obj_t mv_iter_next(obj_t self)
{
    mv_iter_t *it = self;
    if (it->i >= it->m->len)
        return OBJ_STOP_ITERATION;
    return get_item(it->m, it->i++);
}

static const type_t type_memoryview_iter = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .name = Q_memory_iterator,
    .getiter = obj_getiter_self,
    .iternext = mv_iter_next,
};

static obj_t memoryview_getiter(obj_t self, iter_buf_t *buf)
{
    (void)buf;
    mv_iter_t *it = mem_alloc(sizeof(mv_iter_t));
    it->base.type = &type_memoryview_iter;
    it->m = check(self);
    return it;
}

static const map_elem_t memoryview_locals_table[] = {
    {ROM_QSTR(Q_tobytes), ROM_PTR(&memoryview_tobytes_obj)},
    {ROM_QSTR(Q_tolist), ROM_PTR(&memoryview_tolist_obj)},
    {ROM_QSTR(Q_hex), ROM_PTR(&memoryview_hex_obj)},
    {ROM_QSTR(Q_release), ROM_PTR(&memoryview_release_obj)},
    {ROM_QSTR(Q_cast), ROM_PTR(&memoryview_cast_obj)},
    {ROM_QSTR(Q___enter__), ROM_PTR(&memoryview_enter_obj)},
    {ROM_QSTR(Q___exit__), ROM_PTR(&memoryview_exit_obj)},
};
static MAP_ROM(memoryview_locals, memoryview_locals_table);

const type_t type_memoryview = {
    .base = {&type_type},
    .name = Q_memoryview,
    .make_new = memoryview_make_new,
    .print = memoryview_print,
    .unary_op = memoryview_unary_op,
    .binary_op = memoryview_binary_op,
    .subscr = memoryview_subscr,
    .getiter = memoryview_getiter,
    .buffer = memoryview_buffer,
    .attr = memoryview_attr,
    .locals = &memoryview_locals,
};
