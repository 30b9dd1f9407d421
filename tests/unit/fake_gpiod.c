/*
 * The fake GPIO kernel behind fake_gpiod_v1.c and fake_gpiod_v2.c (see
 * fake_gpiod.h). Invariant: after every call, each line's `driven` and
 * `level` follow from its request and the outside as the header says;
 * `update` restores it and is the only place that records history and
 * queues events.
 */
#include "fake_gpiod.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

static fake_chip_t chips[FAKE_MAX_CHIPS];
static size_t n_chips;
static char fail_fn[64];
static int fail_err, fail_times;
bool fake_gpiod_no_set_config;

void fake_gpiod_reset(void)
{
    memset(chips, 0, sizeof(chips));
    n_chips = 0;
    fail_fn[0] = '\0';
    fail_err = fail_times = 0;
    fake_gpiod_no_set_config = false;
}

fake_chip_t *fake_gpiod_add_chip(const char *path, const char *label, unsigned n_lines)
{
    if (n_chips == FAKE_MAX_CHIPS || n_lines > FAKE_MAX_LINES)
        return NULL;
    fake_chip_t *c = &chips[n_chips++];
    memset(c, 0, sizeof(*c));
    snprintf(c->path, sizeof(c->path), "%s", path);
    snprintf(c->label, sizeof(c->label), "%s", label);
    c->n_lines = n_lines;
    for (unsigned i = 0; i < n_lines; i++) {
        c->lines[i].outside = -1;
        c->lines[i].driven = -1;
    }
    return c;
}

fake_chip_t *fake_core_find(const char *path)
{
    for (size_t i = 0; i < n_chips; i++)
        if (strcmp(chips[i].path, path) == 0)
            return &chips[i];
    return NULL;
}

fake_chip_t *fake_gpiod_chip(const char *path)
{
    return fake_core_find(path);
}

void fake_gpiod_hold(fake_chip_t *c, unsigned line, const char *consumer)
{
    c->lines[line].held = true;
    snprintf(c->lines[line].holder, sizeof(c->lines[line].holder), "%s", consumer);
}

void fake_gpiod_fail(const char *fn, int err, int times)
{
    snprintf(fail_fn, sizeof(fail_fn), "%s", fn);
    fail_err = err;
    fail_times = times;
}

int fake_core_injected(const char *fn)
{
    if (fail_times > 0 && strcmp(fn, fail_fn) == 0) {
        errno = fail_err;
        fail_times--;
        return -1;
    }
    return 0;
}

int fake_gpiod_open_handles(void)
{
    int n = 0;
    for (size_t i = 0; i < n_chips; i++)
        n += chips[i].opened;
    return n;
}

int fake_gpiod_live_requests(void)
{
    int n = 0;
    for (size_t i = 0; i < n_chips; i++)
        for (unsigned l = 0; l < chips[i].n_lines; l++)
            n += chips[i].lines[l].requested;
    return n;
}

/* ---- the model ---- */

static int drive_of(const fake_line_t *l)
{
    if (!l->requested || !l->cfg.output)
        return -1;
    if (l->cfg.drive == FAKE_DRIVE_OD)
        return l->cfg.value ? -1 : 0;
    if (l->cfg.drive == FAKE_DRIVE_OS)
        return l->cfg.value ? 1 : -1;
    return l->cfg.value;
}

static int level_of(const fake_line_t *l)
{
    int d = drive_of(l);
    if (d >= 0)
        return d;
    if (l->outside >= 0)
        return l->outside;
    if (l->requested && !l->cfg.output && l->cfg.bias == FAKE_BIAS_UP)
        return 1;
    return 0;
}

static void queue(fake_line_t *l, int edge, uint64_t ts)
{
    l->seqno++;
    if (l->ev_n == FAKE_EVENTS) { /* full: the oldest goes, as in the kernel */
        l->ev_head = (l->ev_head + 1) % FAKE_EVENTS;
        l->ev_n--;
    }
    l->ev[(l->ev_head + l->ev_n) % FAKE_EVENTS] = (fake_event_t){ts, edge, l->seqno};
    l->ev_n++;
}

static void update(fake_line_t *l, uint64_t ts)
{
    int d = drive_of(l), v = level_of(l);
    if (d != l->driven && l->n_history < FAKE_HISTORY)
        l->history[l->n_history++] = d;
    if (v != l->level && l->requested && !l->cfg.output) {
        int edge = v ? FAKE_EDGE_RISING : FAKE_EDGE_FALLING;
        if (l->cfg.edges & edge)
            queue(l, edge, ts);
    }
    l->driven = d;
    l->level = v;
}

void fake_gpiod_drive(fake_chip_t *c, unsigned line, int level, uint64_t ts)
{
    c->lines[line].outside = level;
    update(&c->lines[line], ts);
}

/* What the kernel refuses: bias with outputs, drive with inputs, edges
 * on outputs. */
static int check_cfg(const fake_cfg_t *cfg)
{
    if (cfg->output && (cfg->bias != FAKE_BIAS_AS_IS || cfg->edges))
        return -EINVAL;
    if (!cfg->output && cfg->drive != FAKE_DRIVE_PP)
        return -EINVAL;
    return 0;
}

int fake_core_request(fake_chip_t *c, unsigned line, const fake_cfg_t *cfg)
{
    if (line >= c->n_lines)
        return -EINVAL;
    fake_line_t *l = &c->lines[line];
    if (l->held || l->requested)
        return -EBUSY;
    int rc = check_cfg(cfg);
    if (rc)
        return rc;
    l->requested = true;
    l->requests++;
    l->cfg = *cfg;
    l->ev_n = l->ev_head = 0;
    l->seqno = 0;
    update(l, 0);
    return 0;
}

int fake_core_reconfigure(fake_chip_t *c, unsigned line, const fake_cfg_t *cfg)
{
    fake_line_t *l = &c->lines[line];
    if (!l->requested)
        return -EPERM;
    int rc = check_cfg(cfg);
    if (rc)
        return rc;
    l->cfg = *cfg;
    update(l, 0);
    return 0;
}

void fake_core_release(fake_chip_t *c, unsigned line)
{
    fake_line_t *l = &c->lines[line];
    l->requested = false;
    update(l, 0);
}

int fake_core_set(fake_chip_t *c, unsigned line, int value)
{
    fake_line_t *l = &c->lines[line];
    if (!l->requested || !l->cfg.output)
        return -EPERM;
    l->cfg.value = value != 0;
    update(l, 0);
    return 0;
}

int fake_core_pop_event(fake_chip_t *c, unsigned line, fake_event_t *e)
{
    fake_line_t *l = &c->lines[line];
    if (!l->ev_n)
        return 0;
    *e = l->ev[l->ev_head];
    l->ev_head = (l->ev_head + 1) % FAKE_EVENTS;
    l->ev_n--;
    return 1;
}
