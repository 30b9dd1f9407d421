/* Human-readable listing of compiled code, for debugging the compiler
 * (CIRCUITPY_DIS=1 circuitpython FILE) and for checking that frozen code
 * objects equal freshly compiled ones (tests/unit/test_frozen.c): the
 * listing shows every field of a code object and nothing that depends on
 * where it lives (no addresses; a str constant prints the same whether it
 * is interned or not). */
#include "bc.h"
#include "obj_fun.h"
#include "runtime.h"

static const char *const op_names[] = {
#define X(name, arg) #name,
    BC_OPS(X)
#undef X
};

static const char op_args[] = {
#define X(name, arg) arg,
    BC_OPS(X)
#undef X
};

static uintptr_t get_uint(const uint8_t **pp)
{
    const uint8_t *p = *pp;
    uintptr_t v = 0;
    unsigned shift = 0;
    do {
        v |= (uintptr_t)(*p & 0x7f) << shift;
        shift += 7;
    } while (*p++ & 0x80);
    *pp = p;
    return v;
}

static void print_const(const print_t *pr, obj_t o)
{
    if (obj_is_type(o, &type_code))
        print_fmt(pr, "code %q", ((const code_t *)o)->qualname);
    else
        print_fmt(pr, "%T %r", o, o);
}

static void dump_header(const print_t *pr, const code_t *code)
{
    print_fmt(pr, "code %q (%q, file %q, line %u)\n", code->name, code->qualname, code->filename,
              (unsigned)code->first_line);
    print_fmt(pr, "  args %u posonly %u kwonly %u slots %u free %u stack %u flags 0x%x\n",
              (unsigned)code->n_posargs, (unsigned)code->n_posonly, (unsigned)code->n_kwonly,
              (unsigned)code->n_slots, (unsigned)code->n_free, (unsigned)code->stack_size,
              (unsigned)code->flags);
    print_str(pr, "  slots:");
    for (size_t i = 0; i < code->n_slots; i++)
        print_fmt(pr, " %q", code->slot_names[i]);
    print_str(pr, "\n  cells:");
    for (size_t i = 0; i < code->n_cells; i++)
        print_fmt(pr, " %u", (unsigned)code->cell_slots[i]);
    print_str(pr, "\n  doc: ");
    print_const(pr, code->doc ? code->doc : OBJ_NONE);
    print_str(pr, "\n");
    for (size_t i = 0; i < code->n_consts; i++) {
        print_fmt(pr, "  const %u: ", (unsigned)i);
        print_const(pr, code->consts[i]);
        print_str(pr, "\n");
    }
    for (size_t i = 0; i < code->n_exc; i++)
        print_fmt(pr, "  exc [%u, %u) -> %u depth %u\n", (unsigned)code->exc_table[i].start,
                  (unsigned)code->exc_table[i].end, (unsigned)code->exc_table[i].handler,
                  (unsigned)code->exc_table[i].depth);
    /* the raw (offset delta, zigzag line delta) pairs, as stored */
    print_str(pr, "  lines:");
    const uint8_t *p = code->lines, *end = p + code->lines_len;
    while (p < end) {
        uintptr_t d_off = get_uint(&p);
        print_fmt(pr, " +%u", (unsigned)d_off);
        print_fmt(pr, "/%u", (unsigned)(p < end ? get_uint(&p) : 0));
    }
    print_str(pr, "\n");
}

void bc_dump(const print_t *pr, const code_t *code)
{
    dump_header(pr, code);
    const uint8_t *p = code->bytecode, *end = p + code->bc_len;
    while (p < end) {
        unsigned off = (unsigned)(p - code->bytecode);
        uint8_t op = *p++;
        if (op >= BC_COUNT) {
            print_fmt(pr, "  %u ??? %u\n", off, (unsigned)op);
            continue;
        }
        print_fmt(pr, "  %u %s", off, op_names[op]);
        switch (op_args[op]) {
        case 'U': {
            uintptr_t a = get_uint(&p);
            print_fmt(pr, " %u", (unsigned)a);
            if (op == BC_LOAD_CONST && a < code->n_consts) {
                print_str(pr, " (");
                print_const(pr, code->consts[a]);
                print_str(pr, ")");
            }
            break;
        }
        case 'Q': {
            uintptr_t a = get_uint(&p);
            print_fmt(pr, " %u (%q)", (unsigned)a, (qstr)a);
            break;
        }
        case 'S': {
            uintptr_t u = get_uint(&p);
            intptr_t v = (u & 1) ? (intptr_t)~(u >> 1) : (intptr_t)(u >> 1);
            print_fmt(pr, " %d", (int)v);
            break;
        }
        case 'J':
            print_fmt(pr, " -> %u", (unsigned)(p[0] | (p[1] << 8) | (p[2] << 16)));
            p += 3;
            break;
        default:
            break;
        }
        print_str(pr, "\n");
    }
    for (size_t i = 0; i < code->n_consts; i++)
        if (obj_is_type(code->consts[i], &type_code) && ((const code_t *)code->consts[i])->bytecode)
            bc_dump(pr, code->consts[i]);
}
