/*
 * Check tests for backends/linux/linux_i2c.c against a fake i2c-dev node
 * (fake_linux_sys.c): the I2C_RDWR argument layout, one ioctl per
 * segment between STOPs, SMBus mapping on SMBus-only adapters, NACK
 * mapping, probe conventions, the frequency and the hints on errors.
 * Build: gcc -std=gnu11 -I backends -I tests/unit tests/unit/test_linux_i2c.c
 *        tests/unit/fake_linux_sys.c backends/linux/linux_{i2c,sys,hint,bus,env}.c
 *        $(pkg-config --cflags --libs check)
 */
#include <check.h>
#include <errno.h>
#include <linux/i2c-dev.h>
#include <linux/i2c.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fake_linux_sys.h"
#include "linux/linux_bus.h"
#include "linux/linux_hint.h"

/* ---- a fake adapter with one register-file device ---- */

#define DEV_ADDR 0x48

typedef struct adapter {
    unsigned long funcs;
    uint8_t regs[256];
    uint8_t ptr;
    uint16_t present;   /* the device's address */
    int nack_err;       /* what an absent address gives */
    int next_err;       /* the next transfer fails with this */
    bool no_zero_len;   /* I2C_AQ_NO_ZERO_LEN */
    int busy_addr;      /* I2C_SLAVE: bound to a kernel driver */
    int slave;
    int n_rdwr, n_smbus, n_slave;
    /* the last I2C_RDWR: the kernel's view of its argument */
    unsigned last_n;
    struct i2c_msg last[I2C_RDWR_IOCTL_MAX_MSGS + 8];
    /* SMBus calls: "size:rw:cmd" */
    char smb_log[512];
} adapter_t;

static adapter_t ad;

static int do_msg(struct i2c_msg *m)
{
    if (m->addr != ad.present)
        return -ad.nack_err;
    if (m->len == 0 && ad.no_zero_len)
        return -EOPNOTSUPP;
    if (m->flags & I2C_M_RD) {
        for (unsigned i = 0; i < m->len; i++)
            m->buf[i] = ad.regs[ad.ptr++];
    } else if (m->len) {
        ad.ptr = m->buf[0];
        for (unsigned i = 1; i < m->len; i++)
            ad.regs[ad.ptr++] = m->buf[i];
    }
    return 0;
}

static int smbus(struct i2c_smbus_ioctl_data *a)
{
    char e[32];
    snprintf(e, sizeof(e), "%u:%c:%u ", a->size, a->read_write == I2C_SMBUS_READ ? 'r' : 'w', a->command);
    strcat(ad.smb_log, e);
    ad.n_smbus++;
    if (ad.slave != ad.present)
        return -ENXIO;
    union i2c_smbus_data *d = a->data;
    uint8_t c = a->command;
    bool rd = a->read_write == I2C_SMBUS_READ;
    switch (a->size) {
    case I2C_SMBUS_QUICK:
        return 0;
    case I2C_SMBUS_BYTE:
        if (rd)
            d->byte = ad.regs[ad.ptr++];
        else
            ad.ptr = c;
        return 0;
    case I2C_SMBUS_BYTE_DATA:
        if (rd)
            d->byte = ad.regs[c];
        else
            ad.regs[c] = d->byte;
        return 0;
    case I2C_SMBUS_WORD_DATA:
        if (rd)
            d->word = (uint16_t)(ad.regs[c] | ad.regs[(uint8_t)(c + 1)] << 8);
        else {
            ad.regs[c] = (uint8_t)d->word;
            ad.regs[(uint8_t)(c + 1)] = (uint8_t)(d->word >> 8);
        }
        return 0;
    case I2C_SMBUS_I2C_BLOCK_DATA:
        for (unsigned i = 0; i < d->block[0]; i++) {
            if (rd)
                d->block[1 + i] = ad.regs[(uint8_t)(c + i)];
            else
                ad.regs[(uint8_t)(c + i)] = d->block[1 + i];
        }
        return 0;
    }
    return -EOPNOTSUPP;
}

static int adapter_ioctl(void *ctx, unsigned long req, void *arg)
{
    (void)ctx;
    switch (req) {
    case I2C_FUNCS:
        *(unsigned long *)arg = ad.funcs;
        return 0;
    case I2C_RDWR: {
        struct i2c_rdwr_ioctl_data *d = arg;
        ad.n_rdwr++;
        if (!(ad.funcs & I2C_FUNC_I2C))
            return -EOPNOTSUPP;
        if (d->nmsgs > I2C_RDWR_IOCTL_MAX_MSGS)
            return -EINVAL;
        ad.last_n = d->nmsgs;
        memcpy(ad.last, d->msgs, d->nmsgs * sizeof(struct i2c_msg));
        if (ad.next_err) {
            int e = ad.next_err;
            ad.next_err = 0;
            return -e;
        }
        for (unsigned i = 0; i < d->nmsgs; i++) {
            int rc = do_msg(&d->msgs[i]);
            if (rc)
                return rc;
        }
        return (int)d->nmsgs;
    }
    case I2C_SLAVE:
        ad.n_slave++;
        if ((int)(uintptr_t)arg == ad.busy_addr)
            return -EBUSY;
        ad.slave = (int)(uintptr_t)arg;
        return 0;
    case I2C_SMBUS:
        return smbus(arg);
    }
    return -ENOTTY;
}

static const fake_dev_ops_t adapter_ops = {.ioctl = adapter_ioctl};

/* ---- fixture ---- */

static hal_board_t board;
static hal_system_t sys;
static hal_board_bus_t bus;
static hal_i2c_dev_t dev;

static void setup_board(const char *id, const char *path)
{
    fake_sys_install();
    linux_hint_clear();
    memset(&ad, 0, sizeof(ad));
    ad.funcs = I2C_FUNC_I2C | I2C_FUNC_SMBUS_EMUL;
    ad.present = DEV_ADDR;
    ad.nack_err = ENXIO;
    ad.busy_addr = -1;
    ad.slave = -1;
    for (int i = 0; i < 256; i++)
        ad.regs[i] = (uint8_t)(0xA0 ^ i);
    board = (hal_board_t){.id = id, .name = id, .backend = "linux"};
    sys = (hal_system_t){.board = &board};
    bus = (hal_board_bus_t){.kind = HAL_BUS_I2C, .name = "i2c1", .dev = path};
    fake_sys_device("/dev/i2c-1", &adapter_ops, NULL);
}

/* Close the fixture's dev and start over with another board. */
static void reboard(const char *id, const char *path)
{
    if (dev.ops)
        dev.ops->close(&dev);
    dev = (hal_i2c_dev_t){0};
    setup_board(id, path);
}

static void setup(void)
{
    setup_board("raspberry_pi_4b", "/dev/i2c-1");
    ck_assert_int_eq(linux_i2c_open(&sys, &bus, &dev), 0);
}

static void teardown(void)
{
    if (dev.ops)
        ck_assert_int_eq(dev.ops->close(&dev), 0);
    dev = (hal_i2c_dev_t){0};
    ck_assert_int_eq(fake_sys_open_fds(), 0);
}

static const char *hint_for(int err)
{
    static char buf[LINUX_HINT_MAX];
    hal_hint_t h = {err, buf, sizeof(buf)};
    return linux_hint_take(&h) == 0 ? buf : NULL;
}

/* ---- I2C_RDWR ---- */

START_TEST(test_write_is_one_rdwr)
{
    uint8_t out[3] = {0x10, 0x55, 0x66};
    hal_i2c_msg_t m = {DEV_ADDR, 0, out, 3};
    ck_assert_int_eq(hal_i2c_transfer(&dev, &m, 1), 0);
    ck_assert_int_eq(ad.n_rdwr, 1);
    ck_assert_uint_eq(ad.last_n, 1);
    ck_assert_uint_eq(ad.last[0].addr, DEV_ADDR);
    ck_assert_uint_eq(ad.last[0].flags, 0);
    ck_assert_uint_eq(ad.last[0].len, 3);
    ck_assert_ptr_eq(ad.last[0].buf, out);
    ck_assert_uint_eq(ad.regs[0x10], 0x55);
    ck_assert_uint_eq(ad.regs[0x11], 0x66);
    ck_assert_int_eq(ad.n_slave, 0);
}
END_TEST

START_TEST(test_write_then_read_repeated_start)
{
    uint8_t reg = 0x20, in[4];
    hal_i2c_msg_t m[2] = {{DEV_ADDR, HAL_I2C_NOSTOP, &reg, 1}, {DEV_ADDR, HAL_I2C_READ, in, 4}};
    ck_assert_int_eq(hal_i2c_transfer(&dev, m, 2), 0);
    ck_assert_int_eq(ad.n_rdwr, 1); /* both messages in one ioctl: repeated START */
    ck_assert_uint_eq(ad.last_n, 2);
    ck_assert_uint_eq(ad.last[0].flags, 0);
    ck_assert_uint_eq(ad.last[1].flags, I2C_M_RD);
    ck_assert_uint_eq(ad.last[1].len, 4);
    for (int i = 0; i < 4; i++)
        ck_assert_uint_eq(in[i], 0xA0 ^ (0x20 + i));
}
END_TEST

START_TEST(test_stop_between_splits)
{
    uint8_t reg = 0x20, in[2];
    hal_i2c_msg_t m[3] = {{DEV_ADDR, 0, &reg, 1}, {DEV_ADDR, HAL_I2C_READ | HAL_I2C_NOSTOP, in, 1},
                          {DEV_ADDR, HAL_I2C_READ, in + 1, 1}};
    ck_assert_int_eq(hal_i2c_transfer(&dev, m, 3), 0);
    ck_assert_int_eq(ad.n_rdwr, 2); /* STOP after the first: two ioctls */
    ck_assert_uint_eq(ad.last_n, 2);
    ck_assert_uint_eq(in[0], 0xA0 ^ 0x20);
    ck_assert_uint_eq(in[1], 0xA0 ^ 0x21);
}
END_TEST

START_TEST(test_nack_is_enodev)
{
    uint8_t b = 0;
    hal_i2c_msg_t m = {0x33, 0, &b, 1};
    ck_assert_int_eq(hal_i2c_transfer(&dev, &m, 1), -ENODEV);
    ad.nack_err = EREMOTEIO;
    ck_assert_int_eq(hal_i2c_transfer(&dev, &m, 1), -ENODEV);
    m.addr = DEV_ADDR;
    ad.next_err = ETIMEDOUT;
    ck_assert_int_eq(hal_i2c_transfer(&dev, &m, 1), -ETIMEDOUT);
    ad.next_err = EAGAIN; /* arbitration lost */
    ck_assert_int_eq(hal_i2c_transfer(&dev, &m, 1), -EIO);
}
END_TEST

START_TEST(test_too_many_messages)
{
    uint8_t b[50];
    hal_i2c_msg_t m[50];
    for (int i = 0; i < 50; i++)
        m[i] = (hal_i2c_msg_t){DEV_ADDR, HAL_I2C_NOSTOP, &b[i], 1};
    ck_assert_int_eq(hal_i2c_transfer(&dev, m, 50), -EINVAL);
    ck_assert_int_eq(ad.n_rdwr, 0);
    ck_assert_ptr_nonnull(strstr(hint_for(EINVAL), "42"));
    /* with STOPs in between the same messages are fine */
    for (int i = 0; i < 50; i++)
        m[i].flags = (uint16_t)(i % 10 == 9 ? 0 : HAL_I2C_NOSTOP);
    ck_assert_int_eq(hal_i2c_transfer(&dev, m, 50), 0);
    ck_assert_int_eq(ad.n_rdwr, 5);
}
END_TEST

/* ---- probe ---- */

START_TEST(test_probe_conventions)
{
    ck_assert_int_eq(hal_i2c_probe(&dev, DEV_ADDR), 0);
    ck_assert_uint_eq(ad.last[0].len, 0); /* quick write */
    ck_assert_uint_eq(ad.last[0].flags, 0);
    ck_assert_int_eq(hal_i2c_probe(&dev, 0x50), -ENODEV);
    ck_assert_uint_eq(ad.last[0].flags, I2C_M_RD); /* EEPROM range: read byte */
    ck_assert_uint_eq(ad.last[0].len, 1);
    ck_assert_int_eq(hal_i2c_probe(&dev, 0x35), -ENODEV);
    ck_assert_uint_eq(ad.last[0].flags, I2C_M_RD);
    ck_assert_int_eq(hal_i2c_probe(&dev, 0x10), -ENODEV);
    ck_assert_uint_eq(ad.last[0].flags, 0);
    /* an adapter without zero-length messages: read byte instead */
    ad.no_zero_len = true;
    ck_assert_int_eq(hal_i2c_probe(&dev, DEV_ADDR), 0);
    ck_assert_uint_eq(ad.last[0].flags, I2C_M_RD);
    ck_assert_ptr_null(hint_for(EOPNOTSUPP));
}
END_TEST

/* ---- SMBus-only adapters (i2c-stub) ---- */

static void smbus_only(unsigned long funcs)
{
    dev.ops->close(&dev);
    ad.funcs = funcs;
    ck_assert_int_eq(linux_i2c_open(&sys, &bus, &dev), 0);
}

#define STUB_FUNCS                                                                                              \
    (I2C_FUNC_SMBUS_QUICK | I2C_FUNC_SMBUS_BYTE | I2C_FUNC_SMBUS_BYTE_DATA | I2C_FUNC_SMBUS_WORD_DATA |          \
     I2C_FUNC_SMBUS_I2C_BLOCK)

START_TEST(test_smbus_writes)
{
    smbus_only(STUB_FUNCS);
    uint8_t b[6] = {0x05, 0x11, 0x22, 0x33, 0x44, 0x55};
    hal_i2c_msg_t m = {DEV_ADDR, 0, b, 1};
    ck_assert_int_eq(hal_i2c_transfer(&dev, &m, 1), 0);
    m.len = 2;
    ck_assert_int_eq(hal_i2c_transfer(&dev, &m, 1), 0);
    ck_assert_uint_eq(ad.regs[5], 0x11);
    m.len = 3;
    b[0] = 0x08;
    ck_assert_int_eq(hal_i2c_transfer(&dev, &m, 1), 0);
    ck_assert_uint_eq(ad.regs[8], 0x11); /* SMBus words go low byte first */
    ck_assert_uint_eq(ad.regs[9], 0x22);
    m.len = 6;
    b[0] = 0x40;
    ck_assert_int_eq(hal_i2c_transfer(&dev, &m, 1), 0);
    ck_assert_mem_eq(&ad.regs[0x40], b + 1, 5);
    m.len = 0;
    ck_assert_int_eq(hal_i2c_transfer(&dev, &m, 1), 0);
    char want[64];
    snprintf(want, sizeof(want), "%u:w:5 %u:w:5 %u:w:8 %u:w:64 %u:w:0 ", I2C_SMBUS_BYTE, I2C_SMBUS_BYTE_DATA,
             I2C_SMBUS_WORD_DATA, I2C_SMBUS_I2C_BLOCK_DATA, I2C_SMBUS_QUICK);
    ck_assert_str_eq(ad.smb_log, want);
    ck_assert_int_eq(ad.n_slave, 1); /* the address is set once */
    ck_assert_int_eq(ad.n_rdwr, 0);
}
END_TEST

START_TEST(test_smbus_reads)
{
    smbus_only(STUB_FUNCS);
    uint8_t reg = 0x30, in[8] = {0};
    hal_i2c_msg_t m[2] = {{DEV_ADDR, HAL_I2C_NOSTOP, &reg, 1}, {DEV_ADDR, HAL_I2C_READ, in, 1}};
    ck_assert_int_eq(hal_i2c_transfer(&dev, m, 2), 0);
    ck_assert_uint_eq(in[0], 0xA0 ^ 0x30);
    m[1].len = 2;
    ck_assert_int_eq(hal_i2c_transfer(&dev, m, 2), 0);
    ck_assert_uint_eq(in[0], 0xA0 ^ 0x30);
    ck_assert_uint_eq(in[1], 0xA0 ^ 0x31);
    m[1].len = 7;
    ck_assert_int_eq(hal_i2c_transfer(&dev, m, 2), 0);
    for (int i = 0; i < 7; i++)
        ck_assert_uint_eq(in[i], 0xA0 ^ (0x30 + i));
    hal_i2c_msg_t r = {DEV_ADDR, HAL_I2C_READ, in, 1};
    ck_assert_int_eq(hal_i2c_transfer(&dev, &r, 1), 0);
    char want[64];
    snprintf(want, sizeof(want), "%u:r:48 %u:r:48 %u:r:48 %u:r:0 ", I2C_SMBUS_BYTE_DATA, I2C_SMBUS_WORD_DATA,
             I2C_SMBUS_I2C_BLOCK_DATA, I2C_SMBUS_BYTE);
    ck_assert_str_eq(ad.smb_log, want);
}
END_TEST

START_TEST(test_smbus_unmappable)
{
    smbus_only(STUB_FUNCS);
    uint8_t in[4], two[2] = {1, 2};
    hal_i2c_msg_t r = {DEV_ADDR, HAL_I2C_READ, in, 4};
    ck_assert_int_eq(hal_i2c_transfer(&dev, &r, 1), -EOPNOTSUPP);
    const char *h = hint_for(EOPNOTSUPP);
    ck_assert_ptr_nonnull(h);
    ck_assert_ptr_nonnull(strstr(h, "SMBus only"));
    ck_assert_ptr_nonnull(strstr(h, "/dev/i2c-1"));
    hal_i2c_msg_t m[2] = {{DEV_ADDR, HAL_I2C_NOSTOP, two, 2}, {DEV_ADDR, HAL_I2C_READ, in, 1}};
    ck_assert_int_eq(hal_i2c_transfer(&dev, m, 2), -EOPNOTSUPP);
    uint8_t big[40] = {0};
    hal_i2c_msg_t w = {DEV_ADDR, 0, big, 34};
    ck_assert_int_eq(hal_i2c_transfer(&dev, &w, 1), -EOPNOTSUPP);
    w.len = 33;
    ck_assert_int_eq(hal_i2c_transfer(&dev, &w, 1), 0);
    ck_assert_int_eq(ad.n_rdwr, 0);
    /* without the I2C block functions a 5-byte write has no form either */
    smbus_only(I2C_FUNC_SMBUS_QUICK | I2C_FUNC_SMBUS_BYTE_DATA);
    w.len = 5;
    ck_assert_int_eq(hal_i2c_transfer(&dev, &w, 1), -EOPNOTSUPP);
}
END_TEST

START_TEST(test_smbus_nack_and_busy)
{
    smbus_only(STUB_FUNCS);
    uint8_t b[2] = {1, 2};
    hal_i2c_msg_t w = {0x21, 0, b, 2};
    ck_assert_int_eq(hal_i2c_transfer(&dev, &w, 1), -ENODEV);
    ad.busy_addr = 0x22;
    w.addr = 0x22;
    ck_assert_int_eq(hal_i2c_transfer(&dev, &w, 1), -EBUSY);
    ck_assert_ptr_nonnull(strstr(hint_for(EBUSY), "0x22"));
}
END_TEST

START_TEST(test_smbus_probe)
{
    smbus_only(STUB_FUNCS);
    ck_assert_int_eq(hal_i2c_probe(&dev, DEV_ADDR), 0);
    ck_assert_int_eq(hal_i2c_probe(&dev, 0x51), -ENODEV);
    ck_assert_int_eq(hal_i2c_probe(&dev, 0x11), -ENODEV);
    char want[64];
    snprintf(want, sizeof(want), "%u:w:0 %u:r:0 %u:w:0 ", I2C_SMBUS_QUICK, I2C_SMBUS_BYTE, I2C_SMBUS_QUICK);
    ck_assert_str_eq(ad.smb_log, want);
    ad.busy_addr = 0x1a; /* bound to a kernel driver: i2cdetect's UU */
    ck_assert_int_eq(hal_i2c_probe(&dev, 0x1a), 0);
    ck_assert_ptr_null(hint_for(EBUSY));
    /* without quick, read byte everywhere */
    smbus_only(I2C_FUNC_SMBUS_BYTE);
    ad.smb_log[0] = '\0';
    ck_assert_int_eq(hal_i2c_probe(&dev, DEV_ADDR), 0);
    snprintf(want, sizeof(want), "%u:r:0 ", I2C_SMBUS_BYTE);
    ck_assert_str_eq(ad.smb_log, want);
    smbus_only(I2C_FUNC_SMBUS_BYTE_DATA);
    ck_assert_int_eq(hal_i2c_probe(&dev, DEV_ADDR), -EOPNOTSUPP);
}
END_TEST

/* ---- frequency ---- */

START_TEST(test_frequency_from_device_tree)
{
    static const uint8_t be[4] = {0x00, 0x01, 0x86, 0xa0}; /* 100000 */
    fake_sys_bytes("/sys/class/i2c-adapter/i2c-1/of_node/clock-frequency", be, 4);
    uint32_t hz = 0;
    ck_assert_int_eq(hal_i2c_get_frequency(&dev, &hz), 0);
    ck_assert_uint_eq(hz, 100000);
    ck_assert_int_eq(hal_i2c_set_frequency(&dev, 100000), 0);
    ck_assert_int_eq(hal_i2c_set_frequency(&dev, 400000), -HAL_ENOTSUP);
    const char *h = hint_for(HAL_ENOTSUP);
    ck_assert_ptr_nonnull(h);
    ck_assert_ptr_nonnull(strstr(h, "dtparam=i2c_arm_baudrate=400000"));
    ck_assert_ptr_nonnull(strstr(h, "now 100000 Hz"));
    ck_assert_ptr_nonnull(strstr(h, "/boot/firmware/config.txt"));
}
END_TEST

/* A clock the kernel does not tell: no hint, so busio does not warn. */
START_TEST(test_frequency_unknown)
{
    uint32_t hz = 7;
    ck_assert_int_eq(hal_i2c_get_frequency(&dev, &hz), -HAL_ENOTSUP);
    ck_assert_uint_eq(hz, 7);
    ck_assert_int_eq(hal_i2c_set_frequency(&dev, 100000), -HAL_ENOTSUP);
    ck_assert_ptr_null(hint_for(HAL_ENOTSUP));
    ck_assert_int_eq(hal_i2c_set_frequency(&dev, 400000), -HAL_ENOTSUP);
    ck_assert_ptr_null(hint_for(HAL_ENOTSUP));
}
END_TEST

START_TEST(test_frequency_differs_not_a_pi)
{
    static const uint8_t be[4] = {0x00, 0x06, 0x1a, 0x80}; /* 400000 */
    reboard("generic_linux", "/dev/i2c-1");
    fake_sys_bytes("/sys/class/i2c-adapter/i2c-1/of_node/clock-frequency", be, 4);
    ck_assert_int_eq(linux_i2c_open(&sys, &bus, &dev), 0);
    ck_assert_int_eq(hal_i2c_set_frequency(&dev, 400000), 0);
    ck_assert_ptr_null(hint_for(HAL_ENOTSUP));
    ck_assert_int_eq(hal_i2c_set_frequency(&dev, 100000), -HAL_ENOTSUP);
    const char *h = hint_for(HAL_ENOTSUP);
    ck_assert_ptr_nonnull(h);
    ck_assert_ptr_nonnull(strstr(h, "clock-frequency = <100000>"));
    ck_assert_ptr_nonnull(strstr(h, "now 400000 Hz"));
}
END_TEST

/* ---- opening ---- */

START_TEST(test_open_missing_on_pi)
{
    hal_i2c_dev_t d = {0};
    bus.dev = "/dev/i2c-1";
    fake_sys_remove("/dev/i2c-1");
    ck_assert_int_eq(linux_i2c_open(&sys, &bus, &d), -ENOENT);
    ck_assert_ptr_null(d.ops);
    ck_assert_ptr_null(hint_for(EACCES)); /* a hint answers its own errno only, once */
    ck_assert_int_eq(linux_i2c_open(&sys, &bus, &d), -ENOENT);
    const char *h = hint_for(ENOENT);
    ck_assert_ptr_nonnull(strstr(h, "raspi-config nonint do_i2c 0"));
    ck_assert_ptr_nonnull(strstr(h, "dtparam=i2c_arm=on"));
    ck_assert_ptr_null(hint_for(ENOENT));
}
END_TEST

START_TEST(test_open_missing_generic)
{
    reboard("generic_linux", "/dev/i2c-7");
    ck_assert_int_eq(linux_i2c_open(&sys, &bus, &dev), -ENOENT);
    ck_assert_ptr_nonnull(strstr(hint_for(ENOENT), "modprobe i2c-dev"));
}
END_TEST

START_TEST(test_open_permission)
{
    fake_sys_error("/dev/i2c-1", EACCES, 0);
    hal_i2c_dev_t d = {0};
    ck_assert_int_eq(linux_i2c_open(&sys, &bus, &d), -EACCES);
    const char *h = hint_for(EACCES);
    ck_assert_ptr_nonnull(strstr(h, "group i2c"));
    ck_assert_ptr_nonnull(strstr(h, "usermod -aG i2c"));
    ck_assert_ptr_nonnull(strstr(h, "SUBSYSTEM==\"i2c-dev\""));
}
END_TEST

static int not_i2c(void *ctx, unsigned long req, void *arg)
{
    (void)ctx, (void)req, (void)arg;
    return -ENOTTY;
}

START_TEST(test_open_not_an_adapter)
{
    static const fake_dev_ops_t ops = {.ioctl = not_i2c};
    fake_sys_device("/dev/i2c-1", &ops, NULL);
    hal_i2c_dev_t d = {0};
    ck_assert_int_eq(linux_i2c_open(&sys, &bus, &d), -ENOTTY);
    ck_assert_int_eq(fake_sys_open_fds(), 1); /* the fixture's own dev */
    bus.dev = NULL;
    ck_assert_int_eq(linux_i2c_open(&sys, &bus, &d), -EINVAL);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("linux_i2c");
    TCase *t = tcase_create("rdwr");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_add_test(t, test_write_is_one_rdwr);
    tcase_add_test(t, test_write_then_read_repeated_start);
    tcase_add_test(t, test_stop_between_splits);
    tcase_add_test(t, test_nack_is_enodev);
    tcase_add_test(t, test_too_many_messages);
    tcase_add_test(t, test_probe_conventions);
    suite_add_tcase(s, t);
    t = tcase_create("smbus");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_add_test(t, test_smbus_writes);
    tcase_add_test(t, test_smbus_reads);
    tcase_add_test(t, test_smbus_unmappable);
    tcase_add_test(t, test_smbus_nack_and_busy);
    tcase_add_test(t, test_smbus_probe);
    suite_add_tcase(s, t);
    t = tcase_create("frequency");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_add_test(t, test_frequency_from_device_tree);
    tcase_add_test(t, test_frequency_unknown);
    tcase_add_test(t, test_frequency_differs_not_a_pi);
    suite_add_tcase(s, t);
    t = tcase_create("open");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_add_test(t, test_open_missing_on_pi);
    tcase_add_test(t, test_open_missing_generic);
    tcase_add_test(t, test_open_permission);
    tcase_add_test(t, test_open_not_an_adapter);
    suite_add_tcase(s, t);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
