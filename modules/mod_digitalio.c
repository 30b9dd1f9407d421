/*
 * digitalio: DigitalInOut and its enums Direction, Pull and DriveMode.
 *
 * A DigitalInOut owns one claimed GPIO line (hal_gpio_line_t, whose cfg
 * always holds the line's current logical settings). Every change goes to
 * the backend as one claim/reconfigure carrying direction, pull, drive
 * mode and output value together, so switch_to_output(value=True) never
 * passes through a low level.
 *
 * A pin the OS holds as the hardware chip select of one of the board's SPI
 * buses (CE0 on a Raspberry Pi with SPI enabled) gives a chip-select proxy
 * instead (hw_bus_cs.h): its level steers busio.SPI transfers to that
 * bus's node with the hardware chip select held. Then line.cfg only
 * records the output the program set (line is not claimed).
 */
#include "hw.h"
#include "hw_bus_cs.h"
#include "map.h"
#include "mod_digitalio.h"
#include "mem.h"
#include "runtime.h"

/* ---- enums ---- */

static const hw_enum_info_t digitalio_info = {Q_digitalio};

extern const type_t digitalio_direction_type, digitalio_pull_type, digitalio_drive_mode_type;

static HW_ENUM_VALUE(direction_input, digitalio_direction_type, Q_INPUT, HAL_GPIO_INPUT);
static HW_ENUM_VALUE(direction_output, digitalio_direction_type, Q_OUTPUT, HAL_GPIO_OUTPUT);
static HW_ENUM_VALUE(pull_up, digitalio_pull_type, Q_UP, HAL_GPIO_PULL_UP);
static HW_ENUM_VALUE(pull_down, digitalio_pull_type, Q_DOWN, HAL_GPIO_PULL_DOWN);
static HW_ENUM_VALUE(drive_push_pull, digitalio_drive_mode_type, Q_PUSH_PULL, HAL_GPIO_PUSH_PULL);
static HW_ENUM_VALUE(drive_open_drain, digitalio_drive_mode_type, Q_OPEN_DRAIN, HAL_GPIO_OPEN_DRAIN);

static const map_elem_t direction_locals_table[] = {
    {ROM_QSTR(Q_INPUT), ROM_PTR(&direction_input)},
    {ROM_QSTR(Q_OUTPUT), ROM_PTR(&direction_output)},
};
static MAP_ROM(direction_locals, direction_locals_table);

static const map_elem_t pull_locals_table[] = {
    {ROM_QSTR(Q_UP), ROM_PTR(&pull_up)},
    {ROM_QSTR(Q_DOWN), ROM_PTR(&pull_down)},
};
static MAP_ROM(pull_locals, pull_locals_table);

static const map_elem_t drive_locals_table[] = {
    {ROM_QSTR(Q_PUSH_PULL), ROM_PTR(&drive_push_pull)},
    {ROM_QSTR(Q_OPEN_DRAIN), ROM_PTR(&drive_open_drain)},
};
static MAP_ROM(drive_locals, drive_locals_table);

#define ENUM_TYPE(var, q, table)                                                                           \
    const type_t var = {.base = {&type_type}, .flags = TYPE_FLAG_EQ_IS_IDENTITY, .name = q,                \
                        .print = hw_enum_print, .protocol = &digitalio_info, .locals = &table}
ENUM_TYPE(digitalio_direction_type, Q_Direction, direction_locals);
ENUM_TYPE(digitalio_pull_type, Q_Pull, pull_locals);
ENUM_TYPE(digitalio_drive_mode_type, Q_DriveMode, drive_locals);

/* None, Pull.UP or Pull.DOWN; anything else is ValueError("Invalid pull"). */
static uint8_t pull_arg(obj_t o)
{
    if (o == OBJ_NONE)
        return HAL_GPIO_PULL_NONE;
    if (!obj_is_type(o, &digitalio_pull_type))
        hw_raise_invalid("pull");
    return (uint8_t)((const hw_enum_value_t *)o)->value;
}

/* ---- DigitalInOut ---- */

typedef struct digitalio_dio {
    hw_obj_t hw;
    uint16_t pin;
    bool proxy; /* a chip-select proxy: cs, not line */
    hal_gpio_line_t line;
    hw_bus_cs_t cs;
} dio_t;

extern const type_t digitalio_dio_type;

static void dio_release(hw_obj_t *o)
{
    dio_t *d = (dio_t *)o;
    if (d->proxy) {
        hw_bus_cs_release(&d->cs);
        hw_pin_unclaim(d->pin);
        return;
    }
    hw_gpio_release(&d->line, d->pin);
}

static dio_t *dio_self(obj_t self)
{
    dio_t *d = self;
    hw_obj_check(&d->hw);
    return d;
}

/* The line is busy in the OS: become the proxy of the SPI chip select it
 * is, if it is one whose bus the backend can open; otherwise raise the
 * "in use" error (holder: the backend's "used by ..." or NULL). */
static void open_proxy(dio_t *d, const char *holder)
{
    const hal_board_bus_t *bus = hw_bus_cs_bus(d->pin);
    if (!bus)
        hw_gpio_raise_busy(d->pin, holder);
    hw_pin_claim(d->pin);
    int rc = hw_bus_cs_open(&d->cs, bus);
    if (rc < 0) {
        hw_pin_unclaim(d->pin);
        if (rc == -HAL_ENOENT || rc == -HAL_ENODEV) /* no such node: SPI is off */
            hw_gpio_raise_busy(d->pin, holder);
        hw_raise_errno(rc, "SPI"); /* e.g. PermissionError with the group to join */
    }
    d->proxy = true;
    /* the kernel keeps an idle chip select inactive: an output at 1 */
    d->line.cfg = (hal_gpio_config_t){.direction = HAL_GPIO_OUTPUT, .value = 1};
}

static obj_t dio_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    arg_check_num(n_args, n_kw, 1, 1, false);
    const hw_pin_t *pin = hw_pin_arg(args[0], "pin");
    dio_t *d = mem_alloc(sizeof(dio_t));
    d->hw.base.type = &digitalio_dio_type;
    d->pin = pin->index;
    hal_gpio_config_t cfg = {.direction = HAL_GPIO_INPUT};
    int rc = hw_gpio_try_claim(&d->line, pin->index, &cfg);
    if (rc == -HAL_EBUSY) {
        char holder[160];
        open_proxy(d, hw_hint(rc, holder, sizeof(holder)) ? holder : NULL);
    } else {
        hw_gpio_check(rc, pin->index, &cfg);
    }
    hw_obj_register(&d->hw, dio_release);
    return d;
}

static _Noreturn void raise_proxy_only_output(const dio_t *d)
{
    const hal_board_bus_t *bus = d->cs.board;
    raise_fmt(&type_ValueError,
              "%s is the chip select of %s, which the system's SPI driver drives: it can only be a push-pull "
              "output",
              hw_pin_name(d->pin), bus->dev ? bus->dev : bus->name);
}

static void reconfigure(dio_t *d, const hal_gpio_config_t *cfg)
{
    if (d->proxy) {
        if (cfg->direction != HAL_GPIO_OUTPUT || cfg->drive != HAL_GPIO_PUSH_PULL)
            raise_proxy_only_output(d);
        d->line.cfg = *cfg;
        hw_bus_cs_set(&d->cs, cfg->value);
        return;
    }
    hw_gpio_check(hal_gpio_line_reconfigure(&d->line, cfg), d->pin, cfg);
}

static void to_output(dio_t *d, bool value, uint8_t drive)
{
    hal_gpio_config_t cfg = {.direction = HAL_GPIO_OUTPUT, .drive = drive, .value = value};
    reconfigure(d, &cfg);
}

static void to_input(dio_t *d, uint8_t pull)
{
    hal_gpio_config_t cfg = {.direction = HAL_GPIO_INPUT, .pull = pull};
    reconfigure(d, &cfg);
}

static bool is_output(const dio_t *d)
{
    return d->line.cfg.direction == HAL_GPIO_OUTPUT;
}

static obj_t dio_switch_to_output(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {
        {Q_value, 0, OBJ_FALSE},
        {Q_drive_mode, 0, (obj_t)&drive_push_pull},
    };
    dio_t *d = dio_self(args[0]);
    obj_t a[2];
    arg_parse("switch_to_output", n - 1, args + 1, kw, 2, spec, a);
    bool value = obj_is_true(a[0]);
    to_output(d, value, (uint8_t)hw_enum_arg(a[1], &digitalio_drive_mode_type, "drive_mode"));
    return OBJ_NONE;
}
static BUILTIN_FUN_KW(dio_switch_to_output_obj, Q_switch_to_output, 1, dio_switch_to_output);

static obj_t dio_switch_to_input(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {{Q_pull, 0, OBJ_NONE}};
    dio_t *d = dio_self(args[0]);
    obj_t a[1];
    arg_parse("switch_to_input", n - 1, args + 1, kw, 1, spec, a);
    to_input(d, pull_arg(a[0]));
    return OBJ_NONE;
}
static BUILTIN_FUN_KW(dio_switch_to_input_obj, Q_switch_to_input, 1, dio_switch_to_input);

/* ---- properties ---- */

static obj_t dio_get_direction(obj_t self)
{
    return is_output(dio_self(self)) ? (obj_t)&direction_output : (obj_t)&direction_input;
}

static obj_t dio_set_direction(obj_t self, obj_t value)
{
    dio_t *d = dio_self(self);
    if (value == (obj_t)&direction_input)
        to_input(d, HAL_GPIO_PULL_NONE);
    else if (value == (obj_t)&direction_output)
        to_output(d, false, HAL_GPIO_PUSH_PULL);
    else
        hw_raise_invalid("direction");
    return OBJ_NONE;
}

static obj_t dio_get_value(obj_t self)
{
    dio_t *d = dio_self(self);
    if (d->proxy)
        return obj_new_bool(d->line.cfg.value);
    int v = 0;
    hw_gpio_check(hal_gpio_line_read(&d->line, &v), d->pin, &d->line.cfg);
    return obj_new_bool(v);
}

/* The hot path of bit-banging loops (see dio_attr): no call that can be
 * avoided for the usual True/False and a write that succeeds. Not
 * deinitialised and not a proxy, d's line is claimed: with the direction
 * checked here, hal_gpio_output_write applies. */
static inline void set_value(dio_t *d, obj_t value)
{
    if (hw_obj_deinited(&d->hw))
        hw_raise_deinited();
    if (!is_output(d))
        raise_msg(&type_AttributeError, "Cannot set value when direction is input.");
    int level = value == OBJ_TRUE ? 1 : value == OBJ_FALSE ? 0 : obj_is_true(value);
    if (d->proxy) {
        d->line.cfg.value = (uint8_t)level;
        hw_bus_cs_set(&d->cs, level);
        return;
    }
    int rc = hal_gpio_output_write(&d->line, level);
    if (rc < 0)
        hw_gpio_check(rc, d->pin, &d->line.cfg);
}

static obj_t dio_set_value(obj_t self, obj_t value)
{
    set_value(self, value);
    return OBJ_NONE;
}

static obj_t dio_get_drive_mode(obj_t self)
{
    dio_t *d = dio_self(self);
    if (!is_output(d))
        raise_msg(&type_AttributeError, "Drive mode not used when direction is input.");
    return d->line.cfg.drive == HAL_GPIO_OPEN_DRAIN ? (obj_t)&drive_open_drain : (obj_t)&drive_push_pull;
}

static obj_t dio_set_drive_mode(obj_t self, obj_t value)
{
    dio_t *d = dio_self(self);
    if (!is_output(d))
        raise_msg(&type_AttributeError, "Drive mode not used when direction is input.");
    uint8_t drive = (uint8_t)hw_enum_arg(value, &digitalio_drive_mode_type, "drive_mode");
    to_output(d, d->line.cfg.value, drive);
    return OBJ_NONE;
}

static obj_t dio_get_pull(obj_t self)
{
    dio_t *d = dio_self(self);
    if (is_output(d))
        raise_msg(&type_AttributeError, "Pull not used when direction is output.");
    switch (d->line.cfg.pull) {
    case HAL_GPIO_PULL_UP:
        return (obj_t)&pull_up;
    case HAL_GPIO_PULL_DOWN:
        return (obj_t)&pull_down;
    default:
        return OBJ_NONE;
    }
}

static obj_t dio_set_pull(obj_t self, obj_t value)
{
    dio_t *d = dio_self(self);
    if (is_output(d))
        raise_msg(&type_AttributeError, "Pull not used when direction is output.");
    to_input(d, pull_arg(value));
    return OBJ_NONE;
}

#define PROPERTY(name, q)                                                                                  \
    static BUILTIN_FUN_1(dio_get_##name##_obj, q, dio_get_##name);                                       \
    static BUILTIN_FUN_2(dio_set_##name##_obj, q, dio_set_##name);                                       \
    static const obj_property_t dio_##name##_prop = {                                                    \
        {&type_property}, (obj_t)&dio_get_##name##_obj, (obj_t)&dio_set_##name##_obj, OBJ_NONE, OBJ_NONE}
PROPERTY(direction, Q_direction);
PROPERTY(value, Q_value);
PROPERTY(drive_mode, Q_drive_mode);
PROPERTY(pull, Q_pull);

static const map_elem_t dio_locals_table[] = {
    {ROM_QSTR(Q_deinit), ROM_PTR(&hw_deinit_obj)},
    {ROM_QSTR(Q___enter__), ROM_PTR(&hw_enter_obj)},
    {ROM_QSTR(Q___exit__), ROM_PTR(&hw_exit_obj)},
    {ROM_QSTR(Q_switch_to_output), ROM_PTR(&dio_switch_to_output_obj)},
    {ROM_QSTR(Q_switch_to_input), ROM_PTR(&dio_switch_to_input_obj)},
    {ROM_QSTR(Q_direction), ROM_PTR(&dio_direction_prop)},
    {ROM_QSTR(Q_value), ROM_PTR(&dio_value_prop)},
    {ROM_QSTR(Q_drive_mode), ROM_PTR(&dio_drive_mode_prop)},
    {ROM_QSTR(Q_pull), ROM_PTR(&dio_pull_prop)},
};
static MAP_ROM(dio_locals, dio_locals_table);

/* `pin.value = x` is the whole body of a bit-banging loop: the store goes
 * straight to the setter instead of through the generic property path
 * (type lookup, then a call of the setter's builtin object). Everything
 * else takes that path (hw_attr). DigitalInOut cannot be subclassed, so
 * no Python class can override `value` behind this shortcut. */
static void dio_attr(obj_t self, qstr attr, obj_t *dest)
{
    if (attr == Q_value && dest[0] == OBJ_SENTINEL && dest[1] != OBJ_NULL) {
        set_value(self, dest[1]);
        dest[0] = OBJ_NULL;
        return;
    }
    hw_attr(self, attr, dest);
}

static void dio_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)o;
    (void)kind;
    print_str(p, "<DigitalInOut>");
}

const type_t digitalio_dio_type = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_DigitalInOut,
    .print = dio_print,
    .make_new = dio_make_new,
    .attr = dio_attr,
    .locals = &dio_locals,
};

hal_gpio_line_t *digitalio_dio_line(obj_t o, const char *argname, size_t *pin)
{
    hw_arg_type(o, &digitalio_dio_type, argname);
    dio_t *d = dio_self(o);
    if (d->proxy)
        raise_fmt(&type_ValueError, "%s is an SPI chip select, not a GPIO", hw_pin_name(d->pin));
    *pin = d->pin;
    return &d->line;
}

static const map_elem_t digitalio_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_digitalio)},
    {ROM_QSTR(Q_DigitalInOut), ROM_PTR(&digitalio_dio_type)},
    {ROM_QSTR(Q_Direction), ROM_PTR(&digitalio_direction_type)},
    {ROM_QSTR(Q_Pull), ROM_PTR(&digitalio_pull_type)},
    {ROM_QSTR(Q_DriveMode), ROM_PTR(&digitalio_drive_mode_type)},
};
static DICT_ROM(digitalio_globals, digitalio_globals_table);
const obj_module_t digitalio_module = {{&type_module}, &digitalio_globals};
MODULE_REGISTER(Q_digitalio, digitalio_module);
