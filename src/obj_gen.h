/* Generators, coroutines and async generators: a heap frame plus state. */
#ifndef CP_OBJ_GEN_H
#define CP_OBJ_GEN_H

#include "obj.h"
#include "vm.h"

typedef struct obj_gen {
    obj_base_t base;           /* generator, coroutine or async_generator */
    frame_t *frame;
    obj_t ret;                 /* return value after StopIteration-style end */
    bool running;
    bool finished;
} obj_gen_t;

extern const type_t type_async_generator;

obj_t gen_new(frame_t *f);
/* Resume with a value / an exception. Return the yielded value, or
 * OBJ_STOP_ITERATION when the generator returned (value then available
 * from gen_take_return_value). Work on any iterator (send -> __next__ /
 * send method, throw -> throw method). */
obj_t gen_send_into(obj_t gen, obj_t value);
obj_t gen_throw_into(obj_t gen, obj_t exc);
obj_t gen_take_return_value(obj_t gen);
obj_t gen_get_awaitable(obj_t o);
/* Marks a value yielded by an async generator's own yield statement. */
obj_t async_gen_wrap(obj_t v);
obj_t gen_get_aiter(obj_t o);
obj_t gen_get_anext(obj_t o);

#endif
