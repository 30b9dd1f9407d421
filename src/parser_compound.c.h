/*
 * Compound statements: blocks, if/while/for/try/with, def and class
 * with decorators, and their async forms.
 *
 * Part of parser.c, which includes it: one translation unit, so the
 * parser's helpers stay static. Not compiled on its own.
 */
/* ------------------------------------------------------------------ */
/* Compound statements                                                 */

/* The block after a header's ':'. what/line name the header for
 * "expected an indented block after ...". */
static ast_seq_t *block(parser_t *p, const char *what, uint32_t line)
{
    size_t base = mark(p);
    if (!accept(p, TOK_NEWLINE)) {
        simple_stmts(p);
        return seq_from(p, base);
    }
    if (!at(p, TOK_INDENT))
        fail_tok_kind(p, &p->tok, PARSE_ERR_INDENT, "expected an indented "
                      "block after %s on line %u", what, (unsigned)line);
    next(p);
    enter(p);
    while (!at(p, TOK_DEDENT) && !at(p, TOK_ENDMARKER))
        statement(p);
    accept(p, TOK_DEDENT);
    leave(p);
    return seq_from(p, base);
}

static ast_seq_t *else_block(parser_t *p)
{
    uint32_t line = p->tok.line;
    next(p);
    expect_colon(p, true);
    return block(p, "'else' statement", line);
}

/* if / elif chains are built iteratively so long chains cost no stack. */
static ast_t *if_stmt(parser_t *p)
{
    ast_t *top = NULL, *last = NULL;
    int saved_depth = p->depth;
    do {
        if (top)
            enter_chain(p); /* an elif is an IF nested in the orelse */
        bool elif = at(p, TOK_ELIF);
        ast_t *n = mk_tok(p, AST_IF, &p->tok);
        next(p);
        n->a = named_expr(p, true);
        expect_colon(p, false);
        n->l1 = block(p, elif ? "'elif' statement" : "'if' statement",
                      n->line);
        fin(p, n);
        if (last)
            last->l2 = seq1(p, n);
        else
            top = n;
        last = n;
    } while (at(p, TOK_ELIF));
    if (at(p, TOK_ELSE))
        last->l2 = else_block(p);
    for (ast_t *n = top; n; n = n->l2 && n->l2->n == 1 &&
                                n->l2->items[0]->kind == AST_IF &&
                                n != last
                                    ? n->l2->items[0]
                                    : NULL)
        fin(p, n);
    p->depth = saved_depth;
    return top;
}

static ast_t *while_stmt(parser_t *p)
{
    ast_t *n = mk_tok(p, AST_WHILE, &p->tok);
    next(p);
    n->a = named_expr(p, true);
    expect_colon(p, false);
    n->l1 = block(p, "'while' statement", n->line);
    if (at(p, TOK_ELSE))
        n->l2 = else_block(p);
    return fin(p, n);
}

static ast_t *for_stmt(parser_t *p, ast_t *n)
{
    uint32_t line = p->tok.line;
    next(p);
    n->a = target_list(p);
    store_target(p, n->a);
    expect(p, TOK_IN);
    n->b = star_expressions(p);
    no_bare_star(p, n->b);
    expect_colon(p, false);
    n->l1 = block(p, "'for' statement", line);
    if (at(p, TOK_ELSE))
        n->l2 = else_block(p);
    return fin(p, n);
}

static ast_t *with_item(parser_t *p)
{
    ast_t *e = expression(p);
    ast_t *item = mk(p, AST_WITHITEM, node_pos(e));
    item->a = e;
    if (accept(p, TOK_AS)) {
        item->b = target_elem(p);
        store_target(p, item->b);
    }
    return fin(p, item);
}

/* '(' with_item (',' with_item)* [','] ')' followed by ':' (speculative:
 * `with (a, b) as c:` must fall back to an ordinary expression). */
static ast_t *paren_with_items(parser_t *p)
{
    next(p);
    ast_t *first = with_item(p);
    bool targets = first->b != NULL;
    push(p, first);
    while (accept(p, TOK_COMMA) && !at(p, TOK_RPAR)) {
        push(p, with_item(p));
        targets |= p->stk[p->nstk - 1]->b != NULL;
    }
    expect(p, TOK_RPAR);
    if (!at(p, TOK_COLON)) {
        /* `as` inside the parentheses rules out an expression: this is
         * the furthest point CPython reaches, so the error is final. */
        p->commit = targets;
        syntax_error(p);
    }
    return first;
}

static ast_t *with_stmt(parser_t *p, ast_t *n)
{
    uint32_t line = p->tok.line;
    next(p);
    size_t base = mark(p);
    if (!at(p, TOK_LPAR) || !attempt(p, paren_with_items)) {
        do
            push(p, with_item(p));
        while (accept(p, TOK_COMMA));
    }
    n->l1 = seq_from(p, base);
    expect_colon(p, false);
    n->l2 = block(p, "'with' statement", line);
    return fin(p, n);
}

static ast_t *except_handler(parser_t *p, int *star_mode, token_t *bare)
{
    token_t et = p->tok;
    next(p);
    int star = accept(p, TOK_STAR);
    if (*star_mode < 0)
        *star_mode = star;
    else if (*star_mode != star)
        fail_tok(p, &et, "cannot have both 'except' and 'except*' on the "
                         "same 'try'");
    if (bare->kind)
        fail_tok(p, bare, "default 'except:' must be last");
    ast_t *h = mk_tok(p, AST_EXCEPTHANDLER, &et);
    if (!at(p, TOK_COLON)) {
        h->a = expression(p);
        if (at(p, TOK_COMMA))
            fail_node(p, h->a, "multiple exception types must be "
                               "parenthesized");
        if (accept(p, TOK_AS)) {
            if (!at(p, TOK_NAME))
                syntax_error(p);
            h->name = str_of(p->tok.val, p->tok.vlen);
            next(p);
        }
    } else if (star) {
        fail_tok(p, &p->tok, "expected one or more exception types");
    } else {
        *bare = et;
    }
    expect_colon(p, false);
    h->l1 = block(p, star ? "'except*' statement" : "'except' statement",
                  et.line);
    return fin(p, h);
}

static ast_t *try_stmt(parser_t *p)
{
    ast_t *n = mk_tok(p, AST_TRY, &p->tok);
    next(p);
    expect_colon(p, true);
    n->l1 = block(p, "'try' statement", n->line);
    size_t base = mark(p);
    int star_mode = -1;
    token_t bare;
    memset(&bare, 0, sizeof bare);
    while (at(p, TOK_EXCEPT))
        push(p, except_handler(p, &star_mode, &bare));
    n->l2 = seq_from(p, base);
    if (star_mode == 1)
        n->flags |= AST_F_STAR;
    if (n->l2 && at(p, TOK_ELSE))
        n->l3 = else_block(p);
    if (at(p, TOK_FINALLY)) {
        uint32_t line = p->tok.line;
        next(p);
        expect_colon(p, true);
        n->l4 = block(p, "'finally' statement", line);
    } else if (!n->l2) {
        fail_tok(p, &p->tok, "expected 'except' or 'finally' block");
    }
    return fin(p, n);
}

static ast_t *funcdef(parser_t *p, ast_t *n, ast_seq_t *decorators)
{
    uint32_t line = p->tok.line;
    next(p);
    n->kind = AST_FUNCDEF;
    n->l2 = decorators;
    if (!at(p, TOK_NAME))
        syntax_error(p);
    n->name = str_of(p->tok.val, p->tok.vlen);
    next(p);
    if (!at(p, TOK_LPAR))
        fail_tok(p, &p->tok, "expected '('");
    next(p);
    n->b = parameters(p, false);
    expect(p, TOK_RPAR);
    if (at(p, TOK_RARROW)) {
        token_t arrow = p->tok;
        next(p);
        if (!starts_expr(p->tok.kind))
            fail_tok(p, &arrow, "expected ':'");
        n->c = expression(p);
    }
    expect_colon(p, true);
    p->scope++;
    n->l1 = block(p, "function definition", line);
    p->scope--;
    return fin(p, n);
}

static ast_t *classdef(parser_t *p, ast_seq_t *decorators)
{
    ast_t *n = mk_tok(p, AST_CLASSDEF, &p->tok);
    next(p);
    n->l4 = decorators;
    if (!at(p, TOK_NAME))
        syntax_error(p);
    n->name = str_of(p->tok.val, p->tok.vlen);
    next(p);
    if (at(p, TOK_LPAR)) {
        pos_t open = tok_pos(&p->tok);
        next(p);
        arguments(p, &n->l1, &n->l2, false, open);
        expect(p, TOK_RPAR);
    }
    expect_colon(p, false);
    p->scope++;
    n->l3 = block(p, "class definition", n->line);
    p->scope--;
    return fin(p, n);
}

/* 'async' def / for / with */
static ast_t *async_stmt(parser_t *p, ast_seq_t *decorators)
{
    ast_t *n = mk_tok(p, AST_NONE_, &p->tok);
    n->flags |= AST_F_ASYNC;
    next(p);
    if (at(p, TOK_DEF))
        return funcdef(p, n, decorators);
    if (decorators)
        syntax_error(p);
    if (at(p, TOK_FOR)) {
        n->kind = AST_FOR;
        return for_stmt(p, n);
    }
    if (at(p, TOK_WITH)) {
        n->kind = AST_WITH;
        return with_stmt(p, n);
    }
    syntax_error(p);
}

static ast_t *decorated(parser_t *p)
{
    size_t base = mark(p);
    while (accept(p, TOK_AT)) {
        push(p, named_expr(p, true));
        expect(p, TOK_NEWLINE);
    }
    ast_seq_t *decorators = seq_from(p, base);
    if (at(p, TOK_DEF))
        return funcdef(p, mk_tok(p, AST_FUNCDEF, &p->tok), decorators);
    if (at(p, TOK_CLASS))
        return classdef(p, decorators);
    if (at(p, TOK_ASYNC))
        return async_stmt(p, decorators);
    syntax_error(p);
}

static bool at_compound(const parser_t *p)
{
    switch (p->tok.kind) {
    case TOK_IF: case TOK_WHILE: case TOK_FOR: case TOK_TRY: case TOK_WITH:
    case TOK_DEF: case TOK_CLASS: case TOK_AT: case TOK_ASYNC:
        return true;
    default:
        return false;
    }
}

/* One statement line or compound statement; pushes the statements. */
static void statement(parser_t *p)
{
    ast_t *n;
    switch (p->tok.kind) {
    case TOK_IF:
        n = if_stmt(p);
        break;
    case TOK_WHILE:
        n = while_stmt(p);
        break;
    case TOK_FOR:
        n = for_stmt(p, mk_tok(p, AST_FOR, &p->tok));
        break;
    case TOK_TRY:
        n = try_stmt(p);
        break;
    case TOK_WITH:
        n = with_stmt(p, mk_tok(p, AST_WITH, &p->tok));
        break;
    case TOK_DEF:
        n = funcdef(p, mk_tok(p, AST_FUNCDEF, &p->tok), NULL);
        break;
    case TOK_CLASS:
        n = classdef(p, NULL);
        break;
    case TOK_AT:
        n = decorated(p);
        break;
    case TOK_ASYNC:
        n = async_stmt(p, NULL);
        break;
    default:
        simple_stmts(p);
        return;
    }
    push(p, n);
}
