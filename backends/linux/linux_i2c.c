/*
 * I2C through i2c-dev (/dev/i2c-N).
 *
 * A transfer is cut into segments at every message without HAL_I2C_NOSTOP
 * (a STOP ends a segment). On an adapter with I2C_FUNC_I2C each segment is
 * ONE ioctl(I2C_RDWR): the kernel puts a repeated START between its
 * messages and a STOP after the last. An adapter without I2C_FUNC_I2C
 * (SMBus-only controllers, i2c-stub) gets each segment as the one SMBus
 * transaction that puts the same bytes on the wire, when there is one:
 *
 *   write 0 bytes                 quick write
 *   write 1 byte                  send byte
 *   write 2 bytes                 write byte data      (else I2C block write)
 *   write 3 bytes                 write word data      (else I2C block write)
 *   write 2..33 bytes             I2C block write      (command = first byte)
 *   read 0 / 1 byte               quick read / receive byte
 *   write 1 + read 1 byte         read byte data
 *   write 1 + read 2 bytes        read word data       (else I2C block read)
 *   write 1 + read 1..32 bytes    I2C block read
 *
 * SMBus words travel low byte first, so buffers map onto them unchanged.
 * Anything else (a longer read without a register write, several writes
 * in one segment) has no SMBus form: -EOPNOTSUPP with a hint. Never an
 * emulation by several transactions, which would put STOPs where the
 * caller asked for none.
 *
 * Errors: a NACK (the kernel's -ENXIO or -EREMOTEIO) is -ENODEV, as
 * CircuitPython reports it; -ETIMEDOUT, -EINVAL, -EOPNOTSUPP, -EBUSY,
 * -ENOMEM and -EINTR pass; anything else is -EIO.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/i2c-dev.h>
#include <linux/i2c.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linux_bus.h"
#include "linux_hint.h"
#include "linux_sys.h"

typedef struct i2c_data {
    int fd;
    unsigned long funcs; /* I2C_FUNCS */
    int adapter;         /* N of /dev/i2c-N; -1 when the name says none */
    int slave;           /* address last set with I2C_SLAVE (SMBus); -1 */
    bool pi;
    const char *path;
} i2c_data_t;

static i2c_data_t *data_of(const hal_i2c_dev_t *dev)
{
    return dev->data;
}

static int map_error(int rc)
{
    switch (rc) {
    case -ENXIO:
    case -EREMOTEIO:
    case -ENODEV:
        return -ENODEV;
    case -ETIMEDOUT:
    case -EINVAL:
    case -EOPNOTSUPP:
    case -EBUSY:
    case -ENOMEM:
    case -EINTR:
        return rc;
    default:
        return rc < 0 ? -EIO : rc;
    }
}

/* ---- I2C_RDWR ---- */

static int rdwr(i2c_data_t *d, const hal_i2c_msg_t *m, size_t n)
{
    struct i2c_msg km[I2C_RDWR_IOCTL_MAX_MSGS];
    if (n > I2C_RDWR_IOCTL_MAX_MSGS)
        return linux_hint(EINVAL, "i2c-dev takes at most %d messages without a STOP between them",
                          I2C_RDWR_IOCTL_MAX_MSGS);
    bool zero_len = false;
    for (size_t i = 0; i < n; i++) {
        if (m[i].len > UINT16_MAX)
            return -EINVAL;
        zero_len |= m[i].len == 0;
        km[i] = (struct i2c_msg){
            .addr = m[i].addr,
            .flags = (m[i].flags & HAL_I2C_READ) ? I2C_M_RD : 0,
            .len = (uint16_t)m[i].len,
            .buf = m[i].buf,
        };
    }
    struct i2c_rdwr_ioctl_data arg = {.msgs = km, .nmsgs = (uint32_t)n};
    int rc = linux_sys->ioctl(d->fd, I2C_RDWR, &arg);
    if (rc >= 0 && (size_t)rc != n)
        return -EIO;
    if (rc == -EOPNOTSUPP && zero_len)
        return linux_hint(EOPNOTSUPP, "the I2C adapter of %s cannot send zero-length messages", d->path);
    return rc < 0 ? map_error(rc) : 0;
}

/* ---- SMBus ---- */

static int smbus(i2c_data_t *d, uint8_t rw, uint8_t cmd, uint32_t size, union i2c_smbus_data *data)
{
    struct i2c_smbus_ioctl_data arg = {.read_write = rw, .command = cmd, .size = size, .data = data};
    int rc = linux_sys->ioctl(d->fd, I2C_SMBUS, &arg);
    return rc < 0 ? map_error(rc) : 0;
}

/* Point the fd at addr for the SMBus ioctls. -EBUSY (with a hint) when a
 * kernel driver owns the address. */
static int select_addr(i2c_data_t *d, uint16_t addr)
{
    if (d->slave == addr)
        return 0;
    int rc = linux_sys->ioctl(d->fd, I2C_SLAVE, (void *)(uintptr_t)addr);
    if (rc == -EBUSY)
        return linux_hint(EBUSY, "address 0x%02x on %s is in use by a kernel driver", addr, d->path);
    if (rc < 0)
        return map_error(rc);
    d->slave = addr;
    return 0;
}

static bool has(const i2c_data_t *d, unsigned long f)
{
    return (d->funcs & f) == f;
}

static int block_write(i2c_data_t *d, const hal_i2c_msg_t *w)
{
    union i2c_smbus_data data;
    data.block[0] = (uint8_t)(w->len - 1);
    memcpy(&data.block[1], w->buf + 1, w->len - 1);
    return smbus(d, I2C_SMBUS_WRITE, w->buf[0], I2C_SMBUS_I2C_BLOCK_DATA, &data);
}

static int smbus_write(i2c_data_t *d, const hal_i2c_msg_t *w)
{
    union i2c_smbus_data data;
    const uint8_t *b = w->buf;
    if (w->len == 0 && has(d, I2C_FUNC_SMBUS_QUICK))
        return smbus(d, I2C_SMBUS_WRITE, 0, I2C_SMBUS_QUICK, NULL);
    if (w->len == 1 && has(d, I2C_FUNC_SMBUS_WRITE_BYTE))
        return smbus(d, I2C_SMBUS_WRITE, b[0], I2C_SMBUS_BYTE, NULL);
    if (w->len == 2 && has(d, I2C_FUNC_SMBUS_WRITE_BYTE_DATA)) {
        data.byte = b[1];
        return smbus(d, I2C_SMBUS_WRITE, b[0], I2C_SMBUS_BYTE_DATA, &data);
    }
    if (w->len == 3 && has(d, I2C_FUNC_SMBUS_WRITE_WORD_DATA)) {
        data.word = (uint16_t)(b[1] | b[2] << 8);
        return smbus(d, I2C_SMBUS_WRITE, b[0], I2C_SMBUS_WORD_DATA, &data);
    }
    if (w->len >= 2 && w->len <= I2C_SMBUS_BLOCK_MAX + 1 && has(d, I2C_FUNC_SMBUS_WRITE_I2C_BLOCK))
        return block_write(d, w);
    return 1;
}

static int smbus_read(i2c_data_t *d, const hal_i2c_msg_t *r)
{
    union i2c_smbus_data data;
    if (r->len == 0 && has(d, I2C_FUNC_SMBUS_QUICK))
        return smbus(d, I2C_SMBUS_READ, 0, I2C_SMBUS_QUICK, NULL);
    if (r->len == 1 && has(d, I2C_FUNC_SMBUS_READ_BYTE)) {
        int rc = smbus(d, I2C_SMBUS_READ, 0, I2C_SMBUS_BYTE, &data);
        if (rc == 0)
            r->buf[0] = data.byte;
        return rc;
    }
    return 1;
}

static int smbus_write_read(i2c_data_t *d, uint8_t cmd, const hal_i2c_msg_t *r)
{
    union i2c_smbus_data data;
    int rc;
    if (r->len == 1 && has(d, I2C_FUNC_SMBUS_READ_BYTE_DATA)) {
        if ((rc = smbus(d, I2C_SMBUS_READ, cmd, I2C_SMBUS_BYTE_DATA, &data)) == 0)
            r->buf[0] = data.byte;
        return rc;
    }
    if (r->len == 2 && has(d, I2C_FUNC_SMBUS_READ_WORD_DATA)) {
        if ((rc = smbus(d, I2C_SMBUS_READ, cmd, I2C_SMBUS_WORD_DATA, &data)) == 0) {
            r->buf[0] = (uint8_t)data.word;
            r->buf[1] = (uint8_t)(data.word >> 8);
        }
        return rc;
    }
    if (r->len >= 1 && r->len <= I2C_SMBUS_BLOCK_MAX && has(d, I2C_FUNC_SMBUS_READ_I2C_BLOCK)) {
        data.block[0] = (uint8_t)r->len;
        if ((rc = smbus(d, I2C_SMBUS_READ, cmd, I2C_SMBUS_I2C_BLOCK_DATA, &data)) != 0)
            return rc;
        if (data.block[0] < r->len)
            return -EIO;
        memcpy(r->buf, &data.block[1], r->len);
        return 0;
    }
    return 1;
}

/* One segment as one SMBus transaction; the mapping is in the header. */
static int smbus_segment(i2c_data_t *d, const hal_i2c_msg_t *m, size_t n)
{
    int rc = 1;
    bool rd0 = m[0].flags & HAL_I2C_READ;
    bool shape_ok = n == 1 || (n == 2 && !rd0 && m[0].len == 1 && (m[1].flags & HAL_I2C_READ) &&
                               m[1].addr == m[0].addr);
    if (shape_ok) {
        if ((rc = select_addr(d, m[0].addr)) != 0)
            return rc;
        if (n == 2)
            rc = smbus_write_read(d, m[0].buf[0], &m[1]);
        else
            rc = rd0 ? smbus_read(d, &m[0]) : smbus_write(d, &m[0]);
    }
    if (rc <= 0)
        return rc;
    return linux_hint(EOPNOTSUPP,
                      "the I2C adapter of %s does SMBus only (it lacks I2C_FUNC_I2C), and this transfer has no "
                      "SMBus form: it can write up to %d bytes, read 1 byte, or write a 1-byte register "
                      "number and read up to %d bytes",
                      d->path, I2C_SMBUS_BLOCK_MAX + 1, I2C_SMBUS_BLOCK_MAX);
}

/* ---- ops ---- */

static int i2c_transfer(const hal_i2c_dev_t *dev, hal_i2c_msg_t *msgs, size_t n)
{
    i2c_data_t *d = data_of(dev);
    linux_hint_clear();
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        if (i + 1 < n && (msgs[i].flags & HAL_I2C_NOSTOP))
            continue;
        int rc = (d->funcs & I2C_FUNC_I2C) ? rdwr(d, msgs + start, i + 1 - start)
                                           : smbus_segment(d, msgs + start, i + 1 - start);
        if (rc != 0)
            return rc;
        start = i + 1;
    }
    return 0;
}

static bool eeprom_range(uint16_t addr)
{
    return (addr >= 0x30 && addr <= 0x37) || (addr >= 0x50 && addr <= 0x5f);
}

/* i2cdetect's rule: a read byte in the EEPROM ranges (a quick write can
 * flip some EEPROMs' write protection), a quick write elsewhere (a read
 * can lock up some write-only chips); the other one when the adapter
 * lacks the first. */
static int i2c_probe(const hal_i2c_dev_t *dev, uint16_t addr)
{
    i2c_data_t *d = data_of(dev);
    uint8_t byte;
    hal_i2c_msg_t rd = {addr, HAL_I2C_READ, &byte, 1}, wr = {addr, 0, NULL, 0};
    int rc;
    linux_hint_clear();
    if (d->funcs & I2C_FUNC_I2C) {
        rc = rdwr(d, eeprom_range(addr) ? &rd : &wr, 1);
        if (rc == -EOPNOTSUPP && !eeprom_range(addr))
            rc = rdwr(d, &rd, 1); /* adapter without zero-length messages */
    } else {
        bool quick = has(d, I2C_FUNC_SMBUS_QUICK), read_byte = has(d, I2C_FUNC_SMBUS_READ_BYTE);
        if (!quick && !read_byte)
            return linux_hint(EOPNOTSUPP, "the I2C adapter of %s can neither quick-write nor read a byte",
                              d->path);
        rc = select_addr(d, addr);
        if (rc == -EBUSY) {
            linux_hint_clear();
            return 0; /* bound to a kernel driver: i2cdetect's "UU" */
        }
        if (rc == 0)
            rc = (read_byte && (eeprom_range(addr) || !quick)) ? smbus_read(d, &rd) : smbus_write(d, &wr);
    }
    linux_hint_clear();
    return rc == -EIO ? -ENODEV : rc;
}

static int i2c_get_frequency(const hal_i2c_dev_t *dev, uint32_t *hz)
{
    i2c_data_t *d = data_of(dev);
    if (d->adapter < 0)
        return -EOPNOTSUPP;
    char path[96];
    uint8_t be[4];
    snprintf(path, sizeof(path), "/sys/class/i2c-adapter/i2c-%d/of_node/clock-frequency", d->adapter);
    int n = linux_sys_read_bytes(path, be, sizeof(be));
    if (n == -ENOENT)
        return -EOPNOTSUPP; /* not a device-tree adapter, or no property */
    if (n < 0)
        return n;
    if (n != 4)
        return -EIO;
    *hz = (uint32_t)be[0] << 24 | (uint32_t)be[1] << 16 | (uint32_t)be[2] << 8 | be[3];
    return 0;
}

/* How to get hz on this adapter, for the hint. */
static void frequency_hint(const i2c_data_t *d, uint32_t hz, const char *now)
{
    if (d->pi && (d->adapter == 1 || d->adapter == 0))
        linux_hint(EOPNOTSUPP,
                   "the I2C clock of %s is set by the device tree%s; for %u Hz add "
                   "dtparam=%s=%u to " LINUX_PI_CONFIG " and reboot",
                   d->path, now, hz, d->adapter == 1 ? "i2c_arm_baudrate" : "i2c_vc_baudrate", hz);
    else if (d->pi)
        linux_hint(EOPNOTSUPP,
                   "the I2C clock of %s is set by the device tree%s; for %u Hz give the bus's overlay "
                   "baudrate=%u in " LINUX_PI_CONFIG " (e.g. dtoverlay=i2c%d,baudrate=%u) and reboot",
                   d->path, now, hz, hz, d->adapter, hz);
    else
        linux_hint(EOPNOTSUPP,
                   "the I2C clock of %s is set by the system%s; for %u Hz set clock-frequency = <%u> in the "
                   "adapter's device-tree node (or its overlay's parameter)",
                   d->path, now, hz, hz);
}

/* The clock cannot be changed through i2c-dev: 0 when it already is hz,
 * else -EOPNOTSUPP. The hint saying how to set it (and so busio's
 * warning) comes only when the kernel tells the clock and it differs: an
 * adapter that does not tell (no device tree, or no clock-frequency
 * property) most likely runs at the 100 kHz default everyone asks for,
 * and a warning on every program would be noise. */
static int i2c_set_frequency(const hal_i2c_dev_t *dev, uint32_t hz)
{
    i2c_data_t *d = data_of(dev);
    uint32_t actual = 0;
    linux_hint_clear();
    int rc = i2c_get_frequency(dev, &actual);
    if (rc == 0 && actual == hz)
        return 0;
    if (rc == 0) {
        char now[40];
        snprintf(now, sizeof(now), " (now %u Hz)", actual);
        frequency_hint(d, hz, now);
    }
    return -EOPNOTSUPP;
}

static int i2c_close(const hal_i2c_dev_t *dev)
{
    i2c_data_t *d = data_of(dev);
    if (!d)
        return 0;
    int rc = linux_sys->close(d->fd);
    free(d);
    return rc;
}

static const hal_i2c_ops_t i2c_ops = {
    .version = HAL_I2C_OPS_V1,
    .transfer = i2c_transfer,
    .probe = i2c_probe,
    .set_frequency = i2c_set_frequency,
    .get_frequency = i2c_get_frequency,
    .close = i2c_close,
};

/* ---- open ---- */

static int open_error(int rc, const char *path, bool pi)
{
    if (rc == -ENOENT && pi && strcmp(path, "/dev/i2c-1") == 0)
        return linux_hint(ENOENT,
                          "%s does not exist: enable I2C with \"sudo raspi-config nonint do_i2c 0\" (or "
                          "dtparam=i2c_arm=on in " LINUX_PI_CONFIG ") and reboot",
                          path);
    if (rc == -ENOENT)
        return linux_hint(ENOENT,
                          "%s does not exist: load the i2c-dev module (sudo modprobe i2c-dev) and enable the "
                          "bus in the device tree%s",
                          path, pi ? " (a dtparam or dtoverlay in " LINUX_PI_CONFIG ")" : "");
    return linux_bus_access_hint(rc, path, "i2c", "i2c-dev");
}

int linux_i2c_open(hal_system_t *sys, const hal_board_bus_t *bus, hal_i2c_dev_t *dev)
{
    linux_hint_clear();
    if (!bus->dev)
        return linux_hint(EINVAL, "the board file's i2c line %s has no dev=", bus->name);
    bool pi = linux_bus_is_pi(sys);
    int fd = linux_sys->open(bus->dev, O_RDWR);
    if (fd < 0)
        return open_error(fd, bus->dev, pi);
    unsigned long funcs = 0;
    int rc = linux_sys->ioctl(fd, I2C_FUNCS, &funcs);
    i2c_data_t *d = rc < 0 ? NULL : malloc(sizeof(*d));
    if (!d) {
        linux_sys->close(fd);
        if (rc == -ENOTTY)
            return linux_hint(ENOTTY, "%s is not an I2C adapter", bus->dev);
        return rc < 0 ? rc : -ENOMEM;
    }
    const char *name = strrchr(bus->dev, '/');
    name = name ? name + 1 : bus->dev;
    int adapter, end = 0;
    if (sscanf(name, "i2c-%d%n", &adapter, &end) != 1 || name[end] != '\0')
        adapter = -1;
    *d = (i2c_data_t){.fd = fd, .funcs = funcs, .adapter = adapter, .slave = -1, .pi = pi, .path = bus->dev};
    *dev = (hal_i2c_dev_t){&i2c_ops, bus, d};
    return 0;
}
