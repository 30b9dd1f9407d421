/*
 * Internals shared by the supervisor's files (supervisor.h has the
 * public side):
 *   supervisor.c          the main loop: runs, messages, waiting, the REPL
 *   supervisor_vm.c       one fresh VM and heap per run
 *   supervisor_reload.c   auto-reload: inotify on DIR in a thread
 *   supervisor_safe.c     safe mode: reasons, messages, the crash marker
 *   supervisor_console.c  console: --serial, signals, title, boot capture
 */
#ifndef CP_HOST_SUPERVISOR_INT_H
#define CP_HOST_SUPERVISOR_INT_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cli.h"

/* Rerun this long after the last write to DIR. */
#define SUP_RELOAD_DELAY_MS 750
/* The heap when neither -X heapsize nor CIRCUITPY_HEAP_START_SIZE says. */
#define SUP_DEFAULT_HEAP ((size_t)16 * 1024 * 1024)

/* Console input: live, gone for good (process exits at the wait), or
 * absent (a daemon: no REPL, runs continue on reloads and signals). */
enum { SUP_INPUT_LIVE, SUP_INPUT_NONE };

struct sup_state {
    const struct cli_options *opts;
    char *dir;       /* realpath of DIR, or NULL (--serial without DIR) */
    int safe_mode;   /* SUPERVISOR_SAFE_* */
    bool title;      /* stdout is a terminal: keep the status line */
    int input;       /* SUP_INPUT_* */
    bool input_tty;  /* fd 0 is a terminal */
    unsigned oom_runs; /* consecutive code runs ended by MemoryError */
};
extern struct sup_state sup;

/* Set by the SIGTERM / SIGHUP handlers; the main loop clears them. */
extern volatile sig_atomic_t sup_sig_term, sup_sig_hup;

/* ---- supervisor_vm.c ---- */

typedef struct sup_result {
    bool ran;            /* the file existed and ran */
    bool error;          /* it ended with an uncaught exception */
    bool system_exit;    /* ... which was SystemExit */
    bool memory_error;   /* ... which was MemoryError */
    bool stopped;        /* the host stopped it (reload, signal) */
    char where[96];      /* "3@code.py ZeroDivisionError" for the title */
} sup_result_t;

/* A fresh VM: heap (from -X heapsize, else CIRCUITPY_HEAP_START_SIZE in
 * DIR/settings.toml outside safe mode, else SUP_DEFAULT_HEAP), sys.path
 * [DIR, DIR/lib, $CIRCUITPYPATH..., the library directory]. Writes the
 * crash marker. Returns 0, or -ENOMEM when no heap could be had. */
int sup_vm_start(void);
/* Runs path (relative to the current directory) in __main__ after
 * printing "<path> output:". Returns the uncaught exception (an obj_t;
 * keep it on the stack until reported) or NULL; sets r->ran and
 * r->stopped. */
void *sup_vm_exec(const char *path, sup_result_t *r);
/* After the console left run mode: fills in the rest of r, prints the
 * traceback of an uncaught exception unless the host stopped the
 * program, and records it for supervisor.get_previous_traceback() when
 * record is set. */
void sup_vm_report(void *exception, bool record, sup_result_t *r);
/* atexit callbacks, every pin and bus released, the VM and heap gone,
 * the crash marker removed. */
void sup_vm_stop(void);
/* Whether a VM is up. */
bool sup_vm_running(void);

/* ---- supervisor_reload.c ---- */

/* Watch dir and everything below it. Returns 0 or -errno (auto-reload is
 * then simply off). */
int sup_reload_start(const char *dir);
void sup_reload_stop(void);
/* A program runs: a change stops it (PORT_INTERRUPT_STOP). */
void sup_reload_set_running(bool running);
/* The REPL is open: changes are ignored. */
void sup_reload_suspend(bool suspended);
/* A change was seen and not yet consumed. */
bool sup_reload_pending(void);
/* A change was seen and DIR has been quiet for SUP_RELOAD_DELAY_MS. */
bool sup_reload_ready(void);
/* Forget the pending change. */
void sup_reload_consume(void);
/* The host wants the running program to end (signals): keep
 * PORT_INTERRUPT_STOP asserted while it runs. */
void sup_reload_request_stop(void);
/* Whether the last program was stopped by a change; clears. */
bool sup_reload_take_stopped(void);

/* ---- supervisor_safe.c ---- */

/* The reason found at start: the crash marker left by a run that never
 * ended (HARD_FAULT), else SUPERVISOR_SAFE_NONE. Removes the marker. */
int sup_safe_startup_reason(void);
/* The crash marker: written while a VM is up. */
void sup_safe_marker_set(void);
void sup_safe_marker_clear(void);
/* Fatal signals restart the process (it comes back in safe mode via the
 * marker), like a board's reset after a hard fault. */
void sup_safe_install_crash_handler(char **argv);
/* "\nYou are in safe mode because:\n..." for reason. */
void sup_safe_print_message(int reason);

/* ---- supervisor_console.c ---- */

/* Handlers for SIGINT (Ctrl-C), SIGTERM and SIGHUP. */
void sup_console_signals(void);
/* Text to the console (stdout), flushed. */
void sup_out(const char *s);
/* The OSC 0 terminal title "🐍<status> | <version>", on a terminal. */
void sup_title(const char *status);
/* ESC[2K ESC[0G on a terminal: CircuitPython clears the line first. */
void sup_line_clear(void);

/* Output of fds 1 and 2 copied into a buffer as it goes to the console
 * (boot.py's output for boot_out.txt). */
typedef struct sup_capture sup_capture_t;
sup_capture_t *sup_capture_start(void);
/* Stops capturing; returns the malloc'd text (*len bytes, NUL after). */
char *sup_capture_stop(sup_capture_t *c, size_t *len);

/* Hold the console terminal in raw mode (from the end of a run to the
 * key that ends the wait), so that a key typed meanwhile reaches us as
 * typed (Ctrl-D in particular, which a cooked terminal would swallow).
 * sup_out writes "\r\n" line ends meanwhile. */
void sup_console_hold(bool on);
/* Waits up to timeout_ms for a key on the console: the byte, or
 * REPL_KEY_TIMEOUT / REPL_KEY_EOF / REPL_KEY_INTR (repl.h). Reads one
 * byte only. */
int sup_console_key(int timeout_ms);

/* Monotonic milliseconds. */
uint64_t sup_now_ms(void);

#endif
