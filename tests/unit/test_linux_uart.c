/*
 * Check tests for backends/linux/linux_uart.c: the termios it sets, the
 * errors and hints, against a fake tty (fake_linux_sys.c); then for real
 * against a pseudo-terminal pair (openpty) through the kernel table:
 * data both ways, timeouts, in_waiting, reset_input, hang-up.
 * Build: gcc -std=gnu11 -pthread -I backends -I tests/unit tests/unit/test_linux_uart.c
 *        tests/unit/fake_linux_sys.c backends/linux/linux_{uart,sys,hint,bus,env}.c
 *        $(pkg-config --cflags --libs check) -lutil
 */
#include <check.h>
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <pty.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "fake_linux_sys.h"
#include "linux/linux_bus.h"
#include "linux/linux_hint.h"

/* The kernel's struct termios2 and its ioctls, declared here because
 * <asm/termbits.h> cannot share a file with glibc's <termios.h>. */
struct k_termios2 {
    unsigned int c_iflag, c_oflag, c_cflag, c_lflag;
    unsigned char c_line;
    unsigned char c_cc[19];
    unsigned int c_ispeed, c_ospeed;
};
#define K_TCGETS2 _IOR('T', 0x2A, struct k_termios2)
#define K_TCSETS2 _IOW('T', 0x2B, struct k_termios2)
#define K_BOTHER 0010000
#define K_CBAUD 0010017

static hal_board_t board;
static hal_system_t sys;
static hal_board_bus_t bus;
static hal_uart_dev_t dev;

static void setup_sys(const char *id, const char *path)
{
    linux_hint_clear();
    board = (hal_board_t){.id = id, .name = id, .backend = "linux"};
    sys = (hal_system_t){.board = &board};
    bus = (hal_board_bus_t){.kind = HAL_BUS_UART, .name = "serial0", .dev = path};
    dev = (hal_uart_dev_t){0};
}

static const char *hint_for(int err)
{
    static char buf[LINUX_HINT_MAX];
    hal_hint_t h = {err, buf, sizeof(buf)};
    return linux_hint_take(&h) == 0 ? buf : NULL;
}

static hal_uart_config_t cfg(uint32_t baud, int bits, int parity, int stop, int flow)
{
    return (hal_uart_config_t){baud, (uint8_t)bits, (uint8_t)parity, (uint8_t)stop, (uint8_t)flow, 64};
}

/* ======================================================================
 * A fake tty
 * ====================================================================== */

typedef struct tty {
    struct k_termios2 t;
    int n_set;
    uint32_t driver_rate; /* what the driver writes back; 0: the rate set */
    int poll_result;      /* negative: poll fails with it */
} tty_t;

static tty_t tty;

static int tty_ioctl(void *ctx, unsigned long req, void *arg)
{
    (void)ctx;
    if (req == K_TCGETS2) {
        *(struct k_termios2 *)arg = tty.t;
        return 0;
    }
    if (req == K_TCSETS2) {
        tty.t = *(struct k_termios2 *)arg;
        if (tty.driver_rate)
            tty.t.c_ospeed = tty.driver_rate;
        tty.n_set++;
        return 0;
    }
    return -ENOTTY;
}

static ssize_t tty_read(void *ctx, void *buf, size_t len)
{
    (void)ctx, (void)buf, (void)len;
    return -EAGAIN;
}

static short tty_poll(void *ctx, short events, int timeout_ms)
{
    (void)ctx, (void)events, (void)timeout_ms;
    return (short)tty.poll_result;
}

static const fake_dev_ops_t tty_ops = {.ioctl = tty_ioctl, .read = tty_read, .poll = tty_poll};

static void fake_setup(void)
{
    fake_sys_install();
    memset(&tty, 0, sizeof(tty));
    /* a cooked tty as the kernel leaves it */
    tty.t.c_iflag = ICRNL | IXON | IXANY | IMAXBEL;
    tty.t.c_oflag = OPOST | ONLCR;
    tty.t.c_lflag = ICANON | ECHO | ECHOE | ISIG | IEXTEN;
    tty.t.c_cflag = CREAD | CS8 | B9600 | HUPCL;
    tty.t.c_ispeed = tty.t.c_ospeed = 9600;
    fake_sys_device("/dev/serial0", &tty_ops, NULL);
    setup_sys("raspberry_pi_4b", "/dev/serial0");
    ck_assert_int_eq(linux_uart_open(&sys, &bus, &dev), 0);
}

static void fake_teardown(void)
{
    if (dev.ops)
        ck_assert_int_eq(dev.ops->close(&dev), 0);
    ck_assert_int_eq(fake_sys_open_fds(), 0);
}

START_TEST(test_raw_8n1)
{
    hal_uart_config_t c = cfg(115200, 8, HAL_UART_PARITY_NONE, 1, 0);
    ck_assert_int_eq(dev.ops->configure(&dev, &c), 0);
    ck_assert_uint_eq(tty.t.c_lflag & (ICANON | ECHO | ISIG | IEXTEN), 0);
    ck_assert_uint_eq(tty.t.c_iflag & (ICRNL | IXON | IXANY | INPCK), 0);
    ck_assert_uint_eq(tty.t.c_oflag & OPOST, 0);
    ck_assert_uint_eq(tty.t.c_cflag & CSIZE, CS8);
    ck_assert_uint_eq(tty.t.c_cflag & (PARENB | CSTOPB | CRTSCTS), 0);
    ck_assert_uint_eq(tty.t.c_cflag & (CLOCAL | CREAD), CLOCAL | CREAD);
    ck_assert_uint_eq(tty.t.c_cflag & K_CBAUD, B115200);
    ck_assert_uint_eq(tty.t.c_cc[VMIN], 0);
    ck_assert_uint_eq(tty.t.c_cc[VTIME], 0);
}
END_TEST

START_TEST(test_7o2_rtscts)
{
    hal_uart_config_t c = cfg(9600, 7, HAL_UART_PARITY_ODD, 2, 3);
    ck_assert_int_eq(dev.ops->configure(&dev, &c), 0);
    ck_assert_uint_eq(tty.t.c_cflag & CSIZE, CS7);
    ck_assert_uint_eq(tty.t.c_cflag & (PARENB | PARODD | CSTOPB | CRTSCTS), PARENB | PARODD | CSTOPB | CRTSCTS);
    ck_assert_uint_eq(tty.t.c_iflag & INPCK, INPCK);
    c = cfg(9600, 5, HAL_UART_PARITY_EVEN, 1, 0);
    ck_assert_int_eq(dev.ops->configure(&dev, &c), 0);
    ck_assert_uint_eq(tty.t.c_cflag & CSIZE, CS5);
    ck_assert_uint_eq(tty.t.c_cflag & (PARENB | PARODD | CRTSCTS), PARENB);
}
END_TEST

START_TEST(test_custom_baud)
{
    hal_uart_config_t c = cfg(250000, 8, 0, 1, 0);
    ck_assert_int_eq(dev.ops->configure(&dev, &c), 0);
    ck_assert_uint_eq(tty.t.c_cflag & K_CBAUD, K_BOTHER);
    ck_assert_uint_eq(tty.t.c_ospeed, 250000);
    ck_assert_uint_eq(tty.t.c_ispeed, 250000);
    /* a driver that can only get within 1 %: fine; 5 % off: refused */
    tty.driver_rate = 252000;
    ck_assert_int_eq(dev.ops->configure(&dev, &c), 0);
    tty.driver_rate = 262500;
    ck_assert_int_eq(dev.ops->configure(&dev, &c), -EINVAL);
    ck_assert_ptr_nonnull(strstr(hint_for(EINVAL), "262500"));
}
END_TEST

START_TEST(test_unsupported_settings)
{
    hal_uart_config_t c = cfg(9600, 9, 0, 1, 0);
    int sets = tty.n_set;
    ck_assert_int_eq(dev.ops->configure(&dev, &c), -EOPNOTSUPP);
    ck_assert_ptr_nonnull(strstr(hint_for(EOPNOTSUPP), "8 data bits"));
    c = cfg(9600, 8, 0, 1, 1); /* RTS without CTS */
    ck_assert_int_eq(dev.ops->configure(&dev, &c), -EOPNOTSUPP);
    ck_assert_ptr_nonnull(strstr(hint_for(EOPNOTSUPP), "together"));
    ck_assert_int_eq(tty.n_set, sets);
}
END_TEST

START_TEST(test_interrupted_read)
{
    uint8_t b[4];
    size_t n = 9;
    tty.poll_result = -EINTR;
    ck_assert_int_eq(dev.ops->read(&dev, b, 4, 1000000000u, &n), -EINTR);
    ck_assert_uint_eq(n, 0);
    tty.poll_result = 0;
    ck_assert_int_eq(dev.ops->read(&dev, b, 4, 0, &n), 0); /* zero timeout: just look */
    ck_assert_uint_eq(n, 0);
}
END_TEST

START_TEST(test_close_restores)
{
    hal_uart_config_t c = cfg(115200, 8, 0, 1, 0);
    ck_assert_int_eq(dev.ops->configure(&dev, &c), 0);
    ck_assert_int_eq(dev.ops->close(&dev), 0);
    dev.ops = NULL;
    ck_assert_uint_eq(tty.t.c_lflag & ICANON, ICANON);
    ck_assert_uint_eq(tty.t.c_cflag & K_CBAUD, B9600);
}
END_TEST

START_TEST(test_open_errors)
{
    hal_uart_dev_t d = {0};
    bus.dev = "/dev/ttyAMA9";
    ck_assert_int_eq(linux_uart_open(&sys, &bus, &d), -ENOENT);
    const char *h = hint_for(ENOENT);
    ck_assert_ptr_nonnull(strstr(h, "do_serial_hw 0"));
    ck_assert_ptr_nonnull(strstr(h, "enable_uart=1"));
    fake_sys_file("/dev/ttyAMA9", "");
    fake_sys_error("/dev/ttyAMA9", EACCES, 0);
    ck_assert_int_eq(linux_uart_open(&sys, &bus, &d), -EACCES);
    ck_assert_ptr_nonnull(strstr(hint_for(EACCES), "group dialout"));
    fake_sys_file("/dev/notatty", "plain file");
    bus.dev = "/dev/notatty";
    ck_assert_int_eq(linux_uart_open(&sys, &bus, &d), -ENOTTY);
    ck_assert_ptr_nonnull(strstr(hint_for(ENOTTY), "not a serial port"));
    ck_assert_ptr_null(d.ops);
}
END_TEST

/* ======================================================================
 * A real pseudo-terminal
 * ====================================================================== */

static int master = -1, slave = -1;

static void pty_setup(void)
{
    linux_sys = &linux_sys_kernel;
    ck_assert_int_eq(openpty(&master, &slave, NULL, NULL, NULL), 0);
    static char name[64];
    snprintf(name, sizeof(name), "%s", ttyname(slave));
    setup_sys("generic_linux", name);
    ck_assert_int_eq(linux_uart_open(&sys, &bus, &dev), 0);
    hal_uart_config_t c = cfg(115200, 8, 0, 1, 0);
    ck_assert_int_eq(dev.ops->configure(&dev, &c), 0);
}

static void pty_teardown(void)
{
    if (dev.ops)
        dev.ops->close(&dev);
    if (master >= 0)
        close(master);
    close(slave);
    master = -1;
}

static uint64_t ms_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

/* Read exactly len bytes through the UART (it may return them in parts). */
static void read_all(uint8_t *buf, size_t len)
{
    size_t got = 0;
    while (got < len) {
        size_t n = 0;
        ck_assert_int_eq(dev.ops->read(&dev, buf + got, len - got, 2000000000u, &n), 0);
        ck_assert_uint_gt(n, 0);
        got += n;
    }
}

START_TEST(test_pty_raw_termios)
{
    struct termios t;
    ck_assert_int_eq(tcgetattr(slave, &t), 0);
    ck_assert_uint_eq(t.c_lflag & (ICANON | ECHO | ISIG), 0);
    ck_assert_uint_eq(t.c_oflag & OPOST, 0);
    ck_assert_uint_eq(cfgetospeed(&t), B115200);
    hal_uart_config_t c = cfg(250000, 8, 0, 1, 0); /* BOTHER through termios2 */
    ck_assert_int_eq(dev.ops->configure(&dev, &c), 0);
}
END_TEST

START_TEST(test_pty_both_ways)
{
    const char msg[] = "hello\r\nworld\n\x03\x7f";
    ck_assert_int_eq(write(master, msg, sizeof(msg) - 1), (int)sizeof(msg) - 1);
    uint8_t in[32];
    read_all(in, sizeof(msg) - 1);
    ck_assert_mem_eq(in, msg, sizeof(msg) - 1); /* raw: nothing translated or eaten */
    size_t n = 0;
    const uint8_t out[] = "a\nb\x00z";
    ck_assert_int_eq(dev.ops->write(&dev, out, 5, &n), 0);
    ck_assert_uint_eq(n, 5);
    char back[8];
    size_t got = 0;
    while (got < 5) {
        ssize_t r = read(master, back + got, 5 - got);
        ck_assert_int_gt(r, 0);
        got += (size_t)r;
    }
    ck_assert_mem_eq(back, out, 5);
}
END_TEST

START_TEST(test_pty_timeout)
{
    uint8_t b[4];
    size_t n = 9;
    uint64_t t0 = ms_now();
    ck_assert_int_eq(dev.ops->read(&dev, b, 4, 150000000u, &n), 0);
    uint64_t spent = ms_now() - t0;
    ck_assert_uint_eq(n, 0);
    ck_assert_uint_ge(spent, 140);
    ck_assert_uint_lt(spent, 1000);
    t0 = ms_now();
    ck_assert_int_eq(dev.ops->read(&dev, b, 4, 0, &n), 0);
    ck_assert_uint_eq(n, 0);
    ck_assert_uint_lt(ms_now() - t0, 50);
}
END_TEST

static void *late_writer(void *arg)
{
    (void)arg;
    struct timespec ts = {0, 80000000};
    nanosleep(&ts, NULL);
    ssize_t r = write(master, "xyz", 3);
    (void)r;
    return NULL;
}

START_TEST(test_pty_waits_for_data)
{
    pthread_t th;
    pthread_create(&th, NULL, late_writer, NULL);
    uint8_t b[8];
    size_t n = 0;
    uint64_t t0 = ms_now();
    ck_assert_int_eq(dev.ops->read(&dev, b, 8, 2000000000u, &n), 0);
    uint64_t spent = ms_now() - t0;
    pthread_join(th, NULL);
    ck_assert_uint_gt(n, 0); /* returned when data came, not at the timeout */
    ck_assert_uint_lt(spent, 1500);
    ck_assert_uint_ge(spent, 60);
    ck_assert_uint_eq(b[0], 'x');
}
END_TEST

START_TEST(test_pty_in_waiting_and_reset)
{
    ck_assert_int_eq(write(master, "12345", 5), 5);
    size_t n = 0;
    for (int i = 0; i < 100 && n < 5; i++) {
        ck_assert_int_eq(hal_uart_in_waiting(&dev, &n), 0);
        if (n < 5)
            usleep(2000);
    }
    ck_assert_uint_eq(n, 5);
    ck_assert_int_eq(hal_uart_reset_input(&dev), 0);
    ck_assert_int_eq(hal_uart_in_waiting(&dev, &n), 0);
    ck_assert_uint_eq(n, 0);
    uint8_t b[8];
    ck_assert_int_eq(dev.ops->read(&dev, b, 8, 20000000u, &n), 0);
    ck_assert_uint_eq(n, 0);
}
END_TEST

START_TEST(test_pty_hangup)
{
    close(master);
    master = -1;
    uint8_t b[4];
    size_t n = 0;
    ck_assert_int_eq(dev.ops->read(&dev, b, 4, 500000000u, &n), -EIO);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("linux_uart");
    TCase *t = tcase_create("fake");
    tcase_add_checked_fixture(t, fake_setup, fake_teardown);
    tcase_add_test(t, test_raw_8n1);
    tcase_add_test(t, test_7o2_rtscts);
    tcase_add_test(t, test_custom_baud);
    tcase_add_test(t, test_unsupported_settings);
    tcase_add_test(t, test_interrupted_read);
    tcase_add_test(t, test_close_restores);
    tcase_add_test(t, test_open_errors);
    suite_add_tcase(s, t);
    t = tcase_create("pty");
    tcase_add_checked_fixture(t, pty_setup, pty_teardown);
    tcase_add_test(t, test_pty_raw_termios);
    tcase_add_test(t, test_pty_both_ways);
    tcase_add_test(t, test_pty_timeout);
    tcase_add_test(t, test_pty_waits_for_data);
    tcase_add_test(t, test_pty_in_waiting_and_reset);
    tcase_add_test(t, test_pty_hangup);
    suite_add_tcase(s, t);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
