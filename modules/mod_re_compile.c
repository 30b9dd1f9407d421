/*
 * Regular expression compiler: re_node_t tree -> int32 program
 * (mod_re_prog.h). Recursion follows the tree, whose depth is bounded by
 * the pattern's nesting.
 */
#include <string.h>

#include "mem.h"
#include "mod_re.h"
#include "mod_re_prog.h"
#include "runtime.h"
#include "unichar.h"

typedef struct cbuf {
    int32_t *code;
    size_t len, alloc;
    size_t nrepeats;
} cbuf_t;

static size_t emit(cbuf_t *c, int32_t w)
{
    if (c->len == c->alloc) {
        c->alloc = c->alloc ? 2 * c->alloc : 64;
        int32_t *n = mem_alloc_noscan(c->alloc * sizeof(int32_t));
        if (c->len)
            memcpy(n, c->code, c->len * sizeof(int32_t));
        c->code = n;
    }
    c->code[c->len] = w;
    return c->len++;
}

static uint32_t ascii_lower(uint32_t c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static uint32_t ascii_upper(uint32_t c)
{
    return c >= 'a' && c <= 'z' ? c - 32 : c;
}

/* Flags of a node: is matching ASCII-only (re.A or bytes)? */
static bool node_ascii(const re_node_t *n)
{
    return (n->flags & RE_ASCII) || !(n->flags & RE_UNICODE);
}

/* Is n a single-character matcher (usable by SIMPLE)? */
static const re_node_t *single_char(const re_node_t *n)
{
    while (n->kind == RN_GROUP && n->a < 0)
        n = n->x;
    if (n->kind == RN_CHAR || n->kind == RN_ANY || n->kind == RN_SET)
        return n;
    return NULL;
}

static void gen(cbuf_t *c, const re_node_t *n);

static void gen_char(cbuf_t *c, const re_node_t *n)
{
    uint32_t ch = (uint32_t)n->a;
    if (n->flags & RE_IGNORECASE) {
        bool ascii = node_ascii(n);
        uint32_t lo = ascii ? ascii_lower(ch) : unichar_tolower(ch);
        uint32_t up = ascii ? ascii_upper(ch) : unichar_toupper(ch);
        if (lo != ch || up != ch) {
            emit(c, OP_CHAR_I);
            emit(c, (int32_t)ch);
            emit(c, (int32_t)lo);
            emit(c, (int32_t)up);
            emit(c, ascii);
            return;
        }
    }
    emit(c, OP_CHAR);
    emit(c, (int32_t)ch);
}

static void gen_set(cbuf_t *c, const re_node_t *n)
{
    emit(c, OP_SET);
    size_t next = emit(c, 0);
    int32_t f = (n->neg ? SF_NEG : 0) | ((n->flags & RE_IGNORECASE) ? SF_ICASE : 0) |
                (node_ascii(n) ? SF_ASCII : 0) | ((int32_t)n->classes << SF_SHIFT);
    emit(c, f);
    emit(c, (int32_t)n->n);
    for (size_t k = 0; k < 2 * n->n; k++)
        emit(c, (int32_t)n->ranges[k]);
    c->code[next] = (int32_t)c->len;
}

static void gen_single(cbuf_t *c, const re_node_t *n)
{
    if (n->kind == RN_CHAR)
        gen_char(c, n);
    else if (n->kind == RN_SET)
        gen_set(c, n);
    else
        emit(c, (n->flags & RE_DOTALL) ? OP_ANY_ALL : OP_ANY);
}

static void gen_repeat(cbuf_t *c, const re_node_t *n)
{
    uint32_t lo = (uint32_t)n->a, hi = n->b;
    if (n->greedy == 2) {
        /* possessive: an atomic group around the greedy repeat */
        re_node_t g = *n;
        g.greedy = 1;
        emit(c, OP_ATOMIC);
        size_t end = emit(c, 0);
        gen_repeat(c, &g);
        emit(c, OP_SUCCEED);
        c->code[end] = (int32_t)c->len;
        return;
    }
    if (hi == 0)
        return;
    const re_node_t *s = single_char(n->x);
    if (s) {
        emit(c, OP_SIMPLE);
        emit(c, (int32_t)lo);
        emit(c, (int32_t)hi);
        emit(c, n->greedy);
        size_t next = emit(c, 0);
        gen_single(c, s);
        c->code[next] = (int32_t)c->len;
        return;
    }
    if (lo == 0 && hi == 1) {
        emit(c, OP_SPLIT);
        size_t a = emit(c, 0), b = emit(c, 0);
        size_t body = c->len;
        gen(c, n->x);
        size_t end = c->len;
        c->code[a] = (int32_t)(n->greedy ? body : end);
        c->code[b] = (int32_t)(n->greedy ? end : body);
        return;
    }
    int32_t r = (int32_t)c->nrepeats++;
    emit(c, OP_REPEAT_START);
    emit(c, r);
    size_t step = emit(c, OP_REPEAT_STEP);
    emit(c, r);
    emit(c, (int32_t)lo);
    emit(c, (int32_t)hi);
    emit(c, n->greedy);
    size_t exit = emit(c, 0);
    emit(c, OP_REPEAT_ENTER);
    emit(c, r);
    gen(c, n->x);
    emit(c, OP_JMP);
    emit(c, (int32_t)step);
    c->code[exit] = (int32_t)c->len;
}

/* An alternation of single characters and non-negated sets (a|b|[cd])
 * matches like one set (as CPython compiles it); emit that set. */
static bool alt_as_set(cbuf_t *c, const re_node_t *n)
{
    size_t nr = 0;
    uint16_t classes = 0;
    for (size_t k = 0; k < n->n; k++) {
        const re_node_t *kid = n->kids[k];
        if (kid->flags != n->kids[0]->flags)
            return false;
        if (kid->kind == RN_CHAR)
            nr++;
        else if (kid->kind == RN_SET && !kid->neg)
            nr += kid->n, classes |= kid->classes;
        else
            return false;
    }
    re_node_t set = *n->kids[0];
    set.kind = RN_SET;
    set.neg = false;
    set.classes = classes;
    set.n = nr;
    set.ranges = mem_alloc_noscan((2 * nr + 1) * sizeof(uint32_t));
    size_t r = 0;
    for (size_t k = 0; k < n->n; k++) {
        const re_node_t *kid = n->kids[k];
        if (kid->kind == RN_CHAR) {
            set.ranges[r++] = (uint32_t)kid->a;
            set.ranges[r++] = (uint32_t)kid->a;
        } else if (kid->n) {
            memcpy(set.ranges + r, kid->ranges, 2 * kid->n * sizeof(uint32_t));
            r += 2 * kid->n;
        }
    }
    gen_set(c, &set);
    return true;
}

static void gen(cbuf_t *c, const re_node_t *n)
{
    runtime_check_stack();
    switch (n->kind) {
    case RN_EMPTY:
        break;
    case RN_CHAR: case RN_ANY: case RN_SET:
        gen_single(c, n);
        break;
    case RN_ASSERT: {
        int32_t k = n->a;
        if (k == RA_BOL && (n->flags & RE_MULTILINE))
            k = RA_MBOL;
        else if (k == RA_EOL && (n->flags & RE_MULTILINE))
            k = RA_MEOL;
        emit(c, OP_ASSERT);
        emit(c, k);
        emit(c, node_ascii(n));
        break;
    }
    case RN_GROUP:
        if (n->a < 0) {
            gen(c, n->x);
        } else {
            emit(c, OP_SAVE);
            emit(c, 2 * n->a);
            gen(c, n->x);
            emit(c, OP_SAVE);
            emit(c, 2 * n->a + 1);
        }
        break;
    case RN_CAT:
        for (size_t k = 0; k < n->n; k++)
            gen(c, n->kids[k]);
        break;
    case RN_ALT: {
        if (alt_as_set(c, n))
            break;
        /* SPLIT b1 next; b1; JMP end; next: SPLIT b2 next2; ... bn; end: */
        size_t *jumps = mem_alloc(n->n * sizeof(size_t));
        for (size_t k = 0; k < n->n; k++) {
            size_t second = 0;
            if (k + 1 < n->n) {
                emit(c, OP_SPLIT);
                emit(c, (int32_t)(c->len + 2));
                second = emit(c, 0);
            }
            gen(c, n->kids[k]);
            if (k + 1 < n->n) {
                emit(c, OP_JMP);
                jumps[k] = emit(c, 0);
                c->code[second] = (int32_t)c->len;
            }
        }
        for (size_t k = 0; k + 1 < n->n; k++)
            c->code[jumps[k]] = (int32_t)c->len;
        break;
    }
    case RN_REPEAT:
        gen_repeat(c, n);
        break;
    case RN_BACKREF:
        emit(c, OP_BACKREF);
        emit(c, n->a);
        emit(c, (n->flags & RE_IGNORECASE) != 0);
        emit(c, node_ascii(n));
        break;
    case RN_LOOK: {
        emit(c, OP_LOOK);
        emit(c, n->neg);
        emit(c, n->behind);
        emit(c, (int32_t)n->width);
        size_t end = emit(c, 0);
        gen(c, n->x);
        emit(c, OP_SUCCEED);
        c->code[end] = (int32_t)c->len;
        break;
    }
    case RN_ATOMIC: {
        emit(c, OP_ATOMIC);
        size_t end = emit(c, 0);
        gen(c, n->x);
        emit(c, OP_SUCCEED);
        c->code[end] = (int32_t)c->len;
        break;
    }
    case RN_COND: {
        emit(c, OP_COND);
        emit(c, n->a);
        size_t no = emit(c, 0);
        gen(c, n->x);
        emit(c, OP_JMP);
        size_t end = emit(c, 0);
        c->code[no] = (int32_t)c->len;
        if (n->y)
            gen(c, n->y);
        c->code[end] = (int32_t)c->len;
        break;
    }
    default:
        break;
    }
}

/* The first node that must match at the start, skipping groups. */
static const re_node_t *leading(const re_node_t *n)
{
    for (;;) {
        if (n->kind == RN_GROUP)
            n = n->x;
        else if (n->kind == RN_CAT && n->n > 0)
            n = n->kids[0];
        else if (n->kind == RN_REPEAT && n->a >= 1 && n->greedy != 2)
            n = n->x;
        else
            return n;
    }
}

void mod_re_compile(re_parsed_t *parsed, re_prog_t *prog)
{
    cbuf_t c = {NULL, 0, 0, 0};
    gen(&c, parsed->root);
    emit(&c, OP_MATCH);
    prog->code = c.code;
    prog->len = c.len;
    prog->ngroups = parsed->ngroups;
    prog->nrepeats = c.nrepeats;
    parsed->nrepeats = c.nrepeats;
    const re_node_t *l = leading(parsed->root);
    prog->anchored = l->kind == RN_ASSERT &&
                     (l->a == RA_BEGIN || (l->a == RA_BOL && !(l->flags & RE_MULTILINE)));
    prog->first_char = -1;
    if (l->kind == RN_CHAR && !(l->flags & RE_IGNORECASE))
        prog->first_char = l->a;
}
