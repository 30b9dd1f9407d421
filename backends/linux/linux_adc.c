/*
 * ADC and DAC channels through IIO sysfs (/sys/bus/iio/devices/...): the
 * ADC reads in_voltageN_raw, the DAC writes out_voltageN_raw. Both live
 * here because they share the IIO plumbing (finding the device, the
 * scale).
 *
 * The board file's dev= names the device as "iio:deviceN" or by its
 * driver's `name` attribute ("ads1015", "mcp3008"), which survives
 * renumbering. IIO reports millivolts = (raw + offset) * scale; the
 * resolution comes from scan_elements/in_voltageN_type ("le:s12/16>>4":
 * 12 bits, signed, so 11 bits of positive range) where the driver has a
 * buffer, else from the board file's bits=. The reference voltage (the
 * full scale) is scale * 2^bits, or the board file's vref= when the driver
 * reports no scale.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linux_bus.h"
#include "linux_hint.h"
#include "linux_sys.h"

#define IIO_DEVICES "/sys/bus/iio/devices"

typedef struct iio_chan {
    char value_path[192]; /* in_voltageN_raw / out_voltageN_raw */
    long long offset;     /* added to raw before scaling (ADC) */
    uint8_t bits;
    uint32_t vref_uv;
} iio_chan_t;

/* "[-]digits[.digits]" as an integer scaled by 10^frac_digits (extra
 * digits truncated). 0, or -EINVAL. */
static int parse_decimal(const char *s, int frac_digits, long long *out)
{
    bool neg = *s == '-';
    s += neg;
    if (*s < '0' || *s > '9')
        return -EINVAL;
    long long v = 0;
    while (*s >= '0' && *s <= '9' && v < 100000000000LL)
        v = v * 10 + (*s++ - '0');
    if (*s >= '0' && *s <= '9')
        return -EINVAL; /* absurdly large */
    int frac = 0;
    if (*s == '.')
        for (s++; *s >= '0' && *s <= '9'; s++)
            if (frac < frac_digits) {
                v = v * 10 + (*s - '0');
                frac++;
            }
    for (; frac < frac_digits; frac++)
        v *= 10;
    if (*s != '\0' && *s != '\n')
        return -EINVAL;
    *out = neg ? -v : v;
    return 0;
}

static int read_decimal(const char *path, int frac_digits, long long *out)
{
    char text[48];
    int n = linux_sys_read_text(path, text, sizeof(text));
    return n < 0 ? n : parse_decimal(text, frac_digits, out);
}

typedef struct find_ctx {
    const char *name;
    char *found;
    size_t size;
} find_ctx_t;

static int match_name(void *ctx, const char *entry)
{
    find_ctx_t *f = ctx;
    char path[160], name[64];
    snprintf(path, sizeof(path), IIO_DEVICES "/%s/name", entry);
    if (linux_sys_read_text(path, name, sizeof(name)) < 0 || strcmp(name, f->name) != 0)
        return 0;
    snprintf(f->found, f->size, IIO_DEVICES "/%s", entry);
    return 1;
}

/* dir gets the device's sysfs directory: 0, or -ENOENT with a hint. */
static int find_device(const hal_system_t *sys, const char *dev, char *dir, size_t size)
{
    if (strncmp(dev, "iio:device", 10) == 0) {
        char name_path[200], name[64];
        snprintf(dir, size, IIO_DEVICES "/%s", dev);
        snprintf(name_path, sizeof(name_path), "%s/name", dir);
        if (linux_sys_read_text(name_path, name, sizeof(name)) != -ENOENT)
            return 0;
    } else {
        find_ctx_t f = {dev, dir, size};
        if (linux_sys->list_dir(IIO_DEVICES, match_name, &f) == 1)
            return 0;
    }
    return linux_hint(ENOENT, "no IIO device %s in " IIO_DEVICES ": load the converter's driver%s", dev,
                      linux_bus_is_pi(sys) ? " (its dtoverlay in " LINUX_PI_CONFIG ", e.g. dtoverlay=ads1015)"
                                           : " (or its device-tree overlay)");
}

/* The full scale in microvolts for a scale in mV per LSB (10^-9 units). */
static uint32_t full_scale_uv(long long scale_nano_mv, uint8_t bits)
{
    double uv = (double)scale_nano_mv / 1e6 * (double)((uint64_t)1 << bits);
    return uv <= 0 ? 0 : uv >= 4294967295.0 ? UINT32_MAX : (uint32_t)(uv + 0.5);
}

/* Resolution from scan_elements/<prefix>N_type, or 0 when not there. */
static uint8_t type_bits(const char *dir, const char *prefix, uint32_t n)
{
    char path[200], text[32], sign;
    unsigned bits;
    snprintf(path, sizeof(path), "%s/scan_elements/%s%u_type", dir, prefix, n);
    if (linux_sys_read_text(path, text, sizeof(text)) < 0)
        return 0;
    const char *colon = strchr(text, ':');
    if (!colon || sscanf(colon + 1, "%c%u", &sign, &bits) != 2 || bits == 0 || bits > 32)
        return 0;
    return (uint8_t)(sign == 's' ? bits - 1 : bits);
}

/* Fill c for channel n, prefix "in_voltage" or "out_voltage". */
static int open_chan(const hal_system_t *sys, const hal_board_channel_t *ch, const char *prefix, iio_chan_t *c)
{
    char dir[160], path[200];
    if (!ch->dev)
        return linux_hint(EINVAL, "the board file's %s line has no dev=", prefix[0] == 'i' ? "adc" : "dac");
    int rc = find_device(sys, ch->dev, dir, sizeof(dir));
    if (rc)
        return rc;
    snprintf(c->value_path, sizeof(c->value_path), "%s/%s%u_raw", dir, prefix, ch->channel);
    c->bits = type_bits(dir, prefix, ch->channel);
    if (!c->bits)
        c->bits = ch->bits;
    if (!c->bits || c->bits > 32)
        return linux_hint(EINVAL, "the board file gives no bits= for %s", c->value_path);
    long long scale = 0;
    snprintf(path, sizeof(path), "%s/%s%u_scale", dir, prefix, ch->channel);
    rc = read_decimal(path, 9, &scale);
    if (rc == -ENOENT) {
        snprintf(path, sizeof(path), "%s/%s_scale", dir, prefix); /* shared by all channels */
        rc = read_decimal(path, 9, &scale);
    }
    c->vref_uv = rc == 0 && scale > 0 ? full_scale_uv(scale, c->bits) : ch->vref_uv;
    snprintf(path, sizeof(path), "%s/%s%u_offset", dir, prefix, ch->channel);
    if (read_decimal(path, 0, &c->offset) != 0)
        c->offset = 0;
    return 0;
}

static int chan_error(int rc, const char *path)
{
    if (rc == -ENOENT)
        return linux_hint(ENOENT, "%s does not exist: the device has no such channel", path);
    if (rc == -EACCES || rc == -EPERM)
        return linux_hint(-rc, "%s: run as root, or give your group access with a udev rule", path);
    return rc;
}

/* ---- ADC ---- */

static int adc_read(const hal_adc_dev_t *dev, uint32_t *raw)
{
    iio_chan_t *c = dev->data;
    long long v;
    linux_hint_clear();
    int rc = read_decimal(c->value_path, 0, &v);
    if (rc)
        return chan_error(rc, c->value_path);
    v += c->offset;
    *raw = v < 0 ? 0 : v > UINT32_MAX ? UINT32_MAX : (uint32_t)v;
    return 0;
}

static int adc_info(const hal_adc_dev_t *dev, uint8_t *bits, uint32_t *vref_uv)
{
    const iio_chan_t *c = dev->data;
    *bits = c->bits;
    *vref_uv = c->vref_uv;
    return 0;
}

static int chan_close(void *data)
{
    free(data);
    return 0;
}

static int adc_close(const hal_adc_dev_t *dev)
{
    return chan_close(dev->data);
}

static const hal_adc_ops_t adc_ops = {
    .version = HAL_ADC_OPS_V1,
    .read = adc_read,
    .info = adc_info,
    .close = adc_close,
};

int linux_adc_open(hal_system_t *sys, const hal_board_channel_t *ch, hal_adc_dev_t *dev)
{
    linux_hint_clear();
    iio_chan_t *c = calloc(1, sizeof(*c));
    if (!c)
        return -ENOMEM;
    int rc = open_chan(sys, ch, "in_voltage", c);
    long long v;
    if (rc == 0 && (rc = read_decimal(c->value_path, 0, &v)) != 0)
        rc = chan_error(rc, c->value_path); /* one conversion proves the channel works */
    if (rc) {
        free(c);
        return rc;
    }
    *dev = (hal_adc_dev_t){&adc_ops, ch, c};
    return 0;
}

/* ---- DAC ---- */

static int dac_write(const hal_dac_dev_t *dev, uint32_t raw)
{
    iio_chan_t *c = dev->data;
    char text[16];
    linux_hint_clear();
    snprintf(text, sizeof(text), "%u", raw);
    int rc = linux_sys_write_text(c->value_path, text);
    return rc ? chan_error(rc, c->value_path) : 0;
}

static int dac_info(const hal_dac_dev_t *dev, uint8_t *bits, uint32_t *vref_uv)
{
    const iio_chan_t *c = dev->data;
    *bits = c->bits;
    *vref_uv = c->vref_uv;
    return 0;
}

static int dac_close(const hal_dac_dev_t *dev)
{
    return chan_close(dev->data);
}

static const hal_dac_ops_t dac_ops = {
    .version = HAL_DAC_OPS_V1,
    .write = dac_write,
    .info = dac_info,
    .close = dac_close,
};

int linux_dac_open(hal_system_t *sys, const hal_board_channel_t *ch, hal_dac_dev_t *dev)
{
    linux_hint_clear();
    iio_chan_t *c = calloc(1, sizeof(*c));
    if (!c)
        return -ENOMEM;
    char probe[16];
    int rc = open_chan(sys, ch, "out_voltage", c);
    if (rc == 0) {
        int n = linux_sys_read_text(c->value_path, probe, sizeof(probe));
        rc = n < 0 ? chan_error(n, c->value_path) : 0;
    }
    if (rc) {
        free(c);
        return rc;
    }
    *dev = (hal_dac_dev_t){&dac_ops, ch, c};
    return 0;
}
