/* Helpers of the os module shared with io (paths and path errors). */
#ifndef CP_MOD_OS_H
#define CP_MOD_OS_H

#include "obj.h"

/* The NUL-terminated text of a str or bytes path argument. Raises
 * TypeError "<argname>: path should be string, bytes or os.PathLike, not X"
 * for other types and ValueError "embedded null byte". */
const char *os_path_arg(obj_t path, const char *argname);

/* Raises OSError (its errno subclass) for err (negative or positive errno)
 * with filename path: "[Errno 2] No such file or directory: 'x'". */
_Noreturn void os_raise_path_error(int err, obj_t path);

#endif
