/*
 * The Linux backend's buses and channels: the open functions of its
 * hal_backend_t (linux.c) for I2C (i2c-dev), SPI (spidev), UART (termios),
 * PWM (sysfs pwm) and ADC/DAC (IIO sysfs). They reach the kernel only
 * through linux_sys (linux_sys.h) and leave advice for failures through
 * linux_hint (linux_hint.h).
 *
 * Each returns 0 with *dev filled (ops, config = bus/ch, data malloc'ed
 * and freed by the dev's close op), or a negative errno with *dev
 * untouched:
 *  -EINVAL   the board file gives no dev= for it;
 *  -ENOENT   the device node / sysfs directory is missing (hint: how to
 *            enable the interface or overlay);
 *  -EACCES / -EPERM  no permission (hint: the group to join, a udev rule);
 *  -ENOMEM, or what the kernel answered (-ENOTTY: not that kind of device).
 */
#ifndef CP_LINUX_BUS_H
#define CP_LINUX_BUS_H

#include "../hal.h"

int linux_i2c_open(hal_system_t *sys, const hal_board_bus_t *bus, hal_i2c_dev_t *dev);
int linux_spi_open(hal_system_t *sys, const hal_board_bus_t *bus, hal_spi_dev_t *dev);
int linux_uart_open(hal_system_t *sys, const hal_board_bus_t *bus, hal_uart_dev_t *dev);
int linux_pwm_open(hal_system_t *sys, const hal_board_channel_t *ch, hal_pwm_dev_t *dev);
int linux_adc_open(hal_system_t *sys, const hal_board_channel_t *ch, hal_adc_dev_t *dev);
int linux_dac_open(hal_system_t *sys, const hal_board_channel_t *ch, hal_dac_dev_t *dev);

/* True on the Raspberry Pi boards (board ids raspberry_pi_*), whose hints
 * can name raspi-config and config.txt settings. */
bool linux_bus_is_pi(const hal_system_t *sys);

/* Where Raspberry Pi OS (bookworm and later) keeps config.txt. */
#define LINUX_PI_CONFIG "/boot/firmware/config.txt"

/* Hint for an open() of path that failed with rc: -EACCES/-EPERM name
 * group (and a udev rule for subsystem); other errors leave no hint.
 * Returns rc. */
int linux_bus_access_hint(int rc, const char *path, const char *group, const char *subsystem);

#endif
