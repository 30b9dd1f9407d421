/* Unit tests for src/unichar.c: character classes and case mapping. */
#include <check.h>
#include <stdlib.h>

#include "unichar.h"

START_TEST(test_space)
{
    const uint32_t yes[] = {' ', '\t', '\n', 0x0b, 0x0c, '\r', 0x1c, 0x1f, 0x85, 0xa0, 0x1680,
                            0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000};
    const uint32_t no[] = {'a', 0, 0x08, 0x0e, 0x200b, 0xfeff, 0x180e};
    for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
        ck_assert_msg(unichar_isspace(yes[i]), "U+%04x should be space", (unsigned)yes[i]);
    for (size_t i = 0; i < sizeof(no) / sizeof(no[0]); i++)
        ck_assert_msg(!unichar_isspace(no[i]), "U+%04x should not be space", (unsigned)no[i]);
}
END_TEST

START_TEST(test_digits)
{
    ck_assert_int_eq(unichar_decimal_value('7'), 7);
    ck_assert_int_eq(unichar_decimal_value(0x0663), 3);
    ck_assert_int_eq(unichar_decimal_value(0xff19), 9);
    ck_assert_int_eq(unichar_decimal_value(0x1d7ce), 0);
    ck_assert_int_eq(unichar_decimal_value('a'), -1);
    ck_assert_int_eq(unichar_decimal_value(0xb2), -1);
    ck_assert(unichar_isdigit(0xb2) && !unichar_isdecimal(0xb2) && unichar_isnumeric(0xb2));
    ck_assert(unichar_isnumeric(0xbd) && !unichar_isdigit(0xbd));
    ck_assert(unichar_isnumeric(0x4e00) && unichar_isalpha(0x4e00));
    ck_assert(!unichar_isnumeric('x'));
}
END_TEST

START_TEST(test_alpha_printable)
{
    ck_assert(unichar_isalpha('Q') && !unichar_isalpha('1') && !unichar_isalpha('_'));
    ck_assert(unichar_isalpha(0xe9) && !unichar_isalpha(0xd7) && unichar_isalpha(0xaa));
    ck_assert(unichar_isalpha(0x3b1) && unichar_isalpha(0x430) && unichar_isalpha(0x5d0));
    ck_assert(!unichar_isalpha(0x20ac) && unichar_isalpha(0x20000));
    ck_assert(unichar_isprintable('a') && !unichar_isprintable('\n') && !unichar_isprintable(0x7f));
    ck_assert(!unichar_isprintable(0x85) && !unichar_isprintable(0xa0) && !unichar_isprintable(0xad));
    ck_assert(unichar_isprintable(0xa1) && unichar_isprintable(0x1f600) && !unichar_isprintable(0xe000));
    ck_assert(!unichar_isprintable(0x2028) && !unichar_isprintable(0x200b) && unichar_isprintable(' '));
    ck_assert(unichar_islinebreak('\n') && unichar_islinebreak(0x1e) && !unichar_islinebreak(0x1f));
    ck_assert(unichar_isidstart('_') && !unichar_isidstart('1') && unichar_isidcontinue('1'));
    ck_assert(unichar_isidstart(0xe9) && !unichar_isidstart(0xb2));
}
END_TEST

static void check_case(uint32_t c, int kind, const uint32_t *want, size_t n)
{
    uint32_t out[3];
    size_t k = unichar_case(c, kind, out);
    ck_assert_uint_eq(k, n);
    for (size_t i = 0; i < n; i++)
        ck_assert_uint_eq(out[i], want[i]);
}

START_TEST(test_case)
{
    ck_assert_uint_eq(unichar_toupper('a'), 'A');
    ck_assert_uint_eq(unichar_tolower('Z'), 'z');
    ck_assert_uint_eq(unichar_toupper(0xe9), 0xc9);
    ck_assert_uint_eq(unichar_toupper(0xff), 0x178);
    ck_assert_uint_eq(unichar_tolower(0x178), 0xff);
    ck_assert_uint_eq(unichar_toupper(0xb5), 0x39c);
    ck_assert_uint_eq(unichar_toupper(0x101), 0x100);
    ck_assert_uint_eq(unichar_tolower(0x139), 0x13a);
    ck_assert_uint_eq(unichar_toupper(0x3c2), 0x3a3);
    ck_assert_uint_eq(unichar_tolower(0x416), 0x436);
    ck_assert_uint_eq(unichar_toupper(0x451), 0x401);
    ck_assert(unichar_isupper(0x130) && unichar_islower(0xdf) && !unichar_iscased('1'));
    check_case(0xdf, UNICHAR_UPPER, (const uint32_t[]){'S', 'S'}, 2);
    check_case(0xdf, UNICHAR_TITLE, (const uint32_t[]){'S', 's'}, 2);
    check_case(0xdf, UNICHAR_FOLD, (const uint32_t[]){'s', 's'}, 2);
    check_case(0xdf, UNICHAR_LOWER, (const uint32_t[]){0xdf}, 1);
    check_case(0x130, UNICHAR_LOWER, (const uint32_t[]){'i', 0x307}, 2);
    check_case(0x149, UNICHAR_UPPER, (const uint32_t[]){0x2bc, 'N'}, 2);
    check_case(0x390, UNICHAR_UPPER, (const uint32_t[]){0x399, 0x308, 0x301}, 3);
    check_case(0x17f, UNICHAR_FOLD, (const uint32_t[]){'s'}, 1);
    check_case(0xb5, UNICHAR_FOLD, (const uint32_t[]){0x3bc}, 1);
    check_case(0x4e00, UNICHAR_UPPER, (const uint32_t[]){0x4e00}, 1);
}
END_TEST

START_TEST(test_full_tables)
{
    /* unassigned and noncharacters are not printable (repr escapes them) */
    ck_assert(!unichar_isprintable(0xffff) && !unichar_isprintable(0x10ffff));
    ck_assert(!unichar_isprintable(0x378) && !unichar_isprintable(0xfdd0));
    ck_assert(unichar_isprintable(0x10000) && !unichar_isprintable(0x1000c));
    ck_assert(unichar_isprintable(0x2a6df) && !unichar_isprintable(0x2a6e0));
    ck_assert(!unichar_isprintable(0xe0001) && unichar_isprintable(0xe0100));
    /* titlecase digraphs */
    ck_assert(unichar_istitle(0x1c5) && !unichar_istitle(0x1c4) && !unichar_isupper(0x1c5));
    ck_assert(unichar_isupper(0x1c4) && unichar_islower(0x1c6) && unichar_iscased(0x1c5));
    check_case(0x1c5, UNICHAR_UPPER, (const uint32_t[]){0x1c4}, 1);
    check_case(0x1c5, UNICHAR_LOWER, (const uint32_t[]){0x1c6}, 1);
    check_case(0x1c6, UNICHAR_TITLE, (const uint32_t[]){0x1c5}, 1);
    check_case(0x1c5, UNICHAR_TITLE, (const uint32_t[]){0x1c5}, 1);
    /* SpecialCasing beyond Latin-1 */
    check_case(0xfb01, UNICHAR_UPPER, (const uint32_t[]){'F', 'I'}, 2);
    check_case(0xfb01, UNICHAR_TITLE, (const uint32_t[]){'F', 'i'}, 2);
    check_case(0x1fb3, UNICHAR_UPPER, (const uint32_t[]){0x391, 0x399}, 2);
    check_case(0x1fb3, UNICHAR_TITLE, (const uint32_t[]){0x1fbc}, 1);
    /* other scripts and planes */
    check_case(0x10d0, UNICHAR_UPPER, (const uint32_t[]){0x1c90}, 1);
    check_case(0x10d0, UNICHAR_TITLE, (const uint32_t[]){0x10d0}, 1);
    check_case(0x13f8, UNICHAR_FOLD, (const uint32_t[]){0x13f0}, 1);
    check_case(0x10400, UNICHAR_LOWER, (const uint32_t[]){0x10428}, 1);
    check_case(0x1e922, UNICHAR_UPPER, (const uint32_t[]){0x1e900}, 1);
    ck_assert(unichar_isupper(0x1d400) && !unichar_iscased(0x1d7ce) && unichar_islower(0xaa));
    ck_assert(unichar_isupper(0x2167) && unichar_isupper(0x24b6) && unichar_islower(0x24d0));
    /* first code point of the full mapping, as CPython's ToUppercase */
    ck_assert_uint_eq(unichar_toupper(0xdf), 'S');
    ck_assert_uint_eq(unichar_tolower(0x130), 'i');
}
END_TEST

int main(void)
{
    Suite *s = suite_create("unichar");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_space);
    tcase_add_test(tc, test_digits);
    tcase_add_test(tc, test_alpha_printable);
    tcase_add_test(tc, test_case);
    tcase_add_test(tc, test_full_tables);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
