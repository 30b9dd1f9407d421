/*
 * --trace FILE: a VCD (IEEE 1364 value change dump) waveform of the
 * simulated board, for GTKWave or PulseView. One 1-bit wire per board pin,
 * named by its primary board name; timescale 1 ns from the moment the
 * board opened ("-" writes to stdout).
 *
 * GPIO changes are written as they happen. A message-level bus transfer
 * (busio) takes no time in the simulator, so its wire signals are drawn
 * at the bus clock from the later of now and the end of the previous
 * drawing: I2C as SCL/SDA (START, 8 address/data bits MSB first, the ACK
 * bit, repeated START, STOP), SPI as SCK/MOSI/MISO (and the bus's CS for
 * hardware chip select) in the configured mode, UART writes as frames on
 * TX and (looped back) RX at the baud rate.
 *
 * Invariant: trace time = time since the board opened + offset, where
 * offset is the total time the drawings ran ahead of the clock. So a
 * drawing never overlaps what comes after it, times never go backwards,
 * and the spacing of GPIO events between transfers is kept.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sim_bus.h"

struct sim_trace {
    FILE *f;
    bool is_stdout;
    uint64_t t0;      /* absolute ns of time 0 */
    uint64_t t_last;  /* relative ns of the last timestamp written */
    uint64_t busy;    /* relative ns: end of the last bus drawing */
    uint64_t offset;  /* ns the drawings ran ahead of the clock */
    bool stamped;     /* t_last has been written */
    int8_t *value;    /* per board pin: the value written last, -1 none */
    int8_t *gpio;     /* per board pin: the GPIO level (for restoring) */
    size_t n_pins;
};

static sim_trace_t *tr(const hal_system_t *sys)
{
    sim_world_t *w = sim_world(sys);
    return w ? w->trace : NULL;
}

/* The identifier code of pin: base 52 in letters (VCD allows any printable
 * character, but '#' and '$' confuse some readers). */
static void ident(size_t pin, char out[8])
{
    static const char digits[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    int n = 0;
    do {
        out[n++] = digits[pin % 52];
        pin /= 52;
    } while (pin && n < 7);
    out[n] = 0;
}

static void emit(sim_trace_t *t, uint64_t when, int pin, int v)
{
    if (pin < 0 || (size_t)pin >= t->n_pins || t->value[pin] == v)
        return;
    if (!t->stamped || when > t->t_last) {
        fprintf(t->f, "#%llu\n", (unsigned long long)when);
        t->t_last = when;
        t->stamped = true;
    }
    char id[8];
    ident((size_t)pin, id);
    fprintf(t->f, "%d%s\n", v ? 1 : 0, id);
    t->value[pin] = (int8_t)v;
}

static uint64_t rel_now(sim_trace_t *t)
{
    uint64_t now = sim_now_ns();
    return now > t->t0 ? now - t->t0 : 0;
}

/* A pin's primary board name (its chip name when it has none). */
static const char *pin_label(const hal_board_t *b, size_t p)
{
    for (size_t i = 0; i < b->n_names; i++)
        if (b->names[i].pin == p)
            return b->names[i].name;
    return b->pins[p].chip_name;
}

static void header(sim_trace_t *t, const hal_board_t *b)
{
    time_t now = time(NULL);
    char date[64];
    strftime(date, sizeof(date), "%Y-%m-%d %H:%M:%S", localtime(&now));
    fprintf(t->f, "$date %s $end\n$version circuitpython simulated board %s $end\n$timescale 1ns $end\n", date,
            b->id);
    for (size_t i = 0; i < b->n_buses; i++) {
        const hal_board_bus_t *bus = &b->buses[i];
        static const char *const roles[3][4] = {{"SCL", "SDA"}, {"SCK", "MOSI", "MISO", "CS"}, {"TX", "RX", "RTS", "CTS"}};
        fprintf(t->f, "$comment bus %s:", bus->name);
        for (int r = 0; r < HAL_BUS_MAX_PINS; r++)
            if (bus->pins[r] != HAL_NO_PIN && roles[bus->kind][r])
                fprintf(t->f, " %s=%s", roles[bus->kind][r], pin_label(b, (size_t)bus->pins[r]));
        fprintf(t->f, " $end\n");
    }
    fprintf(t->f, "$scope module %s $end\n", b->id);
    for (size_t p = 0; p < b->n_pins; p++) {
        char id[8];
        ident(p, id);
        fprintf(t->f, "$var wire 1 %s %s $end\n", id, pin_label(b, p));
    }
    fprintf(t->f, "$upscope $end\n$enddefinitions $end\n");
}

int sim_trace_open(hal_system_t *sys, const char *path)
{
    sim_world_t *w = sim_world(sys);
    if (!w)
        return -ENODEV;
    sim_trace_t *t = calloc(1, sizeof(*t));
    size_t n = sys->board->n_pins;
    if (!t || !(t->value = malloc(n + 1)) || !(t->gpio = malloc(n + 1))) {
        if (t)
            free(t->value);
        free(t);
        return -ENOMEM;
    }
    t->is_stdout = strcmp(path, "-") == 0;
    t->f = t->is_stdout ? stdout : fopen(path, "w");
    if (!t->f) {
        int rc = -errno;
        free(t->value), free(t->gpio), free(t);
        sim_log(sys, "cannot write the trace %s: %s", path, strerror(-rc));
        return rc;
    }
    t->n_pins = n;
    t->t0 = sim_now_ns();
    header(t, sys->board);
    memset(t->value, -1, n + 1);
    fprintf(t->f, "#0\n$dumpvars\n");
    t->stamped = true;
    for (size_t p = 0; p < n; p++) {
        uint32_t line;
        int level = 0, driven = -1;
        const hal_gpio_dev_t *g = sim_pin_gpio(sys, (int)p, &line);
        if (g)
            sim_gpio_peek(g, line, &level, &driven);
        t->gpio[p] = (int8_t)level;
        emit(t, 0, (int)p, level);
    }
    fprintf(t->f, "$end\n");
    w->trace = t;
    return 0;
}

void sim_trace_close(hal_system_t *sys)
{
    sim_world_t *w = sim_world(sys);
    sim_trace_t *t = w ? w->trace : NULL;
    if (!t)
        return;
    uint64_t end = rel_now(t) + t->offset;
    if (end > t->t_last)
        fprintf(t->f, "#%llu\n", (unsigned long long)end);
    if (t->is_stdout)
        fflush(t->f);
    else
        fclose(t->f);
    free(t->value);
    free(t->gpio);
    free(t);
    w->trace = NULL;
}

void sim_trace_line(void *ctx, unsigned chip, uint32_t line, int level, int driven, uint64_t t_ns)
{
    const hal_system_t *sys = ctx;
    sim_trace_t *t = tr(sys);
    int pin = t ? sim_pin_index(sys->board, chip, line) : -1;
    (void)driven;
    if (pin < 0)
        return;
    uint64_t when = (t_ns > t->t0 ? t_ns - t->t0 : 0) + t->offset;
    if (when < t->t_last)
        when = t->t_last;
    t->gpio[pin] = (int8_t)level;
    emit(t, when, pin, level);
}

/* ---- drawing bus transfers ---- */

typedef struct pen {
    sim_trace_t *t;
    uint64_t at;    /* relative ns */
    uint64_t half;  /* half a clock period, ns */
} pen_t;

static pen_t pen_start(sim_trace_t *t, uint32_t hz)
{
    pen_t p = {t, rel_now(t) + t->offset, 0};
    if (p.at < t->busy)
        p.at = t->busy;
    if (p.at < t->t_last)
        p.at = t->t_last;
    p.half = hz ? 500000000u / hz : 5000;
    if (p.half == 0)
        p.half = 1;
    return p;
}

static void pen_end(pen_t *p, const int *pins, size_t n)
{
    p->at += p->half;
    /* back to what the GPIO side says */
    for (size_t i = 0; i < n; i++)
        if (pins[i] >= 0)
            emit(p->t, p->at, pins[i], p->t->gpio[pins[i]]);
    p->t->busy = p->at;
    uint64_t now = rel_now(p->t);
    if (p->at > now + p->t->offset)
        p->t->offset = p->at - now;
}

/* One I2C bit: SDA set while SCL is low, then a clock pulse. */
static void i2c_bit(pen_t *p, int scl, int sda, int v)
{
    emit(p->t, p->at, sda, v);
    p->at += p->half / 2;
    emit(p->t, p->at, scl, 1);
    p->at += p->half;
    emit(p->t, p->at, scl, 0);
    p->at += p->half / 2;
}

static void i2c_byte(pen_t *p, int scl, int sda, uint8_t b, int ack)
{
    for (int i = 7; i >= 0; i--)
        i2c_bit(p, scl, sda, b >> i & 1);
    i2c_bit(p, scl, sda, ack);
}

/* START from idle, or repeated START with SCL low. */
static void i2c_start(pen_t *p, int scl, int sda, bool repeated)
{
    if (repeated) {
        emit(p->t, p->at, sda, 1);
        p->at += p->half / 2;
        emit(p->t, p->at, scl, 1);
        p->at += p->half / 2;
    } else {
        emit(p->t, p->at, scl, 1);
        emit(p->t, p->at, sda, 1);
        p->at += p->half;
    }
    emit(p->t, p->at, sda, 0);
    p->at += p->half / 2;
    emit(p->t, p->at, scl, 0);
    p->at += p->half / 2;
}

static void i2c_stop(pen_t *p, int scl, int sda)
{
    emit(p->t, p->at, sda, 0);
    p->at += p->half / 2;
    emit(p->t, p->at, scl, 1);
    p->at += p->half / 2;
    emit(p->t, p->at, sda, 1);
    p->at += p->half;
}

void sim_trace_i2c(hal_system_t *sys, int bus, uint32_t hz, const hal_i2c_msg_t *msgs, size_t n, const int *acks,
                   const size_t *sent, int rc)
{
    sim_trace_t *t = tr(sys);
    if (!t || n == 0)
        return;
    const hal_board_bus_t *b = &sys->board->buses[bus];
    int scl = b->pins[HAL_I2C_PIN_SCL], sda = b->pins[HAL_I2C_PIN_SDA];
    pen_t p = pen_start(t, hz);
    bool repeated = false;
    for (size_t i = 0; i < n; i++) {
        const hal_i2c_msg_t *m = &msgs[i];
        bool rd = m->flags & HAL_I2C_READ, last = i + 1 == n;
        i2c_start(&p, scl, sda, repeated);
        i2c_byte(&p, scl, sda, (uint8_t)(m->addr << 1 | rd), acks[i]);
        for (size_t k = 0; acks[i] == SIM_ACK && k < sent[i]; k++) {
            /* reads: the master ACKs all but the last byte; writes: the
             * device ACKs, except the byte that failed a write */
            int ack = rd ? k + 1 == m->len : (last && rc == -EIO && k + 1 == sent[i]);
            i2c_byte(&p, scl, sda, m->buf[k], ack);
        }
        repeated = !last && (m->flags & HAL_I2C_NOSTOP);
        if (!repeated)
            i2c_stop(&p, scl, sda);
    }
    int pins[2] = {scl, sda};
    pen_end(&p, pins, 2);
}

void sim_trace_spi(hal_system_t *sys, int bus, uint32_t hz, uint8_t mode, bool hw_cs_begin, bool hw_cs_end,
                   const uint8_t *mosi, const uint8_t *miso, size_t len)
{
    sim_trace_t *t = tr(sys);
    if (!t)
        return;
    const hal_board_bus_t *b = &sys->board->buses[bus];
    int sck = b->pins[HAL_SPI_PIN_SCK], mo = b->pins[HAL_SPI_PIN_MOSI], mi = b->pins[HAL_SPI_PIN_MISO],
        cs = b->pins[HAL_SPI_PIN_CS];
    int idle = mode >> 1 & 1, cpha = mode & 1;
    pen_t p = pen_start(t, hz);
    emit(t, p.at, sck, idle);
    if (hw_cs_begin) {
        emit(t, p.at, cs, 0);
        p.at += p.half;
    }
    for (size_t i = 0; i < len; i++)
        for (int k = 7; k >= 0; k--) {
            if (cpha)
                emit(t, p.at, sck, !idle);
            emit(t, p.at, mo, mosi[i] >> k & 1);
            emit(t, p.at, mi, miso[i] >> k & 1);
            p.at += p.half;
            emit(t, p.at, sck, cpha ? idle : !idle);
            p.at += p.half;
            if (!cpha)
                emit(t, p.at, sck, idle);
        }
    if (hw_cs_end)
        emit(t, p.at, cs, 1);
    int pins[3] = {sck, mo, mi};
    pen_end(&p, pins, 3);
}

/* UART frames: start bit, data LSB first, parity, stop bits, idle high. */
void sim_trace_uart(hal_system_t *sys, int bus, const hal_uart_config_t *cfg, const uint8_t *data, size_t len)
{
    sim_trace_t *t = tr(sys);
    if (!t || len == 0 || cfg->baudrate == 0)
        return;
    const hal_board_bus_t *b = &sys->board->buses[bus];
    int pins[2] = {b->pins[HAL_UART_PIN_TX], b->pins[HAL_UART_PIN_RX]};
    pen_t p = pen_start(t, cfg->baudrate);
    uint64_t bit = 2 * p.half;
    /* the UART drives its lines idle-high while open (the GPIO side may
     * show them floating) */
    bool idle = true;
    for (int j = 0; j < 2; j++)
        if (pins[j] >= 0 && t->value[pins[j]] != 1) {
            emit(t, p.at, pins[j], 1);
            idle = false;
        }
    if (!idle)
        p.at += bit;
    for (size_t i = 0; i < len; i++) {
        int frame[13], n = 0, ones = 0;
        frame[n++] = 0;
        for (int k = 0; k < cfg->bits && k < 9; k++) {
            frame[n] = data[i] >> k & 1; /* a 9th bit is 0: bytes carry 8 */
            ones += frame[n++];
        }
        if (cfg->parity)
            frame[n++] = (ones & 1) ^ (cfg->parity == HAL_UART_PARITY_ODD);
        for (int k = 0; k < cfg->stop; k++)
            frame[n++] = 1;
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < 2; j++)
                emit(t, p.at, pins[j], frame[k]);
            p.at += bit;
        }
    }
    pen_end(&p, pins, 0);
}
