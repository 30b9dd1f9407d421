/*
 * Operators by precedence (binary, unary, comparisons, boolean),
 * conditional and named expressions, starred lists, yield, assignment
 * targets lists, comprehension clauses, and def/lambda parameter lists.
 *
 * Part of parser.c, which includes it: one translation unit, so the
 * parser's helpers stay static. Not compiled on its own.
 */
static int binop_prec(int kind)
{
    switch (kind) {
    case TOK_OR: return P_OR;
    case TOK_AND: return P_AND;
    case TOK_LESS: case TOK_GREATER: case TOK_EQEQUAL: case TOK_NOTEQUAL:
    case TOK_LESSEQUAL: case TOK_GREATEREQUAL: case TOK_IN: case TOK_IS:
    case TOK_NOT:
        return P_CMP;
    case TOK_VBAR: return P_BOR;
    case TOK_CIRCUMFLEX: return P_BXOR;
    case TOK_AMPER: return P_BAND;
    case TOK_LSHIFT: case TOK_RSHIFT: return P_SHIFT;
    case TOK_PLUS: case TOK_MINUS: return P_ARITH;
    case TOK_STAR: case TOK_SLASH: case TOK_DSLASH: case TOK_PERCENT:
    case TOK_AT:
        return P_TERM;
    case TOK_DSTAR: return P_POW;
    default: return P_NONE;
    }
}

/* A chain of comparisons after `left`: a < b == c. */
static ast_t *compare(parser_t *p, ast_t *left, pos_t start)
{
    size_t base = mark(p);
    for (;;) {
        token_t optok = p->tok;
        int op;
        switch (optok.kind) {
        case TOK_LESS: op = AST_CMP_LT; break;
        case TOK_GREATER: op = AST_CMP_GT; break;
        case TOK_EQEQUAL: op = AST_CMP_EQ; break;
        case TOK_NOTEQUAL: op = AST_CMP_NE; break;
        case TOK_LESSEQUAL: op = AST_CMP_LE; break;
        case TOK_GREATEREQUAL: op = AST_CMP_GE; break;
        case TOK_IN: op = AST_CMP_IN; break;
        case TOK_IS: op = AST_CMP_IS; break;
        case TOK_NOT:
            if (peek(p)->kind != TOK_IN)
                goto done;
            next(p);
            op = AST_CMP_NOT_IN;
            break;
        default:
            goto done;
        }
        next(p);
        if (op == AST_CMP_IS && accept(p, TOK_NOT))
            op = AST_CMP_IS_NOT;
        ast_t *item = mk_tok(p, AST_CMPITEM, &optok);
        item->op = (uint8_t)op;
        item->a = binary(p, P_BOR);
        push(p, fin(p, item));
    }
done:;
    ast_t *c = mk(p, AST_COMPARE, start);
    c->a = left;
    c->l1 = seq_from(p, base);
    return c;
}

static ast_t *boolop(parser_t *p, ast_t *left, int prec, pos_t start)
{
    int kind = p->tok.kind;
    size_t base = mark(p);
    push(p, left);
    while (accept(p, kind))
        push(p, binary(p, prec + 1));
    ast_t *b = mk(p, AST_BOOLOP, start);
    b->op = kind == TOK_OR ? AST_BOOL_OR : AST_BOOL_AND;
    b->l1 = seq_from(p, base);
    return b;
}

static ast_t *unary(parser_t *p, int op, int operand_prec)
{
    ast_t *u = mk_tok(p, AST_UNARY, &p->tok);
    u->op = (uint8_t)op;
    next(p);
    enter(p);
    u->a = binary(p, operand_prec);
    leave(p);
    return fin(p, u);
}

/*
 * Operator-precedence parsing of everything from `or` down to `**`,
 * including the prefix operators `not` and unary + - ~. min is the
 * loosest operator that may be consumed at this level; `not` is only
 * allowed where a comparison could start (CPython's inversion) and the
 * right operand of ** may carry a sign (2 ** -1) while its left may not.
 */
static ast_t *binary(parser_t *p, int min)
{
    ast_t *left;
    int k = p->tok.kind;
    pos_t start = tok_pos(&p->tok); /* CPython: first token, parens too */
    int saved_depth = p->depth;
    enter(p);
    if (k == TOK_NOT && min <= P_NOT)
        left = unary(p, AST_UOP_NOT, P_NOT);
    else if (k == TOK_MINUS && min <= P_UNARY)
        left = unary(p, AST_UOP_NEG, P_UNARY);
    else if (k == TOK_PLUS && min <= P_UNARY)
        left = unary(p, AST_UOP_POS, P_UNARY);
    else if (k == TOK_TILDE && min <= P_UNARY)
        left = unary(p, AST_UOP_INVERT, P_UNARY);
    else
        left = await_primary(p);
    for (;;) {
        k = p->tok.kind;
        int prec = binop_prec(k);
        if (prec == P_NONE || prec < min)
            break;
        if (k == TOK_NOT && peek(p)->kind != TOK_IN) {
            /* CPython consumes the `not` and fails at what follows, unless
             * inside brackets where the comma hint takes over. */
            if (p->tok.level == 0 && !p->no_invalid) {
                next(p);
                syntax_error(p);
            }
            break;
        }
        enter_chain(p); /* each operator nests the tree one level deeper */
        if (prec == P_OR || prec == P_AND) {
            left = boolop(p, left, prec, start);
        } else if (prec == P_CMP) {
            left = compare(p, left, start);
        } else {
            ast_t *b = mk(p, AST_BINOP, start);
            b->op = (uint8_t)(k - TOK_PLUS + AST_OP_ADD);
            next(p);
            b->a = left;
            if (prec == P_POW) {
                enter(p);
                b->b = binary(p, P_UNARY);
                leave(p);
            } else {
                b->b = binary(p, prec + 1);
            }
            left = fin(p, b);
        }
    }
    p->depth = saved_depth;
    return left;
}

/* CPython's expression_without_invalid, as far as whether it parses:
 * a conditional expression that lacks its else still parses as its
 * disjunction. */
static ast_t *expression_plain(parser_t *p)
{
    if (at(p, TOK_LAMBDA))
        return lambdef(p);
    return binary(p, P_OR);
}

static ast_t *star_expressions_hinted(parser_t *p)
{
    p->no_invalid = false;
    return star_expressions(p);
}

/* CPython's second-pass rules for an expression e directly followed by
 * another one: a missing comma inside brackets; then a name followed by
 * an expression (print/exec used as statements), whose second part is
 * parsed with all hints on. Raises a hint or returns to let the normal
 * error happen. */
static void juxtaposed(parser_t *p, ast_t *e)
{
    if (!starts_expr(p->tok.kind) || p->hinted)
        return; /* not again inside the second part (as CPython behaves) */
    bool bare_name = e->kind == AST_NAME && !(e->flags & AST_F_PAREN);
    bool legacy = bare_name && (name_is(e, "print") || name_is(e, "exec"));
    if (p->tok.level > 0 && !legacy && !(bare_name && at(p, TOK_STRING)) &&
        attempt(p, expression_plain))
        fail_node(p, e, "invalid syntax. Perhaps you forgot a comma?");
    if (!bare_name)
        return;
    p->hinted = true;
    ast_t *r = speculate(p, star_expressions_hinted, false);
    p->hinted = false;
    if (r && legacy)
        fail_node(p, e, "Missing parentheses in call to '%S'. Did you "
                        "mean %S(...)?", e->name.s, e->name.len,
                  e->name.s, e->name.len);
}

/* expression: disjunction ['if' disjunction 'else' expression] | lambda.
 * hints: whether the juxtaposition hints apply here (CPython does not
 * re-examine the else branch of a conditional). */
static ast_t *expression_ex(parser_t *p, bool hints)
{
    enter(p);
    ast_t *e;
    if (at(p, TOK_LAMBDA)) {
        e = lambdef(p);
    } else {
        pos_t start = tok_pos(&p->tok);
        e = binary(p, P_OR);
        if (at(p, TOK_IF)) {
            next(p);
            ast_t *cond = binary(p, P_OR);
            if (!at(p, TOK_ELSE)) {
                if (at(p, TOK_COLON) || p->no_invalid)
                    syntax_error(p);
                fail_node(p, e, "expected 'else' after 'if' expression");
            }
            next(p);
            ast_t *n = mk(p, AST_IFEXP, start);
            n->a = cond;
            n->b = e;
            n->c = expression_ex(p, false);
            e = fin(p, n);
        } else if (hints && !p->no_invalid) {
            juxtaposed(p, e);
        }
    }
    leave(p);
    return e;
}

static ast_t *expression(parser_t *p)
{
    return expression_ex(p, true);
}

/* `target = value` where a named expression was expected (an `if`
 * condition, a list element, ...): CPython's invalid_named_expression. */
static _Noreturn void assignment_hint(parser_t *p, ast_t *e)
{
    token_t eq = p->tok;
    const char *msg;
    if (e->kind == AST_NAME && !(e->flags & AST_F_PAREN))
        msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
    else if (is_bitor_level(e) && !here_excluded(e))
        msg = "cannot assign to %s here. Maybe you meant '==' instead of "
              "'='?";
    else
        syntax_error(p);
    next(p);
    binary(p, P_BOR);
    if (at(p, TOK_EQUAL) || at(p, TOK_COLONEQUAL))
        fail_tok(p, &eq, "invalid syntax");
    fail_node(p, e, msg, expr_name(e));
}

/* named_expression: NAME ':=' expression | expression. check_eq: report
 * a stray '=' with CPython's hints. */
static ast_t *named_expr(parser_t *p, bool check_eq)
{
    if (at(p, TOK_NAME) && peek(p)->kind == TOK_COLONEQUAL) {
        ast_t *target = name_node(p);
        set_ctx(p, target, AST_CTX_STORE);
        next(p);
        ast_t *n = mk(p, AST_NAMEDEXPR, node_pos(target));
        n->a = target;
        n->b = expression(p);
        return fin(p, n);
    }
    ast_t *e = expression(p);
    if (at(p, TOK_COLONEQUAL))
        fail_node(p, e, "cannot use assignment expressions with %s",
                  expr_name(e));
    if (check_eq && at(p, TOK_EQUAL) && !p->no_invalid)
        assignment_hint(p, e);
    return e;
}

/* star_expression: '*' bitwise_or | expression */
static ast_t *star_expression(parser_t *p)
{
    if (at(p, TOK_STAR))
        return starred(p);
    return expression(p);
}

/* star_expressions: a star_expression or an unparenthesised tuple of
 * them. A lone `*x` is returned as is; callers decide whether it is
 * allowed. */
static ast_t *star_expressions(parser_t *p)
{
    pos_t start = tok_pos(&p->tok);
    ast_t *first = star_expression(p);
    if (!at(p, TOK_COMMA))
        return first;
    size_t base = mark(p);
    push(p, first);
    while (accept(p, TOK_COMMA) &&
           (starts_expr(p->tok.kind) || at(p, TOK_STAR)))
        push(p, star_expression(p));
    ast_t *t = mk(p, AST_TUPLE, start);
    t->l1 = seq_from(p, base);
    return t;
}

static ast_t *yield_expr(parser_t *p)
{
    ast_t *y = mk_tok(p, AST_YIELD, &p->tok);
    next(p);
    if (accept(p, TOK_FROM)) {
        y->kind = AST_YIELDFROM;
        y->a = expression(p);
    } else if (starts_expr(p->tok.kind) || at(p, TOK_STAR)) {
        y->a = star_expressions(p);
        no_bare_star(p, y->a);
    }
    return fin(p, y);
}

/* One element of a for/comprehension target list. */
static ast_t *target_elem(parser_t *p)
{
    if (at(p, TOK_STAR))
        return starred(p);
    return binary(p, P_BOR);
}

/* star_targets as written after `for` (parsed loosely, then checked). */
static ast_t *target_list(parser_t *p)
{
    pos_t start = tok_pos(&p->tok);
    ast_t *first = target_elem(p);
    if (!at(p, TOK_COMMA))
        return first;
    size_t base = mark(p);
    push(p, first);
    while (accept(p, TOK_COMMA) &&
           (starts_expr(p->tok.kind) || at(p, TOK_STAR)))
        push(p, target_elem(p));
    ast_t *t = mk(p, AST_TUPLE, start);
    t->l1 = seq_from(p, base);
    return t;
}

/* (['async'] 'for' targets 'in' disjunction ('if' disjunction)*)+ */
static ast_seq_t *comp_fors(parser_t *p)
{
    size_t base = mark(p);
    while (at_async_for(p)) {
        ast_t *c = mk_tok(p, AST_COMPFOR, &p->tok);
        if (accept(p, TOK_ASYNC))
            c->flags |= AST_F_ASYNC;
        next(p);
        c->a = target_list(p);
        store_target(p, c->a);
        expect(p, TOK_IN);
        c->b = binary(p, P_OR);
        size_t ifs = mark(p);
        while (accept(p, TOK_IF))
            push(p, binary(p, P_OR));
        c->l1 = seq_from(p, ifs);
        push(p, fin(p, c));
    }
    return seq_from(p, base);
}

/* ------------------------------------------------------------------ */
/* Parameters                                                          */

static ast_t *param(parser_t *p, bool annotations)
{
    ast_t *a = name_node(p);
    a->kind = AST_ARG;
    a->flags = 0;
    if (annotations && accept(p, TOK_COLON))
        a->b = expression(p);
    return fin(p, a);
}

static bool same_name(const ast_t *a, const ast_t *b)
{
    return a && a->name.len == b->name.len &&
           memcmp(a->name.s, b->name.s, a->name.len) == 0;
}

/* "duplicate argument" is a symbol-table error in CPython: deferred. */
static void check_duplicate(parser_t *p, size_t base, const ast_t *args,
                            const ast_t *a)
{
    bool dup = (args->a != a && same_name(args->a, a)) ||
               (args->b != a && same_name(args->b, a));
    for (size_t i = base; !dup && i < p->nstk; i++)
        dup = p->stk[i] != a && same_name(p->stk[i], a);
    if (dup)
        defer_error(p, node_pos(a), "duplicate argument '%S' in function "
                                    "definition", a->name.s, a->name.len);
}

/* State of a parameter list being parsed. */
typedef struct params {
    ast_t *args;      /* the AST_ARGUMENTS node */
    size_t base;      /* scratch-stack mark of the parameters */
    size_t kwonly;    /* where the keyword-only ones start */
    bool lambda, slash, star, bare_star, defaults;
    token_t star_tok; /* the '*' */
} params_t;

/* The token where CPython reports "named arguments must follow bare *":
 * the '*' in a def, the token after it in a lambda. */
static _Noreturn void bare_star_error(parser_t *p, params_t *s)
{
    fail_tok(p, s->lambda ? &p->tok : &s->star_tok,
             "named arguments must follow bare *");
}

static void param_slash(parser_t *p, params_t *s)
{
    if (s->slash)
        fail_tok(p, &p->tok, "/ may appear only once");
    if (s->star)
        fail_tok(p, &p->tok, "/ must be ahead of *");
    if (p->nstk == s->base) {
        /* CPython names the mistake only in the `/,` form */
        if (peek(p)->kind == TOK_COMMA)
            fail_tok(p, &p->tok, "at least one argument must precede /");
        syntax_error(p);
    }
    for (size_t i = s->base; i < p->nstk; i++)
        p->stk[i]->flags |= AST_F_POSONLY;
    s->slash = true;
    next(p);
}

/* '*' [NAME]: the start of the keyword-only parameters. */
static ast_t *param_star(parser_t *p, params_t *s)
{
    if (s->star)
        fail_tok(p, &p->tok, "* argument may appear only once");
    s->star = true;
    s->star_tok = p->tok;
    s->kwonly = p->nstk;
    next(p);
    if (!at(p, TOK_NAME)) {
        s->bare_star = true;
        if (!at(p, TOK_COMMA))
            bare_star_error(p, s);
        return NULL;
    }
    ast_t *a = s->args->a = param(p, !s->lambda);
    if (at(p, TOK_EQUAL))
        fail_tok(p, &p->tok, "var-positional argument cannot have default "
                             "value");
    return a;
}

static ast_t *param_dstar(parser_t *p, params_t *s)
{
    if (s->bare_star && p->nstk == s->kwonly)
        bare_star_error(p, s);
    next(p);
    ast_t *a = s->args->b = param(p, !s->lambda);
    if (at(p, TOK_EQUAL))
        fail_tok(p, &p->tok, "var-keyword argument cannot have default "
                             "value");
    return a;
}

/* NAME [':' annotation] ['=' default] */
static ast_t *param_named(parser_t *p, params_t *s, int close)
{
    ast_t *a = param(p, !s->lambda);
    if (at(p, TOK_EQUAL)) {
        token_t eq = p->tok;
        next(p);
        if (!s->lambda && (at(p, TOK_COMMA) || at(p, close)))
            fail_tok(p, &eq, "expected default value expression");
        a->a = expression(p);
        fin(p, a);
        s->defaults |= !s->star;
    } else if (!s->star && s->defaults) {
        fail_node(p, a, "non-default argument follows default argument");
    }
    push(p, a);
    return a;
}

/* The parameter list of a def (up to ')') or a lambda (up to ':'). */
static ast_t *parameters(parser_t *p, bool is_lambda)
{
    int close = is_lambda ? TOK_COLON : TOK_RPAR;
    params_t s;
    memset(&s, 0, sizeof s);
    s.args = mk_tok(p, AST_ARGUMENTS, &p->tok);
    s.base = mark(p);
    s.lambda = is_lambda;
    while (!at(p, close)) {
        ast_t *a = NULL;
        if (s.args->b)
            fail_tok(p, &p->tok, "arguments cannot follow var-keyword "
                                 "argument");
        if (at(p, TOK_SLASH))
            param_slash(p, &s);
        else if (at(p, TOK_STAR))
            a = param_star(p, &s);
        else if (at(p, TOK_DSTAR))
            a = param_dstar(p, &s);
        else if (at(p, TOK_NAME))
            a = param_named(p, &s, close);
        else if (at(p, TOK_LPAR))
            fail_tok(p, &p->tok, is_lambda ? "Lambda expression parameters "
                                             "cannot be parenthesized"
                                           : "Function parameters cannot be "
                                             "parenthesized");
        else
            syntax_error(p);
        if (a)
            check_duplicate(p, s.base, s.args, a);
        if (!accept(p, TOK_COMMA))
            break;
    }
    if (s.bare_star && p->nstk == s.kwonly)
        bare_star_error(p, &s);
    if (!s.star)
        s.kwonly = p->nstk;
    s.args->l2 = seq_from(p, s.kwonly);
    s.args->l1 = seq_from(p, s.base);
    return fin(p, s.args);
}

static ast_t *lambdef(parser_t *p)
{
    ast_t *l = mk_tok(p, AST_LAMBDA, &p->tok);
    next(p);
    l->b = parameters(p, true);
    expect(p, TOK_COLON);
    l->a = expression(p);
    return fin(p, l);
}
