/*
 * Tokenizer for Python 3.11 source (UTF-8 bytes).
 *
 * Produces CPython's token stream: NEWLINE at the end of each logical line,
 * INDENT/DEDENT from an indentation stack, implicit line joining inside
 * brackets, backslash continuation, comments and blank lines skipped.
 * String literals are decoded into the arena; f-strings are returned whole
 * (raw body between the quotes) for the parser to split, as CPython 3.11
 * does. Errors carry CPython's messages and 1-based positions (columns count
 * characters, not bytes).
 *
 * Invariants:
 *  - The source buffer must outlive every token and the parse tree: names
 *    and undecoded spans point into it.
 *  - After an error lexer_next keeps returning the same error.
 *  - The struct holds no pointers into itself, so it may be copied to take
 *    a snapshot and copied back to rewind.
 */
#ifndef CP_LEXER_H
#define CP_LEXER_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

/* CPython's limits (tokenizer.h MAXLEVEL / MAXINDENT): at most 200 open
 * brackets and 99 indentation levels. */
#define LEXER_MAX_LEVEL 200
#define LEXER_MAX_INDENT 100

enum lexer_tok {
    TOK_ENDMARKER = 0,
    TOK_NAME,       /* val = identifier bytes (UTF-8, not NFKC-normalised) */
    TOK_NUMBER,     /* numkind, base; val = text without '_' (see below) */
    TOK_STRING,     /* flags; val = decoded contents, or raw body if F */
    TOK_NEWLINE,
    TOK_INDENT,     /* col = width of the indentation in characters */
    TOK_DEDENT,     /* line of the dedented line, col 0 (as CPython
                       reports it); at the end of input: the end position */

    /* delimiters */
    TOK_LPAR, TOK_RPAR, TOK_LSQB, TOK_RSQB, TOK_LBRACE, TOK_RBRACE,
    TOK_COLON, TOK_COMMA, TOK_SEMI, TOK_DOT, TOK_ELLIPSIS, TOK_RARROW,
    TOK_COLONEQUAL, TOK_EQUAL,

    /* operators; the binary ones are in AST_OP_* order */
    TOK_PLUS, TOK_MINUS, TOK_STAR, TOK_AT, TOK_SLASH, TOK_DSLASH,
    TOK_PERCENT, TOK_DSTAR, TOK_LSHIFT, TOK_RSHIFT, TOK_VBAR,
    TOK_CIRCUMFLEX, TOK_AMPER,
    TOK_TILDE, TOK_LESS, TOK_GREATER, TOK_EQEQUAL, TOK_NOTEQUAL,
    TOK_LESSEQUAL, TOK_GREATEREQUAL,

    /* augmented assignment, same order as the binary operators above */
    TOK_PLUSEQUAL, TOK_MINEQUAL, TOK_STAREQUAL, TOK_ATEQUAL, TOK_SLASHEQUAL,
    TOK_DSLASHEQUAL, TOK_PERCENTEQUAL, TOK_DSTAREQUAL, TOK_LSHIFTEQUAL,
    TOK_RSHIFTEQUAL, TOK_VBAREQUAL, TOK_CIRCUMFLEXEQUAL, TOK_AMPEREQUAL,

    /* a lone ASCII character that starts no token: ! $ ? ` (CPython makes
     * these OP tokens that no grammar rule accepts) */
    TOK_OTHER,

    /* keywords */
    TOK_FALSE, TOK_NONE, TOK_TRUE, TOK_AND, TOK_AS, TOK_ASSERT, TOK_ASYNC,
    TOK_AWAIT, TOK_BREAK, TOK_CLASS, TOK_CONTINUE, TOK_DEF, TOK_DEL,
    TOK_ELIF, TOK_ELSE, TOK_EXCEPT, TOK_FINALLY, TOK_FOR, TOK_FROM,
    TOK_GLOBAL, TOK_IF, TOK_IMPORT, TOK_IN, TOK_IS, TOK_LAMBDA,
    TOK_NONLOCAL, TOK_NOT, TOK_OR, TOK_PASS, TOK_RAISE, TOK_RETURN,
    TOK_TRY, TOK_WHILE, TOK_WITH, TOK_YIELD,

    TOK_COUNT
};

/* token.numkind */
enum { LEX_NUM_INT = 1, LEX_NUM_FLOAT, LEX_NUM_IMAG };

/* token.flags */
enum {
    LEX_STR_BYTES = 1u << 0,   /* b prefix */
    LEX_STR_RAW = 1u << 1,     /* r prefix */
    LEX_STR_F = 1u << 2,       /* f prefix: val is the undecoded body */
    LEX_STR_TRIPLE = 1u << 3,  /* triple-quoted */
    LEX_STR_U = 1u << 4,       /* u prefix */
    LEX_STR_ERROR = 1u << 5,   /* the literal does not decode: val is the
                                  SyntaxError message, to be reported at
                                  the token's end (its start if also
                                  LEX_STR_ERR_START) */
    LEX_STR_ERR_START = 1u << 6,
    LEX_TOK_EOF = 1u << 7,     /* NEWLINE/DEDENT made up at end of input */
};

/*
 * One token. Positions are 1-based; columns count characters.
 * NUMBER val: INT = digits only (no prefix, no '_'), base in `base`;
 * FLOAT = the literal without '_'; IMAG = the same without the final j.
 * STRING val: decoded UTF-8 (str; may hold NUL and WTF-8-encoded lone
 * surrogates) or bytes, or an error message (LEX_STR_ERROR: bad escape,
 * non-ASCII bytes literal); for f-strings the raw source between the quotes,
 * which starts body_off bytes after `start` (prefix and quotes are ASCII,
 * so also body_off columns after `col`).
 */
typedef struct token {
    uint8_t kind;       /* enum lexer_tok */
    uint8_t flags;      /* LEX_STR_* / LEX_TOK_EOF */
    uint8_t numkind;    /* LEX_NUM_* */
    uint8_t base;       /* 2, 8, 10 or 16 for LEX_NUM_INT */
    uint8_t body_off;   /* STRING: bytes of prefix and opening quotes */
    uint16_t level;     /* bracket depth after this token */
    uint32_t line, col;
    uint32_t end_line, end_col;  /* just past the last character */
    const char *start;  /* raw source text of the token */
    size_t len;
    const char *val;
    size_t vlen;
} token_t;

/* Error codes returned by lexer_next (and lexer_decode). */
enum {
    LEXER_ERR_SYNTAX = -1,  /* SyntaxError */
    LEXER_ERR_INDENT = -2,  /* IndentationError */
    LEXER_ERR_TAB = -3,     /* TabError */
    LEXER_ERR_MEMORY = -4,  /* the arena is exhausted */
};

typedef struct lexer_error {
    int code;             /* LEXER_ERR_* or 0 */
    uint32_t line, col;   /* 1-based position CPython reports */
    bool at_eof;          /* the input ended too early (a REPL may read on) */
    bool unclosed;        /* inside brackets ("'(' was never closed") */
    /* CPython raises this one straight from its tokenizer (bad character,
     * number, string or bracket), so it also wins over a parser error
     * found earlier in the file; the others (indentation, continuation
     * lines) only count where the parser reaches them. */
    bool strong;
    char msg[160];
} lexer_error_t;

typedef struct lexer {
    arena_t *arena;
    const char *src, *end;   /* whole input */
    const char *cur;         /* next byte to read */
    const char *line_start;  /* first byte of the current physical line */
    uint32_t line;           /* current physical line */
    uint32_t line_col0;      /* column (0-based) of line_start */
    const char *colp;        /* column cache: colp is at column colv */
    uint32_t colv;
    const char *comment;     /* start of a comment ending this line, if any */
    uint16_t level;          /* bracket depth */
    uint16_t base_level;     /* added to token.level (1 in sub-lexers) */
    uint16_t indent;         /* top of the indentation stacks */
    uint16_t pending_dedents;
    bool atbol;              /* at the start of a logical line */
    bool started;            /* input checked, BOM skipped */
    bool sub;                /* f-string expression: no lines, no indent */
    uint32_t last_line;      /* line/col reported for the end of input */
    uint32_t last_col;
    struct { char ch; uint32_t line, col; } parens[LEXER_MAX_LEVEL];
    uint16_t indstack[LEXER_MAX_INDENT + 1];   /* columns, tabs to 8 */
    uint16_t altstack[LEXER_MAX_INDENT + 1];   /* columns, tabs as 1 */
    lexer_error_t err;
} lexer_t;

/* Tokenize src[0..len). src need not be NUL-terminated. Never fails; input
 * problems (NUL bytes, invalid UTF-8) are reported by the first
 * lexer_next. A UTF-8 BOM at the start is skipped. */
void lexer_init(lexer_t *lx, arena_t *a, const char *src, size_t len);

/* Tokenize the expression part of an f-string replacement field: src is a
 * span of the enclosing source starting at line/col. Newlines are ignored
 * (as inside brackets), there is no NEWLINE/INDENT/DEDENT, and the end of
 * the span is ENDMARKER. Tokens report level >= 1. */
void lexer_init_sub(lexer_t *lx, arena_t *a, const char *src, size_t len,
                    uint32_t line, uint32_t col);

/* Next token into *t. Returns 0, or a LEXER_ERR_* code with lx->err
 * filled in; once an error is returned every later call returns it too. */
int lexer_next(lexer_t *lx, token_t *t);

/* Decode the body of a string literal (the part between the quotes, or a
 * literal piece of an f-string). flags: LEX_STR_BYTES, LEX_STR_RAW.
 * Handles escapes (unknown ones are kept verbatim, \N{...} looked up in uniname.c),
 * and turns \r\n and \r into \n. The result is in the arena (or is s itself
 * when nothing changes). Returns 0, LEXER_ERR_MEMORY, or LEXER_ERR_SYNTAX
 * with CPython's message in msg (msgsize bytes, always NUL-terminated). */
int lexer_decode(arena_t *a, const char *s, size_t n, unsigned flags,
                 const char **out, size_t *outlen, char *msg, size_t msgsize);

/* Small helpers shared with the parser. */

/* snprintf subset for error messages: %s %c %d %u %x %X (optional
 * zero-padded width, e.g. %04X), %U (a code point written as UTF-8) and %S
 * (two arguments: const char *, size_t length).
 * Always NUL-terminates when size > 0; returns the length wanted. */
size_t lexer_fmt(char *buf, size_t size, const char *fmt, ...);
size_t lexer_vfmt(char *buf, size_t size, const char *fmt, va_list ap);

/* UTF-8 encoding of cp (<= 0x10FFFF; surrogates too) into out[0..3];
 * returns the byte count. */
int lexer_utf8_encode(uint32_t cp, char *out);

/* How a non-ASCII code point may appear outside strings and comments:
 * 0 = identifier character, 1 = printable but not allowed ("invalid
 * character"), 2 = not printable. An approximation of Unicode's
 * XID_Continue: known punctuation, symbol, space and format blocks are
 * rejected, everything else is accepted. */
int lexer_uchar_class(uint32_t cp);

/* Printable name of a token kind: "NAME", "NEWLINE", "+=", "while", ... */
const char *lexer_tok_name(int kind);

#endif
