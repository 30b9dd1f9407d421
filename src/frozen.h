/*
 * Library modules written in Python and compiled into the binary
 * (frozen/ in the source tree). tools/cpfreeze compiles them with this
 * interpreter's own compiler at build time and writes the code objects
 * as const data (genhdr/frozen.h): importing one runs its module code
 * directly, with no source text, parsing or compiling on the board.
 *
 * Invariant: a frozen code object and everything it reaches (bytecode,
 * tables, constants, nested code objects) is const and never written; on
 * a board it is in flash. Its names are static qstrs of the same
 * genhdr/qstrdefs.h the binary is built with.
 */
#ifndef CP_FROZEN_H
#define CP_FROZEN_H

#include <stdbool.h>
#include <stddef.h>

#include "bc.h"

typedef struct frozen_module {
    const char *name;   /* dotted module name */
    bool is_package;
    const code_t *code; /* module body; code->filename is "<frozen NAME>" */
} frozen_module_t;

/* The frozen module of that dotted name, or NULL. */
const frozen_module_t *frozen_find(const char *name, size_t len);
/* The i-th frozen module (any order), or NULL past the last. */
const frozen_module_t *frozen_get(size_t i);

#endif
