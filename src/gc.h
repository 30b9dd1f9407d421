/*
 * Garbage-collected heap of the interpreter core: a conservative
 * mark-and-sweep collector over one memory region.
 *
 * Layout: gc_init() carves everything out of the one region it is given:
 *   [mark stack][allocation table][finaliser bits][noscan bits][pad][blocks]
 * Nothing else is allocated; the only static data is a descriptor of a few
 * dozen bytes (table addresses, counters, hooks).
 *
 * Blocks are GC_BLOCK_WORDS (4) machine words: 16 bytes on 32-bit targets,
 * 32 bytes on 64-bit hosts. An allocation is a run of whole blocks: one head
 * followed by tails. Per block the collector keeps 2 bits of state
 * (free / head / tail / marked head) plus 1 finaliser bit and 1 noscan bit,
 * i.e. half a byte of metadata per block. Block addresses are aligned to
 * GC_BLOCK_BYTES, which satisfies every C type's alignment on our targets.
 *
 * Roots: the collector knows no roots itself. gc_collect() calls the root
 * hook, which reports every root area (globals, the C stack, saved
 * registers) with gc_mark_range() / gc_mark(). Marking is conservative: any
 * word whose value points anywhere inside an allocated block (interior
 * pointers included) keeps the whole block alive, and the block's words are
 * then scanned in turn unless it was allocated with GC_FLAG_NOSCAN.
 *
 * Not reentrant and not interrupt-safe: call it from one thread only, never
 * from an interrupt handler.
 */
#ifndef CP_GC_H
#define CP_GC_H

#include <stdbool.h>
#include <stddef.h>

#define GC_BLOCK_WORDS 4
#define GC_BLOCK_BYTES (GC_BLOCK_WORDS * sizeof(void *))

/* The block holds no pointers: the collector never scans its contents. */
#define GC_FLAG_NOSCAN 1u
/* Call the finaliser hook on the block before an unreachable block is
 * freed by a collection. */
#define GC_FLAG_FINALISE 2u

typedef struct gc_info {
    size_t total;          /* bytes in the block pool (excludes metadata) */
    size_t used;           /* bytes in allocated blocks (whole blocks) */
    size_t free;           /* total - used */
    size_t max_free;       /* largest run of free blocks, in bytes */
    size_t collections;    /* collections completed since gc_init */
    size_t mark_overflows; /* heap rescans forced by a full mark stack */
} gc_info_t;

/* Take over [start, end) as the heap and reset all collector state: the
 * heap becomes empty, hooks are cleared, the lock depth is 0, automatic
 * collection is enabled and the threshold is off. A region too small for the
 * metadata gives a heap of 0 blocks, on which every allocation fails. */
void gc_init(void *start, void *end);
/* gc_init for a region the caller knows is all zero bytes (fresh pages
 * from the OS): the metadata is not cleared again, so pages the program
 * never uses are never touched (a 16 MB heap costs no memory up front). */
void gc_init_zeroed(void *start, void *end);

/* Zero-filled block of at least n bytes (n == 0 gives one block) with
 * flags GC_FLAG_*. When there is no room and automatic collection is
 * allowed (enabled and not locked) it collects and retries once.
 * Returns NULL when there is still no room, when called during a collection
 * (from a root hook or a finaliser), or before gc_init. */
void *gc_alloc(size_t n, unsigned flags);

/* Resize p to at least n bytes (n == 0 keeps one block), keeping its
 * contents and flags. Grows in place when the following blocks are free,
 * otherwise allocates a new run (which may collect; p itself is kept alive
 * across that collection), copies and frees p without finalising it.
 * Shrinking frees the trailing blocks in place. Bytes beyond n and any
 * growth area are zero. p == NULL acts as gc_alloc(n, 0).
 * Returns the (possibly moved) block, or NULL with p untouched when there is
 * no room, when p is not the head of an allocated block, or when called
 * during a collection. */
void *gc_realloc(void *p, size_t n);

/* Free p now. Ignores NULL, pointers that are not the start of an allocated
 * block, and calls made during a collection. Does not run the finaliser:
 * whoever frees explicitly does their own cleanup. */
void gc_free(void *p);

/* Usable size of the block starting at p (a multiple of GC_BLOCK_BYTES);
 * 0 if p is not the start of an allocated block. */
size_t gc_nbytes(const void *p);

/* Mark from the root hook's roots and sweep: unreachable FINALISE blocks
 * get the finaliser hook (all of them first, while every unreachable block
 * is still intact), then every unreachable block is freed. Does nothing
 * while locked, during a collection, or on an empty heap. Without a root
 * hook nothing is reachable and everything is freed. */
void gc_collect(void);

/* Set the function gc_collect() calls to report roots; NULL for none. */
void gc_set_root_hook(void (*fn)(void));

/* Mark every block that one of nwords words at start points into. Only has
 * an effect inside the root hook; ignored otherwise. start need only be
 * word aligned; the words may hold any values. */
void gc_mark_range(void *const *start, size_t nwords);

/* Mark the block p points into (if any). Same rules as gc_mark_range. */
void gc_mark(const void *p);

/* Set the finaliser called on each unreachable GC_FLAG_FINALISE block, once,
 * before it is freed; NULL for none. The finaliser runs inside the
 * collection: it must not allocate (gc_alloc/gc_realloc return NULL there),
 * gc_free and gc_collect are ignored, and it must not store the block (or
 * any other unreachable block) anywhere: all of them are freed right after. */
void gc_set_finaliser_hook(void (*fn)(void *block));

/* Nested lock. While locked no collection happens: gc_alloc fails instead
 * of collecting when there is no room, the threshold is ignored, and
 * gc_collect does nothing. Allocation that fits still succeeds.
 * gc_unlock without a matching gc_lock is ignored. */
void gc_lock(void);
void gc_unlock(void);
bool gc_is_locked(void);

/* Turn automatic collection (on exhaustion and by threshold) on or off.
 * While off, gc_alloc fails when there is no room; gc_collect still works.
 * On after gc_init. */
void gc_enable(bool on);
bool gc_is_enabled(void);

/* Collect automatically once `bytes` have been allocated (counted in whole
 * blocks) since the last collection; 0 turns it off (the default). */
void gc_set_threshold(size_t bytes);
size_t gc_get_threshold(void);

/* Fill *info with heap statistics; walks the allocation table. */
void gc_info(gc_info_t *info);

/* True if p lies inside the block pool (allocated or not). */
bool gc_is_heap_ptr(const void *p);

#endif
