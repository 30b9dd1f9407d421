/* A backend's advice for its latest failure (see hint_store.h). */
#include "hint_store.h"

#include <stdio.h>

int hint_store_vset(hint_store_t *s, int err, const char *fmt, va_list ap)
{
    vsnprintf(s->text, sizeof(s->text), fmt, ap);
    s->err = err;
    return -err;
}

void hint_store_clear(hint_store_t *s)
{
    s->err = 0;
    s->text[0] = '\0';
}

int hint_store_take(hint_store_t *s, hal_hint_t *h)
{
    int rc = -HAL_ENOENT;
    if (s->err != 0 && h && h->err == s->err && h->buf && h->size > 0) {
        snprintf(h->buf, h->size, "%s", s->text);
        rc = 0;
    }
    hint_store_clear(s);
    return rc;
}
