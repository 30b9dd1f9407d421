/*
 * String literals: implicit concatenation, escapes (through the lexer's
 * decoder) and f-strings with nested replacement fields.
 *
 * Part of parser.c, which includes it: one translation unit, so the
 * parser's helpers stay static. Not compiled on its own.
 */
/* ------------------------------------------------------------------ */
/* Strings and f-strings                                               */

/* A constant string piece; runs of them are merged by joined(). */
static ast_t *str_piece(parser_t *p, pos_t where, const char *s, size_t n)
{
    ast_t *c = mk(p, AST_CONST, where);
    c->op = AST_CONST_STR;
    c->name = str_of(s, n);
    return c;
}

/* Pops the parts above base into an AST_JOINEDSTR, merging adjacent
 * constants and dropping empty ones as CPython does. */
static ast_t *joined(parser_t *p, size_t base, pos_t where)
{
    size_t out = base;
    for (size_t i = base; i < p->nstk;) {
        ast_t *x = p->stk[i];
        if (x->kind != AST_CONST) {
            p->stk[out++] = x;
            i++;
            continue;
        }
        size_t j = i, total = 0;
        for (; j < p->nstk && p->stk[j]->kind == AST_CONST; j++)
            total += p->stk[j]->name.len;
        if (total) {
            if (j - i > 1) {
                char *buf = alloc(p, total + 1);
                size_t o = 0;
                for (size_t k = i; k < j; k++) {
                    memcpy(buf + o, p->stk[k]->name.s, p->stk[k]->name.len);
                    o += p->stk[k]->name.len;
                }
                x->name = str_of(buf, total);
            }
            p->stk[out++] = x;
        }
        i = j;
    }
    p->nstk = out;
    ast_t *js = mk(p, AST_JOINEDSTR, where);
    js->l1 = seq_from(p, base);
    return js;
}

/* Walks a position forward through the source text of an f-string. */
typedef struct fpos {
    const char *s;
    uint32_t line, col;
} fpos_t;

static void fpos_advance(fpos_t *c, const char *to)
{
    for (; c->s < to; c->s++) {
        unsigned char ch = (unsigned char)*c->s;
        if (ch == '\n' || (ch == '\r' && (c->s + 1 >= to || c->s[1] != '\n'))) {
            c->line++;
            c->col = 1;
        } else if ((ch & 0xC0) != 0x80 && ch != '\r') {
            c->col++;
        }
    }
}

/* f-string errors from the splitting itself: CPython puts them at the end
 * of the string token. */
static _Noreturn void fstr_fail(parser_t *p, const token_t *t,
                                const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    pos_t where = {t->end_line, t->end_col};
    fail_v(p, PARSE_ERR_SYNTAX, where, false, fmt, ap);
}

static void decode_piece(parser_t *p, const token_t *t, pos_t where,
                         const char *s, size_t n)
{
    const char *out;
    size_t len;
    char msg[sizeof p->err->msg];
    int r = lexer_decode(p->arena, s, n, t->flags & LEX_STR_RAW, &out, &len,
                         msg, sizeof msg);
    if (r == LEXER_ERR_MEMORY)
        out_of_memory(p);
    if (r < 0)
        fstr_fail(p, t, "%s", msg);
    push(p, str_piece(p, where, out, len));
}

/* Parses the expression text es..ee of a replacement field with a lexer
 * of its own, as the contents of parentheses (CPython 3.11 does the same
 * by compiling "(" text ")"). */
static ast_t *fstring_expr(parser_t *p, const char *es, const char *ee,
                           fpos_t *pos)
{
    if (p->fstr >= MAX_FSTRING_NEST)
        fail_tok(p, &p->tok, "expressions nested too deeply");
    lexer_t *sub = p->sublex[p->fstr];
    if (!sub)
        sub = p->sublex[p->fstr] = alloc(p, sizeof *sub);
    fpos_advance(pos, es);
    lexer_init_sub(sub, p->arena, es, (size_t)(ee - es), pos->line,
                   pos->col);
    lexer_t *saved_lx = p->lx;
    token_t saved_tok = p->tok, saved_la = p->la;
    bool saved_has_la = p->has_la;
    uint32_t saved_end = p->prev_end_line;
    pos_t saved_prev = p->prev;
    p->lx = sub;
    p->has_la = false;
    p->fstr++;
    enter(p);
    next(p);
    pos_t where = tok_pos(&p->tok);
    ast_t *e = at(p, TOK_YIELD) ? yield_expr(p)
                                : group_body(p, where, TOK_ENDMARKER);
    if (!at(p, TOK_ENDMARKER))
        syntax_error(p);
    leave(p);
    p->fstr--;
    p->lx = saved_lx;
    p->tok = saved_tok;
    p->la = saved_la;
    p->has_la = saved_has_la;
    p->prev_end_line = saved_end;
    p->prev = saved_prev;
    return e;
}

static const char *fstring_level(parser_t *p, const token_t *t, fpos_t *pos,
                                 const char *s, const char *end,
                                 int recurse);

/* Scans the expression of a replacement field starting after '{' at s,
 * with CPython 3.11's rules; returns where it ends. */
static const char *field_expr_end(parser_t *p, const token_t *t,
                                  const char *s, const char *end)
{
    char stack[LEXER_MAX_LEVEL], quote = 0;
    int depth = 0, qlen = 0;
    for (; s < end; s++) {
        char ch = *s;
        if (ch == '\\')
            fstr_fail(p, t, "f-string expression part cannot include a "
                            "backslash");
        if (quote) {
            if (ch == quote) {
                if (qlen == 1) {
                    quote = 0;
                } else if (end - s > 2 && s[1] == ch && s[2] == ch) {
                    s += 2;
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            qlen = (end - s > 2 && s[1] == ch && s[2] == ch) ? 3 : 1;
            s += qlen - 1;
            quote = ch;
        } else if (ch == '[' || ch == '(' || ch == '{') {
            if (depth >= LEXER_MAX_LEVEL)
                fstr_fail(p, t, "f-string: too many nested parenthesis");
            stack[depth++] = ch;
        } else if (ch == '#') {
            fstr_fail(p, t, "f-string expression part cannot include '#'");
        } else if (depth == 0 && strchr("!:}=<>", ch)) {
            if (end - s > 1 && s[1] == '=' && ch != ':' && ch != '}') {
                s++;
                continue;
            }
            if (ch != '<' && ch != '>')
                break;
        } else if (ch == ']' || ch == ')' || ch == '}') {
            if (!depth)
                fstr_fail(p, t, "f-string: unmatched '%c'", ch);
            char open = stack[--depth];
            if ((open == '(' && ch != ')') || (open == '[' && ch != ']') ||
                (open == '{' && ch != '}'))
                fstr_fail(p, t, "f-string: closing parenthesis '%c' does "
                                "not match opening parenthesis '%c'",
                          ch, open);
        }
    }
    if (quote)
        fstr_fail(p, t, "f-string: unterminated string");
    if (depth)
        fstr_fail(p, t, "f-string: unmatched '%c'", stack[depth - 1]);
    if (s >= end)
        fstr_fail(p, t, "f-string: expecting '}'");
    return s;
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v';
}

/* A replacement field at s ('{'); pushes its parts, returns the position
 * after its '}'. */
static const char *fstring_field(parser_t *p, const token_t *t, fpos_t *pos,
                                 const char *s, const char *end, int recurse)
{
    if (recurse >= 2)
        fstr_fail(p, t, "f-string: expressions nested too deeply");
    const char *es = s + 1, *ee = field_expr_end(p, t, es, end);
    const char *q = es;
    while (q < ee && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\f'))
        q++;
    if (q == ee) {
        if (*ee == '!' || *ee == ':' || *ee == '=')
            fstr_fail(p, t, "f-string: expression required before '%c'",
                      *ee);
        fstr_fail(p, t, "f-string: empty expression not allowed");
    }
    fpos_advance(pos, es);
    pos_t where = {pos->line, pos->col};
    ast_t *value = fstring_expr(p, es, ee, pos);
    s = ee;
    const char *text_end = NULL;
    if (*s == '=') {
        for (s++; s < end && is_space(*s); s++) {
        }
        if (s >= end)
            fstr_fail(p, t, "f-string: expecting '}'");
        text_end = s;
    }
    int conv = 0;
    if (*s == '!') {
        if (++s >= end)
            fstr_fail(p, t, "f-string: expecting '}'");
        conv = *s++;
        if (conv != 's' && conv != 'r' && conv != 'a')
            fstr_fail(p, t, "f-string: invalid conversion character: "
                            "expected 's', 'r', or 'a'");
    }
    ast_t *spec = NULL;
    if (s < end && *s == ':') {
        if (++s >= end)
            fstr_fail(p, t, "f-string: expecting '}'");
        size_t base = mark(p);
        s = fstring_level(p, t, pos, s, end, recurse + 1);
        spec = joined(p, base, where);
    }
    if (s >= end || *s != '}')
        fstr_fail(p, t, "f-string: expecting '}'");
    if (text_end) {
        push(p, str_piece(p, where, es, (size_t)(text_end - es)));
        if (!conv && !spec)
            conv = 'r';
    }
    ast_t *f = mk(p, AST_FORMATTED, where);
    f->a = value;
    f->op = (uint8_t)conv;
    f->b = spec;
    push(p, f);
    return s + 1;
}

/* Literal text and replacement fields of one f-string level (the whole
 * body when recurse == 0, a format spec otherwise); pushes the parts and
 * returns where it stopped (a format spec stops at its closing '}'). */
static const char *fstring_level(parser_t *p, const token_t *t, fpos_t *pos,
                                 const char *s, const char *end, int recurse)
{
    bool raw = t->flags & LEX_STR_RAW;
    for (;;) {
        const char *lit = s;
        bool doubled = false;
        while (s < end) {
            char ch = *s++;
            if (!raw && ch == '\\' && s < end) {
                ch = *s++;
                if (ch == 'N') {
                    /* \N{...} is an escape, not a field */
                    if (s < end && *s++ == '{')
                        while (s < end && *s++ != '}') {
                        }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (recurse == 0) {
                    if (s < end && *s == ch) {
                        doubled = true;
                        break;
                    }
                    if (ch == '}')
                        fstr_fail(p, t, "f-string: single '}' is not "
                                        "allowed");
                }
                s--;
                break;
            }
        }
        if (s > lit) {
            fpos_advance(pos, lit);
            pos_t where = {pos->line, pos->col};
            decode_piece(p, t, where, lit, (size_t)(s - lit));
        }
        if (doubled) {
            s++;
            continue;
        }
        if (s >= end || *s == '}')
            break;
        s = fstring_field(p, t, pos, s, end, recurse);
    }
    if (recurse > 0 && (s >= end || *s != '}'))
        fstr_fail(p, t, "f-string: expecting '}'");
    return s;
}

/* Adjacent string literals: one constant, or an f-string (JOINEDSTR) if
 * any of them is one. */
static ast_t *strings(parser_t *p)
{
    pos_t where = tok_pos(&p->tok);
    bool bytes = p->tok.flags & LEX_STR_BYTES, has_f = false, mixed = false;
    size_t base = mark(p), total = 0;
    pos_t end = where;
    token_t bad;
    memset(&bad, 0, sizeof bad);
    while (at(p, TOK_STRING)) {
        token_t t = p->tok;
        end.line = t.end_line;
        end.col = t.end_col;
        if (t.flags & LEX_STR_ERROR) {
            if (!bad.kind)
                bad = t;
            next(p);
            continue;
        }
        mixed |= !(t.flags & LEX_STR_BYTES) != !bytes;
        if (!mixed && (t.flags & LEX_STR_F)) {
            has_f = true;
            fpos_t pos = {t.val, t.line, t.col + t.body_off};
            fstring_level(p, &t, &pos, t.val, t.val + t.vlen, 0);
        } else if (!mixed) {
            push(p, str_piece(p, tok_pos(&t), t.val, t.vlen));
            total += t.vlen;
        }
        next(p);
    }
    if (bad.kind) {
        pos_t at_bad = {bad.end_line, bad.end_col};
        if (bad.flags & LEX_STR_ERR_START)
            at_bad = tok_pos(&bad);
        fail_v_msg(p, at_bad, bad.val, bad.vlen);
    }
    if (mixed)
        fail_at(p, end, "cannot mix bytes and nonbytes literals");
    if (has_f)
        return joined(p, base, where);
    ast_t *c = p->stk[base];
    c->line = where.line;
    c->col = (uint16_t)(where.col > 65535 ? 65535 : where.col);
    if (p->nstk - base > 1) {
        char *buf = alloc(p, total + 1);
        size_t o = 0;
        for (size_t i = base; i < p->nstk; i++) {
            memcpy(buf + o, p->stk[i]->name.s, p->stk[i]->name.len);
            o += p->stk[i]->name.len;
        }
        c->name = str_of(buf, total);
    }
    p->nstk = base;
    c->op = bytes ? AST_CONST_BYTES : AST_CONST_STR;
    return fin(p, c);
}
