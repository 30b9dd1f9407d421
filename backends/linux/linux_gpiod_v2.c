/*
 * linux_gpiod.h over libgpiod 2.x (tested with 2.2.1, Debian 13).
 *
 * One gpiod_line_request per line. The v2 uAPI applies direction, bias,
 * drive, edge detection, debounce and the output value in the request and
 * in gpiod_line_request_reconfigure_lines alike, so every change is one
 * ioctl with no glitch. Edge timestamps are asked for on CLOCK_MONOTONIC;
 * a gap in a line's event sequence numbers means the kernel's buffer
 * overflowed, reported once as -EOVERFLOW.
 *
 * Levels are read and written with the uAPI's GPIO_V2_LINE_GET_VALUES /
 * SET_VALUES ioctl on the request's own descriptor
 * (gpiod_line_request_get_fd, through linux_sys_ioctl): the same single
 * ioctl that gpiod_line_request_set_value makes, without its per-call
 * argument checks and offset lookup (with them, a C loop toggling a line
 * runs about 10% slower than one on the ioctl: bench/vm). The request
 * holds one line, so the line is bit 0.
 */
#include <errno.h>
#include <gpiod.h>
#include <linux/gpio.h>
#include <stdlib.h>
#include <string.h>

#include "linux.h"
#include "linux_gpiod.h"
#include "linux_sys.h"

struct linux_gpiod_chip {
    struct gpiod_chip *g;
    uint32_t lines;
};

struct linux_gpiod_req {
    struct gpiod_line_request *req; /* NULL once lost */
    int fd;                         /* req's descriptor */
    struct gpiod_edge_event_buffer *buf; /* created on first use */
    unsigned int offset;
    hal_gpio_config_t cfg;
    unsigned long seqno; /* of the last event read (0 after the request:
                            the kernel numbers a request's events from 1) */
    bool seq_unknown;    /* after a reconfiguration, whether the kernel
                            restarts the count is not ours to know */
};

#define EVENT_BATCH 16

static int fail(void)
{
    return errno > 0 ? -errno : -EIO;
}

static void copy(char *dst, size_t size, const char *src)
{
    if (size == 0)
        return;
    size_t n = src ? strlen(src) : 0;
    if (n >= size)
        n = size - 1;
    if (n)
        memcpy(dst, src, n);
    dst[n] = '\0';
}

int linux_gpiod_chip_open(const char *path, linux_gpiod_chip_t **out)
{
    *out = NULL;
    linux_gpiod_chip_t *c = malloc(sizeof(*c));
    if (!c)
        return -ENOMEM;
    errno = 0;
    c->g = gpiod_chip_open(path);
    struct gpiod_chip_info *info = c->g ? gpiod_chip_get_info(c->g) : NULL;
    if (!info) {
        int rc = fail();
        if (c->g)
            gpiod_chip_close(c->g);
        free(c);
        return rc;
    }
    c->lines = (uint32_t)gpiod_chip_info_get_num_lines(info);
    gpiod_chip_info_free(info);
    *out = c;
    return 0;
}

void linux_gpiod_chip_close(linux_gpiod_chip_t *chip)
{
    if (!chip)
        return;
    gpiod_chip_close(chip->g);
    free(chip);
}

int linux_gpiod_chip_info(linux_gpiod_chip_t *chip, char *label, size_t size, uint32_t *lines)
{
    errno = 0;
    struct gpiod_chip_info *info = gpiod_chip_get_info(chip->g);
    if (!info)
        return fail();
    copy(label, size, gpiod_chip_info_get_label(info));
    *lines = (uint32_t)gpiod_chip_info_get_num_lines(info);
    gpiod_chip_info_free(info);
    return 0;
}

int linux_gpiod_line_info(linux_gpiod_chip_t *chip, uint32_t line, char *name, size_t name_size, bool *used,
                          char *consumer, size_t consumer_size)
{
    if (line >= chip->lines)
        return -EINVAL;
    errno = 0;
    struct gpiod_line_info *info = gpiod_chip_get_line_info(chip->g, line);
    if (!info)
        return fail();
    copy(name, name_size, gpiod_line_info_get_name(info));
    *used = gpiod_line_info_is_used(info);
    copy(consumer, consumer_size, *used ? gpiod_line_info_get_consumer(info) : NULL);
    gpiod_line_info_free(info);
    return 0;
}

/* The settings for c: drive and initial value for outputs; bias, edges,
 * event clock and debounce for inputs. */
static int fill_settings(struct gpiod_line_settings *s, const hal_gpio_config_t *c)
{
    static const enum gpiod_line_drive drive[] = {GPIOD_LINE_DRIVE_PUSH_PULL, GPIOD_LINE_DRIVE_OPEN_DRAIN,
                                                  GPIOD_LINE_DRIVE_OPEN_SOURCE};
    static const enum gpiod_line_bias bias[] = {GPIOD_LINE_BIAS_DISABLED, GPIOD_LINE_BIAS_PULL_UP,
                                                GPIOD_LINE_BIAS_PULL_DOWN};
    static const enum gpiod_line_edge edge[] = {GPIOD_LINE_EDGE_NONE, GPIOD_LINE_EDGE_RISING,
                                                GPIOD_LINE_EDGE_FALLING, GPIOD_LINE_EDGE_BOTH};
    int bad = 0;
    if (c->direction == HAL_GPIO_OUTPUT) {
        bad |= gpiod_line_settings_set_direction(s, GPIOD_LINE_DIRECTION_OUTPUT);
        bad |= gpiod_line_settings_set_drive(s, drive[c->drive]);
        bad |= gpiod_line_settings_set_output_value(s, c->value ? GPIOD_LINE_VALUE_ACTIVE
                                                                : GPIOD_LINE_VALUE_INACTIVE);
    } else {
        bad |= gpiod_line_settings_set_direction(s, GPIOD_LINE_DIRECTION_INPUT);
        bad |= gpiod_line_settings_set_bias(s, bias[c->pull]);
        bad |= gpiod_line_settings_set_edge_detection(s, edge[c->edge]);
        if (c->edge != HAL_GPIO_EDGE_NONE) {
            bad |= gpiod_line_settings_set_event_clock(s, GPIOD_LINE_CLOCK_MONOTONIC);
            gpiod_line_settings_set_debounce_period_us(s, c->debounce_us);
        }
    }
    return bad ? -EINVAL : 0;
}

/* A line config holding offset with c's settings, or NULL (*rc set). */
static struct gpiod_line_config *line_config(unsigned int offset, const hal_gpio_config_t *c, int *rc)
{
    struct gpiod_line_settings *s = gpiod_line_settings_new();
    struct gpiod_line_config *lc = gpiod_line_config_new();
    *rc = !s || !lc ? -ENOMEM : fill_settings(s, c);
    if (*rc == 0) {
        errno = 0;
        if (gpiod_line_config_add_line_settings(lc, &offset, 1, s) < 0)
            *rc = fail();
    }
    gpiod_line_settings_free(s);
    if (*rc) {
        gpiod_line_config_free(lc);
        return NULL;
    }
    return lc;
}

int linux_gpiod_request(linux_gpiod_chip_t *chip, uint32_t line, const hal_gpio_config_t *cfg,
                        linux_gpiod_req_t **out)
{
    *out = NULL;
    if (line >= chip->lines)
        return -EINVAL;
    int rc;
    struct gpiod_line_config *lc = line_config(line, cfg, &rc);
    if (!lc)
        return rc;
    struct gpiod_request_config *rq = gpiod_request_config_new();
    linux_gpiod_req_t *r = calloc(1, sizeof(*r));
    if (!rq || !r) {
        rc = -ENOMEM;
    } else {
        gpiod_request_config_set_consumer(rq, LINUX_CONSUMER);
        errno = 0;
        r->req = gpiod_chip_request_lines(chip->g, rq, lc);
        rc = r->req ? 0 : fail();
    }
    gpiod_request_config_free(rq);
    gpiod_line_config_free(lc);
    if (rc) {
        free(r);
        return rc;
    }
    r->offset = line;
    r->fd = gpiod_line_request_get_fd(r->req);
    r->cfg = *cfg;
    *out = r;
    return 0;
}

int linux_gpiod_reconfigure(linux_gpiod_req_t *r, const hal_gpio_config_t *cfg)
{
    if (!r->req)
        return -EBUSY;
    int rc;
    struct gpiod_line_config *lc = line_config(r->offset, cfg, &rc);
    if (!lc)
        return rc;
    errno = 0;
    rc = gpiod_line_request_reconfigure_lines(r->req, lc) < 0 ? fail() : 0;
    gpiod_line_config_free(lc);
    if (rc == 0) {
        r->cfg = *cfg;
        r->seq_unknown = true;
    }
    return rc;
}

void linux_gpiod_release(linux_gpiod_req_t *r)
{
    if (!r)
        return;
    if (r->req) {
        if (r->cfg.direction == HAL_GPIO_OUTPUT || r->cfg.pull != HAL_GPIO_PULL_NONE) {
            hal_gpio_config_t input = {.direction = HAL_GPIO_INPUT};
            int rc;
            struct gpiod_line_config *lc = line_config(r->offset, &input, &rc);
            if (lc) {
                gpiod_line_request_reconfigure_lines(r->req, lc);
                gpiod_line_config_free(lc);
            }
        }
        gpiod_line_request_release(r->req);
    }
    gpiod_edge_event_buffer_free(r->buf);
    free(r);
}

int linux_gpiod_get(linux_gpiod_req_t *r, int *value)
{
    if (!r->req)
        return -EBUSY;
    struct gpio_v2_line_values v = {.bits = 0, .mask = 1};
    int rc = linux_sys_ioctl(r->fd, GPIO_V2_LINE_GET_VALUES_IOCTL, &v);
    if (rc < 0)
        return rc;
    *value = (int)(v.bits & 1);
    return 0;
}

int linux_gpiod_set(linux_gpiod_req_t *r, int value)
{
    if (!r->req)
        return -EBUSY;
    struct gpio_v2_line_values v = {.bits = value != 0, .mask = 1};
    int rc = linux_sys_ioctl(r->fd, GPIO_V2_LINE_SET_VALUES_IOCTL, &v);
    if (rc < 0)
        return rc;
    r->cfg.value = (uint8_t)(value != 0);
    return 0;
}

int linux_gpiod_events(linux_gpiod_req_t *r, hal_gpio_event_t *ev, size_t max, size_t *n)
{
    *n = 0;
    if (!r->req)
        return -EBUSY;
    if (r->cfg.direction != HAL_GPIO_INPUT || r->cfg.edge == HAL_GPIO_EDGE_NONE)
        return 0;
    if (!r->buf && !(r->buf = gpiod_edge_event_buffer_new(EVENT_BATCH)))
        return -ENOMEM;
    bool lost = false;
    while (*n < max) {
        errno = 0;
        int ready = gpiod_line_request_wait_edge_events(r->req, 0);
        if (ready < 0)
            return fail();
        if (ready == 0)
            break;
        size_t want = max - *n < EVENT_BATCH ? max - *n : EVENT_BATCH;
        int got = gpiod_line_request_read_edge_events(r->req, r->buf, want);
        if (got < 0)
            return fail();
        if (got == 0)
            break;
        for (int i = 0; i < got; i++) {
            struct gpiod_edge_event *e = gpiod_edge_event_buffer_get_event(r->buf, (unsigned long)i);
            unsigned long seq = gpiod_edge_event_get_line_seqno(e);
            if (!r->seq_unknown && seq != r->seqno + 1)
                lost = true;
            r->seq_unknown = false;
            r->seqno = seq;
            uint8_t edge = gpiod_edge_event_get_event_type(e) == GPIOD_EDGE_EVENT_RISING_EDGE ? HAL_GPIO_EDGE_RISING
                                                                                              : HAL_GPIO_EDGE_FALLING;
            ev[(*n)++] = (hal_gpio_event_t){gpiod_edge_event_get_timestamp_ns(e), r->offset, edge};
        }
    }
    return lost ? -EOVERFLOW : 0;
}
