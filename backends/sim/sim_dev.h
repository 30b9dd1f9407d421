/*
 * Simulated bus devices: the device-model interface of the sim backend.
 *
 * A device model (sim_dev_24c02.c, sim_dev_bme280.c, ...) is a const
 * sim_dev_class_t of byte-level callbacks. Two kinds of bus drive the same
 * models byte by byte:
 *   - the message-level buses (sim_i2c.c, sim_spi.c: busio on the board's
 *     i2c/spi buses, through hal_i2c_ops_t / hal_spi_ops_t);
 *   - the wire-level decoder (sim_wire.c: bitbangio toggling GPIO lines),
 *     which turns SCL/SDA or SCK/MOSI/CS edges into the same calls.
 * Both go through the sim_dev_i2c_* / sim_dev_spi_* wrappers below, never
 * the class callbacks directly: the wrappers apply injected faults.
 *
 * Where a device sits (its placement):
 *   - I2C: a pair of board pins (SCL, SDA) and a 7-bit address. A device
 *     attached to a named bus (`sim 24c02 i2c1 0x50`) takes that bus's
 *     pins, so a bitbangio.I2C on the same pins finds it too.
 *   - SPI: its chip-select board pin, plus the SCK/MOSI/MISO pins of the
 *     bus it hangs on. It is selected while its CS line is low.
 *
 * Every instance belongs to one open sim system (hal_system_t); the list
 * of instances lives in the system's backend data (sys->data), created by
 * sim_dev_open() in sim_open() and freed by sim_dev_close().
 *
 * Adding a model: a sim_dev_<kind>.c defining `const sim_dev_class_t
 * sim_dev_<kind>`, listed in sim_dev_classes[] (sim_dev.c) and in
 * backends/backends.am; its state is plain memory in d->state (the wire
 * decoder snapshots it to look ahead at SPI output bits).
 *
 * Host-only C (malloc is fine). Functions return 0 or a negative errno.
 */
#ifndef CP_SIM_DEV_H
#define CP_SIM_DEV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../hal.h"

/* What a device puts in an I2C acknowledge slot. */
enum { SIM_ACK = 0, SIM_NACK = 1 };

/* Injected faults (the values of HAL_SIM_FAULT_* in hal.h). On a device:
 *   NACK    the device does not acknowledge its address (looks absent);
 *           on SPI it stops driving MISO (reads 0xff).
 *   TIMEOUT transfers touching it fail with -HAL_ETIMEDOUT (a slave
 *           stretching the clock forever).
 *   EIO     transfers touching it fail with -HAL_EIO (lost arbitration,
 *           bus error).
 * On a whole bus (sim_bus_* in sim_bus.h) the same, plus
 *   STUCK   SDA held low (I2C) / MISO held low (SPI): see sim_bus.h. */
enum {
    SIM_FAULT_NONE = 0,
    SIM_FAULT_NACK = 1,
    SIM_FAULT_TIMEOUT = 2,
    SIM_FAULT_EIO = 3,
    SIM_FAULT_STUCK = 4,
};

typedef struct sim_dev sim_dev_t;

typedef struct sim_dev_class {
    const char *kind;      /* as in the board file: "24c02", "bme280" */
    uint8_t bus;           /* HAL_BUS_I2C or HAL_BUS_SPI */
    uint16_t default_addr; /* I2C: 7-bit address when none is given */
    size_t state_size;     /* bytes of d->state, zeroed before init */
    /* Power-on state. args are the words after the placement in the
     * board file / sim.attach() (e.g. a BME280's initial temperature is
     * not one: it has none). -HAL_EINVAL for bad arguments. Optional. */
    int (*init)(sim_dev_t *d, const char *const *args, size_t n_args);
    /* Free what init allocated besides d->state. Optional. */
    void (*fini)(sim_dev_t *d);

    /* ---- I2C (NULL for SPI devices) ----
     * i2c_start: a START or repeated START addressed to this device, with
     *   the R/W bit (read = true). Begins a new message: the device resets
     *   its byte counter. Returns SIM_ACK or SIM_NACK.
     * i2c_write: one byte from the master; SIM_ACK or SIM_NACK.
     * i2c_read: the next byte for the master. (The master's ACK/NACK after
     *   it is not reported: a NACK is always followed by STOP or a repeated
     *   START, which the device sees.)
     * i2c_stop: a STOP condition after this device was addressed since the
     *   previous STOP. A repeated START to another address does not call
     *   it (the device simply sees no more bytes until its next start). */
    int (*i2c_start)(sim_dev_t *d, bool read);
    int (*i2c_write)(sim_dev_t *d, uint8_t byte);
    uint8_t (*i2c_read)(sim_dev_t *d);
    void (*i2c_stop)(sim_dev_t *d);

    /* ---- SPI (NULL for I2C devices) ----
     * spi_select: CS asserted (true) or released (false).
     * spi_exchange: one byte clocked while selected, MSB first: mosi in,
     *   the returned byte out on MISO. A model whose output depends on bits
     *   of the same byte must only use earlier (more significant) ones,
     *   as the wire would allow. The wire decoder (sim_wire.c) learns each
     *   MISO bit early by calling it on a copy of *state and putting the
     *   copy back: everything spi_exchange changes must live in *state. */
    void (*spi_select)(sim_dev_t *d, bool selected);
    uint8_t (*spi_exchange)(sim_dev_t *d, uint8_t mosi);

    /* ---- test API (all optional) ----
     * set/get: a named physical value ("temperature" in deg C, "pressure"
     *   in hPa, "humidity" in %RH, "ch0" in volts, "mem[12]" a byte, ...).
     *   -HAL_ENOENT for an unknown name, -HAL_ERANGE out of range.
     * dump_png: write the device's picture (a display's frame buffer) to a
     *   PNG file. -HAL_EIO (or -errno) on a write error.
     * dump_text: the same as text art into buf (NUL-terminated, truncated
     *   to size); *len gets the full length without the NUL. */
    int (*set)(sim_dev_t *d, const char *name, double value);
    int (*get)(sim_dev_t *d, const char *name, double *value);
    int (*dump_png)(sim_dev_t *d, const char *path);
    int (*dump_text)(sim_dev_t *d, char *buf, size_t size, size_t *len);
} sim_dev_class_t;

/* One attached device. Fields other than state are the framework's;
 * models read them (addr, sys) but write only *state. */
struct sim_dev {
    const sim_dev_class_t *cls;
    hal_system_t *sys;     /* owner: for sim_log and the board */
    int16_t bus;           /* index into sys->board->buses, or -1 */
    char bus_name[32];     /* the board bus name, or "SCL/SDA" pin names */
    int16_t pins[2];       /* board pin indexes. I2C: SCL, SDA.
                              SPI: SCK, CS. HAL_NO_PIN when unknown. */
    uint16_t addr;         /* I2C 7-bit address; 0 for SPI */
    uint8_t fault;         /* SIM_FAULT_*, injected on this device */
    uint32_t fault_count;  /* transactions left until the fault clears by
                              itself; 0: until cleared */
    bool addressed;        /* I2C: started since the last STOP (wrappers) */
    bool selected;         /* SPI: CS asserted (wrappers) */
    sim_dev_t *next;       /* in the system's list, attach order */
    void *state;           /* cls->state_size bytes */
};

/* Every class built in, NULL-terminated; and lookup by kind (NULL if none). */
extern const sim_dev_class_t *const sim_dev_classes[];
const sim_dev_class_t *sim_dev_class_find(const char *kind);

/* Where to attach: I2C uses pins[0..1] = SCL, SDA and addr (-1: the
 * class's default); SPI uses pins[0] = SCK and cs_pin. bus is the board
 * bus index the pins came from, or -1. */
typedef struct sim_dev_place {
    int bus;
    int pins[2];
    int addr;
    int cs_pin;
} sim_dev_place_t;

/* Create the per-system device list (sys->data; sim_world.c). The board
 * file's devices are attached afterwards, once the GPIO controllers exist
 * (sim_dev_attach_board in sim_bus.h). Errors: -HAL_ENOMEM. */
int sim_dev_open(hal_system_t *sys);
/* Detach everything and free sys->data. Safe when open failed. */
void sim_dev_close(hal_system_t *sys);

/* Attach a new instance of cls at *where; *out (may be NULL) gets it.
 * Errors: -HAL_EINVAL (bad placement or args, or a class of the other bus
 * kind), -HAL_EBUSY (the I2C address or CS pin is taken), -HAL_ENOMEM. */
int sim_dev_attach(hal_system_t *sys, const sim_dev_class_t *cls, const sim_dev_place_t *where,
                   const char *const *args, size_t n_args, sim_dev_t **out);
/* Unlink and free d (its fini runs first). */
void sim_dev_detach(sim_dev_t *d);

/* The first attached device (then follow ->next), or NULL. */
sim_dev_t *sim_dev_first(const hal_system_t *sys);
/* The I2C device at addr on the bus made of these SCL/SDA board pins,
 * or NULL. */
sim_dev_t *sim_dev_find_i2c(const hal_system_t *sys, int scl_pin, int sda_pin, uint16_t addr);
/* The SPI device whose chip select is cs_pin (whatever its SCK), or NULL. */
sim_dev_t *sim_dev_find_spi(const hal_system_t *sys, int cs_pin);

/* Board pin index of GPIO (chip, line), or -1 when no pin names it. */
int sim_pin_index(const hal_board_t *b, unsigned chip, uint32_t line);

/* ---- what bus layers call (message level and wire level alike) ----
 * These apply the device's fault: a NACK fault NACKs the address (the
 * class is not called); TIMEOUT/EIO faults are reported by sim_dev_error
 * and left to the bus layer (a wire-level bus may ignore them). */
int sim_dev_i2c_start(sim_dev_t *d, bool read);
int sim_dev_i2c_write(sim_dev_t *d, uint8_t byte);
uint8_t sim_dev_i2c_read(sim_dev_t *d);
void sim_dev_i2c_stop(sim_dev_t *d);        /* no-op unless addressed */
void sim_dev_spi_select(sim_dev_t *d, bool selected); /* no-op if unchanged */
uint8_t sim_dev_spi_exchange(sim_dev_t *d, uint8_t mosi);
/* -HAL_ETIMEDOUT / -HAL_EIO for an active TIMEOUT / EIO fault, else 0. */
int sim_dev_error(const sim_dev_t *d);
/* One transaction touched d: counts down a fault with a count. */
void sim_dev_fault_tick(sim_dev_t *d);

/* ---- the transaction log ----
 * One entry per message a bus moved: bus name ("i2c1", "spi0", or for a
 * bit-banged bus "D5/D6"), I2C address (SPI: the CS board pin index,
 * 0xffff when no device is selected), 'w' (written) or 'r' (read; an SPI
 * full-duplex transfer logs 'w' then 'r'), the bytes, and the result (0
 * or -errno). Keeps the newest SIM_TXLOG_MAX.
 * -HAL_ENOMEM is not reported: a message that cannot be stored is lost. */
#define SIM_TXLOG_MAX 4096
void sim_txlog_add(hal_system_t *sys, const char *bus, uint16_t addr, char dir, const uint8_t *data,
                   size_t len, int result);

#endif
