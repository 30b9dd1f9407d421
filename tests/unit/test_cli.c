/* Unit tests for src/host/cli.c: the circuitpython command line. */
#include "host/cli.h"

#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* argv for the case under test; cli_options points into it, so it lives
 * as long as the case. */
static char *argv_buf[32];

/* Parses "circuitpython" followed by the NULL-terminated arguments. */
static int parse(struct cli_options *o, ...)
{
    va_list ap;
    int argc = 0;
    char *a;

    argv_buf[argc++] = "circuitpython";
    va_start(ap, o);
    while ((a = va_arg(ap, char *)) != NULL && argc < 31)
        argv_buf[argc++] = a;
    va_end(ap);
    argv_buf[argc] = NULL;
    return cli_parse(o, argc, argv_buf);
}

/* Parses and expects a usage error whose message is exactly msg. */
#define ck_usage(msg, ...)                                          \
    do {                                                            \
        struct cli_options o_;                                      \
        ck_assert_int_eq(parse(&o_, __VA_ARGS__, NULL), CLI_EUSAGE); \
        ck_assert_str_eq(o_.error, msg);                            \
    } while (0)

START_TEST(no_arguments)
{
    struct cli_options o;

    ck_assert_int_eq(parse(&o, NULL), 0);
    ck_assert_int_eq(o.action, CLI_ACTION_RUN);
    ck_assert_int_eq(o.target, CLI_TARGET_NONE);
    ck_assert_ptr_null(o.target_arg);
    ck_assert_str_eq(o.argv0, "");
    ck_assert_int_eq(o.nargs, 0);
    ck_assert(!o.inspect);
    ck_assert_uint_eq(o.heap_size, 0);
    ck_assert_ptr_null(o.board);
    ck_assert_ptr_null(o.trace_path);
    ck_assert_ptr_null(o.serial_device);
    ck_assert(!o.sim_verbose && !o.safe_mode && !o.no_autoreload);
    ck_assert_str_eq(o.error, "");
}
END_TEST

START_TEST(file_and_args_untouched)
{
    struct cli_options o;

    ck_assert_int_eq(parse(&o, "-i", "prog.py", "-i", "--bogus", "-c", "x", NULL), 0);
    ck_assert_int_eq(o.target, CLI_TARGET_PATH);
    ck_assert_str_eq(o.target_arg, "prog.py");
    ck_assert_str_eq(o.argv0, "prog.py");
    ck_assert(o.inspect);
    ck_assert_int_eq(o.nargs, 4);
    ck_assert_str_eq(o.args[0], "-i");
    ck_assert_str_eq(o.args[1], "--bogus");
    ck_assert_str_eq(o.args[2], "-c");
    ck_assert_str_eq(o.args[3], "x");
    ck_assert_ptr_eq(o.args, &argv_buf[3]);
}
END_TEST

START_TEST(directory_target)
{
    struct cli_options o;

    ck_assert_int_eq(parse(&o, "--board", "sim", "CIRCUITPY/", NULL), 0);
    ck_assert_int_eq(o.target, CLI_TARGET_PATH);
    ck_assert_str_eq(o.target_arg, "CIRCUITPY/");
    ck_assert_str_eq(o.board, "sim");
    ck_assert_int_eq(o.nargs, 0);
}
END_TEST

START_TEST(command)
{
    struct cli_options o;

    ck_assert_int_eq(parse(&o, "-c", "print(1)", "a", "-b", NULL), 0);
    ck_assert_int_eq(o.action, CLI_ACTION_RUN);
    ck_assert_int_eq(o.target, CLI_TARGET_COMMAND);
    ck_assert_str_eq(o.target_arg, "print(1)");
    ck_assert_str_eq(o.argv0, "-c");
    ck_assert_int_eq(o.nargs, 2);
    ck_assert_str_eq(o.args[0], "a");
    ck_assert_str_eq(o.args[1], "-b");
}
END_TEST

START_TEST(command_joined_and_clustered)
{
    struct cli_options o;

    ck_assert_int_eq(parse(&o, "-cpass", NULL), 0);
    ck_assert_int_eq(o.target, CLI_TARGET_COMMAND);
    ck_assert_str_eq(o.target_arg, "pass");
    ck_assert_int_eq(o.nargs, 0);

    ck_assert_int_eq(parse(&o, "-ic", "x = 1", "arg", NULL), 0);
    ck_assert(o.inspect);
    ck_assert_int_eq(o.target, CLI_TARGET_COMMAND);
    ck_assert_str_eq(o.target_arg, "x = 1");
    ck_assert_int_eq(o.nargs, 1);
    ck_assert_str_eq(o.args[0], "arg");

    /* An empty program is a program. */
    ck_assert_int_eq(parse(&o, "-c", "", NULL), 0);
    ck_assert_str_eq(o.target_arg, "");
}
END_TEST

START_TEST(command_missing)
{
    ck_usage("Argument expected for the -c option", "-c");
    ck_usage("Argument expected for the -c option", "-i", "-ic");
    ck_usage("Argument expected for the -m option", "-m");
    ck_usage("Argument expected for the -X option", "-X");
}
END_TEST

START_TEST(module)
{
    struct cli_options o;

    ck_assert_int_eq(parse(&o, "-m", "pkg.mod", "x", NULL), 0);
    ck_assert_int_eq(o.target, CLI_TARGET_MODULE);
    ck_assert_str_eq(o.target_arg, "pkg.mod");
    ck_assert_str_eq(o.argv0, "pkg.mod");
    ck_assert_int_eq(o.nargs, 1);
    ck_assert_str_eq(o.args[0], "x");

    ck_assert_int_eq(parse(&o, "-mtimeit", NULL), 0);
    ck_assert_int_eq(o.target, CLI_TARGET_MODULE);
    ck_assert_str_eq(o.target_arg, "timeit");
}
END_TEST

START_TEST(stdin_dash)
{
    struct cli_options o;

    ck_assert_int_eq(parse(&o, "-", "a", "--b", NULL), 0);
    ck_assert_int_eq(o.target, CLI_TARGET_STDIN);
    ck_assert_ptr_null(o.target_arg);
    ck_assert_str_eq(o.argv0, "-");
    ck_assert_int_eq(o.nargs, 2);
    ck_assert_str_eq(o.args[1], "--b");
}
END_TEST

START_TEST(double_dash)
{
    struct cli_options o;

    ck_assert_int_eq(parse(&o, "--", "-odd.py", "x", NULL), 0);
    ck_assert_int_eq(o.target, CLI_TARGET_PATH);
    ck_assert_str_eq(o.target_arg, "-odd.py");
    ck_assert_int_eq(o.nargs, 1);

    ck_assert_int_eq(parse(&o, "-i", "--", NULL), 0);
    ck_assert_int_eq(o.target, CLI_TARGET_NONE);
    ck_assert(o.inspect);
}
END_TEST

START_TEST(heapsize_valid)
{
    static const struct { const char *arg; size_t bytes; } cases[] = {
        { "heapsize=65536", 65536 },
        { "heapsize=16384", 16384 },
        { "heapsize=16K", 16384 },
        { "heapsize=64k", 65536 },
        { "heapsize=2M", 2 * 1024 * 1024 },
        { "heapsize=1m", 1024 * 1024 },
        { "heapsize=1024M", 1024u * 1024 * 1024 },
        { "heapsize=1G", 1024u * 1024 * 1024 },
        { "heapsize=1073741824", 1024u * 1024 * 1024 },
    };
    struct cli_options o;

    for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
        ck_assert_int_eq(parse(&o, "-X", cases[k].arg, NULL), 0);
        ck_assert_uint_eq(o.heap_size, cases[k].bytes);
    }
    ck_assert_int_eq(parse(&o, "-Xheapsize=32K", "f.py", NULL), 0);
    ck_assert_uint_eq(o.heap_size, 32768);
    ck_assert_str_eq(o.target_arg, "f.py");
    ck_assert_int_eq(parse(&o, "-iXheapsize=32K", NULL), 0);
    ck_assert(o.inspect);
    ck_assert_uint_eq(o.heap_size, 32768);
}
END_TEST

START_TEST(heapsize_invalid)
{
    static const char *const bad[] = {
        "0", "0K", "16383", "15K", "1025M", "2G", "1073741825",
        "99999999999999999999999", "abc", "", "-5", "+64K", " 64K",
        "64KB", "64 K", "12Q", "0x100K", "1.5M", "K",
    };
    char arg[64];
    char want[160];

    for (size_t k = 0; k < sizeof(bad) / sizeof(bad[0]); k++) {
        struct cli_options o;

        snprintf(arg, sizeof(arg), "heapsize=%s", bad[k]);
        snprintf(want, sizeof(want),
                 "invalid heap size '%s' (expected N, NK or NM, from 16K to 1G)", bad[k]);
        ck_assert_int_eq(parse(&o, "-X", arg, NULL), CLI_EUSAGE);
        ck_assert_str_eq(o.error, want);
    }
    ck_usage("-X heapsize needs a value, e.g. -X heapsize=256K", "-X", "heapsize");
    ck_usage("unknown -X option 'dev'", "-X", "dev");
    ck_usage("unknown -X option 'heap=1M'", "-Xheap=1M");
}
END_TEST

START_TEST(long_options_with_values)
{
    struct cli_options o;

    ck_assert_int_eq(parse(&o, "--board", "feather", "--trace=t.log", "--serial",
                           "/dev/ttyUSB0", "--sim-verbose", "--safe-mode",
                           "--no-autoreload", "code.py", NULL), 0);
    ck_assert_str_eq(o.board, "feather");
    ck_assert_str_eq(o.trace_path, "t.log");
    ck_assert_str_eq(o.serial_device, "/dev/ttyUSB0");
    ck_assert(o.sim_verbose && o.safe_mode && o.no_autoreload);
    ck_assert_int_eq(o.target, CLI_TARGET_PATH);

    ck_assert_int_eq(parse(&o, "--board=a", "--board", "b", "--trace", "x", NULL), 0);
    ck_assert_str_eq(o.board, "b");
    ck_assert_str_eq(o.trace_path, "x");
    ck_assert_int_eq(o.target, CLI_TARGET_NONE);

    /* A value may look like an option. */
    ck_assert_int_eq(parse(&o, "--trace", "-", NULL), 0);
    ck_assert_str_eq(o.trace_path, "-");
    ck_assert_int_eq(o.target, CLI_TARGET_NONE);
}
END_TEST

START_TEST(long_options_errors)
{
    ck_usage("Argument expected for the --board option", "--board");
    ck_usage("Argument expected for the --board option", "--board=");
    ck_usage("Argument expected for the --trace option", "--trace");
    ck_usage("Argument expected for the --serial option", "-i", "--serial");
    ck_usage("unknown option --foo", "--foo");
    ck_usage("unknown option --foo", "--foo=bar", "x.py");
    ck_usage("unknown option --boar", "--boar", "x");
    ck_usage("unknown option ---", "---");
    ck_usage("option --safe-mode takes no argument", "--safe-mode=1");
    ck_usage("option --help takes no argument", "--help=");
    ck_usage("unknown option -q", "-q");
    ck_usage("unknown option -z", "-iz");
    ck_usage("unknown option --version2", "--version2");
}
END_TEST

START_TEST(actions)
{
    struct cli_options o;

    ck_assert_int_eq(parse(&o, "--help", NULL), 0);
    ck_assert_int_eq(o.action, CLI_ACTION_HELP);
    ck_assert_int_eq(parse(&o, "-h", NULL), 0);
    ck_assert_int_eq(o.action, CLI_ACTION_HELP);
    ck_assert_int_eq(parse(&o, "--version", NULL), 0);
    ck_assert_int_eq(o.action, CLI_ACTION_VERSION);
    ck_assert_int_eq(parse(&o, "-V", NULL), 0);
    ck_assert_int_eq(o.action, CLI_ACTION_VERSION);
    ck_assert_int_eq(parse(&o, "--list-boards", NULL), 0);
    ck_assert_int_eq(o.action, CLI_ACTION_LIST_BOARDS);

    ck_assert_int_eq(parse(&o, "--list-boards", "-V", "-h", NULL), 0);
    ck_assert_int_eq(o.action, CLI_ACTION_HELP);
    ck_assert_int_eq(parse(&o, "--list-boards", "-iV", NULL), 0);
    ck_assert_int_eq(o.action, CLI_ACTION_VERSION);

    /* After the target, -h belongs to the program. */
    ck_assert_int_eq(parse(&o, "x.py", "-h", NULL), 0);
    ck_assert_int_eq(o.action, CLI_ACTION_RUN);

    /* Errors are still reported alongside -h. */
    ck_usage("unknown option --nope", "-h", "--nope");
}
END_TEST

START_TEST(reparse_resets)
{
    struct cli_options o;

    ck_assert_int_eq(parse(&o, "--nope", NULL), CLI_EUSAGE);
    ck_assert_int_eq(parse(&o, "-i", NULL), 0);
    ck_assert_str_eq(o.error, "");
    ck_assert_int_eq(parse(&o, NULL), 0);
    ck_assert(!o.inspect);
}
END_TEST

START_TEST(texts)
{
    static const char *const must_mention[] = {
        "-c CMD", "-m MODULE", "FILE", "DIR", "-i ", "-X heapsize=N[K|M]",
        "--board NAME", "--list-boards", "--sim-verbose", "--trace FILE",
        "--serial DEVICE", "--safe-mode", "--no-autoreload", "--version",
        "-V", "--help", "-h", "CIRCUITPY_BOARD", "CIRCUITPYPATH",
    };
    const char *help = cli_help_text();
    const char *usage = cli_usage_text();

    for (size_t k = 0; k < sizeof(must_mention) / sizeof(must_mention[0]); k++)
        ck_assert_msg(strstr(help, must_mention[k]) != NULL,
                      "help does not mention '%s'", must_mention[k]);
    ck_assert(strncmp(help, "usage: circuitpython ", 21) == 0);
    ck_assert(help[strlen(help) - 1] == '\n');
    ck_assert(strncmp(usage, "usage: circuitpython ", 21) == 0);
    ck_assert_ptr_nonnull(strstr(usage, "circuitpython --help"));
    ck_assert(usage[strlen(usage) - 1] == '\n');
    ck_assert(strncmp(cli_version_text(), "circuitpython ", 14) == 0);
    ck_assert_ptr_null(strchr(cli_version_text(), '\n'));
}
END_TEST

static Suite *cli_suite(void)
{
    Suite *s = suite_create("cli");
    TCase *tc = tcase_create("parse");

    tcase_add_test(tc, no_arguments);
    tcase_add_test(tc, file_and_args_untouched);
    tcase_add_test(tc, directory_target);
    tcase_add_test(tc, command);
    tcase_add_test(tc, command_joined_and_clustered);
    tcase_add_test(tc, command_missing);
    tcase_add_test(tc, module);
    tcase_add_test(tc, stdin_dash);
    tcase_add_test(tc, double_dash);
    tcase_add_test(tc, heapsize_valid);
    tcase_add_test(tc, heapsize_invalid);
    tcase_add_test(tc, long_options_with_values);
    tcase_add_test(tc, long_options_errors);
    tcase_add_test(tc, actions);
    tcase_add_test(tc, reparse_resets);
    tcase_add_test(tc, texts);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(cli_suite());
    int failed;

    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
