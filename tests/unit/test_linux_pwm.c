/*
 * Check tests for backends/linux/linux_pwm.c against a fake sysfs
 * (fake_linux_sys.c) that behaves like the kernel's pwm class: export
 * creates pwmM/, a state with duty > period is refused, and so on. Checks
 * the order of writes, the cache, export/unexport, finding a chip by its
 * device name, waiting for udev, and the hints.
 * Build: gcc -std=gnu11 -I backends -I tests/unit tests/unit/test_linux_pwm.c
 *        tests/unit/fake_linux_sys.c backends/linux/linux_{pwm,sys,hint,bus,env}.c
 *        $(pkg-config --cflags --libs check)
 */
#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fake_linux_sys.h"
#include "linux/linux_bus.h"
#include "linux/linux_hint.h"

#define CHIP "/sys/class/pwm/pwmchip0"
#define MIN_PERIOD 100

static long attr(const char *dir, const char *name)
{
    char p[256];
    snprintf(p, sizeof(p), "%s/%s", dir, name);
    const char *t = fake_sys_text(p);
    return t ? atol(t) : -1;
}

/* The kernel's rules for one chip's export/unexport and channel files. */
static int kernel_write(const char *path, const char *text)
{
    char chip[96], file[32];
    unsigned ch;
    long v = atol(text);
    if (sscanf(path, "/sys/class/pwm/%95[^/]/%31s", chip, file) == 2 && !strchr(file, '/')) {
        char dir[160], p[192];
        snprintf(dir, sizeof(dir), "/sys/class/pwm/%s/pwm%ld", chip, v);
        snprintf(p, sizeof(p), "%s/period", dir);
        if (strcmp(file, "export") == 0) {
            if (fake_sys_text(p))
                return -EBUSY;
            fake_sys_file(p, "0");
            snprintf(p, sizeof(p), "%s/duty_cycle", dir);
            fake_sys_file(p, "0");
            snprintf(p, sizeof(p), "%s/enable", dir);
            fake_sys_file(p, "0");
        } else if (strcmp(file, "unexport") == 0) {
            if (!fake_sys_text(p))
                return -EINVAL;
            fake_sys_remove(p);
            snprintf(p, sizeof(p), "%s/duty_cycle", dir);
            fake_sys_remove(p);
            snprintf(p, sizeof(p), "%s/enable", dir);
            fake_sys_remove(p);
        }
        return 0;
    }
    char dir[160];
    if (sscanf(path, "/sys/class/pwm/%95[^/]/pwm%u/%31s", chip, &ch, file) != 3)
        return 0;
    snprintf(dir, sizeof(dir), "/sys/class/pwm/%s/pwm%u", chip, ch);
    if (strcmp(file, "period") == 0 && (v < attr(dir, "duty_cycle") || v < MIN_PERIOD))
        return -EINVAL;
    if (strcmp(file, "duty_cycle") == 0 && v > attr(dir, "period"))
        return -EINVAL;
    if (strcmp(file, "enable") == 0 && v && attr(dir, "period") == 0)
        return -EINVAL;
    return 0;
}

static hal_board_pin_t pins[] = {{"GPIO12", 0, 12}, {"GPIO18", 0, 18}, {"GPIO13", 0, 13}};
static hal_board_t board;
static hal_system_t sys;
static hal_board_channel_t ch;
static hal_pwm_dev_t dev;

static void setup_board(const char *id)
{
    fake_sys_install();
    fake_sys_on_write(kernel_write);
    linux_hint_clear();
    board = (hal_board_t){.id = id, .name = id, .backend = "linux", .pins = pins, .n_pins = 3};
    sys = (hal_system_t){.board = &board};
    ch = (hal_board_channel_t){.kind = HAL_CHANNEL_PWM, .pin = 0, .dev = "pwmchip0", .channel = 0};
    dev = (hal_pwm_dev_t){0};
    fake_sys_file(CHIP "/npwm", "2\n");
    fake_sys_file(CHIP "/export", "");
    fake_sys_file(CHIP "/unexport", "");
}

static void setup(void)
{
    setup_board("raspberry_pi_4b");
}

static void teardown(void)
{
    if (dev.ops)
        ck_assert_int_eq(dev.ops->close(&dev), 0);
    ck_assert_int_eq(fake_sys_open_fds(), 0);
}

static const char *hint_for(int err)
{
    static char buf[LINUX_HINT_MAX];
    hal_hint_t h = {err, buf, sizeof(buf)};
    return linux_hint_take(&h) == 0 ? buf : NULL;
}

START_TEST(test_export_and_write_order)
{
    ck_assert_int_eq(linux_pwm_open(&sys, &ch, &dev), 0);
    ck_assert_str_eq(fake_sys_log(), CHIP "/export=0\n");
    fake_sys_log_clear();
    ck_assert_int_eq(hal_pwm_set(&dev, 20000000, 1500000), 0);
    ck_assert_str_eq(fake_sys_log(), CHIP "/pwm0/period=20000000\n" CHIP "/pwm0/duty_cycle=1500000\n");
    fake_sys_log_clear();
    /* a period shorter than the current duty: duty first */
    ck_assert_int_eq(hal_pwm_set(&dev, 1000000, 500000), 0);
    ck_assert_str_eq(fake_sys_log(), CHIP "/pwm0/duty_cycle=500000\n" CHIP "/pwm0/period=1000000\n");
    fake_sys_log_clear();
    ck_assert_int_eq(hal_pwm_set(&dev, 1000000, 500000), 0);
    ck_assert_str_eq(fake_sys_log(), ""); /* cached */
    ck_assert_int_eq(hal_pwm_set(&dev, 2000000, 500000), 0);
    ck_assert_str_eq(fake_sys_log(), CHIP "/pwm0/period=2000000\n");
    fake_sys_log_clear();
    ck_assert_int_eq(hal_pwm_set(&dev, 2000000, 2000000), 0); /* 100 % */
    ck_assert_int_eq(hal_pwm_set(&dev, 1000, 0), 0);
    ck_assert_int_eq(attr(CHIP "/pwm0", "period"), 1000);
    ck_assert_int_eq(attr(CHIP "/pwm0", "duty_cycle"), 0);
}
END_TEST

START_TEST(test_enable_and_close)
{
    ck_assert_int_eq(linux_pwm_open(&sys, &ch, &dev), 0);
    ck_assert_int_eq(hal_pwm_set(&dev, 20000, 10000), 0);
    fake_sys_log_clear();
    ck_assert_int_eq(dev.ops->enable(&dev, true), 0);
    ck_assert_int_eq(dev.ops->enable(&dev, true), 0);
    ck_assert_str_eq(fake_sys_log(), CHIP "/pwm0/enable=1\n");
    fake_sys_log_clear();
    ck_assert_int_eq(dev.ops->close(&dev), 0);
    dev.ops = NULL;
    ck_assert_str_eq(fake_sys_log(), CHIP "/pwm0/enable=0\n" CHIP "/unexport=0\n");
    ck_assert_ptr_null(fake_sys_text(CHIP "/pwm0/period"));
}
END_TEST

START_TEST(test_already_exported)
{
    fake_sys_file(CHIP "/pwm0/period", "5000");
    fake_sys_file(CHIP "/pwm0/duty_cycle", "1000");
    fake_sys_file(CHIP "/pwm0/enable", "1");
    ck_assert_int_eq(linux_pwm_open(&sys, &ch, &dev), 0);
    fake_sys_log_clear();
    /* the state read at open is the cache: 500 < duty 1000, so duty first */
    ck_assert_int_eq(hal_pwm_set(&dev, 500, 100), 0);
    ck_assert_str_eq(fake_sys_log(), CHIP "/pwm0/duty_cycle=100\n" CHIP "/pwm0/period=500\n");
    fake_sys_log_clear();
    ck_assert_int_eq(dev.ops->close(&dev), 0);
    dev.ops = NULL;
    ck_assert_str_eq(fake_sys_log(), CHIP "/pwm0/enable=0\n"); /* not ours to unexport */
}
END_TEST

START_TEST(test_period_out_of_range)
{
    ck_assert_int_eq(linux_pwm_open(&sys, &ch, &dev), 0);
    ck_assert_int_eq(hal_pwm_set(&dev, 50, 10), -ERANGE);
    ck_assert_ptr_nonnull(strstr(hint_for(ERANGE), "50 ns"));
    ck_assert_int_eq(hal_pwm_set(&dev, 5000, 10), 0);
}
END_TEST

START_TEST(test_chip_by_device_name)
{
    fake_sys_file("/sys/class/pwm/pwmchip2/npwm", "4");
    fake_sys_file("/sys/class/pwm/pwmchip2/export", "");
    fake_sys_file("/sys/class/pwm/pwmchip2/unexport", "");
    fake_sys_link("/sys/class/pwm/pwmchip2/device", "../../../fe20c000.pwm");
    fake_sys_link(CHIP "/device", "../../../1f00098000.pwm");
    ch.dev = "fe20c000.pwm";
    ch.channel = 3;
    ck_assert_int_eq(linux_pwm_open(&sys, &ch, &dev), 0);
    ck_assert_str_eq(fake_sys_log(), "/sys/class/pwm/pwmchip2/export=3\n");
}
END_TEST

START_TEST(test_missing_chip_hints)
{
    fake_sys_remove(CHIP "/npwm");
    ck_assert_int_eq(linux_pwm_open(&sys, &ch, &dev), -ENOENT);
    const char *h = hint_for(ENOENT);
    ck_assert_ptr_nonnull(strstr(h, "dtoverlay=pwm-2chan,pin=12,func=4"));
    ck_assert_ptr_nonnull(strstr(h, "/boot/firmware/config.txt"));
    ch.pin = 1; /* GPIO18: the overlay's default pins */
    ck_assert_int_eq(linux_pwm_open(&sys, &ch, &dev), -ENOENT);
    h = hint_for(ENOENT);
    ck_assert_ptr_nonnull(strstr(h, "dtoverlay=pwm-2chan in"));
    ch.pin = 2;
    ck_assert_int_eq(linux_pwm_open(&sys, &ch, &dev), -ENOENT);
    ck_assert_ptr_nonnull(strstr(hint_for(ENOENT), "pin2=13,func2=4"));
    ch.dev = "nosuch.pwm";
    ck_assert_int_eq(linux_pwm_open(&sys, &ch, &dev), -ENOENT);
    board.id = "generic_linux";
    ck_assert_int_eq(linux_pwm_open(&sys, &ch, &dev), -ENOENT);
    ck_assert_ptr_nonnull(strstr(hint_for(ENOENT), "device tree"));
}
END_TEST

START_TEST(test_bad_channel)
{
    ch.channel = 2;
    ck_assert_int_eq(linux_pwm_open(&sys, &ch, &dev), -EINVAL);
    ck_assert_ptr_nonnull(strstr(hint_for(EINVAL), "2 channels"));
    ck_assert_str_eq(fake_sys_log(), "");
}
END_TEST

START_TEST(test_permission)
{
    fake_sys_error(CHIP "/export", EACCES, 0);
    ck_assert_int_eq(linux_pwm_open(&sys, &ch, &dev), -EACCES);
    ck_assert_ptr_nonnull(strstr(hint_for(EACCES), "udev"));
}
END_TEST

START_TEST(test_waits_for_udev)
{
    /* the new files appear root-only and get their group a moment later */
    fake_sys_error(CHIP "/pwm0/period", EACCES, 3);
    ck_assert_int_eq(linux_pwm_open(&sys, &ch, &dev), 0);
    ck_assert_int_eq(fake_sys_slept_ms(), 60);
}
END_TEST

START_TEST(test_udev_never_comes)
{
    fake_sys_error(CHIP "/pwm0/period", EACCES, 0);
    ck_assert_int_eq(linux_pwm_open(&sys, &ch, &dev), -EACCES);
    ck_assert_int_ge(fake_sys_slept_ms(), 900);
    ck_assert_ptr_nonnull(strstr(hint_for(EACCES), "pwm0/period"));
    /* what open exported is unexported again */
    ck_assert_ptr_nonnull(strstr(fake_sys_log(), CHIP "/unexport=0\n"));
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("linux_pwm");
    TCase *t = tcase_create("pwm");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_add_test(t, test_export_and_write_order);
    tcase_add_test(t, test_enable_and_close);
    tcase_add_test(t, test_already_exported);
    tcase_add_test(t, test_period_out_of_range);
    tcase_add_test(t, test_chip_by_device_name);
    tcase_add_test(t, test_missing_chip_hints);
    tcase_add_test(t, test_bad_channel);
    tcase_add_test(t, test_permission);
    tcase_add_test(t, test_waits_for_udev);
    tcase_add_test(t, test_udev_never_comes);
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
