/*
 * One line of advice for the user about a backend's latest failure (which
 * group to join, which overlay to enable, which udev rule to install),
 * handed to the binding layer through the HAL_CTL_HINT control op
 * (backends/hal.h). Each backend keeps one store: one process drives one
 * board, and the hint describes the latest error whatever device it came
 * from, so it is set where the error is returned and taken (and cleared)
 * where it is reported.
 *
 * Invariant: err == 0 exactly when the store holds no hint.
 */
#ifndef CP_HINT_STORE_H
#define CP_HINT_STORE_H

#include <stdarg.h>

#include "hal.h"

#define HINT_STORE_MAX 320

typedef struct hint_store {
    int err;                    /* positive errno the hint is for, or 0 */
    char text[HINT_STORE_MAX];
} hint_store_t;

/* Remember fmt's text (cut to HINT_STORE_MAX - 1 bytes) as the advice for
 * error err (a positive errno), replacing any earlier hint. Returns -err,
 * so that `return backend_hint(EACCES, "...")` reads naturally. */
int hint_store_vset(hint_store_t *s, int err, const char *fmt, va_list ap)
    __attribute__((format(printf, 3, 0)));
/* Forget the hint (done at the start of an operation that may leave one). */
void hint_store_clear(hint_store_t *s);
/* HAL_CTL_HINT: 0 and the hint copied into h->buf when it was left for
 * h->err, else -HAL_ENOENT; the hint is cleared either way. */
int hint_store_take(hint_store_t *s, hal_hint_t *h);

#endif
