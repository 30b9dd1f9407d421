/*
 * The real kernel behind linux_sys_t, and file helpers written over
 * whatever table is in use (so tests fake sysfs with the same table).
 *
 * The kernel table puts $CIRCUITPY_SYSROOT (linux_env_sysroot) in front
 * of every path, as the GPIO and detection code does, so a test tree
 * (a VM's symlinks to mock devices) covers the buses too.
 */
#include "linux_sys.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "linux.h"

/* path under the sysroot, in buf; NULL when too long */
static const char *rooted(const char *path, char *buf, size_t size)
{
    if (path[0] != '/' || linux_env_sysroot()[0] == '\0')
        return path;
    return linux_env_path(buf, size, "%s", path) == 0 ? buf : NULL;
}

static int k_open(const char *path, int flags)
{
    char buf[LINUX_PATH_MAX];
    if (!(path = rooted(path, buf, sizeof(buf))))
        return -ENAMETOOLONG;
    int fd = open(path, flags | O_CLOEXEC);
    return fd < 0 ? -errno : fd;
}

static int k_close(int fd)
{
    return close(fd) < 0 ? -errno : 0;
}

static int k_ioctl(int fd, unsigned long req, void *arg)
{
    int r = ioctl(fd, req, arg);
    return r < 0 ? -errno : r;
}

static ssize_t k_read(int fd, void *buf, size_t len)
{
    ssize_t r = read(fd, buf, len);
    return r < 0 ? -errno : r;
}

static ssize_t k_write(int fd, const void *buf, size_t len)
{
    ssize_t r = write(fd, buf, len);
    return r < 0 ? -errno : r;
}

static int k_poll(struct pollfd *fds, nfds_t n, int timeout_ms)
{
    int r = poll(fds, n, timeout_ms);
    return r < 0 ? -errno : r;
}

static ssize_t k_readlink(const char *path, char *buf, size_t size)
{
    char full[LINUX_PATH_MAX];
    if (!(path = rooted(path, full, sizeof(full))))
        return -ENAMETOOLONG;
    ssize_t r = readlink(path, buf, size);
    return r < 0 ? -errno : r;
}

static int k_list_dir(const char *path, linux_sys_dir_fn fn, void *ctx)
{
    char buf[LINUX_PATH_MAX];
    if (!(path = rooted(path, buf, sizeof(buf))))
        return -ENAMETOOLONG;
    DIR *d = opendir(path);
    if (!d)
        return -errno;
    int rc = 0;
    struct dirent *e;
    while (rc == 0 && (e = readdir(d)) != NULL)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
            rc = fn(ctx, e->d_name);
    closedir(d);
    return rc;
}

const linux_sys_t linux_sys_kernel = {
    .open = k_open,
    .close = k_close,
    .ioctl = k_ioctl,
    .read = k_read,
    .write = k_write,
    .poll = k_poll,
    .readlink = k_readlink,
    .list_dir = k_list_dir,
};

const linux_sys_t *linux_sys = &linux_sys_kernel;

/* ---- helpers ---- */

int linux_sys_read_bytes(const char *path, void *buf, size_t size)
{
    int fd = linux_sys->open(path, O_RDONLY);
    if (fd < 0)
        return fd;
    size_t got = 0;
    int rc = 0;
    while (got < size) {
        ssize_t r = linux_sys->read(fd, (char *)buf + got, size - got);
        if (r == -EINTR)
            continue;
        if (r < 0) {
            rc = (int)r;
            break;
        }
        if (r == 0)
            break;
        got += (size_t)r;
    }
    linux_sys->close(fd);
    return rc < 0 ? rc : (int)got;
}

int linux_sys_read_text(const char *path, char *buf, size_t size)
{
    if (size == 0)
        return -EINVAL;
    int n = linux_sys_read_bytes(path, buf, size - 1);
    if (n < 0) {
        buf[0] = '\0';
        return n;
    }
    buf[n] = '\0';
    if (n > 0 && buf[n - 1] == '\n')
        buf[--n] = '\0';
    return n;
}

int linux_sys_write_text(const char *path, const char *text)
{
    int fd = linux_sys->open(path, O_WRONLY);
    if (fd < 0)
        return fd;
    size_t len = strlen(text);
    ssize_t r;
    do
        r = linux_sys->write(fd, text, len);
    while (r == -EINTR);
    int rc = linux_sys->close(fd);
    /* sysfs reports a rejected value from write(), never a short count */
    if (r < 0)
        return (int)r;
    if ((size_t)r != len)
        return -EIO;
    return rc;
}

int linux_sys_read_long(const char *path, long long *value)
{
    char buf[32];
    int n = linux_sys_read_text(path, buf, sizeof(buf));
    if (n < 0)
        return n;
    char *end;
    errno = 0;
    long long v = strtoll(buf, &end, 10);
    if (end == buf || errno != 0)
        return -EINVAL;
    while (*end == ' ' || *end == '\n')
        end++;
    if (*end != '\0')
        return -EINVAL;
    *value = v;
    return 0;
}

int linux_sys_sleep_ms(int ms)
{
    int r = linux_sys->poll(NULL, 0, ms);
    return r < 0 ? r : 0;
}
