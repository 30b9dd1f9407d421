/*
 * Chip-select proxies (see hw_bus_cs.h).
 *
 * Invariants:
 *  - live[] holds exactly the open proxies (board != NULL);
 *  - a proxy's user is open only while `asserted`, and asserted implies
 *    !high or a pulse being sent (hw_bus_cs_set);
 *  - `asserted` is set before the first transfer of a selection is sent,
 *    so a failed transfer is still followed by the deasserting one.
 */
#include "hw_bus_cs.h"
#include "runtime.h"

static hw_bus_cs_t *live[HW_BUS_MAX];

const hal_board_bus_t *hw_bus_cs_bus(size_t pin)
{
    const hal_board_t *b = hw_system()->board;
    for (size_t i = 0; i < b->n_buses; i++)
        if (b->buses[i].kind == HAL_BUS_SPI && b->buses[i].pins[HAL_SPI_PIN_CS] == (int16_t)pin)
            return &b->buses[i];
    return NULL;
}

int hw_bus_cs_open(hw_bus_cs_t *cs, const hal_board_bus_t *bus)
{
    *cs = (hw_bus_cs_t){0};
    int rc = hw_bus_probe(bus);
    if (rc < 0)
        return rc;
    for (size_t i = 0; i < HW_BUS_MAX; i++)
        if (!live[i]) {
            *cs = (hw_bus_cs_t){.board = bus, .high = true};
            live[i] = cs;
            return 0;
        }
    return -HAL_ENOMEM;
}

/* Deassert the chip select if it may be asserted, and leave the bus.
 * Returns the transfer's result. */
static int deselect(hw_bus_cs_t *cs)
{
    int rc = 0;
    if (cs->asserted && hw_bus_live(&cs->user)) {
        hal_spi_xfer_t none = {NULL, NULL, 0, 0, HAL_SPI_XFER_CS};
        rc = hal_spi_transfer(cs->user.dev, &none, 1);
    }
    cs->asserted = false;
    hw_bus_release(&cs->user);
    return rc;
}

void hw_bus_cs_set(hw_bus_cs_t *cs, bool high)
{
    if (high == cs->high)
        return;
    cs->high = high;
    if (!high)
        return; /* the falling edge waits for the first transfer */
    /* a pulse without a transfer: assert and deassert in one empty one */
    if (!cs->asserted && hw_bus_join(&cs->user, cs->board))
        cs->asserted = true;
    hw_bus_check(deselect(cs), "SPI chip select");
}

void hw_bus_cs_release(hw_bus_cs_t *cs)
{
    if (!cs->board)
        return;
    deselect(cs);
    for (size_t i = 0; i < HW_BUS_MAX; i++)
        if (live[i] == cs)
            live[i] = NULL;
    cs->board = NULL;
}

static const char *cs_name(const hw_bus_cs_t *cs)
{
    return hw_pin_name((size_t)cs->board->pins[HAL_SPI_PIN_CS]);
}

void hw_bus_cs_route(const hw_bus_t *b, const hal_spi_config_t *cfg, const hal_spi_dev_t **dev, uint8_t *flags)
{
    hw_bus_cs_t *sel = NULL;
    for (size_t i = 0; i < HW_BUS_MAX; i++) {
        hw_bus_cs_t *cs = live[i];
        if (!cs || cs->high || !hw_bus_on_wires(b, cs->board))
            continue;
        if (sel)
            raise_fmt(&type_ValueError, "%s and %s are both low", cs_name(sel), cs_name(cs));
        sel = cs;
    }
    if (!sel)
        return;
    if (!hw_bus_live(&sel->user))
        hw_bus_attach(&sel->user, b, sel->board);
    uint32_t actual;
    hw_bus_check(hal_spi_configure(sel->user.dev, cfg, &actual), "this SPI configuration");
    sel->asserted = true;
    *dev = sel->user.dev;
    *flags = HAL_SPI_XFER_CS | HAL_SPI_XFER_CS_KEEP;
}

/* Only the table: the proxies may sit in the heap of a VM that ended. A
 * proxy still alive afterwards finds its user stale (hw_bus_live) and
 * sends nothing when released. */
void hw_bus_cs_forget_all(void)
{
    for (size_t i = 0; i < HW_BUS_MAX; i++)
        live[i] = NULL;
}
