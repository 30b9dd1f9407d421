/*
 * The simulated board backend. Public: sim_backend (listed in
 * backends/hal_backends.c). The rest is shared between sim.c and
 * sim_gpio.c only; tests reach the emulator through the HAL_CTL_SIM_*
 * control ops of hal.h, never through this header.
 */
#ifndef CP_SIM_H
#define CP_SIM_H

#include "../hal.h"

extern const hal_backend_t sim_backend;

/* Clock of every sim timestamp: CLOCK_MONOTONIC in ns, the clock of
 * time.monotonic_ns() on Linux. */
uint64_t sim_now_ns(void);

/* Log one line through the host's log callback when verbose. */
void sim_log(const hal_system_t *sys, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Create the GPIO controller for board gpiochip `chip` into dev (data is
 * malloc'ed). Errors: -ENOMEM, -EINVAL (a bad `sim` device line, logged). */
int sim_gpio_open(hal_system_t *sys, unsigned chip, hal_gpio_dev_t *dev);
void sim_gpio_close(hal_gpio_dev_t *dev);

#endif
