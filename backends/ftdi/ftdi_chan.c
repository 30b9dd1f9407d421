/*
 * One MPSSE channel (see ftdi.h): the USB device behind a board gpiochip,
 * through libftdi1.
 *
 * Opening (AN_135's sequence): ftdi_usb_open_desc_index for the URL's
 * ids, serial and index on the URL's interface (libftdi detaches the
 * kernel's ftdi_sio driver), a reset, latency timer 1 ms, bit mode RESET
 * then MPSSE, purge; then the MPSSE is synchronised by sending it an
 * opcode it does not know (0xAA), which it must answer with 0xFA 0xAA;
 * then it is set up from the shadows (setup()).
 *
 * libftdi's errors: opening gives its own codes (-3 "device not found",
 * -4 "usb_open() failed" when the device node is not ours to open, -8
 * "inappropriate permissions", -5 / -3 "... Make sure the default FTDI
 * driver is not in use" when ftdi_sio could not be detached);
 * ftdi_read_data gives libusb's codes (LIBUSB_ERROR_NO_DEVICE once
 * unplugged); ftdi_write_data only -1 (-666 without a device), so after a
 * failed write one read tells whether the device is gone.
 *
 * Invariants: ctx != NULL exactly when the device is open and was set up;
 * while ctx == NULL, open_rc < 0 and why holds its hint.
 */
#include <errno.h>
#include <ftdi.h> /* libftdi1 (this directory's header is "ftdi.h") */
#include <libusb.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ftdi.h"

#define SYNC_OPCODE 0xaa /* not an MPSSE command: answered with 0xFA 0xAA */

static uint64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

/* Record an open failure: -err with the hint kept for later operations. */
static int fail(ftdi_chan_t *c, int err, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int fail(ftdi_chan_t *c, int err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->why, sizeof(c->why), fmt, ap);
    va_end(ap);
    c->open_rc = -err;
    return -err;
}

static void drop(ftdi_chan_t *c)
{
    if (c->ctx) {
        ftdi_usb_close(c->ctx);
        ftdi_free(c->ctx);
        c->ctx = NULL;
    }
}

/* libftdi's open errors as errnos with advice (see the top). */
static int open_error(ftdi_chan_t *c, struct ftdi_context *ctx, int rc)
{
    const ftdi_url_t *u = &c->url;
    const char *es = ftdi_get_error_string(ctx);
    if (!es)
        es = "";
    if (rc == -3 && strstr(es, "not found"))
        return fail(c, ENODEV, "no %s%s%s found (USB %04x:%04x, %s): is it plugged in?", u->name,
                    u->serial[0] ? " with serial " : "", u->serial, u->vid, u->pid, c->path);
    if (rc == -4 || rc == -8)
        return fail(c, EACCES,
                    "no permission to open the %s (USB %04x:%04x): add a udev rule such as SUBSYSTEM==\"usb\", "
                    "ATTR{idVendor}==\"%04x\", ATTR{idProduct}==\"%04x\", MODE=\"0666\" "
                    "(backends/ftdi/README.md) and replug it",
                    u->name, u->vid, u->pid, u->vid, u->pid);
    if (rc == -5 || strstr(es, "driver is not in use"))
        return fail(c, EIO,
                    "the %s (USB %04x:%04x) is held by the kernel's ftdi_sio driver, which libftdi could not "
                    "detach, or by another program: try 'sudo rmmod ftdi_sio'",
                    u->name, u->vid, u->pid);
    return fail(c, EIO, "cannot open the %s (%s): libftdi: %s (%d)", u->name, c->path, es, rc);
}

static void purge(struct ftdi_context *ctx)
{
#ifdef SIO_TCIFLUSH /* libftdi 1.5 renamed the purge */
    ftdi_tcioflush(ctx);
#else
    ftdi_usb_purge_buffers(ctx);
#endif
}

/* Synchronise with the MPSSE's command parser (see the top). A chip that
 * has only just entered MPSSE mode may miss the first try (AN_135 waits
 * 50 ms there): up to three, 50 ms apart. */
static int sync_mpsse(ftdi_chan_t *c)
{
    static const uint8_t bogus[] = {SYNC_OPCODE, FTDI_OP_SEND_IMMEDIATE};
    uint8_t reply[2] = {0, 0};
    int rc = 0;
    for (int attempt = 0; attempt < 3; attempt++) {
        if (attempt) {
            struct timespec ts = {0, 50000000};
            nanosleep(&ts, NULL);
            if (!c->ctx)
                break;
            purge(c->ctx);
            c->desync = false;
        }
        rc = ftdi_chan_xfer(c, bogus, sizeof(bogus), reply, sizeof(reply), 500);
        if (rc == 0 && reply[0] == FTDI_OP_BAD_COMMAND && reply[1] == SYNC_OPCODE)
            return 0;
        if (rc == -ENODEV || rc == -EINTR)
            return rc;
    }
    if (rc == 0)
        rc = ftdi_hint(EIO, "the %s does not answer as an MPSSE (got %02x %02x)", c->url.name, reply[0], reply[1]);
    return rc;
}

/* The chip state the shadows describe: clock, clocking modes, pins. */
static int setup(ftdi_chan_t *c)
{
    ftdi_mpsse_t m;
    ftdi_mpsse_begin(&m, c);
    ftdi_mpsse_clock_setup(&m);
    ftdi_mpsse_drive_zero(&m, c->drive_zero);
    ftdi_mpsse_set_low(&m);
    ftdi_mpsse_set_high(&m);
    int rc = ftdi_mpsse_run(&m);
    ftdi_mpsse_end(&m);
    return rc;
}

/* Bit mode RESET then MPSSE, purge, synchronise, set up (c->ctx open). */
static int start_mpsse(ftdi_chan_t *c)
{
    struct ftdi_context *ctx = c->ctx;
    int rc = ftdi_usb_reset(ctx);
    if (rc == 0)
        rc = ftdi_set_latency_timer(ctx, 1);
    if (rc == 0)
        rc = ftdi_set_bitmode(ctx, 0, BITMODE_RESET);
    if (rc == 0)
        rc = ftdi_set_bitmode(ctx, 0, BITMODE_MPSSE);
#ifdef SIO_TCIFLUSH
    if (rc == 0)
        rc = ftdi_tcioflush(ctx);
#else
    if (rc == 0)
        rc = ftdi_usb_purge_buffers(ctx);
#endif
    if (rc < 0) {
        const char *es = ftdi_get_error_string(ctx);
        return ftdi_hint(EIO, "cannot put the %s into MPSSE mode: libftdi: %s", c->url.name, es ? es : "?");
    }
    c->desync = false;
    rc = sync_mpsse(c);
    return rc ? rc : setup(c);
}

static bool has_mpsse(int type)
{
    return type == TYPE_232H || type == TYPE_2232H || type == TYPE_4232H;
}

static int open_device(ftdi_chan_t *c)
{
    if (c->open_rc == -EINVAL)
        return c->open_rc; /* the board file's path: nothing to retry */
    struct ftdi_context *ctx = ftdi_new();
    if (!ctx)
        return fail(c, ENOMEM, "out of memory");
    const ftdi_url_t *u = &c->url;
    int rc = ftdi_set_interface(ctx, u->iface == 2 ? INTERFACE_B : INTERFACE_A);
    if (rc == 0)
        rc = ftdi_usb_open_desc_index(ctx, u->vid, u->pid, NULL, u->serial[0] ? u->serial : NULL, u->index);
    if (rc < 0) {
        rc = open_error(c, ctx, rc);
        ftdi_free(ctx);
        return rc;
    }
    c->ctx = ctx;
    c->type = ctx->type;
    if (!has_mpsse(c->type)) {
        drop(c);
        return fail(c, ENODEV, "%s is no FT232H, FT2232H or FT4232H (libftdi chip type %d)", c->path, c->type);
    }
    rc = start_mpsse(c);
    if (rc) {
        char hint[FTDI_HINT_MAX];
        hal_hint_t h = {-rc, hint, sizeof(hint)};
        if (ftdi_hint_take(&h) != 0)
            snprintf(hint, sizeof(hint), "cannot set up the %s", u->name);
        drop(c);
        return fail(c, -rc, "%s", hint);
    }
    c->open_rc = 0;
    c->why[0] = '\0';
    ftdi_log(c->sys, true, "ftdi: %s is open (%s, interface %c)", c->path, u->name, (char)('A' + u->iface - 1));
    return 0;
}

int ftdi_chan_init(ftdi_chan_t *c, const hal_system_t *sys, unsigned chip)
{
    *c = (ftdi_chan_t){.sys = sys, .chip = chip, .cs_line = -1};
    c->path = sys->board->gpiochips[chip].path;
    c->divisor = ftdi_mpsse_divisor(1000000, false, &c->bus_hz); /* until a bus sets one */
    if (ftdi_url_parse(c->path, &c->url) != 0) {
        fail(c, EINVAL, "gpiochip %u of board %s: path=%s is no ftdi:// URL (ftdi://ftdi:ft232h/1)", chip,
             sys->board->id, c->path ? c->path : "(none)");
        ftdi_log(sys, false, "%s", c->why);
        return 0;
    }
    if (open_device(c) != 0)
        ftdi_log(sys, true, "ftdi: %s unavailable: %s", c->path, c->why);
    return c->open_rc == -ENOMEM ? -ENOMEM : 0;
}

void ftdi_chan_fini(ftdi_chan_t *c)
{
    if (c->ctx) {
        /* leave every line an input, as after a release */
        c->dir = 0;
        c->drive_zero = 0;
        ftdi_mpsse_t m;
        ftdi_mpsse_begin(&m, c);
        ftdi_mpsse_set_low(&m);
        ftdi_mpsse_set_high(&m);
        (void)ftdi_mpsse_run(&m);
        ftdi_mpsse_end(&m);
        if (c->ctx)
            ftdi_set_bitmode(c->ctx, 0, BITMODE_RESET);
        ftdi_hint_clear();
    }
    drop(c);
}

int ftdi_chan_ready(ftdi_chan_t *c)
{
    if (!c->ctx && open_device(c) != 0)
        return ftdi_hint(-c->open_rc, "%s", c->why);
    if (!c->desync)
        return 0;
    int rc = start_mpsse(c);
    if (rc == -ENODEV)
        return rc; /* its hint is left */
    if (rc) {
        /* the chip does not come back in step: start again from USB */
        drop(c);
        if (open_device(c) != 0)
            return ftdi_hint(-c->open_rc, "%s", c->why);
    }
    return 0;
}

/* A USB error: -ENODEV (the channel closed, to be reopened) when the
 * device is gone, else -EIO with the channel to be set up again. */
static int usb_error(ftdi_chan_t *c, int rc, bool writing)
{
    const ftdi_url_t *u = &c->url;
    if (writing && rc != -666) {
        uint8_t b;
        int probe = ftdi_read_data(c->ctx, &b, 1);
        if (probe == LIBUSB_ERROR_NO_DEVICE)
            rc = probe;
    }
    if (rc == LIBUSB_ERROR_NO_DEVICE || rc == -666) {
        drop(c);
        fail(c, ENODEV, "the %s (USB %04x:%04x) was unplugged; plug it in again and retry", u->name, u->vid, u->pid);
        ftdi_log(c->sys, false, "ftdi: %s", c->why);
        return ftdi_hint(ENODEV, "%s", c->why);
    }
    c->desync = true;
    const char *es = ftdi_get_error_string(c->ctx);
    return ftdi_hint(EIO, "USB %s to the %s failed: %s (%d)", writing ? "write" : "read", u->name, es ? es : "?", rc);
}

static bool interrupted(const ftdi_chan_t *c)
{
    return c->sys && c->sys->interrupt && *c->sys->interrupt;
}

int ftdi_chan_xfer(ftdi_chan_t *c, const uint8_t *cmd, size_t n, uint8_t *rx, size_t rx_len, unsigned timeout_ms)
{
    if (!c->ctx)
        return ftdi_hint(-c->open_rc, "%s", c->why);
    if (n > INT_MAX || rx_len > INT_MAX)
        return -EINVAL;
    if (timeout_ms > INT_MAX)
        timeout_ms = INT_MAX;
    c->ctx->usb_write_timeout = (int)timeout_ms;
    c->ctx->usb_read_timeout = (int)timeout_ms;
    if (n) {
        int w = ftdi_write_data(c->ctx, cmd, (int)n);
        if (w < 0)
            return usb_error(c, w, true);
        if ((size_t)w != n) {
            c->desync = true;
            return ftdi_hint(EIO, "the %s took %d of %zu bytes", c->url.name, w, n);
        }
    }
    uint64_t deadline = now_ms() + timeout_ms;
    size_t got = 0;
    while (got < rx_len) {
        int r = ftdi_read_data(c->ctx, rx + got, (int)(rx_len - got));
        if (r < 0)
            return usb_error(c, r, false);
        got += (size_t)r;
        if (got == rx_len)
            break;
        if (interrupted(c)) {
            c->desync = true;
            return -EINTR;
        }
        if (now_ms() > deadline) {
            c->desync = true;
            return ftdi_hint(EIO, "the %s answered %zu of %zu bytes within %u ms", c->url.name, got, rx_len,
                             timeout_ms);
        }
        if (r == 0) {
            /* a real chip answers an empty read after its latency timer;
               this only keeps a fast one from spinning */
            struct timespec ts = {0, 100000};
            nanosleep(&ts, NULL);
        }
    }
    return 0;
}

bool ftdi_chan_has_drive_zero(const ftdi_chan_t *c)
{
    return c->type == TYPE_232H;
}
