/*
 * The few things linux_gpio.c and linux_detect.c need from libgpiod, in one
 * shape for both of its APIs: linux_gpiod_v1.c implements them over
 * libgpiod 1.x (Debian 12, Raspberry Pi OS bookworm), linux_gpiod_v2.c over
 * 2.x (Debian 13, Raspberry Pi OS trixie); configure builds exactly one.
 *
 * A request holds ONE line, with everything about it (direction, initial
 * output level, bias, drive, edge detection) applied in the kernel call
 * that takes the line, so an output never starts at the other level.
 * Configurations are physical (no active-low) and valid (hal.h's
 * hal_gpio_config_valid). Every function returns 0 (or a count) or a
 * negative errno as the kernel or libgpiod gave it.
 */
#ifndef CP_LINUX_GPIOD_H
#define CP_LINUX_GPIOD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../hal.h"

typedef struct linux_gpiod_chip linux_gpiod_chip_t;
typedef struct linux_gpiod_req linux_gpiod_req_t;

/* Open the gpiochip character device at path. -ENOENT, -EACCES/-EPERM
 * (no permission), -ENODEV/-ENOTTY (not a gpiochip), -ENOMEM. */
int linux_gpiod_chip_open(const char *path, linux_gpiod_chip_t **out);
void linux_gpiod_chip_close(linux_gpiod_chip_t *chip);
/* The chip's label (cut to size, "" when it has none) and line count. */
int linux_gpiod_chip_info(linux_gpiod_chip_t *chip, char *label, size_t size, uint32_t *lines);
/* A line's name ("" when unnamed) and, when it is in use, its consumer
 * ("" when the user gave none). -EINVAL for a line out of range. */
int linux_gpiod_line_info(linux_gpiod_chip_t *chip, uint32_t line, char *name, size_t name_size, bool *used,
                          char *consumer, size_t consumer_size);

/* Request line with cfg, consumer LINUX_CONSUMER. -EBUSY when another
 * process (or a kernel driver) holds it; -EINVAL, -EOPNOTSUPP for a
 * setting the kernel or the chip refuses. */
int linux_gpiod_request(linux_gpiod_chip_t *chip, uint32_t line, const hal_gpio_config_t *cfg,
                        linux_gpiod_req_t **out);
/* Apply cfg to a requested line, keeping the no-glitch rule: an output
 * that stays an output changes level at most once, to cfg->value. On
 * failure the old configuration is kept where possible; when the line
 * was lost meanwhile (v1 must re-request lines with edge detection, and
 * another process may take it in between) later calls fail with -EBUSY. */
int linux_gpiod_reconfigure(linux_gpiod_req_t *req, const hal_gpio_config_t *cfg);
/* Make the line an input without bias where the kernel allows, and give
 * it back. */
void linux_gpiod_release(linux_gpiod_req_t *req);
int linux_gpiod_get(linux_gpiod_req_t *req, int *value);
int linux_gpiod_set(linux_gpiod_req_t *req, int value);
/* Non-blocking: up to max edge events (kernel timestamps, CLOCK_MONOTONIC)
 * into ev, oldest first, *n the count. -EOVERFLOW (with the events that
 * were read) when the kernel reports that events were lost. v1 requests
 * both edges whatever cfg asked: the caller filters. */
int linux_gpiod_events(linux_gpiod_req_t *req, hal_gpio_event_t *ev, size_t max, size_t *n);

#endif
