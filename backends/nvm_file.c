/* File-backed NVM for host backends (see nvm_file.h). */
#include <errno.h>
#include <stdbool.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "nvm_file.h"

static bool in_range(size_t size, size_t offset, size_t len)
{
    return offset <= size && len <= size - offset;
}

int nvm_file_read(const char *path, size_t size, size_t offset, uint8_t *buf, size_t len)
{
    if (!in_range(size, offset, len))
        return -EINVAL;
    memset(buf, 0xff, len);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT ? 0 : -errno;
    size_t done = 0;
    while (done < len) {
        ssize_t r = pread(fd, buf + done, len - done, (off_t)(offset + done));
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            int e = errno;
            close(fd);
            return -e;
        }
        if (r == 0)
            break; /* the rest stays 0xff */
        done += (size_t)r;
    }
    close(fd);
    return 0;
}

/* mkdir -p of path's directory. */
static int make_parent(const char *path)
{
    char dir[4096];
    size_t n = strlen(path);
    if (n >= sizeof(dir))
        return -ENAMETOOLONG;
    memcpy(dir, path, n + 1);
    char *slash = strrchr(dir, '/');
    if (!slash || slash == dir)
        return 0;
    *slash = '\0';
    for (char *p = dir + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(dir, 0755) < 0 && errno != EEXIST)
            return -errno;
        *p = '/';
    }
    if (mkdir(dir, 0755) < 0 && errno != EEXIST)
        return -errno;
    return 0;
}

static int write_all(int fd, const uint8_t *buf, size_t len, off_t at)
{
    while (len) {
        ssize_t w = pwrite(fd, buf, len, at);
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0)
            return -errno;
        buf += w;
        len -= (size_t)w;
        at += w;
    }
    return 0;
}

/* Pad the file with 0xff up to size bytes. */
static int pad(int fd, size_t size)
{
    struct stat st;
    if (fstat(fd, &st) < 0)
        return -errno;
    uint8_t ff[512];
    memset(ff, 0xff, sizeof(ff));
    for (size_t at = (size_t)st.st_size; at < size;) {
        size_t n = size - at < sizeof(ff) ? size - at : sizeof(ff);
        int rc = write_all(fd, ff, n, (off_t)at);
        if (rc)
            return rc;
        at += n;
    }
    return 0;
}

int nvm_file_write(const char *path, size_t size, size_t offset, const uint8_t *buf, size_t len)
{
    if (!in_range(size, offset, len))
        return -EINVAL;
    int rc = make_parent(path);
    if (rc)
        return rc;
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return -errno;
    rc = pad(fd, size);
    if (!rc)
        rc = write_all(fd, buf, len, (off_t)offset);
    if (close(fd) < 0 && !rc)
        rc = -errno;
    return rc;
}
