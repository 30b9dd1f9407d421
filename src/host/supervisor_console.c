/*
 * The supervisor's console: --serial, signals, the status line in the
 * terminal title, and capturing boot.py's output (see supervisor_int.h).
 *
 * Signals: SIGINT is Ctrl-C (a single KeyboardInterrupt, but never
 * downgrading a pending PORT_INTERRUPT_STOP); SIGTERM and SIGHUP set
 * sup_sig_term / sup_sig_hup, stop the running program
 * (PORT_INTERRUPT_STOP) and end the REPL's input (repl_term_hangup). None
 * uses SA_RESTART, so a blocked read or sleep returns EINTR and the loop
 * that made it looks at the flags.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1 /* pipe2 */
#endif
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "port.h"
#include "repl.h"
#include "repl_term.h"
#include "supervisor.h"
#include "supervisor_int.h"

volatile sig_atomic_t sup_sig_term, sup_sig_hup;

/* The console's own fd while fds 1 and 2 are captured, else -1. */
static int console_fd = -1;

/* The terminal held in raw mode between a run and the next key. */
static repl_term_t held;
static bool holding;

static int out_fd(void)
{
    return console_fd >= 0 ? console_fd : STDOUT_FILENO;
}

/* ---- signals ---- */

static void on_sigint(int sig)
{
    (void)sig;
    if (port_interrupt_pending != PORT_INTERRUPT_STOP)
        port_interrupt_pending = PORT_INTERRUPT_KEYBOARD;
}

static void on_stop_signal(int sig)
{
    if (sig == SIGTERM)
        sup_sig_term = 1;
    else
        sup_sig_hup = 1;
    port_interrupt_pending = PORT_INTERRUPT_STOP;
    repl_term_hangup = 1;
}

void sup_console_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = on_sigint;
    sigaction(SIGINT, &sa, NULL);
    sa.sa_handler = on_stop_signal;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    /* a console that went away must not kill us on a write */
    signal(SIGPIPE, SIG_IGN);
}

/* ---- output ---- */

void sup_out(const char *s)
{
    fflush(stdout);
    /* a terminal in raw mode does no output processing: "\n" alone
       would not return the carriage */
    if (holding && held.out_tty && (held.saved_in || held.saved_out))
        repl_term_write_crlf(&held, s, strlen(s));
    else
        fputs(s, stdout);
    fflush(stdout);
}

static void raw_write(int fd, const char *s, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return;
        s += w;
        n -= (size_t)w;
    }
}

void sup_line_clear(void)
{
    fflush(stdout);
    if (isatty(out_fd()))
        raw_write(out_fd(), "\x1b[2K\x1b[0G", 8);
}

void sup_title(const char *status)
{
    if (!sup.title)
        return;
    char buf[256];
    /* OSC 0 (title and icon name), ended by ST, as CircuitPython writes it */
    int n = snprintf(buf, sizeof(buf), "\x1b]0;\xf0\x9f\x90\x8d%s | %s\x1b\\", status, PACKAGE_VERSION);
    if (n <= 0)
        return;
    fflush(stdout);
    raw_write(out_fd(), buf, (size_t)n < sizeof(buf) ? (size_t)n : sizeof(buf) - 1);
}

/* ---- capturing boot.py's output ---- */

struct sup_capture {
    int pipe_r;
    int saved[2];
    pthread_t thread;
    char *buf;
    size_t len, cap;
};

static void *copy_out(void *arg)
{
    sup_capture_t *c = arg;
    char chunk[4096];
    for (;;) {
        ssize_t n = read(c->pipe_r, chunk, sizeof(chunk));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        raw_write(c->saved[0], chunk, (size_t)n);
        if (c->len + (size_t)n + 1 > c->cap) {
            size_t cap = (c->len + (size_t)n + 1) * 2;
            char *nb = realloc(c->buf, cap);
            if (!nb)
                continue;
            c->buf = nb;
            c->cap = cap;
        }
        memcpy(c->buf + c->len, chunk, (size_t)n);
        c->len += (size_t)n;
    }
    return NULL;
}

sup_capture_t *sup_capture_start(void)
{
    sup_capture_t *c = calloc(1, sizeof(*c));
    int p[2];
    if (!c || pipe2(p, O_CLOEXEC) < 0) {
        free(c);
        return NULL;
    }
    fflush(stdout);
    fflush(stderr);
    c->pipe_r = p[0];
    c->saved[0] = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    c->saved[1] = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
    dup2(p[1], STDOUT_FILENO);
    dup2(p[1], STDERR_FILENO);
    close(p[1]);
    console_fd = c->saved[0];
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    int r = pthread_create(&c->thread, NULL, copy_out, c);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (r != 0) {
        /* no thread: put everything back, nothing is captured */
        dup2(c->saved[0], STDOUT_FILENO);
        dup2(c->saved[1], STDERR_FILENO);
        close(c->saved[0]);
        close(c->saved[1]);
        close(c->pipe_r);
        console_fd = -1;
        free(c);
        return NULL;
    }
    return c;
}

char *sup_capture_stop(sup_capture_t *c, size_t *len)
{
    *len = 0;
    if (!c)
        return NULL;
    fflush(stdout);
    fflush(stderr);
    /* the pipe's last writers go away: the tee thread sees its end */
    dup2(c->saved[0], STDOUT_FILENO);
    dup2(c->saved[1], STDERR_FILENO);
    pthread_join(c->thread, NULL);
    close(c->saved[0]);
    close(c->saved[1]);
    close(c->pipe_r);
    console_fd = -1;
    char *text = c->buf ? c->buf : calloc(1, 1);
    if (text)
        text[c->len] = '\0';
    *len = c->len;
    free(c);
    return text;
}

/* ---- input ---- */

void sup_console_hold(bool on)
{
    if (on && !holding) {
        fflush(stdout);
        repl_term_open(&held, STDIN_FILENO, STDOUT_FILENO);
        repl_term_edit_mode(&held);
        holding = true;
    } else if (!on && holding) {
        fflush(stdout);
        repl_term_close(&held);
        holding = false;
    }
}

int sup_console_key(int timeout_ms)
{
    if (!holding)
        return repl_read_key(STDIN_FILENO, timeout_ms);
    /* one byte at a time: whatever follows the key stays for the REPL */
    struct pollfd p = {STDIN_FILENO, POLLIN, 0};
    int n = poll(&p, 1, timeout_ms);
    if (n < 0)
        return errno == EINTR && port_interrupt_pending ? REPL_KEY_INTR : errno == EINTR ? REPL_KEY_TIMEOUT
                                                                                         : REPL_KEY_EOF;
    if (n == 0)
        return REPL_KEY_TIMEOUT;
    unsigned char c;
    ssize_t got = read(STDIN_FILENO, &c, 1);
    if (got == 1)
        return c;
    if (got < 0 && errno == EINTR)
        return port_interrupt_pending ? REPL_KEY_INTR : REPL_KEY_TIMEOUT;
    return REPL_KEY_EOF;
}

/* ---- --serial ---- */

int supervisor_console_serial(const char *device)
{
    int fd = repl_serial_open(device);
    if (fd < 0) {
        fprintf(stderr, "circuitpython: can't open serial device '%s': [Errno %d] %s\n", device, -fd, strerror(-fd));
        return 1;
    }
    fflush(stdout);
    fflush(stderr);
    for (int i = 0; i < 3; i++)
        dup2(fd, i);
    if (fd > 2)
        close(fd);
    return 0;
}
