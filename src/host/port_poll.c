/* port_poll (src/port.h) over poll(2); handles are descriptors.
 *
 * Handle 0 waited on for input is the console as sys.stdin reads it
 * (repl_term_input_*): readable when bytes wait in its buffers, and while
 * a watcher thread owns the fd, the watcher's wake pipe stands in for it.
 * So poll and read agree on what is there. */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <unistd.h>

#include "port.h"
#include "repl_term.h"

static bool is_console_input(int handle, short events)
{
    return handle == STDIN_FILENO && (events & POLLIN);
}

/* poll(2), restarted after a signal other than Ctrl-C: the caller slices
   long waits, so restarting with the full timeout only delays, never
   hangs. */
static int poll_fds(struct pollfd *fds, size_t n, int timeout_ms)
{
    for (;;) {
        int r = poll(fds, (nfds_t)n, timeout_ms < 0 ? -1 : timeout_ms);
        if (r >= 0)
            return r;
        if (errno != EINTR || port_interrupt_pending)
            return -errno;
    }
}

/* One wait. Returns what poll_fds does, with the console's entries
   answered from its buffers; 0 also for a wake that brought nothing. */
static int poll_once(const int *handles, const short *events, struct pollfd *fds, size_t n, int timeout_ms)
{
    bool console = false;
    for (size_t i = 0; i < n; i++) {
        fds[i].fd = handles[i];
        fds[i].events = events[i];
        fds[i].revents = 0;
        if (is_console_input(handles[i], events[i])) {
            console = true;
            fds[i].fd = repl_term_input_fd();
            if (fds[i].fd != STDIN_FILENO)
                fds[i].events = POLLIN; /* the wake pipe */
        }
    }
    bool ready = console && repl_term_input_ready();
    int r = poll_fds(fds, n, ready ? 0 : timeout_ms);
    if (r < 0 || !console)
        return r;
    for (size_t i = 0; i < n; i++) {
        if (!is_console_input(handles[i], events[i]))
            continue;
        bool had = fds[i].revents != 0;
        if (fds[i].fd != STDIN_FILENO) {
            /* a wake may be for bytes read since: only the buffer tells */
            fds[i].revents = ready || (had && repl_term_input_ready()) ? POLLIN : 0;
        } else if (ready) {
            fds[i].revents |= POLLIN;
        }
        r += (fds[i].revents != 0) - had;
    }
    return r;
}

int port_poll(const int *handles, const short *events, short *revents, size_t n, int timeout_ms)
{
    struct pollfd small[8];
    struct pollfd *fds = small;
    if (n > sizeof(small) / sizeof(small[0])) {
        fds = malloc(n * sizeof(*fds));
        if (fds == NULL)
            return -ENOMEM;
    }
    uint64_t start = port_ticks_ns();
    int r, left = timeout_ms;
    for (;;) {
        r = poll_once(handles, events, fds, n, left);
        if (r != 0 || timeout_ms == 0)
            break;
        if (timeout_ms > 0) {
            uint64_t spent = (port_ticks_ns() - start) / 1000000u;
            if (spent >= (uint64_t)timeout_ms)
                break;
            left = timeout_ms - (int)spent;
        }
        /* time is left: the console's wake brought nothing, wait again */
    }
    for (size_t i = 0; i < n; i++)
        revents[i] = r >= 0 ? fds[i].revents : 0;
    if (fds != small)
        free(fds);
    return r;
}
