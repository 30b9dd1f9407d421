/*
 * Check tests for the sim backend's UART (backends/sim/sim_uart.c): a
 * loopback with a receive buffer of rx_buffer_size bytes, timeouts,
 * in_waiting, reset_input and configuration checks.
 */
#include <pthread.h>
#include <time.h>

#include "sim_fixture.h"

static int configure(uint32_t baud, uint8_t bits, uint8_t parity, uint8_t stop, size_t buf)
{
    hal_uart_config_t c = {baud, bits, parity, stop, 0, buf};
    return fx_uart.ops->configure(&fx_uart, &c);
}

static size_t uwrite(const char *s)
{
    size_t n = 0;
    ck_assert_int_eq(fx_uart.ops->write(&fx_uart, (const uint8_t *)s, strlen(s), &n), 0);
    return n;
}

static size_t waiting(void)
{
    size_t n = 99;
    ck_assert_int_eq(hal_uart_in_waiting(&fx_uart, &n), 0);
    return n;
}

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

START_TEST(test_loopback)
{
    ck_assert_int_eq(configure(115200, 8, HAL_UART_PARITY_NONE, 1, 64), 0);
    ck_assert_uint_eq(waiting(), 0);
    ck_assert_uint_eq(uwrite("hello"), 5);
    ck_assert_uint_eq(waiting(), 5);
    uint8_t buf[16];
    size_t n = 0;
    ck_assert_int_eq(fx_uart.ops->read(&fx_uart, buf, 3, 1000000, &n), 0);
    ck_assert_uint_eq(n, 3);
    ck_assert_mem_eq(buf, "hel", 3);
    /* what has arrived comes back at once, up to len */
    ck_assert_int_eq(fx_uart.ops->read(&fx_uart, buf, 16, 1000000000, &n), 0);
    ck_assert_uint_eq(n, 2);
    ck_assert_mem_eq(buf, "lo", 2);
    ck_assert_uint_eq(waiting(), 0);
    ck_assert_uint_eq(uwrite("abc"), 3);
    ck_assert_int_eq(hal_uart_reset_input(&fx_uart), 0);
    ck_assert_uint_eq(waiting(), 0);
    /* zero-length read */
    ck_assert_int_eq(fx_uart.ops->read(&fx_uart, buf, 0, 1000000000, &n), 0);
    ck_assert_uint_eq(n, 0);
}
END_TEST

START_TEST(test_timeout)
{
    uint8_t buf[4];
    size_t n = 99;
    uint64_t t0 = now_ns();
    ck_assert_int_eq(fx_uart.ops->read(&fx_uart, buf, 4, 50000000, &n), 0);
    uint64_t dt = now_ns() - t0;
    ck_assert_uint_eq(n, 0);
    ck_assert_uint_ge(dt, 50000000);
    ck_assert_uint_lt(dt, 500000000);
    t0 = now_ns();
    ck_assert_int_eq(fx_uart.ops->read(&fx_uart, buf, 4, 0, &n), 0);
    ck_assert_uint_lt(now_ns() - t0, 50000000);
}
END_TEST

/* A read waiting for its timeout ends with -EINTR once the program is
 * interrupted: at once when the flag is already set, within a few ms when
 * it is set while the read sleeps (here by a thread, without a signal). */
static volatile int fx_flag;

static void *set_flag_later(void *arg)
{
    (void)arg;
    struct timespec ts = {0, 100000000};
    nanosleep(&ts, NULL);
    fx_flag = 1;
    return NULL;
}

START_TEST(test_interrupt)
{
    uint8_t buf[4];
    size_t n = 99;
    fx_sys.interrupt = &fx_flag;
    fx_flag = 1;
    uint64_t t = now_ns();
    ck_assert_int_eq(fx_uart.ops->read(&fx_uart, buf, 4, 10000000000u, &n), -EINTR);
    ck_assert_uint_eq(n, 0);
    ck_assert_uint_lt(now_ns() - t, 50000000u);
    /* with data there, no wait and no interrupt */
    uwrite("x");
    ck_assert_int_eq(fx_uart.ops->read(&fx_uart, buf, 4, 10000000000u, &n), 0);
    ck_assert_uint_eq(n, 1);
    fx_flag = 0;
    pthread_t th;
    ck_assert_int_eq(pthread_create(&th, NULL, set_flag_later, NULL), 0);
    t = now_ns();
    ck_assert_int_eq(fx_uart.ops->read(&fx_uart, buf, 4, 10000000000u, &n), -EINTR);
    uint64_t took = now_ns() - t;
    pthread_join(th, NULL);
    ck_assert_uint_ge(took, 90000000u);
    ck_assert_uint_lt(took, 150000000u);
    fx_sys.interrupt = NULL;
    fx_flag = 0;
}
END_TEST

START_TEST(test_buffer_and_bits)
{
    ck_assert_int_eq(configure(9600, 8, HAL_UART_PARITY_NONE, 1, 4), 0);
    ck_assert_uint_eq(uwrite("abcdef"), 6); /* all sent, 4 kept */
    ck_assert_uint_eq(waiting(), 4);
    uint8_t buf[8];
    size_t n;
    ck_assert_int_eq(fx_uart.ops->read(&fx_uart, buf, 8, 0, &n), 0);
    ck_assert_uint_eq(n, 4);
    ck_assert_mem_eq(buf, "abcd", 4);
    /* growing the buffer keeps what is waiting */
    ck_assert_uint_eq(uwrite("xy"), 2);
    ck_assert_int_eq(configure(9600, 7, HAL_UART_PARITY_EVEN, 2, 32), 0);
    ck_assert_uint_eq(waiting(), 2);
    ck_assert_int_eq(hal_uart_reset_input(&fx_uart), 0);
    /* 7-bit words drop the top bit */
    const uint8_t hi[2] = {0xC1, 0x41};
    ck_assert_int_eq(fx_uart.ops->write(&fx_uart, hi, 2, &n), 0);
    ck_assert_int_eq(fx_uart.ops->read(&fx_uart, buf, 2, 0, &n), 0);
    ck_assert_uint_eq(buf[0], 0x41);
    ck_assert_uint_eq(buf[1], 0x41);
}
END_TEST

START_TEST(test_config_checks)
{
    ck_assert_int_eq(configure(0, 8, 0, 1, 64), -EINVAL);
    ck_assert_int_eq(configure(9600, 4, 0, 1, 64), -EINVAL);
    ck_assert_int_eq(configure(9600, 10, 0, 1, 64), -EINVAL);
    ck_assert_int_eq(configure(9600, 9, 0, 1, 64), 0);
    ck_assert_int_eq(configure(9600, 5, 0, 1, 64), 0);
    ck_assert_int_eq(configure(9600, 8, 3, 1, 64), -EINVAL);
    ck_assert_int_eq(configure(9600, 8, 0, 0, 64), -EINVAL);
    ck_assert_int_eq(configure(9600, 8, 0, 3, 64), -EINVAL);
    ck_assert_int_eq(configure(9600, 8, HAL_UART_PARITY_ODD, 2, 0), 0); /* 0: the default size */
    /* the log sees both directions */
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_TXLOG_CLEAR, NULL), 0);
    uwrite("hi");
    uint8_t buf[2];
    size_t n;
    ck_assert_int_eq(fx_uart.ops->read(&fx_uart, buf, 2, 0, &n), 0);
    hal_sim_txlog_t t = {.index = 1};
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_TXLOG, &t), 0);
    ck_assert_str_eq(t.bus, "uart0");
    ck_assert_int_eq(t.dir, 'r');
    ck_assert_uint_eq(t.len, 2);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("sim_uart");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, fx_setup, fx_teardown);
    tcase_add_test(tc, test_loopback);
    tcase_add_test(tc, test_timeout);
    tcase_add_test(tc, test_interrupt);
    tcase_add_test(tc, test_buffer_and_bits);
    tcase_add_test(tc, test_config_checks);
    suite_add_tcase(s, tc);
    return fx_run(s);
}
