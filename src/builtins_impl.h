/*
 * Internals of the builtins module (builtins*.c); not for the rest of the
 * core.
 */
#ifndef CP_BUILTINS_IMPL_H
#define CP_BUILTINS_IMPL_H

#include "obj.h"

/* Built-in function objects defined outside builtins.c, for its table of
 * the builtins module. */
/* builtins_eval.c */
extern const obj_builtin_t builtins_globals_obj, builtins_locals_obj, builtins_vars_obj, builtins_dir_obj;
extern const obj_builtin_t builtins_exec_obj, builtins_eval_obj, builtins_compile_obj, builtins_import_obj;
/* builtins_io.c */
extern const obj_builtin_t builtins_print_obj, builtins_input_obj, builtins_help_obj;

#endif
