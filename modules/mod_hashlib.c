/*
 * hashlib: md5, sha1, sha224 and sha256 hash objects over digest.c, with
 * CPython's interface (update/digest/hexdigest/copy, name, digest_size,
 * block_size, new(name, data)).
 */
#include <string.h>

#include "digest.h"
#include "mem.h"
#include "obj_str.h"
#include "runtime.h"

typedef struct obj_hash {
    obj_base_t base;
    digest_ctx_t ctx;
} obj_hash_t;

extern const type_t type_HASH;

static obj_hash_t *hash_self(obj_t self)
{
    if (!obj_is_type(self, &type_HASH))
        raise_fmt(&type_TypeError, "descriptor requires a '_hashlib.HASH' object but received a '%T'", self);
    return self;
}

static void hash_feed(obj_hash_t *h, obj_t data)
{
    if (str_check(data))
        raise_msg(&type_TypeError, "Strings must be encoded before hashing");
    buffer_info_t bi;
    if (!bytes_get_buffer(data, &bi))
        raise_fmt(&type_TypeError, "object supporting the buffer API required");
    digest_update(&h->ctx, bi.buf, bi.len);
}

static obj_t hash_new(int kind, obj_t data)
{
    obj_hash_t *h = mem_alloc(sizeof(obj_hash_t));
    h->base.type = &type_HASH;
    digest_init(&h->ctx, kind);
    if (data != OBJ_NULL && data != OBJ_NONE)
        hash_feed(h, data);
    return h;
}

/* Constructors take (string=b'', *, usedforsecurity=True), CPython 3.11's
   names. */
static obj_t ctor(const char *name, int kind, size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {
        {Q_string, 0, OBJ_NULL},
        {Q_usedforsecurity, ARG_KW_ONLY, OBJ_TRUE},
    };
    obj_t a[2];
    arg_parse(name, n, args, kw, 2, spec, a);
    return hash_new(kind, a[0]);
}

#define CTOR(nm, kind) \
    static obj_t hashlib_##nm(size_t n, const obj_t *args, map_t *kw) \
    { \
        return ctor(#nm, kind, n, args, kw); \
    } \
    static BUILTIN_FUN_KW(hashlib_##nm##_obj, Q_##nm, 0, hashlib_##nm);

CTOR(md5, DIGEST_MD5)
CTOR(sha1, DIGEST_SHA1)
CTOR(sha224, DIGEST_SHA224)
CTOR(sha256, DIGEST_SHA256)

static obj_t hashlib_new(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {
        {Q_name, ARG_REQUIRED, OBJ_NULL},
        {Q_data, 0, OBJ_NULL},
        {Q_usedforsecurity, ARG_KW_ONLY, OBJ_TRUE},
    };
    obj_t a[3];
    arg_parse("new", n, args, kw, 3, spec, a);
    if (!obj_is_str(a[0]))
        raise_fmt(&type_TypeError, "new() argument 'name' must be str, not %s", obj_type_name(a[0]));
    size_t len;
    const char *s = str_get_data(a[0], &len);
    for (int k = 0; k < DIGEST_COUNT; k++) {
        const char *nm = digest_name(k);
        if (strlen(nm) != len)
            continue;
        bool same = true;
        for (size_t i = 0; i < len; i++) {
            char c = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] + 32) : s[i];
            same &= c == nm[i];
        }
        if (same)
            return hash_new(k, a[1]);
    }
    raise_fmt(&type_ValueError, "unsupported hash type %S", a[0]);
}
static BUILTIN_FUN_KW(hashlib_new_obj, Q_new, 1, hashlib_new);

/* ---- hash object ---- */

static obj_t hash_update(obj_t self, obj_t data)
{
    hash_feed(hash_self(self), data);
    return OBJ_NONE;
}
static BUILTIN_FUN_2(hash_update_obj, Q_update, hash_update);

static obj_t hash_digest(obj_t self)
{
    obj_hash_t *h = hash_self(self);
    uint8_t out[DIGEST_MAX_SIZE];
    digest_final(&h->ctx, out);
    return obj_new_bytes(out, digest_size(h->ctx.kind));
}
static BUILTIN_FUN_1(hash_digest_obj, Q_digest, hash_digest);

static obj_t hash_hexdigest(obj_t self)
{
    obj_hash_t *h = hash_self(self);
    uint8_t out[DIGEST_MAX_SIZE];
    char hex[2 * DIGEST_MAX_SIZE];
    digest_final(&h->ctx, out);
    size_t n = digest_size(h->ctx.kind);
    for (size_t i = 0; i < n; i++) {
        hex[2 * i] = "0123456789abcdef"[out[i] >> 4];
        hex[2 * i + 1] = "0123456789abcdef"[out[i] & 15];
    }
    return str_new(hex, 2 * n);
}
static BUILTIN_FUN_1(hash_hexdigest_obj, Q_hexdigest, hash_hexdigest);

static obj_t hash_copy(obj_t self)
{
    obj_hash_t *h = hash_self(self);
    obj_hash_t *c = mem_alloc(sizeof(obj_hash_t));
    *c = *h;
    return c;
}
static BUILTIN_FUN_1(hash_copy_obj, Q_copy, hash_copy);

static void hash_attr(obj_t self, qstr attr, obj_t *dest)
{
    obj_hash_t *h = self;
    if (dest[0] != OBJ_NULL)
        return;
    if (attr == Q_name)
        dest[0] = obj_new_qstr(qstr_from_str(digest_name(h->ctx.kind)));
    else if (attr == Q_digest_size)
        dest[0] = obj_new_small_int((intptr_t)digest_size(h->ctx.kind));
    else if (attr == Q_block_size)
        dest[0] = obj_new_small_int(DIGEST_BLOCK_SIZE);
}

static const map_elem_t hash_locals_table[] = {
    {ROM_QSTR(Q_update), ROM_PTR(&hash_update_obj)},
    {ROM_QSTR(Q_digest), ROM_PTR(&hash_digest_obj)},
    {ROM_QSTR(Q_hexdigest), ROM_PTR(&hash_hexdigest_obj)},
    {ROM_QSTR(Q_copy), ROM_PTR(&hash_copy_obj)},
};
static MAP_ROM(hash_locals, hash_locals_table);

const type_t type_HASH = {
    .base = {&type_type},
    .name = Q_HASH,
    .attr = hash_attr,
    .locals = &hash_locals,
};

static obj_t hashlib_init(obj_t mod)
{
    obj_dict_t *g = module_globals(mod);
    obj_t names[DIGEST_COUNT];
    for (int k = 0; k < DIGEST_COUNT; k++)
        names[k] = obj_new_qstr(qstr_from_str(digest_name(k)));
    map_store_qstr(&g->map, Q_algorithms_available, obj_new_set(DIGEST_COUNT, names));
    map_store_qstr(&g->map, Q_algorithms_guaranteed, obj_new_set(DIGEST_COUNT, names));
    map_lookup(&g->map, obj_new_qstr(Q___init__), MAP_REMOVE);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(hashlib_init_obj, Q___init__, hashlib_init);

static const map_elem_t hashlib_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_hashlib)},
    {ROM_QSTR(Q___init__), ROM_PTR(&hashlib_init_obj)},
    {ROM_QSTR(Q_new), ROM_PTR(&hashlib_new_obj)},
    {ROM_QSTR(Q_md5), ROM_PTR(&hashlib_md5_obj)},
    {ROM_QSTR(Q_sha1), ROM_PTR(&hashlib_sha1_obj)},
    {ROM_QSTR(Q_sha224), ROM_PTR(&hashlib_sha224_obj)},
    {ROM_QSTR(Q_sha256), ROM_PTR(&hashlib_sha256_obj)},
};
static DICT_ROM(hashlib_globals, hashlib_globals_table);
const obj_module_t hashlib_module = {{&type_module}, &hashlib_globals};
MODULE_REGISTER(Q_hashlib, hashlib_module);
