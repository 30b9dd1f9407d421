/*
 * Software I2C and SPI controllers: engines that toggle GPIO lines through
 * the dispatchers of backends/hal.h (hal_gpio_line_*) and present the
 * result as HAL bus devices (hal_i2c_dev_t, hal_spi_dev_t) with the same
 * ops and error codes as a backend's. So they run on the GPIO of any
 * backend (sim, linux, ftdi, an MCU), and bitbangio.I2C / bitbangio.SPI
 * are busio's bindings (busio.h) over them.
 *
 * They use nothing but hal.h and port.h (the clock, sleeping, Ctrl-C):
 * no Python objects, no exceptions; every function returns 0 or a
 * negative errno. The caller claims the lines (and releases them after the
 * device's last use: the devices' close op releases nothing).
 *
 * Timing: a bus keeps a pace (bitbang_pace_t): every half period of the
 * clock the engine calls bitbang_pace_half(), which waits until half_ns
 * have passed since the previous call. Time spent in the GPIO ops counts
 * towards the wait, so a slow backend (Linux GPIO ioctls, USB to an FTDI
 * chip) is not slowed down further: the requested frequency is an upper
 * bound. On the simulator (a controller answering HAL_CTL_SIM_PRESENT)
 * the half period is capped at BITBANG_SIM_MAX_HALF_NS, so a program
 * asking for 100 Hz does not sit in real sleeps: the simulated devices
 * decode edges, not time.
 */
#ifndef CP_BITBANG_H
#define CP_BITBANG_H

#include "../backends/hal.h"

#define BITBANG_SIM_MAX_HALF_NS 1000u

/* In the engines: return x's error, if any. */
#define BITBANG_TRY(x)                                                                                     \
    do {                                                                                                   \
        int rc_ = (x);                                                                                     \
        if (rc_)                                                                                           \
            return rc_;                                                                                    \
    } while (0)

typedef struct bitbang_pace {
    uint32_t half_ns; /* half a clock period */
    uint64_t due_ns;  /* earliest end of the current half period */
} bitbang_pace_t;

/* Set the pace for a clock of hz (>= 1) on the controller of line. */
void bitbang_pace_init(bitbang_pace_t *p, const hal_gpio_line_t *line, uint32_t hz);
/* Wait out the rest of the current half period and start the next: 0, or
 * -HAL_EINTR at once when the program is interrupted (Ctrl-C), so that a
 * long transfer or a slow clock stops within a half period. */
int bitbang_pace_half(bitbang_pace_t *p);

/* ---- I2C (bitbang_i2c.c) ---- */

/* One open-drain line: native, a claimed open-drain output let go (1);
 * else emulated, a claimed input (let go) that the engine switches to an
 * output driving 0 and back. */
typedef struct bitbang_od {
    hal_gpio_line_t gpio;
    bool native;
} bitbang_od_t;

typedef struct bitbang_i2c {
    bitbang_od_t scl, sda;
    bitbang_pace_t pace;
    uint32_t timeout_us; /* the longest a device may stretch the clock */
} bitbang_i2c_t;

/* Make *dev the I2C controller on w's lines (claimed and let go), clocked
 * at up to hz (>= 1). Its transfers return 0; -HAL_ENODEV for an address
 * nobody acknowledges; -HAL_EIO for a data byte not acknowledged or SDA
 * held low before a START; -HAL_ETIMEDOUT when SCL stays low longer than
 * timeout_us; -HAL_EINTR on Ctrl-C; or a GPIO op's error. Every failure
 * still ends with a STOP, leaving both lines let go. It has no probe op:
 * hal_i2c_probe's zero-length write is what it would do. */
void bitbang_i2c_open(hal_i2c_dev_t *dev, bitbang_i2c_t *w, uint32_t hz, uint32_t timeout_us);

/* ---- SPI (bitbang_spi.c) ---- */

enum { BITBANG_SCK = 0, BITBANG_MOSI = 1, BITBANG_MISO = 2, BITBANG_SPI_LINES = 3 };

typedef struct bitbang_spi {
    /* SCK and MOSI claimed as outputs, MISO as an input; MOSI or MISO
     * unclaimed when the bus has none */
    hal_gpio_line_t line[BITBANG_SPI_LINES];
    hal_spi_config_t cfg;
    bitbang_pace_t pace;
} bitbang_spi_t;

/* Make *dev the SPI controller on w's lines; configure it before the first
 * transfer. configure puts the clock at its idle level (or returns the
 * GPIO error); words of 1 to 16 bits go MSB first (lsb_first or wider
 * words: -HAL_ENOTSUP); the actual clock is the one asked for (an upper
 * bound, see above). A word wider than 8 bits takes two bytes, little-
 * endian: a transfer of an odd length is -HAL_EINVAL then. Transfers
 * return 0, -HAL_EINTR on Ctrl-C (the clock left idle), or a GPIO op's
 * error; there is no chip select to drive (HAL_SPI_XFER_CS is ignored). */
void bitbang_spi_open(hal_spi_dev_t *dev, bitbang_spi_t *w);

#endif
