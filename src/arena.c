/* Chunked bump allocator; see arena.h for the reachability invariant. */
#include "arena.h"

#include <stdint.h>
#include <string.h>

#define ALIGN (sizeof(void *))
#define HDR ALIGN /* the link word at the start of every chunk */

void arena_init(arena_t *a, void *(*chunk_alloc)(void *ctx, size_t n),
                void *ctx)
{
    a->chunk_alloc = chunk_alloc;
    a->ctx = ctx;
    a->chunk = NULL;
    a->cur = NULL;
    a->end = NULL;
    a->total = 0;
}

static size_t round_up(size_t n)
{
    return (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
}

/* A chunk for one big request. It is linked in *behind* the newest chunk so
 * that the free tail of the newest chunk stays usable. */
static void *alloc_big(arena_t *a, size_t n)
{
    void **c = a->chunk_alloc(a->ctx, HDR + n);
    if (!c)
        return NULL;
    a->total += HDR + n;
    if (a->chunk) {
        void **newest = a->chunk;
        c[0] = newest[0];
        newest[0] = c;
    } else {
        c[0] = NULL;
        a->chunk = c;
    }
    memset((char *)c + HDR, 0, n);
    return (char *)c + HDR;
}

static int new_chunk(arena_t *a)
{
    void **c = a->chunk_alloc(a->ctx, HDR + ARENA_CHUNK_SIZE);
    if (!c)
        return -1;
    a->total += HDR + ARENA_CHUNK_SIZE;
    c[0] = a->chunk;
    a->chunk = c;
    a->cur = (char *)c + HDR;
    a->end = a->cur + ARENA_CHUNK_SIZE;
    return 0;
}

void *arena_alloc(arena_t *a, size_t n)
{
    if (n > SIZE_MAX / 2)
        return NULL;
    n = round_up(n ? n : 1);
    if (n > ARENA_CHUNK_SIZE / 4)
        return alloc_big(a, n);
    if (!a->cur || (size_t)(a->end - a->cur) < n) {
        if (new_chunk(a) < 0)
            return NULL;
    }
    void *p = a->cur;
    a->cur += n;
    memset(p, 0, n);
    return p;
}

char *arena_strndup(arena_t *a, const char *s, size_t len)
{
    if (len == SIZE_MAX)
        return NULL;
    char *d = arena_alloc(a, len + 1);
    if (d) {
        if (len)
            memcpy(d, s, len);
        d[len] = '\0';
    }
    return d;
}
