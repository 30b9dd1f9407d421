/*
 * One line of advice for the user about the Linux backend's latest
 * failure (which group to join, which dtparam or overlay to enable),
 * handed to the binding layer through the HAL_CTL_HINT control op
 * (backends/hal.h). The backend's control op answers HAL_CTL_HINT with
 * linux_hint_take.
 *
 * One process drives one board, and the hint describes the latest error
 * whatever device it came from, so it is process-wide state: set where
 * the error is returned, taken (and cleared) where it is reported.
 */
#ifndef CP_LINUX_HINT_H
#define CP_LINUX_HINT_H

#include "../hal.h"
#include "../hint_store.h"

#define LINUX_HINT_MAX HINT_STORE_MAX

/* Remember fmt's text (cut to LINUX_HINT_MAX - 1 bytes) as the advice for
 * error err (a positive errno), replacing any earlier hint. Returns -err,
 * so that `return linux_hint(EACCES, "...")` reads naturally. */
int linux_hint(int err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Forget the hint (done at the start of an operation that may leave one). */
void linux_hint_clear(void);
/* HAL_CTL_HINT: 0 and the hint copied into h->buf when it was left for
 * h->err, else -HAL_ENOENT; the hint is cleared either way. */
int linux_hint_take(hal_hint_t *h);

#endif
