/*
 * The REPL's console: a pair of file descriptors (a terminal, a serial
 * device, or pipes), buffered byte input, and the terminal modes the REPL
 * switches between.
 *
 * Modes of a terminal input fd:
 *  - edit: no echo, no canonical input, no signals, no output processing;
 *    the REPL echoes what it wants and writes "\r\n" itself, and reads
 *    Ctrl-C as a byte.
 *  - run: while Python code runs. On the process's controlling terminal
 *    the original settings come back (ISIG on, so Ctrl-C raises SIGINT,
 *    and input() gets a cooked line). On any other tty (a serial device)
 *    the port stays raw with NL->CRNL output translation, and a watcher
 *    thread turns a received Ctrl-C into port_interrupt_pending + SIGINT;
 *    other bytes received meanwhile are kept for the REPL.
 * The original settings are restored by repl_term_close, at exit, and when
 * a fatal signal (SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGFPE,
 * SIGILL, SIGABRT) arrives while the terminal is changed.
 */
#ifndef CP_HOST_REPL_TERM_H
#define CP_HOST_REPL_TERM_H

#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <termios.h>

#define REPL_TERM_INBUF 1024

typedef struct repl_term {
    int in_fd, out_fd;
    bool in_tty, out_tty;      /* isatty */
    bool out_separate;         /* out_fd is a different tty from in_fd */
    bool ctl_tty;              /* in_fd is our controlling terminal */
    bool saved_in, saved_out;  /* the originals below are valid */
    struct termios orig_in, orig_out;
    /* bytes read but not consumed: buf[pos..len) */
    unsigned char buf[REPL_TERM_INBUF];
    size_t pos, len;
    bool eof;
    /* run-mode watcher (non-controlling ttys) */
    bool watching;
    pthread_t watcher;
    pthread_mutex_t lock;
    int stop_pipe[2];
    /* the watcher writes a byte here (non-blocking) after it changed
       buf or eof, so a program reading its stdin can wait for it */
    int wake_pipe[2];
    /* a watcher reading a pipe or file waits here while buf is full;
       signalled when the program takes bytes and when it must stop */
    pthread_cond_t room;
    bool stopping;
} repl_term_t;

enum {
    REPL_TERM_EOF = -1,      /* end of input or a read error */
    REPL_TERM_TIMEOUT = -2,  /* nothing within the timeout */
    REPL_TERM_INTR = -3,     /* SIGINT arrived while waiting */
};

/* Set (from a signal handler, e.g. SIGTERM) to end the REPL: every
 * repl_term_getc then returns REPL_TERM_EOF until it is cleared. */
extern volatile sig_atomic_t repl_term_hangup;

/* Set up t over the two fds (which stay open and owned by the caller). */
void repl_term_open(repl_term_t *t, int in_fd, int out_fd);
/* Restore the original terminal settings and stop any watcher. */
void repl_term_close(repl_term_t *t);

void repl_term_edit_mode(repl_term_t *t);
void repl_term_run_mode(repl_term_t *t);
/* Back to edit mode after running code: stops the watcher. */
void repl_term_run_done(repl_term_t *t);

/* Next input byte (0..255) or REPL_TERM_*. timeout_ms < 0 waits forever. */
int repl_term_getc(repl_term_t *t, int timeout_ms);
/* Whether a byte can be read at once (buffered or waiting on the fd). */
bool repl_term_pending(repl_term_t *t);

/* ---- the program's console input (sys.stdin, input()) ----
 * While a term is in run mode its input is the running program's stdin:
 * bytes the REPL had read ahead come first, then the fd, read directly
 * (controlling tty: cooked, Ctrl-C is SIGINT) or through the watcher's
 * buffer (any other input: the watcher owns the fd and keeps Ctrl-C out
 * of the data). With no term in run mode (a plain `circuitpython
 * file.py`, atexit callbacks) fd 0 is read through a buffer of its own.
 * Main thread only. */

/* Waits until input has arrived, then copies up to n (>= 1) of the bytes
 * there into buf. Returns the count; 0 at end of input (a terminal's
 * Ctrl-D ends only this read, as in python3); -EINTR as soon as
 * port_interrupt_pending is set (checked with the interrupting signals
 * blocked, so one that lands just before the wait still ends it);
 * another -errno on a read error. */
long repl_term_input_read(void *buf, size_t n);
/* How many bytes repl_term_input_read can return without waiting: those
 * buffered plus those the fd holds (FIONREAD: on a cooked terminal only
 * complete lines, as read() then returns them). */
size_t repl_term_input_available(void);
/* For waiting on stdin along with other fds (select.poll): the fd that
 * becomes readable when input arrives (the watcher's wake pipe, else the
 * input fd itself), and whether a read returns at once from what was
 * already taken off the fd (bytes buffered, or the watcher saw the end).
 * repl_term_input_ready empties the wake pipe before it looks, so a wait
 * on the fd after a false answer ends only for news; a wake it reports
 * can still be for bytes since read: ask again after every wake. */
int repl_term_input_fd(void);
bool repl_term_input_ready(void);
/* Whether the input is a terminal that reaches the program raw, as a
 * serial line does: no line editing, and Enter arrives as CR (neither
 * ICANON nor ICRNL). */
bool repl_term_input_raw_tty(void);

/* Output to out_fd, after flushing stdout so the order is kept. */
void repl_term_write(repl_term_t *t, const char *s, size_t n);
void repl_term_puts(repl_term_t *t, const char *s);
/* As repl_term_write, turning each "\n" into "\r\n". */
void repl_term_write_crlf(repl_term_t *t, const char *s, size_t n);

/* Terminal width in columns, or 0 when unknown (not a tty). */
int repl_term_columns(repl_term_t *t);

/* Open a serial device (tty or pty) for the REPL: raw 8N1, 115200 baud,
 * no modem control, NL->CRNL on output. Returns the fd or -errno. */
int repl_term_open_serial(const char *path);

#endif
