/*
 * countio: Counter counts edges of one input pin, and the Edge enum.
 *
 * The line is claimed with edge detection for the edges asked for, so the
 * backend collects them (the kernel's line-event queue on Linux, an
 * interrupt ring on an MCU, the sim's queue) while Python runs something
 * else; reading `count` adds the events that arrived since. A backend
 * without edge events raises NotImplementedError at construction. When
 * the backend reports lost events (-HAL_EOVERFLOW) the count simply misses
 * them, as a hardware counter that overflowed would.
 */
#include "hw.h"
#include "map.h"
#include "mem.h"
#include "runtime.h"

/* ---- Edge ---- */

static const hw_enum_info_t countio_info = {Q_countio};

extern const type_t countio_edge_type, countio_counter_type, digitalio_pull_type;

static HW_ENUM_VALUE(edge_rise, countio_edge_type, Q_RISE, HAL_GPIO_EDGE_RISING);
static HW_ENUM_VALUE(edge_fall, countio_edge_type, Q_FALL, HAL_GPIO_EDGE_FALLING);
static HW_ENUM_VALUE(edge_rise_and_fall, countio_edge_type, Q_RISE_AND_FALL, HAL_GPIO_EDGE_BOTH);

static const map_elem_t edge_locals_table[] = {
    {ROM_QSTR(Q_RISE), ROM_PTR(&edge_rise)},
    {ROM_QSTR(Q_FALL), ROM_PTR(&edge_fall)},
    {ROM_QSTR(Q_RISE_AND_FALL), ROM_PTR(&edge_rise_and_fall)},
};
static MAP_ROM(edge_locals, edge_locals_table);

const type_t countio_edge_type = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_Edge,
    .print = hw_enum_print,
    .protocol = &countio_info,
    .locals = &edge_locals,
};

/* ---- Counter ---- */

typedef struct countio_counter {
    hw_obj_t hw;
    uint16_t pin;
    intptr_t count;
    hal_gpio_line_t line;
} counter_t;

static void counter_release(hw_obj_t *o)
{
    counter_t *c = (counter_t *)o;
    hw_gpio_release(&c->line, c->pin);
}

/* None or a digitalio.Pull, as CircuitPython's validate_pull checks it. */
static uint8_t pull_arg(obj_t o)
{
    if (o == OBJ_NONE)
        return HAL_GPIO_PULL_NONE;
    if (!obj_is_type(o, &digitalio_pull_type))
        raise_fmt(&type_TypeError, "pull must be of type Pull or None, not %s", obj_type_name(o));
    return (uint8_t)((const hw_enum_value_t *)o)->value;
}

static bool has_events(const hal_gpio_line_t *l)
{
    return l->dev->ops->version >= HAL_GPIO_OPS_V1 && l->dev->ops->event_read;
}

static obj_t counter_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    static const arg_spec_t spec[] = {
        {Q_pin, ARG_REQUIRED, OBJ_NULL},
        {Q_edge, ARG_KW_ONLY, (obj_t)&edge_fall},
        {Q_pull, ARG_KW_ONLY, OBJ_NONE},
    };
    obj_t a[3];
    arg_parse_all("Counter", n_args, n_kw, args, 3, spec, a);
    const hw_pin_t *pin = hw_pin_arg(a[0], "pin");
    uint8_t edge = (uint8_t)hw_enum_arg(a[1], &countio_edge_type, "edge");
    uint8_t pull = pull_arg(a[2]);
    counter_t *c = mem_alloc(sizeof(counter_t));
    c->hw.base.type = &countio_counter_type;
    c->pin = pin->index;
    hal_gpio_config_t cfg = {.direction = HAL_GPIO_INPUT, .pull = pull, .edge = edge};
    hw_gpio_claim(&c->line, pin->index, &cfg);
    if (!has_events(&c->line)) {
        hw_gpio_release(&c->line, c->pin);
        hw_gpio_check(-HAL_ENOTSUP, pin->index, &cfg);
    }
    hw_obj_register(&c->hw, counter_release);
    return c;
}

static counter_t *counter_self(obj_t self)
{
    hw_obj_check(self);
    return self;
}

/* Add the edges that arrived since the last look. */
static void collect(counter_t *c)
{
    hal_gpio_event_t ev[16];
    for (;;) {
        size_t n = 0;
        int rc = hal_gpio_line_events(&c->line, ev, 16, &n);
        c->count += (intptr_t)n;
        if (rc < 0 && rc != -HAL_EOVERFLOW)
            hw_gpio_check(rc, c->pin, &c->line.cfg);
        if (n < 16)
            return;
    }
}

static obj_t counter_reset(obj_t self)
{
    counter_t *c = counter_self(self);
    collect(c);
    c->count = 0;
    return OBJ_NONE;
}
static BUILTIN_FUN_1(counter_reset_obj, Q_reset, counter_reset);

static obj_t counter_get_count(obj_t self)
{
    counter_t *c = counter_self(self);
    collect(c);
    return obj_new_int(c->count);
}
static BUILTIN_FUN_1(counter_get_count_obj, Q_count, counter_get_count);

static obj_t counter_set_count(obj_t self, obj_t value)
{
    counter_t *c = counter_self(self);
    intptr_t v = obj_get_int(value);
    collect(c);
    c->count = v;
    return OBJ_NONE;
}
static BUILTIN_FUN_2(counter_set_count_obj, Q_count, counter_set_count);
static const obj_property_t counter_count_prop = {
    {&type_property}, (obj_t)&counter_get_count_obj, (obj_t)&counter_set_count_obj, OBJ_NONE, OBJ_NONE};

static const map_elem_t counter_locals_table[] = {
    {ROM_QSTR(Q_deinit), ROM_PTR(&hw_deinit_obj)},
    {ROM_QSTR(Q___enter__), ROM_PTR(&hw_enter_obj)},
    {ROM_QSTR(Q___exit__), ROM_PTR(&hw_exit_obj)},
    {ROM_QSTR(Q_count), ROM_PTR(&counter_count_prop)},
    {ROM_QSTR(Q_reset), ROM_PTR(&counter_reset_obj)},
};
static MAP_ROM(counter_locals, counter_locals_table);

const type_t countio_counter_type = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_Counter,
    .make_new = counter_make_new,
    .attr = hw_attr,
    .locals = &counter_locals,
};

static const map_elem_t countio_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_countio)},
    {ROM_QSTR(Q_Counter), ROM_PTR(&countio_counter_type)},
    {ROM_QSTR(Q_Edge), ROM_PTR(&countio_edge_type)},
};
static DICT_ROM(countio_globals, countio_globals_table);
const obj_module_t countio_module = {{&type_module}, &countio_globals};
MODULE_REGISTER(Q_countio, countio_module);
