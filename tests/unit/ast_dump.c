/*
 * Compact S-expression dump of a parse tree, for tests (host only).
 *
 *   char *ast_dump(const ast_t *n, int flags);   // malloc'd, caller frees
 *
 * flags: AST_DUMP_POS (1) appends @line:col to every node head (and to
 * names and constants).
 *
 * Format (one head per node kind; [..] is a list, - is NULL):
 *   (Module s..)  (Expr e)  (Expr:print e)  (Assign [t..] v)
 *   (AugAssign t + v)  (AnnAssign t ann v|-)  (Del [t..])  (Pass) (Break)
 *   (Continue)  (Return v|-)  (If c [body] [else])  (While c [body] [else])
 *   (For t it [body] [else])  (With [(item e t|-)..] [body])  (Raise e|- c|-)
 *   (Try [body] [(except T|- name|- [body])..] [else] [finally])
 *   (Assert c m|-)  (Import [a..])  (ImportFrom ..mod [a..]) with alias
 *   `a.b` or `(as a.b c)`  (Global x..)  (Nonlocal x..)
 *   (Def name (args ..) [body] [decorators] returns|-)
 *   (Class name [bases] [keywords] [body] [decorators])
 *   Async / except* / ctx show as suffixes: For:async, Try:star, x:s (store),
 *   x:d (del), (. o a):s, ([] o i):s, (* e):s, (tuple ..):s, (list ..):s.
 *   Expressions: x  42  0x1f  1.5  2j  'str'  b'bytes'  None True False ...
 *   (. obj attr)  ([] obj index)  (: lo|- hi|- step|-)  (* e)  (tuple ..)
 *   (list ..)  (set ..)  (dict k v .. ** v)  (+ a b) (- a b) (* a b) (@ a b)
 *   (/ a b) (// a b) (% a b) (** a b) (<< a b) (>> a b) (| a b) (^ a b)
 *   (& a b)  (not a) (neg a) (pos a) (~ a)  (and a b..) (or a b..)
 *   (cmp a < b not-in c is-not d ..)  (call f arg.. name=v.. **v..)
 *   (? test body orelse)  (lambda (args ..) body)  (:= x v)
 *   (listcomp e gen..) (setcomp e gen..) (genexp e gen..)
 *   (dictcomp k v gen..) with gen = (for t it cond..) / (for:async ..)
 *   (yield v|-)  (yield-from v)  (await v)
 *   (f part..) with part = 'text' or (fmt v) (fmt v !r) (fmt v !r (f ..))
 *   (args a b=1 c:ann / d *rest e **kw)  (posonly before /, bare * when
 *   there are keyword-only parameters but no *rest)
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"

#define AST_DUMP_POS 1

typedef struct buf {
    char *s;
    size_t n, cap;
    int flags;
    bool nospace; /* next keyword() without its leading space */
} buf_t;

static void put(buf_t *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        b->cap = (b->n + n + 1) * 2;
        b->s = realloc(b->s, b->cap);
        if (!b->s)
            abort();
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = '\0';
}

static void puts_(buf_t *b, const char *s)
{
    put(b, s, strlen(s));
}

static void putf(buf_t *b, const char *fmt, ...)
{
    char tmp[64];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    puts_(b, tmp);
}

static void pos(buf_t *b, const ast_t *n)
{
    if (b->flags & AST_DUMP_POS)
        putf(b, "@%u:%u", (unsigned)n->line, (unsigned)n->col);
}

static void dump(buf_t *b, const ast_t *n);

static void nul(buf_t *b)
{
    puts_(b, "-");
}

static void opt(buf_t *b, const ast_t *n)
{
    if (n)
        dump(b, n);
    else
        nul(b);
}

/* Items of a sequence, each preceded by a space. */
static void items(buf_t *b, const ast_seq_t *s)
{
    for (size_t i = 0; s && i < s->n; i++) {
        puts_(b, " ");
        opt(b, s->items[i]);
    }
}

static void list(buf_t *b, const ast_seq_t *s)
{
    puts_(b, "[");
    for (size_t i = 0; s && i < s->n; i++) {
        if (i)
            puts_(b, " ");
        opt(b, s->items[i]);
    }
    puts_(b, "]");
}

static void head(buf_t *b, const char *name, const ast_t *n)
{
    puts_(b, "(");
    puts_(b, name);
    if (n->flags & AST_F_ASYNC)
        puts_(b, ":async");
    int ctx = n->flags & AST_CTX_MASK;
    if (n->kind != AST_EXPR && ctx == AST_CTX_STORE)
        puts_(b, ":s");
    if (n->kind != AST_EXPR && ctx == AST_CTX_DEL)
        puts_(b, ":d");
    pos(b, n);
}

static void quoted(buf_t *b, const ast_str_t *s, bool bytes)
{
    puts_(b, bytes ? "b'" : "'");
    for (size_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->s[i];
        if (c == '\\' || c == '\'')
            putf(b, "\\%c", c);
        else if (c == '\n')
            puts_(b, "\\n");
        else if (c == '\t')
            puts_(b, "\\t");
        else if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80))
            putf(b, "\\x%02x", c);
        else
            put(b, (const char *)&c, 1);
    }
    puts_(b, "'");
}

static void constant(buf_t *b, const ast_t *n)
{
    switch (n->op) {
    case AST_CONST_NONE: puts_(b, "None"); break;
    case AST_CONST_TRUE: puts_(b, "True"); break;
    case AST_CONST_FALSE: puts_(b, "False"); break;
    case AST_CONST_ELLIPSIS: puts_(b, "..."); break;
    case AST_CONST_INT:
        if (n->base != 10)
            puts_(b, n->base == 16 ? "0x" : n->base == 8 ? "0o" : "0b");
        put(b, n->name.s, n->name.len);
        break;
    case AST_CONST_FLOAT: put(b, n->name.s, n->name.len); break;
    case AST_CONST_IMAG:
        put(b, n->name.s, n->name.len);
        puts_(b, "j");
        break;
    case AST_CONST_STR: quoted(b, &n->name, false); break;
    case AST_CONST_BYTES: quoted(b, &n->name, true); break;
    default: puts_(b, "?const"); break;
    }
    pos(b, n);
}

static const char *const binops[] = {
    "?", "+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "|", "^", "&"};
static const char *const cmpops[] = {
    "?", "<", ">", "==", "!=", "<=", ">=", "in", "not-in", "is", "is-not"};
static const char *const unops[] = {"?", "not", "neg", "pos", "~"};

static void param(buf_t *b, const ast_t *a, const char *prefix)
{
    puts_(b, " ");
    puts_(b, prefix);
    put(b, a->name.s, a->name.len);
    pos(b, a);
    if (a->b) {
        puts_(b, ":");
        dump(b, a->b);
    }
    if (a->a) {
        puts_(b, "=");
        dump(b, a->a);
    }
}

static void arguments(buf_t *b, const ast_t *n)
{
    head(b, "args", n);
    bool slash = false;
    for (size_t i = 0; n->l1 && i < n->l1->n; i++) {
        const ast_t *a = n->l1->items[i];
        if (!(a->flags & AST_F_POSONLY) && i && !slash &&
            (n->l1->items[i - 1]->flags & AST_F_POSONLY)) {
            puts_(b, " /");
            slash = true;
        }
        param(b, a, "");
    }
    if (n->l1 && n->l1->n && !slash &&
        (n->l1->items[n->l1->n - 1]->flags & AST_F_POSONLY))
        puts_(b, " /");
    if (n->a)
        param(b, n->a, "*");
    else if (n->l2)
        puts_(b, " *");
    for (size_t i = 0; n->l2 && i < n->l2->n; i++)
        param(b, n->l2->items[i], "");
    if (n->b)
        param(b, n->b, "**");
    puts_(b, ")");
}

static void keyword(buf_t *b, const ast_t *k)
{
    if (!b->nospace)
        puts_(b, " ");
    b->nospace = false;
    if (k->name.len) {
        put(b, k->name.s, k->name.len);
        puts_(b, "=");
    } else {
        puts_(b, "**");
    }
    pos(b, k);
    dump(b, k->a);
}

static void name(buf_t *b, const ast_t *n)
{
    put(b, n->name.s, n->name.len);
    int ctx = n->flags & AST_CTX_MASK;
    if (ctx == AST_CTX_STORE)
        puts_(b, ":s");
    if (ctx == AST_CTX_DEL)
        puts_(b, ":d");
    pos(b, n);
}

static void str_or_nul(buf_t *b, const ast_str_t *s)
{
    if (s->len)
        put(b, s->s, s->len);
    else
        nul(b);
}

static void stmt(buf_t *b, const ast_t *n)
{
    switch (n->kind) {
    case AST_MODULE: head(b, "Module", n); items(b, n->l1); break;
    case AST_EXPR:
        head(b, (n->flags & AST_F_PRINT) ? "Expr:print" : "Expr", n);
        puts_(b, " ");
        dump(b, n->a);
        break;
    case AST_ASSIGN:
        head(b, "Assign", n);
        puts_(b, " ");
        list(b, n->l1);
        puts_(b, " ");
        dump(b, n->a);
        break;
    case AST_AUGASSIGN:
        head(b, "AugAssign", n);
        puts_(b, " ");
        dump(b, n->a);
        putf(b, " %s ", n->op < 14 ? binops[n->op] : "?");
        dump(b, n->b);
        break;
    case AST_ANNASSIGN:
        head(b, "AnnAssign", n);
        puts_(b, " ");
        dump(b, n->a);
        puts_(b, " ");
        dump(b, n->b);
        puts_(b, " ");
        opt(b, n->c);
        break;
    case AST_DEL: head(b, "Del", n); puts_(b, " "); list(b, n->l1); break;
    case AST_PASS: head(b, "Pass", n); break;
    case AST_BREAK: head(b, "Break", n); break;
    case AST_CONTINUE: head(b, "Continue", n); break;
    case AST_RETURN: head(b, "Return", n); puts_(b, " "); opt(b, n->a); break;
    case AST_IF:
    case AST_WHILE:
        head(b, n->kind == AST_IF ? "If" : "While", n);
        puts_(b, " ");
        dump(b, n->a);
        puts_(b, " ");
        list(b, n->l1);
        puts_(b, " ");
        list(b, n->l2);
        break;
    case AST_FOR:
        head(b, "For", n);
        puts_(b, " ");
        dump(b, n->a);
        puts_(b, " ");
        dump(b, n->b);
        puts_(b, " ");
        list(b, n->l1);
        puts_(b, " ");
        list(b, n->l2);
        break;
    case AST_WITH:
        head(b, "With", n);
        puts_(b, " ");
        list(b, n->l1);
        puts_(b, " ");
        list(b, n->l2);
        break;
    case AST_WITHITEM:
        head(b, "item", n);
        puts_(b, " ");
        dump(b, n->a);
        puts_(b, " ");
        opt(b, n->b);
        break;
    case AST_RAISE:
        head(b, "Raise", n);
        puts_(b, " ");
        opt(b, n->a);
        puts_(b, " ");
        opt(b, n->b);
        break;
    case AST_TRY:
        head(b, (n->flags & AST_F_STAR) ? "Try:star" : "Try", n);
        puts_(b, " ");
        list(b, n->l1);
        puts_(b, " ");
        list(b, n->l2);
        puts_(b, " ");
        list(b, n->l3);
        puts_(b, " ");
        list(b, n->l4);
        break;
    case AST_EXCEPTHANDLER:
        head(b, "except", n);
        puts_(b, " ");
        opt(b, n->a);
        puts_(b, " ");
        str_or_nul(b, &n->name);
        puts_(b, " ");
        list(b, n->l1);
        break;
    case AST_ASSERT:
        head(b, "Assert", n);
        puts_(b, " ");
        dump(b, n->a);
        puts_(b, " ");
        opt(b, n->b);
        break;
    case AST_IMPORT: head(b, "Import", n); puts_(b, " "); list(b, n->l1); break;
    case AST_IMPORTFROM:
        head(b, "ImportFrom", n);
        puts_(b, " ");
        for (int i = 0; i < n->op; i++)
            puts_(b, ".");
        put(b, n->name.s, n->name.len);
        puts_(b, " ");
        list(b, n->l1);
        break;
    case AST_GLOBAL: head(b, "Global", n); items(b, n->l1); break;
    case AST_NONLOCAL: head(b, "Nonlocal", n); items(b, n->l1); break;
    case AST_FUNCDEF:
        head(b, "Def", n);
        puts_(b, " ");
        put(b, n->name.s, n->name.len);
        puts_(b, " ");
        opt(b, n->b);
        puts_(b, " ");
        list(b, n->l1);
        puts_(b, " ");
        list(b, n->l2);
        puts_(b, " ");
        opt(b, n->c);
        break;
    case AST_CLASSDEF:
        head(b, "Class", n);
        puts_(b, " ");
        put(b, n->name.s, n->name.len);
        puts_(b, " ");
        list(b, n->l1);
        puts_(b, " [");
        for (size_t i = 0; n->l2 && i < n->l2->n; i++) {
            if (i)
                puts_(b, " ");
            b->nospace = true;
            keyword(b, n->l2->items[i]);
        }
        puts_(b, "] ");
        list(b, n->l3);
        puts_(b, " ");
        list(b, n->l4);
        break;
    default:
        putf(b, "(?kind%d", n->kind);
        break;
    }
    puts_(b, ")");
}

static void expr(buf_t *b, const ast_t *n)
{
    switch (n->kind) {
    case AST_CONST: constant(b, n); return;
    case AST_NAME: name(b, n); return;
    case AST_ALIAS:
        if (!n->name2.len) {
            put(b, n->name.s, n->name.len);
            pos(b, n);
            return;
        }
        head(b, "as", n);
        puts_(b, " ");
        put(b, n->name.s, n->name.len);
        puts_(b, " ");
        put(b, n->name2.s, n->name2.len);
        break;
    case AST_ATTR:
        head(b, ".", n);
        puts_(b, " ");
        dump(b, n->a);
        puts_(b, " ");
        put(b, n->name.s, n->name.len);
        break;
    case AST_SUBSCR:
        head(b, "[]", n);
        puts_(b, " ");
        dump(b, n->a);
        puts_(b, " ");
        dump(b, n->b);
        break;
    case AST_SLICE:
        head(b, ":", n);
        puts_(b, " ");
        opt(b, n->a);
        puts_(b, " ");
        opt(b, n->b);
        puts_(b, " ");
        opt(b, n->c);
        break;
    case AST_STARRED: head(b, "*", n); puts_(b, " "); dump(b, n->a); break;
    case AST_TUPLE: head(b, "tuple", n); items(b, n->l1); break;
    case AST_LIST: head(b, "list", n); items(b, n->l1); break;
    case AST_SET: head(b, "set", n); items(b, n->l1); break;
    case AST_DICT:
        head(b, "dict", n);
        for (size_t i = 0; n->l1 && i < n->l1->n; i++) {
            puts_(b, " ");
            if (n->l1->items[i])
                dump(b, n->l1->items[i]);
            else
                puts_(b, "**");
            puts_(b, " ");
            dump(b, n->l2->items[i]);
        }
        break;
    case AST_BINOP:
        head(b, n->op < 14 ? binops[n->op] : "?", n);
        puts_(b, " ");
        dump(b, n->a);
        puts_(b, " ");
        dump(b, n->b);
        break;
    case AST_UNARY:
        head(b, n->op < 5 ? unops[n->op] : "?", n);
        puts_(b, " ");
        dump(b, n->a);
        break;
    case AST_BOOLOP:
        head(b, n->op == AST_BOOL_AND ? "and" : "or", n);
        items(b, n->l1);
        break;
    case AST_COMPARE:
        head(b, "cmp", n);
        puts_(b, " ");
        dump(b, n->a);
        for (size_t i = 0; n->l1 && i < n->l1->n; i++) {
            const ast_t *c = n->l1->items[i];
            putf(b, " %s ", c->op < 11 ? cmpops[c->op] : "?");
            dump(b, c->a);
        }
        break;
    case AST_CALL:
        head(b, "call", n);
        puts_(b, " ");
        dump(b, n->a);
        items(b, n->l1);
        for (size_t i = 0; n->l2 && i < n->l2->n; i++)
            keyword(b, n->l2->items[i]);
        break;
    case AST_IFEXP:
        head(b, "?", n);
        puts_(b, " ");
        dump(b, n->a);
        puts_(b, " ");
        dump(b, n->b);
        puts_(b, " ");
        dump(b, n->c);
        break;
    case AST_LAMBDA:
        head(b, "lambda", n);
        puts_(b, " ");
        dump(b, n->b);
        puts_(b, " ");
        dump(b, n->a);
        break;
    case AST_NAMEDEXPR:
        head(b, ":=", n);
        puts_(b, " ");
        dump(b, n->a);
        puts_(b, " ");
        dump(b, n->b);
        break;
    case AST_LISTCOMP:
    case AST_SETCOMP:
    case AST_GENEXP:
        head(b, n->kind == AST_LISTCOMP  ? "listcomp"
                : n->kind == AST_SETCOMP ? "setcomp"
                                         : "genexp",
             n);
        puts_(b, " ");
        dump(b, n->a);
        items(b, n->l1);
        break;
    case AST_DICTCOMP:
        head(b, "dictcomp", n);
        puts_(b, " ");
        dump(b, n->a);
        puts_(b, " ");
        dump(b, n->b);
        items(b, n->l1);
        break;
    case AST_COMPFOR:
        head(b, "for", n);
        puts_(b, " ");
        dump(b, n->a);
        puts_(b, " ");
        dump(b, n->b);
        items(b, n->l1);
        break;
    case AST_YIELD: head(b, "yield", n); puts_(b, " "); opt(b, n->a); break;
    case AST_YIELDFROM:
        head(b, "yield-from", n);
        puts_(b, " ");
        dump(b, n->a);
        break;
    case AST_AWAIT: head(b, "await", n); puts_(b, " "); dump(b, n->a); break;
    case AST_JOINEDSTR: head(b, "f", n); items(b, n->l1); break;
    case AST_FORMATTED:
        head(b, "fmt", n);
        puts_(b, " ");
        dump(b, n->a);
        if (n->op)
            putf(b, " !%c", n->op);
        if (n->b) {
            puts_(b, " ");
            dump(b, n->b);
        }
        break;
    case AST_ARGUMENTS: arguments(b, n); return;
    case AST_KEYWORD: keyword(b, n); return;
    default: stmt(b, n); return;
    }
    puts_(b, ")");
}

static void dump(buf_t *b, const ast_t *n)
{
    if (!n) {
        nul(b);
        return;
    }
    if (n->kind >= AST_CONST || n->kind == AST_WITHITEM ||
        n->kind == AST_ALIAS || n->kind == AST_EXCEPTHANDLER)
        expr(b, n);
    else
        stmt(b, n);
}

char *ast_dump(const ast_t *n, int flags);

char *ast_dump(const ast_t *n, int flags)
{
    buf_t b = {NULL, 0, 0, flags, false};
    dump(&b, n);
    if (!b.s)
        puts_(&b, "");
    return b.s;
}
