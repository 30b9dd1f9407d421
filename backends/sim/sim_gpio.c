/*
 * Simulated GPIO controller: lines with a direction, pull, drive mode and
 * output value, plus what the outside world does to each line (a test
 * driving it, a button's pull-up). Every change of what the board drives
 * is recorded with a timestamp; edges on inputs become events.
 *
 * Electrical model of one line, in priority order:
 *   1. the board drives it (output push-pull; open drain driving 0; open
 *      source driving 1): that level;
 *   2. a simulated bus device drives it (sim_gpio_set_device_drive: an
 *      I2C device's ACK and 0 bits on SDA, an SPI device's MISO);
 *   3. the outside drives it (sim.set_input): that level;
 *   4. the line's own pull resistor (inputs): up 1, down 0;
 *   5. a device's pull resistor (a button's pull-up): its level;
 *   6. floating: reads 0.
 * Invariant: after every operation, line->driven and line->level hold the
 * values `drive_of` and `level_of` compute now; `update` restores it and is
 * the only place that records history and queues events.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "sim.h"
#include "sim_dev.h"
#include "sim_io.h"

#define SIM_EVENTS 64        /* pending edge events per line */
#define SIM_HISTORY 16384    /* recorded output changes per controller */

typedef struct sim_line {
    bool claimed;
    hal_gpio_config_t cfg; /* physical; meaningful while claimed */
    int8_t ext;            /* outside drive: -1 none, else 0/1 */
    int8_t dev_drive;      /* a simulated device drives it (an I2C slave
                              pulling SDA low, MISO): -1 none, else 0/1 */
    int8_t dev_pull;       /* a device's pull: -1 none, else 0/1 */
    int8_t driven;         /* what the board drives: -1 none, else 0/1 */
    int8_t level;          /* the line's level */
    bool ev_lost;
    uint16_t ev_head, ev_n;
    hal_gpio_event_t ev[SIM_EVENTS];
    const char *name;      /* primary board name, for the log */
    uint64_t hist_dropped; /* its records the full ring dropped */
} sim_line_t;

typedef struct sim_record {
    uint64_t t_ns;
    uint32_t line;
    int8_t level;
} sim_record_t;

typedef struct sim_gpio {
    const hal_system_t *sys;
    unsigned chip;      /* index of this controller in the board */
    uint32_t n_lines;
    sim_line_t *lines;
    sim_record_t *hist; /* ring of SIM_HISTORY */
    size_t hist_start, hist_n;
    /* cursor of the last history query, so reading a line's history in
     * order is linear: the (line, index) it answered and the ring offset. */
    uint32_t cur_line;
    size_t cur_index, cur_pos;
    bool cur_valid;
} sim_gpio_t;

static sim_gpio_t *sg(const hal_gpio_dev_t *dev)
{
    return dev->data;
}

static int8_t drive_of(const sim_line_t *l)
{
    if (!l->claimed || l->cfg.direction != HAL_GPIO_OUTPUT)
        return -1;
    int v = l->cfg.value;
    if (l->cfg.drive == HAL_GPIO_OPEN_DRAIN)
        return v ? -1 : 0;
    if (l->cfg.drive == HAL_GPIO_OPEN_SOURCE)
        return v ? 1 : -1;
    return (int8_t)v;
}

static int8_t level_of(const sim_line_t *l)
{
    int8_t d = drive_of(l);
    if (d >= 0)
        return d;
    if (l->dev_drive >= 0)
        return l->dev_drive;
    if (l->ext >= 0)
        return l->ext;
    if (l->claimed && l->cfg.direction == HAL_GPIO_INPUT && l->cfg.pull != HAL_GPIO_PULL_NONE)
        return l->cfg.pull == HAL_GPIO_PULL_UP;
    if (l->dev_pull >= 0)
        return l->dev_pull;
    return 0;
}

/* The history is a fixed ring, so a program that toggles pins for hours
 * (a KeyMatrix scanning its rows) costs constant memory and time per
 * change: the oldest record goes, counted against its line. */
static void record(sim_gpio_t *g, uint32_t line, int8_t level, uint64_t now)
{
    size_t pos = (g->hist_start + g->hist_n) % SIM_HISTORY;
    if (g->hist_n == SIM_HISTORY) {
        g->lines[g->hist[g->hist_start].line].hist_dropped++;
        g->hist_start = (g->hist_start + 1) % SIM_HISTORY; /* drop the oldest */
        g->cur_valid = false;
    } else {
        g->hist_n++;
    }
    g->hist[pos] = (sim_record_t){now, line, level};
}

static void queue_event(sim_line_t *l, uint32_t line, uint8_t edge, uint64_t now)
{
    if (l->ev_n == SIM_EVENTS) {
        l->ev_head = (uint16_t)((l->ev_head + 1) % SIM_EVENTS);
        l->ev_n--;
        l->ev_lost = true;
    }
    l->ev[(l->ev_head + l->ev_n) % SIM_EVENTS] = (hal_gpio_event_t){now, line, edge};
    l->ev_n++;
}

/* Re-establish the invariant for line after a change. */
static void update(sim_gpio_t *g, uint32_t line)
{
    sim_line_t *l = &g->lines[line];
    int8_t d = drive_of(l), v = level_of(l);
    uint64_t now = sim_now_ns();
    if (d != l->driven) {
        record(g, line, d, now);
        sim_log(g->sys, "sim: %s -> %s", l->name, d < 0 ? "released" : d ? "1" : "0");
    }
    if (v != l->level && l->claimed && l->cfg.direction == HAL_GPIO_INPUT) {
        uint8_t edge = v ? HAL_GPIO_EDGE_RISING : HAL_GPIO_EDGE_FALLING;
        if (l->cfg.edge & edge)
            queue_event(l, line, edge, now);
    }
    bool changed = d != l->driven || v != l->level;
    l->driven = d;
    l->level = v;
    if (changed)
        sim_line_changed(g->sys, g->chip, line, v, d, now);
}

static int check_line(const hal_gpio_dev_t *dev, uint32_t line, bool must_be_claimed)
{
    if (line >= sg(dev)->n_lines)
        return -EINVAL;
    if (must_be_claimed && !sg(dev)->lines[line].claimed)
        return -EINVAL;
    return 0;
}

static int sim_claim(const hal_gpio_dev_t *dev, uint32_t line, const hal_gpio_config_t *cfg)
{
    int rc = check_line(dev, line, false);
    if (rc)
        return rc;
    sim_line_t *l = &sg(dev)->lines[line];
    if (l->claimed)
        return -EBUSY;
    l->claimed = true;
    l->cfg = *cfg;
    l->ev_n = 0;
    l->ev_lost = false;
    update(sg(dev), line);
    return 0;
}

static int sim_release(const hal_gpio_dev_t *dev, uint32_t line)
{
    int rc = check_line(dev, line, true);
    if (rc)
        return rc;
    sg(dev)->lines[line].claimed = false;
    update(sg(dev), line);
    return 0;
}

static int sim_reconfigure(const hal_gpio_dev_t *dev, uint32_t line, const hal_gpio_config_t *cfg)
{
    int rc = check_line(dev, line, true);
    if (rc)
        return rc;
    sg(dev)->lines[line].cfg = *cfg;
    update(sg(dev), line);
    return 0;
}

static int sim_read(const hal_gpio_dev_t *dev, uint32_t line, int *value)
{
    int rc = check_line(dev, line, true);
    if (rc == 0)
        *value = sg(dev)->lines[line].level;
    return rc;
}

static int sim_write(const hal_gpio_dev_t *dev, uint32_t line, int value)
{
    int rc = check_line(dev, line, true);
    if (rc)
        return rc;
    sim_line_t *l = &sg(dev)->lines[line];
    if (l->cfg.direction != HAL_GPIO_OUTPUT)
        return -EINVAL;
    l->cfg.value = (uint8_t)(value != 0);
    update(sg(dev), line);
    return 0;
}

static int sim_event_read(const hal_gpio_dev_t *dev, uint32_t line, hal_gpio_event_t *ev, size_t max, size_t *n)
{
    *n = 0;
    int rc = check_line(dev, line, true);
    if (rc)
        return rc;
    sim_line_t *l = &sg(dev)->lines[line];
    while (*n < max && l->ev_n) {
        ev[(*n)++] = l->ev[l->ev_head];
        l->ev_head = (uint16_t)((l->ev_head + 1) % SIM_EVENTS);
        l->ev_n--;
    }
    if (l->ev_lost) {
        l->ev_lost = false;
        return -EOVERFLOW;
    }
    return 0;
}

/* ---- the test API (HAL_CTL_SIM_*) ---- */

static int history_entry(sim_gpio_t *g, hal_sim_history_t *h)
{
    size_t index = 0, pos = 0;
    if (h->line >= g->n_lines)
        return -EINVAL;
    h->dropped = g->lines[h->line].hist_dropped;
    if (g->cur_valid && g->cur_line == h->line && g->cur_index < h->index) {
        index = g->cur_index + 1;
        pos = g->cur_pos + 1;
    }
    for (; pos < g->hist_n; pos++) {
        const sim_record_t *r = &g->hist[(g->hist_start + pos) % SIM_HISTORY];
        if (r->line != h->line)
            continue;
        if (index == h->index) {
            h->timestamp_ns = r->t_ns;
            h->level = r->level;
            g->cur_valid = true;
            g->cur_line = h->line;
            g->cur_index = index;
            g->cur_pos = pos;
            return 0;
        }
        index++;
    }
    return -ENOENT;
}

static void reset_all(sim_gpio_t *g)
{
    g->hist_start = g->hist_n = 0;
    g->cur_valid = false;
    for (uint32_t i = 0; i < g->n_lines; i++) {
        g->lines[i].ext = -1;
        g->lines[i].ev_n = 0;
        g->lines[i].ev_lost = false;
        g->lines[i].hist_dropped = 0;
        update(g, i);
    }
    /* update() may have recorded changes caused by the reset itself */
    g->hist_start = g->hist_n = 0;
}

static int sim_control(const void *vdev, int op, void *arg)
{
    const hal_gpio_dev_t *dev = vdev;
    sim_gpio_t *g = sg(dev);
    hal_sim_level_t *lv = arg;
    switch (op) {
    case HAL_CTL_SIM_PRESENT:
        return 0;
    case HAL_CTL_SIM_SET_INPUT:
        if (lv->line >= g->n_lines || lv->level < -1 || lv->level > 1)
            return -EINVAL;
        g->lines[lv->line].ext = (int8_t)lv->level;
        sim_log(g->sys, "sim: input %s = %s", g->lines[lv->line].name,
                lv->level < 0 ? "released" : lv->level ? "1" : "0");
        update(g, lv->line);
        return 0;
    case HAL_CTL_SIM_GET_OUTPUT:
        if (lv->line >= g->n_lines)
            return -EINVAL;
        lv->level = g->lines[lv->line].driven;
        return 0;
    case HAL_CTL_SIM_HISTORY:
        return history_entry(g, arg);
    case HAL_CTL_SIM_RESET:
        reset_all(g);
        return 0;
    default:
        return -EOPNOTSUPP;
    }
}

/* Records the bytes for the test API (sim_io.c); -EINVAL on an input.
 * The waveform itself is not simulated: the line keeps its level and the
 * output history shows no pulses. */
static int sim_neopixel_write(const hal_gpio_dev_t *dev, uint32_t line, const uint8_t *buf, size_t len)
{
    int rc = check_line(dev, line, true);
    if (rc)
        return rc;
    sim_gpio_t *g = sg(dev);
    if (g->lines[line].cfg.direction != HAL_GPIO_OUTPUT)
        return -EINVAL;
    sim_log(g->sys, "sim: %s <- %zu NeoPixel bytes", g->lines[line].name, len);
    int pin = sim_pin_index(g->sys->board, g->chip, line);
    return pin < 0 ? 0 : sim_io_neopixel(g->sys, pin, buf, len);
}

static const hal_gpio_ops_t sim_gpio_ops = {
    .version = HAL_GPIO_OPS_V2,
    .claim = sim_claim,
    .release = sim_release,
    .reconfigure = sim_reconfigure,
    .read = sim_read,
    .write = sim_write,
    .event_read = sim_event_read,
    .control = sim_control,
    .neopixel_write = sim_neopixel_write,
};

int sim_gpio_set_device_pull(const hal_gpio_dev_t *dev, uint32_t line, int level)
{
    if (line >= sg(dev)->n_lines || level < -1 || level > 1)
        return -EINVAL;
    sg(dev)->lines[line].dev_pull = (int8_t)level;
    update(sg(dev), line);
    return 0;
}

int sim_gpio_set_device_drive(const hal_gpio_dev_t *dev, uint32_t line, int level)
{
    if (line >= sg(dev)->n_lines || level < -1 || level > 1)
        return -EINVAL;
    sg(dev)->lines[line].dev_drive = (int8_t)level;
    update(sg(dev), line);
    return 0;
}

int sim_gpio_peek(const hal_gpio_dev_t *dev, uint32_t line, int *level, int *driven)
{
    if (line >= sg(dev)->n_lines)
        return -EINVAL;
    *level = sg(dev)->lines[line].level;
    *driven = sg(dev)->lines[line].driven;
    return 0;
}

/* ---- set-up ---- */

static const char *line_name(const hal_board_t *b, unsigned chip, uint32_t line)
{
    for (size_t p = 0; p < b->n_pins; p++) {
        if (b->pins[p].chip != chip || b->pins[p].line != line)
            continue;
        for (size_t i = 0; i < b->n_names; i++)
            if (b->names[i].pin == p)
                return b->names[i].name;
        return b->pins[p].chip_name;
    }
    return "?";
}

/* Apply the board's `sim` device lines that concern this controller. */
static int attach_devices(sim_gpio_t *g, unsigned chip)
{
    const hal_board_t *b = g->sys->board;
    for (size_t i = 0; i < b->n_simdevs; i++) {
        const hal_board_simdev_t *d = &b->simdevs[i];
        bool button = strcmp(d->kind, "button") == 0;
        if (sim_dev_class_find(d->kind))
            continue; /* a bus device: sim_dev.c's */
        if (!button && strcmp(d->kind, "led") != 0) {
            sim_log(g->sys, "board %s: unknown simulated device '%s'", b->id, d->kind);
            return -EINVAL;
        }
        int pin = -1;
        for (size_t n = 0; d->n_args == 1 && n < b->n_names && pin < 0; n++)
            if (strcmp(b->names[n].name, d->args[0]) == 0)
                pin = b->names[n].pin;
        if (pin < 0) {
            sim_log(g->sys, "board %s: sim %s needs one board pin name", b->id, d->kind);
            return -EINVAL;
        }
        if (button && b->pins[pin].chip == chip)
            g->lines[b->pins[pin].line].dev_pull = 1;
    }
    return 0;
}

int sim_gpio_open(hal_system_t *sys, unsigned chip, hal_gpio_dev_t *dev)
{
    const hal_board_gpiochip_t *c = &sys->board->gpiochips[chip];
    sim_gpio_t *g = calloc(1, sizeof(*g));
    if (!g)
        return -ENOMEM;
    g->sys = sys;
    g->chip = chip;
    g->n_lines = c->lines;
    g->lines = calloc(c->lines, sizeof(sim_line_t));
    g->hist = malloc(SIM_HISTORY * sizeof(sim_record_t));
    if (!g->lines || !g->hist) {
        free(g->lines);
        free(g->hist);
        free(g);
        return -ENOMEM;
    }
    for (uint32_t i = 0; i < g->n_lines; i++) {
        g->lines[i].ext = g->lines[i].dev_pull = g->lines[i].dev_drive = g->lines[i].driven = -1;
        g->lines[i].name = line_name(sys->board, chip, i);
    }
    dev->ops = &sim_gpio_ops;
    dev->config = c;
    dev->data = g;
    int rc = attach_devices(g, chip);
    for (uint32_t i = 0; i < g->n_lines; i++)
        g->lines[i].level = level_of(&g->lines[i]);
    if (rc)
        sim_gpio_close(dev);
    return rc;
}

void sim_gpio_close(hal_gpio_dev_t *dev)
{
    sim_gpio_t *g = dev->data;
    if (!g)
        return;
    free(g->lines);
    free(g->hist);
    free(g);
    dev->data = NULL;
    dev->ops = NULL;
}
