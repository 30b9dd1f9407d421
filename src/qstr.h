/*
 * Interned strings ("qstrs"): names, attribute keys and string constants
 * that are compared by index instead of by content.
 *
 * The static pool is generated at build time (tools/makeqstrdefs.py) from
 * every Q_<name> token in the sources, so no table is kept by hand. A name
 * that is not a C identifier is declared where it is used with
 * QSTR_SPECIAL(Q_xxx, "<text>"), which expands to nothing in C.
 * Strings interned at run time go to a pool in the collected heap.
 *
 * Invariant: equal contents <=> equal qstr index (one pool entry per text).
 */
#ifndef CP_QSTR_H
#define CP_QSTR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint32_t qstr;

#define QSTR_SPECIAL(id, text)
/* Marks macro M as taking a pasted qstr name first (see makeqstrdefs.py). */
#define QSTR_MACRO(m)

enum {
    QSTR_NULL_ = 0,
#define QDEF(id, hash, len, str) id,
#include "genhdr/qstrdefs.h"
#undef QDEF
    QSTR_STATIC_COUNT
};
#define QSTR_NULL ((qstr)0)

/* Hash of a byte string, as used for str objects and qstrs. Never 0. */
uintptr_t qstr_compute_hash(const char *s, size_t len);

/* Set up the run-time pool; call once after gc_init. */
void qstr_init(void);
/* Interns s (copied); raises MemoryError when the heap is full. */
qstr qstr_from_strn(const char *s, size_t len);
qstr qstr_from_str(const char *s);
/* Returns the qstr for s if it is already interned, else QSTR_NULL. */
qstr qstr_find_strn(const char *s, size_t len);

const char *qstr_str(qstr q);
const char *qstr_data(qstr q, size_t *len);
size_t qstr_len(qstr q);
uintptr_t qstr_hash(qstr q);
/* Number of code points (qstr text is UTF-8). */
size_t qstr_charlen(qstr q);
/* One past the highest qstr number in use: QSTR_STATIC_COUNT plus the
 * run-time entries, which are numbered from QSTR_STATIC_COUNT on in the
 * order they were created (tools/cpfreeze checks it made none). */
size_t qstr_count(void);

/* Called by the collector's root hook. */
void qstr_gc_mark_roots(void);

#endif
