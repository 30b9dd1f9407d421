/*
 * Bytecode: the instruction set shared by the compiler and the VM, and the
 * code object that holds one compiled function.
 *
 * Encoding: one opcode byte, then its operand if it has one:
 *   U  unsigned LEB128 varint
 *   Q  a name: its qstr number as a U varint (frozen bytecode is built
 *      against the same static qstr numbering as the binary)
 *   S  signed varint (zigzag)
 *   J  absolute jump target, 3 bytes little-endian
 * Exceptions use a table, not setup instructions: each entry maps a range
 * of instruction offsets to a handler and the stack depth to unwind to.
 * On entry to a handler the exception object is pushed.
 */
#ifndef CP_BC_H
#define CP_BC_H

#include <stdint.h>

#include "obj.h"

#define BC_OPS(X) \
    X(NOP, 0) \
    X(POP_TOP, 0) \
    X(ROT_TWO, 0) \
    X(ROT_THREE, 0) \
    X(DUP_TOP, 0) \
    X(DUP_TOP_TWO, 0) \
    X(LOAD_CONST, 'U') \
    X(LOAD_NONE, 0) \
    X(LOAD_TRUE, 0) \
    X(LOAD_FALSE, 0) \
    X(LOAD_SMALL_INT, 'S') \
    X(LOAD_FAST, 'U') \
    X(STORE_FAST, 'U') \
    X(DELETE_FAST, 'U') \
    X(LOAD_DEREF, 'U') \
    X(STORE_DEREF, 'U') \
    X(DELETE_DEREF, 'U') \
    X(LOAD_CLOSURE, 'U') \
    X(LOAD_GLOBAL, 'Q') \
    X(STORE_GLOBAL, 'Q') \
    X(DELETE_GLOBAL, 'Q') \
    X(LOAD_NAME, 'Q') \
    X(STORE_NAME, 'Q') \
    X(DELETE_NAME, 'Q') \
    X(LOAD_CLASSDEREF, 'U') /* slot; name from code->slot_names */ \
    X(LOAD_ATTR, 'Q') \
    X(STORE_ATTR, 'Q') \
    X(DELETE_ATTR, 'Q') \
    X(LOAD_METHOD, 'Q') \
    X(LOAD_SUPER_METHOD, 'Q') \
    X(LOAD_SUBSCR, 0) \
    X(STORE_SUBSCR, 0) \
    X(DELETE_SUBSCR, 0) \
    X(BUILD_SLICE, 'U') \
    X(BUILD_TUPLE, 'U') \
    X(BUILD_LIST, 'U') \
    X(BUILD_SET, 'U') \
    X(BUILD_MAP, 'U') \
    X(BUILD_STRING, 'U') \
    X(LIST_APPEND, 'U') \
    X(SET_ADD, 'U') \
    X(MAP_ADD, 'U') \
    X(LIST_EXTEND, 'U') \
    X(SET_UPDATE, 'U') \
    X(DICT_UPDATE, 'U') \
    X(DICT_MERGE, 'U') \
    X(LIST_TO_TUPLE, 0) \
    X(UNPACK_SEQUENCE, 'U') \
    X(UNPACK_EX, 'U') \
    X(UNARY_OP, 'U') \
    X(BINARY_OP, 'U') \
    X(COMPARE_OP, 'U') \
    X(FORMAT_VALUE, 'U') /* bit 0-1: conversion 0/r/s/a, bit 2: has spec */ \
    X(JUMP, 'J') \
    X(POP_JUMP_IF_FALSE, 'J') \
    X(POP_JUMP_IF_TRUE, 'J') \
    X(JUMP_IF_FALSE_OR_POP, 'J') \
    X(JUMP_IF_TRUE_OR_POP, 'J') \
    X(GET_ITER, 0) \
    X(FOR_ITER, 'J') \
    X(CALL_FUNCTION, 'U') /* n_args | n_kw << 8; kw as (name, value) pairs */ \
    X(CALL_METHOD, 'U') \
    X(CALL_FUNCTION_EX, 'U') /* 1 = has kwargs dict */ \
    X(MAKE_FUNCTION, 'U') /* 1 defaults, 2 kwdefaults, 4 closure, 8 annotations */ \
    X(RETURN_VALUE, 0) \
    X(RAISE_VARARGS, 'U') \
    X(RERAISE, 0) \
    X(PUSH_EXC_INFO, 0) \
    X(POP_EXCEPT, 0) \
    X(POP_EXCEPT_AND_RERAISE, 0) \
    X(CHECK_EXC_MATCH, 0) \
    X(WITH_ENTER, 0) \
    X(WITH_EXIT, 0) \
    X(WITH_EXCEPT_START, 0) \
    X(ASYNC_WITH_ENTER, 0) \
    X(ASYNC_WITH_EXIT, 0) \
    X(ASYNC_WITH_EXCEPT_START, 0) \
    X(LOAD_BUILD_CLASS, 0) \
    X(IMPORT_NAME, 'Q') \
    X(IMPORT_FROM, 'Q') \
    X(IMPORT_STAR, 0) \
    X(YIELD_VALUE, 0) \
    X(YIELD_FROM, 0) \
    X(GET_AWAITABLE, 0) \
    X(GET_AITER, 0) \
    X(GET_ANEXT, 0) \
    X(END_ASYNC_FOR, 0) \
    X(LOAD_ASSERTION_ERROR, 0) \
    X(PRINT_EXPR, 0) \
    X(DELETE_SUBSCR_NAME, 0)

typedef enum {
#define X(name, arg) BC_##name,
    BC_OPS(X)
#undef X
    BC_COUNT
} bc_op_t;

/* code->flags */
enum {
    CODE_VARARGS = 1 << 0,
    CODE_VARKW = 1 << 1,
    CODE_GENERATOR = 1 << 2,
    CODE_COROUTINE = 1 << 3,
    CODE_ASYNC_GENERATOR = 1 << 4,
    CODE_NEWLOCALS = 1 << 5,  /* function scope (fast locals) */
    CODE_CLASS_BODY = 1 << 6, /* returns the __class__ cell */
};

typedef struct exc_entry {
    uint32_t start, end;      /* [start, end) instruction offsets */
    uint32_t handler;
    uint32_t depth;           /* stack depth to unwind to before pushing exc */
} exc_entry_t;

/* A compiled function. Nothing writes to a code object or to what it
 * points to once the compiler has built it: frozen modules keep theirs,
 * with every table and constant, in const data (ROM on a board). */
typedef struct code {
    obj_base_t base;          /* &type_code */
    const uint8_t *bytecode;
    uint32_t bc_len;
    uint16_t flags;
    uint16_t n_posargs;       /* including positional-only */
    uint16_t n_posonly;
    uint16_t n_kwonly;
    uint16_t n_slots;         /* args, locals, cells and free vars */
    uint16_t n_cells;         /* slots listed in cell_slots become cells */
    uint16_t n_free;          /* last n_free slots come from the closure */
    uint16_t stack_size;
    uint16_t n_exc;
    qstr name;
    qstr qualname;            /* C.m, f.<locals>.g */
    qstr filename;
    uint32_t first_line;
    const obj_t *consts;
    obj_t doc;                /* docstring or None */
    uint32_t n_consts;
    const uint16_t *cell_slots;
    const qstr *slot_names;   /* n_slots names: args first, in order */
    const exc_entry_t *exc_table;
    const uint8_t *lines;     /* (bc delta, line delta) varint pairs */
    uint32_t lines_len;
} code_t;

/* Print a listing of code (every field, table and constant) and of the
 * code objects in its constants; two code objects compiled alike print
 * alike, whatever memory they live in. */
void bc_dump(const print_t *p, const code_t *code);

/* Source line for an instruction offset. */
uint32_t code_line_for_offset(const code_t *code, uint32_t offset);

#endif
