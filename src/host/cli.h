/*
 * Command line of the circuitpython binary (host only).
 *
 *   circuitpython [option] ... [FILE | DIR | -c CMD | -m MODULE | -] [arg] ...
 *
 * cli_parse() turns argv into a struct cli_options and does nothing else:
 * it never prints, exits, reads the environment or touches the file
 * system. main() then applies what the parser cannot decide:
 *  - CLI_TARGET_NONE: a REPL when stdin is a terminal (isatty), otherwise
 *    the program is read from stdin; sys.argv is [''] either way.
 *  - CLI_TARGET_PATH: a file to run, or a directory to run as a CIRCUITPY
 *    drive (stat tells which).
 *  - CLI_TARGET_MODULE: argv0 holds the module name until main has found
 *    the module's file, whose path then becomes sys.argv[0] (as python3).
 *  - board == NULL: $CIRCUITPY_BOARD, else the simulated board.
 *  - heap_size == 0: main's default heap size.
 */
#ifndef CP_HOST_CLI_H
#define CP_HOST_CLI_H

#include <stdbool.h>
#include <stddef.h>

/* cli_parse() result for a usage error; the message is in opts->error. */
#define CLI_EUSAGE (-1)
/* Exit status for a usage error (as python3). */
#define CLI_EXIT_USAGE 2

/* Bounds of -X heapsize, inclusive. */
#define CLI_HEAP_MIN ((size_t)16 * 1024)
#define CLI_HEAP_MAX ((size_t)1024 * 1024 * 1024)

enum cli_action {
    CLI_ACTION_RUN,         /* run the target */
    CLI_ACTION_HELP,        /* -h, --help: print cli_help_text() */
    CLI_ACTION_VERSION,     /* -V, --version: print cli_version_text() */
    CLI_ACTION_LIST_BOARDS, /* --list-boards */
};

enum cli_target {
    CLI_TARGET_NONE,    /* no program named: REPL or stdin (main decides) */
    CLI_TARGET_PATH,    /* FILE or DIR; target_arg is the path */
    CLI_TARGET_COMMAND, /* -c CMD; target_arg is the program text */
    CLI_TARGET_MODULE,  /* -m MODULE; target_arg is the module name */
    CLI_TARGET_STDIN,   /* "-": read the program from stdin */
};

struct cli_options {
    enum cli_action action;
    enum cli_target target;
    const char *target_arg; /* NULL for CLI_TARGET_NONE and _STDIN */

    /* The program's sys.argv is [argv0] + args[0 .. nargs-1]. args points
     * into the argv given to cli_parse (arguments after the target are
     * passed on untouched, even ones that look like options). */
    const char *argv0;
    char *const *args;
    int nargs;

    bool inspect;              /* -i */
    size_t heap_size;          /* -X heapsize=N; 0 when not given */
    const char *board;         /* --board NAME; NULL when not given */
    bool sim_verbose;          /* --sim-verbose */
    const char *trace_path;    /* --trace FILE; NULL when not given */
    const char *serial_device; /* --serial DEVICE; NULL when not given */
    bool safe_mode;            /* --safe-mode */
    bool no_autoreload;        /* --no-autoreload */

    /* Set on CLI_EUSAGE: a one-line message without the program name,
     * e.g. "Argument expected for the -c option". */
    char error[160];
};

/*
 * Parses argv[1 .. argc-1] into *opts (fully overwritten). The strings in
 * *opts point into argv, which must outlive them.
 * When several of -h, -V and --list-boards are given, help wins over
 * version, version over the board list.
 * Returns 0, or CLI_EUSAGE with opts->error set for an unknown option, a
 * missing option argument, an argument given to an option that takes none,
 * an unknown -X option, or a bad heap size (not N, NK or NM, or outside
 * CLI_HEAP_MIN .. CLI_HEAP_MAX).
 */
int cli_parse(struct cli_options *opts, int argc, char *const *argv);

/* The full --help text, ending in a newline. */
const char *cli_help_text(void);

/* Two lines for after a usage error: the synopsis and a pointer to
 * --help, ending in a newline. main prints "circuitpython: <error>\n"
 * and then this, to stderr, and exits with CLI_EXIT_USAGE. */
const char *cli_usage_text(void);

/* "circuitpython <version>", without a newline. */
const char *cli_version_text(void);

#endif
