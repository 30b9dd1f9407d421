/*
 * Helpers shared by the REPL's modes: collecting source, console output,
 * compiling and running in __main__.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "port.h"
#include "repl_session.h"
#include "runtime.h"

void repl_session_src_add(repl_session_t *s, const char *p, size_t n)
{
    if (s->len + n + 1 > s->cap) {
        size_t cap = (s->len + n + 1) * 2;
        char *nb = realloc(s->src, cap);
        if (!nb)
            return;
        s->src = nb;
        s->cap = cap;
    }
    memcpy(s->src + s->len, p, n);
    s->len += n;
    s->src[s->len] = '\0';
}

const char *repl_session_src(repl_session_t *s)
{
    return s->src && s->len ? s->src : "";
}

void repl_session_out(repl_session_t *s, const char *text)
{
    repl_term_puts(&s->term, text);
}

static void out_crlf(void *data, const char *p, size_t n)
{
    repl_term_write_crlf(&((repl_session_t *)data)->term, p, n);
}

void repl_session_print_exception(repl_session_t *s, obj_t exc)
{
    print_t p = {s, out_crlf};
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        exception_print(&p, exc);
        nlr_pop();
    }
}

obj_t repl_session_compile(const char *src, size_t len, int mode, bool is_repl, obj_t *exc, bool *incomplete)
{
    *exc = OBJ_NULL;
    *incomplete = false;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        /* the source must live in the heap: SyntaxError keeps its text */
        char *copy = mem_alloc_noscan(len + 1);
        memcpy(copy, src, len);
        copy[len] = '\0';
        obj_t fun = compile_source(copy, len, Q__lt_stdin_gt_, mode, is_repl);
        nlr_pop();
        return fun;
    }
    obj_t e = nlr.value;
    if (is_repl && exception_is(e, &type_SyntaxError) && load_attr_maybe(e, Q__incomplete) == OBJ_TRUE)
        *incomplete = true;
    else
        *exc = e;
    return OBJ_NULL;
}

obj_t repl_session_run(repl_session_t *s, obj_t fun)
{
    port_interrupt_pending = 0;
    repl_term_run_mode(&s->term);
    obj_t exc = OBJ_NULL;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_dict_t *g = module_globals(vm.main_module);
        exec_code(fun, g, g);
        nlr_pop();
    } else {
        exc = nlr.value;
    }
    repl_term_run_done(&s->term);
    port_interrupt_pending = 0;
    return exc;
}

int repl_session_exit_status(repl_session_t *s, obj_t exc)
{
    obj_t code = load_attr_maybe(exc, Q_code);
    if (code == OBJ_NULL || code == OBJ_NONE)
        return 0;
    intptr_t v;
    if (obj_get_int_maybe(code, &v))
        return (int)(v & 0xff);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        print_t p = {s, out_crlf};
        obj_print(&p, code, PRINT_STR);
        repl_session_out(s, "\r\n");
        nlr_pop();
    }
    return 1;
}

QSTR_SPECIAL(Q__lt_stdin_gt_, "<stdin>");
QSTR_SPECIAL(Q__incomplete, "_incomplete");
