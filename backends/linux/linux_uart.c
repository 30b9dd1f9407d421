/*
 * UART through a tty (/dev/serial0, /dev/ttyAMA0, /dev/ttyS0, a USB
 * serial adapter, a pty in the tests).
 *
 * The tty is configured with termios2 (TCGETS2/TCSETS2), so standard
 * rates use their Bnnn code and any other rate BOTHER with the rate in
 * c_ospeed, through one code path. Raw mode: no echo, no line editing,
 * no signal characters, no CR/NL translation, no software flow control;
 * CLOCAL so a missing modem line never blocks. The rate the driver
 * reports back must be within 2 % (what a UART receiver tolerates) of
 * the one asked for, else -EINVAL with a hint.
 *
 * The fd is non-blocking and every wait is a poll(), so reads honour the
 * timeout and Ctrl-C (the host's SIGINT handler makes poll fail with
 * EINTR, which returns -EINTR unless some bytes already moved).
 * The tty's original settings come back on close.
 */
#include <asm/ioctls.h>
#include <asm/termbits.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <time.h>

#include "linux_bus.h"
#include "linux_hint.h"
#include "linux_sys.h"

#ifndef TCGETS2
#error "linux_uart.c needs termios2 (TCGETS2/TCSETS2)"
#endif

typedef struct uart_data {
    int fd;
    const char *path;
    struct termios2 saved; /* restored on close */
} uart_data_t;

static uart_data_t *data_of(const hal_uart_dev_t *dev)
{
    return dev->data;
}

static const struct {
    uint32_t rate;
    uint32_t code;
} std_rates[] = {
    {50, B50}, {75, B75}, {110, B110}, {134, B134}, {150, B150}, {200, B200}, {300, B300},
    {600, B600}, {1200, B1200}, {1800, B1800}, {2400, B2400}, {4800, B4800}, {9600, B9600},
    {19200, B19200}, {38400, B38400}, {57600, B57600}, {115200, B115200}, {230400, B230400},
    {460800, B460800}, {500000, B500000}, {576000, B576000}, {921600, B921600},
    {1000000, B1000000}, {1152000, B1152000}, {1500000, B1500000}, {2000000, B2000000},
    {2500000, B2500000}, {3000000, B3000000}, {3500000, B3500000}, {4000000, B4000000},
};

static uint32_t rate_code(uint32_t rate)
{
    for (size_t i = 0; i < sizeof(std_rates) / sizeof(std_rates[0]); i++)
        if (std_rates[i].rate == rate)
            return std_rates[i].code;
    return BOTHER;
}

static const uint32_t char_sizes[] = {CS5, CS6, CS7, CS8};

/* cfg -> t (raw mode), or -EOPNOTSUPP with a hint for what termios lacks. */
static int build_termios(const uart_data_t *d, const hal_uart_config_t *cfg, struct termios2 *t)
{
    if (cfg->bits < 5 || cfg->bits > 8)
        return linux_hint(EOPNOTSUPP, "%s: Linux ttys carry 5 to 8 data bits, not %u", d->path, cfg->bits);
    if (cfg->flow == 1 || cfg->flow == 2)
        return linux_hint(EOPNOTSUPP, "%s: Linux ttys do RTS and CTS flow control together or not at all",
                          d->path);
    if (cfg->baudrate == 0 || cfg->parity > HAL_UART_PARITY_EVEN || cfg->stop < 1 || cfg->stop > 2)
        return -EINVAL;
    t->c_iflag &= ~(tcflag_t)(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON | IXOFF | IXANY |
                              INPCK | IGNPAR);
    /* with parity: drop characters that arrive with a parity or framing error */
    if (cfg->parity != HAL_UART_PARITY_NONE)
        t->c_iflag |= INPCK | IGNPAR;
    t->c_oflag &= ~(tcflag_t)OPOST;
    t->c_lflag &= ~(tcflag_t)(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
    t->c_cflag &= ~(tcflag_t)(CSIZE | PARENB | PARODD | CMSPAR | CSTOPB | CRTSCTS | CBAUD | CIBAUD);
    t->c_cflag |= CREAD | CLOCAL | char_sizes[cfg->bits - 5];
    if (cfg->parity != HAL_UART_PARITY_NONE)
        t->c_cflag |= PARENB | (cfg->parity == HAL_UART_PARITY_ODD ? PARODD : 0);
    if (cfg->stop == 2)
        t->c_cflag |= CSTOPB;
    if (cfg->flow == 3)
        t->c_cflag |= CRTSCTS;
    t->c_cflag |= rate_code(cfg->baudrate); /* CIBAUD 0: input rate = output rate */
    t->c_ispeed = t->c_ospeed = cfg->baudrate;
    t->c_cc[VMIN] = 0;
    t->c_cc[VTIME] = 0;
    return 0;
}

static int uart_configure(const hal_uart_dev_t *dev, const hal_uart_config_t *cfg)
{
    uart_data_t *d = data_of(dev);
    struct termios2 t;
    linux_hint_clear();
    int rc = linux_sys->ioctl(d->fd, TCGETS2, &t);
    if (rc < 0)
        return rc;
    if ((rc = build_termios(d, cfg, &t)) != 0)
        return rc;
    if ((rc = linux_sys->ioctl(d->fd, TCSETS2, &t)) < 0)
        return rc;
    /* the driver writes the rate it really set back into c_ospeed */
    if ((rc = linux_sys->ioctl(d->fd, TCGETS2, &t)) < 0)
        return rc;
    uint32_t got = t.c_ospeed, want = cfg->baudrate;
    if (got != 0 && (got > want ? got - want : want - got) > want / 50)
        return linux_hint(EINVAL, "%s cannot run at %u baud (the driver offers %u)", d->path, want, got);
    return 0;
}

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* poll() timeout for ns nanoseconds, rounded up; INT_MAX ms at most (a
 * caller loops for longer waits). */
static int poll_ms(uint64_t ns)
{
    uint64_t ms = ns / 1000000u + (ns % 1000000u != 0);
    return ms > INT_MAX ? INT_MAX : (int)ms;
}

/* poll one fd: its revents, 0 on timeout, or -errno */
static int wait_fd(int fd, short events, int ms)
{
    struct pollfd p = {.fd = fd, .events = events};
    int rc = linux_sys->poll(&p, 1, ms);
    return rc <= 0 ? rc : p.revents;
}

/* With VMIN = VTIME = 0 a tty read returns 0, not -EAGAIN, when there is
 * nothing to read; only poll's POLLHUP/POLLERR tell a hang-up apart. */
static int uart_read(const hal_uart_dev_t *dev, uint8_t *buf, size_t len, uint64_t timeout_ns, size_t *n)
{
    uart_data_t *d = data_of(dev);
    *n = 0;
    if (len == 0)
        return 0;
    uint64_t start = now_ns();
    int revents = 0;
    for (;;) {
        ssize_t r = linux_sys->read(d->fd, buf, len);
        if (r > 0) {
            *n = (size_t)r;
            return 0;
        }
        if (r < 0 && r != -EAGAIN && r != -EINTR)
            return (int)r;
        if (revents & (POLLHUP | POLLERR))
            return -EIO; /* ready, yet nothing to read: hung up */
        uint64_t spent = now_ns() - start;
        if (spent >= timeout_ns)
            return 0;
        revents = wait_fd(d->fd, POLLIN, poll_ms(timeout_ns - spent));
        if (revents < 0)
            return revents;
    }
}

static int uart_write(const hal_uart_dev_t *dev, const uint8_t *buf, size_t len, size_t *n)
{
    uart_data_t *d = data_of(dev);
    *n = 0;
    while (*n < len) {
        ssize_t r = linux_sys->write(d->fd, buf + *n, len - *n);
        if (r > 0) {
            *n += (size_t)r;
            continue;
        }
        if (r != -EAGAIN && r != -EINTR && r != 0)
            return (int)r;
        int rc = wait_fd(d->fd, POLLOUT, -1);
        if (rc == -EINTR && *n > 0)
            return 0;
        if (rc < 0)
            return rc;
    }
    return 0;
}

static int uart_in_waiting(const hal_uart_dev_t *dev, size_t *n)
{
    int count = 0;
    int rc = linux_sys->ioctl(data_of(dev)->fd, FIONREAD, &count);
    if (rc < 0)
        return rc;
    *n = count > 0 ? (size_t)count : 0;
    return 0;
}

static int uart_reset_input(const hal_uart_dev_t *dev)
{
    int rc = linux_sys->ioctl(data_of(dev)->fd, TCFLSH, (void *)(uintptr_t)TCIFLUSH);
    return rc < 0 ? rc : 0;
}

static int uart_close(const hal_uart_dev_t *dev)
{
    uart_data_t *d = data_of(dev);
    if (!d)
        return 0;
    linux_sys->ioctl(d->fd, TCSETS2, &d->saved);
    int rc = linux_sys->close(d->fd);
    free(d);
    return rc;
}

static const hal_uart_ops_t uart_ops = {
    .version = HAL_UART_OPS_V1,
    .configure = uart_configure,
    .read = uart_read,
    .write = uart_write,
    .in_waiting = uart_in_waiting,
    .reset_input = uart_reset_input,
    .close = uart_close,
};

static int open_error(int rc, const char *path, bool pi)
{
    if (rc == -ENOENT && pi)
        return linux_hint(ENOENT,
                          "%s does not exist: enable the serial port with \"sudo raspi-config nonint "
                          "do_serial_hw 0\" (or enable_uart=1 in " LINUX_PI_CONFIG "), free it from the login "
                          "console with \"sudo raspi-config nonint do_serial_cons 1\", and reboot",
                          path);
    if (rc == -ENOENT)
        return linux_hint(ENOENT, "%s does not exist: is the UART enabled in the device tree?", path);
    return linux_bus_access_hint(rc, path, "dialout", "tty");
}

int linux_uart_open(hal_system_t *sys, const hal_board_bus_t *bus, hal_uart_dev_t *dev)
{
    linux_hint_clear();
    if (!bus->dev)
        return linux_hint(EINVAL, "the board file's uart line %s has no dev=", bus->name);
    int fd = linux_sys->open(bus->dev, O_RDWR | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return open_error(fd, bus->dev, linux_bus_is_pi(sys));
    uart_data_t *d = malloc(sizeof(*d));
    int rc = d ? linux_sys->ioctl(fd, TCGETS2, &d->saved) : -ENOMEM;
    if (rc < 0) {
        free(d);
        linux_sys->close(fd);
        if (rc == -ENOTTY)
            return linux_hint(ENOTTY, "%s is not a serial port", bus->dev);
        return rc;
    }
    d->fd = fd;
    d->path = bus->dev;
    *dev = (hal_uart_dev_t){&uart_ops, bus, d};
    return 0;
}
