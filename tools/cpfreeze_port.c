/*
 * The minimal port the interpreter core runs on inside tools/cpfreeze and
 * tests/unit/test_frozen.c: console output through stdio, no files, no
 * clock, and stand-ins for the built-in modules (never imported here).
 */
#include <stdio.h>
#include <stdlib.h>

#include "cpfreeze.h"
#include "errno_codes.h"
#include "gc.h"
#include "obj.h"
#include "port.h"
#include "runtime.h"

volatile int port_interrupt_pending;
/* NULL limit: the core skips its C stack depth check. */
char *port_stack_top;
char *port_stack_limit;

void port_stdout_write(const char *s, size_t n)
{
    fwrite(s, 1, n, stdout);
}

void port_stderr_write(const char *s, size_t n)
{
    fwrite(s, 1, n, stderr);
}

int port_flush(int handle)
{
    (void)handle;
    return fflush(stdout) == 0 ? 0 : -ERRNO_EIO;
}

long port_stdin_readline(char *buf, size_t size)
{
    (void)buf;
    (void)size;
    return -1;
}

int port_file_read(const char *path, char **data, size_t *len)
{
    (void)path;
    (void)data;
    (void)len;
    return -ERRNO_ENOENT;
}

int port_path_stat(const char *path)
{
    (void)path;
    return PORT_STAT_NONE;
}

/* Automatic collection is off (cpfreeze_port_init); an explicit
 * gc_collect() would see only the interpreter's own roots. */
void port_gc_scan_stack(void)
{
}

_Noreturn void port_fatal(const char *msg)
{
    fflush(stdout);
    fprintf(stderr, "cpfreeze: fatal error: %s\n", msg);
    abort();
}

/* The built-in modules and module-provided builtins named in
 * genhdr/moduledefs.h, as empty stand-ins: obj_module.c and builtins.c
 * refer to them, and neither compiling nor dumping code uses them. */
static obj_t unavailable(size_t n, const obj_t *args)
{
    (void)n;
    (void)args;
    raise_msg(&type_RuntimeError, "not available in cpfreeze");
}

#define MODDEF(q, mod) const obj_module_t mod = {{&type_module}, NULL};
#define BUILTINDEF(q, obj) const obj_builtin_t obj = {{&type_builtin}, 0, 0xffff, BUILTIN_VAR, q, {.var = unavailable}};
#include "genhdr/moduledefs.h"
#undef MODDEF
#undef BUILTINDEF

/* Kept for the program's life (the collector's tables point into it). */
static void *heap;

void cpfreeze_port_init(size_t heap_bytes)
{
    heap = calloc(1, heap_bytes);
    if (!heap) {
        fprintf(stderr, "cpfreeze: cannot allocate a %zu-byte heap\n", heap_bytes);
        exit(1);
    }
    runtime_init_zeroed(heap, heap_bytes);
    gc_enable(false);
}
