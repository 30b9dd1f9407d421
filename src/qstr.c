/*
 * Interned strings (see qstr.h).
 *
 * Static entries come from the generated table. Run-time entries live in
 * chunks of the collected heap, reachable from `pool` (a root). One open-
 * addressing hash index over all entries answers lookups by content; it is
 * rebuilt larger when it is more than half full.
 */
#include "qstr.h"

#include <string.h>

#include "gc.h"
#include "mem.h"
#include "nlr.h"

typedef struct qstr_entry {
    uint32_t hash;
    uint32_t len;
    const char *str;
} qstr_entry_t;

static const qstr_entry_t static_pool[] = {
    {0, 0, ""},
#define QDEF(id, hash, len, str) {hash, len, str},
#include "genhdr/qstrdefs.h"
#undef QDEF
};

/* Run-time entries, indexed from QSTR_STATIC_COUNT. */
static qstr_entry_t *dyn_pool;
static size_t dyn_len, dyn_alloc;
static uint32_t *index_tab; /* qstr numbers, 0 = empty slot */
static size_t index_mask;

uintptr_t qstr_compute_hash(const char *s, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        h ^= (uint8_t)s[i];
        h *= 16777619u;
    }
    return h ? h : 1;
}

static const qstr_entry_t *entry(qstr q)
{
    if (q < QSTR_STATIC_COUNT)
        return &static_pool[q];
    return &dyn_pool[q - QSTR_STATIC_COUNT];
}

static void index_insert(uint32_t *tab, size_t mask, qstr q)
{
    size_t i = entry(q)->hash & mask;
    while (tab[i] != 0)
        i = (i + 1) & mask;
    tab[i] = q;
}

static void index_rebuild(size_t size)
{
    uint32_t *tab = mem_alloc_noscan(size * sizeof(uint32_t));
    memset(tab, 0, size * sizeof(uint32_t));
    size_t total = QSTR_STATIC_COUNT + dyn_len;
    for (qstr q = 1; q < total; q++)
        index_insert(tab, size - 1, q);
    mem_free(index_tab);
    index_tab = tab;
    index_mask = size - 1;
}

void qstr_init(void)
{
    dyn_pool = NULL;
    dyn_len = dyn_alloc = 0;
    index_tab = NULL;
    size_t size = 64;
    while (size < QSTR_STATIC_COUNT * 2)
        size *= 2;
    index_rebuild(size);
}

qstr qstr_find_strn(const char *s, size_t len)
{
    uint32_t h = (uint32_t)qstr_compute_hash(s, len);
    for (size_t i = h & index_mask;; i = (i + 1) & index_mask) {
        qstr q = index_tab[i];
        if (q == 0)
            return QSTR_NULL;
        const qstr_entry_t *e = entry(q);
        if (e->hash == h && e->len == len && memcmp(e->str, s, len) == 0)
            return q;
    }
}

qstr qstr_from_strn(const char *s, size_t len)
{
    qstr q = qstr_find_strn(s, len);
    if (q != QSTR_NULL)
        return q;
    if (dyn_len == dyn_alloc) {
        size_t n = dyn_alloc ? dyn_alloc * 2 : 64;
        dyn_pool = mem_realloc(dyn_pool, n * sizeof(qstr_entry_t));
        dyn_alloc = n;
    }
    char *copy = mem_alloc_noscan(len + 1);
    memcpy(copy, s, len);
    copy[len] = '\0';
    q = (qstr)(QSTR_STATIC_COUNT + dyn_len);
    dyn_pool[dyn_len].hash = (uint32_t)qstr_compute_hash(s, len);
    dyn_pool[dyn_len].len = (uint32_t)len;
    dyn_pool[dyn_len].str = copy;
    dyn_len++;
    if ((QSTR_STATIC_COUNT + dyn_len) * 2 > index_mask + 1)
        index_rebuild((index_mask + 1) * 2);
    else
        index_insert(index_tab, index_mask, q);
    return q;
}

qstr qstr_from_str(const char *s)
{
    return qstr_from_strn(s, strlen(s));
}

const char *qstr_str(qstr q)
{
    return entry(q)->str;
}

const char *qstr_data(qstr q, size_t *len)
{
    const qstr_entry_t *e = entry(q);
    *len = e->len;
    return e->str;
}

size_t qstr_len(qstr q)
{
    return entry(q)->len;
}

uintptr_t qstr_hash(qstr q)
{
    return entry(q)->hash;
}

size_t qstr_charlen(qstr q)
{
    const qstr_entry_t *e = entry(q);
    size_t n = 0;
    for (size_t i = 0; i < e->len; i++)
        n += ((uint8_t)e->str[i] & 0xc0) != 0x80;
    return n;
}

size_t qstr_count(void)
{
    return QSTR_STATIC_COUNT + dyn_len;
}

void qstr_gc_mark_roots(void)
{
    gc_mark(dyn_pool);
    gc_mark(index_tab);
}
