/*
 * SPI through the MPSSE (AN_114): SCK on ADBUS0 (TCK), MOSI on ADBUS1
 * (TDI/DO), MISO on ADBUS2 (TDO/DI), 2-phase clocking, 8-bit words, MSB
 * or LSB first.
 *
 * Modes: CPOL is the level SCK idles at (set with SET_BITS_LOW when the
 * mode changes, so it is right before the program lowers its chip
 * select); CPHA picks the edges of the clock-data commands. Data changes
 * on the edge the slave does not sample: modes 0 and 3 write on the
 * falling edge and read on the rising one (0x11 / 0x20 / 0x31), modes 1
 * and 2 the other way round (0x10 / 0x24 / 0x34). FTDI documents modes 0
 * and 2 as the MPSSE's; 1 and 3 rely on the command placing the first
 * bit before the first edge, as the emulator in tests/unit assumes.
 *
 * Chip select is the program's (a DigitalInOut, on any line); a transfer
 * with HAL_SPI_XFER_CS drives the board's cs= line of this channel low
 * around it (left low with _KEEP).
 *
 * A busio.SPI made without MOSI or MISO leaves that line to a
 * DigitalInOut: before each transfer the bus takes only the lines no GPIO
 * holds (a read without MOSI uses a read-only command; MOSI, when the bus
 * has it, always sends the fill byte while reading).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "ftdi.h"

static ftdi_chan_t *chan(const hal_spi_dev_t *dev)
{
    return dev->data;
}

static bool has_pin(const hal_spi_dev_t *dev, int role)
{
    const hal_board_bus_t *bus = dev->config;
    return bus->pins[role] != HAL_NO_PIN;
}

/* The bus lines no GPIO holds, as SCK out (at its idle level), MOSI out,
 * MISO in; true when that changed the shadows. */
static bool take_lines(const hal_spi_dev_t *dev, bool *mosi, bool *miso)
{
    ftdi_chan_t *c = chan(dev);
    uint16_t dir = c->dir, out = c->out;
    *mosi = has_pin(dev, HAL_SPI_PIN_MOSI) && !(c->gpio & FTDI_DO);
    *miso = has_pin(dev, HAL_SPI_PIN_MISO) && !(c->gpio & FTDI_DI);
    c->dir |= FTDI_SK;
    c->out = c->spi.polarity ? (uint16_t)(c->out | FTDI_SK) : (uint16_t)(c->out & ~FTDI_SK);
    if (*mosi)
        c->dir |= FTDI_DO;
    if (*miso)
        c->dir &= (uint16_t)~FTDI_DI;
    return dir != c->dir || out != c->out;
}

static int send_setup(const hal_spi_dev_t *dev)
{
    ftdi_chan_t *c = chan(dev);
    bool mosi, miso;
    take_lines(dev, &mosi, &miso);
    ftdi_mpsse_t m;
    ftdi_mpsse_begin(&m, c);
    ftdi_mpsse_clock_setup(&m);
    ftdi_mpsse_drive_zero(&m, 0);
    ftdi_mpsse_set_low(&m);
    int rc = ftdi_mpsse_run(&m);
    ftdi_mpsse_end(&m);
    return rc;
}

static int spi_configure(const hal_spi_dev_t *dev, const hal_spi_config_t *cfg, uint32_t *actual_hz)
{
    ftdi_chan_t *c = chan(dev);
    ftdi_hint_clear();
    if (cfg->bits != 8)
        return -EOPNOTSUPP;
    uint32_t hz;
    uint16_t div = ftdi_mpsse_divisor(cfg->baudrate, false, &hz);
    /* drivers configure before every transaction: only changes cost a
       USB write */
    if (div != c->divisor || cfg->polarity != c->spi.polarity || c->desync || !c->ctx) {
        int rc = ftdi_chan_ready(c);
        if (rc)
            return rc;
        uint16_t old_div = c->divisor;
        hal_spi_config_t old = c->spi;
        c->divisor = div;
        c->spi = *cfg;
        if ((rc = send_setup(dev)) != 0) {
            c->divisor = old_div;
            c->spi = old;
            return rc;
        }
    }
    c->spi = *cfg;
    c->bus_hz = hz;
    *actual_hz = hz;
    return 0;
}

/* Drive the board's chip select of this channel (low = selected). */
static void chip_select(ftdi_mpsse_t *m, bool selected)
{
    ftdi_chan_t *c = m->chan;
    if (c->cs_line < 0 || (c->gpio & (1u << c->cs_line)))
        return;
    uint16_t bit = (uint16_t)(1u << c->cs_line);
    c->dir |= bit;
    c->out = selected ? (uint16_t)(c->out & ~bit) : (uint16_t)(c->out | bit);
    if (c->cs_line < 8)
        ftdi_mpsse_set_low(m);
    else
        ftdi_mpsse_set_high(m);
}

/* The bytes MOSI sends for x: its data, or the fill byte repeated. */
static const uint8_t *source(const hal_spi_xfer_t *x, uint8_t **fill)
{
    if (x->tx)
        return x->tx;
    free(*fill);
    *fill = malloc(x->len);
    if (*fill)
        memset(*fill, (uint8_t)x->fill, x->len);
    return *fill;
}

static void queue(ftdi_mpsse_t *m, const hal_spi_xfer_t *x, bool mosi, bool miso)
{
    const ftdi_chan_t *c = m->chan;
    bool out_neg = c->spi.polarity == c->spi.phase; /* modes 0 and 3 */
    uint8_t order = c->spi.lsb_first ? FTDI_OP_LSB : 0;
    uint8_t wr = mosi ? (uint8_t)(FTDI_OP_DO_WRITE | (out_neg ? FTDI_OP_WRITE_NEG : 0)) : 0;
    uint8_t rd = miso && (x->rx || !mosi) ? (uint8_t)(FTDI_OP_DO_READ | (out_neg ? 0 : FTDI_OP_READ_NEG)) : 0;
    if (x->flags & HAL_SPI_XFER_CS)
        chip_select(m, true);
    if (x->len && (wr || rd)) {
        uint8_t *fill = NULL;
        const uint8_t *src = wr ? source(x, &fill) : NULL;
        if (wr && !src)
            m->err = m->err ? m->err : -ENOMEM;
        else
            ftdi_mpsse_bytes(m, (uint8_t)(wr | rd | order), src, x->len);
        free(fill);
    } else if (x->len) {
        /* neither line: just the clocks */
        for (size_t off = 0; off < x->len; off += 65536) {
            size_t k = x->len - off < 65536 ? x->len - off : 65536;
            uint8_t b[] = {FTDI_OP_CLOCK_BYTES, (uint8_t)(k - 1), (uint8_t)((k - 1) >> 8)};
            ftdi_mpsse_cmd(m, b, sizeof(b), 0, 8u * k);
        }
    }
    if ((x->flags & HAL_SPI_XFER_CS) && !(x->flags & HAL_SPI_XFER_CS_KEEP))
        chip_select(m, false);
}

static int spi_transfer(const hal_spi_dev_t *dev, const hal_spi_xfer_t *x, size_t n)
{
    ftdi_chan_t *c = chan(dev);
    ftdi_hint_clear();
    int rc = ftdi_chan_ready(c);
    if (rc)
        return rc;
    bool mosi, miso;
    ftdi_mpsse_t m;
    ftdi_mpsse_begin(&m, c);
    if (take_lines(dev, &mosi, &miso))
        ftdi_mpsse_set_low(&m);
    for (size_t i = 0; i < n; i++)
        queue(&m, &x[i], mosi, miso);
    rc = ftdi_mpsse_run(&m);
    /* the replies, in queue()'s order */
    const uint8_t *rx = m.rx;
    for (size_t i = 0; rc == 0 && i < n; i++) {
        if (!miso || !x[i].len || !(x[i].rx || !mosi))
            continue;
        if (x[i].rx)
            memcpy(x[i].rx, rx, x[i].len);
        rx += x[i].len;
    }
    ftdi_mpsse_end(&m);
    return rc;
}

static void release(ftdi_chan_t *c)
{
    c->bus = FTDI_BUS_NONE;
    uint16_t lines = FTDI_BUS_LINES;
    if (c->cs_line >= 0)
        lines |= (uint16_t)(1u << c->cs_line);
    c->dir &= (uint16_t)~(lines & ~c->gpio);
    c->cs_line = -1;
    if (c->ctx && !c->desync) {
        ftdi_mpsse_t m;
        ftdi_mpsse_begin(&m, c);
        ftdi_mpsse_set_low(&m);
        ftdi_mpsse_set_high(&m);
        (void)ftdi_mpsse_run(&m);
        ftdi_mpsse_end(&m);
    }
}

static int spi_close(const hal_spi_dev_t *dev)
{
    release(chan(dev));
    ftdi_hint_clear();
    return 0;
}

static const hal_spi_ops_t spi_ops = {
    .version = HAL_SPI_OPS_V1,
    .configure = spi_configure,
    .transfer = spi_transfer,
    .close = spi_close,
};

/* Is board pin `pin` line `want` of channel c (or no pin at all)? */
static bool on_line(hal_system_t *sys, int pin, const ftdi_chan_t *c, uint32_t want)
{
    uint32_t line;
    return pin == HAL_NO_PIN || (ftdi_chan_of_pin(sys, pin, &line) == c && line == want);
}

int ftdi_spi_open(hal_system_t *sys, const hal_board_bus_t *bus, hal_spi_dev_t *dev)
{
    ftdi_hint_clear();
    uint32_t line = 0;
    ftdi_chan_t *c = ftdi_chan_of_pin(sys, bus->pins[HAL_SPI_PIN_SCK], &line);
    if (!c || line != 0 || !on_line(sys, bus->pins[HAL_SPI_PIN_MOSI], c, 1) ||
        !on_line(sys, bus->pins[HAL_SPI_PIN_MISO], c, 2))
        return ftdi_hint(EINVAL, "SPI bus %s: the MPSSE's SCK, MOSI and MISO are ADBUS0-2 of one channel",
                         bus->name);
    if (c->bus != FTDI_BUS_NONE || (c->gpio & FTDI_SK))
        return -EBUSY;
    int rc = ftdi_chan_ready(c);
    if (rc)
        return rc;
    uint32_t cs;
    c->bus = FTDI_BUS_SPI;
    c->three_phase = false;
    c->drive_zero = 0;
    c->cs_line = ftdi_chan_of_pin(sys, bus->pins[HAL_SPI_PIN_CS], &cs) == c ? (int)cs : -1;
    c->spi = (hal_spi_config_t){.baudrate = 100000, .bits = 8};
    c->divisor = ftdi_mpsse_divisor(c->spi.baudrate, false, &c->bus_hz);
    hal_spi_dev_t d = {&spi_ops, bus, c};
    if ((rc = send_setup(&d)) != 0) {
        char hint[FTDI_HINT_MAX];
        hal_hint_t h = {-rc, hint, sizeof(hint)};
        bool had = ftdi_hint_take(&h) == 0;
        release(c);
        return had ? ftdi_hint(-rc, "%s", hint) : rc;
    }
    *dev = d;
    return 0;
}
