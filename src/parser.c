/*
 * Recursive-descent parser for Python 3.11; see parser.h.
 *
 * Structure: one token of lookahead plus an optional second (peek), errors
 * leave through longjmp to parser_parse, sequences are built on a scratch
 * stack in the arena and copied out when complete. Where CPython's PEG
 * parser backtracks (parenthesised `with` items) or runs its second,
 * error-refining pass (the "Perhaps you forgot a comma?" hints), this
 * parser takes a snapshot of the lexer and parses speculatively.
 *
 * Invariants:
 *  - p->tok is the current token; p->la is the next one iff p->has_la.
 *  - Every allocation is in the arena and reachable from it, so the tree
 *    survives a garbage collection during parsing.
 *  - p->depth counts nesting and never exceeds PARSER_MAX_DEPTH: every
 *    recursive call that can nest (expression, binary, unary, block,
 *    f-string field) and every node that wraps the previous one in a
 *    left-associative chain (a + b + c, a.b(c)[d]) costs one level. That
 *    bounds both this parser's C stack and the depth of the tree, so
 *    later recursive passes over the tree are bounded too.
 */
#include "parser.h"

#include <setjmp.h>
#include <stdarg.h>
#include <string.h>

#include "lexer.h"

#define MAX_FSTRING_NEST 8 /* nested f-string expression parsers */
#define MAX_SPEC 4         /* nested speculative parses */

/* Binding strength of operators, loosest first. */
enum {
    P_NONE, P_OR, P_AND, P_NOT, P_CMP, P_BOR, P_BXOR, P_BAND, P_SHIFT,
    P_ARITH, P_TERM, P_UNARY, P_POW,
};

typedef struct pos {
    uint32_t line, col;
} pos_t;

/* Parser state that a speculative parse may have to rewind. */
typedef struct snapshot {
    lexer_t lx;
    lexer_t *lxp;
    token_t tok, la;
    bool has_la, no_invalid;
    size_t nstk;
    uint32_t prev_end_line;
    pos_t prev;
    int depth, fstr, deferred_kind;
} snapshot_t;

typedef struct parser {
    arena_t *arena;
    lexer_t *lx;        /* lexer in use: the main one or an f-string's */
    lexer_t *main_lx;
    token_t tok;
    token_t la;
    bool has_la;
    uint32_t prev_end_line; /* end line of the last consumed token */
    pos_t prev;             /* start of the last consumed token */
    jmp_buf *jb;
    parse_error_t *err;
    bool lex_failed;        /* the pending error came from the lexer */
    bool no_invalid;        /* speculating: skip the error-hint checks */
    bool commit;            /* the speculative parse's error is final */
    bool final;             /* no later tokenizer error may replace it */
    bool hinted;            /* speculating with hints on: they are final */
    bool generic;           /* the pending error is plain "invalid syntax" */
    uint32_t furthest_line; /* line of the furthest main token ever read */
    const char *src;        /* the whole input */
    size_t len;
    ast_t *tree;            /* the result */
    int mode;
    int depth;
    int scope;              /* > 0 inside def/class bodies */
    int fstr;               /* nesting of f-string expression parsers */
    int spec;               /* nesting of speculative parses */
    ast_t **stk;            /* scratch stack for sequences being built */
    size_t nstk, capstk;
    lexer_t *sublex[MAX_FSTRING_NEST];
    snapshot_t *snaps[MAX_SPEC];
    parse_error_t deferred; /* first post-parse error; kind 0 if none */
} parser_t;

typedef ast_t *(*parse_fn)(parser_t *);

/* ------------------------------------------------------------------ */
/* Errors                                                              */

static _Noreturn void jump(parser_t *p)
{
    longjmp(*p->jb, 1);
}

static void fill_error(parser_t *p, parse_error_t *e, int kind, pos_t where,
                       bool prefix, const char *fmt, va_list ap)
{
    memset(e, 0, sizeof *e);
    e->kind = kind;
    e->line = e->end_line = where.line;
    e->col = where.col;
    size_t off = 0;
    if (prefix && p->fstr > 0) {
        memcpy(e->msg, "f-string: ", 10);
        off = 10;
    }
    lexer_vfmt(e->msg + off, sizeof e->msg - off, fmt, ap);
}

static _Noreturn void fail_v(parser_t *p, int kind, pos_t where, bool prefix,
                             const char *fmt, va_list ap)
{
    fill_error(p, p->err, kind, where, prefix, fmt, ap);
    p->lex_failed = false;
    p->generic = false;
    jump(p);
}

/* A message prepared elsewhere (no f-string prefix). */
static _Noreturn void fail_v_msg(parser_t *p, pos_t where, const char *msg,
                                 size_t len)
{
    memset(p->err, 0, sizeof *p->err);
    p->err->kind = PARSE_ERR_SYNTAX;
    p->err->line = p->err->end_line = where.line;
    p->err->col = where.col;
    if (len >= sizeof p->err->msg)
        len = sizeof p->err->msg - 1;
    memcpy(p->err->msg, msg, len);
    p->lex_failed = false;
    p->generic = false;
    jump(p);
}

static _Noreturn void fail_at(parser_t *p, pos_t where, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fail_v(p, PARSE_ERR_SYNTAX, where, true, fmt, ap);
}

static pos_t tok_pos(const token_t *t)
{
    pos_t r = {t->line, t->col};
    return r;
}

static pos_t node_pos(const ast_t *n)
{
    pos_t r = {n->line, n->col};
    return r;
}

/* True when t is where the input ran out, so more input could fix it. */
static bool at_input_end(parser_t *p, const token_t *t)
{
    return p->lx == p->main_lx &&
           (t->kind == TOK_ENDMARKER ||
            (t->kind == TOK_DEDENT && (t->flags & LEX_TOK_EOF)));
}

static _Noreturn void fail_tok_kind(parser_t *p, const token_t *t, int kind,
                                    const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    bool eof = at_input_end(p, t);
    fill_error(p, p->err, kind, tok_pos(t), true, fmt, ap);
    p->err->incomplete = eof;
    p->lex_failed = false;
    p->generic = kind == PARSE_ERR_SYNTAX && !strcmp(fmt, "invalid syntax");
    jump(p);
}

#define fail_tok(p, t, ...) fail_tok_kind(p, t, PARSE_ERR_SYNTAX, __VA_ARGS__)

static _Noreturn void fail_node(parser_t *p, const ast_t *n, const char *fmt,
                                ...)
{
    va_list ap;
    va_start(ap, fmt);
    fail_v(p, PARSE_ERR_SYNTAX, node_pos(n), true, fmt, ap);
}

/* The generic error at the current token, as CPython words it. */
static _Noreturn void syntax_error(parser_t *p)
{
    bool dedent = p->tok.kind == TOK_DEDENT;
    p->final = p->tok.kind == TOK_INDENT || dedent;
    if (p->tok.kind == TOK_INDENT)
        fail_tok_kind(p, &p->tok, PARSE_ERR_INDENT, "unexpected indent");
    if (dedent)
        fail_tok_kind(p, &p->tok, PARSE_ERR_INDENT, "unexpected unindent");
    fail_tok(p, &p->tok, "invalid syntax");
}

static _Noreturn void out_of_memory(parser_t *p)
{
    memset(p->err, 0, sizeof *p->err);
    p->err->kind = PARSE_ERR_MEMORY;
    p->err->line = p->err->end_line = p->tok.line;
    p->err->col = p->tok.col;
    memcpy(p->err->msg, "out of memory", 14);
    p->lex_failed = false;
    jump(p);
}

static _Noreturn void lexer_failed(parser_t *p)
{
    const lexer_error_t *le = &p->lx->err;
    static const int kinds[] = {PARSE_ERR_SYNTAX, PARSE_ERR_INDENT,
                                PARSE_ERR_TAB, PARSE_ERR_MEMORY};
    parse_error_t *e = p->err;
    memset(e, 0, sizeof *e);
    e->kind = kinds[-le->code - 1];
    e->line = e->end_line = le->line;
    e->col = le->col;
    memcpy(e->msg, le->msg, sizeof e->msg);
    e->incomplete = le->at_eof && p->lx == p->main_lx;
    p->lex_failed = true;
    jump(p);
}

/* Errors CPython reports after parsing (compiler, symbol table): the first
 * one is kept and reported only if the parse succeeds. */
static void defer_error(parser_t *p, pos_t where, const char *fmt, ...)
{
    if (p->deferred.kind)
        return;
    va_list ap;
    va_start(ap, fmt);
    fill_error(p, &p->deferred, PARSE_ERR_SYNTAX, where, true, fmt, ap);
    va_end(ap);
}

/* ------------------------------------------------------------------ */
/* Tokens                                                              */

static void lex(parser_t *p, token_t *t)
{
    if (lexer_next(p->lx, t) < 0)
        lexer_failed(p);
    if (p->lx == p->main_lx && t->line > p->furthest_line)
        p->furthest_line = t->line;
}

static void next(parser_t *p)
{
    int k = p->tok.kind;
    if (k != TOK_NEWLINE && k != TOK_INDENT && k != TOK_DEDENT)
        p->prev_end_line = p->tok.end_line; /* ends of real tokens only */
    p->prev = tok_pos(&p->tok);
    if (p->has_la) {
        p->tok = p->la;
        p->has_la = false;
    } else {
        lex(p, &p->tok);
    }
}

static const token_t *peek(parser_t *p)
{
    if (!p->has_la) {
        lex(p, &p->la);
        p->has_la = true;
    }
    return &p->la;
}

static bool at(const parser_t *p, int kind)
{
    return p->tok.kind == kind;
}

static bool accept(parser_t *p, int kind)
{
    if (p->tok.kind != kind)
        return false;
    next(p);
    return true;
}

static void expect(parser_t *p, int kind)
{
    if (!accept(p, kind))
        syntax_error(p);
}

/* ':' ending a compound statement header. CPython says "expected ':'"
 * where its grammar forces the colon, and for the rest only when the line
 * ends instead. */
static void expect_colon(parser_t *p, bool forced)
{
    if (accept(p, TOK_COLON))
        return;
    if (forced || at(p, TOK_NEWLINE))
        fail_tok(p, &p->tok, "expected ':'");
    syntax_error(p);
}

static bool at_async_for(parser_t *p)
{
    return at(p, TOK_FOR) || (at(p, TOK_ASYNC) && peek(p)->kind == TOK_FOR);
}

/* Tokens that can begin an expression (after operators and trailers have
 * been consumed, so also "this must be a new expression"). */
static bool starts_expr(int kind)
{
    switch (kind) {
    case TOK_NAME: case TOK_NUMBER: case TOK_STRING: case TOK_LPAR:
    case TOK_LSQB: case TOK_LBRACE: case TOK_MINUS: case TOK_PLUS:
    case TOK_TILDE: case TOK_NOT: case TOK_LAMBDA: case TOK_AWAIT:
    case TOK_NONE: case TOK_TRUE: case TOK_FALSE: case TOK_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

/* ------------------------------------------------------------------ */
/* Depth, nodes and sequences                                          */

/* One more level of nesting at the current token (see the invariants). */
static void enter(parser_t *p)
{
    if (++p->depth > PARSER_MAX_DEPTH) {
        int k = p->tok.kind;
        fail_tok(p, &p->tok, (k == TOK_LPAR || k == TOK_LSQB ||
                              k == TOK_LBRACE)
                                 ? "too many nested parentheses"
                                 : "expression nested too deeply");
    }
}

/* One more node in a chain that nests the tree (a + b + c, a.b.c, elif). */
static void enter_chain(parser_t *p)
{
    if (++p->depth > PARSER_MAX_DEPTH)
        fail_tok(p, &p->tok, "expression nested too deeply");
}

static void leave(parser_t *p)
{
    p->depth--;
}

static void *alloc(parser_t *p, size_t n)
{
    void *m = arena_alloc(p->arena, n);
    if (!m)
        out_of_memory(p);
    return m;
}

static ast_t *mk(parser_t *p, int kind, pos_t where)
{
    ast_t *n = alloc(p, sizeof *n);
    n->kind = (uint8_t)kind;
    n->line = where.line;
    n->col = (uint16_t)(where.col > 65535 ? 65535 : where.col);
    n->end_line = p->prev_end_line > where.line ? p->prev_end_line : where.line;
    return n;
}

static ast_t *mk_tok(parser_t *p, int kind, const token_t *t)
{
    ast_t *n = mk(p, kind, tok_pos(t));
    n->end_line = t->end_line;
    return n;
}

/* Records the end of a node whose last token was just consumed. */
static ast_t *fin(parser_t *p, ast_t *n)
{
    if (p->prev_end_line > n->end_line)
        n->end_line = p->prev_end_line;
    return n;
}

static ast_str_t str_of(const char *s, size_t n)
{
    ast_str_t r = {s, n};
    return r;
}

static size_t mark(const parser_t *p)
{
    return p->nstk;
}

static void push(parser_t *p, ast_t *n)
{
    if (p->nstk == p->capstk) {
        size_t cap = p->capstk ? p->capstk * 2 : 64;
        ast_t **s = alloc(p, cap * sizeof *s);
        if (p->nstk)
            memcpy(s, p->stk, p->nstk * sizeof *s);
        p->stk = s;
        p->capstk = cap;
    }
    p->stk[p->nstk++] = n;
}

/* Pops everything above base into a new sequence (NULL when empty). */
static ast_seq_t *seq_from(parser_t *p, size_t base)
{
    size_t n = p->nstk - base;
    if (!n)
        return NULL;
    ast_seq_t *s = alloc(p, sizeof *s + n * sizeof s->items[0]);
    s->n = n;
    memcpy(s->items, p->stk + base, n * sizeof s->items[0]);
    p->nstk = base;
    return s;
}

static ast_seq_t *seq1(parser_t *p, ast_t *n)
{
    size_t base = mark(p);
    push(p, n);
    return seq_from(p, base);
}

/* Pops the pairs pushed above base (a0 b0 a1 b1 ...) into two sequences. */
static void seq_pairs(parser_t *p, size_t base, ast_seq_t **as,
                      ast_seq_t **bs)
{
    size_t n = (p->nstk - base) / 2;
    *as = *bs = NULL;
    if (n) {
        ast_seq_t *a = alloc(p, sizeof *a + n * sizeof a->items[0]);
        ast_seq_t *b = alloc(p, sizeof *b + n * sizeof b->items[0]);
        a->n = b->n = n;
        for (size_t i = 0; i < n; i++) {
            a->items[i] = p->stk[base + 2 * i];
            b->items[i] = p->stk[base + 2 * i + 1];
        }
        *as = a;
        *bs = b;
    }
    p->nstk = base;
}

static ast_t *name_node(parser_t *p)
{
    if (!at(p, TOK_NAME))
        syntax_error(p);
    ast_t *n = mk_tok(p, AST_NAME, &p->tok);
    n->name = str_of(p->tok.val, p->tok.vlen);
    next(p);
    return n;
}

static bool name_is(const ast_t *n, const char *s)
{
    size_t len = strlen(s);
    return n->kind == AST_NAME && n->name.len == len &&
           memcmp(n->name.s, s, len) == 0;
}

/* ------------------------------------------------------------------ */
/* Speculative parsing                                                 */

static void snap_save(parser_t *p, snapshot_t *s)
{
    s->lx = *p->lx;
    s->lxp = p->lx;
    s->tok = p->tok;
    s->la = p->la;
    s->has_la = p->has_la;
    s->no_invalid = p->no_invalid;
    s->nstk = p->nstk;
    s->prev_end_line = p->prev_end_line;
    s->prev = p->prev;
    s->depth = p->depth;
    s->fstr = p->fstr;
    s->deferred_kind = p->deferred.kind;
}

static void snap_restore(parser_t *p, const snapshot_t *s)
{
    p->lx = s->lxp;
    *p->lx = s->lx;
    p->tok = s->tok;
    p->la = s->la;
    p->has_la = s->has_la;
    p->no_invalid = s->no_invalid;
    p->nstk = s->nstk;
    p->prev_end_line = s->prev_end_line;
    p->prev = s->prev;
    p->depth = s->depth;
    p->fstr = s->fstr;
    p->deferred.kind = s->deferred_kind;
}

/* Runs fn from the current token with the error hints off. Returns its
 * result, or NULL after rewinding when it hit a syntax error (also when
 * speculation is nested too deeply to try). Lexer and memory errors are
 * final and propagate. With keep false the parser is rewound on success
 * too (a pure lookahead). */
static ast_t *speculate(parser_t *p, parse_fn fn, bool keep)
{
    if (p->spec >= MAX_SPEC)
        return NULL;
    if (!p->snaps[p->spec])
        p->snaps[p->spec] = alloc(p, sizeof(snapshot_t));
    snapshot_t *volatile s = p->snaps[p->spec];
    jmp_buf *volatile outer = p->jb;
    jmp_buf jb;
    snap_save(p, s);
    p->jb = &jb;
    p->spec++;
    p->no_invalid = true;
    if (setjmp(jb) == 0) {
        ast_t *r = fn(p);
        p->jb = outer;
        p->spec--;
        p->no_invalid = s->no_invalid;
        if (!keep)
            snap_restore(p, s);
        return r;
    }
    p->jb = outer;
    p->spec--;
    if (p->lex_failed || p->err->kind == PARSE_ERR_MEMORY || p->commit ||
        (p->hinted && !p->generic))
        jump(p);
    snap_restore(p, s);
    return NULL;
}

static ast_t *attempt(parser_t *p, parse_fn fn)
{
    return speculate(p, fn, true);
}

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
    if (p->nstk == s->base)
        fail_tok(p, &p->tok, "at least one argument must precede /");
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

/* ------------------------------------------------------------------ */
/* Entry points                                                        */

static ast_t *parse_file(parser_t *p)
{
    ast_t *m = mk_tok(p, AST_MODULE, &p->tok);
    m->line = 1;
    m->col = 1;
    size_t base = mark(p);
    while (!at(p, TOK_ENDMARKER))
        statement(p);
    m->l1 = seq_from(p, base);
    return fin(p, m);
}

/* True when the source ends with a blank line (what ends a compound
 * statement at the interactive prompt). */
static bool ends_with_blank_line(const char *src, size_t len)
{
    if (len && src[len - 1] == '\n')
        len--;
    if (len && src[len - 1] == '\r')
        len--;
    while (len && (src[len - 1] == ' ' || src[len - 1] == '\t' ||
                   src[len - 1] == '\f'))
        len--;
    return len == 0 || src[len - 1] == '\n' || src[len - 1] == '\r';
}

static ast_t *parse_single(parser_t *p, const char *src, size_t len)
{
    ast_t *m = mk_tok(p, AST_MODULE, &p->tok);
    m->line = 1;
    m->col = 1;
    if (at(p, TOK_ENDMARKER))
        return m;
    bool compound = at_compound(p);
    size_t base = mark(p);
    statement(p);
    if (!at(p, TOK_ENDMARKER))
        fail_at(p, p->prev, "multiple statements found while compiling a "
                            "single statement");
    m->l1 = seq_from(p, base);
    if (compound && !ends_with_blank_line(src, len))
        p->err->incomplete = true;
    return fin(p, m);
}

static ast_t *parse_eval(parser_t *p)
{
    accept(p, TOK_INDENT);
    ast_t *e = star_expressions(p);
    no_bare_star(p, e);
    while (at(p, TOK_NEWLINE) || at(p, TOK_DEDENT))
        next(p);
    if (!at(p, TOK_ENDMARKER))
        syntax_error(p);
    return e;
}

/* After a parser error CPython tokenizes the rest of the input and lets a
 * "strong" tokenizer error found there win (an unclosed bracket only when
 * it was opened on a line before the furthest token read so far); not
 * after "unexpected indent", though. */
static void tokenizer_errors_win(parser_t *p)
{
    lexer_t *lx = p->main_lx;
    if (p->lex_failed || p->final || p->err->kind == PARSE_ERR_MEMORY ||
        lx->err.code)
        return;
    token_t t;
    while (lexer_next(lx, &t) == 0 && t.kind != TOK_ENDMARKER) {
    }
    const lexer_error_t *le = &lx->err;
    if (!le->code || le->code == LEXER_ERR_MEMORY)
        return;
    if (le->unclosed ? !(p->furthest_line > le->line) : !le->strong)
        return;
    p->lx = lx;
    if (setjmp(*p->jb) == 0)
        lexer_failed(p);
}

/* Parses p->src; only p is live across the setjmp. */
static int run(parser_t *p)
{
    jmp_buf jb;
    p->jb = &jb;
    if (setjmp(jb)) {
        tokenizer_errors_win(p);
        return -1;
    }
    next(p);
    p->tree = p->mode == PARSE_EVAL     ? parse_eval(p)
              : p->mode == PARSE_SINGLE ? parse_single(p, p->src, p->len)
                                        : parse_file(p);
    return 0;
}

int parser_parse(arena_t *arena, const char *src, size_t len, int mode,
                 ast_t **out, parse_error_t *err)
{
    memset(err, 0, sizeof *err);
    *out = NULL;
    parser_t *p = arena_alloc(arena, sizeof *p);
    lexer_t *lx = arena_alloc(arena, sizeof *lx);
    if (!p || !lx) {
        err->kind = PARSE_ERR_MEMORY;
        err->line = err->end_line = 1;
        memcpy(err->msg, "out of memory", 14);
        return -1;
    }
    lexer_init(lx, arena, src ? src : "", src ? len : 0);
    p->arena = arena;
    p->lx = p->main_lx = lx;
    p->err = err;
    p->mode = mode;
    p->src = src ? src : "";
    p->len = src ? len : 0;
    if (run(p) < 0)
        return -1;
    if (p->deferred.kind) {
        *err = p->deferred;
        return -1;
    }
    *out = p->tree;
    return 0;
}
