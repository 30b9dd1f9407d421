/*
 * The parts of port.h that code below the binding layer uses (the clock,
 * sleeping, the Ctrl-C flag), for unit tests that link such code without
 * a host port: a real monotonic clock and sleep, and a flag the test sets.
 * Defines the functions, so include it in exactly one file of a program.
 */
#ifndef CP_TEST_FAKE_PORT_H
#define CP_TEST_FAKE_PORT_H

#include <errno.h>
#include <time.h>

#include "port.h"

volatile int port_interrupt_pending;

uint64_t port_ticks_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* -EINTR when the flag is set. */
int port_sleep_ns(uint64_t ns)
{
    struct timespec ts = {(time_t)(ns / 1000000000u), (long)(ns % 1000000000u)};
    nanosleep(&ts, NULL);
    return port_interrupt_pending ? -EINTR : 0;
}

#endif
