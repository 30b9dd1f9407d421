/*
 * Built-in modules whose contents are easiest to state in Python (typing,
 * __future__): their __init__ runs a Python source text in the module's
 * fresh globals.
 */
#ifndef CP_PYINIT_H
#define CP_PYINIT_H

#include "obj.h"

/* Compiles src (NUL-terminated) as a module named filename and runs it in
 * mod's globals, then removes the __init__ entry. Raises what the code
 * raises. */
void pyinit_exec(obj_t mod, const char *src, qstr filename);

#endif
