/*
 * The GPIO ops of an MPSSE channel (see ftdi.h): lines 0-7 are ADBUS0-7,
 * 8-15 ACBUS0-7. A change is one SET_BITS_LOW/HIGH (0x80/0x82) carrying
 * the whole byte of levels and directions from the channel's shadows, so
 * an output starts at its level with no glitch and the other lines of the
 * byte (GPIO or bus) keep theirs. A read is GET_BITS_LOW/HIGH (0x81/0x83).
 *
 * The MPSSE has no pull resistors and no edge interrupts: a claim asking
 * for either is -EOPNOTSUPP, and there is no event_read. Open-drain
 * outputs are emulated (0 drives low, 1 makes the line an input), which
 * works on the FT2232H too (only the FT232H has a drive-zero mode).
 */
#include <errno.h>

#include "ftdi.h"

static ftdi_chan_t *chan(const hal_gpio_dev_t *dev)
{
    return dev->data;
}

static void send_byte(ftdi_mpsse_t *m, uint32_t line)
{
    if (line < 8)
        ftdi_mpsse_set_low(m);
    else
        ftdi_mpsse_set_high(m);
}

/* Send the byte of `line` from the shadows. */
static int send(ftdi_chan_t *c, uint32_t line)
{
    ftdi_mpsse_t m;
    ftdi_mpsse_begin(&m, c);
    send_byte(&m, line);
    int rc = ftdi_mpsse_run(&m);
    ftdi_mpsse_end(&m);
    return rc;
}

/* The shadows for line with cfg (physical levels). */
static void shadow(ftdi_chan_t *c, uint32_t line, const hal_gpio_config_t *cfg)
{
    uint16_t bit = (uint16_t)(1u << line);
    c->od &= (uint16_t)~bit;
    if (cfg->direction != HAL_GPIO_OUTPUT) {
        c->dir &= (uint16_t)~bit;
        return;
    }
    if (cfg->drive == HAL_GPIO_OPEN_DRAIN) {
        c->od |= bit;
        c->out &= (uint16_t)~bit;
        c->dir = cfg->value ? (uint16_t)(c->dir & ~bit) : (uint16_t)(c->dir | bit);
        return;
    }
    c->out = cfg->value ? (uint16_t)(c->out | bit) : (uint16_t)(c->out & ~bit);
    c->dir |= bit;
}

/* -EBUSY (with the holder for the "in use" message) when an open bus
 * drives or reads line. An SPI bus leaves MOSI and MISO to a GPIO claim
 * (a busio.SPI made without them); ftdi_spi.c checks before each use. */
static int bus_line(const ftdi_chan_t *c, uint32_t line)
{
    if (c->bus == FTDI_BUS_I2C && line <= 2)
        return ftdi_hint(EBUSY, "used by I2C%s", line == 2 ? ", which reads SDA on this line" : "");
    if (c->bus == FTDI_BUS_SPI && line == 0)
        return ftdi_hint(EBUSY, "used by SPI");
    return 0;
}

static bool supported(const hal_gpio_config_t *cfg)
{
    if (cfg->direction == HAL_GPIO_OUTPUT)
        return cfg->drive != HAL_GPIO_OPEN_SOURCE;
    return cfg->pull == HAL_GPIO_PULL_NONE && cfg->edge == HAL_GPIO_EDGE_NONE;
}

/* Apply cfg to a line being claimed or claimed; on failure the line is
 * left an input in the shadows (what the chip becomes when set up again). */
static int apply(ftdi_chan_t *c, uint32_t line, const hal_gpio_config_t *cfg)
{
    shadow(c, line, cfg);
    int rc = send(c, line);
    if (rc) {
        hal_gpio_config_t in = {.direction = HAL_GPIO_INPUT};
        shadow(c, line, &in);
    }
    return rc;
}

static int gpio_claim(const hal_gpio_dev_t *dev, uint32_t line, const hal_gpio_config_t *cfg)
{
    ftdi_chan_t *c = chan(dev);
    ftdi_hint_clear();
    if (line >= 16)
        return -EINVAL;
    if (c->gpio & (1u << line))
        return -EBUSY;
    int rc = bus_line(c, line);
    if (rc)
        return rc;
    if (!supported(cfg))
        return -EOPNOTSUPP;
    if ((rc = ftdi_chan_ready(c)) != 0)
        return rc;
    if ((rc = apply(c, line, cfg)) != 0)
        return rc;
    c->gpio |= (uint16_t)(1u << line);
    ftdi_log(c->sys, true, "ftdi: %s line %u claimed (%s)", c->path, line,
             cfg->direction == HAL_GPIO_OUTPUT ? (cfg->value ? "output 1" : "output 0") : "input");
    return 0;
}

static bool claimed(const ftdi_chan_t *c, uint32_t line)
{
    return line < 16 && (c->gpio & (1u << line));
}

/* The line becomes an input; a device that is gone needs nothing more. */
static int gpio_release(const hal_gpio_dev_t *dev, uint32_t line)
{
    ftdi_chan_t *c = chan(dev);
    if (!claimed(c, line))
        return -EINVAL;
    hal_gpio_config_t in = {.direction = HAL_GPIO_INPUT};
    shadow(c, line, &in);
    c->gpio &= (uint16_t)~(1u << line);
    if (c->ctx && !c->desync)
        (void)send(c, line);
    ftdi_hint_clear();
    return 0;
}

static int gpio_reconfigure(const hal_gpio_dev_t *dev, uint32_t line, const hal_gpio_config_t *cfg)
{
    ftdi_chan_t *c = chan(dev);
    ftdi_hint_clear();
    if (!claimed(c, line))
        return -EINVAL;
    if (!supported(cfg))
        return -EOPNOTSUPP;
    int rc = ftdi_chan_ready(c);
    return rc ? rc : apply(c, line, cfg);
}

static int gpio_read(const hal_gpio_dev_t *dev, uint32_t line, int *value)
{
    ftdi_chan_t *c = chan(dev);
    ftdi_hint_clear();
    if (!claimed(c, line))
        return -EINVAL;
    int rc = ftdi_chan_ready(c);
    if (rc)
        return rc;
    ftdi_mpsse_t m;
    ftdi_mpsse_begin(&m, c);
    uint8_t get = line < 8 ? FTDI_OP_GET_LOW : FTDI_OP_GET_HIGH;
    ftdi_mpsse_cmd(&m, &get, 1, 1, 0);
    rc = ftdi_mpsse_run(&m);
    if (rc == 0)
        *value = (m.rx[0] >> (line & 7)) & 1;
    ftdi_mpsse_end(&m);
    return rc;
}

static int gpio_write(const hal_gpio_dev_t *dev, uint32_t line, int value)
{
    ftdi_chan_t *c = chan(dev);
    ftdi_hint_clear();
    if (!claimed(c, line) || !((c->dir | c->od) & (1u << line)))
        return -EINVAL; /* not an output */
    int rc = ftdi_chan_ready(c);
    if (rc)
        return rc;
    hal_gpio_config_t cfg = {
        .direction = HAL_GPIO_OUTPUT,
        .drive = (c->od & (1u << line)) ? HAL_GPIO_OPEN_DRAIN : HAL_GPIO_PUSH_PULL,
        .value = (uint8_t)(value != 0),
    };
    shadow(c, line, &cfg);
    return send(c, line);
}

const hal_gpio_ops_t ftdi_gpio_ops = {
    .version = HAL_GPIO_OPS_V1,
    .claim = gpio_claim,
    .release = gpio_release,
    .reconfigure = gpio_reconfigure,
    .read = gpio_read,
    .write = gpio_write,
    .event_read = NULL, /* no edge interrupts on an MPSSE */
    .control = NULL,
};
