/* Bytecode emitter (see emit.h). */
#include "emit.h"

#include <string.h>

#include "mem.h"
#include "obj_list.h"
#include "runtime.h"

#define UNPLACED UINT32_MAX
#define MAX_CODE 0xffffff

static void *grow(void *p, size_t *alloc, size_t need, size_t elem)
{
    if (need <= *alloc)
        return p;
    size_t n = *alloc ? *alloc * 2 : 16;
    while (n < need)
        n *= 2;
    void *q = mem_realloc(p, n * elem);
    *alloc = n;
    return q;
}

void emit_init(emit_t *e, uint32_t first_line)
{
    memset(e, 0, sizeof(*e));
    e->consts = obj_new_list(0, NULL);
    e->line = e->last_line = first_line;
}

uint32_t emit_label_new(emit_t *e)
{
    e->labels = grow(e->labels, &e->alloc_labels, e->n_labels + 1, sizeof(uint32_t));
    e->labels[e->n_labels] = UNPLACED;
    return (uint32_t)e->n_labels++;
}

void emit_label_place(emit_t *e, uint32_t label)
{
    e->labels[label] = (uint32_t)e->len;
}

static void put_byte(emit_t *e, uint8_t b)
{
    if (e->len >= MAX_CODE)
        raise_msg(&type_RuntimeError, "code too large");
    e->code = grow(e->code, &e->alloc, e->len + 1, 1);
    e->code[e->len++] = b;
}

static void put_uint(emit_t *e, uintptr_t v)
{
    while (v >= 0x80) {
        put_byte(e, (uint8_t)(v | 0x80));
        v >>= 7;
    }
    put_byte(e, (uint8_t)v);
}

static void line_put(emit_t *e, uintptr_t v)
{
    while (1) {
        e->lines = grow(e->lines, &e->lines_alloc, e->lines_len + 1, 1);
        if (v < 0x80) {
            e->lines[e->lines_len++] = (uint8_t)v;
            return;
        }
        e->lines[e->lines_len++] = (uint8_t)(v | 0x80);
        v >>= 7;
    }
}

static void mark_line(emit_t *e)
{
    if (e->line == e->last_line)
        return;
    intptr_t dl = (intptr_t)e->line - (intptr_t)e->last_line;
    line_put(e, e->len - e->last_line_off);
    line_put(e, dl >= 0 ? (uintptr_t)dl << 1 : (((uintptr_t)-dl) << 1) | 1);
    e->last_line_off = (uint32_t)e->len;
    e->last_line = e->line;
}

/* Stack effect of each instruction with argument arg. */
static int stack_effect(bc_op_t op, uintptr_t arg)
{
    switch (op) {
    case BC_NOP: case BC_ROT_TWO: case BC_ROT_THREE: case BC_JUMP:
    case BC_UNARY_OP: case BC_GET_ITER: case BC_LOAD_ATTR: case BC_LIST_TO_TUPLE:
    case BC_DELETE_FAST: case BC_DELETE_DEREF: case BC_DELETE_GLOBAL:
    case BC_DELETE_NAME: case BC_GET_AWAITABLE: case BC_GET_AITER:
    case BC_YIELD_VALUE: case BC_CHECK_EXC_MATCH:
        return 0;
    case BC_POP_TOP: case BC_STORE_FAST: case BC_STORE_DEREF: case BC_STORE_GLOBAL:
    case BC_STORE_NAME: case BC_DELETE_ATTR: case BC_BINARY_OP: case BC_COMPARE_OP:
    case BC_POP_JUMP_IF_FALSE: case BC_POP_JUMP_IF_TRUE: case BC_RETURN_VALUE:
    case BC_LIST_APPEND: case BC_SET_ADD: case BC_LIST_EXTEND: case BC_SET_UPDATE:
    case BC_DICT_UPDATE: case BC_DICT_MERGE: case BC_IMPORT_STAR: case BC_RERAISE:
    case BC_POP_EXCEPT: case BC_PRINT_EXPR: case BC_WITH_EXIT: case BC_YIELD_FROM:
    case BC_IMPORT_NAME: case BC_LOAD_SUBSCR:
        return -1;
    case BC_POP_EXCEPT_AND_RERAISE: case BC_STORE_ATTR: case BC_DELETE_SUBSCR:
    case BC_MAP_ADD: case BC_END_ASYNC_FOR:
        return -2;
    case BC_STORE_SUBSCR:
        return -3;
    case BC_DUP_TOP: case BC_LOAD_CONST: case BC_LOAD_NONE: case BC_LOAD_TRUE:
    case BC_LOAD_FALSE: case BC_LOAD_SMALL_INT: case BC_LOAD_FAST: case BC_LOAD_DEREF:
    case BC_LOAD_CLOSURE: case BC_LOAD_GLOBAL: case BC_LOAD_NAME: case BC_LOAD_CLASSDEREF:
    case BC_LOAD_METHOD: case BC_LOAD_BUILD_CLASS: case BC_IMPORT_FROM: case BC_FOR_ITER:
    case BC_PUSH_EXC_INFO: case BC_LOAD_ASSERTION_ERROR: case BC_WITH_ENTER:
    case BC_WITH_EXCEPT_START: case BC_GET_ANEXT: case BC_ASYNC_WITH_ENTER:
    case BC_ASYNC_WITH_EXCEPT_START:
    case BC_ASYNC_WITH_EXIT:
        return 1;
    case BC_DUP_TOP_TWO:
        return 2;
    case BC_JUMP_IF_FALSE_OR_POP: case BC_JUMP_IF_TRUE_OR_POP:
        return -1; /* on the fall-through path */
    case BC_BUILD_SLICE: case BC_BUILD_TUPLE: case BC_BUILD_LIST: case BC_BUILD_SET:
    case BC_BUILD_STRING:
        return 1 - (int)arg;
    case BC_BUILD_MAP:
        return 1 - 2 * (int)arg;
    case BC_UNPACK_SEQUENCE:
        return (int)arg - 1;
    case BC_UNPACK_EX:
        return (int)(arg & 0xff) + (int)(arg >> 8);
    case BC_FORMAT_VALUE:
        return (arg & 4) ? -1 : 0;
    case BC_CALL_FUNCTION:
        return -(int)(arg & 0xff) - 2 * (int)(arg >> 8);
    case BC_CALL_METHOD:
        return -1 - (int)(arg & 0xff) - 2 * (int)(arg >> 8);
    case BC_CALL_FUNCTION_EX:
        return -1 - (int)(arg & 1);
    case BC_MAKE_FUNCTION:
        return -(int)!!(arg & 1) - (int)!!(arg & 2) - (int)!!(arg & 4) - (int)!!(arg & 8);
    case BC_RAISE_VARARGS:
        return -(int)arg;
    default:
        return 0;
    }
}

void emit_adjust(emit_t *e, int delta)
{
    e->depth += delta;
    if (e->depth > e->max_depth)
        e->max_depth = e->depth;
}

void emit_op(emit_t *e, bc_op_t op)
{
    mark_line(e);
    put_byte(e, (uint8_t)op);
    emit_adjust(e, stack_effect(op, 0));
}

void emit_op_arg(emit_t *e, bc_op_t op, uintptr_t arg)
{
    mark_line(e);
    put_byte(e, (uint8_t)op);
    put_uint(e, arg);
    emit_adjust(e, stack_effect(op, arg));
}

void emit_op_sarg(emit_t *e, bc_op_t op, intptr_t arg)
{
    mark_line(e);
    put_byte(e, (uint8_t)op);
    /* zigzag so small negatives stay short */
    put_uint(e, arg >= 0 ? (uintptr_t)arg << 1 : ((~(uintptr_t)arg) << 1) | 1);
    emit_adjust(e, stack_effect(op, 0));
}

void emit_jump(emit_t *e, bc_op_t op, uint32_t label)
{
    mark_line(e);
    put_byte(e, (uint8_t)op);
    e->fixups = grow(e->fixups, &e->alloc_fixups, e->n_fixups + 2, sizeof(uint32_t));
    e->fixups[e->n_fixups++] = (uint32_t)e->len;
    e->fixups[e->n_fixups++] = label;
    put_byte(e, 0);
    put_byte(e, 0);
    put_byte(e, 0);
    emit_adjust(e, stack_effect(op, 0));
}

size_t emit_const_index(emit_t *e, obj_t obj)
{
    obj_list_t *l = e->consts;
    if (obj_is_small_int(obj) || obj_is_qstr(obj))
        for (size_t i = 0; i < l->len; i++)
            if (l->items[i] == obj)
                return i;
    list_append(e->consts, obj);
    return l->len - 1;
}

void emit_load_const(emit_t *e, obj_t obj)
{
    if (obj == OBJ_NONE) {
        emit_op(e, BC_LOAD_NONE);
    } else if (obj == OBJ_TRUE) {
        emit_op(e, BC_LOAD_TRUE);
    } else if (obj == OBJ_FALSE) {
        emit_op(e, BC_LOAD_FALSE);
    } else if (obj_is_small_int(obj) && obj_small_int_value(obj) >= -(1 << 20) &&
               obj_small_int_value(obj) < (1 << 20)) {
        emit_op_sarg(e, BC_LOAD_SMALL_INT, obj_small_int_value(obj));
    } else {
        emit_op_arg(e, BC_LOAD_CONST, emit_const_index(e, obj));
    }
}

static void close_range(emit_t *e)
{
    if (e->n_handlers == 0 || e->range_start == e->len)
        return;
    emit_handler_t *h = &e->handlers[e->n_handlers - 1];
    e->ranges = grow(e->ranges, &e->alloc_ranges, e->n_ranges + 1, sizeof(emit_range_t));
    emit_range_t *r = &e->ranges[e->n_ranges++];
    r->start = e->range_start;
    r->end = (uint32_t)e->len;
    r->handler_label = h->label;
    r->depth = h->depth;
}

void emit_handler_push(emit_t *e, uint32_t label, int depth)
{
    close_range(e);
    e->handlers = grow(e->handlers, &e->alloc_handlers, e->n_handlers + 1, sizeof(emit_handler_t));
    e->handlers[e->n_handlers].label = label;
    e->handlers[e->n_handlers].depth = (uint32_t)depth;
    e->n_handlers++;
    e->range_start = (uint32_t)e->len;
}

void emit_handler_pop(emit_t *e)
{
    close_range(e);
    e->n_handlers--;
    e->range_start = (uint32_t)e->len;
}

code_t *emit_finish(emit_t *e)
{
    for (size_t i = 0; i < e->n_fixups; i += 2) {
        uint32_t at = e->fixups[i], target = e->labels[e->fixups[i + 1]];
        if (target == UNPLACED)
            raise_msg(&type_SystemError, "compiler: unplaced label");
        e->code[at] = (uint8_t)target;
        e->code[at + 1] = (uint8_t)(target >> 8);
        e->code[at + 2] = (uint8_t)(target >> 16);
    }
    code_t *c = mem_alloc(sizeof(code_t));
    c->base.type = &type_code;
    c->doc = OBJ_NONE;
    uint8_t *bc = mem_alloc_noscan(e->len ? e->len : 1);
    if (e->len)
        memcpy(bc, e->code, e->len);
    c->bytecode = bc;
    c->bc_len = (uint32_t)e->len;
    obj_list_t *consts = e->consts;
    c->n_consts = (uint32_t)consts->len;
    obj_t *k = mem_alloc(consts->len * sizeof(obj_t) + sizeof(obj_t));
    if (consts->len)
        memcpy(k, consts->items, consts->len * sizeof(obj_t));
    c->consts = k;
    exc_entry_t *tab = mem_alloc_noscan(e->n_ranges * sizeof(exc_entry_t) + 1);
    for (size_t i = 0; i < e->n_ranges; i++) {
        tab[i].start = e->ranges[i].start;
        tab[i].end = e->ranges[i].end;
        tab[i].handler = e->labels[e->ranges[i].handler_label];
        tab[i].depth = e->ranges[i].depth;
    }
    c->exc_table = tab;
    c->n_exc = (uint16_t)e->n_ranges;
    uint8_t *lines = mem_alloc_noscan(e->lines_len + 1);
    if (e->lines_len)
        memcpy(lines, e->lines, e->lines_len);
    c->lines = lines;
    c->lines_len = (uint32_t)e->lines_len;
    c->stack_size = (uint16_t)(e->max_depth + 2);
    return c;
}

emit_handler_t *emit_handlers_save(emit_t *e)
{
    emit_handler_t *copy = mem_alloc((e->n_handlers + 1) * sizeof(emit_handler_t));
    if (e->n_handlers)
        memcpy(copy, e->handlers, e->n_handlers * sizeof(emit_handler_t));
    return copy;
}

void emit_handlers_truncate(emit_t *e, size_t k)
{
    if (k >= e->n_handlers)
        return;
    close_range(e);
    e->n_handlers = k;
    e->range_start = (uint32_t)e->len;
}

void emit_handlers_restore(emit_t *e, emit_handler_t *saved, size_t n)
{
    close_range(e);
    e->handlers = grow(e->handlers, &e->alloc_handlers, n + 1, sizeof(emit_handler_t));
    if (n)
        memcpy(e->handlers, saved, n * sizeof(emit_handler_t));
    e->n_handlers = n;
    e->range_start = (uint32_t)e->len;
}

/* Compiled code objects are internal: they are never visible to Python
 * except through a function's attributes. */
const type_t type_code = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_code,
};
