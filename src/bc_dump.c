/* Human-readable listing of compiled code, for debugging the compiler
 * (circuitpython -X dis FILE). */
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

void bc_dump(const print_t *pr, const code_t *code)
{
    print_fmt(pr, "code %q (slots %u, stack %u, flags 0x%x)\n", code->name, (unsigned)code->n_slots,
              (unsigned)code->stack_size, (unsigned)code->flags);
    for (size_t i = 0; i < code->n_exc; i++)
        print_fmt(pr, "  exc [%u, %u) -> %u depth %u\n", (unsigned)code->exc_table[i].start,
                  (unsigned)code->exc_table[i].end, (unsigned)code->exc_table[i].handler,
                  (unsigned)code->exc_table[i].depth);
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
            if (op == BC_LOAD_CONST)
                print_fmt(pr, " (%r)", code->consts[a]);
            else if (op == BC_LOAD_NAME || op == BC_STORE_NAME || op == BC_LOAD_GLOBAL || op == BC_STORE_GLOBAL ||
                     op == BC_LOAD_ATTR || op == BC_STORE_ATTR || op == BC_LOAD_METHOD || op == BC_IMPORT_NAME ||
                     op == BC_IMPORT_FROM)
                print_fmt(pr, " (%q)", (qstr)a);
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
        if (obj_is_type(code->consts[i], &type_code) && ((code_t *)code->consts[i])->bytecode)
            bc_dump(pr, code->consts[i]);
}
