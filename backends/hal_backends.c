/*
 * The backends built into this program, found by the name a board file's
 * `backend` line gives. A backend joins the list here, under the config.h
 * define configure sets when it builds that backend.
 */
#include "config.h"

#include <string.h>

#include "hal.h"
#ifdef CP_BACKEND_SIM
#include "sim/sim.h"
#endif
#ifdef CP_BACKEND_LINUX
#include "linux/linux.h"
#endif
#ifdef CP_BACKEND_FTDI
#include "ftdi/ftdi.h"
#endif

const hal_backend_t *const hal_backends[] = {
#ifdef CP_BACKEND_SIM
    &sim_backend,
#endif
#ifdef CP_BACKEND_LINUX
    &linux_backend,
#endif
#ifdef CP_BACKEND_FTDI
    &ftdi_backend,
#endif
    NULL,
};

const hal_backend_t *hal_backend_find(const char *name)
{
    for (size_t i = 0; hal_backends[i]; i++)
        if (strcmp(hal_backends[i]->name, name) == 0)
            return hal_backends[i];
    return NULL;
}
