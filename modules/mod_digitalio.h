/*
 * What other hardware modules need of a digitalio.DigitalInOut
 * (neopixel_write writes through one).
 */
#ifndef CP_MOD_DIGITALIO_H
#define CP_MOD_DIGITALIO_H

#include "hw.h"

extern const type_t digitalio_dio_type;

/* The claimed line of DigitalInOut o, and its board pin index in *pin.
 * TypeError("<argname> must be of type DigitalInOut, not <type>") for
 * anything else; the deinitialised-object ValueError after deinit(). */
hal_gpio_line_t *digitalio_dio_line(obj_t o, const char *argname, size_t *pin);

#endif
