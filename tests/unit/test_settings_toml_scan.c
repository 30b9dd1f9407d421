/*
 * Check suite for modules/settings_toml_scan.c: finding keys in the root
 * table and reading integers without objects (what the supervisor uses
 * for CIRCUITPY_HEAP_START_SIZE before any VM exists). The values
 * os.getenv builds on top (settings_toml.c) are covered by
 * tests/lib/os_getenv*.py through the interpreter.
 */
#include "settings_toml_scan.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static int lookup(const char *text, const char *key, long long *out)
{
    *out = -999;
    return settings_toml_scan_lookup_int(text, strlen(text), key, strlen(key), out);
}

START_TEST(test_found)
{
    long long v;
    ck_assert_int_eq(lookup("A = 1\nB = 65536\n", "B", &v), SETTINGS_FOUND);
    ck_assert_int_eq(v, 65536);
    ck_assert_int_eq(lookup("HEAP=0x10000 # hex\n", "HEAP", &v), SETTINGS_FOUND);
    ck_assert_int_eq(v, 0x10000);
    ck_assert_int_eq(lookup("  N\t=\t-42\r\n", "N", &v), SETTINGS_FOUND);
    ck_assert_int_eq(v, -42);
    ck_assert_int_eq(lookup("N = +7", "N", &v), SETTINGS_FOUND); /* no final newline */
    ck_assert_int_eq(v, 7);
    ck_assert_int_eq(lookup("N = 010\n", "N", &v), SETTINGS_FOUND); /* strtol base 0: octal */
    ck_assert_int_eq(v, 8);
    ck_assert_int_eq(lookup("N = 0\n", "N", &v), SETTINGS_FOUND);
    ck_assert_int_eq(v, 0);
    ck_assert_int_eq(lookup("N = 9223372036854775807\n", "N", &v), SETTINGS_FOUND);
    ck_assert(v == 9223372036854775807LL);
}
END_TEST

START_TEST(test_first_key_wins_and_bad_lines)
{
    long long v;
    ck_assert_int_eq(lookup("junk\n= 3\n\"N\" = 4\nN = 5\nN = 6\n", "N", &v), SETTINGS_FOUND);
    ck_assert_int_eq(v, 5);
    ck_assert_int_eq(lookup("NN = 1\nN = 2\n", "N", &v), SETTINGS_FOUND);
    ck_assert_int_eq(v, 2);
    ck_assert_int_eq(lookup("# N = 1\nN = 2\n", "N", &v), SETTINGS_FOUND);
    ck_assert_int_eq(v, 2);
}
END_TEST

START_TEST(test_missing)
{
    long long v;
    ck_assert_int_eq(lookup("", "N", &v), SETTINGS_MISSING);
    ck_assert_int_eq(lookup("M = 1\n", "N", &v), SETTINGS_MISSING);
    ck_assert_int_eq(lookup("[table]\nN = 1\n", "N", &v), SETTINGS_MISSING);
    ck_assert_int_eq(lookup("A = 1\n  [t]\nN = 1\n", "N", &v), SETTINGS_MISSING);
    ck_assert_int_eq(v, -999);
}
END_TEST

START_TEST(test_bad)
{
    long long v;
    static const char *const bad[] = {
        "N = \"5\"\n", "N = 5 x\n", "N = 1.5\n", "N = true\n", "N = 0x\n", "N = 08\n", "N = \n",
        "N 5\n", "N = +-1\n", "N = 1_000\n", "N = 99999999999999999999\n", "N = 0x8000000000000000\n",
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        ck_assert_msg(lookup(bad[i], "N", &v) == SETTINGS_BAD, "%s", bad[i]);
        ck_assert_msg(v == -999, "%s: *out untouched", bad[i]);
    }
}
END_TEST

START_TEST(test_not_nul_terminated)
{
    long long v = 0;
    const char text[] = {'N', '=', '1', '2', '3'};
    ck_assert_int_eq(settings_toml_scan_lookup_int(text, 4, "N", 1, &v), SETTINGS_FOUND);
    ck_assert_int_eq(v, 12);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("settings_toml_scan");
    TCase *tc = tcase_create("lookup_int");
    tcase_add_test(tc, test_found);
    tcase_add_test(tc, test_first_key_wins_and_bad_lines);
    tcase_add_test(tc, test_missing);
    tcase_add_test(tc, test_bad);
    tcase_add_test(tc, test_not_nul_terminated);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
