/*
 * Helpers shared by the built-in modules in modules/.
 *
 * Module exception classes (struct.error, binascii.Error) are ordinary
 * heap classes with __module__ set, so repr, tracebacks and subclassing
 * behave as for a class statement. The class lives in the module's
 * globals; C code finds it again through sys.modules (there is no static
 * GC root for it), and makes a fresh one if the module or the attribute
 * has gone.
 */
#ifndef CP_MOD_UTIL_H
#define CP_MOD_UTIL_H

#include <stdarg.h>

#include "obj.h"

/* A new class `name` deriving from base with __module__ = module. */
obj_t mod_util_new_exc_class(qstr module, qstr name, const type_t *base);
/* The exception class module.name as currently imported (see above). */
obj_t mod_util_exc_class(qstr module, qstr name, const type_t *base);
/* Raise module.name(msg) with msg formatted like raise_fmt. */
_Noreturn void mod_util_raise(qstr module, qstr name, const type_t *base, const char *fmt, ...);
_Noreturn void mod_util_vraise(qstr module, qstr name, const type_t *base, const char *fmt, va_list ap);

/* o as an int (small or big) via int, bool or __index__; raises TypeError
 * "'X' object cannot be interpreted as an integer" otherwise. */
obj_t mod_util_index(obj_t o);
/* o as a double: a float (or float subclass instance), an int, or an
 * object with __float__ / __index__; TypeError "must be real number, not
 * X" otherwise, OverflowError for ints beyond the double range. */
double mod_util_get_float(obj_t o);
/* The read-only buffer of a bytes-like object; raises TypeError
 * "a bytes-like object is required, not 'X'". */
void mod_util_get_buffer(obj_t o, buffer_info_t *info);

#endif
