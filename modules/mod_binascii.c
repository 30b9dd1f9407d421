/*
 * The binascii module: hex and base64 conversions, CRC-32 and CRC-CCITT.
 *
 * binascii.Error (a ValueError) and binascii.Incomplete are heap classes
 * made at import (see mod_util.h). The a2b_* functions take bytes-like
 * objects or ASCII-only str; the b2a_* functions bytes-like objects only.
 */
#include <string.h>

#include "map.h"
#include "mem.h"
#include "mod_util.h"
#include "mpz.h"
#include "obj_int.h"
#include "obj_str.h"
#include "runtime.h"

static _Noreturn void binascii_error(const char *msg, ...)
{
    va_list ap;
    va_start(ap, msg);
    mod_util_vraise(Q_binascii, Q_Error, &type_ValueError, msg, ap);
}

/* Input of the a2b functions: any buffer, or a str of ASCII only. */
static const uint8_t *ascii_input(obj_t o, size_t *len)
{
    if (str_check(o)) {
        const char *s = str_get_data(str_unwrap(o), len);
        for (size_t i = 0; i < *len; i++)
            if ((uint8_t)s[i] >= 0x80)
                raise_msg(&type_ValueError, "string argument should contain only ASCII characters");
        return (const uint8_t *)s;
    }
    buffer_info_t bi;
    if (!bytes_get_buffer(o, &bi))
        raise_fmt(&type_TypeError, "argument should be bytes, buffer or ASCII string, not '%s'", obj_type_name(o));
    *len = bi.len;
    return bi.buf;
}

static const uint8_t *bytes_input(obj_t o, size_t *len)
{
    buffer_info_t bi;
    mod_util_get_buffer(o, &bi);
    *len = bi.len;
    return bi.buf;
}

static obj_t new_bytes(size_t n, uint8_t **out)
{
    char *buf = mem_alloc_noscan(n + 1);
    buf[n] = '\0';
    *out = (uint8_t *)buf;
    return bytes_new_owned(buf, n);
}

/* ---- hex ---- */

static const char hex_digits[] = "0123456789abcdef";

static obj_t binascii_hexlify(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {
        {Q_data, ARG_REQUIRED, OBJ_NULL},
        {Q_sep, 0, OBJ_NULL},
        {Q_bytes_per_sep, 0, OBJ_NULL},
    };
    obj_t v[3];
    arg_parse("hexlify", n, args, kw, 3, spec, v);
    size_t len;
    const uint8_t *d = bytes_input(v[0], &len);
    char sep = 0;
    intptr_t group = 0;
    if (v[1] != OBJ_NULL) {
        size_t slen = obj_len(v[1]);
        buffer_info_t bi;
        const char *s;
        if (str_check(v[1]))
            s = str_get_data(str_unwrap(v[1]), &slen);
        else if (bytes_get_buffer(v[1], &bi))
            s = bi.buf, slen = bi.len;
        else
            raise_fmt(&type_TypeError, "sep must be str or bytes.");
        if (slen != 1)
            raise_msg(&type_ValueError, "sep must be length 1.");
        sep = s[0];
        group = v[2] ? obj_get_int(mod_util_index(v[2])) : 1;
    } else if (v[2]) {
        mod_util_index(v[2]);
    }
    size_t per = group < 0 ? (size_t)-group : (size_t)group;
    size_t n_seps = (per && len) ? (len - 1) / per : 0;
    uint8_t *out;
    obj_t r = new_bytes(2 * len + n_seps, &out);
    /* groups count from the right for a positive bytes_per_sep */
    for (size_t i = 0, k = 0; i < len; i++) {
        if (per && i && (group > 0 ? (len - i) % per : i % per) == 0)
            out[k++] = (uint8_t)sep;
        out[k++] = (uint8_t)hex_digits[d[i] >> 4];
        out[k++] = (uint8_t)hex_digits[d[i] & 15];
    }
    return r;
}
static BUILTIN_FUN_KW(binascii_hexlify_obj, Q_hexlify, 1, binascii_hexlify);

static int hex_value(uint8_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

static obj_t binascii_unhexlify(obj_t data)
{
    size_t len;
    const uint8_t *d = ascii_input(data, &len);
    if (len % 2)
        binascii_error("Odd-length string");
    uint8_t *out;
    obj_t r = new_bytes(len / 2, &out);
    for (size_t i = 0; i < len; i += 2) {
        int hi = hex_value(d[i]), lo = hex_value(d[i + 1]);
        if (hi < 0 || lo < 0)
            binascii_error("Non-hexadecimal digit found");
        out[i / 2] = (uint8_t)(hi << 4 | lo);
    }
    return r;
}
static BUILTIN_FUN_1(binascii_unhexlify_obj, Q_unhexlify, binascii_unhexlify);

/* ---- base64 ---- */

static const char b64_chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64_value(uint8_t c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

/* Non-strict decoding skips characters outside the alphabet and stops at
 * the padding that completes a quad; strict mode rejects both and any
 * misplaced padding. */
static obj_t binascii_a2b_base64(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {
        {Q_data, ARG_REQUIRED, OBJ_NULL},
        {Q_strict_mode, ARG_KW_ONLY, OBJ_FALSE},
    };
    obj_t v[2];
    arg_parse("a2b_base64", n, args, kw, 2, spec, v);
    size_t len;
    const uint8_t *d = ascii_input(v[0], &len);
    bool strict = obj_is_true(v[1]);
    uint8_t *out = mem_alloc_noscan(len / 4 * 3 + 3);
    size_t k = 0;
    unsigned quad = 0, pads = 0, acc = 0;
    bool padding = false;
    if (strict && len && d[0] == '=')
        binascii_error("Leading padding not allowed");
    for (size_t i = 0; i < len; i++) {
        if (d[i] == '=') {
            padding = true;
            if (quad >= 2 && quad + ++pads >= 4) {
                if (strict && i + 1 < len)
                    binascii_error("Excess data after padding");
                /* the padding ends a short quad: 2 chars give 1 byte, 3 give 2 */
                if (quad == 2) {
                    out[k++] = (uint8_t)(acc >> 4);
                } else {
                    out[k++] = (uint8_t)(acc >> 10);
                    out[k++] = (uint8_t)(acc >> 2);
                }
                quad = 0;
                break;
            }
            continue;
        }
        int c = b64_value(d[i]);
        if (c < 0) {
            if (strict)
                binascii_error("Only base64 data is allowed");
            continue;
        }
        if (strict && padding)
            binascii_error("Discontinuous padding not allowed");
        pads = 0;
        acc = acc << 6 | (unsigned)c;
        if (++quad == 4) {
            out[k++] = (uint8_t)(acc >> 16);
            out[k++] = (uint8_t)(acc >> 8);
            out[k++] = (uint8_t)acc;
            quad = 0;
            acc = 0;
        }
    }
    if (quad == 1)
        binascii_error("Invalid base64-encoded string: number of data characters (%S) cannot be 1 more than a "
                       "multiple of 4",
                       obj_new_int((intptr_t)(k / 3 * 4 + 1)));
    if (quad != 0)
        binascii_error("Incorrect padding");
    return obj_new_bytes(out, k);
}
static BUILTIN_FUN_KW(binascii_a2b_base64_obj, Q_a2b_base64, 1, binascii_a2b_base64);

static obj_t binascii_b2a_base64(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {
        {Q_data, ARG_REQUIRED, OBJ_NULL},
        {Q_newline, ARG_KW_ONLY, OBJ_TRUE},
    };
    if (n > 1)
        raise_fmt(&type_TypeError, "b2a_base64() takes exactly 1 positional argument (%u given)", (unsigned)n);
    obj_t v[2];
    arg_parse("b2a_base64", n, args, kw, 2, spec, v);
    size_t len;
    const uint8_t *d = bytes_input(v[0], &len);
    bool nl = obj_is_true(v[1]);
    uint8_t *out;
    obj_t r = new_bytes((len + 2) / 3 * 4 + nl, &out);
    size_t k = 0;
    for (size_t i = 0; i < len; i += 3) {
        uint32_t acc = (uint32_t)d[i] << 16;
        if (i + 1 < len)
            acc |= (uint32_t)d[i + 1] << 8;
        if (i + 2 < len)
            acc |= d[i + 2];
        out[k++] = (uint8_t)b64_chars[acc >> 18];
        out[k++] = (uint8_t)b64_chars[(acc >> 12) & 63];
        out[k++] = i + 1 < len ? (uint8_t)b64_chars[(acc >> 6) & 63] : '=';
        out[k++] = i + 2 < len ? (uint8_t)b64_chars[acc & 63] : '=';
    }
    if (nl)
        out[k] = '\n';
    return r;
}
static BUILTIN_FUN_KW(binascii_b2a_base64_obj, Q_b2a_base64, 1, binascii_b2a_base64);

/* ---- CRCs ---- */

/* The start value as its low bits (CPython masks any int). */
static uint32_t crc_start(size_t n, const obj_t *args, uint32_t mask)
{
    if (n < 2)
        return 0;
    obj_t i = mod_util_index(args[1]);
    mpz_t z, m;
    int_to_mpz(i, &z);
    mpz_init_from_uint(&m, mask);
    mpz_and(&z, &z, &m);
    uintmax_t u = 0;
    mpz_as_uintmax(&z, &u);
    mpz_free(&z);
    mpz_free(&m);
    return (uint32_t)u;
}

/* CRC-32 (reflected polynomial 0xEDB88320), a nibble at a time. */
static const uint32_t crc32_nibble[16] = {
    0x00000000, 0x1db71064, 0x3b6e20c8, 0x26d930ac, 0x76dc4190, 0x6b6b51f4, 0x4db26158, 0x5005713c,
    0xedb88320, 0xf00f9344, 0xd6d6a3e8, 0xcb61b38c, 0x9b64c2b0, 0x86d3d2d4, 0xa00ae278, 0xbdbdf21c,
};

static obj_t binascii_crc32(size_t n, const obj_t *args)
{
    size_t len;
    const uint8_t *d = bytes_input(args[0], &len);
    uint32_t c = ~crc_start(n, args, 0xffffffffu);
    for (size_t i = 0; i < len; i++) {
        c = crc32_nibble[(c ^ d[i]) & 15] ^ (c >> 4);
        c = crc32_nibble[(c ^ (d[i] >> 4)) & 15] ^ (c >> 4);
    }
    return obj_new_int_from_ll((long long)(uint32_t)~c);
}
static BUILTIN_FUN_VAR(binascii_crc32_obj, Q_crc32, 1, 2, binascii_crc32);

/* CRC-CCITT (polynomial 0x1021, MSB first) as binascii.crc_hqx. */
static obj_t binascii_crc_hqx(obj_t data, obj_t value)
{
    obj_t a[2] = {data, value};
    size_t len;
    const uint8_t *d = bytes_input(data, &len);
    uint32_t c = crc_start(2, a, 0xffff);
    for (size_t i = 0; i < len; i++) {
        c ^= (uint32_t)d[i] << 8;
        for (int b = 0; b < 8; b++)
            c = (c & 0x8000) ? (c << 1) ^ 0x1021 : c << 1;
        c &= 0xffff;
    }
    return obj_new_int((intptr_t)c);
}
static BUILTIN_FUN_2(binascii_crc_hqx_obj, Q_crc_hqx, binascii_crc_hqx);

/* ---- the module ---- */

static obj_t binascii_init(obj_t mod)
{
    map_t *g = &module_globals(mod)->map;
    map_store_qstr(g, Q_Error, mod_util_new_exc_class(Q_binascii, Q_Error, &type_ValueError));
    map_store_qstr(g, Q_Incomplete, mod_util_new_exc_class(Q_binascii, Q_Incomplete, &type_Exception));
    map_lookup(g, obj_new_qstr(Q___init__), MAP_REMOVE);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(binascii_init_obj, Q___init__, binascii_init);

static const map_elem_t binascii_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_binascii)},
    {ROM_QSTR(Q___init__), ROM_PTR(&binascii_init_obj)},
    {ROM_QSTR(Q_hexlify), ROM_PTR(&binascii_hexlify_obj)},
    {ROM_QSTR(Q_b2a_hex), ROM_PTR(&binascii_hexlify_obj)},
    {ROM_QSTR(Q_unhexlify), ROM_PTR(&binascii_unhexlify_obj)},
    {ROM_QSTR(Q_a2b_hex), ROM_PTR(&binascii_unhexlify_obj)},
    {ROM_QSTR(Q_a2b_base64), ROM_PTR(&binascii_a2b_base64_obj)},
    {ROM_QSTR(Q_b2a_base64), ROM_PTR(&binascii_b2a_base64_obj)},
    {ROM_QSTR(Q_crc32), ROM_PTR(&binascii_crc32_obj)},
    {ROM_QSTR(Q_crc_hqx), ROM_PTR(&binascii_crc_hqx_obj)},
};
static DICT_ROM(binascii_globals, binascii_globals_table);
const obj_module_t binascii_module = {{&type_module}, &binascii_globals};
MODULE_REGISTER(Q_binascii, binascii_module);
