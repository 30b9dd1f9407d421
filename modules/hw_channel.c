/*
 * Channel lookup and claiming (see hw_channel.h). A channel object claims
 * only its pin in the layer's claim table, never the pin's GPIO line: on
 * Linux and on MCUs the pin is muxed to the PWM/ADC/DAC function instead.
 */
#include "hw_channel.h"
#include "runtime.h"

const hal_board_channel_t *hw_channel_find(size_t pin, int kind)
{
    const hal_board_t *b = hw_system()->board;
    for (size_t i = 0; i < b->n_channels; i++)
        if (b->channels[i].kind == kind && (size_t)b->channels[i].pin == pin)
            return &b->channels[i];
    return NULL;
}

const hal_board_channel_t *hw_channel_claim(size_t pin, int kind)
{
    hw_pin_claim(pin);
    const hal_board_channel_t *ch = hw_channel_find(pin, kind);
    if (!ch) {
        hw_pin_unclaim(pin);
        hw_raise_invalid("pin");
    }
    return ch;
}

_Noreturn void hw_channel_raise(int rc, size_t pin, const char *what)
{
    if (rc == -HAL_EBUSY)
        hw_raise_in_use(pin);
    hw_raise_errno(rc < 0 ? rc : -HAL_EIO, what);
}
