/*
 * The supervisor module's state, shared with the host's supervisor (the
 * code.py workflow, src/host/supervisor*.c, or a firmware's main loop).
 *
 * The state lives in static storage, not in the VM heap, because it must
 * outlive each VM: the run reason, the auto-reload switch, the next code
 * file and the previous traceback carry over from one run to the next, as
 * on CircuitPython. Without an attached supervisor (a plain
 * `circuitpython file.py`) the module still works: run_reason is STARTUP,
 * autoreload can be read and set (nobody acts on it), set_next_code_file
 * is recorded and ignored, and reload() ends the program like sys.exit().
 *
 * Portable like the core: no OS calls; the console facts come from
 * port.h.
 */
#ifndef CP_MOD_SUPERVISOR_H
#define CP_MOD_SUPERVISOR_H

#include <stdbool.h>
#include <stddef.h>

/* supervisor.RunReason values (CircuitPython's numbering). */
enum {
    SUPERVISOR_RUN_STARTUP = 1,
    SUPERVISOR_RUN_AUTO_RELOAD = 2,
    SUPERVISOR_RUN_SUPERVISOR_RELOAD = 3,
    SUPERVISOR_RUN_REPL_RELOAD = 4,
};

/* supervisor.SafeModeReason values; the host prints the messages. */
enum {
    SUPERVISOR_SAFE_NONE = 0,
    SUPERVISOR_SAFE_USER,          /* --safe-mode */
    SUPERVISOR_SAFE_PROGRAMMATIC,  /* microcontroller.on_next_reset(SAFE_MODE) */
    SUPERVISOR_SAFE_HARD_FAULT,    /* the previous run crashed the process */
    SUPERVISOR_SAFE_NO_HEAP,       /* out of memory (three runs in a row) */
    SUPERVISOR_SAFE_SAFEMODE_PY_ERROR,
    SUPERVISOR_SAFE_COUNT
};

/* Options of set_next_code_file (CircuitPython's bits). NEWLY_SET marks a
 * choice made during the current run. */
enum {
    SUPERVISOR_NEXT_NEWLY_SET = 1,
    SUPERVISOR_NEXT_RELOAD_ON_SUCCESS = 2,
    SUPERVISOR_NEXT_RELOAD_ON_ERROR = 4,
    SUPERVISOR_NEXT_STICKY_ON_SUCCESS = 8,
    SUPERVISOR_NEXT_STICKY_ON_ERROR = 16,
    SUPERVISOR_NEXT_STICKY_ON_RELOAD = 32,
};

/* Longest file name / working directory set_next_code_file accepts
 * (ValueError beyond). */
#define SUPERVISOR_PATH_MAX 256

/* Called by the host supervisor once at start: reload() then requests a
 * reload instead of ending the program, and autoreload starts as given. */
void mod_supervisor_attach(bool autoreload);
bool mod_supervisor_attached(void);

void mod_supervisor_set_run_reason(int reason);
int mod_supervisor_run_reason(void);

/* supervisor.runtime.autoreload; the host may also switch it (safe mode). */
bool mod_supervisor_autoreload(void);
void mod_supervisor_set_autoreload(bool on);

/* True once after supervisor.reload() was called (then cleared). */
bool mod_supervisor_take_reload_request(void);

/* The next code file, or NULL when none is set. *options gets the
 * SUPERVISOR_NEXT_* bits, *workdir the working directory or NULL. */
const char *mod_supervisor_next_code(unsigned *options, const char **workdir);
/* Replace the options (the host clears NEWLY_SET as CircuitPython does). */
void mod_supervisor_set_next_options(unsigned options);
/* Forget the next code file. */
void mod_supervisor_clear_next_code(void);

/* get_previous_traceback(): text (not NUL-terminated, copied; truncated
 * to the module's buffer), or NULL to clear. */
void mod_supervisor_set_traceback(const char *text, size_t len);

/* supervisor.runtime.safe_mode_reason. */
void mod_supervisor_set_safe_mode(int reason);
int mod_supervisor_safe_mode(void);

#endif
