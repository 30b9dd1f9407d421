/*
 * The fake GPIO kernel behind fake_gpiod_v1.c and fake_gpiod_v2.c (see
 * fake_gpiod.h). Invariant: after every call, each line's `driven` and
 * `level` follow from its request and the outside as the header says;
 * `update` restores it and is the only place that records history and
 * queues events.
 */
#include "fake_gpiod.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/gpio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "linux/linux_sys.h"

#define FAKE_MAX_FDS 64

typedef struct fake_fd {
    int fd; /* -1: free slot */
    fake_chip_t *c;
    unsigned line;
} fake_fd_t;

static fake_chip_t chips[FAKE_MAX_CHIPS];
static size_t n_chips;
static char fail_fn[64];
static int fail_err, fail_times;
static fake_fd_t fds[FAKE_MAX_FDS];
bool fake_gpiod_no_set_config;
bool fake_gpiod_no_fds;
int fake_gpiod_fd_ioctls;

static linux_sys_t fd_sys; /* the kernel table with our ioctl */

static fake_fd_t *fd_find(int fd)
{
    for (size_t i = 0; fd >= 0 && i < FAKE_MAX_FDS; i++)
        if (fds[i].fd == fd)
            return &fds[i];
    return NULL;
}

/* The level ioctls of the two uAPIs on a request's descriptor. */
static int fd_ioctl(int fd, unsigned long req, void *arg)
{
    fake_fd_t *f = fd_find(fd);
    if (!f)
        return linux_sys_kernel.ioctl(fd, req, arg);
    fake_line_t *l = &f->c->lines[f->line];
    if (fake_core_injected("ioctl"))
        return -errno;
    fake_gpiod_fd_ioctls++;
    switch (req) {
    case GPIOHANDLE_GET_LINE_VALUES_IOCTL:
        ((struct gpiohandle_data *)arg)->values[0] = (uint8_t)l->level;
        return 0;
    case GPIOHANDLE_SET_LINE_VALUES_IOCTL:
        return fake_core_set(f->c, f->line, ((struct gpiohandle_data *)arg)->values[0]);
    case GPIO_V2_LINE_GET_VALUES_IOCTL: {
        struct gpio_v2_line_values *v = arg;
        v->bits = (v->mask & 1) ? (uint64_t)l->level : 0;
        return 0;
    }
    case GPIO_V2_LINE_SET_VALUES_IOCTL: {
        struct gpio_v2_line_values *v = arg;
        return (v->mask & 1) ? fake_core_set(f->c, f->line, (int)(v->bits & 1)) : 0;
    }
    default:
        fake_gpiod_fd_ioctls--;
        return -ENOTTY;
    }
}

void fake_gpiod_reset(void)
{
    static bool fds_ready;
    for (size_t i = 0; i < FAKE_MAX_FDS; i++) {
        if (fds_ready && fds[i].fd >= 0)
            close(fds[i].fd);
        fds[i].fd = -1;
    }
    fds_ready = true;
    memset(chips, 0, sizeof(chips));
    n_chips = 0;
    fail_fn[0] = '\0';
    fail_err = fail_times = 0;
    fake_gpiod_no_set_config = false;
    fake_gpiod_no_fds = false;
    fake_gpiod_fd_ioctls = 0;
    fd_sys = linux_sys_kernel;
    fd_sys.ioctl = fd_ioctl;
    linux_sys = &fd_sys;
}

int fake_core_fd_open(fake_chip_t *c, unsigned line)
{
    if (fake_gpiod_no_fds)
        return -1;
    for (size_t i = 0; i < FAKE_MAX_FDS; i++)
        if (fds[i].fd < 0) {
            int fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
            if (fd >= 0)
                fds[i] = (fake_fd_t){fd, c, line};
            return fd;
        }
    return -1;
}

void fake_core_fd_close(int fd)
{
    fake_fd_t *f = fd_find(fd);
    if (f) {
        close(fd);
        f->fd = -1;
    }
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
