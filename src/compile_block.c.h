/*
 * The block stack and exception handling: pushing and popping blocks,
 * the cleanup that break, continue and return run for every block they
 * leave, try/except, try/finally and with (each an exception-table
 * handler range plus its cleanup handler).
 *
 * Part of compile.c, which includes it: one translation unit, so the
 * compiler's helpers stay static. Not compiled on its own.
 */

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
