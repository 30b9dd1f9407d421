/*
 * Tab completion for the REPL: names in __main__ and builtins (and
 * keywords), attributes of a dotted name (`obj.attr.pre`, using dir()
 * semantics; nothing is called except properties met on the way), and
 * module names after `import` / `from`.
 */
#ifndef CP_HOST_REPL_COMPLETE_H
#define CP_HOST_REPL_COMPLETE_H

#include <stddef.h>

typedef struct repl_completions {
    char **names;       /* sorted, distinct, malloc'd */
    size_t n;
    size_t word_len;    /* length of the partial word before the cursor */
} repl_completions_t;

/* Fill c with the candidates for the word ending at line[pos]. Never
 * raises (errors while looking things up give no candidates). */
void repl_complete(const char *line, size_t pos, repl_completions_t *c);
void repl_complete_free(repl_completions_t *c);

/* Length of the longest prefix all candidates share. */
size_t repl_complete_common(const repl_completions_t *c);

#endif
