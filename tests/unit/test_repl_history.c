/* Unit tests for src/host/repl_history.c. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "host/repl_history.h"

static char dir[64];
static char path[128];

static void setup(void)
{
    strcpy(dir, "/tmp/test_repl_history.XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(path, sizeof(path), "%s/hist", dir);
}

static void teardown(void)
{
    unlink(path);
    rmdir(dir);
}

static size_t file_lines(char lines[][32], size_t max)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    size_t n = 0;
    char buf[256];
    while (fgets(buf, sizeof(buf), f)) {
        buf[strcspn(buf, "\n")] = '\0';
        if (n < max)
            snprintf(lines[n], 32, "%.31s", buf);
        n++;
    }
    fclose(f);
    return n;
}

static void add(repl_history_t *h, const char *s)
{
    ck_assert_int_eq(repl_history_add(h, s, strlen(s)), 0);
}

START_TEST(test_missing_file_is_empty)
{
    repl_history_t h;
    repl_history_init(&h);
    ck_assert_int_eq(repl_history_load(&h, path), 0);
    ck_assert_uint_eq(h.n, 0);
    ck_assert_ptr_null(repl_history_get(&h, 0));
    repl_history_free(&h);
}
END_TEST

START_TEST(test_add_skips_blank_and_repeats)
{
    repl_history_t h;
    repl_history_init(&h);
    repl_history_load(&h, path);
    add(&h, "a = 1");
    add(&h, "a = 1");
    add(&h, "   ");
    add(&h, "");
    add(&h, "b");
    add(&h, "a = 1");
    ck_assert_uint_eq(h.n, 3);
    ck_assert_str_eq(repl_history_get(&h, 0), "a = 1");
    ck_assert_str_eq(repl_history_get(&h, 1), "b");
    ck_assert_str_eq(repl_history_get(&h, 2), "a = 1");
    char lines[8][32];
    ck_assert_uint_eq(file_lines(lines, 8), 3);
    ck_assert_str_eq(lines[1], "b");
    repl_history_free(&h);
}
END_TEST

START_TEST(test_reload)
{
    repl_history_t h;
    repl_history_init(&h);
    repl_history_load(&h, path);
    add(&h, "first");
    add(&h, "second");
    repl_history_free(&h);
    repl_history_init(&h);
    ck_assert_int_eq(repl_history_load(&h, path), 0);
    ck_assert_uint_eq(h.n, 2);
    ck_assert_str_eq(repl_history_get(&h, 1), "second");
    add(&h, "third");
    repl_history_free(&h);
    char lines[8][32];
    ck_assert_uint_eq(file_lines(lines, 8), 3);
    ck_assert_str_eq(lines[2], "third");
}
END_TEST

START_TEST(test_cap)
{
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    for (int i = 0; i < 1500; i++)
        fprintf(f, "line%d\n", i);
    fclose(f);
    repl_history_t h;
    repl_history_init(&h);
    repl_history_load(&h, path);
    ck_assert_uint_eq(h.n, REPL_HISTORY_MAX);
    ck_assert_str_eq(repl_history_get(&h, 0), "line500");
    add(&h, "newest");
    ck_assert_uint_eq(h.n, REPL_HISTORY_MAX);
    ck_assert_str_eq(repl_history_get(&h, 0), "line501");
    static char lines[1100][32];
    ck_assert_uint_eq(file_lines(lines, 1100), REPL_HISTORY_MAX);
    ck_assert_str_eq(lines[0], "line501");
    ck_assert_str_eq(lines[REPL_HISTORY_MAX - 1], "newest");
    /* stays at the cap as entries keep coming */
    for (int i = 0; i < 30; i++) {
        char s[16];
        snprintf(s, sizeof(s), "more%d", i);
        add(&h, s);
    }
    ck_assert_uint_eq(file_lines(lines, 1100), REPL_HISTORY_MAX);
    ck_assert_str_eq(lines[REPL_HISTORY_MAX - 1], "more29");
    repl_history_free(&h);
}
END_TEST

START_TEST(test_memory_only)
{
    repl_history_t h;
    repl_history_init(&h);
    ck_assert_int_eq(repl_history_load(&h, NULL), 0);
    for (int i = 0; i < 1200; i++) {
        char s[16];
        snprintf(s, sizeof(s), "m%d", i);
        add(&h, s);
    }
    ck_assert_uint_eq(h.n, REPL_HISTORY_MAX);
    ck_assert_str_eq(repl_history_get(&h, REPL_HISTORY_MAX - 1), "m1199");
    ck_assert_int_eq(access(path, F_OK), -1);
    repl_history_free(&h);
}
END_TEST

START_TEST(test_default_path)
{
    setenv("HOME", "/some/home", 1);
    char *p = repl_history_default_path();
    ck_assert_str_eq(p, "/some/home/.circuitpython_history");
    free(p);
    setenv("HOME", "", 1);
    ck_assert_ptr_null(repl_history_default_path());
}
END_TEST

int main(void)
{
    Suite *s = suite_create("repl_history");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_missing_file_is_empty);
    tcase_add_test(tc, test_add_skips_blank_and_repeats);
    tcase_add_test(tc, test_reload);
    tcase_add_test(tc, test_cap);
    tcase_add_test(tc, test_memory_only);
    tcase_add_test(tc, test_default_path);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
