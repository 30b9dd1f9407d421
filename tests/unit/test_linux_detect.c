/*
 * Check tests for backends/linux/linux_detect.c: listing /dev/gpiochipN and
 * the generic board built from the chips' labels and line names, against
 * the fake kernel of fake_gpiod.c (and fake_gpiod_v1.c or _v2.c) under a
 * temporary $CIRCUITPY_SYSROOT.
 */
#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "board_file.h"
#include "fake_gpiod.h"
#include "linux/linux.h"
#include "linux/linux_hint.h"

static char root[256];
static hal_board_t *board;

static void touch(const char *name)
{
    char path[512];
    snprintf(path, sizeof(path), "%s/dev/%s", root, name);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fclose(f);
}

static fake_chip_t *add_chip(unsigned n, const char *label, unsigned lines)
{
    char name[32], path[512];
    snprintf(name, sizeof(name), "gpiochip%u", n);
    touch(name);
    snprintf(path, sizeof(path), "%s/dev/%s", root, name);
    fake_chip_t *c = fake_gpiod_add_chip(path, label, lines);
    ck_assert_ptr_nonnull(c);
    return c;
}

static void name_lines(fake_chip_t *c, const char *const *names, size_t n)
{
    for (size_t i = 0; i < n; i++)
        snprintf(c->lines[i].name, sizeof(c->lines[i].name), "%s", names[i]);
}

static void setup(void)
{
    char cmd[600];
    snprintf(cmd, sizeof(cmd), "rm -f %s/dev/*", root);
    ck_assert_int_eq(system(cmd), 0);
    fake_gpiod_reset();
    board = NULL;
}

static void teardown(void)
{
    board_file_free(board);
    ck_assert_int_eq(fake_gpiod_open_handles(), 0);
}

/* The board name of pin index p's line as the generic board gives it. */
static const char *primary(int pin)
{
    for (size_t i = 0; i < board->n_names; i++)
        if (board->names[i].pin == pin)
            return board->names[i].name;
    return NULL;
}

static int generic(void)
{
    char why[400];
    return linux_detect_generic(&board, why, sizeof(why));
}

START_TEST(test_chips_listed_in_number_order)
{
    touch("gpiochip10");
    touch("gpiochip2");
    touch("gpiochip0");
    touch("gpiochip");
    touch("gpiochipX");
    touch("gpiochip3a");
    touch("tty0");
    unsigned nums[8];
    size_t n;
    ck_assert_int_eq(linux_detect_chips(nums, 8, &n), 0);
    ck_assert_uint_eq(n, 3);
    ck_assert_uint_eq(nums[0], 0);
    ck_assert_uint_eq(nums[1], 2);
    ck_assert_uint_eq(nums[2], 10);
    ck_assert_int_eq(linux_detect_chips(nums, 2, &n), 0); /* at most max */
    ck_assert_uint_eq(n, 2);
}
END_TEST

START_TEST(test_generic_names)
{
    static const char *const a[] = {"LED", "BTN-A", "", "3v3", "pinctrl_foo_0"};
    static const char *const b[] = {"LED", "I2C", "x", "__x"};
    name_lines(add_chip(0, "pinctrl-foo", 5), a, 5);
    name_lines(add_chip(4, "gpio-sim.0-node0", 4), b, 4);
    ck_assert_int_eq(generic(), 0);
    ck_assert_str_eq(board->id, "generic_linux");
    ck_assert_str_eq(board->backend, "linux");
    ck_assert_uint_eq(board->nvm_size, 8192);
    ck_assert_uint_eq(board->n_gpiochips, 2);
    ck_assert_str_eq(board->gpiochips[1].label, "gpio-sim.0-node0");
    ck_assert_str_eq(board->gpiochips[1].path, "/dev/gpiochip4");
    ck_assert_uint_eq(board->gpiochips[1].lines, 4);
    ck_assert_uint_eq(board->n_pins, 9);
    ck_assert_str_eq(board->pins[0].chip_name, "pinctrl_foo_0");
    ck_assert_str_eq(board->pins[6].chip_name, "gpio_sim_0_node0_1");
    ck_assert_uint_eq(board->pins[6].chip, 1);
    ck_assert_uint_eq(board->pins[6].line, 1);
    ck_assert_str_eq(primary(0), "pinctrl_foo_0"); /* LED twice: not unique */
    ck_assert_str_eq(primary(1), "BTN_A");         /* made an identifier */
    ck_assert_str_eq(primary(2), "pinctrl_foo_2"); /* unnamed */
    ck_assert_str_eq(primary(3), "_3v3");
    ck_assert_str_eq(primary(4), "pinctrl_foo_4"); /* would clash with a chip name */
    ck_assert_str_eq(primary(5), "gpio_sim_0_node0_0");
    ck_assert_str_eq(primary(6), "gpio_sim_0_node0_1"); /* I2C is board.I2C() */
    ck_assert_str_eq(primary(7), "x");
    ck_assert_str_eq(primary(8), "gpio_sim_0_node0_3");
    ck_assert_int_eq(board_file_find_pin(board, "x"), 7);
}
END_TEST

START_TEST(test_generic_clashing_labels)
{
    add_chip(1, "same", 2);
    add_chip(2, "same", 2);
    add_chip(3, "", 1);
    add_chip(5, "a.b", 1);
    add_chip(6, "a-b", 1); /* the same identifier as a.b */
    add_chip(7, "ok", 1);
    ck_assert_int_eq(generic(), 0);
    ck_assert_str_eq(board->pins[0].chip_name, "gpiochip1_0");
    ck_assert_str_eq(board->pins[2].chip_name, "gpiochip2_0");
    ck_assert_str_eq(board->pins[4].chip_name, "gpiochip3_0");
    ck_assert_str_eq(board->pins[5].chip_name, "gpiochip5_0");
    ck_assert_str_eq(board->pins[6].chip_name, "gpiochip6_0");
    ck_assert_str_eq(board->pins[7].chip_name, "ok_0");
    ck_assert_ptr_null(board->gpiochips[2].label); /* no label: found by path */
    ck_assert_str_eq(board->gpiochips[3].label, "a.b");
}
END_TEST

START_TEST(test_generic_odd_label_kept)
{
    add_chip(0, "my \"odd\" chip\\1 #2", 2);
    ck_assert_int_eq(generic(), 0);
    ck_assert_str_eq(board->gpiochips[0].label, "my \"odd\" chip\\1 #2");
    ck_assert_str_eq(board->pins[1].chip_name, "my__odd__chip_1__2_1");
}
END_TEST

START_TEST(test_generic_limits)
{
    for (unsigned i = 0; i < 10; i++)
        add_chip(i, "c", 40);
    ck_assert_int_eq(generic(), 0);
    ck_assert_uint_eq(board->n_pins, HAL_MAX_PINS);
    ck_assert_uint_eq(board->n_gpiochips, 7); /* 6 * 40 + 16 */
    ck_assert_uint_eq(board->gpiochips[6].lines, 16);
    fake_gpiod_reset();
    board_file_free(board);
    board = NULL;
    setup();
    for (unsigned i = 0; i < 10; i++)
        add_chip(i, "c", 2);
    ck_assert_int_eq(generic(), 0);
    ck_assert_uint_eq(board->n_gpiochips, HAL_MAX_GPIO_CHIPS);
}
END_TEST

START_TEST(test_generic_none)
{
    char why[100] = "x";
    ck_assert_int_eq(linux_detect_generic(&board, why, sizeof(why)), -ENODEV);
    ck_assert_ptr_null(board);
    ck_assert_str_eq(why, "");
    touch("gpiochip0"); /* a node the kernel does not answer for */
    ck_assert_int_eq(linux_detect_generic(&board, why, sizeof(why)), -ENODEV);
}
END_TEST

START_TEST(test_generic_denied)
{
    char why[400];
    add_chip(0, "a", 4)->open_errno = EACCES;
    add_chip(1, "b", 4)->open_errno = EACCES;
    ck_assert_int_eq(linux_detect_generic(&board, why, sizeof(why)), -EACCES);
    ck_assert_ptr_null(board);
    ck_assert_msg(strstr(why, "permission denied on ") && strstr(why, "/dev/gpiochip0") && strstr(why, "group gpio"),
                  "%s", why);
    /* the hint went into why, not to the next error */
    hal_hint_t h = {EACCES, why, sizeof(why)};
    ck_assert_int_eq(linux_hint_take(&h), -HAL_ENOENT);
}
END_TEST

START_TEST(test_generic_some_denied)
{
    add_chip(0, "a", 4)->open_errno = EPERM;
    add_chip(1, "b", 3);
    ck_assert_int_eq(generic(), 0);
    ck_assert_uint_eq(board->n_gpiochips, 1);
    ck_assert_str_eq(board->gpiochips[0].label, "b");
}
END_TEST

START_TEST(test_generic_board_opens)
{
    add_chip(0, "a", 2);
    fake_chip_t *b = add_chip(7, "b", 3);
    static const char *const names[] = {"", "LED"};
    name_lines(b, names, 2);
    ck_assert_int_eq(generic(), 0);
    hal_options_t options = {0};
    hal_system_t sys = {.board = board, .options = &options};
    hal_gpio_dev_t dev = {0};
    int pin = board_file_find_pin(board, "LED");
    ck_assert_int_eq(pin, 3);
    ck_assert_int_eq(linux_gpio_open(&sys, board->pins[pin].chip, &dev), 0);
    hal_gpio_config_t cfg = {.direction = HAL_GPIO_OUTPUT, .value = 1};
    ck_assert_int_eq(dev.ops->claim(&dev, board->pins[pin].line, &cfg), 0);
    ck_assert(b->lines[1].requested);
    ck_assert_int_eq(b->lines[1].level, 1);
    linux_gpio_close(&dev);
    ck_assert(!b->lines[1].requested);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("linux_detect");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_chips_listed_in_number_order);
    tcase_add_test(tc, test_generic_names);
    tcase_add_test(tc, test_generic_clashing_labels);
    tcase_add_test(tc, test_generic_odd_label_kept);
    tcase_add_test(tc, test_generic_limits);
    tcase_add_test(tc, test_generic_none);
    tcase_add_test(tc, test_generic_denied);
    tcase_add_test(tc, test_generic_some_denied);
    tcase_add_test(tc, test_generic_board_opens);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    char tmpl[] = "/tmp/test_linux_detect.XXXXXX", path[300];
    if (!mkdtemp(tmpl))
        return 1;
    snprintf(root, sizeof(root), "%s", tmpl);
    snprintf(path, sizeof(path), "%s/dev", root);
    if (mkdir(path, 0755) != 0)
        return 1;
    setenv("CIRCUITPY_SYSROOT", root, 1);
    SRunner *sr = srunner_create(suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    char cmd[400];
    snprintf(cmd, sizeof(cmd), "rm -rf %s", root);
    if (system(cmd) != 0)
        failed++;
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
