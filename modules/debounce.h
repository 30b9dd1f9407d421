/*
 * Key debouncing by integration, with CircuitPython keypad's semantics
 * (debounce_threshold): a key changes state once it has read its new
 * state `threshold` times more often than its old one since it last
 * changed. Plain C, one int8_t counter per key (unit-tested alone:
 * tests/unit/test_debounce.c).
 *
 * The counter runs from -threshold (settled released) to +threshold
 * (settled pressed). A reading of "pressed" moves it up, "released" down,
 * never beyond the ends; moving from -1 to 0 is the press (the counter
 * jumps to +threshold), from +1 to 0 the release (it jumps to
 * -threshold). A counter at 0 is undecided: a new scanner starts there,
 * so keys already held when it starts give no event; reset() instead
 * starts every key at released, so held keys give a press.
 */
#ifndef CP_DEBOUNCE_H
#define CP_DEBOUNCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define DEBOUNCE_MAX 127

/* Every counter of keys [0, n) undecided (a new scanner). */
void debounce_init(int8_t *counters, size_t n);
/* Every counter settled released (reset()). threshold 1..DEBOUNCE_MAX. */
void debounce_release_all(int8_t *counters, size_t n, int threshold);
/* One reading of a key; true when its state changed (the new state is
 * `pressed` then). */
bool debounce_update(int8_t *counter, int threshold, bool pressed);

#endif
