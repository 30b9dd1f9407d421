/*
 * PWM, ADC and DAC channels for the hardware modules (analogio, pwmio):
 * finding a pin's channel in the board description and claiming the pin
 * for it, with CircuitPython's errors. Portable like hw.h.
 */
#ifndef CP_HW_CHANNEL_H
#define CP_HW_CHANNEL_H

#include "hw.h"

/* The board channel of kind (HAL_CHANNEL_*) on board pin index, or NULL. */
const hal_board_channel_t *hw_channel_find(size_t pin, int kind);

/* Claim pin for a channel of kind: ValueError("D13 in use") when the pin
 * is taken, ValueError("Invalid pin") when it has no such channel (then
 * nothing stays claimed). Returns the channel. */
const hal_board_channel_t *hw_channel_claim(size_t pin, int kind);

/* Raise for a failed channel open or op, after the caller released what
 * it holds: -HAL_EBUSY is ValueError("D13 in use"); -HAL_ENOTSUP (also a
 * backend without the open function) NotImplementedError("<what> is not
 * supported by the <backend> backend"); others OSError. */
_Noreturn void hw_channel_raise(int rc, size_t pin, const char *what);

#endif
