/*
 * Code units made from a definition: closures, defaults and annotations,
 * functions and lambdas, classes, and comprehensions (each its own
 * function, called at once with the outermost iterator).
 *
 * Part of compile.c, which includes it: one translation unit, so the
 * compiler's helpers stay static. Not compiled on its own.
 */

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
