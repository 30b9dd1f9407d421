/*
 * Wire-level I2C and SPI slaves for the MPSSE emulator (fake_mpsse.h):
 * they decode the line changes the emulator reports into the byte-level
 * calls of the sim backend's device models (backends/sim/sim_dev.h:
 * 24C02, MCP9808, BME280, MCP3008, ...), and answer on the wire.
 *
 * I2C (one decoder per bus, any number of devices on it): START is SDA
 * falling while SCL is high, STOP SDA rising while SCL is high; bits are
 * sampled on SCL rising; the slave changes SDA only after SCL falls
 * (ACK, read data) and lets go of it for the master's acknowledge. SCL
 * and SDA changing in the same instant is a hold-time violation: it is
 * counted, and taken as the SDA change first (as a slave with any hold
 * requirement would see it). Everything is logged as text, e.g.
 * "S 50W A 00 A Sr 50R A ff N P" (START, address and direction, ACK or
 * NACK after each byte, repeated START, STOP).
 *
 * SPI (one decoder per device): selected while CS is low; modes by CPOL
 * and CPHA: with CPHA 0 the device presents a bit when selected and after
 * every trailing edge and samples on the leading edge; with CPHA 1 it
 * presents on the leading edge and samples on the trailing one. SCK not
 * at CPOL when CS falls is counted as a violation. MISO bits come from
 * the model's exchange on a copy of its state with the bits received so
 * far (sim_dev.h's rule), committed after the 8th bit; MSB first, or LSB
 * first when asked.
 */
#ifndef CP_FAKE_WIRE_H
#define CP_FAKE_WIRE_H

#include "fake_mpsse.h"
#include "sim/sim_dev.h"

typedef struct fake_i2c fake_i2c_t;
typedef struct fake_spi fake_spi_t;

/* An I2C bus decoder on lines scl/sda, attached to e. */
fake_i2c_t *fake_i2c_new(fake_mpsse_t *e, unsigned scl, unsigned sda);
/* A device of class cls at addr (init with args); NULL on a bad init. */
sim_dev_t *fake_i2c_add(fake_i2c_t *b, const sim_dev_class_t *cls, uint16_t addr, const char *const *args,
                        size_t n_args);
/* The wire log so far ("" when nothing), and forgetting it. */
const char *fake_i2c_log(const fake_i2c_t *b);
void fake_i2c_clear(fake_i2c_t *b);
unsigned fake_i2c_violations(const fake_i2c_t *b);

/* An SPI device of class cls on these lines in mode (cpol, cpha). */
fake_spi_t *fake_spi_new(fake_mpsse_t *e, const sim_dev_class_t *cls, unsigned sck, unsigned mosi, unsigned miso,
                         unsigned cs, int cpol, int cpha, bool lsb_first);
sim_dev_t *fake_spi_dev(fake_spi_t *s);
/* Bytes received (MOSI) and sent (MISO as sampled) while selected. */
size_t fake_spi_received(const fake_spi_t *s, uint8_t *buf, size_t max);
size_t fake_spi_sent(const fake_spi_t *s, uint8_t *buf, size_t max);
void fake_spi_clear(fake_spi_t *s);
unsigned fake_spi_violations(const fake_spi_t *s);
unsigned fake_spi_selections(const fake_spi_t *s);

/* A scripted SPI device for mode tests: it answers the bytes set with
 * fake_pattern_set (then 0xff) whatever it receives; "rx[i]" reads back
 * the i-th byte received (sim_dev class get). */
extern const sim_dev_class_t fake_pattern;
void fake_pattern_set(sim_dev_t *d, const uint8_t *reply, size_t n);

#endif
