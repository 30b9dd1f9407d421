/* Lookup of frozen library modules (see frozen.h). */
#include "frozen.h"

#include <string.h>

/* frozen_modules[]: the const code objects written by tools/cpfreeze. */
#include "genhdr/frozen.h"

const frozen_module_t *frozen_get(size_t i)
{
    for (const frozen_module_t *m = frozen_modules; m->name; m++, i--)
        if (i == 0)
            return m;
    return NULL;
}

const frozen_module_t *frozen_find(const char *name, size_t len)
{
    for (const frozen_module_t *m = frozen_modules; m->name; m++)
        if (strlen(m->name) == len && memcmp(m->name, name, len) == 0)
            return m;
    return NULL;
}
