/*
 * Shared by the sim bus/device Check tests (test_sim_i2c.c,
 * test_sim_devices.c, ...): a simulated board with every bus device, opened
 * through the sim backend's table, and small helpers over the HAL
 * dispatchers. Header-only (static functions) so each test stays one
 * program.
 */
#ifndef CP_TEST_SIM_FIXTURE_H
#define CP_TEST_SIM_FIXTURE_H

#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "board_file.h"
#include "sim/sim.h"

/* Pins: 0 SDA, 1 SCL, 2 SCK, 3 MOSI, 4 MISO, 5 CE0, 6 CE1, 7 TX, 8 RX,
 * 9 D9, 10 D10. */
static const char fixture_board[] =
    "board t\nname T\nbackend sim\n"
    "gpiochip 0 label=sim lines=11\n"
    "pin G0 0:0 SDA\npin G1 0:1 SCL\npin G2 0:2 SCK\npin G3 0:3 MOSI\npin G4 0:4 MISO\n"
    "pin G5 0:5 CE0\npin G6 0:6 CE1\npin G7 0:7 TX\npin G8 0:8 RX\npin G9 0:9 D9\npin G10 0:10 D10\n"
    "i2c i2c1 scl=SCL sda=SDA default\n"
    "spi spi0 sck=SCK mosi=MOSI miso=MISO cs=CE0 default\n"
    "uart uart0 tx=TX rx=RX default\n"
    "sim 24c02 i2c1\n"
    "sim mcp9808 i2c1 0x18\n"
    "sim bme280 i2c1\n"
    "sim ssd1306 i2c1 0x3c\n"
    "sim mcp3008 spi0 CE0\n";

enum { PIN_SDA, PIN_SCL, PIN_SCK, PIN_MOSI, PIN_MISO, PIN_CE0, PIN_CE1, PIN_TX, PIN_RX, PIN_D9, PIN_D10 };

static hal_board_t *fx_board;
static hal_options_t fx_options;
static hal_system_t fx_sys;
static hal_i2c_dev_t fx_i2c;
static hal_spi_dev_t fx_spi;
static hal_uart_dev_t fx_uart;
static char fx_log[4096];

static inline void fx_log_line(void *ctx, const char *line)
{
    (void)ctx;
    strncat(fx_log, line, sizeof(fx_log) - strlen(fx_log) - 2);
    strcat(fx_log, "\n");
}

static inline void fx_open_text(const char *text, const char *trace_path)
{
    char err[256];
    ck_assert_msg(board_file_parse(text, "t.board", NULL, &fx_board, err, sizeof(err)) == 0, "%s", err);
    memset(&fx_sys, 0, sizeof(fx_sys));
    fx_log[0] = 0;
    fx_options = (hal_options_t){.trace_path = trace_path, .log = fx_log_line};
    fx_sys.board = fx_board;
    fx_sys.backend = &sim_backend;
    fx_sys.options = &fx_options;
    ck_assert_int_eq(sim_backend.open(&fx_sys), 0);
    ck_assert_int_eq(sim_backend.i2c_open(&fx_sys, &fx_board->buses[0], &fx_i2c), 0);
    ck_assert_int_eq(sim_backend.spi_open(&fx_sys, &fx_board->buses[1], &fx_spi), 0);
    ck_assert_int_eq(sim_backend.uart_open(&fx_sys, &fx_board->buses[2], &fx_uart), 0);
}

static inline void fx_setup(void)
{
    fx_open_text(fixture_board, NULL);
}

static inline void fx_teardown(void)
{
    fx_i2c.ops->close(&fx_i2c);
    fx_spi.ops->close(&fx_spi);
    fx_uart.ops->close(&fx_uart);
    sim_backend.close(&fx_sys);
    board_file_free(fx_board);
}

static inline int fx_ctl(int op, void *arg)
{
    return fx_sys.backend->control(&fx_sys, op, arg);
}

/* I2C helpers over the dispatcher. */
static inline int fx_write(uint16_t addr, const uint8_t *buf, size_t len)
{
    hal_i2c_msg_t m = {addr, 0, (uint8_t *)buf, len};
    return hal_i2c_transfer(&fx_i2c, &m, 1);
}

static inline int fx_read(uint16_t addr, uint8_t *buf, size_t len)
{
    hal_i2c_msg_t m = {addr, HAL_I2C_READ, buf, len};
    return hal_i2c_transfer(&fx_i2c, &m, 1);
}

/* writeto_then_readfrom: write, repeated START, read. */
static inline int fx_write_read(uint16_t addr, const uint8_t *out, size_t n_out, uint8_t *in, size_t n_in)
{
    hal_i2c_msg_t m[2] = {{addr, HAL_I2C_NOSTOP, (uint8_t *)out, n_out}, {addr, HAL_I2C_READ, in, n_in}};
    return hal_i2c_transfer(&fx_i2c, m, 2);
}

static inline uint8_t fx_reg8(uint16_t addr, uint8_t reg)
{
    uint8_t v = 0;
    ck_assert_int_eq(fx_write_read(addr, &reg, 1, &v, 1), 0);
    return v;
}

static inline uint16_t fx_reg16(uint16_t addr, uint8_t reg)
{
    uint8_t v[2] = {0};
    ck_assert_int_eq(fx_write_read(addr, &reg, 1, v, 2), 0);
    return (uint16_t)(v[0] << 8 | v[1]);
}

static inline int fx_set_value(const char *kind, const char *name, double v)
{
    hal_sim_value_t x = {{kind, NULL, -1, -1}, name, v};
    return fx_ctl(HAL_CTL_SIM_SET_VALUE, &x);
}

static inline double fx_get_value(const char *kind, const char *name)
{
    hal_sim_value_t x = {{kind, NULL, -1, -1}, name, -999};
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_GET_VALUE, &x), 0);
    return x.value;
}

/* Drive a board pin as a GPIO output (claims its line). */
static inline void fx_gpio_out(int pin, int level, bool claim)
{
    const hal_gpio_dev_t *g = &fx_sys.gpio[0];
    if (claim) {
        hal_gpio_config_t c = {.direction = HAL_GPIO_OUTPUT, .value = (uint8_t)level};
        ck_assert_int_eq(g->ops->claim(g, (uint32_t)pin, &c), 0);
    } else {
        ck_assert_int_eq(g->ops->write(g, (uint32_t)pin, level), 0);
    }
}

static inline int fx_run(Suite *s)
{
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

#endif
