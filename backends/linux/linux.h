/*
 * The Linux backend (hal_backend_t `linux`, listed in backends/hal_backends.c
 * under CP_BACKEND_LINUX). Files:
 *   linux.c          the backend table, open/close, control, the processor
 *                    and NVM (microcontroller.cpu / nvm);
 *   linux_env.c      paths under $CIRCUITPY_SYSROOT (tests) and logging;
 *   linux_gpio.c     the GPIO ops over one gpiochip, found by label;
 *   linux_gpiod.h    the small libgpiod shim linux_gpio.c uses, built from
 *                    linux_gpiod_v1.c (libgpiod 1.x) or linux_gpiod_v2.c (2.x);
 *   linux_detect.c   the gpiochips present, and the generic board;
 *   linux_bus.h      the bus and channel files (I2C, SPI, UART, PWM, ADC),
 *                    linux_hint.h (advice on errors), linux_sys.h (syscalls).
 * Nothing outside backends/linux includes this header.
 */
#ifndef CP_LINUX_H
#define CP_LINUX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../hal.h"

extern const hal_backend_t linux_backend;

/* The consumer name of every line this program requests. */
#define LINUX_CONSUMER "circuitpython"

/* Longest path the backend forms (a sysroot prefix plus a device path). */
#define LINUX_PATH_MAX 512

/* ---- linux_env.c ---- */

/* $CIRCUITPY_SYSROOT, or "" when unset. It prefixes every /dev, /sys and
 * /proc path the backend uses, so that tests run it against a fake tree:
 * linux_sys's kernel table adds it to the paths it is given; paths handed
 * to libgpiod get it through linux_env_path. Read once, at the first
 * call. Only tests set it. */
const char *linux_env_sysroot(void);
/* The sysroot followed by the printf-formatted absolute path, into buf.
 * 0, or -ENAMETOOLONG when it does not fit. */
int linux_env_path(char *buf, size_t size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* One line through the host's log callback (sys->options->log). Lines of
 * `chatter` go out only when the host asked for verbose output; others
 * (problems the user should know about) always. sys may be NULL: no log. */
void linux_env_log(const hal_system_t *sys, bool chatter, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* ---- linux_gpio.c ---- */

/* Set up dev for board gpiochip `chip` (sys->board->gpiochips[chip]): the
 * chip is found by its label (never by number) or by its path. When it
 * cannot be found or opened the dev is still set up, and every claim
 * fails with the reason and a hint (-HAL_EACCES: the group to join;
 * -HAL_ENODEV: the label that is missing), so the rest of the board
 * keeps working. Errors: -HAL_ENOMEM only. */
int linux_gpio_open(hal_system_t *sys, unsigned chip, hal_gpio_dev_t *dev);
/* Release every line still claimed, close the chip, free dev->data. */
void linux_gpio_close(hal_gpio_dev_t *dev);

/* ---- linux_detect.c ---- */

/* The id of the generic board (see linux_detect_generic). */
#define LINUX_GENERIC_ID "generic_linux"

/* The numbers N of the /dev/gpiochipN present, ascending, into nums (at
 * most max of them); *n gets the count. 0, or -errno of the listing
 * (-ENOENT without /dev). */
int linux_detect_chips(unsigned *nums, size_t max, size_t *n);

/* A board for a Linux machine that no board file describes: every line of
 * its gpiochips (in chip order, at most HAL_MAX_GPIO_CHIPS chips and
 * HAL_MAX_PINS pins) becomes a pin. A pin's chip name is <label>_<offset>
 * (label made an identifier; gpiochipN when labels clash); its board name
 * is the kernel's line name where that is unique, else the chip name. The
 * board is `generic_linux` (freed with board_file_free). Errors:
 * -ENODEV when there is no gpiochip; -EACCES / -EPERM when there are some
 * but none can be opened (why gets a hint: the group to join); -ENOMEM. */
int linux_detect_generic(hal_board_t **out, char *why, size_t why_size);

#endif
