/*
 * Check tests for modules/quadrature.c: direction, detents, divisors,
 * bounce and skipped states.
 * Build: gcc -std=c11 -I modules tests/unit/test_quadrature.c modules/quadrature.c
 *        $(pkg-config --cflags --libs check)
 */
#include <check.h>
#include <stdlib.h>

#include "quadrature.h"

/* Counting-up cycle from rest at 11: A falls, B falls, A rises, B rises. */
static const int up_a[4] = {0, 0, 1, 1};
static const int up_b[4] = {1, 0, 0, 1};

static void turn_up(quadrature_t *q, int detents)
{
    for (int d = 0; d < detents; d++)
        for (int i = 0; i < 4; i++)
            quadrature_update(q, up_a[i], up_b[i]);
}

START_TEST(test_up_and_down)
{
    quadrature_t q;
    quadrature_init(&q, 1, 1, 4);
    ck_assert_int_eq(q.position, 0);
    ck_assert_int_eq(quadrature_update(&q, 0, 1), 1);
    ck_assert_int_eq(quadrature_update(&q, 0, 0), 1);
    ck_assert_int_eq(quadrature_update(&q, 1, 0), 1);
    ck_assert_int_eq(q.position, 0); /* not at the detent yet */
    ck_assert_int_eq(quadrature_update(&q, 1, 1), 1);
    ck_assert_int_eq(q.position, 1);
    /* and back: B falls first */
    ck_assert_int_eq(quadrature_update(&q, 1, 0), -1);
    ck_assert_int_eq(quadrature_update(&q, 0, 0), -1);
    ck_assert_int_eq(quadrature_update(&q, 0, 1), -1);
    ck_assert_int_eq(quadrature_update(&q, 1, 1), -1);
    ck_assert_int_eq(q.position, 0);
    ck_assert_int_eq(q.sub, 0);
}
END_TEST

START_TEST(test_many_turns)
{
    quadrature_t q;
    quadrature_init(&q, 1, 1, 4);
    turn_up(&q, 25);
    ck_assert_int_eq(q.position, 25);
    for (int i = 0; i < 30; i++) {
        quadrature_update(&q, 1, 0);
        quadrature_update(&q, 0, 0);
        quadrature_update(&q, 0, 1);
        quadrature_update(&q, 1, 1);
    }
    ck_assert_int_eq(q.position, -5);
}
END_TEST

START_TEST(test_bounce_at_rest)
{
    quadrature_t q;
    quadrature_init(&q, 1, 1, 4);
    for (int i = 0; i < 50; i++) {
        quadrature_edge(&q, 0, 0);
        quadrature_edge(&q, 0, 1);
        quadrature_edge(&q, 1, 0);
        quadrature_edge(&q, 1, 1);
    }
    ck_assert_int_eq(q.position, 0);
    ck_assert_int_eq(q.sub, 0);
}
END_TEST

START_TEST(test_bounce_while_turning)
{
    /* A chatters on its falling edge; the turn still counts once */
    quadrature_t q;
    quadrature_init(&q, 1, 1, 4);
    quadrature_edge(&q, 0, 0);
    quadrature_edge(&q, 0, 1);
    quadrature_edge(&q, 0, 0);
    quadrature_edge(&q, 0, 1);
    quadrature_edge(&q, 0, 0);
    quadrature_edge(&q, 1, 0);
    quadrature_edge(&q, 1, 1); /* B chatters too */
    quadrature_edge(&q, 1, 0);
    quadrature_edge(&q, 0, 1);
    quadrature_edge(&q, 1, 1);
    ck_assert_int_eq(q.position, 1);
    ck_assert_int_eq(q.sub, 0);
}
END_TEST

START_TEST(test_same_level_edges)
{
    /* a repeated level (an event lost in between) is no step */
    quadrature_t q;
    quadrature_init(&q, 1, 1, 4);
    ck_assert_int_eq(quadrature_edge(&q, 0, 1), 0);
    ck_assert_int_eq(quadrature_edge(&q, 1, 1), 0);
    ck_assert_int_eq(q.sub, 0);
}
END_TEST

START_TEST(test_skipped_state)
{
    quadrature_t q;
    quadrature_init(&q, 1, 1, 4);
    ck_assert_int_eq(quadrature_update(&q, 0, 0), 0); /* both changed */
    ck_assert_int_eq(q.state, 0);
    ck_assert_int_eq(quadrature_update(&q, 1, 0), 1); /* continues from 00 */
}
END_TEST

START_TEST(test_divisors)
{
    quadrature_t q;
    quadrature_init(&q, 1, 1, 1);
    quadrature_update(&q, 0, 1);
    quadrature_update(&q, 0, 0);
    ck_assert_int_eq(q.position, 2);
    quadrature_init(&q, 1, 1, 2);
    quadrature_update(&q, 0, 1);
    ck_assert_int_eq(q.position, 0);
    quadrature_update(&q, 0, 0);
    ck_assert_int_eq(q.position, 1);
    quadrature_update(&q, 0, 1);
    quadrature_update(&q, 1, 1);
    ck_assert_int_eq(q.position, 0);
    quadrature_init(&q, 1, 1, 0); /* taken as 1 */
    ck_assert_int_eq(q.divisor, 1);
    quadrature_init(&q, 1, 1, 4);
    quadrature_update(&q, 0, 1);
    quadrature_update(&q, 0, 0);
    quadrature_update(&q, 1, 0);
    quadrature_set_divisor(&q, 2); /* sub 3 no longer fits */
    ck_assert_int_eq(q.sub, 0);
    ck_assert_int_eq(q.position, 0);
    quadrature_set_divisor(&q, -3);
    ck_assert_int_eq(q.divisor, 1);
}
END_TEST

START_TEST(test_turn_up)
{
    quadrature_t q;
    quadrature_init(&q, 1, 1, 4);
    turn_up(&q, 3);
    ck_assert_int_eq(q.position, 3);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("quadrature");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_up_and_down);
    tcase_add_test(tc, test_many_turns);
    tcase_add_test(tc, test_bounce_at_rest);
    tcase_add_test(tc, test_bounce_while_turning);
    tcase_add_test(tc, test_same_level_edges);
    tcase_add_test(tc, test_skipped_state);
    tcase_add_test(tc, test_divisors);
    tcase_add_test(tc, test_turn_up);
    suite_add_tcase(s, tc);
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
