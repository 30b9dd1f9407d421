/* Unit tests for obj_range.c's C API: lengths near the machine word's
 * limits, the inline iterator step and reversed iteration. Links
 * libcpcore.a and the host port. */
#include "obj_range.h"

#include <check.h>
#include <stdlib.h>

#include "port.h"
#include "runtime.h"

static _Alignas(64) unsigned char heap[1u << 20];

static void setup(void)
{
    runtime_init(heap, sizeof heap);
}

static obj_t range3(intptr_t a, intptr_t b, intptr_t c)
{
    obj_t args[3] = {obj_new_int(a), obj_new_int(b), obj_new_int(c)};
    return type_range.make_new(&type_range, 3, 0, args);
}

START_TEST(test_lengths)
{
    ck_assert_uint_eq(range_length(range3(0, 10, 1)), 10);
    ck_assert_uint_eq(range_length(range3(0, 10, 3)), 4);
    ck_assert_uint_eq(range_length(range3(10, 0, -3)), 4);
    ck_assert_uint_eq(range_length(range3(5, 5, 1)), 0);
    ck_assert_uint_eq(range_length(range3(5, 1, 1)), 0);
    ck_assert_uint_eq(range_length(range3(INTPTR_MIN, INTPTR_MAX, 1)), UINTPTR_MAX);
    ck_assert_uint_eq(range_length(range3(INTPTR_MAX, INTPTR_MIN, INTPTR_MIN)), 2);
}
END_TEST

START_TEST(test_iter_step_and_reversed)
{
    obj_t r = range3(3, -9, -4);
    obj_range_iter_t *it = getiter(r, NULL);
    ck_assert(obj_is_type(it, &type_range_iter));
    intptr_t want[] = {3, -1, -5};
    for (size_t i = 0; i < 3; i++)
        ck_assert_int_eq(obj_small_int_value(range_iter_step(it)), want[i]);
    ck_assert(range_iter_step(it) == OBJ_STOP_ITERATION);
    obj_range_iter_t *rev = range_reversed(r);
    for (size_t i = 3; i-- > 0;)
        ck_assert_int_eq(obj_small_int_value(range_iter_step(rev)), want[i]);
    ck_assert(range_iter_step(rev) == OBJ_STOP_ITERATION);
}
END_TEST

START_TEST(test_iter_near_word_limits)
{
    obj_t r = range3(INTPTR_MAX - 2, INTPTR_MAX, 1);
    obj_t it = getiter(r, NULL);
    ck_assert(obj_equal(iternext(it), obj_new_int(INTPTR_MAX - 2)));
    ck_assert(obj_equal(iternext(it), obj_new_int(INTPTR_MAX - 1)));
    ck_assert(iternext(it) == OBJ_STOP_ITERATION);
    obj_t rev = range_reversed(range3(INTPTR_MIN, INTPTR_MIN + 2, 1));
    ck_assert(obj_equal(iternext(rev), obj_new_int(INTPTR_MIN + 1)));
    ck_assert(obj_equal(iternext(rev), obj_new_int(INTPTR_MIN)));
    ck_assert(iternext(rev) == OBJ_STOP_ITERATION);
}
END_TEST

static Suite *range_suite(void)
{
    Suite *s = suite_create("obj_range");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, test_lengths);
    tcase_add_test(tc, test_iter_step_and_reversed);
    tcase_add_test(tc, test_iter_near_word_limits);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    char top;
    port_stack_top = &top + 64;
    port_stack_limit = &top - (1u << 20);
    SRunner *sr = srunner_create(range_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
