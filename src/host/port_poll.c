/* port_poll (src/port.h) over poll(2); handles are descriptors. */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>

#include "port.h"

int port_poll(const int *handles, const short *events, short *revents, size_t n, int timeout_ms)
{
    struct pollfd small[8];
    struct pollfd *fds = small;
    if (n > sizeof(small) / sizeof(small[0])) {
        fds = malloc(n * sizeof(*fds));
        if (fds == NULL)
            return -ENOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        fds[i].fd = handles[i];
        fds[i].events = events[i];
        fds[i].revents = 0;
    }
    int r;
    for (;;) {
        r = poll(fds, (nfds_t)n, timeout_ms < 0 ? -1 : timeout_ms);
        if (r >= 0)
            break;
        if (errno != EINTR || port_interrupt_pending) {
            r = -errno;
            break;
        }
        /* a signal other than Ctrl-C: the caller slices long waits, so
           restarting with the full timeout only delays, never hangs */
    }
    for (size_t i = 0; i < n; i++)
        revents[i] = r >= 0 ? fds[i].revents : 0;
    if (fds != small)
        free(fds);
    return r;
}
