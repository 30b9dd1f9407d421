/*
 * Command line of the circuitpython binary: see cli.h.
 *
 * The grammar follows python3: options come first; the first of FILE, DIR,
 * -c CMD, -m MODULE or "-" ends them, and every later argument belongs to
 * the program. Short options cluster ("-ic CMD", "-cCMD", "-Xheapsize=1M");
 * long options take their value as "--opt VALUE" or "--opt=VALUE".
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#ifndef PACKAGE_VERSION
#define PACKAGE_VERSION "unknown"
#endif

enum long_id {
    OPT_BOARD,
    OPT_LIST_BOARDS,
    OPT_VERSION,
    OPT_HELP,
    OPT_SIM_VERBOSE,
    OPT_TRACE,
    OPT_SERIAL,
    OPT_SAFE_MODE,
    OPT_NO_AUTORELOAD,
};

struct long_opt {
    const char *name;
    enum long_id id;
    bool has_arg;
};

static const struct long_opt long_opts[] = {
    { "board", OPT_BOARD, true },
    { "list-boards", OPT_LIST_BOARDS, false },
    { "version", OPT_VERSION, false },
    { "help", OPT_HELP, false },
    { "sim-verbose", OPT_SIM_VERBOSE, false },
    { "trace", OPT_TRACE, true },
    { "serial", OPT_SERIAL, true },
    { "safe-mode", OPT_SAFE_MODE, false },
    { "no-autoreload", OPT_NO_AUTORELOAD, false },
};

/* Parser state: argv and the index of the argument being read. */
struct state {
    struct cli_options *o;
    int argc;
    char *const *argv;
    int i;
    bool help, version, list_boards;
};

static int fail(struct state *st, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(st->o->error, sizeof(st->o->error), fmt, ap);
    va_end(ap);
    return CLI_EUSAGE;
}

/* The argument after argv[st->i], consumed; NULL when there is none. */
static const char *next_arg(struct state *st)
{
    if (st->i + 1 >= st->argc)
        return NULL;
    return st->argv[++st->i];
}

/* Makes the target and everything after it the program's sys.argv.
 * rest is the index of the first argument after the target. */
static void set_target(struct state *st, enum cli_target t, const char *arg,
                       const char *argv0, int rest)
{
    struct cli_options *o = st->o;

    o->target = t;
    o->target_arg = arg;
    o->argv0 = argv0;
    o->args = st->argv + rest;
    o->nargs = st->argc - rest;
}

/* "N", "NK", "NM" or "NG" (suffix in either case) to bytes, within
 * CLI_HEAP_MIN .. CLI_HEAP_MAX. Returns 0 or -1. */
static int parse_heap_size(const char *s, size_t *out)
{
    unsigned long long n = 0;
    const char *p = s;

    if (*p < '0' || *p > '9')
        return -1;
    /* Past CLI_HEAP_MAX the exact value no longer matters; stopping the
     * accumulation there keeps it from overflowing. */
    for (; *p >= '0' && *p <= '9'; p++)
        if (n <= CLI_HEAP_MAX)
            n = n * 10 + (unsigned)(*p - '0');
    switch (*p) {
    case '\0': break;
    case 'k': case 'K': n *= 1024; p++; break;
    case 'm': case 'M': n *= 1024 * 1024; p++; break;
    case 'g': case 'G': n *= 1024 * 1024 * 1024; p++; break;
    default: return -1;
    }
    if (*p != '\0' || n < CLI_HEAP_MIN || n > CLI_HEAP_MAX)
        return -1;
    *out = (size_t)n;
    return 0;
}

static int x_option(struct state *st, const char *x)
{
    static const char key[] = "heapsize=";

    if (strncmp(x, key, sizeof(key) - 1) != 0) {
        if (strcmp(x, "heapsize") == 0)
            return fail(st, "-X heapsize needs a value, e.g. -X heapsize=256K");
        return fail(st, "unknown -X option '%s'", x);
    }
    x += sizeof(key) - 1;
    if (parse_heap_size(x, &st->o->heap_size) != 0)
        return fail(st, "invalid heap size '%s' (expected N, NK or NM, from 16K to 1G)", x);
    return 0;
}

static const struct long_opt *find_long(const char *name, size_t len)
{
    for (size_t k = 0; k < sizeof(long_opts) / sizeof(long_opts[0]); k++)
        if (strlen(long_opts[k].name) == len && strncmp(long_opts[k].name, name, len) == 0)
            return &long_opts[k];
    return NULL;
}

static void apply_long(struct state *st, enum long_id id, const char *val)
{
    struct cli_options *o = st->o;

    switch (id) {
    case OPT_BOARD: o->board = val; break;
    case OPT_LIST_BOARDS: st->list_boards = true; break;
    case OPT_VERSION: st->version = true; break;
    case OPT_HELP: st->help = true; break;
    case OPT_SIM_VERBOSE: o->sim_verbose = true; break;
    case OPT_TRACE: o->trace_path = val; break;
    case OPT_SERIAL: o->serial_device = val; break;
    case OPT_SAFE_MODE: o->safe_mode = true; break;
    case OPT_NO_AUTORELOAD: o->no_autoreload = true; break;
    }
}

/* argv[st->i] is "--name" or "--name=value". */
static int long_option(struct state *st)
{
    const char *arg = st->argv[st->i];
    const char *name = arg + 2;
    const char *eq = strchr(name, '=');
    size_t len = eq ? (size_t)(eq - name) : strlen(name);
    const struct long_opt *lo = find_long(name, len);
    const char *val = eq ? eq + 1 : NULL;

    if (!lo)
        return fail(st, "unknown option --%.*s", (int)len, name);
    if (!lo->has_arg && val)
        return fail(st, "option --%s takes no argument", lo->name);
    if (lo->has_arg && !val)
        val = next_arg(st);
    if (lo->has_arg && (!val || !*val))
        return fail(st, "Argument expected for the --%s option", lo->name);
    apply_long(st, lo->id, val);
    return 0;
}

/* A cluster of short options, argv[st->i] = "-abc". Sets *done when -c or
 * -m ended the options. */
static int short_options(struct state *st, bool *done)
{
    const char *arg = st->argv[st->i];

    for (const char *p = arg + 1; *p; p++) {
        const char *val;

        switch (*p) {
        case 'i': st->o->inspect = true; continue;
        case 'V': st->version = true; continue;
        case 'h': st->help = true; continue;
        case 'c': case 'm': case 'X': break;
        default: return fail(st, "unknown option -%c", *p);
        }
        /* -c, -m and -X take the rest of the cluster or the next argument. */
        val = p[1] ? p + 1 : next_arg(st);
        if (!val)
            return fail(st, "Argument expected for the -%c option", *p);
        if (*p == 'X')
            return x_option(st, val);
        if (*p == 'c')
            set_target(st, CLI_TARGET_COMMAND, val, "-c", st->i + 1);
        else
            set_target(st, CLI_TARGET_MODULE, val, val, st->i + 1);
        *done = true;
        return 0;
    }
    return 0;
}

/* Handles argv[st->i]; sets *done when it was the target. */
static int one_arg(struct state *st, bool *done)
{
    const char *arg = st->argv[st->i];

    if (strcmp(arg, "-") == 0) {
        set_target(st, CLI_TARGET_STDIN, NULL, "-", st->i + 1);
        *done = true;
        return 0;
    }
    if (strcmp(arg, "--") == 0) {
        /* Whatever follows is the target, even if it starts with '-'. */
        if (st->i + 1 < st->argc) {
            st->i++;
            set_target(st, CLI_TARGET_PATH, st->argv[st->i], st->argv[st->i], st->i + 1);
        }
        *done = true;
        return 0;
    }
    if (arg[0] == '-' && arg[1] == '-')
        return long_option(st);
    if (arg[0] == '-')
        return short_options(st, done);
    set_target(st, CLI_TARGET_PATH, arg, arg, st->i + 1);
    *done = true;
    return 0;
}

int cli_parse(struct cli_options *opts, int argc, char *const *argv)
{
    struct state st = { .o = opts, .argc = argc, .argv = argv, .i = 1 };
    bool done = false;

    memset(opts, 0, sizeof(*opts));
    opts->action = CLI_ACTION_RUN;
    opts->target = CLI_TARGET_NONE;
    opts->argv0 = "";
    opts->args = argv + (argc > 0 ? argc : 0);
    for (; st.i < argc && !done; st.i++) {
        int err = one_arg(&st, &done);

        if (err)
            return err;
    }
    if (st.help)
        opts->action = CLI_ACTION_HELP;
    else if (st.version)
        opts->action = CLI_ACTION_VERSION;
    else if (st.list_boards)
        opts->action = CLI_ACTION_LIST_BOARDS;
    return 0;
}

const char *cli_usage_text(void)
{
    return "usage: circuitpython [option] ... [FILE | DIR | -c CMD | -m MODULE | -] [arg] ...\n"
           "Try 'circuitpython --help' for more information.\n";
}

const char *cli_version_text(void)
{
    return "circuitpython " PACKAGE_VERSION;
}

const char *cli_help_text(void)
{
    return
        "usage: circuitpython [option] ... [FILE | DIR | -c CMD | -m MODULE | -] [arg] ...\n"
        "\n"
        "Runs a Python 3 program with CircuitPython's modules (board, digitalio,\n"
        "busio, ...) on a simulated board or on real hardware.\n"
        "\n"
        "What to run (the first of these ends the options; every argument after\n"
        "it is passed to the program in sys.argv[1:]):\n"
        "  FILE             run the Python program in FILE; sys.argv[0] is FILE\n"
        "  DIR              run DIR as a CIRCUITPY drive: boot.py once, then the\n"
        "                   first of code.txt, code.py, main.py, main.txt, with\n"
        "                   DIR/lib on the module search path\n"
        "  -c CMD           run the program text CMD; sys.argv[0] is '-c'\n"
        "  -m MODULE        find MODULE on the module search path and run it as\n"
        "                   __main__; sys.argv[0] is the module's file\n"
        "  -                read the program from standard input; sys.argv[0] is '-'\n"
        "  (none)           interactive prompt (REPL) when standard input is a\n"
        "                   terminal, otherwise read the program from standard input\n"
        "\n"
        "Options:\n"
        "  -i               enter the interactive prompt after running the program\n"
        "  -X heapsize=N[K|M]\n"
        "                   size of the interpreter's heap in bytes, KiB or MiB,\n"
        "                   from 16K to 1G\n"
        "  --board NAME     present board NAME to the program (see --list-boards);\n"
        "                   default: $CIRCUITPY_BOARD, else the simulated board\n"
        "  --list-boards    list the known boards and exit\n"
        "  --sim-verbose    log every operation on the simulated board to stderr\n"
        "  --trace FILE     record every pin change and bus transaction in FILE as a\n"
        "                   VCD waveform (GTKWave, PulseView; simulated board)\n"
        "  --serial DEVICE  use the serial device DEVICE (a tty or pty) as the\n"
        "                   board's console for the REPL and program output\n"
        "  --safe-mode      start in safe mode: run neither boot.py nor code.py\n"
        "  --no-autoreload  do not restart the program when a file in DIR changes\n"
        "  -V, --version    print the version and exit\n"
        "  -h, --help       print this help and exit\n"
        "\n"
        "Environment:\n"
        "  CIRCUITPY_BOARD  board to use when --board is not given\n"
        "  CIRCUITPYPATH    ':'-separated directories searched for modules before\n"
        "                   the built-in ones (like PYTHONPATH)\n"
        "\n"
        "Exit status: 0 on success, 1 when the program ends with an uncaught\n"
        "exception, 2 on a usage error, or the code given to sys.exit().\n";
}
