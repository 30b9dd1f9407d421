/*
 * The port interface: everything the interpreter core needs from the world.
 *
 * The core (the .c files in src/) includes no OS or libc headers beyond the freestanding
 * set plus <string.h> and <math.h>; whatever touches a file, a clock or a
 * console goes through the functions below, which each port implements
 * (src/host/port_unix.c for Linux; a firmware start-up file for an MCU).
 *
 * All functions return 0 or a negative errno value unless stated otherwise.
 */
#ifndef CP_PORT_H
#define CP_PORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Console output. Never fails from the core's point of view. */
void port_stdout_write(const char *s, size_t n);
void port_stderr_write(const char *s, size_t n);

/* Console input (sys.stdin, input()), the same byte stream for both.
 * port_stdin_read flushes console output, waits until input has arrived
 * and copies up to n (>= 1) of the bytes there into buf. Returns the
 * count, 0 at end of input (on a terminal Ctrl-D ends only that read),
 * -EINTR as soon as an interrupt is pending (Ctrl-C, a stop), or another
 * -errno on a read error. */
long port_stdin_read(void *buf, size_t n);

/* Reads one line of console input into buf, without its LF (on a serial
 * console, whose Enter sends CR, a CR or CR LF ends a line too; that LF
 * is dropped when the next line is read). At most size - 1 bytes; the
 * rest of a longer line stays for the next call.
 * Returns the length, or -1 at end of input, or -EINTR on Ctrl-C. */
long port_stdin_readline(char *buf, size_t size);

/* Whole-file read for import and exec. On success *data is a block from
 * mem_alloc_noscan holding *len bytes plus a NUL. Errors: -ENOENT,
 * -EACCES, -EISDIR, -ENOMEM, -EIO. */
int port_file_read(const char *path, char **data, size_t *len);

/* Stat for import: returns PORT_STAT_NONE, PORT_STAT_FILE or PORT_STAT_DIR. */
enum { PORT_STAT_NONE = 0, PORT_STAT_FILE = 1, PORT_STAT_DIR = 2 };
int port_path_stat(const char *path);

/* ---- files and directories (for io, os and import) ----
 * Handles are small non-negative integers owned by the port. Paths are
 * UTF-8 and relative paths resolve against the current directory. */
enum {
    PORT_O_READ = 1,
    PORT_O_WRITE = 2,
    PORT_O_CREATE = 4,
    PORT_O_TRUNC = 8,
    PORT_O_APPEND = 16,
    PORT_O_EXCL = 32,
};
/* Returns a handle or -errno. */
int port_open(const char *path, unsigned flags);
/* Returns bytes read (0 at end) or -errno. */
long port_read(int handle, void *buf, size_t n);
/* Returns bytes written or -errno. */
long port_write(int handle, const void *buf, size_t n);
/* whence: 0 set, 1 current, 2 end. Returns the new offset or -errno. */
long long port_seek(int handle, long long offset, int whence);
int port_close(int handle);
int port_flush(int handle);
/* Sets the file's size to size bytes (extending with zeros); 0 or -errno. */
int port_truncate(int handle, long long size);

typedef struct port_stat {
    int kind;               /* PORT_STAT_FILE / PORT_STAT_DIR / other: 3 */
    uint32_t mode;          /* st_mode bits */
    uint64_t size;
    int64_t mtime, atime, ctime; /* seconds since the epoch */
} port_stat_t;
int port_stat(const char *path, port_stat_t *st);
/* Calls fn(ctx, name) for each entry except "." and "..". */
int port_listdir(const char *path, void (*fn)(void *ctx, const char *name), void *ctx);
int port_mkdir(const char *path);
int port_remove(const char *path);
int port_rmdir(const char *path);
int port_rename(const char *from, const char *to);
/* Writes the current directory into buf (NUL-terminated) or -errno. */
int port_getcwd(char *buf, size_t size);
int port_chdir(const char *path);
/* statvfs: block size, fragment size, blocks, free blocks, available blocks,
 * files, free files, available files, flags, name max. */
int port_statvfs(const char *path, uint64_t out[10]);
int port_sync(void);
/* Fills buf with random bytes (cryptographic quality where the OS has it). */
int port_urandom(void *buf, size_t n);
/* Seconds since the epoch (wall clock), with a fraction. */
double port_time(void);
/* Environment variable or NULL. */
const char *port_getenv(const char *name);
/* uname fields: sysname, nodename, release, version, machine. */
int port_uname(char fields[5][65]);

/* ---- waiting for handles (select.poll) ----
 * Event bits use the Linux values, as MicroPython and CircuitPython do. */
enum {
    PORT_POLLIN = 0x001,
    PORT_POLLPRI = 0x002,
    PORT_POLLOUT = 0x004,
    PORT_POLLERR = 0x008,
    PORT_POLLHUP = 0x010,
    PORT_POLLNVAL = 0x020,
};
/* Waits until one of the n handles has one of its events (POLLERR,
 * POLLHUP and POLLNVAL are reported even when not asked for), or until
 * timeout_ms milliseconds have passed (negative: no limit, 0: just look).
 * Writes each handle's events into revents. Returns the number of handles
 * with events, 0 on timeout, -EINTR when Ctrl-C is pending, or another
 * -errno. */
int port_poll(const int *handles, const short *events, short *revents, size_t n, int timeout_ms);

/* Monotonic clock in nanoseconds since an arbitrary start. */
uint64_t port_ticks_ns(void);

/* Sleep, returning early with -EINTR when an interrupt is pending. */
int port_sleep_ns(uint64_t ns);

/* Set asynchronously (signal handler / ISR / watcher thread) to stop the
 * running Python code. The VM polls it at safe points and raises
 * KeyboardInterrupt:
 *  - PORT_INTERRUPT_KEYBOARD (Ctrl-C): once; the VM clears the flag.
 *  - PORT_INTERRUPT_STOP (the host ends the program: auto-reload,
 *    SIGTERM): at every check until the host clears the flag, and no
 *    except or finally clause runs meanwhile (CircuitPython's VM abort),
 *    so nothing can keep the program running. The host releases what
 *    the program held (hardware, files) after the VM has unwound. */
enum { PORT_INTERRUPT_KEYBOARD = 1, PORT_INTERRUPT_STOP = 2 };
extern volatile int port_interrupt_pending;

/* The console (supervisor.runtime): whether one is attached (a terminal
 * or serial line), and how many input bytes port_stdin_read can return
 * without waiting, those the port has buffered included (0 when none or
 * unknown). */
bool port_console_connected(void);
size_t port_console_bytes_available(void);

/* The settings.toml that os.getenv reads: the drive's root one when the
 * port has a drive (CircuitPython's /settings.toml, whatever the current
 * directory), otherwise "settings.toml" in the current directory. */
const char *port_settings_path(void);

/* The address just above the oldest stack frame that may hold heap
 * pointers, and the lowest address the C stack may grow to before the
 * core must raise RecursionError. Set by the port before vm_init. */
extern char *port_stack_top;
extern char *port_stack_limit;

/* Called by the collector to scan the CPU registers and C stack: the port
 * spills callee-saved registers to memory and calls gc_mark_range over
 * [current sp, port_stack_top). */
void port_gc_scan_stack(void);

/* Fatal error with no way to continue (corrupt state). Never returns. */
_Noreturn void port_fatal(const char *msg);

/* Random seed material (for hash seeds / random module); may be weak. */
uint32_t port_random_seed(void);

#endif
