/*
 * Shared by the ftdi backend's Check tests (test_ftdi*.c): a board from
 * boards.d (ft232h, ft2232h) opened through the ftdi backend's table over
 * the fake libftdi (fake_ftdi.h), with one adapter plugged in.
 * Header-only (static functions), so each test stays one program.
 */
#ifndef CP_TEST_FTDI_FIXTURE_H
#define CP_TEST_FTDI_FIXTURE_H

#include <check.h>
#include <errno.h>
#include <ftdi.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "board_file.h"
#include "fake_ftdi.h"
#include "fake_wire.h"
#include "ftdi/ftdi.h"

#ifndef BOARDS_DIR
#error "BOARDS_DIR must name boards.d"
#endif

static hal_board_t *fx_board;
static hal_system_t fx_sys;
static hal_options_t fx_opt;
static char fx_logtext[8192];
static fake_ftdi_dev_t *fx_dev;
static fake_mpsse_t *fx_e;   /* interface A */
static char fx_hint_buf[FTDI_HINT_MAX];

static inline void fx_log_line(void *ctx, const char *line)
{
    (void)ctx;
    strncat(fx_logtext, line, sizeof(fx_logtext) - strlen(fx_logtext) - 2);
    strcat(fx_logtext, "\n");
}

static inline void fx_load(const char *id)
{
    char path[512], err[256];
    snprintf(path, sizeof(path), "%s/%s.board", BOARDS_DIR, id);
    ck_assert_msg(board_file_load(path, &fx_board, err, sizeof(err)) == 0, "%s", err);
}

/* Open the board's system; returns the backend's open() result. */
static inline int fx_open(void)
{
    memset(&fx_sys, 0, sizeof(fx_sys));
    fx_logtext[0] = '\0';
    fx_opt = (hal_options_t){.verbose = true, .log = fx_log_line};
    fx_sys.board = fx_board;
    fx_sys.backend = &ftdi_backend;
    fx_sys.options = &fx_opt;
    return ftdi_backend.open(&fx_sys);
}

/* The ft232h board with an FT232H plugged in (adapter set up first by
 * `plug`, when given, before the backend opens). */
static inline void fx_start(const char *board, int type, void (*plug)(void))
{
    fake_ftdi_reset();
    fx_dev = fake_ftdi_add(type, "FT0001");
    fx_e = fake_ftdi_mpsse(fx_dev, 1);
    if (plug)
        plug();
    fx_load(board);
    ck_assert_int_eq(fx_open(), 0);
}

static inline void fx_setup(void)
{
    fx_start("ft232h", TYPE_232H, NULL);
}

static inline void fx_teardown(void)
{
    ftdi_backend.close(&fx_sys);
    board_file_free(fx_board);
    fx_board = NULL;
    ck_assert_uint_eq(fake_ftdi_live_contexts(), 0);
    fake_ftdi_reset();
}

/* The hint the backend left for err, or "" (taking it). */
static inline const char *fx_hint(int err)
{
    hal_hint_t h = {err < 0 ? -err : err, fx_hint_buf, sizeof(fx_hint_buf)};
    fx_hint_buf[0] = '\0';
    if (ftdi_backend.control(&fx_sys, HAL_CTL_HINT, &h) != 0)
        fx_hint_buf[0] = '\0';
    return fx_hint_buf;
}

static inline int fx_pin(const char *name)
{
    int i = board_file_find_pin(fx_board, name);
    ck_assert_msg(i >= 0, "no pin %s", name);
    return i;
}

/* Claim board pin `name` with cfg into *l. */
static inline int fx_claim(hal_gpio_line_t *l, const char *name, const hal_gpio_config_t *cfg)
{
    const hal_board_pin_t *p = &fx_board->pins[fx_pin(name)];
    return hal_gpio_line_claim(l, &fx_sys.gpio[p->chip], p->line, cfg);
}

static inline int fx_output(hal_gpio_line_t *l, const char *name, int value)
{
    hal_gpio_config_t cfg = {.direction = HAL_GPIO_OUTPUT, .value = (uint8_t)value};
    return fx_claim(l, name, &cfg);
}

static inline int fx_input(hal_gpio_line_t *l, const char *name)
{
    hal_gpio_config_t cfg = {.direction = HAL_GPIO_INPUT};
    return fx_claim(l, name, &cfg);
}

/* The board bus called name. */
static inline const hal_board_bus_t *fx_bus(const char *name)
{
    for (size_t i = 0; i < fx_board->n_buses; i++)
        if (strcmp(fx_board->buses[i].name, name) == 0)
            return &fx_board->buses[i];
    ck_abort_msg("no bus %s", name);
    return NULL;
}

static inline int fx_run_suite(Suite *s)
{
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

#endif
