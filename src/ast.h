/*
 * Abstract syntax tree produced by the parser and consumed by the compiler.
 *
 * Invariants:
 *  - Every node and every sequence lives in the parse arena (see arena.h);
 *    nothing here owns memory, and the whole tree dies with the arena.
 *  - The tree holds no interpreter objects. Names and literals are byte
 *    spans (decoded, UTF-8) in the arena or in the source buffer, so the
 *    parser depends on nothing but the arena.
 *  - One generic node shape serves every kind; the table below says which
 *    fields a kind uses. Unused fields are zero / NULL.
 */
#ifndef CP_AST_H
#define CP_AST_H

#include <stddef.h>
#include <stdint.h>

typedef struct ast ast_t;

typedef struct ast_seq {
    size_t n;
    ast_t *items[];
} ast_seq_t;

/* Byte span: names, decoded string/bytes literal contents, number text. */
typedef struct ast_str {
    const char *s;
    size_t len;
} ast_str_t;

typedef enum ast_kind {
    AST_NONE_ = 0,

    /* ---- module ---- */
    AST_MODULE,      /* l1 = body statements */

    /* ---- statements ---- */
    AST_EXPR,        /* a = expression */
    AST_ASSIGN,      /* l1 = targets (a = b = value has 2 targets), a = value */
    AST_AUGASSIGN,   /* a = target, op = AST_OP_*, b = value */
    AST_ANNASSIGN,   /* a = target, b = annotation, c = value or NULL */
    AST_DEL,         /* l1 = targets */
    AST_PASS,
    AST_BREAK,
    AST_CONTINUE,
    AST_RETURN,      /* a = value or NULL */
    AST_IF,          /* a = test, l1 = body, l2 = orelse (elif is a nested IF) */
    AST_WHILE,       /* a = test, l1 = body, l2 = orelse */
    AST_FOR,         /* a = target, b = iter, l1 = body, l2 = orelse; flags ASYNC */
    AST_WITH,        /* l1 = items (AST_WITHITEM), l2 = body; flags ASYNC */
    AST_WITHITEM,    /* a = context expr, b = target or NULL */
    AST_RAISE,       /* a = exception or NULL, b = cause or NULL */
    AST_TRY,         /* l1 = body, l2 = handlers (AST_EXCEPTHANDLER),
                        l3 = orelse, l4 = finalbody */
    AST_EXCEPTHANDLER, /* a = type expr or NULL, name = bound name (len 0 if
                          none), l1 = body */
    AST_ASSERT,      /* a = test, b = msg or NULL */
    AST_IMPORT,      /* l1 = aliases (AST_ALIAS) */
    AST_IMPORTFROM,  /* name = dotted module ("" for "from . import x"),
                        op = level (number of leading dots), l1 = aliases;
                        "from m import *" has one alias whose name is "*" */
    AST_ALIAS,       /* name = dotted name ("a.b.c"), name2 = asname (len 0 if none) */
    AST_GLOBAL,      /* l1 = AST_NAME nodes */
    AST_NONLOCAL,    /* l1 = AST_NAME nodes */
    AST_FUNCDEF,     /* name, b = AST_ARGUMENTS, l1 = body, l2 = decorators,
                        c = return annotation or NULL; flags ASYNC */
    AST_CLASSDEF,    /* name, l1 = bases (may hold AST_STARRED),
                        l2 = keywords (AST_KEYWORD), l3 = body, l4 = decorators */

    /* ---- expressions ---- */
    AST_CONST,       /* op = AST_CONST_*; name = text for INT (digits, no
                        underscores, no prefix; base in flags>>8... see below),
                        FLOAT, IMAG (text without the j), STR and BYTES
                        (decoded contents) */
    AST_NAME,        /* name; ctx in flags (AST_CTX_*) */
    AST_ATTR,        /* a = object, name = attribute; ctx in flags */
    AST_SUBSCR,      /* a = object, b = index (may be AST_SLICE or AST_TUPLE
                        of slices); ctx in flags */
    AST_SLICE,       /* a = lower, b = upper, c = step: each may be NULL */
    AST_STARRED,     /* a = value; ctx in flags */
    AST_TUPLE,       /* l1 = elements; ctx in flags */
    AST_LIST,        /* l1 = elements; ctx in flags */
    AST_SET,         /* l1 = elements */
    AST_DICT,        /* l1 = keys, l2 = values; a NULL key means "**value" */
    AST_BINOP,       /* a op b, op = AST_OP_* */
    AST_UNARY,       /* op = AST_UOP_*, a = operand */
    AST_BOOLOP,      /* op = AST_BOOL_AND / AST_BOOL_OR, l1 = values (>= 2) */
    AST_COMPARE,     /* a = left, l1 = AST_CMPITEM nodes (>= 1) */
    AST_CMPITEM,     /* op = AST_CMP_*, a = right operand */
    AST_CALL,        /* a = callee, l1 = positional args (may hold
                        AST_STARRED), l2 = keywords (AST_KEYWORD) */
    AST_KEYWORD,     /* name = keyword (len 0 means "**a"), a = value */
    AST_IFEXP,       /* b if a else c */
    AST_LAMBDA,      /* b = AST_ARGUMENTS, a = body expression */
    AST_NAMEDEXPR,   /* a = target (AST_NAME), b = value */
    AST_LISTCOMP,    /* a = element, l1 = generators (AST_COMPFOR) */
    AST_SETCOMP,     /* a = element, l1 = generators */
    AST_GENEXP,      /* a = element, l1 = generators */
    AST_DICTCOMP,    /* a = key, b = value, l1 = generators */
    AST_COMPFOR,     /* a = target, b = iterable, l1 = if-conditions;
                        flags ASYNC */
    AST_YIELD,       /* a = value or NULL */
    AST_YIELDFROM,   /* a = value */
    AST_AWAIT,       /* a = value */
    AST_JOINEDSTR,   /* f-string: l1 = parts, each AST_CONST (STR) or
                        AST_FORMATTED */
    AST_FORMATTED,   /* a = value, op = conversion: 0, 'r', 's' or 'a';
                        b = format spec (AST_JOINEDSTR) or NULL.
                        For f"{x=}" the parser emits a CONST "x=" part first
                        and sets op to 'r' unless a conversion or spec was
                        given, as CPython does. */

    /* ---- function signature ---- */
    AST_ARGUMENTS,   /* l1 = positional parameters (AST_ARG; a = default or
                        NULL; flags AST_F_POSONLY for those before "/"),
                        a = *vararg AST_ARG or NULL,
                        l2 = keyword-only parameters (AST_ARG; a = default or NULL),
                        b = **kwarg AST_ARG or NULL */
    AST_ARG,         /* name, a = default or NULL, b = annotation or NULL */

    AST_KIND_COUNT
} ast_kind_t;

/* AST_CONST subkinds (in op). */
enum {
    AST_CONST_NONE = 1,
    AST_CONST_TRUE,
    AST_CONST_FALSE,
    AST_CONST_ELLIPSIS,
    AST_CONST_INT,    /* name = digits only (underscores removed, no 0x
                         prefix); base (2, 8, 10 or 16) in `base` */
    AST_CONST_FLOAT,  /* name = literal text with underscores removed */
    AST_CONST_IMAG,   /* name = literal text without the trailing j/J */
    AST_CONST_STR,    /* name = decoded UTF-8 contents (may contain NUL) */
    AST_CONST_BYTES,  /* name = decoded bytes */
};

/* Binary and augmented-assignment operators (op of BINOP / AUGASSIGN). */
enum {
    AST_OP_ADD = 1, AST_OP_SUB, AST_OP_MUL, AST_OP_MATMUL, AST_OP_TRUEDIV,
    AST_OP_FLOORDIV, AST_OP_MOD, AST_OP_POW, AST_OP_LSHIFT, AST_OP_RSHIFT,
    AST_OP_OR, AST_OP_XOR, AST_OP_AND,
};

/* Unary operators. */
enum { AST_UOP_NOT = 1, AST_UOP_NEG, AST_UOP_POS, AST_UOP_INVERT };

/* Boolean operators. */
enum { AST_BOOL_AND = 1, AST_BOOL_OR };

/* Comparison operators. */
enum {
    AST_CMP_LT = 1, AST_CMP_GT, AST_CMP_EQ, AST_CMP_NE, AST_CMP_LE, AST_CMP_GE,
    AST_CMP_IN, AST_CMP_NOT_IN, AST_CMP_IS, AST_CMP_IS_NOT,
};

/* flags: expression context (low 2 bits) and modifiers. */
enum {
    AST_CTX_LOAD = 0,
    AST_CTX_STORE = 1,
    AST_CTX_DEL = 2,
    AST_CTX_MASK = 3,
    AST_F_ASYNC = 1u << 2,   /* async def / for / with / comprehension */
    AST_F_POSONLY = 1u << 3, /* parameter before "/" */
    AST_F_PAREN = 1u << 4,   /* expression was parenthesised (genexp arg etc.) */
    /* Added by the parser (see parser.h): */
    AST_F_PRINT = 1u << 5,   /* AST_EXPR in PARSE_SINGLE mode outside def/class:
                                the REPL prints the value (PRINT_EXPR) */
    AST_F_STAR = 1u << 6,    /* AST_TRY whose handlers are `except*` */
};

struct ast {
    uint8_t kind;       /* ast_kind_t */
    uint8_t op;         /* operator / subkind, see the kind table */
    uint8_t base;       /* AST_CONST_INT: 2, 8, 10 or 16 */
    uint8_t pad_;
    uint16_t flags;     /* AST_CTX_* | AST_F_* */
    uint16_t col;       /* 1-based column of the first token */
    uint32_t line;      /* 1-based line of the first token */
    uint32_t end_line;  /* line of the last token (for multi-line statements) */
    ast_t *a, *b, *c;
    ast_seq_t *l1, *l2, *l3, *l4;
    ast_str_t name;
    ast_str_t name2;
};

#endif
