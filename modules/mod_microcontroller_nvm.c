/*
 * microcontroller.nvm: a nvm.ByteArray over the board's non-volatile
 * memory (the HAL's nvm_read/nvm_write; a file on hosts). Supports len(),
 * [i] and [a:b] for reading and writing; slices with a step other than 1
 * raise NotImplementedError, as on CircuitPython. None when the board
 * has no NVM (nvm_size 0).
 */
#include "hw.h"
#include "obj_slice.h"
#include "obj_str.h"
#include "runtime.h"

obj_t mod_microcontroller_nvm(void);

static size_t nvm_size(void)
{
    return hw_system()->board->nvm_size;
}

static const hal_sys_dev_t *nvm_dev(void)
{
    return &hw_system()->sys;
}

static void nvm_read(size_t off, uint8_t *buf, size_t len)
{
    const hal_sys_dev_t *sd = nvm_dev();
    hw_check(HAL_SYS_CALL(sd, nvm_read, off, buf, len), "nvm");
}

static void nvm_write(size_t off, const uint8_t *buf, size_t len)
{
    const hal_sys_dev_t *sd = nvm_dev();
    if (HAL_SYS_CALL(sd, nvm_write, off, buf, len) < 0)
        raise_msg(&type_RuntimeError, "Unable to write to nvm.");
}

/* bytes-like value for a slice store of len bytes. */
static const uint8_t *slice_source(obj_t value, size_t len)
{
    const type_t *t = obj_get_type(value);
    buffer_info_t bi;
    if (!t->buffer || t->buffer(value, &bi, BUFFER_READ) != 0)
        raise_msg(&type_NotImplementedError, "array/bytes required on right side");
    if (bi.typecode != 'B' && bi.typecode != 'b' && bi.typecode != 'c')
        raise_msg(&type_ValueError, "Array values should be single bytes.");
    if (bi.len != len)
        raise_msg(&type_ValueError, "Slice and value different lengths.");
    return bi.buf;
}

static obj_t nvm_slice(obj_t index, obj_t value)
{
    intptr_t start, stop, step;
    slice_indices(index, nvm_size(), &start, &stop, &step);
    if (step != 1)
        raise_msg(&type_NotImplementedError, "only slices with step=1 (aka None) are supported");
    size_t len = stop > start ? (size_t)(stop - start) : 0;
    if (value != OBJ_SENTINEL) {
        const uint8_t *src = slice_source(value, len);
        nvm_write((size_t)start, src, len);
        return OBJ_NONE;
    }
    obj_bytearray_t *ba = obj_new_bytearray(NULL, len);
    nvm_read((size_t)start, ba->items, len);
    return ba;
}

static obj_t nvm_subscr(obj_t self, obj_t index, obj_t value)
{
    if (value == OBJ_NULL)
        return OBJ_NULL; /* no deletion */
    if (obj_is_type(index, &type_slice))
        return nvm_slice(index, value);
    size_t i = obj_get_index(obj_get_type(self), nvm_size(), index, false);
    uint8_t byte;
    if (value == OBJ_SENTINEL) {
        nvm_read(i, &byte, 1);
        return obj_new_small_int(byte);
    }
    intptr_t v = obj_get_int(value);
    if (v < 0 || v > 0xff)
        raise_msg(&type_ValueError, "Bytes must be between 0 and 255.");
    byte = (uint8_t)v;
    nvm_write(i, &byte, 1);
    return OBJ_NONE;
}

static obj_t nvm_unary_op(unary_op_t op, obj_t self)
{
    (void)self;
    switch (op) {
    case UOP_LEN:
        return obj_new_small_int((intptr_t)nvm_size());
    case UOP_BOOL:
        return obj_new_bool(nvm_size() != 0);
    case UOP_HASH:
        return obj_new_small_int((intptr_t)((uintptr_t)self >> 4));
    default:
        return OBJ_NULL;
    }
}

static void nvm_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)o;
    (void)kind;
    print_str(p, "<ByteArray>");
}

static const type_t nvm_bytearray_type = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_ByteArray,
    .print = nvm_print,
    .unary_op = nvm_unary_op,
    .subscr = nvm_subscr,
};
static const obj_base_t nvm_obj = {&nvm_bytearray_type};

obj_t mod_microcontroller_nvm(void)
{
    return nvm_size() ? (obj_t)&nvm_obj : OBJ_NONE;
}
