/*
 * The REPL's console: terminal modes, buffered input, output, and putting
 * the terminal back however the process ends; and the running program's
 * console input (repl_term_input_*).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1 /* ppoll */
#endif
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "port.h"
#include "repl_term.h"

/* ---- restoring the terminal from exit and signal handlers ----
 * Slots hold what to put back; a handler may run at any moment, so a slot
 * is filled before `valid` is set and invalidated before it is reused. */

#define N_SLOTS 4

static struct {
    int fd;
    struct termios tio;
    volatile sig_atomic_t valid;
} slots[N_SLOTS];

static const int fatal_signals[] = {SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};
#define N_FATAL (sizeof(fatal_signals) / sizeof(fatal_signals[0]))
static struct sigaction old_actions[N_FATAL];
static bool handlers_installed;

static void restore_all(void)
{
    for (int i = 0; i < N_SLOTS; i++)
        if (slots[i].valid)
            tcsetattr(slots[i].fd, TCSANOW, &slots[i].tio);
}

static void on_fatal(int sig, siginfo_t *info, void *uctx)
{
    (void)uctx;
    restore_all();
    for (size_t i = 0; i < N_FATAL; i++)
        if (fatal_signals[i] == sig)
            sigaction(sig, &old_actions[i], NULL);
    /* A real fault repeats when the handler returns and then meets the
     * previous disposition (which may be a sanitizer's); a sent signal is
     * sent again. */
    bool fault = (sig == SIGSEGV || sig == SIGBUS || sig == SIGFPE || sig == SIGILL) && info && info->si_code > 0;
    if (!fault)
        raise(sig);
}

static void on_sigint(int sig)
{
    (void)sig;
    port_interrupt_pending = 1;
}

static void install_handlers(void)
{
    if (handlers_installed)
        return;
    handlers_installed = true;
    atexit(restore_all);
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = on_fatal;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < N_FATAL; i++) {
        sigaction(fatal_signals[i], NULL, &old_actions[i]);
        if (old_actions[i].sa_handler == SIG_IGN)
            continue;
        sigaction(fatal_signals[i], &sa, NULL);
    }
    /* Ctrl-C while code runs must set the flag, not kill us. */
    struct sigaction cur;
    if (sigaction(SIGINT, NULL, &cur) == 0 && cur.sa_handler == SIG_DFL && !(cur.sa_flags & SA_SIGINFO)) {
        struct sigaction si;
        memset(&si, 0, sizeof(si));
        si.sa_handler = on_sigint;
        sigemptyset(&si.sa_mask);
        sigaction(SIGINT, &si, NULL);
    }
}

static void slot_set(int fd, const struct termios *orig)
{
    int free_slot = -1;
    for (int i = 0; i < N_SLOTS; i++) {
        if (slots[i].valid && slots[i].fd == fd)
            return;
        if (!slots[i].valid && free_slot < 0)
            free_slot = i;
    }
    if (free_slot < 0)
        return;
    slots[free_slot].fd = fd;
    slots[free_slot].tio = *orig;
    slots[free_slot].valid = 1;
}

static void slot_clear(int fd)
{
    for (int i = 0; i < N_SLOTS; i++)
        if (slots[i].valid && slots[i].fd == fd)
            slots[i].valid = 0;
}

/* ---- set-up ---- */

static bool same_device(int a, int b)
{
    struct stat sa, sb;
    if (fstat(a, &sa) != 0 || fstat(b, &sb) != 0)
        return false;
    return sa.st_rdev == sb.st_rdev && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

void repl_term_open(repl_term_t *t, int in_fd, int out_fd)
{
    memset(t, 0, sizeof(*t));
    t->in_fd = in_fd;
    t->out_fd = out_fd;
    t->stop_pipe[0] = t->stop_pipe[1] = -1;
    t->wake_pipe[0] = t->wake_pipe[1] = -1;
    pthread_mutex_init(&t->lock, NULL);
    pthread_cond_init(&t->room, NULL);
    t->in_tty = isatty(in_fd);
    t->out_tty = isatty(out_fd);
    t->out_separate = t->out_tty && !(t->in_tty && same_device(in_fd, out_fd));
    t->ctl_tty = t->in_tty && tcgetpgrp(in_fd) == getpgrp();
    if (t->in_tty && tcgetattr(in_fd, &t->orig_in) == 0)
        t->saved_in = true;
    if (t->out_separate && tcgetattr(out_fd, &t->orig_out) == 0)
        t->saved_out = true;
    install_handlers();
}

static void set_attr(int fd, const struct termios *tio)
{
    while (tcsetattr(fd, TCSADRAIN, tio) < 0 && errno == EINTR)
        ;
}

static void stop_watcher(repl_term_t *t);

/* The term in run mode, whose input is the program's stdin, or NULL. */
static repl_term_t *running;

void repl_term_close(repl_term_t *t)
{
    if (running == t)
        running = NULL;
    stop_watcher(t);
    if (t->saved_in) {
        set_attr(t->in_fd, &t->orig_in);
        slot_clear(t->in_fd);
    }
    if (t->saved_out) {
        set_attr(t->out_fd, &t->orig_out);
        slot_clear(t->out_fd);
    }
    pthread_cond_destroy(&t->room);
    pthread_mutex_destroy(&t->lock);
}

static void raw_input_flags(struct termios *tio)
{
    tio->c_iflag &= ~(tcflag_t)(BRKINT | ICRNL | INLCR | IGNCR | INPCK | ISTRIP | IXON);
    tio->c_lflag &= ~(tcflag_t)(ECHO | ICANON | ISIG | IEXTEN);
    tio->c_cflag |= CS8;
    tio->c_cc[VMIN] = 1;
    tio->c_cc[VTIME] = 0;
}

void repl_term_edit_mode(repl_term_t *t)
{
    if (t->saved_in) {
        struct termios tio = t->orig_in;
        raw_input_flags(&tio);
        tio.c_oflag &= ~(tcflag_t)OPOST;
        slot_set(t->in_fd, &t->orig_in);
        set_attr(t->in_fd, &tio);
    }
    if (t->saved_out) {
        struct termios tio = t->orig_out;
        tio.c_oflag &= ~(tcflag_t)OPOST;
        slot_set(t->out_fd, &t->orig_out);
        set_attr(t->out_fd, &tio);
    }
}

/* ---- the run-mode watcher: Ctrl-C from a port that cannot signal us ---- */

static pthread_t main_thread;

static void interrupt_main(void)
{
    port_interrupt_pending = 1;
    struct sigaction cur;
    /* SIGINT wakes a sleeping main thread, but only when it is handled */
    if (sigaction(SIGINT, NULL, &cur) == 0 && cur.sa_handler != SIG_DFL && cur.sa_handler != SIG_IGN)
        pthread_kill(main_thread, SIGINT);
}

/* Tells a reader waiting in repl_term_input_read that buf or eof changed.
 * The pipe is non-blocking: when it is full a wake is pending anyway. */
static void wake_reader(repl_term_t *t)
{
    if (t->wake_pipe[1] >= 0) {
        ssize_t w = write(t->wake_pipe[1], "w", 1);
        (void)w;
    }
}

static void *watch(void *arg)
{
    repl_term_t *t = arg;
    unsigned char tmp[256];
    for (;;) {
        /* A terminal is a serial line: what does not fit is lost, as in a
         * UART's buffer, but a Ctrl-C behind it still arrives. A pipe or
         * file waits for room for a whole chunk instead, so no data is
         * lost (and a Ctrl-C byte behind a full buffer waits with it). */
        if (!t->in_tty) {
            pthread_mutex_lock(&t->lock);
            while (t->len - t->pos > sizeof(t->buf) - sizeof(tmp) && !t->stopping)
                pthread_cond_wait(&t->room, &t->lock);
            bool stop = t->stopping;
            pthread_mutex_unlock(&t->lock);
            if (stop)
                break;
        }
        struct pollfd p[2] = {{t->in_fd, POLLIN, 0}, {t->stop_pipe[0], POLLIN, 0}};
        int r = poll(p, 2, -1);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (p[1].revents)
            break;
        if (!p[0].revents)
            continue;
        ssize_t n = read(t->in_fd, tmp, sizeof(tmp));
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        pthread_mutex_lock(&t->lock);
        if (n <= 0) {
            t->eof = true;
            pthread_mutex_unlock(&t->lock);
            wake_reader(t);
            break;
        }
        if (t->pos > 0) {
            memmove(t->buf, t->buf + t->pos, t->len - t->pos);
            t->len -= t->pos;
            t->pos = 0;
        }
        for (ssize_t i = 0; i < n; i++) {
            if (tmp[i] == 0x03)
                interrupt_main();
            else if (t->len < sizeof(t->buf))
                t->buf[t->len++] = tmp[i];
        }
        pthread_mutex_unlock(&t->lock);
        wake_reader(t);
    }
    return NULL;
}

static void close_pair(int p[2])
{
    for (int i = 0; i < 2; i++) {
        if (p[i] >= 0)
            close(p[i]);
        p[i] = -1;
    }
}

static void start_watcher(repl_term_t *t)
{
    if (t->watching || t->eof)
        return;
    if (pipe2(t->stop_pipe, O_CLOEXEC) < 0)
        return;
    if (pipe2(t->wake_pipe, O_CLOEXEC | O_NONBLOCK) < 0) {
        close_pair(t->stop_pipe);
        return;
    }
    main_thread = pthread_self();
    /* the watcher must not take SIGINT meant for the main thread */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    int r = pthread_create(&t->watcher, NULL, watch, t);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (r != 0) {
        close_pair(t->stop_pipe);
        close_pair(t->wake_pipe);
        return;
    }
    t->watching = true;
}

static void stop_watcher(repl_term_t *t)
{
    if (!t->watching)
        return;
    pthread_mutex_lock(&t->lock);
    t->stopping = true;
    pthread_cond_signal(&t->room);
    pthread_mutex_unlock(&t->lock);
    ssize_t w;
    do
        w = write(t->stop_pipe[1], "x", 1);
    while (w < 0 && errno == EINTR);
    pthread_join(t->watcher, NULL);
    t->stopping = false;
    close_pair(t->stop_pipe);
    close_pair(t->wake_pipe);
    t->watching = false;
}

/* A Ctrl-C already read ahead of the code it was meant to stop. */
static void take_buffered_interrupt(repl_term_t *t)
{
    size_t out = t->pos;
    for (size_t i = t->pos; i < t->len; i++) {
        if (t->buf[i] == 0x03)
            port_interrupt_pending = 1;
        else
            t->buf[out++] = t->buf[i];
    }
    t->len = out;
}

void repl_term_run_mode(repl_term_t *t)
{
    take_buffered_interrupt(t);
    running = t;
    if (t->ctl_tty) {
        /* the line discipline turns Ctrl-C into SIGINT */
        if (t->saved_in)
            set_attr(t->in_fd, &t->orig_in);
        if (t->saved_out)
            set_attr(t->out_fd, &t->orig_out);
        return;
    }
    if (t->saved_in) {
        struct termios tio = t->orig_in;
        raw_input_flags(&tio);
        tio.c_oflag |= OPOST | ONLCR;
        set_attr(t->in_fd, &tio);
    }
    if (t->saved_out) {
        struct termios tio = t->orig_out;
        tio.c_oflag |= OPOST | ONLCR;
        set_attr(t->out_fd, &tio);
    }
    start_watcher(t);
}

void repl_term_run_done(repl_term_t *t)
{
    fflush(stdout);
    fflush(stderr);
    if (running == t)
        running = NULL;
    stop_watcher(t);
    repl_term_edit_mode(t);
}

/* ---- input ---- */

volatile sig_atomic_t repl_term_hangup;

int repl_term_getc(repl_term_t *t, int timeout_ms)
{
    for (;;) {
        if (repl_term_hangup)
            return REPL_TERM_EOF;
        if (t->pos < t->len)
            return t->buf[t->pos++];
        if (t->eof)
            return REPL_TERM_EOF;
        if (port_interrupt_pending)
            return REPL_TERM_INTR;
        if (timeout_ms >= 0) {
            struct pollfd p = {t->in_fd, POLLIN, 0};
            int r = poll(&p, 1, timeout_ms);
            if (r == 0)
                return REPL_TERM_TIMEOUT;
            if (r < 0) {
                if (errno == EINTR)
                    continue;
                t->eof = true;
                continue;
            }
        }
        ssize_t n = read(t->in_fd, t->buf, sizeof(t->buf));
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            t->eof = true;
            continue;
        }
        if (n == 0) {
            t->eof = true;
            continue;
        }
        t->pos = 0;
        t->len = (size_t)n;
    }
}

bool repl_term_pending(repl_term_t *t)
{
    if (t->pos < t->len)
        return true;
    if (t->eof)
        return false;
    struct pollfd p = {t->in_fd, POLLIN, 0};
    return poll(&p, 1, 0) > 0 && (p.revents & POLLIN);
}

/* ---- the program's console input ---- */

/* fd 0 while no term is in run mode. Only the functions below use its
 * buffer; it never has a watcher. */
static repl_term_t plain = {
    .in_fd = STDIN_FILENO,
    .out_fd = STDOUT_FILENO,
    .lock = PTHREAD_MUTEX_INITIALIZER,
    .room = PTHREAD_COND_INITIALIZER,
    .stop_pipe = {-1, -1},
    .wake_pipe = {-1, -1},
};

static repl_term_t *input_term(void)
{
    return running ? running : &plain;
}

/* Waits until fd is readable, at its end or in error (read() then tells
 * which). Returns 0, -EINTR when an interrupt is pending, or -errno. The
 * flag is tested with the signals that set it blocked, and ppoll unblocks
 * them atomically with the wait, so a signal that lands between the test
 * and the wait still ends the wait. */
static int wait_input(int fd)
{
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &block, &old);
    int r;
    for (;;) {
        if (port_interrupt_pending) {
            r = -EINTR;
            break;
        }
        struct pollfd p = {fd, POLLIN, 0};
        int k = ppoll(&p, 1, NULL, &old);
        if (k > 0) {
            r = 0;
            break;
        }
        if (k < 0 && errno != EINTR) {
            r = -errno;
            break;
        }
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return r;
}

/* Up to n buffered bytes out of t (under t->lock when a watcher runs). */
static size_t take(repl_term_t *t, unsigned char *dst, size_t n)
{
    size_t k = t->len - t->pos;
    if (k > n)
        k = n;
    memcpy(dst, t->buf + t->pos, k);
    t->pos += k;
    return k;
}

static void drain_wakes(repl_term_t *t)
{
    char junk[64];
    while (read(t->wake_pipe[0], junk, sizeof(junk)) > 0)
        ;
}

/* The watcher owns the fd: wait for it to fill the buffer. */
static long read_watched(repl_term_t *t, unsigned char *dst, size_t n)
{
    /* The wake pipe is emptied, and then the buffer looked at once more,
       before each wait: a byte added after that look wakes the wait, one
       added before it is found. */
    bool drained = false;
    for (;;) {
        pthread_mutex_lock(&t->lock);
        size_t k = take(t, dst, n);
        bool eof = t->eof;
        if (k > 0)
            pthread_cond_signal(&t->room);
        pthread_mutex_unlock(&t->lock);
        if (k > 0)
            return (long)k;
        if (eof)
            return 0;
        if (!drained) {
            drain_wakes(t);
            drained = true;
            continue;
        }
        int w = wait_input(t->wake_pipe[0]);
        if (w < 0)
            return w;
        drained = false;
    }
}

/* Bytes read ahead first, then the fd through t's buffer. */
static long read_direct(repl_term_t *t, unsigned char *dst, size_t n)
{
    for (;;) {
        if (t->pos < t->len)
            return (long)take(t, dst, n);
        int w = wait_input(t->in_fd);
        if (w < 0)
            return w;
        ssize_t r = read(t->in_fd, t->buf, sizeof(t->buf));
        if (r > 0) {
            t->pos = 0;
            t->len = (size_t)r;
            continue;
        }
        /* the end is not recorded in t->eof: after a terminal's Ctrl-D the
           next read waits again, and the REPL goes on */
        if (r == 0)
            return 0;
        /* wait_input tells an interrupt; a non-blocking fd waits there */
        if (errno != EINTR && errno != EAGAIN)
            return -errno;
    }
}

long repl_term_input_read(void *buf, size_t n)
{
    repl_term_t *t = input_term();
    if (n == 0)
        return 0;
    return t->watching ? read_watched(t, buf, n) : read_direct(t, buf, n);
}

size_t repl_term_input_available(void)
{
    repl_term_t *t = input_term();
    pthread_mutex_lock(&t->lock);
    size_t n = t->len - t->pos;
    bool eof = t->eof;
    pthread_mutex_unlock(&t->lock);
    int k = 0;
    if (!eof && ioctl(t->in_fd, FIONREAD, &k) == 0 && k > 0)
        n += (size_t)k;
    return n;
}

int repl_term_input_fd(void)
{
    repl_term_t *t = input_term();
    return t->watching ? t->wake_pipe[0] : t->in_fd;
}

bool repl_term_input_ready(void)
{
    repl_term_t *t = input_term();
    if (t->watching)
        drain_wakes(t);
    pthread_mutex_lock(&t->lock);
    bool ready = t->pos < t->len || (t->watching && t->eof);
    pthread_mutex_unlock(&t->lock);
    return ready;
}

bool repl_term_input_raw_tty(void)
{
    struct termios tio;
    if (tcgetattr(input_term()->in_fd, &tio) != 0)
        return false;
    return !(tio.c_lflag & ICANON) && !(tio.c_iflag & ICRNL);
}

/* ---- output ---- */

void repl_term_write(repl_term_t *t, const char *s, size_t n)
{
    fflush(stdout);
    while (n > 0) {
        ssize_t w = write(t->out_fd, s, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        s += w;
        n -= (size_t)w;
    }
}

void repl_term_puts(repl_term_t *t, const char *s)
{
    repl_term_write(t, s, strlen(s));
}

void repl_term_write_crlf(repl_term_t *t, const char *s, size_t n)
{
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\n' && (i == 0 || s[i - 1] != '\r')) {
            repl_term_write(t, s + start, i - start);
            repl_term_write(t, "\r\n", 2);
            start = i + 1;
        }
    }
    repl_term_write(t, s + start, n - start);
}

int repl_term_columns(repl_term_t *t)
{
    struct winsize ws;
    int fd = t->out_tty ? t->out_fd : t->in_tty ? t->in_fd : -1;
    if (fd < 0 || ioctl(fd, TIOCGWINSZ, &ws) != 0 || ws.ws_col == 0)
        return 0;
    return ws.ws_col;
}

int repl_term_open_serial(const char *path)
{
    int fd = open(path, O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return -errno;
    struct termios tio;
    if (tcgetattr(fd, &tio) < 0) {
        int e = errno;
        close(fd);
        return -e;
    }
    cfmakeraw(&tio);
    tio.c_cflag |= CLOCAL | CREAD;
    tio.c_oflag |= OPOST | ONLCR;
    tio.c_cc[VMIN] = 1;
    tio.c_cc[VTIME] = 0;
    cfsetispeed(&tio, B115200);
    cfsetospeed(&tio, B115200);
    if (tcsetattr(fd, TCSANOW, &tio) < 0) {
        int e = errno;
        close(fd);
        return -e;
    }
    return fd;
}
