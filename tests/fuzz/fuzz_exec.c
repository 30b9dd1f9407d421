/*
 * libFuzzer target: compile and run arbitrary bytes as a Python program in
 * a small heap with an instruction budget. Any crash, hang, leak of the C
 * heap or sanitizer report is a bug; Python exceptions are fine.
 *
 * It carries its own port (output discarded, no files), so it links the
 * core and the modules but none of the host program.
 */
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gc.h"
#include "mem.h"
#include "nlr.h"
#include "parser.h"
#include "port.h"
#include "runtime.h"

#define HEAP_SIZE (256 * 1024)
#define BUDGET 20000

volatile int port_interrupt_pending;
char *port_stack_top;
char *port_stack_limit;

void port_stdout_write(const char *s, size_t n) { (void)s; (void)n; }
void port_stderr_write(const char *s, size_t n) { (void)s; (void)n; }
long port_stdin_readline(char *buf, size_t size) { (void)buf; (void)size; return -1; }
long port_stdin_read(void *buf, size_t n) { (void)buf; (void)n; return 0; }
int port_file_read(const char *path, char **data, size_t *len) { (void)path; (void)data; (void)len; return -2; }
int port_path_stat(const char *path) { (void)path; return PORT_STAT_NONE; }
uint64_t port_ticks_ns(void) { static uint64_t t; return t += 1000; }
int port_sleep_ns(uint64_t ns) { (void)ns; return 0; }
uint32_t port_random_seed(void) { return 1; }
_Noreturn void port_fatal(const char *msg) { (void)msg; abort(); }

/* No file system: every file operation fails with ENOSYS (38). */
#define NOSYS (-38)
int port_open(const char *path, unsigned flags) { (void)path; (void)flags; return NOSYS; }
long port_read(int h, void *buf, size_t n) { (void)h; (void)buf; (void)n; return NOSYS; }
long port_write(int h, const void *buf, size_t n) { (void)h; (void)buf; return (h == 1 || h == 2) ? (long)n : NOSYS; }
long long port_seek(int h, long long off, int whence) { (void)h; (void)off; (void)whence; return NOSYS; }
int port_close(int h) { (void)h; return NOSYS; }
int port_flush(int h) { (void)h; return 0; }
int port_truncate(int h, long long size) { (void)h; (void)size; return NOSYS; }
int port_stat(const char *path, port_stat_t *st) { (void)path; (void)st; return -2; }
int port_listdir(const char *path, void (*fn)(void *, const char *), void *ctx) { (void)path; (void)fn; (void)ctx; return -2; }
int port_mkdir(const char *path) { (void)path; return NOSYS; }
int port_remove(const char *path) { (void)path; return NOSYS; }
int port_rmdir(const char *path) { (void)path; return NOSYS; }
int port_rename(const char *a, const char *b) { (void)a; (void)b; return NOSYS; }
int port_getcwd(char *buf, size_t size) { if (size < 2) return -34; buf[0] = '/'; buf[1] = 0; return 0; }
int port_chdir(const char *path) { (void)path; return NOSYS; }
int port_statvfs(const char *path, uint64_t out[10]) { (void)path; (void)out; return NOSYS; }
int port_sync(void) { return 0; }
int port_urandom(void *buf, size_t n) { memset(buf, 0x5a, n); return 0; }
double port_time(void) { return 1.0e9; }
const char *port_getenv(const char *name) { (void)name; return NULL; }
int port_poll(const int *h, const short *ev, short *rev, size_t n, int timeout_ms)
{
    (void)h; (void)ev; (void)timeout_ms;
    for (size_t i = 0; i < n; i++)
        rev[i] = 0;
    return 0;
}
int port_uname(char fields[5][65]) { for (int i = 0; i < 5; i++) strcpy(fields[i], "fuzz"); return 0; }
bool port_console_connected(void) { return false; }
size_t port_console_bytes_available(void) { return 0; }
const char *port_settings_path(void) { return "settings.toml"; }

__attribute__((no_sanitize_address)) static void scan(void *const *lo, void *const *hi)
{
    for (void *const *p = lo; p < hi; p++)
        gc_mark(*p);
}

void port_gc_scan_stack(void)
{
    jmp_buf regs;
    setjmp(regs);
    scan((void *const *)(void *)&regs, (void *const *)(void *)port_stack_top);
}

static void *heap;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char top;
    port_stack_top = &top;
    port_stack_limit = &top - 512 * 1024;
    if (!heap)
        heap = malloc(HEAP_SIZE);
    runtime_init(heap, HEAP_SIZE);
    vm.budget = BUDGET;
    port_interrupt_pending = 1;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        char *src = mem_alloc_noscan(size + 1);
        memcpy(src, data, size);
        src[size] = '\0';
        obj_t fun = compile_source(src, size, qstr_from_str("<fuzz>"), PARSE_FILE, false);
        obj_dict_t *g = module_globals(vm.main_module);
        exec_code(fun, g, g);
        nlr_pop();
    } else {
        /* exercise the traceback printer too; it may itself run out of heap */
        obj_t exc = nlr.value;
        nlr_buf_t nlr2;
        if (nlr_push(&nlr2) == 0) {
            exception_print(&print_stderr, exc);
            nlr_pop();
        }
    }
    nlr_top = NULL;
    runtime_deinit();
    return 0;
}
