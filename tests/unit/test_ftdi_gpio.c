/*
 * The ftdi backend's GPIO ops (backends/ftdi/ftdi_gpio.c) on the ft232h
 * board, against the MPSSE emulator: levels and directions as the lines
 * show them, no glitches, the shadow keeping other lines, ACBUS, open
 * drain, and what the MPSSE cannot do.
 */
#include "ftdi_fixture.h"

START_TEST(output_starts_at_its_level)
{
    hal_gpio_line_t a, b;
    fake_mpsse_clear_stats(fx_e);
    ck_assert_int_eq(fx_output(&a, "D4", 1), 0);
    ck_assert_int_eq(fake_mpsse_driven(fx_e, 4), 1);
    /* the line idled high (pull-up): an output at 1 never went through 0 */
    ck_assert_uint_eq(fake_mpsse_changes(fx_e, 4), 0);
    ck_assert_int_eq(fx_output(&b, "D5", 0), 0);
    ck_assert_int_eq(fake_mpsse_level(fx_e, 5), 0);
    ck_assert_uint_eq(fake_mpsse_changes(fx_e, 5), 1);
    ck_assert_uint_eq(fake_mpsse_stats(fx_e)->bad_commands, 0);
}
END_TEST

START_TEST(write_and_read_back)
{
    hal_gpio_line_t l;
    int v = -1;
    ck_assert_int_eq(fx_output(&l, "D6", 0), 0);
    for (int i = 0; i < 4; i++) {
        ck_assert_int_eq(hal_gpio_line_write(&l, i & 1), 0);
        ck_assert_int_eq(fake_mpsse_level(fx_e, 6), i & 1);
        ck_assert_int_eq(hal_gpio_line_read(&l, &v), 0);
        ck_assert_int_eq(v, i & 1);
    }
}
END_TEST

START_TEST(inputs_follow_the_outside)
{
    hal_gpio_line_t l;
    int v = -1;
    ck_assert_int_eq(fx_input(&l, "D7"), 0);
    ck_assert_int_eq(fake_mpsse_driven(fx_e, 7), -1);
    fake_mpsse_set_input(fx_e, 7, 0);
    ck_assert_int_eq(hal_gpio_line_read(&l, &v), 0);
    ck_assert_int_eq(v, 0);
    fake_mpsse_set_input(fx_e, 7, 1);
    ck_assert_int_eq(hal_gpio_line_read(&l, &v), 0);
    ck_assert_int_eq(v, 1);
    /* writing an input is refused above the backend and in it */
    ck_assert_int_eq(hal_gpio_line_write(&l, 0), -HAL_EINVAL);
    ck_assert_int_eq(fx_sys.gpio[0].ops->write(&fx_sys.gpio[0], 7, 0), -EINVAL);
}
END_TEST

START_TEST(acbus_lines)
{
    hal_gpio_line_t c0, c7;
    int v = -1;
    ck_assert_int_eq(fx_output(&c0, "C0", 0), 0);
    ck_assert_int_eq(fake_mpsse_driven(fx_e, 8), 0);
    ck_assert_int_eq(fx_input(&c7, "C7"), 0);
    fake_mpsse_set_input(fx_e, 15, 0);
    ck_assert_int_eq(hal_gpio_line_read(&c7, &v), 0);
    ck_assert_int_eq(v, 0);
    ck_assert_int_eq(hal_gpio_line_write(&c0, 1), 0);
    ck_assert_int_eq(fake_mpsse_level(fx_e, 8), 1);
}
END_TEST

/* Changes to one line leave every other line of both bytes alone. */
START_TEST(shadow_keeps_other_lines)
{
    hal_gpio_line_t d4, d7, c3, d5, c1;
    ck_assert_int_eq(fx_output(&d4, "D4", 1), 0);
    ck_assert_int_eq(fx_output(&d7, "D7", 0), 0);
    ck_assert_int_eq(fx_output(&c3, "C3", 0), 0);
    fake_mpsse_clear_stats(fx_e);
    ck_assert_int_eq(fx_input(&d5, "D5"), 0);
    ck_assert_int_eq(fx_output(&c1, "C1", 0), 0);
    for (int i = 0; i < 6; i++) {
        ck_assert_int_eq(hal_gpio_line_write(&c1, i & 1), 0);
        ck_assert_int_eq(hal_gpio_line_write(&d7, 0), 0);
    }
    ck_assert_int_eq(hal_gpio_line_release(&d5), 0);
    ck_assert_uint_eq(fake_mpsse_changes(fx_e, 4), 0);
    ck_assert_uint_eq(fake_mpsse_changes(fx_e, 7), 0);
    ck_assert_uint_eq(fake_mpsse_changes(fx_e, 11), 0);
    ck_assert_int_eq(fake_mpsse_driven(fx_e, 4), 1);
    ck_assert_int_eq(fake_mpsse_driven(fx_e, 7), 0);
    ck_assert_int_eq(fake_mpsse_driven(fx_e, 11), 0);
    ck_assert_uint_eq(fake_mpsse_changes(fx_e, 9), 6);
}
END_TEST

START_TEST(release_makes_an_input)
{
    hal_gpio_line_t l, again;
    ck_assert_int_eq(fx_output(&l, "D4", 0), 0);
    ck_assert_int_eq(hal_gpio_line_release(&l), 0);
    ck_assert_int_eq(fake_mpsse_driven(fx_e, 4), -1);
    ck_assert_int_eq(fake_mpsse_level(fx_e, 4), 1);
    ck_assert_int_eq(fx_output(&again, "D4", 1), 0);
}
END_TEST

START_TEST(reconfigure_without_glitch)
{
    hal_gpio_line_t l;
    ck_assert_int_eq(fx_input(&l, "D5"), 0);
    fake_mpsse_clear_stats(fx_e);
    hal_gpio_config_t out1 = {.direction = HAL_GPIO_OUTPUT, .value = 1};
    ck_assert_int_eq(hal_gpio_line_reconfigure(&l, &out1), 0);
    ck_assert_int_eq(fake_mpsse_driven(fx_e, 5), 1);
    ck_assert_uint_eq(fake_mpsse_changes(fx_e, 5), 0);
    hal_gpio_config_t in = {.direction = HAL_GPIO_INPUT};
    ck_assert_int_eq(hal_gpio_line_reconfigure(&l, &in), 0);
    ck_assert_int_eq(fake_mpsse_driven(fx_e, 5), -1);
}
END_TEST

START_TEST(open_drain_releases_for_one)
{
    hal_gpio_line_t l;
    hal_gpio_config_t od = {.direction = HAL_GPIO_OUTPUT, .drive = HAL_GPIO_OPEN_DRAIN, .value = 1};
    ck_assert_int_eq(fx_claim(&l, "D4", &od), 0);
    ck_assert_int_eq(fake_mpsse_driven(fx_e, 4), -1);
    ck_assert_int_eq(hal_gpio_line_write(&l, 0), 0);
    ck_assert_int_eq(fake_mpsse_driven(fx_e, 4), 0);
    ck_assert_int_eq(hal_gpio_line_write(&l, 1), 0);
    ck_assert_int_eq(fake_mpsse_driven(fx_e, 4), -1);
    /* something else pulling it low shows, with no contention */
    fake_mpsse_set_input(fx_e, 4, 0);
    int v = -1;
    ck_assert_int_eq(hal_gpio_line_read(&l, &v), 0);
    ck_assert_int_eq(v, 0);
    ck_assert_uint_eq(fake_mpsse_stats(fx_e)->contention, 0);
}
END_TEST

START_TEST(what_the_mpsse_cannot_do)
{
    hal_gpio_line_t l;
    hal_gpio_config_t pull = {.direction = HAL_GPIO_INPUT, .pull = HAL_GPIO_PULL_UP};
    hal_gpio_config_t edge = {.direction = HAL_GPIO_INPUT, .edge = HAL_GPIO_EDGE_BOTH};
    hal_gpio_config_t source = {.direction = HAL_GPIO_OUTPUT, .drive = HAL_GPIO_OPEN_SOURCE};
    ck_assert_int_eq(fx_claim(&l, "D4", &pull), -HAL_ENOTSUP);
    ck_assert_int_eq(fx_claim(&l, "D4", &edge), -HAL_ENOTSUP);
    ck_assert_int_eq(fx_claim(&l, "D4", &source), -HAL_ENOTSUP);
    ck_assert_int_eq(fx_input(&l, "D4"), 0);
    size_t n = 9;
    hal_gpio_event_t ev;
    ck_assert_int_eq(hal_gpio_line_events(&l, &ev, 1, &n), -HAL_ENOTSUP);
}
END_TEST

START_TEST(claims_are_exclusive_and_checked)
{
    hal_gpio_line_t a, b;
    ck_assert_int_eq(fx_input(&a, "D4"), 0);
    ck_assert_int_eq(fx_input(&b, "D4"), -HAL_EBUSY);
    const hal_gpio_dev_t *g = &fx_sys.gpio[0];
    hal_gpio_config_t in = {.direction = HAL_GPIO_INPUT};
    ck_assert_int_eq(g->ops->claim(g, 16, &in), -EINVAL);
    ck_assert_int_eq(g->ops->release(g, 5), -EINVAL);
    int v;
    ck_assert_int_eq(g->ops->read(g, 5, &v), -EINVAL);
}
END_TEST

/* With no bus open, ADBUS0-3 are GPIOs too. */
START_TEST(bus_lines_are_gpio_when_free)
{
    hal_gpio_line_t d0, d2;
    ck_assert_int_eq(fx_output(&d0, "D0", 0), 0);
    ck_assert_int_eq(fake_mpsse_driven(fx_e, 0), 0);
    ck_assert_int_eq(fx_input(&d2, "D2"), 0);
    fake_mpsse_set_input(fx_e, 2, 0);
    int v = -1;
    ck_assert_int_eq(hal_gpio_line_read(&d2, &v), 0);
    ck_assert_int_eq(v, 0);
}
END_TEST

/* The backend set the MPSSE up: every unfriendly power-on mode is off. */
START_TEST(open_sets_the_chip_up)
{
    const fake_mpsse_stats_t *st = fake_mpsse_stats(fx_e);
    ck_assert(!st->div5);
    ck_assert(!st->loopback);
    ck_assert(!st->adaptive);
    ck_assert(!st->three_phase);
    /* the synchronisation's deliberate bad command, and nothing else */
    ck_assert_uint_eq(st->bad_commands, 1);
    ck_assert_uint_eq(st->last_bad, 0xaa);
    ck_assert_uint_eq(fake_mpsse_pending(fx_e), 0);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("ftdi_gpio");
    TCase *t = tcase_create("gpio");
    tcase_add_checked_fixture(t, fx_setup, fx_teardown);
    tcase_add_test(t, open_sets_the_chip_up);
    tcase_add_test(t, output_starts_at_its_level);
    tcase_add_test(t, write_and_read_back);
    tcase_add_test(t, inputs_follow_the_outside);
    tcase_add_test(t, acbus_lines);
    tcase_add_test(t, shadow_keeps_other_lines);
    tcase_add_test(t, release_makes_an_input);
    tcase_add_test(t, reconfigure_without_glitch);
    tcase_add_test(t, open_drain_releases_for_one);
    tcase_add_test(t, what_the_mpsse_cannot_do);
    tcase_add_test(t, claims_are_exclusive_and_checked);
    tcase_add_test(t, bus_lines_are_gpio_when_free);
    suite_add_tcase(s, t);
    return s;
}

int main(void)
{
    return fx_run_suite(suite());
}
