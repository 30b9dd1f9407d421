/*
 * vmexit: end the VM suite's guest with a status the host can read.
 *
 *   vmexit CODE [TTY...]
 *
 * Waits until everything written to each TTY has been sent (tcdrain: the
 * host must see all of the results before qemu stops), then writes CODE
 * (0-127) to qemu's isa-debug-exit port (0xf4), which makes qemu exit with
 * status CODE * 2 + 1. Returns 1 when the port cannot be written (no
 * such device): the caller then powers off by other means.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/io.h>
#include <termios.h>
#include <unistd.h>

#define DEBUG_EXIT_PORT 0xf4

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: vmexit CODE [TTY...]\n");
        return 2;
    }
    for (int i = 2; i < argc; i++) {
        int fd = open(argv[i], O_WRONLY | O_NOCTTY | O_CLOEXEC);
        if (fd >= 0) {
            tcdrain(fd);
            close(fd);
        }
    }
    sync();
    if (ioperm(DEBUG_EXIT_PORT, 1, 1) != 0) {
        perror("vmexit: ioperm");
        return 1;
    }
    outb((unsigned char)atoi(argv[1]), DEBUG_EXIT_PORT);
    return 1; /* still running: there is no isa-debug-exit device */
}
