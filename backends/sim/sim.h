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
/* Wait ns nanoseconds, in slices of at most a few milliseconds, returning
 * -EINTR as soon as the program is interrupted (*sys->interrupt, see
 * hal.h), else 0. The only way the sim backend waits. */
int sim_wait_ns(const hal_system_t *sys, uint64_t ns);

/* Log one line through the host's log callback when verbose. */
void sim_log(const hal_system_t *sys, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Create the GPIO controller for board gpiochip `chip` into dev (data is
 * malloc'ed). Errors: -ENOMEM, -EINVAL (a bad `sim` device line, logged). */
int sim_gpio_open(hal_system_t *sys, unsigned chip, hal_gpio_dev_t *dev);
void sim_gpio_close(hal_gpio_dev_t *dev);

/* A device's pull resistor on a line (a breakout's I2C pull-ups, an SPI
 * chip select's pull-up): 0/1, or -1 for none. -EINVAL for a bad line. */
int sim_gpio_set_device_pull(const hal_gpio_dev_t *dev, uint32_t line, int level);
/* A simulated device driving a line (an I2C device pulling SDA low for an
 * ACK or a 0 bit, an SPI device driving MISO): 0/1, or -1 to let go. It
 * ranks below what the board drives and above sim.set_input and every
 * pull resistor (see sim_gpio.c). -EINVAL for a bad line. */
int sim_gpio_set_device_drive(const hal_gpio_dev_t *dev, uint32_t line, int level);
/* The line's level now (0/1) and what the board drives (-1: nothing),
 * claimed or not. -EINVAL for a bad line. */
int sim_gpio_peek(const hal_gpio_dev_t *dev, uint32_t line, int *level, int *driven);

/* ---- line listeners (sim_world.c) ----
 * sim_gpio calls sim_line_changed after every change of a line's level or
 * of what the board drives; it calls every listener registered on sys, in
 * registration order (the trace, SPI chip selects, the wire decoder).
 * A listener may change lines itself (an I2C device pulling SDA low);
 * the nested changes are delivered too, after the current one. */
typedef void (*sim_listener_fn)(void *ctx, unsigned chip, uint32_t line, int level, int driven, uint64_t t_ns);
void sim_line_changed(const hal_system_t *sys, unsigned chip, uint32_t line, int level, int driven,
                      uint64_t t_ns);
/* Errors: -ENOMEM, -ENODEV (sys is not an open sim system). */
int sim_listen(const hal_system_t *sys, sim_listener_fn fn, void *ctx);
void sim_unlisten(const hal_system_t *sys, sim_listener_fn fn, void *ctx);

#endif
