/*
 * The sim module's test API for analog pins, PWM, rotary encoders, keys
 * and NeoPixels (the rest of the module is mod_sim.c, which lists these in
 * its globals). Everything goes through the sim backend's control op
 * (HAL_CTL_SIM_IO_* of hal.h) with board pin indexes.
 *
 *   set_analog_input(pin, value)  the voltage on an ADC pin, 0..65535 of
 *                                 full scale (AnalogIn.value's scale; it
 *                                 passes through the ADC's resolution)
 *   get_analog_output(pin)        what an AnalogOut drives, 0..65535 after
 *                                 the DAC's resolution, or None
 *   get_pwm(pin)                  (duty_cycle, frequency) of a running
 *                                 PWMOut, in PWMOut's units, or None
 *   rotate(pin_a, pin_b, steps, transitions=4)
 *                                 turn an encoder wired to the two pins:
 *                                 steps * transitions quadrature edges
 *                                 (sim.set_input on one pin at a time),
 *                                 positive steps with A leading B (counts
 *                                 up); 4 transitions make one detent
 *   set_switch(pin_a, pin_b, closed)
 *                                 close/open a key between two pins (a key
 *                                 of a matrix: row pin, column pin)
 *   set_shift_register(clock, data, latch, levels, value_to_latch=True)
 *                                 a 74HC165-style register on the pins
 *                                 with parallel input levels (levels[0]
 *                                 shifts out first); again to change them
 *   neopixel_bytes(pin)           bytes of the last neopixel_write on the
 *                                 pin, or None
 */
#include "hw.h"
#include "mem.h"
#include "mod_sim_io.h"
#include "runtime.h"

static int io_ctl(int op, void *arg)
{
    hal_system_t *sys = hw_system();
    return sys->backend->control ? sys->backend->control(sys, op, arg) : -HAL_ENOTSUP;
}

/* ValueError("Invalid pin") for a pin without what the op needs. */
static int io_check(int rc, const char *what)
{
    if (rc == -HAL_EINVAL)
        hw_raise_invalid("pin");
    if (rc != -HAL_ENOENT)
        hw_check(rc, what);
    return rc;
}

static int pin_arg(obj_t o, const char *name)
{
    return hw_pin_arg(o, name)->index;
}

static obj_t set_analog_input(obj_t pin, obj_t value)
{
    hal_sim_analog_t a = {pin_arg(pin, "pin"), (uint32_t)hw_arg_int_range(value, 0, 65535, "value")};
    io_check(io_ctl(HAL_CTL_SIM_ANALOG_SET, &a), "sim.set_analog_input");
    return OBJ_NONE;
}
BUILTIN_FUN_2(mod_sim_io_set_analog_input_obj, Q_set_analog_input, set_analog_input);

static obj_t get_analog_output(obj_t pin)
{
    hal_sim_analog_t a = {pin_arg(pin, "pin"), 0};
    if (io_check(io_ctl(HAL_CTL_SIM_ANALOG_GET, &a), "sim.get_analog_output") < 0)
        return OBJ_NONE;
    return obj_new_int((intptr_t)a.value);
}
BUILTIN_FUN_1(mod_sim_io_get_analog_output_obj, Q_get_analog_output, get_analog_output);

static obj_t get_pwm(obj_t pin)
{
    hal_sim_pwm_t p = {pin_arg(pin, "pin"), 0, 0};
    if (io_check(io_ctl(HAL_CTL_SIM_PWM_GET, &p), "sim.get_pwm") < 0 || p.period_ns == 0)
        return OBJ_NONE;
    uint64_t duty = ((uint64_t)p.duty_ns * 65535 + p.period_ns / 2) / p.period_ns;
    uint64_t hz = (1000000000ull + p.period_ns / 2) / p.period_ns;
    obj_t t[2] = {obj_new_int((intptr_t)duty), obj_new_int((intptr_t)hz)};
    return obj_new_tuple(2, t);
}
BUILTIN_FUN_1(mod_sim_io_get_pwm_obj, Q_get_pwm, get_pwm);

static int level(int pin)
{
    hal_sim_pin_level_t l = {pin, 0};
    io_check(io_ctl(HAL_CTL_SIM_LEVEL, &l), "sim.rotate");
    return l.level;
}

static void drive(int pin, int value)
{
    hal_system_t *sys = hw_system();
    const hal_board_pin_t *p = &sys->board->pins[pin];
    hal_sim_level_t lv = {p->line, value};
    hw_check(hal_gpio_control(&sys->gpio[p->chip], HAL_CTL_SIM_SET_INPUT, &lv), "sim.rotate");
}

/* The counting-up cycle of (A << 1) | B: 00 -> 10 -> 11 -> 01. */
static const uint8_t up_cycle[4] = {0, 2, 3, 1};

static obj_t rotate(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {
        {Q_pin_a, ARG_REQUIRED, OBJ_NULL},
        {Q_pin_b, ARG_REQUIRED, OBJ_NULL},
        {Q_steps, ARG_REQUIRED, OBJ_NULL},
        {Q_transitions, 0, (obj_t)9}, /* small int 4 */
    };
    obj_t a[4];
    arg_parse("rotate", n, args, kw, 4, spec, a);
    int pa = pin_arg(a[0], "pin_a"), pb = pin_arg(a[1], "pin_b");
    intptr_t steps = obj_get_int(a[2]);
    intptr_t per = hw_arg_int_min(a[3], 1, "transitions");
    int state = (level(pa) << 1) | level(pb), pos = 0;
    while (up_cycle[pos] != state)
        pos++;
    intptr_t edges = (steps < 0 ? -steps : steps) * per;
    for (intptr_t i = 0; i < edges; i++) {
        pos = (pos + (steps < 0 ? 3 : 1)) % 4;
        int next = up_cycle[pos];
        if ((next ^ state) & 2)
            drive(pa, next >> 1);
        else
            drive(pb, next & 1);
        state = next;
    }
    return OBJ_NONE;
}
BUILTIN_FUN_KW(mod_sim_io_rotate_obj, Q_rotate, 0, rotate);

static obj_t set_switch(obj_t pin_a, obj_t pin_b, obj_t closed)
{
    hal_sim_switch_t s = {{pin_arg(pin_a, "pin_a"), pin_arg(pin_b, "pin_b")}, obj_is_true(closed)};
    io_check(io_ctl(HAL_CTL_SIM_SWITCH, &s), "sim.set_switch");
    return OBJ_NONE;
}
BUILTIN_FUN_3(mod_sim_io_set_switch_obj, Q_set_switch, set_switch);

static obj_t set_shift_register(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {
        {Q_clock, ARG_REQUIRED, OBJ_NULL},   {Q_data, ARG_REQUIRED, OBJ_NULL},
        {Q_latch, ARG_REQUIRED, OBJ_NULL},   {Q_levels, ARG_REQUIRED, OBJ_NULL},
        {Q_value_to_latch, 0, OBJ_TRUE},
    };
    obj_t a[5];
    arg_parse("set_shift_register", n, args, kw, 5, spec, a);
    size_t count = obj_len(a[3]);
    uint8_t *levels = mem_alloc_noscan(count ? count : 1);
    for (size_t i = 0; i < count; i++)
        levels[i] = obj_is_true(obj_subscr(a[3], obj_new_small_int((intptr_t)i), OBJ_SENTINEL));
    hal_sim_shiftreg_t sr = {pin_arg(a[0], "clock"), pin_arg(a[1], "data"), pin_arg(a[2], "latch"),
                             obj_is_true(a[4]), levels, count};
    io_check(io_ctl(HAL_CTL_SIM_SHIFTREG, &sr), "sim.set_shift_register");
    return OBJ_NONE;
}
BUILTIN_FUN_KW(mod_sim_io_set_shift_register_obj, Q_set_shift_register, 0, set_shift_register);

static obj_t neopixel_bytes(obj_t pin)
{
    uint8_t small[64];
    hal_sim_bytes_t b = {pin_arg(pin, "pin"), small, sizeof(small), 0};
    if (io_check(io_ctl(HAL_CTL_SIM_NEOPIXEL, &b), "sim.neopixel_bytes") < 0)
        return OBJ_NONE;
    if (b.len > sizeof(small)) {
        b.buf = mem_alloc_noscan(b.len);
        b.size = b.len;
        io_check(io_ctl(HAL_CTL_SIM_NEOPIXEL, &b), "sim.neopixel_bytes");
    }
    return obj_new_bytes(b.buf, b.len);
}
BUILTIN_FUN_1(mod_sim_io_neopixel_bytes_obj, Q_neopixel_bytes, neopixel_bytes);

void mod_sim_io_reset(void)
{
    int rc = io_ctl(HAL_CTL_SIM_IO_RESET, NULL);
    if (rc != -HAL_ENOTSUP)
        hw_check(rc, "sim.reset");
}
