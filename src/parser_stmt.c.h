/*
 * Simple statements: expressions and assignments, del, import, global
 * and nonlocal, pass/break/continue/return/raise/assert.
 *
 * Part of parser.c, which includes it: one translation unit, so the
 * parser's helpers stay static. Not compiled on its own.
 */
/* ------------------------------------------------------------------ */
/* Simple statements                                                   */

static void statement(parser_t *p);

static bool at_stmt_end(const parser_t *p)
{
    return at(p, TOK_NEWLINE) || at(p, TOK_SEMI);
}

static ast_t *rhs(parser_t *p)
{
    ast_t *v = at(p, TOK_YIELD) ? yield_expr(p) : star_expressions(p);
    no_bare_star(p, v);
    return v;
}

/* targets '=' ... '=' value; the first target is already parsed. */
static ast_t *assignment(parser_t *p, ast_t *first, pos_t where)
{
    size_t base = mark(p);
    push(p, first);
    int neq = 0, rhs_kind = 0;
    ast_t *value;
    for (;;) {
        next(p);
        if (++neq == 1)
            rhs_kind = p->tok.kind;
        value = at(p, TOK_YIELD) ? yield_expr(p) : star_expressions(p);
        if (!at(p, TOK_EQUAL))
            break;
        push(p, value);
    }
    /* CPython's "... here. Maybe you meant '=='" applies only to
     * `T = bitwise_or` not followed by another '='. */
    bool rhs_ok = neq == 1 && rhs_kind != TOK_NOT && rhs_kind != TOK_LAMBDA &&
                  rhs_kind != TOK_YIELD && rhs_kind != TOK_STAR;
    for (size_t i = base; i < p->nstk; i++) {
        ast_t *t = p->stk[i];
        if ((t->kind == AST_YIELD || t->kind == AST_YIELDFROM) &&
            !(t->flags & AST_F_PAREN))
            fail_node(p, t, "assignment to yield expression not possible");
        ast_t *bad = invalid_target(t, AST_CTX_STORE);
        if (bad && i == base && rhs_ok) {
            /* CPython first re-reads `last = value` (the part before the
             * '=') as if a named expression had been expected there. */
            ast_t *last = t;
            if (t->kind == AST_TUPLE && !(t->flags & AST_F_PAREN) && t->l1)
                last = t->l1->items[t->l1->n - 1];
            if (last->kind == AST_NAME && !(last->flags & AST_F_PAREN))
                fail_node(p, last, "invalid syntax. Maybe you meant '==' or "
                                   "':=' instead of '='?");
            if (is_bitor_level(last) && !here_excluded(last))
                fail_node(p, last, "cannot assign to %s here. Maybe you "
                                   "meant '==' instead of '='?",
                          expr_name(last));
        }
        if (bad)
            fail_node(p, bad, "cannot assign to %s", expr_name(bad));
        set_ctx(p, t, AST_CTX_STORE);
        check_starred(p, t, true);
    }
    no_bare_star(p, value);
    ast_t *n = mk(p, AST_ASSIGN, where);
    n->l1 = seq_from(p, base);
    n->a = value;
    return fin(p, n);
}

static bool single_target(const ast_t *e)
{
    return e->kind == AST_NAME || e->kind == AST_ATTR ||
           e->kind == AST_SUBSCR;
}

static ast_t *expr_stmt(parser_t *p)
{
    pos_t where = tok_pos(&p->tok);
    ast_t *e = at(p, TOK_YIELD) ? yield_expr(p) : star_expressions(p);
    int k = p->tok.kind;
    if (k == TOK_EQUAL)
        return assignment(p, e, where);
    if (k >= TOK_PLUSEQUAL && k <= TOK_AMPEREQUAL) {
        if (!single_target(e))
            fail_node(p, e, "'%s' is an illegal expression for augmented "
                            "assignment", expr_name(e));
        set_ctx(p, e, AST_CTX_STORE);
        ast_t *n = mk(p, AST_AUGASSIGN, where);
        n->op = (uint8_t)(k - TOK_PLUSEQUAL + AST_OP_ADD);
        next(p);
        n->a = e;
        n->b = rhs(p);
        return fin(p, n);
    }
    if (k == TOK_COLON) {
        next(p);
        ast_t *n = mk(p, AST_ANNASSIGN, where);
        n->a = e;
        n->b = expression(p); /* CPython checks the target only after it */
        if (e->kind == AST_TUPLE)
            fail_node(p, e, "only single target (not tuple) can be "
                            "annotated");
        if (e->kind == AST_LIST)
            fail_node(p, e, "only single target (not list) can be "
                            "annotated");
        if (!single_target(e))
            fail_node(p, e, "illegal target for annotation");
        set_ctx(p, e, AST_CTX_STORE);
        if (accept(p, TOK_EQUAL))
            n->c = rhs(p);
        return fin(p, n);
    }
    if (k == TOK_COLONEQUAL && !(e->kind == AST_NAME &&
                                 !(e->flags & AST_F_PAREN))) {
        next(p);
        expression(p);
        fail_node(p, e, "cannot use assignment expressions with %s",
                  expr_name(e));
    }
    no_bare_star(p, e);
    ast_t *n = mk(p, AST_EXPR, where);
    n->a = e;
    if (p->mode == PARSE_SINGLE && p->scope == 0)
        n->flags |= AST_F_PRINT;
    return fin(p, n);
}

static ast_t *del_stmt(parser_t *p)
{
    ast_t *n = mk_tok(p, AST_DEL, &p->tok);
    next(p);
    ast_t *e = star_expressions(p);
    size_t base = mark(p);
    if (e->kind == AST_TUPLE && !(e->flags & AST_F_PAREN)) {
        for (size_t i = 0; i < e->l1->n; i++)
            push(p, e->l1->items[i]);
    } else {
        push(p, e);
    }
    for (size_t i = base; i < p->nstk; i++) {
        ast_t *bad = invalid_target(p->stk[i], AST_CTX_DEL);
        if (bad)
            fail_node(p, bad, "cannot delete %s", expr_name(bad));
        set_ctx(p, p->stk[i], AST_CTX_DEL);
    }
    n->l1 = seq_from(p, base);
    return fin(p, n);
}

/* NAME ('.' NAME)*: a span of the source when written without spaces,
 * else a copy in the arena. */
static ast_str_t dotted_name(parser_t *p)
{
    if (!at(p, TOK_NAME))
        syntax_error(p);
    ast_str_t r = str_of(p->tok.val, p->tok.vlen);
    bool in_source = true;
    next(p);
    while (at(p, TOK_DOT)) {
        const char *dot = p->tok.start;
        next(p);
        if (!at(p, TOK_NAME))
            syntax_error(p);
        const char *s = p->tok.val;
        size_t n = p->tok.vlen;
        if (in_source && dot == r.s + r.len && s == dot + 1) {
            r.len += 1 + n;
        } else {
            char *buf = alloc(p, r.len + 1 + n + 1);
            memcpy(buf, r.s, r.len);
            buf[r.len] = '.';
            memcpy(buf + r.len + 1, s, n);
            r = str_of(buf, r.len + 1 + n);
            in_source = false;
        }
        next(p);
    }
    return r;
}

static ast_t *alias(parser_t *p, bool dotted)
{
    ast_t *a = mk_tok(p, AST_ALIAS, &p->tok);
    if (dotted) {
        a->name = dotted_name(p);
    } else {
        if (!at(p, TOK_NAME))
            syntax_error(p);
        a->name = str_of(p->tok.val, p->tok.vlen);
        next(p);
    }
    if (accept(p, TOK_AS)) {
        if (!at(p, TOK_NAME))
            syntax_error(p);
        a->name2 = str_of(p->tok.val, p->tok.vlen);
        next(p);
    }
    return fin(p, a);
}

static ast_t *import_name(parser_t *p)
{
    ast_t *n = mk_tok(p, AST_IMPORT, &p->tok);
    next(p);
    size_t base = mark(p);
    do
        push(p, alias(p, true));
    while (accept(p, TOK_COMMA));
    n->l1 = seq_from(p, base);
    return fin(p, n);
}

static ast_t *import_from(parser_t *p)
{
    ast_t *n = mk_tok(p, AST_IMPORTFROM, &p->tok);
    next(p);
    unsigned level = 0;
    for (;; next(p)) {
        if (at(p, TOK_DOT))
            level += 1;
        else if (at(p, TOK_ELLIPSIS))
            level += 3;
        else
            break;
        if (level > 255)
            fail_tok(p, &p->tok, "too many dots in relative import");
    }
    n->op = (uint8_t)level;
    n->name = str_of("", 0);
    if (at(p, TOK_NAME) || level == 0)
        n->name = dotted_name(p);
    expect(p, TOK_IMPORT);
    size_t base = mark(p);
    if (at(p, TOK_STAR)) {
        ast_t *a = mk_tok(p, AST_ALIAS, &p->tok);
        a->name = str_of("*", 1);
        next(p);
        push(p, a);
    } else if (accept(p, TOK_LPAR)) {
        do {
            if (at(p, TOK_RPAR) && p->nstk > base)
                break;
            push(p, alias(p, false));
        } while (accept(p, TOK_COMMA));
        expect(p, TOK_RPAR);
    } else {
        do {
            if (at(p, TOK_NEWLINE) && p->nstk > base)
                fail_tok(p, &p->tok, "trailing comma not allowed without "
                                     "surrounding parentheses");
            push(p, alias(p, false));
        } while (accept(p, TOK_COMMA));
    }
    n->l1 = seq_from(p, base);
    return fin(p, n);
}

static ast_t *global_stmt(parser_t *p, int kind)
{
    ast_t *n = mk_tok(p, kind, &p->tok);
    next(p);
    size_t base = mark(p);
    do
        push(p, name_node(p));
    while (accept(p, TOK_COMMA));
    n->l1 = seq_from(p, base);
    return fin(p, n);
}

static ast_t *simple_stmt(parser_t *p)
{
    ast_t *n;
    switch (p->tok.kind) {
    case TOK_PASS:
    case TOK_BREAK:
    case TOK_CONTINUE:
        n = mk_tok(p, p->tok.kind == TOK_PASS    ? AST_PASS
                      : p->tok.kind == TOK_BREAK ? AST_BREAK
                                                 : AST_CONTINUE,
                   &p->tok);
        next(p);
        return n;
    case TOK_RETURN:
        n = mk_tok(p, AST_RETURN, &p->tok);
        next(p);
        if (!at_stmt_end(p)) {
            n->a = star_expressions(p);
            no_bare_star(p, n->a);
        }
        return fin(p, n);
    case TOK_RAISE:
        n = mk_tok(p, AST_RAISE, &p->tok);
        next(p);
        if (!at_stmt_end(p)) {
            n->a = expression(p);
            if (accept(p, TOK_FROM))
                n->b = expression(p);
        }
        return fin(p, n);
    case TOK_GLOBAL:
        return global_stmt(p, AST_GLOBAL);
    case TOK_NONLOCAL:
        return global_stmt(p, AST_NONLOCAL);
    case TOK_DEL:
        return del_stmt(p);
    case TOK_ASSERT:
        n = mk_tok(p, AST_ASSERT, &p->tok);
        next(p);
        n->a = expression(p);
        if (accept(p, TOK_COMMA))
            n->b = expression(p);
        return fin(p, n);
    case TOK_IMPORT:
        return import_name(p);
    case TOK_FROM:
        return import_from(p);
    default:
        return expr_stmt(p);
    }
}

/* simple_stmt (';' simple_stmt)* [';'] NEWLINE; pushes the statements. */
static void simple_stmts(parser_t *p)
{
    do {
        push(p, simple_stmt(p));
    } while (accept(p, TOK_SEMI) && !at(p, TOK_NEWLINE));
    expect(p, TOK_NEWLINE);
}
