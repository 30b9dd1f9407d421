/*
 * Check tests for the sim backend's channels and keypad models
 * (backends/sim/sim_io.c, sim_pwm.c, sim_adc.c, sim_keys.c) through the
 * backend table, the ops of hal.h and the HAL_CTL_SIM_IO_* control ops,
 * and for the GPIO V2 NeoPixel op and its dispatcher.
 * Build: with `make tests/unit/test_sim_io` (it needs the whole sim
 * backend, $(BACKEND_SIM_SOURCES)).
 */
#include <check.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "board_file.h"
#include "sim/sim.h"

/* pins: 0 P0 (pwm group 1), 1 P1 (pwm group 1), 2 A (adc 12 bit, dac 8 bit),
 * 3 R (row), 4 C (column), 5 CLK, 6 DAT, 7 LAT */
static const char board_text[] = "board t\nname T\nbackend sim\n"
                                  "gpiochip 0 label=sim lines=8\n"
                                  "pin G0 0:0 P0\npin G1 0:1 P1\npin G2 0:2 A\npin G3 0:3 R\npin G4 0:4 C\n"
                                  "pin G5 0:5 CLK\npin G6 0:6 DAT\npin G7 0:7 LAT\n"
                                  "pwm P0 dev=pwm0 channel=0 group=1\npwm P1 dev=pwm0 channel=1 group=1\n"
                                  "adc A dev=adc0 channel=0 bits=12 vref=3.3\n"
                                  "dac A dev=dac0 channel=0 bits=8 vref=3.3\n";

static hal_board_t *board;
static hal_options_t options;
static hal_system_t sys;
static const hal_gpio_dev_t *dev;

static void setup(void)
{
    char err[256];
    ck_assert_int_eq(board_file_parse(board_text, "t.board", NULL, &board, err, sizeof(err)), 0);
    memset(&sys, 0, sizeof(sys));
    options = (hal_options_t){0};
    sys.board = board;
    sys.backend = &sim_backend;
    sys.options = &options;
    ck_assert_int_eq(sim_backend.open(&sys), 0);
    dev = &sys.gpio[0];
}

static void teardown(void)
{
    sim_backend.close(&sys);
    board_file_free(board);
}

static int ctl(int op, void *arg)
{
    return sys.backend->control(&sys, op, arg);
}

static int level(int pin)
{
    hal_sim_pin_level_t l = {pin, -1};
    ck_assert_int_eq(ctl(HAL_CTL_SIM_LEVEL, &l), 0);
    return l.level;
}

static const hal_board_channel_t *channel(int kind, int pin)
{
    for (size_t i = 0; i < board->n_channels; i++)
        if (board->channels[i].kind == kind && board->channels[i].pin == pin)
            return &board->channels[i];
    return NULL;
}

START_TEST(test_pwm)
{
    hal_pwm_dev_t p, again;
    hal_sim_pwm_t got = {0, 0, 0};
    ck_assert_int_eq(ctl(HAL_CTL_SIM_PWM_GET, &got), -ENOENT);
    ck_assert_int_eq(sys.backend->pwm_open(&sys, channel(HAL_CHANNEL_PWM, 0), &p), 0);
    ck_assert_int_eq(sys.backend->pwm_open(&sys, channel(HAL_CHANNEL_PWM, 0), &again), -EBUSY);
    ck_assert_int_eq(hal_pwm_set(&p, 2000000, 500000), 0);
    ck_assert_int_eq(ctl(HAL_CTL_SIM_PWM_GET, &got), -ENOENT); /* not enabled */
    ck_assert_int_eq(p.ops->enable(&p, true), 0);
    ck_assert_int_eq(ctl(HAL_CTL_SIM_PWM_GET, &got), 0);
    ck_assert_uint_eq(got.period_ns, 2000000);
    ck_assert_uint_eq(got.duty_ns, 500000);
    ck_assert_int_eq(hal_pwm_set(&p, 50, 10), -ERANGE); /* 20 MHz */
    ck_assert_int_eq(hal_pwm_set(&p, 100, 101), -HAL_EINVAL); /* duty > period */
    ck_assert_int_eq(p.ops->close(&p), 0);
    ck_assert_int_eq(ctl(HAL_CTL_SIM_PWM_GET, &got), -ENOENT);
    got.pin = 2;
    ck_assert_int_eq(ctl(HAL_CTL_SIM_PWM_GET, &got), -EINVAL); /* no pwm on A */
}
END_TEST

START_TEST(test_adc_dac)
{
    hal_adc_dev_t a;
    hal_dac_dev_t d;
    hal_sim_analog_t in = {2, 65535};
    ck_assert_int_eq(ctl(HAL_CTL_SIM_ANALOG_SET, &in), 0); /* before anyone reads */
    ck_assert_int_eq(sys.backend->adc_open(&sys, channel(HAL_CHANNEL_ADC, 2), &a), 0);
    uint32_t raw = 0;
    uint16_t u16 = 0;
    ck_assert_int_eq(a.ops->read(&a, &raw), 0);
    ck_assert_uint_eq(raw, 4095);
    in.value = 32768;
    ck_assert_int_eq(ctl(HAL_CTL_SIM_ANALOG_SET, &in), 0);
    ck_assert_int_eq(hal_adc_read_u16(&a, 12, &u16), 0);
    ck_assert_uint_eq(u16, 32776); /* through 12 bits: code 2048 */
    uint8_t bits = 0;
    uint32_t vref = 0;
    ck_assert_int_eq(a.ops->info(&a, &bits, &vref), 0);
    ck_assert_uint_eq(bits, 12);
    ck_assert_uint_eq(vref, 3300000);
    in.value = 65536;
    ck_assert_int_eq(ctl(HAL_CTL_SIM_ANALOG_SET, &in), -EINVAL);
    in = (hal_sim_analog_t){0, 5};
    ck_assert_int_eq(ctl(HAL_CTL_SIM_ANALOG_SET, &in), -EINVAL); /* no adc on P0 */

    hal_sim_analog_t out = {2, 0};
    ck_assert_int_eq(ctl(HAL_CTL_SIM_ANALOG_GET, &out), -ENOENT);
    ck_assert_int_eq(sys.backend->dac_open(&sys, channel(HAL_CHANNEL_DAC, 2), &d), 0);
    ck_assert_int_eq(ctl(HAL_CTL_SIM_ANALOG_GET, &out), -ENOENT); /* not written */
    ck_assert_int_eq(d.ops->write(&d, 255), 0);
    ck_assert_int_eq(ctl(HAL_CTL_SIM_ANALOG_GET, &out), 0);
    ck_assert_uint_eq(out.value, 65535);
    ck_assert_int_eq(d.ops->write(&d, 128), 0);
    ck_assert_int_eq(ctl(HAL_CTL_SIM_ANALOG_GET, &out), 0);
    ck_assert_uint_eq(out.value, 32896);
    ck_assert_int_eq(d.ops->write(&d, 256), -EINVAL);
    ck_assert_int_eq(d.ops->close(&d), 0);
    ck_assert_int_eq(ctl(HAL_CTL_SIM_ANALOG_GET, &out), -ENOENT);
    ck_assert_int_eq(a.ops->close(&a), 0);
    /* the input level outlives the reader; a reset forgets it */
    ck_assert_int_eq(sys.backend->adc_open(&sys, channel(HAL_CHANNEL_ADC, 2), &a), 0);
    ck_assert_int_eq(a.ops->read(&a, &raw), 0);
    ck_assert_uint_eq(raw, 2048);
    ck_assert_int_eq(ctl(HAL_CTL_SIM_IO_RESET, NULL), 0);
    ck_assert_int_eq(a.ops->read(&a, &raw), 0);
    ck_assert_uint_eq(raw, 0);
    a.ops->close(&a);
}
END_TEST

START_TEST(test_switch)
{
    /* a matrix key between R (row, driven while scanned) and C (column,
       pulled up) */
    hal_gpio_line_t row, col;
    hal_gpio_config_t in_up = {.direction = HAL_GPIO_INPUT, .pull = HAL_GPIO_PULL_UP};
    hal_gpio_config_t low = {.direction = HAL_GPIO_OUTPUT, .value = 0};
    ck_assert_int_eq(hal_gpio_line_claim(&row, dev, 3, &in_up), 0);
    ck_assert_int_eq(hal_gpio_line_claim(&col, dev, 4, &in_up), 0);
    hal_sim_switch_t sw = {{3, 4}, true};
    ck_assert_int_eq(ctl(HAL_CTL_SIM_SWITCH, &sw), 0);
    ck_assert_int_eq(level(4), 1); /* nobody drives the row */
    ck_assert_int_eq(hal_gpio_line_reconfigure(&row, &low), 0);
    ck_assert_int_eq(level(4), 0);
    ck_assert_int_eq(hal_gpio_line_reconfigure(&row, &in_up), 0);
    ck_assert_int_eq(level(4), 1);
    ck_assert_int_eq(hal_gpio_line_reconfigure(&row, &low), 0);
    sw.closed = false;
    ck_assert_int_eq(ctl(HAL_CTL_SIM_SWITCH, &sw), 0);
    ck_assert_int_eq(level(4), 1);
    sw = (hal_sim_switch_t){{3, 3}, true};
    ck_assert_int_eq(ctl(HAL_CTL_SIM_SWITCH, &sw), -EINVAL);
    sw = (hal_sim_switch_t){{3, 99}, true};
    ck_assert_int_eq(ctl(HAL_CTL_SIM_SWITCH, &sw), -EINVAL);
    hal_gpio_line_release(&row);
    hal_gpio_line_release(&col);
}
END_TEST

static void out(hal_gpio_line_t *l, int v)
{
    ck_assert_int_eq(hal_gpio_line_write(l, v), 0);
}

START_TEST(test_shift_register)
{
    hal_gpio_line_t clk, lat;
    hal_gpio_config_t o = {.direction = HAL_GPIO_OUTPUT, .value = 0};
    ck_assert_int_eq(hal_gpio_line_claim(&clk, dev, 5, &o), 0);
    ck_assert_int_eq(hal_gpio_line_claim(&lat, dev, 7, &o), 0); /* loading */
    static const uint8_t levels[3] = {1, 0, 1};
    hal_sim_shiftreg_t sr = {5, 6, 7, true, levels, 3};
    ck_assert_int_eq(ctl(HAL_CTL_SIM_SHIFTREG, &sr), 0);
    ck_assert_int_eq(level(6), 1); /* transparent: the first input */
    out(&lat, 1);                  /* freeze */
    char got[5] = {0};
    for (int i = 0; i < 4; i++) {
        got[i] = (char)('0' + level(6));
        out(&clk, 1);
        out(&clk, 0);
    }
    ck_assert_str_eq(got, "1010"); /* then 0 past the end */
    /* new inputs while frozen are not seen until the next load */
    static const uint8_t zeros[3] = {0, 0, 0};
    sr.levels = zeros;
    ck_assert_int_eq(ctl(HAL_CTL_SIM_SHIFTREG, &sr), 0);
    out(&lat, 0);
    ck_assert_int_eq(level(6), 0);
    sr.clock = 6;
    ck_assert_int_eq(ctl(HAL_CTL_SIM_SHIFTREG, &sr), -EINVAL);
    hal_gpio_line_release(&clk);
    hal_gpio_line_release(&lat);
}
END_TEST

START_TEST(test_neopixel)
{
    hal_gpio_line_t l;
    hal_gpio_config_t in = {.direction = HAL_GPIO_INPUT}, o = {.direction = HAL_GPIO_OUTPUT};
    static const uint8_t px[3] = {1, 2, 3};
    ck_assert_uint_ge(dev->ops->version, HAL_GPIO_OPS_V2);
    ck_assert_int_eq(hal_gpio_line_claim(&l, dev, 0, &in), 0);
    ck_assert_int_eq(hal_gpio_line_neopixel_write(&l, px, 3), -HAL_EINVAL);
    ck_assert_int_eq(hal_gpio_line_reconfigure(&l, &o), 0);
    ck_assert_int_eq(hal_gpio_line_neopixel_write(&l, px, 3), 0);
    uint8_t buf[2];
    hal_sim_bytes_t b = {0, buf, sizeof(buf), 0};
    ck_assert_int_eq(ctl(HAL_CTL_SIM_NEOPIXEL, &b), 0);
    ck_assert_uint_eq(b.len, 3); /* the full length, two copied */
    ck_assert_int_eq(buf[0], 1);
    ck_assert_int_eq(buf[1], 2);
    b.pin = 1;
    ck_assert_int_eq(ctl(HAL_CTL_SIM_NEOPIXEL, &b), -ENOENT);
    hal_gpio_line_release(&l);
    /* a controller without the V2 op */
    hal_gpio_ops_t v1 = *dev->ops;
    v1.version = HAL_GPIO_OPS_V1;
    hal_gpio_dev_t old = {&v1, dev->config, dev->data};
    ck_assert_int_eq(hal_gpio_line_claim(&l, &old, 0, &o), 0);
    ck_assert_int_eq(hal_gpio_line_neopixel_write(&l, px, 3), -HAL_ENOTSUP);
    hal_gpio_line_release(&l);
}
END_TEST

START_TEST(test_unknown_op)
{
    ck_assert_int_eq(ctl(HAL_CTL_SIM_IO_FIRST + 60, NULL), -EOPNOTSUPP);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("sim_io");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_pwm);
    tcase_add_test(tc, test_adc_dac);
    tcase_add_test(tc, test_switch);
    tcase_add_test(tc, test_shift_register);
    tcase_add_test(tc, test_neopixel);
    tcase_add_test(tc, test_unknown_op);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
