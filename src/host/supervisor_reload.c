/*
 * Auto-reload: a thread watches DIR (and every directory below it) with
 * inotify and reports changes to the main loop (see supervisor_int.h).
 *
 * What counts as a change: a file's content written (IN_MODIFY), a name
 * created, deleted or renamed (IN_CREATE, IN_DELETE, IN_MOVED_*), a
 * watched directory removed or moved. Not: metadata only (IN_ATTRIB:
 * chmod, touch), opening or closing without writing, names starting with
 * '.' (editor swap and lock files such as .code.py.swp and .#code.py,
 * .git, macOS's ._ files), backups ending in '~', emacs's #autosave#, and
 * vim's write test file "4913"; nor the program's own writes: to a path
 * it noted (supervisor_note_local_write) in the last LOCAL_WINDOW_MS, or
 * to a file it holds open for writing.
 *
 * Threads: the watcher thread owns the inotify descriptor and the watch
 * table; everything the main thread reads is under `lock`. While a
 * program runs and a stop is wanted (a change, or a signal), the thread
 * asserts PORT_INTERRUPT_STOP every TICK_MS and wakes the main thread
 * with SIGINT (whose handler keeps a STOP pending), so neither a sleeping
 * program nor one that catches KeyboardInterrupt keeps running.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1 /* pipe2 */
#endif
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <dirent.h>
#include <time.h>
#include <unistd.h>

#include "../../modules/mod_supervisor.h"
#include "port.h"
#include "supervisor.h"
#include "supervisor_int.h"

#define TICK_MS 100
#define MAX_WATCHES 512
#define MAX_LOCAL 64
/* A change to a path the program opened for writing (or removed,
 * renamed, made) this long ago or less is its own. */
#define LOCAL_WINDOW_MS 2000
#define WATCH_MASK (IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF)

typedef struct watch {
    int wd;
    char *path; /* absolute */
} watch_t;

static struct {
    bool started;
    int fd;
    int stop_pipe[2];
    pthread_t thread;
    pthread_t main_thread;
    watch_t watches[MAX_WATCHES];
    size_t n_watches;
    /* shared with the main thread, under lock */
    pthread_mutex_t lock;
    bool running, suspended, stop_wanted, stopped_by_change, pending;
    uint64_t last_change_ms;
    /* sync requests (an 's' on stop_pipe) and the last one handled */
    unsigned sync_req, sync_done;
    pthread_cond_t synced;
    /* paths the program wrote: hashes and when it said so */
    uint64_t local[MAX_LOCAL];
    uint64_t local_ms[MAX_LOCAL];
    size_t n_local, next_local;
} rl = {.fd = -1, .stop_pipe = {-1, -1}, .lock = PTHREAD_MUTEX_INITIALIZER, .synced = PTHREAD_COND_INITIALIZER};

uint64_t sup_now_ms(void)
{
    return port_ticks_ns() / 1000000u;
}

static uint64_t hash_path(const char *s)
{
    uint64_t h = 1469598103934665603u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

/* ---- which names matter ---- */

static bool ignored_name(const char *name)
{
    size_t n = strlen(name);
    if (n == 0 || name[0] == '.')
        return true;
    if (name[n - 1] == '~')
        return true;
    if (name[0] == '#' && name[n - 1] == '#')
        return true;
    if (strcmp(name, "4913") == 0)
        return true;
    /* vim's swap files of files whose name has no leading dot: x.swp, x.swo */
    if (n > 4 && name[n - 4] == '.' && name[n - 3] == 's' && name[n - 2] == 'w')
        return true;
    return false;
}

/* ---- the watch table (watcher thread, and start-up before it runs) ---- */

static void add_tree(const char *path);

static void add_watch(const char *path)
{
    if (rl.n_watches == MAX_WATCHES)
        return;
    int wd = inotify_add_watch(rl.fd, path, WATCH_MASK | IN_ONLYDIR | IN_DONT_FOLLOW);
    if (wd < 0)
        return;
    for (size_t i = 0; i < rl.n_watches; i++)
        if (rl.watches[i].wd == wd)
            return; /* already watched (a directory moved back) */
    rl.watches[rl.n_watches].wd = wd;
    rl.watches[rl.n_watches].path = strdup(path);
    rl.n_watches++;
}

static void add_tree(const char *path)
{
    add_watch(path);
    DIR *d = opendir(path);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (ignored_name(e->d_name))
            continue;
        char sub[PATH_MAX];
        if (snprintf(sub, sizeof(sub), "%s/%s", path, e->d_name) >= (int)sizeof(sub))
            continue;
        struct stat st;
        if (lstat(sub, &st) == 0 && S_ISDIR(st.st_mode))
            add_tree(sub);
    }
    closedir(d);
}

static const char *watch_path(int wd)
{
    for (size_t i = 0; i < rl.n_watches; i++)
        if (rl.watches[i].wd == wd)
            return rl.watches[i].path;
    return NULL;
}

static void drop_watch(int wd)
{
    for (size_t i = 0; i < rl.n_watches; i++) {
        if (rl.watches[i].wd == wd) {
            free(rl.watches[i].path);
            rl.watches[i] = rl.watches[--rl.n_watches];
            return;
        }
    }
}

/* ---- events ---- */

/* Whether this process holds path open for writing (a log file kept
 * open: its writes come long after the open was noted). */
static bool open_for_writing(const char *path)
{
    DIR *d = opendir("/proc/self/fd");
    if (!d)
        return false;
    bool found = false;
    struct dirent *e;
    while (!found && (e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        char link[300], target[PATH_MAX];
        snprintf(link, sizeof(link), "/proc/self/fd/%s", e->d_name);
        ssize_t n = readlink(link, target, sizeof(target) - 1);
        if (n <= 0)
            continue;
        target[n] = '\0';
        if (strcmp(target, path) != 0)
            continue;
        char info[300], text[256];
        snprintf(info, sizeof(info), "/proc/self/fdinfo/%s", e->d_name);
        FILE *f = fopen(info, "r");
        if (!f)
            continue;
        unsigned flags = 0;
        while (fgets(text, sizeof(text), f))
            if (sscanf(text, "flags: %o", &flags) == 1)
                break;
        fclose(f);
        found = (flags & (O_WRONLY | O_RDWR)) != 0;
    }
    closedir(d);
    return found;
}

/* Called with lock held. Events arrive after the fact (and may belong to
 * the previous run), hence the time window rather than the run. */
static bool is_local_write(const char *path)
{
    uint64_t h = hash_path(path);
    uint64_t now = sup_now_ms();
    for (size_t i = 0; i < rl.n_local; i++)
        if (rl.local[i] == h && now - rl.local_ms[i] < LOCAL_WINDOW_MS)
            return true;
    return false;
}

static void wake_main(void)
{
    port_interrupt_pending = PORT_INTERRUPT_STOP;
    pthread_kill(rl.main_thread, SIGINT);
}

/* A change: record it and stop the program (under lock). */
static void changed(void)
{
    if (rl.suspended || !mod_supervisor_autoreload())
        return;
    rl.pending = true;
    rl.last_change_ms = sup_now_ms();
    if (rl.running && !rl.stop_wanted) {
        rl.stop_wanted = true;
        rl.stopped_by_change = true;
        wake_main();
    }
}

static void handle(const struct inotify_event *ev)
{
    if (ev->mask & IN_Q_OVERFLOW) {
        pthread_mutex_lock(&rl.lock);
        changed();
        pthread_mutex_unlock(&rl.lock);
        return;
    }
    if (ev->mask & IN_IGNORED) {
        drop_watch(ev->wd);
        return;
    }
    const char *dir = watch_path(ev->wd);
    if (!dir)
        return;
    char path[PATH_MAX];
    bool self = (ev->mask & (IN_DELETE_SELF | IN_MOVE_SELF)) != 0;
    if (!self) {
        if (ev->len == 0 || ignored_name(ev->name))
            return;
        snprintf(path, sizeof(path), "%s/%s", dir, ev->name);
        if ((ev->mask & (IN_CREATE | IN_MOVED_TO)) && (ev->mask & IN_ISDIR))
            add_tree(path);
    } else {
        snprintf(path, sizeof(path), "%s", dir);
    }
    pthread_mutex_lock(&rl.lock);
    bool local = !self && is_local_write(path);
    pthread_mutex_unlock(&rl.lock);
    if (!self && !local && (ev->mask & IN_MODIFY))
        local = open_for_writing(path);
    if (local)
        return;
    pthread_mutex_lock(&rl.lock);
    changed();
    pthread_mutex_unlock(&rl.lock);
}

static void read_events(void)
{
    char buf[8192] __attribute__((aligned(__alignof__(struct inotify_event))));
    for (;;) {
        ssize_t n = read(rl.fd, buf, sizeof(buf));
        if (n <= 0)
            return;
        for (char *p = buf; p < buf + n;) {
            const struct inotify_event *ev = (const struct inotify_event *)(void *)p;
            handle(ev);
            p += sizeof(struct inotify_event) + ev->len;
        }
    }
}

static void *watcher(void *arg)
{
    (void)arg;
    for (;;) {
        struct pollfd p[2] = {{rl.fd, POLLIN, 0}, {rl.stop_pipe[0], POLLIN, 0}};
        int r = poll(p, 2, TICK_MS);
        if (r < 0 && errno != EINTR)
            break;
        if (r > 0 && p[1].revents) {
            /* 'x': stop; 's': handle what is queued, then say so */
            char c = 'x';
            if (read(rl.stop_pipe[0], &c, 1) != 1 || c != 's')
                break;
            pthread_mutex_lock(&rl.lock);
            unsigned req = rl.sync_req;
            pthread_mutex_unlock(&rl.lock);
            read_events();
            pthread_mutex_lock(&rl.lock);
            rl.sync_done = req;
            pthread_cond_broadcast(&rl.synced);
            pthread_mutex_unlock(&rl.lock);
            continue;
        }
        if (r > 0 && (p[0].revents & POLLIN))
            read_events();
        pthread_mutex_lock(&rl.lock);
        /* a program that caught the KeyboardInterrupt, or a Ctrl-C that
           replaced the stop with a single interrupt, is stopped again */
        if (rl.running && rl.stop_wanted && port_interrupt_pending != PORT_INTERRUPT_STOP)
            wake_main();
        pthread_mutex_unlock(&rl.lock);
    }
    return NULL;
}

int sup_reload_start(const char *dir)
{
    if (rl.started)
        return 0;
    rl.main_thread = pthread_self();
    rl.fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (rl.fd < 0)
        return -errno;
    if (pipe2(rl.stop_pipe, O_CLOEXEC) < 0) {
        int e = errno;
        close(rl.fd);
        rl.fd = -1;
        return -e;
    }
    add_tree(dir);
    /* the thread must never take a signal meant for the main thread */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    int r = pthread_create(&rl.thread, NULL, watcher, NULL);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (r != 0) {
        sup_reload_stop();
        return -r;
    }
    rl.started = true;
    return 0;
}

void sup_reload_stop(void)
{
    if (rl.started) {
        ssize_t w;
        do
            w = write(rl.stop_pipe[1], "x", 1);
        while (w < 0 && errno == EINTR);
        pthread_join(rl.thread, NULL);
        rl.started = false;
    }
    for (size_t i = 0; i < rl.n_watches; i++)
        free(rl.watches[i].path);
    rl.n_watches = 0;
    for (int i = 0; i < 2; i++)
        if (rl.stop_pipe[i] >= 0)
            close(rl.stop_pipe[i]);
    rl.stop_pipe[0] = rl.stop_pipe[1] = -1;
    if (rl.fd >= 0)
        close(rl.fd);
    rl.fd = -1;
}

/* ---- the main thread's side ---- */

void sup_reload_set_running(bool running)
{
    pthread_mutex_lock(&rl.lock);
    rl.running = running;
    if (!running)
        rl.stop_wanted = false;
    else if (sup_sig_term || sup_sig_hup)
        rl.stop_wanted = true;
    pthread_mutex_unlock(&rl.lock);
}

/* Has the watcher handle every event queued so far (at most 1 s), so that
 * edits made while changes were ignored stay ignored: the kernel queued
 * them before the request. */
static void sync_with_watcher(void)
{
    if (!rl.started)
        return;
    pthread_mutex_lock(&rl.lock);
    unsigned want = ++rl.sync_req;
    pthread_mutex_unlock(&rl.lock);
    ssize_t w;
    do
        w = write(rl.stop_pipe[1], "s", 1);
    while (w < 0 && errno == EINTR);
    if (w != 1)
        return;
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += 1;
    pthread_mutex_lock(&rl.lock);
    while ((int)(rl.sync_done - want) < 0)
        if (pthread_cond_timedwait(&rl.synced, &rl.lock, &until) != 0)
            break;
    pthread_mutex_unlock(&rl.lock);
}

void sup_reload_suspend(bool suspended)
{
    if (!suspended)
        sync_with_watcher();
    pthread_mutex_lock(&rl.lock);
    rl.suspended = suspended;
    if (suspended)
        rl.pending = false;
    pthread_mutex_unlock(&rl.lock);
}

bool sup_reload_pending(void)
{
    pthread_mutex_lock(&rl.lock);
    bool p = rl.pending && mod_supervisor_autoreload();
    pthread_mutex_unlock(&rl.lock);
    return p;
}

bool sup_reload_ready(void)
{
    pthread_mutex_lock(&rl.lock);
    bool ready = rl.pending && mod_supervisor_autoreload() && sup_now_ms() - rl.last_change_ms >= SUP_RELOAD_DELAY_MS;
    pthread_mutex_unlock(&rl.lock);
    return ready;
}

void sup_reload_consume(void)
{
    pthread_mutex_lock(&rl.lock);
    rl.pending = false;
    pthread_mutex_unlock(&rl.lock);
}

void sup_reload_request_stop(void)
{
    pthread_mutex_lock(&rl.lock);
    rl.stop_wanted = true;
    pthread_mutex_unlock(&rl.lock);
}

bool sup_reload_take_stopped(void)
{
    pthread_mutex_lock(&rl.lock);
    bool s = rl.stopped_by_change;
    rl.stopped_by_change = false;
    pthread_mutex_unlock(&rl.lock);
    return s;
}

/* The absolute form of path: realpath of its directory plus its name
 * (the file itself may not exist yet, or any more). */
static bool absolute(const char *path, char *out, size_t size)
{
    char dir[PATH_MAX];
    const char *slash = strrchr(path, '/');
    const char *name = slash ? slash + 1 : path;
    if (!slash)
        snprintf(dir, sizeof(dir), ".");
    else if (slash == path)
        snprintf(dir, sizeof(dir), "/");
    else
        snprintf(dir, sizeof(dir), "%.*s", (int)(slash - path), path);
    char real[PATH_MAX];
    if (!realpath(dir, real))
        return false;
    return snprintf(out, size, "%s/%s", strcmp(real, "/") == 0 ? "" : real, name) < (int)size;
}

void supervisor_note_local_write(const char *path)
{
    if (!rl.started || !path)
        return;
    char abs[PATH_MAX];
    if (!absolute(path, abs, sizeof(abs)))
        return;
    uint64_t h = hash_path(abs);
    uint64_t now = sup_now_ms();
    pthread_mutex_lock(&rl.lock);
    size_t slot = MAX_LOCAL;
    for (size_t i = 0; i < rl.n_local; i++)
        if (rl.local[i] == h)
            slot = i;
    if (slot == MAX_LOCAL) {
        /* a new path takes the oldest slot */
        slot = rl.next_local;
        rl.next_local = (rl.next_local + 1) % MAX_LOCAL;
        if (rl.n_local < MAX_LOCAL)
            rl.n_local++;
    }
    rl.local[slot] = h;
    rl.local_ms[slot] = now;
    pthread_mutex_unlock(&rl.lock);
}
