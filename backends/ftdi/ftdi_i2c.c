/*
 * I2C through the MPSSE (AN_113's scheme): SCL on ADBUS0 (TCK, push-pull:
 * no clock stretching), SDA driven on ADBUS1 (TDI/DO) and read on ADBUS2
 * (TDO/DI), which the board ties together (the Adafruit breakout's I2C
 * switch).
 *
 *  - Clocking: 3-phase, so SDA changes only while SCL is low and holds
 *    for half a period after SCL falls; a bit then takes three half
 *    periods, so frequency f needs TCK = 1.5 f (ftdi_mpsse_divisor).
 *  - SDA is open-drain: released (ADBUS1 an input, the pull-ups make it
 *    1) whenever the master does not send a 0 and while the slave has the
 *    line (acknowledge slots, data being read). On the FT232H ADBUS1 is
 *    also in drive-zero mode (0x9E), so a 1 bit is never driven either;
 *    the FT2232H lacks that mode and drives the 1 bits of the bytes it
 *    writes while the slave only listens, except the last one, which the
 *    slave's acknowledge follows at once (write_byte).
 *  - START, repeated START and STOP are SET_BITS_LOW steps, each held
 *    for half a clock period by repeating it (hold()); SCL and SDA never
 *    change in the same step.
 *  - Bytes out: clock out 8 bits on the falling edge (0x11), release SDA,
 *    clock in the acknowledge bit on the rising edge (0x22). Bytes in:
 *    clock in 8 bits (0x20), then clock out ACK (SDA driven 0) or, after
 *    the last byte, NACK (SDA left released) (0x13).
 *
 * A transfer is one batch (ftdi_mpsse.c): every command of every message,
 * then one read of every acknowledge bit and data byte. So the bytes after
 * a NACK are still clocked (to nobody, for a missing device); the result
 * says what happened: -ENODEV for a NACKed address (as the Linux backend
 * and CircuitPython report a missing device), -EIO for a NACKed data byte.
 * A read reply's bit arrives in bit 0 (MSB-first bit input, AN_108).
 */
#include <errno.h>

#include "ftdi.h"

#define DEFAULT_HZ 100000u
/* One SET_BITS_LOW takes roughly this long in the MPSSE (AN_113 repeats
 * it four times for 600 ns). HOLD_MAX of them, 6 us, cover standard
 * mode's longest set-up time (4.7 us) however slow the clock. */
#define SETBITS_NS 150u
#define HOLD_MAX 40u

static ftdi_chan_t *chan(const hal_i2c_dev_t *dev)
{
    return dev->data;
}

/* SET_BITS_LOW repeats for half a clock period, at most HOLD_MAX (the
 * I2C set-up and hold times of START and STOP: 4.7 / 0.6 us at 100 / 400
 * kHz). */
static unsigned hold(const ftdi_chan_t *c)
{
    uint32_t half_ns = 500000000u / (c->bus_hz ? c->bus_hz : 1);
    unsigned n = (half_ns + SETBITS_NS - 1) / SETBITS_NS;
    return n < 1 ? 1 : n > HOLD_MAX ? HOLD_MAX : n;
}

/* SCL and SDA to the levels given (SDA 1 = released), held. */
static void lines(ftdi_mpsse_t *m, int scl, int sda, unsigned repeat)
{
    ftdi_chan_t *c = m->chan;
    c->dir |= FTDI_SK;
    c->dir &= (uint16_t)~FTDI_DI;
    c->out = scl ? (uint16_t)(c->out | FTDI_SK) : (uint16_t)(c->out & ~FTDI_SK);
    if (sda) {
        c->dir &= (uint16_t)~FTDI_DO;
        c->out |= FTDI_DO;
    } else {
        c->dir |= FTDI_DO;
        c->out &= (uint16_t)~FTDI_DO;
    }
    for (unsigned i = 0; i < repeat; i++)
        ftdi_mpsse_set_low(m);
}

static void start(ftdi_mpsse_t *m, unsigned h)
{
    lines(m, 1, 1, h);
    lines(m, 1, 0, h); /* SDA falls while SCL is high */
    lines(m, 0, 0, h);
}

/* From SCL low after an acknowledge slot. */
static void restart(ftdi_mpsse_t *m, unsigned h)
{
    lines(m, 0, 1, h);
    start(m, h);
}

static void stop(ftdi_mpsse_t *m, unsigned h)
{
    lines(m, 0, 0, h);
    lines(m, 1, 0, h);
    lines(m, 1, 1, h); /* SDA rises while SCL is high */
}

/* With SCL low: the byte, then its acknowledge bit (one reply byte).
 * Without drive-zero mode the last bit, which the slave's acknowledge
 * follows at once, goes out with SDA released when it is a 1, so the
 * master never drives SDA high while the slave pulls it low. */
static void write_byte(ftdi_mpsse_t *m, uint8_t b)
{
    ftdi_chan_t *c = m->chan;
    c->dir |= FTDI_DO;
    c->out &= (uint16_t)~FTDI_DO;
    ftdi_mpsse_set_low(m);
    if (c->drive_zero & FTDI_DO) {
        ftdi_mpsse_bytes(m, FTDI_OP_DO_WRITE | FTDI_OP_WRITE_NEG, &b, 1);
    } else {
        ftdi_mpsse_bits(m, FTDI_OP_DO_WRITE | FTDI_OP_WRITE_NEG, b, 7);
        if (b & 1) {
            c->dir &= (uint16_t)~FTDI_DO;
            ftdi_mpsse_set_low(m);
        }
        ftdi_mpsse_bits(m, FTDI_OP_DO_WRITE | FTDI_OP_WRITE_NEG, (uint8_t)(b << 7), 1);
    }
    c->dir &= (uint16_t)~FTDI_DO;
    ftdi_mpsse_set_low(m);
    ftdi_mpsse_bits(m, FTDI_OP_DO_READ, 0, 1);
}

/* With SCL low and SDA released: a byte in (one reply byte), then ACK,
 * or NACK for the last one. */
static void read_byte(ftdi_mpsse_t *m, bool last)
{
    ftdi_chan_t *c = m->chan;
    ftdi_mpsse_bytes(m, FTDI_OP_DO_READ, NULL, 1);
    if (last) {
        ftdi_mpsse_bits(m, FTDI_OP_DO_WRITE | FTDI_OP_WRITE_NEG, 0x80, 1);
        return;
    }
    c->dir |= FTDI_DO;
    c->out &= (uint16_t)~FTDI_DO;
    ftdi_mpsse_set_low(m);
    ftdi_mpsse_bits(m, FTDI_OP_DO_WRITE | FTDI_OP_WRITE_NEG, 0x00, 1);
    c->dir &= (uint16_t)~FTDI_DO;
    ftdi_mpsse_set_low(m);
}

static void queue(ftdi_mpsse_t *m, const hal_i2c_msg_t *msgs, size_t n)
{
    unsigned h = hold(m->chan);
    start(m, h);
    for (size_t i = 0; i < n; i++) {
        const hal_i2c_msg_t *g = &msgs[i];
        bool rd = g->flags & HAL_I2C_READ;
        if (i > 0 && (msgs[i - 1].flags & HAL_I2C_NOSTOP))
            restart(m, h);
        else if (i > 0) {
            stop(m, h);
            start(m, h);
        }
        write_byte(m, (uint8_t)(g->addr << 1 | (rd ? 1 : 0)));
        /* a read of nothing still takes a byte, NACKed, so the slave lets
           go of SDA for the STOP */
        for (size_t j = 0; rd && j < (g->len ? g->len : 1); j++)
            read_byte(m, j + 1 >= g->len);
        for (size_t j = 0; !rd && j < g->len; j++)
            write_byte(m, g->buf[j]);
    }
    stop(m, h);
}

/* Walk the replies in queue()'s order: acknowledge bits (1 = NACK) and
 * data. The first failure decides the result. */
static int results(const uint8_t *rx, hal_i2c_msg_t *msgs, size_t n)
{
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        hal_i2c_msg_t *g = &msgs[i];
        bool rd = g->flags & HAL_I2C_READ;
        if ((*rx++ & 1) && rc == 0)
            rc = -ENODEV;
        if (rd) {
            for (size_t j = 0; j < g->len; j++)
                g->buf[j] = *rx++;
            rx += g->len ? 0 : 1;
        } else {
            for (size_t j = 0; j < g->len; j++)
                if ((*rx++ & 1) && rc == 0)
                    rc = -EIO;
        }
    }
    return rc;
}

static int i2c_transfer(const hal_i2c_dev_t *dev, hal_i2c_msg_t *msgs, size_t n)
{
    ftdi_chan_t *c = chan(dev);
    ftdi_hint_clear();
    int rc = ftdi_chan_ready(c);
    if (rc)
        return rc;
    ftdi_mpsse_t m;
    ftdi_mpsse_begin(&m, c);
    queue(&m, msgs, n);
    rc = ftdi_mpsse_run(&m);
    if (rc == 0)
        rc = results(m.rx, msgs, n);
    ftdi_mpsse_end(&m);
    return rc;
}

/* Send the clock set-up (divisor, 3-phase) and the idle bus. */
static int send_setup(ftdi_chan_t *c)
{
    ftdi_mpsse_t m;
    ftdi_mpsse_begin(&m, c);
    ftdi_mpsse_clock_setup(&m);
    ftdi_mpsse_drive_zero(&m, c->drive_zero);
    if (c->bus == FTDI_BUS_I2C)
        lines(&m, 1, 1, 1);
    else
        ftdi_mpsse_set_low(&m);
    int rc = ftdi_mpsse_run(&m);
    ftdi_mpsse_end(&m);
    return rc;
}

static int i2c_set_frequency(const hal_i2c_dev_t *dev, uint32_t hz)
{
    ftdi_chan_t *c = chan(dev);
    ftdi_hint_clear();
    int rc = ftdi_chan_ready(c);
    if (rc)
        return rc;
    c->divisor = ftdi_mpsse_divisor(hz, true, &c->bus_hz);
    return send_setup(c);
}

static int i2c_get_frequency(const hal_i2c_dev_t *dev, uint32_t *hz)
{
    *hz = chan(dev)->bus_hz;
    return 0;
}

/* The lines become inputs again; the clocking modes return to normal. */
static void release(ftdi_chan_t *c)
{
    c->bus = FTDI_BUS_NONE;
    c->three_phase = false;
    c->drive_zero = 0;
    c->dir &= (uint16_t)~(FTDI_BUS_LINES & ~c->gpio);
    if (c->ctx && !c->desync)
        (void)send_setup(c);
}

static int i2c_close(const hal_i2c_dev_t *dev)
{
    release(chan(dev));
    ftdi_hint_clear();
    return 0;
}

static const hal_i2c_ops_t i2c_ops = {
    .version = HAL_I2C_OPS_V1,
    .transfer = i2c_transfer,
    .probe = NULL, /* the dispatcher's zero-length write */
    .set_frequency = i2c_set_frequency,
    .get_frequency = i2c_get_frequency,
    .close = i2c_close,
};

int ftdi_i2c_open(hal_system_t *sys, const hal_board_bus_t *bus, hal_i2c_dev_t *dev)
{
    ftdi_hint_clear();
    uint32_t scl = 0, sda = 0;
    ftdi_chan_t *c = ftdi_chan_of_pin(sys, bus->pins[HAL_I2C_PIN_SCL], &scl);
    if (!c || ftdi_chan_of_pin(sys, bus->pins[HAL_I2C_PIN_SDA], &sda) != c || scl != 0 || sda != 1)
        return ftdi_hint(EINVAL, "I2C bus %s: the MPSSE's SCL is ADBUS0 and its SDA ADBUS1 of one channel",
                         bus->name);
    if (c->bus != FTDI_BUS_NONE)
        return -EBUSY;
    if (c->gpio & FTDI_BUS_LINES)
        return ftdi_hint(EBUSY, "I2C needs ADBUS2 (SDA in), which a DigitalInOut holds");
    int rc = ftdi_chan_ready(c);
    if (rc)
        return rc;
    c->bus = FTDI_BUS_I2C;
    c->three_phase = true;
    c->drive_zero = ftdi_chan_has_drive_zero(c) ? FTDI_DO : 0;
    c->divisor = ftdi_mpsse_divisor(DEFAULT_HZ, true, &c->bus_hz);
    rc = send_setup(c);
    if (rc) {
        char hint[FTDI_HINT_MAX];
        hal_hint_t h = {-rc, hint, sizeof(hint)};
        bool had = ftdi_hint_take(&h) == 0;
        release(c);
        return had ? ftdi_hint(-rc, "%s", hint) : rc;
    }
    *dev = (hal_i2c_dev_t){&i2c_ops, bus, c};
    return 0;
}
