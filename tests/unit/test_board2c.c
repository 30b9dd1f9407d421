/*
 * Check tests for tools/board2c.c: the const tables it generates equal, field
 * by field, what board_file_load() makes of the same board file.
 * The generated sources come from make (tests/unit/unit.am); by hand:
 *   tools/board2c boards.d/sim.board > board2c_sim.c   (and likewise for
 *   raspberry_pi_4b and tests/unit/b2c_quotes.board), then
 *   gcc -std=gnu11 -I backends -I src tests/unit/test_board2c.c board2c_*.c
 *       backends/board_file.c -DBOARDS_DIR='"boards.d"'
 *       -DQUOTES_BOARD='"tests/unit/b2c_quotes.board"' $(pkg-config --cflags --libs check)
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "board_file.h"

#ifndef BOARDS_DIR
#define BOARDS_DIR "boards.d"
#endif
#ifndef QUOTES_BOARD
#define QUOTES_BOARD "tests/unit/b2c_quotes.board"
#endif

extern const hal_board_t sim_board;
extern const hal_board_t raspberry_pi_4b_board;
extern const hal_board_t b2c_quotes_board;

/* Strings equal, NULL only where the other is NULL. */
static void str_eq(const char *gen, const char *ref, const char *what, size_t i)
{
    if (!ref) {
        ck_assert_msg(gen == NULL, "%s[%zu]: \"%s\", expected NULL", what, i, gen);
        return;
    }
    ck_assert_msg(gen != NULL, "%s[%zu]: NULL, expected \"%s\"", what, i, ref);
    ck_assert_msg(strcmp(gen, ref) == 0, "%s[%zu]: \"%s\", expected \"%s\"", what, i, gen, ref);
}

static void check_lists(const hal_board_t *g, const hal_board_t *r)
{
    ck_assert_uint_eq(g->n_blinka_ids, r->n_blinka_ids);
    for (size_t i = 0; i < r->n_blinka_ids; i++)
        str_eq(g->blinka_ids[i], r->blinka_ids[i], "blinka_ids", i);
    ck_assert_uint_eq(g->n_detect, r->n_detect);
    for (size_t i = 0; i < r->n_detect; i++) {
        ck_assert_uint_eq(g->detect[i].kind, r->detect[i].kind);
        str_eq(g->detect[i].value, r->detect[i].value, "detect", i);
    }
    ck_assert_uint_eq(g->n_gpiochips, r->n_gpiochips);
    for (size_t i = 0; i < r->n_gpiochips; i++) {
        str_eq(g->gpiochips[i].label, r->gpiochips[i].label, "gpiochips.label", i);
        str_eq(g->gpiochips[i].path, r->gpiochips[i].path, "gpiochips.path", i);
        ck_assert_uint_eq(g->gpiochips[i].lines, r->gpiochips[i].lines);
    }
    ck_assert_uint_eq(g->n_pins, r->n_pins);
    for (size_t i = 0; i < r->n_pins; i++) {
        str_eq(g->pins[i].chip_name, r->pins[i].chip_name, "pins", i);
        ck_assert_uint_eq(g->pins[i].chip, r->pins[i].chip);
        ck_assert_uint_eq(g->pins[i].line, r->pins[i].line);
    }
    ck_assert_uint_eq(g->n_names, r->n_names);
    for (size_t i = 0; i < r->n_names; i++) {
        str_eq(g->names[i].name, r->names[i].name, "names", i);
        ck_assert_uint_eq(g->names[i].pin, r->names[i].pin);
    }
}

static void check_devices(const hal_board_t *g, const hal_board_t *r)
{
    ck_assert_uint_eq(g->n_buses, r->n_buses);
    for (size_t i = 0; i < r->n_buses; i++) {
        const hal_board_bus_t *gb = &g->buses[i], *rb = &r->buses[i];
        ck_assert_uint_eq(gb->kind, rb->kind);
        ck_assert_int_eq(gb->is_default, rb->is_default);
        str_eq(gb->name, rb->name, "buses.name", i);
        str_eq(gb->dev, rb->dev, "buses.dev", i);
        for (int k = 0; k < HAL_BUS_MAX_PINS; k++)
            ck_assert_int_eq(gb->pins[k], rb->pins[k]);
    }
    ck_assert_uint_eq(g->n_channels, r->n_channels);
    for (size_t i = 0; i < r->n_channels; i++) {
        const hal_board_channel_t *gc = &g->channels[i], *rc = &r->channels[i];
        ck_assert_uint_eq(gc->kind, rc->kind);
        ck_assert_uint_eq(gc->bits, rc->bits);
        ck_assert_int_eq(gc->pin, rc->pin);
        str_eq(gc->dev, rc->dev, "channels.dev", i);
        ck_assert_uint_eq(gc->channel, rc->channel);
        ck_assert_uint_eq(gc->vref_uv, rc->vref_uv);
        ck_assert_uint_eq(gc->group, rc->group);
    }
    ck_assert_uint_eq(g->n_simdevs, r->n_simdevs);
    for (size_t i = 0; i < r->n_simdevs; i++) {
        str_eq(g->simdevs[i].kind, r->simdevs[i].kind, "simdevs.kind", i);
        ck_assert_uint_eq(g->simdevs[i].n_args, r->simdevs[i].n_args);
        for (size_t k = 0; k < r->simdevs[i].n_args; k++)
            str_eq(g->simdevs[i].args[k], r->simdevs[i].args[k], "simdevs.args", k);
    }
}

static void check_board(const hal_board_t *g, const char *path)
{
    hal_board_t *r;
    char err[600];
    ck_assert_msg(board_file_load(path, &r, err, sizeof(err)) == 0, "%s", err);
    str_eq(g->id, r->id, "id", 0);
    str_eq(g->name, r->name, "name", 0);
    str_eq(g->backend, r->backend, "backend", 0);
    ck_assert_ptr_null(g->path); /* firmware tables name no file */
    ck_assert_uint_eq(g->nvm_size, r->nvm_size);
    check_lists(g, r);
    check_devices(g, r);
    board_file_free(r);
}

START_TEST(test_sim)
{
    check_board(&sim_board, BOARDS_DIR "/sim.board");
    /* The generated sim board has something in every list but detect and
     * blinka, so the comparison above is not vacuous. */
    ck_assert(sim_board.n_pins && sim_board.n_names && sim_board.n_buses && sim_board.n_channels &&
              sim_board.n_simdevs);
}
END_TEST

START_TEST(test_raspberry_pi_4b)
{
    check_board(&raspberry_pi_4b_board, BOARDS_DIR "/raspberry_pi_4b.board");
    ck_assert(raspberry_pi_4b_board.n_detect && raspberry_pi_4b_board.n_blinka_ids);
}
END_TEST

/* Quotes, backslashes and would-be trigraphs survive as C literals. */
START_TEST(test_escapes)
{
    check_board(&b2c_quotes_board, QUOTES_BOARD);
    ck_assert_str_eq(b2c_quotes_board.name, "Quote \" back\\slash ?" "?= ?" "?/ end tab");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("board2c");
    TCase *tc = tcase_create("tables");
    tcase_add_test(tc, test_sim);
    tcase_add_test(tc, test_raspberry_pi_4b);
    tcase_add_test(tc, test_escapes);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
