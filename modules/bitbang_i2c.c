/*
 * A software I2C controller on two GPIO lines, as a hal_i2c_dev_t (see
 * bitbang.h).
 *
 * Electrical model: both lines are open drain; the board only ever pulls
 * a line low or lets it go, and pull-up resistors (on the device or the
 * board) raise it. A native line is an open-drain output (write 0 = pull
 * low, write 1 = let go, read = the line's real level); an emulated one
 * switches between an input (let go) and an output driving 0. Either way
 * the level is read back, which is how ACK bits, read data and clock
 * stretching are seen.
 *
 * Protocol (the I2C-bus specification, standard mode timing scaled by the
 * frequency): every bit is SDA set while SCL is low, SCL let go for half a
 * period (a device may hold it low: clock stretching, waited for up to
 * timeout_us, else -HAL_ETIMEDOUT), SCL low again. START is SDA falling
 * while SCL is high; STOP is SDA rising while SCL is high. Bytes go MSB
 * first and are followed by an acknowledge bit from the receiver (0 =
 * ACK). An address byte without ACK is -HAL_ENODEV; a data byte without
 * ACK is -HAL_EIO. Every failure still ends with a STOP so the bus is left
 * idle when the lines allow it.
 */
#include "bitbang.h"
#include "port.h"

#define TRY BITBANG_TRY

/* ---- lines ---- */

/* Let the line go (high) or pull it low. */
static int od_set(bitbang_od_t *l, int high)
{
    if (l->native)
        return hal_gpio_line_write(&l->gpio, high);
    hal_gpio_config_t let_go = {.direction = HAL_GPIO_INPUT};
    hal_gpio_config_t low = {.direction = HAL_GPIO_OUTPUT, .value = 0};
    const hal_gpio_config_t *c = high ? &let_go : &low;
    if (l->gpio.cfg.direction == c->direction)
        return 0;
    return hal_gpio_line_reconfigure(&l->gpio, c);
}

static int od_get(const bitbang_od_t *l, int *v)
{
    return hal_gpio_line_read(&l->gpio, v);
}

/* 0, or -HAL_EINTR when the program is interrupted: the transfer then
 * ends with a STOP (stop() goes on regardless). */
static int half(bitbang_i2c_t *b)
{
    return bitbang_pace_half(&b->pace);
}

/* A half period of the STOP, which is sent even after an interrupt: then
 * at standard-mode timing (5 us), which every device accepts, rather than
 * at a clock that may be arbitrarily slow. */
static void stop_half(bitbang_i2c_t *b)
{
    if (half(b) == 0)
        return;
    uint64_t due = port_ticks_ns() + 5000u;
    while (port_ticks_ns() < due) {
    }
}

/* Let SCL go and wait while a device stretches the clock. */
static int scl_high(bitbang_i2c_t *b)
{
    TRY(od_set(&b->scl, 1));
    uint64_t start = port_ticks_ns(), limit = (uint64_t)b->timeout_us * 1000u;
    for (;;) {
        int v = 0;
        TRY(od_get(&b->scl, &v));
        if (v)
            return 0;
        if (port_ticks_ns() - start > limit)
            return -HAL_ETIMEDOUT;
    }
}

/* ---- bits and conditions (each starts and ends with SCL low, except
 * start() entered from an idle bus and stop() leaving it idle) ---- */

static int start(bitbang_i2c_t *b)
{
    int sda = 0;
    TRY(od_set(&b->sda, 1));
    TRY(half(b));
    TRY(scl_high(b));
    TRY(half(b));
    TRY(od_get(&b->sda, &sda));
    if (!sda) /* a device holds SDA: the bus is not free */
        return -HAL_EIO;
    TRY(od_set(&b->sda, 0));
    TRY(half(b));
    return od_set(&b->scl, 0);
}

/* Lets SDA go even when SCL stays low, so a master that gave up on a
 * stretching device leaves both lines released. */
static int stop(bitbang_i2c_t *b)
{
    TRY(od_set(&b->sda, 0));
    stop_half(b);
    int rc = scl_high(b);
    stop_half(b);
    int rc2 = od_set(&b->sda, 1);
    stop_half(b);
    return rc ? rc : rc2;
}

static int write_bit(bitbang_i2c_t *b, int bit)
{
    TRY(od_set(&b->sda, bit));
    TRY(half(b));
    TRY(scl_high(b));
    TRY(half(b));
    return od_set(&b->scl, 0);
}

static int read_bit(bitbang_i2c_t *b, int *bit)
{
    TRY(od_set(&b->sda, 1));
    TRY(half(b));
    TRY(scl_high(b));
    TRY(half(b));
    TRY(od_get(&b->sda, bit));
    return od_set(&b->scl, 0);
}

/* *acked: the receiver pulled SDA low in the ninth clock. */
static int write_byte(bitbang_i2c_t *b, uint8_t byte, bool *acked)
{
    int nack = 1;
    for (int i = 7; i >= 0; i--)
        TRY(write_bit(b, (byte >> i) & 1));
    TRY(read_bit(b, &nack));
    *acked = !nack;
    return 0;
}

/* ack: acknowledge the byte (more to come), else NACK (the last one). */
static int read_byte(bitbang_i2c_t *b, uint8_t *byte, bool ack)
{
    unsigned v = 0;
    for (int i = 0; i < 8; i++) {
        int bit = 0;
        TRY(read_bit(b, &bit));
        v = (v << 1) | (unsigned)(bit != 0);
    }
    *byte = (uint8_t)v;
    return write_bit(b, !ack);
}

/* ---- transactions ---- */

static int message(bitbang_i2c_t *b, const hal_i2c_msg_t *m)
{
    bool rd = (m->flags & HAL_I2C_READ) != 0, acked = false;
    TRY(start(b));
    TRY(write_byte(b, (uint8_t)(m->addr << 1 | rd), &acked));
    if (!acked)
        return -HAL_ENODEV;
    if (rd && m->len == 0) { /* the device already drives data: take a byte, NACK it */
        uint8_t dummy;
        return read_byte(b, &dummy, false);
    }
    for (size_t i = 0; i < m->len; i++) {
        if (rd) {
            TRY(read_byte(b, &m->buf[i], i + 1 < m->len));
        } else {
            TRY(write_byte(b, m->buf[i], &acked));
            if (!acked)
                return -HAL_EIO;
        }
    }
    return 0;
}

/* hal_i2c_transfer_fn: a repeated START after a HAL_I2C_NOSTOP message,
 * a STOP after the others and the last. */
static int i2c_transfer(const hal_i2c_dev_t *dev, hal_i2c_msg_t *msgs, size_t n)
{
    bitbang_i2c_t *b = dev->data;
    for (size_t i = 0; i < n; i++) {
        int rc = message(b, &msgs[i]);
        if (rc) {
            (void)stop(b); /* best effort: the first error is the one to report */
            return rc;
        }
        if (i + 1 == n || !(msgs[i].flags & HAL_I2C_NOSTOP))
            TRY(stop(b));
    }
    return 0;
}

/* The lines are the caller's to release. */
static int i2c_close(const hal_i2c_dev_t *dev)
{
    (void)dev;
    return 0;
}

static const hal_i2c_ops_t i2c_ops = {
    .version = HAL_I2C_OPS_V1,
    .transfer = i2c_transfer,
    .close = i2c_close,
};

void bitbang_i2c_open(hal_i2c_dev_t *dev, bitbang_i2c_t *w, uint32_t hz, uint32_t timeout_us)
{
    w->timeout_us = timeout_us;
    bitbang_pace_init(&w->pace, &w->scl.gpio, hz);
    *dev = (hal_i2c_dev_t){&i2c_ops, NULL, w};
}
