/*
 * The wire-level decoder (sim_wire.h): a line listener that turns edges on
 * the pins of simulated bus devices into sim_dev_* calls and drives the
 * device's answers onto the lines (sim_gpio_set_device_drive).
 *
 * I2C, per (SCL, SDA) pin pair that has devices:
 *  - SDA falling while SCL is high is a START (or repeated START), SDA
 *    rising while SCL is high a STOP;
 *  - the receiver samples SDA on SCL rising edges; the device changes SDA
 *    only right after SCL falls, so it never makes a START or STOP itself;
 *  - after the 8th bit of the address byte the addressed device (if any)
 *    pulls SDA low for the 9th clock (ACK); the same after each byte
 *    written to it that it acknowledges;
 *  - reading, the device puts each bit on SDA after SCL falls (a 1 lets
 *    the line go, a 0 pulls it low), lets go for the master's ACK/NACK,
 *    and after an ACK sends the next byte; after a NACK it waits for the
 *    STOP or repeated START;
 *  - faults, the device's or (overriding it) its board bus's, as the
 *    wire can show them: NACK, the address is not acknowledged; TIMEOUT,
 *    the device stretches the clock: after acknowledging its address it
 *    holds SCL low until the master gives up, which it sees as SDA
 *    changing while the board has let SCL go (the master, timed out
 *    waiting for SCL, sending its STOP; a master setting up its next bit
 *    changes SDA while it still pulls SCL low); EIO, the device
 *    acknowledges its address but no data byte written to it (a message
 *    that only reads cannot fail on the wire: it gets the data); STUCK
 *    is sim_world's SDA held low. A counted fault counts messages.
 * Each message (address to STOP / repeated START) goes to the transaction
 * log under the bus name "SCL/SDA" (primary pin names, e.g. "D5/D6").
 *
 * SPI, per device (its chip select): while CS is low the device samples
 * MOSI on every SCK rising edge and changes MISO on every falling edge;
 * the first bit is on MISO as soon as CS falls. That is SPI modes 0 and 3
 * (whichever the clock idles at), the modes every model here supports; a
 * master in mode 1 or 2 reads garbage, as from the real chip. MOSI and
 * MISO are the pins of the board bus the device hangs on. A byte is
 * committed with one sim_dev_spi_exchange() after its 8th bit; the MISO
 * bits before that come from evaluating the exchange on a copy of the
 * device's state with the bits received so far (sim_dev.h: an output bit
 * may only depend on earlier input bits, and a model keeps what the
 * exchange changes in its state). Each selection is logged as 'w' (MOSI)
 * and 'r' (MISO as the wire carried it) under "SCK/MOSI/MISO" pin names.
 * SPI has no acknowledge, so of the faults only NACK (the device does
 * not answer: MISO all ones, as busio reads it) and the bus's STUCK (the
 * device lets go of MISO, which sim_world holds low) show on the wire;
 * TIMEOUT and EIO are for busio to report.
 *
 * Events come in order through sim_world's queue, also the ones our own
 * drives cause; the decoder keeps the last level it was told of each
 * line, so it sees every edge exactly once and in order. Devices are
 * looked up on every use, never kept: one detached in the middle of a
 * message lets go of the lines at the next edge.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim_bus.h"
#include "sim_dev.h"
#include "sim_wire.h"

enum { I_IDLE, I_ADDR, I_WRITE, I_ACK_OUT, I_READ, I_ACK_IN, I_IGNORE };

typedef struct bytes {
    uint8_t *data;
    size_t len, cap;
} bytes_t;

typedef struct i2c_dec {
    int scl, sda;          /* board pins */
    int8_t lv_scl, lv_sda; /* last levels we were told of */
    int8_t drv_scl;        /* what the board drives on SCL: -1 nothing, 0 */
    uint8_t state;         /* I_* */
    uint8_t bits;          /* bits of the current byte so far */
    uint8_t shift;         /* byte being received or sent */
    bool next_read;        /* I_ACK_OUT: reading follows (else writing) */
    bool stretch;          /* hold SCL low after this ACK (TIMEOUT fault) */
    bool refuse;           /* NACK every data byte written (EIO fault) */
    bool stretching;       /* holding SCL low now */
    bool master_ack;       /* I_ACK_IN: the master acknowledged */
    bool in_msg;           /* a message is open (for the log) */
    bool rd;
    uint16_t addr;
    int result;
    bytes_t msg;
    char name[40];
} i2c_dec_t;

typedef struct spi_dec {
    int cs, sck, mosi, miso; /* board pins (HAL_NO_PIN: none) */
    int8_t lv_sck;
    bool active;             /* selected, as far as we decode */
    uint8_t nbits, in, seen; /* bits of the current byte: MOSI, MISO */
    bytes_t tx, rx;
    char name[48];
} spi_dec_t;

struct sim_wire {
    hal_system_t *sys;
    i2c_dec_t *i2c;
    size_t n_i2c;
    spi_dec_t *spi;
    size_t n_spi;
    uint8_t *scratch; /* copy of a device's state while speculating */
    size_t scratch_size;
};

/* ---- helpers ---- */

/* The level of board pin now and what the board drives on it (-1: none). */
static int peek2(const hal_system_t *sys, int pin, int *level, int *driven)
{
    const hal_board_pin_t *p = pin >= 0 && (size_t)pin < sys->board->n_pins ? &sys->board->pins[pin] : NULL;
    *level = 0;
    *driven = -1;
    if (!p || !sys->gpio[p->chip].ops)
        return -EINVAL;
    return sim_gpio_peek(&sys->gpio[p->chip], p->line, level, driven);
}

static int peek(const hal_system_t *sys, int pin, int *level)
{
    int driven;
    return peek2(sys, pin, level, &driven);
}

/* The device's drive on pin: 0/1, or -1 to let go. */
static void drive(const hal_system_t *sys, int pin, int level)
{
    if (pin < 0 || (size_t)pin >= sys->board->n_pins)
        return;
    const hal_board_pin_t *p = &sys->board->pins[pin];
    if (sys->gpio[p->chip].ops)
        sim_gpio_set_device_drive(&sys->gpio[p->chip], p->line, level);
}

static const char *pin_name(const hal_board_t *b, int pin)
{
    for (size_t i = 0; i < b->n_names; i++)
        if (b->names[i].pin == pin)
            return b->names[i].name;
    return b->pins[pin].chip_name;
}

static void bytes_add(bytes_t *b, uint8_t v)
{
    if (b->len == b->cap) {
        size_t cap = b->cap ? 2 * b->cap : 16;
        uint8_t *d = realloc(b->data, cap);
        if (!d)
            return; /* the log loses a byte; the bus goes on */
        b->data = d;
        b->cap = cap;
    }
    b->data[b->len++] = v;
}

/* The fault d shows on the wire: its board bus's, else its own. */
static int wire_fault(const sim_dev_t *d)
{
    int bus = d->bus >= 0 ? sim_bus_fault(d->sys, d->bus) : SIM_FAULT_NONE;
    return bus != SIM_FAULT_NONE ? bus : d->fault;
}

/* One message reached d: counted faults count down. */
static void fault_tick(sim_dev_t *d)
{
    sim_dev_fault_tick(d);
    if (d->bus >= 0)
        sim_bus_fault_tick(d->sys, d->bus);
}

/* ---- I2C ---- */

static sim_dev_t *i2c_dev(sim_wire_t *w, i2c_dec_t *c)
{
    return sim_dev_find_i2c(w->sys, c->scl, c->sda, c->addr);
}

static void sda_bit(sim_wire_t *w, i2c_dec_t *c, int bit)
{
    drive(w->sys, c->sda, bit ? -1 : 0);
}

static void let_go(sim_wire_t *w, i2c_dec_t *c)
{
    drive(w->sys, c->sda, -1);
    if (c->stretching)
        drive(w->sys, c->scl, -1);
    c->stretching = false;
}

static void end_message(sim_wire_t *w, i2c_dec_t *c)
{
    if (!c->in_msg)
        return;
    sim_txlog_add(w->sys, c->name, c->addr, c->rd ? 'r' : 'w', c->msg.data, c->msg.len, c->result);
    sim_log(w->sys, "sim: %s wire message at 0x%02x: %d", c->name, c->addr, c->result);
    c->in_msg = false;
    c->msg.len = 0;
}

static void on_start(sim_wire_t *w, i2c_dec_t *c)
{
    end_message(w, c);
    let_go(w, c);
    c->state = I_ADDR;
    c->bits = c->shift = 0;
}

static void on_stop(sim_wire_t *w, i2c_dec_t *c)
{
    end_message(w, c);
    let_go(w, c);
    for (sim_dev_t *d = sim_dev_first(w->sys); d; d = d->next)
        if (d->cls->bus == HAL_BUS_I2C && d->pins[0] == c->scl && d->pins[1] == c->sda)
            sim_dev_i2c_stop(d);
    c->state = I_IDLE;
}

static void address(sim_wire_t *w, i2c_dec_t *c)
{
    c->addr = c->shift >> 1;
    c->rd = c->shift & 1;
    c->in_msg = true;
    c->result = 0;
    c->msg.len = 0;
    sim_dev_t *d = i2c_dev(w, c);
    int ack = SIM_NACK;
    if (d) {
        int fault = wire_fault(d);
        c->stretch = fault == SIM_FAULT_TIMEOUT;
        c->refuse = fault == SIM_FAULT_EIO;
        if (fault != SIM_FAULT_NACK)
            ack = sim_dev_i2c_start(d, c->rd);
        fault_tick(d);
    }
    if (ack != SIM_ACK) {
        c->result = -ENODEV;
        c->state = I_IGNORE;
        return;
    }
    sda_bit(w, c, 0);
    c->next_read = c->rd;
    c->state = I_ACK_OUT;
}

static void written(sim_wire_t *w, i2c_dec_t *c)
{
    sim_dev_t *d = i2c_dev(w, c);
    bytes_add(&c->msg, c->shift);
    if (!d || c->refuse || sim_dev_i2c_write(d, c->shift) != SIM_ACK) {
        c->result = -EIO;
        c->state = I_IGNORE;
        return;
    }
    sda_bit(w, c, 0);
    c->next_read = false;
    c->state = I_ACK_OUT;
}

/* Fetch the next byte for the master and put its first bit on SDA. */
static void send_byte(sim_wire_t *w, i2c_dec_t *c)
{
    sim_dev_t *d = i2c_dev(w, c);
    if (!d) {
        let_go(w, c);
        c->state = I_IGNORE;
        return;
    }
    c->shift = sim_dev_i2c_read(d);
    bytes_add(&c->msg, c->shift);
    c->bits = 0;
    sda_bit(w, c, c->shift & 0x80);
    c->state = I_READ;
}

static void on_rise(i2c_dec_t *c)
{
    if (c->state == I_ADDR || c->state == I_WRITE) {
        c->shift = (uint8_t)(c->shift << 1 | (c->lv_sda != 0));
        c->bits++;
    } else if (c->state == I_ACK_IN) {
        c->master_ack = c->lv_sda == 0;
    }
}

static void on_fall(sim_wire_t *w, i2c_dec_t *c)
{
    switch (c->state) {
    case I_ADDR:
        if (c->bits == 8)
            address(w, c);
        break;
    case I_WRITE:
        if (c->bits == 8)
            written(w, c);
        break;
    case I_ACK_OUT:
        sda_bit(w, c, 1);
        if (c->stretch) {
            c->stretch = false;
            c->stretching = true;
            drive(w->sys, c->scl, 0);
            c->result = -ETIMEDOUT;
            c->state = I_IGNORE;
        } else if (c->next_read) {
            send_byte(w, c);
        } else {
            c->state = I_WRITE;
            c->bits = c->shift = 0;
        }
        break;
    case I_READ:
        if (++c->bits < 8) {
            sda_bit(w, c, (c->shift << c->bits) & 0x80);
        } else {
            sda_bit(w, c, 1);
            c->state = I_ACK_IN;
        }
        break;
    case I_ACK_IN:
        if (c->master_ack) {
            send_byte(w, c);
        } else {
            sda_bit(w, c, 1);
            c->state = I_IGNORE;
        }
        break;
    default:
        break;
    }
}

/* The addressed device was detached while it may drive a line. */
static bool lost_device(sim_wire_t *w, i2c_dec_t *c)
{
    bool driving = c->state == I_ACK_OUT || c->state == I_READ || c->state == I_ACK_IN || c->stretching;
    return driving && !i2c_dev(w, c);
}

static void i2c_event(sim_wire_t *w, i2c_dec_t *c, int pin, int level, int driven)
{
    if (lost_device(w, c)) {
        let_go(w, c);
        c->result = -EIO;
        c->state = I_IGNORE;
    }
    if (pin == c->sda) {
        int old = c->lv_sda;
        c->lv_sda = (int8_t)level;
        if (old == level)
            return;
        if (c->stretching) {
            if (c->drv_scl < 0) { /* the master gave up: stop stretching */
                drive(w->sys, c->scl, -1);
                c->stretching = false;
            }
        } else if (c->lv_scl) {
            if (level)
                on_stop(w, c);
            else
                on_start(w, c);
        }
    } else if (pin == c->scl) {
        int old = c->lv_scl;
        c->lv_scl = (int8_t)level;
        c->drv_scl = (int8_t)driven;
        if (old == level)
            return;
        if (level)
            on_rise(c);
        else
            on_fall(w, c);
    }
}

static i2c_dec_t *i2c_find(sim_wire_t *w, int scl, int sda)
{
    for (size_t i = 0; i < w->n_i2c; i++)
        if (w->i2c[i].scl == scl && w->i2c[i].sda == sda)
            return &w->i2c[i];
    return NULL;
}

/* A decoder for the pair, starting from the lines' levels now. */
static i2c_dec_t *i2c_add(sim_wire_t *w, int scl, int sda)
{
    i2c_dec_t *n = realloc(w->i2c, (w->n_i2c + 1) * sizeof(*n));
    if (!n)
        return NULL;
    w->i2c = n;
    i2c_dec_t *c = &n[w->n_i2c++];
    int a = 1, b = 1, drv = -1;
    peek2(w->sys, scl, &a, &drv);
    peek(w->sys, sda, &b);
    *c = (i2c_dec_t){.scl = scl, .sda = sda, .lv_scl = (int8_t)a, .lv_sda = (int8_t)b, .drv_scl = (int8_t)drv};
    snprintf(c->name, sizeof(c->name), "%s/%s", pin_name(w->sys->board, scl), pin_name(w->sys->board, sda));
    return c;
}

/* ---- SPI ---- */

/* What the device would put on MISO for the next bit, with the MOSI bits
 * received so far: an exchange on a copy of its state, then undone. */
static int spi_next_bit(sim_wire_t *w, sim_dev_t *d, const spi_dec_t *s)
{
    size_t n = d->cls->state_size;
    if (n > w->scratch_size) {
        uint8_t *p = realloc(w->scratch, n);
        if (!p)
            return 1;
        w->scratch = p;
        w->scratch_size = n;
    }
    if (n)
        memcpy(w->scratch, d->state, n);
    uint8_t out = sim_dev_spi_exchange(d, (uint8_t)(s->in << (8 - s->nbits)));
    if (n)
        memcpy(d->state, w->scratch, n);
    return (out >> (7 - s->nbits)) & 1;
}

static void spi_present(sim_wire_t *w, sim_dev_t *d, spi_dec_t *s)
{
    if (s->miso == HAL_NO_PIN)
        return;
    int fault = wire_fault(d);
    if (fault == SIM_FAULT_STUCK)
        drive(w->sys, s->miso, -1); /* the held-low MISO shows */
    else
        drive(w->sys, s->miso, fault == SIM_FAULT_NACK ? 1 : spi_next_bit(w, d, s));
}

static void spi_end(sim_wire_t *w, sim_dev_t *d, spi_dec_t *s)
{
    if (s->tx.len) {
        sim_txlog_add(w->sys, s->name, (uint16_t)s->cs, 'w', s->tx.data, s->tx.len, 0);
        if (s->miso != HAL_NO_PIN)
            sim_txlog_add(w->sys, s->name, (uint16_t)s->cs, 'r', s->rx.data, s->rx.len, 0);
        if (d)
            fault_tick(d);
    }
    s->tx.len = s->rx.len = 0;
    if (s->miso != HAL_NO_PIN)
        drive(w->sys, s->miso, -1);
    s->active = false;
}

static void spi_sample(sim_wire_t *w, sim_dev_t *d, spi_dec_t *s)
{
    int mosi = 0, miso = 1;
    if (s->mosi != HAL_NO_PIN)
        peek(w->sys, s->mosi, &mosi);
    if (s->miso != HAL_NO_PIN)
        peek(w->sys, s->miso, &miso);
    s->in = (uint8_t)(s->in << 1 | (mosi != 0));
    s->seen = (uint8_t)(s->seen << 1 | (miso != 0));
    if (++s->nbits < 8)
        return;
    (void)sim_dev_spi_exchange(d, s->in); /* commit: MISO was already on the wire */
    bytes_add(&s->tx, s->in);
    bytes_add(&s->rx, s->seen);
    s->nbits = s->in = s->seen = 0;
}

static void spi_event(sim_wire_t *w, sim_dev_t *d, spi_dec_t *s, int pin, int level)
{
    if (pin == s->cs) {
        if (!s->active && d->selected) {
            s->active = true;
            s->nbits = s->in = s->seen = 0;
            peek(w->sys, s->sck, &level);
            s->lv_sck = (int8_t)level;
            spi_present(w, d, s);
        } else if (s->active && !d->selected) {
            spi_end(w, d, s);
        }
        return;
    }
    int old = s->lv_sck;
    s->lv_sck = (int8_t)level;
    if (!s->active || old == level)
        return;
    if (level)
        spi_sample(w, d, s);
    else
        spi_present(w, d, s);
}

static spi_dec_t *spi_find(sim_wire_t *w, const sim_dev_t *d)
{
    for (size_t i = 0; i < w->n_spi; i++)
        if (w->spi[i].cs == d->pins[1])
            return &w->spi[i];
    spi_dec_t *n = realloc(w->spi, (w->n_spi + 1) * sizeof(*n));
    if (!n)
        return NULL;
    w->spi = n;
    spi_dec_t *s = &n[w->n_spi++];
    const hal_board_t *b = w->sys->board;
    const int16_t *bp = d->bus >= 0 ? b->buses[d->bus].pins : NULL;
    *s = (spi_dec_t){.cs = d->pins[1], .sck = d->pins[0], .lv_sck = -1,
                     .mosi = bp ? bp[HAL_SPI_PIN_MOSI] : HAL_NO_PIN,
                     .miso = bp ? bp[HAL_SPI_PIN_MISO] : HAL_NO_PIN};
    snprintf(s->name, sizeof(s->name), "%s/%s/%s", pin_name(b, s->sck),
             s->mosi == HAL_NO_PIN ? "-" : pin_name(b, s->mosi), s->miso == HAL_NO_PIN ? "-" : pin_name(b, s->miso));
    return s;
}

/* ---- the listener ---- */

static void i2c_devices(sim_wire_t *w, int pin)
{
    for (sim_dev_t *d = sim_dev_first(w->sys); d; d = d->next)
        if (d->cls->bus == HAL_BUS_I2C && (d->pins[0] == pin || d->pins[1] == pin) && d->pins[0] != d->pins[1] &&
            !i2c_find(w, d->pins[0], d->pins[1]) && !i2c_add(w, d->pins[0], d->pins[1]))
            return;
}

static void changed(void *ctx, unsigned chip, uint32_t line, int level, int driven, uint64_t t_ns)
{
    (void)t_ns;
    sim_wire_t *w = ctx;
    int pin = sim_pin_index(w->sys->board, chip, line);
    if (pin < 0)
        return;
    size_t known = w->n_i2c;
    i2c_devices(w, pin);
    for (size_t i = 0; i < known; i++)
        if (w->i2c[i].scl == pin || w->i2c[i].sda == pin)
            i2c_event(w, &w->i2c[i], pin, level, driven);
    for (size_t i = 0; i < w->n_spi; i++) /* detached while selected */
        if (w->spi[i].active && !sim_dev_find_spi(w->sys, w->spi[i].cs))
            spi_end(w, NULL, &w->spi[i]);
    for (sim_dev_t *d = sim_dev_first(w->sys); d; d = d->next) {
        if (d->cls->bus != HAL_BUS_SPI || (d->pins[0] != pin && d->pins[1] != pin))
            continue;
        spi_dec_t *s = spi_find(w, d);
        if (s)
            spi_event(w, d, s, pin, level);
    }
}

int sim_wire_open(hal_system_t *sys, sim_wire_t **out)
{
    sim_wire_t *w = calloc(1, sizeof(*w));
    if (!w)
        return -ENOMEM;
    w->sys = sys;
    int rc = sim_listen(sys, changed, w);
    if (rc) {
        free(w);
        return rc;
    }
    *out = w;
    return 0;
}

void sim_wire_close(sim_wire_t *w)
{
    if (!w)
        return;
    sim_unlisten(w->sys, changed, w);
    for (size_t i = 0; i < w->n_i2c; i++)
        free(w->i2c[i].msg.data);
    for (size_t i = 0; i < w->n_spi; i++) {
        free(w->spi[i].tx.data);
        free(w->spi[i].rx.data);
    }
    free(w->i2c);
    free(w->spi);
    free(w->scratch);
    free(w);
}
