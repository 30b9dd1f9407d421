/*
 * Keypad hardware for the simulated board, as line listeners (sim.h):
 *
 *  - key switches between two pins (the keys of a matrix): while closed,
 *    a pin the board does not drive is driven from outside to the level
 *    of a partner pin the board drives (low wins when several do), so a
 *    KeyMatrix scan driving a row reads the pressed keys on the columns.
 *    One hop only: no current through two keys (as with diodes).
 *  - parallel-in serial-out shift registers (74HC165, CD4021): see
 *    hal_sim_shiftreg_t.
 *
 * Both drive lines as the outside world does (HAL_CTL_SIM_SET_INPUT), so
 * a test should not also sim.set_input() the pins they drive.
 *
 * Invariant: after every delivered line change, each pin with a closed
 * switch that the board does not drive has the outside level computed by
 * `follow`, and each shift register's data pin shows `sreg_output`.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "sim_io.h"

typedef struct sw {
    int pins[2];
} sw_t;

typedef struct sreg {
    int clock, data, latch;
    bool latch_level;
    uint8_t *levels, *frozen; /* n each */
    size_t n, pos;
    bool is_frozen;
    int last_clock;
} sreg_t;

struct sim_keys {
    hal_system_t *sys;
    sw_t *sw; /* closed switches */
    size_t n_sw;
    sreg_t *sr;
    size_t n_sr;
};

/* ---- lines ---- */

static const hal_gpio_dev_t *gpio(const sim_keys_t *k, int pin, uint32_t *line)
{
    const hal_board_pin_t *p = &k->sys->board->pins[pin];
    *line = p->line;
    return &k->sys->gpio[p->chip];
}

static int driven(const sim_keys_t *k, int pin)
{
    uint32_t line;
    const hal_gpio_dev_t *g = gpio(k, pin, &line);
    int level = 0, d = -1;
    sim_gpio_peek(g, line, &level, &d);
    return d;
}

static void drive(const sim_keys_t *k, int pin, int level)
{
    hal_sim_level_t lv = {0, level};
    const hal_gpio_dev_t *g = gpio(k, pin, &lv.line);
    hal_gpio_control(g, HAL_CTL_SIM_SET_INPUT, &lv);
}

static int pin_of(const sim_keys_t *k, unsigned chip, uint32_t line)
{
    const hal_board_t *b = k->sys->board;
    for (size_t i = 0; i < b->n_pins; i++)
        if (b->pins[i].chip == chip && b->pins[i].line == line)
            return (int)i;
    return -1;
}

static bool valid_pin(const sim_keys_t *k, int pin)
{
    return pin >= 0 && (size_t)pin < k->sys->board->n_pins;
}

/* ---- switches ---- */

/* Re-drive pin from its closed switches (when the board does not). */
static void follow(sim_keys_t *k, int pin)
{
    if (driven(k, pin) >= 0)
        return;
    int level = -1;
    for (size_t i = 0; i < k->n_sw; i++) {
        const sw_t *s = &k->sw[i];
        int other = s->pins[0] == pin ? s->pins[1] : s->pins[1] == pin ? s->pins[0] : -1;
        if (other < 0)
            continue;
        int d = driven(k, other);
        if (d >= 0 && (level < 0 || d < level))
            level = d;
    }
    drive(k, pin, level);
}

static bool has_switch(const sim_keys_t *k, int pin)
{
    for (size_t i = 0; i < k->n_sw; i++)
        if (k->sw[i].pins[0] == pin || k->sw[i].pins[1] == pin)
            return true;
    return false;
}

static void switch_changed(sim_keys_t *k, int pin)
{
    if (!has_switch(k, pin))
        return;
    follow(k, pin);
    for (size_t i = 0; i < k->n_sw; i++) {
        if (k->sw[i].pins[0] == pin)
            follow(k, k->sw[i].pins[1]);
        else if (k->sw[i].pins[1] == pin)
            follow(k, k->sw[i].pins[0]);
    }
}

int sim_keys_switch(sim_keys_t *k, const hal_sim_switch_t *s)
{
    int a = s->pins[0], b = s->pins[1];
    if (!valid_pin(k, a) || !valid_pin(k, b) || a == b)
        return -EINVAL;
    size_t i = 0;
    while (i < k->n_sw && !((k->sw[i].pins[0] == a && k->sw[i].pins[1] == b) ||
                            (k->sw[i].pins[0] == b && k->sw[i].pins[1] == a)))
        i++;
    if (s->closed && i == k->n_sw) {
        sw_t *grown = realloc(k->sw, (k->n_sw + 1) * sizeof(*grown));
        if (!grown)
            return -ENOMEM;
        k->sw = grown;
        k->sw[k->n_sw++] = (sw_t){{a, b}};
    } else if (!s->closed && i < k->n_sw) {
        k->sw[i] = k->sw[--k->n_sw];
    } else {
        return 0;
    }
    follow(k, a);
    follow(k, b);
    return 0;
}

/* ---- shift registers ---- */

static int sreg_output(const sreg_t *r)
{
    if (!r->is_frozen)
        return r->n ? r->levels[0] : 0;
    return r->pos < r->n ? r->frozen[r->pos] : 0;
}

static void sreg_latch(sreg_t *r, int level)
{
    bool freeze = level == (int)r->latch_level;
    if (freeze && !r->is_frozen)
        memcpy(r->frozen, r->levels, r->n);
    r->is_frozen = freeze;
    r->pos = 0;
}

static void sreg_changed(sim_keys_t *k, int pin, int level)
{
    for (size_t i = 0; i < k->n_sr; i++) {
        sreg_t *r = &k->sr[i];
        if (pin == r->latch)
            sreg_latch(r, level);
        else if (pin == r->clock && level != r->last_clock) {
            if (level && r->is_frozen && r->pos < r->n)
                r->pos++;
            r->last_clock = level;
        } else {
            continue;
        }
        drive(k, r->data, sreg_output(r));
    }
}

static void sreg_free(sreg_t *r)
{
    free(r->levels);
    free(r->frozen);
}

static int pin_level(const sim_keys_t *k, int pin)
{
    uint32_t line;
    const hal_gpio_dev_t *g = gpio(k, pin, &line);
    int level = 0, d = -1;
    sim_gpio_peek(g, line, &level, &d);
    return level;
}

int sim_keys_shiftreg(sim_keys_t *k, const hal_sim_shiftreg_t *s)
{
    if (!valid_pin(k, s->clock) || !valid_pin(k, s->data) || !valid_pin(k, s->latch) || s->clock == s->data ||
        s->clock == s->latch || s->data == s->latch || (s->n && !s->levels))
        return -EINVAL;
    sreg_t r = {s->clock, s->data, s->latch, s->latch_level, malloc(s->n + 1), malloc(s->n + 1), s->n, 0, false, 0};
    if (!r.levels || !r.frozen) {
        sreg_free(&r);
        return -ENOMEM;
    }
    for (size_t i = 0; i < s->n; i++)
        r.levels[i] = s->levels[i] != 0;
    memcpy(r.frozen, r.levels, s->n);
    r.last_clock = pin_level(k, s->clock);
    sreg_latch(&r, pin_level(k, s->latch));
    size_t i = 0;
    while (i < k->n_sr && k->sr[i].data != s->data)
        i++;
    if (i == k->n_sr) {
        sreg_t *grown = realloc(k->sr, (k->n_sr + 1) * sizeof(*grown));
        if (!grown) {
            sreg_free(&r);
            return -ENOMEM;
        }
        k->sr = grown;
        k->n_sr++;
    } else {
        /* new inputs for a register already wired: keep its shift state */
        r.pos = k->sr[i].pos;
        r.is_frozen = k->sr[i].is_frozen;
        memcpy(r.frozen, k->sr[i].frozen, k->sr[i].n < r.n ? k->sr[i].n : r.n);
        sreg_free(&k->sr[i]);
    }
    k->sr[i] = r;
    drive(k, r.data, sreg_output(&r));
    return 0;
}

/* ---- the listener ---- */

static void on_change(void *ctx, unsigned chip, uint32_t line, int level, int drv, uint64_t t_ns)
{
    (void)drv;
    (void)t_ns;
    sim_keys_t *k = ctx;
    if (!k->n_sw && !k->n_sr)
        return;
    int pin = pin_of(k, chip, line);
    if (pin < 0)
        return;
    switch_changed(k, pin);
    sreg_changed(k, pin, level);
}

int sim_keys_open(hal_system_t *sys, sim_keys_t **out)
{
    sim_keys_t *k = calloc(1, sizeof(*k));
    if (!k)
        return -ENOMEM;
    k->sys = sys;
    int rc = sim_listen(sys, on_change, k);
    if (rc) {
        free(k);
        return rc;
    }
    *out = k;
    return 0;
}

void sim_keys_reset(sim_keys_t *k)
{
    while (k->n_sw) {
        hal_sim_switch_t s = {{k->sw[0].pins[0], k->sw[0].pins[1]}, false};
        sim_keys_switch(k, &s);
    }
    while (k->n_sr) {
        sreg_t r = k->sr[--k->n_sr];
        drive(k, r.data, -1);
        sreg_free(&r);
    }
}

void sim_keys_close(hal_system_t *sys, sim_keys_t *k)
{
    if (!k)
        return;
    sim_unlisten(sys, on_change, k);
    for (size_t i = 0; i < k->n_sr; i++)
        sreg_free(&k->sr[i]);
    free(k->sr);
    free(k->sw);
    free(k);
}
