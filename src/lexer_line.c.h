/*
 * Line structure: the end of input (closing NEWLINE and DEDENTs, unclosed
 * brackets), backslash continuation, blank and comment lines, the
 * indentation stack (INDENT/DEDENT, TabError) and NEWLINE tokens.
 *
 * Part of lexer.c, which includes it: one translation unit, so the
 * lexer's position, error and token helpers stay static. Not compiled on
 * its own.
 */

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
