/*
 * Where the Linux backend looks (a sysroot for tests) and how it logs.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linux.h"

const char *linux_env_sysroot(void)
{
    static const char *root;
    if (!root) {
        const char *env = getenv("CIRCUITPY_SYSROOT");
        root = env ? env : "";
        /* "/" and "" both mean the real root; drop a trailing slash so
           that root + "/dev" never doubles it */
        static char trimmed[LINUX_PATH_MAX / 2];
        size_t len = strlen(root);
        if (len && root[len - 1] == '/' && len < sizeof(trimmed)) {
            memcpy(trimmed, root, len - 1);
            trimmed[len - 1] = '\0';
            root = trimmed;
        }
    }
    return root;
}

int linux_env_path(char *buf, size_t size, const char *fmt, ...)
{
    const char *root = linux_env_sysroot();
    int n = snprintf(buf, size, "%s", root);
    if (n < 0 || (size_t)n >= size)
        return -ENAMETOOLONG;
    va_list ap;
    va_start(ap, fmt);
    int m = vsnprintf(buf + n, size - (size_t)n, fmt, ap);
    va_end(ap);
    if (m < 0 || (size_t)m >= size - (size_t)n)
        return -ENAMETOOLONG;
    return 0;
}

void linux_env_log(const hal_system_t *sys, bool chatter, const char *fmt, ...)
{
    const hal_options_t *o = sys ? sys->options : NULL;
    if (!o || !o->log || (chatter && !o->verbose))
        return;
    char line[384];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof(line), fmt, ap);
    va_end(ap);
    o->log(o->log_ctx, line);
}
