/* Unit tests for gc.c. The C stack is never scanned here: reachability is
 * exactly what the static roots[] array (marked by the root hook) says. */
#include "gc.h"

#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define BS GC_BLOCK_BYTES
#define NROOTS 16
#define HEAP_MAX (8u << 20)

static _Alignas(64) unsigned char heap_mem[HEAP_MAX];
static void *roots[NROOTS];

static void root_hook(void)
{
    gc_mark_range(roots, NROOTS);
}

/* Fresh heap of `bytes` with roots[] as the only roots. */
static void heap_setup(size_t bytes)
{
    memset(roots, 0, sizeof roots);
    gc_init(heap_mem, heap_mem + bytes);
    gc_set_root_hook(root_hook);
}

static gc_info_t info(void)
{
    gc_info_t i;
    gc_info(&i);
    return i;
}

static bool all_zero(const void *p, size_t n)
{
    const unsigned char *c = p;
    while (n--)
        if (*c++)
            return false;
    return true;
}

/* Fill the heap with unreachable one-block objects without collecting. */
static size_t fill_with_garbage(void)
{
    size_t k = 0;
    bool was = gc_is_enabled();
    gc_enable(false);
    while (gc_alloc(BS, 0))
        k++;
    gc_enable(was);
    return k;
}

/* ---- init and basic allocation ---- */

START_TEST(test_init_info)
{
    gc_info_t i;
    heap_setup(64 * 1024);
    i = info();
    ck_assert_uint_gt(i.total, 64 * 1024 * 9 / 10);
    ck_assert_uint_le(i.total, 64 * 1024);
    ck_assert_uint_eq(i.total % BS, 0);
    ck_assert_uint_eq(i.used, 0);
    ck_assert_uint_eq(i.free, i.total);
    ck_assert_uint_eq(i.max_free, i.total);
    ck_assert_uint_eq(i.collections, 0);
    ck_assert(gc_is_enabled());
    ck_assert(!gc_is_locked());
    ck_assert_uint_eq(gc_get_threshold(), 0);
}
END_TEST

/* gc_init_zeroed trusts the region to be zero: after a dirty gc_init run
 * has been wiped, it gives the same empty heap without clearing anything. */
START_TEST(test_init_zeroed)
{
    heap_setup(64 * 1024);
    void *p = gc_alloc(100, 0);
    ck_assert_ptr_nonnull(p);
    memset(heap_mem, 0, 64 * 1024);
    gc_init_zeroed(heap_mem, heap_mem + 64 * 1024);
    gc_info_t i = info();
    ck_assert_uint_eq(i.used, 0);
    ck_assert_uint_eq(i.free, i.total);
    unsigned char *q = gc_alloc(100, 0);
    ck_assert_ptr_nonnull(q);
    for (size_t k = 0; k < 100; k++)
        ck_assert_uint_eq(q[k], 0);
    ck_assert_uint_eq(info().used, BS * ((100 + BS - 1) / BS));
}
END_TEST

START_TEST(test_tiny_and_bad_regions)
{
    int local;
    gc_init(heap_mem, heap_mem + 10);
    ck_assert_uint_eq(info().total, 0);
    ck_assert_ptr_null(gc_alloc(1, 0));
    ck_assert_ptr_null(gc_realloc(NULL, 1));
    ck_assert(!gc_is_heap_ptr(heap_mem + 5));
    ck_assert(!gc_is_heap_ptr(&local));
    gc_collect();
    ck_assert_uint_eq(info().collections, 0);

    gc_init(heap_mem + 100, heap_mem);
    ck_assert_uint_eq(info().total, 0);
    ck_assert_ptr_null(gc_alloc(1, 0));

    /* Unaligned start still yields block-aligned blocks. */
    gc_init(heap_mem + 3, heap_mem + 4099);
    ck_assert_uint_gt(info().total, 0);
    void *p = gc_alloc(1, 0);
    ck_assert_ptr_nonnull(p);
    ck_assert_uint_eq((uintptr_t)p % BS, 0);
    ck_assert((unsigned char *)p >= heap_mem + 3);
    ck_assert((unsigned char *)p + BS <= heap_mem + 4099);
}
END_TEST

START_TEST(test_alloc_basic)
{
    int local;
    heap_setup(64 * 1024);
    unsigned char *p = gc_alloc(1, 0);
    ck_assert_ptr_nonnull(p);
    ck_assert_uint_eq((uintptr_t)p % BS, 0);
    ck_assert_uint_eq(gc_nbytes(p), BS);
    ck_assert(all_zero(p, BS));
    ck_assert_uint_eq(gc_nbytes(gc_alloc(0, 0)), BS);
    ck_assert_uint_eq(gc_nbytes(gc_alloc(BS + 1, 0)), 2 * BS);
    ck_assert_uint_eq(gc_nbytes(gc_alloc(4 * BS, 0)), 4 * BS);
    ck_assert(gc_is_heap_ptr(p));
    ck_assert(gc_is_heap_ptr(p + 1));
    ck_assert(!gc_is_heap_ptr(&local));
    ck_assert(!gc_is_heap_ptr(NULL));
    ck_assert_uint_eq(gc_nbytes(p + 1), 0);
    ck_assert_uint_eq(gc_nbytes(&local), 0);
    ck_assert_uint_eq(gc_nbytes(NULL), 0);

    /* Freed memory comes back zeroed, first fit reuses the lowest hole. */
    memset(p, 0xff, BS);
    gc_free(p);
    ck_assert_uint_eq(gc_nbytes(p), 0);
    unsigned char *q = gc_alloc(BS, 0);
    ck_assert_ptr_eq(q, p);
    ck_assert(all_zero(q, BS));

    /* A hole too small for one request stays first in line for the next. */
    unsigned char *h1 = gc_alloc(BS, 0);
    gc_alloc(BS, 0);
    gc_free(h1);
    unsigned char *big = gc_alloc(2 * BS, 0);
    ck_assert(big > h1);
    ck_assert_ptr_eq(gc_alloc(BS, 0), h1);

    ck_assert_ptr_null(gc_alloc(SIZE_MAX, 0));
    ck_assert_ptr_null(gc_alloc(info().total + 1, 0));
    ck_assert_uint_eq(info().collections, 0); /* hopeless sizes don't collect */

    /* First fit finds a hole right after a fully used table byte. */
    heap_setup(64 * 1024);
    unsigned char *s[12];
    for (int i = 0; i < 12; i++)
        s[i] = gc_alloc(BS, 0);
    gc_free(s[2]);
    gc_free(s[8]);
    ck_assert_ptr_eq(gc_alloc(BS, 0), s[2]);
    ck_assert_ptr_eq(gc_alloc(BS, 0), s[8]);
    ck_assert_ptr_eq(gc_alloc(BS, 0), s[11] + BS);
}
END_TEST

START_TEST(test_free_edge_cases)
{
    int local;
    heap_setup(64 * 1024);
    unsigned char *p = gc_alloc(3 * BS, 0);
    size_t used = info().used;
    gc_free(NULL);
    gc_free(p + 1);
    gc_free(p + BS);
    gc_free(&local);
    ck_assert_uint_eq(info().used, used);
    ck_assert_uint_eq(gc_nbytes(p), 3 * BS);
    gc_free(p);
    ck_assert_uint_eq(info().used, used - 3 * BS);
    gc_free(p); /* double free is ignored */
    ck_assert_uint_eq(info().used, used - 3 * BS);
}
END_TEST

START_TEST(test_alloc_until_full)
{
    heap_setup(32 * 1024);
    size_t total = info().total, k = 1;
    void **prev = gc_alloc(BS, 0);
    roots[0] = prev;
    for (;;) {
        void **q = gc_alloc(BS, 0);
        if (!q)
            break;
        *prev = q;
        prev = q;
        k++;
    }
    ck_assert_uint_eq(k, total / BS);
    ck_assert_uint_eq(info().free, 0);
    ck_assert_uint_eq(info().max_free, 0);
    ck_assert_uint_ge(info().collections, 1); /* it tried before failing */
    ck_assert_ptr_null(gc_alloc(1, 0));
    roots[0] = NULL;
    gc_collect();
    ck_assert_uint_eq(info().used, 0);
    ck_assert_ptr_nonnull(gc_alloc(total, 0));
}
END_TEST

/* ---- reachability ---- */

START_TEST(test_collect_frees_unreachable)
{
    void *p[100];
    heap_setup(64 * 1024);
    for (int i = 0; i < 100; i++)
        p[i] = gc_alloc((size_t)(i % 7 + 1) * 10, (unsigned)i & GC_FLAG_NOSCAN);
    ck_assert_uint_gt(info().used, 0);
    gc_collect();
    ck_assert_uint_eq(info().used, 0);
    ck_assert_uint_eq(info().max_free, info().total);
    ck_assert_uint_eq(info().collections, 1);
    for (int i = 0; i < 100; i++)
        ck_assert_uint_eq(gc_nbytes(p[i]), 0);
}
END_TEST

START_TEST(test_roots_keep_alive)
{
    heap_setup(64 * 1024);
    unsigned char *a = gc_alloc(3 * BS, 0);
    void *b = gc_alloc(BS, 0);
    void **c = gc_alloc(BS, 0);
    void *d = gc_alloc(2 * BS, 0);
    for (size_t i = 0; i < 3 * BS; i++)
        a[i] = (unsigned char)(i * 7 + 1);
    c[1] = d; /* d reachable only through c */
    roots[3] = a;
    roots[NROOTS - 1] = c;
    gc_collect();
    ck_assert_uint_eq(gc_nbytes(a), 3 * BS);
    for (size_t i = 0; i < 3 * BS; i++)
        ck_assert_uint_eq(a[i], (unsigned char)(i * 7 + 1));
    ck_assert_uint_eq(gc_nbytes(b), 0);
    ck_assert_uint_eq(gc_nbytes(c), BS);
    ck_assert_uint_eq(gc_nbytes(d), 2 * BS);
    ck_assert_uint_eq(info().used, 6 * BS);
    roots[NROOTS - 1] = NULL;
    gc_collect();
    ck_assert_uint_eq(gc_nbytes(c), 0);
    ck_assert_uint_eq(gc_nbytes(d), 0);
    ck_assert_uint_eq(info().used, 3 * BS);
}
END_TEST

static void *single_root;
static void single_hook(void)
{
    gc_mark(single_root);
}

START_TEST(test_gc_mark_single)
{
    heap_setup(64 * 1024);
    gc_set_root_hook(single_hook);
    void **a = gc_alloc(BS, 0);
    void *b = gc_alloc(BS, 0);
    a[0] = b;
    single_root = a;
    gc_collect();
    ck_assert_uint_eq(gc_nbytes(a), BS);
    ck_assert_uint_eq(gc_nbytes(b), BS);
    /* Marking outside a collection is ignored: it must not keep a alive. */
    gc_set_root_hook(NULL);
    gc_mark(a);
    gc_mark_range((void *const *)&single_root, 1);
    gc_collect();
    ck_assert_uint_eq(info().used, 0);
}
END_TEST

START_TEST(test_interior_pointers)
{
    heap_setup(256 * 1024);
    unsigned char *a = gc_alloc(10 * BS, 0);
    unsigned char *big = gc_alloc(1000 * BS, 0);
    unsigned char *c = gc_alloc(4 * BS, 0);
    void **holder = gc_alloc(BS, 0);
    holder[2] = c + 3 * BS + 1; /* interior pointer stored in a scanned block */
    roots[0] = a + 5 * BS + 7;
    roots[1] = big + 999 * BS + BS - 1; /* last byte of a long run */
    roots[2] = holder + 1;
    gc_collect();
    ck_assert_uint_eq(gc_nbytes(a), 10 * BS);
    ck_assert_uint_eq(gc_nbytes(big), 1000 * BS);
    ck_assert_uint_eq(gc_nbytes(c), 4 * BS);
    ck_assert_uint_eq(gc_nbytes(holder), BS);

    roots[0] = a + 10 * BS - 1;
    roots[1] = big + 517 * BS;
    gc_collect();
    ck_assert_uint_eq(gc_nbytes(a), 10 * BS);
    ck_assert_uint_eq(gc_nbytes(big), 1000 * BS);

    /* One past the end is not inside the block. */
    roots[0] = a + 10 * BS;
    roots[1] = NULL;
    roots[2] = NULL;
    gc_collect();
    ck_assert_uint_eq(gc_nbytes(a), 0);
    ck_assert_uint_eq(gc_nbytes(c), 0);
}
END_TEST

struct node {
    struct node *next;
    uintptr_t value;
};

START_TEST(test_long_list)
{
    enum { N = 100000 };
    heap_setup(HEAP_MAX);
    struct node *head = NULL, *tail = NULL;
    for (uintptr_t i = 0; i < N; i++) {
        struct node *n = gc_alloc(sizeof *n, 0);
        ck_assert_ptr_nonnull(n);
        n->value = i * 3;
        if (tail)
            tail->next = n;
        else
            head = n;
        tail = n;
        roots[0] = head;
    }
    ck_assert_uint_eq(info().collections, 0);
    gc_collect();
    ck_assert_uint_eq(info().used, (size_t)N * BS);
    uintptr_t i = 0;
    for (struct node *n = head; n; n = n->next, i++)
        ck_assert_uint_eq(n->value, i * 3);
    ck_assert_uint_eq(i, N);
    roots[0] = NULL;
    gc_collect();
    ck_assert_uint_eq(info().used, 0);

    /* Same list linked backwards: each node points to a lower address. */
    struct node *top = NULL;
    for (uintptr_t k = 0; k < N; k++) {
        struct node *n = gc_alloc(sizeof *n, 0);
        n->next = top;
        n->value = k;
        top = n;
        roots[0] = top;
    }
    gc_collect();
    ck_assert_uint_eq(info().used, (size_t)N * BS);
    roots[0] = NULL;
    gc_collect();
    ck_assert_uint_eq(info().used, 0);
}
END_TEST

/* An array wider than the mark stack forces the overflow path; the children
 * live below the dropped nodes so later rescans must reach them. */
START_TEST(test_mark_stack_overflow)
{
    enum { N = 50000 };
    heap_setup(HEAP_MAX);
    struct node **arr = gc_alloc(N * sizeof *arr, 0);
    roots[0] = arr;
    for (size_t i = 0; i < N; i++) {
        arr[i] = gc_alloc(sizeof(struct node), GC_FLAG_NOSCAN * (i & 1));
        arr[i]->value = i;
    }
    for (size_t i = 0; i < N; i++) {
        struct node *n = gc_alloc(sizeof *n, 0);
        n->next = arr[i];
        n->value = i + N;
        arr[i] = n;
    }
    size_t used = info().used;
    gc_collect();
    ck_assert_uint_gt(info().mark_overflows, 0);
    ck_assert_uint_eq(info().used, used);
    for (size_t i = 0; i < N; i++) {
        ck_assert_uint_eq(arr[i]->value, i + N);
        ck_assert_uint_eq(arr[i]->next->value, i);
        ck_assert_uint_eq(gc_nbytes(arr[i]->next), BS);
    }
    /* Drop half the nodes: their children go too. */
    for (size_t i = 0; i < N; i += 2)
        arr[i] = NULL;
    gc_collect();
    ck_assert_uint_eq(info().used, used - (size_t)N * BS);
    roots[0] = NULL;
    gc_collect();
    ck_assert_uint_eq(info().used, 0);
}
END_TEST

/* An overflow during a rescan pass, of blocks below the one being
 * rescanned, needs a further pass. Layout, low to high: grandchildren,
 * leaves (one grandchild each), a fan block (all leaves), dummies, root
 * array (dummies first, then the fan). Scanning the root array fills the
 * stack with dummies and drops the fan; rescanning the fan drops leaves. */
START_TEST(test_mark_stack_overflow_nested)
{
    enum { K = 150 };
    heap_setup(1024 * 1024);
    uintptr_t *g[K];
    void **leaf[K];
    for (int i = 0; i < K; i++) {
        g[i] = gc_alloc(BS, GC_FLAG_NOSCAN);
        *g[i] = (uintptr_t)i + 1000;
    }
    for (int i = 0; i < K; i++) {
        leaf[i] = gc_alloc(BS, 0);
        leaf[i][0] = g[i];
    }
    void **fan = gc_alloc(K * sizeof(void *), 0);
    for (int i = 0; i < K; i++)
        fan[i] = leaf[i];
    void **arr = gc_alloc((K + 1) * sizeof(void *), 0);
    for (int i = 0; i < K; i++)
        arr[i] = gc_alloc(BS, 0);
    arr[K] = fan;
    roots[0] = arr;
    size_t used = info().used;
    gc_collect();
    ck_assert_uint_ge(info().mark_overflows, 2);
    ck_assert_uint_eq(info().used, used);
    for (int i = 0; i < K; i++) {
        ck_assert_uint_eq(gc_nbytes(g[i]), BS);
        ck_assert_uint_eq(*g[i], (uintptr_t)i + 1000);
    }
}
END_TEST

START_TEST(test_noscan)
{
    heap_setup(64 * 1024);
    void **ns = gc_alloc(BS, GC_FLAG_NOSCAN);
    void **sc = gc_alloc(BS, 0);
    void *t1 = gc_alloc(BS, 0);
    void *t2 = gc_alloc(BS, 0);
    ns[0] = t1;
    sc[0] = t2;
    roots[0] = ns;
    roots[1] = sc;
    gc_collect();
    ck_assert_uint_eq(gc_nbytes(ns), BS);
    ck_assert_uint_eq(gc_nbytes(t1), 0);
    ck_assert_uint_eq(gc_nbytes(t2), BS);

    /* The flag survives a moving realloc. */
    gc_alloc(BS, 0); /* occupy the block after ns so it must move */
    void **ns2 = gc_realloc(ns, 5 * BS);
    ck_assert_ptr_nonnull(ns2);
    ck_assert_ptr_ne(ns2, ns);
    void *t3 = gc_alloc(BS, 0);
    ns2[4] = t3;
    roots[0] = ns2;
    gc_collect();
    ck_assert_uint_eq(gc_nbytes(ns2), 5 * BS);
    ck_assert_uint_eq(gc_nbytes(t3), 0);
}
END_TEST

/* ---- finalisers ---- */

static void *fin_seen[64];
static int fin_count;
static void *fin_alloc_result;
static uintptr_t fin_peek;

static void fin_hook(void *p)
{
    fin_seen[fin_count++] = p;
    fin_alloc_result = gc_alloc(8, 0);
    gc_collect(); /* ignored while collecting */
    /* Blocks this one points to are still intact, freed or not. */
    void **w = p;
    if (w[1])
        fin_peek = *(uintptr_t *)w[1];
}

static int seen_times(void *p)
{
    int k = 0;
    for (int i = 0; i < fin_count; i++)
        k += fin_seen[i] == p;
    return k;
}

START_TEST(test_finaliser)
{
    heap_setup(64 * 1024);
    gc_set_finaliser_hook(fin_hook);
    fin_count = 0;
    fin_alloc_result = (void *)1;
    uintptr_t *data = gc_alloc(BS, 0);
    *data = 0x1234;
    void **f1 = gc_alloc(BS, GC_FLAG_FINALISE);
    void **f2 = gc_alloc(BS, GC_FLAG_FINALISE | GC_FLAG_NOSCAN);
    void **f3 = gc_alloc(3 * BS, GC_FLAG_FINALISE);
    void *plain = gc_alloc(BS, 0);
    f3[1] = data; /* data is unreachable and lower in the heap than f3 */
    roots[0] = f1;
    gc_collect();
    ck_assert_int_eq(fin_count, 2);
    ck_assert_int_eq(seen_times(f2), 1);
    ck_assert_int_eq(seen_times(f3), 1);
    ck_assert_int_eq(seen_times(plain), 0);
    ck_assert_ptr_null(fin_alloc_result);
    ck_assert_uint_eq(fin_peek, 0x1234);
    ck_assert_uint_eq(info().collections, 1);
    ck_assert_uint_eq(info().used, BS);

    gc_collect();
    ck_assert_int_eq(fin_count, 2);
    roots[0] = NULL;
    gc_collect();
    ck_assert_int_eq(fin_count, 3);
    ck_assert_int_eq(seen_times(f1), 1);
    gc_collect();
    ck_assert_int_eq(fin_count, 3);

    /* Explicit free does not finalise; no hook means plain freeing. */
    void *f4 = gc_alloc(BS, GC_FLAG_FINALISE);
    gc_free(f4);
    void *f5 = gc_alloc(BS, GC_FLAG_FINALISE);
    ck_assert_ptr_eq(f5, f4);
    gc_collect();
    ck_assert_int_eq(fin_count, 4);
    gc_set_finaliser_hook(NULL);
    gc_alloc(BS, GC_FLAG_FINALISE);
    gc_collect();
    ck_assert_int_eq(fin_count, 4);
    ck_assert_uint_eq(info().used, 0);
}
END_TEST

/* A freed block gets reused without its old finaliser bit. */
START_TEST(test_finaliser_bit_cleared)
{
    heap_setup(64 * 1024);
    gc_set_finaliser_hook(fin_hook);
    fin_count = 0;
    void *f = gc_alloc(BS, GC_FLAG_FINALISE);
    gc_collect();
    ck_assert_int_eq(fin_count, 1);
    void *g = gc_alloc(BS, 0);
    ck_assert_ptr_eq(g, f);
    gc_collect();
    ck_assert_int_eq(fin_count, 1);
}
END_TEST

/* ---- realloc ---- */

START_TEST(test_realloc_in_place)
{
    heap_setup(64 * 1024);
    unsigned char *a = gc_alloc(BS, 0);
    memset(a, 0xab, BS);
    unsigned char *a2 = gc_realloc(a, 3 * BS);
    ck_assert_ptr_eq(a2, a);
    ck_assert_uint_eq(gc_nbytes(a), 3 * BS);
    for (size_t i = 0; i < BS; i++)
        ck_assert_uint_eq(a[i], 0xab);
    ck_assert(all_zero(a + BS, 2 * BS));
    ck_assert_uint_eq(info().used, 3 * BS);
    /* The next allocation lands after the grown run. */
    unsigned char *b = gc_alloc(BS, 0);
    ck_assert_ptr_eq(b, a + 3 * BS);

    /* Shrink frees the tail in place and zeroes beyond n. */
    memset(a, 0xcd, 3 * BS);
    ck_assert_ptr_eq(gc_realloc(a, BS + 3), a);
    ck_assert_uint_eq(gc_nbytes(a), 2 * BS);
    ck_assert_uint_eq(a[BS + 2], 0xcd);
    ck_assert(all_zero(a + BS + 3, BS - 3));
    ck_assert_uint_eq(info().used, 3 * BS);
    ck_assert_ptr_eq(gc_alloc(BS, 0), a + 2 * BS);
    ck_assert_ptr_eq(gc_realloc(a, 0), a);
    ck_assert_uint_eq(gc_nbytes(a), BS);

    /* Growing into dirty freed blocks zeroes them. */
    heap_setup(64 * 1024);
    unsigned char *d = gc_alloc(BS, 0);
    unsigned char *e = gc_alloc(4 * BS, 0);
    ck_assert_ptr_eq(e, d + BS);
    memset(e, 0xee, 4 * BS);
    gc_free(e);
    ck_assert_ptr_eq(gc_realloc(d, 5 * BS), d);
    ck_assert(all_zero(d + BS, 4 * BS));

    /* NULL acts as alloc with flags 0; bad pointers fail. */
    void *n = gc_realloc(NULL, 2 * BS);
    ck_assert_uint_eq(gc_nbytes(n), 2 * BS);
    ck_assert_ptr_null(gc_realloc(d + 1, BS));
    ck_assert_ptr_null(gc_realloc(e, BS)); /* now a tail of d */
}
END_TEST

START_TEST(test_realloc_move)
{
    heap_setup(64 * 1024);
    gc_set_finaliser_hook(fin_hook);
    fin_count = 0;
    unsigned char *a = gc_alloc(2 * BS, GC_FLAG_FINALISE);
    void *b = gc_alloc(BS, 0);
    for (size_t i = 0; i < 2 * BS; i++)
        a[i] = (unsigned char)(i + 1);
    ((void **)a)[1] = NULL; /* keep fin_hook's peek harmless */
    roots[0] = b;
    unsigned char *a2 = gc_realloc(a, 5 * BS);
    ck_assert_ptr_nonnull(a2);
    ck_assert_ptr_ne(a2, a);
    ck_assert_uint_eq(gc_nbytes(a2), 5 * BS);
    ck_assert_uint_eq(gc_nbytes(a), 0);
    ck_assert_uint_eq(a2[0], 1);
    for (size_t i = sizeof(void *) * 2; i < 2 * BS; i++)
        ck_assert_uint_eq(a2[i], (unsigned char)(i + 1));
    ck_assert(all_zero(a2 + 2 * BS, 3 * BS));
    ck_assert_uint_eq(info().used, 6 * BS);
    /* The old run is free again: a single block is placed there first fit
       (multi-block requests use next fit). */
    ck_assert_ptr_eq(gc_alloc(BS, 0), a);
    roots[1] = a2;
    gc_collect();
    ck_assert_int_eq(fin_count, 0);
    roots[1] = NULL;
    gc_collect();
    ck_assert_int_eq(fin_count, 1);
    ck_assert_ptr_eq(fin_seen[0], a2);
}
END_TEST

START_TEST(test_realloc_failure_and_pin)
{
    heap_setup(16 * 1024);
    /* Failure: everything reachable, p stays intact. */
    void **prev = gc_alloc(BS, 0);
    unsigned char *p = (unsigned char *)prev;
    roots[0] = prev;
    while ((prev[0] = gc_alloc(BS, 0)) != NULL)
        prev = prev[0];
    memset(p + sizeof(void *), 0x77, BS - sizeof(void *));
    void *first_next = ((void **)p)[0];
    ck_assert_ptr_null(gc_realloc(p, 4 * BS));
    ck_assert_uint_eq(gc_nbytes(p), BS);
    ck_assert_ptr_eq(((void **)p)[0], first_next);
    ck_assert_uint_eq(p[BS - 1], 0x77);

    /* Pin: unrooted p survives the collection its own realloc triggers. */
    roots[0] = NULL;
    gc_collect();
    ck_assert_uint_eq(info().used, 0);
    unsigned char *q = gc_alloc(BS, GC_FLAG_NOSCAN);
    memset(q, 0x42, BS);
    fill_with_garbage();
    ck_assert_uint_eq(info().free, 0);
    size_t ncoll = info().collections;
    unsigned char *q2 = gc_realloc(q, 3 * BS);
    ck_assert_ptr_nonnull(q2);
    ck_assert_uint_eq(info().collections, ncoll + 1);
    for (size_t i = 0; i < BS; i++)
        ck_assert_uint_eq(q2[i], 0x42);
    ck_assert_uint_eq(info().used, 3 * BS);
}
END_TEST

/* ---- fragmentation ---- */

START_TEST(test_fragmentation)
{
    heap_setup(32 * 1024);
    size_t nb = info().total / BS;
    void **table = gc_alloc(nb * sizeof(void *), 0);
    roots[0] = table;
    size_t k = 0;
    while ((table[k] = gc_alloc(BS, 0)) != NULL)
        k++;
    ck_assert_uint_eq(info().free, 0);
    size_t odd = k / 2;
    void *first_hole = table[1];
    for (size_t i = 1; i < k; i += 2)
        table[i] = NULL;
    gc_collect();
    gc_info_t i1 = info();
    ck_assert_uint_eq(i1.free, odd * BS);
    ck_assert_uint_eq(i1.max_free, BS);
    size_t ncoll = i1.collections;
    ck_assert_ptr_null(gc_alloc(2 * BS, 0)); /* collected, still no room */
    ck_assert_uint_eq(info().collections, ncoll + 1);
    ck_assert_ptr_eq(gc_alloc(BS, 0), first_hole); /* lowest hole first */
    ck_assert_uint_eq(info().free, (odd - 1) * BS);
    roots[0] = NULL;
    gc_collect();
    ck_assert_uint_eq(info().max_free, info().total);
    ck_assert_ptr_nonnull(gc_alloc(info().total / 2, 0));
}
END_TEST

/* Random alloc/realloc/free/collect against a shadow of live objects. */
#define NLIVE 200
static void *live[NLIVE];
static void live_hook(void)
{
    gc_mark_range(live, NLIVE);
}

static void check_pattern(size_t i)
{
    unsigned char *p = live[i];
    size_t n = gc_nbytes(p);
    ck_assert_uint_gt(n, 0);
    for (size_t j = 0; j < n; j++)
        ck_assert_uint_eq(p[j], (unsigned char)(0x80 | i));
}

START_TEST(test_random_workload)
{
    heap_setup(256 * 1024);
    gc_set_root_hook(live_hook);
    memset(live, 0, sizeof live);
    srand(12345);
    for (int step = 0; step < 20000; step++) {
        size_t i = (size_t)rand() % NLIVE, n = (size_t)rand() % (6 * BS) + 1;
        int op = rand() % 4;
        if (live[i])
            check_pattern(i);
        if (op == 0 && live[i]) {
            gc_free(live[i]);
            live[i] = NULL;
        } else if (op == 1 && live[i]) {
            void *q = gc_realloc(live[i], n);
            ck_assert_ptr_nonnull(q);
            live[i] = q;
        } else {
            live[i] = gc_alloc(n, GC_FLAG_NOSCAN);
            ck_assert_ptr_nonnull(live[i]);
        }
        if (live[i])
            memset(live[i], 0x80 | (int)i, gc_nbytes(live[i]));
        if (step % 1000 == 0) {
            gc_collect();
            size_t sum = 0;
            for (size_t j = 0; j < NLIVE; j++)
                if (live[j]) {
                    check_pattern(j);
                    sum += gc_nbytes(live[j]);
                }
            gc_info_t in = info();
            ck_assert_uint_eq(in.used, sum); /* NOSCAN: no false retention */
            ck_assert_uint_eq(in.used + in.free, in.total);
            ck_assert_uint_le(in.max_free, in.free);
        }
    }
}
END_TEST

/* ---- info, lock, enable, threshold ---- */

START_TEST(test_info_consistent)
{
    heap_setup(64 * 1024);
    gc_info_t i0 = info();
    void *a = gc_alloc(5 * BS, 0);
    void *b = gc_alloc(BS, 0);
    void *c = gc_alloc(2 * BS - 1, 0);
    (void)a;
    (void)c;
    gc_info_t i1 = info();
    ck_assert_uint_eq(i1.total, i0.total);
    ck_assert_uint_eq(i1.used, 8 * BS);
    ck_assert_uint_eq(i1.free, i1.total - 8 * BS);
    ck_assert_uint_eq(i1.max_free, i1.total - 8 * BS);
    gc_free(b);
    gc_info_t i2 = info();
    ck_assert_uint_eq(i2.used, 7 * BS);
    ck_assert_uint_eq(i2.max_free, i1.total - 8 * BS);
    roots[0] = c;
    gc_collect();
    gc_info_t i3 = info();
    ck_assert_uint_eq(i3.used, 2 * BS);
    ck_assert_uint_eq(i3.max_free, i3.total - 8 * BS);
    ck_assert_uint_eq(i3.collections, 1);
    ck_assert_uint_eq(i3.mark_overflows, 0);
}
END_TEST

START_TEST(test_lock)
{
    heap_setup(16 * 1024);
    gc_lock();
    ck_assert(gc_is_locked());
    ck_assert_ptr_nonnull(gc_alloc(BS, 0)); /* fits: still allowed */
    fill_with_garbage();
    gc_lock();
    ck_assert_ptr_null(gc_alloc(BS, 0));
    gc_collect();
    ck_assert_uint_eq(info().collections, 0);
    gc_unlock();
    ck_assert(gc_is_locked());
    ck_assert_ptr_null(gc_alloc(BS, 0));
    ck_assert_ptr_null(gc_realloc(NULL, BS));
    gc_unlock();
    ck_assert(!gc_is_locked());
    gc_unlock(); /* unmatched: ignored */
    ck_assert(!gc_is_locked());
    ck_assert_ptr_nonnull(gc_alloc(BS, 0));
    ck_assert_uint_eq(info().collections, 1);
}
END_TEST

START_TEST(test_enable)
{
    heap_setup(16 * 1024);
    gc_enable(false);
    ck_assert(!gc_is_enabled());
    fill_with_garbage();
    ck_assert_ptr_null(gc_alloc(BS, 0));
    ck_assert_uint_eq(info().collections, 0);
    gc_collect(); /* explicit collection still works */
    ck_assert_uint_eq(info().collections, 1);
    ck_assert_uint_eq(info().used, 0);
    ck_assert_ptr_nonnull(gc_alloc(BS, 0));
    gc_enable(true);
    fill_with_garbage();
    ck_assert_ptr_nonnull(gc_alloc(BS, 0));
    ck_assert_uint_eq(info().collections, 2);
}
END_TEST

START_TEST(test_threshold)
{
    heap_setup(64 * 1024);
    gc_set_threshold(10 * BS);
    ck_assert_uint_eq(gc_get_threshold(), 10 * BS);
    for (int i = 0; i < 25; i++)
        gc_alloc(BS, 0);
    /* collects before the 11th and the 21st allocation */
    ck_assert_uint_eq(info().collections, 2);
    ck_assert_uint_eq(info().used, 5 * BS);
    gc_enable(false);
    for (int i = 0; i < 25; i++)
        gc_alloc(BS, 0);
    ck_assert_uint_eq(info().collections, 2);
    gc_enable(true);
    gc_set_threshold(0);
    for (int i = 0; i < 100; i++)
        gc_alloc(BS, 0);
    ck_assert_uint_eq(info().collections, 2);
}
END_TEST

/* Root hook that tries to allocate: must get NULL. */
static void *hook_alloc_result;
static void alloc_in_hook(void)
{
    hook_alloc_result = gc_alloc(BS, 0);
    gc_free(roots[0]); /* ignored during a collection */
    root_hook();
}

START_TEST(test_alloc_during_collect)
{
    heap_setup(64 * 1024);
    gc_set_root_hook(alloc_in_hook);
    hook_alloc_result = (void *)1;
    roots[0] = gc_alloc(BS, 0);
    gc_collect();
    ck_assert_ptr_null(hook_alloc_result);
    ck_assert_uint_eq(gc_nbytes(roots[0]), BS);
    ck_assert_uint_eq(info().used, BS);
}
END_TEST

static Suite *gc_suite(void)
{
    Suite *s = suite_create("gc");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_init_info);
    tcase_add_test(tc, test_init_zeroed);
    tcase_add_test(tc, test_tiny_and_bad_regions);
    tcase_add_test(tc, test_alloc_basic);
    tcase_add_test(tc, test_free_edge_cases);
    tcase_add_test(tc, test_alloc_until_full);
    tcase_add_test(tc, test_collect_frees_unreachable);
    tcase_add_test(tc, test_roots_keep_alive);
    tcase_add_test(tc, test_gc_mark_single);
    tcase_add_test(tc, test_interior_pointers);
    tcase_add_test(tc, test_long_list);
    tcase_add_test(tc, test_mark_stack_overflow);
    tcase_add_test(tc, test_mark_stack_overflow_nested);
    tcase_add_test(tc, test_noscan);
    tcase_add_test(tc, test_finaliser);
    tcase_add_test(tc, test_finaliser_bit_cleared);
    tcase_add_test(tc, test_realloc_in_place);
    tcase_add_test(tc, test_realloc_move);
    tcase_add_test(tc, test_realloc_failure_and_pin);
    tcase_add_test(tc, test_fragmentation);
    tcase_add_test(tc, test_random_workload);
    tcase_add_test(tc, test_info_consistent);
    tcase_add_test(tc, test_lock);
    tcase_add_test(tc, test_enable);
    tcase_add_test(tc, test_threshold);
    tcase_add_test(tc, test_alloc_during_collect);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(gc_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
