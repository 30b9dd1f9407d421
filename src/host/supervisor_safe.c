/*
 * Safe mode: why the supervisor is in it, and how a crash is noticed.
 *
 * A board that crashes resets and comes back in safe mode. Here:
 *  - While a VM is up, a marker file exists (in $XDG_RUNTIME_DIR, else
 *    /dev/shm, else /tmp: memory-backed, so a power cut does not leave a
 *    stale one behind). A process that dies in any way without tearing
 *    its VM down (a fault, abort(), SIGKILL, the OOM killer) leaves it;
 *    the next start of the same DIR finds it and starts in safe mode
 *    (HARD_FAULT). A marker whose pid is another live process belongs to
 *    a second instance on the same DIR and is left alone.
 *  - On a fault (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT) during a run
 *    the process restarts itself at once (execve of /proc/self/exe with
 *    the same arguments), as the board's reset would, and so comes back
 *    in safe mode through the marker. A crash in safe mode, or outside a
 *    run, is not restarted (no reset loop). Sanitizer builds keep the
 *    sanitizer's report instead (the marker still works on the next
 *    start).
 * The messages are CircuitPython's; where a board would say "press the
 * reset button", the host's way is named.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include "../../modules/mod_supervisor.h"
#include "supervisor_int.h"

extern char **environ;

static char marker[PATH_MAX];
static volatile sig_atomic_t marker_present;

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

static bool usable_dir(const char *d)
{
    struct stat st;
    return d && d[0] == '/' && stat(d, &st) == 0 && S_ISDIR(st.st_mode) && access(d, W_OK | X_OK) == 0;
}

static void marker_path(void)
{
    if (marker[0])
        return;
    const char *base = getenv("XDG_RUNTIME_DIR");
    if (!usable_dir(base))
        base = usable_dir("/dev/shm") ? "/dev/shm" : "/tmp";
    snprintf(marker, sizeof(marker), "%s/circuitpython-%u-%016llx.running", base, (unsigned)getuid(),
             (unsigned long long)hash_str(sup.dir ? sup.dir : "(no drive)"));
}

/* pid recorded in the marker, or 0. */
static long marker_pid(void)
{
    FILE *f = fopen(marker, "r");
    if (!f)
        return 0;
    long pid = 0;
    if (fscanf(f, "pid %ld", &pid) != 1)
        pid = 0;
    fclose(f);
    return pid;
}

int sup_safe_startup_reason(void)
{
    marker_path();
    if (access(marker, F_OK) != 0)
        return SUPERVISOR_SAFE_NONE;
    long pid = marker_pid();
    /* execve keeps the pid: our own pid means our previous image crashed */
    if (pid > 0 && pid != (long)getpid() && (kill((pid_t)pid, 0) == 0 || errno == EPERM))
        return SUPERVISOR_SAFE_NONE;
    unlink(marker);
    return SUPERVISOR_SAFE_HARD_FAULT;
}

void sup_safe_marker_set(void)
{
    marker_path();
    int fd = open(marker, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return;
    char text[PATH_MAX + 64];
    int n = snprintf(text, sizeof(text), "pid %ld\n%s\n", (long)getpid(), sup.dir ? sup.dir : "");
    if (n > 0 && write(fd, text, (size_t)n) < 0)
        n = 0;
    close(fd);
    marker_present = 1;
}

void sup_safe_marker_clear(void)
{
    if (!marker_present)
        return;
    marker_present = 0;
    unlink(marker);
}

/* ---- restarting after a crash ---- */

#if defined(__SANITIZE_ADDRESS__)
#define SUP_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SUP_SANITIZED 1
#endif
#endif

static char **saved_argv;
static struct termios saved_tio;
static bool saved_tio_valid;

/* Sanitizer builds keep the sanitizer's own report: no handler then. */
#ifndef SUP_SANITIZED
static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT};

static void write_str(const char *s)
{
    ssize_t r = write(STDERR_FILENO, s, strlen(s));
    (void)r;
}

/* Async-signal-safe throughout: tcsetattr, write, execve, raise. */
static void on_crash(int sig)
{
    if (marker_present && sup.safe_mode == SUPERVISOR_SAFE_NONE && saved_argv) {
        if (saved_tio_valid)
            tcsetattr(STDIN_FILENO, TCSANOW, &saved_tio);
        write_str("\r\ncircuitpython: crashed hard; restarting in safe mode\r\n");
        execve("/proc/self/exe", saved_argv, environ);
    }
    signal(sig, SIG_DFL);
    raise(sig);
}
#endif

void sup_safe_install_crash_handler(char **argv)
{
    saved_argv = argv;
    if (isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved_tio) == 0)
        saved_tio_valid = true;
#ifndef SUP_SANITIZED
    /* a stack overflow needs a stack of its own to report on */
    static char altstack[64 * 1024];
    stack_t ss = {.ss_sp = altstack, .ss_size = sizeof(altstack), .ss_flags = 0};
    sigaltstack(&ss, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_crash;
    sa.sa_flags = SA_ONSTACK | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < sizeof(crash_signals) / sizeof(crash_signals[0]); i++)
        sigaction(crash_signals[i], &sa, NULL);
#endif
}

/* ---- messages ---- */

void sup_safe_print_message(int reason)
{
    if (reason == SUPERVISOR_SAFE_NONE)
        return;
    sup_out("\nYou are in safe mode because:\n");
    const char *msg = NULL;
    switch (reason) {
    case SUPERVISOR_SAFE_USER: msg = "You started circuitpython with --safe-mode."; break;
    case SUPERVISOR_SAFE_PROGRAMMATIC: msg = "The `microcontroller` module was used to boot into safe mode."; break;
    case SUPERVISOR_SAFE_SAFEMODE_PY_ERROR: msg = "Error in safemode.py."; break;
    default: break;
    }
    if (msg) {
        sup_out(msg);
    } else {
        sup_out("CircuitPython core code crashed hard. Whoops!\n");
        switch (reason) {
        case SUPERVISOR_SAFE_HARD_FAULT: sup_out("Hard fault: memory access or instruction error."); break;
        case SUPERVISOR_SAFE_NO_HEAP: sup_out("Unable to allocate to the heap."); break;
        default: sup_out("Unknown reason."); break;
        }
        sup_out("\nPlease file an issue with your program");
        if (PACKAGE_BUGREPORT[0]) {
            sup_out(" at ");
            sup_out(PACKAGE_BUGREPORT);
        }
        sup_out(".");
    }
    /* a board's reset is the host's restart, or microcontroller.reset() */
    sup_out("\nPress reset to exit safe mode.\n");
}
