/* Python tokenizer; see lexer.h. Follows CPython 3.11's tokenizer.c closely
 * in what it accepts and where it reports errors, not in structure.
 *
 * This file holds UTF-8 checking, positions and errors, setup, names and
 * keywords, and the token loop (lexer_next). The token kinds that need
 * more are in parts it includes, in one translation unit so that the
 * helpers above stay static:
 *   lexer_number.c.h  numeric literals
 *   lexer_string.c.h  string literals (scanning; decoding is lexer_decode)
 *   lexer_op.c.h      operators, delimiters and bracket nesting
 *   lexer_line.c.h    line ends, continuation lines and indentation
 * The parts that need no lexer state are separate files: lexer_fmt.c
 * (error-message formatting), lexer_decode.c (escape decoding) and
 * lexer_uchar.c (classes of non-ASCII characters). */
#include "lexer.h"

#include <stdarg.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* UTF-8                                                               */

int lexer_utf8_encode(uint32_t cp, char *out)
{
    /* Lone surrogates are encoded like any other code point (WTF-8), so
     * "\ud800" survives as three bytes. */
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Length of the well-formed UTF-8 sequence at p (1..4), or -1 for an
 * invalid start byte, -2 for a bad continuation, -3 for truncation.
 * Rejects overlong forms, surrogates and code points above U+10FFFF. */
static int utf8_len(const unsigned char *p, const unsigned char *e,
                    uint32_t *cp)
{
    unsigned c = p[0];
    int n;
    uint32_t v, min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2, v = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3, v = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4, v = c & 0x07, min = 0x10000;
    } else {
        return -1;
    }
    for (int i = 1; i < n; i++) {
        if (p + i >= e)
            return -3;
        if ((p[i] & 0xC0) != 0x80)
            return -2;
        v = (v << 6) | (p[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return -2;
    *cp = v;
    return n;
}

/* ------------------------------------------------------------------ */
/* Positions and errors                                                */

static int nl_len(const char *p, const char *e)
{
    if (p >= e)
        return 0;
    if (*p == '\n')
        return 1;
    if (*p == '\r')
        return (p + 1 < e && p[1] == '\n') ? 2 : 1;
    return 0;
}

static void new_line(lexer_t *lx, const char *p)
{
    lx->line++;
    lx->line_start = p;
    lx->line_col0 = 0;
    lx->colp = p;
    lx->colv = 0;
}

static uint32_t count_chars(const char *p, const char *q)
{
    uint32_t n = 0;
    for (; p < q; p++)
        n += ((unsigned char)*p & 0xC0) != 0x80;
    return n;
}

/* 1-based column of p, which lies on the current line. The cache makes a
 * left-to-right scan linear even on very long lines. */
static uint32_t col_at(lexer_t *lx, const char *p)
{
    if (p < lx->colp) {
        lx->colp = lx->line_start;
        lx->colv = lx->line_col0;
    }
    lx->colv += count_chars(lx->colp, p);
    lx->colp = p;
    return lx->colv + 1;
}

/* Where CPython reports the end of input: just past the text of the last
 * line that has any (a final newline does not start a new line). */
static void eof_pos(lexer_t *lx, uint32_t *line, uint32_t *col)
{
    const char *e = lx->end;
    if (lx->sub || e == lx->src || lx->line_start != e || lx->line <= 1) {
        *line = lx->line;
        *col = col_at(lx, e);
        return;
    }
    const char *p = e - 1; /* the final newline */
    if (*p == '\n' && p > lx->src && p[-1] == '\r')
        p--;
    const char *ls = p;
    while (ls > lx->src && ls[-1] != '\n' && ls[-1] != '\r')
        ls--;
    *line = lx->line - 1;
    *col = count_chars(ls, p) + 1;
}

static int lex_verror(lexer_t *lx, int code, uint32_t line, uint32_t col,
                      bool eof, const char *fmt, va_list ap)
{
    lx->err.code = code;
    lx->err.line = line;
    lx->err.col = col;
    lx->err.at_eof = eof;
    lx->err.unclosed = false;
    lx->err.strong = false;
    lexer_vfmt(lx->err.msg, sizeof lx->err.msg, fmt, ap);
    return code;
}

static int lex_error(lexer_t *lx, int code, uint32_t line, uint32_t col,
                     bool eof, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    lex_verror(lx, code, line, col, eof, fmt, ap);
    va_end(ap);
    return code;
}

/* SyntaxError at the character p on the current line (a "strong" one:
 * characters, brackets). */
static int err_at(lexer_t *lx, const char *p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    lex_verror(lx, LEXER_ERR_SYNTAX, lx->line, col_at(lx, p), false, fmt, ap);
    va_end(ap);
    lx->err.strong = true;
    return LEXER_ERR_SYNTAX;
}

static int err_memory(lexer_t *lx)
{
    return lex_error(lx, LEXER_ERR_MEMORY, lx->line, 1, false,
                     "out of memory");
}

/* ------------------------------------------------------------------ */
/* Setup                                                               */

void lexer_init(lexer_t *lx, arena_t *a, const char *src, size_t len)
{
    memset(lx, 0, sizeof *lx);
    lx->arena = a;
    lx->src = src;
    lx->end = src + len;
    lx->cur = src;
    lx->line_start = src;
    lx->colp = src;
    lx->line = 1;
    lx->atbol = true;
}

void lexer_init_sub(lexer_t *lx, arena_t *a, const char *src, size_t len,
                    uint32_t line, uint32_t col)
{
    lexer_init(lx, a, src, len);
    lx->line = line;
    lx->line_col0 = col ? col - 1 : 0;
    lx->colv = lx->line_col0;
    lx->sub = true;
    lx->started = true;
    lx->atbol = false;
    lx->base_level = 1;
}

/* Reject NUL bytes and malformed UTF-8 up front so that later stages can
 * trust the text; skip a BOM. */
static int check_input(lexer_t *lx)
{
    const unsigned char *p = (const unsigned char *)lx->src;
    const unsigned char *e = (const unsigned char *)lx->end;
    if (e - p >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
        p += 3;
        lx->cur = lx->line_start = lx->colp = (const char *)p;
    }
    while (p < e) {
        if (*p >= 0x01 && *p < 0x80) {
            p++;
            continue;
        }
        uint32_t cp;
        int n = *p ? utf8_len(p, e, &cp) : 0;
        if (n > 0) {
            p += n;
            continue;
        }
        /* Locate the offending byte for the message. */
        const char *q = (const char *)p;
        for (const char *s = lx->cur; s < q;) {
            int nl = nl_len(s, q);
            if (nl) {
                s += nl;
                new_line(lx, s);
            } else {
                s++;
            }
        }
        if (n == 0)
            return err_at(lx, q, "source code string cannot contain null "
                                 "bytes");
        static const char *const why[] = {
            "invalid start byte", "invalid continuation byte",
            "unexpected end of data"};
        return err_at(lx, q,
                      "(unicode error) 'utf-8' codec can't decode byte "
                      "0x%02x in position %u: %s",
                      *p, (unsigned)(q - lx->src), why[-n - 1]);
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Token helpers                                                       */

static int emit(lexer_t *lx, token_t *t, int kind, const char *s,
                const char *e)
{
    t->kind = (uint8_t)kind;
    t->line = lx->line;
    t->col = col_at(lx, s);
    t->end_line = lx->line;
    t->end_col = col_at(lx, e);
    t->start = s;
    t->len = (size_t)(e - s);
    t->level = (uint16_t)(lx->level + lx->base_level);
    lx->cur = e;
    return 0;
}

static int emit_at(lexer_t *lx, token_t *t, int kind, uint32_t line,
                   uint32_t col, unsigned flags)
{
    memset(t, 0, sizeof *t);
    t->kind = (uint8_t)kind;
    t->flags = (uint8_t)flags;
    t->line = t->end_line = line;
    t->col = t->end_col = col;
    t->start = lx->cur;
    t->level = (uint16_t)(lx->level + lx->base_level);
    return 0;
}

static bool is_digit(int c)
{
    return c >= '0' && c <= '9';
}

static bool is_id_start(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           c >= 0x80;
}

static bool is_id_char(int c)
{
    return is_id_start(c) || is_digit(c);
}

static int peekc(lexer_t *lx, const char *p)
{
    return p < lx->end ? (unsigned char)*p : -1;
}

/* ------------------------------------------------------------------ */
/* Names and keywords                                                  */

static const struct {
    const char *s;
    uint8_t kind;
} keywords[] = {
    {"False", TOK_FALSE}, {"None", TOK_NONE}, {"True", TOK_TRUE},
    {"and", TOK_AND}, {"as", TOK_AS}, {"assert", TOK_ASSERT},
    {"async", TOK_ASYNC}, {"await", TOK_AWAIT}, {"break", TOK_BREAK},
    {"class", TOK_CLASS}, {"continue", TOK_CONTINUE}, {"def", TOK_DEF},
    {"del", TOK_DEL}, {"elif", TOK_ELIF}, {"else", TOK_ELSE},
    {"except", TOK_EXCEPT}, {"finally", TOK_FINALLY}, {"for", TOK_FOR},
    {"from", TOK_FROM}, {"global", TOK_GLOBAL}, {"if", TOK_IF},
    {"import", TOK_IMPORT}, {"in", TOK_IN}, {"is", TOK_IS},
    {"lambda", TOK_LAMBDA}, {"nonlocal", TOK_NONLOCAL}, {"not", TOK_NOT},
    {"or", TOK_OR}, {"pass", TOK_PASS}, {"raise", TOK_RAISE},
    {"return", TOK_RETURN}, {"try", TOK_TRY}, {"while", TOK_WHILE},
    {"with", TOK_WITH}, {"yield", TOK_YIELD},
};

static int keyword_kind(const char *s, size_t n)
{
    if (n < 2 || n > 8)
        return TOK_NAME;
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
        const char *k = keywords[i].s;
        if (k[0] == s[0] && strlen(k) == n && memcmp(k, s, n) == 0)
            return keywords[i].kind;
    }
    return TOK_NAME;
}

/* Reads a name starting at p; non-ASCII characters are accepted unless
 * they are known punctuation, symbols or invisible characters. */
static int lex_name(lexer_t *lx, token_t *t, const char *p)
{
    const char *s = p;
    bool ascii = true;
    while (p < lx->end && is_id_char((unsigned char)*p)) {
        if ((unsigned char)*p < 0x80) {
            p++;
            continue;
        }
        ascii = false;
        uint32_t cp;
        int n = utf8_len((const unsigned char *)p,
                         (const unsigned char *)lx->end, &cp);
        if (n < 0)
            return err_at(lx, p, "invalid UTF-8 in source");
        int cls = lexer_uchar_class(cp);
        if (cls == 1)
            return err_at(lx, p, "invalid character '%U' (U+%04X)", cp, cp);
        if (cls == 2)
            return err_at(lx, p, "invalid non-printable character U+%04X",
                          cp);
        p += n;
    }
    emit(lx, t, ascii ? keyword_kind(s, (size_t)(p - s)) : TOK_NAME, s, p);
    t->val = s;
    t->vlen = (size_t)(p - s);
    return 0;
}

#include "lexer_number.c.h"

#include "lexer_string.c.h"

#include "lexer_op.c.h"

#include "lexer_line.c.h"

int lexer_next(lexer_t *lx, token_t *t)
{
    int r;
    memset(t, 0, sizeof *t);
    if (lx->err.code)
        return lx->err.code;
    if (!lx->started) {
        lx->started = true;
        if ((r = check_input(lx)) < 0)
            return r;
    }
    if (lx->pending_dedents) {
        lx->pending_dedents--;
        return emit_at(lx, t, TOK_DEDENT, lx->line, 0, 0);
    }
    if (lx->atbol && lx->level == 0 && !lx->sub) {
        r = indentation(lx, t);
        if (r != 0)
            return r < 0 ? r : 0;
    }
    r = skip_space(lx, t);
    if (r != 0)
        return r < 0 ? r : 0;
    const char *p = lx->cur;
    if (p >= lx->end)
        return at_end(lx, t);
    lx->atbol = false;
    unsigned char c = (unsigned char)*p;
    if (is_id_start(c)) {
        if (c < 0x80 && try_string(lx, t, p, &r))
            return r;
        return lex_name(lx, t, p);
    }
    if (is_digit(c) || (c == '.' && is_digit(peekc(lx, p + 1))))
        return lex_number(lx, t, p);
    if (c == '"' || c == '\'')
        return lex_string(lx, t, p, p, 0);
    return lex_operator(lx, t, p);
}

/* ------------------------------------------------------------------ */
/* Names of token kinds                                                */

const char *lexer_tok_name(int kind)
{
    static const char *const fixed[] = {
        "ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT",
        "DEDENT"};
    if (kind >= 0 && kind <= TOK_DEDENT)
        return fixed[kind];
    if (kind == TOK_OTHER)
        return "OP";
    for (size_t i = 0; i < sizeof operators / sizeof operators[0]; i++)
        if (operators[i].kind == kind)
            return operators[i].s;
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (keywords[i].kind == kind)
            return keywords[i].s;
    return "?";
}
