/*
 * The Linux backend: its table, bringing a board up and down, its control
 * requests, and the processor and NVM behind microcontroller.cpu/.nvm.
 * GPIO is in linux_gpio.c; buses and channels in the files of linux_bus.h.
 *
 * The processor's facts come from the files Linux keeps for them, all
 * optional (a missing one makes the attribute None or 0 in the binding):
 *   frequency    /sys/devices/system/cpu/cpu0/cpufreq/scaling_cur_freq (kHz)
 *   temperature  /sys/class/thermal/thermal_zone0/temp (milli-degrees C)
 *   uid          /proc/device-tree/serial-number (hex, Raspberry Pi), else
 *                /etc/machine-id (hex)
 * NVM is the host's file (options->nvm_path), else memory.
 */
#include <errno.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../nvm_file.h"
#include "linux.h"
#include "linux_bus.h"
#include "linux_hint.h"
#include "linux_sys.h"

typedef struct linux_data {
    uint8_t *nvm_mem; /* NVM when the host names no file (nvm_size bytes) */
} linux_data_t;

/* ---- the processor ---- */

static const hal_system_t *owner(const hal_sys_dev_t *dev)
{
    return dev->config;
}

/* (linux_sys puts the sysroot in front of these paths itself.) */
static int read_number(const char *path, long long *v)
{
    return linux_sys_read_long(path, v);
}

static int cpu_frequency(const hal_sys_dev_t *dev, uint32_t *hz)
{
    (void)dev;
    long long khz;
    if (read_number("/sys/devices/system/cpu/cpu0/cpufreq/scaling_cur_freq", &khz) != 0 || khz <= 0)
        return -EOPNOTSUPP;
    *hz = khz >= UINT32_MAX / 1000 ? UINT32_MAX : (uint32_t)(khz * 1000);
    return 0;
}

static int cpu_temperature(const hal_sys_dev_t *dev, int32_t *mdeg)
{
    (void)dev;
    long long v;
    if (read_number("/sys/class/thermal/thermal_zone0/temp", &v) != 0 || v < INT32_MIN || v > INT32_MAX)
        return -EOPNOTSUPP;
    *mdeg = (int32_t)v;
    return 0;
}

static int hex_digit(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* The bytes of the hex number in path into buf (at most *len), or -1. */
static int read_hex_id(const char *path, uint8_t *buf, size_t *len)
{
    char text[80];
    if (linux_sys_read_text(path, text, sizeof(text)) <= 0)
        return -1;
    size_t n = strlen(text); /* the device tree's string ends in a NUL */
    if (n == 0 || n % 2)
        return -1;
    size_t out = 0;
    for (size_t i = 0; i < n && out < *len; i += 2) {
        int hi = hex_digit(text[i]), lo = hex_digit(text[i + 1]);
        if (hi < 0 || lo < 0)
            return -1;
        buf[out++] = (uint8_t)(hi << 4 | lo);
    }
    *len = out;
    return 0;
}

static int cpu_uid(const hal_sys_dev_t *dev, uint8_t *buf, size_t *len)
{
    (void)dev;
    size_t n = *len;
    if (read_hex_id("/proc/device-tree/serial-number", buf, &n) == 0 ||
        (n = *len, read_hex_id("/etc/machine-id", buf, &n) == 0)) {
        *len = n;
        return 0;
    }
    return -EOPNOTSUPP;
}

/* A Linux process does not see why the machine last reset. */
static int reset_reason(const hal_sys_dev_t *dev, int *reason)
{
    (void)dev;
    *reason = HAL_RESET_UNKNOWN;
    return 0;
}

static int nvm_read(const hal_sys_dev_t *dev, size_t off, uint8_t *buf, size_t len)
{
    const hal_system_t *sys = owner(dev);
    size_t size = sys->board->nvm_size;
    linux_data_t *d = dev->data;
    if (!d->nvm_mem)
        return nvm_file_read(sys->options->nvm_path, size, off, buf, len);
    if (off > size || len > size - off)
        return -EINVAL;
    memcpy(buf, d->nvm_mem + off, len);
    return 0;
}

static int nvm_write(const hal_sys_dev_t *dev, size_t off, const uint8_t *buf, size_t len)
{
    const hal_system_t *sys = owner(dev);
    size_t size = sys->board->nvm_size;
    linux_data_t *d = dev->data;
    if (!d->nvm_mem)
        return nvm_file_write(sys->options->nvm_path, size, off, buf, len);
    if (off > size || len > size - off)
        return -EINVAL;
    memcpy(d->nvm_mem + off, buf, len);
    return 0;
}

static const hal_sys_ops_t cpu_ops = {
    .version = HAL_SYS_OPS_V1,
    .cpu_frequency = cpu_frequency,
    .cpu_temperature = cpu_temperature,
    .cpu_voltage = NULL,
    .cpu_uid = cpu_uid,
    .reset_reason = reset_reason,
    .nvm_read = nvm_read,
    .nvm_write = nvm_write,
    .reset = NULL, /* the binding layer turns reset() into a reload */
};

/* ---- the backend ---- */

static void linux_close(hal_system_t *sys)
{
    for (size_t i = 0; i < HAL_MAX_GPIO_CHIPS; i++)
        linux_gpio_close(&sys->gpio[i]);
    linux_data_t *d = sys->sys.data;
    if (d) {
        free(d->nvm_mem);
        free(d);
    }
    sys->sys = (hal_sys_dev_t){0};
}

static int linux_open(hal_system_t *sys)
{
    linux_data_t *d = calloc(1, sizeof(*d));
    if (!d)
        return -ENOMEM;
    sys->sys = (hal_sys_dev_t){&cpu_ops, sys, d};
    size_t size = sys->board->nvm_size;
    if (size && (!sys->options || !sys->options->nvm_path)) {
        d->nvm_mem = malloc(size);
        if (!d->nvm_mem) {
            linux_close(sys);
            return -ENOMEM;
        }
        memset(d->nvm_mem, 0xff, size);
    }
    for (unsigned i = 0; i < sys->board->n_gpiochips && i < HAL_MAX_GPIO_CHIPS; i++) {
        int rc = linux_gpio_open(sys, i, &sys->gpio[i]);
        if (rc) {
            linux_close(sys);
            return rc;
        }
    }
    return 0;
}

static int linux_control(hal_system_t *sys, int op, void *arg)
{
    switch (op) {
    case HAL_CTL_HINT:
        return linux_hint_take(arg);
    case HAL_CTL_DETECT: {
        hal_detect_t *d = arg;
        if (sys || !d)
            return -EINVAL;
        if (d->want && strcmp(d->want, LINUX_GENERIC_ID) != 0)
            return -ENOENT;
        int rc = linux_detect_generic(&d->board, d->why, d->why_size);
        if (rc == -ENODEV && d->want && d->why_size)
            snprintf(d->why, d->why_size, "no GPIO chip on this machine (no %s/dev/gpiochip*)", linux_env_sysroot());
        return rc;
    }
    default:
        return -EOPNOTSUPP;
    }
}

const hal_backend_t linux_backend = {
    .version = HAL_BACKEND_V1,
    .name = "linux",
    .open = linux_open,
    .close = linux_close,
    /* the bus and channel files (linux_bus.h) */
    .i2c_open = linux_i2c_open,
    .spi_open = linux_spi_open,
    .uart_open = linux_uart_open,
    .pwm_open = linux_pwm_open,
    .adc_open = linux_adc_open,
    .dac_open = linux_dac_open,
    .control = linux_control,
};
