/*
 * Check tests for backends/linux/linux_adc.c (ADC and DAC through IIO
 * sysfs) against a fake sysfs (fake_linux_sys.c): finding the device by
 * number or by name, the resolution from scan_elements, the reference
 * voltage from the scale, offset and clamping, scaling to 0..65535 with
 * hal_adc_read_u16, DAC writes, and the hints.
 * Build: gcc -std=gnu11 -I backends -I tests/unit tests/unit/test_linux_adc.c
 *        tests/unit/fake_linux_sys.c backends/linux/linux_{adc,sys,hint,bus,env}.c
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

#define DEV0 "/sys/bus/iio/devices/iio:device0"
#define DEV1 "/sys/bus/iio/devices/iio:device1"

static hal_board_t board;
static hal_system_t sys;
static hal_board_channel_t ch;
static hal_adc_dev_t adc;
static hal_dac_dev_t dac;

static void setup(void)
{
    fake_sys_install();
    linux_hint_clear();
    board = (hal_board_t){.id = "raspberry_pi_4b", .name = "Pi", .backend = "linux"};
    sys = (hal_system_t){.board = &board};
    ch = (hal_board_channel_t){.kind = HAL_CHANNEL_ADC, .bits = 10, .dev = "iio:device0", .channel = 3,
                               .vref_uv = 5000000};
    adc = (hal_adc_dev_t){0};
    dac = (hal_dac_dev_t){0};
    /* an MCP3008: 10 bits, one scale for all channels */
    fake_sys_file(DEV0 "/name", "mcp3008\n");
    fake_sys_file(DEV0 "/in_voltage3_raw", "512\n");
    fake_sys_file(DEV0 "/in_voltage_scale", "3.222656250\n");
    /* an ADS1015 with a buffer: signed 12-bit samples */
    fake_sys_file(DEV1 "/name", "ads1015\n");
    fake_sys_file(DEV1 "/in_voltage0_raw", "-5\n");
    fake_sys_file(DEV1 "/in_voltage0_scale", "3.000000000\n");
    fake_sys_file(DEV1 "/scan_elements/in_voltage0_type", "be:s12/16>>4\n");
    fake_sys_file(DEV1 "/out_voltage0_raw", "0\n");
    fake_sys_file(DEV1 "/out_voltage0_scale", "0.805664062\n");
}

static void teardown(void)
{
    if (adc.ops)
        ck_assert_int_eq(adc.ops->close(&adc), 0);
    if (dac.ops)
        ck_assert_int_eq(dac.ops->close(&dac), 0);
    ck_assert_int_eq(fake_sys_open_fds(), 0);
}

static const char *hint_for(int err)
{
    static char buf[LINUX_HINT_MAX];
    hal_hint_t h = {err, buf, sizeof(buf)};
    return linux_hint_take(&h) == 0 ? buf : NULL;
}

START_TEST(test_adc_by_number)
{
    ck_assert_int_eq(linux_adc_open(&sys, &ch, &adc), 0);
    uint8_t bits = 0;
    uint32_t vref = 0, raw = 0;
    ck_assert_int_eq(adc.ops->info(&adc, &bits, &vref), 0);
    ck_assert_uint_eq(bits, 10);        /* no scan_elements: the board file's */
    ck_assert_uint_eq(vref, 3300000);   /* 3.2226 mV * 1024 */
    ck_assert_int_eq(adc.ops->read(&adc, &raw), 0);
    ck_assert_uint_eq(raw, 512);
    uint16_t v = 0;
    ck_assert_int_eq(hal_adc_read_u16(&adc, bits, &v), 0);
    ck_assert_uint_eq(v, (512u * 65535u + 511u) / 1023u);
    fake_sys_file(DEV0 "/in_voltage3_raw", "1023\n");
    ck_assert_int_eq(hal_adc_read_u16(&adc, bits, &v), 0);
    ck_assert_uint_eq(v, 65535);
}
END_TEST

START_TEST(test_adc_by_name_signed)
{
    ch.dev = "ads1015";
    ch.channel = 0;
    ch.bits = 12;
    ck_assert_int_eq(linux_adc_open(&sys, &ch, &adc), 0);
    uint8_t bits = 0;
    uint32_t vref = 0, raw = 99;
    ck_assert_int_eq(adc.ops->info(&adc, &bits, &vref), 0);
    ck_assert_uint_eq(bits, 11);      /* s12: 11 bits of positive range */
    ck_assert_uint_eq(vref, 6144000); /* 3 mV * 2048 */
    ck_assert_int_eq(adc.ops->read(&adc, &raw), 0);
    ck_assert_uint_eq(raw, 0); /* negative readings clamp to 0 */
}
END_TEST

START_TEST(test_adc_offset_and_no_scale)
{
    fake_sys_remove(DEV0 "/in_voltage_scale");
    fake_sys_file(DEV0 "/in_voltage3_offset", "100\n");
    fake_sys_file(DEV0 "/in_voltage3_raw", "50\n");
    ck_assert_int_eq(linux_adc_open(&sys, &ch, &adc), 0);
    uint8_t bits;
    uint32_t vref, raw;
    ck_assert_int_eq(adc.ops->info(&adc, &bits, &vref), 0);
    ck_assert_uint_eq(vref, 5000000); /* the board file's */
    ck_assert_int_eq(adc.ops->read(&adc, &raw), 0);
    ck_assert_uint_eq(raw, 150);
    fake_sys_file(DEV0 "/in_voltage3_raw", "garbage\n");
    ck_assert_int_eq(adc.ops->read(&adc, &raw), -EINVAL);
}
END_TEST

START_TEST(test_adc_missing)
{
    ch.dev = "ads1115";
    ck_assert_int_eq(linux_adc_open(&sys, &ch, &adc), -ENOENT);
    ck_assert_ptr_nonnull(strstr(hint_for(ENOENT), "dtoverlay=ads1015"));
    ch.dev = "iio:device7";
    ck_assert_int_eq(linux_adc_open(&sys, &ch, &adc), -ENOENT);
    ck_assert_ptr_nonnull(strstr(hint_for(ENOENT), "iio:device7"));
    ch.dev = "iio:device0";
    ch.channel = 5;
    ck_assert_int_eq(linux_adc_open(&sys, &ch, &adc), -ENOENT);
    ck_assert_ptr_nonnull(strstr(hint_for(ENOENT), "in_voltage5_raw"));
    ck_assert_ptr_null(adc.ops);
}
END_TEST

START_TEST(test_dac)
{
    ch = (hal_board_channel_t){.kind = HAL_CHANNEL_DAC, .bits = 12, .dev = "ads1015", .channel = 0,
                               .vref_uv = 3300000};
    ck_assert_int_eq(linux_dac_open(&sys, &ch, &dac), 0);
    uint8_t bits;
    uint32_t vref;
    ck_assert_int_eq(dac.ops->info(&dac, &bits, &vref), 0);
    ck_assert_uint_eq(bits, 12);
    ck_assert_uint_eq(vref, 3300000); /* 0.8057 mV * 4096 */
    ck_assert_int_eq(dac.ops->write(&dac, 4095), 0);
    ck_assert_str_eq(fake_sys_log(), DEV1 "/out_voltage0_raw=4095\n");
    fake_sys_write_error(DEV1 "/out_voltage0_raw", EACCES);
    ck_assert_int_eq(dac.ops->write(&dac, 1), -EACCES);
    ck_assert_ptr_nonnull(strstr(hint_for(EACCES), "udev"));
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("linux_adc");
    TCase *t = tcase_create("iio");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_add_test(t, test_adc_by_number);
    tcase_add_test(t, test_adc_by_name_signed);
    tcase_add_test(t, test_adc_offset_and_no_scale);
    tcase_add_test(t, test_adc_missing);
    tcase_add_test(t, test_dac);
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
