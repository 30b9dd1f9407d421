/*
 * keypad.Event and keypad.EventQueue.
 *
 * An Event compares equal to another when key_number and pressed match
 * (not the timestamp) and hashes to (pressed << 15) + key_number, as in
 * CircuitPython. The queue holds plain records and makes Event objects
 * only in get(); get_into() fills an existing one. A full queue drops new
 * events and sets `overflowed` until clear().
 */
#include "mod_keypad.h"
#include "map.h"
#include "mem.h"
#include "port.h"
#include "runtime.h"

#define TICKS_MS_WRAP (1u << 29)

uint32_t mod_keypad_ticks_ms(uint64_t t_ns)
{
    return (uint32_t)((t_ns / 1000000u) % TICKS_MS_WRAP);
}

/* ---- EventQueue ---- */

keypad_queue_t *mod_keypad_queue_new(keypad_scanner_t *s, size_t max)
{
    keypad_queue_t *q = mem_alloc(sizeof(keypad_queue_t));
    q->base.type = &keypad_queue_type;
    q->scanner = s;
    q->max = max;
    q->ring = mem_alloc_noscan(max * sizeof(keypad_rec_t));
    return q;
}

void mod_keypad_queue_put(keypad_queue_t *q, size_t key, bool pressed, uint64_t t_ns)
{
    if (q->n == q->max) {
        q->overflowed = true;
        return;
    }
    q->ring[(q->head + q->n++) % q->max] = (keypad_rec_t){(uint32_t)key, mod_keypad_ticks_ms(t_ns), pressed};
}

static keypad_queue_t *queue_polled(obj_t self)
{
    keypad_queue_t *q = self;
    if (q->scanner)
        mod_keypad_poll(q->scanner);
    return q;
}

static bool pop(keypad_queue_t *q, keypad_event_t *e)
{
    if (!q->n)
        return false;
    const keypad_rec_t *r = &q->ring[q->head];
    e->key_number = r->key;
    e->pressed = r->pressed;
    e->timestamp = obj_new_int((intptr_t)r->ms);
    q->head = (q->head + 1) % q->max;
    q->n--;
    return true;
}

static obj_t queue_get(obj_t self)
{
    keypad_queue_t *q = queue_polled(self);
    if (!q->n)
        return OBJ_NONE;
    keypad_event_t *e = mem_alloc(sizeof(keypad_event_t));
    e->base.type = &keypad_event_type;
    pop(q, e);
    return e;
}
static BUILTIN_FUN_1(queue_get_obj, Q_get, queue_get);

static obj_t queue_get_into(obj_t self, obj_t event)
{
    hw_arg_type(event, &keypad_event_type, "event");
    return obj_new_bool(pop(queue_polled(self), event));
}
static BUILTIN_FUN_2(queue_get_into_obj, Q_get_into, queue_get_into);

static obj_t queue_clear(obj_t self)
{
    keypad_queue_t *q = queue_polled(self);
    q->n = 0;
    q->overflowed = false;
    return OBJ_NONE;
}
static BUILTIN_FUN_1(queue_clear_obj, Q_clear, queue_clear);

static obj_t queue_get_overflowed(obj_t self)
{
    return obj_new_bool(queue_polled(self)->overflowed);
}
static BUILTIN_FUN_1(queue_get_overflowed_obj, Q_overflowed, queue_get_overflowed);
static const obj_property_t queue_overflowed_prop = {
    {&type_property}, (obj_t)&queue_get_overflowed_obj, OBJ_NONE, OBJ_NONE, OBJ_NONE};

static obj_t queue_unary_op(unary_op_t op, obj_t self)
{
    if (op != UOP_LEN && op != UOP_BOOL)
        return OBJ_NULL;
    keypad_queue_t *q = queue_polled(self);
    return op == UOP_LEN ? obj_new_int((intptr_t)q->n) : obj_new_bool(q->n != 0);
}

static const map_elem_t queue_locals_table[] = {
    {ROM_QSTR(Q_clear), ROM_PTR(&queue_clear_obj)},
    {ROM_QSTR(Q_get), ROM_PTR(&queue_get_obj)},
    {ROM_QSTR(Q_get_into), ROM_PTR(&queue_get_into_obj)},
    {ROM_QSTR(Q_overflowed), ROM_PTR(&queue_overflowed_prop)},
};
static MAP_ROM(queue_locals, queue_locals_table);

const type_t keypad_queue_type = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_EventQueue,
    .unary_op = queue_unary_op,
    .attr = hw_attr,
    .locals = &queue_locals,
};

/* ---- Event ---- */

static obj_t event_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    static const arg_spec_t spec[] = {
        {Q_key_number, 0, (obj_t)1}, /* small int 0 */
        {Q_pressed, 0, OBJ_TRUE},
        {Q_timestamp, 0, OBJ_NONE},
    };
    obj_t a[3];
    arg_parse_all("Event", n_args, n_kw, args, 3, spec, a);
    intptr_t key = hw_arg_int_min(a[0], 0, "key_number");
    obj_t ts = a[2];
    if (ts == OBJ_NONE)
        ts = obj_new_int((intptr_t)mod_keypad_ticks_ms(port_ticks_ns()));
    else
        (void)obj_get_int(ts); /* must be an int */
    keypad_event_t *e = mem_alloc(sizeof(keypad_event_t));
    e->base.type = &keypad_event_type;
    e->key_number = (uintptr_t)key;
    e->pressed = obj_is_true(a[1]);
    e->timestamp = ts;
    return e;
}

static obj_t event_get_key_number(obj_t self)
{
    return obj_new_int_from_uint(((keypad_event_t *)self)->key_number);
}
static BUILTIN_FUN_1(event_get_key_number_obj, Q_key_number, event_get_key_number);

static obj_t event_get_pressed(obj_t self)
{
    return obj_new_bool(((keypad_event_t *)self)->pressed);
}
static BUILTIN_FUN_1(event_get_pressed_obj, Q_pressed, event_get_pressed);

static obj_t event_get_released(obj_t self)
{
    return obj_new_bool(!((keypad_event_t *)self)->pressed);
}
static BUILTIN_FUN_1(event_get_released_obj, Q_released, event_get_released);

static obj_t event_get_timestamp(obj_t self)
{
    return ((keypad_event_t *)self)->timestamp;
}
static BUILTIN_FUN_1(event_get_timestamp_obj, Q_timestamp, event_get_timestamp);

#define GETTER(name)                                                                                       \
    static const obj_property_t event_##name##_prop = {                                                  \
        {&type_property}, (obj_t)&event_get_##name##_obj, OBJ_NONE, OBJ_NONE, OBJ_NONE}
GETTER(key_number);
GETTER(pressed);
GETTER(released);
GETTER(timestamp);

static void event_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    const keypad_event_t *e = o;
    print_fmt(p, "<Event: key_number %u %s>", (unsigned)e->key_number, e->pressed ? "pressed" : "released");
}

static obj_t event_binary_op(binary_op_t op, obj_t lhs, obj_t rhs)
{
    if (op != BOP_EQ && op != BOP_NE)
        return OBJ_NULL;
    bool eq = false;
    if (obj_is_type(lhs, &keypad_event_type) && obj_is_type(rhs, &keypad_event_type)) {
        const keypad_event_t *a = lhs, *b = rhs;
        eq = a->key_number == b->key_number && a->pressed == b->pressed;
    }
    return obj_new_bool(op == BOP_EQ ? eq : !eq);
}

static obj_t event_unary_op(unary_op_t op, obj_t self)
{
    if (op != UOP_HASH)
        return OBJ_NULL;
    const keypad_event_t *e = self;
    return obj_new_int((intptr_t)(((uintptr_t)e->pressed << 15) + e->key_number));
}

static const map_elem_t event_locals_table[] = {
    {ROM_QSTR(Q_key_number), ROM_PTR(&event_key_number_prop)},
    {ROM_QSTR(Q_pressed), ROM_PTR(&event_pressed_prop)},
    {ROM_QSTR(Q_released), ROM_PTR(&event_released_prop)},
    {ROM_QSTR(Q_timestamp), ROM_PTR(&event_timestamp_prop)},
};
static MAP_ROM(event_locals, event_locals_table);

const type_t keypad_event_type = {
    .base = {&type_type},
    .name = Q_Event,
    .make_new = event_make_new,
    .print = event_print,
    .unary_op = event_unary_op,
    .binary_op = event_binary_op,
    .attr = hw_attr,
    .locals = &event_locals,
};
