/*
 * The pace of the software buses' clocks (see bitbang.h).
 */
#include "bitbang.h"
#include "port.h"

/* Below this a wait spins on the clock; above, the bulk of it sleeps. */
#define SPIN_LIMIT_NS 100000u

static bool on_simulator(const hal_gpio_line_t *line)
{
    return hal_gpio_control(line->dev, HAL_CTL_SIM_PRESENT, NULL) == 0;
}

void bitbang_pace_init(bitbang_pace_t *p, const hal_gpio_line_t *line, uint32_t hz)
{
    uint64_t half = (500000000u + hz - 1) / hz; /* round up: never faster than asked */
    if (half > UINT32_MAX)
        half = UINT32_MAX;
    if (on_simulator(line) && half > BITBANG_SIM_MAX_HALF_NS)
        half = BITBANG_SIM_MAX_HALF_NS;
    p->half_ns = (uint32_t)half;
    p->due_ns = 0;
}

static int wait_until(uint64_t due)
{
    uint64_t now = port_ticks_ns();
    if (now < due && due - now > SPIN_LIMIT_NS && port_sleep_ns(due - now - SPIN_LIMIT_NS / 2) < 0)
        return -HAL_EINTR;
    while (port_ticks_ns() < due) {
    }
    return 0;
}

int bitbang_pace_half(bitbang_pace_t *p)
{
    if (port_interrupt_pending)
        return -HAL_EINTR;
    uint64_t now = port_ticks_ns();
    if (now < p->due_ns) {
        if (wait_until(p->due_ns) < 0)
            return -HAL_EINTR;
        now = p->due_ns;
    }
    p->due_ns = now + p->half_ns;
    return 0;
}
