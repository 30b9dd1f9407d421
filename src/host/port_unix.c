/*
 * The port interface (src/port.h) for Linux and other POSIX hosts.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "gc.h"
#include "mem.h"
#include "port.h"

volatile int port_interrupt_pending;
char *port_stack_top;
char *port_stack_limit;

void port_stdout_write(const char *s, size_t n)
{
    fwrite(s, 1, n, stdout);
}

void port_stderr_write(const char *s, size_t n)
{
    fflush(stdout);
    fwrite(s, 1, n, stderr);
}

long port_stdin_readline(char *buf, size_t size)
{
    fflush(stdout);
    size_t n = 0;
    while (n + 1 < size) {
        int c = getchar();
        if (c == EOF) {
            if (ferror(stdin) && errno == EINTR) {
                clearerr(stdin);
                return -EINTR;
            }
            if (n == 0)
                return -1;
            break;
        }
        if (c == '\n')
            break;
        buf[n++] = (char)c;
    }
    buf[n] = '\0';
    return (long)n;
}

int port_file_read(const char *path, char **data, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -errno;
    struct stat st;
    if (fstat(fd, &st) < 0) {
        int e = errno;
        close(fd);
        return -e;
    }
    if (S_ISDIR(st.st_mode)) {
        close(fd);
        return -EISDIR;
    }
    size_t cap = st.st_size > 0 ? (size_t)st.st_size + 1 : 4096;
    char *buf = gc_alloc(cap, GC_FLAG_NOSCAN);
    if (!buf) {
        close(fd);
        return -ENOMEM;
    }
    size_t n = 0;
    for (;;) {
        if (n + 1 >= cap) {
            char *nb = gc_realloc(buf, cap * 2);
            if (!nb) {
                close(fd);
                return -ENOMEM;
            }
            buf = nb;
            cap *= 2;
        }
        ssize_t r = read(fd, buf + n, cap - n - 1);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            int e = errno;
            close(fd);
            return -e;
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    close(fd);
    buf[n] = '\0';
    *data = buf;
    *len = n;
    return 0;
}

int port_path_stat(const char *path)
{
    struct stat st;
    if (stat(path, &st) < 0)
        return PORT_STAT_NONE;
    return S_ISDIR(st.st_mode) ? PORT_STAT_DIR : PORT_STAT_FILE;
}

uint64_t port_ticks_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

int port_sleep_ns(uint64_t ns)
{
    struct timespec req = {(time_t)(ns / 1000000000u), (long)(ns % 1000000000u)}, rem;
    while (nanosleep(&req, &rem) < 0) {
        if (errno != EINTR)
            return -errno;
        if (port_interrupt_pending)
            return -EINTR;
        req = rem;
    }
    return 0;
}

/* Reading the stack touches ASan's redzones, which is fine here: we only
 * look for values that point into the heap. */
#if defined(__SANITIZE_ADDRESS__)
#define NO_ASAN __attribute__((no_sanitize_address))
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NO_ASAN __attribute__((no_sanitize_address))
#endif
#endif
#ifndef NO_ASAN
#define NO_ASAN
#endif

NO_ASAN static void scan_words(void *const *lo, void *const *hi)
{
    for (void *const *p = lo; p < hi; p++)
        gc_mark(*p);
}

void port_gc_scan_stack(void)
{
    /* spill callee-saved registers into a buffer on this frame */
    jmp_buf regs;
    setjmp(regs);
    scan_words((void *const *)(void *)&regs, (void *const *)(void *)(&regs + 1));
    void *const *lo = (void *const *)(void *)&regs;
    scan_words(lo, (void *const *)(void *)port_stack_top);
}

_Noreturn void port_fatal(const char *msg)
{
    fflush(stdout);
    fprintf(stderr, "circuitpython: fatal error: %s\n", msg);
    abort();
}

uint32_t port_random_seed(void)
{
    uint32_t v = 0;
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        if (read(fd, &v, sizeof(v)) != (ssize_t)sizeof(v))
            v = 0;
        close(fd);
    }
    return v ^ (uint32_t)port_ticks_ns();
}
