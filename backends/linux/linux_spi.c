/*
 * SPI through spidev (/dev/spidevB.C).
 *
 * Configuration: the node's mode, word size and speed are read at open
 * and cached; configure() and transfer() issue SPI_IOC_WR_* only for a
 * value that differs from the cache, so a driver calling configure()
 * before every transaction (as Adafruit's bus_device does) costs nothing.
 * The clock reported back is SPI_IOC_RD_MAX_SPEED_HZ, i.e. what spidev
 * will ask the controller for (controllers round it down to what their
 * divider can do; spidev does not tell by how much).
 *
 * Transfers: full duplex SPI_IOC_MESSAGE(n), one spi_ioc_transfer per
 * piece of a hal_spi_xfer_t. spidev refuses a message whose transmit or
 * receive bytes exceed its bufsiz (module parameter, default 4096), so
 * longer transactions become several messages: pieces of at most bufsiz
 * bytes in total per message, with cs_change set on a message's last
 * piece whenever the chip select must stay asserted into the next one.
 *
 * Chip select: the node drives its own CE line (spidev0.1 drives CE1).
 * A transfer with HAL_SPI_XFER_CS uses it; within a message cs_change
 * deasserts it between transfers unless HAL_SPI_XFER_CS_KEEP. A transfer
 * without HAL_SPI_XFER_CS is for a device whose chip select the caller
 * drives itself (a DigitalInOut): it runs with SPI_NO_CS in the mode, so
 * the node's CE line stays idle and does not select a second device in
 * the middle of the caller's transaction. Some controllers refuse
 * SPI_NO_CS (spi_setup: -EINVAL, "unsupported mode bits"); then the
 * refusal is remembered, logged once, and such transfers run with the
 * node's CE line toggling as usual: harmless when nothing is wired to
 * that CE (or it is not routed to the pin, e.g. with dtoverlay=spi0-0cs on
 * a Raspberry Pi), wrong when a device is.
 *
 * A chip select held across calls (the binding layer's chip-select proxy
 * for a DigitalInOut on CE0, modules/hw_bus_cs.h): HAL_SPI_XFER_CS_KEEP on
 * a call's last transfer sets cs_change on the message's last piece, which
 * spidev passes to the SPI core as "leave the chip select asserted after
 * this message" (include/linux/spi/spi.h: on a message's last transfer
 * cs_change keeps the chip selected until the next message; in the middle
 * of a message it deselects briefly instead). The selection ends with a
 * transfer of no bytes with HAL_SPI_XFER_CS and without _KEEP: a message
 * of one empty piece, which selects (already selected) and deselects
 * without clocking. The kernel also deselects on its own when the node's
 * mode, word size or speed is set (spi_setup), which this file does only
 * when a value changes.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/spi/spidev.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linux_bus.h"
#include "linux_hint.h"
#include "linux_sys.h"

#define SPI_BUFSIZ_PATH "/sys/module/spidev/parameters/bufsiz"
#define SPI_BUFSIZ_DEFAULT 4096
#define SPI_MAX_PIECES 64 /* spi_ioc_transfers per message */
#define SPI_OUR_MODE_BITS (SPI_CPHA | SPI_CPOL | SPI_LSB_FIRST | SPI_NO_CS)

typedef struct spi_data {
    int fd;
    const char *path;
    const hal_system_t *sys; /* for the log */
    size_t bufsiz;
    /* what the kernel has (the cache): speed is the last one asked for,
     * actual what spidev answered then (and puts in each transfer) */
    uint8_t mode, bits;
    uint32_t speed, actual;
    /* what the caller configured: mode without SPI_NO_CS */
    uint8_t want_mode;
    bool no_cs_refused;
    /* transmit buffer for tx == NULL with a non-zero fill (bufsiz bytes) */
    uint8_t *fill;
    int fill_value; /* the byte fill holds, -1 when none */
} spi_data_t;

static spi_data_t *data_of(const hal_spi_dev_t *dev)
{
    return dev->data;
}

static void spi_log(const spi_data_t *d, const char *fmt, const char *arg)
{
    const hal_options_t *o = d->sys ? d->sys->options : NULL;
    if (!o || !o->log)
        return;
    char line[200];
    snprintf(line, sizeof(line), fmt, arg);
    o->log(o->log_ctx, line);
}

static int set_mode(spi_data_t *d, uint8_t mode)
{
    if (mode == d->mode)
        return 0;
    int rc = linux_sys->ioctl(d->fd, SPI_IOC_WR_MODE, &mode);
    if (rc == 0)
        d->mode = mode;
    return rc < 0 ? rc : 0;
}

/* The mode for a transfer with or without the node's chip select. */
static int use_cs(spi_data_t *d, bool hw_cs)
{
    if (hw_cs || d->no_cs_refused)
        return set_mode(d, d->want_mode);
    int rc = set_mode(d, (uint8_t)(d->want_mode | SPI_NO_CS));
    if (rc != -EINVAL)
        return rc;
    d->no_cs_refused = true;
    spi_log(d, "%s: the SPI controller refuses SPI_NO_CS; its chip select will toggle during transfers "
               "that use another pin as chip select", d->path);
    return set_mode(d, d->want_mode);
}

static int spi_configure(const hal_spi_dev_t *dev, const hal_spi_config_t *cfg, uint32_t *actual_hz)
{
    spi_data_t *d = data_of(dev);
    linux_hint_clear();
    uint8_t want = (uint8_t)((d->mode & ~SPI_OUR_MODE_BITS) | (cfg->polarity ? SPI_CPOL : 0) |
                             (cfg->phase ? SPI_CPHA : 0) | (cfg->lsb_first ? SPI_LSB_FIRST : 0));
    /* keep the node's current chip-select choice: the next transfer sets it */
    int rc = set_mode(d, (uint8_t)(want | (d->mode & SPI_NO_CS)));
    if (rc == -EINVAL && cfg->lsb_first)
        return linux_hint(EOPNOTSUPP, "the SPI controller of %s cannot send LSB first", d->path);
    if (rc < 0)
        return rc;
    d->want_mode = want;
    if (cfg->bits != d->bits) {
        uint8_t bits = cfg->bits;
        rc = linux_sys->ioctl(d->fd, SPI_IOC_WR_BITS_PER_WORD, &bits);
        if (rc == -EINVAL)
            return linux_hint(EOPNOTSUPP, "the SPI controller of %s cannot do %u-bit words", d->path, bits);
        if (rc < 0)
            return rc;
        d->bits = bits;
    }
    if (cfg->baudrate != d->speed) {
        uint32_t hz = cfg->baudrate;
        if ((rc = linux_sys->ioctl(d->fd, SPI_IOC_WR_MAX_SPEED_HZ, &hz)) < 0)
            return rc;
        d->speed = cfg->baudrate;
        hz = 0;
        rc = linux_sys->ioctl(d->fd, SPI_IOC_RD_MAX_SPEED_HZ, &hz);
        d->actual = rc == 0 && hz ? hz : cfg->baudrate;
    }
    *actual_hz = d->actual;
    return 0;
}

/* ---- transfers ---- */

/* A message being built: pieces, and whether the chip select stays
 * asserted after each one (the caller's intent). */
typedef struct spi_msg {
    struct spi_ioc_transfer tr[SPI_MAX_PIECES];
    bool stay[SPI_MAX_PIECES];
    size_t n, bytes;
    int fill; /* fill byte the message's pieces use, -1 none yet */
} spi_msg_t;

/* Send the message. Within it, cs_change on a piece deasserts the chip
 * select after it; on the last piece, cs_change keeps it asserted after
 * the message (that is spidev's meaning of the flag). */
static int flush(spi_data_t *d, spi_msg_t *m)
{
    if (m->n == 0)
        return 0;
    bool no_cs = d->mode & SPI_NO_CS;
    for (size_t i = 0; i < m->n; i++) {
        bool last = i + 1 == m->n;
        m->tr[i].cs_change = !no_cs && (last ? m->stay[i] : !m->stay[i]);
    }
    int rc = linux_sys->ioctl(d->fd, SPI_IOC_MESSAGE(m->n), m->tr);
    m->n = m->bytes = 0;
    m->fill = -1;
    return rc < 0 ? rc : 0;
}

/* The transmit address of a piece without data: 0 makes spidev send
 * zeros; another fill byte needs the fill buffer, which one message
 * shares between pieces, so a different byte starts a new message. */
static int fill_source(spi_data_t *d, spi_msg_t *m, uint8_t fill, uint64_t *tx)
{
    if (fill == 0) {
        *tx = 0;
        return 0;
    }
    if (m->fill >= 0 && m->fill != fill) {
        int rc = flush(d, m);
        if (rc)
            return rc;
    }
    if (!d->fill && !(d->fill = malloc(d->bufsiz)))
        return -ENOMEM;
    if (d->fill_value != fill) {
        memset(d->fill, fill, d->bufsiz);
        d->fill_value = fill;
    }
    m->fill = fill;
    *tx = (uintptr_t)d->fill;
    return 0;
}

/* An empty piece: selects and, without HAL_SPI_XFER_CS_KEEP, deselects. */
static int add_empty(spi_data_t *d, spi_msg_t *m, const hal_spi_xfer_t *x)
{
    if (m->n == SPI_MAX_PIECES) {
        int rc = flush(d, m);
        if (rc)
            return rc;
    }
    m->tr[m->n] = (struct spi_ioc_transfer){.speed_hz = d->actual, .bits_per_word = d->bits};
    m->stay[m->n] = x->flags & HAL_SPI_XFER_CS_KEEP;
    m->n++;
    return 0;
}

static int add_xfer(spi_data_t *d, spi_msg_t *m, const hal_spi_xfer_t *x)
{
    if (x->len == 0)
        return x->flags & HAL_SPI_XFER_CS ? add_empty(d, m, x) : 0;
    size_t off = 0;
    while (off < x->len) {
        int rc = 0;
        if (m->n == SPI_MAX_PIECES || m->bytes == d->bufsiz)
            rc = flush(d, m);
        uint64_t tx = 0;
        if (rc == 0 && !x->tx)
            rc = fill_source(d, m, x->fill, &tx);
        if (rc)
            return rc;
        size_t len = x->len - off;
        if (len > d->bufsiz - m->bytes)
            len = d->bufsiz - m->bytes;
        m->tr[m->n] = (struct spi_ioc_transfer){
            .tx_buf = x->tx ? (uintptr_t)(x->tx + off) : tx,
            .rx_buf = x->rx ? (uintptr_t)(x->rx + off) : 0,
            .len = (uint32_t)len,
            .speed_hz = d->actual,
            .bits_per_word = d->bits,
        };
        off += len;
        m->stay[m->n] = off < x->len || (x->flags & HAL_SPI_XFER_CS_KEEP);
        m->n++;
        m->bytes += len;
    }
    return 0;
}

/* Runs of transfers that agree on HAL_SPI_XFER_CS share a mode; a change
 * of mode needs a new message. */
static int spi_transfer(const hal_spi_dev_t *dev, const hal_spi_xfer_t *x, size_t n)
{
    spi_data_t *d = data_of(dev);
    spi_msg_t m;
    m.n = m.bytes = 0;
    m.fill = -1;
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        bool hw_cs = x[i].flags & HAL_SPI_XFER_CS;
        if (i > 0 && hw_cs != (bool)(x[i - 1].flags & HAL_SPI_XFER_CS))
            rc = flush(d, &m);
        if (rc == 0 && m.n == 0)
            rc = use_cs(d, hw_cs);
        if (rc == 0)
            rc = add_xfer(d, &m, &x[i]);
    }
    if (rc == 0)
        rc = flush(d, &m);
    return rc;
}

static int spi_close(const hal_spi_dev_t *dev)
{
    spi_data_t *d = data_of(dev);
    if (!d)
        return 0;
    int rc = linux_sys->close(d->fd);
    free(d->fill);
    free(d);
    return rc;
}

static const hal_spi_ops_t spi_ops = {
    .version = HAL_SPI_OPS_V1,
    .configure = spi_configure,
    .transfer = spi_transfer,
    .close = spi_close,
};

/* ---- open ---- */

static int open_error(int rc, const char *path, bool pi)
{
    unsigned b, c;
    bool spidev = sscanf(path, "/dev/spidev%u.%u", &b, &c) == 2;
    if (rc == -ENOENT && pi && spidev && b == 0)
        return linux_hint(ENOENT,
                          "%s does not exist: enable SPI with \"sudo raspi-config nonint do_spi 0\" (or "
                          "dtparam=spi=on in " LINUX_PI_CONFIG ") and reboot",
                          path);
    if (rc == -ENOENT && pi && spidev)
        return linux_hint(ENOENT,
                          "%s does not exist: enable SPI%u with dtoverlay=spi%u-%ucs in " LINUX_PI_CONFIG
                          " and reboot",
                          path, b, b, c + 1 < 3 ? c + 1 : 3);
    if (rc == -ENOENT)
        return linux_hint(ENOENT,
                          "%s does not exist: the spidev driver must be bound to that SPI device "
                          "(a device-tree node or overlay, and the spidev module)",
                          path);
    return linux_bus_access_hint(rc, path, "spi", "spidev");
}

static size_t read_bufsiz(void)
{
    long long v = 0;
    if (linux_sys_read_long(SPI_BUFSIZ_PATH, &v) != 0 || v <= 0 || v > (1 << 24))
        return SPI_BUFSIZ_DEFAULT;
    return (size_t)v;
}

int linux_spi_open(hal_system_t *sys, const hal_board_bus_t *bus, hal_spi_dev_t *dev)
{
    linux_hint_clear();
    if (!bus->dev)
        return linux_hint(EINVAL, "the board file's spi line %s has no dev=", bus->name);
    int fd = linux_sys->open(bus->dev, O_RDWR);
    if (fd < 0)
        return open_error(fd, bus->dev, linux_bus_is_pi(sys));
    uint8_t mode = 0, bits = 0;
    uint32_t speed = 0;
    int rc = linux_sys->ioctl(fd, SPI_IOC_RD_MODE, &mode);
    if (rc == 0)
        rc = linux_sys->ioctl(fd, SPI_IOC_RD_BITS_PER_WORD, &bits);
    if (rc == 0)
        rc = linux_sys->ioctl(fd, SPI_IOC_RD_MAX_SPEED_HZ, &speed);
    spi_data_t *d = rc < 0 ? NULL : calloc(1, sizeof(*d));
    if (!d) {
        linux_sys->close(fd);
        if (rc == -ENOTTY)
            return linux_hint(ENOTTY, "%s is not a spidev device", bus->dev);
        return rc < 0 ? rc : -ENOMEM;
    }
    *d = (spi_data_t){
        .fd = fd,
        .path = bus->dev,
        .sys = sys,
        .bufsiz = read_bufsiz(),
        .mode = mode,
        .bits = bits ? bits : 8, /* the kernel reports 0 for its default, 8 */
        .speed = speed,
        .actual = speed,
        .want_mode = (uint8_t)(mode & ~SPI_NO_CS),
        .fill_value = -1,
    };
    *dev = (hal_spi_dev_t){&spi_ops, bus, d};
    return 0;
}
