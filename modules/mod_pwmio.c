/*
 * pwmio: PWMOut on the board's `pwm` channels.
 *
 * The frequency becomes a period in whole nanoseconds and is reported
 * back from it (rounded to 1 Hz), as CircuitPython reports the frequency
 * the hardware really runs at. duty_cycle keeps the 16-bit value asked
 * for, so changing the frequency keeps the same fraction; reading it
 * gives the value the nanosecond duty really represents.
 *
 * Sharing: channels of one board `group` (group > 0) share a period, and
 * two board pins can name the same output (the same dev and channel).
 * Live outputs are remembered per pin in `users` (static data only, so it
 * never points into a heap of an earlier VM; an entry counts only while
 * its pin is claimed). A new output that would change the period of a
 * live one in its group, or that wants a variable frequency where another
 * output lives, or that reuses a live output's channel, is refused with
 * RuntimeError("Conflicting settings for shared resource").
 */
#include "hw_channel.h"
#include "map.h"
#include "mem.h"
#include "nlr.h"
#include "runtime.h"

#include <string.h>

typedef struct pwmio_out {
    hw_obj_t hw;
    uint16_t pin;
    bool variable;
    uint16_t duty;      /* as set */
    uint32_t period_ns;
    const hal_board_channel_t *ch;
    hal_pwm_dev_t dev;
} pwm_t;

typedef struct pwm_user {
    bool live;
    bool variable;
    uint32_t period_ns;
} pwm_user_t;

static pwm_user_t users[HAL_MAX_PINS];

extern const type_t pwmio_out_type;

static bool same_dev(const hal_board_channel_t *a, const hal_board_channel_t *b)
{
    return (a->dev == b->dev) || (a->dev && b->dev && strcmp(a->dev, b->dev) == 0);
}

/* RuntimeError unless an output on ch with this period may start now. */
static void check_sharing(const hal_board_channel_t *ch, uint32_t period_ns, bool variable)
{
    const hal_board_t *b = hw_system()->board;
    for (size_t i = 0; i < b->n_channels; i++) {
        const hal_board_channel_t *o = &b->channels[i];
        if (o == ch || o->kind != HAL_CHANNEL_PWM || !same_dev(o, ch))
            continue;
        const pwm_user_t *u = &users[o->pin];
        if (!u->live || !hw_pin_in_use((size_t)o->pin))
            continue;
        bool same_output = o->channel == ch->channel;
        bool shared = ch->group != 0 && o->group == ch->group;
        if (same_output || (shared && (variable || u->variable || u->period_ns != period_ns)))
            raise_msg(&type_RuntimeError, "Conflicting settings for shared resource");
    }
}

/* Period for frequency hz; ValueError("Invalid frequency") outside
 * 1 Hz .. 1 GHz (a backend refuses what its timer cannot do). */
static uint32_t period_of(obj_t frequency)
{
    intptr_t hz = obj_get_int(frequency);
    if (hz < 1 || hz > 1000000000)
        hw_raise_invalid("frequency");
    return (uint32_t)((1000000000u + (uintptr_t)hz / 2) / (uintptr_t)hz);
}

static uint32_t duty_ns(uint32_t period_ns, uint16_t duty)
{
    return (uint32_t)(((uint64_t)period_ns * duty + 32767) / 65535);
}

/* Apply period and duty; a period the backend cannot do is an invalid
 * frequency. */
static void apply(pwm_t *p, uint32_t period_ns)
{
    int rc = hal_pwm_set(&p->dev, period_ns, duty_ns(period_ns, p->duty));
    if (rc == -HAL_ERANGE || rc == -HAL_EINVAL)
        hw_raise_invalid("frequency");
    if (rc < 0)
        hw_channel_raise(rc, p->pin, "PWMOut");
    p->period_ns = period_ns;
    users[p->pin].period_ns = period_ns;
}

static void pwm_release(hw_obj_t *o)
{
    pwm_t *p = (pwm_t *)o;
    p->dev.ops->enable(&p->dev, false);
    p->dev.ops->close(&p->dev);
    users[p->pin].live = false;
    hw_pin_unclaim(p->pin);
}

static obj_t pwm_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    static const arg_spec_t spec[] = {
        {Q_pin, ARG_REQUIRED, OBJ_NULL},
        {Q_duty_cycle, ARG_KW_ONLY, (obj_t)1}, /* small int 0 */
        {Q_frequency, ARG_KW_ONLY, OBJ_NULL},
        {Q_variable_frequency, ARG_KW_ONLY, OBJ_FALSE},
    };
    obj_t a[4];
    arg_parse_all("PWMOut", n_args, n_kw, args, 4, spec, a);
    const hw_pin_t *pin = hw_pin_arg(a[0], "pin");
    uint16_t duty = (uint16_t)hw_arg_int_range(a[1], 0, 0xffff, "duty_cycle");
    uint32_t period_ns = a[2] == OBJ_NULL ? 2000000u : period_of(a[2]);
    bool variable = obj_is_true(a[3]);
    hal_system_t *sys = hw_system();

    pwm_t *p = mem_alloc(sizeof(pwm_t));
    p->hw.base.type = &pwmio_out_type;
    p->pin = pin->index;
    p->duty = duty;
    p->variable = variable;
    const hal_board_channel_t *ch = hw_channel_claim(pin->index, HAL_CHANNEL_PWM);
    p->ch = ch;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        check_sharing(ch, period_ns, variable);
        int rc = sys->backend->pwm_open ? sys->backend->pwm_open(sys, ch, &p->dev) : -HAL_ENOTSUP;
        if (rc < 0)
            hw_channel_raise(rc, pin->index, "PWMOut");
        nlr_pop();
    } else {
        hw_pin_unclaim(pin->index);
        raise_obj(nlr.value);
    }
    users[p->pin] = (pwm_user_t){true, variable, period_ns};
    /* the object owns the channel now: a failure below deinits it */
    hw_obj_register(&p->hw, pwm_release);
    if (nlr_push(&nlr) == 0) {
        apply(p, period_ns);
        int rc = p->dev.ops->enable(&p->dev, true);
        if (rc < 0)
            hw_channel_raise(rc, p->pin, "PWMOut");
        nlr_pop();
    } else {
        hw_obj_deinit(&p->hw);
        raise_obj(nlr.value);
    }
    return p;
}

static pwm_t *pwm_self(obj_t self)
{
    hw_obj_check(self);
    return self;
}

static obj_t pwm_get_duty_cycle(obj_t self)
{
    pwm_t *p = pwm_self(self);
    uint32_t ns = duty_ns(p->period_ns, p->duty);
    return obj_new_int((intptr_t)(((uint64_t)ns * 65535 + p->period_ns / 2) / p->period_ns));
}

static obj_t pwm_set_duty_cycle(obj_t self, obj_t value)
{
    pwm_t *p = pwm_self(self);
    p->duty = (uint16_t)hw_arg_int_range(value, 0, 0xffff, "duty_cycle");
    apply(p, p->period_ns);
    return OBJ_NONE;
}

static obj_t pwm_get_frequency(obj_t self)
{
    pwm_t *p = pwm_self(self);
    return obj_new_int((intptr_t)((1000000000u + p->period_ns / 2) / p->period_ns));
}

static obj_t pwm_set_frequency(obj_t self, obj_t value)
{
    pwm_t *p = pwm_self(self);
    if (!p->variable)
        raise_msg(&type_AttributeError, "Invalid variable_frequency");
    apply(p, period_of(value));
    return OBJ_NONE;
}

#define PROPERTY(name, q)                                                                                  \
    static BUILTIN_FUN_1(pwm_get_##name##_obj, q, pwm_get_##name);                                       \
    static BUILTIN_FUN_2(pwm_set_##name##_obj, q, pwm_set_##name);                                       \
    static const obj_property_t pwm_##name##_prop = {                                                    \
        {&type_property}, (obj_t)&pwm_get_##name##_obj, (obj_t)&pwm_set_##name##_obj, OBJ_NONE, OBJ_NONE}
PROPERTY(duty_cycle, Q_duty_cycle);
PROPERTY(frequency, Q_frequency);

static const map_elem_t pwm_locals_table[] = {
    {ROM_QSTR(Q_deinit), ROM_PTR(&hw_deinit_obj)},
    {ROM_QSTR(Q___enter__), ROM_PTR(&hw_enter_obj)},
    {ROM_QSTR(Q___exit__), ROM_PTR(&hw_exit_obj)},
    {ROM_QSTR(Q_duty_cycle), ROM_PTR(&pwm_duty_cycle_prop)},
    {ROM_QSTR(Q_frequency), ROM_PTR(&pwm_frequency_prop)},
};
static MAP_ROM(pwm_locals, pwm_locals_table);

const type_t pwmio_out_type = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_PWMOut,
    .make_new = pwm_make_new,
    .attr = hw_attr,
    .locals = &pwm_locals,
};

static const map_elem_t pwmio_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_pwmio)},
    {ROM_QSTR(Q_PWMOut), ROM_PTR(&pwmio_out_type)},
};
static DICT_ROM(pwmio_globals, pwmio_globals_table);
const obj_module_t pwmio_module = {{&type_module}, &pwmio_globals};
MODULE_REGISTER(Q_pwmio, pwmio_module);
