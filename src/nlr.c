/*
 * Non-local return (see nlr.h). The jump itself must live in a different
 * function from the setjmp, which __builtin_longjmp requires.
 */
#include "nlr.h"
#include "port.h"
#include "runtime.h"

nlr_buf_t *nlr_top;

void nlr_push_tail(nlr_buf_t *buf)
{
    buf->prev = nlr_top;
    buf->saved_frame = vm.frame;
    buf->saved_depth = vm.depth;
    nlr_top = buf;
}

_Noreturn void nlr_jump(void *value)
{
    nlr_buf_t *top = nlr_top;
    if (top == NULL)
        port_fatal("uncaught exception with no handler");
    top->value = value;
    nlr_top = top->prev;
    /* frames between the raise and the catch are gone */
    vm.frame = top->saved_frame;
    vm.depth = top->saved_depth;
#ifdef NLR_USE_LIBC
    longjmp(top->jb, 1);
#else
    __builtin_longjmp(top->jb, 1);
#endif
}
