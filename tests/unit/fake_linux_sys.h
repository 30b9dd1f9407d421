/*
 * A fake kernel behind backends/linux/linux_sys.h for the Linux backend's
 * unit tests (test_linux_*.c): a tiny file tree of sysfs-like attributes
 * (reads give the text, a write replaces it and is logged), symlinks,
 * errors on chosen paths, and device nodes whose ioctl/read/write/poll go
 * to the test's functions. Paths are compared as strings.
 */
#ifndef CP_FAKE_LINUX_SYS_H
#define CP_FAKE_LINUX_SYS_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "linux/linux_sys.h"

typedef struct fake_dev_ops {
    int (*ioctl)(void *ctx, unsigned long req, void *arg);  /* -errno or result */
    ssize_t (*read)(void *ctx, void *buf, size_t len);      /* NULL: -EINVAL */
    ssize_t (*write)(void *ctx, const void *buf, size_t len);
    short (*poll)(void *ctx, short events, int timeout_ms); /* revents */
} fake_dev_ops_t;

/* Forget everything and point linux_sys at the fake. */
void fake_sys_install(void);
/* An attribute file holding text (replacing any entry for path). */
void fake_sys_file(const char *path, const char *text);
void fake_sys_bytes(const char *path, const void *data, size_t len);
/* open(path) fails with -err the next `times` times (0: always). */
void fake_sys_error(const char *path, int err, int times);
/* Writes to path fail with -err (the file stays readable). */
void fake_sys_write_error(const char *path, int err);
void fake_sys_link(const char *path, const char *target);
void fake_sys_device(const char *path, const fake_dev_ops_t *ops, void *ctx);
void fake_sys_remove(const char *path);
/* Called before a write to a file is applied: a negative errno rejects it
 * (as sysfs does), 0 lets it through. fn may add or remove files. */
void fake_sys_on_write(int (*fn)(const char *path, const char *text));

/* Current text of a file, or NULL when there is none. */
const char *fake_sys_text(const char *path);
/* "PATH=TEXT\n" for every accepted write to a file, in order. */
const char *fake_sys_log(void);
void fake_sys_log_clear(void);
/* File descriptors open now (0 after everything was closed). */
int fake_sys_open_fds(void);
/* Sum of the timeouts of poll calls without fds (sleeps), in ms. */
long fake_sys_slept_ms(void);

#endif
