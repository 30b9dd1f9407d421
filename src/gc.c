/*
 * Conservative mark-and-sweep collector over one region (see gc.h).
 *
 * Allocation table (atb): 2 bits per block, block i in byte i/4 at bit
 * 2*(i%4). A run is one HEAD (or MARK, a head marked during a collection)
 * followed by TAILs. Invariants:
 *  - a TAIL always follows a HEAD/MARK/TAIL, so walking back from a TAIL
 *    finds the run's head;
 *  - MARK exists only between the start of marking and the end of sweep;
 *  - finaliser (ftb) and noscan (nsb) bits are set on heads only and are
 *    clear on free blocks;
 *  - every block below `hint` is non-free (so first-fit starts there);
 *  - table fields past the last block are FREE and never become anything
 *    else, so whole-byte tests never see phantom tails.
 */
#include "gc.h"

#include <stdint.h>
#include <string.h>

#ifndef GC_MARK_STACK_LEN
#define GC_MARK_STACK_LEN 64
#endif

#define BS GC_BLOCK_BYTES
#define BS_SHIFT (sizeof(void *) == 8 ? 5u : sizeof(void *) == 4 ? 4u : 3u)
_Static_assert(((size_t)1 << BS_SHIFT) == GC_BLOCK_BYTES,
               "block size must be a power of two");

enum { AT_FREE = 0, AT_HEAD = 1, AT_TAIL = 2, AT_MARK = 3 };
#define ALL_TAIL 0xAAu
enum { PH_IDLE, PH_MARK, PH_SWEEP };

static struct {
    uint8_t *atb;
    uint8_t *ftb;
    uint8_t *nsb;
    size_t *mstack;
    uintptr_t pool, pool_end;
    size_t nblocks;
    size_t hint;
    size_t big_hint;    /* next-fit start for multi-block requests */
    size_t msp;
    size_t ovf_min;     /* lowest marked block the full stack dropped; nblocks if none */
    size_t since;       /* bytes allocated since the last collection */
    size_t threshold;
    size_t collections, overflows;
    const void *pin;    /* extra root during a collection inside gc_realloc */
    void (*root_hook)(void);
    void (*fin_hook)(void *);
    unsigned lock_depth;
    unsigned char phase;
    bool enabled;
} st;

/* ---- table access ---- */

static inline unsigned at_get(size_t i)
{
    return (st.atb[i >> 2] >> ((i & 3) << 1)) & 3u;
}

static inline void at_set(size_t i, unsigned v)
{
    unsigned sh = (unsigned)(i & 3) << 1;
    st.atb[i >> 2] = (uint8_t)((st.atb[i >> 2] & ~(3u << sh)) | (v << sh));
}

/* Set n fields from i to v (FREE or TAIL), whole bytes at a time inside. */
static void at_set_run(size_t i, size_t n, unsigned v)
{
    size_t end = i + n;
    while (i < end && (i & 3))
        at_set(i++, v);
    if (end - i >= 4) {
        memset(st.atb + (i >> 2), (int)(v * 0x55u), (end - i) >> 2);
        i += (end - i) & ~(size_t)3;
    }
    while (i < end)
        at_set(i++, v);
}

static inline bool bit_get(const uint8_t *t, size_t i)
{
    return (t[i >> 3] >> (i & 7)) & 1u;
}

static inline void bit_put(uint8_t *t, size_t i, bool on)
{
    uint8_t m = (uint8_t)(1u << (i & 7));
    t[i >> 3] = on ? (uint8_t)(t[i >> 3] | m) : (uint8_t)(t[i >> 3] & ~m);
}

static inline void *blk_ptr(size_t i)
{
    return (void *)(st.pool + (i << BS_SHIFT));
}

static inline size_t blocks_for(size_t n)
{
    return n == 0 ? 1 : (n >> BS_SHIFT) + ((n & (BS - 1)) != 0);
}

/* Index one past the last tail of the run headed at h. */
static size_t run_end(size_t h)
{
    size_t i = h + 1;
    while (i < st.nblocks) {
        if ((i & 3) == 0 && st.atb[i >> 2] == ALL_TAIL)
            i += 4;
        else if (at_get(i) == AT_TAIL)
            i++;
        else
            break;
    }
    return i;
}

/* Head of the run containing block i (i must not be free). */
static size_t head_of(size_t i)
{
    while (at_get(i) == AT_TAIL) {
        if ((i & 3) == 0 && st.atb[(i >> 2) - 1] == ALL_TAIL)
            i -= 4;
        else
            i--;
    }
    return i;
}

/* True and *h set if p is exactly the start of an allocated run. */
static bool head_index(const void *p, size_t *h)
{
    uintptr_t off = (uintptr_t)p - st.pool;
    unsigned s;
    if (off >= st.pool_end - st.pool || (off & (BS - 1)))
        return false;
    *h = off >> BS_SHIFT;
    s = at_get(*h);
    return s == AT_HEAD || s == AT_MARK;
}

/* Free the run [h, end) headed at h. */
static void release(size_t h, size_t end)
{
    at_set_run(h, end - h, AT_FREE);
    bit_put(st.ftb, h, false);
    bit_put(st.nsb, h, false);
    if (h < st.hint)
        st.hint = h;
}

static void count_alloc(size_t nblk)
{
    size_t b = nblk << BS_SHIFT;
    st.since = st.since > SIZE_MAX - b ? SIZE_MAX : st.since + b;
}

/* ---- allocation ---- */

/* A byte of 4 fields none of which is FREE (00). */
static inline bool byte_full(unsigned b)
{
    return ((b | (b >> 1)) & 0x55u) == 0x55u;
}

/* First fit from the hint: start of `need` free blocks, or nblocks. Moves
 * the hint to the lowest free block left. */
/* First run of need free blocks in [from, to), or nblocks. */
static size_t scan_run(size_t from, size_t to, size_t need)
{
    size_t start = 0, run = 0;
    for (size_t i = from; i < to; i++) {
        if (run == 0 && (i & 3) == 0 && byte_full(st.atb[i >> 2])) {
            i += 3;
            continue;
        }
        if (at_get(i) != AT_FREE) {
            run = 0;
            continue;
        }
        if (run++ == 0)
            start = i;
        if (run == need)
            return start;
    }
    return st.nblocks;
}

/* Multi-block requests use next fit from where the last one ended, so a
 * heap fragmented by small holes is not rescanned from its start for every
 * big allocation (first fit made that quadratic). */
static size_t find_big_run(size_t need)
{
    size_t n = st.nblocks;
    size_t from = st.big_hint > st.hint ? st.big_hint : st.hint;
    size_t h = scan_run(from, n, need);
    if (h == n && from > st.hint) {
        size_t to = from + need - 1 < n ? from + need - 1 : n;
        h = scan_run(st.hint, to, need);
    }
    if (h == n)
        return n;
    st.big_hint = h + need;
    if (h == st.hint)
        st.hint = h + need;
    return h;
}

static size_t find_run(size_t need)
{
    if (need > 1)
        return find_big_run(need);
    size_t n = st.nblocks, lowest = n, start = 0, run = 0, i;
    for (i = st.hint; i < n; i++) {
        if (run == 0 && (i & 3) == 0 && byte_full(st.atb[i >> 2])) {
            i += 3;
            continue;
        }
        if (at_get(i) != AT_FREE) {
            run = 0;
            continue;
        }
        if (run++ == 0) {
            start = i;
            if (lowest == n)
                lowest = i;
        }
        if (run == need)
            break;
    }
    if (i >= n) {
        st.hint = lowest;
        return n;
    }
    st.hint = lowest == start ? start + need : lowest;
    return start;
}

static void *claim(size_t h, size_t need, unsigned flags)
{
    void *p = blk_ptr(h);
    at_set(h, AT_HEAD);
    if (need > 1)
        at_set_run(h + 1, need - 1, AT_TAIL);
    bit_put(st.nsb, h, (flags & GC_FLAG_NOSCAN) != 0);
    bit_put(st.ftb, h, (flags & GC_FLAG_FINALISE) != 0);
    count_alloc(need);
    memset(p, 0, need << BS_SHIFT);
    return p;
}

static bool may_collect(void)
{
    return st.enabled && st.lock_depth == 0;
}

void *gc_alloc(size_t n, unsigned flags)
{
    size_t need = blocks_for(n), h;
    if (st.phase != PH_IDLE || need > st.nblocks)
        return NULL;
    if (st.threshold && st.since >= st.threshold && may_collect())
        gc_collect();
    h = find_run(need);
    if (h == st.nblocks && may_collect()) {
        gc_collect();
        h = find_run(need);
    }
    if (h == st.nblocks)
        return NULL;
    return claim(h, need, flags);
}

static bool grow_in_place(size_t h, size_t end, size_t need)
{
    size_t i, stop = h + need;
    if (stop > st.nblocks)
        return false;
    for (i = end; i < stop; i++)
        if (at_get(i) != AT_FREE)
            return false;
    at_set_run(end, stop - end, AT_TAIL);
    if (st.hint >= end && st.hint < stop)
        st.hint = stop;
    count_alloc(stop - end);
    memset(blk_ptr(end), 0, (stop - end) << BS_SHIFT);
    return true;
}

static void *move(void *p, size_t h, size_t have, size_t n)
{
    unsigned flags = (bit_get(st.nsb, h) ? GC_FLAG_NOSCAN : 0) |
                     (bit_get(st.ftb, h) ? GC_FLAG_FINALISE : 0);
    void *q;
    st.pin = p;
    q = gc_alloc(n, flags);
    st.pin = NULL;
    if (!q)
        return NULL;
    memcpy(q, p, have << BS_SHIFT);
    release(h, h + have);
    return q;
}

void *gc_realloc(void *p, size_t n)
{
    size_t h, end, need;
    if (!p)
        return gc_alloc(n, 0);
    if (st.phase != PH_IDLE || !head_index(p, &h))
        return NULL;
    need = blocks_for(n);
    end = run_end(h);
    if (need > end - h) {
        if (grow_in_place(h, end, need))
            return p;
        return move(p, h, end - h, n);
    }
    if (need < end - h) {
        at_set_run(h + need, end - (h + need), AT_FREE);
        if (h + need < st.hint)
            st.hint = h + need;
    }
    if (n < (need << BS_SHIFT))
        memset((char *)p + n, 0, (need << BS_SHIFT) - n);
    return p;
}

void gc_free(void *p)
{
    size_t h;
    if (st.phase != PH_IDLE || !head_index(p, &h))
        return;
    release(h, run_end(h));
}

size_t gc_nbytes(const void *p)
{
    size_t h;
    if (!head_index(p, &h))
        return 0;
    return (run_end(h) - h) << BS_SHIFT;
}

/* ---- marking ---- */

/* Mark the run v points into; queue it for scanning unless NOSCAN. A full
 * stack drops the block but remembers the lowest dropped index: the block
 * stays marked, and rescan() scans every marked block from there. */
static void mark_word(uintptr_t v)
{
    size_t i;
    unsigned s;
    if (v - st.pool >= st.pool_end - st.pool)
        return;
    i = (v - st.pool) >> BS_SHIFT;
    s = at_get(i);
    if (s == AT_FREE || s == AT_MARK)
        return;
    if (s == AT_TAIL) {
        i = head_of(i);
        if (at_get(i) == AT_MARK)
            return;
    }
    at_set(i, AT_MARK);
    if (bit_get(st.nsb, i))
        return;
    if (st.msp < GC_MARK_STACK_LEN)
        st.mstack[st.msp++] = i;
    else if (i < st.ovf_min)
        st.ovf_min = i;
}

/* Words are read with memcpy: blocks hold objects of any type. */
static void scan_words(const void *start, size_t nwords)
{
    const unsigned char *w = start;
    uintptr_t v;
    for (; nwords; nwords--, w += sizeof v) {
        memcpy(&v, w, sizeof v);
        mark_word(v);
    }
}

static void scan_block(size_t h)
{
    scan_words(blk_ptr(h), ((run_end(h) - h) << BS_SHIFT) / sizeof(uintptr_t));
}

static void drain(void)
{
    while (st.msp)
        scan_block(st.mstack[--st.msp]);
}

/* Rescanning an already scanned block is harmless (its children are marked
 * already), so each pass rescans every scannable marked block from the
 * lowest dropped one; a pass that drops nothing ends marking. */
static void rescan(void)
{
    while (st.ovf_min < st.nblocks) {
        size_t i = st.ovf_min;
        st.ovf_min = st.nblocks;
        st.overflows++;
        for (; i < st.nblocks; i++) {
            unsigned b = st.atb[i >> 2];
            if ((i & 3) == 0 && !(b & (b >> 1) & 0x55u)) {
                i += 3;
                continue;
            }
            if (at_get(i) == AT_MARK && !bit_get(st.nsb, i)) {
                scan_block(i);
                drain();
            }
        }
    }
}

void gc_mark_range(void *const *start, size_t nwords)
{
    const unsigned char *w = (const unsigned char *)start;
    if (st.phase != PH_MARK)
        return;
    for (; nwords; nwords--, w += sizeof(void *)) {
        uintptr_t v;
        memcpy(&v, w, sizeof v);
        mark_word(v);
        drain();
    }
}

void gc_mark(const void *p)
{
    if (st.phase != PH_MARK)
        return;
    mark_word((uintptr_t)p);
    drain();
}

/* ---- sweeping ---- */

/* All finalisers run before anything is freed, so a finaliser may still
 * read other unreachable blocks. */
static void run_finalisers(void)
{
    size_t k, nbytes = (st.nblocks + 7) >> 3;
    if (!st.fin_hook)
        return;
    for (k = 0; k < nbytes; k++) {
        unsigned b = st.ftb[k], j;
        for (j = 0; b; j++, b >>= 1) {
            size_t i = (k << 3) + j;
            if ((b & 1u) && at_get(i) == AT_HEAD)
                st.fin_hook(blk_ptr(i));
        }
    }
}

/* One pass over the table: MARK -> HEAD, unmarked HEAD and its TAILs ->
 * FREE. `freeing` says whether the current run's head was freed. */
static void sweep(void)
{
    size_t k, nbytes = (st.nblocks + 3) >> 2, lowest = st.nblocks;
    bool freeing = false;
    for (k = 0; k < nbytes; k++) {
        unsigned b = st.atb[k], j;
        if (b == 0) {
            freeing = false;
            continue;
        }
        if (b == ALL_TAIL) {
            if (freeing)
                st.atb[k] = 0;
            continue;
        }
        for (j = 0; j < 4; j++) {
            unsigned sh = j << 1, s = (b >> sh) & 3u;
            size_t i = (k << 2) + j;
            if (s == AT_MARK) {
                b &= ~(2u << sh);
                freeing = false;
            } else if (s == AT_HEAD) {
                b &= ~(3u << sh);
                bit_put(st.ftb, i, false);
                bit_put(st.nsb, i, false);
                freeing = true;
                if (i < lowest)
                    lowest = i;
            } else if (s == AT_TAIL) {
                if (freeing)
                    b &= ~(3u << sh);
            } else {
                freeing = false;
            }
        }
        st.atb[k] = (uint8_t)b;
    }
    if (lowest < st.hint)
        st.hint = lowest;
    st.big_hint = st.hint;
}

void gc_collect(void)
{
    if (st.phase != PH_IDLE || st.lock_depth || !st.nblocks)
        return;
    st.phase = PH_MARK;
    st.msp = 0;
    st.ovf_min = st.nblocks;
    if (st.pin)
        gc_mark(st.pin);
    if (st.root_hook)
        st.root_hook();
    rescan();
    st.phase = PH_SWEEP;
    run_finalisers();
    sweep();
    st.collections++;
    st.since = 0;
    st.phase = PH_IDLE;
}

/* ---- setup, control, statistics ---- */

static uintptr_t align_up(uintptr_t a, size_t to)
{
    return (a + (to - 1)) & ~(uintptr_t)(to - 1);
}

/* Does a heap of n blocks with its tables fit in [a, e)? */
static bool fits(uintptr_t a, uintptr_t e, size_t n, uintptr_t *pool)
{
    size_t tables = ((n + 3) >> 2) + 2 * ((n + 7) >> 3);
    if (e - a < tables)
        return false;
    *pool = align_up(a + tables, BS);
    return *pool <= e && ((e - *pool) >> BS_SHIFT) >= n;
}

static void init(void *start, void *end, bool zeroed);

void gc_init(void *start, void *end)
{
    init(start, end, false);
}

void gc_init_zeroed(void *start, void *end)
{
    init(start, end, true);
}

static void init(void *start, void *end, bool zeroed)
{
    uintptr_t a = align_up((uintptr_t)start, sizeof(size_t));
    uintptr_t e = (uintptr_t)end, pool = 0;
    size_t n, stack_bytes = GC_MARK_STACK_LEN * sizeof(size_t);
    memset(&st, 0, sizeof st);
    st.enabled = true;
    if (e < a || e - a <= stack_bytes)
        return;
    st.mstack = (size_t *)a;
    a += stack_bytes;
    n = (e - a) / (2 * BS + 1) * 2;
    while (n && !fits(a, e, n, &pool))
        n--;
    while (fits(a, e, n + 1, &pool))
        n++;
    if (!n || !fits(a, e, n, &pool))
        return;
    st.atb = (uint8_t *)a;
    st.ftb = st.atb + ((n + 3) >> 2);
    st.nsb = st.ftb + ((n + 7) >> 3);
    if (!zeroed)
        memset(st.atb, 0, (size_t)(pool - a));
    st.pool = pool;
    st.pool_end = pool + (n << BS_SHIFT);
    st.nblocks = n;
}

void gc_set_root_hook(void (*fn)(void))
{
    st.root_hook = fn;
}

void gc_set_finaliser_hook(void (*fn)(void *block))
{
    st.fin_hook = fn;
}

void gc_lock(void)
{
    st.lock_depth++;
}

void gc_unlock(void)
{
    if (st.lock_depth)
        st.lock_depth--;
}

bool gc_is_locked(void)
{
    return st.lock_depth != 0;
}

void gc_enable(bool on)
{
    st.enabled = on;
}

bool gc_is_enabled(void)
{
    return st.enabled;
}

void gc_set_threshold(size_t bytes)
{
    st.threshold = bytes;
}

size_t gc_get_threshold(void)
{
    return st.threshold;
}

void gc_info(gc_info_t *info)
{
    size_t i, used = 0, run = 0, maxrun = 0;
    for (i = 0; i < st.nblocks; i++) {
        if (at_get(i) != AT_FREE) {
            used++;
            run = 0;
        } else if (++run > maxrun) {
            maxrun = run;
        }
    }
    info->total = st.nblocks << BS_SHIFT;
    info->used = used << BS_SHIFT;
    info->free = info->total - info->used;
    info->max_free = maxrun << BS_SHIFT;
    info->collections = st.collections;
    info->mark_overflows = st.overflows;
}

bool gc_is_heap_ptr(const void *p)
{
    return (uintptr_t)p - st.pool < st.pool_end - st.pool;
}
