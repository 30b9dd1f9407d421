/*
 * An emulator of one FTDI MPSSE channel, for the ftdi backend's tests
 * (fake_ftdi.c feeds it what the backend writes through libftdi, and
 * returns its replies). It interprets the command stream as FTDI's AN_108
 * describes it and drives a model of the channel's 16 lines, on which
 * wire-level devices sit (fake_wire.h: I2C and SPI slaves that decode
 * edges), so a wrong command sequence shows up as a wrong transaction.
 *
 * What it does:
 *  - SET/GET_BITS_LOW/HIGH (0x80-0x83), loopback (0x84/0x85), the clock
 *    divisor (0x86), SEND_IMMEDIATE (0x87), wait on GPIOL1 (0x88/0x89),
 *    divide-by-5 (0x8A/0x8B), 3-phase clocking (0x8C/0x8D), clocks without
 *    data (0x8E/0x8F), adaptive clocking (0x96/0x97: each TCK edge waits
 *    for RTCK on ADBUS7 to follow, forever when nothing does), drive-zero
 *    (0x9E, FT232H only);
 *  - the clock-data commands AN_108 lists (byte and bit modes, in, out
 *    and both, either edge, MSB or LSB first, and the TMS ones); any other
 *    opcode is answered 0xFA followed by the opcode, as the chip does;
 *  - clocking: the first bit goes on TDI/DO before the first edge; in
 *    2-phase mode the next bit appears AT the out edge (same instant: for
 *    I2C that is a change of SDA while SCL falls, which the I2C slave
 *    counts as a violation and takes for a START/STOP); in 3-phase mode a
 *    bit is data set-up, clock edge, clock edge, so data changes only
 *    with the clock at its idle level. Input is sampled just before the
 *    in edge. Bit-mode input is shifted in from bit 0 (MSB first) or from
 *    bit 7 (LSB first).
 *
 * The power-on state is deliberately unfriendly (divide-by-5, 3-phase,
 * loopback and adaptive clocking all on, divisor 0xFFFF): a backend must
 * set everything it relies on.
 *
 * Lines: a line's level is 0 when anything drives it low, else 1 (driven
 * high, or pulled up: every line has a pull-up here). Lines can be tied
 * into one net (the breakout's I2C switch ties ADBUS1 and ADBUS2).
 * Contention (the FTDI driving a net high while a device drives it low, or
 * the other way round) is counted.
 */
#ifndef CP_FAKE_MPSSE_H
#define CP_FAKE_MPSSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct fake_mpsse fake_mpsse_t;
typedef struct fake_wire_dev fake_wire_dev_t;

/* A device on the lines. The emulator calls event() after every change of
 * line levels with the levels before and after (bit n = line n); the
 * device answers by changing what it drives (drive: the lines it drives,
 * level: their levels), and is called again for the changes that causes.
 * With open_drain it never drives a 1 (its level bits are ignored). */
struct fake_wire_dev {
    void (*event)(fake_wire_dev_t *d, fake_mpsse_t *e, uint16_t before, uint16_t after);
    void (*free)(fake_wire_dev_t *d);
    uint16_t drive, level;
    bool open_drain;
    fake_wire_dev_t *next;
};

enum { FAKE_MPSSE_FT232H = 0, FAKE_MPSSE_FT2232H = 1 };

typedef struct fake_mpsse_stats {
    uint32_t tck_hz;        /* TCK of the last clocking command */
    uint32_t bit_hz;        /* its bit rate: TCK, or 2/3 of it with 3-phase */
    bool div5, three_phase, adaptive, loopback;
    uint16_t drive_zero;    /* lines in drive-zero mode */
    unsigned bad_commands;  /* opcodes answered with 0xFA */
    uint8_t last_bad;
    unsigned contention;    /* times a net came into contention */
    uint64_t clocks;        /* TCK periods */
    bool stalled;           /* adaptive clocking or a wait command hangs */
} fake_mpsse_stats_t;

fake_mpsse_t *fake_mpsse_new(int chip);
/* Frees the attached devices too. */
void fake_mpsse_free(fake_mpsse_t *e);
/* Bit mode reset / MPSSE enable: the power-on state above, all lines
 * inputs, pending commands and replies dropped. Wiring stays. */
void fake_mpsse_reset(fake_mpsse_t *e);
/* Commands in (a command may be split across calls). */
void fake_mpsse_write(fake_mpsse_t *e, const uint8_t *buf, size_t n);
/* Replies out: at most max bytes; returns the count. */
size_t fake_mpsse_read(fake_mpsse_t *e, uint8_t *buf, size_t max);
size_t fake_mpsse_pending(const fake_mpsse_t *e);
/* Drop pending replies and unprocessed commands (a purge). */
void fake_mpsse_purge(fake_mpsse_t *e);

/* ---- wiring and the test's view ---- */
void fake_mpsse_tie(fake_mpsse_t *e, unsigned a, unsigned b);
/* Take ownership of d; it sees every change from now on. */
void fake_mpsse_attach(fake_mpsse_t *e, fake_wire_dev_t *d);
/* The test drives a line from outside: 0/1, or -1 to let go. */
void fake_mpsse_set_input(fake_mpsse_t *e, unsigned line, int level);
/* A line's level (0/1); what the FTDI drives on it (0/1, -1 nothing). */
int fake_mpsse_level(const fake_mpsse_t *e, unsigned line);
int fake_mpsse_driven(const fake_mpsse_t *e, unsigned line);
/* How often the line's level changed since the last clear. */
unsigned fake_mpsse_changes(const fake_mpsse_t *e, unsigned line);
const fake_mpsse_stats_t *fake_mpsse_stats(const fake_mpsse_t *e);
void fake_mpsse_clear_stats(fake_mpsse_t *e);
/* Re-evaluate the lines after a device changed its drive on its own. */
void fake_mpsse_settle(fake_mpsse_t *e);

#endif
