/*
 * list.sort: a stable top-down merge sort with binary insertion sort for
 * short runs.
 *
 * The list is emptied while it is sorted (CPython does the same), so code
 * run by key functions and comparisons sees an empty list, and any item it
 * adds is detected afterwards ("list modified during sort").
 *
 * Exception safety: every comparison may raise. The array being sorted is
 * kept a permutation of the original at every call that can raise: binary
 * insertion moves items only after its comparisons, and a merge records in
 * sort_state_t how many items of the run copied out to tmp have not been
 * put back yet, so the handler can put them back into the gap they left.
 */
#include "obj_list.h"

#include <string.h>

#include "mem.h"
#include "runtime.h"

#define RUN 16

typedef struct sort_state {
    obj_t *a;               /* n elements of w words; word 0 is the key */
    size_t w;
    obj_t *tmp;             /* room for n/2 + 1 elements */
    /* merge in progress: tmp[ti..tn) still belongs in a[dst..) */
    volatile size_t ti, tn, dst;
    volatile bool merging;
} sort_state_t;

static bool less(obj_t x, obj_t y)
{
    if (obj_is_small_int(x) && obj_is_small_int(y))
        return obj_small_int_value(x) < obj_small_int_value(y);
    return obj_is_true(compare_op(BOP_LT, x, y));
}

#define KEY(st, i) ((st)->a[(i) * (st)->w])

static void insertion_sort(sort_state_t *st, size_t lo, size_t hi)
{
    size_t w = st->w;
    for (size_t i = lo + 1; i < hi; i++) {
        obj_t x = KEY(st, i);
        if (!less(x, KEY(st, i - 1)))
            continue;
        /* first position whose key is greater than x (keeps stability) */
        size_t l = lo, r = i - 1;
        while (l < r) {
            size_t m = l + (r - l) / 2;
            if (less(x, KEY(st, m)))
                r = m;
            else
                l = m + 1;
        }
        obj_t pivot[2];
        memcpy(pivot, st->a + i * w, w * sizeof(obj_t));
        memmove(st->a + (l + 1) * w, st->a + l * w, (i - l) * w * sizeof(obj_t));
        memcpy(st->a + l * w, pivot, w * sizeof(obj_t));
    }
}

/* Merge the sorted runs [lo, mid) and [mid, hi); the left one moves to tmp. */
static void merge(sort_state_t *st, size_t lo, size_t mid, size_t hi)
{
    size_t w = st->w, nl = mid - lo;
    if (!less(KEY(st, mid), KEY(st, mid - 1)))
        return;
    memcpy(st->tmp, st->a + lo * w, nl * w * sizeof(obj_t));
    size_t i = 0, j = mid, k = lo;
    st->tn = nl;
    st->ti = 0;
    st->dst = lo;
    st->merging = true;
    while (i < nl && j < hi) {
        if (less(KEY(st, j), st->tmp[i * w])) {
            memcpy(st->a + k * w, st->a + j * w, w * sizeof(obj_t));
            j++;
        } else {
            memcpy(st->a + k * w, st->tmp + i * w, w * sizeof(obj_t));
            i++;
            st->ti = i;
        }
        k++;
        st->dst = k;
    }
    memcpy(st->a + k * w, st->tmp + i * w, (nl - i) * w * sizeof(obj_t));
    st->merging = false;
}

static void merge_sort(sort_state_t *st, size_t lo, size_t hi)
{
    if (hi - lo <= RUN) {
        insertion_sort(st, lo, hi);
        return;
    }
    size_t mid = lo + (hi - lo) / 2;
    merge_sort(st, lo, mid);
    merge_sort(st, mid, hi);
    merge(st, lo, mid, hi);
}

static void reverse_words(obj_t *a, size_t n, size_t w)
{
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        obj_t t[2];
        memcpy(t, a + i * w, w * sizeof(obj_t));
        memcpy(a + i * w, a + (j - 1) * w, w * sizeof(obj_t));
        memcpy(a + (j - 1) * w, t, w * sizeof(obj_t));
    }
}

/* Runs the key function over items into (key, value) pairs, then sorts. */
static void sort_run(sort_state_t *st, obj_t *items, size_t n, obj_t key)
{
    if (st->w == 2)
        for (size_t i = 0; i < n; i++) {
            st->a[2 * i] = call1(key, items[i]);
            st->a[2 * i + 1] = items[i];
        }
    if (n > RUN)
        st->tmp = mem_alloc((n / 2 + 1) * st->w * sizeof(obj_t));
    merge_sort(st, 0, n);
}

/* sort_run under an exception handler: returns the exception (after putting
 * back the items a merge had moved out) or OBJ_NULL. nlr uses
 * __builtin_setjmp, after which register-held locals are unreliable, so
 * this frame keeps only what it re-reads through volatile and the caller
 * (which must not be merged with it) keeps the rest. */
__attribute__((noinline)) static obj_t sort_guarded(sort_state_t *st_arg, obj_t *items, size_t n,
                                                    obj_t key)
{
    sort_state_t *volatile st = st_arg;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        sort_run(st, items, n, key);
        nlr_pop();
        return OBJ_NULL;
    }
    sort_state_t *s = st;
    if (s->merging)
        memcpy(s->a + s->dst * s->w, s->tmp + s->ti * s->w, (s->tn - s->ti) * s->w * sizeof(obj_t));
    return nlr.value;
}

void list_sort_inplace(obj_t list, obj_t key, bool reverse)
{
    obj_list_t *l = list;
    obj_t *items = l->items;
    size_t n = l->len, alloc = l->alloc;
    if (key == OBJ_NONE)
        key = OBJ_NULL;
    if (n == 0 || (n == 1 && key == OBJ_NULL))
        return;
    l->items = NULL;
    l->len = l->alloc = 0;

    sort_state_t st = {0};
    st.w = key ? 2 : 1;
    st.a = key ? mem_alloc(2 * n * sizeof(obj_t)) : items;
    if (reverse)
        reverse_words(items, n, 1);
    obj_t exc = sort_guarded(&st, items, n, key);
    /* the pairs hold every value only once all keys were computed */
    bool keys_done = key && (exc == OBJ_NULL || st.a[2 * n - 1] != OBJ_NULL);
    if (keys_done)
        for (size_t i = 0; i < n; i++)
            items[i] = st.a[2 * i + 1];
    if (reverse)
        reverse_words(items, n, 1);

    bool modified = l->items != NULL;
    l->items = items;
    l->len = n;
    l->alloc = alloc;
    if (exc != OBJ_NULL)
        nlr_jump(exc);
    if (modified)
        raise_msg(&type_ValueError, "list modified during sort");
}
