/*
 * Chip-select proxies: a digitalio.DigitalInOut on a pin that the OS
 * itself drives as the hardware chip select of an SPI bus of the board.
 *
 * On a Raspberry Pi with SPI enabled, the kernel's SPI driver holds CE0
 * and CE1 (GPIO8, GPIO7): they are the chip selects of /dev/spidev0.0 and
 * /dev/spidev0.1, and no program can claim them as GPIOs. Yet most
 * CircuitPython examples pass DigitalInOut(board.CE0) to a driver as its
 * `cs` (adafruit_bus_device lowers it around each transaction). Such a
 * DigitalInOut becomes a proxy for the chip select of the board bus whose
 * cs= the pin is:
 *
 *  - its level is only recorded (nothing reaches the pin directly);
 *  - while it is low, every busio.SPI transfer on that bus's wires goes to
 *    that bus's node (spidev0.0 for CE0), configured like the busio.SPI,
 *    with the hardware chip select asserted and KEPT asserted after the
 *    transfer (HAL_SPI_XFER_CS_KEEP: spidev's cs_change on a message's
 *    last transfer), so consecutive transfers form one selection, as they
 *    do with a GPIO chip select;
 *  - when it goes high, a transfer of no bytes with the chip select and
 *    without KEEP deasserts it (no clock). A low-high pulse with no
 *    transfer in between becomes one such empty transfer, which asserts
 *    and deasserts the chip select, when an SPI bus is open on the wires
 *    (without one nothing reaches the pin).
 *
 * Differences from a GPIO chip select, all the kernel's: the falling edge
 * happens at the start of the first transfer, not when the value is set;
 * changing the node's mode, word size or speed while it is selected (a
 * configure() with other values between two transfers of one selection)
 * makes the kernel deassert it (spi_setup does); the kernel documents
 * cs_change on the last transfer as a hint that a controller may ignore
 * when a message for another device on the same controller comes in
 * between (nothing here sends one: every transfer on the wires goes to
 * the selected node). Only one proxy of a set of wires may be low at a
 * time: a transfer while two are raises ValueError.
 *
 * State: live proxies are listed in static storage (at most HW_BUS_MAX),
 * emptied with the bus tables (hw_bus_release_all, hw_bus_forget_all).
 */
#ifndef CP_HW_BUS_CS_H
#define CP_HW_BUS_CS_H

#include "hw_bus.h"

typedef struct hw_bus_cs {
    const hal_board_bus_t *board; /* the SPI board bus; NULL: closed */
    hw_bus_t user;  /* on the wires, through board, while asserted */
    bool high;      /* the level the program set */
    bool asserted;  /* the kernel may hold the chip select asserted */
} hw_bus_cs_t;

/* The SPI board bus whose chip select (cs=) is board pin `pin`, or NULL.
 * Never raises (the system is open: the pin exists). */
const hal_board_bus_t *hw_bus_cs_bus(size_t pin);

/* Make cs a proxy, high, for the chip select of bus, once the backend
 * shows it can open the bus's device (hw_bus_probe): 0, or that -errno;
 * -HAL_ENOMEM when HW_BUS_MAX proxies are live. Never raises. */
int hw_bus_cs_open(hw_bus_cs_t *cs, const hal_board_bus_t *bus);

/* The program sets the level. Going high ends a selection (see above);
 * the errors of its transfer as hw_bus_check. */
void hw_bus_cs_set(hw_bus_cs_t *cs, bool high);

/* End the selection if one is on (errors ignored) and forget cs. Never
 * raises; a no-op on a closed proxy. */
void hw_bus_cs_release(hw_bus_cs_t *cs);

/* For a transfer by busio user b configured with cfg: when a proxy on b's
 * wires is low, *dev becomes its node's device (configured with cfg) and
 * *flags HAL_SPI_XFER_CS | HAL_SPI_XFER_CS_KEEP; otherwise nothing
 * changes. ValueError("CE0 and CE1 are both low") for two, and the errors
 * of joining the bus and configuring the device. */
void hw_bus_cs_route(const hw_bus_t *b, const hal_spi_config_t *cfg, const hal_spi_dev_t **dev, uint8_t *flags);

/* Forget every proxy without touching the bus (the bus tables are being
 * emptied). */
void hw_bus_cs_forget_all(void);

#endif
