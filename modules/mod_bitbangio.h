/*
 * bitbangio: software I2C and SPI on any pins, written once over the GPIO
 * dispatchers of backends/hal.h (hal_gpio_line_*), so they run on every
 * backend that has GPIO. This header is shared by mod_bitbangio.c (the
 * module, timing and argument helpers), bitbangio_i2c.c and
 * bitbangio_spi.c. Buffer slices and the errno -> exception mapping of
 * transfers are the shared bus layer's (hw_bus_buffer, hw_bus_check); the
 * lock is not: a bit-banged bus is no board bus, so it has its own flag.
 *
 * Timing: a bus keeps a pace (mod_bitbangio_pace_t): every half period of
 * the clock the engine calls mod_bitbangio_pace_half(), which waits until
 * half_ns have passed since the previous call. Time spent in the GPIO ops
 * counts towards the wait, so a slow backend (Linux GPIO ioctls, USB to an
 * FTDI chip) is not slowed down further: the requested frequency is an
 * upper bound. On the simulator (a controller answering
 * HAL_CTL_SIM_PRESENT) the half period is capped at
 * MOD_BITBANGIO_SIM_MAX_HALF_NS, so a program asking for 100 Hz does not
 * sit in real sleeps: the simulated devices decode edges, not time.
 */
#ifndef CP_MOD_BITBANGIO_H
#define CP_MOD_BITBANGIO_H

#include "hw_bus.h"

extern const type_t bitbangio_i2c_type, bitbangio_spi_type;

#define MOD_BITBANGIO_SIM_MAX_HALF_NS 1000u

typedef struct mod_bitbangio_pace {
    uint32_t half_ns; /* half a clock period */
    uint64_t due_ns;  /* earliest end of the current half period */
} mod_bitbangio_pace_t;

/* Set the pace for a clock of hz (>= 1) on the controller of line. */
void mod_bitbangio_pace_init(mod_bitbangio_pace_t *p, const hal_gpio_line_t *line, uint32_t hz);
/* Wait out the rest of the current half period and start the next: 0, or
 * -HAL_EINTR at once when the program is interrupted (Ctrl-C), so that a
 * long transfer or a slow clock stops within a half period. */
int mod_bitbangio_pace_half(mod_bitbangio_pace_t *p);

/* A checked non-negative argument as uint32_t, saturating. */
static inline uint32_t mod_bitbangio_u32(intptr_t v)
{
    return (uintmax_t)v > UINT32_MAX ? UINT32_MAX : (uint32_t)v;
}

/* RuntimeError("Function requires lock") unless locked. */
void mod_bitbangio_check_lock(bool locked);

#endif
