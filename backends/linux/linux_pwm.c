/*
 * PWM through sysfs (/sys/class/pwm/pwmchipN/pwmM).
 *
 * The board file's dev= names the chip either as "pwmchipN" or by its
 * device name ("fe20c000.pwm", "1f00098000.pwm": the basename of the
 * chip's `device` link), which does not change when chips are numbered
 * differently. open exports the channel (a channel already exported is
 * taken over, and then left exported on close), waits for udev to open
 * the new directory's files to the user's group, and reads the current
 * period, duty cycle and enable into a cache; close disables the output
 * and unexports what open exported.
 *
 * Invariant: the cache holds what the kernel has, so set() writes only
 * what changes, in an order that keeps duty <= period at every step (the
 * kernel rejects a state with duty > period): the duty cycle first when
 * the new period is shorter than the current duty cycle, else the period
 * first.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linux_bus.h"
#include "linux_hint.h"
#include "linux_sys.h"

#define PWM_CLASS "/sys/class/pwm"
#define PWM_WAIT_STEP_MS 20
#define PWM_WAIT_STEPS 50 /* udev normally needs a few ms; give it a second */

typedef struct pwm_data {
    char dir[128];  /* .../pwmchipN/pwmM */
    char chip[96];  /* .../pwmchipN */
    uint32_t channel;
    bool exported;  /* by us: unexport on close */
    uint32_t period, duty;
    bool enabled;
} pwm_data_t;

static pwm_data_t *data_of(const hal_pwm_dev_t *dev)
{
    return dev->data;
}

static int attr_path(char *buf, size_t size, const char *dir, const char *name)
{
    int n = snprintf(buf, size, "%s/%s", dir, name);
    return n < 0 || (size_t)n >= size ? -ENAMETOOLONG : 0;
}

static int write_u32(const pwm_data_t *d, const char *name, uint32_t v)
{
    char path[160], text[16];
    int rc = attr_path(path, sizeof(path), d->dir, name);
    snprintf(text, sizeof(text), "%u", v);
    return rc ? rc : linux_sys_write_text(path, text);
}

static int read_u32(const char *dir, const char *name, uint32_t *v)
{
    char path[160];
    long long x;
    int rc = attr_path(path, sizeof(path), dir, name);
    if (rc == 0)
        rc = linux_sys_read_long(path, &x);
    if (rc == 0 && (x < 0 || x > UINT32_MAX))
        rc = -ERANGE;
    if (rc == 0)
        *v = (uint32_t)x;
    return rc;
}

static int write_period(pwm_data_t *d, uint32_t period)
{
    if (period == d->period)
        return 0;
    int rc = write_u32(d, "period", period);
    if (rc == -EINVAL)
        return linux_hint(ERANGE, "%s cannot make a period of %u ns", d->chip, period);
    if (rc == 0)
        d->period = period;
    return rc;
}

static int write_duty(pwm_data_t *d, uint32_t duty)
{
    if (duty == d->duty)
        return 0;
    int rc = write_u32(d, "duty_cycle", duty);
    if (rc == 0)
        d->duty = duty;
    return rc;
}

static int pwm_set(const hal_pwm_dev_t *dev, uint32_t period_ns, uint32_t duty_ns)
{
    pwm_data_t *d = data_of(dev);
    int rc;
    linux_hint_clear();
    if (period_ns < d->duty) {
        if ((rc = write_duty(d, duty_ns)) == 0)
            rc = write_period(d, period_ns);
    } else {
        if ((rc = write_period(d, period_ns)) == 0)
            rc = write_duty(d, duty_ns);
    }
    return rc;
}

static int pwm_enable(const hal_pwm_dev_t *dev, bool on)
{
    pwm_data_t *d = data_of(dev);
    if (on == d->enabled)
        return 0;
    int rc = write_u32(d, "enable", on);
    if (rc == 0)
        d->enabled = on;
    return rc;
}

static int unexport(const pwm_data_t *d)
{
    char path[160], text[16];
    int rc = attr_path(path, sizeof(path), d->chip, "unexport");
    snprintf(text, sizeof(text), "%u", d->channel);
    return rc ? rc : linux_sys_write_text(path, text);
}

static int pwm_close(const hal_pwm_dev_t *dev)
{
    pwm_data_t *d = data_of(dev);
    if (!d)
        return 0;
    int rc = pwm_enable(dev, false);
    if (d->exported) {
        int rc2 = unexport(d);
        rc = rc ? rc : rc2;
    }
    free(d);
    return rc;
}

static const hal_pwm_ops_t pwm_ops = {
    .version = HAL_PWM_OPS_V1,
    .set = pwm_set,
    .enable = pwm_enable,
    .close = pwm_close,
};

/* ---- finding the chip ---- */

typedef struct find_ctx {
    const char *name;
    char *found;
    size_t size;
} find_ctx_t;

static int match_device(void *ctx, const char *entry)
{
    find_ctx_t *f = ctx;
    char path[160], link[256];
    if (strncmp(entry, "pwmchip", 7) != 0)
        return 0;
    snprintf(path, sizeof(path), PWM_CLASS "/%s/device", entry);
    ssize_t n = linux_sys->readlink(path, link, sizeof(link) - 1);
    if (n <= 0)
        return 0;
    link[n] = '\0';
    const char *base = strrchr(link, '/');
    if (strcmp(base ? base + 1 : link, f->name) != 0)
        return 0;
    snprintf(f->found, f->size, PWM_CLASS "/%s", entry);
    return 1;
}

/* chip gets the chip's sysfs directory: 0 or -ENOENT. */
static int find_chip(const char *name, char *chip, size_t size)
{
    unsigned n;
    int end = 0;
    if (sscanf(name, "pwmchip%u%n", &n, &end) == 1 && name[end] == '\0') {
        snprintf(chip, size, PWM_CLASS "/%s", name);
        return 0;
    }
    find_ctx_t f = {name, chip, size};
    int rc = linux_sys->list_dir(PWM_CLASS, match_device, &f);
    return rc == 1 ? 0 : -ENOENT;
}

/* The overlay that routes a Raspberry Pi's PWM channel to its pin
 * (BCM2835-2711: channel 0 on GPIO12 (ALT0) or GPIO18 (ALT5, default),
 * channel 1 on GPIO13 (ALT0) or GPIO19 (ALT5, default)). */
static void pi_overlay(const hal_system_t *sys, const hal_board_channel_t *ch, char *buf, size_t size)
{
    uint32_t gpio = UINT32_MAX;
    if (ch->pin >= 0 && (size_t)ch->pin < sys->board->n_pins)
        gpio = sys->board->pins[ch->pin].line;
    if (gpio == 12 || gpio == 13)
        snprintf(buf, size, "dtoverlay=pwm-2chan,%s=%u,%s=4", gpio == 12 ? "pin" : "pin2", gpio,
                 gpio == 12 ? "func" : "func2");
    else
        snprintf(buf, size, "dtoverlay=pwm-2chan");
}

static int missing_chip(const hal_system_t *sys, const hal_board_channel_t *ch)
{
    if (linux_bus_is_pi(sys)) {
        char overlay[64];
        pi_overlay(sys, ch, overlay, sizeof(overlay));
        return linux_hint(ENOENT,
                          "no PWM chip %s in " PWM_CLASS ": enable hardware PWM with %s in " LINUX_PI_CONFIG
                          " and reboot",
                          ch->dev, overlay);
    }
    return linux_hint(ENOENT, "no PWM chip %s in " PWM_CLASS ": enable the PWM controller in the device tree",
                      ch->dev);
}

static int access_hint(int rc, const char *path)
{
    if (rc != -EACCES && rc != -EPERM)
        return rc;
    return linux_hint(-rc,
                      "%s: run as root, or give your group the PWM sysfs files with a udev rule such as "
                      "SUBSYSTEM==\"pwm\", PROGRAM=\"/bin/sh -c 'chgrp -R gpio /sys%%p && chmod -R g+w /sys%%p'\" "
                      "(Raspberry Pi OS has one for group gpio)",
                      path);
}

/* Export the channel; a channel already exported (EBUSY) is taken over. */
static int export_channel(pwm_data_t *d)
{
    char path[160], text[16];
    int rc = attr_path(path, sizeof(path), d->chip, "export");
    snprintf(text, sizeof(text), "%u", d->channel);
    if (rc == 0)
        rc = linux_sys_write_text(path, text);
    if (rc == 0)
        d->exported = true;
    return rc == -EBUSY ? 0 : access_hint(rc, path);
}

/* After an export, udev changes the new files' group a little later: wait
 * until `period` opens for writing. */
static int wait_writable(const pwm_data_t *d)
{
    char path[160];
    int rc = attr_path(path, sizeof(path), d->dir, "period");
    for (int i = 0; rc == 0; i++) {
        int fd = linux_sys->open(path, O_WRONLY);
        if (fd >= 0) {
            linux_sys->close(fd);
            return 0;
        }
        if ((fd != -EACCES && fd != -ENOENT) || i == PWM_WAIT_STEPS)
            return access_hint(fd, path);
        rc = linux_sys_sleep_ms(PWM_WAIT_STEP_MS);
    }
    return rc;
}

static int read_state(pwm_data_t *d)
{
    uint32_t en = 0;
    int rc = read_u32(d->dir, "period", &d->period);
    if (rc == 0)
        rc = read_u32(d->dir, "duty_cycle", &d->duty);
    if (rc == 0)
        rc = read_u32(d->dir, "enable", &en);
    d->enabled = en != 0;
    return rc;
}

int linux_pwm_open(hal_system_t *sys, const hal_board_channel_t *ch, hal_pwm_dev_t *dev)
{
    linux_hint_clear();
    if (!ch->dev)
        return linux_hint(EINVAL, "the board file's pwm line has no dev=");
    pwm_data_t *d = calloc(1, sizeof(*d));
    if (!d)
        return -ENOMEM;
    d->channel = ch->channel;
    uint32_t npwm = 0;
    int rc = find_chip(ch->dev, d->chip, sizeof(d->chip));
    if (rc == 0)
        rc = read_u32(d->chip, "npwm", &npwm);
    if (rc == -ENOENT)
        rc = missing_chip(sys, ch);
    if (rc == 0 && ch->channel >= npwm)
        rc = linux_hint(EINVAL, "%s has %u channels, no channel %u", d->chip, npwm, ch->channel);
    if (rc == 0 && snprintf(d->dir, sizeof(d->dir), "%s/pwm%u", d->chip, ch->channel) >= (int)sizeof(d->dir))
        rc = -ENAMETOOLONG;
    if (rc == 0)
        rc = export_channel(d);
    if (rc == 0 && (rc = wait_writable(d)) == 0)
        rc = read_state(d);
    if (rc != 0) {
        if (d->exported)
            unexport(d);
        free(d);
        return rc;
    }
    *dev = (hal_pwm_dev_t){&pwm_ops, ch, d};
    return 0;
}
