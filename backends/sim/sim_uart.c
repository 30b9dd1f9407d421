/*
 * The sim backend's UARTs (hal_uart_ops_t): TX wired to RX. What is
 * written arrives in the receive buffer at once (masked to the configured
 * word size); the buffer holds rx_buffer_size bytes and drops what
 * arrives when it is full, as an MCU's ring buffer does. A read with
 * nothing buffered sleeps for its timeout (nothing else can arrive), or
 * until the program is interrupted: -EINTR.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "sim_bus.h"

#define SIM_UART_DEFAULT_BUF 64

typedef struct sim_uart {
    hal_system_t *sys;
    int bus;          /* board bus index */
    const char *name;
    hal_uart_config_t cfg;
    uint8_t *buf;     /* ring of cap bytes */
    size_t cap, head, n;
    size_t dropped;   /* bytes lost to a full buffer (for the log) */
} sim_uart_t;

static sim_uart_t *su(const hal_uart_dev_t *dev)
{
    return dev->data;
}

static int sim_configure(const hal_uart_dev_t *dev, const hal_uart_config_t *cfg)
{
    if (cfg->baudrate == 0 || cfg->bits < 5 || cfg->bits > 9 || cfg->parity > HAL_UART_PARITY_EVEN ||
        cfg->stop < 1 || cfg->stop > 2 || cfg->flow > 3)
        return -EINVAL;
    sim_uart_t *u = su(dev);
    size_t cap = cfg->rx_buffer_size ? cfg->rx_buffer_size : SIM_UART_DEFAULT_BUF;
    if (cap != u->cap) {
        uint8_t *nb = malloc(cap);
        if (!nb)
            return -ENOMEM;
        size_t keep = u->n < cap ? u->n : cap;
        for (size_t i = 0; i < keep; i++)
            nb[i] = u->buf[(u->head + i) % u->cap];
        free(u->buf);
        u->buf = nb;
        u->cap = cap;
        u->head = 0;
        u->n = keep;
    }
    u->cfg = *cfg;
    return 0;
}

static int sim_read(const hal_uart_dev_t *dev, uint8_t *buf, size_t len, uint64_t timeout_ns, size_t *n)
{
    sim_uart_t *u = su(dev);
    *n = 0;
    if (len == 0)
        return 0;
    if (u->n == 0)
        return sim_wait_ns(u->sys, timeout_ns); /* nothing else can arrive */
    while (*n < len && u->n) {
        buf[(*n)++] = u->buf[u->head];
        u->head = (u->head + 1) % u->cap;
        u->n--;
    }
    sim_txlog_add(u->sys, u->name, 0, 'r', buf, *n, 0);
    return 0;
}

static int sim_write(const hal_uart_dev_t *dev, const uint8_t *buf, size_t len, size_t *n)
{
    sim_uart_t *u = su(dev);
    uint8_t mask = u->cfg.bits >= 8 ? 0xff : (uint8_t)((1u << u->cfg.bits) - 1);
    for (size_t i = 0; i < len; i++) {
        if (u->n == u->cap) {
            u->dropped++;
            continue;
        }
        u->buf[(u->head + u->n++) % u->cap] = buf[i] & mask;
    }
    *n = len;
    sim_txlog_add(u->sys, u->name, 0, 'w', buf, len, 0);
    sim_trace_uart(u->sys, u->bus, &u->cfg, buf, len);
    return 0;
}

static int sim_in_waiting(const hal_uart_dev_t *dev, size_t *n)
{
    *n = su(dev)->n;
    return 0;
}

static int sim_reset_input(const hal_uart_dev_t *dev)
{
    su(dev)->n = 0;
    su(dev)->head = 0;
    return 0;
}

static int sim_close(const hal_uart_dev_t *dev)
{
    sim_uart_t *u = su(dev);
    free(u->buf);
    free(u);
    return 0;
}

static const hal_uart_ops_t sim_uart_ops = {
    .version = HAL_UART_OPS_V1,
    .configure = sim_configure,
    .read = sim_read,
    .write = sim_write,
    .in_waiting = sim_in_waiting,
    .reset_input = sim_reset_input,
    .close = sim_close,
};

int sim_uart_open(hal_system_t *sys, const hal_board_bus_t *bus, hal_uart_dev_t *dev)
{
    int index = sim_bus_index(sys, bus, HAL_BUS_UART);
    if (index < 0)
        return index;
    sim_uart_t *u = calloc(1, sizeof(*u));
    uint8_t *buf = malloc(SIM_UART_DEFAULT_BUF);
    if (!u || !buf) {
        free(u);
        free(buf);
        return -ENOMEM;
    }
    *u = (sim_uart_t){.sys = sys, .bus = index, .name = bus->name, .buf = buf,
                      .cap = SIM_UART_DEFAULT_BUF};
    u->cfg = (hal_uart_config_t){9600, 8, HAL_UART_PARITY_NONE, 1, 0, SIM_UART_DEFAULT_BUF};
    *dev = (hal_uart_dev_t){&sim_uart_ops, bus, u};
    return 0;
}
