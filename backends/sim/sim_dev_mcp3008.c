/*
 * MCP3008 8-channel 10-bit ADC (Microchip DS21295), SPI modes 0,0 / 1,1.
 *
 * Bit by bit, counted from chip select: leading zeros are ignored; the
 * first 1 clocked in is the start bit (clock s); then SGL/DIFF (s+1),
 * D2 D1 D0 (s+2..s+4); the sample ends at s+5; the device then drives a
 * null bit (s+6) and B9..B0 (s+7..s+16), and, while clocks continue,
 * B1..B9 again LSB first (B0 is shared) and zeros after. Before the null
 * bit MISO is high-impedance (reads 1 here: nothing pulls it down).
 * With adafruit_mcp3xxx's three bytes [0x01, SGL<<7 | ch<<4, 0] the
 * result lands in byte 1 bits 1..0 (B9 B8) and byte 2 (B7..B0).
 *
 * Code = floor(1024 * Vin / Vref), 0..1023. Pseudo-differential pairs
 * (SGL = 0, D2..D0 = 000: CH0+ CH1-, 001: CH0- CH1+, ...) read 0 when
 * IN+ is below IN-. Deselecting ends the conversion.
 * Test values: "ch0".."ch7" (volts, 0..Vref), "vref" (volts, default 3.3;
 * also the board-file argument `vref=5.0`).
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim_dev.h"

typedef struct mcp3008 {
    double ch[8];
    double vref;
    int clock;          /* clocks since the start bit; -1: waiting for it */
    uint8_t cmd;        /* SGL D2 D1 D0 as they arrive */
    uint16_t result;
} mcp3008_t;

static mcp3008_t *st(sim_dev_t *d)
{
    return d->state;
}

static int parse_vref(mcp3008_t *m, const char *s)
{
    char *end;
    double v = strtod(s, &end);
    if (end == s || *end || !(v > 0 && v <= 5.5))
        return -EINVAL;
    m->vref = v;
    return 0;
}

static int init(sim_dev_t *d, const char *const *args, size_t n)
{
    mcp3008_t *m = st(d);
    m->vref = 3.3;
    m->clock = -1;
    for (size_t i = 0; i < n; i++)
        if (strncmp(args[i], "vref=", 5) != 0 || parse_vref(m, args[i] + 5) != 0)
            return -EINVAL;
    return 0;
}

static uint16_t convert(const mcp3008_t *m)
{
    unsigned sel = m->cmd & 7;
    double v;
    if (m->cmd & 8) {
        v = m->ch[sel];
    } else {
        unsigned pair = sel & 6;
        v = sel & 1 ? m->ch[pair + 1] - m->ch[pair] : m->ch[pair] - m->ch[pair + 1];
    }
    double code = floor(1024.0 * v / m->vref);
    return (uint16_t)(code < 0 ? 0 : code > 1023 ? 1023 : code);
}

/* One clock: the bit the master sends in, the bit MISO shows. */
static int clock_bit(mcp3008_t *m, int in)
{
    if (m->clock < 0) {
        if (in)
            m->clock = 0; /* the start bit */
        return 1;
    }
    int c = ++m->clock;
    if (c <= 4) {
        m->cmd = (uint8_t)(m->cmd << 1 | in);
        if (c == 4)
            m->result = convert(m); /* sampled on D0's clock */
        return 1;
    }
    if (c == 5)
        return 1;
    if (c == 6)
        return 0; /* null bit */
    if (c <= 16)
        return m->result >> (16 - c) & 1;  /* B9 .. B0 */
    if (c <= 25)
        return m->result >> (c - 16) & 1;  /* B1 .. B9 */
    return 0;
}

static void spi_select(sim_dev_t *d, bool selected)
{
    mcp3008_t *m = st(d);
    (void)selected;
    m->clock = -1; /* both edges end (or begin) a conversion */
    m->cmd = 0;
}

static uint8_t spi_exchange(sim_dev_t *d, uint8_t mosi)
{
    uint8_t out = 0;
    for (int i = 7; i >= 0; i--)
        out = (uint8_t)(out << 1 | clock_bit(st(d), mosi >> i & 1));
    return out;
}

static int channel(const char *name)
{
    unsigned c;
    char end;
    if (sscanf(name, "ch%u%c", &c, &end) != 1 || c > 7 || strlen(name) != 3)
        return -1;
    return (int)c;
}

static int set(sim_dev_t *d, const char *name, double v)
{
    mcp3008_t *m = st(d);
    if (strcmp(name, "vref") == 0) {
        if (!(v > 0 && v <= 5.5))
            return -ERANGE;
        m->vref = v;
        return 0;
    }
    int c = channel(name);
    if (c < 0)
        return -ENOENT;
    if (!(v >= 0 && v <= m->vref))
        return -ERANGE;
    m->ch[c] = v;
    return 0;
}

static int get(sim_dev_t *d, const char *name, double *v)
{
    mcp3008_t *m = st(d);
    if (strcmp(name, "vref") == 0) {
        *v = m->vref;
        return 0;
    }
    int c = channel(name);
    if (c < 0)
        return -ENOENT;
    *v = m->ch[c];
    return 0;
}

const sim_dev_class_t sim_dev_mcp3008 = {
    .kind = "mcp3008",
    .bus = HAL_BUS_SPI,
    .state_size = sizeof(mcp3008_t),
    .init = init,
    .spi_select = spi_select,
    .spi_exchange = spi_exchange,
    .set = set,
    .get = get,
};
