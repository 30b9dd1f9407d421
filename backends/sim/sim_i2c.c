/*
 * The sim backend's I2C buses (hal_i2c_ops_t): a transfer drives the
 * device models attached to the bus's SCL/SDA pins byte by byte, as the
 * wire would: START or repeated START with the address, ACK/NACK, data
 * bytes, STOP where hal.h puts one. Every message goes to the transaction
 * log and, with --trace, into the waveform.
 *
 * Errors as CircuitPython reports them: address not acknowledged
 * -ENODEV; data byte not acknowledged -EIO; injected TIMEOUT -ETIMEDOUT;
 * injected EIO and a stuck SDA -EIO (the controller cannot make a START).
 */
#include <errno.h>
#include <stdlib.h>

#include "sim_bus.h"

#define SIM_I2C_DEFAULT_HZ 100000u
#define SIM_I2C_MAX_HZ 3400000u /* high-speed mode */

typedef struct sim_i2c {
    hal_system_t *sys;
    int bus;     /* board bus index */
    int scl, sda; /* board pins */
    uint32_t hz;
} sim_i2c_t;

static sim_i2c_t *si(const hal_i2c_dev_t *dev)
{
    return dev->data;
}

/* STOP: every device on the bus that was addressed sees it. */
static void stop(sim_i2c_t *b)
{
    for (sim_dev_t *d = sim_dev_first(b->sys); d; d = d->next)
        if (d->cls->bus == HAL_BUS_I2C && d->pins[0] == b->scl && d->pins[1] == b->sda)
            sim_dev_i2c_stop(d);
}

static int bus_error(sim_i2c_t *b)
{
    switch (sim_bus_fault(b->sys, b->bus)) {
    case SIM_FAULT_NACK:
        return -ENODEV;
    case SIM_FAULT_TIMEOUT:
        return -ETIMEDOUT;
    case SIM_FAULT_EIO:
    case SIM_FAULT_STUCK:
        return -EIO;
    default:
        return 0;
    }
}

/* One message after its (repeated) START; *ack gets the address ACK,
 * *sent the data bytes moved. */
static int message(sim_i2c_t *b, hal_i2c_msg_t *m, int *ack, size_t *sent)
{
    bool rd = m->flags & HAL_I2C_READ;
    sim_dev_t *d = sim_dev_find_i2c(b->sys, b->scl, b->sda, m->addr);
    *ack = SIM_NACK;
    if (!d)
        return -ENODEV;
    int err = sim_dev_error(d);
    *ack = sim_dev_i2c_start(d, rd);
    sim_dev_fault_tick(d); /* a counted fault counts messages to d */
    if (*ack != SIM_ACK)
        return -ENODEV;
    if (err)
        return err;
    for (size_t i = 0; i < m->len; i++) {
        *sent = i + 1;
        if (rd)
            m->buf[i] = sim_dev_i2c_read(d);
        else if (sim_dev_i2c_write(d, m->buf[i]) != SIM_ACK)
            return -EIO;
    }
    return 0;
}

static int sim_transfer(const hal_i2c_dev_t *dev, hal_i2c_msg_t *msgs, size_t n)
{
    sim_i2c_t *b = si(dev);
    int *acks = calloc(n, sizeof(int));
    size_t *sent = calloc(n, sizeof(size_t));
    if (!acks || !sent) {
        free(acks);
        free(sent);
        return -ENOMEM;
    }
    int rc = bus_error(b);
    sim_bus_fault_tick(b->sys, b->bus);
    size_t done = 0;
    for (; rc == 0 && done < n; done++) {
        hal_i2c_msg_t *m = &msgs[done];
        rc = message(b, m, &acks[done], &sent[done]);
        sim_txlog_add(b->sys, b->sys->board->buses[b->bus].name, m->addr, m->flags & HAL_I2C_READ ? 'r' : 'w',
                      m->buf, sent[done], rc);
        if (rc == 0 && (!(m->flags & HAL_I2C_NOSTOP) || done + 1 == n))
            stop(b);
    }
    if (rc) {
        /* the controller ends a failed transaction with STOP */
        stop(b);
        if (done == 0)
            sim_txlog_add(b->sys, b->sys->board->buses[b->bus].name, msgs[0].addr,
                          msgs[0].flags & HAL_I2C_READ ? 'r' : 'w', NULL, 0, rc);
    }
    sim_trace_i2c(b->sys, b->bus, b->hz, msgs, done, acks, sent, rc);
    sim_log(b->sys, "sim: %s transfer of %zu message(s) at 0x%02x: %d", b->sys->board->buses[b->bus].name, n,
            msgs[0].addr, rc);
    free(acks);
    free(sent);
    return rc;
}

static int sim_probe(const hal_i2c_dev_t *dev, uint16_t addr)
{
    hal_i2c_msg_t m = {addr, 0, NULL, 0};
    int rc = sim_transfer(dev, &m, 1);
    return rc == -EIO ? -ENODEV : rc;
}

static int sim_set_frequency(const hal_i2c_dev_t *dev, uint32_t hz)
{
    if (hz == 0 || hz > SIM_I2C_MAX_HZ)
        return -EINVAL;
    si(dev)->hz = hz;
    return 0;
}

static int sim_get_frequency(const hal_i2c_dev_t *dev, uint32_t *hz)
{
    *hz = si(dev)->hz;
    return 0;
}

static int sim_close(const hal_i2c_dev_t *dev)
{
    free(dev->data);
    return 0;
}

static const hal_i2c_ops_t sim_i2c_ops = {
    .version = HAL_I2C_OPS_V1,
    .transfer = sim_transfer,
    .probe = sim_probe,
    .set_frequency = sim_set_frequency,
    .get_frequency = sim_get_frequency,
    .close = sim_close,
};

int sim_i2c_open(hal_system_t *sys, const hal_board_bus_t *bus, hal_i2c_dev_t *dev)
{
    int index = sim_bus_index(sys, bus, HAL_BUS_I2C);
    if (index < 0)
        return index;
    sim_i2c_t *b = calloc(1, sizeof(*b));
    if (!b)
        return -ENOMEM;
    *b = (sim_i2c_t){sys, index, bus->pins[HAL_I2C_PIN_SCL], bus->pins[HAL_I2C_PIN_SDA], SIM_I2C_DEFAULT_HZ};
    *dev = (hal_i2c_dev_t){&sim_i2c_ops, bus, b};
    return 0;
}
