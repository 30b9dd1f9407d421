/*
 * A line-based REPL: reads statements (asking for continuation lines while
 * the parser reports the input incomplete), runs them in __main__ and
 * prints expression results.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "map.h"
#include "mem.h"
#include "obj_str.h"
#include "parser.h"
#include "port.h"
#include "repl.h"
#include "runtime.h"

/* Returns 1 to continue, 0 at end, or 2 for SystemExit (status in *status). */
static int run_chunk(const char *src, size_t len, bool *incomplete, int *status)
{
    nlr_buf_t nlr;
    *incomplete = false;
    if (nlr_push(&nlr) == 0) {
        obj_t fun = compile_source(src, len, Q__lt_stdin_gt_, PARSE_SINGLE, true);
        obj_dict_t *g = module_globals(vm.main_module);
        exec_code(fun, g, g);
        nlr_pop();
        return 1;
    }
    obj_t exc = nlr.value;
    if (exception_is(exc, &type_SyntaxError)) {
        obj_t inc = load_attr_maybe(exc, Q__incomplete);
        if (inc == OBJ_TRUE) {
            *incomplete = true;
            return 1;
        }
    }
    if (exception_is(exc, &type_SystemExit)) {
        obj_t code = load_attr_maybe(exc, Q_code);
        intptr_t v = 0;
        if (code && code != OBJ_NONE && !obj_get_int_maybe(code, &v)) {
            obj_print(&print_stderr, code, PRINT_STR);
            print_str(&print_stderr, "\n");
            v = 1;
        }
        *status = (int)v;
        return 2;
    }
    exception_print(&print_stderr, exc);
    return 1;
}

int repl_run(void)
{
    printf("%s on %s; %s with %s\n", "CircuitPython for Linux " PACKAGE_VERSION, __DATE__, "Simulated board", "sim");
    printf("Use Ctrl-D to exit.\n");
    char line[4096];
    char *buf = NULL;
    size_t len = 0;
    int status = 0;
    for (;;) {
        fputs(len ? "... " : ">>> ", stdout);
        fflush(stdout);
        port_interrupt_pending = 0;
        long n = port_stdin_readline(line, sizeof(line));
        if (n == -1) {
            putchar('\n');
            break;
        }
        if (n < 0) {
            printf("\nKeyboardInterrupt\n");
            len = 0;
            continue;
        }
        buf = realloc(buf, len + (size_t)n + 2);
        memcpy(buf + len, line, (size_t)n);
        len += (size_t)n;
        buf[len++] = '\n';
        buf[len] = '\0';
        /* a blank line ends a compound statement */
        if (n == 0 && len > 1) {
            buf[len] = '\0';
        } else if (len > (size_t)n + 1 && n > 0) {
            continue;
        }
        char *src = mem_alloc_noscan(len + 1);
        memcpy(src, buf, len + 1);
        bool incomplete;
        int r = run_chunk(src, len, &incomplete, &status);
        if (r == 2)
            break;
        if (incomplete)
            continue;
        len = 0;
    }
    free(buf);
    return status;
}

QSTR_SPECIAL(Q__lt_stdin_gt_, "<stdin>");
QSTR_SPECIAL(Q__incomplete, "_incomplete");
