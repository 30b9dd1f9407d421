/* mem.h over the collector: raise MemoryError instead of returning NULL. */
#include "mem.h"

#include "gc.h"
#include "runtime.h"

void *mem_alloc(size_t n)
{
    void *p = gc_alloc(n, 0);
    if (p == NULL)
        raise_memory_error();
    return p;
}

void *mem_alloc_noscan(size_t n)
{
    void *p = gc_alloc(n, GC_FLAG_NOSCAN);
    if (p == NULL)
        raise_memory_error();
    return p;
}

void *mem_realloc(void *p, size_t n)
{
    void *q = gc_realloc(p, n);
    if (q == NULL)
        raise_memory_error();
    return q;
}

void mem_free(void *p)
{
    gc_free(p);
}
