/* malloc-backed mem.h for unit tests of leaf modules. Aborts on exhaustion
 * because these tests have no exception machinery to raise through. */
#include "mem.h"
#include <stdlib.h>
#include <string.h>

void *mem_alloc(size_t n)
{
    void *p = calloc(1, n ? n : 1);
    if (!p)
        abort();
    return p;
}

void *mem_alloc_noscan(size_t n)
{
    return mem_alloc(n);
}

void *mem_realloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        abort();
    return q;
}

void mem_free(void *p)
{
    free(p);
}
