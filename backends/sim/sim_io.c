/*
 * State and test API of the sim backend's channels, NeoPixel recorder and
 * keypad models (see sim_io.h). The ops of hal.h's HAL_CTL_SIM_IO_* block
 * arrive here through the backend's control op (sim.c).
 *
 * Analog values cross the test API on CircuitPython's 16-bit scale and
 * pass through the converter's resolution on the way: a level set on a
 * 12-bit ADC is stored as the nearest 12-bit code, so AnalogIn.value reads
 * what the real converter would give for that voltage.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "sim_io.h"

static uint32_t full_scale(const hal_board_channel_t *ch)
{
    return ch->bits >= 32 ? UINT32_MAX : (uint32_t)((1ull << ch->bits) - 1);
}

/* value/65535 of full scale as a code of the channel, and back. */
static uint32_t to_raw(const hal_board_channel_t *ch, uint32_t u16)
{
    uint64_t max = full_scale(ch);
    return (uint32_t)((u16 * max + 32767) / 65535);
}

static uint32_t from_raw(const hal_board_channel_t *ch, uint32_t raw)
{
    uint64_t max = full_scale(ch);
    return max ? (uint32_t)((raw * 65535ull + max / 2) / max) : 0;
}

int sim_io_channel(const hal_board_t *b, int kind, int pin)
{
    for (size_t i = 0; i < b->n_channels; i++)
        if (b->channels[i].kind == kind && b->channels[i].pin == pin)
            return (int)i;
    return -1;
}

int sim_io_open(hal_system_t *sys, sim_io_t **out)
{
    sim_io_t *io = calloc(1, sizeof(*io));
    if (!io)
        return -ENOMEM;
    io->sys = sys;
    size_t n = sys->board->n_channels;
    io->chans = calloc(n ? n : 1, sizeof(sim_chan_t));
    int rc = io->chans ? sim_keys_open(sys, &io->keys) : -ENOMEM;
    if (rc) {
        free(io->chans);
        free(io);
        return rc;
    }
    *out = io;
    return 0;
}

static void drop_neopixels(sim_io_t *io)
{
    for (size_t i = 0; i < io->n_npx; i++)
        free(io->npx[i].buf);
    free(io->npx);
    io->npx = NULL;
    io->n_npx = 0;
}

void sim_io_close(hal_system_t *sys, sim_io_t *io)
{
    if (!io)
        return;
    sim_keys_close(sys, io->keys);
    drop_neopixels(io);
    free(io->chans);
    free(io);
}

int sim_io_neopixel(const hal_system_t *sys, int pin, const uint8_t *buf, size_t len)
{
    sim_io_t *io = sim_io(sys);
    if (!io)
        return -ENODEV;
    sim_npx_t *e = NULL;
    for (size_t i = 0; i < io->n_npx && !e; i++)
        if (io->npx[i].pin == pin)
            e = &io->npx[i];
    if (!e) {
        sim_npx_t *grown = realloc(io->npx, (io->n_npx + 1) * sizeof(*grown));
        if (!grown)
            return -ENOMEM;
        io->npx = grown;
        e = &io->npx[io->n_npx++];
        *e = (sim_npx_t){pin, NULL, 0};
    }
    uint8_t *copy = malloc(len ? len : 1);
    if (!copy)
        return -ENOMEM;
    if (len)
        memcpy(copy, buf, len);
    free(e->buf);
    e->buf = copy;
    e->len = len;
    return 0;
}

/* The board channel of kind on pin, or NULL (-EINVAL for the caller). */
static const hal_board_channel_t *channel(sim_io_t *io, int kind, int pin, sim_chan_t **state)
{
    int i = sim_io_channel(io->sys->board, kind, pin);
    if (i < 0)
        return NULL;
    *state = &io->chans[i];
    return &io->sys->board->channels[i];
}

static int analog_set(sim_io_t *io, const hal_sim_analog_t *a)
{
    sim_chan_t *c;
    const hal_board_channel_t *ch = channel(io, HAL_CHANNEL_ADC, a->pin, &c);
    if (!ch || a->value > 65535)
        return -EINVAL;
    c->raw = to_raw(ch, a->value);
    sim_log(io->sys, "sim: analog input on pin %d = %u", a->pin, (unsigned)a->value);
    return 0;
}

static int analog_get(sim_io_t *io, hal_sim_analog_t *a)
{
    sim_chan_t *c;
    const hal_board_channel_t *ch = channel(io, HAL_CHANNEL_DAC, a->pin, &c);
    if (!ch)
        return -EINVAL;
    if (!c->open || !c->written)
        return -ENOENT;
    a->value = from_raw(ch, c->raw);
    return 0;
}

static int pwm_get(sim_io_t *io, hal_sim_pwm_t *p)
{
    sim_chan_t *c;
    if (!channel(io, HAL_CHANNEL_PWM, p->pin, &c))
        return -EINVAL;
    if (!c->open || !c->enabled)
        return -ENOENT;
    p->period_ns = c->period_ns;
    p->duty_ns = c->duty_ns;
    return 0;
}

static int pin_level(sim_io_t *io, hal_sim_pin_level_t *pl)
{
    const hal_board_t *b = io->sys->board;
    if (pl->pin < 0 || (size_t)pl->pin >= b->n_pins)
        return -EINVAL;
    int driven;
    return sim_gpio_peek(&io->sys->gpio[b->pins[pl->pin].chip], b->pins[pl->pin].line, &pl->level, &driven);
}

static int neopixel_get(sim_io_t *io, hal_sim_bytes_t *nb)
{
    if (nb->pin < 0 || (size_t)nb->pin >= io->sys->board->n_pins)
        return -EINVAL;
    for (size_t i = 0; i < io->n_npx; i++) {
        const sim_npx_t *e = &io->npx[i];
        if (e->pin != nb->pin)
            continue;
        nb->len = e->len;
        if (e->len)
            memcpy(nb->buf, e->buf, e->len < nb->size ? e->len : nb->size);
        return 0;
    }
    return -ENOENT;
}

static void io_reset(sim_io_t *io)
{
    const hal_board_t *b = io->sys->board;
    for (size_t i = 0; i < b->n_channels; i++)
        if (b->channels[i].kind == HAL_CHANNEL_ADC)
            io->chans[i].raw = 0;
    drop_neopixels(io);
    sim_keys_reset(io->keys);
}

int sim_io_control(hal_system_t *sys, int op, void *arg)
{
    sim_io_t *io = sim_io(sys);
    if (!io)
        return -ENODEV;
    switch (op) {
    case HAL_CTL_SIM_ANALOG_SET:
        return analog_set(io, arg);
    case HAL_CTL_SIM_ANALOG_GET:
        return analog_get(io, arg);
    case HAL_CTL_SIM_PWM_GET:
        return pwm_get(io, arg);
    case HAL_CTL_SIM_LEVEL:
        return pin_level(io, arg);
    case HAL_CTL_SIM_NEOPIXEL:
        return neopixel_get(io, arg);
    case HAL_CTL_SIM_SWITCH:
        return sim_keys_switch(io->keys, arg);
    case HAL_CTL_SIM_SHIFTREG:
        return sim_keys_shiftreg(io->keys, arg);
    case HAL_CTL_SIM_IO_RESET:
        io_reset(io);
        return 0;
    default:
        return -EOPNOTSUPP;
    }
}
