/*
 * What the Linux bus and channel files share: telling a Raspberry Pi
 * apart (for hints naming its settings) and the permission hint.
 */
#include "linux_bus.h"

#include <errno.h>
#include <string.h>

#include "linux_hint.h"

bool linux_bus_is_pi(const hal_system_t *sys)
{
    return sys && sys->board && sys->board->id && strncmp(sys->board->id, "raspberry_pi", 12) == 0;
}

int linux_bus_access_hint(int rc, const char *path, const char *group, const char *subsystem)
{
    if (rc != -EACCES && rc != -EPERM)
        return rc;
    linux_hint(-rc,
               "%s: add your user to group %s (sudo usermod -aG %s $USER, then log in again), "
               "or add a udev rule such as SUBSYSTEM==\"%s\", GROUP=\"%s\", MODE=\"0660\"",
               path, group, group, subsystem, group);
    return rc;
}
