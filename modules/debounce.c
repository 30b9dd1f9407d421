/*
 * Integrating debouncer (see debounce.h).
 * Invariant: -threshold <= *counter <= threshold.
 */
#include "debounce.h"

void debounce_init(int8_t *counters, size_t n)
{
    for (size_t i = 0; i < n; i++)
        counters[i] = 0;
}

void debounce_release_all(int8_t *counters, size_t n, int threshold)
{
    for (size_t i = 0; i < n; i++)
        counters[i] = (int8_t)-threshold;
}

bool debounce_update(int8_t *counter, int threshold, bool pressed)
{
    int c = *counter;
    if (pressed) {
        if (c >= threshold)
            return false;
        c++;
        if (c == 0) {
            *counter = (int8_t)threshold;
            return true;
        }
    } else {
        if (c <= -threshold)
            return false;
        c--;
        if (c == 0) {
            *counter = (int8_t)-threshold;
            return true;
        }
    }
    *counter = (int8_t)c;
    return false;
}
