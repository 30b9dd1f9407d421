/*
 * analogio: AnalogIn and AnalogOut on the board's `adc` / `dac` channels.
 *
 * Values are CircuitPython's 16-bit scale whatever the converter's
 * resolution: AnalogIn scales the raw reading with hal_adc_read_u16,
 * AnalogOut rounds value * (2^bits - 1) / 65535 to the nearest code.
 * Resolution and reference come from the backend's info op when it has
 * one, else from the board file.
 */
#include "hw_channel.h"
#include "map.h"
#include "mem.h"
#include "runtime.h"

/* ---- AnalogIn ---- */

typedef struct analogio_in {
    hw_obj_t hw;
    uint16_t pin;
    uint8_t bits;
    uint32_t vref_uv;
    hal_adc_dev_t dev;
} analog_in_t;

typedef struct analogio_out {
    hw_obj_t hw;
    uint16_t pin;
    uint8_t bits;
    hal_dac_dev_t dev;
} analog_out_t;

extern const type_t analogio_in_type, analogio_out_type;

static void in_release(hw_obj_t *o)
{
    analog_in_t *a = (analog_in_t *)o;
    a->dev.ops->close(&a->dev);
    hw_pin_unclaim(a->pin);
}

static void out_release(hw_obj_t *o)
{
    analog_out_t *a = (analog_out_t *)o;
    a->dev.ops->close(&a->dev);
    hw_pin_unclaim(a->pin);
}

static obj_t in_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    arg_check_num(n_args, n_kw, 1, 1, false);
    const hw_pin_t *pin = hw_pin_arg(args[0], "pin");
    hal_system_t *sys = hw_system();
    analog_in_t *a = mem_alloc(sizeof(analog_in_t));
    a->hw.base.type = &analogio_in_type;
    a->pin = pin->index;
    const hal_board_channel_t *ch = hw_channel_claim(pin->index, HAL_CHANNEL_ADC);
    int rc = sys->backend->adc_open ? sys->backend->adc_open(sys, ch, &a->dev) : -HAL_ENOTSUP;
    if (rc < 0) {
        hw_pin_unclaim(pin->index);
        hw_channel_raise(rc, pin->index, "AnalogIn");
    }
    a->bits = ch->bits;
    a->vref_uv = ch->vref_uv;
    if (a->dev.ops->info && a->dev.ops->info(&a->dev, &a->bits, &a->vref_uv) < 0) {
        a->bits = ch->bits;
        a->vref_uv = ch->vref_uv;
    }
    hw_obj_register(&a->hw, in_release);
    return a;
}

static analog_in_t *in_self(obj_t self)
{
    hw_obj_check(self);
    return self;
}

static obj_t in_get_value(obj_t self)
{
    analog_in_t *a = in_self(self);
    uint16_t v = 0;
    int rc = hal_adc_read_u16(&a->dev, a->bits, &v);
    if (rc < 0)
        hw_channel_raise(rc, a->pin, "AnalogIn");
    return obj_new_int(v);
}
static BUILTIN_FUN_1(in_get_value_obj, Q_value, in_get_value);
static const obj_property_t in_value_prop = {{&type_property}, (obj_t)&in_get_value_obj, OBJ_NONE, OBJ_NONE, OBJ_NONE};

static obj_t in_get_reference_voltage(obj_t self)
{
    analog_in_t *a = in_self(self);
    return a->vref_uv ? obj_new_float(a->vref_uv / 1e6) : OBJ_NONE;
}
static BUILTIN_FUN_1(in_get_reference_voltage_obj, Q_reference_voltage, in_get_reference_voltage);
static const obj_property_t in_reference_voltage_prop = {
    {&type_property}, (obj_t)&in_get_reference_voltage_obj, OBJ_NONE, OBJ_NONE, OBJ_NONE};

static const map_elem_t in_locals_table[] = {
    {ROM_QSTR(Q_deinit), ROM_PTR(&hw_deinit_obj)},
    {ROM_QSTR(Q___enter__), ROM_PTR(&hw_enter_obj)},
    {ROM_QSTR(Q___exit__), ROM_PTR(&hw_exit_obj)},
    {ROM_QSTR(Q_value), ROM_PTR(&in_value_prop)},
    {ROM_QSTR(Q_reference_voltage), ROM_PTR(&in_reference_voltage_prop)},
};
static MAP_ROM(in_locals, in_locals_table);

const type_t analogio_in_type = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_AnalogIn,
    .make_new = in_make_new,
    .attr = hw_attr,
    .locals = &in_locals,
};

/* ---- AnalogOut ---- */

static obj_t out_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    arg_check_num(n_args, n_kw, 1, 1, false);
    const hw_pin_t *pin = hw_pin_arg(args[0], "pin");
    hal_system_t *sys = hw_system();
    analog_out_t *a = mem_alloc(sizeof(analog_out_t));
    a->hw.base.type = &analogio_out_type;
    a->pin = pin->index;
    const hal_board_channel_t *ch = hw_channel_claim(pin->index, HAL_CHANNEL_DAC);
    int rc = sys->backend->dac_open ? sys->backend->dac_open(sys, ch, &a->dev) : -HAL_ENOTSUP;
    if (rc < 0) {
        hw_pin_unclaim(pin->index);
        hw_channel_raise(rc, pin->index, "AnalogOut");
    }
    uint32_t vref_uv = 0;
    a->bits = ch->bits;
    if (a->dev.ops->info && a->dev.ops->info(&a->dev, &a->bits, &vref_uv) < 0)
        a->bits = ch->bits;
    if (a->bits == 0 || a->bits > 32)
        a->bits = 16;
    hw_obj_register(&a->hw, out_release);
    return a;
}

static obj_t out_set_value(obj_t self, obj_t value)
{
    hw_obj_check(self);
    analog_out_t *a = self;
    uint32_t v = (uint32_t)hw_arg_int_range(value, 0, 65535, "value");
    uint64_t max = ((uint64_t)1 << a->bits) - 1;
    int rc = a->dev.ops->write(&a->dev, (uint32_t)((v * max + 32767) / 65535));
    if (rc < 0)
        hw_channel_raise(rc, a->pin, "AnalogOut");
    return OBJ_NONE;
}
static BUILTIN_FUN_2(out_set_value_obj, Q_value, out_set_value);
/* write-only, as in CircuitPython: reading it is AttributeError */
static const obj_property_t out_value_prop = {{&type_property}, OBJ_NONE, (obj_t)&out_set_value_obj, OBJ_NONE, OBJ_NONE};

static const map_elem_t out_locals_table[] = {
    {ROM_QSTR(Q_deinit), ROM_PTR(&hw_deinit_obj)},
    {ROM_QSTR(Q___enter__), ROM_PTR(&hw_enter_obj)},
    {ROM_QSTR(Q___exit__), ROM_PTR(&hw_exit_obj)},
    {ROM_QSTR(Q_value), ROM_PTR(&out_value_prop)},
};
static MAP_ROM(out_locals, out_locals_table);

const type_t analogio_out_type = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_AnalogOut,
    .make_new = out_make_new,
    .attr = hw_attr,
    .locals = &out_locals,
};

static const map_elem_t analogio_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_analogio)},
    {ROM_QSTR(Q_AnalogIn), ROM_PTR(&analogio_in_type)},
    {ROM_QSTR(Q_AnalogOut), ROM_PTR(&analogio_out_type)},
};
static DICT_ROM(analogio_globals, analogio_globals_table);
const obj_module_t analogio_module = {{&type_module}, &analogio_globals};
MODULE_REGISTER(Q_analogio, analogio_module);
