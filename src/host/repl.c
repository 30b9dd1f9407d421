/*
 * The REPL over a pair of fds: the friendly prompt and paste mode here,
 * the raw REPL in repl_raw.c.
 *
 * Statements: each line entered is appended to the pending source, which
 * is compiled in PARSE_SINGLE mode after every line; the compiler's
 * SyntaxError with `_incomplete` set means "read another line" (an open
 * bracket, a block header, a compound statement not yet ended by a blank
 * line; a line holding only spaces counts as blank). The next line is
 * prefilled with the last line's indentation, 4 more after a block
 * header, unless more input is already waiting (pasted text).
 */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "parser.h"
#include "port.h"
#include "repl.h"
#include "repl_session.h"
#include "runtime.h"

__attribute__((weak)) const char *repl_board_name(void)
{
    return "Simulated board";
}

__attribute__((weak)) const char *repl_chip_name(void)
{
    return "sim";
}

/* A soft reboot left the raw REPL: the next session starts there. */
static bool resume_raw;

static void out(repl_session_t *s, const char *text)
{
    repl_session_out(s, text);
}

void repl_banner_line(char *buf, size_t size)
{
    static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    const char *d = __DATE__; /* "Mmm dd yyyy" */
    int month = 1;
    for (int i = 0; i < 12; i++)
        if (memcmp(months + 3 * i, d, 3) == 0)
            month = i + 1;
    int day = (d[4] == ' ' ? 0 : d[4] - '0') * 10 + (d[5] - '0');
    snprintf(buf, size, "CircuitPython for Linux %s on %.4s-%02d-%02d; %s with %s", PACKAGE_VERSION, d + 7, month,
             day, repl_board_name(), repl_chip_name());
}

static void banner(repl_session_t *s)
{
    char line[512];
    repl_banner_line(line, sizeof(line));
    out(s, line);
    out(s, "\r\n");
}

/* Compile and run in the friendly REPL or paste mode. Returns true when
 * the source is incomplete (only with is_repl); sets *stopped and *result
 * when SystemExit ends the session. */
static bool execute(repl_session_t *s, int mode, bool is_repl, int *result, bool *stopped)
{
    obj_t exc;
    bool incomplete;
    obj_t fun = repl_session_compile(repl_session_src(s), s->len, mode, is_repl, &exc, &incomplete);
    if (incomplete)
        return true;
    if (fun != OBJ_NULL)
        exc = repl_session_run(s, fun);
    if (exc == OBJ_NULL)
        return false;
    if (exception_is(exc, &type_SystemExit)) {
        *stopped = true;
        *result = s->supervisor ? REPL_RELOAD : repl_session_exit_status(s, exc);
        return false;
    }
    repl_session_print_exception(s, exc);
    return false;
}

/* ---- the friendly REPL ---- */

/* Whether the line, without a trailing comment, ends with ':'. */
static bool opens_block(const char *p, size_t n)
{
    char quote = 0;
    size_t end = n;
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (quote) {
            if (c == '\\')
                i++;
            else if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '#') {
            end = i;
            break;
        }
    }
    while (end > 0 && (p[end - 1] == ' ' || p[end - 1] == '\t'))
        end--;
    return end > 0 && p[end - 1] == ':';
}

/* The auto-indent for the line after p[0..n): its indentation, plus 4
 * after a block header. */
static size_t next_indent(const char *p, size_t n)
{
    size_t k = 0;
    while (k < n && p[k] == ' ')
        k++;
    if (k == n)
        return 0;
    return k + (opens_block(p, n) ? 4 : 0);
}

static bool blank(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != ' ' && p[i] != '\t')
            return false;
    return true;
}

/* Returns true to leave the session with *result. */
static bool paste_mode(repl_session_t *s, int *result)
{
    out(s, "\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ");
    s->len = 0;
    size_t line_start = 0;
    bool last_cr = false;
    for (;;) {
        int c = repl_term_getc(&s->term, -1);
        if (c == REPL_TERM_EOF) {
            *result = s->supervisor ? REPL_HANGUP : 0;
            out(s, "\r\n");
            return true;
        }
        if (c == REPL_TERM_INTR) {
            port_interrupt_pending = 0;
            c = 3;
        }
        if (c < 0)
            continue;
        if (c == '\n' && last_cr) {
            last_cr = false;
            continue;
        }
        last_cr = c == '\r';
        if (c == 3) {
            out(s, "\r\n");
            s->len = 0;
            return false;
        }
        if (c == 4) {
            out(s, "\r\n");
            bool stopped = false;
            execute(s, PARSE_FILE, false, result, &stopped);
            s->len = 0;
            return stopped;
        }
        if (c == '\r' || c == '\n') {
            repl_session_src_add(s, "\n", 1);
            line_start = s->len;
            out(s, "\r\n=== ");
        } else if (c == 8 || c == 127) {
            if (s->len > line_start) {
                do
                    s->len--;
                while (s->len > line_start && ((unsigned char)s->src[s->len] & 0xc0) == 0x80);
                out(s, "\b \b");
            }
        } else if (c >= 0x20 || c == '\t') {
            char ch = (char)c;
            repl_session_src_add(s, &ch, 1);
            repl_term_write(&s->term, &ch, 1);
        }
    }
}

#define PREFILL_MAX 256

/* A line was entered. Returns true when the statement needs more lines,
 * with the auto-indent for the next one in prefill. */
static bool take_line(repl_session_t *s, bool primary, char *prefill, int *result, bool *stopped)
{
    const char *line = s->ed.buf ? s->ed.buf : "";
    size_t n = s->ed.len;
    repl_history_add(&s->hist, line, n);
    if (primary && blank(line, n))
        return false;
    size_t indent = next_indent(line, n);
    repl_session_src_add(s, line, n);
    repl_session_src_add(s, "\n", 1);
    if (!execute(s, PARSE_SINGLE, true, result, stopped))
        return false;
    /* no auto-indent for pasted text: it brings its own */
    if (indent >= PREFILL_MAX || repl_term_pending(&s->term))
        indent = 0;
    memset(prefill, ' ', indent);
    prefill[indent] = '\0';
    return true;
}

/* Ctrl-D at a continuation line ends the statement like a blank line. */
static void finish_statement(repl_session_t *s, int *result, bool *stopped)
{
    repl_session_src_add(s, "\n", 1);
    if (execute(s, PARSE_SINGLE, true, result, stopped))
        repl_session_print_exception(s, exception_new_msg(&type_SyntaxError, "incomplete input"));
}

static int friendly(repl_session_t *s, int *result)
{
    banner(s);
    s->len = 0;
    bool primary = true;
    char prefill[PREFILL_MAX];
    for (;;) {
        int r = repl_edit_readline(&s->ed, primary ? ">>> " : "... ", primary ? "" : prefill, primary);
        bool stopped = false;
        switch (r) {
        case REPL_EDIT_LINE:
            if (take_line(s, primary, prefill, result, &stopped)) {
                primary = false;
                continue;
            }
            break;
        case REPL_EDIT_CTRL_C:
            out(s, "\r\nKeyboardInterrupt\r\n");
            break;
        case REPL_EDIT_CTRL_D:
            out(s, "\r\n");
            if (!primary) {
                finish_statement(s, result, &stopped);
                break;
            }
            *result = s->supervisor ? REPL_RELOAD : 0;
            return REPL_GO_RETURN;
        case REPL_EDIT_CTRL_A:
            return REPL_GO_RAW;
        case REPL_EDIT_CTRL_B:
            out(s, "\r\n");
            banner(s);
            break;
        case REPL_EDIT_CTRL_E:
            if (paste_mode(s, result))
                return REPL_GO_RETURN;
            break;
        default: /* end of input */
            out(s, "\r\n");
            *result = s->supervisor ? REPL_HANGUP : 0;
            return REPL_GO_RETURN;
        }
        if (stopped)
            return REPL_GO_RETURN;
        s->len = 0;
        primary = true;
    }
}

/* ---- sessions ---- */

static bool same_file(int a, int b)
{
    struct stat sa, sb;
    if (fstat(a, &sa) != 0 || fstat(b, &sb) != 0)
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino && sa.st_rdev == sb.st_rdev;
}

static void redirect_output(repl_session_t *s, int out_fd)
{
    s->saved_fd[0] = s->saved_fd[1] = -1;
    if (same_file(out_fd, STDOUT_FILENO))
        return;
    fflush(stdout);
    fflush(stderr);
    for (int i = 0; i < 2; i++) {
        s->saved_fd[i] = dup(STDOUT_FILENO + i);
        if (s->saved_fd[i] >= 0)
            dup2(out_fd, STDOUT_FILENO + i);
    }
}

static void restore_output(repl_session_t *s)
{
    fflush(stdout);
    fflush(stderr);
    for (int i = 0; i < 2; i++) {
        if (s->saved_fd[i] >= 0) {
            dup2(s->saved_fd[i], STDOUT_FILENO + i);
            close(s->saved_fd[i]);
        }
    }
}

int repl_run_on(int in_fd, int out_fd, bool supervisor)
{
    repl_session_t s;
    memset(&s, 0, sizeof(s));
    s.supervisor = supervisor;
    repl_term_open(&s.term, in_fd, out_fd);
    repl_history_init(&s.hist);
    char *path = repl_history_default_path();
    repl_history_load(&s.hist, path);
    free(path);
    repl_edit_init(&s.ed, &s.term, &s.hist);
    redirect_output(&s, out_fd);
    fflush(stdout);
    repl_term_edit_mode(&s.term);
    port_interrupt_pending = 0;

    int result = 0;
    int mode = resume_raw ? REPL_GO_RAW : REPL_GO_FRIENDLY;
    bool entering_raw = !resume_raw;
    resume_raw = false;
    while (mode != REPL_GO_RETURN) {
        if (mode == REPL_GO_RAW) {
            mode = repl_raw_run(&s, entering_raw, &result);
            entering_raw = true;
        } else {
            mode = friendly(&s, &result);
        }
    }

    if (s.resume_raw)
        resume_raw = true;
    restore_output(&s);
    repl_term_close(&s.term);
    repl_edit_free(&s.ed);
    repl_history_free(&s.hist);
    free(s.src);
    return result;
}

int repl_run(void)
{
    return repl_run_on(STDIN_FILENO, STDOUT_FILENO, false);
}

int repl_read_key(int in_fd, int timeout_ms)
{
    repl_term_t t;
    repl_term_open(&t, in_fd, in_fd);
    repl_term_edit_mode(&t);
    int r;
    for (;;) {
        struct pollfd p = {in_fd, POLLIN, 0};
        int n = poll(&p, 1, timeout_ms);
        if (n < 0 && errno == EINTR && !port_interrupt_pending)
            continue;
        if (n < 0) {
            r = port_interrupt_pending ? REPL_KEY_INTR : REPL_KEY_EOF;
            break;
        }
        if (n == 0) {
            r = REPL_KEY_TIMEOUT;
            break;
        }
        unsigned char c;
        ssize_t got = read(in_fd, &c, 1);
        if (got < 0 && errno == EINTR) {
            if (port_interrupt_pending) {
                r = REPL_KEY_INTR;
                break;
            }
            continue;
        }
        r = got == 1 ? c : REPL_KEY_EOF;
        break;
    }
    repl_term_close(&t);
    return r;
}

int repl_serial_open(const char *device)
{
    return repl_term_open_serial(device);
}

