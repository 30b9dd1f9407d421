/*
 * The sim backend's SPI buses (hal_spi_ops_t). A device hangs on the bus
 * (its SCK pin) and is selected while its chip-select line is low: a GPIO
 * the program drives (digitalio, as adafruit_bus_device does), or the
 * bus's own cs pin for transfers with HAL_SPI_XFER_CS. Each byte goes to
 * every selected device; MISO is the AND of what they drive (an unselected
 * bus reads 0xff: nobody drives it, a pull-up holds it high).
 *
 * Devices see bytes MSB first whatever the mode: with lsb_first the bytes
 * are bit-reversed on the wire. CPOL/CPHA only shape the --trace waveform
 * (every model here works in modes 0 and 3 alike).
 */
#include <errno.h>
#include <stdlib.h>

#include "sim_bus.h"

#define SIM_SPI_MAX_HZ 50000000u

typedef struct sim_spi {
    hal_system_t *sys;
    int bus;
    int sck, cs;      /* board pins (cs: HAL_NO_PIN when the bus has none) */
    hal_spi_config_t cfg;
    uint32_t hz;
    bool hw_cs;       /* the bus's cs is asserted (HAL_SPI_XFER_CS_KEEP) */
} sim_spi_t;

static sim_spi_t *ss(const hal_spi_dev_t *dev)
{
    return dev->data;
}

static int sim_configure(const hal_spi_dev_t *dev, const hal_spi_config_t *cfg, uint32_t *actual_hz)
{
    if (cfg->bits != 8)
        return -EOPNOTSUPP;
    sim_spi_t *b = ss(dev);
    b->cfg = *cfg;
    b->hz = cfg->baudrate > SIM_SPI_MAX_HZ ? SIM_SPI_MAX_HZ : cfg->baudrate;
    *actual_hz = b->hz;
    return 0;
}

static uint8_t reverse(uint8_t v)
{
    v = (uint8_t)((v & 0xf0) >> 4 | (v & 0x0f) << 4);
    v = (uint8_t)((v & 0xcc) >> 2 | (v & 0x33) << 2);
    return (uint8_t)((v & 0xaa) >> 1 | (v & 0x55) << 1);
}

static void hw_select(sim_spi_t *b, bool on)
{
    b->hw_cs = on;
    sim_dev_t *d = sim_dev_find_spi(b->sys, b->cs);
    if (!d)
        return;
    /* released: the device follows its line again (the program may drive
     * the same pin as a GPIO) */
    int level = 1, driven = -1;
    uint32_t line;
    const hal_gpio_dev_t *g = on ? NULL : sim_pin_gpio(b->sys, b->cs, &line);
    if (g)
        sim_gpio_peek(g, line, &level, &driven);
    sim_dev_spi_select(d, on || level == 0);
}

/* One byte on the wire: what comes back on MISO. */
static uint8_t exchange(sim_spi_t *b, uint8_t out, int fault, int *err)
{
    uint8_t wire = b->cfg.lsb_first ? reverse(out) : out, in = 0xff;
    for (sim_dev_t *d = sim_dev_first(b->sys); d; d = d->next) {
        if (d->cls->bus != HAL_BUS_SPI || d->pins[0] != b->sck || !d->selected)
            continue;
        in &= sim_dev_spi_exchange(d, wire);
        if (!*err)
            *err = sim_dev_error(d);
    }
    if (fault == SIM_FAULT_STUCK)
        in = 0;
    else if (fault == SIM_FAULT_NACK)
        in = 0xff;
    return b->cfg.lsb_first ? reverse(in) : in;
}

static uint16_t selected_cs(sim_spi_t *b)
{
    for (sim_dev_t *d = sim_dev_first(b->sys); d; d = d->next)
        if (d->cls->bus == HAL_BUS_SPI && d->pins[0] == b->sck && d->selected)
            return (uint16_t)d->pins[1];
    return 0xffff;
}

static void tick_selected(sim_spi_t *b)
{
    for (sim_dev_t *d = sim_dev_first(b->sys); d; d = d->next)
        if (d->cls->bus == HAL_BUS_SPI && d->pins[0] == b->sck && d->selected)
            sim_dev_fault_tick(d);
}

static int one(sim_spi_t *b, const hal_spi_xfer_t *x, int fault)
{
    uint8_t *mosi = malloc(x->len + 1), *miso = malloc(x->len + 1);
    if (!mosi || !miso) {
        free(mosi);
        free(miso);
        return -ENOMEM;
    }
    bool begin = (x->flags & HAL_SPI_XFER_CS) && !b->hw_cs && b->cs != HAL_NO_PIN;
    if (begin)
        hw_select(b, true);
    int err = 0;
    for (size_t i = 0; i < x->len; i++) {
        mosi[i] = x->tx ? x->tx[i] : x->fill;
        miso[i] = exchange(b, mosi[i], fault, &err);
    }
    if (x->rx && !err)
        for (size_t i = 0; i < x->len; i++)
            x->rx[i] = miso[i];
    const char *name = b->sys->board->buses[b->bus].name;
    uint16_t cs = selected_cs(b);
    if (x->tx || !x->rx)
        sim_txlog_add(b->sys, name, cs, 'w', mosi, err ? 0 : x->len, err);
    if (x->rx)
        sim_txlog_add(b->sys, name, cs, 'r', miso, err ? 0 : x->len, err);
    tick_selected(b);
    bool end = b->hw_cs && !(x->flags & HAL_SPI_XFER_CS_KEEP);
    uint8_t mode = (uint8_t)(b->cfg.polarity << 1 | b->cfg.phase);
    sim_trace_spi(b->sys, b->bus, b->hz, mode, begin, end, mosi, miso, x->len);
    if (end)
        hw_select(b, false);
    free(mosi);
    free(miso);
    return err;
}

static int sim_transfer(const hal_spi_dev_t *dev, const hal_spi_xfer_t *x, size_t n)
{
    sim_spi_t *b = ss(dev);
    int fault = sim_bus_fault(b->sys, b->bus), rc = 0;
    sim_bus_fault_tick(b->sys, b->bus);
    if (fault == SIM_FAULT_TIMEOUT)
        rc = -ETIMEDOUT;
    else if (fault == SIM_FAULT_EIO)
        rc = -EIO;
    if (rc)
        sim_txlog_add(b->sys, b->sys->board->buses[b->bus].name, selected_cs(b), 'w', NULL, 0, rc);
    for (size_t i = 0; rc == 0 && i < n; i++)
        rc = one(b, &x[i], fault);
    if (rc && b->hw_cs)
        hw_select(b, false);
    return rc;
}

static int sim_close(const hal_spi_dev_t *dev)
{
    sim_spi_t *b = ss(dev);
    if (b->hw_cs)
        hw_select(b, false);
    free(b);
    return 0;
}

static const hal_spi_ops_t sim_spi_ops = {
    .version = HAL_SPI_OPS_V1,
    .configure = sim_configure,
    .transfer = sim_transfer,
    .close = sim_close,
};

int sim_spi_open(hal_system_t *sys, const hal_board_bus_t *bus, hal_spi_dev_t *dev)
{
    int index = sim_bus_index(sys, bus, HAL_BUS_SPI);
    if (index < 0)
        return index;
    sim_spi_t *b = calloc(1, sizeof(*b));
    if (!b)
        return -ENOMEM;
    b->sys = sys;
    b->bus = index;
    b->sck = bus->pins[HAL_SPI_PIN_SCK];
    b->cs = bus->pins[HAL_SPI_PIN_CS];
    b->cfg = (hal_spi_config_t){100000, 0, 0, 8, 0};
    b->hz = 100000;
    *dev = (hal_spi_dev_t){&sim_spi_ops, bus, b};
    return 0;
}
