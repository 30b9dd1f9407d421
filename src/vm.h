/*
 * The bytecode interpreter.
 *
 * A frame holds one activation: its slots (arguments, locals, cells, free
 * variables) followed by the value stack. Calls allocate frames on the C
 * stack; generators and coroutines keep theirs on the heap so they can be
 * resumed.
 */
#ifndef CP_VM_H
#define CP_VM_H

#include "bc.h"
#include "obj.h"

typedef struct frame {
    struct frame *back;
    const code_t *code;
    obj_t fun;                 /* the function object (closure, globals) */
    obj_dict_t *globals;
    obj_dict_t *locals;        /* module / class bodies: the namespace */
    const uint8_t *ip;         /* instruction being executed */
    obj_t *sp;                 /* saved stack top while suspended */
    bool started;
    obj_t slots[];             /* n_slots, then stack_size stack cells */
} frame_t;

typedef enum { VM_RETURN, VM_YIELD } vm_status_t;

/* Size in bytes of a frame for code. */
size_t vm_frame_size(const code_t *code);
/* Runs (or resumes) the frame. send is pushed when resuming a suspended
 * frame; throw (if not NULL) is raised at the suspension point instead.
 * Returns the returned or yielded value; exceptions propagate via nlr. */
obj_t vm_run(frame_t *f, obj_t send, obj_t throw_exc, vm_status_t *status);

/* Current source line of a frame (for tracebacks). */
uint32_t vm_frame_line(const frame_t *f);

#endif
