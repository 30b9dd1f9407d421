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
 *
 * This file holds the machinery (errors, tokens, nodes, speculation) and
 * the entry points; the grammar lives in the parser_*.c.h parts it
 * includes, in one translation unit so that every helper stays static.
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

#include "parser_target.c.h"

#include "parser_atom.c.h"

#include "parser_expr.c.h"

#include "parser_str.c.h"

#include "parser_stmt.c.h"

#include "parser_compound.c.h"

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
