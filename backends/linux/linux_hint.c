/*
 * The Linux backend's hint (see linux_hint.h). Invariant: hint_err == 0
 * exactly when there is no hint.
 */
#include "linux_hint.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int hint_err;
static char hint_text[LINUX_HINT_MAX];

int linux_hint(int err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(hint_text, sizeof(hint_text), fmt, ap);
    va_end(ap);
    hint_err = err;
    return -err;
}

void linux_hint_clear(void)
{
    hint_err = 0;
    hint_text[0] = '\0';
}

int linux_hint_take(hal_hint_t *h)
{
    int rc = -HAL_ENOENT;
    if (hint_err != 0 && h && h->err == hint_err && h->buf && h->size > 0) {
        snprintf(h->buf, h->size, "%s", hint_text);
        rc = 0;
    }
    linux_hint_clear();
    return rc;
}
