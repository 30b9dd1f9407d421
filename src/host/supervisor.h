/*
 * The CircuitPython workflow on a host (the "supervisor"):
 *
 *   circuitpython [--serial DEVICE] [--safe-mode] [--no-autoreload] DIR
 *
 * runs DIR as a CIRCUITPY drive: boot.py once (its output also written to
 * DIR/boot_out.txt), then the first of code.txt, code.py, main.py,
 * main.txt (or the file supervisor.set_next_code_file() chose), each run
 * in a fresh VM and heap with every pin released afterwards; then
 * "Press any key to enter the REPL. Use CTRL-D to reload." A key opens
 * the REPL, Ctrl-D (there or at the REPL) reloads. Writes to DIR stop the
 * program and rerun it (auto-reload). SIGTERM ends the program and exits
 * with status 0, SIGHUP reloads. See doc/supervisor.md for the details
 * (messages, safe mode, the terminal title).
 *
 * `circuitpython --serial DEVICE` without DIR runs the same loop with no
 * drive: the console on DEVICE, the REPL, soft reboots.
 */
#ifndef CP_HOST_SUPERVISOR_H
#define CP_HOST_SUPERVISOR_H

#include <stdbool.h>

#include "cli.h"

/* Whether opts asks for the supervisor: a directory target, or --serial
 * without a target. */
bool supervisor_wanted(const struct cli_options *opts);

/* Runs the supervisor until SIGTERM or the console's end; returns the
 * exit status. argv is main's (to restart after a crash). Called instead
 * of main's own heap and runtime set-up. */
int supervisor_main(const struct cli_options *opts, char **argv);

/* --serial DEVICE for a plain run (a file, -c, -m or the REPL): the
 * device becomes stdin, stdout and stderr. Returns 0, or prints
 * "circuitpython: ..." to stderr and returns the exit status. */
int supervisor_console_serial(const char *device);

/* The program itself wrote, created, removed or renamed path: auto-reload
 * ignores the change (a data logger writing into DIR must not restart
 * itself). Called by the port's file functions; cheap when auto-reload
 * is not running. */
void supervisor_note_local_write(const char *path);

#endif
