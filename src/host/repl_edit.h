/*
 * The REPL's line editor (VT100 terminals and plain byte streams alike).
 *
 * Keys: printable text and UTF-8 inserted at the cursor; Left/Right and
 * Ctrl-B/Ctrl-F; Home/End, and Ctrl-A/Ctrl-E on a non-empty line; Alt-b/
 * Alt-f and Ctrl-Left/Ctrl-Right move by words; Backspace (over the
 * auto-indent it removes up to 4 spaces), Delete and Ctrl-D on a
 * non-empty line, Ctrl-K (kill to end), Ctrl-U (kill to start), Ctrl-W
 * and Alt-Backspace (kill word back), Alt-d (kill word forward); Up/Down
 * and Ctrl-P/Ctrl-N walk the history; Tab completes (or indents when only
 * spaces precede the cursor); Ctrl-L redraws on a cleared screen.
 * Enter is "\r", "\n" or "\r\n".
 *
 * Lines longer than the terminal wrap; the editor tracks the rows it has
 * drawn (assuming the usual deferred wrap at the right margin).
 */
#ifndef CP_HOST_REPL_EDIT_H
#define CP_HOST_REPL_EDIT_H

#include <stdbool.h>
#include <stddef.h>

#include "repl_history.h"
#include "repl_term.h"

typedef struct repl_edit {
    repl_term_t *term;
    repl_history_t *hist;
    bool complete;          /* Tab completes names (else only indents) */
    /* the line being edited */
    char *buf;
    size_t len, cap, pos;
    const char *prompt;
    int row;                /* row of the cursor below the prompt's row */
    size_t hist_pos;        /* history entry shown; == hist->n: the new line */
    char *stash;            /* the new line while browsing history */
    bool last_cr;           /* the previous byte was '\r' ("\r\n" is one Enter) */
    /* output batched per key */
    char *out;
    size_t out_len, out_cap;
} repl_edit_t;

enum {
    REPL_EDIT_LINE = 0,     /* Enter: the line is in buf[0..len) */
    REPL_EDIT_EOF = -1,     /* end of input */
    REPL_EDIT_CTRL_A = 1,   /* on an empty line (primary prompt) */
    REPL_EDIT_CTRL_B = 2,   /* on an empty line (primary prompt) */
    REPL_EDIT_CTRL_C = 3,   /* any time: the line is abandoned */
    REPL_EDIT_CTRL_D = 4,   /* on an empty (continuation: blank) line */
    REPL_EDIT_CTRL_E = 5,   /* on an empty line (primary prompt) */
};

void repl_edit_init(repl_edit_t *e, repl_term_t *term, repl_history_t *hist);
void repl_edit_free(repl_edit_t *e);

/* Show prompt (ASCII) and prefill, then edit until Enter or a special
 * key. `primary` says whether this is the first line of a statement (the
 * raw/paste/banner keys only act there). On REPL_EDIT_LINE the cursor has
 * moved to a new row; for the other results the caller writes what
 * follows (the cursor is at the end of the line). */
int repl_edit_readline(repl_edit_t *e, const char *prompt, const char *prefill, bool primary);

#endif
