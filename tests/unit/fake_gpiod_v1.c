/*
 * libgpiod 1.x's API (the functions backends/linux/linux_gpiod_v1.c calls)
 * over the fake kernel of fake_gpiod.c. Compiled against the real
 * gpiod.h, so every signature is checked against the library's.
 */
#include <errno.h>
#include <gpiod.h>
#include <stdlib.h>
#include <string.h>

#include "fake_gpiod.h"

const int fake_gpiod_api = 1;

struct gpiod_line {
    struct gpiod_chip *chip;
    unsigned int offset;
    bool requested;
    int type;
    int fd; /* the request's (fake_core_fd_open) */
};

struct gpiod_chip {
    fake_chip_t *fc;
    struct gpiod_line lines[FAKE_MAX_LINES];
};

#define INJECT(fn, fail_value)                                                                                     \
    do {                                                                                                           \
        if (fake_core_injected(fn))                                                                                \
            return fail_value;                                                                                     \
    } while (0)

static int set_errno(int rc)
{
    if (rc < 0) {
        errno = -rc;
        return -1;
    }
    return rc;
}

struct gpiod_chip *gpiod_chip_open(const char *path)
{
    INJECT("gpiod_chip_open", NULL);
    fake_chip_t *fc = fake_core_find(path);
    if (!fc) {
        errno = ENOENT;
        return NULL;
    }
    if (fc->open_errno) {
        errno = fc->open_errno;
        return NULL;
    }
    struct gpiod_chip *c = calloc(1, sizeof(*c));
    if (!c) {
        errno = ENOMEM;
        return NULL;
    }
    c->fc = fc;
    for (unsigned i = 0; i < FAKE_MAX_LINES; i++)
        c->lines[i] = (struct gpiod_line){c, i, false, 0, -1};
    fc->opened++;
    return c;
}

void gpiod_chip_close(struct gpiod_chip *chip)
{
    for (unsigned i = 0; i < chip->fc->n_lines; i++)
        if (chip->lines[i].requested)
            gpiod_line_release(&chip->lines[i]);
    chip->fc->opened--;
    free(chip);
}

const char *gpiod_chip_label(struct gpiod_chip *chip)
{
    return chip->fc->label;
}

unsigned int gpiod_chip_num_lines(struct gpiod_chip *chip)
{
    return chip->fc->n_lines;
}

struct gpiod_line *gpiod_chip_get_line(struct gpiod_chip *chip, unsigned int offset)
{
    INJECT("gpiod_chip_get_line", NULL);
    if (offset >= chip->fc->n_lines) {
        errno = EINVAL;
        return NULL;
    }
    return &chip->lines[offset];
}

unsigned int gpiod_line_offset(struct gpiod_line *line)
{
    return line->offset;
}

int gpiod_line_update(struct gpiod_line *line)
{
    (void)line;
    INJECT("gpiod_line_update", -1);
    return 0;
}

static fake_line_t *fl(struct gpiod_line *line)
{
    return &line->chip->fc->lines[line->offset];
}

const char *gpiod_line_name(struct gpiod_line *line)
{
    return fl(line)->name[0] ? fl(line)->name : NULL;
}

bool gpiod_line_is_used(struct gpiod_line *line)
{
    return fl(line)->held || fl(line)->requested;
}

const char *gpiod_line_consumer(struct gpiod_line *line)
{
    if (fl(line)->held)
        return fl(line)->holder[0] ? fl(line)->holder : NULL;
    return fl(line)->requested ? "circuitpython" : NULL;
}

/* The fake kernel's view of a v1 request type and flags. */
static int to_cfg(int type, int flags, int value, fake_cfg_t *cfg)
{
    memset(cfg, 0, sizeof(*cfg));
    switch (type) {
    case GPIOD_LINE_REQUEST_DIRECTION_OUTPUT:
        cfg->output = true;
        break;
    case GPIOD_LINE_REQUEST_DIRECTION_INPUT:
        break;
    case GPIOD_LINE_REQUEST_EVENT_RISING_EDGE:
        cfg->edges = FAKE_EDGE_RISING;
        break;
    case GPIOD_LINE_REQUEST_EVENT_FALLING_EDGE:
        cfg->edges = FAKE_EDGE_FALLING;
        break;
    case GPIOD_LINE_REQUEST_EVENT_BOTH_EDGES:
        cfg->edges = FAKE_EDGE_RISING | FAKE_EDGE_FALLING;
        break;
    default:
        return -EINVAL;
    }
    cfg->value = value != 0;
    cfg->drive = flags & GPIOD_LINE_REQUEST_FLAG_OPEN_DRAIN    ? FAKE_DRIVE_OD
                 : flags & GPIOD_LINE_REQUEST_FLAG_OPEN_SOURCE ? FAKE_DRIVE_OS
                                                               : FAKE_DRIVE_PP;
    cfg->bias = flags & GPIOD_LINE_REQUEST_FLAG_BIAS_PULL_UP     ? FAKE_BIAS_UP
                : flags & GPIOD_LINE_REQUEST_FLAG_BIAS_PULL_DOWN ? FAKE_BIAS_DOWN
                : flags & GPIOD_LINE_REQUEST_FLAG_BIAS_DISABLE   ? FAKE_BIAS_DISABLED
                                                                 : FAKE_BIAS_AS_IS;
    if (flags & GPIOD_LINE_REQUEST_FLAG_ACTIVE_LOW)
        return -EINVAL; /* the backend never asks for it: active-low is above it */
    return 0;
}

int gpiod_line_request(struct gpiod_line *line, const struct gpiod_line_request_config *config, int default_val)
{
    INJECT("gpiod_line_request", -1);
    if (line->requested || !config->consumer || strcmp(config->consumer, "circuitpython") != 0)
        return set_errno(line->requested ? -EBUSY : -EINVAL);
    fake_cfg_t cfg;
    int rc = to_cfg(config->request_type, config->flags, default_val, &cfg);
    if (rc == 0)
        rc = fake_core_request(line->chip->fc, line->offset, &cfg);
    if (rc == 0) {
        line->requested = true;
        line->type = config->request_type;
        line->fd = fake_core_fd_open(line->chip->fc, line->offset);
    }
    return set_errno(rc);
}

void gpiod_line_release(struct gpiod_line *line)
{
    if (!line->requested)
        return;
    fake_core_release(line->chip->fc, line->offset);
    fake_core_fd_close(line->fd);
    line->fd = -1;
    line->requested = false;
}

int gpiod_line_set_config(struct gpiod_line *line, int direction, int flags, int value)
{
    INJECT("gpiod_line_set_config", -1);
    if (fake_gpiod_no_set_config)
        return set_errno(-ENOTTY);
    if (!line->requested || (line->type != GPIOD_LINE_REQUEST_DIRECTION_INPUT &&
                             line->type != GPIOD_LINE_REQUEST_DIRECTION_OUTPUT))
        return set_errno(-EPERM);
    fake_cfg_t cfg;
    int rc = to_cfg(direction, flags, value, &cfg);
    if (rc == 0)
        rc = fake_core_reconfigure(line->chip->fc, line->offset, &cfg);
    if (rc == 0)
        line->type = direction;
    return set_errno(rc);
}

int gpiod_line_get_value(struct gpiod_line *line)
{
    INJECT("gpiod_line_get_value", -1);
    if (!line->requested)
        return set_errno(-EPERM);
    return fl(line)->level;
}

int gpiod_line_set_value(struct gpiod_line *line, int value)
{
    INJECT("gpiod_line_set_value", -1);
    if (!line->requested)
        return set_errno(-EPERM);
    return set_errno(fake_core_set(line->chip->fc, line->offset, value));
}

int gpiod_line_event_wait(struct gpiod_line *line, const struct timespec *timeout)
{
    INJECT("gpiod_line_event_wait", -1);
    if (!line->requested || !fl(line)->cfg.edges)
        return set_errno(-EPERM);
    if (fl(line)->ev_n == 0 && (timeout->tv_sec || timeout->tv_nsec))
        return set_errno(-EINVAL); /* the backend must never wait */
    return fl(line)->ev_n ? 1 : 0;
}

int gpiod_line_event_read_multiple(struct gpiod_line *line, struct gpiod_line_event *events, unsigned int num_events)
{
    INJECT("gpiod_line_event_read_multiple", -1);
    if (!line->requested || !fl(line)->cfg.edges)
        return set_errno(-EPERM);
    if (fl(line)->ev_n == 0)
        return set_errno(-EAGAIN); /* the real one would block here */
    unsigned n = 0;
    fake_event_t e;
    while (n < num_events && fake_core_pop_event(line->chip->fc, line->offset, &e)) {
        events[n].ts.tv_sec = (time_t)(e.ts / 1000000000u);
        events[n].ts.tv_nsec = (long)(e.ts % 1000000000u);
        events[n].event_type = e.edge == FAKE_EDGE_RISING ? GPIOD_LINE_EVENT_RISING_EDGE : GPIOD_LINE_EVENT_FALLING_EDGE;
        n++;
    }
    return (int)n;
}
