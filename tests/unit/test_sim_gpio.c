/*
 * Check tests for the sim backend (backends/sim/sim.c, sim_gpio.c) through
 * the dispatchers of backends/hal.h, which they also test (active-low,
 * edge swapping, config validation).
 * Build: gcc -std=gnu11 -I backends tests/unit/test_sim_gpio.c backends/sim/sim.c
 *        backends/sim/sim_gpio.c backends/nvm_file.c backends/board_file.c
 *        $(pkg-config --cflags --libs check)
 */
#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "board_file.h"
#include "sim/sim.h"

static const char board_text[] = "board t\nname T\nbackend sim\nnvm 16\n"
                                  "gpiochip 0 label=sim lines=4\n"
                                  "pin G0 0:0 D0\npin G1 0:1 D1\npin G2 0:2 LED\npin G3 0:3 BUTTON\n"
                                  "sim led LED\nsim button BUTTON\n";

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

static int outside(uint32_t line, int level)
{
    hal_sim_level_t lv = {line, level};
    return hal_gpio_control(dev, HAL_CTL_SIM_SET_INPUT, &lv);
}

static int driven(uint32_t line)
{
    hal_sim_level_t lv = {line, 99};
    ck_assert_int_eq(hal_gpio_control(dev, HAL_CTL_SIM_GET_OUTPUT, &lv), 0);
    return lv.level;
}

/* Levels recorded for line, as a string of '0', '1', 'Z'. */
static const char *history(uint32_t line)
{
    static char buf[64];
    size_t n = 0;
    hal_sim_history_t h = {.line = line};
    for (h.index = 0; n < sizeof(buf) - 1; h.index++) {
        int rc = hal_gpio_control(dev, HAL_CTL_SIM_HISTORY, &h);
        if (rc == -ENOENT)
            break;
        ck_assert_int_eq(rc, 0);
        buf[n++] = h.level < 0 ? 'Z' : (char)('0' + h.level);
    }
    buf[n] = '\0';
    return buf;
}

static int read_line(hal_gpio_line_t *l)
{
    int v = -1;
    ck_assert_int_eq(hal_gpio_line_read(l, &v), 0);
    return v;
}

START_TEST(test_claim_release)
{
    hal_gpio_line_t a, b;
    hal_gpio_config_t in = {.direction = HAL_GPIO_INPUT};
    ck_assert_int_eq(hal_gpio_line_claim(&a, dev, 0, &in), 0);
    ck_assert_int_eq(hal_gpio_line_claim(&b, dev, 0, &in), -EBUSY);
    ck_assert(!b.claimed);
    ck_assert_int_eq(hal_gpio_line_claim(&b, dev, 4, &in), -EINVAL);
    hal_gpio_config_t bad = {.direction = 2};
    ck_assert_int_eq(hal_gpio_line_claim(&b, dev, 1, &bad), -HAL_EINVAL);
    ck_assert_int_eq(hal_gpio_line_write(&a, 1), -HAL_EINVAL); /* an input */
    ck_assert_int_eq(hal_gpio_line_release(&a), 0);
    ck_assert_int_eq(hal_gpio_line_release(&a), 0); /* no-op */
    ck_assert_int_eq(hal_gpio_line_claim(&b, dev, 0, &in), 0);
    hal_gpio_line_release(&b);
}
END_TEST

START_TEST(test_output_no_glitch)
{
    hal_gpio_line_t l;
    hal_gpio_config_t out = {.direction = HAL_GPIO_OUTPUT, .value = 1};
    ck_assert_int_eq(hal_gpio_line_claim(&l, dev, 1, &out), 0);
    ck_assert_int_eq(driven(1), 1);
    ck_assert_int_eq(hal_gpio_line_write(&l, 1), 0);
    ck_assert_int_eq(hal_gpio_line_write(&l, 0), 0);
    ck_assert_int_eq(read_line(&l), 0);
    hal_gpio_config_t in = {.direction = HAL_GPIO_INPUT, .pull = HAL_GPIO_PULL_UP};
    ck_assert_int_eq(hal_gpio_line_reconfigure(&l, &in), 0);
    ck_assert_int_eq(read_line(&l), 1);
    hal_gpio_line_release(&l);
    ck_assert_str_eq(history(1), "10Z");
    ck_assert_int_eq(hal_gpio_control(dev, HAL_CTL_SIM_RESET, NULL), 0);
    ck_assert_str_eq(history(1), "");
}
END_TEST

/* The history is a ring of 16384 records per controller: the oldest go,
 * counted against their line, and what is kept reads back in order. */
START_TEST(test_history_ring)
{
    enum { RING = 16384, EXTRA = 10 };
    hal_gpio_line_t a, b;
    hal_gpio_config_t out = {.direction = HAL_GPIO_OUTPUT, .value = 0};
    ck_assert_int_eq(hal_gpio_line_claim(&b, dev, 1, &out), 0); /* record 0: line 1 */
    ck_assert_int_eq(hal_gpio_line_claim(&a, dev, 0, &out), 0); /* record 1: line 0 */
    for (int i = 0; i < RING - 2 + EXTRA; i++)
        ck_assert_int_eq(hal_gpio_line_write(&a, (i & 1) == 0), 0);
    hal_sim_history_t h = {.line = 1, .index = 0};
    ck_assert_int_eq(hal_gpio_control(dev, HAL_CTL_SIM_HISTORY, &h), -ENOENT);
    ck_assert_uint_eq(h.dropped, 1);
    h = (hal_sim_history_t){.line = 0, .index = RING - 1};
    ck_assert_int_eq(hal_gpio_control(dev, HAL_CTL_SIM_HISTORY, &h), 0);
    ck_assert_uint_eq(h.dropped, EXTRA - 1);
    ck_assert_int_eq(h.level, 0); /* the newest: the last write was 0 */
    h.index = RING;
    ck_assert_int_eq(hal_gpio_control(dev, HAL_CTL_SIM_HISTORY, &h), -ENOENT);
    h.line = 99;
    ck_assert_int_eq(hal_gpio_control(dev, HAL_CTL_SIM_HISTORY, &h), -EINVAL);
    ck_assert_int_eq(hal_gpio_control(dev, HAL_CTL_SIM_RESET, NULL), 0);
    h = (hal_sim_history_t){.line = 0, .index = 0, .dropped = 7};
    ck_assert_int_eq(hal_gpio_control(dev, HAL_CTL_SIM_HISTORY, &h), -ENOENT);
    ck_assert_uint_eq(h.dropped, 0);
    hal_gpio_line_release(&a);
    hal_gpio_line_release(&b);
}
END_TEST

START_TEST(test_active_low)
{
    hal_gpio_line_t l;
    hal_gpio_config_t out = {.direction = HAL_GPIO_OUTPUT, .value = 1, .active_low = 1};
    ck_assert_int_eq(hal_gpio_line_claim(&l, dev, 2, &out), 0);
    ck_assert_int_eq(driven(2), 0); /* logical 1 is physical 0 */
    ck_assert_int_eq(read_line(&l), 1);
    ck_assert_int_eq(hal_gpio_line_write(&l, 0), 0);
    ck_assert_int_eq(driven(2), 1);
    ck_assert_int_eq(l.cfg.value, 0);
    ck_assert_str_eq(history(2), "01");
    hal_gpio_line_release(&l);
}
END_TEST

START_TEST(test_levels)
{
    hal_gpio_line_t l, btn;
    hal_gpio_config_t in = {.direction = HAL_GPIO_INPUT};
    ck_assert_int_eq(hal_gpio_line_claim(&l, dev, 0, &in), 0);
    ck_assert_int_eq(read_line(&l), 0); /* floating */
    ck_assert_int_eq(outside(0, 1), 0);
    ck_assert_int_eq(read_line(&l), 1);
    ck_assert_int_eq(outside(0, -1), 0);
    hal_gpio_config_t down = {.direction = HAL_GPIO_INPUT, .pull = HAL_GPIO_PULL_DOWN};
    ck_assert_int_eq(hal_gpio_line_reconfigure(&l, &down), 0);
    ck_assert_int_eq(read_line(&l), 0);
    /* open drain: 1 releases the line, 0 drives it */
    hal_gpio_config_t od = {.direction = HAL_GPIO_OUTPUT, .drive = HAL_GPIO_OPEN_DRAIN, .value = 1};
    ck_assert_int_eq(hal_gpio_line_reconfigure(&l, &od), 0);
    ck_assert_int_eq(driven(0), -1);
    ck_assert_int_eq(outside(0, 1), 0);
    ck_assert_int_eq(read_line(&l), 1);
    ck_assert_int_eq(hal_gpio_line_write(&l, 0), 0);
    ck_assert_int_eq(driven(0), 0);
    ck_assert_int_eq(read_line(&l), 0);
    hal_gpio_line_release(&l);
    /* the button's pull-up */
    ck_assert_int_eq(hal_gpio_line_claim(&btn, dev, 3, &in), 0);
    ck_assert_int_eq(read_line(&btn), 1);
    ck_assert_int_eq(outside(3, 0), 0);
    ck_assert_int_eq(read_line(&btn), 0);
    ck_assert_int_eq(outside(3, 2), -EINVAL);
    hal_gpio_line_release(&btn);
}
END_TEST

START_TEST(test_events)
{
    hal_gpio_line_t l;
    hal_gpio_event_t ev[4];
    size_t n;
    hal_gpio_config_t in = {.direction = HAL_GPIO_INPUT, .edge = HAL_GPIO_EDGE_BOTH};
    ck_assert_int_eq(hal_gpio_line_claim(&l, dev, 0, &in), 0);
    ck_assert_int_eq(hal_gpio_line_events(&l, ev, 4, &n), 0);
    ck_assert_uint_eq(n, 0);
    uint64_t t0 = sim_now_ns();
    outside(0, 1);
    outside(0, 0);
    outside(0, 0); /* no change, no event */
    ck_assert_int_eq(hal_gpio_line_events(&l, ev, 4, &n), 0);
    ck_assert_uint_eq(n, 2);
    ck_assert_int_eq(ev[0].edge, HAL_GPIO_EDGE_RISING);
    ck_assert_int_eq(ev[1].edge, HAL_GPIO_EDGE_FALLING);
    ck_assert(ev[0].timestamp_ns >= t0 && ev[1].timestamp_ns >= ev[0].timestamp_ns);
    /* active-low: the dispatcher swaps edges both ways */
    hal_gpio_config_t low = {.direction = HAL_GPIO_INPUT, .edge = HAL_GPIO_EDGE_RISING, .active_low = 1};
    ck_assert_int_eq(hal_gpio_line_reconfigure(&l, &low), 0);
    outside(0, 1); /* physical rise = logical fall: not asked for */
    outside(0, 0); /* physical fall = logical rise */
    ck_assert_int_eq(hal_gpio_line_events(&l, ev, 4, &n), 0);
    ck_assert_uint_eq(n, 1);
    ck_assert_int_eq(ev[0].edge, HAL_GPIO_EDGE_RISING);
    /* overflow is reported once */
    for (int i = 0; i < 200; i++)
        outside(0, i & 1);
    ck_assert_int_eq(hal_gpio_line_events(&l, ev, 4, &n), -EOVERFLOW);
    ck_assert_uint_eq(n, 4);
    hal_gpio_line_release(&l);
}
END_TEST

START_TEST(test_sys)
{
    uint32_t hz;
    int32_t t;
    uint8_t buf[16];
    size_t len = sizeof(buf);
    ck_assert_int_eq(HAL_SYS_CALL(&sys.sys, cpu_frequency, &hz), 0);
    ck_assert_uint_gt(hz, 0);
    ck_assert_int_eq(HAL_SYS_CALL(&sys.sys, cpu_temperature, &t), 0);
    ck_assert_int_eq(HAL_SYS_CALL(&sys.sys, cpu_uid, buf, &len), 0);
    ck_assert_uint_eq(len, 8);
    /* NVM in memory (no file named) */
    ck_assert_int_eq(HAL_SYS_CALL(&sys.sys, nvm_read, 0, buf, 16), 0);
    ck_assert_uint_eq(buf[15], 0xff);
    ck_assert_int_eq(HAL_SYS_CALL(&sys.sys, nvm_write, 14, (const uint8_t *)"ab", 2), 0);
    ck_assert_int_eq(HAL_SYS_CALL(&sys.sys, nvm_read, 14, buf, 2), 0);
    ck_assert_int_eq(memcmp(buf, "ab", 2), 0);
    ck_assert_int_eq(HAL_SYS_CALL(&sys.sys, nvm_read, 15, buf, 2), -EINVAL);
    ck_assert_int_eq(hal_gpio_control(dev, 12345, NULL), -HAL_ENOTSUP);
}
END_TEST

START_TEST(test_nvm_file)
{
    char dir[] = "/tmp/test_sim_nvmXXXXXX", path[128];
    uint8_t buf[4];
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(path, sizeof(path), "%s/sub/nvm.bin", dir);
    sim_backend.close(&sys);
    options.nvm_path = path;
    ck_assert_int_eq(sim_backend.open(&sys), 0);
    ck_assert_int_eq(HAL_SYS_CALL(&sys.sys, nvm_read, 0, buf, 4), 0); /* no file yet */
    ck_assert_uint_eq(buf[0], 0xff);
    ck_assert_int_eq(HAL_SYS_CALL(&sys.sys, nvm_write, 2, (const uint8_t *)"xy", 2), 0);
    ck_assert_int_eq(HAL_SYS_CALL(&sys.sys, nvm_read, 0, buf, 4), 0);
    ck_assert_int_eq(memcmp(buf, "\xff\xffxy", 4), 0);
    FILE *f = fopen(path, "rb");
    ck_assert_ptr_nonnull(f);
    fseek(f, 0, SEEK_END);
    ck_assert_int_eq(ftell(f), 16); /* padded to the NVM size */
    fclose(f);
    unlink(path);
    snprintf(path, sizeof(path), "%s/sub", dir);
    rmdir(path);
    rmdir(dir);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("sim_gpio");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_claim_release);
    tcase_add_test(tc, test_output_no_glitch);
    tcase_add_test(tc, test_history_ring);
    tcase_add_test(tc, test_active_low);
    tcase_add_test(tc, test_levels);
    tcase_add_test(tc, test_events);
    tcase_add_test(tc, test_sys);
    tcase_add_test(tc, test_nvm_file);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
