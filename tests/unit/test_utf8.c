/* Unit tests for src/utf8.c: decoding, validation, offsets, encoding. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "obj_str.h"

START_TEST(test_next_and_charlen)
{
    const char *s = "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80";
    uint32_t cp;
    const char *p = utf8_next(s, &cp);
    ck_assert_uint_eq(cp, 'a');
    p = utf8_next(p, &cp);
    ck_assert_uint_eq(cp, 0xe9);
    p = utf8_next(p, &cp);
    ck_assert_uint_eq(cp, 0x20ac);
    p = utf8_next(p, &cp);
    ck_assert_uint_eq(cp, 0x1f600);
    ck_assert_ptr_eq(p, s + 10);
    ck_assert_uint_eq(utf8_charlen(s, 10), 4);
    ck_assert_uint_eq(utf8_charlen("", 0), 0);
}
END_TEST

START_TEST(test_offset)
{
    const char *s = "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80z";
    size_t want[] = {0, 1, 3, 6, 10, 11};
    for (size_t i = 0; i <= 5; i++)
        ck_assert_uint_eq(utf8_offset(s, 11, 5, i), want[i]);
    ck_assert_uint_eq(utf8_offset("abc", 3, 3, 2), 2);
}
END_TEST

static void check_invalid(const char *s, size_t len, size_t prefix, size_t bad, int reason)
{
    size_t b;
    int r;
    ck_assert_uint_eq(utf8_valid_prefix(s, len, &b, &r), prefix);
    ck_assert_uint_eq(b, bad);
    ck_assert_int_eq(r, reason);
    ck_assert(!utf8_is_valid(s, len));
}

START_TEST(test_validation)
{
    ck_assert(utf8_is_valid("plain", 5));
    ck_assert(utf8_is_valid("\xf4\x8f\xbf\xbf", 4));
    check_invalid("\xff", 1, 0, 1, UTF8_INVALID_START);
    check_invalid("a\xc0\xaf", 3, 1, 1, UTF8_INVALID_START);
    check_invalid("\xe2\x28\xa1", 3, 0, 1, UTF8_INVALID_CONTINUATION);
    check_invalid("\xe2\x82\xff", 3, 0, 2, UTF8_INVALID_CONTINUATION);
    check_invalid("\xed\xa0\x80", 3, 0, 1, UTF8_INVALID_CONTINUATION);
    check_invalid("\xe0\x80\x80", 3, 0, 1, UTF8_INVALID_CONTINUATION);
    check_invalid("\xf4\x90\x80\x80", 4, 0, 1, UTF8_INVALID_CONTINUATION);
    check_invalid("ab\xe2\x82", 4, 2, 2, UTF8_UNEXPECTED_END);
    check_invalid("\xf0", 1, 0, 1, UTF8_UNEXPECTED_END);
    check_invalid("\x80", 1, 0, 1, UTF8_INVALID_START);
}
END_TEST

START_TEST(test_encode)
{
    char buf[4];
    ck_assert_uint_eq(utf8_encode('x', buf), 1);
    ck_assert_uint_eq(utf8_encode(0xe9, buf), 2);
    ck_assert(memcmp(buf, "\xc3\xa9", 2) == 0);
    ck_assert_uint_eq(utf8_encode(0x20ac, buf), 3);
    ck_assert(memcmp(buf, "\xe2\x82\xac", 3) == 0);
    ck_assert_uint_eq(utf8_encode(0x10ffff, buf), 4);
    ck_assert(memcmp(buf, "\xf4\x8f\xbf\xbf", 4) == 0);
    for (uint32_t c = 0; c < 0x110000; c += 0x1f) {
        if (c >= 0xd800 && c < 0xe000)
            continue;
        size_t n = utf8_encode(c, buf);
        uint32_t back;
        ck_assert(utf8_is_valid(buf, n));
        ck_assert_ptr_eq(utf8_next(buf, &back), buf + n);
        ck_assert_uint_eq(back, c);
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("utf8");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_next_and_charlen);
    tcase_add_test(tc, test_offset);
    tcase_add_test(tc, test_validation);
    tcase_add_test(tc, test_encode);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
