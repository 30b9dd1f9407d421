/*
 * The interactive prompt: CircuitPython's friendly REPL (line editing,
 * history, completion, auto-indent), paste mode, and the raw REPL with
 * raw-paste flow control (the protocol mpremote and pyboard.py speak).
 *
 * Keys at an empty primary prompt: Ctrl-A raw REPL, Ctrl-B banner again,
 * Ctrl-C "KeyboardInterrupt", Ctrl-D exit (plain) / soft reload
 * (supervisor), Ctrl-E paste mode. While code runs Ctrl-C raises
 * KeyboardInterrupt.
 *
 * Continuation lines ("... ") are prefilled with the previous line's
 * indentation, 4 spaces more after a line ending in ':'; Backspace over
 * it removes one level; a line holding only spaces ends the statement.
 * Tab completes names, attributes (obj.attr.pre) and module names.
 * History is kept in $HOME/.circuitpython_history (at most 1000 lines).
 */
#ifndef CP_HOST_REPL_H
#define CP_HOST_REPL_H

#include <stdbool.h>
#include <stddef.h>

/* Results of repl_run_on besides an exit status (>= 0). In plain mode only
 * exit statuses are returned. */
enum {
    /* supervisor: soft reload requested (Ctrl-D, or SystemExit at the
     * friendly REPL); print "soft reboot", reset the VM, run code.py. */
    REPL_RELOAD = -1,
    /* supervisor: soft reload from the raw REPL (Ctrl-D on empty input,
     * or SystemExit there); print "soft reboot", reset the VM, do NOT run
     * code.py, and call repl_run_on again: it resumes in the raw REPL. */
    REPL_RELOAD_RAW = -2,
    /* supervisor: the input ended (EOF or error on in_fd). */
    REPL_HANGUP = -3,
};

/* Run the REPL over a pair of fds (a terminal, a serial device opened with
 * repl_serial_open, or pipes). When out_fd is not already the process's
 * stdout, fds 1 and 2 are pointed at it for the duration (Python output
 * goes there) and restored on return. Terminals are put in raw mode while
 * editing and restored on return, at exit and on fatal signals.
 * supervisor=false: Ctrl-D on an empty line or end of input returns 0,
 * SystemExit returns its status. supervisor=true: see REPL_* above (and
 * SystemExit reloads, as CircuitPython does). Must be called with the
 * runtime initialised; the REPL runs code in vm.main_module. */
int repl_run_on(int in_fd, int out_fd, bool supervisor);

/* repl_run_on(stdin, stdout, false). */
int repl_run(void);

/* For the supervisor's "Press any key to enter the REPL": waits up to
 * timeout_ms (< 0: forever) for one byte on in_fd with the terminal in
 * raw mode (restored before returning), and reads only that byte.
 * Returns the byte (0..255; 4 is Ctrl-D), or REPL_KEY_TIMEOUT,
 * REPL_KEY_EOF (input ended), REPL_KEY_INTR (SIGINT arrived; the caller
 * clears port_interrupt_pending). Poll it in a loop with a short timeout
 * to watch files meanwhile: input typed between calls is kept. */
enum { REPL_KEY_TIMEOUT = -1, REPL_KEY_EOF = -2, REPL_KEY_INTR = -3 };
int repl_read_key(int in_fd, int timeout_ms);

/* Open a serial device (tty or pty) for repl_run_on: raw, 115200 8N1, no
 * modem control lines, "\n" sent as "\r\n". Returns the fd or -errno. */
int repl_serial_open(const char *device);

/* Names for the banner "CircuitPython for Linux <version> on <date>;
 * <board name> with <chip>". Weak defaults return "Simulated board" and
 * "sim"; the board layer overrides them. */
const char *repl_board_name(void);
const char *repl_chip_name(void);

/* The banner line (without a line end) into buf, truncated to size. */
void repl_banner_line(char *buf, size_t size);

#endif
