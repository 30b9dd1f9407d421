/*
 * Unit tests for the parser and the arena (Check).
 *
 * - valid_cases / error_cases: tables generated from CPython 3.11 itself
 *   (the AST through ast.parse, converted to the dump format of
 *   tests/unit/ast_dump.c; errors through compile(): class, lineno, offset,
 *   msg). The generating script is at the end of this file.
 * - hand-written tests of AST details the dump does not show, of the three
 *   modes and the `incomplete` flag, of the nesting limits, of out-of-memory
 *   handling (a chunk allocator that fails after N chunks) and a small fuzz
 *   loop (random mutations of valid programs must never crash; run it
 *   under -fsanitize=address,undefined).
 *
 * Build: gcc -std=c11 -Wall -Wextra -fsanitize=address,undefined -Isrc
 *        tests/unit/test_parser.c tests/unit/ast_dump.c src/parser.c
 *        src/lexer.c src/arena.c $(pkg-config --cflags --libs check)
 */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"

/* tests/unit/ast_dump.c */
char *ast_dump(const ast_t *n, int flags);
#define AST_DUMP_POS 1

/* ---- chunk allocator: malloc'd, listed, optionally failing ---- */

typedef struct chunk {
    struct chunk *next;
    void *align; /* keeps the arena's chunk pointer-aligned */
} chunk_t;

typedef struct pool {
    chunk_t *chunks;
    long budget; /* chunks left before failing; < 0: unlimited */
    size_t count;
} pool_t;

static void *pool_alloc(void *ctx, size_t n)
{
    pool_t *pool = ctx;
    if (pool->budget == 0)
        return NULL;
    if (pool->budget > 0)
        pool->budget--;
    chunk_t *c = malloc(sizeof *c + n);
    if (!c)
        return NULL;
    c->next = pool->chunks;
    pool->chunks = c;
    pool->count++;
    return c + 1;
}

static void pool_free(pool_t *pool)
{
    while (pool->chunks) {
        chunk_t *n = pool->chunks->next;
        free(pool->chunks);
        pool->chunks = n;
    }
    pool->count = 0;
}

/* Parses src; returns the dump (caller frees) or NULL with *err set. */
static char *parse_dump(const char *src, size_t len, int mode, int flags,
                        parse_error_t *err)
{
    pool_t pool = {NULL, -1, 0};
    arena_t a;
    arena_init(&a, pool_alloc, &pool);
    ast_t *tree = (ast_t *)1;
    int r = parser_parse(&a, src, len, mode, &tree, err);
    char *d = NULL;
    if (r == 0) {
        ck_assert_ptr_nonnull(tree);
        d = ast_dump(tree, flags);
    } else {
        ck_assert_int_eq(r, -1);
        ck_assert_ptr_null(tree);
    }
    pool_free(&pool);
    return d;
}

/* The module body of a successful parse, without "(Module ...)". */
static char *body_of(char *d)
{
    size_t n = strlen(d);
    if (strncmp(d, "(Module ", 8) == 0) {
        memmove(d, d + 8, n - 8);
        d[n - 9] = '\0';
    } else if (strcmp(d, "(Module)") == 0) {
        d[0] = '\0';
    }
    return d;
}

static void expect_ok(const char *src, int mode, const char *want)
{
    parse_error_t err;
    char *d = parse_dump(src, strlen(src), mode, 0, &err);
    ck_assert_msg(d != NULL, "%s: %u:%u %s", src, (unsigned)err.line,
                  (unsigned)err.col, err.msg);
    ck_assert_str_eq(d, want);
    free(d);
}

static void expect_err(const char *src, int mode, int kind, unsigned line,
                       unsigned col, const char *msg, bool incomplete)
{
    parse_error_t err;
    char *d = parse_dump(src, strlen(src), mode, 0, &err);
    ck_assert_msg(d == NULL, "%s: parsed as %s", src, d);
    ck_assert_str_eq(err.msg, msg);
    ck_assert_msg(err.kind == kind && err.line == line && err.col == col,
                  "%s: %d %u:%u, want %d %u:%u", src, err.kind,
                  (unsigned)err.line, (unsigned)err.col, kind, line, col);
    ck_assert_int_eq(err.incomplete, incomplete);
}

/* ---- tables generated from CPython 3.11 ---- */

/* Generated from CPython 3.11 ast (see the script at the end). */
static const struct { const char *src, *dump; } valid_cases[] = {
    {"42",
     "(Expr 42)"},
    {"0x1F",
     "(Expr 0x1F)"},
    {"0o17",
     "(Expr 0o17)"},
    {"0b1010",
     "(Expr 0b1010)"},
    {"1_000_000",
     "(Expr 1000000)"},
    {"0_0",
     "(Expr 00)"},
    {"00",
     "(Expr 00)"},
    {"3.14",
     "(Expr 3.14)"},
    {"1.",
     "(Expr 1.)"},
    {".5",
     "(Expr .5)"},
    {"1e5",
     "(Expr 1e5)"},
    {"1E-5",
     "(Expr 1E-5)"},
    {"1_000.5e-3",
     "(Expr 1000.5e-3)"},
    {"1j",
     "(Expr 1j)"},
    {"2.5J",
     "(Expr 2.5j)"},
    {"1e5j",
     "(Expr 1e5j)"},
    {"'s'",
     "(Expr 's')"},
    {"\"d\"",
     "(Expr 'd')"},
    {"'''t'''",
     "(Expr 't')"},
    {"\"\"\"t2\"\"\"",
     "(Expr 't2')"},
    {"r'a\\n'",
     "(Expr 'a\\\\n')"},
    {"b'b'",
     "(Expr b'b')"},
    {"br'\\x'",
     "(Expr b'\\\\x')"},
    {"Rb'x'",
     "(Expr b'x')"},
    {"u'u'",
     "(Expr 'u')"},
    {"F'{x}'",
     "(Expr (f (fmt x)))"},
    {"rf'{x}\\n'",
     "(Expr (f (fmt x) '\\\\n'))"},
    {"'a\\tb\\x41\\u00e9\\U0001F600\\101\\0'",
     "(Expr 'a\\tbA\303\251\360\237\230\200A\\x00')"},
    {"b'\\x00\\xff\\777\\u1234'",
     "(Expr b'\\x00\\xff\\xff\\\\u1234')"},
    {"'\\q'",
     "(Expr '\\\\q')"},
    {"'a' 'b'",
     "(Expr 'ab')"},
    {"'a' \"b\" '''c'''",
     "(Expr 'abc')"},
    {"b'a' b'b'",
     "(Expr b'ab')"},
    {"'a\\\nb'",
     "(Expr 'ab')"},
    {"'''a\nb'''",
     "(Expr 'a\\nb')"},
    {"None",
     "(Expr None)"},
    {"True",
     "(Expr True)"},
    {"False",
     "(Expr False)"},
    {"...",
     "(Expr ...)"},
    {"x",
     "(Expr x)"},
    {"_x1",
     "(Expr _x1)"},
    {"\303\251t\303\251",
     "(Expr \303\251t\303\251)"},
    {"x\302\267y",
     "(Expr x\302\267y)"},
    {"\317\200 = 3",
     "(Assign [\317\200:s] 3)"},
    {"-2**2",
     "(Expr (neg (** 2 2)))"},
    {"2**-1",
     "(Expr (** 2 (neg 1)))"},
    {"2**3**2",
     "(Expr (** 2 (** 3 2)))"},
    {"-x",
     "(Expr (neg x))"},
    {"+x",
     "(Expr (pos x))"},
    {"~x",
     "(Expr (~ x))"},
    {"not x",
     "(Expr (not x))"},
    {"not not x",
     "(Expr (not (not x)))"},
    {"a + b * c",
     "(Expr (+ a (* b c)))"},
    {"(a + b) * c",
     "(Expr (* (+ a b) c))"},
    {"a - b - c",
     "(Expr (- (- a b) c))"},
    {"a / b // c % d @ e",
     "(Expr (@ (% (// (/ a b) c) d) e))"},
    {"a << b >> c",
     "(Expr (>> (<< a b) c))"},
    {"a | b ^ c & d",
     "(Expr (| a (^ b (& c d))))"},
    {"a & b | c",
     "(Expr (| (& a b) c))"},
    {"a or b and not c",
     "(Expr (or a (and b (not c))))"},
    {"a and b or c and d",
     "(Expr (or (and a b) (and c d)))"},
    {"a or b or c",
     "(Expr (or a b c))"},
    {"a and b and c",
     "(Expr (and a b c))"},
    {"a < b <= c == d != e > f >= g",
     "(Expr (cmp a < b <= c == d != e > f >= g))"},
    {"a in b not in c is d is not e",
     "(Expr (cmp a in b not-in c is d is-not e))"},
    {"not a == b",
     "(Expr (not (cmp a == b)))"},
    {"-a ** -b",
     "(Expr (neg (** a (neg b))))"},
    {"await x ** 2",
     "(Expr (** (await x) 2))"},
    {"a if b else c",
     "(Expr (? b a c))"},
    {"a if b else c if d else e",
     "(Expr (? b a (? d c e)))"},
    {"lambda: 0",
     "(Expr (lambda (args) 0))"},
    {"lambda x, y=1, *a, k, **kw: x",
     "(Expr (lambda (args x y=1 *a k **kw) x))"},
    {"lambda *, k: k",
     "(Expr (lambda (args * k) k))"},
    {"lambda x, /, y: 0",
     "(Expr (lambda (args x / y) 0))"},
    {"(x := 1)",
     "(Expr (:= x:s 1))"},
    {"f(x := 1)",
     "(Expr (call f (:= x:s 1)))"},
    {"[y := 2, y]",
     "(Expr (list (:= y:s 2) y))"},
    {"a[b := 1]",
     "(Expr ([] a (:= b:s 1)))"},
    {"()",
     "(Expr (tuple))"},
    {"(1,)",
     "(Expr (tuple 1))"},
    {"(1, 2)",
     "(Expr (tuple 1 2))"},
    {"1, 2",
     "(Expr (tuple 1 2))"},
    {"[]",
     "(Expr (list))"},
    {"[1, 2,]",
     "(Expr (list 1 2))"},
    {"{}",
     "(Expr (dict))"},
    {"{1: 2, **d, 3: 4}",
     "(Expr (dict 1 2 ** d 3 4))"},
    {"{1, 2}",
     "(Expr (set 1 2))"},
    {"{*a, *b}",
     "(Expr (set (* a) (* b)))"},
    {"[*a, *b]",
     "(Expr (list (* a) (* b)))"},
    {"(*a, b)",
     "(Expr (tuple (* a) b))"},
    {"[x for x in y]",
     "(Expr (listcomp x (for x:s y)))"},
    {"[x for x in y if x if y for z in w]",
     "(Expr (listcomp x (for x:s y x y) (for z:s w)))"},
    {"{x for x in y}",
     "(Expr (setcomp x (for x:s y)))"},
    {"{k: v for k, v in d}",
     "(Expr (dictcomp k v (for (tuple:s k:s v:s) d)))"},
    {"(x for x in y)",
     "(Expr (genexp x (for x:s y)))"},
    {"[x async for x in y]",
     "(Expr (listcomp x (for:async x:s y)))"},
    {"[(a, b) for a, *b in c]",
     "(Expr (listcomp (tuple a b) (for (tuple:s a:s (*:s b:s)) c)))"},
    {"a.b.c",
     "(Expr (. (. a b) c))"},
    {"a[1]",
     "(Expr ([] a 1))"},
    {"a[1:2]",
     "(Expr ([] a (: 1 2 -)))"},
    {"a[::2]",
     "(Expr ([] a (: - - 2)))"},
    {"a[1:2, ::3]",
     "(Expr ([] a (tuple (: 1 2 -) (: - - 3))))"},
    {"a[:, 1]",
     "(Expr ([] a (tuple (: - - -) 1)))"},
    {"a[1,]",
     "(Expr ([] a (tuple 1)))"},
    {"a[()]",
     "(Expr ([] a (tuple)))"},
    {"a[*b]",
     "(Expr ([] a (tuple (* b))))"},
    {"a[1:2, *b]",
     "(Expr ([] a (tuple (: 1 2 -) (* b))))"},
    {"f()",
     "(Expr (call f))"},
    {"f(a, *b, c=1, **d)",
     "(Expr (call f a (* b) c=1 **d))"},
    {"f(x for x in y)",
     "(Expr (call f (genexp x (for x:s y))))"},
    {"f(a)(b)[c].d",
     "(Expr (. ([] (call (call f a) b) c) d))"},
    {"f(**a, c=1)",
     "(Expr (call f **a c=1))"},
    {"f(a=1, *b)",
     "(Expr (call f (* b) a=1))"},
    {"f'{x}'",
     "(Expr (f (fmt x)))"},
    {"f'a{x!r}b{y!s}{z!a}'",
     "(Expr (f 'a' (fmt x !r) 'b' (fmt y !s) (fmt z !a)))"},
    {"f'{x:>10}'",
     "(Expr (f (fmt x (f '>10'))))"},
    {"f'{x:{w}.{p}f}'",
     "(Expr (f (fmt x (f (fmt w) '.' (fmt p) 'f'))))"},
    {"f'{x=}'",
     "(Expr (f 'x=' (fmt x !r)))"},
    {"f'{x = }'",
     "(Expr (f 'x = ' (fmt x !r)))"},
    {"f'{x=!s}'",
     "(Expr (f 'x=' (fmt x !s)))"},
    {"f'{x=:>5}'",
     "(Expr (f 'x=' (fmt x (f '>5'))))"},
    {"f'{{}}'",
     "(Expr (f '{}'))"},
    {"f'{{{x}}}'",
     "(Expr (f '{' (fmt x) '}'))"},
    {"f''",
     "(Expr (f))"},
    {"'a' f'' 'b'",
     "(Expr (f 'ab'))"},
    {"f'{x}' 'y' f'{z}'",
     "(Expr (f (fmt x) 'y' (fmt z)))"},
    {"f'{a[\"k\"]}'",
     "(Expr (f (fmt ([] a 'k'))))"},
    {"f'''{\nx\n}'''",
     "(Expr (f (fmt x)))"},
    {"f'{x:}'",
     "(Expr (f (fmt x (f))))"},
    {"f'{(lambda: 1)()}'",
     "(Expr (f (fmt (call (lambda (args) 1)))))"},
    {"f'{x for x in y}'",
     "(Expr (f (fmt (genexp x (for x:s y)))))"},
    {"f'{a, b}'",
     "(Expr (f (fmt (tuple a b))))"},
    {"f'{\"nested\" + f\"{y}\"}'",
     "(Expr (f (fmt (+ 'nested' (f (fmt y))))))"},
    {"f'{3!r:^{w}}'",
     "(Expr (f (fmt 3 !r (f '^' (fmt w)))))"},
    {"f'\\{x}'",
     "(Expr (f '\\\\' (fmt x)))"},
    {"f'{x!r:{y!s}}'",
     "(Expr (f (fmt x !r (f (fmt y !s)))))"},
    {"rf'\\{x}'",
     "(Expr (f '\\\\' (fmt x)))"},
    {"f'{a:{{}}}'",
     "(Expr (f (fmt a (f (fmt (dict))))))"},
    {"x = 1",
     "(Assign [x:s] 1)"},
    {"x = y = 1",
     "(Assign [x:s y:s] 1)"},
    {"a, b = c",
     "(Assign [(tuple:s a:s b:s)] c)"},
    {"a, *b = c",
     "(Assign [(tuple:s a:s (*:s b:s))] c)"},
    {"[a, b] = c",
     "(Assign [(list:s a:s b:s)] c)"},
    {"(a, b), c = d",
     "(Assign [(tuple:s (tuple:s a:s b:s) c:s)] d)"},
    {"a.b = 1",
     "(Assign [(.:s a b)] 1)"},
    {"a[1] = 2",
     "(Assign [([]:s a 1)] 2)"},
    {"a[1:2] = b",
     "(Assign [([]:s a (: 1 2 -))] b)"},
    {"x = yield",
     "(Assign [x:s] (yield -))"},
    {"x = yield from y",
     "(Assign [x:s] (yield-from y))"},
    {"x = *a, b",
     "(Assign [x:s] (tuple (* a) b))"},
    {"x += 1",
     "(AugAssign x:s + 1)"},
    {"x.y -= 1",
     "(AugAssign (.:s x y) - 1)"},
    {"x[0] *= 2",
     "(AugAssign ([]:s x 0) * 2)"},
    {"x @= y",
     "(AugAssign x:s @ y)"},
    {"x /= 2",
     "(AugAssign x:s / 2)"},
    {"x //= 2",
     "(AugAssign x:s // 2)"},
    {"x %= 2",
     "(AugAssign x:s % 2)"},
    {"x **= 2",
     "(AugAssign x:s ** 2)"},
    {"x <<= 1",
     "(AugAssign x:s << 1)"},
    {"x >>= 1",
     "(AugAssign x:s >> 1)"},
    {"x |= 1",
     "(AugAssign x:s | 1)"},
    {"x ^= 1",
     "(AugAssign x:s ^ 1)"},
    {"x &= 1",
     "(AugAssign x:s & 1)"},
    {"x: int",
     "(AnnAssign x:s int -)"},
    {"x: int = 1",
     "(AnnAssign x:s int 1)"},
    {"(x): int = 1",
     "(AnnAssign x:s int 1)"},
    {"x.y: int",
     "(AnnAssign (.:s x y) int -)"},
    {"x[0]: int = 1",
     "(AnnAssign ([]:s x 0) int 1)"},
    {"del x",
     "(Del [x:d])"},
    {"del x, y",
     "(Del [x:d y:d])"},
    {"del x,",
     "(Del [x:d])"},
    {"del (x, y), [z]",
     "(Del [(tuple:d x:d y:d) (list:d z:d)])"},
    {"del x.y, x[0]",
     "(Del [(.:d x y) ([]:d x 0)])"},
    {"pass",
     "(Pass)"},
    {"break",
     "(Break)"},
    {"continue",
     "(Continue)"},
    {"return",
     "(Return -)"},
    {"return 1",
     "(Return 1)"},
    {"return 1, 2",
     "(Return (tuple 1 2))"},
    {"return *a, b",
     "(Return (tuple (* a) b))"},
    {"raise",
     "(Raise - -)"},
    {"raise E",
     "(Raise E -)"},
    {"raise E from c",
     "(Raise E c)"},
    {"global a, b",
     "(Global a b)"},
    {"nonlocal a",
     "(Nonlocal a)"},
    {"assert x",
     "(Assert x -)"},
    {"assert x, 'msg'",
     "(Assert x 'msg')"},
    {"import a",
     "(Import [a])"},
    {"import a.b.c",
     "(Import [a.b.c])"},
    {"import a as b, c.d as e",
     "(Import [(as a b) (as c.d e)])"},
    {"from a import b",
     "(ImportFrom a [b])"},
    {"from a.b import c as d, e",
     "(ImportFrom a.b [(as c d) e])"},
    {"from . import x",
     "(ImportFrom . [x])"},
    {"from .. import x",
     "(ImportFrom .. [x])"},
    {"from ...a import b",
     "(ImportFrom ...a [b])"},
    {"from .... import b",
     "(ImportFrom .... [b])"},
    {"from . a import b",
     "(ImportFrom .a [b])"},
    {"from a import (b, c,)",
     "(ImportFrom a [b c])"},
    {"from a import *",
     "(ImportFrom a [*])"},
    {"import a . b",
     "(Import [a.b])"},
    {"if a: b",
     "(If a [(Expr b)] [])"},
    {"if a:\n    b\nelif c:\n    d\nelif e:\n    f\nelse:\n    g",
     "(If a [(Expr b)] [(If c [(Expr d)] [(If e [(Expr f)] [(Expr g)])])])"},
    {"while x: pass",
     "(While x [(Pass)] [])"},
    {"while x:\n    pass\nelse:\n    y",
     "(While x [(Pass)] [(Expr y)])"},
    {"for x in y: pass",
     "(For x:s y [(Pass)] [])"},
    {"for x, y in z: pass\nelse: w",
     "(For (tuple:s x:s y:s) z [(Pass)] [(Expr w)])"},
    {"for x in *a, b: pass",
     "(For x:s (tuple (* a) b) [(Pass)] [])"},
    {"for (a, b) in c: pass",
     "(For (tuple:s a:s b:s) c [(Pass)] [])"},
    {"for x, in y: pass",
     "(For (tuple:s x:s) y [(Pass)] [])"},
    {"with a: pass",
     "(With [(item a -)] [(Pass)])"},
    {"with a as b, c as d: pass",
     "(With [(item a b:s) (item c d:s)] [(Pass)])"},
    {"with (a as b, c as d): pass",
     "(With [(item a b:s) (item c d:s)] [(Pass)])"},
    {"with (a, b): pass",
     "(With [(item a -) (item b -)] [(Pass)])"},
    {"with (a, b) as c: pass",
     "(With [(item (tuple a b) c:s)] [(Pass)])"},
    {"with (a): pass",
     "(With [(item a -)] [(Pass)])"},
    {"with (a) + b as c: pass",
     "(With [(item (+ a b) c:s)] [(Pass)])"},
    {"with (a as b,): pass",
     "(With [(item a b:s)] [(Pass)])"},
    {"with a as (b, c): pass",
     "(With [(item a (tuple:s b:s c:s))] [(Pass)])"},
    {"with a as b.c: pass",
     "(With [(item a (.:s b c))] [(Pass)])"},
    {"try:\n    a\nexcept:\n    b",
     "(Try [(Expr a)] [(except - - [(Expr b)])] [] [])"},
    {"try:\n    a\nexcept E as e:\n    b\nexcept (F, G):\n    c\nelse:\n    d\nfinally:\n    e",
     "(Try [(Expr a)] [(except E e [(Expr b)]) (except (tuple F G) - [(Expr c)])] [(Expr d)] [(Expr e)])"},
    {"try:\n    a\nfinally:\n    b",
     "(Try [(Expr a)] [] [] [(Expr b)])"},
    {"try:\n    a\nexcept* E:\n    b",
     "(Try:star [(Expr a)] [(except E - [(Expr b)])] [] [])"},
    {"def f(): pass",
     "(Def f (args) [(Pass)] [] -)"},
    {"def f(a, b=1, *args, c, d=2, **kw) -> int:\n    return a",
     "(Def f (args a b=1 *args c d=2 **kw) [(Return a)] [] int)"},
    {"def f(a, /, b): pass",
     "(Def f (args a / b) [(Pass)] [] -)"},
    {"def f(a=1, /, b=2, *, c): pass",
     "(Def f (args a=1 / b=2 * c) [(Pass)] [] -)"},
    {"def f(*, a): pass",
     "(Def f (args * a) [(Pass)] [] -)"},
    {"def f(a: int, *b: str, c: 'x' = 3, **d: float): pass",
     "(Def f (args a:int *b:str c:'x'=3 **d:float) [(Pass)] [] -)"},
    {"def f(a, b,): pass",
     "(Def f (args a b) [(Pass)] [] -)"},
    {"@d\ndef f(): pass",
     "(Def f (args) [(Pass)] [d] -)"},
    {"@a.b(1)\n@c\nclass C: pass",
     "(Class C [] [] [(Pass)] [(call (. a b) 1) c])"},
    {"@x[0]\ndef f(): pass",
     "(Def f (args) [(Pass)] [([] x 0)] -)"},
    {"@(yield)\ndef f(): pass",
     "(Def f (args) [(Pass)] [(yield -)] -)"},
    {"@a if b else c\ndef f(): pass",
     "(Def f (args) [(Pass)] [(? b a c)] -)"},
    {"class C: pass",
     "(Class C [] [] [(Pass)] [])"},
    {"class C(): pass",
     "(Class C [] [] [(Pass)] [])"},
    {"class C(A, B, metaclass=M, *c, **d): pass",
     "(Class C [A B (* c)] [metaclass=M **d] [(Pass)] [])"},
    {"async def f():\n    await x\n    async for a in b: pass\n    async with c as d: pass\n    return [i async for i in j]",
     "(Def:async f (args) [(Expr (await x)) (For:async a:s b [(Pass)] []) (With:async [(item c d:s)] [(Pass)]) (Return (listcomp i (for:async i:s j)))] [] -)"},
    {"@d\nasync def f(): pass",
     "(Def:async f (args) [(Pass)] [d] -)"},
    {"x = 1; y = 2",
     "(Assign [x:s] 1) (Assign [y:s] 2)"},
    {"x = 1;",
     "(Assign [x:s] 1)"},
    {"if x: a; b",
     "(If x [(Expr a) (Expr b)] [])"},
    {"x = (1 +\n     2)",
     "(Assign [x:s] (+ 1 2))"},
    {"x = [\n  1,\n  2,\n]",
     "(Assign [x:s] (list 1 2))"},
    {"x = 1 + \\\n    2",
     "(Assign [x:s] (+ 1 2))"},
    {"if x:\n    # comment\n    y\n\n    z\n",
     "(If x [(Expr y) (Expr z)] [])"},
    {"if x:\n\tif y:\n\t\tz",
     "(If x [(If y [(Expr z)] [])] [])"},
    {"def f():\n    '''doc'''\n    return 1\n",
     "(Def f (args) [(Expr 'doc') (Return 1)] [] -)"},
    {"x = 1  # comment",
     "(Assign [x:s] 1)"},
    {"\n\n# only\n\nx\n",
     "(Expr x)"},
    {"x\n   \n",
     "(Expr x)"},
    {"if x:\n  y\n# dedented comment\n  z\n",
     "(If x [(Expr y) (Expr z)] [])"},
    {"\357\273\277x = 1",
     "(Assign [x:s] 1)"},
    {"x = 1\r\ny = 2\r\n",
     "(Assign [x:s] 1) (Assign [y:s] 2)"},
    {"x = '''a\r\nb'''",
     "(Assign [x:s] 'a\\nb')"},
    {"if a:\n    if b:\n        c\nd",
     "(If a [(If b [(Expr c)] [])] []) (Expr d)"},
    {"print(*a, sep='')",
     "(Expr (call print (* a) sep=''))"},
    {"print",
     "(Expr print)"},
    {"exec",
     "(Expr exec)"},
    {"a = print",
     "(Assign [a:s] print)"},
    {"lambda: (yield)",
     "(Expr (lambda (args) (yield -)))"},
    {"x = lambda: lambda: 1",
     "(Assign [x:s] (lambda (args) (lambda (args) 1)))"},
    {"match = 1",
     "(Assign [match:s] 1)"},
    {"case = 2",
     "(Assign [case:s] 2)"},
    {"type = 3",
     "(Assign [type:s] 3)"},
    {"_ = 4",
     "(Assign [_:s] 4)"},
    {"print(match, case)",
     "(Expr (call print match case))"},
};
/* Generated from CPython 3.11 compile(): kind (1 SyntaxError, 2
 * IndentationError, 3 TabError), lineno, offset, msg. */
static const struct { const char *src; int kind, line, col; const char *msg; } error_cases[] = {
    {"a $ b", 1, 1, 3,
     "invalid syntax"},
    {"x = `a`", 1, 1, 5,
     "invalid syntax"},
    {"\001", 1, 1, 1,
     "invalid non-printable character U+0001"},
    {"x = 1\n  y = 2\n", 2, 2, 2,
     "unexpected indent"},
    {"if x:\n    a\n  b\n", 2, 3, 4,
     "unindent does not match any outer indentation level"},
    {"if x:\n        a\n\tb\n", 3, 3, 1,
     "inconsistent use of tabs and spaces in indentation"},
    {"if x:\npass\n", 2, 2, 1,
     "expected an indented block after 'if' statement on line 1"},
    {"if x:\n", 2, 1, 6,
     "expected an indented block after 'if' statement on line 1"},
    {"if x:", 2, 1, 6,
     "expected an indented block after 'if' statement on line 1"},
    {"for x in y:\n", 2, 1, 12,
     "expected an indented block after 'for' statement on line 1"},
    {"def f():\n", 2, 1, 9,
     "expected an indented block after function definition on line 1"},
    {"class A:\nx", 2, 2, 1,
     "expected an indented block after class definition on line 1"},
    {"try:\nx", 2, 2, 1,
     "expected an indented block after 'try' statement on line 1"},
    {"while 1:\nx", 2, 2, 1,
     "expected an indented block after 'while' statement on line 1"},
    {"with a:\nx", 2, 2, 1,
     "expected an indented block after 'with' statement on line 1"},
    {"else", 1, 1, 1,
     "invalid syntax"},
    {"x = (1,\n2\n", 1, 1, 5,
     "'(' was never closed"},
    {"x = (1,\ny = 2\n", 1, 1, 5,
     "'(' was never closed"},
    {"foo(a b", 1, 1, 4,
     "'(' was never closed"},
    {"f(a b)", 1, 1, 3,
     "invalid syntax. Perhaps you forgot a comma?"},
    {"[a b c]", 1, 1, 2,
     "invalid syntax. Perhaps you forgot a comma?"},
    {"x = )", 1, 1, 5,
     "unmatched ')'"},
    {"x = (]", 1, 1, 6,
     "closing parenthesis ']' does not match opening parenthesis '('"},
    {"x = (\n]", 1, 2, 1,
     "closing parenthesis ']' does not match opening parenthesis '(' on line 1"},
    {"x = \"abc", 1, 1, 5,
     "unterminated string literal (detected at line 1)"},
    {"x = \"\"\"abc\n\n", 1, 1, 5,
     "unterminated triple-quoted string literal (detected at line 2)"},
    {"x = 1abc", 1, 1, 5,
     "invalid decimal literal"},
    {"x = 012", 1, 1, 5,
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"},
    {"x = 1__0", 1, 1, 6,
     "invalid decimal literal"},
    {"x = 1_", 1, 1, 6,
     "invalid decimal literal"},
    {"x = 0x", 1, 1, 6,
     "invalid hexadecimal literal"},
    {"x = 0xg", 1, 1, 6,
     "invalid hexadecimal literal"},
    {"x = 0o8", 1, 1, 7,
     "invalid digit '8' in octal literal"},
    {"x = 0b2", 1, 1, 7,
     "invalid digit '2' in binary literal"},
    {"x = 0b12", 1, 1, 8,
     "invalid digit '2' in binary literal"},
    {"x = 1e", 1, 1, 5,
     "invalid decimal literal"},
    {"x = 1e+", 1, 1, 7,
     "invalid decimal literal"},
    {"x = 1jx", 1, 1, 6,
     "invalid imaginary literal"},
    {"x = 1.2.3", 1, 1, 8,
     "invalid syntax"},
    {"x = 09", 1, 1, 5,
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"},
    {"x = 0_9", 1, 1, 5,
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"},
    {"x = 1 +", 1, 1, 8,
     "invalid syntax"},
    {"x = 1 +\n", 1, 1, 8,
     "invalid syntax"},
    {"x = 1 +   # c\n", 1, 1, 11,
     "invalid syntax"},
    {"if x:\n\n\n", 2, 3, 1,
     "expected an indented block after 'if' statement on line 1"},
    {"if x:\n  if y:\n", 2, 2, 8,
     "expected an indented block after 'if' statement on line 2"},
    {"if x", 1, 1, 5,
     "expected ':'"},
    {"if x\n", 1, 1, 5,
     "expected ':'"},
    {"f(a $ b", 1, 1, 5,
     "invalid syntax"},
    {"x = (1, 2 3", 1, 1, 5,
     "'(' was never closed"},
    {"x = (1 +)\n(", 1, 1, 9,
     "invalid syntax"},
    {"x = [1,\n2,\n3 4\n", 1, 1, 5,
     "'[' was never closed"},
    {"def f(:\n  pass\n\"\"\"abc", 1, 3, 1,
     "unterminated triple-quoted string literal (detected at line 3)"},
    {"x = 1 + \\", 1, 1, 10,
     "unexpected EOF while parsing"},
    {"x = \\ 1", 1, 1, 6,
     "unexpected character after line continuation character"},
    {"\\", 1, 1, 2,
     "unexpected EOF while parsing"},
    {"x = (\n", 1, 1, 5,
     "'(' was never closed"},
    {"(", 1, 1, 1,
     "'(' was never closed"},
    {")", 1, 1, 1,
     "unmatched ')'"},
    {"print \"hello\"", 1, 1, 1,
     "Missing parentheses in call to 'print'. Did you mean print(...)?"},
    {"print x", 1, 1, 1,
     "Missing parentheses in call to 'print'. Did you mean print(...)?"},
    {"exec \"x\"", 1, 1, 1,
     "Missing parentheses in call to 'exec'. Did you mean exec(...)?"},
    {"f(**a, *b)", 1, 1, 8,
     "iterable argument unpacking follows keyword argument unpacking"},
    {"f(a=1, b)", 1, 1, 9,
     "positional argument follows keyword argument"},
    {"f(**a, b)", 1, 1, 9,
     "positional argument follows keyword argument unpacking"},
    {"f(x for x in y, 1)", 1, 1, 3,
     "Generator expression must be parenthesized"},
    {"f(1, x for x in y)", 1, 1, 6,
     "Generator expression must be parenthesized"},
    {"def f(a=1, b): pass", 1, 1, 12,
     "non-default argument follows default argument"},
    {"def f(a, a): pass", 1, 1, 10,
     "duplicate argument 'a' in function definition"},
    {"lambda a=1, b: 0", 1, 1, 13,
     "non-default argument follows default argument"},
    {"lambda a, a: 0", 1, 1, 11,
     "duplicate argument 'a' in function definition"},
    {"def f(*): pass", 1, 1, 7,
     "named arguments must follow bare *"},
    {"def f(*, **k): pass", 1, 1, 7,
     "named arguments must follow bare *"},
    {"def f(**k, a): pass", 1, 1, 12,
     "arguments cannot follow var-keyword argument"},
    {"def f(a, /, b, /): pass", 1, 1, 16,
     "/ may appear only once"},
    {"def f(/): pass", 1, 1, 7,
     "invalid syntax"},
    {"def f(/, a): pass", 1, 1, 7,
     "at least one argument must precede /"},
    {"{**x for x in y}", 1, 1, 2,
     "dict unpacking cannot be used in dict comprehension"},
    {"def f(*a, /): pass", 1, 1, 11,
     "/ must be ahead of *"},
    {"def f(*a=1): pass", 1, 1, 9,
     "var-positional argument cannot have default value"},
    {"def f(**a=1): pass", 1, 1, 10,
     "var-keyword argument cannot have default value"},
    {"def f(*a, *b): pass", 1, 1, 11,
     "* argument may appear only once"},
    {"def f(x=): pass", 1, 1, 8,
     "expected default value expression"},
    {"def f(x, (y, z)): pass", 1, 1, 10,
     "Function parameters cannot be parenthesized"},
    {"lambda (x): 1", 1, 1, 8,
     "Lambda expression parameters cannot be parenthesized"},
    {"lambda *: 0", 1, 1, 9,
     "named arguments must follow bare *"},
    {"f() = 1", 1, 1, 1,
     "cannot assign to function call here. Maybe you meant '==' instead of '='?"},
    {"1 = x", 1, 1, 1,
     "cannot assign to literal here. Maybe you meant '==' instead of '='?"},
    {"\"a\" = 1", 1, 1, 1,
     "cannot assign to literal here. Maybe you meant '==' instead of '='?"},
    {"a + b = 1", 1, 1, 1,
     "cannot assign to expression here. Maybe you meant '==' instead of '='?"},
    {"-a = 1", 1, 1, 1,
     "cannot assign to expression here. Maybe you meant '==' instead of '='?"},
    {"(a, f()) = 1", 1, 1, 5,
     "cannot assign to function call"},
    {"[a, 1] = 1", 1, 1, 5,
     "cannot assign to literal"},
    {"x = f() = 1", 1, 1, 5,
     "cannot assign to function call"},
    {"a, b += 1", 1, 1, 1,
     "'tuple' is an illegal expression for augmented assignment"},
    {"f() += 1", 1, 1, 1,
     "'function call' is an illegal expression for augmented assignment"},
    {"[a] += 1", 1, 1, 1,
     "'list' is an illegal expression for augmented assignment"},
    {"*a += 1", 1, 1, 1,
     "'starred' is an illegal expression for augmented assignment"},
    {"1 += 1", 1, 1, 1,
     "'literal' is an illegal expression for augmented assignment"},
    {"del f()", 1, 1, 5,
     "cannot delete function call"},
    {"del 1", 1, 1, 5,
     "cannot delete literal"},
    {"del a + b", 1, 1, 5,
     "cannot delete expression"},
    {"del (a, f())", 1, 1, 9,
     "cannot delete function call"},
    {"del *a", 1, 1, 5,
     "cannot delete starred"},
    {"for f() in x: pass", 1, 1, 5,
     "cannot assign to function call"},
    {"for 1 in x: pass", 1, 1, 5,
     "cannot assign to literal"},
    {"for a + b in x: pass", 1, 1, 5,
     "cannot assign to expression"},
    {"with a as f(): pass", 1, 1, 11,
     "cannot assign to function call"},
    {"with a as 1: pass", 1, 1, 11,
     "cannot assign to literal"},
    {"[x for f() in y]", 1, 1, 8,
     "cannot assign to function call"},
    {"lambda: 1 = 1", 1, 1, 1,
     "cannot assign to lambda"},
    {"a if b else c = 1", 1, 1, 1,
     "cannot assign to conditional expression"},
    {"None = 1", 1, 1, 1,
     "cannot assign to None"},
    {"True = 1", 1, 1, 1,
     "cannot assign to True"},
    {"x.None = 1", 1, 1, 3,
     "invalid syntax"},
    {"__debug__ = 1", 1, 1, 1,
     "cannot assign to __debug__"},
    {"del __debug__", 1, 1, 5,
     "cannot delete __debug__"},
    {"(yield) = 1", 1, 1, 2,
     "cannot assign to yield expression here. Maybe you meant '==' instead of '='?"},
    {"await x = 1", 1, 1, 1,
     "cannot assign to await expression here. Maybe you meant '==' instead of '='?"},
    {"a < b = 1", 1, 1, 1,
     "cannot assign to comparison"},
    {"not a = 1", 1, 1, 1,
     "cannot assign to expression"},
    {"a and b = 1", 1, 1, 1,
     "cannot assign to expression"},
    {"{a: 1} = 1", 1, 1, 1,
     "cannot assign to dict literal here. Maybe you meant '==' instead of '='?"},
    {"{a} = 1", 1, 1, 1,
     "cannot assign to set display here. Maybe you meant '==' instead of '='?"},
    {"[x for x in y] = 1", 1, 1, 1,
     "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?"},
    {"(x for x in y) = 1", 1, 1, 1,
     "cannot assign to generator expression"},
    {"f\"x\" = 1", 1, 1, 1,
     "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?"},
    {"... = 1", 1, 1, 1,
     "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?"},
    {"(a := 1) = 1", 1, 1, 2,
     "cannot assign to named expression here. Maybe you meant '==' instead of '='?"},
    {"(x, y): int = 1", 1, 1, 1,
     "only single target (not tuple) can be annotated"},
    {"[x]: int = 1", 1, 1, 1,
     "only single target (not list) can be annotated"},
    {"f(): int = 1", 1, 1, 1,
     "illegal target for annotation"},
    {"*a = 1", 1, 1, 1,
     "starred assignment target must be in a list or tuple"},
    {"*a, *b = 1", 1, 1, 1,
     "multiple starred expressions in assignment"},
    {"x = *a", 1, 1, 5,
     "can't use starred expression here"},
    {"a = yield = 1", 1, 1, 5,
     "assignment to yield expression not possible"},
    {"f(a.b=1)", 1, 1, 3,
     "expression cannot contain assignment, perhaps you meant \"==\"?"},
    {"f((a)=1)", 1, 1, 4,
     "expression cannot contain assignment, perhaps you meant \"==\"?"},
    {"f(1=1)", 1, 1, 3,
     "expression cannot contain assignment, perhaps you meant \"==\"?"},
    {"f(True=1)", 1, 1, 3,
     "cannot assign to True"},
    {"if x = 1: pass", 1, 1, 4,
     "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"},
    {"while x = 1: pass", 1, 1, 7,
     "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"},
    {"x = a not b", 1, 1, 11,
     "invalid syntax"},
    {"if a b: pass", 1, 1, 6,
     "invalid syntax"},
    {"x = a b", 1, 1, 7,
     "invalid syntax"},
    {"a := 1", 1, 1, 3,
     "invalid syntax"},
    {"(a.b := 1)", 1, 1, 2,
     "cannot use assignment expressions with attribute"},
    {"f() = a, b", 1, 1, 1,
     "cannot assign to function call here. Maybe you meant '==' instead of '='?"},
    {"a, f() = 1", 1, 1, 4,
     "cannot assign to function call here. Maybe you meant '==' instead of '='?"},
    {"f(), a = 1", 1, 1, 6,
     "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"},
    {"(f()) = 1", 1, 1, 2,
     "cannot assign to function call here. Maybe you meant '==' instead of '='?"},
    {"if f() = 1: pass", 1, 1, 4,
     "cannot assign to function call here. Maybe you meant '==' instead of '='?"},
    {"if (x) = 1: pass", 1, 1, 5,
     "cannot assign to name here. Maybe you meant '==' instead of '='?"},
    {"[x = 1]", 1, 1, 2,
     "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"},
    {"(x = 1)", 1, 1, 2,
     "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"},
    {"f(a, b for b in c)", 1, 1, 6,
     "Generator expression must be parenthesized"},
    {"class A(x for x in y): pass", 1, 1, 11,
     "invalid syntax"},
    {"x = {a: *b}", 1, 1, 9,
     "cannot use a starred expression in a dictionary value"},
    {"x = {a:1, b}", 1, 1, 11,
     "':' expected after dictionary key"},
    {"x = (*a)", 1, 1, 6,
     "cannot use starred expression here"},
    {"x = (**a)", 1, 1, 6,
     "cannot use double starred expression here"},
    {"x = [a, for a in b]", 1, 1, 6,
     "did you forget parentheses around the comprehension target?"},
    {"x = a if b", 1, 1, 5,
     "expected 'else' after 'if' expression"},
    {"def f(): return (yield from)", 1, 1, 28,
     "invalid syntax"},
    {"yield from", 1, 1, 11,
     "invalid syntax"},
    {"from a import x,", 1, 1, 17,
     "trailing comma not allowed without surrounding parentheses"},
    {"from a import (x", 1, 1, 15,
     "'(' was never closed"},
    {"from a import ()", 1, 1, 16,
     "invalid syntax"},
    {"from a import *, b", 1, 1, 16,
     "invalid syntax"},
    {"import a.b.", 1, 1, 12,
     "invalid syntax"},
    {"import .a", 1, 1, 8,
     "invalid syntax"},
    {"global a.b", 1, 1, 9,
     "invalid syntax"},
    {"while x\n  pass", 1, 1, 8,
     "expected ':'"},
    {"for x in y\n  pass", 1, 1, 11,
     "expected ':'"},
    {"for x y: pass", 1, 1, 7,
     "invalid syntax"},
    {"def f()\n  pass", 1, 1, 8,
     "expected ':'"},
    {"def f: pass", 1, 1, 6,
     "expected '('"},
    {"def f() -> : pass", 1, 1, 9,
     "expected ':'"},
    {"class A\n  pass", 1, 1, 8,
     "expected ':'"},
    {"try:\n  pass\nx = 1", 1, 3, 1,
     "expected 'except' or 'finally' block"},
    {"try:\n  pass\n", 1, 2, 7,
     "expected 'except' or 'finally' block"},
    {"try: pass\nelse: pass", 1, 2, 1,
     "expected 'except' or 'finally' block"},
    {"try: pass\nexcept: pass\nexcept E: pass", 1, 2, 1,
     "default 'except:' must be last"},
    {"try: pass\nexcept E, F: pass", 1, 2, 8,
     "multiple exception types must be parenthesized"},
    {"try: pass\nexcept*: pass", 1, 2, 8,
     "expected one or more exception types"},
    {"try: pass\nexcept E: pass\nexcept* F: pass", 1, 3, 1,
     "cannot have both 'except' and 'except*' on the same 'try'"},
    {"if x: pass\nelse if y: pass", 1, 2, 6,
     "expected ':'"},
    {"with (a as b) as c: pass", 1, 1, 15,
     "invalid syntax"},
    {"@x\nx = 1", 1, 2, 1,
     "invalid syntax"},
    {"async x = 1", 1, 1, 7,
     "invalid syntax"},
    {"assert", 1, 1, 7,
     "invalid syntax"},
    {"raise from y", 1, 1, 7,
     "invalid syntax"},
    {"del", 1, 1, 4,
     "invalid syntax"},
    {"pass;;", 1, 1, 6,
     "invalid syntax"},
    {";", 1, 1, 1,
     "invalid syntax"},
    {"if x: if y: pass", 1, 1, 7,
     "invalid syntax"},
    {"if x: pass\n  pass", 2, 2, 2,
     "unexpected indent"},
    {"tryn handler if available\n", 1, 1, 6,
     "expected 'else' after 'if' expression"},
    {"print x if y", 1, 1, 7,
     "expected 'else' after 'if' expression"},
    {"x = f(a b if c)", 1, 1, 7,
     "invalid syntax. Perhaps you forgot a comma?"},
    {"\"\" := 1", 1, 1, 1,
     "cannot use assignment expressions with literal"},
    {"x = f\"{a\"", 1, 1, 10,
     "f-string: expecting '}'"},
    {"x = f\"{\"", 1, 1, 9,
     "f-string: expecting '}'"},
    {"x = f\"{}\"", 1, 1, 10,
     "f-string: empty expression not allowed"},
    {"x = f\"{ }\"", 1, 1, 11,
     "f-string: empty expression not allowed"},
    {"x = f\"{!r}\"", 1, 1, 12,
     "f-string: expression required before '!'"},
    {"x = f\"}\"", 1, 1, 9,
     "f-string: single '}' is not allowed"},
    {"x = f\"a}b\"", 1, 1, 11,
     "f-string: single '}' is not allowed"},
    {"x = f\"{a!x}\"", 1, 1, 13,
     "f-string: invalid conversion character: expected 's', 'r', or 'a'"},
    {"x = f\"{a!}\"", 1, 1, 12,
     "f-string: invalid conversion character: expected 's', 'r', or 'a'"},
    {"x = f\"{a)}\"", 1, 1, 12,
     "f-string: unmatched ')'"},
    {"x = f\"{(a]}\"", 1, 1, 13,
     "f-string: closing parenthesis ']' does not match opening parenthesis '('"},
    {"x = f\"{(a}\"", 1, 1, 12,
     "f-string: closing parenthesis '}' does not match opening parenthesis '('"},
    {"x = f\"{a:{b:{c}}}\"", 1, 1, 19,
     "f-string: expressions nested too deeply"},
    {"x = f\"{\\n}\"", 1, 1, 12,
     "f-string expression part cannot include a backslash"},
    {"x = f\"{a#}\"", 1, 1, 12,
     "f-string expression part cannot include '#'"},
    {"x = f\"{'a}\"", 1, 1, 12,
     "f-string: unterminated string"},
    {"x = f\"{a:x\"", 1, 1, 12,
     "f-string: expecting '}'"},
    {"x = f\"{a!r:x\"", 1, 1, 14,
     "f-string: expecting '}'"},
    {"x = f\"{a!r=}\"", 1, 1, 14,
     "f-string: expecting '}'"},
    {"x = f\"{a! r}\"", 1, 1, 14,
     "f-string: invalid conversion character: expected 's', 'r', or 'a'"},
    {"x = f\"{:x}\"", 1, 1, 12,
     "f-string: expression required before ':'"},
    {"x = f\"{=}\"", 1, 1, 11,
     "f-string: expression required before '='"},
    {"x = f\"{(a\"", 1, 1, 11,
     "f-string: unmatched '('"},
    {"x = f\"{a}}\"", 1, 1, 12,
     "f-string: single '}' is not allowed"},
    {"x = \"a\" b\"x\"", 1, 1, 13,
     "cannot mix bytes and nonbytes literals"},
    {"x = \"a\" f\"{x}\" b\"x\"", 1, 1, 20,
     "cannot mix bytes and nonbytes literals"},
    {"x = b\"\303\251\"", 1, 1, 5,
     "bytes can only contain ASCII literal characters"},
    {"x = ur\"a\"", 1, 1, 7,
     "invalid syntax"},
    {"x = \"\\xg1\"", 1, 1, 11,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape"},
    {"x = \"\\x1\"", 1, 1, 10,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"},
    {"x = \"ab\\x1\"", 1, 1, 12,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape"},
    {"x = \"\\u12\"", 1, 1, 11,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape"},
    {"x = \"\\U12345678\"", 1, 1, 17,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character"},
    {"x = \"\\N\"", 1, 1, 9,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape"},
    {"x = b\"\\x1\"", 1, 1, 11,
     "(value error) invalid \\x escape at position 0"},
    {"x\302\240= 1", 1, 1, 2,
     "invalid non-printable character U+00A0"},
    {"x\342\200\213= 1", 1, 1, 2,
     "invalid non-printable character U+200B"},
    {"x\342\202\254= 1", 1, 1, 2,
     "invalid character '\342\202\254' (U+20AC)"},
    {"\342\202\254", 1, 1, 1,
     "invalid character '\342\202\254' (U+20AC)"},
    {"x = \303\227", 1, 1, 5,
     "invalid character '\303\227' (U+00D7)"},
    {"1_a", 1, 1, 2,
     "invalid decimal literal"},
    {"0b1_", 1, 1, 4,
     "invalid binary literal"},
    {"1._1", 1, 1, 2,
     "invalid decimal literal"},
    {".5_", 1, 1, 3,
     "invalid decimal literal"},
    {"0xFFj", 1, 1, 4,
     "invalid hexadecimal literal"},
    {"1.real", 1, 1, 2,
     "invalid decimal literal"},
    {"x = a <> b", 1, 1, 7,
     "invalid syntax"},
    {"x = a !== b", 1, 1, 9,
     "invalid syntax"},
    {"x = 1 if else 2", 1, 1, 10,
     "invalid syntax"},
    {"x = [i for i in]", 1, 1, 16,
     "invalid syntax"},
    {"f(**)", 1, 1, 5,
     "invalid syntax"},
    {"f(*)", 1, 1, 4,
     "invalid syntax"},
    {"x = a[]", 1, 1, 7,
     "invalid syntax"},
    {"@foo bar\ndef f(): pass", 1, 1, 6,
     "invalid syntax"},
    {"x = not", 1, 1, 8,
     "invalid syntax"},
    {"if x:\n\tif y:\n        z\n", 3, 3, 1,
     "inconsistent use of tabs and spaces in indentation"},
    {"x = 1\n    \\\ny = 2", 2, 3, 0,
     "unexpected indent"},
};

/* ---- the CPython-derived tables ---- */

START_TEST(test_valid_cases)
{
    for (size_t i = 0; i < sizeof valid_cases / sizeof valid_cases[0]; i++) {
        const char *src = valid_cases[i].src;
        parse_error_t err;
        char *d = parse_dump(src, strlen(src), PARSE_FILE, 0, &err);
        ck_assert_msg(d != NULL, "%s: %u:%u %s", src, (unsigned)err.line,
                      (unsigned)err.col, err.msg);
        ck_assert_msg(strcmp(body_of(d), valid_cases[i].dump) == 0,
                      "%s:\n got %s\nwant %s", src, d, valid_cases[i].dump);
        free(d);
    }
}
END_TEST

START_TEST(test_error_cases)
{
    for (size_t i = 0; i < sizeof error_cases / sizeof error_cases[0]; i++) {
        const char *src = error_cases[i].src;
        parse_error_t err;
        char *d = parse_dump(src, strlen(src), PARSE_FILE, 0, &err);
        ck_assert_msg(d == NULL, "%s: parsed as %s", src, d);
        ck_assert_msg(strcmp(err.msg, error_cases[i].msg) == 0,
                      "%s:\n got %s\nwant %s", src, err.msg,
                      error_cases[i].msg);
        ck_assert_msg(err.kind == error_cases[i].kind &&
                          err.line == (uint32_t)error_cases[i].line &&
                          err.col == (uint32_t)error_cases[i].col,
                      "%s: got %d %u:%u, want %d %d:%d", src, err.kind,
                      (unsigned)err.line, (unsigned)err.col,
                      error_cases[i].kind, error_cases[i].line,
                      error_cases[i].col);
    }
}
END_TEST

/* ---- details the dump does not show ---- */

static pool_t tree_pool;
static arena_t tree_arena;

static ast_t *tree(const char *src, int mode)
{
    parse_error_t err;
    ast_t *t = NULL;
    int r = parser_parse(&tree_arena, src, strlen(src), mode, &t, &err);
    ck_assert_msg(r == 0, "%s: %s", src, err.msg);
    return t;
}

static ast_t *stmt0(const char *src)
{
    ast_t *m = tree(src, PARSE_FILE);
    ck_assert_int_eq(m->kind, AST_MODULE);
    ck_assert_ptr_nonnull(m->l1);
    return m->l1->items[0];
}

static void tree_setup(void)
{
    tree_pool = (pool_t){NULL, -1, 0};
    arena_init(&tree_arena, pool_alloc, &tree_pool);
}

static void tree_teardown(void)
{
    pool_free(&tree_pool);
}

static bool str_is(ast_str_t s, const char *want)
{
    return s.len == strlen(want) && memcmp(s.s, want, s.len) == 0;
}

START_TEST(test_node_fields)
{
    ast_t *e = stmt0("0x_1F")->a;
    ck_assert_int_eq(e->kind, AST_CONST);
    ck_assert_int_eq(e->op, AST_CONST_INT);
    ck_assert_int_eq(e->base, 16);
    ck_assert(str_is(e->name, "1F"));
    e = stmt0("1_0.5e-3j")->a;
    ck_assert_int_eq(e->op, AST_CONST_IMAG);
    ck_assert(str_is(e->name, "10.5e-3"));
    e = stmt0("'a\\0b' 'c'")->a;
    ck_assert_int_eq(e->op, AST_CONST_STR);
    ck_assert_int_eq(e->name.len, 4);
    ck_assert(memcmp(e->name.s, "a\0bc", 4) == 0);
    e = stmt0("b'\\xff'")->a;
    ck_assert_int_eq(e->op, AST_CONST_BYTES);
    ck_assert(str_is(e->name, "\xff"));

    ast_t *s = stmt0("from .. import x as y");
    ck_assert_int_eq(s->kind, AST_IMPORTFROM);
    ck_assert_int_eq(s->op, 2);
    ck_assert(str_is(s->name, ""));
    ck_assert(str_is(s->l1->items[0]->name, "x"));
    ck_assert(str_is(s->l1->items[0]->name2, "y"));
    s = stmt0("from m import *");
    ck_assert(str_is(s->l1->items[0]->name, "*"));
    ck_assert_int_eq(s->l1->items[0]->name2.len, 0);
    s = stmt0("import a . b");
    ck_assert(str_is(s->l1->items[0]->name, "a.b"));

    /* empty sequences are NULL */
    e = stmt0("f()")->a;
    ck_assert_ptr_null(e->l1);
    ck_assert_ptr_null(e->l2);
    e = stmt0("f(a, *b, c=1, **d)")->a;
    ck_assert_int_eq(e->l1->n, 2);
    ck_assert_int_eq(e->l1->items[1]->kind, AST_STARRED);
    ck_assert_int_eq(e->l2->n, 2);
    ck_assert(str_is(e->l2->items[0]->name, "c"));
    ck_assert_int_eq(e->l2->items[1]->name.len, 0);
    e = stmt0("{**a, b: c}")->a;
    ck_assert_ptr_null(e->l1->items[0]);
    ck_assert(str_is(e->l2->items[0]->name, "a"));

    /* flags */
    s = stmt0("(x): int = 1");
    ck_assert(s->a->flags & AST_F_PAREN);
    ck_assert_int_eq(s->a->flags & AST_CTX_MASK, AST_CTX_STORE);
    s = stmt0("x: int");
    ck_assert(!(s->a->flags & AST_F_PAREN));
    ck_assert_ptr_null(s->c);
    s = stmt0("try:\n  a\nexcept* E:\n  b\n");
    ck_assert(s->flags & AST_F_STAR);
    s = stmt0("async def f():\n  async for a in b: pass\n"
              "  async with c: pass\n  [x async for x in y]\n");
    ck_assert(s->flags & AST_F_ASYNC);
    ck_assert(s->l1->items[0]->flags & AST_F_ASYNC);
    ck_assert(s->l1->items[1]->flags & AST_F_ASYNC);
    ck_assert(s->l1->items[2]->a->l1->items[0]->flags & AST_F_ASYNC);
    s = stmt0("def f(a, b, /, c): pass");
    ck_assert(s->b->l1->items[0]->flags & AST_F_POSONLY);
    ck_assert(s->b->l1->items[1]->flags & AST_F_POSONLY);
    ck_assert(!(s->b->l1->items[2]->flags & AST_F_POSONLY));
    s = stmt0("del a, b[0]");
    ck_assert_int_eq(s->l1->items[1]->flags & AST_CTX_MASK, AST_CTX_DEL);
    ck_assert_int_eq(s->l1->items[1]->a->flags & AST_CTX_MASK, AST_CTX_LOAD);

    /* f-string parts */
    e = stmt0("f'{x=}'")->a;
    ck_assert_int_eq(e->kind, AST_JOINEDSTR);
    ck_assert(str_is(e->l1->items[0]->name, "x="));
    ck_assert_int_eq(e->l1->items[1]->op, 'r');
    e = stmt0("f'{x:}'")->a;
    ck_assert_int_eq(e->l1->items[0]->b->kind, AST_JOINEDSTR);
    ck_assert_ptr_null(e->l1->items[0]->b->l1);
}
END_TEST

START_TEST(test_positions)
{
    ast_t *m = tree("x = 1\n\nif a:\n    b = (1,\n         2)\n"
                    "    c\nd = '''x\ny'''\n",
                    PARSE_FILE);
    ast_t *s0 = m->l1->items[0], *s1 = m->l1->items[1];
    ast_t *s2 = m->l1->items[2];
    ck_assert_int_eq(s0->line, 1);
    ck_assert_int_eq(s0->end_line, 1);
    ck_assert_int_eq(s1->kind, AST_IF);
    ck_assert_int_eq(s1->line, 3);
    ck_assert_int_eq(s1->end_line, 6);
    ck_assert_int_eq(s1->l1->items[0]->line, 4);
    ck_assert_int_eq(s1->l1->items[0]->col, 5);
    ck_assert_int_eq(s1->l1->items[0]->end_line, 5);
    ck_assert_int_eq(s2->line, 7);
    ck_assert_int_eq(s2->end_line, 8);
    /* columns count characters, not bytes */
    ast_t *e = stmt0("\xc3\xa9\xc3\xa9 + zz")->a;
    ck_assert_int_eq(e->b->col, 6);
    /* a node starts at its first token, parentheses included */
    e = stmt0("(a + b) * c")->a;
    ck_assert_int_eq(e->col, 1);
    ck_assert_int_eq(e->a->col, 2);
    /* f-string expressions have their real position */
    e = stmt0("x = f'ab{cd}'")->a;
    ck_assert_int_eq(e->l1->items[1]->a->col, 10);
    e = stmt0("x = f'''\n{  cd}'''")->a;
    ck_assert_int_eq(e->l1->items[1]->a->line, 2);
    ck_assert_int_eq(e->l1->items[1]->a->col, 4);
    /* decorated definitions start at def */
    ck_assert_int_eq(stmt0("@d\ndef f(): pass")->line, 2);
}
END_TEST

/* ---- modes ---- */

START_TEST(test_single_mode)
{
    expect_ok("", PARSE_SINGLE, "(Module)");
    expect_ok("x\n", PARSE_SINGLE, "(Module (Expr:print x))");
    expect_ok("x = 1; y\n", PARSE_SINGLE,
              "(Module (Assign [x:s] 1) (Expr:print y))");
    expect_ok("for i in x:\n  i\n\n", PARSE_SINGLE,
              "(Module (For i:s x [(Expr:print i)] []))");
    expect_ok("def f():\n  x\n\n", PARSE_SINGLE,
              "(Module (Def f (args) [(Expr x)] [] -))");
    expect_ok("class C:\n  x\n\n", PARSE_SINGLE,
              "(Module (Class C [] [] [(Expr x)] []))");
    expect_err("x = 1\ny = 2\n", PARSE_SINGLE, PARSE_ERR_SYNTAX, 1, 6,
               "multiple statements found while compiling a single "
               "statement", false);
    /* a compound statement is complete only after a blank line */
    parse_error_t err;
    char *d = parse_dump("if x:\n  y\n", 10, PARSE_SINGLE, 0, &err);
    ck_assert_ptr_nonnull(d);
    ck_assert(err.incomplete);
    free(d);
    d = parse_dump("if x: y", 7, PARSE_SINGLE, 0, &err);
    ck_assert(err.incomplete);
    free(d);
    d = parse_dump("if x:\n  y\n\n", 11, PARSE_SINGLE, 0, &err);
    ck_assert(!err.incomplete);
    free(d);
    d = parse_dump("x = 1\n", 6, PARSE_SINGLE, 0, &err);
    ck_assert(!err.incomplete);
    free(d);
    /* input that needs more lines */
    expect_err("if x:\n", PARSE_SINGLE, PARSE_ERR_INDENT, 1, 6,
               "expected an indented block after 'if' statement on line 1",
               true);
    expect_err("if x:\n  if y:\n", PARSE_SINGLE, PARSE_ERR_INDENT, 2, 8,
               "expected an indented block after 'if' statement on line 2",
               true);
    expect_err("x = (1,\n", PARSE_SINGLE, PARSE_ERR_SYNTAX, 1, 5,
               "'(' was never closed", true);
    expect_err("x = '''a\n", PARSE_SINGLE, PARSE_ERR_SYNTAX, 1, 5,
               "unterminated triple-quoted string literal (detected at "
               "line 1)", true);
    expect_err("x = 1 + \\\n", PARSE_SINGLE, PARSE_ERR_SYNTAX, 1, 10,
               "unexpected EOF while parsing", true);
    expect_err("@d\n", PARSE_SINGLE, PARSE_ERR_SYNTAX, 1, 3,
               "invalid syntax", true);
    expect_err("try:\n  x\n", PARSE_SINGLE, PARSE_ERR_SYNTAX, 2, 4,
               "expected 'except' or 'finally' block", true);
    /* ...and input that is just wrong */
    expect_err("x = 1 +\n", PARSE_SINGLE, PARSE_ERR_SYNTAX, 1, 8,
               "invalid syntax", false);
    expect_err("x = 'a\n", PARSE_SINGLE, PARSE_ERR_SYNTAX, 1, 5,
               "unterminated string literal (detected at line 1)", false);
}
END_TEST

START_TEST(test_eval_mode)
{
    expect_ok("1", PARSE_EVAL, "1");
    expect_ok(" 1\n\n", PARSE_EVAL, "1");
    expect_ok("\n1", PARSE_EVAL, "1");
    expect_ok("1, 2", PARSE_EVAL, "(tuple 1 2)");
    expect_ok("a if b else c", PARSE_EVAL, "(? b a c)");
    expect_ok("(yield)", PARSE_EVAL, "(yield -)");
    expect_ok("lambda: 1", PARSE_EVAL, "(lambda (args) 1)");
    expect_err("x = 1", PARSE_EVAL, PARSE_ERR_SYNTAX, 1, 3,
               "invalid syntax", false);
    expect_err("1; 2", PARSE_EVAL, PARSE_ERR_SYNTAX, 1, 2, "invalid syntax",
               false);
    expect_err("", PARSE_EVAL, PARSE_ERR_SYNTAX, 1, 1, "invalid syntax",
               true);
    expect_err("*a", PARSE_EVAL, PARSE_ERR_SYNTAX, 1, 1,
               "can't use starred expression here", false);
}
END_TEST

START_TEST(test_error_order)
{
    /* errors CPython finds after parsing come after any syntax error */
    expect_err("def f(a, a): pass\nx = (", PARSE_FILE, PARSE_ERR_SYNTAX, 2,
               5, "'(' was never closed", true);
    expect_err("*a = 1\nx = 1 +\n", PARSE_FILE, PARSE_ERR_SYNTAX, 2, 8,
               "invalid syntax", false);
    /* a later tokenizer error wins over an earlier "invalid syntax"... */
    expect_err("x = 1 +\ny = 'abc\n", PARSE_FILE, PARSE_ERR_SYNTAX, 2, 5,
               "unterminated string literal (detected at line 2)", false);
    /* ...but not over "unexpected indent" */
    expect_err(" x\ny = 'abc\n", PARSE_FILE, PARSE_ERR_INDENT, 1, 1,
               "unexpected indent", false);
    /* an unclosed bracket wins when the parser read past its line */
    expect_err("x = (a b\ny\n", PARSE_FILE, PARSE_ERR_SYNTAX, 1, 5,
               "'(' was never closed", true);
    expect_err("x = (a b c\n", PARSE_FILE, PARSE_ERR_SYNTAX, 1, 6,
               "invalid syntax. Perhaps you forgot a comma?", false);
}
END_TEST

/* ---- limits ---- */

/* prefix + count * unit + mid + count * unit2, built in linear time. */
static char *repeat(const char *prefix, const char *unit, int count,
                    const char *mid, const char *unit2)
{
    size_t lp = strlen(prefix), lu = strlen(unit), lm = strlen(mid);
    size_t l2 = strlen(unit2);
    char *src = malloc(lp + (lu + l2) * (size_t)count + lm + 1);
    ck_assert_ptr_nonnull(src);
    char *o = src;
    memcpy(o, prefix, lp);
    o += lp;
    for (int i = 0; i < count; i++, o += lu)
        memcpy(o, unit, lu);
    memcpy(o, mid, lm);
    o += lm;
    for (int i = 0; i < count; i++, o += l2)
        memcpy(o, unit2, l2);
    *o = '\0';
    return src;
}

static void expect_nested_error(const char *prefix, const char *unit,
                                int count, const char *suffix,
                                const char *msg)
{
    char *src = repeat(prefix, unit, count, suffix, "");
    parse_error_t err;
    char *d = parse_dump(src, strlen(src), PARSE_FILE, 0, &err);
    ck_assert_msg(d == NULL, "%.40s... parsed", src);
    ck_assert_msg(strcmp(err.msg, msg) == 0, "%.40s: %s", src, err.msg);
    free(src);
}

static void expect_nested_ok(const char *prefix, const char *unit,
                             int count, const char *mid, const char *unit2)
{
    char *src = repeat(prefix, unit, count, mid, unit2);
    parse_error_t err;
    char *d = parse_dump(src, strlen(src), PARSE_FILE, 0, &err);
    ck_assert_msg(d != NULL, "%.40s: %s", src, err.msg);
    free(d);
    free(src);
}

START_TEST(test_nesting_limits)
{
    expect_nested_error("", "(", 10000, "", "too many nested parentheses");
    expect_nested_error("x = ", "(", 250, "", "too many nested parentheses");
    expect_nested_error("x = ", "not ", 100000, "1",
                        "expression nested too deeply");
    expect_nested_error("x = ", "-", 100000, "1",
                        "expression nested too deeply");
    expect_nested_error("x = ", "2**", 10000, "1",
                        "expression nested too deeply");
    expect_nested_error("x = ", "lambda: ", 10000, "1",
                        "expression nested too deeply");
    expect_nested_error("x = ", "a if b else ", 10000, "1",
                        "expression nested too deeply");
    expect_nested_error("x = a", ".a", 10000, "",
                        "expression nested too deeply");
    expect_nested_error("x = a", "()", 10000, "",
                        "expression nested too deeply");
    expect_nested_error("x = a", "+a", 100000, "",
                        "expression nested too deeply");
    expect_nested_error("x = ", "f'{", 20, "", "f-string: expecting '}'");
    expect_nested_error("if x: pass\n", "elif x: pass\n", 20000, "",
                        "expression nested too deeply");
    /* what stays below the limits */
    expect_nested_ok("x = ", "(", 95, "1", ")");
    expect_nested_ok("x = ", "[", 90, "", "]");
    expect_nested_ok("x = ", "-", 90, "1", "");
    expect_nested_ok("x = a", "+a", 150, "", "");
    expect_nested_ok("x = a", ".a", 150, "", "");
    expect_nested_ok("x = ", "a < ", 10000, "a", "");
    expect_nested_ok("x = ", "a or ", 10000, "a", "");
    expect_nested_ok("x = [", "1, ", 100000, "]", "");
    expect_nested_ok("x = ", "'a' ", 10000, "", "");
    expect_nested_ok("if x: pass\n", "elif x: pass\n", 150, "", "");
}
END_TEST

/* ---- out of memory ---- */

static const char *const oom_programs[] = {
    "import os, sys as s\nfrom . import (a, b)\n"
    "@dec(1, k=2)\nclass C(B, metaclass=M):\n"
    "    '''doc'''\n    x: int = 1\n"
    "    async def f(self, a, /, b=2, *c, d, **e) -> 'r':\n"
    "        async with a as b, c:\n"
    "            return [i async for i in b if i] + {k: v for k, v in e}\n"
    "    def g(self):\n"
    "        try:\n            yield from h(*a, **b)\n"
    "        except (E, F) as e:\n            raise X from e\n"
    "        finally:\n            del self.x[1:2, ::3]\n"
    "x = f'{a!r:>{w}} and {b=}' 'tail' if c else lambda q=1: q ** -2\n",
    "x = (",
    "def f(a, a): pass\n",
    "f(a b)\n",
    "with (a as b, c): pass\nwith (a, b) as c: pass\n",
};

START_TEST(test_out_of_memory)
{
    for (size_t p = 0; p < sizeof oom_programs / sizeof oom_programs[0];
         p++) {
        const char *src = oom_programs[p];
        /* how many chunks a successful run needs */
        pool_t pool = {NULL, -1, 0};
        arena_t a;
        arena_init(&a, pool_alloc, &pool);
        ast_t *t;
        parse_error_t err;
        int want = parser_parse(&a, src, strlen(src), PARSE_FILE, &t, &err);
        char want_msg[160];
        memcpy(want_msg, err.msg, sizeof want_msg);
        size_t need = pool.count;
        pool_free(&pool);
        for (size_t limit = 0; limit <= need; limit++) {
            pool = (pool_t){NULL, (long)limit, 0};
            arena_init(&a, pool_alloc, &pool);
            int r = parser_parse(&a, src, strlen(src), PARSE_FILE, &t, &err);
            if (r == 0) {
                ck_assert_int_eq(want, 0);
                free(ast_dump(t, 0));
            } else if (err.kind == PARSE_ERR_MEMORY) {
                ck_assert_str_eq(err.msg, "out of memory");
                ck_assert_ptr_null(t);
            } else {
                ck_assert_int_eq(want, -1);
                ck_assert_str_eq(err.msg, want_msg);
            }
            if (limit < need && want == 0)
                ck_assert_int_eq(r, -1);
            pool_free(&pool);
        }
    }
}
END_TEST

/* ---- fuzz: random mutations must never crash ---- */

static uint32_t rng_state = 12345;

static uint32_t rng(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 17;
    rng_state ^= rng_state << 5;
    return rng_state;
}

static const char *const fuzz_seeds[] = {
    "def f(a, b=1, /, c=2, *d, e, **g) -> int:\n"
    "    '''doc'''\n    global x\n"
    "    for i, (j, *k) in enumerate(a): pass\n    else: return a\n",
    "class C(B, metaclass=M):\n    x: int = 1\n    @property\n"
    "    def p(self): return [y async for y in z if y] or {k: v for k in q}\n",
    "try:\n    with open(f) as g, (a as b):\n        raise E from e\n"
    "except* (A, B) as e:\n    pass\nelse:\n    del a[1:2, ::3]\n"
    "finally:\n    x = y = (yield from z)\n",
    "x = f'{a!r:>{w}.{p}f} {b=} {{}} {c:%Y}' rb'\\x00' '\\N{DASH}' u'\\u20ac'\n"
    "y = -2**-1 if not a < b <= c is not d not in e else lambda *a, **k: 0\n",
    "if a:\n\tb = 0x_1f + 0o7 + 0b1 + 1_0.5e-3j\nelif c:\n  pass\n"
    "while (n := n - 1): x @= y; x //= 2; x **= 3\n"
    "print(*a, sep='', **k)\nimport a.b as c, d\nfrom ..e import (f, g,)\n",
};

static const char *const fuzz_bits[] = {
    "(", ")", "[", "]", "{", "}", "'", "\"", "'''", "\"\"\"", "\\", "\n",
    "\t", " ", "    ", "\r", ":", "=", "*", "**", ",", ";", ".", "...", "@",
    "->", ":=", "#", "f'{", "}", "!r", "lambda", "yield", "await", "async",
    "not", "in", "if", "else", "for", "with", "as", "del", "0x", "1_", "1e",
    "\xc3\xa9", "\xe2\x82\xac", "\xff", "\xc3", "\x00", "\x0c", "\xef\xbb\xbf",
    "b'", "rb'", "\\N{", "\\x", "\\u12", "def", "class", "try:", "except",
};

static void check_result(const char *src, size_t len, int mode)
{
    pool_t pool = {NULL, -1, 0};
    arena_t a;
    arena_init(&a, pool_alloc, &pool);
    ast_t *t = (ast_t *)1;
    parse_error_t err;
    int r = parser_parse(&a, src, len, mode, &t, &err);
    if (r == 0) {
        ck_assert_ptr_nonnull(t);
        free(ast_dump(t, AST_DUMP_POS));
    } else {
        ck_assert_int_eq(r, -1);
        ck_assert_ptr_null(t);
        ck_assert(err.kind >= PARSE_ERR_SYNTAX && err.kind <= PARSE_ERR_TAB);
        ck_assert_uint_ge(err.line, 1);
        ck_assert(err.msg[0] != '\0');
        ck_assert_ptr_nonnull(memchr(err.msg, '\0', sizeof err.msg));
    }
    pool_free(&pool);
}

START_TEST(test_fuzz)
{
    static char buf[4096];
    for (int iter = 0; iter < 6000; iter++) {
        const char *seed = fuzz_seeds[rng() % (sizeof fuzz_seeds /
                                               sizeof fuzz_seeds[0])];
        size_t n = strlen(seed);
        memcpy(buf, seed, n);
        int edits = 1 + (int)(rng() % 4);
        for (int e = 0; e < edits; e++) {
            size_t at = n ? rng() % (n + 1) : 0;
            switch (rng() % 5) {
            case 0: { /* delete */
                size_t k = 1 + rng() % 8;
                if (at + k > n)
                    k = n - at;
                memmove(buf + at, buf + at + k, n - at - k);
                n -= k;
                break;
            }
            case 1:
            case 2: { /* insert a fragment */
                const char *bit = fuzz_bits[rng() % (sizeof fuzz_bits /
                                                     sizeof fuzz_bits[0])];
                size_t k = bit[0] ? strlen(bit) : 1;
                if (n + k >= sizeof buf)
                    break;
                memmove(buf + at + k, buf + at, n - at);
                memcpy(buf + at, bit, k);
                n += k;
                break;
            }
            case 3: /* overwrite a byte */
                if (at < n)
                    buf[at] = (char)(rng() & 0xff);
                break;
            default: /* truncate */
                n = at;
                break;
            }
        }
        check_result(buf, n, PARSE_FILE);
        check_result(buf, n, PARSE_SINGLE);
        check_result(buf, n, PARSE_EVAL);
    }
}
END_TEST

/* ---- performance ---- */

START_TEST(test_performance)
{
    static const char block[] =
        "class C(Base):\n"
        "    def method(self, a, b=1, *args, **kw):\n"
        "        '''Docstring.'''\n"
        "        x = [i * 2 for i in range(a) if i % 3 == 0]\n"
        "        if not x and b > 2:\n"
        "            return {k: v for k, v in kw.items()}\n"
        "        for i, item in enumerate(args):\n"
        "            try:\n"
        "                self.data[i] = f'{item!r:>{b}}' + str(0x1F)\n"
        "            except (KeyError, IndexError) as e:\n"
        "                raise ValueError('bad') from e\n"
        "        return lambda y: y ** 2 - a // b\n";
    size_t reps = 10000 / 12 + 1, blen = sizeof block - 1;
    char *src = malloc(reps * blen + 1);
    ck_assert_ptr_nonnull(src);
    for (size_t i = 0; i < reps; i++)
        memcpy(src + i * blen, block, blen);
    pool_t pool = {NULL, -1, 0};
    arena_t a;
    arena_init(&a, pool_alloc, &pool);
    ast_t *t;
    parse_error_t err;
    ck_assert_int_eq(parser_parse(&a, src, reps * blen, PARSE_FILE, &t, &err),
                     0);
    ck_assert_int_eq(t->l1->n, reps);
    pool_free(&pool);
    free(src);
}
END_TEST

/* ---- arena ---- */

START_TEST(test_arena)
{
    pool_t pool = {NULL, -1, 0};
    arena_t a;
    arena_init(&a, pool_alloc, &pool);
    ck_assert_uint_eq(pool.count, 0); /* lazy */
    char *p1 = arena_alloc(&a, 1);
    char *p2 = arena_alloc(&a, 3);
    ck_assert_ptr_nonnull(p1);
    ck_assert_uint_eq((uintptr_t)p1 % sizeof(void *), 0);
    ck_assert_uint_eq((uintptr_t)p2 % sizeof(void *), 0);
    ck_assert_ptr_ne(p1, p2);
    ck_assert_ptr_nonnull(arena_alloc(&a, 0));
    /* zero-filled */
    unsigned char *z = arena_alloc(&a, 100);
    for (int i = 0; i < 100; i++)
        ck_assert_int_eq(z[i], 0);
    ck_assert_uint_eq(pool.count, 1);
    /* a big request gets its own chunk behind the current one */
    char *cur = a.cur;
    void *newest = a.chunk;
    char *big = arena_alloc(&a, ARENA_CHUNK_SIZE * 3);
    ck_assert_ptr_nonnull(big);
    memset(big, 1, ARENA_CHUNK_SIZE * 3);
    ck_assert_ptr_eq(a.cur, cur);
    ck_assert_ptr_eq(a.chunk, newest);
    ck_assert_uint_eq(pool.count, 2);
    /* every chunk is reachable from the arena through the first words */
    for (int i = 0; i < 50; i++)
        ck_assert_ptr_nonnull(arena_alloc(&a, ARENA_CHUNK_SIZE / 5));
    size_t reach = 0;
    for (void **c = a.chunk; c; c = c[0])
        reach++;
    ck_assert_uint_eq(reach, pool.count);
    ck_assert_uint_ge(a.total, pool.count * ARENA_CHUNK_SIZE);
    /* failure: NULL, and the arena stays usable */
    pool.budget = 0;
    ck_assert_ptr_null(arena_alloc(&a, ARENA_CHUNK_SIZE * 2));
    ck_assert_ptr_null(arena_alloc(&a, (size_t)-1));
    pool.budget = -1;
    char *s = arena_strndup(&a, "hello", 3);
    ck_assert_str_eq(s, "hel");
    pool_free(&pool);
}
END_TEST

static Suite *parser_suite(void)
{
    Suite *s = suite_create("parser");
    TCase *tc = tcase_create("tables");
    tcase_add_test(tc, test_valid_cases);
    tcase_add_test(tc, test_error_cases);
    suite_add_tcase(s, tc);
    tc = tcase_create("details");
    tcase_add_checked_fixture(tc, tree_setup, tree_teardown);
    tcase_add_test(tc, test_node_fields);
    tcase_add_test(tc, test_positions);
    suite_add_tcase(s, tc);
    tc = tcase_create("modes");
    tcase_add_test(tc, test_single_mode);
    tcase_add_test(tc, test_eval_mode);
    tcase_add_test(tc, test_error_order);
    suite_add_tcase(s, tc);
    tc = tcase_create("robustness");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_nesting_limits);
    tcase_add_test(tc, test_out_of_memory);
    tcase_add_test(tc, test_fuzz);
    tcase_add_test(tc, test_performance);
    tcase_add_test(tc, test_arena);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(parser_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

/*
 * The tables above were generated with CPython 3.11 by this script (also
 * usable to refresh them: it takes the sources from this file). The dump
 * format it writes is the one of tests/unit/ast_dump.c.
 *
 * import ast, sys
 * BIN = {ast.Add:'+',ast.Sub:'-',ast.Mult:'*',ast.MatMult:'@',ast.Div:'/',ast.FloorDiv:'//',ast.Mod:'%',ast.Pow:'**',ast.LShift:'<<',ast.RShift:'>>',ast.BitOr:'|',ast.BitXor:'^',ast.BitAnd:'&'}
 * CMP = {ast.Lt:'<',ast.Gt:'>',ast.Eq:'==',ast.NotEq:'!=',ast.LtE:'<=',ast.GtE:'>=',ast.In:'in',ast.NotIn:'not-in',ast.Is:'is',ast.IsNot:'is-not'}
 * UN = {ast.Not:'not',ast.USub:'neg',ast.UAdd:'pos',ast.Invert:'~'}
 * class Conv:
 *     def P(self, n):
 *         if not self.pos or not hasattr(n, 'lineno'): return ''
 *         try:
 *             if self.lines is None:
 *                 import re; self.lines = [l.encode('utf-8', 'surrogatepass') for l in re.split(r'\r\n|\r|\n', self.src)]
 *             col = len(self.lines[n.lineno - 1][:n.col_offset].decode('utf-8', 'replace')) + 1
 *         except Exception:
 *             col = n.col_offset + 1
 *         return '@%d:%d' % (n.lineno, col)
 *     def __init__(self, src, single=False, pos=False):
 *         self.pos = pos
 *         self.src = src; self.single = single; self.depth = 0
 *         self.lines = None
 *     def q(self, b, isbytes):
 *         out = bytearray(b"b'" if isbytes else b"'")
 *         for c in b:
 *             if c in (0x5c, 0x27): out += b'\\' + bytes([c])
 *             elif c == 10: out += b'\\n'
 *             elif c == 9: out += b'\\t'
 *             elif c < 0x20 or c == 0x7f or (isbytes and c >= 0x80): out += ('\\x%02x' % c).encode()
 *             else: out.append(c)
 *         out += b"'"
 *         return out.decode('utf-8', 'surrogateescape')
 *     def const(self, n):
 *         v = n.value
 *         if v is None: return 'None'
 *         if v is True: return 'True'
 *         if v is False: return 'False'
 *         if v is Ellipsis: return '...'
 *         if isinstance(v, str):
 *             return self.q(v.encode('utf-8', 'surrogatepass'), False)
 *         if isinstance(v, bytes): return self.q(v, True)
 *         seg = None
 *         try:
 *             if self.lines is None:
 *                 import re; self.lines = [l.encode('utf-8', 'surrogatepass') for l in re.split(r'\r\n|\r|\n', self.src)]
 *             if n.lineno == n.end_lineno:
 *                 seg = self.lines[n.lineno - 1][n.col_offset:n.end_col_offset].decode()
 *         except Exception:
 *             seg = None
 *         if seg is None: return '?num' + repr(v)
 *         seg = seg.replace('_', '')
 *         if isinstance(v, int):
 *             if len(seg) > 1 and seg[0] == '0' and seg[1] in 'xXoObB':
 *                 return '0' + seg[1].lower() + seg[2:]
 *             return seg
 *         if isinstance(v, complex): return seg[:-1] + 'j'
 *         return seg
 *     def ctx(self, n):
 *         c = getattr(n, 'ctx', None)
 *         if isinstance(c, ast.Store): return ':s'
 *         if isinstance(c, ast.Del): return ':d'
 *         return ''
 *     def lst(self, xs): return '[' + ' '.join(self.d(x) for x in xs) + ']'
 *     def its(self, xs): return ''.join(' ' + self.d(x) for x in xs)
 *     def opt(self, x): return '-' if x is None else self.d(x)
 *     def param(self, a, prefix, default=None):
 *         s = ' ' + prefix + a.arg + self.P(a)
 *         if a.annotation is not None: s += ':' + self.d(a.annotation)
 *         if default is not None: s += '=' + self.d(default)
 *         return s
 *     def args(self, a):
 *         s = '(args'
 *         pos = a.posonlyargs + a.args
 *         defs = [None] * (len(pos) - len(a.defaults)) + a.defaults
 *         for i, p in enumerate(pos):
 *             s += self.param(p, '', defs[i])
 *             if i == len(a.posonlyargs) - 1: s += ' /'
 *         if a.vararg: s += self.param(a.vararg, '*')
 *         elif a.kwonlyargs: s += ' *'
 *         for p, dflt in zip(a.kwonlyargs, a.kw_defaults): s += self.param(p, '', dflt)
 *         if a.kwarg: s += self.param(a.kwarg, '**')
 *         return s + ')'
 *     def gens(self, gs):
 *         out = ''
 *         for g in gs:
 *             out += ' (for%s %s %s%s)' % (':async' if g.is_async else '', self.d(g.target), self.d(g.iter), self.its(g.ifs))
 *         return out
 *     def kw(self, k):
 *         return ' ' + (k.arg + '=' if k.arg else '**') + self.P(k) + self.d(k.value)
 *     def d(self, n):
 *         r = self.d0(n)
 *         if not self.pos or not hasattr(n, 'lineno'): return r
 *         p = self.P(n)
 *         if r.startswith('('):
 *             i = 1
 *             while i < len(r) and r[i] not in ' )': i += 1
 *             return r[:i] + p + r[i:]
 *         return r + p
 *     def d0(self, n):
 *         T = type(n)
 *         if T is ast.Module: return '(Module' + self.its(n.body) + ')'
 *         if T is ast.Interactive: return '(Module' + self.its(n.body) + ')'
 *         if T is ast.Expr:
 *             pr = ':print' if self.single and self.depth == 0 else ''
 *             return '(Expr%s %s)' % (pr, self.d(n.value))
 *         if T is ast.Assign: return '(Assign %s %s)' % (self.lst(n.targets), self.d(n.value))
 *         if T is ast.AugAssign: return '(AugAssign %s %s %s)' % (self.d(n.target), BIN[type(n.op)], self.d(n.value))
 *         if T is ast.AnnAssign: return '(AnnAssign %s %s %s)' % (self.d(n.target), self.d(n.annotation), self.opt(n.value))
 *         if T is ast.Delete: return '(Del %s)' % self.lst(n.targets)
 *         if T is ast.Pass: return '(Pass)'
 *         if T is ast.Break: return '(Break)'
 *         if T is ast.Continue: return '(Continue)'
 *         if T is ast.Return: return '(Return %s)' % self.opt(n.value)
 *         if T is ast.If: return '(If %s %s %s)' % (self.d(n.test), self.lst(n.body), self.lst(n.orelse))
 *         if T is ast.While: return '(While %s %s %s)' % (self.d(n.test), self.lst(n.body), self.lst(n.orelse))
 *         if T in (ast.For, ast.AsyncFor):
 *             return '(For%s %s %s %s %s)' % (':async' if T is ast.AsyncFor else '', self.d(n.target), self.d(n.iter), self.lst(n.body), self.lst(n.orelse))
 *         if T in (ast.With, ast.AsyncWith):
 *             items = '[' + ' '.join('(item %s %s)' % (self.d(i.context_expr), self.opt(i.optional_vars)) for i in n.items) + ']'
 *             return '(With%s %s %s)' % (':async' if T is ast.AsyncWith else '', items, self.lst(n.body))
 *         if T is ast.Raise: return '(Raise %s %s)' % (self.opt(n.exc), self.opt(n.cause))
 *         if T in (ast.Try, ast.TryStar):
 *             hs = '[' + ' '.join('(except%s %s %s %s)' % (self.P(h), self.opt(h.type), h.name or '-', self.lst(h.body)) for h in n.handlers) + ']'
 *             return '(Try%s %s %s %s %s)' % (':star' if T is ast.TryStar else '', self.lst(n.body), hs, self.lst(n.orelse), self.lst(n.finalbody))
 *         if T is ast.Assert: return '(Assert %s %s)' % (self.d(n.test), self.opt(n.msg))
 *         if T is ast.Import: return '(Import %s)' % self.alist(n.names)
 *         if T is ast.ImportFrom: return '(ImportFrom %s%s %s)' % ('.' * n.level, n.module or '', self.alist(n.names))
 *         if T is ast.Global: return '(Global' + ''.join(' ' + x for x in n.names) + ')'
 *         if T is ast.Nonlocal: return '(Nonlocal' + ''.join(' ' + x for x in n.names) + ')'
 *         if T in (ast.FunctionDef, ast.AsyncFunctionDef):
 *             self.depth += 1
 *             body = self.lst(n.body)
 *             self.depth -= 1
 *             return '(Def%s %s %s %s %s %s)' % (':async' if T is ast.AsyncFunctionDef else '', n.name, self.args(n.args), body, self.lst(n.decorator_list), self.opt(n.returns))
 *         if T is ast.ClassDef:
 *             self.depth += 1
 *             body = self.lst(n.body)
 *             self.depth -= 1
 *             kws = '[' + ' '.join(self.kw(k)[1:] for k in n.keywords) + ']'
 *             return '(Class %s %s %s %s %s)' % (n.name, self.lst(n.bases), kws, body, self.lst(n.decorator_list))
 *         if T is ast.Constant: return self.const(n)
 *         if T is ast.Name: return n.id + self.ctx(n)
 *         if T is ast.Attribute: return '(.%s %s %s)' % (self.ctx(n), self.d(n.value), n.attr)
 *         if T is ast.Subscript: return '([]%s %s %s)' % (self.ctx(n), self.d(n.value), self.d(n.slice))
 *         if T is ast.Slice: return '(: %s %s %s)' % (self.opt(n.lower), self.opt(n.upper), self.opt(n.step))
 *         if T is ast.Starred: return '(*%s %s)' % (self.ctx(n), self.d(n.value))
 *         if T is ast.Tuple: return '(tuple%s%s)' % (self.ctx(n), self.its(n.elts))
 *         if T is ast.List: return '(list%s%s)' % (self.ctx(n), self.its(n.elts))
 *         if T is ast.Set: return '(set%s)' % self.its(n.elts)
 *         if T is ast.Dict:
 *             s = '(dict'
 *             for k, v in zip(n.keys, n.values): s += ' ' + ('**' if k is None else self.d(k)) + ' ' + self.d(v)
 *             return s + ')'
 *         if T is ast.BinOp: return '(%s %s %s)' % (BIN[type(n.op)], self.d(n.left), self.d(n.right))
 *         if T is ast.UnaryOp: return '(%s %s)' % (UN[type(n.op)], self.d(n.operand))
 *         if T is ast.BoolOp: return '(%s%s)' % ('and' if isinstance(n.op, ast.And) else 'or', self.its(n.values))
 *         if T is ast.Compare:
 *             return '(cmp %s%s)' % (self.d(n.left), ''.join(' %s %s' % (CMP[type(o)], self.d(c)) for o, c in zip(n.ops, n.comparators)))
 *         if T is ast.Call:
 *             return '(call %s%s%s)' % (self.d(n.func), self.its(n.args), ''.join(self.kw(k) for k in n.keywords))
 *         if T is ast.IfExp: return '(? %s %s %s)' % (self.d(n.test), self.d(n.body), self.d(n.orelse))
 *         if T is ast.Lambda: return '(lambda %s %s)' % (self.args(n.args), self.d(n.body))
 *         if T is ast.NamedExpr: return '(:= %s %s)' % (self.d(n.target), self.d(n.value))
 *         if T is ast.ListComp: return '(listcomp %s%s)' % (self.d(n.elt), self.gens(n.generators))
 *         if T is ast.SetComp: return '(setcomp %s%s)' % (self.d(n.elt), self.gens(n.generators))
 *         if T is ast.GeneratorExp: return '(genexp %s%s)' % (self.d(n.elt), self.gens(n.generators))
 *         if T is ast.DictComp: return '(dictcomp %s %s%s)' % (self.d(n.key), self.d(n.value), self.gens(n.generators))
 *         if T is ast.Yield: return '(yield %s)' % self.opt(n.value)
 *         if T is ast.YieldFrom: return '(yield-from %s)' % self.d(n.value)
 *         if T is ast.Await: return '(await %s)' % self.d(n.value)
 *         if T is ast.JoinedStr: return '(f%s)' % self.its(n.values)
 *         if T is ast.FormattedValue:
 *             s = '(fmt ' + self.d(n.value)
 *             if n.conversion != -1: s += ' !' + chr(n.conversion)
 *             if n.format_spec is not None: s += ' ' + self.d(n.format_spec)
 *             return s + ')'
 *         if T is ast.Match: raise NotImplementedError('match')
 *         raise NotImplementedError(T.__name__)
 *     def alist(self, names):
 *         return '[' + ' '.join(a.name + self.P(a) if not a.asname else '(as%s %s %s)' % (self.P(a), a.name, a.asname) for a in names) + ']'
 *
 * def convert(src, mode='exec', pos=False):
 *     tree = ast.parse(src, mode=mode)
 *     c = Conv(src, single=(mode == 'single'), pos=pos)
 *     if mode == 'eval': return c.d(tree.body)
 *     return c.d(tree)
 *
 * # --- regenerate: python3 this_script.py tests/unit/test_parser.c ---
 * # Reads the sources of both tables from the C file and prints fresh tables
 * # from CPython (an error row's expected position is CPython's lineno/offset).
 * import re
 * def c_unescape(s):
 *     out = bytearray(); i = 0
 *     while i < len(s):
 *         c = s[i]
 *         if c != '\\':
 *             out += c.encode(); i += 1; continue
 *         n = s[i + 1]
 *         if n in '01234567':
 *             out.append(int(s[i + 1:i + 4], 8)); i += 4; continue
 *         out += {'n': b'\n', 't': b'\t', 'r': b'\r', '\\': b'\\', '"': b'"'}[n]
 *         i += 2
 *     return out.decode('utf-8')
 * def cstr(s):
 *     out = '"'
 *     for ch in s.encode('utf-8'):
 *         c = chr(ch)
 *         if c == '\\': out += '\\\\'
 *         elif c == '"': out += '\\"'
 *         elif c == '\n': out += '\\n'
 *         elif c == '\t': out += '\\t'
 *         elif c == '\r': out += '\\r'
 *         elif ch < 0x20 or ch >= 0x7f: out += '\\%03o' % ch
 *         else: out += c
 *     return out + '"'
 * if __name__ == '__main__':
 *     text = open(sys.argv[1], encoding='utf-8').read()
 *     lit = r'"((?:[^"\\]|\\.)*)"'
 *     valid = re.findall(r'\{' + lit + r',\n     "', text.split('error_cases[]')[0])
 *     errors = re.findall(r'\{' + lit + r', \d, \d+, \d+,', text)
 *     print('static const struct { const char *src, *dump; } valid_cases[] = {')
 *     for v in map(c_unescape, valid):
 *         d = convert(v[1:] if v.startswith('\ufeff') else v)
 *         d = d[len('(Module '):-1] if d.startswith('(Module ') else ''
 *         print('    {%s,\n     %s},' % (cstr(v), cstr(d)))
 *     print('};')
 *     print('static const struct { const char *src; int kind, line, col; '
 *           'const char *msg; } error_cases[] = {')
 *     for e in map(c_unescape, errors):
 *         try:
 *             compile(e, 'x', 'exec')
 *         except SyntaxError as x:
 *             kind = {'SyntaxError': 1, 'IndentationError': 2,
 *                     'TabError': 3}[type(x).__name__]
 *             print('    {%s, %d, %d, %d,\n     %s},' % (cstr(e), kind, x.lineno,
 *                                                      x.offset, cstr(x.msg)))
 *     print('};')
 *
 */
