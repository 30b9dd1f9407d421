/*
 * Board selection for the host binary (see board_select.h).
 *
 * A board named by the user (--board, $CIRCUITPY_BOARD, $BLINKA_*) is
 * loaded by board_select_open, so that a wrong name or a broken board
 * file stops the program before it starts. Detection (reading every board
 * file, the device tree, USB ids, and for the generic board every
 * gpiochip and line) waits for the first use of the hardware layer, so
 * that programs that never touch it start without any of that.
 *
 * Invariant: after a successful board_select_open, either `pending` is
 * set (detection not done yet; chosen and backend NULL), or `chosen` is
 * the parsed board and `backend` the backend that drives it (or chosen is
 * NULL and open_error says why). The system is opened at most once, on
 * first use, and board_select_close undoes everything.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../backends/board_file.h"
#include "../../backends/hal.h"
#include "../../modules/hw.h"
#include "board_select.h"

#ifndef CP_BOARDSDIR
#define CP_BOARDSDIR "/usr/local/share/circuitpython/boards"
#endif

static hal_board_t *chosen;
static const hal_backend_t *backend;
static bool pending; /* detection waits for the first use */
static bool opt_verbose;
static const char *opt_trace_path;
static hal_options_t options;
static hal_system_t sys;
static bool sys_open;
/* Printed when the backend opens, if stderr is a terminal: why the
 * simulated board stands in. Empty when it was chosen on purpose. Only for
 * terminals, so that programs whose stderr is captured (tests, pipelines)
 * see exactly their own output. */
static char notice[640];
/* Why there is no board when the fallback to sim failed (missing board
 * files): reported when a program first uses the hardware, so programs
 * that do not are unaffected. */
static char open_error[700];
static char nvm_path[PATH_MAX];

/* ---- where things are ---- */

/* True when this binary sits in the build directory it was built in. */
static bool running_from_builddir(void)
{
#ifdef CP_BUILDDIR
    char exe[PATH_MAX], build[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
    if (n <= 0 || !realpath(CP_BUILDDIR, build))
        return false;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash)
        *slash = '\0';
    return strcmp(exe, build) == 0;
#else
    return false;
#endif
}

static const char *boards_dir(void)
{
    const char *env = getenv("CIRCUITPY_BOARDS_DIR");
    if (env && *env)
        return env;
#ifdef CP_SRC_BOARDSDIR
    if (running_from_builddir())
        return CP_SRC_BOARDSDIR;
#endif
    return CP_BOARDSDIR;
}

/* $CIRCUITPY_NVM; else the build directory for sim run from there; else
 * $XDG_DATA_HOME (or ~/.local/share)/circuitpython/nvm.bin (sim-nvm.bin
 * for sim). NULL when none can be formed (the backend keeps it in memory). */
static const char *choose_nvm_path(const hal_board_t *b)
{
    const char *env = getenv("CIRCUITPY_NVM");
    bool is_sim = strcmp(b->backend, "sim") == 0;
    const char *file = is_sim ? "sim-nvm.bin" : "nvm.bin";
    if (env && *env)
        return env;
#ifdef CP_BUILDDIR
    if (is_sim && running_from_builddir()) {
        snprintf(nvm_path, sizeof(nvm_path), "%s/%s", CP_BUILDDIR, file);
        return nvm_path;
    }
#endif
    const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
    if (xdg && *xdg)
        snprintf(nvm_path, sizeof(nvm_path), "%s/circuitpython/%s", xdg, file);
    else if (home && *home)
        snprintf(nvm_path, sizeof(nvm_path), "%s/.local/share/circuitpython/%s", home, file);
    else
        return NULL;
    return nvm_path;
}

static bool valid_id(const char *id)
{
    if (!*id)
        return false;
    for (; *id; id++)
        if (!((*id >= 'a' && *id <= 'z') || (*id >= '0' && *id <= '9') || *id == '_'))
            return false;
    return true;
}

/* Loads boards_dir()/id.board into *out. On failure the message goes to
 * err (when err is not NULL) or else to stderr, unless quiet_missing and
 * the file does not exist. */
static int load_to(const char *id, hal_board_t **out, bool quiet_missing, char *err, size_t errsize)
{
    char path[PATH_MAX], msg[600];
    snprintf(path, sizeof(path), "%s/%s.board", boards_dir(), id);
    int rc = board_file_load(path, out, msg, sizeof(msg));
    if (rc && err)
        snprintf(err, errsize, "%s", msg);
    else if (rc && !(quiet_missing && rc == -ENOENT))
        fprintf(stderr, "circuitpython: %s\n", msg);
    return rc;
}

static int load(const char *id, hal_board_t **out, bool quiet_missing)
{
    return load_to(id, out, quiet_missing, NULL, 0);
}

/* The board ids in the boards directory, sorted; *n gets the count. */
static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static char **list_ids(size_t *n)
{
    *n = 0;
    DIR *d = opendir(boards_dir());
    if (!d)
        return NULL;
    char **ids = NULL;
    size_t cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        if (len <= 6 || strcmp(e->d_name + len - 6, ".board") != 0)
            continue;
        if (*n == cap) {
            char **bigger = realloc(ids, (cap = cap ? cap * 2 : 16) * sizeof(char *));
            if (!bigger)
                break;
            ids = bigger;
        }
        ids[*n] = strndup(e->d_name, len - 6);
        if (ids[*n])
            (*n)++;
    }
    closedir(d);
    if (*n)
        qsort(ids, *n, sizeof(char *), cmp_str);
    return ids;
}

static void free_ids(char **ids, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(ids[i]);
    free(ids);
}

int board_select_list(void)
{
    size_t n;
    char **ids = list_ids(&n);
    int status = 0;
    if (n == 0) {
        fprintf(stderr, "circuitpython: no board files in %s\n", boards_dir());
        return 1;
    }
    for (size_t i = 0; i < n; i++) {
        hal_board_t *b;
        if (load(ids[i], &b, false) != 0) {
            status = 1;
            continue;
        }
        if (hal_backend_find(b->backend))
            printf("%-24s %s\n", b->id, b->name);
        else
            printf("%-24s %s (needs the %s backend, not in this build)\n", b->id, b->name, b->backend);
        board_file_free(b);
    }
    free_ids(ids, n);
    return status;
}

/* ---- detection ---- */

/* Reads a small file fully into buf (NUL-terminated); returns its length
 * or -1. */
static long read_small(const char *path, char *buf, size_t size)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    size_t n = fread(buf, 1, size - 1, f);
    fclose(f);
    buf[n] = '\0';
    return (long)n;
}

typedef struct facts {
    char compatible[1024];
    long compatible_len; /* NUL-separated list; -1 when absent */
    char model[256];     /* cut before " Rev " */
    bool have_model;
} facts_t;

/* $CIRCUITPY_DEVICE_TREE replaces /proc/device-tree, and otherwise
 * $CIRCUITPY_SYSROOT prefixes it, as it prefixes the Linux backend's /dev
 * and /sys (both for tests). */
static void read_facts(facts_t *f)
{
    const char *dt = getenv("CIRCUITPY_DEVICE_TREE");
    const char *root = getenv("CIRCUITPY_SYSROOT");
    char path[PATH_MAX], rooted[PATH_MAX / 2];
    if ((!dt || !*dt) && root && *root) {
        snprintf(rooted, sizeof(rooted), "%s/proc/device-tree", root);
        dt = rooted;
    }
    if (!dt || !*dt)
        dt = "/proc/device-tree";
    memset(f, 0, sizeof(*f));
    snprintf(path, sizeof(path), "%s/compatible", dt);
    f->compatible_len = read_small(path, f->compatible, sizeof(f->compatible));
    snprintf(path, sizeof(path), "%s/model", dt);
    f->have_model = read_small(path, f->model, sizeof(f->model)) > 0;
    char *rev = strstr(f->model, " Rev ");
    if (rev)
        *rev = '\0';
}

/* Does device-tree rule d match the facts? */
static bool rule_matches(const hal_board_detect_t *d, const facts_t *f)
{
    switch (d->kind) {
    case HAL_DETECT_DT_MODEL:
        return f->have_model && strcmp(f->model, d->value) == 0;
    case HAL_DETECT_DT_COMPATIBLE:
        for (long i = 0; i < f->compatible_len; i += (long)strlen(f->compatible + i) + 1)
            if (strcmp(f->compatible + i, d->value) == 0)
                return true;
        return false;
    default:
        return false;
    }
}

/* Is a USB device "vvvv:pppp" present (sysfs)? */
static bool usb_present(const char *vidpid)
{
    DIR *d = opendir("/sys/bus/usb/devices");
    if (!d)
        return false;
    bool found = false;
    struct dirent *e;
    while (!found && (e = readdir(d)) != NULL) {
        char path[PATH_MAX], vid[16], pid[16];
        snprintf(path, sizeof(path), "/sys/bus/usb/devices/%s/idVendor", e->d_name);
        if (read_small(path, vid, sizeof(vid)) < 4)
            continue;
        snprintf(path, sizeof(path), "/sys/bus/usb/devices/%s/idProduct", e->d_name);
        if (read_small(path, pid, sizeof(pid)) < 4)
            continue;
        found = strncasecmp(vid, vidpid, 4) == 0 && strncasecmp(pid, vidpid + 5, 4) == 0;
    }
    closedir(d);
    return found;
}

/* The index in boards[0..n) (NULL entries skipped) of the first board
 * with a matching rule of kind `kind` (HAL_DETECT_*), or -1. */
static long detect_pass(hal_board_t **boards, size_t n, const facts_t *f, int kind)
{
    for (size_t i = 0; i < n; i++) {
        const hal_board_t *b = boards[i];
        for (size_t r = 0; b && r < b->n_detect; r++) {
            const hal_board_detect_t *d = &b->detect[r];
            if (d->kind != kind)
                continue;
            if (kind == HAL_DETECT_USB ? usb_present(d->value) : rule_matches(d, f))
                return (long)i;
        }
    }
    return -1;
}

/* A board a backend builds from the hardware it finds (HAL_CTL_DETECT:
 * the Linux backend's generic board from the gpiochips), or NULL; when a
 * backend finds hardware it may not use, its reason goes into the notice. */
static hal_board_t *detect_generic(void)
{
    for (size_t i = 0; hal_backends[i]; i++) {
        char why[400] = "";
        hal_detect_t d = {NULL, why, sizeof(why), NULL};
        if (!hal_backends[i]->control)
            continue;
        int rc = hal_backends[i]->control(NULL, HAL_CTL_DETECT, &d);
        if (rc == 0 && d.board)
            return d.board;
        if (why[0] && !notice[0])
            snprintf(notice, sizeof(notice), "circuitpython: %s; using the simulated board (sim)", why);
    }
    return NULL;
}

/* The board `id` that no board file describes but a backend builds from
 * the hardware (generic_linux), into *out: 0; -ENOENT when no backend
 * builds such a board; another -errno when the one that does cannot, with
 * the reason in why. */
static int build_named(const char *id, hal_board_t **out, char *why, size_t why_size)
{
    *out = NULL;
    for (size_t i = 0; hal_backends[i]; i++) {
        hal_detect_t d = {NULL, why, why_size, id};
        why[0] = '\0';
        if (!hal_backends[i]->control)
            continue;
        int rc = hal_backends[i]->control(NULL, HAL_CTL_DETECT, &d);
        if (rc == 0 && d.board && strcmp(d.board->id, id) == 0) {
            *out = d.board;
            return 0;
        }
        if (rc == 0) {
            board_file_free(d.board);
            continue;
        }
        if (rc == -HAL_ENOENT || rc == -HAL_ENOTSUP)
            continue;
        if (!why[0])
            snprintf(why, why_size, "%s", strerror(-rc));
        return rc;
    }
    return -ENOENT;
}

/* The detected board whose backend is built in, or NULL. Rules are tried
 * by strength: every board's dt-compatible rules, then dt-model, then USB
 * (so a Raspberry Pi with an FT232H plugged in stays a Raspberry Pi); a
 * machine no rule matches may still get a generic board from a backend. */
static hal_board_t *detect(void)
{
    size_t n;
    char **ids = list_ids(&n);
    hal_board_t **boards = n ? calloc(n, sizeof(hal_board_t *)) : NULL;
    for (size_t i = 0; boards && i < n; i++)
        if (load(ids[i], &boards[i], true) != 0)
            boards[i] = NULL; /* its error is printed once */
    facts_t f;
    read_facts(&f);
    hal_board_t *found = NULL;
    static const int order[] = {HAL_DETECT_DT_COMPATIBLE, HAL_DETECT_DT_MODEL, HAL_DETECT_USB};
    for (size_t k = 0; k < 3 && boards && !found; k++) {
        long i = detect_pass(boards, n, &f, order[k]);
        if (i < 0)
            continue;
        found = boards[i];
        boards[i] = NULL;
        if (!hal_backend_find(found->backend)) {
            snprintf(notice, sizeof(notice),
                     "circuitpython: detected %s, but this build has no %s backend; using the simulated board (sim)",
                     found->name, found->backend);
            board_file_free(found);
            found = NULL;
            break;
        }
    }
    for (size_t i = 0; boards && i < n; i++)
        board_file_free(boards[i]);
    free(boards);
    free_ids(ids, n);
    if (!found && !notice[0])
        found = detect_generic();
    return found;
}

/* The board whose `blinka` lines name id, or NULL. */
static hal_board_t *find_blinka(const char *id)
{
    size_t n;
    char **ids = list_ids(&n);
    hal_board_t *found = NULL;
    for (size_t i = 0; i < n && !found; i++) {
        hal_board_t *b;
        if (load(ids[i], &b, true) != 0)
            continue;
        for (size_t k = 0; k < b->n_blinka_ids && !found; k++)
            if (strcmp(b->blinka_ids[k], id) == 0)
                found = b;
        if (!found)
            board_file_free(b);
    }
    free_ids(ids, n);
    return found;
}

static bool env_flag(const char *name)
{
    const char *v = getenv(name);
    return v && *v && strcmp(v, "0") != 0;
}

/* ---- opening ---- */

static void log_line(void *ctx, const char *line)
{
    (void)ctx;
    fprintf(stderr, "circuitpython: %s\n", line);
}

static int choose_detected(void);

/* hw_opener_t: opens the chosen board's backend on first use, detecting
 * the board first when that was left for now. */
static int open_system(char *err, size_t errsize)
{
    if (pending)
        choose_detected();
    if (!chosen) {
        snprintf(err, errsize, "%s", open_error[0] ? open_error : "no board");
        return -ENODEV;
    }
    if (notice[0] && isatty(STDERR_FILENO))
        fprintf(stderr, "%s\n", notice);
    notice[0] = '\0';
    options = (hal_options_t){
        .verbose = opt_verbose,
        .nvm_path = choose_nvm_path(chosen),
        .trace_path = opt_trace_path,
        .log = log_line,
    };
    memset(&sys, 0, sizeof(sys));
    sys.board = chosen;
    sys.backend = backend;
    sys.options = &options;
    int rc = backend->open(&sys);
    if (rc) {
        snprintf(err, errsize, "cannot open board %s (%s backend): %s", chosen->id, backend->name, strerror(-rc));
        return rc;
    }
    sys_open = true;
    hw_set_system(&sys);
    return 0;
}

/* The board named id: its board file, else a board a backend builds
 * (generic_linux). Returns 0 or an exit status, with the message printed. */
static int choose_named(const char *id)
{
    int rc = valid_id(id) ? load(id, &chosen, true) : -ENOENT;
    if (rc == -ENOENT && valid_id(id)) {
        char why[400];
        rc = build_named(id, &chosen, why, sizeof(why));
        if (rc && rc != -ENOENT) {
            fprintf(stderr, "circuitpython: board %s: %s\n", id, why);
            return 1;
        }
    }
    if (rc == -ENOENT) {
        fprintf(stderr, "circuitpython: unknown board '%s' (see --list-boards)\n", id);
        return 2;
    }
    return chosen ? 0 : 1;
}

/* Detection (board_select.h: after the named boards), at the first use of
 * the hardware: a detected board, else sim. Without sim.board there is no
 * board, and open_error says why. */
static int choose_detected(void)
{
    pending = false;
    if ((chosen = detect()) == NULL) {
        if (!notice[0])
            snprintf(notice, sizeof(notice),
                     "circuitpython: no supported board detected; using the simulated board (sim)");
        load_to("sim", &chosen, false, open_error, sizeof(open_error));
    }
    if (!chosen)
        return -ENODEV;
    /* detect() keeps only boards whose backend is built in, and sim's is */
    backend = hal_backend_find(chosen->backend);
    if (!backend) {
        snprintf(open_error, sizeof(open_error), "board %s needs the %s backend, which this build does not include",
                 chosen->id, chosen->backend);
        board_file_free(chosen);
        chosen = NULL;
        return -ENODEV;
    }
    return 0;
}

/* Picks the board the user named (board_select.h), or leaves detection
 * for the first use; returns 0 or an exit status. */
static int choose(const struct cli_options *opts)
{
    const char *id = opts->board;
    if (!id || !*id)
        id = getenv("CIRCUITPY_BOARD");
    if (id && *id)
        return choose_named(id);
    const char *blinka = getenv("BLINKA_FORCEBOARD");
    if (blinka && *blinka) {
        if ((chosen = find_blinka(blinka)) != NULL)
            return 0;
        fprintf(stderr, "circuitpython: BLINKA_FORCEBOARD=%s matches no board (see --list-boards)\n", blinka);
        return 2;
    }
    if (env_flag("BLINKA_FT232H"))
        return load("ft232h", &chosen, false) ? 1 : 0;
    if (env_flag("BLINKA_FT2232H"))
        return load("ft2232h", &chosen, false) ? 1 : 0;
    pending = true; /* without sim.board, only programs using hardware fail */
    return 0;
}

int board_select_open(const struct cli_options *opts)
{
    board_select_close();
    opt_verbose = opts->sim_verbose;
    opt_trace_path = opts->trace_path;
    int status = choose(opts);
    if (status)
        return status;
    hw_set_opener(open_system);
    if (!chosen)
        return 0;
    backend = hal_backend_find(chosen->backend);
    if (!backend) {
        fprintf(stderr, "circuitpython: board %s needs the %s backend, which this build does not include\n",
                chosen->id, chosen->backend);
        board_file_free(chosen);
        chosen = NULL;
        hw_set_opener(NULL);
        return 1;
    }
    return 0;
}

const char *board_select_board_id(void)
{
    if (pending)
        choose_detected();
    return chosen ? chosen->id : NULL;
}

void board_select_close(void)
{
    hw_release_all();
    hw_set_opener(NULL);
    if (sys_open) {
        hw_set_system(NULL);
        backend->close(&sys);
        sys_open = false;
    }
    board_file_free(chosen);
    chosen = NULL;
    backend = NULL;
    pending = false;
    notice[0] = '\0';
    open_error[0] = '\0';
}
