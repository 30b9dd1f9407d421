/*
 * A software SPI controller on up to three GPIO lines (clock, MOSI, MISO;
 * chip select is the program's), as a hal_spi_dev_t (see bitbang.h).
 *
 * Lines: the clock and MOSI are push-pull outputs, MISO an input. The
 * clock idles at `polarity`. Words go MSB first; each bit takes one clock
 * period:
 *  - phase 0: MOSI is set half a period before the leading edge (idle ->
 *    active), where both sides sample; the trailing edge shifts;
 *  - phase 1: the leading edge shifts (MOSI is set just after it); both
 *    sides sample at the trailing edge.
 * MISO is read just before the trailing edge in both modes: that is the
 * sampling point for phase 1, and for phase 0 the latest moment before the
 * device shifts, which gives a device the most set-up time.
 * Words wider than 8 bits occupy two bytes of the buffer, little-endian
 * (as Linux spidev lays them out); the bits above the word are sent as 0
 * and read as 0.
 */
#include "bitbang.h"

#define TRY BITBANG_TRY

/* One word of cfg.bits bits out and in, MSB first. */
static int word(bitbang_spi_t *s, unsigned out, unsigned *in)
{
    hal_gpio_line_t *sck = &s->line[BITBANG_SCK], *mosi = &s->line[BITBANG_MOSI], *miso = &s->line[BITBANG_MISO];
    unsigned v = 0;
    for (int i = s->cfg.bits - 1; i >= 0; i--) {
        int bit = (out >> i) & 1, got = 0;
        if (!s->cfg.phase && mosi->claimed)
            TRY(hal_gpio_line_write(mosi, bit));
        TRY(bitbang_pace_half(&s->pace));
        TRY(hal_gpio_line_write(sck, !s->cfg.polarity));
        if (s->cfg.phase && mosi->claimed)
            TRY(hal_gpio_line_write(mosi, bit));
        TRY(bitbang_pace_half(&s->pace));
        if (miso->claimed)
            TRY(hal_gpio_line_read(miso, &got));
        TRY(hal_gpio_line_write(sck, s->cfg.polarity));
        v = (v << 1) | (unsigned)(got != 0);
    }
    *in = v;
    return 0;
}

/* x->len bytes from x->tx (or x->fill for every word when tx is NULL)
 * while reading into x->rx (or discarding when NULL). A transfer cut short
 * (Ctrl-C: -HAL_EINTR, or a GPIO error) leaves the clock at its idle
 * level. */
static int exchange(bitbang_spi_t *s, const hal_spi_xfer_t *x)
{
    size_t w = s->cfg.bits > 8 ? 2 : 1;
    if (x->len % w)
        return -HAL_EINVAL;
    for (size_t i = 0; i < x->len; i += w) {
        unsigned out = x->fill, in = 0;
        if (x->tx)
            out = w == 2 ? (unsigned)(x->tx[i] | x->tx[i + 1] << 8) : x->tx[i];
        int rc = word(s, out & ((1u << s->cfg.bits) - 1), &in);
        if (rc) {
            (void)hal_gpio_line_write(&s->line[BITBANG_SCK], s->cfg.polarity);
            return rc;
        }
        if (x->rx) {
            x->rx[i] = (uint8_t)in;
            if (w == 2)
                x->rx[i + 1] = (uint8_t)(in >> 8);
        }
    }
    return 0;
}

static int spi_configure(const hal_spi_dev_t *dev, const hal_spi_config_t *cfg, uint32_t *actual_hz)
{
    bitbang_spi_t *s = dev->data;
    if (cfg->bits > 16 || cfg->lsb_first)
        return -HAL_ENOTSUP;
    TRY(hal_gpio_line_write(&s->line[BITBANG_SCK], cfg->polarity));
    s->cfg = *cfg;
    bitbang_pace_init(&s->pace, &s->line[BITBANG_SCK], cfg->baudrate);
    *actual_hz = cfg->baudrate;
    return 0;
}

static int spi_transfer(const hal_spi_dev_t *dev, const hal_spi_xfer_t *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        TRY(exchange(dev->data, &x[i]));
    return 0;
}

/* The lines are the caller's to release. */
static int spi_close(const hal_spi_dev_t *dev)
{
    (void)dev;
    return 0;
}

static const hal_spi_ops_t spi_ops = {
    .version = HAL_SPI_OPS_V1,
    .configure = spi_configure,
    .transfer = spi_transfer,
    .close = spi_close,
};

void bitbang_spi_open(hal_spi_dev_t *dev, bitbang_spi_t *w)
{
    *dev = (hal_spi_dev_t){&spi_ops, NULL, w};
}
