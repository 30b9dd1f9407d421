/*
 * libgpiod 2.x's API (the functions backends/linux/linux_gpiod_v2.c calls)
 * over the fake kernel of fake_gpiod.c. Compiled against the real
 * gpiod.h, so every signature is checked against the library's. Settings
 * and configs are plain structs here; a request holds exactly one line,
 * as the backend makes them.
 */
#include <errno.h>
#include <gpiod.h>
#include <stdlib.h>
#include <string.h>

#include "fake_gpiod.h"

const int fake_gpiod_api = 2;

struct gpiod_chip {
    fake_chip_t *fc;
};

struct gpiod_chip_info {
    char label[64];
    size_t lines;
};

struct gpiod_line_info {
    char name[32], consumer[32];
    bool used;
};

struct gpiod_line_settings {
    enum gpiod_line_direction direction;
    enum gpiod_line_edge edge;
    enum gpiod_line_bias bias;
    enum gpiod_line_drive drive;
    enum gpiod_line_clock clock;
    enum gpiod_line_value value;
    unsigned long debounce_us;
};

struct gpiod_line_config {
    bool has;
    unsigned int offset;
    struct gpiod_line_settings settings;
};

struct gpiod_request_config {
    char consumer[64];
};

struct gpiod_line_request {
    fake_chip_t *fc;
    unsigned int offset;
    int fd; /* fake_core_fd_open's: levels are read and written on it */
};

struct gpiod_edge_event {
    enum gpiod_edge_event_type type;
    uint64_t ts;
    unsigned int offset;
    unsigned long seqno;
};

struct gpiod_edge_event_buffer {
    size_t capacity, n;
    struct gpiod_edge_event ev[];
};

#define INJECT(fn, fail_value)                                                                                     \
    do {                                                                                                           \
        if (fake_core_injected(fn))                                                                                \
            return fail_value;                                                                                     \
    } while (0)

static void *new0(size_t size)
{
    void *p = calloc(1, size);
    if (!p)
        errno = ENOMEM;
    return p;
}

/* ---- chips and info ---- */

struct gpiod_chip *gpiod_chip_open(const char *path)
{
    INJECT("gpiod_chip_open", NULL);
    fake_chip_t *fc = fake_core_find(path);
    if (!fc || fc->open_errno) {
        errno = fc ? fc->open_errno : ENOENT;
        return NULL;
    }
    struct gpiod_chip *c = new0(sizeof(*c));
    if (c) {
        c->fc = fc;
        fc->opened++;
    }
    return c;
}

void gpiod_chip_close(struct gpiod_chip *chip)
{
    if (!chip)
        return;
    chip->fc->opened--;
    free(chip);
}

struct gpiod_chip_info *gpiod_chip_get_info(struct gpiod_chip *chip)
{
    INJECT("gpiod_chip_get_info", NULL);
    struct gpiod_chip_info *i = new0(sizeof(*i));
    if (i) {
        strcpy(i->label, chip->fc->label);
        i->lines = chip->fc->n_lines;
    }
    return i;
}

const char *gpiod_chip_info_get_label(struct gpiod_chip_info *info)
{
    return info->label;
}

size_t gpiod_chip_info_get_num_lines(struct gpiod_chip_info *info)
{
    return info->lines;
}

void gpiod_chip_info_free(struct gpiod_chip_info *info)
{
    free(info);
}

struct gpiod_line_info *gpiod_chip_get_line_info(struct gpiod_chip *chip, unsigned int offset)
{
    INJECT("gpiod_chip_get_line_info", NULL);
    if (offset >= chip->fc->n_lines) {
        errno = EINVAL;
        return NULL;
    }
    const fake_line_t *l = &chip->fc->lines[offset];
    struct gpiod_line_info *i = new0(sizeof(*i));
    if (i) {
        strcpy(i->name, l->name);
        i->used = l->held || l->requested;
        strcpy(i->consumer, l->held ? l->holder : l->requested ? "circuitpython" : "");
    }
    return i;
}

const char *gpiod_line_info_get_name(struct gpiod_line_info *info)
{
    return info->name[0] ? info->name : NULL;
}

bool gpiod_line_info_is_used(struct gpiod_line_info *info)
{
    return info->used;
}

const char *gpiod_line_info_get_consumer(struct gpiod_line_info *info)
{
    return info->consumer[0] ? info->consumer : NULL;
}

void gpiod_line_info_free(struct gpiod_line_info *info)
{
    free(info);
}

/* ---- settings and configs ---- */

struct gpiod_line_settings *gpiod_line_settings_new(void)
{
    INJECT("gpiod_line_settings_new", NULL);
    struct gpiod_line_settings *s = new0(sizeof(*s));
    if (s)
        *s = (struct gpiod_line_settings){GPIOD_LINE_DIRECTION_AS_IS, GPIOD_LINE_EDGE_NONE, GPIOD_LINE_BIAS_AS_IS,
                                          GPIOD_LINE_DRIVE_PUSH_PULL, GPIOD_LINE_CLOCK_MONOTONIC,
                                          GPIOD_LINE_VALUE_INACTIVE, 0};
    return s;
}

void gpiod_line_settings_free(struct gpiod_line_settings *settings)
{
    free(settings);
}

int gpiod_line_settings_set_direction(struct gpiod_line_settings *s, enum gpiod_line_direction v)
{
    s->direction = v;
    return 0;
}

int gpiod_line_settings_set_edge_detection(struct gpiod_line_settings *s, enum gpiod_line_edge v)
{
    s->edge = v;
    return 0;
}

int gpiod_line_settings_set_bias(struct gpiod_line_settings *s, enum gpiod_line_bias v)
{
    s->bias = v;
    return 0;
}

int gpiod_line_settings_set_drive(struct gpiod_line_settings *s, enum gpiod_line_drive v)
{
    s->drive = v;
    return 0;
}

int gpiod_line_settings_set_event_clock(struct gpiod_line_settings *s, enum gpiod_line_clock v)
{
    s->clock = v;
    return 0;
}

void gpiod_line_settings_set_debounce_period_us(struct gpiod_line_settings *s, unsigned long period)
{
    s->debounce_us = period;
}

int gpiod_line_settings_set_output_value(struct gpiod_line_settings *s, enum gpiod_line_value v)
{
    s->value = v;
    return 0;
}

struct gpiod_line_config *gpiod_line_config_new(void)
{
    INJECT("gpiod_line_config_new", NULL);
    return new0(sizeof(struct gpiod_line_config));
}

void gpiod_line_config_free(struct gpiod_line_config *config)
{
    free(config);
}

int gpiod_line_config_add_line_settings(struct gpiod_line_config *config, const unsigned int *offsets,
                                        size_t num_offsets, struct gpiod_line_settings *settings)
{
    INJECT("gpiod_line_config_add_line_settings", -1);
    if (num_offsets != 1 || config->has) {
        errno = EINVAL; /* the backend requests one line at a time */
        return -1;
    }
    config->has = true;
    config->offset = offsets[0];
    config->settings = *settings;
    return 0;
}

struct gpiod_request_config *gpiod_request_config_new(void)
{
    INJECT("gpiod_request_config_new", NULL);
    return new0(sizeof(struct gpiod_request_config));
}

void gpiod_request_config_free(struct gpiod_request_config *config)
{
    free(config);
}

void gpiod_request_config_set_consumer(struct gpiod_request_config *config, const char *consumer)
{
    strncpy(config->consumer, consumer, sizeof(config->consumer) - 1);
}

/* ---- requests ---- */

static int to_cfg(const struct gpiod_line_settings *s, fake_cfg_t *cfg)
{
    memset(cfg, 0, sizeof(*cfg));
    if (s->direction == GPIOD_LINE_DIRECTION_AS_IS)
        return -EINVAL; /* the backend always says */
    cfg->output = s->direction == GPIOD_LINE_DIRECTION_OUTPUT;
    cfg->value = s->value == GPIOD_LINE_VALUE_ACTIVE;
    cfg->drive = s->drive == GPIOD_LINE_DRIVE_OPEN_DRAIN    ? FAKE_DRIVE_OD
                 : s->drive == GPIOD_LINE_DRIVE_OPEN_SOURCE ? FAKE_DRIVE_OS
                                                            : FAKE_DRIVE_PP;
    cfg->bias = s->bias == GPIOD_LINE_BIAS_PULL_UP     ? FAKE_BIAS_UP
                : s->bias == GPIOD_LINE_BIAS_PULL_DOWN ? FAKE_BIAS_DOWN
                : s->bias == GPIOD_LINE_BIAS_DISABLED  ? FAKE_BIAS_DISABLED
                                                       : FAKE_BIAS_AS_IS;
    cfg->edges = (s->edge == GPIOD_LINE_EDGE_RISING || s->edge == GPIOD_LINE_EDGE_BOTH ? FAKE_EDGE_RISING : 0) |
                 (s->edge == GPIOD_LINE_EDGE_FALLING || s->edge == GPIOD_LINE_EDGE_BOTH ? FAKE_EDGE_FALLING : 0);
    cfg->monotonic = s->clock == GPIOD_LINE_CLOCK_MONOTONIC;
    cfg->debounce_us = (uint32_t)s->debounce_us;
    return 0;
}

static int fail(int rc)
{
    errno = -rc;
    return -1;
}

struct gpiod_line_request *gpiod_chip_request_lines(struct gpiod_chip *chip, struct gpiod_request_config *req_cfg,
                                                    struct gpiod_line_config *line_cfg)
{
    INJECT("gpiod_chip_request_lines", NULL);
    fake_cfg_t cfg;
    int rc = !line_cfg->has ? -EINVAL : to_cfg(&line_cfg->settings, &cfg);
    if (rc == 0 && (!req_cfg || strcmp(req_cfg->consumer, "circuitpython") != 0))
        rc = -EINVAL;
    if (rc == 0)
        rc = fake_core_request(chip->fc, line_cfg->offset, &cfg);
    struct gpiod_line_request *r = rc == 0 ? new0(sizeof(*r)) : NULL;
    if (!r) {
        if (rc == 0)
            fake_core_release(chip->fc, line_cfg->offset);
        fail(rc ? rc : -ENOMEM);
        return NULL;
    }
    r->fc = chip->fc;
    r->offset = line_cfg->offset;
    r->fd = fake_core_fd_open(chip->fc, line_cfg->offset);
    return r;
}

int gpiod_line_request_get_fd(struct gpiod_line_request *request)
{
    return request->fd;
}

int gpiod_line_request_reconfigure_lines(struct gpiod_line_request *request, struct gpiod_line_config *config)
{
    INJECT("gpiod_line_request_reconfigure_lines", -1);
    fake_cfg_t cfg;
    int rc = !config->has || config->offset != request->offset ? -EINVAL : to_cfg(&config->settings, &cfg);
    if (rc == 0)
        rc = fake_core_reconfigure(request->fc, request->offset, &cfg);
    return rc ? fail(rc) : 0;
}

void gpiod_line_request_release(struct gpiod_line_request *request)
{
    fake_core_release(request->fc, request->offset);
    fake_core_fd_close(request->fd);
    free(request);
}

int gpiod_line_request_wait_edge_events(struct gpiod_line_request *request, int64_t timeout_ns)
{
    INJECT("gpiod_line_request_wait_edge_events", -1);
    const fake_line_t *l = &request->fc->lines[request->offset];
    if (!l->ev_n && timeout_ns != 0)
        return fail(-EINVAL); /* the backend must never wait */
    return l->ev_n ? 1 : 0;
}

/* ---- edge events ---- */

struct gpiod_edge_event_buffer *gpiod_edge_event_buffer_new(size_t capacity)
{
    INJECT("gpiod_edge_event_buffer_new", NULL);
    if (capacity == 0)
        capacity = 64;
    struct gpiod_edge_event_buffer *b = new0(sizeof(*b) + capacity * sizeof(struct gpiod_edge_event));
    if (b)
        b->capacity = capacity;
    return b;
}

void gpiod_edge_event_buffer_free(struct gpiod_edge_event_buffer *buffer)
{
    free(buffer);
}

struct gpiod_edge_event *gpiod_edge_event_buffer_get_event(struct gpiod_edge_event_buffer *buffer,
                                                           unsigned long index)
{
    return index < buffer->n ? &buffer->ev[index] : NULL;
}

int gpiod_line_request_read_edge_events(struct gpiod_line_request *request, struct gpiod_edge_event_buffer *buffer,
                                        size_t max_events)
{
    INJECT("gpiod_line_request_read_edge_events", -1);
    const fake_line_t *l = &request->fc->lines[request->offset];
    if (!l->ev_n)
        return fail(-EAGAIN); /* the real one would block here */
    if (!l->cfg.monotonic)
        return fail(-EINVAL); /* the backend must ask for CLOCK_MONOTONIC */
    fake_event_t e;
    buffer->n = 0;
    while (buffer->n < max_events && buffer->n < buffer->capacity &&
           fake_core_pop_event(request->fc, request->offset, &e))
        buffer->ev[buffer->n++] = (struct gpiod_edge_event){
            e.edge == FAKE_EDGE_RISING ? GPIOD_EDGE_EVENT_RISING_EDGE : GPIOD_EDGE_EVENT_FALLING_EDGE, e.ts,
            request->offset, e.seqno};
    return (int)buffer->n;
}

enum gpiod_edge_event_type gpiod_edge_event_get_event_type(struct gpiod_edge_event *event)
{
    return event->type;
}

uint64_t gpiod_edge_event_get_timestamp_ns(struct gpiod_edge_event *event)
{
    return event->ts;
}

unsigned long gpiod_edge_event_get_line_seqno(struct gpiod_edge_event *event)
{
    return event->seqno;
}
