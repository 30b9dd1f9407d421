/*
 * One fresh VM and heap per supervisor run (see supervisor_int.h).
 *
 * Teardown order matters: atexit callbacks and hw_release_all() need the
 * VM (the hardware objects live in its heap), so they run first; then
 * runtime_deinit() forgets every root (sys.modules, the qstr pool and the
 * hardware layer's state are all in the heap or in vm) and the heap's
 * pages go back to the OS. The next run maps fresh zero pages, so nothing
 * of one run can leak into the next, and a stale pointer into an old
 * heap faults instead of reading stale objects.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "../../modules/hw.h"
#include "../../modules/mod_atexit.h"
#include "../../modules/mod_supervisor.h"
#include "../../modules/settings_toml_scan.h"
#include "board_select.h"
#include "gc.h"
#include "obj_dict.h"
#include "obj_list.h"
#include "obj_str.h"
#include "port.h"
#include "runtime.h"
#include "supervisor_int.h"

static void *heap;
static size_t heap_len;
static bool board_open;

bool sup_vm_running(void)
{
    return heap != NULL;
}

/* CIRCUITPY_HEAP_START_SIZE from DIR/settings.toml, or 0. */
static size_t heap_from_settings(void)
{
    if (!sup.dir || sup.safe_mode)
        return 0;
    char path[4096];
    snprintf(path, sizeof(path), "%s/settings.toml", sup.dir);
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    char buf[16384];
    size_t n = fread(buf, 1, sizeof(buf), f);
    fclose(f);
    static const char key[] = "CIRCUITPY_HEAP_START_SIZE";
    long long v;
    if (settings_toml_scan_lookup_int(buf, n, key, sizeof(key) - 1, &v) != SETTINGS_FOUND)
        return 0;
    if (v < (long long)CLI_HEAP_MIN || v > (long long)CLI_HEAP_MAX) {
        fprintf(stderr, "circuitpython: CIRCUITPY_HEAP_START_SIZE %lld is outside %zu..%zu; using the default\n", v,
                CLI_HEAP_MIN, CLI_HEAP_MAX);
        return 0;
    }
    return (size_t)v;
}

static void *map_heap(size_t size)
{
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

static void add_path(const char *dir)
{
    list_append(vm.sys_path, str_new(dir, strlen(dir)));
}

static void setup_path(void)
{
    if (sup.dir) {
        char lib[4096];
        snprintf(lib, sizeof(lib), "%s/lib", sup.dir);
        add_path(sup.dir);
        add_path(lib);
    }
    const char *env = getenv("CIRCUITPYPATH");
    if (env && *env) {
        char *copy = strdup(env);
        for (char *save = NULL, *tok = strtok_r(copy, ":", &save); tok; tok = strtok_r(NULL, ":", &save))
            add_path(tok);
        free(copy);
    }
    add_path(CP_LIBDIR);
}

int sup_vm_start(void)
{
    size_t size = sup.opts->heap_size;
    if (!size)
        size = heap_from_settings();
    if (!size)
        size = SUP_DEFAULT_HEAP;
    heap = map_heap(size);
    if (!heap && size != SUP_DEFAULT_HEAP) {
        size = SUP_DEFAULT_HEAP; /* as CircuitPython: fall back to the build's size */
        heap = map_heap(size);
    }
    if (!heap)
        return -ENOMEM;
    heap_len = size;
    sup_safe_marker_set();
    runtime_init_zeroed(heap, size);
    setup_path();
    if (!board_open) {
        /* the board outlives the VMs: only its pins are released per run */
        if (board_select_open(sup.opts) != 0)
            fprintf(stderr, "circuitpython: the hardware modules will not work\n");
        board_open = true;
    }
    port_interrupt_pending = 0;
    return 0;
}

/* ---- running a file ---- */

typedef struct text_buf {
    char *p;
    size_t len, cap;
} text_buf_t;

static void text_add(void *data, const char *s, size_t n)
{
    text_buf_t *t = data;
    if (t->len + n + 1 > t->cap) {
        size_t cap = (t->len + n + 1) * 2;
        char *np = realloc(t->p, cap);
        if (!np)
            return;
        t->p = np;
        t->cap = cap;
    }
    memcpy(t->p + t->len, s, n);
    t->len += n;
    t->p[t->len] = '\0';
}

/* The traceback as text (malloc'd, or NULL). */
static char *exception_text(obj_t exc, size_t *len)
{
    text_buf_t t = {NULL, 0, 0};
    print_t p = {&t, text_add};
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        exception_print(&p, exc);
        nlr_pop();
    }
    *len = t.len;
    return t.p;
}

/* "<line>@<file> <Type>" from the last traceback in text: the outermost
 * frame (the first "File" line after the last "Traceback" header) and the
 * exception's type (the last line, up to its colon). */
static void summarise(const char *text, size_t len, char *out, size_t size)
{
    out[0] = '\0';
    if (!text)
        return;
    const char *tb = NULL;
    for (const char *p = text; (p = strstr(p, "Traceback (most recent call last):")) != NULL; p++)
        tb = p;
    const char *file = tb ? strstr(tb, "  File \"") : NULL;
    const char *end = text + len;
    while (end > text && end[-1] == '\n')
        end--;
    const char *last = end;
    while (last > text && last[-1] != '\n')
        last--;
    size_t tlen = 0;
    while (last + tlen < end && last[tlen] != ':')
        tlen++;
    if (!file) {
        snprintf(out, size, "%.*s", (int)tlen, last);
        return;
    }
    file += 8;
    const char *q = strchr(file, '"');
    const char *ln = q ? strstr(q, "line ") : NULL;
    if (!q || !ln) {
        snprintf(out, size, "%.*s", (int)tlen, last);
        return;
    }
    snprintf(out, size, "%d@%.*s %.*s", atoi(ln + 5), (int)(q - file), file, (int)tlen, last);
}

static void set_main_file(const char *path)
{
    obj_dict_t *g = module_globals(vm.main_module);
    map_store_qstr(&g->map, Q___file__, str_new(path, strlen(path)));
}

/* The host stopped the program: a reload, SIGTERM or SIGHUP. */
static bool host_stop(void)
{
    return port_interrupt_pending == PORT_INTERRUPT_STOP;
}

void *sup_vm_exec(const char *path, sup_result_t *r)
{
    memset(r, 0, sizeof(*r));
    if (access(path, R_OK) != 0)
        return NULL;
    r->ran = true;
    sup_title(path);
    sup_line_clear();
    printf("%s output:\n", path);
    fflush(stdout);
    obj_t exc = OBJ_NULL;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        set_main_file(path);
        exec_file(path, module_globals(vm.main_module));
        nlr_pop();
    } else {
        exc = nlr.value;
    }
    fflush(stdout);
    r->stopped = host_stop();
    port_interrupt_pending = 0;
    return exc;
}

void sup_vm_report(void *exception, bool record, sup_result_t *r)
{
    obj_t exc = exception ? (obj_t)exception : OBJ_NULL;
    /* the supervisor's own calls into the VM must not be interrupted (a
       SIGINT that trails the Ctrl-C which ended the program included) */
    port_interrupt_pending = 0;
    if (exc != OBJ_NULL && !r->stopped) {
        r->error = true;
        r->system_exit = exception_is(exc, &type_SystemExit);
        r->memory_error = exception_is(exc, &type_MemoryError);
    }
    size_t len = 0;
    char *text = r->error && !r->system_exit ? exception_text(exc, &len) : NULL;
    if (text) {
        fwrite(text, 1, len, stderr);
        fflush(stderr);
        summarise(text, len, r->where, sizeof(r->where));
    }
    if (record && r->ran)
        mod_supervisor_set_traceback(text, len);
    free(text);
}

void sup_vm_stop(void)
{
    if (!heap)
        return;
    /* A program that ended with the heap locked: atexit callbacks may
       allocate, and the collection below must run the finalisers. */
    for (; vm.heap_lock_depth > 0; vm.heap_lock_depth--)
        gc_unlock();
    port_interrupt_pending = 0;
    atexit_run();
    port_interrupt_pending = 0;
    hw_release_all();
    /* with no roots every object is garbage: finalisers close the files
       the program left open before the heap goes */
    gc_set_root_hook(NULL);
    gc_collect();
    fflush(stdout);
    fflush(stderr);
    runtime_deinit();
    munmap(heap, heap_len);
    heap = NULL;
    heap_len = 0;
    sup_safe_marker_clear();
}
