/*
 * Non-local return: how a Python exception unwinds C frames.
 *
 * nlr_push() records a jump point and returns 0; a later nlr_raise(obj)
 * anywhere below returns to the innermost pushed point, where nlr_push
 * "returns again" with non-zero and buf.value holding the exception. Every
 * successful path must nlr_pop() exactly once.
 *
 * The default uses the compiler's __builtin_setjmp (cheap: it saves only the
 * frame, stack pointer and resume address). Sanitizer builds use the C
 * library's setjmp so ASan can unpoison the unwound stack.
 */
#ifndef CP_NLR_H
#define CP_NLR_H

#include <stddef.h>

#if defined(__SANITIZE_ADDRESS__)
#define NLR_USE_LIBC 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NLR_USE_LIBC 1
#endif
#endif

#ifdef NLR_USE_LIBC
#include <setjmp.h>
#endif

typedef struct nlr_buf {
    struct nlr_buf *prev;
    void *value;            /* the raised object (obj_t) */
    void *saved_frame;      /* VM frame chain at push time (vm.c restores it) */
    size_t saved_depth;     /* recursion depth at push time */
#ifdef NLR_USE_LIBC
    jmp_buf jb;
#else
    void *jb[5];
#endif
} nlr_buf_t;

extern nlr_buf_t *nlr_top;

void nlr_push_tail(nlr_buf_t *buf);

#ifdef NLR_USE_LIBC
#define nlr_push(buf) (nlr_push_tail(buf), setjmp((buf)->jb))
#else
#define nlr_push(buf) (nlr_push_tail(buf), __builtin_setjmp((buf)->jb))
#endif

/* Removes the innermost jump point; call on every non-raising exit. */
static inline void nlr_pop(void) { nlr_top = nlr_top->prev; }

/* Unwinds to the innermost jump point with value; never returns. With no
 * jump point pushed it is a fatal error. */
_Noreturn void nlr_jump(void *value);

#endif
