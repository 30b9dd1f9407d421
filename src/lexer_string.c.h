/*
 * String literals: the prefix, the closing quote(s) (unterminated-string
 * errors), and the token's value (lexer_decode's result, or the raw body
 * of an f-string).
 *
 * Part of lexer.c, which includes it: one translation unit, so the
 * lexer's position, error and token helpers stay static. Not compiled on
 * its own.
 */

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
