/*
 * Atoms and primaries: literals, names, parenthesised forms, displays,
 * comprehensions' heads, call arguments, subscripts and slices,
 * attribute/call/subscript chains and await.
 *
 * Part of parser.c, which includes it: one translation unit, so the
 * parser's helpers stay static. Not compiled on its own.
 */
/* ------------------------------------------------------------------ */
/* Expressions                                                         */

static ast_t *expression(parser_t *p);
static ast_t *expression_ex(parser_t *p, bool hints);
static ast_t *named_expr(parser_t *p, bool check_eq);
static ast_t *star_expressions(parser_t *p);
static ast_t *binary(parser_t *p, int min);
static ast_t *yield_expr(parser_t *p);
static ast_t *strings(parser_t *p);
static ast_t *group_body(parser_t *p, pos_t where, int close);
static ast_t *lambdef(parser_t *p);
static ast_seq_t *comp_fors(parser_t *p);

static ast_t *const_node(parser_t *p, int op)
{
    ast_t *n = mk_tok(p, AST_CONST, &p->tok);
    n->op = (uint8_t)op;
    next(p);
    return n;
}

static ast_t *number(parser_t *p)
{
    const token_t *t = &p->tok;
    ast_t *n = mk_tok(p, AST_CONST, t);
    n->op = t->numkind == LEX_NUM_INT     ? AST_CONST_INT
            : t->numkind == LEX_NUM_FLOAT ? AST_CONST_FLOAT
                                          : AST_CONST_IMAG;
    n->base = t->base;
    n->name = str_of(t->val, t->vlen);
    next(p);
    return n;
}

static ast_t *starred(parser_t *p)
{
    ast_t *s = mk_tok(p, AST_STARRED, &p->tok);
    next(p);
    s->a = binary(p, P_BOR);
    return fin(p, s);
}

/* star_named_expression: '*' bitwise_or | named_expression */
static ast_t *star_named(parser_t *p)
{
    if (at(p, TOK_STAR))
        return starred(p);
    return named_expr(p, true);
}

static void no_unpack_in_comp(parser_t *p, const ast_t *e)
{
    if (e->kind == AST_STARRED)
        fail_node(p, e, "iterable unpacking cannot be used in comprehension");
}

/* '(' ... ')' */
static ast_t *paren(parser_t *p)
{
    pos_t where = tok_pos(&p->tok);
    next(p);
    ast_t *e;
    if (at(p, TOK_RPAR)) {
        e = mk(p, AST_TUPLE, where);
        e->flags |= AST_F_PAREN;
    } else if (at(p, TOK_YIELD)) {
        e = yield_expr(p);
        e->flags |= AST_F_PAREN;
    } else {
        e = group_body(p, where, TOK_RPAR);
    }
    expect(p, TOK_RPAR);
    return fin(p, e);
}

/* Inside parentheses (or an f-string replacement field): a parenthesised
 * expression, a tuple, or a generator expression. */
static ast_t *group_body(parser_t *p, pos_t where, int close)
{
    if (at(p, TOK_DSTAR))
        fail_tok(p, &p->tok, "cannot use double starred expression here");
    ast_t *first = star_named(p);
    if (at_async_for(p)) {
        no_unpack_in_comp(p, first);
        ast_t *g = mk(p, AST_GENEXP, where);
        g->a = first;
        g->l1 = comp_fors(p);
        g->flags |= AST_F_PAREN;
        return fin(p, g);
    }
    if (at(p, TOK_COMMA)) {
        size_t base = mark(p);
        push(p, first);
        while (accept(p, TOK_COMMA) && !at(p, close))
            push(p, star_named(p));
        ast_t *t = mk(p, AST_TUPLE, where);
        t->l1 = seq_from(p, base);
        t->flags |= AST_F_PAREN;
        return t;
    }
    if (first->kind == AST_STARRED)
        fail_node(p, first, "cannot use starred expression here");
    first->flags |= AST_F_PAREN;
    return first;
}

/* The elements after the first of a list or set display. */
static void display_items(parser_t *p, ast_t *first, int close)
{
    while (accept(p, TOK_COMMA) && !at(p, close)) {
        if (at_async_for(p))
            break;
        push(p, star_named(p));
    }
    if (at_async_for(p))
        fail_node(p, first, "did you forget parentheses around the "
                            "comprehension target?");
}

/* '[' ... ']' */
static ast_t *list_display(parser_t *p)
{
    pos_t where = tok_pos(&p->tok);
    next(p);
    ast_t *e;
    if (at(p, TOK_RSQB)) {
        e = mk(p, AST_LIST, where);
    } else {
        ast_t *first = star_named(p);
        if (at_async_for(p)) {
            no_unpack_in_comp(p, first);
            e = mk(p, AST_LISTCOMP, where);
            e->a = first;
            e->l1 = comp_fors(p);
        } else {
            size_t base = mark(p);
            push(p, first);
            display_items(p, first, TOK_RSQB);
            e = mk(p, AST_LIST, where);
            e->l1 = seq_from(p, base);
        }
    }
    expect(p, TOK_RSQB);
    return fin(p, e);
}

/* The value after "key:" in a dict display. */
static ast_t *dict_value(parser_t *p, const token_t *colon)
{
    if (at(p, TOK_STAR))
        fail_tok(p, &p->tok, "cannot use a starred expression in a "
                             "dictionary value");
    if (at(p, TOK_RBRACE) || at(p, TOK_COMMA))
        fail_tok(p, colon, "expression expected after dictionary key and "
                           "':'");
    return expression(p);
}

/* The rest of a dict display after its first item (pushed as a pair). */
static ast_t *dict_rest(parser_t *p, pos_t where, size_t base)
{
    while (accept(p, TOK_COMMA) && !at(p, TOK_RBRACE)) {
        if (accept(p, TOK_DSTAR)) {
            push(p, NULL);
            push(p, binary(p, P_BOR));
            continue;
        }
        ast_t *k = expression(p);
        if (!at(p, TOK_COLON))
            fail_node(p, k, "':' expected after dictionary key");
        token_t colon = p->tok;
        next(p);
        push(p, k);
        push(p, dict_value(p, &colon));
    }
    ast_t *d = mk(p, AST_DICT, where);
    seq_pairs(p, base, &d->l1, &d->l2);
    return d;
}

/* '{' ... '}' */
static ast_t *brace_display(parser_t *p)
{
    pos_t where = tok_pos(&p->tok);
    next(p);
    ast_t *e;
    size_t base = mark(p);
    if (at(p, TOK_RBRACE)) {
        e = mk(p, AST_DICT, where);
    } else if (at(p, TOK_DSTAR)) {
        token_t dstar = p->tok;
        next(p);
        push(p, NULL);
        push(p, binary(p, P_BOR));
        if (at_async_for(p))
            fail_tok(p, &dstar, "dict unpacking cannot be used in dict comprehension");
        e = dict_rest(p, where, base);
    } else {
        ast_t *first = star_named(p);
        bool can_key = first->kind != AST_STARRED &&
                       (first->kind != AST_NAMEDEXPR ||
                        (first->flags & AST_F_PAREN));
        if (can_key && at(p, TOK_COLON)) {
            token_t colon = p->tok;
            next(p);
            ast_t *v = dict_value(p, &colon);
            if (at_async_for(p)) {
                e = mk(p, AST_DICTCOMP, where);
                e->a = first;
                e->b = v;
                e->l1 = comp_fors(p);
            } else {
                push(p, first);
                push(p, v);
                e = dict_rest(p, where, base);
            }
        } else if (at_async_for(p)) {
            no_unpack_in_comp(p, first);
            e = mk(p, AST_SETCOMP, where);
            e->a = first;
            e->l1 = comp_fors(p);
        } else {
            push(p, first);
            display_items(p, first, TOK_RBRACE);
            e = mk(p, AST_SET, where);
            e->l1 = seq_from(p, base);
        }
    }
    expect(p, TOK_RBRACE);
    return fin(p, e);
}

static ast_t *atom(parser_t *p)
{
    switch (p->tok.kind) {
    case TOK_NAME:
        return name_node(p);
    case TOK_NUMBER:
        return number(p);
    case TOK_STRING:
        return strings(p);
    case TOK_NONE:
        return const_node(p, AST_CONST_NONE);
    case TOK_TRUE:
        return const_node(p, AST_CONST_TRUE);
    case TOK_FALSE:
        return const_node(p, AST_CONST_FALSE);
    case TOK_ELLIPSIS:
        return const_node(p, AST_CONST_ELLIPSIS);
    case TOK_LPAR:
        return paren(p);
    case TOK_LSQB:
        return list_display(p);
    case TOK_LBRACE:
        return brace_display(p);
    default:
        syntax_error(p);
    }
}

/* `e = value` in a call: a keyword argument when e is a plain name. */
static ast_t *keyword_arg(parser_t *p, ast_t *e)
{
    if (e->kind != AST_NAME || (e->flags & AST_F_PAREN)) {
        if (e->kind == AST_CONST && !(e->flags & AST_F_PAREN) &&
            here_excluded(e))
            fail_node(p, e, "cannot assign to %s", expr_name(e));
        next(p);
        expression(p);
        fail_node(p, e, "expression cannot contain assignment, perhaps you "
                        "meant \"==\"?");
    }
    next(p);
    ast_t *kw = mk(p, AST_KEYWORD, node_pos(e));
    kw->name = e->name;
    kw->a = expression(p);
    return fin(p, kw);
}

/* Pops the arguments pushed above base into positional ones and keyword
 * ones (AST_KEYWORD), keeping the order within each. */
static void split_args(parser_t *p, size_t base, size_t nargs, size_t nkw,
                       ast_seq_t **args, ast_seq_t **kws)
{
    ast_seq_t *a = NULL, *k = NULL;
    if (nargs) {
        a = alloc(p, sizeof *a + nargs * sizeof a->items[0]);
        a->n = 0;
    }
    if (nkw) {
        k = alloc(p, sizeof *k + nkw * sizeof k->items[0]);
        k->n = 0;
    }
    for (size_t i = base; i < p->nstk; i++) {
        ast_t *x = p->stk[i];
        if (x->kind == AST_KEYWORD)
            k->items[k->n++] = x;
        else
            a->items[a->n++] = x;
    }
    p->nstk = base;
    *args = a;
    *kws = k;
}

/* '*' or '**' followed by an expression. */
static ast_t *unpack_arg(parser_t *p, int kind)
{
    ast_t *arg = mk_tok(p, kind, &p->tok);
    next(p);
    arg->a = expression(p);
    return fin(p, arg);
}

/* Call arguments up to (not including) ')': positional ones (maybe
 * starred, maybe one bare generator expression) into *args, keyword
 * ones (name=value, **mapping) into *kws. open is the '('. */
static void arguments(parser_t *p, ast_seq_t **args, ast_seq_t **kws,
                      bool allow_genexp, pos_t open)
{
    size_t base = mark(p), nargs = 0, nkw = 0;
    bool seen_kw = false, seen_dstar = false;
    const char *order_error = NULL; /* CPython reports it after the list */
    while (!at(p, TOK_RPAR)) {
        ast_t *arg;
        if (at(p, TOK_STAR)) {
            if (seen_dstar)
                fail_tok(p, &p->tok, "iterable argument unpacking follows "
                                     "keyword argument unpacking");
            arg = unpack_arg(p, AST_STARRED);
        } else if (at(p, TOK_DSTAR)) {
            arg = unpack_arg(p, AST_KEYWORD);
            seen_dstar = true;
        } else {
            ast_t *e = named_expr(p, false);
            if (at(p, TOK_EQUAL)) {
                arg = keyword_arg(p, e);
                seen_kw = true;
            } else if (at_async_for(p)) {
                if (!allow_genexp)
                    syntax_error(p);
                /* CPython places a bare generator argument at the '(' */
                arg = mk(p, AST_GENEXP, open);
                arg->a = e;
                arg->l1 = comp_fors(p);
                fin(p, arg);
                if (nargs + nkw > 0 || !at(p, TOK_RPAR))
                    fail_node(p, e, "Generator expression must be "
                                    "parenthesized");
            } else {
                if (seen_dstar && !order_error)
                    order_error = "positional argument follows keyword "
                                  "argument unpacking";
                else if (seen_kw && !order_error)
                    order_error = "positional argument follows keyword "
                                  "argument";
                arg = e;
            }
        }
        push(p, arg);
        if (arg->kind == AST_KEYWORD)
            nkw++;
        else
            nargs++;
        if (!accept(p, TOK_COMMA))
            break;
    }
    if (order_error)
        fail_tok(p, &p->tok, "%s", order_error);
    split_args(p, base, nargs, nkw, args, kws);
}

/* One element of a subscript: a slice, an expression, or *x. */
static ast_t *slice_item(parser_t *p)
{
    if (at(p, TOK_STAR))
        return starred(p);
    ast_t *lower = NULL;
    pos_t where = tok_pos(&p->tok);
    if (!at(p, TOK_COLON)) {
        lower = named_expr(p, true);
        if (!at(p, TOK_COLON))
            return lower;
    }
    ast_t *s = mk(p, AST_SLICE, where);
    s->a = lower;
    next(p);
    if (!at(p, TOK_COLON) && !at(p, TOK_RSQB) && !at(p, TOK_COMMA))
        s->b = expression(p);
    if (accept(p, TOK_COLON) && !at(p, TOK_RSQB) && !at(p, TOK_COMMA))
        s->c = expression(p);
    return fin(p, s);
}

static ast_t *subscript(parser_t *p, ast_t *obj, pos_t start)
{
    ast_t *n = mk(p, AST_SUBSCR, start);
    next(p);
    pos_t first_pos = tok_pos(&p->tok);
    ast_t *first = slice_item(p);
    if (at(p, TOK_COMMA) || first->kind == AST_STARRED) {
        size_t base = mark(p);
        push(p, first);
        while (accept(p, TOK_COMMA) && !at(p, TOK_RSQB))
            push(p, slice_item(p));
        ast_t *t = mk(p, AST_TUPLE, first_pos);
        t->l1 = seq_from(p, base);
        first = t;
    }
    expect(p, TOK_RSQB);
    n->a = obj;
    n->b = first;
    return fin(p, n);
}

static ast_t *primary(parser_t *p)
{
    pos_t start = tok_pos(&p->tok);
    int saved_depth = p->depth;
    ast_t *e = atom(p);
    for (;; enter_chain(p)) { /* each trailer nests the tree deeper */
        if (at(p, TOK_DOT)) {
            next(p);
            if (!at(p, TOK_NAME))
                syntax_error(p);
            ast_t *a = mk(p, AST_ATTR, start);
            a->a = e;
            a->name = str_of(p->tok.val, p->tok.vlen);
            next(p);
            e = fin(p, a);
        } else if (at(p, TOK_LPAR)) {
            ast_t *c = mk(p, AST_CALL, start);
            pos_t open = tok_pos(&p->tok);
            next(p);
            c->a = e;
            arguments(p, &c->l1, &c->l2, true, open);
            expect(p, TOK_RPAR);
            e = fin(p, c);
        } else if (at(p, TOK_LSQB)) {
            e = subscript(p, e, start);
        } else {
            p->depth = saved_depth;
            return e;
        }
    }
}

static ast_t *await_primary(parser_t *p)
{
    if (!at(p, TOK_AWAIT))
        return primary(p);
    ast_t *n = mk_tok(p, AST_AWAIT, &p->tok);
    next(p);
    enter(p);
    n->a = primary(p);
    leave(p);
    return fin(p, n);
}
