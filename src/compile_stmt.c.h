/*
 * Statements: bodies, assignments, if, while and for loops, raise,
 * import, assert, and the statement dispatcher. break, continue, return,
 * try and with are in compile_block.c.h, with the block stack.
 *
 * Part of compile.c, which includes it: one translation unit, so the
 * compiler's helpers stay static. Not compiled on its own.
 */

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
