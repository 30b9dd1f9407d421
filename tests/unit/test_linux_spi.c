/*
 * Check tests for backends/linux/linux_spi.c against a fake spidev node
 * (fake_linux_sys.c): the spi_ioc_transfer layout, caching of mode, word
 * size and speed, splitting at bufsiz with the chip select kept across
 * messages, SPI_NO_CS for transfers without hardware chip select (and
 * what happens when the controller refuses it), fill bytes, hints.
 * Build: gcc -std=gnu11 -I backends -I tests/unit tests/unit/test_linux_spi.c
 *        tests/unit/fake_linux_sys.c backends/linux/linux_{spi,sys,hint,bus,env}.c
 *        $(pkg-config --cflags --libs check)
 */
#include <check.h>
#include <errno.h>
#include <linux/spi/spidev.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fake_linux_sys.h"
#include "linux/linux_bus.h"
#include "linux/linux_hint.h"

/* ---- a fake spidev: replies with every byte inverted ---- */

#define MAX_MSGS 8
#define MAX_TR 80
#define CTRL_MAX_HZ 50000000u

typedef struct spidev {
    uint32_t supported; /* the controller's mode bits */
    uint8_t mode, bits;
    uint32_t speed;
    size_t bufsiz;
    int n_wr_mode, n_wr_bits, n_wr_speed, n_rd;
    int n_msg;
    unsigned tr_n[MAX_MSGS];
    struct spi_ioc_transfer tr[MAX_MSGS][MAX_TR];
    uint8_t mode_at[MAX_MSGS];
    uint8_t sent[MAX_MSGS][MAX_TR][8]; /* first bytes sent per transfer */
} spidev_t;

static spidev_t sd;

static int message(struct spi_ioc_transfer *t, unsigned n)
{
    size_t tx = 0, rx = 0, total = 0;
    for (unsigned i = 0; i < n; i++) {
        tx += t[i].tx_buf ? t[i].len : 0;
        rx += t[i].rx_buf ? t[i].len : 0;
    }
    if (tx > sd.bufsiz || rx > sd.bufsiz)
        return -EMSGSIZE; /* what spidev does */
    int k = sd.n_msg++;
    if (k < MAX_MSGS && n <= MAX_TR) {
        sd.tr_n[k] = n;
        memcpy(sd.tr[k], t, n * sizeof(*t));
        sd.mode_at[k] = sd.mode;
    }
    for (unsigned i = 0; i < n; i++) {
        const uint8_t *out = (const uint8_t *)(uintptr_t)t[i].tx_buf;
        uint8_t *in = (uint8_t *)(uintptr_t)t[i].rx_buf;
        for (uint32_t j = 0; j < t[i].len; j++) {
            uint8_t b = out ? out[j] : 0;
            if (k < MAX_MSGS && i < MAX_TR && j < 8)
                sd.sent[k][i][j] = b;
            if (in)
                in[j] = (uint8_t)~b;
        }
        total += t[i].len;
    }
    return (int)total;
}

static int spidev_ioctl(void *ctx, unsigned long req, void *arg)
{
    (void)ctx;
    if (_IOC_TYPE(req) == SPI_IOC_MAGIC && _IOC_NR(req) == 0)
        return message(arg, _IOC_SIZE(req) / sizeof(struct spi_ioc_transfer));
    switch (req) {
    case SPI_IOC_RD_MODE:
        sd.n_rd++;
        *(uint8_t *)arg = sd.mode;
        return 0;
    case SPI_IOC_RD_BITS_PER_WORD:
        sd.n_rd++;
        *(uint8_t *)arg = sd.bits;
        return 0;
    case SPI_IOC_RD_MAX_SPEED_HZ:
        sd.n_rd++;
        *(uint32_t *)arg = sd.speed;
        return 0;
    case SPI_IOC_WR_MODE: {
        sd.n_wr_mode++;
        uint8_t m = *(uint8_t *)arg;
        if (m & ~sd.supported)
            return -EINVAL;
        sd.mode = m;
        return 0;
    }
    case SPI_IOC_WR_BITS_PER_WORD: {
        sd.n_wr_bits++;
        uint8_t b = *(uint8_t *)arg;
        if (b != 8 && b != 16)
            return -EINVAL;
        sd.bits = b;
        return 0;
    }
    case SPI_IOC_WR_MAX_SPEED_HZ: {
        sd.n_wr_speed++;
        uint32_t hz = *(uint32_t *)arg;
        sd.speed = hz > CTRL_MAX_HZ ? CTRL_MAX_HZ : hz;
        return 0;
    }
    }
    return -ENOTTY;
}

static const fake_dev_ops_t spidev_ops = {.ioctl = spidev_ioctl};

/* ---- fixture ---- */

static hal_board_t board;
static hal_options_t options;
static hal_system_t sys;
static hal_board_bus_t bus;
static hal_spi_dev_t dev;
static char logged[1024];

static void log_line(void *ctx, const char *line)
{
    (void)ctx;
    strncat(logged, line, sizeof(logged) - strlen(logged) - 2);
    strcat(logged, "\n");
}

static void setup_board(const char *id, const char *path)
{
    fake_sys_install();
    linux_hint_clear();
    memset(&sd, 0, sizeof(sd));
    sd.supported = SPI_CPHA | SPI_CPOL | SPI_CS_HIGH | SPI_NO_CS;
    sd.speed = 125000000; /* the device tree's spi-max-frequency */
    sd.bufsiz = 4096;
    logged[0] = '\0';
    board = (hal_board_t){.id = id, .name = id, .backend = "linux"};
    options = (hal_options_t){.log = log_line};
    sys = (hal_system_t){.board = &board, .options = &options};
    bus = (hal_board_bus_t){.kind = HAL_BUS_SPI, .name = "spi0.0", .dev = path};
    fake_sys_device("/dev/spidev0.0", &spidev_ops, NULL);
    fake_sys_file("/sys/module/spidev/parameters/bufsiz", "4096\n");
}

static void setup(void)
{
    setup_board("raspberry_pi_4b", "/dev/spidev0.0");
    ck_assert_int_eq(linux_spi_open(&sys, &bus, &dev), 0);
}

static void reboard(const char *id, const char *path)
{
    if (dev.ops)
        dev.ops->close(&dev);
    dev = (hal_spi_dev_t){0};
    setup_board(id, path);
}

static void teardown(void)
{
    if (dev.ops)
        ck_assert_int_eq(dev.ops->close(&dev), 0);
    dev = (hal_spi_dev_t){0};
    ck_assert_int_eq(fake_sys_open_fds(), 0);
}

static const char *hint_for(int err)
{
    static char buf[LINUX_HINT_MAX];
    hal_hint_t h = {err, buf, sizeof(buf)};
    return linux_hint_take(&h) == 0 ? buf : NULL;
}

static uint32_t configure(uint32_t hz, int pol, int pha, int bits)
{
    hal_spi_config_t c = {hz, (uint8_t)pol, (uint8_t)pha, (uint8_t)bits, 0};
    uint32_t actual = 0;
    ck_assert_int_eq(hal_spi_configure(&dev, &c, &actual), 0);
    return actual;
}

/* ---- configuration cache ---- */

START_TEST(test_open_reads_state)
{
    ck_assert_int_eq(sd.n_rd, 3);
    ck_assert_int_eq(sd.n_wr_mode + sd.n_wr_bits + sd.n_wr_speed, 0);
}
END_TEST

START_TEST(test_configure_cached)
{
    int rd = sd.n_rd;
    ck_assert_uint_eq(configure(125000000, 0, 0, 8), 125000000);
    ck_assert_int_eq(sd.n_wr_mode + sd.n_wr_bits + sd.n_wr_speed, 0); /* nothing changed */
    ck_assert_int_eq(sd.n_rd, rd);
    ck_assert_uint_eq(configure(1000000, 0, 0, 8), 1000000);
    ck_assert_int_eq(sd.n_wr_speed, 1);
    ck_assert_uint_eq(configure(1000000, 0, 0, 8), 1000000);
    ck_assert_uint_eq(configure(1000000, 0, 0, 8), 1000000);
    ck_assert_int_eq(sd.n_wr_speed, 1);
    ck_assert_int_eq(sd.n_wr_mode, 0);
    configure(1000000, 1, 1, 8);
    ck_assert_int_eq(sd.n_wr_mode, 1);
    ck_assert_uint_eq(sd.mode & (SPI_CPOL | SPI_CPHA), SPI_CPOL | SPI_CPHA);
    configure(1000000, 1, 1, 8);
    ck_assert_int_eq(sd.n_wr_mode, 1);
    ck_assert_int_eq(sd.n_wr_bits, 0);
}
END_TEST

START_TEST(test_actual_frequency)
{
    /* the kernel's answer, not the request */
    ck_assert_uint_eq(configure(80000000, 0, 0, 8), CTRL_MAX_HZ);
    ck_assert_uint_eq(configure(80000000, 0, 0, 8), CTRL_MAX_HZ);
    ck_assert_int_eq(sd.n_wr_speed, 1);
    uint8_t b = 0x5a;
    hal_spi_xfer_t x = {&b, NULL, 1, 0, 0};
    ck_assert_int_eq(hal_spi_transfer(&dev, &x, 1), 0);
    ck_assert_uint_eq(sd.tr[0][0].speed_hz, CTRL_MAX_HZ);
    ck_assert_uint_eq(sd.tr[0][0].bits_per_word, 8);
}
END_TEST

START_TEST(test_refused_settings)
{
    hal_spi_config_t c = {1000000, 0, 0, 8, 1};
    uint32_t actual;
    ck_assert_int_eq(hal_spi_configure(&dev, &c, &actual), -EOPNOTSUPP);
    ck_assert_ptr_nonnull(strstr(hint_for(EOPNOTSUPP), "LSB first"));
    c.lsb_first = 0;
    c.bits = 9;
    ck_assert_int_eq(hal_spi_configure(&dev, &c, &actual), -EOPNOTSUPP);
    ck_assert_ptr_nonnull(strstr(hint_for(EOPNOTSUPP), "9-bit"));
    c.bits = 16;
    ck_assert_int_eq(hal_spi_configure(&dev, &c, &actual), 0);
    ck_assert_uint_eq(sd.bits, 16);
}
END_TEST

/* ---- transfers ---- */

START_TEST(test_full_duplex_layout)
{
    uint8_t out[4] = {1, 2, 3, 4}, in[4] = {0};
    hal_spi_xfer_t x = {out, in, 4, 0, 0};
    ck_assert_int_eq(hal_spi_transfer(&dev, &x, 1), 0);
    ck_assert_int_eq(sd.n_msg, 1);
    ck_assert_uint_eq(sd.tr_n[0], 1);
    struct spi_ioc_transfer *t = &sd.tr[0][0];
    ck_assert_ptr_eq((void *)(uintptr_t)t->tx_buf, out);
    ck_assert_ptr_eq((void *)(uintptr_t)t->rx_buf, in);
    ck_assert_uint_eq(t->len, 4);
    ck_assert_uint_eq(t->cs_change, 0);
    ck_assert_uint_eq(t->delay_usecs, 0);
    for (int i = 0; i < 4; i++)
        ck_assert_uint_eq(in[i], (uint8_t)~out[i]);
    /* no hardware chip select asked: the node's CE line stays idle */
    ck_assert_uint_eq(sd.mode_at[0] & SPI_NO_CS, SPI_NO_CS);
}
END_TEST

START_TEST(test_hardware_cs_and_keep)
{
    uint8_t a[2] = {1, 2}, b[2] = {3, 4};
    hal_spi_xfer_t x[2] = {{a, NULL, 2, 0, HAL_SPI_XFER_CS}, {b, NULL, 2, 0, HAL_SPI_XFER_CS}};
    ck_assert_int_eq(hal_spi_transfer(&dev, x, 2), 0);
    ck_assert_uint_eq(sd.mode_at[0] & SPI_NO_CS, 0);
    ck_assert_uint_eq(sd.tr_n[0], 2);
    ck_assert_uint_eq(sd.tr[0][0].cs_change, 1); /* released between the transfers */
    ck_assert_uint_eq(sd.tr[0][1].cs_change, 0); /* and after the message */
    x[0].flags |= HAL_SPI_XFER_CS_KEEP;
    ck_assert_int_eq(hal_spi_transfer(&dev, x, 2), 0);
    ck_assert_uint_eq(sd.tr[1][0].cs_change, 0);
    ck_assert_uint_eq(sd.tr[1][1].cs_change, 0);
    x[1].flags |= HAL_SPI_XFER_CS_KEEP;
    ck_assert_int_eq(hal_spi_transfer(&dev, x, 2), 0);
    ck_assert_uint_eq(sd.tr[2][1].cs_change, 1); /* stays selected after the message */
    ck_assert_int_eq(sd.n_wr_mode, 0); /* the node's mode was right all along */
}
END_TEST

/* A selection held across calls (a chip-select proxy): KEEP on each
 * call's last transfer, then an empty transfer with CS and without KEEP,
 * which is a message of one empty piece without cs_change. */
START_TEST(test_held_selection_ends_with_empty_transfer)
{
    uint8_t a[2] = {1, 2};
    hal_spi_xfer_t x = {a, NULL, 2, 0, HAL_SPI_XFER_CS | HAL_SPI_XFER_CS_KEEP};
    ck_assert_int_eq(hal_spi_transfer(&dev, &x, 1), 0);
    ck_assert_int_eq(hal_spi_transfer(&dev, &x, 1), 0);
    ck_assert_uint_eq(sd.tr[0][0].cs_change, 1);
    ck_assert_uint_eq(sd.tr[1][0].cs_change, 1);
    hal_spi_xfer_t end = {NULL, NULL, 0, 0, HAL_SPI_XFER_CS};
    ck_assert_int_eq(hal_spi_transfer(&dev, &end, 1), 0);
    ck_assert_int_eq(sd.n_msg, 3);
    ck_assert_uint_eq(sd.tr_n[2], 1);
    ck_assert_uint_eq(sd.tr[2][0].len, 0);
    ck_assert_uint_eq(sd.tr[2][0].tx_buf, 0);
    ck_assert_uint_eq(sd.tr[2][0].rx_buf, 0);
    ck_assert_uint_eq(sd.tr[2][0].cs_change, 0);
    ck_assert_uint_eq(sd.mode_at[2] & SPI_NO_CS, 0);
    /* without CS, an empty transfer sends nothing at all */
    end.flags = 0;
    ck_assert_int_eq(hal_spi_transfer(&dev, &end, 1), 0);
    ck_assert_int_eq(sd.n_msg, 3);
}
END_TEST

START_TEST(test_mixed_cs_runs)
{
    uint8_t a = 1, b = 2;
    hal_spi_xfer_t x[2] = {{&a, NULL, 1, 0, 0}, {&b, NULL, 1, 0, HAL_SPI_XFER_CS}};
    ck_assert_int_eq(hal_spi_transfer(&dev, x, 2), 0);
    ck_assert_int_eq(sd.n_msg, 2);
    ck_assert_uint_eq(sd.mode_at[0] & SPI_NO_CS, SPI_NO_CS);
    ck_assert_uint_eq(sd.mode_at[1] & SPI_NO_CS, 0);
}
END_TEST

static uint8_t big_out[10000], big_in[10000];

START_TEST(test_split_at_bufsiz)
{
    for (size_t i = 0; i < sizeof(big_out); i++)
        big_out[i] = (uint8_t)(i * 7);
    hal_spi_xfer_t x = {big_out, big_in, sizeof(big_out), 0, HAL_SPI_XFER_CS};
    ck_assert_int_eq(hal_spi_transfer(&dev, &x, 1), 0);
    ck_assert_int_eq(sd.n_msg, 3);
    ck_assert_uint_eq(sd.tr[0][0].len, 4096);
    ck_assert_uint_eq(sd.tr[1][0].len, 4096);
    ck_assert_uint_eq(sd.tr[2][0].len, 10000 - 8192);
    /* selected from the first byte to the last: kept across messages */
    ck_assert_uint_eq(sd.tr[0][0].cs_change, 1);
    ck_assert_uint_eq(sd.tr[1][0].cs_change, 1);
    ck_assert_uint_eq(sd.tr[2][0].cs_change, 0);
    ck_assert_ptr_eq((void *)(uintptr_t)sd.tr[1][0].tx_buf, big_out + 4096);
    for (size_t i = 0; i < sizeof(big_out); i++)
        ck_assert_uint_eq(big_in[i], (uint8_t)~big_out[i]);
}
END_TEST

START_TEST(test_split_several_transfers)
{
    hal_spi_xfer_t x[2] = {{big_out, NULL, 3000, 0, HAL_SPI_XFER_CS}, {big_out, NULL, 3000, 0, HAL_SPI_XFER_CS}};
    ck_assert_int_eq(hal_spi_transfer(&dev, x, 2), 0);
    ck_assert_int_eq(sd.n_msg, 2);
    ck_assert_uint_eq(sd.tr_n[0], 2);
    ck_assert_uint_eq(sd.tr[0][0].len, 3000);
    ck_assert_uint_eq(sd.tr[0][0].cs_change, 1); /* end of transfer 0: released */
    ck_assert_uint_eq(sd.tr[0][1].len, 1096);
    ck_assert_uint_eq(sd.tr[0][1].cs_change, 1); /* mid transfer 1: kept into the next message */
    ck_assert_uint_eq(sd.tr_n[1], 1);
    ck_assert_uint_eq(sd.tr[1][0].len, 1904);
    ck_assert_uint_eq(sd.tr[1][0].cs_change, 0);
}
END_TEST

START_TEST(test_bufsiz_parameter)
{
    reboard("raspberry_pi_4b", "/dev/spidev0.0");
    fake_sys_file("/sys/module/spidev/parameters/bufsiz", "1024\n");
    ck_assert_int_eq(linux_spi_open(&sys, &bus, &dev), 0);
    hal_spi_xfer_t x = {big_out, NULL, 2500, 0, 0};
    ck_assert_int_eq(hal_spi_transfer(&dev, &x, 1), 0);
    ck_assert_int_eq(sd.n_msg, 3);
    ck_assert_uint_eq(sd.tr[2][0].len, 2500 - 2048);
    ck_assert_uint_eq(sd.tr[0][0].cs_change, 0); /* SPI_NO_CS: no chip select to keep */
    /* without the parameter file: spidev's default, 4096 */
    reboard("raspberry_pi_4b", "/dev/spidev0.0");
    fake_sys_remove("/sys/module/spidev/parameters/bufsiz");
    ck_assert_int_eq(linux_spi_open(&sys, &bus, &dev), 0);
    x.len = 5000;
    ck_assert_int_eq(hal_spi_transfer(&dev, &x, 1), 0);
    ck_assert_int_eq(sd.n_msg, 2);
    ck_assert_uint_eq(sd.tr[0][0].len, 4096);
}
END_TEST

START_TEST(test_fill_bytes)
{
    uint8_t in[3];
    hal_spi_xfer_t x = {NULL, in, 3, 0, 0};
    ck_assert_int_eq(hal_spi_transfer(&dev, &x, 1), 0);
    ck_assert_uint_eq(sd.tr[0][0].tx_buf, 0); /* spidev sends zeros */
    ck_assert_uint_eq(in[0], 0xff);
    x.fill = 0xff;
    ck_assert_int_eq(hal_spi_transfer(&dev, &x, 1), 0);
    ck_assert_uint_ne(sd.tr[1][0].tx_buf, 0);
    ck_assert_uint_eq(sd.sent[1][0][0], 0xff);
    ck_assert_uint_eq(sd.sent[1][0][2], 0xff);
    ck_assert_uint_eq(in[2], 0x00);
    /* two fill bytes in one transaction: two messages, chip select kept */
    hal_spi_xfer_t y[2] = {{NULL, NULL, 2, 0x11, HAL_SPI_XFER_CS | HAL_SPI_XFER_CS_KEEP},
                           {NULL, NULL, 2, 0x22, HAL_SPI_XFER_CS}};
    ck_assert_int_eq(hal_spi_transfer(&dev, y, 2), 0);
    ck_assert_int_eq(sd.n_msg, 4);
    ck_assert_uint_eq(sd.sent[2][0][1], 0x11);
    ck_assert_uint_eq(sd.tr[2][0].cs_change, 1);
    ck_assert_uint_eq(sd.sent[3][0][1], 0x22);
    ck_assert_uint_eq(sd.tr[3][0].cs_change, 0);
}
END_TEST

START_TEST(test_no_cs_refused)
{
    sd.supported &= ~(uint32_t)SPI_NO_CS;
    uint8_t b = 1;
    hal_spi_xfer_t x = {&b, NULL, 1, 0, 0};
    ck_assert_int_eq(hal_spi_transfer(&dev, &x, 1), 0);
    ck_assert_int_eq(sd.n_msg, 1);
    ck_assert_uint_eq(sd.mode_at[0] & SPI_NO_CS, 0); /* the transfer still happens */
    ck_assert_ptr_nonnull(strstr(logged, "refuses SPI_NO_CS"));
    int tries = sd.n_wr_mode;
    ck_assert_int_eq(hal_spi_transfer(&dev, &x, 1), 0);
    ck_assert_int_eq(hal_spi_transfer(&dev, &x, 1), 0);
    ck_assert_int_eq(sd.n_wr_mode, tries); /* asked once */
    ck_assert_ptr_null(strstr(strstr(logged, "refuses") + 1, "refuses")); /* logged once */
}
END_TEST

START_TEST(test_message_error)
{
    sd.bufsiz = 100; /* the module parameter lies: spidev refuses */
    hal_spi_xfer_t x = {big_out, NULL, 200, 0, 0};
    ck_assert_int_eq(hal_spi_transfer(&dev, &x, 1), -EMSGSIZE);
}
END_TEST

/* ---- opening ---- */

START_TEST(test_open_missing_pi)
{
    reboard("raspberry_pi_4b", "/dev/spidev0.1");
    ck_assert_int_eq(linux_spi_open(&sys, &bus, &dev), -ENOENT);
    const char *h = hint_for(ENOENT);
    ck_assert_ptr_nonnull(strstr(h, "raspi-config nonint do_spi 0"));
    ck_assert_ptr_nonnull(strstr(h, "dtparam=spi=on"));
    bus.dev = "/dev/spidev1.0";
    ck_assert_int_eq(linux_spi_open(&sys, &bus, &dev), -ENOENT);
    ck_assert_ptr_nonnull(strstr(hint_for(ENOENT), "dtoverlay=spi1-1cs"));
    reboard("generic_linux", "/dev/spidev3.0");
    ck_assert_int_eq(linux_spi_open(&sys, &bus, &dev), -ENOENT);
    ck_assert_ptr_nonnull(strstr(hint_for(ENOENT), "spidev driver"));
}
END_TEST

START_TEST(test_open_permission)
{
    reboard("raspberry_pi_4b", "/dev/spidev0.0");
    fake_sys_error("/dev/spidev0.0", EACCES, 0);
    ck_assert_int_eq(linux_spi_open(&sys, &bus, &dev), -EACCES);
    const char *h = hint_for(EACCES);
    ck_assert_ptr_nonnull(strstr(h, "group spi"));
    ck_assert_ptr_nonnull(strstr(h, "SUBSYSTEM==\"spidev\""));
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("linux_spi");
    TCase *t = tcase_create("configure");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_add_test(t, test_open_reads_state);
    tcase_add_test(t, test_configure_cached);
    tcase_add_test(t, test_actual_frequency);
    tcase_add_test(t, test_refused_settings);
    suite_add_tcase(s, t);
    t = tcase_create("transfer");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_add_test(t, test_full_duplex_layout);
    tcase_add_test(t, test_hardware_cs_and_keep);
    tcase_add_test(t, test_mixed_cs_runs);
    tcase_add_test(t, test_held_selection_ends_with_empty_transfer);
    tcase_add_test(t, test_split_at_bufsiz);
    tcase_add_test(t, test_split_several_transfers);
    tcase_add_test(t, test_bufsiz_parameter);
    tcase_add_test(t, test_fill_bytes);
    tcase_add_test(t, test_no_cs_refused);
    tcase_add_test(t, test_message_error);
    suite_add_tcase(s, t);
    t = tcase_create("open");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_add_test(t, test_open_missing_pi);
    tcase_add_test(t, test_open_permission);
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
