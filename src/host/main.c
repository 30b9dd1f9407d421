/*
 * The circuitpython binary: command line, heap, signals, and running a
 * file, a command, a module, stdin or the REPL.
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "board_select.h"
#include "cli.h"
#include "gc.h"
#include "map.h"
#include "mem.h"
#include "obj_dict.h"
#include "obj_fun.h"
#include "obj_list.h"
#include "obj_str.h"
#include "parser.h"
#include "port.h"
#include "runtime.h"
#include "repl.h"
#include "supervisor.h"
#include "../../modules/mod_atexit.h"

#define DEFAULT_HEAP_SIZE ((size_t)16 * 1024 * 1024)

/* Objects on ASan's fake stacks would be invisible to the stack scan. */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
    return "detect_stack_use_after_return=0:detect_leaks=0";
}

static void on_sigint(int sig)
{
    (void)sig;
    port_interrupt_pending = 1;
}

static void set_stack_bounds(char *top)
{
    struct rlimit rl;
    size_t size = 8u << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < size)
        size = rl.rlim_cur;
    port_stack_top = top;
    /* leave room for C code that runs below the last check */
    port_stack_limit = top - size + (size / 8 > (256u << 10) ? size / 8 : (256u << 10));
}

static obj_t str_obj(const char *s)
{
    return str_new(s, strlen(s));
}

static void add_path(const char *dir)
{
    list_append(vm.sys_path, str_obj(dir));
}

static void setup_path(const char *script_dir)
{
    if (script_dir) {
        add_path(script_dir);
        char lib[4096];
        snprintf(lib, sizeof(lib), "%s%slib", script_dir, script_dir[0] ? "/" : "");
        add_path(lib);
    }
    const char *env = getenv("CIRCUITPYPATH");
    if (env && *env) {
        char *copy = strdup(env);
        for (char *tok = strtok(copy, ":"); tok; tok = strtok(NULL, ":"))
            if (*tok)
                add_path(tok);
        free(copy);
    }
    add_path(CP_LIBDIR);
}

/* Prints an uncaught exception and returns the exit status. */
static int report_exception(obj_t exc)
{
    if (exception_is(exc, &type_SystemExit)) {
        obj_t code = load_attr_maybe(exc, Q_code);
        if (code == OBJ_NULL || code == OBJ_NONE)
            return 0;
        intptr_t v;
        if (obj_get_int_maybe(code, &v))
            return (int)(v & 0xff);
        obj_print(&print_stderr, code, PRINT_STR);
        print_str(&print_stderr, "\n");
        return 1;
    }
    exception_print(&print_stderr, exc);
    if (exception_is(exc, &type_KeyboardInterrupt))
        return 130;
    return 1;
}

static void set_main_file(const char *path)
{
    obj_dict_t *g = module_globals(vm.main_module);
    map_store_qstr(&g->map, Q___file__, str_obj(path));
}

static char *dirname_of(const char *path)
{
    char *d = strdup(path);
    char *slash = strrchr(d, '/');
    if (slash == d)
        d[1] = '\0';
    else if (slash)
        *slash = '\0';
    else
        d[0] = '\0';
    return d;
}

typedef struct run_ctx {
    const struct cli_options *opts;
    int status;
} run_ctx_t;

static void run_source(const char *src, size_t len, const char *filename)
{
    obj_t fun = compile_source(src, len, qstr_from_str(filename), PARSE_FILE, false);
    obj_dict_t *g = module_globals(vm.main_module);
    exec_code(fun, g, g);
}

static char *read_stream(FILE *f, size_t *len)
{
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (n + 1 >= cap)
            buf = realloc(buf, cap *= 2);
        size_t r = fread(buf + n, 1, cap - n - 1, f);
        if (r == 0)
            break;
        n += r;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

static void run_target(run_ctx_t *ctx)
{
    const struct cli_options *o = ctx->opts;
    switch (o->target) {
    case CLI_TARGET_COMMAND:
        run_source(o->target_arg, strlen(o->target_arg), "<string>");
        break;
    case CLI_TARGET_PATH: {
        /* a directory never gets here: the supervisor runs it */
        const char *path = o->target_arg;
        set_main_file(path);
        if (getenv("CIRCUITPY_DIS")) {
            char *data;
            size_t len;
            if (port_file_read(path, &data, &len) == 0) {
                obj_t fun = compile_source(data, len, qstr_from_str(path), PARSE_FILE, false);
                bc_dump(&print_stdout, ((obj_fun_t *)fun)->code);
            }
            return;
        }
        exec_file(path, module_globals(vm.main_module));
        break;
    }
    case CLI_TARGET_MODULE: {
        if (import_run_main(qstr_from_str(o->target_arg)) < 0) {
            fprintf(stderr, "circuitpython: No module named %s\n", o->target_arg);
            ctx->status = 1;
        }
        break;
    }
    case CLI_TARGET_STDIN:
    case CLI_TARGET_NONE: {
        size_t len;
        char *src = read_stream(stdin, &len);
        char *copy = mem_alloc_noscan(len + 1);
        memcpy(copy, src, len + 1);
        free(src);
        run_source(copy, len, "<stdin>");
        break;
    }
    }
}

static int run(const struct cli_options *o)
{
    run_ctx_t ctx = {o, 0};
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        run_target(&ctx);
        nlr_pop();
    } else {
        ctx.status = report_exception(nlr.value);
    }
    return ctx.status;
}

int main(int argc, char **argv)
{
    char top;
    set_stack_bounds(&top);
    struct cli_options opts;
    if (cli_parse(&opts, argc, argv) != 0) {
        fprintf(stderr, "circuitpython: %s\n%s", opts.error, cli_usage_text());
        return CLI_EXIT_USAGE;
    }
    switch (opts.action) {
    case CLI_ACTION_HELP:
        fputs(cli_help_text(), stdout);
        return 0;
    case CLI_ACTION_VERSION:
        printf("%s\n", cli_version_text());
        return 0;
    case CLI_ACTION_LIST_BOARDS:
        return board_select_list();
    case CLI_ACTION_RUN:
        break;
    }
    /* DIR, or --serial without a program: the CircuitPython workflow */
    if (supervisor_wanted(&opts))
        return supervisor_main(&opts, argv);
    if (opts.serial_device && supervisor_console_serial(opts.serial_device) != 0)
        return 1;
    bool interactive = opts.target == CLI_TARGET_NONE && isatty(STDIN_FILENO);
    if (opts.target == CLI_TARGET_PATH) {
        struct stat st;
        if (stat(opts.target_arg, &st) != 0) {
            fprintf(stderr, "circuitpython: can't open file '%s': [Errno %d] %s\n", opts.target_arg, errno,
                    strerror(errno));
            return 2;
        }
    }
    size_t heap_size = opts.heap_size ? opts.heap_size : DEFAULT_HEAP_SIZE;
    /* calloc of this size is fresh zero pages: the GC then touches only
       what the program uses */
    void *heap = calloc(1, heap_size);
    if (!heap) {
        fprintf(stderr, "circuitpython: cannot allocate a heap of %zu bytes\n", heap_size);
        return 1;
    }
    runtime_init_zeroed(heap, heap_size);
    int board_status = board_select_open(&opts);
    if (board_status != 0) {
        free(heap);
        return board_status;
    }

    /* sys.argv and sys.path as python3 sets them */
    const char *script_dir = "";
    char *dir_alloc = NULL;
    if (opts.target == CLI_TARGET_PATH) {
        struct stat st;
        if (stat(opts.target_arg, &st) == 0 && S_ISDIR(st.st_mode))
            script_dir = opts.target_arg;
        else
            script_dir = dir_alloc = dirname_of(opts.target_arg);
    } else if (opts.target == CLI_TARGET_MODULE) {
        script_dir = dir_alloc = getcwd(NULL, 0); /* python3 -m puts the absolute cwd first */
        if (!script_dir)
            script_dir = "";
    }
    setup_path(script_dir);
    list_append(vm.sys_argv, str_obj(opts.argv0 ? opts.argv0 : ""));
    for (int i = 0; i < opts.nargs; i++)
        list_append(vm.sys_argv, str_obj(opts.args[i]));

    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_sigint;
    sigaction(SIGINT, &sa, NULL);

    int status;
    if (interactive) {
        status = repl_run();
    } else {
        status = run(&opts);
        /* as python3 -i: the prompt follows an exception or exit too */
        if (opts.inspect && isatty(STDIN_FILENO))
            status = repl_run();
    }
    atexit_run();
    board_select_close();
    fflush(stdout);
    free(dir_alloc);
    free(heap);
    return status;
}
