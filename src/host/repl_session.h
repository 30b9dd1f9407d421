/*
 * One REPL session's state and the helpers its modes share (internal to
 * repl.c and repl_raw.c).
 */
#ifndef CP_HOST_REPL_SESSION_H
#define CP_HOST_REPL_SESSION_H

#include <stdbool.h>
#include <stddef.h>

#include "obj.h"
#include "repl_edit.h"
#include "repl_history.h"
#include "repl_term.h"

typedef struct repl_session {
    repl_term_t term;
    repl_edit_t ed;
    repl_history_t hist;
    bool supervisor;
    bool resume_raw;   /* set when a soft reboot leaves the raw REPL */
    int saved_fd[2];   /* stdout/stderr before redirection, or -1 */
    /* source being collected: src[0..len), NUL-terminated */
    char *src;
    size_t len, cap;
} repl_session_t;

/* What a mode hands back to the session loop. */
enum { REPL_GO_FRIENDLY, REPL_GO_RAW, REPL_GO_RETURN };

void repl_session_src_add(repl_session_t *s, const char *p, size_t n);
/* The collected source ("" when none). */
const char *repl_session_src(repl_session_t *s);

/* Text to the console as is. */
void repl_session_out(repl_session_t *s, const char *text);
/* Print an exception (traceback and all) with "\r\n" line ends. */
void repl_session_print_exception(repl_session_t *s, obj_t exc);

/* Compile src as "<stdin>". Returns the function, or OBJ_NULL with *exc
 * set (the exception) or *incomplete set (only with is_repl: more input
 * is needed). */
obj_t repl_session_compile(const char *src, size_t len, int mode, bool is_repl, obj_t *exc, bool *incomplete);
/* Run fun in __main__ with the console in run mode; returns the uncaught
 * exception or OBJ_NULL. */
obj_t repl_session_run(repl_session_t *s, obj_t fun);
/* The exit status python3 gives for SystemExit exc (printing a non-int
 * code, as python3 does). */
int repl_session_exit_status(repl_session_t *s, obj_t exc);

/* The raw REPL (repl_raw.c); entering: print the leading "\r\n" as when
 * coming from the friendly REPL. Returns REPL_GO_*, with *result set for
 * REPL_GO_RETURN. */
int repl_raw_run(repl_session_t *s, bool entering, int *result);

#endif
