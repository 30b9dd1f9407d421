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
#include "repl_term.h"
#include "supervisor.h"

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

/* Console input goes through repl_term's buffers (never stdio's, which
 * supervisor.runtime.serial_bytes_available could not see). */
long port_stdin_read(void *buf, size_t n)
{
    fflush(stdout);
    return repl_term_input_read(buf, n);
}

/* The last line ended at a CR: a LF right behind it is the same ending. */
static bool line_after_cr;

long port_stdin_readline(char *buf, size_t size)
{
    /* as python3 a CR is part of the line, but not on a serial line,
       where Enter sends CR (CircuitPython's console) */
    bool cr_ends = repl_term_input_raw_tty();
    size_t n = 0;
    while (n + 1 < size) {
        char c;
        long r = port_stdin_read(&c, 1);
        if (r < 0) {
            buf[n] = '\0';
            return r;
        }
        if (r == 0) {
            if (n == 0)
                return -1;
            break;
        }
        bool skip = line_after_cr && c == '\n' && n == 0;
        line_after_cr = false;
        if (skip)
            continue;
        if (c == '\r' && cr_ends) {
            line_after_cr = true;
            break;
        }
        if (c == '\n')
            break;
        buf[n++] = c;
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

/* A conservative scan reads stack slots nobody initialised. Under valgrind
 * each word read is declared defined (the copy only, not the stack slot),
 * so the deliberate reads neither raise errors nor spread "undefined" into
 * the collector's mark bits. */
#if defined(__has_include)
#if __has_include(<valgrind/memcheck.h>)
#include <valgrind/memcheck.h>
#define SCANNED(v) VALGRIND_MAKE_MEM_DEFINED(&(v), sizeof(v))
#endif
#endif
#ifndef SCANNED
#define SCANNED(v) ((void)0)
#endif

NO_ASAN static void scan_words(void *const *lo, void *const *hi)
{
    for (void *const *p = lo; p < hi; p++) {
        void *v = *p;
        SCANNED(v);
        gc_mark(v);
    }
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

/* ---- files and directories ---- */

#include <dirent.h>
#include <sys/statvfs.h>
#include <sys/time.h>
#include <sys/utsname.h>

int port_open(const char *path, unsigned flags)
{
    int f = 0;
    if (flags & (PORT_O_WRITE | PORT_O_CREATE | PORT_O_TRUNC | PORT_O_APPEND))
        supervisor_note_local_write(path); /* before the change happens */
    if ((flags & PORT_O_READ) && (flags & PORT_O_WRITE))
        f = O_RDWR;
    else if (flags & PORT_O_WRITE)
        f = O_WRONLY;
    else
        f = O_RDONLY;
    if (flags & PORT_O_CREATE)
        f |= O_CREAT;
    if (flags & PORT_O_TRUNC)
        f |= O_TRUNC;
    if (flags & PORT_O_APPEND)
        f |= O_APPEND;
    if (flags & PORT_O_EXCL)
        f |= O_EXCL;
    int fd = open(path, f | O_CLOEXEC, 0666);
    if (fd < 0)
        return -errno;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode) && (flags & PORT_O_READ) && !(flags & PORT_O_WRITE)) {
        close(fd);
        return -EISDIR;
    }
    return fd;
}

long port_read(int handle, void *buf, size_t n)
{
    for (;;) {
        ssize_t r = read(handle, buf, n);
        if (r >= 0)
            return (long)r;
        if (errno != EINTR || port_interrupt_pending)
            return -errno;
    }
}

long port_write(int handle, const void *buf, size_t n)
{
    if (handle == 1 || handle == 2)
        fflush(stdout);
    for (;;) {
        ssize_t r = write(handle, buf, n);
        if (r >= 0)
            return (long)r;
        if (errno != EINTR || port_interrupt_pending)
            return -errno;
    }
}

long long port_seek(int handle, long long offset, int whence)
{
    off_t r = lseek(handle, (off_t)offset, whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END);
    return r < 0 ? -errno : (long long)r;
}

int port_truncate(int handle, long long size)
{
    return ftruncate(handle, (off_t)size) < 0 ? -errno : 0;
}

int port_close(int handle)
{
    return close(handle) < 0 ? -errno : 0;
}

int port_flush(int handle)
{
    /* console output is buffered by stdio (port_stdout_write) */
    if (handle == STDOUT_FILENO)
        fflush(stdout);
    else if (handle == STDERR_FILENO)
        fflush(stderr);
    return 0;
}

int port_stat(const char *path, port_stat_t *out)
{
    struct stat st;
    if (stat(path, &st) < 0)
        return -errno;
    out->kind = S_ISDIR(st.st_mode) ? PORT_STAT_DIR : S_ISREG(st.st_mode) ? PORT_STAT_FILE : 3;
    out->mode = (uint32_t)st.st_mode;
    out->size = (uint64_t)st.st_size;
    out->mtime = (int64_t)st.st_mtime;
    out->atime = (int64_t)st.st_atime;
    out->ctime = (int64_t)st.st_ctime;
    return 0;
}

int port_listdir(const char *path, void (*fn)(void *ctx, const char *name), void *ctx)
{
    DIR *d = opendir(path);
    if (!d)
        return -errno;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        fn(ctx, e->d_name);
    }
    closedir(d);
    return 0;
}

int port_mkdir(const char *path)
{
    supervisor_note_local_write(path);
    return mkdir(path, 0777) < 0 ? -errno : 0;
}

int port_remove(const char *path)
{
    supervisor_note_local_write(path);
    return unlink(path) < 0 ? -errno : 0;
}

int port_rmdir(const char *path)
{
    supervisor_note_local_write(path);
    return rmdir(path) < 0 ? -errno : 0;
}

int port_rename(const char *from, const char *to)
{
    supervisor_note_local_write(from);
    supervisor_note_local_write(to);
    return rename(from, to) < 0 ? -errno : 0;
}

int port_getcwd(char *buf, size_t size)
{
    return getcwd(buf, size) ? 0 : -errno;
}

int port_chdir(const char *path)
{
    return chdir(path) < 0 ? -errno : 0;
}

int port_statvfs(const char *path, uint64_t out[10])
{
    struct statvfs s;
    if (statvfs(path, &s) < 0)
        return -errno;
    out[0] = s.f_bsize;
    out[1] = s.f_frsize;
    out[2] = s.f_blocks;
    out[3] = s.f_bfree;
    out[4] = s.f_bavail;
    out[5] = s.f_files;
    out[6] = s.f_ffree;
    out[7] = s.f_favail;
    out[8] = s.f_flag;
    out[9] = s.f_namemax;
    return 0;
}

int port_sync(void)
{
    sync();
    return 0;
}

int port_urandom(void *buf, size_t n)
{
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -errno;
    size_t got = 0;
    while (got < n) {
        ssize_t r = read(fd, (char *)buf + got, n - got);
        if (r <= 0) {
            int e = r < 0 ? errno : EIO;
            close(fd);
            return -e;
        }
        got += (size_t)r;
    }
    close(fd);
    return 0;
}

double port_time(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

const char *port_getenv(const char *name)
{
    return getenv(name);
}

int port_uname(char fields[5][65])
{
    struct utsname u;
    if (uname(&u) < 0)
        return -errno;
    const char *src[5] = {u.sysname, u.nodename, u.release, u.version, u.machine};
    for (int i = 0; i < 5; i++)
        snprintf(fields[i], 65, "%.64s", src[i]);
    return 0;
}
