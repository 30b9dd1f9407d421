/*
 * Simulated ADC and DAC channels: one per `adc` / `dac` line of the board
 * file, with its resolution and reference from there. An ADC reads the
 * level a test set (HAL_CTL_SIM_ANALOG_SET; 0 V until then); a DAC keeps
 * the last code written for HAL_CTL_SIM_ANALOG_GET.
 */
#include <errno.h>

#include "sim_io.h"

static sim_chan_t *chan(const void *data)
{
    return (sim_chan_t *)data;
}

static int adc_read(const hal_adc_dev_t *dev, uint32_t *raw)
{
    *raw = chan(dev->data)->raw;
    return 0;
}

static int adc_info(const hal_adc_dev_t *dev, uint8_t *bits, uint32_t *vref_uv)
{
    const hal_board_channel_t *ch = dev->config;
    *bits = ch->bits;
    *vref_uv = ch->vref_uv;
    return 0;
}

static int adc_close(const hal_adc_dev_t *dev)
{
    chan(dev->data)->open = false; /* the level stays: it is the outside's */
    return 0;
}

static const hal_adc_ops_t sim_adc_ops = {
    .version = HAL_ADC_OPS_V1,
    .read = adc_read,
    .info = adc_info,
    .close = adc_close,
};

static int dac_write(const hal_dac_dev_t *dev, uint32_t raw)
{
    const hal_board_channel_t *ch = dev->config;
    if (ch->bits < 32 && raw >= (1ull << ch->bits))
        return -EINVAL;
    chan(dev->data)->raw = raw;
    chan(dev->data)->written = true;
    return 0;
}

static int dac_info(const hal_dac_dev_t *dev, uint8_t *bits, uint32_t *vref_uv)
{
    const hal_board_channel_t *ch = dev->config;
    *bits = ch->bits;
    *vref_uv = ch->vref_uv;
    return 0;
}

static int dac_close(const hal_dac_dev_t *dev)
{
    *chan(dev->data) = (sim_chan_t){0};
    return 0;
}

static const hal_dac_ops_t sim_dac_ops = {
    .version = HAL_DAC_OPS_V1,
    .write = dac_write,
    .info = dac_info,
    .close = dac_close,
};

/* The channel's state, claimed for one user; NULL with *rc set. */
static sim_chan_t *take(hal_system_t *sys, const hal_board_channel_t *ch, int *rc)
{
    sim_io_t *io = sim_io(sys);
    *rc = -ENODEV;
    if (!io)
        return NULL;
    sim_chan_t *c = &io->chans[ch - sys->board->channels];
    *rc = -EBUSY;
    if (c->open)
        return NULL;
    c->open = true;
    *rc = 0;
    return c;
}

int sim_adc_open(hal_system_t *sys, const hal_board_channel_t *ch, hal_adc_dev_t *dev)
{
    int rc;
    sim_chan_t *c = take(sys, ch, &rc);
    if (c)
        *dev = (hal_adc_dev_t){&sim_adc_ops, ch, c};
    return rc;
}

int sim_dac_open(hal_system_t *sys, const hal_board_channel_t *ch, hal_dac_dev_t *dev)
{
    int rc;
    sim_chan_t *c = take(sys, ch, &rc);
    if (c) {
        c->written = false;
        *dev = (hal_dac_dev_t){&sim_dac_ops, ch, c};
    }
    return rc;
}
