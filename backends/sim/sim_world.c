/*
 * The per-system state of the sim backend's buses and devices (sys->data):
 * its creation, line listeners, the transaction log, bus faults and the
 * device pull-ups on bus lines.
 *
 * Line changes are queued and delivered in order: a listener that changes
 * a line (a device answering on SDA) never sees the nested change before
 * the other listeners saw the current one.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "sim_bus.h"

sim_world_t *sim_world(const hal_system_t *sys)
{
    return sys ? sys->data : NULL;
}

const hal_gpio_dev_t *sim_pin_gpio(const hal_system_t *sys, int pin, uint32_t *line)
{
    if (pin < 0 || (size_t)pin >= sys->board->n_pins)
        return NULL;
    const hal_board_pin_t *p = &sys->board->pins[pin];
    if (!sys->gpio[p->chip].ops)
        return NULL;
    *line = p->line;
    return &sys->gpio[p->chip];
}

int sim_bus_find(const hal_board_t *b, const char *name, int kind)
{
    for (size_t i = 0; i < b->n_buses; i++)
        if (b->buses[i].kind == kind && strcmp(b->buses[i].name, name) == 0)
            return (int)i;
    return -1;
}

int sim_bus_index(const hal_system_t *sys, const hal_board_bus_t *bus, int kind)
{
    const hal_board_t *b = sys->board;
    if (bus < b->buses || bus >= b->buses + b->n_buses || bus->kind != kind)
        return -EINVAL;
    return (int)(bus - b->buses);
}

/* ---- open / close ---- */

int sim_dev_open(hal_system_t *sys)
{
    sim_world_t *w = calloc(1, sizeof(*w));
    if (!w)
        return -ENOMEM;
    w->sys = sys;
    w->bus_faults = calloc(sys->board->n_buses + 1, sizeof(sim_busfault_t));
    w->pulled = calloc(sys->board->n_pins + 1, 1);
    w->log = calloc(SIM_TXLOG_MAX, sizeof(sim_txent_t));
    sys->data = w;
    if (!w->bus_faults || !w->pulled || !w->log) {
        sim_dev_close(sys);
        return -ENOMEM;
    }
    return 0;
}

static void log_clear(sim_world_t *w)
{
    for (size_t i = 0; i < w->log_n; i++)
        free(w->log[(w->log_start + i) % SIM_TXLOG_MAX].data);
    w->log_start = w->log_n = 0;
}

void sim_dev_close(hal_system_t *sys)
{
    sim_world_t *w = sim_world(sys);
    if (!w)
        return;
    sim_trace_close(sys);
    while (w->devs)
        sim_dev_detach(w->devs);
    if (w->log)
        log_clear(w);
    free(w->log);
    free(w->bus_faults);
    free(w->pulled);
    free(w->listeners);
    free(w);
    sys->data = NULL;
}

/* ---- line listeners ---- */

int sim_listen(const hal_system_t *sys, sim_listener_fn fn, void *ctx)
{
    sim_world_t *w = sim_world(sys);
    if (!w)
        return -ENODEV;
    sim_listener_t *l = realloc(w->listeners, (w->n_listeners + 1) * sizeof(*l));
    if (!l)
        return -ENOMEM;
    l[w->n_listeners++] = (sim_listener_t){fn, ctx};
    w->listeners = l;
    return 0;
}

void sim_unlisten(const hal_system_t *sys, sim_listener_fn fn, void *ctx)
{
    sim_world_t *w = sim_world(sys);
    for (size_t i = 0; w && i < w->n_listeners; i++)
        if (w->listeners[i].fn == fn && w->listeners[i].ctx == ctx) {
            memmove(&w->listeners[i], &w->listeners[i + 1], (w->n_listeners - i - 1) * sizeof(sim_listener_t));
            w->n_listeners--;
            return;
        }
}

/* SPI devices follow their chip-select line. */
static void chip_selects(sim_world_t *w, const sim_change_t *c)
{
    int pin = sim_pin_index(w->sys->board, c->chip, c->line);
    if (pin < 0)
        return;
    sim_dev_t *d = sim_dev_find_spi(w->sys, pin);
    if (d)
        sim_dev_spi_select(d, c->level == 0);
}

void sim_line_changed(const hal_system_t *sys, unsigned chip, uint32_t line, int level, int driven, uint64_t t_ns)
{
    sim_world_t *w = sim_world(sys);
    if (!w)
        return; /* during sim_gpio_open, before the world exists */
    if (w->q_n == SIM_CHANGE_QUEUE) {
        sim_log(sys, "sim: line change queue overflow (listeners oscillating?)");
        return;
    }
    w->queue[(w->q_head + w->q_n++) % SIM_CHANGE_QUEUE] = (sim_change_t){chip, line, level, driven, t_ns};
    if (w->dispatching)
        return;
    w->dispatching = true;
    while (w->q_n) {
        sim_change_t c = w->queue[w->q_head];
        w->q_head = (w->q_head + 1) % SIM_CHANGE_QUEUE;
        w->q_n--;
        if (w->trace)
            sim_trace_line(w->sys, c.chip, c.line, c.level, c.driven, c.t_ns);
        chip_selects(w, &c);
        /* a listener may (un)register others: index, not pointer */
        for (size_t i = 0; i < w->n_listeners; i++)
            w->listeners[i].fn(w->listeners[i].ctx, c.chip, c.line, c.level, c.driven, c.t_ns);
    }
    w->dispatching = false;
}

/* ---- the transaction log ---- */

void sim_txlog_add(hal_system_t *sys, const char *bus, uint16_t addr, char dir, const uint8_t *data, size_t len,
                   int result)
{
    sim_world_t *w = sim_world(sys);
    if (!w)
        return;
    uint8_t *copy = malloc(len ? len : 1);
    if (!copy)
        return;
    if (len)
        memcpy(copy, data, len);
    if (w->log_n == SIM_TXLOG_MAX) {
        free(w->log[w->log_start].data);
        w->log_start = (w->log_start + 1) % SIM_TXLOG_MAX;
        w->log_n--;
    }
    sim_txent_t *e = &w->log[(w->log_start + w->log_n++) % SIM_TXLOG_MAX];
    *e = (sim_txent_t){.t_ns = sim_now_ns(), .addr = addr, .dir = dir, .result = result, .len = len, .data = copy};
    strncpy(e->bus, bus, sizeof(e->bus) - 1);
}

int sim_txlog_get(const hal_system_t *sys, hal_sim_txlog_t *out)
{
    sim_world_t *w = sim_world(sys);
    if (!w || out->index >= w->log_n)
        return -ENOENT;
    const sim_txent_t *e = &w->log[(w->log_start + out->index) % SIM_TXLOG_MAX];
    out->bus = e->bus;
    out->addr = e->addr;
    out->dir = e->dir;
    out->data = e->data;
    out->len = e->len;
    out->result = e->result;
    out->timestamp_ns = e->t_ns;
    return 0;
}

void sim_txlog_clear(const hal_system_t *sys)
{
    sim_world_t *w = sim_world(sys);
    if (w)
        log_clear(w);
}

/* ---- bus faults ---- */

/* Hold (0) or release (-1) the line a STUCK fault affects. */
static void hold_line(hal_system_t *sys, int bus, int level)
{
    const hal_board_bus_t *b = &sys->board->buses[bus];
    int pin = b->kind == HAL_BUS_I2C ? b->pins[HAL_I2C_PIN_SDA]
              : b->kind == HAL_BUS_SPI ? b->pins[HAL_SPI_PIN_MISO] : HAL_NO_PIN;
    hal_sim_level_t lv = {0, level};
    const hal_gpio_dev_t *g = sim_pin_gpio(sys, pin, &lv.line);
    if (g)
        hal_gpio_control(g, HAL_CTL_SIM_SET_INPUT, &lv);
}

int sim_bus_set_fault(hal_system_t *sys, int bus, int fault, uint32_t count)
{
    sim_world_t *w = sim_world(sys);
    if (!w || bus < 0 || (size_t)bus >= sys->board->n_buses || fault < SIM_FAULT_NONE || fault > SIM_FAULT_STUCK)
        return -EINVAL;
    sim_busfault_t *f = &w->bus_faults[bus];
    if (f->fault == SIM_FAULT_STUCK && fault != SIM_FAULT_STUCK)
        hold_line(sys, bus, -1);
    if (fault == SIM_FAULT_STUCK && f->fault != SIM_FAULT_STUCK)
        hold_line(sys, bus, 0);
    f->fault = (uint8_t)fault;
    f->count = count;
    sim_log(sys, "sim: bus %s fault %d", sys->board->buses[bus].name, fault);
    return 0;
}

int sim_bus_fault(const hal_system_t *sys, int bus)
{
    sim_world_t *w = sim_world(sys);
    if (!w || bus < 0 || (size_t)bus >= sys->board->n_buses)
        return SIM_FAULT_NONE;
    return w->bus_faults[bus].fault;
}

void sim_bus_fault_tick(hal_system_t *sys, int bus)
{
    sim_world_t *w = sim_world(sys);
    if (!w || bus < 0 || (size_t)bus >= sys->board->n_buses)
        return;
    sim_busfault_t *f = &w->bus_faults[bus];
    if (f->fault != SIM_FAULT_NONE && f->count && --f->count == 0)
        sim_bus_set_fault(sys, bus, SIM_FAULT_NONE, 0);
}

/* ---- pull-ups ---- */

void sim_dev_update_pulls(hal_system_t *sys)
{
    sim_world_t *w = sim_world(sys);
    if (!w)
        return;
    size_t n = sys->board->n_pins;
    for (size_t p = 0; p < n; p++) {
        bool want = false;
        for (sim_dev_t *d = w->devs; d && !want; d = d->next)
            want = d->cls->bus == HAL_BUS_I2C ? (d->pins[0] == (int)p || d->pins[1] == (int)p) : d->pins[1] == (int)p;
        if (want == (w->pulled[p] != 0))
            continue;
        uint32_t line;
        const hal_gpio_dev_t *g = sim_pin_gpio(sys, (int)p, &line);
        if (g && sim_gpio_set_device_pull(g, line, want ? 1 : -1) == 0)
            w->pulled[p] = want;
    }
}
