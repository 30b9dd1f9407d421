/* Unit tests for obj_slice.c: slice_indices/slice_length must match
 * CPython's PySlice_GetIndicesEx (expected values from python3's
 * slice.indices and len(range(...)[slice])). Links libcpcore.a and the
 * host port. */
#include "obj_slice.h"

#include <check.h>
#include <stdlib.h>

#include "port.h"
#include "runtime.h"

static _Alignas(64) unsigned char heap[1u << 20];

static void setup(void)
{
    runtime_init(heap, sizeof heap);
}

#define NONE INTPTR_MIN   /* marks an omitted bound in the table below */

static obj_t bound(intptr_t v)
{
    return v == NONE ? OBJ_NONE : obj_new_int(v);
}

typedef struct {
    intptr_t start, stop, step;     /* slice(start, stop, step) */
    size_t len;
    intptr_t a, b, c;               /* slice.indices(len) */
    size_t count;
} slice_case_t;

static const slice_case_t cases[] = {
    {NONE, NONE, NONE, 10, 0, 10, 1, 10},
    {2, 8, 3, 10, 2, 8, 3, 2},
    {NONE, NONE, -1, 5, 4, -1, -1, 5},
    {-3, NONE, NONE, 10, 7, 10, 1, 3},
    {-100, 100, NONE, 7, 0, 7, 1, 7},
    {100, -100, -2, 7, 6, -1, -2, 4},
    {5, 2, NONE, 10, 5, 2, 1, 0},
    {0, 0, NONE, 0, 0, 0, 1, 0},
    {NONE, NONE, 3, 0, 0, 0, 3, 0},
    {8, 2, -2, 10, 8, 2, -2, 3},
    {2, 8, -1, 10, 2, 8, -1, 0},
    {-1, -5, -1, 10, 9, 5, -1, 4},
    {9, -11, -1, 10, 9, -1, -1, 10},
    {NONE, NONE, -3, 10, 9, -1, -3, 4},
};

START_TEST(test_indices_table)
{
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        const slice_case_t *k = &cases[i];
        obj_t s = obj_new_slice(bound(k->start), bound(k->stop), bound(k->step));
        intptr_t a, b, c;
        ck_assert(slice_indices(s, k->len, &a, &b, &c));
        ck_assert_int_eq(a, k->a);
        ck_assert_int_eq(b, k->b);
        ck_assert_int_eq(c, k->c);
        ck_assert_uint_eq(slice_length(a, b, c), k->count);
    }
}
END_TEST

START_TEST(test_not_a_slice)
{
    intptr_t a = 1, b = 2, c = 3;
    ck_assert(!slice_indices(obj_new_small_int(4), 10, &a, &b, &c));
    ck_assert_int_eq(a + b + c, 6);
}
END_TEST

static void zero_step(obj_t s)
{
    intptr_t a, b, c;
    slice_indices(s, 5, &a, &b, &c);
}

START_TEST(test_zero_step_raises)
{
    nlr_buf_t nlr;
    obj_t s = obj_new_slice(OBJ_NONE, OBJ_NONE, obj_new_small_int(0));
    if (nlr_push(&nlr) == 0) {
        zero_step(s);
        nlr_pop();
        ck_abort_msg("no exception");
    } else {
        ck_assert(exception_is(nlr.value, &type_ValueError));
    }
}
END_TEST

START_TEST(test_index_convert)
{
    intptr_t v;
    ck_assert_int_eq(slice_index_convert(obj_new_small_int(-7), &v), SLICE_INDEX_OK);
    ck_assert_int_eq(v, -7);
    ck_assert_int_eq(slice_index_convert(OBJ_TRUE, &v), SLICE_INDEX_OK);
    ck_assert_int_eq(v, 1);
    ck_assert_int_eq(slice_index_convert(OBJ_NONE, &v), SLICE_INDEX_NOT_INT);
    obj_t big = binary_op(BOP_LSHIFT, obj_new_small_int(1), obj_new_small_int(100));
    ck_assert_int_eq(slice_index_convert(big, &v), SLICE_INDEX_OVERFLOW);
    ck_assert_int_eq(v, INTPTR_MAX);
    ck_assert_int_eq(slice_index_convert(unary_op(UOP_NEG, big), &v), SLICE_INDEX_OVERFLOW);
    ck_assert_int_eq(v, INTPTR_MIN);
    /* huge bounds clamp */
    intptr_t a, b, c;
    slice_indices(obj_new_slice(unary_op(UOP_NEG, big), big, OBJ_NONE), 5, &a, &b, &c);
    ck_assert_int_eq(a, 0);
    ck_assert_int_eq(b, 5);
    ck_assert_int_eq(c, 1);
}
END_TEST

static Suite *slice_suite(void)
{
    Suite *s = suite_create("obj_slice");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, test_indices_table);
    tcase_add_test(tc, test_not_a_slice);
    tcase_add_test(tc, test_zero_step_raises);
    tcase_add_test(tc, test_index_convert);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    char top;
    port_stack_top = &top + 64;
    port_stack_limit = &top - (1u << 20);
    SRunner *sr = srunner_create(slice_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
