/*
 * The parts of the port interface (src/port.h) that depend on the
 * supervisor: the console's state and where settings.toml lives.
 */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "port.h"
#include "supervisor_int.h"

bool port_console_connected(void)
{
    return isatty(STDIN_FILENO) == 1;
}

size_t port_console_bytes_available(void)
{
    int n = 0;
    if (ioctl(STDIN_FILENO, FIONREAD, &n) != 0 || n < 0)
        return 0;
    return (size_t)n;
}

const char *port_settings_path(void)
{
    static char path[PATH_MAX];
    if (!sup.dir)
        return "settings.toml";
    snprintf(path, sizeof(path), "%s/settings.toml", sup.dir);
    return path;
}
