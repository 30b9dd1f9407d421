/*
 * The ftdi backend as a whole (backends/ftdi/ftdi.c, ftdi_chan.c,
 * ftdi_url.c) over the fake libftdi: opening (no adapter, no permission,
 * ftdi_sio), the hints users get, an adapter unplugged in use or going
 * silent (errors, never a hang; back in step once it returns), Ctrl-C,
 * ftdi:// URLs, and the log.
 */
#include <time.h>

#include "ftdi_fixture.h"

static uint64_t ms_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

/* The ft232h board with no adapter plugged in. */
static void start_empty(void)
{
    fake_ftdi_reset();
    fx_dev = NULL;
    fx_load("ft232h");
    ck_assert_int_eq(fx_open(), 0);
}

START_TEST(no_adapter_then_plugged_in)
{
    start_empty();
    hal_gpio_line_t l;
    ck_assert_int_eq(fx_output(&l, "D4", 1), -HAL_ENODEV);
    const char *h = fx_hint(HAL_ENODEV);
    ck_assert_msg(strstr(h, "no FT232H found") && strstr(h, "0403:6014") && strstr(h, "plugged in"), "%s", h);
    hal_i2c_dev_t i2c = {0};
    ck_assert_int_eq(ftdi_backend.i2c_open(&fx_sys, fx_bus("i2c0"), &i2c), -HAL_ENODEV);
    ck_assert(strstr(fx_hint(HAL_ENODEV), "no FT232H found") != NULL);
    /* plugging it in needs no restart */
    fx_dev = fake_ftdi_add(TYPE_232H, NULL);
    fx_e = fake_ftdi_mpsse(fx_dev, 1);
    ck_assert_int_eq(fx_output(&l, "D4", 1), 0);
    ck_assert_int_eq(fake_mpsse_driven(fx_e, 4), 1);
    fx_teardown();
}
END_TEST

static void denied(void)
{
    fake_ftdi_set_access(fx_dev, FAKE_FTDI_DENIED);
}

START_TEST(no_permission_says_udev)
{
    fx_start("ft232h", TYPE_232H, denied);
    hal_gpio_line_t l;
    ck_assert_int_eq(fx_input(&l, "D5"), -HAL_EACCES);
    const char *h = fx_hint(HAL_EACCES);
    ck_assert_msg(strstr(h, "udev rule") && strstr(h, "ATTR{idProduct}==\"6014\"") && strstr(h, "replug"), "%s", h);
    ck_assert_uint_lt(strlen(h), FTDI_HINT_MAX - 1); /* not cut */
    fx_teardown();
}
END_TEST

static void sio(void)
{
    fake_ftdi_set_access(fx_dev, FAKE_FTDI_SIO_BOUND);
}

START_TEST(kernel_driver_says_ftdi_sio)
{
    fx_start("ft232h", TYPE_232H, sio);
    hal_spi_dev_t spi = {0};
    ck_assert_int_eq(ftdi_backend.spi_open(&fx_sys, fx_bus("spi0"), &spi), -HAL_EIO);
    const char *h = fx_hint(HAL_EIO);
    ck_assert_msg(strstr(h, "ftdi_sio") && strstr(h, "rmmod"), "%s", h);
    fx_teardown();
}
END_TEST

/* A hint goes with its own errno only, and only once. */
START_TEST(hints_are_taken_once)
{
    start_empty();
    hal_gpio_line_t l;
    ck_assert_int_eq(fx_input(&l, "D4"), -HAL_ENODEV);
    ck_assert_str_eq(fx_hint(HAL_EIO), "");
    ck_assert_int_eq(fx_input(&l, "D4"), -HAL_ENODEV);
    ck_assert_str_ne(fx_hint(HAL_ENODEV), "");
    ck_assert_str_eq(fx_hint(HAL_ENODEV), "");
    hal_detect_t d = {0};
    ck_assert_int_eq(ftdi_backend.control(NULL, HAL_CTL_DETECT, &d), -HAL_ENOTSUP);
    fx_teardown();
}
END_TEST

START_TEST(unplugged_in_use)
{
    fx_setup();
    hal_gpio_line_t out, in;
    ck_assert_int_eq(fx_output(&out, "D4", 0), 0);
    ck_assert_int_eq(fx_input(&in, "C2"), 0);
    fake_ftdi_unplug(fx_dev);
    uint64_t t0 = ms_now();
    ck_assert_int_eq(hal_gpio_line_write(&out, 1), -HAL_ENODEV);
    ck_assert(strstr(fx_hint(HAL_ENODEV), "unplugged") != NULL);
    int v;
    ck_assert_int_eq(hal_gpio_line_read(&in, &v), -HAL_ENODEV);
    hal_i2c_dev_t i2c = {0};
    ck_assert_int_eq(ftdi_backend.i2c_open(&fx_sys, fx_bus("i2c0"), &i2c), -HAL_ENODEV);
    ck_assert_uint_lt(ms_now() - t0, 500); /* no waiting for timeouts */
    /* back: reopened and set up again from the shadows */
    fake_ftdi_replug(fx_dev);
    ck_assert_int_eq(fake_mpsse_driven(fx_e, 4), -1);
    ck_assert_int_eq(hal_gpio_line_read(&in, &v), 0);
    ck_assert_int_eq(fake_mpsse_driven(fx_e, 4), 1); /* the write that failed */
    ck_assert_int_eq(hal_gpio_line_write(&out, 0), 0);
    ck_assert_int_eq(fake_mpsse_driven(fx_e, 4), 0);
    ck_assert_uint_eq(fake_ftdi_opens(fx_dev), 2);
    ck_assert(!fake_mpsse_stats(fx_e)->div5 && !fake_mpsse_stats(fx_e)->loopback);
    fx_teardown();
}
END_TEST

/* Unplugged in the middle of a bus transaction (a USB write fails). */
START_TEST(unplugged_mid_transfer)
{
    fx_setup();
    hal_i2c_dev_t i2c = {0};
    ck_assert_int_eq(ftdi_backend.i2c_open(&fx_sys, fx_bus("i2c0"), &i2c), 0);
    static uint8_t big[2000];
    hal_i2c_msg_t m = {0x50, HAL_I2C_READ, big, sizeof(big)};
    fake_ftdi_unplug_after(fx_dev, 1);
    ck_assert_int_eq(hal_i2c_transfer(&i2c, &m, 1), -HAL_ENODEV);
    ck_assert_int_eq(hal_i2c_transfer(&i2c, &m, 1), -HAL_ENODEV);
    fake_ftdi_replug(fx_dev);
    hal_i2c_msg_t probe = {0x50, 0, NULL, 0};
    ck_assert_int_eq(hal_i2c_transfer(&i2c, &probe, 1), -HAL_ENODEV); /* nobody there: a NACK now */
    ck_assert(fake_mpsse_stats(fx_e)->three_phase); /* the bus was set up again */
    ck_assert_int_eq(i2c.ops->close(&i2c), 0);
    fx_teardown();
}
END_TEST

/* The chip stops answering: -EIO after the deadline, then back in step. */
START_TEST(silent_chip_is_eio)
{
    fx_setup();
    hal_gpio_line_t in;
    ck_assert_int_eq(fx_input(&in, "D6"), 0);
    fake_ftdi_mute(fx_dev, 1000000);
    uint64_t t0 = ms_now();
    int v = -1;
    ck_assert_int_eq(hal_gpio_line_read(&in, &v), -HAL_EIO);
    uint64_t took = ms_now() - t0;
    ck_assert_msg(took >= 900 && took < 3000, "took %llu ms", (unsigned long long)took);
    ck_assert(strstr(fx_hint(HAL_EIO), "answered 0 of 1") != NULL);
    fake_ftdi_mute(fx_dev, 0);
    fake_mpsse_set_input(fx_e, 6, 0);
    ck_assert_int_eq(hal_gpio_line_read(&in, &v), 0);
    ck_assert_int_eq(v, 0);
    fx_teardown();
}
END_TEST

/* A stalled chip (adaptive clocking left on by someone) is a short read. */
START_TEST(stalled_chip_recovers)
{
    fx_setup();
    hal_spi_dev_t spi = {0};
    ck_assert_int_eq(ftdi_backend.spi_open(&fx_sys, fx_bus("spi0"), &spi), 0);
    static const uint8_t adaptive = 0x96;
    fake_mpsse_write(fx_e, &adaptive, 1);
    uint8_t rx[4];
    hal_spi_xfer_t x = {NULL, rx, sizeof(rx), 0, 0};
    ck_assert_int_eq(hal_spi_transfer(&spi, &x, 1), -HAL_EIO);
    ck_assert(fake_mpsse_stats(fx_e)->stalled);
    ck_assert_int_eq(hal_spi_transfer(&spi, &x, 1), 0);
    ck_assert(!fake_mpsse_stats(fx_e)->adaptive);
    ck_assert_int_eq(spi.ops->close(&spi), 0);
    fx_teardown();
}
END_TEST

START_TEST(interrupted_wait_is_eintr)
{
    fx_setup();
    static volatile int stop = 1;
    fx_sys.interrupt = &stop;
    hal_gpio_line_t in;
    ck_assert_int_eq(fx_input(&in, "D6"), 0);
    fake_ftdi_mute(fx_dev, 1000000);
    uint64_t t0 = ms_now();
    int v;
    ck_assert_int_eq(hal_gpio_line_read(&in, &v), -HAL_EINTR);
    ck_assert_uint_lt(ms_now() - t0, 100);
    fake_ftdi_mute(fx_dev, 0);
    stop = 0;
    ck_assert_int_eq(hal_gpio_line_read(&in, &v), 0);
    fx_teardown();
}
END_TEST

static void slow(void)
{
    fake_ftdi_mute(fx_dev, 20); /* the first synchronisation goes unanswered */
}

START_TEST(slow_start_syncs_again)
{
    fx_start("ft232h", TYPE_232H, slow);
    hal_gpio_line_t l;
    ck_assert_int_eq(fx_output(&l, "D4", 0), 0);
    ck_assert_uint_eq(fake_ftdi_opens(fx_dev), 1);
    fx_teardown();
}
END_TEST

START_TEST(close_leaves_inputs)
{
    fx_setup();
    hal_gpio_line_t l;
    ck_assert_int_eq(fx_output(&l, "C4", 0), 0);
    ftdi_backend.close(&fx_sys);
    ck_assert_int_eq(fake_mpsse_driven(fx_e, 12), -1);
    ck_assert_uint_eq(fake_ftdi_live_contexts(), 0);
    ck_assert(fx_sys.data == NULL && fx_sys.gpio[0].ops == NULL);
    board_file_free(fx_board);
    fake_ftdi_reset();
}
END_TEST

START_TEST(log_says_what_opened)
{
    fx_setup();
    ck_assert_msg(strstr(fx_logtext, "ftdi: ftdi://ftdi:ft232h/1 is open (FT232H, interface A)"), "%s", fx_logtext);
    fx_teardown();
}
END_TEST

/* The serial number in the path picks the adapter. */
START_TEST(serial_picks_the_adapter)
{
    static const char text[] = "board t\nname T\nbackend ftdi\n"
                               "gpiochip 0 path=ftdi://ftdi:ft232h:SECOND/1 lines=16\n"
                               "pin AD4 0:4 D4\n";
    fake_ftdi_reset();
    fake_ftdi_dev_t *first = fake_ftdi_add(TYPE_232H, "FIRST");
    fake_ftdi_dev_t *second = fake_ftdi_add(TYPE_232H, "SECOND");
    char err[256];
    ck_assert_int_eq(board_file_parse(text, "t.board", NULL, &fx_board, err, sizeof(err)), 0);
    ck_assert_int_eq(fx_open(), 0);
    ck_assert_uint_eq(fake_ftdi_opens(first), 0);
    ck_assert_uint_eq(fake_ftdi_opens(second), 1);
    hal_gpio_line_t l;
    ck_assert_int_eq(fx_output(&l, "D4", 0), 0);
    ck_assert_int_eq(fake_mpsse_driven(fake_ftdi_mpsse(second, 1), 4), 0);
    ck_assert_int_eq(fake_mpsse_driven(fake_ftdi_mpsse(first, 1), 4), -1);
    fx_teardown();
}
END_TEST

START_TEST(bad_path_in_the_board)
{
    static const char text[] = "board t\nname T\nbackend ftdi\n"
                               "gpiochip 0 path=/dev/gpiochip0 lines=16\npin AD4 0:4 D4\n";
    fake_ftdi_reset();
    char err[256];
    ck_assert_int_eq(board_file_parse(text, "t.board", NULL, &fx_board, err, sizeof(err)), 0);
    ck_assert_int_eq(fx_open(), 0);
    hal_gpio_line_t l;
    ck_assert_int_eq(fx_input(&l, "D4"), -HAL_EINVAL);
    ck_assert(strstr(fx_hint(HAL_EINVAL), "no ftdi:// URL") != NULL);
    fx_teardown();
}
END_TEST

START_TEST(urls)
{
    ftdi_url_t u;
    ck_assert_int_eq(ftdi_url_parse("ftdi://ftdi:ft232h/1", &u), 0);
    ck_assert(u.vid == 0x0403 && u.pid == 0x6014 && u.iface == 1 && u.index == 0 && !u.serial[0]);
    ck_assert_str_eq(u.name, "FT232H");
    ck_assert_int_eq(ftdi_url_parse("ftdi://ftdi:2232h:FT4ABC12/2", &u), 0);
    ck_assert(u.pid == 0x6010 && u.iface == 2);
    ck_assert_str_eq(u.serial, "FT4ABC12");
    ck_assert_str_eq(u.name, "FT2232H");
    ck_assert_int_eq(ftdi_url_parse("ftdi://0x0403:0x6014:1/1", &u), 0);
    ck_assert(u.vid == 0x0403 && u.pid == 0x6014 && u.index == 1 && !u.serial[0]);
    ck_assert_int_eq(ftdi_url_parse("ftdi://:ft232h/1", &u), 0);
    ck_assert_uint_eq(u.vid, 0x0403);
    static const char *const bad[] = {
        "", "ftdi:/ftdi:ft232h/1", "ftdi://ftdi:ft232h/3", "ftdi://ftdi:ft232h/", "ftdi://ftdi:ft232h",
        "ftdi://ftdi:nope/1", "ftdi://a:b:c:d/1", "ftdi://ftdi/1", "ftdi://ftdi:ft232h/12", "ftdi://0x10000:1/1",
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        ck_assert_msg(ftdi_url_parse(bad[i], &u) == -EINVAL, "%s", bad[i]);
    ck_assert_int_eq(ftdi_url_parse(NULL, &u), -EINVAL);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("ftdi");
    TCase *t = tcase_create("backend");
    tcase_set_timeout(t, 30);
    tcase_add_test(t, no_adapter_then_plugged_in);
    tcase_add_test(t, no_permission_says_udev);
    tcase_add_test(t, kernel_driver_says_ftdi_sio);
    tcase_add_test(t, hints_are_taken_once);
    tcase_add_test(t, unplugged_in_use);
    tcase_add_test(t, unplugged_mid_transfer);
    tcase_add_test(t, silent_chip_is_eio);
    tcase_add_test(t, stalled_chip_recovers);
    tcase_add_test(t, interrupted_wait_is_eintr);
    tcase_add_test(t, slow_start_syncs_again);
    tcase_add_test(t, close_leaves_inputs);
    tcase_add_test(t, log_says_what_opened);
    tcase_add_test(t, serial_picks_the_adapter);
    tcase_add_test(t, bad_path_in_the_board);
    tcase_add_test(t, urls);
    suite_add_tcase(s, t);
    return s;
}

int main(void)
{
    return fx_run_suite(suite());
}
