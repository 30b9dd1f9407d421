/*
 * Assignment, deletion and augmented-assignment targets: which
 * expressions may be stored to, and CPython's messages for the others.
 *
 * Part of parser.c, which includes it: one translation unit, so the
 * parser's helpers stay static. Not compiled on its own.
 */
/* ------------------------------------------------------------------ */
/* Targets                                                             */

/* CPython's _PyPegen_get_expr_name: what an expression is called in
 * "cannot assign to ..." messages. */
static const char *expr_name(const ast_t *e)
{
    switch (e->kind) {
    case AST_ATTR: return "attribute";
    case AST_SUBSCR: return "subscript";
    case AST_STARRED: return "starred";
    case AST_NAME: return "name";
    case AST_LIST: return "list";
    case AST_TUPLE: return "tuple";
    case AST_LAMBDA: return "lambda";
    case AST_CALL: return "function call";
    case AST_GENEXP: return "generator expression";
    case AST_YIELD: case AST_YIELDFROM: return "yield expression";
    case AST_AWAIT: return "await expression";
    case AST_LISTCOMP: return "list comprehension";
    case AST_SETCOMP: return "set comprehension";
    case AST_DICTCOMP: return "dict comprehension";
    case AST_DICT: return "dict literal";
    case AST_SET: return "set display";
    case AST_JOINEDSTR: case AST_FORMATTED: return "f-string expression";
    case AST_COMPARE: return "comparison";
    case AST_IFEXP: return "conditional expression";
    case AST_NAMEDEXPR: return "named expression";
    case AST_CONST:
        switch (e->op) {
        case AST_CONST_NONE: return "None";
        case AST_CONST_TRUE: return "True";
        case AST_CONST_FALSE: return "False";
        case AST_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    default:
        return "expression";
    }
}

/* The first part of e that cannot be assigned to (ctx STORE) or deleted
 * (ctx DEL), or NULL when e is a valid target. */
static ast_t *invalid_target(ast_t *e, int ctx)
{
    switch (e->kind) {
    case AST_LIST:
    case AST_TUPLE:
        for (size_t i = 0; e->l1 && i < e->l1->n; i++) {
            ast_t *bad = invalid_target(e->l1->items[i], ctx);
            if (bad)
                return bad;
        }
        return NULL;
    case AST_STARRED:
        return ctx == AST_CTX_DEL ? e : invalid_target(e->a, ctx);
    case AST_NAME:
    case AST_ATTR:
    case AST_SUBSCR:
        return NULL;
    default:
        return e;
    }
}

/* Marks a valid target with ctx, all the way down. */
static void set_ctx(parser_t *p, ast_t *e, int ctx)
{
    e->flags = (uint16_t)((e->flags & ~AST_CTX_MASK) | ctx);
    if (e->kind == AST_NAME && name_is(e, "__debug__"))
        defer_error(p, node_pos(e), ctx == AST_CTX_DEL
                                        ? "cannot delete __debug__"
                                        : "cannot assign to __debug__");
    if (e->kind == AST_STARRED)
        set_ctx(p, e->a, ctx);
    if (e->kind == AST_LIST || e->kind == AST_TUPLE)
        for (size_t i = 0; e->l1 && i < e->l1->n; i++)
            set_ctx(p, e->l1->items[i], ctx);
}

/* The compiler's rules for starred targets (reported after parsing). */
static void check_starred(parser_t *p, const ast_t *e, bool top)
{
    if (e->kind == AST_STARRED) {
        if (top)
            defer_error(p, node_pos(e), "starred assignment target must be "
                                        "in a list or tuple");
        check_starred(p, e->a, false);
        return;
    }
    if (e->kind != AST_LIST && e->kind != AST_TUPLE)
        return;
    int stars = 0;
    for (size_t i = 0; e->l1 && i < e->l1->n; i++) {
        stars += e->l1->items[i]->kind == AST_STARRED;
        check_starred(p, e->l1->items[i], false);
    }
    if (stars > 1)
        defer_error(p, node_pos(e), "multiple starred expressions in "
                                    "assignment");
}

/* A target of for / with / comprehension / walrus-free assignment. */
static void store_target(parser_t *p, ast_t *e)
{
    ast_t *bad = invalid_target(e, AST_CTX_STORE);
    if (bad)
        fail_node(p, bad, "cannot assign to %s", expr_name(bad));
    set_ctx(p, e, AST_CTX_STORE);
    check_starred(p, e, true);
}

/* A bare `*x` where a value is wanted (compiler error in CPython). */
static void no_bare_star(parser_t *p, const ast_t *e)
{
    if (e && e->kind == AST_STARRED)
        defer_error(p, node_pos(e), "can't use starred expression here");
}

/* Expressions CPython's grammar calls bitwise_or or tighter: the left side
 * of its "cannot assign to X here. Maybe you meant '=='" rule. */
static bool is_bitor_level(const ast_t *e)
{
    if (e->flags & AST_F_PAREN)
        return true;
    switch (e->kind) {
    case AST_COMPARE: case AST_BOOLOP: case AST_IFEXP: case AST_LAMBDA:
    case AST_STARRED: case AST_NAMEDEXPR:
        return false;
    case AST_UNARY:
        return e->op != AST_UOP_NOT;
    default:
        return true;
    }
}

/* ...and the exceptions to that rule (list|tuple|genexp|True|None|False). */
static bool here_excluded(const ast_t *e)
{
    if (e->kind == AST_LIST || e->kind == AST_TUPLE || e->kind == AST_GENEXP)
        return true;
    return e->kind == AST_CONST &&
           (e->op == AST_CONST_NONE || e->op == AST_CONST_TRUE ||
            e->op == AST_CONST_FALSE);
}
