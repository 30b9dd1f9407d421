/*
 * REPL input history: the lines entered, oldest first, optionally kept in
 * a file (one entry per line, newest last, at most REPL_HISTORY_MAX lines).
 */
#ifndef CP_HOST_REPL_HISTORY_H
#define CP_HOST_REPL_HISTORY_H

#include <stddef.h>

#define REPL_HISTORY_MAX 1000

typedef struct repl_history {
    char **lines;       /* malloc'd, NUL-terminated, no newline */
    size_t n, cap;
    char *path;         /* file to persist to, or NULL */
    size_t file_lines;  /* lines the file holds, as far as we know */
} repl_history_t;

void repl_history_init(repl_history_t *h);
/* Load from path (a missing file is not an error) and keep appending to
 * it. Returns 0 or -errno when the file exists but cannot be read. */
int repl_history_load(repl_history_t *h, const char *path);
/* The default file: $HOME/.circuitpython_history, or NULL without HOME.
 * The result is malloc'd. */
char *repl_history_default_path(void);
/* Add a line (blank lines and a repeat of the newest entry are skipped);
 * appends it to the file, rewriting the file when it would exceed the
 * cap. Returns 0 or -errno from the file (the entry is kept either way). */
int repl_history_add(repl_history_t *h, const char *line, size_t len);
/* Entry i, 0 = oldest; NULL when out of range. */
const char *repl_history_get(const repl_history_t *h, size_t i);
void repl_history_free(repl_history_t *h);

#endif
