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

/* Reads one line of console input into buf (without the newline).
 * Returns the length, or -1 at end of input, or -EINTR on Ctrl-C. */
long port_stdin_readline(char *buf, size_t size);

/* Whole-file read for import and exec. On success *data is a block from
 * mem_alloc_noscan holding *len bytes plus a NUL. Errors: -ENOENT,
 * -EACCES, -EISDIR, -ENOMEM, -EIO. */
int port_file_read(const char *path, char **data, size_t *len);

/* Stat for import: returns PORT_STAT_NONE, PORT_STAT_FILE or PORT_STAT_DIR. */
enum { PORT_STAT_NONE = 0, PORT_STAT_FILE = 1, PORT_STAT_DIR = 2 };
int port_path_stat(const char *path);

/* Monotonic clock in nanoseconds since an arbitrary start. */
uint64_t port_ticks_ns(void);

/* Sleep, returning early with -EINTR when an interrupt is pending. */
int port_sleep_ns(uint64_t ns);

/* Set asynchronously (signal handler / ISR) when Ctrl-C was pressed. The
 * VM polls it at safe points and raises KeyboardInterrupt. */
extern volatile int port_interrupt_pending;

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
