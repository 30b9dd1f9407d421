/*
 * Memory for the interpreter core. Every byte the core uses comes from the
 * one heap region managed by the collector (gc.c); these wrappers are what
 * the rest of the core calls.
 *
 * Errors: mem_alloc, mem_alloc_noscan and mem_realloc never return NULL.
 * When the heap is exhausted even after a collection they raise MemoryError
 * (a non-local exit through nlr.h), so callers must not hold resources that
 * need releasing other than heap memory across them.
 *
 * Unit tests of leaf modules (mpz, fmtfloat, parser) link a malloc-backed
 * implementation of this header instead (tests/unit/mem_malloc.c).
 */
#ifndef CP_MEM_H
#define CP_MEM_H

#include <stddef.h>

/* Zero-filled block that the collector scans for pointers. */
void *mem_alloc(size_t n);
/* Block the collector never scans (digits, string bytes, float data). */
void *mem_alloc_noscan(size_t n);
/* Resize, keeping contents and scan-ness; p may be NULL (then like mem_alloc). */
void *mem_realloc(void *p, size_t n);
/* Give a block back early; p may be NULL. Optional: the GC frees unused
 * blocks anyway. */
void mem_free(void *p);

#endif
