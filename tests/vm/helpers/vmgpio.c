/*
 * vmgpio: a GPIO tool for the VM suite's guest, on the kernel's GPIO
 * character-device uAPI (v2) directly, so that it does not depend on the
 * libgpiod version circuitpython is built against. Built statically.
 *
 *   vmgpio find LABEL                   print the /dev/gpiochipN with LABEL
 *   vmgpio info LABEL LINE              print the kernel's view of a line:
 *                                       used, consumer, direction, bias,
 *                                       drive, edge
 *   vmgpio hold LABEL LINE VALUE PIDFILE [CONSUMER]
 *                                       request LINE as an output at VALUE
 *                                       in a background process; return
 *                                       once it is held, with the holder's
 *                                       pid in PIDFILE (kill it to release)
 *   vmgpio toggle LABEL LINE COUNT      set the line 1,0,1,0... COUNT times
 *                                       through the raw uAPI and print
 *                                       toggles per second
 *
 * Exit status: 0, 1 on an error (message on stderr), 2 on bad usage.
 */
#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <linux/gpio.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

static int die(const char *what)
{
    fprintf(stderr, "vmgpio: %s: %s\n", what, strerror(errno));
    return 1;
}

/* Returns an open fd of the chip labelled `label`, or -1 (errno ENOENT). */
static int open_chip(const char *label, char *path, size_t pathlen)
{
    glob_t g;
    int fd = -1;

    if (glob("/dev/gpiochip*", 0, NULL, &g) != 0) {
        errno = ENOENT;
        return -1;
    }
    for (size_t i = 0; i < g.gl_pathc && fd < 0; i++) {
        struct gpiochip_info info;
        int f = open(g.gl_pathv[i], O_RDWR | O_CLOEXEC);
        if (f < 0)
            continue;
        if (ioctl(f, GPIO_GET_CHIPINFO_IOCTL, &info) == 0 &&
            strcmp(info.label, label) == 0) {
            fd = f;
            snprintf(path, pathlen, "%s", g.gl_pathv[i]);
        } else {
            close(f);
        }
    }
    globfree(&g);
    if (fd < 0)
        errno = ENOENT;
    return fd;
}

static int request_output(int chip, unsigned line, int value, const char *consumer)
{
    struct gpio_v2_line_request req;

    memset(&req, 0, sizeof req);
    req.offsets[0] = line;
    req.num_lines = 1;
    req.config.flags = GPIO_V2_LINE_FLAG_OUTPUT;
    req.config.num_attrs = 1;
    req.config.attrs[0].attr.id = GPIO_V2_LINE_ATTR_ID_OUTPUT_VALUES;
    req.config.attrs[0].attr.values = value ? 1 : 0;
    req.config.attrs[0].mask = 1;
    snprintf(req.consumer, sizeof req.consumer, "%s", consumer);
    if (ioctl(chip, GPIO_V2_GET_LINE_IOCTL, &req) < 0)
        return -1;
    return req.fd;
}

static int cmd_info(int chip, unsigned line)
{
    struct gpio_v2_line_info li;
    unsigned long long f;

    memset(&li, 0, sizeof li);
    li.offset = line;
    if (ioctl(chip, GPIO_V2_GET_LINEINFO_IOCTL, &li) < 0)
        return die("GPIO_V2_GET_LINEINFO_IOCTL");
    f = li.flags;
    printf("used=%d consumer=%s dir=%s bias=%s drive=%s edge=%s active_low=%d\n",
           !!(f & GPIO_V2_LINE_FLAG_USED), li.consumer[0] ? li.consumer : "-",
           f & GPIO_V2_LINE_FLAG_OUTPUT ? "out" : "in",
           f & GPIO_V2_LINE_FLAG_BIAS_PULL_UP ? "pull-up"
           : f & GPIO_V2_LINE_FLAG_BIAS_PULL_DOWN ? "pull-down"
           : f & GPIO_V2_LINE_FLAG_BIAS_DISABLED ? "disabled" : "as-is",
           f & GPIO_V2_LINE_FLAG_OPEN_DRAIN ? "open-drain"
           : f & GPIO_V2_LINE_FLAG_OPEN_SOURCE ? "open-source" : "push-pull",
           (f & GPIO_V2_LINE_FLAG_EDGE_RISING) && (f & GPIO_V2_LINE_FLAG_EDGE_FALLING) ? "both"
           : f & GPIO_V2_LINE_FLAG_EDGE_RISING ? "rising"
           : f & GPIO_V2_LINE_FLAG_EDGE_FALLING ? "falling" : "none",
           !!(f & GPIO_V2_LINE_FLAG_ACTIVE_LOW));
    return 0;
}

/* The child holds the line and reports through `ready` once it does;
 * the parent exits 0 only after that report. */
static int cmd_hold(int chip, unsigned line, int value, const char *pidfile,
                    const char *consumer)
{
    int ready[2];
    char ok = 0;
    pid_t pid;

    if (pipe(ready) < 0)
        return die("pipe");
    pid = fork();
    if (pid < 0)
        return die("fork");
    if (pid == 0) {
        close(ready[0]);
        int req = request_output(chip, line, value, consumer);
        ok = req >= 0;
        if (!ok)
            fprintf(stderr, "vmgpio: request: %s\n", strerror(errno));
        if (write(ready[1], &ok, 1) != 1 || !ok)
            _exit(1);
        close(ready[1]);
        setsid();
        for (;;)
            pause();
    }
    close(ready[1]);
    if (read(ready[0], &ok, 1) != 1 || !ok)
        return 1;
    FILE *f = fopen(pidfile, "w");
    if (!f)
        return die(pidfile);
    fprintf(f, "%d\n", (int)pid);
    fclose(f);
    return 0;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int cmd_toggle(int chip, unsigned line, long count)
{
    struct gpio_v2_line_values v = {.mask = 1};
    int req = request_output(chip, line, 0, "vmgpio-toggle");
    double t0;

    if (req < 0)
        return die("request");
    t0 = now();
    for (long i = 0; i < count; i++) {
        v.bits = (i & 1) ? 0 : 1;
        if (ioctl(req, GPIO_V2_LINE_SET_VALUES_IOCTL, &v) < 0)
            return die("GPIO_V2_LINE_SET_VALUES_IOCTL");
    }
    printf("%.0f\n", count / (now() - t0));
    close(req);
    return 0;
}

int main(int argc, char **argv)
{
    char path[64];
    int chip;

    if (argc < 3)
        goto usage;
    chip = open_chip(argv[2], path, sizeof path);
    if (chip < 0)
        return die(argv[2]);
    if (strcmp(argv[1], "find") == 0 && argc == 3) {
        printf("%s\n", path);
        return 0;
    }
    if (strcmp(argv[1], "info") == 0 && argc == 4)
        return cmd_info(chip, (unsigned)atoi(argv[3]));
    if (strcmp(argv[1], "hold") == 0 && (argc == 6 || argc == 7))
        return cmd_hold(chip, (unsigned)atoi(argv[3]), atoi(argv[4]), argv[5],
                        argc == 7 ? argv[6] : "vmgpio-hold");
    if (strcmp(argv[1], "toggle") == 0 && argc == 5)
        return cmd_toggle(chip, (unsigned)atoi(argv[3]), atol(argv[4]));
usage:
    fprintf(stderr, "usage: vmgpio find|info|hold|toggle LABEL [ARGS...]\n");
    return 2;
}
