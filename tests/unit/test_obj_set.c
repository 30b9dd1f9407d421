/* Unit tests for obj_set.c through its C API: the table must reproduce
 * CPython 3.11's iteration orders (expected lists below were taken from
 * python3), and the set algebra helpers must agree with them.
 * Links libcpcore.a and the host port. */
#include "obj_set.h"

#include <check.h>
#include <stdlib.h>

#include "obj_list.h"
#include "obj_tuple.h"
#include "port.h"
#include "runtime.h"

static _Alignas(64) unsigned char heap[4u << 20];

static void setup(void)
{
    runtime_init(heap, sizeof heap);
}

static obj_t ints(size_t n, const intptr_t *v)
{
    obj_t l = obj_new_list(0, NULL);
    for (size_t i = 0; i < n; i++)
        list_append(l, obj_new_small_int(v[i]));
    return l;
}

/* The set's iteration order equals want[0..n). */
static void assert_order(obj_t s, size_t n, const intptr_t *want)
{
    obj_t l = obj_list_from_iter(s);
    size_t len;
    obj_t *items;
    obj_list_get(l, &len, &items);
    ck_assert_uint_eq(len, n);
    for (size_t i = 0; i < n; i++)
        ck_assert_int_eq(obj_small_int_value(items[i]), want[i]);
}

#define N(a) (sizeof(a) / sizeof((a)[0]))

START_TEST(test_add_order_with_collisions)
{
    static const intptr_t in[] = {31, 9, 23, 29, 36, 8}, want[] = {36, 8, 9, 23, 29, 31};
    obj_t s = obj_new_set(0, NULL);
    for (size_t i = 0; i < N(in); i++)
        set_add(s, obj_new_small_int(in[i]));
    assert_order(s, N(want), want);
    /* a deleted slot on the probe path is reused for the next key */
    static const intptr_t gone[] = {9, 23}, want2[] = {36, 8, 41, 29, 31};
    set_difference_update(s, ints(N(gone), gone));
    set_add(s, obj_new_small_int(41));
    assert_order(s, N(want2), want2);
}
END_TEST

START_TEST(test_resize_order)
{
    obj_t s = obj_new_set(0, NULL);
    for (intptr_t i = 0; i < 30; i++)
        set_add(s, obj_new_small_int(i * 13 % 64));
    static const intptr_t want[] = {0, 1, 2, 3, 4, 5, 13, 14, 15, 16, 17, 18, 26, 27, 28,
                                    29, 30, 31, 39, 40, 41, 42, 43, 44, 52, 53, 54, 55, 56, 57};
    assert_order(s, N(want), want);
    ck_assert(set_contains(s, obj_new_small_int(57)));
    ck_assert(!set_contains(s, obj_new_small_int(58)));
}
END_TEST

START_TEST(test_symmetric_difference_update_order)
{
    static const intptr_t a[] = {1, 9}, b[] = {17, 25}, want[] = {1, 25, 9, 17};
    obj_t s = obj_set_from_iter(&type_set, ints(N(a), a));
    set_symmetric_difference_update(s, obj_set_from_iter(&type_set, ints(N(b), b)));
    assert_order(s, N(want), want);
    /* applying it again removes them again */
    set_symmetric_difference_update(s, ints(N(b), b));
    assert_order(s, N(a), a);
}
END_TEST

START_TEST(test_difference_update_order)
{
    obj_t s = obj_new_set(0, NULL);
    obj_t t = obj_new_set(0, NULL);
    for (intptr_t i = 0; i < 60; i += 5)
        set_add(s, obj_new_small_int(i));
    for (intptr_t i = 0; i < 60; i += 7)
        set_add(t, obj_new_small_int(i));
    set_difference_update(s, obj_list_from_iter(t));
    static const intptr_t want[] = {5, 40, 10, 45, 15, 50, 20, 55, 25, 30};
    assert_order(s, N(want), want);
}
END_TEST

START_TEST(test_const_display_order)
{
    obj_t items[4] = {obj_new_small_int(1), obj_new_small_int(9), obj_new_small_int(17),
                      obj_new_small_int(25)};
    obj_t f = obj_set_const_frozenset(4, items);
    ck_assert(obj_is_type(f, &type_frozenset));
    static const intptr_t want[] = {1, 17, 25, 9};
    assert_order(f, N(want), want);
    obj_t s = obj_set_from_iter(&type_set, OBJ_NULL);
    set_update(s, f);
    assert_order(s, N(want), want);
}
END_TEST

START_TEST(test_frozenset_hash_ignores_order)
{
    obj_t a = obj_set_from_iter(&type_frozenset, OBJ_NULL);
    obj_t b = obj_set_from_iter(&type_frozenset, OBJ_NULL);
    for (intptr_t i = 0; i < 40; i++) {
        set_add(a, obj_new_small_int(i * 7));
        set_add(b, obj_new_small_int((39 - i) * 7));
    }
    ck_assert_uint_eq(obj_hash(a), obj_hash(b));
    ck_assert(obj_equal(a, b));
    set_add(b, obj_new_small_int(1000));
    ck_assert(!obj_equal(a, b));
}
END_TEST

static void hash_a_set(obj_t s)
{
    obj_hash(s);
}

START_TEST(test_set_unhashable_frozenset_hashable)
{
    obj_t s = obj_new_set(0, NULL);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        hash_a_set(s);
        nlr_pop();
        ck_abort_msg("hash(set()) did not raise");
    } else {
        ck_assert(exception_is(nlr.value, &type_TypeError));
    }
    obj_t f = obj_set_from_iter(&type_frozenset, s);
    obj_t outer = obj_new_set(1, &f);
    ck_assert(set_contains(outer, obj_set_from_iter(&type_frozenset, OBJ_NULL)));
}
END_TEST

START_TEST(test_many_adds_and_removes)
{
    obj_t s = obj_new_set(0, NULL);
    obj_t odd = obj_new_list(0, NULL);
    for (intptr_t i = 0; i < 20000; i++) {
        set_add(s, obj_new_small_int(i));
        if (i % 2)
            list_append(odd, obj_new_small_int(i));
    }
    set_difference_update(s, odd);
    ck_assert_uint_eq(((obj_set_t *)s)->used, 10000);
    for (intptr_t i = 0; i < 20000; i++)
        ck_assert(set_contains(s, obj_new_small_int(i)) == (i % 2 == 0));
}
END_TEST

static Suite *set_suite(void)
{
    Suite *s = suite_create("obj_set");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, test_add_order_with_collisions);
    tcase_add_test(tc, test_resize_order);
    tcase_add_test(tc, test_symmetric_difference_update_order);
    tcase_add_test(tc, test_difference_update_order);
    tcase_add_test(tc, test_const_display_order);
    tcase_add_test(tc, test_frozenset_hash_ignores_order);
    tcase_add_test(tc, test_set_unhashable_frozenset_hashable);
    tcase_add_test(tc, test_many_adds_and_removes);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    char top;
    port_stack_top = &top + 64;
    port_stack_limit = &top - (1u << 20);
    SRunner *sr = srunner_create(set_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
