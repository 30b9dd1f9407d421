/*
 * tools/cpfreeze: compiles the frozen Python modules with this
 * interpreter's own compiler on the build machine and writes the code
 * objects as const C data (genhdr/frozen.h, see src/frozen.h).
 *
 * cpfreeze.c drives (files, compiling, qstr checks), cpfreeze_emit.c
 * writes C, cpfreeze_port.c is the minimal port the core runs on here.
 * Host code: stdio and malloc are fine.
 *
 * The C written must compile for any target this core builds for, whose
 * word size may differ from the build machine's: it never contains an
 * obj_t bit pattern, only expressions the target compiler evaluates
 * (ROM_INT, ROM_QSTR(Q_x), &object), and it decides small int versus big
 * int with the target's own UINTPTR_MAX and MPZ_DIG_BITS.
 */
#ifndef CP_TOOLS_CPFREEZE_H
#define CP_TOOLS_CPFREEZE_H

#include <stdbool.h>
#include <stdio.h>

#include "bc.h"

#if defined(__GNUC__)
#define FRZ_NOINLINE __attribute__((noinline))
#define FRZ_FORMAT(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define FRZ_NOINLINE
#define FRZ_FORMAT(fmt, args)
#endif

typedef struct frz {
    FILE *out;
    const char *path;         /* source file being frozen, for messages */
    unsigned next_id;         /* C names frz_<kind><id> are unique by id */
    unsigned char *qstr_used; /* per static qstr: referenced by bytecode */
    unsigned empties;         /* FRZ_EMPTY_* arrays already written */
    bool failed;              /* an error was reported */
} frz_t;

/* Prints "cpfreeze: <path>: <message>" to stderr and marks f failed. */
FRZ_FORMAT(2, 3) void frz_error(frz_t *f, const char *fmt, ...);

/* The C name (Q_xxx) of static qstr q, or NULL if q is not static. */
const char *frz_qstr_name(unsigned q);

/* Writes the header every output starts with (includes, target checks). */
void frz_emit_prologue(frz_t *f);
/* Writes const definitions for code, its tables, constants and nested
 * code objects; returns the id of its code_t (frz_code<id>). Errors are
 * reported through frz_error and leave f->failed set. */
unsigned frz_emit_code(frz_t *f, const code_t *code);
/* Writes the checks that the target's qstr numbering is the one the
 * bytecode was made with (run after every module was emitted). */
void frz_emit_qstr_checks(frz_t *f);

/* cpfreeze_port.c: start the core on a malloc'd heap with automatic
 * collection off (nothing scans this program's stack), so every object
 * stays put while cpfreeze or the unit test holds it in C locals. */
void cpfreeze_port_init(size_t heap_bytes);

#endif
