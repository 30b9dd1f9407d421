/*
 * Wire-level I2C and SPI slaves over the sim device models (see
 * fake_wire.h). The models' class callbacks are called directly (no
 * faults): this is the device side of a real bus, not the sim backend.
 */
#include "fake_wire.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define I2C_MAX_DEVS 8
#define I2C_LOG_MAX 8192
#define SPI_LOG_MAX 4096

static sim_dev_t *dev_new(const sim_dev_class_t *cls, uint16_t addr, const char *const *args, size_t n_args)
{
    sim_dev_t *d = calloc(1, sizeof(*d));
    if (!d)
        abort();
    d->cls = cls;
    d->addr = addr;
    d->bus = -1;
    d->state = calloc(1, cls->state_size ? cls->state_size : 1);
    if (!d->state)
        abort();
    if (cls->init && cls->init(d, args, n_args) != 0) {
        free(d->state);
        free(d);
        return NULL;
    }
    return d;
}

static void dev_free(sim_dev_t *d)
{
    if (d && d->cls->fini)
        d->cls->fini(d);
    if (d)
        free(d->state);
    free(d);
}

/* ==== I2C ==== */

enum { I_IDLE, I_ADDR, I_ADDR_ACK, I_WRITE, I_WRITE_ACK, I_READ, I_READ_ACK, I_IGNORE };

struct fake_i2c {
    fake_wire_dev_t w;
    unsigned scl, sda;
    sim_dev_t *devs[I2C_MAX_DEVS];
    bool addressed[I2C_MAX_DEVS]; /* since the last STOP */
    size_t n;
    int state, bits;
    uint8_t byte;
    bool master_ack;
    sim_dev_t *cur;
    char log[I2C_LOG_MAX];
    size_t log_len;
    unsigned violations;
};

static void i2c_log(fake_i2c_t *b, const char *tok)
{
    int n = snprintf(b->log + b->log_len, sizeof(b->log) - b->log_len, "%s%s", b->log_len ? " " : "", tok);
    if (n > 0 && b->log_len + (size_t)n < sizeof(b->log))
        b->log_len += (size_t)n;
}

static void i2c_log_byte(fake_i2c_t *b, uint8_t v)
{
    char t[4];
    snprintf(t, sizeof(t), "%02x", v);
    i2c_log(b, t);
}

/* Open drain: 0 pulls SDA low, 1 lets go. */
static void sda_out(fake_i2c_t *b, int level)
{
    uint16_t bit = (uint16_t)(1u << b->sda);
    b->w.drive = level ? (uint16_t)(b->w.drive & ~bit) : (uint16_t)(b->w.drive | bit);
}

static void i2c_start(fake_i2c_t *b)
{
    i2c_log(b, b->state == I_IDLE ? "S" : "Sr");
    b->state = I_ADDR;
    b->bits = 0;
    b->byte = 0;
    b->cur = NULL;
    sda_out(b, 1);
}

static void i2c_stop(fake_i2c_t *b)
{
    i2c_log(b, "P");
    for (size_t i = 0; i < b->n; i++) {
        if (b->addressed[i] && b->devs[i]->cls->i2c_stop)
            b->devs[i]->cls->i2c_stop(b->devs[i]);
        b->addressed[i] = false;
    }
    b->state = I_IDLE;
    b->cur = NULL;
    sda_out(b, 1);
}

static void on_sda(fake_i2c_t *b, int scl, int sda)
{
    if (!scl)
        return; /* data set-up while SCL is low */
    if (sda == 0)
        i2c_start(b);
    else if (b->state != I_IDLE)
        i2c_stop(b);
}

static void present_bit(fake_i2c_t *b)
{
    sda_out(b, (b->byte >> (7 - b->bits)) & 1);
}

static void addressed(fake_i2c_t *b)
{
    uint8_t addr = b->byte >> 1;
    bool rd = b->byte & 1;
    char t[8];
    snprintf(t, sizeof(t), "%02x%c", addr, rd ? 'R' : 'W');
    i2c_log(b, t);
    for (size_t i = 0; i < b->n; i++) {
        sim_dev_t *d = b->devs[i];
        if (d->addr != addr)
            continue;
        if (d->cls->i2c_start(d, rd) != SIM_ACK)
            break;
        b->cur = d;
        b->addressed[i] = true;
        b->state = I_ADDR_ACK;
        sda_out(b, 0);
        i2c_log(b, "A");
        return;
    }
    i2c_log(b, "N");
    b->state = I_IGNORE;
}

/* SCL fell: the slave's turn to change SDA. */
static void on_scl_fall(fake_i2c_t *b)
{
    switch (b->state) {
    case I_ADDR:
        if (b->bits == 8)
            addressed(b);
        break;
    case I_ADDR_ACK:
        sda_out(b, 1);
        b->bits = 0;
        if (b->byte & 1) {
            b->byte = b->cur->cls->i2c_read(b->cur);
            b->state = I_READ;
            present_bit(b);
        } else {
            b->byte = 0;
            b->state = I_WRITE;
        }
        break;
    case I_WRITE:
        if (b->bits == 8) {
            i2c_log_byte(b, b->byte);
            bool ack = b->cur->cls->i2c_write(b->cur, b->byte) == SIM_ACK;
            i2c_log(b, ack ? "A" : "N");
            sda_out(b, !ack);
            b->state = I_WRITE_ACK;
        }
        break;
    case I_WRITE_ACK:
        sda_out(b, 1);
        b->state = I_WRITE;
        b->bits = 0;
        b->byte = 0;
        break;
    case I_READ:
        if (++b->bits < 8) {
            present_bit(b);
        } else {
            i2c_log_byte(b, b->byte);
            sda_out(b, 1); /* the master's acknowledge */
            b->state = I_READ_ACK;
        }
        break;
    case I_READ_ACK:
        i2c_log(b, b->master_ack ? "A" : "N");
        if (b->master_ack) {
            b->byte = b->cur->cls->i2c_read(b->cur);
            b->bits = 0;
            b->state = I_READ;
            present_bit(b);
        } else {
            b->state = I_IGNORE; /* until STOP or START */
        }
        break;
    default:
        break;
    }
}

static void on_scl_rise(fake_i2c_t *b, int sda)
{
    if ((b->state == I_ADDR || b->state == I_WRITE) && b->bits < 8) {
        b->byte = (uint8_t)(b->byte << 1 | sda);
        b->bits++;
    } else if (b->state == I_READ_ACK) {
        b->master_ack = sda == 0;
    }
}

static void i2c_event(fake_wire_dev_t *w, fake_mpsse_t *e, uint16_t before, uint16_t after)
{
    (void)e;
    fake_i2c_t *b = (fake_i2c_t *)w;
    int scl0 = (before >> b->scl) & 1, scl1 = (after >> b->scl) & 1;
    int sda0 = (before >> b->sda) & 1, sda1 = (after >> b->sda) & 1;
    if (sda0 != sda1 && scl0 != scl1) {
        b->violations++; /* no hold time: the SDA change is seen first */
        on_sda(b, scl0, sda1);
    } else if (sda0 != sda1) {
        on_sda(b, scl1, sda1);
    }
    if (scl0 != scl1) {
        if (scl1)
            on_scl_rise(b, sda1);
        else
            on_scl_fall(b);
    }
}

static void i2c_free(fake_wire_dev_t *w)
{
    fake_i2c_t *b = (fake_i2c_t *)w;
    for (size_t i = 0; i < b->n; i++)
        dev_free(b->devs[i]);
    free(b);
}

fake_i2c_t *fake_i2c_new(fake_mpsse_t *e, unsigned scl, unsigned sda)
{
    fake_i2c_t *b = calloc(1, sizeof(*b));
    if (!b)
        abort();
    b->w.event = i2c_event;
    b->w.free = i2c_free;
    b->w.open_drain = true;
    b->scl = scl;
    b->sda = sda;
    fake_mpsse_attach(e, &b->w);
    return b;
}

sim_dev_t *fake_i2c_add(fake_i2c_t *b, const sim_dev_class_t *cls, uint16_t addr, const char *const *args,
                        size_t n_args)
{
    if (b->n == I2C_MAX_DEVS)
        return NULL;
    sim_dev_t *d = dev_new(cls, addr, args, n_args);
    if (d)
        b->devs[b->n++] = d;
    return d;
}

const char *fake_i2c_log(const fake_i2c_t *b)
{
    return b->log;
}

void fake_i2c_clear(fake_i2c_t *b)
{
    b->log[0] = '\0';
    b->log_len = 0;
    b->violations = 0;
}

unsigned fake_i2c_violations(const fake_i2c_t *b)
{
    return b->violations;
}

/* ==== SPI ==== */

struct fake_spi {
    fake_wire_dev_t w;
    sim_dev_t *dev;
    unsigned sck, mosi, miso, cs;
    int cpol, cpha;
    bool lsb;
    bool selected;
    int bits;
    uint8_t in, seen;
    uint8_t rx[SPI_LOG_MAX], tx[SPI_LOG_MAX];
    size_t n_rx, n_tx;
    unsigned violations, selections;
    uint8_t *scratch;
};

static void miso_out(fake_spi_t *s, int level)
{
    uint16_t bit = (uint16_t)(1u << s->miso);
    s->w.drive |= bit;
    s->w.level = level ? (uint16_t)(s->w.level | bit) : (uint16_t)(s->w.level & ~bit);
}

/* The MOSI bits received so far as the model's byte (the rest 0). */
static uint8_t partial(const fake_spi_t *s)
{
    if (s->bits == 0)
        return 0;
    return s->lsb ? (uint8_t)(s->in >> (8 - s->bits)) : (uint8_t)(s->in << (8 - s->bits));
}

/* Put the model's next bit on MISO: its exchange on a copy of its state. */
static void present(fake_spi_t *s)
{
    size_t n = s->dev->cls->state_size;
    memcpy(s->scratch, s->dev->state, n);
    uint8_t out = s->dev->cls->spi_exchange(s->dev, partial(s));
    memcpy(s->dev->state, s->scratch, n);
    miso_out(s, s->lsb ? (out >> s->bits) & 1 : (out >> (7 - s->bits)) & 1);
}

static void take(fake_spi_t *s, int mosi, int miso)
{
    if (s->lsb) {
        s->in = (uint8_t)(s->in >> 1 | mosi << 7);
        s->seen = (uint8_t)(s->seen >> 1 | miso << 7);
    } else {
        s->in = (uint8_t)(s->in << 1 | mosi);
        s->seen = (uint8_t)(s->seen << 1 | miso);
    }
    if (++s->bits < 8)
        return;
    (void)s->dev->cls->spi_exchange(s->dev, s->in); /* commit */
    if (s->n_rx < SPI_LOG_MAX)
        s->rx[s->n_rx++] = s->in;
    if (s->n_tx < SPI_LOG_MAX)
        s->tx[s->n_tx++] = s->seen;
    s->bits = 0;
    s->in = s->seen = 0;
}

static void spi_event(fake_wire_dev_t *w, fake_mpsse_t *e, uint16_t before, uint16_t after)
{
    (void)e;
    fake_spi_t *s = (fake_spi_t *)w;
    int cs0 = (before >> s->cs) & 1, cs1 = (after >> s->cs) & 1;
    int sck0 = (before >> s->sck) & 1, sck1 = (after >> s->sck) & 1;
    if (cs0 && !cs1) {
        s->selected = true;
        s->selections++;
        s->bits = 0;
        s->in = s->seen = 0;
        if (sck1 != s->cpol)
            s->violations++; /* the clock must idle at CPOL when selected */
        if (s->dev->cls->spi_select)
            s->dev->cls->spi_select(s->dev, true);
        if (s->cpha == 0)
            present(s);
        return;
    }
    if (!cs0 && cs1) {
        s->selected = false;
        if (s->bits)
            s->violations++; /* a byte cut short */
        if (s->dev->cls->spi_select)
            s->dev->cls->spi_select(s->dev, false);
        s->w.drive = 0;
        return;
    }
    if (!s->selected || sck0 == sck1)
        return;
    bool leading = sck0 == s->cpol;
    /* sampled with the levels of just before the edge */
    int mosi = (before >> s->mosi) & 1, miso = (before >> s->miso) & 1;
    if (leading == (s->cpha == 0))
        take(s, mosi, miso);
    else
        present(s);
}

static void spi_free(fake_wire_dev_t *w)
{
    fake_spi_t *s = (fake_spi_t *)w;
    dev_free(s->dev);
    free(s->scratch);
    free(s);
}

fake_spi_t *fake_spi_new(fake_mpsse_t *e, const sim_dev_class_t *cls, unsigned sck, unsigned mosi, unsigned miso,
                         unsigned cs, int cpol, int cpha, bool lsb_first)
{
    fake_spi_t *s = calloc(1, sizeof(*s));
    if (!s)
        abort();
    s->dev = dev_new(cls, 0, NULL, 0);
    s->scratch = malloc(cls->state_size ? cls->state_size : 1);
    if (!s->dev || !s->scratch)
        abort();
    s->w.event = spi_event;
    s->w.free = spi_free;
    s->sck = sck;
    s->mosi = mosi;
    s->miso = miso;
    s->cs = cs;
    s->cpol = cpol;
    s->cpha = cpha;
    s->lsb = lsb_first;
    fake_mpsse_attach(e, &s->w);
    return s;
}

sim_dev_t *fake_spi_dev(fake_spi_t *s)
{
    return s->dev;
}

size_t fake_spi_received(const fake_spi_t *s, uint8_t *buf, size_t max)
{
    size_t n = s->n_rx < max ? s->n_rx : max;
    memcpy(buf, s->rx, n);
    return s->n_rx;
}

size_t fake_spi_sent(const fake_spi_t *s, uint8_t *buf, size_t max)
{
    size_t n = s->n_tx < max ? s->n_tx : max;
    memcpy(buf, s->tx, n);
    return s->n_tx;
}

void fake_spi_clear(fake_spi_t *s)
{
    s->n_rx = s->n_tx = 0;
    s->violations = s->selections = 0;
}

unsigned fake_spi_violations(const fake_spi_t *s)
{
    return s->violations;
}

unsigned fake_spi_selections(const fake_spi_t *s)
{
    return s->selections;
}

/* ==== the scripted device ==== */

#define PATTERN_MAX 256

typedef struct pattern {
    uint8_t reply[PATTERN_MAX];
    size_t n_reply, pos;
    uint8_t got[PATTERN_MAX];
    size_t n_got;
} pattern_t;

static uint8_t pattern_exchange(sim_dev_t *d, uint8_t mosi)
{
    pattern_t *p = d->state;
    if (p->n_got < PATTERN_MAX)
        p->got[p->n_got++] = mosi;
    return p->pos < p->n_reply ? p->reply[p->pos++] : 0xff;
}

static int pattern_get(sim_dev_t *d, const char *name, double *v)
{
    pattern_t *p = d->state;
    unsigned i;
    if (sscanf(name, "rx[%u]", &i) != 1 || i >= p->n_got)
        return -2;
    *v = p->got[i];
    return 0;
}

const sim_dev_class_t fake_pattern = {
    .kind = "pattern",
    .bus = HAL_BUS_SPI,
    .state_size = sizeof(pattern_t),
    .spi_exchange = pattern_exchange,
    .get = pattern_get,
};

void fake_pattern_set(sim_dev_t *d, const uint8_t *reply, size_t n)
{
    pattern_t *p = d->state;
    p->n_reply = n < PATTERN_MAX ? n : PATTERN_MAX;
    memcpy(p->reply, reply, p->n_reply);
    p->pos = 0;
}
