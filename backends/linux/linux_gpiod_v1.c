/*
 * linux_gpiod.h over libgpiod 1.x (tested with 1.6.3, Debian 12).
 *
 * The v1 uAPI has two kinds of request: a line handle (direction, bias,
 * drive, values; reconfigurable in place with GPIOHANDLE_SET_CONFIG,
 * Linux >= 5.5) and a line event request (an input with edge detection,
 * not reconfigurable). So:
 *  - inputs with edge detection are event requests for BOTH edges (the
 *    caller filters), so a change between rising and falling needs no
 *    new request;
 *  - every other change between two handle configurations goes through
 *    gpiod_line_set_config, which applies direction, flags and the output
 *    value in one ioctl (no glitch);
 *  - a change to or from an event request releases the line and requests
 *    it again. Neither side of such a change drives the line differently
 *    from the other in between (one of them is an input), but another
 *    process may take the line in that gap: then the request is lost
 *    (`held` false) and later calls fail with -EBUSY.
 * Invariant: req->held exactly when req->line is requested by us with
 * req->cfg (as the kernel has it, edge aside).
 *
 * Levels of a line handle are read and written with the uAPI's
 * GPIOHANDLE_GET/SET_LINE_VALUES ioctl on the handle's descriptor
 * (linux_sys_ioctl): the single ioctl gpiod_line_set_value makes, without
 * its bulk bookkeeping (a line array, same-chip and requested checks on
 * every call; with them, a C loop toggling a line runs 10-15% slower than
 * one on the ioctl: bench/vm). libgpiod 1.x does not tell a handle's
 * descriptor (2.x has gpiod_line_request_get_fd), so handle_fd finds it;
 * where it cannot be found, levels go through libgpiod.
 */
#include <errno.h>
#include <gpiod.h>
#include <linux/gpio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

#include "linux.h"
#include "linux_gpiod.h"
#include "linux_sys.h"

struct linux_gpiod_chip {
    struct gpiod_chip *g;
};

struct linux_gpiod_req {
    struct gpiod_line *line;
    hal_gpio_config_t cfg;
    bool held;
    int fd;                      /* the line handle's descriptor, or -1 */
    struct gpiohandle_data data; /* values[1..] stay 0 */
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

static bool is_event(const hal_gpio_config_t *c)
{
    return c->direction == HAL_GPIO_INPUT && c->edge != HAL_GPIO_EDGE_NONE;
}

static int request_type(const hal_gpio_config_t *c)
{
    if (c->direction == HAL_GPIO_OUTPUT)
        return GPIOD_LINE_REQUEST_DIRECTION_OUTPUT;
    return is_event(c) ? GPIOD_LINE_REQUEST_EVENT_BOTH_EDGES : GPIOD_LINE_REQUEST_DIRECTION_INPUT;
}

/* Drive flags for outputs, bias flags for inputs (the kernel refuses the
 * other combinations). */
static int request_flags(const hal_gpio_config_t *c)
{
    if (c->direction == HAL_GPIO_OUTPUT)
        return c->drive == HAL_GPIO_OPEN_DRAIN    ? GPIOD_LINE_REQUEST_FLAG_OPEN_DRAIN
               : c->drive == HAL_GPIO_OPEN_SOURCE ? GPIOD_LINE_REQUEST_FLAG_OPEN_SOURCE
                                                  : 0;
    return c->pull == HAL_GPIO_PULL_UP     ? GPIOD_LINE_REQUEST_FLAG_BIAS_PULL_UP
           : c->pull == HAL_GPIO_PULL_DOWN ? GPIOD_LINE_REQUEST_FLAG_BIAS_PULL_DOWN
                                           : GPIOD_LINE_REQUEST_FLAG_BIAS_DISABLE;
}

int linux_gpiod_chip_open(const char *path, linux_gpiod_chip_t **out)
{
    *out = NULL;
    linux_gpiod_chip_t *c = malloc(sizeof(*c));
    if (!c)
        return -ENOMEM;
    errno = 0;
    c->g = gpiod_chip_open(path);
    if (!c->g) {
        int rc = fail();
        free(c);
        return rc;
    }
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
    copy(label, size, gpiod_chip_label(chip->g));
    *lines = gpiod_chip_num_lines(chip->g);
    return 0;
}

int linux_gpiod_line_info(linux_gpiod_chip_t *chip, uint32_t line, char *name, size_t name_size, bool *used,
                          char *consumer, size_t consumer_size)
{
    if (line >= gpiod_chip_num_lines(chip->g))
        return -EINVAL;
    errno = 0;
    struct gpiod_line *l = gpiod_chip_get_line(chip->g, line);
    if (!l || gpiod_line_update(l) < 0)
        return fail();
    copy(name, name_size, gpiod_line_name(l));
    *used = gpiod_line_is_used(l);
    copy(consumer, consumer_size, *used ? gpiod_line_consumer(l) : NULL);
    return 0;
}

/* The lowest descriptor number free now, or -1. */
static int lowest_free_fd(void)
{
    int fd = eventfd(0, EFD_CLOEXEC);
    if (fd >= 0)
        close(fd);
    return fd;
}

/* The descriptor of the line handle gpiod_line_request just made, given
 * the lowest number that was free before the call, or -1. The kernel
 * gives a new descriptor the lowest free number, and gpiod_line_request
 * opens exactly one (the handle), so that is the one, unless another
 * thread opened a file in between: it is kept only once the kernel
 * answers GPIOHANDLE_GET_LINE_VALUES on it, which no other kind of file
 * does (an edge-event request of the same uAPI would, but this program
 * makes those only here). */
static int handle_fd(int candidate)
{
    struct gpiohandle_data d;
    memset(&d, 0, sizeof(d));
    if (candidate < 0 || linux_sys->ioctl(candidate, GPIOHANDLE_GET_LINE_VALUES_IOCTL, &d) < 0)
        return -1;
    return candidate;
}

/* Request l with c into r (r->fd found for a line handle). Kernels before
 * 5.5 know no bias flags: an input without pull is then asked for without
 * BIAS_DISABLE. */
static int request(linux_gpiod_req_t *r, struct gpiod_line *l, const hal_gpio_config_t *c)
{
    struct gpiod_line_request_config rc = {LINUX_CONSUMER, request_type(c), request_flags(c)};
    r->fd = -1;
    int next = lowest_free_fd();
    errno = 0;
    int err = gpiod_line_request(l, &rc, c->value) == 0 ? 0 : fail();
    if (err == -EINVAL && rc.flags == GPIOD_LINE_REQUEST_FLAG_BIAS_DISABLE) {
        rc.flags = 0;
        next = lowest_free_fd();
        errno = 0;
        if (gpiod_line_request(l, &rc, c->value) == 0)
            err = 0;
    }
    if (err == 0 && !is_event(c))
        r->fd = handle_fd(next);
    return err;
}

int linux_gpiod_request(linux_gpiod_chip_t *chip, uint32_t line, const hal_gpio_config_t *cfg,
                        linux_gpiod_req_t **out)
{
    *out = NULL;
    if (line >= gpiod_chip_num_lines(chip->g))
        return -EINVAL;
    errno = 0;
    struct gpiod_line *l = gpiod_chip_get_line(chip->g, line);
    if (!l)
        return fail();
    linux_gpiod_req_t *r = calloc(1, sizeof(*r));
    if (!r)
        return -ENOMEM;
    int rc = request(r, l, cfg);
    if (rc) {
        free(r);
        return rc;
    }
    r->line = l;
    r->cfg = *cfg;
    r->held = true;
    *out = r;
    return 0;
}

/* Release and request again with cfg; on failure try to get the old
 * configuration back. */
static int rerequest(linux_gpiod_req_t *r, const hal_gpio_config_t *cfg)
{
    gpiod_line_release(r->line);
    int rc = request(r, r->line, cfg);
    if (rc == 0) {
        r->cfg = *cfg;
        return 0;
    }
    r->held = request(r, r->line, &r->cfg) == 0;
    return rc;
}

int linux_gpiod_reconfigure(linux_gpiod_req_t *r, const hal_gpio_config_t *cfg)
{
    if (!r->held)
        return -EBUSY;
    bool was_event = is_event(&r->cfg), now_event = is_event(cfg);
    if (was_event && now_event) {
        if (cfg->pull == r->cfg.pull) {
            r->cfg = *cfg; /* both edges are requested already */
            return 0;
        }
        return rerequest(r, cfg);
    }
    if (was_event || now_event)
        return rerequest(r, cfg);
    errno = 0;
    if (gpiod_line_set_config(r->line, request_type(cfg), request_flags(cfg), cfg->value) == 0) {
        r->cfg = *cfg;
        return 0;
    }
    int rc = fail();
    if (rc != -ENOTTY)
        return rc;
    /* A kernel without GPIOHANDLE_SET_CONFIG: an output that stays an
       output of the same drive only changes level; anything else involving
       an output cannot be done without a glitch. */
    bool out_before = r->cfg.direction == HAL_GPIO_OUTPUT, out_after = cfg->direction == HAL_GPIO_OUTPUT;
    if (out_before && out_after && r->cfg.drive == cfg->drive) {
        errno = 0;
        if (gpiod_line_set_value(r->line, cfg->value) < 0)
            return fail();
        r->cfg = *cfg;
        return 0;
    }
    if (out_before && out_after)
        return -EOPNOTSUPP;
    return rerequest(r, cfg);
}

void linux_gpiod_release(linux_gpiod_req_t *r)
{
    if (!r)
        return;
    if (r->held) {
        if (!is_event(&r->cfg) && (r->cfg.direction == HAL_GPIO_OUTPUT || r->cfg.pull != HAL_GPIO_PULL_NONE))
            gpiod_line_set_config(r->line, GPIOD_LINE_REQUEST_DIRECTION_INPUT,
                                  GPIOD_LINE_REQUEST_FLAG_BIAS_DISABLE, 0);
        gpiod_line_release(r->line);
    }
    free(r);
}

int linux_gpiod_get(linux_gpiod_req_t *r, int *value)
{
    if (!r->held)
        return -EBUSY;
    if (r->fd >= 0) {
        struct gpiohandle_data d;
        memset(&d, 0, sizeof(d));
        int rc = linux_sys_ioctl(r->fd, GPIOHANDLE_GET_LINE_VALUES_IOCTL, &d);
        if (rc < 0)
            return rc;
        *value = d.values[0] != 0;
        return 0;
    }
    errno = 0;
    int v = gpiod_line_get_value(r->line);
    if (v < 0)
        return fail();
    *value = v != 0;
    return 0;
}

int linux_gpiod_set(linux_gpiod_req_t *r, int value)
{
    if (!r->held)
        return -EBUSY;
    if (r->fd >= 0) {
        r->data.values[0] = (uint8_t)(value != 0);
        int rc = linux_sys_ioctl(r->fd, GPIOHANDLE_SET_LINE_VALUES_IOCTL, &r->data);
        if (rc < 0)
            return rc;
    } else {
        errno = 0;
        if (gpiod_line_set_value(r->line, value != 0) < 0)
            return fail();
    }
    r->cfg.value = (uint8_t)(value != 0);
    return 0;
}

int linux_gpiod_events(linux_gpiod_req_t *r, hal_gpio_event_t *ev, size_t max, size_t *n)
{
    *n = 0;
    if (!r->held)
        return -EBUSY;
    if (!is_event(&r->cfg))
        return 0;
    const struct timespec zero = {0, 0};
    uint32_t offset = gpiod_line_offset(r->line);
    while (*n < max) {
        errno = 0;
        int ready = gpiod_line_event_wait(r->line, &zero);
        if (ready < 0)
            return fail();
        if (ready == 0)
            break;
        struct gpiod_line_event batch[EVENT_BATCH];
        size_t want = max - *n < EVENT_BATCH ? max - *n : EVENT_BATCH;
        int got = gpiod_line_event_read_multiple(r->line, batch, (unsigned)want);
        if (got < 0)
            return fail();
        if (got == 0)
            break;
        for (int i = 0; i < got; i++) {
            uint64_t ts = (uint64_t)batch[i].ts.tv_sec * 1000000000u + (uint64_t)batch[i].ts.tv_nsec;
            uint8_t edge = batch[i].event_type == GPIOD_LINE_EVENT_RISING_EDGE ? HAL_GPIO_EDGE_RISING
                                                                               : HAL_GPIO_EDGE_FALLING;
            ev[(*n)++] = (hal_gpio_event_t){ts, offset, edge};
        }
    }
    return 0;
}
