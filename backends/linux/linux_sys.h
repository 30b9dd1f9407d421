/*
 * The Linux backend's bus and channel files (linux_i2c.c, linux_spi.c,
 * linux_uart.c, linux_pwm.c, linux_adc.c) reach the kernel only through
 * this table of function pointers, so that unit tests can put a fake
 * kernel (fake device nodes, scripted ioctl replies, a fake sysfs) in
 * its place.
 *
 * Convention: every op returns a non-negative result or a negative errno
 * (never -1 + errno), and does not retry on EINTR: the callers decide
 * (a UART read returns -EINTR so that Ctrl-C stops a long wait).
 */
#ifndef CP_LINUX_SYS_H
#define CP_LINUX_SYS_H

#include <errno.h>
#include <poll.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/ioctl.h>
#include <sys/types.h>

/* Called by list_dir for each entry except "." and ".."; a non-zero return
 * stops the listing and becomes list_dir's result. */
typedef int (*linux_sys_dir_fn)(void *ctx, const char *name);

typedef struct linux_sys {
    int (*open)(const char *path, int flags);             /* fd; O_CLOEXEC is added */
    int (*close)(int fd);
    int (*ioctl)(int fd, unsigned long req, void *arg);   /* the kernel's result */
    ssize_t (*read)(int fd, void *buf, size_t len);
    ssize_t (*write)(int fd, const void *buf, size_t len);
    int (*poll)(struct pollfd *fds, nfds_t n, int timeout_ms); /* ready count */
    ssize_t (*readlink)(const char *path, char *buf, size_t size); /* no NUL added */
    int (*list_dir)(const char *path, linux_sys_dir_fn fn, void *ctx);
} linux_sys_t;

/* The real kernel. */
extern const linux_sys_t linux_sys_kernel;

/* The table in use (initially &linux_sys_kernel). Only tests change it,
 * before opening anything. */
extern const linux_sys_t *linux_sys;

/* linux_sys->ioctl with the real kernel's call made in place: for the
 * hot paths (a GPIO level written in a bit-banging loop), where the two
 * calls through the table cost a few percent. Tests' tables still get the
 * call. */
static inline int linux_sys_ioctl(int fd, unsigned long req, void *arg)
{
    if (linux_sys != &linux_sys_kernel)
        return linux_sys->ioctl(fd, req, arg);
    int r = ioctl(fd, req, arg);
    return r < 0 ? -errno : r;
}

/* ---- helpers over linux_sys (sysfs and device-tree files) ---- */

/* Read at most size-1 bytes of path into buf, NUL-terminate it and strip
 * one trailing newline. Returns the length, or -errno of open/read. */
int linux_sys_read_text(const char *path, char *buf, size_t size);
/* Read at most size bytes of path into buf (binary). Returns the length. */
int linux_sys_read_bytes(const char *path, void *buf, size_t size);
/* Write text to path in one write (a sysfs attribute). 0 or -errno. */
int linux_sys_write_text(const char *path, const char *text);
/* Read path as a decimal integer (sysfs style). 0, -errno, or -EINVAL when
 * it holds no number. */
int linux_sys_read_long(const char *path, long long *value);
/* Sleep ms milliseconds through poll (0, or -EINTR when interrupted). */
int linux_sys_sleep_ms(int ms);

#endif
