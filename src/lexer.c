/* Python tokenizer; see lexer.h. Follows CPython 3.11's tokenizer.c closely
 * in what it accepts and where it reports errors, not in structure. */
#include "lexer.h"
#include "uniname.h"

#include <stdarg.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Message formatting (no stdio in the core)                           */

static void put(char *buf, size_t size, size_t *o, char c)
{
    if (*o + 1 < size)
        buf[*o] = c;
    (*o)++;
}

static void put_num(char *buf, size_t size, size_t *o, unsigned long v,
                    unsigned base, int width, bool upper)
{
    char tmp[24];
    int n = 0;
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    do {
        tmp[n++] = digits[v % base];
        v /= base;
    } while (v);
    while (width-- > n)
        put(buf, size, o, '0');
    while (n)
        put(buf, size, o, tmp[--n]);
}

/* See lexer.h. */
size_t lexer_vfmt(char *buf, size_t size, const char *fmt, va_list ap)
{
    size_t o = 0;
    for (; *fmt; fmt++) {
        if (*fmt != '%') {
            put(buf, size, &o, *fmt);
            continue;
        }
        fmt++;
        int width = 0;
        while (*fmt >= '0' && *fmt <= '9')
            width = width * 10 + (*fmt++ - '0');
        switch (*fmt) {
        case 's': {
            const char *s = va_arg(ap, const char *);
            while (*s)
                put(buf, size, &o, *s++);
            break;
        }
        case 'S': {
            const char *s = va_arg(ap, const char *);
            size_t n = va_arg(ap, size_t);
            for (size_t i = 0; i < n; i++)
                put(buf, size, &o, s[i]);
            break;
        }
        case 'c':
            put(buf, size, &o, (char)va_arg(ap, int));
            break;
        case 'd': {
            int v = va_arg(ap, int);
            unsigned long u = (unsigned long)v;
            if (v < 0) {
                put(buf, size, &o, '-');
                u = 0ul - u;
            }
            put_num(buf, size, &o, u, 10, width, false);
            break;
        }
        case 'u':
            put_num(buf, size, &o, va_arg(ap, unsigned), 10, width, false);
            break;
        case 'x':
        case 'X':
            put_num(buf, size, &o, va_arg(ap, unsigned), 16, width,
                    *fmt == 'X');
            break;
        case 'U': {
            char u8[4];
            int n = lexer_utf8_encode(va_arg(ap, unsigned), u8);
            for (int i = 0; i < n; i++)
                put(buf, size, &o, u8[i]);
            break;
        }
        case '%':
            put(buf, size, &o, '%');
            break;
        default:
            return o; /* malformed format: stop */
        }
    }
    if (size)
        buf[o < size ? o : size - 1] = '\0';
    return o;
}

size_t lexer_fmt(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    size_t n = lexer_vfmt(buf, size, fmt, ap);
    va_end(ap);
    return n;
}

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

/* ------------------------------------------------------------------ */
/* Numbers (CPython's tok_get number branch, errors at the same place)  */

/* CPython reports number errors at the column of the character before p. */
static int num_err(lexer_t *lx, const char *p, const char *fmt,
                   const char *arg)
{
    uint32_t col = col_at(lx, p);
    lex_error(lx, LEXER_ERR_SYNTAX, lx->line, col > 1 ? col - 1 : 1, false,
              fmt, arg);
    lx->err.strong = true;
    return LEXER_ERR_SYNTAX;
}

static bool looking_at(lexer_t *lx, const char *p, const char *word)
{
    size_t n = strlen(word);
    return (size_t)(lx->end - p) >= n && memcmp(p, word, n) == 0;
}

/* A number may be followed directly by one of the keywords that can follow
 * it in valid code (CPython warns); any other identifier character is an
 * error. Returns 0 or the error. */
static int end_of_number(lexer_t *lx, const char *p, const char *kind)
{
    int c = peekc(lx, p);
    bool kw = (c == 'a' && looking_at(lx, p + 1, "nd")) ||
              (c == 'e' && looking_at(lx, p + 1, "lse")) ||
              (c == 'f' && looking_at(lx, p + 1, "or")) ||
              (c == 'i' && (peekc(lx, p + 1) == 'f' ||
                            peekc(lx, p + 1) == 'n' ||
                            peekc(lx, p + 1) == 's')) ||
              (c == 'o' && looking_at(lx, p + 1, "r")) ||
              (c == 'n' && looking_at(lx, p + 1, "ot"));
    if (!kw && c >= 0 && is_id_char(c))
        return num_err(lx, p, "invalid %s literal", kind);
    return 0;
}

/* Digits with single underscores between them; *pp is after a digit. */
static int decimal_tail(lexer_t *lx, const char **pp)
{
    const char *p = *pp;
    for (;;) {
        while (is_digit(peekc(lx, p)))
            p++;
        if (peekc(lx, p) != '_')
            break;
        p++;
        if (!is_digit(peekc(lx, p)))
            return num_err(lx, p, "invalid decimal literal", NULL);
    }
    *pp = p;
    return 0;
}

static bool digit_in_base(int c, int base)
{
    if (base == 16)
        return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
    return c >= '0' && c < '0' + base;
}

static int prefixed_int(lexer_t *lx, const char **pp, int base)
{
    static const char *const names[] = {"binary", "octal", "hexadecimal"};
    const char *kind = names[base == 2 ? 0 : base == 8 ? 1 : 2];
    const char *p = *pp;
    do {
        if (peekc(lx, p) == '_')
            p++;
        int c = peekc(lx, p);
        if (!digit_in_base(c, base)) {
            if (base != 16 && is_digit(c))
                goto bad_digit;
            return num_err(lx, p, "invalid %s literal", kind);
        }
        while (digit_in_base(peekc(lx, p), base))
            p++;
    } while (peekc(lx, p) == '_');
    if (base != 16 && is_digit(peekc(lx, p)))
        goto bad_digit;
    *pp = p;
    return end_of_number(lx, p, kind);
bad_digit:
    lex_error(lx, LEXER_ERR_SYNTAX, lx->line, col_at(lx, p), false,
              base == 8 ? "invalid digit '%c' in octal literal"
                        : "invalid digit '%c' in binary literal",
              *p);
    lx->err.strong = true;
    return LEXER_ERR_SYNTAX;
}

/* Copy of s..e without underscores, dropping `skip` leading bytes and
 * `drop` trailing ones; points into the source when nothing changes. */
static int clean_number(lexer_t *lx, token_t *t, const char *s,
                        const char *e, int skip, int drop)
{
    s += skip;
    e -= drop;
    if (!memchr(s, '_', (size_t)(e - s))) {
        t->val = s;
        t->vlen = (size_t)(e - s);
        return 0;
    }
    char *d = arena_alloc(lx->arena, (size_t)(e - s) + 1);
    if (!d)
        return err_memory(lx);
    size_t n = 0;
    for (; s < e; s++)
        if (*s != '_')
            d[n++] = *s;
    t->val = d;
    t->vlen = n;
    return 0;
}

static int finish_number(lexer_t *lx, token_t *t, const char *s,
                         const char *p, int numkind, int base)
{
    emit(lx, t, TOK_NUMBER, s, p);
    t->numkind = (uint8_t)numkind;
    t->base = (uint8_t)base;
    if (numkind == LEX_NUM_INT)
        return clean_number(lx, t, s, p, base == 10 ? 0 : 2, 0);
    return clean_number(lx, t, s, p, 0, numkind == LEX_NUM_IMAG);
}

static int lex_number(lexer_t *lx, token_t *t, const char *s)
{
    const char *p = s;
    int r, kind = LEX_NUM_INT;
    int c1 = peekc(lx, p + 1) | 0x20;
    if (*p == '0' && (c1 == 'x' || c1 == 'o' || c1 == 'b')) {
        int base = c1 == 'x' ? 16 : c1 == 'o' ? 8 : 2;
        p += 2;
        if ((r = prefixed_int(lx, &p, base)) < 0)
            return r;
        return finish_number(lx, t, s, p, kind, base);
    }
    if (*p == '0') {
        bool nonzero = false;
        p++;
        for (;;) {
            if (peekc(lx, p) == '_') {
                p++;
                if (!is_digit(peekc(lx, p)))
                    return num_err(lx, p, "invalid decimal literal", NULL);
            }
            if (peekc(lx, p) != '0')
                break;
            p++;
        }
        if (is_digit(peekc(lx, p))) {
            nonzero = true;
            if ((r = decimal_tail(lx, &p)) < 0)
                return r;
        }
        int c = peekc(lx, p);
        if (c == '.') {
            p++;
            goto fraction;
        }
        if (c == 'e' || c == 'E')
            goto exponent;
        if (c == 'j' || c == 'J')
            goto imaginary;
        if (nonzero) {
            lex_error(lx, LEXER_ERR_SYNTAX, lx->line, col_at(lx, s), false,
                      "leading zeros in decimal integer literals are not "
                      "permitted; use an 0o prefix for octal integers");
            lx->err.strong = true;
            return LEXER_ERR_SYNTAX;
        }
        if ((r = end_of_number(lx, p, "decimal")) < 0)
            return r;
        return finish_number(lx, t, s, p, kind, 10);
    }
    if (*p == '.') {
        p++;
        goto fraction;
    }
    if ((r = decimal_tail(lx, &p)) < 0)
        return r;
    if (peekc(lx, p) == '.') {
        p++;
        goto fraction;
    }
    goto exponent;
fraction:
    kind = LEX_NUM_FLOAT;
    if (is_digit(peekc(lx, p)) && (r = decimal_tail(lx, &p)) < 0)
        return r;
exponent:
    if ((peekc(lx, p) | 0x20) == 'e') {
        const char *ep = p++;
        int c = peekc(lx, p);
        if (c == '+' || c == '-') {
            p++;
            if (!is_digit(peekc(lx, p)))
                return num_err(lx, p, "invalid decimal literal", NULL);
        } else if (!is_digit(c)) {
            /* "1else": the number ends before the e */
            if ((r = end_of_number(lx, ep, "decimal")) < 0)
                return r;
            return finish_number(lx, t, s, ep, kind, 10);
        }
        kind = LEX_NUM_FLOAT;
        if ((r = decimal_tail(lx, &p)) < 0)
            return r;
    }
    if ((peekc(lx, p) | 0x20) == 'j') {
imaginary:
        p++;
        if ((r = end_of_number(lx, p, "imaginary")) < 0)
            return r;
        return finish_number(lx, t, s, p, LEX_NUM_IMAG, 10);
    }
    if ((r = end_of_number(lx, p, "decimal")) < 0)
        return r;
    return finish_number(lx, t, s, p, kind, 10);
}

/* ------------------------------------------------------------------ */
/* Strings                                                             */

static int unterminated(lexer_t *lx, uint32_t line, uint32_t col,
                        bool triple, bool eof, uint32_t detected)
{
    lex_error(lx, LEXER_ERR_SYNTAX, line, col, triple && eof,
              triple ? "unterminated triple-quoted string literal "
                       "(detected at line %u)"
                     : "unterminated string literal (detected at line %u)",
              (unsigned)detected);
    lx->err.strong = true;
    return LEXER_ERR_SYNTAX;
}

/* Finds the closing quote(s) of a string body starting at *pp (qs quote
 * characters of kind quote); leaves *pp after them and *body_end at them.
 * The error, if any, is reported at line/col (the token's start). */
static int scan_string(lexer_t *lx, const char **pp, const char **body_end,
                       char quote, int qs, uint32_t line, uint32_t col)
{
    const char *p = *pp, *e = lx->end;
    for (;;) {
        if (p >= e) {
            uint32_t dl, dc;
            eof_pos(lx, &dl, &dc);
            return unterminated(lx, line, col, qs == 3, true, dl);
        }
        char c = *p;
        if (c == quote &&
            (qs == 1 || (e - p >= 3 && p[1] == quote && p[2] == quote))) {
            *body_end = p;
            *pp = p + qs;
            return 0;
        }
        int nl = nl_len(p, e);
        if (nl) {
            if (qs == 1)
                return unterminated(lx, line, col, false, false, lx->line);
            p += nl;
            new_line(lx, p);
            continue;
        }
        p++;
        if (c == '\\' && p < e) {
            nl = nl_len(p, e);
            if (nl) {
                p += nl;
                new_line(lx, p);
            } else {
                p++;
            }
        }
    }
}

/* The value of a (non-f) string token. A literal that does not decode is
 * marked LEX_STR_ERROR with its message as the value: CPython's parser,
 * not its tokenizer, reports those. */
static int string_value(lexer_t *lx, token_t *t, const char *body, size_t n)
{
    char msg[sizeof lx->err.msg];
    int r = 0;
    if (t->flags & LEX_STR_BYTES) {
        for (size_t i = 0; i < n && !r; i++)
            if ((unsigned char)body[i] >= 0x80) {
                lexer_fmt(msg, sizeof msg, "bytes can only contain ASCII "
                                           "literal characters");
                t->flags |= LEX_STR_ERR_START;
                r = LEXER_ERR_SYNTAX;
            }
    }
    if (!r)
        r = lexer_decode(lx->arena, body, n, t->flags, &t->val, &t->vlen,
                         msg, sizeof msg);
    if (r == LEXER_ERR_MEMORY)
        return err_memory(lx);
    if (r < 0) {
        t->flags |= LEX_STR_ERROR;
        t->vlen = strlen(msg);
        char *m = arena_strndup(lx->arena, msg, t->vlen);
        if (!m)
            return err_memory(lx);
        t->val = m;
    }
    return 0;
}

/* Scans a string literal whose prefix starts at s and whose opening quote
 * is at q; flags come from the prefix. */
static int lex_string(lexer_t *lx, token_t *t, const char *s, const char *q,
                      unsigned flags)
{
    char quote = *q;
    const char *p = q + 1, *body_end = NULL;
    uint32_t sline = lx->line, scol = col_at(lx, s);
    if (lx->end - p >= 2 && p[0] == quote && p[1] == quote) {
        flags |= LEX_STR_TRIPLE;
        p += 2;
    }
    const char *body = p;
    int r = scan_string(lx, &p, &body_end, quote,
                        (flags & LEX_STR_TRIPLE) ? 3 : 1, sline, scol);
    if (r < 0)
        return r;
    memset(t, 0, sizeof *t);
    t->kind = TOK_STRING;
    t->flags = (uint8_t)flags;
    t->line = sline;
    t->col = scol;
    t->end_line = lx->line;
    t->end_col = col_at(lx, p);
    t->start = s;
    t->len = (size_t)(p - s);
    t->body_off = (uint8_t)(body - s);
    t->level = (uint16_t)(lx->level + lx->base_level);
    lx->cur = p;
    size_t n = (size_t)(body_end - body);
    if (flags & LEX_STR_F) {
        t->val = body;
        t->vlen = n;
        return 0;
    }
    return string_value(lx, t, body, n);
}

/* If the name at p is a string prefix directly followed by a quote, lex
 * the string and return 1; return 0 when it is just a name. */
static int try_string(lexer_t *lx, token_t *t, const char *p, int *res)
{
    const char *s = p;
    bool b = false, r = false, u = false, f = false;
    for (;; p++) {
        int c = peekc(lx, p);
        if (c == '"' || c == '\'')
            break;
        c |= 0x20;
        if (c == 'b' && !b && !u && !f)
            b = true;
        else if (c == 'u' && !b && !u && !r && !f)
            u = true;
        else if (c == 'r' && !r && !u)
            r = true;
        else if (c == 'f' && !f && !b && !u)
            f = true;
        else
            return 0;
    }
    unsigned flags = (b ? LEX_STR_BYTES : 0) | (r ? LEX_STR_RAW : 0) |
                     (f ? LEX_STR_F : 0) | (u ? LEX_STR_U : 0);
    *res = lex_string(lx, t, s, p, flags);
    return 1;
}

/* ------------------------------------------------------------------ */
/* Escapes                                                             */

static int hexval(int c)
{
    if (is_digit(c))
        return c - '0';
    c |= 0x20;
    return (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
}

static int decode_escape(const char *s, size_t n, size_t *ip, bool bytes,
                         char *d, size_t *op, char *msg, size_t msgsize)
{
    size_t i = *ip, o = *op;
    char e = s[i + 1];
    static const char simple[] = "\\\\''\"\"a\ab\bf\fn\nr\rt\tv\v";
    for (const char *q = simple; *q; q += 2) {
        if (e == q[0]) {
            d[o++] = q[1];
            *ip = i + 2, *op = o;
            return 0;
        }
    }
    if (e >= '0' && e <= '7') {
        unsigned v = 0;
        size_t j = i + 1;
        for (int k = 0; k < 3 && j < n && s[j] >= '0' && s[j] <= '7'; k++)
            v = v * 8 + (unsigned)(s[j++] - '0');
        if (bytes)
            d[o++] = (char)(v & 0xFF);
        else
            o += (size_t)lexer_utf8_encode(v, d + o);
        *ip = j, *op = o;
        return 0;
    }
    int width = e == 'x' ? 2 : bytes ? 0 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
    if (width) {
        uint32_t v = 0;
        int k;
        for (k = 0; k < width && i + 2 + k < n && hexval(s[i + 2 + k]) >= 0;
             k++)
            v = v * 16 + (uint32_t)hexval(s[i + 2 + k]);
        if (k < width) {
            if (bytes)
                lexer_fmt(msg, msgsize, "(value error) invalid \\x escape at "
                                        "position %u", (unsigned)i);
            else
                lexer_fmt(msg, msgsize,
                          "(unicode error) 'unicodeescape' codec can't decode"
                          " bytes in position %u-%u: truncated \\%s escape",
                          (unsigned)i, (unsigned)(i + 1 + (size_t)k),
                          e == 'x'   ? "xXX"
                          : e == 'u' ? "uXXXX"
                                     : "UXXXXXXXX");
            return LEXER_ERR_SYNTAX;
        }
        if (v > 0x10FFFF) {
            lexer_fmt(msg, msgsize,
                      "(unicode error) 'unicodeescape' codec can't decode "
                      "bytes in position %u-%u: illegal Unicode character",
                      (unsigned)i, (unsigned)(i + 9));
            return LEXER_ERR_SYNTAX;
        }
        if (bytes)
            d[o++] = (char)v;
        else
            o += (size_t)lexer_utf8_encode(v, d + o);
        *ip = i + 2 + (size_t)width, *op = o;
        return 0;
    }
    if (e == 'N' && !bytes) {
        bool brace = i + 2 < n && s[i + 2] == '{';
        const char *close = brace ? memchr(s + i + 3, '}', n - i - 3) : NULL;
        if (!close || close == s + i + 3) {
            /* CPython reports up to the '}', the end, or the N */
            size_t last = !brace ? i + 1 : close ? (size_t)(close - s) - 1 : n - 1;
            lexer_fmt(msg, msgsize,
                      "(unicode error) 'unicodeescape' codec can't decode "
                      "bytes in position %u-%u: malformed \\N character "
                      "escape", (unsigned)i, (unsigned)last);
            return LEXER_ERR_SYNTAX;
        }
        size_t end = (size_t)(close - s);
        int32_t cp = uniname_lookup(s + i + 3, end - i - 3);
        if (cp < 0) {
            lexer_fmt(msg, msgsize,
                      "(unicode error) 'unicodeescape' codec can't decode "
                      "bytes in position %u-%u: unknown Unicode character "
                      "name", (unsigned)i, (unsigned)end);
            return LEXER_ERR_SYNTAX;
        }
        o += (size_t)lexer_utf8_encode((uint32_t)cp, d + o);
        *ip = end + 1, *op = o;
        return 0;
    }
    /* Unknown escape: kept verbatim (the next byte is copied next round). */
    d[o++] = '\\';
    *ip = i + 1, *op = o;
    return 0;
}

int lexer_decode(arena_t *a, const char *s, size_t n, unsigned flags,
                 const char **out, size_t *outlen, char *msg, size_t msgsize)
{
    bool raw = flags & LEX_STR_RAW, bytes = flags & LEX_STR_BYTES;
    size_t i;
    for (i = 0; i < n; i++)
        if (s[i] == '\r' || (s[i] == '\\' && !raw))
            break;
    if (i == n) {
        *out = s;
        *outlen = n;
        return 0;
    }
    /* Every escape shrinks or keeps its length, so n bytes suffice. */
    char *d = arena_alloc(a, n + 1);
    if (!d)
        return LEXER_ERR_MEMORY;
    size_t o = 0;
    i = 0;
    while (i < n) {
        char c = s[i];
        if (c == '\r') {
            d[o++] = '\n';
            i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
        } else if (c != '\\' || raw || i + 1 == n) {
            d[o++] = c;
            i++;
        } else if (s[i + 1] == '\n' || s[i + 1] == '\r') {
            i += (s[i + 1] == '\r' && i + 2 < n && s[i + 2] == '\n') ? 3 : 2;
        } else {
            int r = decode_escape(s, n, &i, bytes, d, &o, msg, msgsize);
            if (r < 0)
                return r;
        }
    }
    *out = d;
    *outlen = o;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Operators                                                           */

/* Operator spellings, for lexer_tok_name. */
static const struct {
    const char s[4];
    uint8_t kind;
} operators[] = {
    {"(", TOK_LPAR}, {")", TOK_RPAR}, {"[", TOK_LSQB}, {"]", TOK_RSQB},
    {"{", TOK_LBRACE}, {"}", TOK_RBRACE}, {":", TOK_COLON},
    {",", TOK_COMMA}, {";", TOK_SEMI}, {".", TOK_DOT}, {"...", TOK_ELLIPSIS},
    {"->", TOK_RARROW}, {":=", TOK_COLONEQUAL}, {"=", TOK_EQUAL},
    {"+", TOK_PLUS}, {"-", TOK_MINUS}, {"*", TOK_STAR}, {"@", TOK_AT},
    {"/", TOK_SLASH}, {"//", TOK_DSLASH}, {"%", TOK_PERCENT},
    {"**", TOK_DSTAR}, {"<<", TOK_LSHIFT}, {">>", TOK_RSHIFT},
    {"|", TOK_VBAR}, {"^", TOK_CIRCUMFLEX}, {"&", TOK_AMPER},
    {"~", TOK_TILDE}, {"<", TOK_LESS}, {">", TOK_GREATER},
    {"==", TOK_EQEQUAL}, {"!=", TOK_NOTEQUAL}, {"<=", TOK_LESSEQUAL},
    {">=", TOK_GREATEREQUAL}, {"+=", TOK_PLUSEQUAL}, {"-=", TOK_MINEQUAL},
    {"*=", TOK_STAREQUAL}, {"@=", TOK_ATEQUAL}, {"/=", TOK_SLASHEQUAL},
    {"//=", TOK_DSLASHEQUAL}, {"%=", TOK_PERCENTEQUAL},
    {"**=", TOK_DSTAREQUAL}, {"<<=", TOK_LSHIFTEQUAL},
    {">>=", TOK_RSHIFTEQUAL}, {"|=", TOK_VBAREQUAL},
    {"^=", TOK_CIRCUMFLEXEQUAL}, {"&=", TOK_AMPEREQUAL},
};

/* The operator or delimiter at p (longest match); 0 if none. */
static int match_op(const char *p, const char *e, int *len)
{
    int c1 = p + 1 < e ? p[1] : 0, c2 = p + 2 < e ? p[2] : 0;
    bool eq = c1 == '=';
    *len = 1;
    switch (*p) {
    case '(': return TOK_LPAR;
    case ')': return TOK_RPAR;
    case '[': return TOK_LSQB;
    case ']': return TOK_RSQB;
    case '{': return TOK_LBRACE;
    case '}': return TOK_RBRACE;
    case ',': return TOK_COMMA;
    case ';': return TOK_SEMI;
    case '~': return TOK_TILDE;
    case '.':
        if (c1 == '.' && c2 == '.') {
            *len = 3;
            return TOK_ELLIPSIS;
        }
        return TOK_DOT;
    case ':':
        *len += eq;
        return eq ? TOK_COLONEQUAL : TOK_COLON;
    case '=':
        *len += eq;
        return eq ? TOK_EQEQUAL : TOK_EQUAL;
    case '!':
        *len += eq;
        return eq ? TOK_NOTEQUAL : 0;
    case '+':
        *len += eq;
        return eq ? TOK_PLUSEQUAL : TOK_PLUS;
    case '-':
        if (c1 == '>') {
            *len = 2;
            return TOK_RARROW;
        }
        *len += eq;
        return eq ? TOK_MINEQUAL : TOK_MINUS;
    case '@':
        *len += eq;
        return eq ? TOK_ATEQUAL : TOK_AT;
    case '%':
        *len += eq;
        return eq ? TOK_PERCENTEQUAL : TOK_PERCENT;
    case '|':
        *len += eq;
        return eq ? TOK_VBAREQUAL : TOK_VBAR;
    case '^':
        *len += eq;
        return eq ? TOK_CIRCUMFLEXEQUAL : TOK_CIRCUMFLEX;
    case '&':
        *len += eq;
        return eq ? TOK_AMPEREQUAL : TOK_AMPER;
    case '*':
    case '/':
    case '<':
    case '>':
        break;
    default:
        return 0;
    }
    /* the doubling operators: * ** *= **=, / // /= //=, < << <= <<= <>,
     * > >> >= >>= */
    static const char dbl[] = "*/<>";
    static const uint8_t kinds[4][4] = {
        /* single, single=, double, double= */
        {TOK_STAR, TOK_STAREQUAL, TOK_DSTAR, TOK_DSTAREQUAL},
        {TOK_SLASH, TOK_SLASHEQUAL, TOK_DSLASH, TOK_DSLASHEQUAL},
        {TOK_LESS, TOK_LESSEQUAL, TOK_LSHIFT, TOK_LSHIFTEQUAL},
        {TOK_GREATER, TOK_GREATEREQUAL, TOK_RSHIFT, TOK_RSHIFTEQUAL},
    };
    int i = (int)(strchr(dbl, *p) - dbl);
    if (*p == '<' && c1 == '>') {
        *len = 2; /* Python 2's <>, an error token as in CPython */
        return TOK_OTHER;
    }
    if (c1 == *p) {
        *len = 2 + (c2 == '=');
        return kinds[i][2 + (c2 == '=')];
    }
    *len += eq;
    return kinds[i][eq];
}

static int bracket(lexer_t *lx, int kind, const char *p)
{
    if (kind == TOK_LPAR || kind == TOK_LSQB || kind == TOK_LBRACE) {
        if (lx->level >= LEXER_MAX_LEVEL)
            return err_at(lx, p, "too many nested parentheses");
        lx->parens[lx->level].ch = *p;
        lx->parens[lx->level].line = lx->line;
        lx->parens[lx->level].col = col_at(lx, p);
        lx->level++;
        return 0;
    }
    if (lx->level == 0)
        return err_at(lx, p, "unmatched '%c'", *p);
    char open = lx->parens[lx->level - 1].ch;
    char want = open == '(' ? ')' : open == '[' ? ']' : '}';
    if (*p != want) {
        uint32_t ol = lx->parens[lx->level - 1].line;
        if (ol != lx->line)
            return err_at(lx, p, "closing parenthesis '%c' does not match "
                                 "opening parenthesis '%c' on line %u",
                          *p, open, (unsigned)ol);
        return err_at(lx, p, "closing parenthesis '%c' does not match "
                             "opening parenthesis '%c'", *p, open);
    }
    lx->level--;
    return 0;
}

static int lex_operator(lexer_t *lx, token_t *t, const char *p)
{
    int n, kind = match_op(p, lx->end, &n);
    if (kind) {
        if (kind >= TOK_LPAR && kind <= TOK_RBRACE) {
            int r = bracket(lx, kind, p);
            if (r < 0)
                return r;
        }
        return emit(lx, t, kind, p, p + n);
    }
    unsigned char c = (unsigned char)*p;
    if (c < 0x20 || c == 0x7F)
        return err_at(lx, p, "invalid non-printable character U+%04X", c);
    return emit(lx, t, TOK_OTHER, p, p + 1);
}

/* ------------------------------------------------------------------ */
/* Lines and indentation                                               */

static int at_end(lexer_t *lx, token_t *t)
{
    uint32_t line, col;
    if (lx->level > 0) {
        const char *ch = "(";
        char open = lx->parens[lx->level - 1].ch;
        ch = open == '(' ? "(" : open == '[' ? "[" : "{";
        lex_error(lx, LEXER_ERR_SYNTAX, lx->parens[lx->level - 1].line,
                  lx->parens[lx->level - 1].col, true,
                  "'%s' was never closed", ch);
        lx->err.unclosed = true;
        return LEXER_ERR_SYNTAX;
    }
    eof_pos(lx, &line, &col);
    if (lx->sub)
        return emit_at(lx, t, TOK_ENDMARKER, line, col, 0);
    if (!lx->atbol) {
        lx->atbol = true;
        return emit_at(lx, t, TOK_NEWLINE, line, col, LEX_TOK_EOF);
    }
    if (lx->indent > 0) {
        lx->indent--;
        return emit_at(lx, t, TOK_DEDENT, line, col, LEX_TOK_EOF);
    }
    return emit_at(lx, t, TOK_ENDMARKER, line, col, 0);
}

/* A backslash at *pp: joins the next physical line, or is an error. */
static int continuation(lexer_t *lx, const char **pp)
{
    const char *p = *pp, *e = lx->end;
    int nl = nl_len(p + 1, e);
    if (nl) {
        p += 1 + nl;
        new_line(lx, p);
        *pp = p;
        if (p < e)
            return 0;
        lx->cur = p;
        uint32_t line, col;
        eof_pos(lx, &line, &col);
        return lex_error(lx, LEXER_ERR_SYNTAX, line, col, true,
                         "unexpected EOF while parsing");
    }
    lx->cur = p;
    return lex_error(lx, LEXER_ERR_SYNTAX, lx->line, col_at(lx, p) + 1,
                     p + 1 >= e,
                     p + 1 >= e ? "unexpected EOF while parsing"
                                : "unexpected character after line "
                                  "continuation character");
}

/* Skips blank and comment-only lines and measures the indentation of the
 * next line (tabs to multiples of 8 in *col, as 1 in *alt). Returns 1
 * when the input ended first, 0, or an error; lx->cur ends at the first
 * token of the line. */
static int measure_indent(lexer_t *lx, unsigned *col, unsigned *alt)
{
    for (;;) {
        const char *p = lx->cur;
        unsigned c = 0, a = 0;
        int cont = -1; /* column of the first continuation backslash */
        while (p < lx->end) {
            if (*p == ' ') {
                c++, a++;
            } else if (*p == '\t') {
                c = (c / 8 + 1) * 8;
                a++;
            } else if (*p == '\014') {
                c = a = 0;
            } else if (*p == '\\') {
                /* CPython: indentation cannot be split over physical lines;
                 * the first backslash decides the level. */
                int r = continuation(lx, &p);
                if (r < 0)
                    return r;
                if (cont < 0)
                    cont = (int)c;
                continue;
            } else {
                break;
            }
            p++;
        }
        lx->cur = p;
        if (p >= lx->end)
            return 1;
        if (*p != '#' && !nl_len(p, lx->end)) {
            *col = *alt = cont >= 0 ? (unsigned)cont : c;
            if (cont < 0)
                *alt = a;
            return 0;
        }
        while (p < lx->end && !nl_len(p, lx->end))
            p++;
        int nl = nl_len(p, lx->end);
        lx->cur = p + nl;
        if (nl)
            new_line(lx, p + nl);
    }
}

/* At the start of a logical line: compares the indentation with the
 * stack. Returns 1 when a token (INDENT/DEDENT) was produced, 0 to go on
 * lexing, or an error. */
static int indentation(lexer_t *lx, token_t *t)
{
    unsigned col = 0, alt = 0;
    int r = measure_indent(lx, &col, &alt);
    if (r != 0)
        return r < 0 ? r : 0; /* end of input: at_end does the rest */
    const char *p = lx->cur;
    lx->atbol = false;
    unsigned top = lx->indstack[lx->indent], atop = lx->altstack[lx->indent];
    if (col == top) {
        if (alt != atop)
            goto tab_error;
        return 0;
    }
    if (col > top) {
        if (lx->indent + 1 >= LEXER_MAX_INDENT)
            return lex_error(lx, LEXER_ERR_INDENT, lx->line, 1, false,
                             "too many levels of indentation");
        if (alt <= atop)
            goto tab_error;
        lx->indent++;
        lx->indstack[lx->indent] = (uint16_t)(col > 65535 ? 65535 : col);
        lx->altstack[lx->indent] = (uint16_t)(alt > 65535 ? 65535 : alt);
        emit_at(lx, t, TOK_INDENT, lx->line, count_chars(lx->line_start, p),
                0);
        return 1;
    }
    while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
        lx->indent--;
        lx->pending_dedents++;
    }
    if (col != lx->indstack[lx->indent]) {
        const char *e = p;
        while (e < lx->end && !nl_len(e, lx->end))
            e++;
        return lex_error(lx, LEXER_ERR_INDENT, lx->line, col_at(lx, e),
                         false, "unindent does not match any outer "
                                "indentation level");
    }
    if (alt != lx->altstack[lx->indent])
        goto tab_error;
    lx->pending_dedents--;
    emit_at(lx, t, TOK_DEDENT, lx->line, 0, 0);
    return 1;
tab_error:
    return lex_error(lx, LEXER_ERR_TAB, lx->line, 1, false,
                     "inconsistent use of tabs and spaces in indentation");
}

/* Skips blanks, comments, joined lines and continuation lines. Returns 1
 * when a NEWLINE token was produced, 0 when lx->cur is at a token (or the
 * end), or an error. */
static int skip_space(lexer_t *lx, token_t *t)
{
    const char *p = lx->cur, *e = lx->end;
    lx->comment = NULL;
    for (;;) {
        while (p < e && (*p == ' ' || *p == '\t' || *p == '\014'))
            p++;
        if (p < e && *p == '#') {
            lx->comment = p;
            while (p < e && !nl_len(p, e))
                p++;
        }
        int nl = nl_len(p, e);
        if (nl) {
            if (lx->level == 0 && !lx->sub) {
                const char *s = lx->comment ? lx->comment : p;
                emit(lx, t, TOK_NEWLINE, s, p + nl);
                t->end_line = lx->line;
                new_line(lx, p + nl);
                lx->atbol = true;
                return 1;
            }
            p += nl;
            new_line(lx, p);
            lx->comment = NULL;
            continue;
        }
        if (p < e && *p == '\\') {
            int r = continuation(lx, &p);
            if (r < 0)
                return r;
            continue;
        }
        lx->cur = p;
        return 0;
    }
}

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

/* ------------------------------------------------------------------ */
/* Non-ASCII characters outside strings                                */

typedef struct {
    uint32_t lo, hi;
} urange_t;

/* Invisible characters: controls, spaces, format characters, private use
 * (CPython: "invalid non-printable character"). Sorted. */
static const urange_t unprintable[] = {
    {0x0080, 0x00A0}, {0x00AD, 0x00AD}, {0x0600, 0x0605}, {0x061C, 0x061C},
    {0x06DD, 0x06DD}, {0x070F, 0x070F}, {0x1680, 0x1680}, {0x180E, 0x180E},
    {0x2000, 0x200F}, {0x2028, 0x202F}, {0x205F, 0x206F}, {0x3000, 0x3000},
    {0xD800, 0xF8FF}, {0xFEFF, 0xFEFF}, {0xFFF0, 0xFFFB}, {0xFFFE, 0xFFFF},
    {0xE0000, 0xE0FFF}, {0xF0000, 0x10FFFF},
};

/* Printable characters that cannot be part of an identifier: punctuation
 * and symbol blocks (CPython: "invalid character"). Sorted. */
static const urange_t symbols[] = {
    {0x00A1, 0x00A9}, {0x00AB, 0x00AC}, {0x00AE, 0x00B1}, {0x00B4, 0x00B4},
    {0x00B6, 0x00B6}, {0x00B8, 0x00B8}, {0x00BB, 0x00BF}, {0x00D7, 0x00D7},
    {0x00F7, 0x00F7}, {0x02C2, 0x02C5}, {0x02D2, 0x02DF}, {0x02E5, 0x02EB},
    {0x02ED, 0x02ED}, {0x02EF, 0x02FF}, {0x0375, 0x0375}, {0x037E, 0x037E},
    {0x0384, 0x0385}, {0x03F6, 0x03F6}, {0x0482, 0x0482}, {0x055A, 0x055F},
    {0x0589, 0x058A}, {0x05BE, 0x05BE}, {0x05C0, 0x05C0}, {0x05C3, 0x05C3},
    {0x05C6, 0x05C6}, {0x05F3, 0x05F4}, {0x0606, 0x060F}, {0x061B, 0x061B},
    {0x061D, 0x061F}, {0x066A, 0x066D}, {0x06D4, 0x06D4}, {0x0964, 0x0965},
    {0x0970, 0x0970}, {0x0E3F, 0x0E3F}, {0x0E4F, 0x0E4F}, {0x0E5A, 0x0E5B},
    {0x2010, 0x2027}, {0x2030, 0x205E}, {0x207A, 0x207E}, {0x208A, 0x208E},
    {0x20A0, 0x20CF}, {0x2100, 0x2101}, {0x2103, 0x2106}, {0x2108, 0x2109},
    {0x2114, 0x2114}, {0x2116, 0x2117}, {0x211E, 0x2123}, {0x2125, 0x2125},
    {0x2127, 0x2127}, {0x2129, 0x2129}, {0x212E, 0x212E}, {0x213A, 0x213B},
    {0x2140, 0x2144}, {0x214A, 0x214D}, {0x214F, 0x214F}, {0x218A, 0x218B},
    {0x2190, 0x245F}, {0x2500, 0x2BFF}, {0x2CE5, 0x2CEA}, {0x2CF9, 0x2CFF},
    {0x2E00, 0x2E7F}, {0x2FF0, 0x2FFF}, {0x3001, 0x3004}, {0x3008, 0x3020},
    {0x3030, 0x3030}, {0x3036, 0x3037}, {0x303D, 0x303F}, {0x309B, 0x309C},
    {0x30A0, 0x30A0}, {0x30FB, 0x30FB}, {0xFD3E, 0xFD3F}, {0xFE10, 0xFE19},
    {0xFE30, 0xFE32}, {0xFE35, 0xFE4C}, {0xFE50, 0xFE6B}, {0xFF01, 0xFF0F},
    {0xFF1A, 0xFF20}, {0xFF3B, 0xFF3E}, {0xFF40, 0xFF40}, {0xFF5B, 0xFF65},
    {0xFFE0, 0xFFEE}, {0xFFFC, 0xFFFD}, {0x1F000, 0x1FBFF},
};

static bool in_ranges(const urange_t *r, size_t n, uint32_t cp)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < r[mid].lo)
            hi = mid;
        else if (cp > r[mid].hi)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

int lexer_uchar_class(uint32_t cp)
{
    if (in_ranges(unprintable, sizeof unprintable / sizeof unprintable[0],
                  cp))
        return 2;
    if (in_ranges(symbols, sizeof symbols / sizeof symbols[0], cp))
        return 1;
    return 0;
}
