/*
 * The fake libftdi1 (see fake_ftdi.h). Also defines sim_now_ns, the one
 * function of the sim backend its device models call.
 *
 * An open context's usb_dev points at its handle (never dereferenced as
 * libusb's); a handle stays valid while its adapter's generation does, so
 * unplugging invalidates every handle at once.
 */
#include "fake_ftdi.h"

#include <ftdi.h>
#include <libusb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fake_wire.h"

#define MAX_DEVS 4

struct fake_ftdi_dev {
    uint16_t vid, pid;
    int type;
    char serial[32];
    int access;
    bool present;
    unsigned generation;
    unsigned channels;
    fake_mpsse_t *chan[2];
    bool claimed[2];
    bool mpsse[2];          /* in MPSSE bit mode */
    int unplug_after;       /* writes left before unplugging; -1 never */
    unsigned mute;
    unsigned writes, opens;
};

typedef struct handle {
    fake_ftdi_dev_t *dev;
    unsigned generation;
    unsigned iface;         /* 0 = A */
} handle_t;

static fake_ftdi_dev_t *devs[MAX_DEVS];
static size_t n_devs;
static unsigned live_contexts;
static bool world_loaded;

extern const sim_dev_class_t sim_dev_24c02, sim_dev_mcp9808, sim_dev_bme280, sim_dev_mcp3008;

/* The sim device models' clock (backends/sim/sim.h). */
uint64_t sim_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* ---- the test API ---- */

void fake_ftdi_reset(void)
{
    for (size_t i = 0; i < n_devs; i++) {
        for (unsigned c = 0; c < 2; c++)
            fake_mpsse_free(devs[i]->chan[c]);
        free(devs[i]);
    }
    n_devs = 0;
    world_loaded = true; /* a test that resets builds its own world */
}

fake_ftdi_dev_t *fake_ftdi_add(int type, const char *serial)
{
    if (n_devs == MAX_DEVS)
        abort();
    fake_ftdi_dev_t *d = calloc(1, sizeof(*d));
    if (!d)
        abort();
    d->vid = 0x0403;
    d->type = type;
    d->pid = type == TYPE_2232H ? 0x6010 : 0x6014;
    d->channels = type == TYPE_2232H ? 2 : 1;
    snprintf(d->serial, sizeof(d->serial), "%s", serial ? serial : "FAKE0001");
    d->present = true;
    d->unplug_after = -1;
    for (unsigned c = 0; c < d->channels; c++)
        d->chan[c] = fake_mpsse_new(type == TYPE_232H ? FAKE_MPSSE_FT232H : FAKE_MPSSE_FT2232H);
    devs[n_devs++] = d;
    world_loaded = true;
    return d;
}

void fake_ftdi_set_access(fake_ftdi_dev_t *d, int access)
{
    d->access = access;
}

fake_mpsse_t *fake_ftdi_mpsse(fake_ftdi_dev_t *d, unsigned iface)
{
    return iface >= 1 && iface <= d->channels ? d->chan[iface - 1] : NULL;
}

void fake_ftdi_unplug(fake_ftdi_dev_t *d)
{
    d->present = false;
    d->generation++;
    d->claimed[0] = d->claimed[1] = false;
    d->mpsse[0] = d->mpsse[1] = false;
}

void fake_ftdi_replug(fake_ftdi_dev_t *d)
{
    d->present = true;
    for (unsigned c = 0; c < d->channels; c++)
        fake_mpsse_reset(d->chan[c]);
}

void fake_ftdi_unplug_after(fake_ftdi_dev_t *d, unsigned writes)
{
    d->unplug_after = (int)writes;
}

void fake_ftdi_mute(fake_ftdi_dev_t *d, unsigned reads)
{
    d->mute = reads;
}

unsigned fake_ftdi_writes(const fake_ftdi_dev_t *d)
{
    return d->writes;
}

unsigned fake_ftdi_opens(const fake_ftdi_dev_t *d)
{
    return d->opens;
}

unsigned fake_ftdi_live_contexts(void)
{
    return live_contexts;
}

/* ---- $FAKE_FTDI ---- */

static const sim_dev_class_t *model(const char *kind)
{
    static const sim_dev_class_t *const all[] = {&sim_dev_24c02, &sim_dev_mcp9808, &sim_dev_bme280, &sim_dev_mcp3008};
    for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++)
        if (strcmp(all[i]->kind, kind) == 0)
            return all[i];
    return NULL;
}

/* ":NAME=VALUE" settings after a device word. */
static int settings(sim_dev_t *d, const char *s)
{
    char name[32];
    double v;
    while (s && *s == ':') {
        if (sscanf(s, ":%31[^=]=%lf", name, &v) != 2 || !d->cls->set || d->cls->set(d, name, v) != 0)
            return -1;
        s = strchr(s + 1, ':');
    }
    return 0;
}

static int world_word(const char *w, fake_ftdi_dev_t **cur, fake_i2c_t **i2c)
{
    char kind[16];
    unsigned a, b;
    int used = 0;
    if (strcmp(w, "ft232h") == 0 || strcmp(w, "ft2232h") == 0) {
        *cur = fake_ftdi_add(w[2] == '2' && w[3] == '2' ? TYPE_2232H : TYPE_232H, NULL);
        *i2c = NULL;
        return 0;
    }
    if (!*cur)
        return -1;
    fake_mpsse_t *e = (*cur)->chan[0];
    if (strncmp(w, "serial=", 7) == 0) {
        snprintf((*cur)->serial, sizeof((*cur)->serial), "%s", w + 7);
        return 0;
    }
    if (strcmp(w, "denied") == 0 || strcmp(w, "sio") == 0) {
        (*cur)->access = w[0] == 'd' ? FAKE_FTDI_DENIED : FAKE_FTDI_SIO_BOUND;
        return 0;
    }
    if (strcmp(w, "i2c") == 0) {
        fake_mpsse_tie(e, 1, 2);
        *i2c = fake_i2c_new(e, 0, 1);
        return 0;
    }
    if (sscanf(w, "jumper=%u-%u%n", &a, &b, &used) == 2 && !w[used] && a < 16 && b < 16) {
        fake_mpsse_tie(e, a, b);
        return 0;
    }
    if (sscanf(w, "unplug@%u%n", &a, &used) == 1 && !w[used]) {
        fake_ftdi_unplug_after(*cur, a);
        return 0;
    }
    if (sscanf(w, "mcp3008@cs%u%n", &a, &used) == 1 && a < 16) {
        fake_spi_t *s = fake_spi_new(e, &sim_dev_mcp3008, 0, 1, 2, a, 0, 0, false);
        return settings(fake_spi_dev(s), w + used);
    }
    if (sscanf(w, "%15[^@]@%x%n", kind, &a, &used) == 2 && model(kind) && *i2c && a < 0x80) {
        sim_dev_t *d = fake_i2c_add(*i2c, model(kind), (uint16_t)a, NULL, 0);
        return d ? settings(d, w + used) : -1;
    }
    return -1;
}

int fake_ftdi_world(const char *spec)
{
    fake_ftdi_dev_t *cur = NULL;
    fake_i2c_t *i2c = NULL;
    char buf[512];
    snprintf(buf, sizeof(buf), "%s", spec ? spec : "");
    world_loaded = true;
    for (char *save, *w = strtok_r(buf, " ,;", &save); w; w = strtok_r(NULL, " ,;", &save))
        if (world_word(w, &cur, &i2c) != 0)
            return -1;
    return 0;
}

static void load_world(void)
{
    if (world_loaded)
        return;
    const char *spec = getenv("FAKE_FTDI");
    if (fake_ftdi_world(spec) != 0)
        fprintf(stderr, "fake_ftdi: bad FAKE_FTDI word in '%s'\n", spec);
}

/* ---- libftdi ---- */

#define FAIL(ctx, code, text)          \
    do {                               \
        (ctx)->error_str = (text);     \
        return (code);                 \
    } while (0)

static handle_t *handle_of(const struct ftdi_context *ctx)
{
    return ctx ? (handle_t *)(void *)ctx->usb_dev : NULL;
}

/* The handle's adapter and channel, or NULL once unplugged. */
static fake_ftdi_dev_t *alive(const struct ftdi_context *ctx)
{
    handle_t *h = handle_of(ctx);
    return h && h->dev->present && h->generation == h->dev->generation ? h->dev : NULL;
}

struct ftdi_context *ftdi_new(void)
{
    load_world();
    struct ftdi_context *ctx = calloc(1, sizeof(*ctx));
    if (!ctx)
        return NULL;
    ctx->usb_read_timeout = 5000;
    ctx->usb_write_timeout = 5000;
    ctx->type = TYPE_BM;
    ctx->index = INTERFACE_A;
    ctx->max_packet_size = 512;
    live_contexts++;
    return ctx;
}

int ftdi_set_interface(struct ftdi_context *ctx, enum ftdi_interface iface)
{
    if (!ctx)
        return -2;
    if (iface > INTERFACE_D)
        FAIL(ctx, -1, "Unknown interface");
    ctx->interface = iface == INTERFACE_ANY ? 0 : (int)iface - 1;
    ctx->index = iface == INTERFACE_ANY ? INTERFACE_A : (int)iface;
    return 0;
}

int ftdi_usb_open_desc_index(struct ftdi_context *ctx, int vendor, int product, const char *description,
                             const char *serial, unsigned int index)
{
    (void)description;
    if (!ctx)
        return -11;
    for (size_t i = 0; i < n_devs; i++) {
        fake_ftdi_dev_t *d = devs[i];
        if (!d->present || d->vid != vendor || d->pid != product || (serial && strcmp(serial, d->serial) != 0))
            continue;
        if (index > 0) {
            index--;
            continue;
        }
        if (d->access == FAKE_FTDI_DENIED)
            FAIL(ctx, -4, "usb_open() failed");
        unsigned iface = (unsigned)ctx->interface;
        if (d->access == FAKE_FTDI_SIO_BOUND || iface >= d->channels || d->claimed[iface])
            FAIL(ctx, -5, "unable to claim usb device. Make sure the default FTDI driver is not in use");
        handle_t *h = calloc(1, sizeof(*h));
        if (!h)
            FAIL(ctx, -4, "usb_open() failed");
        *h = (handle_t){d, d->generation, iface};
        d->claimed[iface] = true;
        d->opens++;
        ctx->usb_dev = (struct libusb_device_handle *)(void *)h;
        ctx->type = d->type;
        return 0;
    }
    FAIL(ctx, -3, "device not found");
}

int ftdi_usb_close(struct ftdi_context *ctx)
{
    handle_t *h = handle_of(ctx);
    if (!ctx)
        return -3;
    if (h) {
        if (alive(ctx))
            h->dev->claimed[h->iface] = false;
        free(h);
        ctx->usb_dev = NULL;
    }
    return 0;
}

void ftdi_free(struct ftdi_context *ctx)
{
    if (!ctx)
        return;
    ftdi_usb_close(ctx);
    free(ctx);
    live_contexts--;
}

int ftdi_usb_reset(struct ftdi_context *ctx)
{
    if (!handle_of(ctx))
        FAIL(ctx, -2, "USB device unavailable");
    if (!alive(ctx))
        FAIL(ctx, -1, "FTDI reset failed");
    return 0;
}

int ftdi_set_latency_timer(struct ftdi_context *ctx, unsigned char latency)
{
    if (latency < 1)
        FAIL(ctx, -1, "latency out of range. Only valid for 1-255");
    if (!handle_of(ctx))
        FAIL(ctx, -3, "USB device unavailable");
    if (!alive(ctx))
        FAIL(ctx, -2, "unable to set latency timer");
    return 0;
}

int ftdi_set_bitmode(struct ftdi_context *ctx, unsigned char bitmask, unsigned char mode)
{
    (void)bitmask;
    handle_t *h = handle_of(ctx);
    if (!h)
        FAIL(ctx, -2, "USB device unavailable");
    if (!alive(ctx))
        FAIL(ctx, -1, "unable to configure bitbang mode. Perhaps not a BM/2232C type chip?");
    h->dev->mpsse[h->iface] = mode == BITMODE_MPSSE;
    fake_mpsse_reset(h->dev->chan[h->iface]);
    return 0;
}

int ftdi_tcioflush(struct ftdi_context *ctx)
{
    handle_t *h = handle_of(ctx);
    if (!h)
        FAIL(ctx, -3, "USB device unavailable");
    if (!alive(ctx))
        FAIL(ctx, -1, "FTDI purge of RX buffer failed");
    fake_mpsse_purge(h->dev->chan[h->iface]);
    return 0;
}

int ftdi_usb_purge_buffers(struct ftdi_context *ctx)
{
    return ftdi_tcioflush(ctx);
}

int ftdi_write_data(struct ftdi_context *ctx, const unsigned char *buf, int size)
{
    handle_t *h = handle_of(ctx);
    if (!h)
        FAIL(ctx, -666, "USB device unavailable");
    fake_ftdi_dev_t *d = alive(ctx);
    if (d && d->unplug_after == 0) {
        d->unplug_after = -1;
        fake_ftdi_unplug(d);
        d = NULL;
    }
    if (!d)
        FAIL(ctx, -1, "usb bulk write failed");
    if (d->unplug_after > 0)
        d->unplug_after--;
    d->writes++;
    if (d->mpsse[h->iface] && size > 0)
        fake_mpsse_write(d->chan[h->iface], buf, (size_t)size);
    return size;
}

int ftdi_read_data(struct ftdi_context *ctx, unsigned char *buf, int size)
{
    handle_t *h = handle_of(ctx);
    if (!h)
        FAIL(ctx, -666, "USB device unavailable");
    fake_ftdi_dev_t *d = alive(ctx);
    if (!d)
        FAIL(ctx, LIBUSB_ERROR_NO_DEVICE, "usb bulk read failed");
    fake_mpsse_t *e = d->chan[h->iface];
    if (d->mute) {
        d->mute--;
        uint8_t sink[256];
        while (fake_mpsse_read(e, sink, sizeof(sink)) > 0)
            ;
        return 0;
    }
    return size > 0 ? (int)fake_mpsse_read(e, buf, (size_t)size) : 0;
}

const char *ftdi_get_error_string(struct ftdi_context *ctx)
{
    return ctx ? ctx->error_str : "";
}
