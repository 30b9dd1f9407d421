/*
 * cpfreeze: writing code objects and constants as const C data (see
 * cpfreeze.h for the rules the output follows).
 *
 * Every definition is written before the first one that refers to it
 * (constants and nested code objects before their code object), so the
 * output needs no forward declarations. C names are frz_<kind><id>.
 */
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cpfreeze.h"
#include "mpz.h"
#include "obj_int.h"
#include "qstr.h"

static const char op_args[] = {
#define X(name, arg) arg,
    BC_OPS(X)
#undef X
};

enum { EMPTY_U8 = 1, EMPTY_U16 = 2, EMPTY_QSTR = 4, EMPTY_EXC = 8, EMPTY_OBJ = 16 };

/* ---- small writers ---- */

FRZ_FORMAT(2, 3) static void out(frz_t *f, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(f->out, fmt, ap);
    va_end(ap);
}

/* Room for any constant's C expression: the longest is ROM_QSTR(Q_...)
 * of a long name, and set() reports one that does not fit. */
#define EXPR_MAX 512

FRZ_FORMAT(4, 5) static void set(frz_t *f, char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, size, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= size)
        frz_error(f, "C expression too long: %s...", buf);
}

static void bytes_body(frz_t *f, const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        out(f, "%s0x%02x,", i % 16 ? " " : "\n    ", p[i]);
    out(f, "\n");
}

/* A C string literal for n bytes: octal escapes (always 3 digits, so a
 * following digit cannot join them) for all but plain printable ASCII. */
static void c_string(frz_t *f, const char *s, size_t n)
{
    out(f, "\"");
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (i && i % 64 == 0)
            out(f, "\"\n    \"");
        if (c == '"' || c == '\\' || c == '?' || c < 32 || c > 126)
            out(f, "\\%03o", c);
        else
            out(f, "%c", c);
    }
    out(f, "\"");
}

static const char *qname(frz_t *f, qstr q)
{
    if (q == QSTR_NULL)
        return "QSTR_NULL";
    const char *n = frz_qstr_name(q);
    if (!n) {
        frz_error(f, "qstr '%s' is not static", qstr_str(q));
        return "QSTR_NULL";
    }
    return n;
}

/* A pointer to a one-element array standing in for an empty table, so
 * that no pointer in a code object is NULL (as with emit_finish). */
static const char *empty(frz_t *f, unsigned kind)
{
    static const struct { unsigned kind; const char *type, *name; } tab[] = {
        {EMPTY_U8, "uint8_t", "frz_empty_u8"}, {EMPTY_U16, "uint16_t", "frz_empty_u16"},
        {EMPTY_QSTR, "qstr", "frz_empty_qstr"}, {EMPTY_EXC, "exc_entry_t", "frz_empty_exc"},
        {EMPTY_OBJ, "obj_t", "frz_empty_obj"},
    };
    for (size_t i = 0; i < sizeof(tab) / sizeof(tab[0]); i++) {
        if (tab[i].kind != kind)
            continue;
        if (!(f->empties & kind))
            out(f, "static const %s %s[1] = {0};\n", tab[i].type, tab[i].name);
        f->empties |= kind;
        return tab[i].name;
    }
    return "NULL";
}

/* The C name of a code object's table: prefix<id>, or when it has no
 * entries the shared stand-in of its kind. */
static void table_name(frz_t *f, char *buf, size_t size, size_t n, const char *prefix, unsigned id, unsigned kind)
{
    if (n)
        snprintf(buf, size, "%s%u", prefix, id);
    else
        snprintf(buf, size, "%s", empty(f, kind));
}

/* ---- constants ----
 * const_expr writes what a constant needs and returns the C expression
 * for its obj_t in buf (EXPR_MAX bytes). */

static void const_expr(frz_t *f, obj_t o, char *buf, size_t size);

/* The magnitude of an mpz as 16-bit chunks, least significant first,
 * without leading zero chunks; returns the count. */
static size_t chunks16(const mpz_t *z, uint16_t **out_chunks)
{
    size_t n = (z->len * MPZ_DIG_BITS + 15) / 16;
    uint16_t *c = calloc(n + 1, sizeof(uint16_t));
    for (size_t i = 0; i < n; i++)
        c[i] = (uint16_t)(z->dig[i * 16 / MPZ_DIG_BITS] >> (i * 16 % MPZ_DIG_BITS));
    while (n && c[n - 1] == 0)
        n--;
    *out_chunks = c;
    return n;
}

/* An obj_int_t over const digits in the target's digit width. */
static void big_int(frz_t *f, unsigned id, bool neg, const uint16_t *c, size_t n)
{
    out(f, "static const mpz_dig_t frz_d%u[] = {\n#if MPZ_DIG_BITS == 32\n   ", id);
    for (size_t i = 0; i < n; i += 2)
        out(f, " 0x%08" PRIx32 "u,", (uint32_t)c[i] | (i + 1 < n ? (uint32_t)c[i + 1] << 16 : 0));
    out(f, "\n#else\n   ");
    for (size_t i = 0; i < n; i++)
        out(f, " 0x%04xu,", (unsigned)c[i]);
    out(f, "\n#endif\n};\n");
    out(f, "static const obj_int_t frz_i%u = {{&type_int}, {.alloc = sizeof(frz_d%u) / sizeof(mpz_dig_t), "
           ".len = sizeof(frz_d%u) / sizeof(mpz_dig_t), .neg = %s, .dig = (mpz_dig_t *)frz_d%u}};\n",
        id, id, id, neg ? "true" : "false", id);
}

/* Small ints are 31 bits on a 32-bit target and 63 on a 64-bit one:
 * values in 31 bits are inline everywhere, values in 63 bits are inline
 * or an obj_int_t depending on the target, the rest are obj_int_t. */
static void int_expr(frz_t *f, obj_t o, char *buf, size_t size)
{
    mpz_t z;
    int_to_mpz(o, &z);
    uint16_t *c;
    size_t n = chunks16(&z, &c);
    uint64_t mag = 0;
    for (size_t i = 0; i < n && i < 4; i++)
        mag |= (uint64_t)c[i] << (16 * i);
    bool neg = z.neg;
    uint64_t lim31 = (uint64_t)1 << 30, lim63 = (uint64_t)1 << 62;
    unsigned id = f->next_id++;
    if (n <= 4 && (neg ? mag <= lim31 : mag < lim31)) {
        set(f, buf, size, "ROM_INT(%s%" PRIu64 ")", neg ? "-" : "", mag);
    } else if (n <= 4 && (neg ? mag <= lim63 : mag < lim63)) {
        out(f, "#if UINTPTR_MAX > 0xFFFFFFFFu\n#define FRZ_K%u ROM_INT(%sINT64_C(%" PRIu64 "))\n#else\n", id,
            neg ? "-" : "", mag);
        big_int(f, id, neg, c, n);
        out(f, "#define FRZ_K%u ROM_PTR(&frz_i%u)\n#endif\n", id, id);
        set(f, buf, size, "FRZ_K%u", id);
    } else {
        big_int(f, id, neg, c, n);
        set(f, buf, size, "ROM_PTR(&frz_i%u)", id);
    }
    free(c);
    mpz_free(&z);
}

static void double_expr(frz_t *f, char *buf, size_t size, double d)
{
    if (isnan(d))
        set(f, buf, size, "NAN");
    else if (isinf(d))
        set(f, buf, size, "%sHUGE_VAL", d < 0 ? "-" : "");
    else
        set(f, buf, size, "%a", d);
}

static void str_expr(frz_t *f, obj_t o, char *buf, size_t size)
{
    const obj_str_t *s = o;
    bool is_bytes = s->base.type == &type_bytes;
    unsigned id = f->next_id++;
    /* hash precomputed (never 0): str_hash must find it set, as it would
     * otherwise store it into this const object */
    out(f, "static const obj_str_t frz_s%u = {{&type_%s}, 0x%08" PRIxPTR "u, %zu, %zu, ", id,
        is_bytes ? "bytes" : "str", qstr_compute_hash(s->data, s->len), s->len, s->charlen);
    c_string(f, s->data, s->len);
    out(f, "};\n");
    set(f, buf, size, "ROM_PTR(&frz_s%u)", id);
}

static void tuple_expr(frz_t *f, obj_t o, char *buf, size_t size)
{
    const obj_tuple_t *t = o;
    char (*items)[EXPR_MAX] = calloc(t->len + 1, sizeof(*items));
    for (size_t i = 0; i < t->len; i++)
        const_expr(f, t->items[i], items[i], sizeof(items[i]));
    unsigned id = f->next_id++;
    out(f, "static const struct { obj_base_t base; size_t len; obj_t items[%zu]; } frz_t%u = {{&type_tuple}, %zu, {",
        t->len ? t->len : 1, id, t->len);
    for (size_t i = 0; i < t->len; i++)
        out(f, "%s%s", i ? ", " : "", items[i]);
    out(f, "}};\n");
    free(items);
    set(f, buf, size, "ROM_PTR(&frz_t%u)", id);
}

static void const_expr(frz_t *f, obj_t o, char *buf, size_t size)
{
    unsigned id;
    if (o == OBJ_NONE || o == OBJ_NULL) {
        set(f, buf, size, "%s", o ? "OBJ_NONE" : "OBJ_NULL");
    } else if (o == OBJ_TRUE || o == OBJ_FALSE) {
        set(f, buf, size, "%s", o == OBJ_TRUE ? "OBJ_TRUE" : "OBJ_FALSE");
    } else if (o == OBJ_ELLIPSIS) {
        set(f, buf, size, "OBJ_ELLIPSIS");
    } else if (obj_is_qstr(o)) {
        set(f, buf, size, "ROM_QSTR(%s)", qname(f, obj_qstr_value(o)));
    } else if (obj_is_small_int(o) || obj_is_type(o, &type_int)) {
        int_expr(f, o, buf, size);
    } else if (obj_is_type(o, &type_str) || obj_is_type(o, &type_bytes)) {
        str_expr(f, o, buf, size);
    } else if (obj_is_type(o, &type_float)) {
        char d[48];
        double_expr(f, d, sizeof d, ((const obj_float_t *)o)->value);
        id = f->next_id++;
        out(f, "static const obj_float_t frz_f%u = {{&type_float}, %s};\n", id, d);
        set(f, buf, size, "ROM_PTR(&frz_f%u)", id);
    } else if (obj_is_type(o, &type_complex)) {
        char re[48], im[48];
        double_expr(f, re, sizeof re, ((const obj_complex_t *)o)->real);
        double_expr(f, im, sizeof im, ((const obj_complex_t *)o)->imag);
        id = f->next_id++;
        out(f, "static const obj_complex_t frz_c%u = {{&type_complex}, %s, %s};\n", id, re, im);
        set(f, buf, size, "ROM_PTR(&frz_c%u)", id);
    } else if (obj_is_type(o, &type_tuple)) {
        tuple_expr(f, o, buf, size);
    } else if (obj_is_type(o, &type_code)) {
        set(f, buf, size, "ROM_PTR(&frz_code%u)", frz_emit_code(f, o));
    } else {
        /* e.g. frozenset: its hash table depends on the target's hashes */
        frz_error(f, "a constant of type '%s' cannot be frozen", obj_type_name(o));
        set(f, buf, size, "OBJ_NULL");
    }
}

/* ---- code objects ---- */

static uintptr_t get_uint(const uint8_t **pp)
{
    uintptr_t v = 0;
    unsigned shift = 0;
    const uint8_t *p = *pp;
    do {
        v |= (uintptr_t)(*p & 0x7f) << shift;
        shift += 7;
    } while (*p++ & 0x80);
    *pp = p;
    return v;
}

/* Notes every qstr the bytecode names by number (checked at the end). */
static void scan_names(frz_t *f, const code_t *c)
{
    const uint8_t *p = c->bytecode, *end = p + c->bc_len;
    while (p < end) {
        uint8_t op = *p++;
        char kind = op < BC_COUNT ? op_args[op] : 0;
        if (kind == 'U' || kind == 'S') {
            get_uint(&p);
        } else if (kind == 'J') {
            p += 3;
        } else if (kind == 'Q') {
            uintptr_t q = get_uint(&p);
            if (q >= QSTR_STATIC_COUNT || q == QSTR_NULL)
                frz_error(f, "bytecode names qstr %u, which is not static", (unsigned)q);
            else
                f->qstr_used[q] = 1;
        }
    }
}

static void code_tables(frz_t *f, const code_t *c, unsigned id)
{
    if (c->bc_len) {
        out(f, "static const uint8_t frz_bc%u[%u] = {", id, (unsigned)c->bc_len);
        bytes_body(f, c->bytecode, c->bc_len);
        out(f, "};\n");
    }
    if (c->lines_len) {
        out(f, "static const uint8_t frz_ln%u[%u] = {", id, (unsigned)c->lines_len);
        bytes_body(f, c->lines, c->lines_len);
        out(f, "};\n");
    }
    if (c->n_exc) {
        out(f, "static const exc_entry_t frz_ex%u[%u] = {\n", id, (unsigned)c->n_exc);
        for (size_t i = 0; i < c->n_exc; i++)
            out(f, "    {%u, %u, %u, %u},\n", (unsigned)c->exc_table[i].start, (unsigned)c->exc_table[i].end,
                (unsigned)c->exc_table[i].handler, (unsigned)c->exc_table[i].depth);
        out(f, "};\n");
    }
    if (c->n_slots) {
        out(f, "static const qstr frz_sn%u[%u] = {", id, (unsigned)c->n_slots);
        for (size_t i = 0; i < c->n_slots; i++)
            out(f, "%s%s", i ? ", " : "", qname(f, c->slot_names[i]));
        out(f, "};\n");
    }
    if (c->n_cells) {
        out(f, "static const uint16_t frz_cs%u[%u] = {", id, (unsigned)c->n_cells);
        for (size_t i = 0; i < c->n_cells; i++)
            out(f, "%s%u", i ? ", " : "", (unsigned)c->cell_slots[i]);
        out(f, "};\n");
    }
}

unsigned frz_emit_code(frz_t *f, const code_t *c)
{
    scan_names(f, c);
    char (*k)[EXPR_MAX] = calloc(c->n_consts + 1, sizeof(*k));
    for (size_t i = 0; i < c->n_consts; i++)
        const_expr(f, c->consts[i], k[i], sizeof(k[i]));
    char doc[EXPR_MAX];
    const_expr(f, c->doc ? c->doc : OBJ_NONE, doc, sizeof doc);
    unsigned id = f->next_id++;
    code_tables(f, c, id);
    if (c->n_consts) {
        out(f, "static const obj_t frz_k%u[%u] = {\n", id, (unsigned)c->n_consts);
        for (size_t i = 0; i < c->n_consts; i++)
            out(f, "    %s,\n", k[i]);
        out(f, "};\n");
    }
    free(k);
    /* table names first: an empty table's stand-in may need writing */
    char bc[32], consts[32], cells[32], slots[32], exc[32], lines[32];
    table_name(f, bc, sizeof bc, c->bc_len, "frz_bc", id, EMPTY_U8);
    table_name(f, consts, sizeof consts, c->n_consts, "frz_k", id, EMPTY_OBJ);
    table_name(f, cells, sizeof cells, c->n_cells, "frz_cs", id, EMPTY_U16);
    table_name(f, slots, sizeof slots, c->n_slots, "frz_sn", id, EMPTY_QSTR);
    table_name(f, exc, sizeof exc, c->n_exc, "frz_ex", id, EMPTY_EXC);
    table_name(f, lines, sizeof lines, c->lines_len, "frz_ln", id, EMPTY_U8);
    out(f, "static const code_t frz_code%u = {\n    .base = {&type_code},\n", id);
    out(f, "    .bytecode = %s, .bc_len = %u,\n", bc, (unsigned)c->bc_len);
    out(f, "    .flags = 0x%x, .n_posargs = %u, .n_posonly = %u, .n_kwonly = %u,\n", (unsigned)c->flags,
        (unsigned)c->n_posargs, (unsigned)c->n_posonly, (unsigned)c->n_kwonly);
    out(f, "    .n_slots = %u, .n_cells = %u, .n_free = %u, .stack_size = %u, .n_exc = %u,\n",
        (unsigned)c->n_slots, (unsigned)c->n_cells, (unsigned)c->n_free, (unsigned)c->stack_size,
        (unsigned)c->n_exc);
    out(f, "    .name = %s, .qualname = %s,\n", qname(f, c->name), qname(f, c->qualname));
    out(f, "    .filename = %s, .first_line = %u,\n", qname(f, c->filename), (unsigned)c->first_line);
    out(f, "    .consts = %s, .doc = %s, .n_consts = %u,\n", consts, doc, (unsigned)c->n_consts);
    out(f, "    .cell_slots = %s, .slot_names = %s, .exc_table = %s,\n", cells, slots, exc);
    out(f, "    .lines = %s, .lines_len = %u,\n};\n\n", lines, (unsigned)c->lines_len);
    return id;
}

void frz_emit_prologue(frz_t *f)
{
    out(f, "/* Generated by tools/cpfreeze from the frozen modules; do not edit.\n"
           " * Const code objects for src/frozen.c (see src/frozen.h). */\n"
           "#include <math.h>\n#include <stddef.h>\n#include <stdint.h>\n\n"
           "#include \"bc.h\"\n#include \"mpz.h\"\n#include \"obj_int.h\"\n\n"
           "#if UINTPTR_MAX != 0xFFFFFFFFu && UINTPTR_MAX != 0xFFFFFFFFFFFFFFFFu\n"
           "#error \"frozen constants are written for 32- and 64-bit pointers\"\n#endif\n"
           "/* a fixed-size tuple must lay out as obj_tuple_t */\n"
           "typedef struct { obj_base_t base; size_t len; obj_t items[1]; } frz_tuple1_t;\n"
           "_Static_assert(offsetof(frz_tuple1_t, items) == offsetof(obj_tuple_t, items), \"tuple layout\");\n"
           "_Static_assert(QSTR_STATIC_COUNT == %u, \"genhdr/frozen.h was made with another genhdr/qstrdefs.h\");\n\n",
        (unsigned)QSTR_STATIC_COUNT);
}

void frz_emit_qstr_checks(frz_t *f)
{
    out(f, "/* the qstr numbers in the bytecode above */\n");
    for (unsigned q = 1; q < QSTR_STATIC_COUNT; q++)
        if (f->qstr_used[q])
            out(f, "_Static_assert(%s == %u, \"qstr numbering\");\n", frz_qstr_name(q), q);
}
