/*
 * Expressions: displays, comparisons and boolean operators, conditional
 * jumps, calls, subscripts, f-strings and the expression dispatcher; then
 * assignment targets (stores, unpacking) and del targets.
 *
 * Part of compile.c, which includes it: one translation unit, so the
 * compiler's helpers stay static. Not compiled on its own.
 */

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
