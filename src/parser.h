/*
 * Python 3.11 parser: source text to the AST of ast.h.
 *
 * Hand-written recursive descent over the token stream of lexer.h. Accepts
 * the language as CPython 3.11 parses it except `match` statements (and
 * has no 3.12 type-parameter syntax). Syntax errors carry CPython 3.11's
 * message and position for the common cases (see tests/unit/test_parser.c)
 * and "invalid syntax" otherwise.
 *
 * Conventions of the tree (in addition to ast.h):
 *  - An empty sequence is NULL (a call without arguments has l1 == NULL).
 *  - Expressions written in parentheses carry AST_F_PAREN, so
 *    `(x): int` (not a "simple" annotation target) can be told from `x: int`.
 *  - Every node has the line/col of its first token (columns count
 *    characters, 1-based, clamped to 65535); statements and most
 *    expressions also have end_line.
 *  - In PARSE_SINGLE mode every AST_EXPR statement outside def/class
 *    bodies has AST_F_PRINT (the REPL prints its value).
 *  - `except*` handlers: the AST_TRY has AST_F_STAR.
 *  - Names, number text and undecoded spans may point into the source
 *    buffer, which must outlive the tree; everything else is in the arena.
 *
 * Errors that CPython only finds after parsing (its compiler and symbol
 * table) but that are purely syntactic are reported here too, and only
 * when the whole input parsed, as CPython orders them:
 *   "duplicate argument 'x' in function definition",
 *   "starred assignment target must be in a list or tuple",
 *   "multiple starred expressions in assignment",
 *   "can't use starred expression here", "cannot assign to __debug__",
 *   "cannot delete __debug__".
 * Left to the compiler: 'return'/'yield'/'await' outside function, 'break'
 * outside loop, nonlocal at module level, keyword argument repeated, and
 * the like.
 */
#ifndef CP_PARSER_H
#define CP_PARSER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "ast.h"

/* Bound on nesting so that hostile input cannot overflow the C stack,
 * here or in passes that recurse over the tree: the tree is never deeper
 * than about this many nodes. A bracket costs two levels, so about 100
 * nested brackets fit; each operator of a chain (a + b + c ...) and each
 * trailer (a.b(c)[d] ...) costs one, as do blocks, unary operators and
 * each `elif` (an AST_IF nested in the previous one's orelse).
 * Deeper input fails with "too many nested parentheses" or "expression
 * nested too deeply". Ports with small stacks may lower it. */
#ifndef PARSER_MAX_DEPTH
#define PARSER_MAX_DEPTH 200
#endif

enum {
    PARSE_FILE,   /* a module: statements up to the end of input */
    PARSE_SINGLE, /* one interactive statement (simple statements joined by
                     ';' count as one); AST_MODULE; empty input gives an
                     empty body */
    PARSE_EVAL,   /* one expression (a tuple without parentheses is fine);
                     the result is the expression node itself; leading
                     indentation and trailing newlines are ignored */
};

enum {
    PARSE_ERR_SYNTAX = 1, /* SyntaxError */
    PARSE_ERR_INDENT,     /* IndentationError */
    PARSE_ERR_TAB,        /* TabError */
    PARSE_ERR_MEMORY,     /* the arena ran out (MemoryError) */
};

typedef struct parse_error {
    int kind;            /* PARSE_ERR_* */
    uint32_t line, col;  /* 1-based, as CPython's SyntaxError.lineno/offset */
    char msg[160];       /* CPython's message text, UTF-8 */
    uint32_t end_line;
    /* The input stopped too early: an unclosed bracket, a block header
     * waiting for its block, an unterminated triple-quoted string, a
     * backslash at the end. A REPL should read another line and retry.
     * Also set on success in PARSE_SINGLE mode when the input is a
     * compound statement not yet ended by a blank line (the REPL reads on
     * until the user enters an empty line; compile() ignores it). */
    bool incomplete;
} parse_error_t;

/* Parse src[0..len) (UTF-8, need not be NUL-terminated) in the given mode.
 * On success returns 0 and stores the tree in *out (AST_MODULE for
 * PARSE_FILE and PARSE_SINGLE, the expression for PARSE_EVAL); err is
 * cleared except for the PARSE_SINGLE `incomplete` hint. On failure
 * returns -1 with *err filled in and *out set to NULL; nodes allocated so
 * far stay in the arena until it is dropped. Never fails other than by
 * returning -1: any byte sequence is accepted as input. Uses at most
 * PARSER_MAX_DEPTH levels of recursion. */
int parser_parse(arena_t *arena, const char *src, size_t len, int mode,
                 ast_t **out, parse_error_t *err);

#endif
