/*
 * Check tests for modules/debounce.c: CircuitPython keypad's
 * debounce_threshold semantics.
 * Build: gcc -std=c11 -I modules tests/unit/test_debounce.c modules/debounce.c
 *        $(pkg-config --cflags --libs check)
 */
#include <check.h>
#include <stdlib.h>

#include "debounce.h"

START_TEST(test_threshold_one)
{
    int8_t c;
    debounce_release_all(&c, 1, 1);
    ck_assert(!debounce_update(&c, 1, false));
    ck_assert(debounce_update(&c, 1, true)); /* pressed at once */
    ck_assert(!debounce_update(&c, 1, true));
    ck_assert(debounce_update(&c, 1, false));
    ck_assert(!debounce_update(&c, 1, false));
}
END_TEST

START_TEST(test_new_scanner_is_silent)
{
    /* a key held when the scanner starts gives no press; its release does */
    int8_t c[2];
    debounce_init(c, 2);
    ck_assert(!debounce_update(&c[0], 1, true));
    ck_assert(!debounce_update(&c[1], 1, false));
    ck_assert(debounce_update(&c[0], 1, false));
    ck_assert(debounce_update(&c[1], 1, true));
}
END_TEST

START_TEST(test_reset_reports_held_keys)
{
    int8_t c;
    debounce_init(&c, 1);
    debounce_update(&c, 3, true);
    debounce_release_all(&c, 1, 3);
    ck_assert(!debounce_update(&c, 3, true));
    ck_assert(!debounce_update(&c, 3, true));
    ck_assert(debounce_update(&c, 3, true));
}
END_TEST

START_TEST(test_threshold_three)
{
    int8_t c;
    debounce_release_all(&c, 1, 3);
    /* bouncing: up, down, up, up, up -> the press comes when the
       pressed readings outnumber the released ones by 3 */
    ck_assert(!debounce_update(&c, 3, true));  /* -2 */
    ck_assert(!debounce_update(&c, 3, false)); /* -3 */
    ck_assert(!debounce_update(&c, 3, true));  /* -2 */
    ck_assert(!debounce_update(&c, 3, true));  /* -1 */
    ck_assert(debounce_update(&c, 3, true));   /* 0 -> +3 */
    ck_assert_int_eq(c, 3);
    ck_assert(!debounce_update(&c, 3, true));
    ck_assert_int_eq(c, 3);
    ck_assert(!debounce_update(&c, 3, false));
    ck_assert(!debounce_update(&c, 3, false));
    ck_assert(debounce_update(&c, 3, false));
    ck_assert_int_eq(c, -3);
}
END_TEST

START_TEST(test_max_threshold)
{
    int8_t c;
    debounce_release_all(&c, 1, DEBOUNCE_MAX);
    ck_assert_int_eq(c, -127);
    int events = 0;
    for (int i = 0; i < 300; i++)
        events += debounce_update(&c, DEBOUNCE_MAX, true);
    ck_assert_int_eq(events, 1);
    ck_assert_int_eq(c, 127);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("debounce");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_threshold_one);
    tcase_add_test(tc, test_new_scanner_is_silent);
    tcase_add_test(tc, test_reset_reports_held_keys);
    tcase_add_test(tc, test_threshold_three);
    tcase_add_test(tc, test_max_threshold);
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
