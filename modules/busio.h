/*
 * The Python binding of I2C and SPI controllers, written once for
 * busio.I2C / busio.SPI and bitbangio.I2C / bitbangio.SPI.
 *
 * Design: a controller is a HAL bus device, whoever provides it.
 *
 *  - Providers implement hal_i2c_ops_t / hal_spi_ops_t: a backend for a
 *    board bus (sim, linux spidev / i2c-dev), or a software engine on GPIO
 *    lines of any backend (bitbang.h). A new one (an FTDI MPSSE channel)
 *    writes only its ops: as a backend's i2c_open / spi_open it serves
 *    busio.I2C / SPI with no change here.
 *  - The object reaches its device through an hw_bus_t (hw_bus.h), which
 *    also holds the lock: the lock of a board bus's physical bus for busio
 *    (hw_bus_open), the object's own for bitbangio (hw_bus_open_own).
 *  - Everything between Python and the device is here, shared: deinit and
 *    the context manager, the deinit and lock checks (before arguments),
 *    try_lock / unlock, argument parsing and slicing (hw_bus_i2c_args,
 *    hw_bus_spi_args), writeto_then_readfrom as one transfer with a
 *    repeated START, probe / scan, configure's checks, the missing-pin
 *    checks, chip-select proxies (hw_bus_cs_route: board buses only), the
 *    errno -> exception mapping (hw_bus_check), `frequency`, repr.
 *  - Each module keeps only its constructor (arguments, claiming, opening
 *    the provider) and its type_t, which uses the shared locals table and
 *    print, and whose protocol slot points at a *_class_t naming the few
 *    ways bitbangio differs from busio on CircuitPython.
 *
 * Object layout: a constructor allocates a struct whose first member is
 * busio_i2c_t / busio_spi_t (bitbangio appends its device and lines), and
 * registers it (hw_obj_register) with a release function that calls
 * hw_bus_release and frees whatever else it claimed.
 */
#ifndef CP_BUSIO_H
#define CP_BUSIO_H

#include "hw_bus.h"

/* ---- I2C (busio_i2c.c) ---- */

typedef struct busio_i2c_class {
    /* A bus failure while probing (a clock stretched too long, a GPIO
     * error) raises, as bitbangio's does, rather than meaning "no device"
     * as busio's does. Either way a NACK is False, and Ctrl-C and a
     * backend that cannot probe raise. */
    bool probe_raises;
} busio_i2c_class_t;

typedef struct busio_i2c {
    hw_obj_t hw;
    hw_bus_t bus;       /* dev: a hal_i2c_dev_t */
    uint32_t frequency; /* as asked for; reported when the device cannot tell */
} busio_i2c_t;

extern map_t busio_i2c_locals;
/* <I2C>, by the type's name. */
void busio_i2c_print(const print_t *p, obj_t o, print_kind_t kind);

/* The type of a class with this binding: its constructor and class. */
#define BUSIO_I2C_TYPE(tname, mk, cls) \
    const type_t tname = { \
        .base = {&type_type}, \
        .flags = TYPE_FLAG_EQ_IS_IDENTITY, \
        .name = Q_I2C, \
        .print = busio_i2c_print, \
        .make_new = mk, \
        .attr = hw_attr, \
        .protocol = cls, \
        .locals = &busio_i2c_locals, \
    }

/* ---- SPI (busio_spi.c) ---- */

typedef struct busio_spi_class {
    /* ValueError for a transfer lacking a pin, by method (HW_SPI_*);
     * NULL: "No mosi pin" / "No miso pin", whichever is missing first. */
    const char *const *missing;
    /* Words wider than 8 bits take two bytes: buffer slices must hold
     * whole words, and readinto's write_value may fill a word. Otherwise
     * write_value is a byte and slices are not checked. */
    bool words;
    /* A baudrate above 2**32-1 asks for the fastest clock instead of being
     * ValueError("Invalid baudrate"). */
    bool saturate;
} busio_spi_class_t;

typedef struct busio_spi {
    hw_obj_t hw;
    hw_bus_t bus;         /* dev: a hal_spi_dev_t */
    hal_spi_config_t cfg; /* the last configure's (a proxy's node gets it too) */
    uint32_t frequency;   /* actual, from the last configure */
    bool has_mosi, has_miso;
} busio_spi_t;

extern map_t busio_spi_locals;
/* <SPI>, by the type's name. */
void busio_spi_print(const print_t *p, obj_t o, print_kind_t kind);

#define BUSIO_SPI_TYPE(tname, mk, cls) \
    const type_t tname = { \
        .base = {&type_type}, \
        .flags = TYPE_FLAG_EQ_IS_IDENTITY, \
        .name = Q_SPI, \
        .print = busio_spi_print, \
        .make_new = mk, \
        .attr = hw_attr, \
        .protocol = cls, \
        .locals = &busio_spi_locals, \
    }

/* Finish constructing s, whose bus is open and has_* set: configure the
 * defaults (100 kHz, mode 0, 8 bits) and register s with release. On any
 * error, release s and raise. */
void busio_spi_start(busio_spi_t *s, hw_release_fn release);

#endif
