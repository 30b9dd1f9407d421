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

/* ---- blocks ---- */

static fblock_t *fb_push(compiler_t *c, const ast_t *n, fb_kind_t kind, size_t n_handlers)
{
    unit_t *u = c->u;
    if (u->n_fb >= MAX_FBLOCKS)
        error_at(c, n, "too many statically nested blocks");
    fblock_t *fb = &u->fb[u->n_fb++];
    memset(fb, 0, sizeof(*fb));
    fb->kind = kind;
    fb->node = n;
    fb->n_handlers = n_handlers;
    return fb;
}

static void fb_pop(compiler_t *c)
{
    c->u->n_fb--;
}

static void clear_name(compiler_t *c, qstr name)
{
    emit_op(E(c), BC_LOAD_NONE);
    emit_name(c, name, AST_CTX_STORE);
    emit_name(c, name, AST_CTX_DEL);
}

/* Emit the cleanup for leaving fb early. preserve_tos: a return value sits
 * on top of the stack and must stay there. */
static void unwind_block(compiler_t *c, fblock_t *fb, bool preserve_tos)
{
    emit_t *e = E(c);
    switch (fb->kind) {
    case FB_LOOP:
        return;
    case FB_FOR:
        if (preserve_tos)
            emit_op(e, BC_ROT_TWO);
        emit_op(e, BC_POP_TOP);
        return;
    case FB_TRY_FINALLY:
        /* the caller has popped this block and its handler */
        compile_body(c, fb->node->l4);
        return;
    case FB_FINALLY_END:
        if (preserve_tos)
            emit_op(e, BC_ROT_THREE);
        emit_op(e, BC_POP_TOP);
        emit_op(e, BC_POP_EXCEPT);
        return;
    case FB_HANDLER:
        if (preserve_tos)
            emit_op(e, BC_ROT_TWO);
        emit_op(e, BC_POP_EXCEPT);
        if (fb->name)
            clear_name(c, fb->name);
        return;
    case FB_WITH:
    case FB_ASYNC_WITH:
        if (preserve_tos)
            emit_op(e, BC_ROT_TWO);
        if (fb->kind == FB_WITH) {
            emit_op(e, BC_WITH_EXIT);
        } else {
            emit_op(e, BC_ASYNC_WITH_EXIT);
            emit_op(e, BC_GET_AWAITABLE);
            emit_op(e, BC_LOAD_NONE);
            emit_op(e, BC_YIELD_FROM);
            emit_op(e, BC_POP_TOP);
            emit_op(e, BC_POP_TOP);
        }
        return;
    }
}

/* Unwind blocks down to (not including) the innermost loop, or all blocks
 * when stop_at_loop is false. Returns the loop block or NULL. The blocks
 * are restored afterwards because the code after the jump still runs in
 * them. */
static fblock_t *unwind(compiler_t *c, bool stop_at_loop, bool preserve_tos)
{
    unit_t *u = c->u;
    int n = u->n_fb;
    fblock_t *loop = NULL;
    /* with/handler blocks drop stack items; track them so later blocks see
     * the right depth, then restore the depth for the code that follows */
    emit_t *e = E(c);
    int depth = e->depth;
    emit_handler_t *saved = emit_handlers_save(e);
    size_t n_saved = e->n_handlers;
    for (int i = n - 1; i >= 0; i--) {
        fblock_t *fb = &u->fb[i];
        if (stop_at_loop && (fb->kind == FB_LOOP || fb->kind == FB_FOR)) {
            loop = fb;
            break;
        }
        /* the cleanup runs outside the block: its handlers are gone */
        emit_handlers_truncate(e, fb->n_handlers);
        fblock_t copy = *fb;
        u->n_fb = i;
        unwind_block(c, &copy, preserve_tos);
        u->n_fb = n;
    }
    emit_handlers_restore(e, saved, n_saved);
    e->depth = depth;
    return loop;
}

/* ---- expressions ---- */

static void compile_seq(compiler_t *c, const ast_seq_t *l)
{
    for (size_t i = 0; l && i < l->n; i++)
        compile_expr(c, l->items[i]);
}

static bool has_starred(const ast_seq_t *l)
{
    for (size_t i = 0; l && i < l->n; i++)
        if (l->items[i]->kind == AST_STARRED)
            return true;
    return false;
}

/* Builds a list from elements that may include *x. */
static void compile_starred_list(compiler_t *c, const ast_seq_t *l)
{
    emit_op_arg(E(c), BC_BUILD_LIST, 0);
    for (size_t i = 0; l && i < l->n; i++) {
        const ast_t *it = l->items[i];
        if (it->kind == AST_STARRED) {
            compile_expr(c, it->a);
            emit_op_arg(E(c), BC_LIST_EXTEND, 1);
        } else {
            compile_expr(c, it);
            emit_op_arg(E(c), BC_LIST_APPEND, 1);
        }
    }
}

static void compile_display(compiler_t *c, const ast_t *n)
{
    emit_t *e = E(c);
    size_t cnt = n->l1 ? n->l1->n : 0;
    if (n->kind == AST_SET && has_starred(n->l1)) {
        emit_op_arg(e, BC_BUILD_SET, 0);
        for (size_t i = 0; i < cnt; i++) {
            const ast_t *it = n->l1->items[i];
            if (it->kind == AST_STARRED) {
                compile_expr(c, it->a);
                emit_op_arg(e, BC_SET_UPDATE, 1);
            } else {
                compile_expr(c, it);
                emit_op_arg(e, BC_SET_ADD, 1);
            }
        }
        return;
    }
    if (n->kind == AST_SET && cnt > 2) {
        /* CPython builds a constant set display from a frozenset constant,
           which fixes its iteration order; do the same */
        bool all_const = true;
        for (size_t i = 0; i < cnt && all_const; i++)
            all_const = n->l1->items[i]->kind == AST_CONST;
        if (all_const) {
            obj_t *vals = mem_alloc(cnt * sizeof(obj_t));
            for (size_t i = 0; i < cnt; i++)
                vals[i] = const_value(c, n->l1->items[i]);
            emit_op_arg(e, BC_BUILD_SET, 0);
            emit_op_arg(e, BC_LOAD_CONST, emit_const_index(e, obj_set_const_frozenset(cnt, vals)));
            emit_op_arg(e, BC_SET_UPDATE, 1);
            return;
        }
    }
    if (has_starred(n->l1)) {
        compile_starred_list(c, n->l1);
        if (n->kind == AST_TUPLE)
            emit_op(e, BC_LIST_TO_TUPLE);
        return;
    }
    compile_seq(c, n->l1);
    emit_op_arg(e, n->kind == AST_TUPLE ? BC_BUILD_TUPLE : n->kind == AST_LIST ? BC_BUILD_LIST : BC_BUILD_SET, cnt);
}

static void compile_dict(compiler_t *c, const ast_t *n)
{
    emit_t *e = E(c);
    size_t cnt = n->l1 ? n->l1->n : 0;
    bool has_splat = false;
    for (size_t i = 0; i < cnt; i++)
        if (n->l1->items[i] == NULL)
            has_splat = true;
    if (!has_splat) {
        for (size_t i = 0; i < cnt; i++) {
            compile_expr(c, n->l1->items[i]);
            compile_expr(c, n->l2->items[i]);
        }
        emit_op_arg(e, BC_BUILD_MAP, cnt);
        return;
    }
    emit_op_arg(e, BC_BUILD_MAP, 0);
    for (size_t i = 0; i < cnt; i++) {
        if (n->l1->items[i] == NULL) {
            compile_expr(c, n->l2->items[i]);
            emit_op_arg(e, BC_DICT_UPDATE, 1);
        } else {
            compile_expr(c, n->l1->items[i]);
            compile_expr(c, n->l2->items[i]);
            emit_op_arg(e, BC_MAP_ADD, 1);
        }
    }
}

static void compile_jump_if(compiler_t *c, const ast_t *n, bool cond, uint32_t label);

static void compile_compare(compiler_t *c, const ast_t *n)
{
    emit_t *e = E(c);
    static const uint8_t cmp_ops[] = {0, BOP_LT, BOP_GT, BOP_EQ, BOP_NE, BOP_LE, BOP_GE,
                                      BOP_IN, BOP_NOT_IN, BOP_IS, BOP_IS_NOT};
    compile_expr(c, n->a);
    size_t cnt = n->l1->n;
    if (cnt == 1) {
        compile_expr(c, n->l1->items[0]->a);
        emit_op_arg(e, BC_COMPARE_OP, cmp_ops[n->l1->items[0]->op]);
        return;
    }
    uint32_t cleanup = emit_label_new(e), end = emit_label_new(e);
    for (size_t i = 0; i < cnt; i++) {
        const ast_t *item = n->l1->items[i];
        compile_expr(c, item->a);
        if (i + 1 < cnt) {
            emit_op(e, BC_DUP_TOP);
            emit_op(e, BC_ROT_THREE);
            emit_op_arg(e, BC_COMPARE_OP, cmp_ops[item->op]);
            emit_jump(e, BC_JUMP_IF_FALSE_OR_POP, cleanup);
        } else {
            emit_op_arg(e, BC_COMPARE_OP, cmp_ops[item->op]);
        }
    }
    emit_jump(e, BC_JUMP, end);
    emit_label_place(e, cleanup);
    /* here: left-over operand under the false result */
    emit_adjust(e, 1);
    emit_op(e, BC_ROT_TWO);
    emit_op(e, BC_POP_TOP);
    emit_label_place(e, end);
}

static void compile_boolop(compiler_t *c, const ast_t *n)
{
    emit_t *e = E(c);
    uint32_t end = emit_label_new(e);
    bc_op_t op = n->op == AST_BOOL_AND ? BC_JUMP_IF_FALSE_OR_POP : BC_JUMP_IF_TRUE_OR_POP;
    for (size_t i = 0; i < n->l1->n; i++) {
        compile_expr(c, n->l1->items[i]);
        if (i + 1 < n->l1->n)
            emit_jump(e, op, end);
    }
    emit_label_place(e, end);
}

/* Jump to label when the truth of n equals cond; falls through otherwise. */
static void compile_jump_if(compiler_t *c, const ast_t *n, bool cond, uint32_t label)
{
    emit_t *e = E(c);
    if (n->kind == AST_UNARY && n->op == AST_UOP_NOT) {
        compile_jump_if(c, n->a, !cond, label);
        return;
    }
    if (n->kind == AST_BOOLOP) {
        bool is_and = n->op == AST_BOOL_AND;
        if (is_and != cond) {
            /* and/false or or/true: any operand decides */
            for (size_t i = 0; i < n->l1->n; i++)
                compile_jump_if(c, n->l1->items[i], cond, label);
        } else {
            uint32_t skip = emit_label_new(e);
            for (size_t i = 0; i + 1 < n->l1->n; i++)
                compile_jump_if(c, n->l1->items[i], !cond, skip);
            compile_jump_if(c, n->l1->items[n->l1->n - 1], cond, label);
            emit_label_place(e, skip);
        }
        return;
    }
    if (n->kind == AST_CONST && (n->op == AST_CONST_TRUE || n->op == AST_CONST_FALSE || n->op == AST_CONST_NONE)) {
        bool v = n->op == AST_CONST_TRUE;
        if (v == cond)
            emit_jump(e, BC_JUMP, label);
        return;
    }
    compile_expr(c, n);
    emit_jump(e, cond ? BC_POP_JUMP_IF_TRUE : BC_POP_JUMP_IF_FALSE, label);
}

static void compile_ifexp(compiler_t *c, const ast_t *n)
{
    emit_t *e = E(c);
    uint32_t l_else = emit_label_new(e), end = emit_label_new(e);
    compile_jump_if(c, n->a, false, l_else);
    compile_expr(c, n->b);
    emit_jump(e, BC_JUMP, end);
    emit_adjust(e, -1);
    emit_label_place(e, l_else);
    compile_expr(c, n->c);
    emit_label_place(e, end);
}

/* Arguments of a call after the callee (and self slot) are on the stack.
 * Returns the CALL_FUNCTION operand, or -1 when CALL_FUNCTION_EX was used
 * (then the args tuple and kwargs dict are on the stack instead). */
static intptr_t compile_call_args(compiler_t *c, const ast_t *n, size_t extra_pos)
{
    emit_t *e = E(c);
    const ast_seq_t *args = n->l1, *kws = n->l2;
    bool ex = has_starred(args);
    for (size_t i = 0; kws && i < kws->n; i++)
        if (kws->items[i]->name.len == 0)
            ex = true;
    size_t n_args = args ? args->n : 0, n_kw = kws ? kws->n : 0;
    if (!ex && n_args + extra_pos < 256 && n_kw < 256) {
        compile_seq(c, args);
        for (size_t i = 0; i < n_kw; i++) {
            emit_load_const(e, obj_new_qstr(q_raw(kws->items[i]->name)));
            compile_expr(c, kws->items[i]->a);
        }
        return (intptr_t)((n_args + extra_pos) | (n_kw << 8));
    }
    compile_starred_list(c, args);
    emit_op(e, BC_LIST_TO_TUPLE);
    if (n_kw == 0)
        return -1;
    emit_op_arg(e, BC_BUILD_MAP, 0);
    for (size_t i = 0; i < n_kw; i++) {
        const ast_t *kw = kws->items[i];
        if (kw->name.len == 0) {
            compile_expr(c, kw->a);
            emit_op_arg(e, BC_DICT_MERGE, 1);
        } else {
            emit_load_const(e, obj_new_qstr(q_raw(kw->name)));
            compile_expr(c, kw->a);
            emit_op_arg(e, BC_MAP_ADD, 1);
        }
    }
    return -2;
}

static void check_repeated_keywords(compiler_t *c, const ast_t *n)
{
    const ast_seq_t *kws = n->l2;
    for (size_t i = 0; kws && i < kws->n; i++) {
        ast_str_t a = kws->items[i]->name;
        for (size_t j = 0; a.len && j < i; j++) {
            ast_str_t b = kws->items[j]->name;
            if (b.len == a.len && memcmp(a.s, b.s, a.len) == 0) {
                vstr_t v;
                vstr_init(&v, 40);
                vstr_add_str(&v, "keyword argument repeated: ");
                vstr_add_strn(&v, a.s, a.len);
                vstr_add_char(&v, '\0');
                error_at(c, kws->items[i], v.buf);
            }
        }
    }
}

static void compile_call(compiler_t *c, const ast_t *n)
{
    emit_t *e = E(c);
    check_repeated_keywords(c, n);
    const ast_t *f = n->a;
    if (f->kind == AST_ATTR && !has_starred(n->l1)) {
        bool kw_splat = false;
        for (size_t i = 0; n->l2 && i < n->l2->n; i++)
            if (n->l2->items[i]->name.len == 0)
                kw_splat = true;
        if (!kw_splat) {
            compile_expr(c, f->a);
            set_line(c, n);
            emit_op_arg(e, BC_LOAD_METHOD, q_of(f->name));
            intptr_t arg = compile_call_args(c, n, 0);
            set_line(c, n);
            emit_op_arg(e, BC_CALL_METHOD, (uintptr_t)arg);
            return;
        }
    }
    compile_expr(c, f);
    intptr_t arg = compile_call_args(c, n, 0);
    set_line(c, n);
    if (arg >= 0)
        emit_op_arg(e, BC_CALL_FUNCTION, (uintptr_t)arg);
    else
        emit_op_arg(e, BC_CALL_FUNCTION_EX, arg == -2);
}

static void compile_slice_part(compiler_t *c, const ast_t *n)
{
    if (n)
        compile_expr(c, n);
    else
        emit_op(E(c), BC_LOAD_NONE);
}

static void compile_subscript_index(compiler_t *c, const ast_t *idx)
{
    if (idx->kind == AST_SLICE) {
        compile_slice_part(c, idx->a);
        compile_slice_part(c, idx->b);
        if (idx->c) {
            compile_expr(c, idx->c);
            emit_op_arg(E(c), BC_BUILD_SLICE, 3);
        } else {
            emit_op_arg(E(c), BC_BUILD_SLICE, 2);
        }
        return;
    }
    compile_expr(c, idx);
}

static void compile_fstring(compiler_t *c, const ast_t *n)
{
    emit_t *e = E(c);
    size_t cnt = n->l1 ? n->l1->n : 0;
    for (size_t i = 0; i < cnt; i++) {
        const ast_t *p = n->l1->items[i];
        if (p->kind != AST_FORMATTED) {
            compile_expr(c, p);
            continue;
        }
        compile_expr(c, p->a);
        unsigned flags = p->op == 'r' ? 1 : p->op == 's' ? 2 : p->op == 'a' ? 3 : 0;
        if (p->b) {
            compile_fstring(c, p->b);
            flags |= 4;
        }
        emit_op_arg(e, BC_FORMAT_VALUE, flags);
    }
    if (cnt == 0)
        emit_load_const(e, obj_new_qstr(Q_empty));
    else if (cnt > 1 || n->l1->items[0]->kind != AST_FORMATTED)
        emit_op_arg(e, BC_BUILD_STRING, cnt);
}

static void compile_function_like(compiler_t *c, const ast_t *n, const ast_t *args, qstr name);
static void compile_comprehension(compiler_t *c, const ast_t *n);

static void compile_yield_from_value(compiler_t *c)
{
    emit_op(E(c), BC_LOAD_NONE);
    emit_op(E(c), BC_YIELD_FROM);
}

static void compile_expr(compiler_t *c, const ast_t *n)
{
    emit_t *e = E(c);
    runtime_check_stack();
    uint32_t saved_line = e->line;
    set_line(c, n);
    switch (n->kind) {
    case AST_CONST:
        emit_load_const(e, const_value(c, n));
        break;
    case AST_NAME: {
        qstr q = q_of(n->name);
        obj_t k = const_lookup(c, q);
        if (k != OBJ_NULL)
            emit_load_const(e, k);
        else
            emit_name(c, q, AST_CTX_LOAD);
        break;
    }
    case AST_ATTR:
        compile_expr(c, n->a);
        set_line(c, n);
        emit_op_arg(e, BC_LOAD_ATTR, q_of(n->name));
        break;
    case AST_SUBSCR:
        compile_expr(c, n->a);
        compile_subscript_index(c, n->b);
        set_line(c, n);
        emit_op(e, BC_LOAD_SUBSCR);
        break;
    case AST_SLICE:
        compile_subscript_index(c, n);
        break;
    case AST_TUPLE:
    case AST_LIST:
    case AST_SET:
        compile_display(c, n);
        break;
    case AST_DICT:
        compile_dict(c, n);
        break;
    case AST_BINOP: {
        static const uint8_t ops[] = {0, BOP_ADD, BOP_SUB, BOP_MUL, BOP_MATMUL, BOP_TRUEDIV,
                                      BOP_FLOORDIV, BOP_MOD, BOP_POW, BOP_LSHIFT, BOP_RSHIFT,
                                      BOP_OR, BOP_XOR, BOP_AND};
        compile_expr(c, n->a);
        compile_expr(c, n->b);
        set_line(c, n);
        emit_op_arg(e, BC_BINARY_OP, ops[n->op]);
        break;
    }
    case AST_UNARY: {
        static const uint8_t ops[] = {0, UOP_NOT, UOP_NEG, UOP_POS, UOP_INVERT};
        compile_expr(c, n->a);
        emit_op_arg(e, BC_UNARY_OP, ops[n->op]);
        break;
    }
    case AST_BOOLOP:
        compile_boolop(c, n);
        break;
    case AST_COMPARE:
        compile_compare(c, n);
        break;
    case AST_CALL:
        compile_call(c, n);
        break;
    case AST_IFEXP:
        compile_ifexp(c, n);
        break;
    case AST_LAMBDA:
        compile_function_like(c, n, n->b, Q__lt_lambda_gt_);
        break;
    case AST_NAMEDEXPR:
        compile_expr(c, n->b);
        emit_op(e, BC_DUP_TOP);
        compile_store(c, n->a);
        break;
    case AST_LISTCOMP:
    case AST_SETCOMP:
    case AST_GENEXP:
    case AST_DICTCOMP:
        compile_comprehension(c, n);
        break;
    case AST_YIELD:
        if (n->a)
            compile_expr(c, n->a);
        else
            emit_op(e, BC_LOAD_NONE);
        emit_op(e, BC_YIELD_VALUE);
        break;
    case AST_YIELDFROM:
        compile_expr(c, n->a);
        emit_op(e, BC_GET_ITER);
        compile_yield_from_value(c);
        break;
    case AST_AWAIT:
        compile_expr(c, n->a);
        emit_op(e, BC_GET_AWAITABLE);
        compile_yield_from_value(c);
        break;
    case AST_JOINEDSTR:
        compile_fstring(c, n);
        break;
    case AST_STARRED:
        error_at(c, n, "can't use starred expression here");
    default:
        error_at(c, n, "invalid syntax");
    }
    e->line = saved_line;
}

/* ---- stores ---- */

static void compile_unpack_target(compiler_t *c, const ast_t *t)
{
    emit_t *e = E(c);
    const ast_seq_t *l = t->l1;
    size_t cnt = l ? l->n : 0, star = SIZE_MAX;
    for (size_t i = 0; i < cnt; i++)
        if (l->items[i]->kind == AST_STARRED) {
            if (star != SIZE_MAX)
                error_at(c, l->items[i], "multiple starred expressions in assignment");
            star = i;
        }
    if (star == SIZE_MAX) {
        emit_op_arg(e, BC_UNPACK_SEQUENCE, cnt);
    } else {
        if (star >= 256 || cnt - star - 1 >= 256)
            error_at(c, t, "too many expressions in star-unpacking assignment");
        emit_op_arg(e, BC_UNPACK_EX, star | ((cnt - star - 1) << 8));
    }
    for (size_t i = 0; i < cnt; i++) {
        const ast_t *it = l->items[i];
        compile_store(c, it->kind == AST_STARRED ? it->a : it);
    }
}

static void compile_store(compiler_t *c, const ast_t *t)
{
    emit_t *e = E(c);
    set_line(c, t);
    switch (t->kind) {
    case AST_NAME:
        emit_name(c, q_of(t->name), AST_CTX_STORE);
        return;
    case AST_ATTR:
        compile_expr(c, t->a);
        emit_op_arg(e, BC_STORE_ATTR, q_of(t->name));
        return;
    case AST_SUBSCR:
        compile_expr(c, t->a);
        compile_subscript_index(c, t->b);
        emit_op(e, BC_STORE_SUBSCR);
        return;
    case AST_TUPLE:
    case AST_LIST:
        compile_unpack_target(c, t);
        return;
    case AST_STARRED:
        error_at(c, t, "starred assignment target must be in a list or tuple");
    default:
        error_at(c, t, "cannot assign to expression");
    }
}

static void compile_delete(compiler_t *c, const ast_t *t)
{
    emit_t *e = E(c);
    set_line(c, t);
    switch (t->kind) {
    case AST_NAME:
        emit_name(c, q_of(t->name), AST_CTX_DEL);
        return;
    case AST_ATTR:
        compile_expr(c, t->a);
        emit_op_arg(e, BC_DELETE_ATTR, q_of(t->name));
        return;
    case AST_SUBSCR:
        compile_expr(c, t->a);
        compile_subscript_index(c, t->b);
        emit_op(e, BC_DELETE_SUBSCR);
        return;
    case AST_TUPLE:
    case AST_LIST:
        for (size_t i = 0; t->l1 && i < t->l1->n; i++)
            compile_delete(c, t->l1->items[i]);
        return;
    default:
        error_at(c, t, "cannot delete expression");
    }
}

/* ---- functions, classes, comprehensions ---- */

/* Pushes the closure tuple for child scope cs; returns true if it has one. */
static bool compile_closure(compiler_t *c, const scope_t *cs)
{
    if (cs->n_free == 0)
        return false;
    const scope_t *s = c->u->scope;
    size_t cnt = 0;
    /* free variables in the child's slot order */
    for (uint16_t slot = (uint16_t)(cs->n_slots - cs->n_free); slot < cs->n_slots; slot++) {
        for (size_t i = 0; i < cs->n_syms; i++) {
            const sym_t *fs = &cs->syms[i];
            if ((fs->kind != SYM_FREE && !(fs->flags & SYMF_CLASS_FREE)) || fs->slot != slot)
                continue;
            const sym_t *mine = scope_lookup(s, fs->name);
            if (!mine || (mine->kind != SYM_CELL && mine->kind != SYM_FREE && !(mine->flags & SYMF_CLASS_FREE)))
                raise_msg(&type_SystemError, "compiler: closure variable not found");
            emit_op_arg(E(c), BC_LOAD_CLOSURE, mine->slot);
            cnt++;
        }
    }
    emit_op_arg(E(c), BC_BUILD_TUPLE, cnt);
    return true;
}

/* Defaults tuple and kw-defaults dict; returns MAKE_FUNCTION flag bits. */
static unsigned compile_defaults(compiler_t *c, const ast_t *args)
{
    unsigned flags = 0;
    if (!args)
        return 0;
    size_t nd = 0;
    for (size_t i = 0; args->l1 && i < args->l1->n; i++)
        if (args->l1->items[i]->a) {
            compile_expr(c, args->l1->items[i]->a);
            nd++;
        }
    if (nd) {
        emit_op_arg(E(c), BC_BUILD_TUPLE, nd);
        flags |= 1;
    }
    size_t nk = 0;
    for (size_t i = 0; args->l2 && i < args->l2->n; i++) {
        const ast_t *a = args->l2->items[i];
        if (a->a) {
            emit_load_const(E(c), obj_new_qstr(q_of(a->name)));
            compile_expr(c, a->a);
            nk++;
        }
    }
    if (nk) {
        emit_op_arg(E(c), BC_BUILD_MAP, nk);
        flags |= 2;
    }
    return flags;
}

/* The __annotations__ dict of a def; returns the MAKE_FUNCTION flag bit. */
static unsigned compile_annotations(compiler_t *c, const ast_t *n)
{
    const ast_t *args = n->b;
    size_t cnt = 0;
    const ast_t *params[4] = {NULL, NULL, NULL, NULL};
    if (args) {
        params[0] = args->a;
        params[1] = args->b;
    }
    for (int k = 0; args && k < 2; k++) {
        const ast_seq_t *l = k ? args->l2 : args->l1;
        for (size_t i = 0; l && i < l->n; i++)
            if (l->items[i]->b) {
                emit_load_const(E(c), obj_new_qstr(q_of(l->items[i]->name)));
                compile_expr(c, l->items[i]->b);
                cnt++;
            }
        if (k == 0 && params[0] && params[0]->b) {
            emit_load_const(E(c), obj_new_qstr(q_of(params[0]->name)));
            compile_expr(c, params[0]->b);
            cnt++;
        }
    }
    if (params[1] && params[1]->b) {
        emit_load_const(E(c), obj_new_qstr(q_of(params[1]->name)));
        compile_expr(c, params[1]->b);
        cnt++;
    }
    if (n->c) {
        emit_load_const(E(c), obj_new_qstr(Q_return));
        compile_expr(c, n->c);
        cnt++;
    }
    if (cnt == 0)
        return 0;
    emit_op_arg(E(c), BC_BUILD_MAP, cnt);
    return 8;
}

static void make_function(compiler_t *c, code_t *code, const scope_t *cs, unsigned flags)
{
    if (compile_closure(c, cs))
        flags |= 4;
    emit_op_arg(E(c), BC_LOAD_CONST, emit_const_index(E(c), code));
    emit_op_arg(E(c), BC_MAKE_FUNCTION, flags);
}

/* Whether a body has annotated assignments (outside nested defs), so it
 * needs an __annotations__ dict. */
static bool has_annassign(const ast_seq_t *body)
{
    for (size_t i = 0; body && i < body->n; i++) {
        const ast_t *s = body->items[i];
        if (s->kind == AST_ANNASSIGN)
            return true;
        if (s->kind == AST_FUNCDEF || s->kind == AST_CLASSDEF)
            continue;
        if (has_annassign(s->l1) || has_annassign(s->l2) || has_annassign(s->l3) || has_annassign(s->l4))
            return true;
    }
    return false;
}

static void setup_annotations(compiler_t *c, const ast_seq_t *body)
{
    if (has_annassign(body)) {
        emit_op_arg(E(c), BC_BUILD_MAP, 0);
        emit_op_arg(E(c), BC_STORE_NAME, Q___annotations__);
    }
}

/* The docstring of a body (its first statement, a string constant). */
static const ast_t *docstring(const ast_seq_t *body)
{
    if (!body || body->n == 0)
        return NULL;
    const ast_t *s = body->items[0];
    if (s->kind == AST_EXPR && s->a->kind == AST_CONST && s->a->op == AST_CONST_STR)
        return s->a;
    return NULL;
}

static bool body_ends_with_return(const ast_seq_t *body)
{
    return body && body->n && body->items[body->n - 1]->kind == AST_RETURN;
}

static void compile_function_like(compiler_t *c, const ast_t *n, const ast_t *args, qstr name)
{
    scope_t *cs = scope_find(c->u->scope, n);
    if (!cs)
        raise_msg(&type_SystemError, "compiler: scope not found");
    unsigned flags = compile_defaults(c, args);
    if (n->kind == AST_FUNCDEF)
        flags |= compile_annotations(c, n);
    unit_t u;
    unit_push(c, &u, cs, n->line);
    if (n->kind == AST_LAMBDA) {
        compile_expr(c, n->a);
        if (cs->flags & SCOPEF_GENERATOR)
            emit_op(E(c), BC_POP_TOP), emit_op(E(c), BC_LOAD_NONE);
        emit_op(E(c), BC_RETURN_VALUE);
    } else {
        compile_body(c, n->l1);
        if (!body_ends_with_return(n->l1)) {
            emit_op(E(c), BC_LOAD_NONE);
            emit_op(E(c), BC_RETURN_VALUE);
        }
    }
    code_t *code = unit_pop(c, name, n->line);
    const ast_t *doc = n->kind == AST_FUNCDEF ? docstring(n->l1) : NULL;
    code->doc = doc ? const_value(c, doc) : OBJ_NONE;
    make_function(c, code, cs, flags);
}

static void compile_funcdef(compiler_t *c, const ast_t *n)
{
    compile_seq(c, n->l2);
    qstr name = q_of(n->name);
    compile_function_like(c, n, n->b, q_raw(n->name));
    for (size_t i = 0; n->l2 && i < n->l2->n; i++)
        emit_op_arg(E(c), BC_CALL_FUNCTION, 1);
    emit_name(c, name, AST_CTX_STORE);
}

static void compile_classdef(compiler_t *c, const ast_t *n)
{
    emit_t *e = E(c);
    compile_seq(c, n->l4);
    qstr name = q_of(n->name);
    scope_t *cs = scope_find(c->u->scope, n);
    emit_op(e, BC_LOAD_BUILD_CLASS);
    unit_t u;
    qstr outer_cls = c->cls;
    unit_push(c, &u, cs, n->line);
    c->cls = q_raw(n->name);
    emit_op_arg(E(c), BC_LOAD_NAME, Q___name__);
    emit_op_arg(E(c), BC_STORE_NAME, Q___module__);
    emit_load_const(E(c), obj_new_qstr(c->u->qualname));
    emit_op_arg(E(c), BC_STORE_NAME, Q___qualname__);
    const ast_t *doc = docstring(n->l3);
    emit_load_const(E(c), doc ? const_value(c, doc) : OBJ_NONE);
    emit_op_arg(E(c), BC_STORE_NAME, Q___doc__);
    setup_annotations(c, n->l3);
    compile_body(c, n->l3);
    const sym_t *cell = scope_lookup(cs, Q___class__);
    if (cell && cell->kind == SYM_CELL)
        emit_op_arg(E(c), BC_LOAD_CLOSURE, cell->slot);
    else
        emit_op(E(c), BC_LOAD_NONE);
    emit_op(E(c), BC_RETURN_VALUE);
    code_t *code = unit_pop(c, q_raw(n->name), n->line);
    c->cls = outer_cls;
    make_function(c, code, cs, 0);
    emit_load_const(e, obj_new_qstr(q_raw(n->name)));
    ast_t call;
    memset(&call, 0, sizeof(call));
    call.kind = AST_CALL;
    call.line = n->line;
    call.l1 = n->l1;
    call.l2 = n->l2;
    intptr_t arg = compile_call_args(c, &call, 2);
    if (arg >= 0) {
        emit_op_arg(e, BC_CALL_FUNCTION, (uintptr_t)arg);
    } else {
        /* fold the function and name into the front of the args tuple */
        raise_msg(&type_NotImplementedError, "class bases with * or ** unpacking");
    }
    for (size_t i = 0; n->l4 && i < n->l4->n; i++)
        emit_op_arg(e, BC_CALL_FUNCTION, 1);
    emit_name(c, name, AST_CTX_STORE);
}

static void compile_comp_loops(compiler_t *c, const ast_t *n, size_t gi, int depth)
{
    emit_t *e = E(c);
    const ast_t *g = n->l1->items[gi];
    uint32_t start = emit_label_new(e), end = emit_label_new(e);
    bool is_async = (g->flags & AST_F_ASYNC) != 0;
    uint32_t handler = 0;
    if (gi == 0) {
        emit_op_arg(e, BC_LOAD_FAST, 0);
    } else {
        compile_expr(c, g->b);
        emit_op(e, is_async ? BC_GET_AITER : BC_GET_ITER);
    }
    emit_label_place(e, start);
    if (is_async) {
        handler = emit_label_new(e);
        emit_handler_push(e, handler, e->depth);
        emit_op(e, BC_GET_ANEXT);
        compile_yield_from_value(c);
        emit_handler_pop(e);
    } else {
        emit_jump(e, BC_FOR_ITER, end);
    }
    compile_store(c, g->a);
    for (size_t i = 0; g->l1 && i < g->l1->n; i++)
        compile_jump_if(c, g->l1->items[i], false, start);
    if (gi + 1 < n->l1->n) {
        compile_comp_loops(c, n, gi + 1, depth + 1);
    } else {
        switch (n->kind) {
        case AST_GENEXP:
            compile_expr(c, n->a);
            emit_op(e, BC_YIELD_VALUE);
            emit_op(e, BC_POP_TOP);
            break;
        case AST_LISTCOMP:
            compile_expr(c, n->a);
            emit_op_arg(e, BC_LIST_APPEND, (uintptr_t)depth + 1);
            break;
        case AST_SETCOMP:
            compile_expr(c, n->a);
            emit_op_arg(e, BC_SET_ADD, (uintptr_t)depth + 1);
            break;
        default:
            compile_expr(c, n->a);
            compile_expr(c, n->b);
            emit_op_arg(e, BC_MAP_ADD, (uintptr_t)depth + 1);
            break;
        }
    }
    emit_jump(e, BC_JUMP, start);
    if (is_async) {
        emit_label_place(e, handler);
        emit_adjust(e, 1);      /* the exception */
        emit_op(e, BC_END_ASYNC_FOR);
    }
    emit_label_place(e, end);
    if (!is_async)
        emit_adjust(e, -1); /* FOR_ITER popped the iterator on exit */
}

static void compile_comprehension(compiler_t *c, const ast_t *n)
{
    scope_t *cs = scope_find(c->u->scope, n);
    unit_t u;
    unit_push(c, &u, cs, n->line);
    emit_t *e = E(c);
    if (n->kind == AST_LISTCOMP)
        emit_op_arg(e, BC_BUILD_LIST, 0);
    else if (n->kind == AST_SETCOMP)
        emit_op_arg(e, BC_BUILD_SET, 0);
    else if (n->kind == AST_DICTCOMP)
        emit_op_arg(e, BC_BUILD_MAP, 0);
    compile_comp_loops(c, n, 0, n->kind == AST_GENEXP ? 0 : 1);
    if (n->kind == AST_GENEXP)
        emit_op(e, BC_LOAD_NONE);
    emit_op(e, BC_RETURN_VALUE);
    code_t *code = unit_pop(c, cs->name, n->line);
    make_function(c, code, cs, 0);
    compile_expr(c, n->l1->items[0]->b);
    emit_op(E(c), (n->l1->items[0]->flags & AST_F_ASYNC) ? BC_GET_AITER : BC_GET_ITER);
    emit_op_arg(E(c), BC_CALL_FUNCTION, 1);
    if (cs->flags & SCOPEF_COROUTINE && n->kind != AST_GENEXP) {
        emit_op(E(c), BC_GET_AWAITABLE);
        compile_yield_from_value(c);
    }
}

/* ---- statements ---- */

static void compile_body(compiler_t *c, const ast_seq_t *l)
{
    for (size_t i = 0; l && i < l->n; i++)
        compile_stmt(c, l->items[i]);
}

static void compile_assign(compiler_t *c, const ast_t *n)
{
    if (compile_const_assign(c, n))
        return;
    compile_expr(c, n->a);
    size_t cnt = n->l1->n;
    for (size_t i = 0; i < cnt; i++) {
        if (i + 1 < cnt)
            emit_op(E(c), BC_DUP_TOP);
        compile_store(c, n->l1->items[i]);
    }
}

static void compile_augassign(compiler_t *c, const ast_t *n)
{
    emit_t *e = E(c);
    static const uint8_t ops[] = {0, BOP_ADD, BOP_SUB, BOP_MUL, BOP_MATMUL, BOP_TRUEDIV,
                                  BOP_FLOORDIV, BOP_MOD, BOP_POW, BOP_LSHIFT, BOP_RSHIFT,
                                  BOP_OR, BOP_XOR, BOP_AND};
    uintptr_t op = ops[n->op] + BOP_INPLACE_OFFSET;
    const ast_t *t = n->a;
    switch (t->kind) {
    case AST_NAME:
        emit_name(c, q_of(t->name), AST_CTX_LOAD);
        compile_expr(c, n->b);
        set_line(c, n);
        emit_op_arg(e, BC_BINARY_OP, op);
        emit_name(c, q_of(t->name), AST_CTX_STORE);
        return;
    case AST_ATTR:
        compile_expr(c, t->a);
        emit_op(e, BC_DUP_TOP);
        emit_op_arg(e, BC_LOAD_ATTR, q_of(t->name));
        compile_expr(c, n->b);
        set_line(c, n);
        emit_op_arg(e, BC_BINARY_OP, op);
        emit_op(e, BC_ROT_TWO);
        emit_op_arg(e, BC_STORE_ATTR, q_of(t->name));
        return;
    case AST_SUBSCR:
        compile_expr(c, t->a);
        compile_subscript_index(c, t->b);
        emit_op(e, BC_DUP_TOP_TWO);
        emit_op(e, BC_LOAD_SUBSCR);
        compile_expr(c, n->b);
        set_line(c, n);
        emit_op_arg(e, BC_BINARY_OP, op);
        emit_op(e, BC_ROT_THREE);
        emit_op(e, BC_STORE_SUBSCR);
        return;
    default:
        error_at(c, t, "illegal expression for augmented assignment");
    }
}

static void compile_if(compiler_t *c, const ast_t *n)
{
    emit_t *e = E(c);
    uint32_t l_else = emit_label_new(e), end = emit_label_new(e);
    compile_jump_if(c, n->a, false, l_else);
    compile_body(c, n->l1);
    if (n->l2 && n->l2->n) {
        emit_jump(e, BC_JUMP, end);
        emit_label_place(e, l_else);
        compile_body(c, n->l2);
    } else {
        emit_label_place(e, l_else);
    }
    emit_label_place(e, end);
}

static void compile_while(compiler_t *c, const ast_t *n)
{
    emit_t *e = E(c);
    uint32_t top = emit_label_new(e), l_else = emit_label_new(e), end = emit_label_new(e);
    emit_label_place(e, top);
    compile_jump_if(c, n->a, false, l_else);
    fblock_t *fb = fb_push(c, n, FB_LOOP, e->n_handlers);
    fb->l_break = end;
    fb->l_continue = top;
    compile_body(c, n->l1);
    fb_pop(c);
    emit_jump(e, BC_JUMP, top);
    emit_label_place(e, l_else);
    compile_body(c, n->l2);
    emit_label_place(e, end);
}

static void compile_for(compiler_t *c, const ast_t *n)
{
    emit_t *e = E(c);
    uint32_t top = emit_label_new(e), l_else = emit_label_new(e), end = emit_label_new(e);
    compile_expr(c, n->b);
    set_line(c, n);
    if (n->flags & AST_F_ASYNC) {
        emit_op(e, BC_GET_AITER);
        uint32_t handler = emit_label_new(e);
        emit_label_place(e, top);
        emit_handler_push(e, handler, e->depth);
        emit_op(e, BC_GET_ANEXT);
        compile_yield_from_value(c);
        emit_handler_pop(e);
        fblock_t *fb = fb_push(c, n, FB_FOR, e->n_handlers);
        fb->l_break = end;
        fb->l_continue = top;
        compile_store(c, n->a);
        compile_body(c, n->l1);
        fb_pop(c);
        emit_jump(e, BC_JUMP, top);
        emit_label_place(e, handler);
        emit_adjust(e, 1);
        emit_op(e, BC_END_ASYNC_FOR);
        emit_label_place(e, l_else);
        compile_body(c, n->l2);
        emit_label_place(e, end);
        return;
    }
    emit_op(e, BC_GET_ITER);
    emit_label_place(e, top);
    emit_jump(e, BC_FOR_ITER, l_else);
    fblock_t *fb = fb_push(c, n, FB_FOR, e->n_handlers);
    fb->l_break = end;
    fb->l_continue = top;
    compile_store(c, n->a);
    compile_body(c, n->l1);
    fb_pop(c);
    set_line(c, n);
    emit_jump(e, BC_JUMP, top);
    emit_label_place(e, l_else);
    emit_adjust(e, -1);
    compile_body(c, n->l2);
    emit_label_place(e, end);
}

static void compile_break_continue(compiler_t *c, const ast_t *n, bool is_break)
{
    emit_t *e = E(c);
    fblock_t *loop = NULL;
    for (int i = c->u->n_fb - 1; i >= 0; i--)
        if (c->u->fb[i].kind == FB_LOOP || c->u->fb[i].kind == FB_FOR) {
            loop = &c->u->fb[i];
            break;
        }
    if (!loop)
        error_at(c, n, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    unwind(c, true, false);
    if (is_break && loop->kind == FB_FOR)
        emit_op(e, BC_POP_TOP), emit_adjust(e, 1);
    emit_jump(e, BC_JUMP, is_break ? loop->l_break : loop->l_continue);
}

static void compile_return(compiler_t *c, const ast_t *n)
{
    emit_t *e = E(c);
    const scope_t *s = c->u->scope;
    if (s->kind != SCOPE_FUNCTION && s->kind != SCOPE_LAMBDA)
        error_at(c, n, "'return' outside function");
    if (n->a && (s->flags & SCOPEF_GENERATOR) && (s->flags & SCOPEF_COROUTINE))
        error_at(c, n, "'return' with value in async generator");
    if (n->a)
        compile_expr(c, n->a);
    else
        emit_op(e, BC_LOAD_NONE);
    set_line(c, n);
    unwind(c, false, true);
    emit_op(e, BC_RETURN_VALUE);
    emit_adjust(e, 1); /* code after return is unreachable; keep depth linear */
    emit_adjust(e, -1);
}

static void compile_raise(compiler_t *c, const ast_t *n)
{
    unsigned argc = 0;
    if (n->a) {
        compile_expr(c, n->a);
        argc++;
        if (n->b) {
            compile_expr(c, n->b);
            argc++;
        }
    }
    set_line(c, n);
    emit_op_arg(E(c), BC_RAISE_VARARGS, argc);
}

/* The shared tail of every handler: restore the previously handled
 * exception and re-raise whatever escaped the handler body. */
static void emit_cleanup_handler(compiler_t *c, uint32_t label, int depth, qstr name)
{
    emit_t *e = E(c);
    emit_label_place(e, label);
    e->depth = depth + 1;
    if (name)
        clear_name(c, name);
    emit_op(e, BC_POP_EXCEPT_AND_RERAISE);
}

static void compile_try_except(compiler_t *c, const ast_t *n)
{
    emit_t *e = E(c);
    int depth = e->depth;
    uint32_t handler = emit_label_new(e), cleanup = emit_label_new(e), end = emit_label_new(e);
    emit_handler_push(e, handler, depth);
    compile_body(c, n->l1);
    emit_handler_pop(e);
    compile_body(c, n->l3);
    emit_jump(e, BC_JUMP, end);

    emit_label_place(e, handler);
    e->depth = depth + 1;
    set_line(c, n->l2->items[0]);
    emit_op(e, BC_PUSH_EXC_INFO); /* prev, exc */
    size_t outer_handlers = e->n_handlers;
    emit_handler_push(e, cleanup, depth + 1);
    for (size_t i = 0; i < n->l2->n; i++) {
        const ast_t *h = n->l2->items[i];
        set_line(c, h);
        uint32_t next = emit_label_new(e);
        if (h->a) {
            compile_expr(c, h->a);
            emit_op(e, BC_CHECK_EXC_MATCH); /* exc, type -> exc, bool */
            emit_jump(e, BC_POP_JUMP_IF_FALSE, next);
        } else if (i + 1 != n->l2->n) {
            error_at(c, h, "default 'except:' must be last");
        }
        qstr name = h->name.len ? q_of(h->name) : QSTR_NULL;
        if (name)
            emit_name(c, name, AST_CTX_STORE);
        else
            emit_op(e, BC_POP_TOP);
        /* handler body: prev on the stack */
        uint32_t named_cleanup = 0;
        if (name) {
            named_cleanup = emit_label_new(e);
            emit_handler_push(e, named_cleanup, depth + 1);
        }
        fblock_t *fb = fb_push(c, h, FB_HANDLER, outer_handlers);
        fb->name = name;
        compile_body(c, h->l1);
        fb_pop(c);
        if (name)
            emit_handler_pop(e);
        emit_op(e, BC_POP_EXCEPT);
        if (name)
            clear_name(c, name);
        emit_jump(e, BC_JUMP, end);
        if (name) {
            emit_handler_pop(e);
            emit_cleanup_handler(c, named_cleanup, depth + 1, name);
            emit_handler_push(e, cleanup, depth + 1);
        }
        emit_label_place(e, next);
        e->depth = depth + 2; /* prev, exc */
    }
    emit_op(e, BC_RERAISE);
    emit_handler_pop(e);
    emit_cleanup_handler(c, cleanup, depth + 1, QSTR_NULL);
    emit_label_place(e, end);
    e->depth = depth;
}

static void compile_try_finally(compiler_t *c, const ast_t *n)
{
    emit_t *e = E(c);
    int depth = e->depth;
    uint32_t handler = emit_label_new(e), cleanup = emit_label_new(e), end = emit_label_new(e);
    fb_push(c, n, FB_TRY_FINALLY, e->n_handlers);
    emit_handler_push(e, handler, depth);
    if (n->l2 && n->l2->n) {
        ast_t inner = *n;
        inner.l4 = NULL;
        compile_try_except(c, &inner);
    } else {
        compile_body(c, n->l1);
        compile_body(c, n->l3);
    }
    fb_pop(c);
    emit_handler_pop(e);
    compile_body(c, n->l4);
    emit_jump(e, BC_JUMP, end);

    emit_label_place(e, handler);
    e->depth = depth + 1;
    emit_op(e, BC_PUSH_EXC_INFO);
    fb_push(c, n, FB_FINALLY_END, e->n_handlers);
    emit_handler_push(e, cleanup, depth + 1);
    compile_body(c, n->l4);
    fb_pop(c);
    emit_op(e, BC_RERAISE);
    emit_handler_pop(e);
    emit_cleanup_handler(c, cleanup, depth + 1, QSTR_NULL);
    emit_label_place(e, end);
    e->depth = depth;
}

static void compile_with_items(compiler_t *c, const ast_t *n, size_t i)
{
    emit_t *e = E(c);
    bool is_async = (n->flags & AST_F_ASYNC) != 0;
    const ast_t *item = n->l1->items[i];
    int base = e->depth;
    compile_expr(c, item->a);
    set_line(c, n);
    if (is_async) {
        emit_op(e, BC_ASYNC_WITH_ENTER);
        emit_op(e, BC_GET_AWAITABLE);
        compile_yield_from_value(c);
    } else {
        emit_op(e, BC_WITH_ENTER); /* exit, enter-result */
    }
    int depth = e->depth - 1;     /* exit callable stays below */
    uint32_t handler = emit_label_new(e), cleanup = emit_label_new(e), end = emit_label_new(e);
    fb_push(c, n, is_async ? FB_ASYNC_WITH : FB_WITH, e->n_handlers);
    emit_handler_push(e, handler, depth);
    if (item->b)
        compile_store(c, item->b);
    else
        emit_op(e, BC_POP_TOP);
    if (i + 1 < n->l1->n)
        compile_with_items(c, n, i + 1);
    else
        compile_body(c, n->l2);
    fb_pop(c);
    emit_handler_pop(e);
    set_line(c, n);
    unwind_block(c, &(fblock_t){is_async ? FB_ASYNC_WITH : FB_WITH, 0, 0, n, 0, 0}, false);
    emit_jump(e, BC_JUMP, end);

    emit_label_place(e, handler);
    e->depth = depth + 1;         /* exit, exc */
    emit_op(e, BC_PUSH_EXC_INFO); /* exit, prev, exc */
    emit_handler_push(e, cleanup, depth + 1);
    uint32_t suppress = emit_label_new(e);
    if (is_async) {
        emit_op(e, BC_ASYNC_WITH_EXCEPT_START);
        emit_op(e, BC_GET_AWAITABLE);
        compile_yield_from_value(c);
    } else {
        emit_op(e, BC_WITH_EXCEPT_START); /* exit, prev, exc, result */
    }
    emit_jump(e, BC_POP_JUMP_IF_TRUE, suppress);
    emit_op(e, BC_RERAISE);
    emit_adjust(e, 1);
    emit_label_place(e, suppress);
    emit_op(e, BC_POP_TOP);    /* exc */
    emit_op(e, BC_POP_EXCEPT); /* prev */
    emit_op(e, BC_POP_TOP);    /* exit */
    emit_handler_pop(e);
    emit_jump(e, BC_JUMP, end);
    emit_cleanup_handler(c, cleanup, depth + 1, QSTR_NULL);
    emit_label_place(e, end);
    e->depth = base;
}

static void compile_import(compiler_t *c, const ast_t *n)
{
    emit_t *e = E(c);
    for (size_t i = 0; i < n->l1->n; i++) {
        const ast_t *al = n->l1->items[i];
        qstr full = q_raw(al->name);
        emit_load_const(e, obj_new_small_int(0));
        emit_op(e, BC_LOAD_NONE);
        emit_op_arg(e, BC_IMPORT_NAME, full);
        if (al->name2.len) {
            /* import a.b.c as x binds the innermost module */
            const char *s = al->name.s;
            size_t len = al->name.len, start = 0;
            for (size_t j = 0; j <= len; j++) {
                if (j == len || s[j] == '.') {
                    if (start > 0)
                        emit_op_arg(e, BC_IMPORT_FROM, qstr_from_strn(s + start, j - start)), emit_op(e, BC_ROT_TWO),
                            emit_op(e, BC_POP_TOP);
                    start = j + 1;
                }
            }
            emit_name(c, q_of(al->name2), AST_CTX_STORE);
        } else {
            size_t len = 0;
            while (len < al->name.len && al->name.s[len] != '.')
                len++;
            emit_name(c, qstr_from_strn(al->name.s, len), AST_CTX_STORE);
        }
    }
}

static void compile_importfrom(compiler_t *c, const ast_t *n)
{
    emit_t *e = E(c);
    size_t cnt = n->l1->n;
    bool star = cnt == 1 && n->l1->items[0]->name.len == 1 && n->l1->items[0]->name.s[0] == '*';
    emit_load_const(e, obj_new_small_int(n->op));
    obj_t names = obj_new_tuple(cnt, NULL);
    for (size_t i = 0; i < cnt; i++)
        ((obj_tuple_t *)names)->items[i] = obj_new_qstr(q_raw(n->l1->items[i]->name));
    emit_op_arg(e, BC_LOAD_CONST, emit_const_index(e, names));
    emit_op_arg(e, BC_IMPORT_NAME, q_raw(n->name));
    if (star) {
        emit_op(e, BC_IMPORT_STAR);
        return;
    }
    for (size_t i = 0; i < cnt; i++) {
        const ast_t *al = n->l1->items[i];
        emit_op_arg(e, BC_IMPORT_FROM, q_raw(al->name));
        emit_name(c, q_of(al->name2.len ? al->name2 : al->name), AST_CTX_STORE);
    }
    emit_op(e, BC_POP_TOP);
}

static void compile_assert(compiler_t *c, const ast_t *n)
{
    emit_t *e = E(c);
    uint32_t end = emit_label_new(e);
    compile_jump_if(c, n->a, true, end);
    emit_op(e, BC_LOAD_ASSERTION_ERROR);
    if (n->b) {
        compile_expr(c, n->b);
        emit_op_arg(e, BC_CALL_FUNCTION, 1);
    }
    emit_op_arg(e, BC_RAISE_VARARGS, 1);
    emit_label_place(e, end);
}

static void compile_stmt(compiler_t *c, const ast_t *n)
{
    emit_t *e = E(c);
    set_line(c, n);
    runtime_check_stack();
    switch (n->kind) {
    case AST_EXPR:
        if (n->a->kind == AST_CONST && n->a->op != AST_CONST_NONE && !c->is_repl)
            return; /* docstrings and bare constants do nothing */
        compile_expr(c, n->a);
        emit_op(e, c->is_repl && c->u->scope->kind == SCOPE_MODULE ? BC_PRINT_EXPR : BC_POP_TOP);
        return;
    case AST_ASSIGN:
        compile_assign(c, n);
        return;
    case AST_AUGASSIGN:
        compile_augassign(c, n);
        return;
    case AST_ANNASSIGN: {
        if (n->c) {
            compile_expr(c, n->c);
            compile_store(c, n->a);
        }
        int kind = c->u->scope->kind;
        if (n->a->kind == AST_NAME && (kind == SCOPE_MODULE || kind == SCOPE_CLASS)) {
            /* __annotations__[name] = annotation */
            compile_expr(c, n->b);
            emit_op_arg(e, BC_LOAD_NAME, Q___annotations__);
            emit_load_const(e, obj_new_qstr(q_of(n->a->name)));
            emit_op(e, BC_STORE_SUBSCR);
        }
        return;
    }
    case AST_DEL:
        for (size_t i = 0; i < n->l1->n; i++)
            compile_delete(c, n->l1->items[i]);
        return;
    case AST_PASS:
    case AST_GLOBAL:
    case AST_NONLOCAL:
        return;
    case AST_BREAK:
        compile_break_continue(c, n, true);
        return;
    case AST_CONTINUE:
        compile_break_continue(c, n, false);
        return;
    case AST_RETURN:
        compile_return(c, n);
        return;
    case AST_IF:
        compile_if(c, n);
        return;
    case AST_WHILE:
        compile_while(c, n);
        return;
    case AST_FOR:
        compile_for(c, n);
        return;
    case AST_WITH:
        compile_with_items(c, n, 0);
        return;
    case AST_RAISE:
        compile_raise(c, n);
        return;
    case AST_TRY:
        if (n->l4 && n->l4->n)
            compile_try_finally(c, n);
        else
            compile_try_except(c, n);
        return;
    case AST_ASSERT:
        compile_assert(c, n);
        return;
    case AST_IMPORT:
        compile_import(c, n);
        return;
    case AST_IMPORTFROM:
        compile_importfrom(c, n);
        return;
    case AST_FUNCDEF:
        compile_funcdef(c, n);
        return;
    case AST_CLASSDEF:
        compile_classdef(c, n);
        return;
    default:
        error_at(c, n, "invalid syntax");
    }
}

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
