/*
 * Compiler: AST -> bytecode, one code unit per function, class body,
 * comprehension and module.
 *
 * Invariants:
 *  - Statements leave the value stack as they found it; the emitter tracks
 *    the depth so exception ranges know where to cut the stack.
 *  - Leaving a block early (break, continue, return) runs the cleanup of
 *    every block left, innermost first: pop a for-loop's iterator, call a
 *    with-statement's __exit__, restore the handled exception, or run a
 *    finally body inline. While such cleanup code is emitted the block is
 *    popped, so a raise inside it is not caught by the block itself.
 *
 * This file holds the compiler's state, the helpers every part uses
 * (errors, names, constants and const() folding, code units) and the
 * entry point. The rest is in the parts it includes, in one translation
 * unit so that the helpers stay static:
 *   compile_expr.c.h   expressions, stores and deletes
 *   compile_def.c.h    functions, lambdas, classes and comprehensions
 *   compile_block.c.h  the block stack, leaving blocks early, try and with
 *   compile_stmt.c.h   the other statements and the statement dispatcher
 */
#include <string.h>

#include "arena.h"
#include "emit.h"
#include "fmtfloat.h"
#include "mem.h"
#include "obj_dict.h"
#include "obj_fun.h"
#include "obj_int.h"
#include "obj_set.h"
#include "obj_str.h"
#include "parser.h"
#include "runtime.h"
#include "scope.h"

typedef enum {
    FB_LOOP,          /* while: no stack item */
    FB_FOR,           /* for: iterator on the stack */
    FB_TRY_FINALLY,   /* try body of try/finally: node = the try */
    FB_FINALLY_END,   /* running a finally body after an exception: prev, exc */
    FB_HANDLER,       /* except body: prev exc on the stack; name bound maybe */
    FB_WITH,          /* exit callable on the stack */
    FB_ASYNC_WITH,
} fb_kind_t;

typedef struct fblock {
    fb_kind_t kind;
    uint32_t l_break, l_continue;
    const ast_t *node;
    qstr name;        /* FB_HANDLER: bound name to clear, or QSTR_NULL */
    size_t n_handlers; /* exception handlers active outside this block */
} fblock_t;

#define MAX_FBLOCKS 64

typedef struct unit {
    struct unit *prev;
    scope_t *scope;
    qstr qualname;
    emit_t e;
    fblock_t fb[MAX_FBLOCKS];
    int n_fb;
} unit_t;

typedef struct compiler {
    unit_t *u;
    obj_t consts;       /* dict: module-level NAME = const(value) folds */
    qstr cls;           /* enclosing class for name mangling, or QSTR_NULL */
    qstr filename;
    bool is_repl;
    const char *src;
} compiler_t;

static void compile_expr(compiler_t *c, const ast_t *n);
static void compile_stmt(compiler_t *c, const ast_t *n);
static void compile_body(compiler_t *c, const ast_seq_t *l);
static void compile_store(compiler_t *c, const ast_t *t);

static _Noreturn void error_at(compiler_t *c, const ast_t *n, const char *msg)
{
    raise_syntax_error(&type_SyntaxError, c->filename, n ? n->line : 0, n ? n->col : 0, msg, c->src);
}

static emit_t *E(compiler_t *c)
{
    return &c->u->e;
}

static qstr q_raw(ast_str_t s)
{
    return qstr_from_strn(s.s, s.len);
}

/* A name as the compiler binds it: private names (__x) inside a class
 * body are mangled to _Class__x, as CPython does. */
static qstr q_of_c(const compiler_t *c, ast_str_t s)
{
    return scope_mangle(c->cls, s.s, s.len);
}
#define q_of(span) q_of_c(c, (span))

static void set_line(compiler_t *c, const ast_t *n)
{
    if (n && n->line)
        E(c)->line = n->line;
}

/* ---- names ---- */

static void emit_name(compiler_t *c, qstr name, int ctx)
{
    const scope_t *s = c->u->scope;
    const sym_t *sym = scope_lookup(s, name);
    int kind = sym ? sym->kind : (s->kind == SCOPE_MODULE || s->kind == SCOPE_CLASS ? SYM_NAME : SYM_GLOBAL_IMPLICIT);
    static const bc_op_t fast[] = {BC_LOAD_FAST, BC_STORE_FAST, BC_DELETE_FAST};
    static const bc_op_t deref[] = {BC_LOAD_DEREF, BC_STORE_DEREF, BC_DELETE_DEREF};
    static const bc_op_t global[] = {BC_LOAD_GLOBAL, BC_STORE_GLOBAL, BC_DELETE_GLOBAL};
    static const bc_op_t local_name[] = {BC_LOAD_NAME, BC_STORE_NAME, BC_DELETE_NAME};
    switch (kind) {
    case SYM_LOCAL:
        emit_op_arg(E(c), fast[ctx], sym->slot);
        return;
    case SYM_CELL:
    case SYM_FREE:
        if (s->kind == SCOPE_CLASS && ctx == AST_CTX_LOAD && kind == SYM_FREE)
            emit_op_arg(E(c), BC_LOAD_CLASSDEREF, sym->slot);
        else
            emit_op_arg(E(c), deref[ctx], sym->slot);
        return;
    case SYM_GLOBAL_EXPLICIT:
        emit_op_arg(E(c), global[ctx], name);
        return;
    case SYM_GLOBAL_IMPLICIT:
        emit_op_arg(E(c), s->kind == SCOPE_CLASS || s->kind == SCOPE_MODULE ? local_name[ctx] : global[ctx], name);
        return;
    default:
        emit_op_arg(E(c), local_name[ctx], name);
        return;
    }
}

/* ---- constants ---- */

static obj_t const_value(compiler_t *c, const ast_t *n)
{
    switch (n->op) {
    case AST_CONST_NONE:
        return OBJ_NONE;
    case AST_CONST_TRUE:
        return OBJ_TRUE;
    case AST_CONST_FALSE:
        return OBJ_FALSE;
    case AST_CONST_ELLIPSIS:
        return OBJ_ELLIPSIS;
    case AST_CONST_INT:
        if (n->base == 10 && int_max_str_digits && n->name.len > int_max_str_digits) {
            vstr_t v;
            print_t p;
            vstr_init(&v, 200);
            vstr_print_init(&p, &v);
            print_fmt(&p, "Exceeds the limit (%u digits) for integer string conversion: value has %u digits; "
                          "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for "
                          "huge integer literals to avoid decimal conversion limits.",
                      (unsigned)int_max_str_digits, (unsigned)n->name.len);
            vstr_add_char(&v, '\0');
            error_at(c, n, v.buf);
        }
        return int_from_digits(n->name.s, n->name.len, n->base);
    case AST_CONST_FLOAT: {
        double d;
        if (fmtfloat_parse(n->name.s, n->name.len, &d) < 0)
            error_at(c, n, "invalid float literal");
        return obj_new_float(d);
    }
    case AST_CONST_IMAG: {
        double d;
        if (fmtfloat_parse(n->name.s, n->name.len, &d) < 0)
            error_at(c, n, "invalid imaginary literal");
        return obj_new_complex(0.0, d);
    }
    case AST_CONST_STR:
        return str_new(n->name.s, n->name.len);
    case AST_CONST_BYTES:
        return obj_new_bytes(n->name.s, n->name.len);
    }
    error_at(c, n, "bad constant");
}

/* ---- micropython.const ----
 * At module level, NAME = const(expr) with an expression of literals and
 * earlier consts is folded: later loads of NAME become the value, and a
 * name starting with "_" is not stored at all (CircuitPython's rule).
 * Loads are folded only where NAME refers to the module global. */

static obj_t const_lookup(compiler_t *c, qstr q)
{
    map_elem_t *e = map_lookup_qstr(dict_get_map(c->consts), q);
    if (!e)
        return OBJ_NULL;
    const scope_t *s = c->u->scope;
    const sym_t *sym = scope_lookup(s, q);
    if (s->kind == SCOPE_MODULE)
        return e->value;
    if (sym && sym->kind != SYM_GLOBAL_IMPLICIT && sym->kind != SYM_GLOBAL_EXPLICIT)
        return OBJ_NULL;
    return e->value;
}

/* Evaluates a constant expression, or returns OBJ_NULL if it is not one. */
static obj_t const_eval(compiler_t *c, const ast_t *n)
{
    switch (n->kind) {
    case AST_CONST:
        if (n->op == AST_CONST_INT || n->op == AST_CONST_FLOAT || n->op == AST_CONST_TRUE ||
            n->op == AST_CONST_FALSE || n->op == AST_CONST_STR || n->op == AST_CONST_BYTES)
            return const_value(c, n);
        return OBJ_NULL;
    case AST_NAME:
        return const_lookup(c, q_of(n->name));
    case AST_UNARY: {
        obj_t a = const_eval(c, n->a);
        if (a == OBJ_NULL || !obj_is_int(a))
            return OBJ_NULL;
        static const uint8_t ops[] = {0, UOP_NOT, UOP_NEG, UOP_POS, UOP_INVERT};
        return unary_op(ops[n->op], a);
    }
    case AST_BINOP: {
        obj_t a = const_eval(c, n->a), b = a ? const_eval(c, n->b) : OBJ_NULL;
        if (!a || !b || !obj_is_int(a) || !obj_is_int(b))
            return OBJ_NULL;
        static const uint8_t ops[] = {0, BOP_ADD, BOP_SUB, BOP_MUL, 0, 0, BOP_FLOORDIV, BOP_MOD, BOP_POW,
                                      BOP_LSHIFT, BOP_RSHIFT, BOP_OR, BOP_XOR, BOP_AND};
        if (n->op >= sizeof(ops) || ops[n->op] == 0)
            return OBJ_NULL;
        if ((n->op == AST_OP_FLOORDIV || n->op == AST_OP_MOD) && obj_equal(b, obj_new_small_int(0)))
            return OBJ_NULL;
        if (n->op == AST_OP_POW && !(obj_is_small_int(b) && obj_small_int_value(b) >= 0 &&
                                     obj_small_int_value(b) < 256))
            return OBJ_NULL;
        if ((n->op == AST_OP_LSHIFT) && !(obj_is_small_int(b) && obj_small_int_value(b) >= 0 &&
                                          obj_small_int_value(b) < 1024))
            return OBJ_NULL;
        return binary_op(ops[n->op], a, b);
    }
    default:
        return OBJ_NULL;
    }
}

static bool compile_const_assign(compiler_t *c, const ast_t *n)
{
    if (c->u->scope->kind != SCOPE_MODULE || n->l1->n != 1 || n->l1->items[0]->kind != AST_NAME)
        return false;
    const ast_t *v = n->a;
    if (v->kind != AST_CALL || v->a->kind != AST_NAME || !v->l1 || v->l1->n != 1 || (v->l2 && v->l2->n))
        return false;
    if (q_of(v->a->name) != Q_const)
        return false;
    obj_t value = const_eval(c, v->l1->items[0]);
    if (value == OBJ_NULL)
        return false;
    const ast_t *t = n->l1->items[0];
    qstr name = q_of(t->name);
    dict_store(c->consts, obj_new_qstr(name), value);
    if (t->name.len && t->name.s[0] == '_')
        return true;
    set_line(c, n);
    emit_load_const(E(c), value);
    emit_name(c, name, AST_CTX_STORE);
    return true;
}

/* ---- units ---- */

/* CPython's __qualname__ for a definition named name in the current unit. */
static qstr make_qualname(compiler_t *c, qstr name)
{
    unit_t *p = c->u;
    if (!p || p->scope->kind == SCOPE_MODULE)
        return name;
    size_t pl, nl;
    const char *ps = qstr_data(p->qualname, &pl);
    const char *ns = qstr_data(name, &nl);
    bool is_class = p->scope->kind == SCOPE_CLASS;
    vstr_t v;
    vstr_init(&v, pl + nl + 10);
    vstr_add_strn(&v, ps, pl);
    vstr_add_str(&v, is_class ? "." : ".<locals>.");
    vstr_add_strn(&v, ns, nl);
    return qstr_from_strn(v.buf, v.len);
}

static void unit_push(compiler_t *c, unit_t *u, scope_t *s, uint32_t line)
{
    qstr qualname = s->kind == SCOPE_MODULE ? s->name : make_qualname(c, s->name);
    memset(u, 0, sizeof(*u));
    u->qualname = qualname;
    u->prev = c->u;
    u->scope = s;
    emit_init(&u->e, line);
    c->u = u;
}

static code_t *unit_pop(compiler_t *c, qstr name, uint32_t first_line)
{
    unit_t *u = c->u;
    const scope_t *s = u->scope;
    code_t *code = emit_finish(&u->e);
    code->name = name;
    code->qualname = u->qualname;
    code->filename = c->filename;
    code->first_line = first_line;
    code->n_slots = s->n_slots;
    code->n_posargs = s->n_params;
    code->n_posonly = s->n_posonly;
    code->n_kwonly = s->n_kwonly;
    code->n_free = s->n_free;
    code->n_cells = s->n_cells;
    uint16_t flags = 0;
    if (s->flags & SCOPEF_VARARGS)
        flags |= CODE_VARARGS;
    if (s->flags & SCOPEF_VARKW)
        flags |= CODE_VARKW;
    if ((s->flags & SCOPEF_GENERATOR) && (s->flags & SCOPEF_COROUTINE))
        flags |= CODE_ASYNC_GENERATOR;
    else if (s->flags & SCOPEF_GENERATOR)
        flags |= CODE_GENERATOR;
    else if (s->flags & SCOPEF_COROUTINE)
        flags |= CODE_COROUTINE;
    if (s->kind == SCOPE_FUNCTION || s->kind == SCOPE_LAMBDA || s->kind == SCOPE_COMPREHENSION)
        flags |= CODE_NEWLOCALS;
    if (s->kind == SCOPE_CLASS)
        flags |= CODE_CLASS_BODY;
    code->flags = flags;
    qstr *names = mem_alloc_noscan((s->n_slots + 1) * sizeof(qstr));
    uint16_t *cells = mem_alloc_noscan((s->n_cells + 1) * sizeof(uint16_t));
    size_t nc = 0;
    for (size_t i = 0; i < s->n_syms; i++) {
        const sym_t *sym = &s->syms[i];
        bool has_slot = sym->kind == SYM_CELL || sym->kind == SYM_FREE || (sym->flags & SYMF_CLASS_FREE) ||
                        (sym->kind == SYM_LOCAL && (flags & CODE_NEWLOCALS));
        if (!has_slot)
            continue;
        names[sym->slot] = sym->name;
        if (sym->kind == SYM_CELL)
            cells[nc++] = sym->slot;
    }
    code->slot_names = names;
    code->cell_slots = cells;
    code->n_cells = (uint16_t)nc;
    c->u = u->prev;
    return code;
}

#include "compile_expr.c.h"

#include "compile_def.c.h"

#include "compile_block.c.h"

#include "compile_stmt.c.h"

/* ---- entry point ---- */

static void *chunk_alloc(void *ctx, size_t n)
{
    (void)ctx;
    return mem_alloc(n);
}

obj_t compile_source(const char *src, size_t len, qstr filename, int mode, bool is_repl)
{
    arena_t arena;
    arena_init(&arena, chunk_alloc, NULL);
    ast_t *root = NULL;
    parse_error_t perr;
    int pr = parser_parse(&arena, src, len, mode, &root, &perr);
    if (is_repl && perr.incomplete) {
        obj_t exc = syntax_error_new(&type_SyntaxError, filename, perr.line, perr.col, "incomplete input", src);
        store_attr(exc, Q__incomplete, OBJ_TRUE);
        raise_obj(exc);
    }
    if (pr != 0) {
        if (perr.kind == PARSE_ERR_MEMORY)
            raise_memory_error();
        const type_t *t = perr.kind == PARSE_ERR_INDENT ? &type_IndentationError
                        : perr.kind == PARSE_ERR_TAB    ? &type_TabError
                                                        : &type_SyntaxError;
        raise_syntax_error(t, filename, perr.line, perr.col, perr.msg, src);
    }
    scope_error_t serr;
    scope_t *top = scope_build(root, mode, &serr);
    if (!top)
        raise_syntax_error(&type_SyntaxError, filename, serr.line, serr.col, serr.msg, src);
    compiler_t c = {NULL, obj_new_dict(0), QSTR_NULL, filename, is_repl, src};
    unit_t u;
    unit_push(&c, &u, top, 1);
    if (mode == PARSE_EVAL) {
        compile_expr(&c, root);
    } else {
        const ast_t *doc = mode == PARSE_FILE ? docstring(root->l1) : NULL;
        if (doc) {
            emit_load_const(E(&c), const_value(&c, doc));
            emit_op_arg(E(&c), BC_STORE_NAME, Q___doc__);
        }
        setup_annotations(&c, root->l1);
        compile_body(&c, root->l1);
        emit_op(E(&c), BC_LOAD_NONE);
    }
    emit_op(E(&c), BC_RETURN_VALUE);
    code_t *code = unit_pop(&c, Q__lt_module_gt_, 1);
    return fun_new(code, OBJ_NULL, OBJ_NULL, OBJ_NULL, NULL);
}

QSTR_SPECIAL(Q__incomplete, "_incomplete");

