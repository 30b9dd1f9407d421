/*
 * The Linux backend's GPIO controller: one per board gpiochip, over the
 * libgpiod shim (linux_gpiod.h). Every claimed line is its own request.
 *
 * The chip is found by its kernel label (the board file's label=), which
 * stays the same when gpiochip numbers move between kernels; a path= is
 * tried first when the board file gives one, and is kept only when its
 * label agrees. A chip that cannot be found or opened does not fail the
 * backend: claims on it fail, each with a hint, so the rest of the board
 * (other chips, buses) stays usable and the error names the actual pin.
 *
 * Invariants: lines[i].req != NULL exactly when line i is claimed, with
 * lines[i].cfg (physical) as applied; chip == NULL exactly when
 * open_rc < 0, and then no line is claimed.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linux.h"
#include "linux_bus.h"
#include "linux_gpiod.h"
#include "linux_hint.h"

#define MAX_SCAN 64 /* gpiochips looked at when searching by label */

typedef struct lg_line {
    linux_gpiod_req_t *req;
    hal_gpio_config_t cfg;
} lg_line_t;

typedef struct linux_gpio {
    const hal_system_t *sys;
    linux_gpiod_chip_t *chip;
    int open_rc;                /* 0, or why there is no chip */
    char path[LINUX_PATH_MAX];  /* the chip's device, or the one refused */
    char missing[LINUX_PATH_MAX + 64]; /* with -ENODEV: what was looked for */
    uint32_t n_lines;
    lg_line_t *lines;
} linux_gpio_t;

static linux_gpio_t *lg(const hal_gpio_dev_t *dev)
{
    return dev->data;
}

/* ---- finding the chip ---- */

static bool has_label(linux_gpiod_chip_t *chip, const char *label)
{
    char have[128];
    uint32_t lines;
    return linux_gpiod_chip_info(chip, have, sizeof(have), &lines) == 0 && strcmp(have, label) == 0;
}

static bool no_access(int rc)
{
    return rc == -EACCES || rc == -EPERM;
}

/* Appends the label of chip (for the "present:" list of a miss). */
static void note_label(char *list, size_t size, linux_gpiod_chip_t *chip)
{
    char label[128];
    uint32_t lines;
    size_t len = strlen(list);
    if (linux_gpiod_chip_info(chip, label, sizeof(label), &lines) == 0 && len + 3 < size)
        snprintf(list + len, size - len, "%s%s", len ? ", " : "", label[0] ? label : "(no label)");
}

/* Open the chip labelled label: the first such /dev/gpiochipN. */
static int open_by_label(linux_gpio_t *g, const char *label)
{
    unsigned nums[MAX_SCAN];
    size_t n = 0;
    int denied = 0;
    char seen[160] = "";
    linux_detect_chips(nums, MAX_SCAN, &n);
    for (size_t i = 0; i < n; i++) {
        char path[LINUX_PATH_MAX];
        linux_gpiod_chip_t *chip;
        if (linux_env_path(path, sizeof(path), "/dev/gpiochip%u", nums[i]) != 0)
            continue;
        int rc = linux_gpiod_chip_open(path, &chip);
        if (no_access(rc) && !denied) {
            denied = rc;
            snprintf(g->path, sizeof(g->path), "%s", path);
        }
        if (rc)
            continue;
        if (has_label(chip, label)) {
            g->chip = chip;
            snprintf(g->path, sizeof(g->path), "%s", path);
            return 0;
        }
        note_label(seen, sizeof(seen), chip);
        linux_gpiod_chip_close(chip);
    }
    /* the chip may be one of those we may not open */
    if (denied)
        return denied;
    snprintf(g->missing, sizeof(g->missing), "no gpiochip labelled '%s' on this machine (%s%s)", label,
             seen[0] ? "present: " : "no gpiochip present", seen);
    return -ENODEV;
}

static int find_chip(linux_gpio_t *g, const hal_board_gpiochip_t *c)
{
    if (c->path) {
        int rc = linux_env_path(g->path, sizeof(g->path), "%s", c->path);
        if (rc == 0)
            rc = linux_gpiod_chip_open(g->path, &g->chip);
        if (rc == 0 && (!c->label || has_label(g->chip, c->label)))
            return 0;
        if (rc == 0) {
            linux_gpiod_chip_close(g->chip); /* renumbered: search by label */
            g->chip = NULL;
        } else if (!c->label) {
            if (rc == -ENOENT)
                snprintf(g->missing, sizeof(g->missing), "no gpiochip %s on this machine", g->path);
            return rc == -ENOENT ? -ENODEV : rc;
        }
    }
    if (!c->label) {
        snprintf(g->missing, sizeof(g->missing), "the board file names no gpiochip");
        return -ENODEV;
    }
    return open_by_label(g, c->label);
}

/* The error of a claim on a chip we do not have, with its hint. */
static int unavailable(const linux_gpio_t *g)
{
    if (no_access(g->open_rc))
        return linux_bus_access_hint(g->open_rc, g->path, "gpio", "gpio");
    if (g->open_rc == -ENODEV && g->missing[0])
        return linux_hint(ENODEV, "%s", g->missing);
    return g->open_rc;
}

/* After -EBUSY: name the line's holder when the kernel knows it. */
static void busy_hint(const linux_gpio_t *g, uint32_t line)
{
    char name[64], consumer[64];
    bool used = false;
    if (linux_gpiod_line_info(g->chip, line, name, sizeof(name), &used, consumer, sizeof(consumer)) == 0 && used &&
        consumer[0])
        linux_hint(EBUSY, "used by %s", consumer);
}

/* ---- ops ---- */

static lg_line_t *claimed(const hal_gpio_dev_t *dev, uint32_t line)
{
    linux_gpio_t *g = lg(dev);
    return g->chip && line < g->n_lines && g->lines[line].req ? &g->lines[line] : NULL;
}

static int lg_claim(const hal_gpio_dev_t *dev, uint32_t line, const hal_gpio_config_t *cfg)
{
    linux_gpio_t *g = lg(dev);
    linux_hint_clear();
    if (!g->chip)
        return unavailable(g);
    if (line >= g->n_lines)
        return -EINVAL;
    lg_line_t *l = &g->lines[line];
    if (l->req)
        return -EBUSY;
    int rc = linux_gpiod_request(g->chip, line, cfg, &l->req);
    if (rc == -EBUSY)
        busy_hint(g, line);
    else if (no_access(rc))
        linux_bus_access_hint(rc, g->path, "gpio", "gpio");
    if (rc)
        return rc;
    l->cfg = *cfg;
    linux_env_log(g->sys, true, "linux: %s line %u claimed (%s)", g->path, line,
                  cfg->direction == HAL_GPIO_OUTPUT ? (cfg->value ? "output 1" : "output 0") : "input");
    return 0;
}

static int lg_release(const hal_gpio_dev_t *dev, uint32_t line)
{
    lg_line_t *l = claimed(dev, line);
    if (!l)
        return -EINVAL;
    linux_gpiod_release(l->req);
    l->req = NULL;
    linux_env_log(lg(dev)->sys, true, "linux: %s line %u released", lg(dev)->path, line);
    return 0;
}

static int lg_reconfigure(const hal_gpio_dev_t *dev, uint32_t line, const hal_gpio_config_t *cfg)
{
    lg_line_t *l = claimed(dev, line);
    linux_hint_clear();
    if (!l)
        return -EINVAL;
    int rc = linux_gpiod_reconfigure(l->req, cfg);
    if (rc == -EBUSY)
        busy_hint(lg(dev), line);
    if (rc == 0)
        l->cfg = *cfg;
    return rc;
}

static int lg_read(const hal_gpio_dev_t *dev, uint32_t line, int *value)
{
    lg_line_t *l = claimed(dev, line);
    return l ? linux_gpiod_get(l->req, value) : -EINVAL;
}

/* A tail call: the level is noted first (a write that fails leaves the
 * line's level unknown either way). */
static int lg_write(const hal_gpio_dev_t *dev, uint32_t line, int value)
{
    lg_line_t *l = claimed(dev, line);
    if (!l || l->cfg.direction != HAL_GPIO_OUTPUT)
        return -EINVAL;
    l->cfg.value = (uint8_t)(value != 0);
    return linux_gpiod_set(l->req, value);
}

/* The shim may deliver edges the configuration does not ask for (v1
 * always watches both): keep reading until max are kept or the kernel
 * has no more. */
static int lg_event_read(const hal_gpio_dev_t *dev, uint32_t line, hal_gpio_event_t *ev, size_t max, size_t *n)
{
    *n = 0;
    lg_line_t *l = claimed(dev, line);
    if (!l)
        return -EINVAL;
    if (l->cfg.direction != HAL_GPIO_INPUT || l->cfg.edge == HAL_GPIO_EDGE_NONE)
        return 0;
    int result = 0;
    while (*n < max) {
        size_t asked = max - *n, got = 0, kept = 0;
        int rc = linux_gpiod_events(l->req, ev + *n, asked, &got);
        if (rc == -EOVERFLOW)
            result = rc;
        else if (rc)
            return rc;
        for (size_t i = 0; i < got; i++)
            if (ev[*n + i].edge & l->cfg.edge)
                ev[*n + kept++] = ev[*n + i];
        *n += kept;
        if (got < asked)
            break;
    }
    return result;
}

static const hal_gpio_ops_t linux_gpio_ops = {
    .version = HAL_GPIO_OPS_V1,
    .claim = lg_claim,
    .release = lg_release,
    .reconfigure = lg_reconfigure,
    .read = lg_read,
    .write = lg_write,
    .event_read = lg_event_read,
    .control = NULL,
};

/* ---- set-up ---- */

int linux_gpio_open(hal_system_t *sys, unsigned chip, hal_gpio_dev_t *dev)
{
    const hal_board_gpiochip_t *c = &sys->board->gpiochips[chip];
    linux_gpio_t *g = calloc(1, sizeof(*g));
    if (!g)
        return -ENOMEM;
    g->sys = sys;
    g->open_rc = find_chip(g, c);
    if (g->chip) {
        char label[128];
        if (linux_gpiod_chip_info(g->chip, label, sizeof(label), &g->n_lines) != 0)
            g->n_lines = 0;
        g->lines = calloc(g->n_lines ? g->n_lines : 1, sizeof(lg_line_t));
        if (!g->lines) {
            linux_gpiod_chip_close(g->chip);
            free(g);
            return -ENOMEM;
        }
        if (g->n_lines < c->lines)
            linux_env_log(sys, false, "board %s: %s has %u lines, the board file expects %u", sys->board->id, g->path,
                          g->n_lines, c->lines);
        linux_env_log(sys, true, "linux: gpiochip %u is %s (%s, %u lines)", chip, g->path, label, g->n_lines);
    } else {
        if (g->open_rc == 0)
            g->open_rc = -ENODEV;
        linux_env_log(sys, true, "linux: gpiochip %u unavailable: %s", chip,
                      g->missing[0] ? g->missing : strerror(-g->open_rc));
    }
    dev->ops = &linux_gpio_ops;
    dev->config = c;
    dev->data = g;
    return 0;
}

void linux_gpio_close(hal_gpio_dev_t *dev)
{
    linux_gpio_t *g = dev->data;
    if (!g)
        return;
    for (uint32_t i = 0; g->lines && i < g->n_lines; i++)
        linux_gpiod_release(g->lines[i].req);
    free(g->lines);
    linux_gpiod_chip_close(g->chip);
    free(g);
    dev->data = NULL;
    dev->ops = NULL;
}
