/*
 * Bytecode emitter: the growable buffers of one code unit being compiled
 * (instructions, constants, line table, exception ranges, labels) and the
 * stack-depth bookkeeping. compile.c drives it; emit.c knows the encoding.
 */
#ifndef CP_EMIT_H
#define CP_EMIT_H

#include "bc.h"
#include "obj.h"

typedef struct emit_range {
    uint32_t start, end;
    uint32_t handler_label;
    uint32_t depth;
} emit_range_t;

typedef struct emit_handler {
    uint32_t label;
    uint32_t depth;
} emit_handler_t;

typedef struct emit {
    uint8_t *code;
    size_t len, alloc;
    obj_t consts;              /* list */
    uint32_t *labels;          /* offset per label, UINT32_MAX = unplaced */
    size_t n_labels, alloc_labels;
    uint32_t *fixups;          /* (code offset, label) pairs */
    size_t n_fixups, alloc_fixups;
    emit_range_t *ranges;
    size_t n_ranges, alloc_ranges;
    emit_handler_t *handlers;  /* active handler stack */
    size_t n_handlers, alloc_handlers;
    uint32_t range_start;
    uint8_t *lines;
    size_t lines_len, lines_alloc;
    uint32_t last_line_off, last_line;
    uint32_t line;             /* line of the code being emitted */
    int depth, max_depth;
} emit_t;

void emit_init(emit_t *e, uint32_t first_line);
uint32_t emit_label_new(emit_t *e);
void emit_label_place(emit_t *e, uint32_t label);
void emit_op(emit_t *e, bc_op_t op);
void emit_op_arg(emit_t *e, bc_op_t op, uintptr_t arg);
void emit_op_sarg(emit_t *e, bc_op_t op, intptr_t arg);
void emit_jump(emit_t *e, bc_op_t op, uint32_t label);
/* Index of obj in the constant pool (shared for identical small values). */
size_t emit_const_index(emit_t *e, obj_t obj);
void emit_load_const(emit_t *e, obj_t obj);
/* Exception handling ranges: code emitted between push and pop jumps to
 * label with the stack cut to depth when an exception escapes it. */
void emit_handler_push(emit_t *e, uint32_t label, int depth);
void emit_handler_pop(emit_t *e);
/* Temporarily drop handlers above depth k (while emitting cleanup code
 * that runs outside them), then put them back. */
emit_handler_t *emit_handlers_save(emit_t *e);
void emit_handlers_truncate(emit_t *e, size_t k);
void emit_handlers_restore(emit_t *e, emit_handler_t *saved, size_t n);
/* Adjust the tracked stack depth (for branches the linear walk can't see). */
void emit_adjust(emit_t *e, int delta);
/* Build the code object. */
code_t *emit_finish(emit_t *e);

#endif
