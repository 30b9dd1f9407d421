/*
 * bitbangio: the module table, and the helpers its I2C (bitbangio_i2c.c)
 * and SPI (bitbangio_spi.c) share: pacing of clock edges and the lock
 * check. See mod_bitbangio.h for the timing rules.
 */
#include "mod_bitbangio.h"
#include "port.h"
#include "runtime.h"

/* Below this a wait spins on the clock; above, the bulk of it sleeps. */
#define SPIN_LIMIT_NS 100000u

static bool on_simulator(const hal_gpio_line_t *line)
{
    return hal_gpio_control(line->dev, HAL_CTL_SIM_PRESENT, NULL) == 0;
}

void mod_bitbangio_pace_init(mod_bitbangio_pace_t *p, const hal_gpio_line_t *line, uint32_t hz)
{
    uint64_t half = (500000000u + hz - 1) / hz; /* round up: never faster than asked */
    if (half > UINT32_MAX)
        half = UINT32_MAX;
    if (on_simulator(line) && half > MOD_BITBANGIO_SIM_MAX_HALF_NS)
        half = MOD_BITBANGIO_SIM_MAX_HALF_NS;
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

int mod_bitbangio_pace_half(mod_bitbangio_pace_t *p)
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

void mod_bitbangio_check_lock(bool locked)
{
    if (!locked)
        raise_msg(&type_RuntimeError, "Function requires lock");
}

static const map_elem_t bitbangio_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_bitbangio)},
    {ROM_QSTR(Q_I2C), ROM_PTR(&bitbangio_i2c_type)},
    {ROM_QSTR(Q_SPI), ROM_PTR(&bitbangio_spi_type)},
};
static DICT_ROM(bitbangio_globals, bitbangio_globals_table);
const obj_module_t bitbangio_module = {{&type_module}, &bitbangio_globals};
MODULE_REGISTER(Q_bitbangio, bitbangio_module);
