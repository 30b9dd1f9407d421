/*
 * rotaryio: IncrementalEncoder decodes a quadrature encoder on two pins.
 *
 * Both lines are inputs with pull-ups (the encoder's common pin goes to
 * ground, as CircuitPython assumes) claimed with edge detection on both
 * edges, so the backend queues every transition while Python does other
 * things. Reading `position` feeds the queued edges of both lines, merged
 * in timestamp order, through the decoder of quadrature.c (which absorbs
 * contact bounce). If the backend lost events (-HAL_EOVERFLOW) the decoder
 * is resynchronised from the lines' present levels.
 *
 * divisor: quarter steps per count, as in CircuitPython (4: one count per
 * full cycle). A negative divisor counts the other way; 0 is refused
 * (CircuitPython would divide by zero). Unlike CircuitPython, which
 * divides a running count of quarter steps by the divisor, a new divisor
 * (or sign) leaves the position where it is and applies to the steps that
 * follow, and a turn counts when it reaches the next detent (see
 * quadrature.h), so the position never flickers across a detent.
 */
#include "hw.h"
#include "map.h"
#include "mem.h"
#include "nlr.h"
#include "quadrature.h"
#include "runtime.h"

#define CHUNK 16

typedef struct rotaryio_encoder {
    hw_obj_t hw;
    uint16_t pins[2];
    int32_t sign; /* +1, or -1 for a negative divisor */
    quadrature_t q;
    hal_gpio_line_t lines[2];
} encoder_t;

extern const type_t rotaryio_encoder_type;

static void encoder_release(hw_obj_t *o)
{
    encoder_t *e = (encoder_t *)o;
    for (int i = 0; i < 2; i++)
        if (e->lines[i].claimed)
            hw_gpio_release(&e->lines[i], e->pins[i]);
}

static int32_t divisor_arg(obj_t o, int32_t *sign)
{
    intptr_t d = obj_get_int(o);
    if (d == 0 || d < -0x7fffffff || d > 0x7fffffff)
        hw_raise_invalid("divisor");
    *sign = d < 0 ? -1 : 1;
    return (int32_t)(d < 0 ? -d : d);
}

static int level(encoder_t *e, int i)
{
    int v = 0;
    hw_gpio_check(hal_gpio_line_read(&e->lines[i], &v), e->pins[i], &e->lines[i].cfg);
    return v;
}

/* Claim both lines; on any error neither stays claimed. */
static void claim_lines(encoder_t *e)
{
    hal_gpio_config_t cfg = {.direction = HAL_GPIO_INPUT, .pull = HAL_GPIO_PULL_UP, .edge = HAL_GPIO_EDGE_BOTH};
    hw_gpio_claim(&e->lines[0], e->pins[0], &cfg);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        hw_gpio_claim(&e->lines[1], e->pins[1], &cfg);
        const hal_gpio_ops_t *ops = e->lines[0].dev->ops;
        if (ops->version < HAL_GPIO_OPS_V1 || !ops->event_read || !e->lines[1].dev->ops->event_read)
            hw_gpio_check(-HAL_ENOTSUP, e->pins[0], &cfg);
        nlr_pop();
    } else {
        encoder_release(&e->hw);
        raise_obj(nlr.value);
    }
}

static obj_t encoder_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    static const arg_spec_t spec[] = {
        {Q_pin_a, ARG_REQUIRED, OBJ_NULL},
        {Q_pin_b, ARG_REQUIRED, OBJ_NULL},
        {Q_divisor, 0, (obj_t)9}, /* small int 4 */
    };
    obj_t a[3];
    arg_parse_all("IncrementalEncoder", n_args, n_kw, args, 3, spec, a);
    const hw_pin_t *pa = hw_pin_arg(a[0], "pin_a");
    const hw_pin_t *pb = hw_pin_arg(a[1], "pin_b");
    encoder_t *e = mem_alloc(sizeof(encoder_t));
    e->hw.base.type = &rotaryio_encoder_type;
    int32_t divisor = divisor_arg(a[2], &e->sign);
    e->pins[0] = pa->index;
    e->pins[1] = pb->index;
    claim_lines(e);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        quadrature_init(&e->q, level(e, 0), level(e, 1), divisor);
        nlr_pop();
    } else {
        encoder_release(&e->hw);
        raise_obj(nlr.value);
    }
    hw_obj_register(&e->hw, encoder_release);
    return e;
}

/* Up to CHUNK pending events of line i into ev; *lost when some were
 * dropped by the backend. */
static size_t fetch(encoder_t *e, int i, hal_gpio_event_t *ev, bool *lost)
{
    size_t n = 0;
    int rc = hal_gpio_line_events(&e->lines[i], ev, CHUNK, &n);
    if (rc == -HAL_EOVERFLOW)
        *lost = true;
    else if (rc < 0)
        hw_gpio_check(rc, e->pins[i], &e->lines[i].cfg);
    return n;
}

/* Feed every queued edge to the decoder, oldest first. */
static void collect(encoder_t *e)
{
    hal_gpio_event_t ev[2][CHUNK];
    bool lost = false;
    for (;;) {
        size_t n[2] = {fetch(e, 0, ev[0], &lost), fetch(e, 1, ev[1], &lost)};
        size_t i[2] = {0, 0};
        while (i[0] < n[0] || i[1] < n[1]) {
            int ch = i[1] >= n[1] || (i[0] < n[0] && ev[0][i[0]].timestamp_ns <= ev[1][i[1]].timestamp_ns) ? 0 : 1;
            quadrature_edge(&e->q, ch, ev[ch][i[ch]].edge == HAL_GPIO_EDGE_RISING);
            i[ch]++;
        }
        if (n[0] < CHUNK && n[1] < CHUNK)
            break;
    }
    if (lost)
        quadrature_update(&e->q, level(e, 0), level(e, 1));
}

static encoder_t *encoder_self(obj_t self)
{
    hw_obj_check(self);
    return self;
}

static obj_t encoder_get_position(obj_t self)
{
    encoder_t *e = encoder_self(self);
    collect(e);
    return obj_new_int(e->sign * e->q.position);
}

static obj_t encoder_set_position(obj_t self, obj_t value)
{
    encoder_t *e = encoder_self(self);
    intptr_t v = obj_get_int(value);
    collect(e);
    e->q.position = e->sign * v;
    return OBJ_NONE;
}

static obj_t encoder_get_divisor(obj_t self)
{
    encoder_t *e = encoder_self(self);
    return obj_new_int(e->sign * e->q.divisor);
}

static obj_t encoder_set_divisor(obj_t self, obj_t value)
{
    encoder_t *e = encoder_self(self);
    int32_t sign;
    int32_t d = divisor_arg(value, &sign);
    collect(e);
    if (sign != e->sign)
        e->q.position = -e->q.position; /* the position stays; later steps count the other way */
    e->sign = sign;
    quadrature_set_divisor(&e->q, d);
    return OBJ_NONE;
}

#define PROPERTY(name, q)                                                                                  \
    static BUILTIN_FUN_1(encoder_get_##name##_obj, q, encoder_get_##name);                               \
    static BUILTIN_FUN_2(encoder_set_##name##_obj, q, encoder_set_##name);                               \
    static const obj_property_t encoder_##name##_prop = {                                                \
        {&type_property}, (obj_t)&encoder_get_##name##_obj, (obj_t)&encoder_set_##name##_obj, OBJ_NONE, OBJ_NONE}
PROPERTY(position, Q_position);
PROPERTY(divisor, Q_divisor);

static const map_elem_t encoder_locals_table[] = {
    {ROM_QSTR(Q_deinit), ROM_PTR(&hw_deinit_obj)},
    {ROM_QSTR(Q___enter__), ROM_PTR(&hw_enter_obj)},
    {ROM_QSTR(Q___exit__), ROM_PTR(&hw_exit_obj)},
    {ROM_QSTR(Q_position), ROM_PTR(&encoder_position_prop)},
    {ROM_QSTR(Q_divisor), ROM_PTR(&encoder_divisor_prop)},
};
static MAP_ROM(encoder_locals, encoder_locals_table);

const type_t rotaryio_encoder_type = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_IncrementalEncoder,
    .make_new = encoder_make_new,
    .attr = hw_attr,
    .locals = &encoder_locals,
};

static const map_elem_t rotaryio_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_rotaryio)},
    {ROM_QSTR(Q_IncrementalEncoder), ROM_PTR(&rotaryio_encoder_type)},
};
static DICT_ROM(rotaryio_globals, rotaryio_globals_table);
const obj_module_t rotaryio_module = {{&type_module}, &rotaryio_globals};
MODULE_REGISTER(Q_rotaryio, rotaryio_module);
