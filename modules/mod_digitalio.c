/*
 * digitalio: DigitalInOut and its enums Direction, Pull and DriveMode.
 *
 * A DigitalInOut owns one claimed GPIO line (hal_gpio_line_t, whose cfg
 * always holds the line's current logical settings). Every change goes to
 * the backend as one claim/reconfigure carrying direction, pull, drive
 * mode and output value together, so switch_to_output(value=True) never
 * passes through a low level.
 */
#include "hw.h"
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
    hal_gpio_line_t line;
} dio_t;

extern const type_t digitalio_dio_type;

static void dio_release(hw_obj_t *o)
{
    dio_t *d = (dio_t *)o;
    hw_gpio_release(&d->line, d->pin);
}

static dio_t *dio_self(obj_t self)
{
    dio_t *d = self;
    hw_obj_check(&d->hw);
    return d;
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
    hw_gpio_claim(&d->line, pin->index, &cfg);
    hw_obj_register(&d->hw, dio_release);
    return d;
}

static void reconfigure(dio_t *d, const hal_gpio_config_t *cfg)
{
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

static obj_t dio_deinit(obj_t self)
{
    hw_obj_deinit(self);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(dio_deinit_obj, Q_deinit, dio_deinit);

static obj_t dio_exit(size_t n, const obj_t *args)
{
    (void)n;
    hw_obj_deinit(args[0]);
    return OBJ_NONE;
}
static BUILTIN_FUN_VAR(dio_exit_obj, Q___exit__, 4, 4, dio_exit);

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
    int v = 0;
    hw_gpio_check(hal_gpio_line_read(&d->line, &v), d->pin, &d->line.cfg);
    return obj_new_bool(v);
}

static obj_t dio_set_value(obj_t self, obj_t value)
{
    dio_t *d = dio_self(self);
    if (!is_output(d))
        raise_msg(&type_AttributeError, "Cannot set value when direction is input.");
    hw_gpio_check(hal_gpio_line_write(&d->line, obj_is_true(value)), d->pin, &d->line.cfg);
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
    {ROM_QSTR(Q_deinit), ROM_PTR(&dio_deinit_obj)},
    {ROM_QSTR(Q___enter__), ROM_PTR(&hw_enter_obj)},
    {ROM_QSTR(Q___exit__), ROM_PTR(&dio_exit_obj)},
    {ROM_QSTR(Q_switch_to_output), ROM_PTR(&dio_switch_to_output_obj)},
    {ROM_QSTR(Q_switch_to_input), ROM_PTR(&dio_switch_to_input_obj)},
    {ROM_QSTR(Q_direction), ROM_PTR(&dio_direction_prop)},
    {ROM_QSTR(Q_value), ROM_PTR(&dio_value_prop)},
    {ROM_QSTR(Q_drive_mode), ROM_PTR(&dio_drive_mode_prop)},
    {ROM_QSTR(Q_pull), ROM_PTR(&dio_pull_prop)},
};
static MAP_ROM(dio_locals, dio_locals_table);

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
    .attr = hw_attr,
    .locals = &dio_locals,
};

hal_gpio_line_t *digitalio_dio_line(obj_t o, const char *argname, size_t *pin)
{
    hw_arg_type(o, &digitalio_dio_type, argname);
    dio_t *d = dio_self(o);
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
