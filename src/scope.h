/*
 * Scope analysis: which names are local, global, free or cells in each
 * function, class, comprehension and module body.
 *
 * scope_build() walks the whole AST once before code generation; the
 * compiler then asks scope_find() for the scope of each function-like node
 * and scope_lookup() for how to load or store a name in it.
 */
#ifndef CP_SCOPE_H
#define CP_SCOPE_H

#include "ast.h"
#include "qstr.h"

typedef enum {
    SCOPE_MODULE,
    SCOPE_FUNCTION,
    SCOPE_LAMBDA,
    SCOPE_CLASS,
    SCOPE_COMPREHENSION,
} scope_kind_t;

typedef enum {
    SYM_UNRESOLVED = 0,
    SYM_LOCAL,            /* fast local slot */
    SYM_CELL,             /* local captured by an inner scope: slot holds a cell */
    SYM_FREE,             /* captured from an enclosing scope: slot holds a cell */
    SYM_GLOBAL_EXPLICIT,  /* declared global */
    SYM_GLOBAL_IMPLICIT,  /* not bound anywhere enclosing: globals, then builtins */
    SYM_NAME,             /* module / class body: the locals dict */
} sym_kind_t;

enum {
    SYMF_PARAM = 1,
    SYMF_BOUND = 2,       /* assigned, deleted, imported, def'd, for-target ... */
    SYMF_USED = 4,
    SYMF_DECL_GLOBAL = 8,
    SYMF_DECL_NONLOCAL = 16,
    SYMF_CLASS_FREE = 32, /* class scope: also holds the enclosing cell for its methods */
    SYMF_COMP_ITER = 64,  /* a comprehension's iteration variable */
};

typedef struct sym {
    qstr name;
    uint8_t kind;
    uint8_t flags;
    uint16_t slot;
    uint32_t decl_line;  /* line of its global/nonlocal statement */
} sym_t;

enum {
    SCOPEF_GENERATOR = 1,
    SCOPEF_COROUTINE = 2,
    SCOPEF_VARARGS = 4,
    SCOPEF_VARKW = 8,
    SCOPEF_NEEDS_CLASS_CELL = 16, /* class scope: some method uses super/__class__ */
};

typedef struct scope {
    uint8_t kind;
    uint16_t flags;
    struct scope *parent;
    const ast_t *node;
    const ast_t *decl_node; /* last nonlocal statement, for error lines */
    qstr name;
    sym_t *syms;
    size_t n_syms, alloc_syms;
    struct scope **children;
    size_t n_children, alloc_children;
    /* filled by slot assignment */
    uint16_t n_slots, n_params, n_posonly, n_kwonly, n_cells, n_free;
} scope_t;

typedef struct scope_error {
    uint32_t line, col;
    char msg[160];        /* CPython's message */
} scope_error_t;

/* Returns the module scope, or NULL with err set for a SyntaxError
 * (nonlocal/global misuse). Memory comes from mem.h (raises MemoryError).
 * mode is PARSE_FILE / PARSE_SINGLE / PARSE_EVAL (the root is then an
 * expression). */
scope_t *scope_build(const ast_t *root, int mode, scope_error_t *err);
/* The name as bound inside class cls: __x becomes _cls__x. */
qstr scope_mangle(qstr cls, const char *s, size_t len);
scope_t *scope_find(const scope_t *parent, const ast_t *node);
const sym_t *scope_lookup(const scope_t *s, qstr name);

#endif
