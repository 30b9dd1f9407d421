/*
 * The parts of the port interface (src/port.h) that depend on the
 * supervisor: the console's state and where settings.toml lives.
 */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <unistd.h>

#include "port.h"
#include "repl_term.h"
#include "supervisor_int.h"

bool port_console_connected(void)
{
    return isatty(STDIN_FILENO) == 1;
}

size_t port_console_bytes_available(void)
{
    return repl_term_input_available();
}

const char *port_settings_path(void)
{
    static char path[PATH_MAX];
    if (!sup.dir)
        return "settings.toml";
    snprintf(path, sizeof(path), "%s/settings.toml", sup.dir);
    return path;
}
