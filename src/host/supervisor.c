/*
 * The supervisor's main loop (see supervisor.h), after CircuitPython's
 * main.c: a hard reset runs boot.py (or, in safe mode, safemode.py);
 * then code runs, the console waits for a key, the REPL runs, and each
 * reload goes round again with "soft reboot".
 *
 * The console messages and their order follow the contract in
 * shared/circuitpython-api.md: "code.py output:", the program's output,
 * "\nCode done running.\n" (or "\nCode stopped by auto-reload. Reloading
 * soon.\n"), the auto-reload line, "\nPress any key to enter the REPL.
 * Use CTRL-D to reload.\n", and "soft reboot\n" before each rerun.
 */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../modules/mod_microcontroller.h"
#include "../../modules/mod_supervisor.h"
#include "board_select.h"
#include "port.h"
#include "repl.h"
#include "repl_term.h"
#include "supervisor.h"
#include "supervisor_int.h"

struct sup_state sup;

/* What the loop does next: run the code (after "soft reboot"), the REPL,
 * the REPL again in raw mode after a soft reboot (no code runs), a hard
 * reset (boot.py again), wait for a key without running anything, exit. */
enum { NEXT_CODE, NEXT_REPL, NEXT_RAW, NEXT_RESET, NEXT_WAIT, NEXT_EXIT };

/* The REPL resumes in raw mode: no status line, which would land in a
 * tool's raw-REPL exchange (CircuitPython suspends it there too). */
static bool raw_mode;

bool supervisor_wanted(const struct cli_options *opts)
{
    if (opts->target == CLI_TARGET_PATH) {
        struct stat st;
        return stat(opts->target_arg, &st) == 0 && S_ISDIR(st.st_mode);
    }
    return opts->target == CLI_TARGET_NONE && opts->serial_device;
}

static void go_home(void)
{
    if (sup.dir && chdir(sup.dir) != 0)
        fprintf(stderr, "circuitpython: can't enter '%s': %s\n", sup.dir, strerror(errno));
}

static bool autoreload_on(void)
{
    return sup.dir && sup.safe_mode == SUPERVISOR_SAFE_NONE && mod_supervisor_autoreload();
}

/* SIGHUP arrived (and has stopped whatever ran): consumes it. */
static bool take_hup(void)
{
    if (!sup_sig_hup)
        return false;
    sup_sig_hup = 0;
    repl_term_hangup = 0;
    port_interrupt_pending = 0;
    mod_supervisor_set_run_reason(SUPERVISOR_RUN_SUPERVISOR_RELOAD);
    return true;
}

static void enter_safe_mode(int reason)
{
    sup.safe_mode = reason;
    mod_supervisor_set_safe_mode(reason);
    mod_supervisor_set_autoreload(false);
}

/* Runs one file with Ctrl-C working on any console: on a terminal that
 * is not our controlling one (a serial line), repl_term's watcher thread
 * turns the byte into an interrupt. */
static void run_file(const char *path, bool record, sup_result_t *r)
{
    repl_term_t t;
    repl_term_open(&t, STDIN_FILENO, STDOUT_FILENO);
    repl_term_run_mode(&t);
    void *exc = sup_vm_exec(path, r);
    /* the watcher is stopped (and its SIGINT delivered) before reporting */
    repl_term_run_done(&t);
    repl_term_close(&t);
    sup_vm_report(exc, record, r);
}

/* The first of names that exists, run; false when none does. */
static bool run_first(const char *const *names, size_t n, sup_result_t *r)
{
    for (size_t i = 0; i < n; i++) {
        if (access(names[i], R_OK) == 0) {
            run_file(names[i], true, r);
            return r->ran;
        }
    }
    return false;
}

/* ---- a hard reset: boot.py or safemode.py ---- */

static void write_boot_out(const char *text, size_t len)
{
    const char *name = "boot_out.txt";
    FILE *f = fopen(name, "rb");
    if (f) {
        /* unchanged: leave the file (and its watchers) alone */
        char *old = malloc(len + 1);
        size_t n = old ? fread(old, 1, len + 1, f) : 0;
        bool same = old && n == len && memcmp(old, text, len) == 0;
        free(old);
        fclose(f);
        if (same)
            return;
    }
    supervisor_note_local_write(name);
    f = fopen(name, "wb");
    if (!f) {
        fprintf(stderr, "circuitpython: can't write %s/%s: %s\n", sup.dir, name, strerror(errno));
        return;
    }
    fwrite(text, 1, len, f);
    fclose(f);
}

static void run_boot(void)
{
    go_home();
    if (sup_vm_start() != 0)
        return;
    char header[600];
    char line[512];
    repl_banner_line(line, sizeof(line));
    const char *id = board_select_board_id();
    snprintf(header, sizeof(header), "%s\nBoard ID:%s\n", line, id ? id : "unknown");
    sup_capture_t *cap = sup_capture_start();
    static const char *const names[] = {"boot.py", "boot.txt"};
    sup_result_t r;
    run_first(names, 2, &r);
    size_t len;
    char *text = sup_capture_stop(cap, &len);
    sup_vm_stop();
    if (sup.dir) {
        size_t hlen = strlen(header);
        char *all = malloc(hlen + len + 1);
        if (all) {
            memcpy(all, header, hlen);
            if (text)
                memcpy(all + hlen, text, len);
            write_boot_out(all, hlen + len);
            free(all);
        }
    }
    free(text);
}

static void run_safemode_py(void)
{
    if (sup.safe_mode == SUPERVISOR_SAFE_USER || !sup.dir)
        return;
    go_home();
    if (access("safemode.py", R_OK) != 0 || sup_vm_start() != 0)
        return;
    sup_result_t r;
    run_file("safemode.py", true, &r);
    sup_vm_stop();
    if (r.error && !r.system_exit)
        enter_safe_mode(SUPERVISOR_SAFE_SAFEMODE_PY_ERROR);
}

static void hard_reset(void)
{
    int mode = mod_microcontroller_take_next_run_mode();
    if (mode == MICROCONTROLLER_RUN_SAFE_MODE)
        enter_safe_mode(SUPERVISOR_SAFE_PROGRAMMATIC);
    mod_supervisor_set_run_reason(SUPERVISOR_RUN_STARTUP);
    sup.oom_runs = 0;
    if (sup.safe_mode != SUPERVISOR_SAFE_NONE)
        run_safemode_py();
    if (sup.safe_mode == SUPERVISOR_SAFE_NONE)
        run_boot();
    /* code.py after a reset starts with no stale reload pending */
    sup_reload_consume();
}

/* ---- code.py ---- */

static const char *const code_names[] = {"code.txt", "code.py", "main.py", "main.txt"};
static const char *const double_names[] = {"code.txt.py", "code.py.txt", "code.txt.txt", "code.py.py",
                                           "main.txt.py", "main.py.txt", "main.txt.txt", "main.py.py"};

/* The next code file if set_next_code_file chose one; *found tells
 * whether it ran. Returns the options that applied to this run. */
static unsigned run_chosen(sup_result_t *r, bool *found)
{
    unsigned options;
    const char *workdir;
    const char *file = mod_supervisor_next_code(&options, &workdir);
    *found = false;
    if (!file)
        return 0;
    options &= ~(unsigned)SUPERVISOR_NEXT_NEWLY_SET;
    mod_supervisor_set_next_options(options);
    if (!file[0])
        return options;
    char name[SUPERVISOR_PATH_MAX];
    snprintf(name, sizeof(name), "%s", file);
    if (workdir && chdir(workdir) != 0)
        fprintf(stderr, "circuitpython: can't enter '%s': %s\n", workdir, strerror(errno));
    if (access(name, R_OK) == 0) {
        run_file(name, true, r);
        *found = r->ran;
    }
    if (!*found) {
        sup_out(name);
        sup_out(" not found.\n");
    }
    return options;
}

typedef struct code_run {
    bool skip_repl, skip_wait;
    unsigned situation; /* SUPERVISOR_NEXT_* bits that keep the next code file */
    char where[96];     /* for the title: where the code failed, or "" */
} code_run_t;

/* What CircuitPython decides after a run: reload at once, wait, or go to
 * the REPL. */
static void after_run(code_run_t *c, const sup_result_t *r, unsigned options, bool reload)
{
    if (reload) {
        c->situation |= SUPERVISOR_NEXT_STICKY_ON_RELOAD;
        /* an auto-reload waits for the writes to settle */
        if (mod_supervisor_run_reason() != SUPERVISOR_RUN_AUTO_RELOAD)
            c->skip_repl = c->skip_wait = true;
    } else if (!r->error) {
        c->situation |= SUPERVISOR_NEXT_STICKY_ON_SUCCESS;
        if (options & SUPERVISOR_NEXT_RELOAD_ON_SUCCESS)
            c->skip_repl = c->skip_wait = true;
    } else {
        c->situation |= SUPERVISOR_NEXT_STICKY_ON_ERROR;
        if (options & SUPERVISOR_NEXT_RELOAD_ON_ERROR)
            c->skip_repl = c->skip_wait = true;
    }
    /* sys.exit(): straight to the REPL, as CircuitPython does */
    if (r->system_exit && !reload) {
        c->skip_repl = false;
        c->skip_wait = true;
    }
}

/* Runs the code file; returns NEXT_RESET for microcontroller.reset(),
 * else NEXT_CODE with *c filled in. */
static int run_code(code_run_t *c)
{
    sup_result_t r;
    memset(&r, 0, sizeof(r));
    if (sup_vm_start() != 0) {
        enter_safe_mode(SUPERVISOR_SAFE_NO_HEAP);
        return NEXT_CODE;
    }
    (void)mod_supervisor_take_reload_request(); /* only this run's counts */
    sup_reload_set_running(true);
    bool found;
    unsigned options = run_chosen(&r, &found);
    if (!found) {
        go_home();
        found = run_first(code_names, 4, &r);
        if (!found && run_first(double_names, 8, &r))
            sup_out("WARNING: Your code filename has two extensions\n");
    }
    sup_reload_set_running(false);
    bool by_change = sup_reload_take_stopped();
    bool by_request = mod_supervisor_take_reload_request();
    if (by_change)
        mod_supervisor_set_run_reason(SUPERVISOR_RUN_AUTO_RELOAD);
    bool by_hup = take_hup();
    sup_out(by_change ? "\nCode stopped by auto-reload. Reloading soon.\n" : "\nCode done running.\n");
    bool reset = mod_microcontroller_take_reset_request();
    sup_vm_stop(); /* atexit callbacks may print: still a cooked terminal */
    if (reset)
        return NEXT_RESET;
    sup_console_hold(true);
    if (r.ran) {
        sup.oom_runs = r.memory_error ? sup.oom_runs + 1 : 0;
        if (sup.oom_runs >= 3)
            enter_safe_mode(SUPERVISOR_SAFE_NO_HEAP);
    }
    after_run(c, &r, options, by_change || by_request || by_hup);
    if (r.error && !r.system_exit && r.where[0])
        snprintf(c->where, sizeof(c->where), "%s", r.where);
    return NEXT_CODE;
}

/* ---- waiting after the code ---- */

static void print_status(void)
{
    sup_line_clear();
    sup_out(autoreload_on() ? "Auto-reload is on. Simply save files over USB to run them or enter REPL to disable.\n"
                            : "Auto-reload is off.\n");
    if (sup.safe_mode != SUPERVISOR_SAFE_NONE) {
        sup_out("Running in safe mode! Not running saved code.\n");
        sup_safe_print_message(sup.safe_mode);
    }
    sup_out("\nPress any key to enter the REPL. Use CTRL-D to reload.\n");
}

/* Console input ended. */
static int input_gone(void)
{
    if (sup.opts->serial_device) {
        /* a serial line: the other end may come back */
        usleep(500 * 1000);
        return -1;
    }
    if (sup.input_tty)
        return NEXT_EXIT;
    sup.input = SUP_INPUT_NONE;
    return -1;
}

/* Returns NEXT_CODE (reload), NEXT_REPL or NEXT_EXIT. */
static int wait_for_user(code_run_t *c)
{
    bool printed = false;
    for (;;) {
        if (sup_sig_term)
            return NEXT_EXIT;
        if (take_hup())
            return NEXT_CODE;
        if (sup_reload_ready()) {
            sup_reload_consume();
            c->situation |= SUPERVISOR_NEXT_STICKY_ON_RELOAD;
            mod_supervisor_set_run_reason(SUPERVISOR_RUN_AUTO_RELOAD);
            return NEXT_CODE;
        }
        if (!printed && !sup_reload_pending()) {
            sup_title(c->where[0] ? c->where : "Done");
            print_status();
            printed = true;
        }
        if (sup.input != SUP_INPUT_LIVE || sup_reload_pending()) {
            usleep(50 * 1000);
            continue;
        }
        int key = sup_console_key(100);
        if (key == REPL_KEY_INTR) {
            if (port_interrupt_pending == PORT_INTERRUPT_STOP)
                continue; /* a signal: handled above */
            port_interrupt_pending = 0;
            key = 3;
        }
        if (key == REPL_KEY_EOF) {
            int r = input_gone();
            if (r >= 0)
                return r;
            continue;
        }
        if (key < 0)
            continue;
        if (key == 4) {
            mod_supervisor_set_run_reason(SUPERVISOR_RUN_REPL_RELOAD);
            return NEXT_CODE;
        }
        return NEXT_REPL;
    }
}

/* code.py, then the wait. */
static int code_and_wait(void)
{
    code_run_t c;
    memset(&c, 0, sizeof(c));
    c.situation = SUPERVISOR_NEXT_NEWLY_SET;
    go_home();
    if (sup.safe_mode == SUPERVISOR_SAFE_NONE && !sup_reload_pending()) {
        if (run_code(&c) == NEXT_RESET)
            return NEXT_RESET;
    }
    sup_console_hold(true);
    int next = c.skip_wait ? (c.skip_repl ? NEXT_CODE : NEXT_REPL) : wait_for_user(&c);
    sup_console_hold(false);
    if (sup_sig_term)
        next = NEXT_EXIT;
    unsigned options;
    const char *workdir;
    if (mod_supervisor_next_code(&options, &workdir) && (options & c.situation) == 0)
        mod_supervisor_clear_next_code();
    return next;
}

/* ---- the REPL ---- */

static int run_repl(void)
{
    go_home();
    if (sup_vm_start() != 0) {
        fprintf(stderr, "circuitpython: no memory for the REPL\n");
        return NEXT_EXIT;
    }
    sup_reload_suspend(true);
    if (sup.safe_mode == SUPERVISOR_SAFE_NONE && access("repl.py", R_OK) == 0) {
        sup_result_t r;
        run_file("repl.py", false, &r);
    }
    if (!raw_mode)
        sup_title("REPL");
    int r = repl_run_on(STDIN_FILENO, STDOUT_FILENO, true);
    /* supervisor.reload() at the REPL is a SystemExit, which the REPL
       already turned into a reload */
    (void)mod_supervisor_take_reload_request();
    raw_mode = r == REPL_RELOAD_RAW;
    if (!raw_mode)
        sup_title("Done");
    bool reset = mod_microcontroller_take_reset_request();
    sup_vm_stop();
    sup_reload_suspend(false);
    if (sup_sig_term)
        return NEXT_EXIT;
    if (take_hup())
        return NEXT_CODE;
    if (reset)
        return NEXT_RESET;
    mod_supervisor_set_run_reason(SUPERVISOR_RUN_REPL_RELOAD);
    switch (r) {
    case REPL_RELOAD: return NEXT_CODE;
    case REPL_RELOAD_RAW: return NEXT_RAW;
    case REPL_HANGUP: {
        int g = input_gone();
        return g >= 0 ? g : sup.input == SUP_INPUT_LIVE ? NEXT_REPL : NEXT_WAIT;
    }
    default: return NEXT_EXIT;
    }
}

/* ---- start and the loop ---- */

static int setup(const struct cli_options *opts, char **argv)
{
    memset(&sup, 0, sizeof(sup));
    sup.opts = opts;
    if (opts->target == CLI_TARGET_PATH) {
        sup.dir = realpath(opts->target_arg, NULL);
        if (!sup.dir) {
            fprintf(stderr, "circuitpython: can't open '%s': %s\n", opts->target_arg, strerror(errno));
            return 2;
        }
    }
    if (opts->serial_device && supervisor_console_serial(opts->serial_device) != 0)
        return 1;
    sup.input_tty = isatty(STDIN_FILENO);
    sup.title = isatty(STDOUT_FILENO);
    sup.input = SUP_INPUT_LIVE;
    sup_console_signals();
    sup_safe_install_crash_handler(argv);
    if (opts->safe_mode)
        enter_safe_mode(SUPERVISOR_SAFE_USER);
    int crashed = sup_safe_startup_reason();
    if (crashed != SUPERVISOR_SAFE_NONE && !opts->safe_mode)
        enter_safe_mode(crashed);
    mod_supervisor_attach(!opts->no_autoreload && sup.safe_mode == SUPERVISOR_SAFE_NONE && sup.dir);
    return 0;
}

int supervisor_main(const struct cli_options *opts, char **argv)
{
    int status = setup(opts, argv);
    if (status)
        return status;
    bool watching = false;
    bool first = true; /* no "soft reboot" before the first run after a reset */
    bool reset = true;
    int next = NEXT_CODE;
    for (;;) {
        if (reset) {
            reset = false;
            first = true;
            hard_reset();
            if (!watching && sup.dir)
                watching = sup_reload_start(sup.dir) == 0;
            if (sup_sig_term)
                break;
            take_hup(); /* during boot.py: the code is about to run anyway */
        }
        if (next == NEXT_REPL)
            next = run_repl();
        if (next == NEXT_WAIT) {
            code_run_t c;
            memset(&c, 0, sizeof(c));
            sup_console_hold(true);
            next = wait_for_user(&c);
            sup_console_hold(false);
        }
        if (next == NEXT_EXIT)
            break;
        if (next == NEXT_RESET) {
            /* as a board's reset: safe mode ends (unless asked for again) */
            reset = true;
            next = NEXT_CODE;
            sup.safe_mode = SUPERVISOR_SAFE_NONE;
            mod_supervisor_set_safe_mode(SUPERVISOR_SAFE_NONE);
            mod_supervisor_set_autoreload(!opts->no_autoreload && sup.dir);
            continue;
        }
        if (!first)
            sup_out("soft reboot\n");
        first = false;
        if (next == NEXT_RAW) {
            next = NEXT_REPL;
            continue;
        }
        next = code_and_wait();
    }
    if (watching)
        sup_reload_stop();
    sup_vm_stop();
    board_select_close();
    fflush(stdout);
    free(sup.dir);
    return 0;
}
