/*
 * The raw REPL and raw-paste mode, as MicroPython documents them (the
 * protocol pyboard.py and mpremote speak).
 *
 * Raw REPL: on entry "\r\nraw REPL; CTRL-B to exit\r\n", then ">" before
 * each input. Input is taken without echo until Ctrl-D and answered with
 * "OK", the code's output, "\x04", the uncaught exception's text, "\x04".
 * Ctrl-A restarts the raw REPL, Ctrl-B leaves it ("\r\n", then the
 * friendly REPL's banner), Ctrl-C drops the input so far, Ctrl-D on empty
 * input soft-reboots ("OK\r\n").
 *
 * Raw-paste: the input "\x05A\x01" is answered with "R\x01", the window
 * increment (2 bytes, little endian) and "\x01" (a second window at
 * once). The REPL sends "\x01" each time it has taken a window's worth of
 * bytes, and "\x04" once the client's "\x04" ends the data; the result
 * follows as in the raw REPL, without "OK". Ctrl-C instead of the data's
 * end abandons it (KeyboardInterrupt is reported as the error).
 */
#include "config.h"

#include "parser.h"
#include "port.h"
#include "repl.h"
#include "repl_session.h"
#include "runtime.h"

#define RAW_PASTE_WINDOW 128

/* Run the collected input: output, "\x04", exception text, "\x04".
 * Returns true when SystemExit ends the session (*result set). */
static bool execute(repl_session_t *s, int *result)
{
    obj_t exc;
    bool incomplete;
    obj_t fun = repl_session_compile(repl_session_src(s), s->len, PARSE_FILE, false, &exc, &incomplete);
    if (fun != OBJ_NULL)
        exc = repl_session_run(s, fun);
    repl_session_out(s, "\x04");
    if (exc != OBJ_NULL && exception_is(exc, &type_SystemExit)) {
        repl_session_out(s, "\x04");
        if (s->supervisor) {
            /* a soft reboot, as on a board */
            s->resume_raw = true;
            *result = REPL_RELOAD_RAW;
        } else {
            *result = repl_session_exit_status(s, exc);
        }
        return true;
    }
    if (exc != OBJ_NULL)
        repl_session_print_exception(s, exc);
    repl_session_out(s, "\x04");
    return false;
}

/* Next input byte, Ctrl-C for SIGINT, or REPL_TERM_EOF. */
static int next_byte(repl_session_t *s)
{
    for (;;) {
        int c = repl_term_getc(&s->term, -1);
        if (c == REPL_TERM_INTR) {
            port_interrupt_pending = 0;
            return 3;
        }
        if (c >= 0 || c == REPL_TERM_EOF)
            return c;
    }
}

/* Receives raw-paste data. Returns 1 when the client ended it, 0 when
 * Ctrl-C abandoned it, -1 at end of input. */
static int paste_receive(repl_session_t *s)
{
    static const char header[] = {'R', 0x01, RAW_PASTE_WINDOW & 0xff, RAW_PASTE_WINDOW >> 8, 0x01};
    repl_term_write(&s->term, header, sizeof(header));
    s->len = 0;
    size_t taken = 0;
    for (;;) {
        int c = next_byte(s);
        if (c == REPL_TERM_EOF)
            return -1;
        if (c == 4)
            return 1;
        if (c == 3)
            return 0;
        char ch = (char)c;
        repl_session_src_add(s, &ch, 1);
        if (++taken == RAW_PASTE_WINDOW) {
            repl_term_write(&s->term, "\x01", 1);
            taken = 0;
        }
    }
}

enum { IN_RUN, IN_PASTE, IN_LEAVE, IN_EOF };

/* Collects input up to Ctrl-D (IN_RUN), a raw-paste request (IN_PASTE),
 * Ctrl-B (IN_LEAVE) or the end of input (IN_EOF). */
static int collect(repl_session_t *s)
{
    s->len = 0;
    for (;;) {
        int c = next_byte(s);
        if (c == REPL_TERM_EOF)
            return IN_EOF;
        if (c == 1) {
            if (s->len == 2 && s->src[0] == 0x05 && s->src[1] == 'A')
                return IN_PASTE;
            repl_session_out(s, "\r\nraw REPL; CTRL-B to exit\r\n>");
            s->len = 0;
        } else if (c == 2) {
            return IN_LEAVE;
        } else if (c == 3) {
            s->len = 0;
        } else if (c == 4) {
            return IN_RUN;
        } else {
            char ch = (char)c;
            repl_session_src_add(s, &ch, 1);
        }
    }
}

int repl_raw_run(repl_session_t *s, bool entering, int *result)
{
    repl_session_out(s, entering ? "\r\nraw REPL; CTRL-B to exit\r\n" : "raw REPL; CTRL-B to exit\r\n");
    for (;;) {
        repl_session_out(s, ">");
        int in = collect(s);
        if (in == IN_LEAVE) {
            repl_session_out(s, "\r\n");
            return REPL_GO_FRIENDLY;
        }
        if (in == IN_PASTE) {
            int r = paste_receive(s);
            if (r >= 0)
                repl_session_out(s, "\x04");
            if (r == 0) {
                repl_session_out(s, "\x04");
                repl_session_print_exception(s, exception_new(&type_KeyboardInterrupt, 0, NULL));
                repl_session_out(s, "\x04");
                continue;
            }
            if (r < 0)
                in = IN_EOF;
        } else if (in == IN_RUN) {
            repl_session_out(s, "OK");
            if (s->len == 0) {
                repl_session_out(s, "\r\n");
                if (s->supervisor) {
                    s->resume_raw = true;
                    *result = REPL_RELOAD_RAW;
                    return REPL_GO_RETURN;
                }
                /* nobody to reset the VM in plain mode: carry on */
                repl_session_out(s, "soft reboot\r\nraw REPL; CTRL-B to exit\r\n");
                continue;
            }
        }
        if (in == IN_EOF) {
            *result = s->supervisor ? REPL_HANGUP : 0;
            return REPL_GO_RETURN;
        }
        if (execute(s, result))
            return REPL_GO_RETURN;
    }
}
