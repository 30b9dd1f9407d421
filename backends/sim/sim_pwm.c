/*
 * Simulated PWM channels: one per `pwm` line of the board file. A channel
 * remembers its period, duty cycle and whether it runs, for the test API
 * (HAL_CTL_SIM_PWM_GET). Periods from 100 ns (10 MHz) to the full 32-bit
 * range are accepted, like a 100 MHz timer with a prescaler would.
 * Channels of one group share a period on real hardware; the binding
 * layer enforces that, the sim only records.
 */
#include <errno.h>

#include "sim_io.h"

#define SIM_PWM_MIN_PERIOD_NS 100u

static sim_chan_t *chan(const hal_pwm_dev_t *dev)
{
    return dev->data;
}

static const char *pin_name(const hal_system_t *sys, int pin)
{
    for (size_t i = 0; i < sys->board->n_names; i++)
        if (sys->board->names[i].pin == pin)
            return sys->board->names[i].name;
    return sys->board->pins[pin].chip_name;
}

static int pwm_set(const hal_pwm_dev_t *dev, uint32_t period_ns, uint32_t duty_ns)
{
    if (period_ns < SIM_PWM_MIN_PERIOD_NS)
        return -ERANGE;
    chan(dev)->period_ns = period_ns;
    chan(dev)->duty_ns = duty_ns;
    return 0;
}

static int pwm_enable(const hal_pwm_dev_t *dev, bool on)
{
    chan(dev)->enabled = on;
    return 0;
}

static int pwm_close(const hal_pwm_dev_t *dev)
{
    *chan(dev) = (sim_chan_t){0};
    return 0;
}

static int pwm_control(const void *dev, int op, void *arg)
{
    (void)dev;
    (void)op;
    (void)arg;
    return -EOPNOTSUPP;
}

static const hal_pwm_ops_t sim_pwm_ops = {
    .version = HAL_PWM_OPS_V1,
    .set = pwm_set,
    .enable = pwm_enable,
    .close = pwm_close,
    .control = pwm_control,
};

int sim_pwm_open(hal_system_t *sys, const hal_board_channel_t *ch, hal_pwm_dev_t *dev)
{
    sim_io_t *io = sim_io(sys);
    if (!io)
        return -ENODEV;
    sim_chan_t *c = &io->chans[ch - sys->board->channels];
    if (c->open)
        return -EBUSY;
    *c = (sim_chan_t){.open = true};
    *dev = (hal_pwm_dev_t){&sim_pwm_ops, ch, c};
    sim_log(sys, "sim: %s: PWM channel %u of %s opened", pin_name(sys, ch->pin), (unsigned)ch->channel, ch->dev);
    return 0;
}
