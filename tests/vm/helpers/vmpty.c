/*
 * vmpty: a serial port with a loopback plug, for the VM suite's UART tests.
 *
 *   vmpty LINK PIDFILE
 *
 * Opens a pseudo-terminal, points the symlink LINK (e.g. /dev/ttyVM0) at
 * its slave side and, in a background process, sends back to the slave
 * every byte written to it (TX wired to RX). Returns once the loop runs,
 * with the background process's pid in PIDFILE (kill it to unplug). The
 * slave is set to raw mode first, so nothing is echoed or translated until
 * the program under test configures the port itself. Built statically.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static int die(const char *what)
{
    fprintf(stderr, "vmpty: %s: %s\n", what, strerror(errno));
    return 1;
}

/* Copies master input back to the master (the slave reads it) until the
 * process is killed. */
static void loop(int master)
{
    char buf[256];

    for (;;) {
        ssize_t n = read(master, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EIO) { /* no slave open at the moment */
            usleep(10000);
            continue;
        }
        if (n <= 0)
            _exit(0);
        for (ssize_t off = 0; off < n;) {
            ssize_t w = write(master, buf + off, (size_t)(n - off));
            if (w < 0 && errno != EINTR)
                _exit(1);
            off += w > 0 ? w : 0;
        }
    }
}

int main(int argc, char **argv)
{
    struct termios t;
    const char *slave;
    int master, keep;
    pid_t pid;
    FILE *f;

    if (argc != 3) {
        fprintf(stderr, "usage: vmpty LINK PIDFILE\n");
        return 2;
    }
    master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) < 0 || unlockpt(master) < 0)
        return die("posix_openpt");
    slave = ptsname(master);
    /* Held open so the master never sees a hang-up between the program's
     * opens and closes. */
    keep = open(slave, O_RDWR | O_NOCTTY);
    if (keep < 0 || tcgetattr(keep, &t) < 0)
        return die(slave);
    cfmakeraw(&t);
    if (tcsetattr(keep, TCSANOW, &t) < 0)
        return die("tcsetattr");
    unlink(argv[1]);
    if (symlink(slave, argv[1]) < 0)
        return die(argv[1]);
    pid = fork();
    if (pid < 0)
        return die("fork");
    if (pid == 0) {
        setsid();
        loop(master);
    }
    f = fopen(argv[2], "w");
    if (!f)
        return die(argv[2]);
    fprintf(f, "%d\n", (int)pid);
    fclose(f);
    return 0;
}
