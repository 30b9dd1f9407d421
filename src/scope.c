/*
 * Scope analysis (see scope.h).
 *
 * Three passes: build (walk the AST recording every binding and use per
 * scope), resolve (decide local / cell / free / global for each symbol,
 * threading free variables through intermediate functions), and slot
 * assignment (parameters first, in call order, then locals and cells, then
 * free variables last so the closure can be copied in one go).
 */
#include "scope.h"

#include <string.h>

#include "mem.h"
#include "parser.h"

QSTR_SPECIAL(Q__dot_0, ".0");

typedef struct builder {
    scope_error_t *err;
    bool failed;
    qstr cls;           /* enclosing class for name mangling */
    int in_comp_iter;   /* inside a comprehension's iterable expression */
} builder_t;

qstr scope_mangle(qstr cls, const char *s, size_t len)
{
    if (cls == QSTR_NULL || len < 3 || s[0] != '_' || s[1] != '_' || (s[len - 1] == '_' && s[len - 2] == '_'))
        return qstr_from_strn(s, len);
    for (size_t i = 0; i < len; i++)
        if (s[i] == '.')
            return qstr_from_strn(s, len);
    size_t clen;
    const char *cs = qstr_data(cls, &clen);
    while (clen && *cs == '_') {
        cs++;
        clen--;
    }
    if (clen == 0)
        return qstr_from_strn(s, len);
    char buf[256];
    if (1 + clen + len > sizeof(buf))
        return qstr_from_strn(s, len);
    buf[0] = '_';
    memcpy(buf + 1, cs, clen);
    memcpy(buf + 1 + clen, s, len);
    return qstr_from_strn(buf, 1 + clen + len);
}

#define name_q(span) scope_mangle(b->cls, (span).s, (span).len)

/* Records the first error; "%s" in fmt is replaced by name's text. */
static void fail_name(builder_t *b, const ast_t *node, const char *fmt, qstr name)
{
    if (b->failed)
        return;
    b->failed = true;
    b->err->line = node ? node->line : 0;
    b->err->col = node ? node->col : 0;
    char *out = b->err->msg, *end = out + sizeof(b->err->msg) - 1;
    for (const char *p = fmt; *p && out < end; p++) {
        if (p[0] == '%' && p[1] == 's') {
            size_t len;
            const char *t = qstr_data(name, &len);
            for (size_t i = 0; i < len && out < end; i++)
                *out++ = t[i];
            p++;
        } else {
            *out++ = *p;
        }
    }
    *out = '\0';
}

static void fail(builder_t *b, const ast_t *node, const char *msg)
{
    fail_name(b, node, msg, QSTR_NULL);
}

static sym_t *sym_get(scope_t *s, qstr name)
{
    for (size_t i = 0; i < s->n_syms; i++)
        if (s->syms[i].name == name)
            return &s->syms[i];
    return NULL;
}

static sym_t *sym_add(scope_t *s, qstr name)
{
    sym_t *sym = sym_get(s, name);
    if (sym)
        return sym;
    if (s->n_syms == s->alloc_syms) {
        s->alloc_syms = s->alloc_syms ? s->alloc_syms * 2 : 8;
        s->syms = mem_realloc(s->syms, s->alloc_syms * sizeof(sym_t));
    }
    sym = &s->syms[s->n_syms++];
    memset(sym, 0, sizeof(*sym));
    sym->name = name;
    return sym;
}

static scope_t *scope_new(scope_t *parent, int kind, const ast_t *node, qstr name)
{
    scope_t *s = mem_alloc(sizeof(scope_t));
    s->kind = (uint8_t)kind;
    s->parent = parent;
    s->node = node;
    s->name = name;
    if (parent) {
        if (parent->n_children == parent->alloc_children) {
            parent->alloc_children = parent->alloc_children ? parent->alloc_children * 2 : 4;
            parent->children = mem_realloc(parent->children, parent->alloc_children * sizeof(scope_t *));
        }
        parent->children[parent->n_children++] = s;
    }
    return s;
}

static bool is_func(const scope_t *s)
{
    return s->kind == SCOPE_FUNCTION || s->kind == SCOPE_LAMBDA || s->kind == SCOPE_COMPREHENSION;
}

static void bind(builder_t *b, scope_t *s, qstr name, const ast_t *node)
{
    sym_t *sym = sym_add(s, name);
    (void)b;
    (void)node;
    sym->flags |= SYMF_BOUND;
}

static void use(scope_t *s, qstr name)
{
    sym_add(s, name)->flags |= SYMF_USED;
}

static void visit(builder_t *b, scope_t *s, const ast_t *n);

static void visit_seq(builder_t *b, scope_t *s, const ast_seq_t *l)
{
    if (!l)
        return;
    for (size_t i = 0; i < l->n; i++)
        visit(b, s, l->items[i]);
}

static void add_param(builder_t *b, scope_t *s, const ast_t *arg)
{
    qstr q = name_q(arg->name);
    sym_t *sym = sym_get(s, q);
    if (sym && (sym->flags & SYMF_PARAM)) {
        fail_name(b, arg, "duplicate argument '%s' in function definition", q);
        return;
    }
    sym = sym_add(s, q);
    sym->flags |= SYMF_PARAM | SYMF_BOUND;
}

/* Defaults and annotations are evaluated in the enclosing scope. */
static void visit_defaults(builder_t *b, scope_t *s, const ast_t *args)
{
    if (!args)
        return;
    for (int k = 0; k < 2; k++) {
        const ast_seq_t *l = k ? args->l2 : args->l1;
        for (size_t i = 0; l && i < l->n; i++) {
            visit(b, s, l->items[i]->a);
            visit(b, s, l->items[i]->b);
        }
    }
    if (args->a)
        visit(b, s, args->a->b);
    if (args->b)
        visit(b, s, args->b->b);
}

static void add_params(builder_t *b, scope_t *fs, const ast_t *args)
{
    if (!args)
        return;
    for (size_t i = 0; args->l1 && i < args->l1->n; i++) {
        add_param(b, fs, args->l1->items[i]);
        fs->n_params++;
        if (args->l1->items[i]->flags & AST_F_POSONLY)
            fs->n_posonly++;
    }
    for (size_t i = 0; args->l2 && i < args->l2->n; i++) {
        add_param(b, fs, args->l2->items[i]);
        fs->n_kwonly++;
    }
    if (args->a) {
        add_param(b, fs, args->a);
        fs->flags |= SCOPEF_VARARGS;
    }
    if (args->b) {
        add_param(b, fs, args->b);
        fs->flags |= SCOPEF_VARKW;
    }
}

static void visit_function(builder_t *b, scope_t *s, const ast_t *n)
{
    visit_seq(b, s, n->l2); /* decorators */
    visit_defaults(b, s, n->b);
    visit(b, s, n->c);      /* return annotation */
    qstr name = name_q(n->name);
    bind(b, s, name, n);
    scope_t *fs = scope_new(s, SCOPE_FUNCTION, n, qstr_from_strn(n->name.s, n->name.len));
    if (n->flags & AST_F_ASYNC)
        fs->flags |= SCOPEF_COROUTINE;
    add_params(b, fs, n->b);
    visit_seq(b, fs, n->l1);
}

static void visit_lambda(builder_t *b, scope_t *s, const ast_t *n)
{
    visit_defaults(b, s, n->b);
    scope_t *fs = scope_new(s, SCOPE_LAMBDA, n, Q__lt_lambda_gt_);
    add_params(b, fs, n->b);
    visit(b, fs, n->a);
}

static void visit_class(builder_t *b, scope_t *s, const ast_t *n)
{
    visit_seq(b, s, n->l4); /* decorators */
    visit_seq(b, s, n->l1);
    visit_seq(b, s, n->l2);
    qstr name = name_q(n->name);
    bind(b, s, name, n);
    scope_t *cs = scope_new(s, SCOPE_CLASS, n, qstr_from_strn(n->name.s, n->name.len));
    qstr outer = b->cls;
    b->cls = qstr_from_strn(n->name.s, n->name.len);
    visit_seq(b, cs, n->l3);
    b->cls = outer;
}

static void mark_comp_targets(scope_t *cs, qstr cls, const ast_t *t)
{
    if (t->kind == AST_NAME) {
        sym_add(cs, scope_mangle(cls, t->name.s, t->name.len))->flags |= SYMF_COMP_ITER;
    } else if (t->kind == AST_TUPLE || t->kind == AST_LIST) {
        for (size_t i = 0; t->l1 && i < t->l1->n; i++)
            mark_comp_targets(cs, cls, t->l1->items[i]);
    } else if (t->kind == AST_STARRED) {
        mark_comp_targets(cs, cls, t->a);
    }
}

static void visit_comprehension(builder_t *b, scope_t *s, const ast_t *n)
{
    const ast_seq_t *gens = n->l1;
    /* the outermost iterable is evaluated in the enclosing scope */
    b->in_comp_iter++;
    visit(b, s, gens->items[0]->b);
    b->in_comp_iter--;
    qstr name = n->kind == AST_LISTCOMP ? Q__lt_listcomp_gt_
              : n->kind == AST_SETCOMP  ? Q__lt_setcomp_gt_
              : n->kind == AST_DICTCOMP ? Q__lt_dictcomp_gt_
                                        : Q__lt_genexpr_gt_;
    scope_t *cs = scope_new(s, SCOPE_COMPREHENSION, n, name);
    sym_t *dot0 = sym_add(cs, Q__dot_0);
    dot0->flags |= SYMF_PARAM | SYMF_BOUND;
    cs->n_params = 1;
    if (n->kind == AST_GENEXP)
        cs->flags |= SCOPEF_GENERATOR;
    bool outer_async = s->kind == SCOPE_FUNCTION && (s->flags & SCOPEF_COROUTINE);
    for (size_t i = 0; i < gens->n; i++)
        if ((gens->items[i]->flags & AST_F_ASYNC) && n->kind != AST_GENEXP && !outer_async &&
            s->kind != SCOPE_COMPREHENSION) {
            fail(b, n, "asynchronous comprehension outside of an asynchronous function");
            return;
        }
    for (size_t i = 0; i < gens->n; i++) {
        const ast_t *g = gens->items[i];
        if (g->flags & AST_F_ASYNC)
            cs->flags |= SCOPEF_COROUTINE;
        visit(b, cs, g->a);
        mark_comp_targets(cs, b->cls, g->a);
        if (i > 0) {
            b->in_comp_iter++;
            visit(b, cs, g->b);
            b->in_comp_iter--;
        }
        visit_seq(b, cs, g->l1);
    }
    visit(b, cs, n->a);
    if (n->kind == AST_DICTCOMP)
        visit(b, cs, n->b);
}

static void visit_namedexpr(builder_t *b, scope_t *s, const ast_t *n)
{
    if (b->in_comp_iter) {
        fail(b, n, "assignment expression cannot be used in a comprehension iterable expression");
        return;
    }
    visit(b, s, n->b);
    qstr name = name_q(n->a->name);
    for (scope_t *c = s; c->kind == SCOPE_COMPREHENSION; c = c->parent) {
        sym_t *it = sym_get(c, name);
        if (it && (it->flags & SYMF_COMP_ITER)) {
            fail_name(b, n, "assignment expression cannot rebind comprehension iteration variable '%s'", name);
            return;
        }
    }
    scope_t *t = s;
    while (t->kind == SCOPE_COMPREHENSION)
        t = t->parent;
    if (t == s) {
        bind(b, s, name, n);
        return;
    }
    if (t->kind == SCOPE_CLASS) {
        fail(b, n, "assignment expression within a comprehension cannot be used in a class body");
        return;
    }
    bind(b, t, name, n);
    for (scope_t *c = s; c != t; c = c->parent) {
        sym_t *sym = sym_add(c, name);
        sym->flags |= SYMF_USED | (t->kind == SCOPE_MODULE ? SYMF_DECL_GLOBAL : SYMF_DECL_NONLOCAL);
    }
}

static void visit_decl(builder_t *b, scope_t *s, const ast_t *n)
{
    bool is_global = n->kind == AST_GLOBAL;
    if (!is_global)
        s->decl_node = n;
    if (!is_global && s->kind == SCOPE_MODULE) {
        fail(b, n, "nonlocal declaration not allowed at module level");
        return;
    }
    for (size_t i = 0; i < n->l1->n; i++) {
        qstr q = name_q(n->l1->items[i]->name);
        sym_t *sym = sym_get(s, q);
        if (sym && (sym->flags & SYMF_PARAM)) {
            fail_name(b, n, is_global ? "name '%s' is parameter and global" : "name '%s' is parameter and nonlocal", q);
            return;
        }
        if (sym && (sym->flags & (SYMF_BOUND | SYMF_USED)) &&
            !(sym->flags & (SYMF_DECL_GLOBAL | SYMF_DECL_NONLOCAL))) {
            fail_name(b, n, (sym->flags & SYMF_BOUND)
                                ? (is_global ? "name '%s' is assigned to before global declaration"
                                             : "name '%s' is assigned to before nonlocal declaration")
                                : (is_global ? "name '%s' is used prior to global declaration"
                                             : "name '%s' is used prior to nonlocal declaration"),
                      q);
            return;
        }
        sym = sym_add(s, q);
        if (((sym->flags & SYMF_DECL_NONLOCAL) && is_global) || ((sym->flags & SYMF_DECL_GLOBAL) && !is_global)) {
            /* CPython points at the first of the two declarations */
            ast_t at = *n;
            at.line = sym->decl_line;
            fail_name(b, &at, "name '%s' is nonlocal and global", q);
            return;
        }
        sym->flags |= is_global ? SYMF_DECL_GLOBAL : SYMF_DECL_NONLOCAL;
        sym->decl_line = n->line;
    }
}

static void visit_import(builder_t *b, scope_t *s, const ast_t *n)
{
    for (size_t i = 0; i < n->l1->n; i++) {
        const ast_t *al = n->l1->items[i];
        if (al->name2.len) {
            bind(b, s, name_q(al->name2), al);
            continue;
        }
        if (n->kind == AST_IMPORTFROM && al->name.len == 1 && al->name.s[0] == '*') {
            if (s->kind != SCOPE_MODULE)
                fail(b, n, "import * only allowed at module level");
            continue;
        }
        size_t len = al->name.len;
        if (n->kind == AST_IMPORT)
            for (size_t j = 0; j < len; j++)
                if (al->name.s[j] == '.') {
                    len = j;
                    break;
                }
        bind(b, s, qstr_from_strn(al->name.s, len), al);
    }
}

static void visit_name(builder_t *b, scope_t *s, const ast_t *n)
{
    qstr q = name_q(n->name);
    if ((n->flags & AST_CTX_MASK) == AST_CTX_LOAD) {
        use(s, q);
        if (q == Q_super && is_func(s))
            use(s, Q___class__);
    } else {
        bind(b, s, q, n);
    }
}

static void mark_generator(builder_t *b, scope_t *s, const ast_t *n)
{
    if (n->kind == AST_YIELDFROM && (s->flags & SCOPEF_COROUTINE) && s->kind == SCOPE_FUNCTION) {
        fail(b, n, "'yield from' inside async function");
        return;
    }
    if (s->kind == SCOPE_FUNCTION || s->kind == SCOPE_LAMBDA)
        s->flags |= SCOPEF_GENERATOR;
    else if (s->kind == SCOPE_COMPREHENSION && !(s->flags & SCOPEF_GENERATOR))
        fail(b, n, "'yield' inside list comprehension");
    else if (s->kind == SCOPE_COMPREHENSION)
        fail(b, n, "'yield' inside generator expression");
    else
        fail(b, n, "'yield' outside function");
}

static void visit(builder_t *b, scope_t *s, const ast_t *n)
{
    if (!n || b->failed)
        return;
    switch (n->kind) {
    case AST_FUNCDEF:
        visit_function(b, s, n);
        return;
    case AST_CLASSDEF:
        visit_class(b, s, n);
        return;
    case AST_LAMBDA:
        visit_lambda(b, s, n);
        return;
    case AST_LISTCOMP:
    case AST_SETCOMP:
    case AST_GENEXP:
    case AST_DICTCOMP:
        visit_comprehension(b, s, n);
        return;
    case AST_NAMEDEXPR:
        visit_namedexpr(b, s, n);
        return;
    case AST_GLOBAL:
    case AST_NONLOCAL:
        visit_decl(b, s, n);
        return;
    case AST_IMPORT:
    case AST_IMPORTFROM:
        visit_import(b, s, n);
        return;
    case AST_NAME:
        visit_name(b, s, n);
        return;
    case AST_EXCEPTHANDLER:
        visit(b, s, n->a);
        if (n->name.len)
            bind(b, s, name_q(n->name), n);
        visit_seq(b, s, n->l1);
        return;
    case AST_AUGASSIGN:
        if (n->a->kind == AST_NAME)
            use(s, name_q(n->a->name));
        break;
    case AST_YIELD:
    case AST_YIELDFROM:
        mark_generator(b, s, n);
        break;
    case AST_AWAIT:
        if (s->kind == SCOPE_COMPREHENSION)
            s->flags |= SCOPEF_COROUTINE; /* an await makes it an async comprehension */
        if (s->kind == SCOPE_FUNCTION && !(s->flags & SCOPEF_COROUTINE))
            fail(b, n, "'await' outside async function");
        break;
    case AST_FOR:
    case AST_WITH:
        if ((n->flags & AST_F_ASYNC) && !(s->kind == SCOPE_FUNCTION && (s->flags & SCOPEF_COROUTINE)))
            fail(b, n, n->kind == AST_FOR ? "'async for' outside async function" : "'async with' outside async function");
        break;
    case AST_ANNASSIGN:
        /* annotations of simple names are evaluated in module and class
           bodies only, as CPython does */
        visit(b, s, n->a);
        if (n->a->kind == AST_NAME && (s->kind == SCOPE_MODULE || s->kind == SCOPE_CLASS))
            visit(b, s, n->b);
        visit(b, s, n->c);
        return;
    case AST_ARG:
        return;
    default:
        break;
    }
    visit(b, s, n->a);
    visit(b, s, n->b);
    visit(b, s, n->c);
    visit_seq(b, s, n->l1);
    visit_seq(b, s, n->l2);
    visit_seq(b, s, n->l3);
    visit_seq(b, s, n->l4);
}

/* Find a binding for a free name in the scopes enclosing s, skipping class
 * bodies (except for __class__, which the class body provides). Marks the
 * binding a cell and threads it through intermediate functions. */
static bool resolve_free(scope_t *s, qstr name)
{
    for (scope_t *p = s->parent; p; p = p->parent) {
        if (p->kind == SCOPE_CLASS) {
            if (name == Q___class__) {
                p->flags |= SCOPEF_NEEDS_CLASS_CELL;
                sym_t *sym = sym_add(p, name);
                sym->kind = SYM_CELL;
                goto thread;
            }
            continue;
        }
        if (p->kind == SCOPE_MODULE)
            return false;
        sym_t *sym = sym_get(p, name);
        if (!sym)
            continue;
        if (sym->flags & SYMF_DECL_GLOBAL)
            return false;
        if (sym->flags & SYMF_DECL_NONLOCAL) {
            if (sym->kind != SYM_FREE && !resolve_free(p, name))
                return false;
            sym->kind = SYM_FREE;
            goto thread;
        }
        if (sym->flags & SYMF_BOUND) {
            sym->kind = SYM_CELL;
            goto thread;
        }
        continue;
    thread:
        for (scope_t *q = s->parent; q != p; q = q->parent) {
            sym_t *t = sym_add(q, name);
            if (q->kind == SCOPE_CLASS && t->kind != SYM_UNRESOLVED && t->kind != SYM_FREE && t->kind != SYM_CELL)
                t->flags |= SYMF_CLASS_FREE; /* the class has its own x too */
            else if (t->kind != SYM_CELL)
                t->kind = SYM_FREE;
        }
        return true;
    }
    return false;
}

static void resolve(builder_t *b, scope_t *s)
{
    for (size_t i = 0; i < s->n_syms && !b->failed; i++) {
        sym_t *sym = &s->syms[i];
        if (sym->kind == SYM_CELL || sym->kind == SYM_FREE)
            continue;
        if (sym->flags & SYMF_DECL_GLOBAL) {
            sym->kind = SYM_GLOBAL_EXPLICIT;
        } else if (sym->flags & SYMF_DECL_NONLOCAL) {
            if (!resolve_free(s, sym->name)) {
                fail_name(b, s->decl_node ? s->decl_node : s->node, "no binding for nonlocal '%s' found", sym->name);
                return;
            }
            sym = &s->syms[i];
            sym->kind = SYM_FREE;
        } else if (sym->flags & SYMF_BOUND) {
            sym->kind = is_func(s) ? SYM_LOCAL : SYM_NAME;
        } else if (s->kind == SCOPE_MODULE) {
            sym->kind = SYM_NAME;
        } else if (resolve_free(s, sym->name)) {
            sym = &s->syms[i];
            sym->kind = SYM_FREE;
        } else {
            sym->kind = s->kind == SCOPE_CLASS ? SYM_NAME : SYM_GLOBAL_IMPLICIT;
        }
    }
    for (size_t i = 0; i < s->n_children && !b->failed; i++)
        resolve(b, s->children[i]);
}

static void assign_slots(scope_t *s)
{
    uint16_t slot = 0;
    /* parameters keep their declaration order: they were added first */
    size_t n_params = s->n_params + s->n_kwonly + !!(s->flags & SCOPEF_VARARGS) + !!(s->flags & SCOPEF_VARKW);
    for (size_t i = 0; i < n_params && i < s->n_syms; i++) {
        s->syms[i].slot = slot++;
        if (s->syms[i].kind == SYM_CELL)
            s->n_cells++;
    }
    for (size_t i = n_params; i < s->n_syms; i++) {
        sym_t *sym = &s->syms[i];
        if ((sym->kind == SYM_LOCAL && is_func(s)) || sym->kind == SYM_CELL) {
            sym->slot = slot++;
            if (sym->kind == SYM_CELL)
                s->n_cells++;
        }
    }
    for (size_t i = 0; i < s->n_syms; i++)
        if (s->syms[i].kind == SYM_FREE || (s->syms[i].flags & SYMF_CLASS_FREE)) {
            s->syms[i].slot = slot++;
            s->n_free++;
        }
    s->n_slots = slot;
    for (size_t i = 0; i < s->n_children; i++)
        assign_slots(s->children[i]);
}

scope_t *scope_build(const ast_t *root, int mode, scope_error_t *err)
{
    builder_t b = {err, false, QSTR_NULL, 0};
    scope_t *top = scope_new(NULL, SCOPE_MODULE, root, Q__lt_module_gt_);
    if (mode == PARSE_EVAL)
        visit(&b, top, root);
    else
        visit_seq(&b, top, root->l1);
    if (!b.failed)
        resolve(&b, top);
    if (b.failed)
        return NULL;
    assign_slots(top);
    return top;
}

scope_t *scope_find(const scope_t *parent, const ast_t *node)
{
    for (size_t i = 0; i < parent->n_children; i++)
        if (parent->children[i]->node == node)
            return parent->children[i];
    return NULL;
}

const sym_t *scope_lookup(const scope_t *s, qstr name)
{
    for (size_t i = 0; i < s->n_syms; i++)
        if (s->syms[i].name == name)
            return &s->syms[i];
    return NULL;
}

QSTR_SPECIAL(Q__lt_module_gt_, "<module>");
QSTR_SPECIAL(Q__lt_lambda_gt_, "<lambda>");
QSTR_SPECIAL(Q__lt_listcomp_gt_, "<listcomp>");
QSTR_SPECIAL(Q__lt_setcomp_gt_, "<setcomp>");
QSTR_SPECIAL(Q__lt_dictcomp_gt_, "<dictcomp>");
QSTR_SPECIAL(Q__lt_genexpr_gt_, "<genexpr>");
