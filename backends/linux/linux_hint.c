/* The Linux backend's hint (see linux_hint.h): one process-wide store. */
#include "linux_hint.h"

#include "../hint_store.h"

static hint_store_t store;

int linux_hint(int err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = hint_store_vset(&store, err, fmt, ap);
    va_end(ap);
    return rc;
}

void linux_hint_clear(void)
{
    hint_store_clear(&store);
}

int linux_hint_take(hal_hint_t *h)
{
    return hint_store_take(&store, h);
}
