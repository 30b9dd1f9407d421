/*
 * Bump allocator for short-lived, all-or-nothing data (the parse tree).
 *
 * Memory comes in chunks from a caller-supplied callback. Chunks are never
 * freed individually: the whole arena dies when its owner forgets it. In the
 * interpreter the callback takes chunks from the garbage-collected heap,
 * whose collector only sees what is reachable from the C stack, so the arena
 * keeps every chunk reachable from this struct: the newest chunk is held in
 * `chunk`, and the first word of every chunk points to the chunk before it.
 * Keep the arena_t itself on the stack (or in another reachable object) for
 * as long as anything allocated from it is in use.
 *
 * Invariants:
 *  - cur..end is the free tail of the newest chunk (both NULL before the
 *    first allocation); cur is always pointer-aligned.
 *  - Every chunk's first word links to the previous chunk (NULL for the
 *    oldest), so all chunks hang off `chunk`.
 */
#ifndef CP_ARENA_H
#define CP_ARENA_H

#include <stddef.h>

/* Usable bytes per ordinary chunk; a request bigger than a quarter of this
 * gets a chunk of its own so the tail of the current chunk is not wasted. */
#ifndef ARENA_CHUNK_SIZE
#define ARENA_CHUNK_SIZE 4096
#endif

typedef struct arena {
    /* Returns n bytes aligned for any pointer or NULL; contents need not be
     * zeroed. ctx is passed back unchanged. */
    void *(*chunk_alloc)(void *ctx, size_t n);
    void *ctx;
    void *chunk;        /* newest chunk; chunk[0] links to the previous one */
    char *cur, *end;    /* free space left in the newest ordinary chunk */
    size_t total;       /* bytes obtained from chunk_alloc so far */
} arena_t;

/* Start an empty arena; allocates nothing yet. */
void arena_init(arena_t *a, void *(*chunk_alloc)(void *ctx, size_t n),
                void *ctx);

/* n zero-filled bytes aligned for a pointer (and for uint32_t / size_t).
 * n == 0 yields a valid unique pointer. Returns NULL when chunk_alloc fails
 * or n is absurdly large; the arena stays usable after a failure. */
void *arena_alloc(arena_t *a, size_t n);

/* Copy of len bytes of s plus a terminating NUL, or NULL on failure. */
char *arena_strndup(arena_t *a, const char *s, size_t len);

#endif
