/*
 * The FTDI backend (hal_backend_t `ftdi`, listed in backends/hal_backends.c
 * under CP_BACKEND_FTDI): GPIO, I2C and SPI through the MPSSE of an
 * FT232H or FT2232H, driven through libftdi1. Files:
 *   ftdi.c        the backend table, open/close, control, hints and log;
 *   ftdi_url.c    ftdi:// URLs (the board file's gpiochip path=);
 *   ftdi_chan.c   one MPSSE channel: the USB device through libftdi1,
 *                 its set-up, exact reads with a deadline, error mapping;
 *   ftdi_mpsse.c  MPSSE command batches (one USB write, one read) and the
 *                 clock divisor;
 *   ftdi_gpio.c   the GPIO ops of a channel (ADBUS0-7, ACBUS0-7);
 *   ftdi_i2c.c    I2C on ADBUS0 (SCL) and ADBUS1/ADBUS2 (SDA out/in);
 *   ftdi_spi.c    SPI on ADBUS0 (SCK), ADBUS1 (MOSI), ADBUS2 (MISO).
 *
 * A board gpiochip is one MPSSE channel (FT232H: one; FT2232H: A and B),
 * opened by its ftdi:// path. Its 16 lines are ADBUS0-7 (0-7) and
 * ACBUS0-7 (8-15). A channel that cannot be opened does not fail the
 * backend: every operation on it fails with the reason and a hint (no
 * adapter, no permission, the kernel's ftdi_sio driver), and is tried
 * again on the next operation, so plugging the adapter in or fixing the
 * udev rule needs no restart. An adapter unplugged in use makes the
 * operations fail with -ENODEV until it is back; then the channel is set
 * up again from its shadows (pin levels and directions, bus, clock).
 *
 * Everything below returns 0 or a negative errno; nothing prints or exits.
 * Nothing outside backends/ftdi includes this header (tests do).
 */
#ifndef CP_FTDI_H
#define CP_FTDI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../hal.h"
#include "../hint_store.h"

struct ftdi_context;

extern const hal_backend_t ftdi_backend;

/* ---- ftdi.c: hints and the log ---- */

#define FTDI_HINT_MAX HINT_STORE_MAX

/* Remember the advice for error err (a positive errno) for HAL_CTL_HINT,
 * replacing any earlier one; returns -err. One process drives one board,
 * so the hint is process-wide, like the Linux backend's. */
int ftdi_hint(int err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void ftdi_hint_clear(void);
/* HAL_CTL_HINT: 0 and the hint copied when it was left for h->err, else
 * -HAL_ENOENT; the hint is gone afterwards either way. */
int ftdi_hint_take(hal_hint_t *h);
/* One line through the host's log: `chatter` lines only when verbose. */
void ftdi_log(const hal_system_t *sys, bool chatter, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* ---- ftdi_url.c ---- */

/* ftdi://[vendor][:product[:serial|:index]]/interface, as pyftdi and
 * Blinka write them: vendor `ftdi` or a number (0x0403), product a name
 * (ft232h, ft2232h, 232h, 2232h, ...) or a number (0x6014); a third field
 * of one or two digits is the index among matching adapters (0 first),
 * anything else a serial number; interface 1 (A) or 2 (B). */
typedef struct ftdi_url {
    uint16_t vid, pid;
    char serial[64];   /* "" for any */
    unsigned index;
    unsigned iface;    /* 1 = A, 2 = B */
    char name[16];     /* the product for messages: "FT232H" */
} ftdi_url_t;

/* 0, or -EINVAL for text that is no such URL. */
int ftdi_url_parse(const char *text, ftdi_url_t *url);

/* ---- ftdi_chan.c: one MPSSE channel ---- */

enum { FTDI_BUS_NONE = 0, FTDI_BUS_I2C = 1, FTDI_BUS_SPI = 2 };

/* The MPSSE signal lines of ADBUS: TCK/SK, TDI/DO, TDO/DI. */
#define FTDI_SK 0x0001u
#define FTDI_DO 0x0002u
#define FTDI_DI 0x0004u
#define FTDI_BUS_LINES (FTDI_SK | FTDI_DO | FTDI_DI)

/*
 * Shadows (bit n = line n): `dir` and `out` are what the chip has after
 * the commands sent so far (or what it gets when it is set up again);
 * `gpio` the lines claimed as GPIO, `od` those of them that are open-drain
 * outputs (emulated: 0 drives low, 1 turns the line into an input).
 * Invariants: a bus line (FTDI_BUS_LINES while bus != NONE) is never in
 * `gpio` unless the bus does not use it (an SPI bus opened without MOSI or
 * MISO: ftdi_spi.c asks before every transfer); a GPIO change touches
 * only its own bit, a bus only its lines, so neither disturbs the other.
 */
typedef struct ftdi_chan {
    const hal_system_t *sys;
    unsigned chip;             /* board gpiochip index */
    const char *path;          /* the board file's ftdi:// path */
    ftdi_url_t url;
    struct ftdi_context *ctx;  /* NULL: not open, open_rc says why */
    int open_rc;
    char why[FTDI_HINT_MAX];   /* the hint for open_rc */
    int type;                  /* libftdi's chip type once opened */
    bool desync;               /* replies may be pending: set up again first */
    uint16_t dir, out, gpio, od;
    int bus;                   /* FTDI_BUS_* on FTDI_BUS_LINES */
    uint16_t divisor;          /* TCK = 30 MHz / (1 + divisor) */
    bool three_phase;
    uint8_t drive_zero;        /* ADBUS lines in FT232H open-drain mode */
    /* the open bus's settings (the bus devs' data is the channel) */
    uint32_t bus_hz;           /* the clock it runs at */
    hal_spi_config_t spi;      /* SPI: as configured */
    int cs_line;               /* SPI: the board's cs= line here, or -1 */
} ftdi_chan_t;

/* Set c up for board gpiochip `chip` and try to open it (its failure is
 * kept in open_rc, not returned). Errors: -ENOMEM only. */
int ftdi_chan_init(ftdi_chan_t *c, const hal_system_t *sys, unsigned chip);
/* Release the lines and close the device. */
void ftdi_chan_fini(ftdi_chan_t *c);
/* Make sure the channel is open and in step (reopening it after an unplug
 * or a failed first open, purging after an error). 0, or the open error
 * with its hint: -ENODEV (no such adapter), -EACCES (no permission: the
 * udev rule), -EIO (the kernel's ftdi_sio driver holds it, or it does not
 * answer as an MPSSE), -EINVAL (a bad path in the board file). */
int ftdi_chan_ready(ftdi_chan_t *c);
/* Write cmd[0..n) in one USB write, then read exactly rx_len bytes into
 * rx within timeout_ms. -ENODEV when the adapter is gone, -EIO for any
 * other USB error or a short read, -EINTR when the program is interrupted
 * while waiting; after any error the channel is purged before its next
 * use. */
int ftdi_chan_xfer(ftdi_chan_t *c, const uint8_t *cmd, size_t n, uint8_t *rx, size_t rx_len, unsigned timeout_ms);
/* The channel of the board pin `pin`, with its line in *line; NULL when
 * the pin is not on a gpiochip of this backend. */
ftdi_chan_t *ftdi_chan_of_pin(const hal_system_t *sys, int pin, uint32_t *line);
/* Does the chip have FT232H's open-drain command (0x9E)? */
bool ftdi_chan_has_drive_zero(const ftdi_chan_t *c);

/* ---- ftdi_mpsse.c: command batches ---- */

/* MPSSE opcodes (AN_108). */
enum {
    FTDI_OP_WRITE_NEG = 0x01, /* data out on the falling TCK edge */
    FTDI_OP_BITMODE = 0x02,
    FTDI_OP_READ_NEG = 0x04,  /* data in on the falling TCK edge */
    FTDI_OP_LSB = 0x08,
    FTDI_OP_DO_WRITE = 0x10,
    FTDI_OP_DO_READ = 0x20,
    FTDI_OP_SET_LOW = 0x80,
    FTDI_OP_GET_LOW = 0x81,
    FTDI_OP_SET_HIGH = 0x82,
    FTDI_OP_GET_HIGH = 0x83,
    FTDI_OP_LOOPBACK_ON = 0x84,
    FTDI_OP_LOOPBACK_OFF = 0x85,
    FTDI_OP_DIVISOR = 0x86,
    FTDI_OP_SEND_IMMEDIATE = 0x87,
    FTDI_OP_DIV5_OFF = 0x8a,
    FTDI_OP_DIV5_ON = 0x8b,
    FTDI_OP_3PHASE_ON = 0x8c,
    FTDI_OP_3PHASE_OFF = 0x8d,
    FTDI_OP_CLOCK_BYTES = 0x8f, /* n x 8 TCK periods, no data */
    FTDI_OP_ADAPTIVE_ON = 0x96,
    FTDI_OP_ADAPTIVE_OFF = 0x97,
    FTDI_OP_DRIVE_ZERO = 0x9e, /* FT232H only */
    FTDI_OP_BAD_COMMAND = 0xfa, /* the reply to an opcode it does not know */
};

/* The base clock with divide-by-5 off (H-series): TCK = 60 MHz / ((1 +
 * divisor) * 2). With 3-phase clocking a bit takes three half periods. */
#define FTDI_TCK_MAX 30000000u

/* The divisor for the fastest clock not above hz (the slowest the chip
 * has when hz is below it), with the clock it gives in *actual. */
uint16_t ftdi_mpsse_divisor(uint32_t hz, bool three_phase, uint32_t *actual);

/*
 * A batch of commands and the replies they ask for. Replies go to rx in
 * command order. Batches whose replies would overflow the chip's buffers
 * are cut into several USB round trips at command boundaries (the chip
 * keeps its pin states in between), so callers just append. Errors stick:
 * the first one is what ftdi_mpsse_run returns.
 */
typedef struct ftdi_mpsse {
    ftdi_chan_t *chan;
    uint8_t *cmd;
    size_t len, cap;
    uint8_t *rx;          /* every reply of the batch */
    size_t rx_len, rx_cap;
    size_t sent;          /* replies of commands already sent and read */
    uint64_t clocks;      /* TCK periods queued since the last round trip */
    int err;
} ftdi_mpsse_t;

void ftdi_mpsse_begin(ftdi_mpsse_t *m, ftdi_chan_t *c);
/* Free the buffers (after run, or instead of it). */
void ftdi_mpsse_end(ftdi_mpsse_t *m);
/* Append raw command bytes that ask for `reply` bytes and clock `clocks`
 * TCK periods. */
void ftdi_mpsse_cmd(ftdi_mpsse_t *m, const uint8_t *bytes, size_t n, size_t reply, uint64_t clocks);
/* SET_BITS_LOW / SET_BITS_HIGH from the channel's shadows. */
void ftdi_mpsse_set_low(ftdi_mpsse_t *m);
void ftdi_mpsse_set_high(ftdi_mpsse_t *m);
/* A clock-data command (op: FTDI_OP_* flags) moving nbytes bytes; out may
 * be NULL for a read-only op. Cut into pieces the chip's length field and
 * buffers take. */
void ftdi_mpsse_bytes(ftdi_mpsse_t *m, uint8_t op, const uint8_t *out, size_t nbytes);
/* The same, nbits (1-8) bits of `bits` (MSB first unless op has FTDI_OP_LSB). */
void ftdi_mpsse_bits(ftdi_mpsse_t *m, uint8_t op, uint8_t bits, unsigned nbits);
/* Send what is queued and read its replies (into m->rx). 0 or the first
 * error (ftdi_chan_xfer's, -ENOMEM). */
int ftdi_mpsse_run(ftdi_mpsse_t *m);
/* The divisor and clocking commands for the channel's current divisor
 * and three_phase, and the loopback and adaptive clocking off. */
void ftdi_mpsse_clock_setup(ftdi_mpsse_t *m);
/* Open-drain lines (a bit per ADBUS/ACBUS line: driven only low), on chips
 * that have the mode (the FT232H); nothing is queued on others. */
void ftdi_mpsse_drive_zero(ftdi_mpsse_t *m, uint16_t mask);

/* ---- ftdi_gpio.c ---- */

/* The GPIO ops of a channel: dev->data is the ftdi_chan_t. */
extern const hal_gpio_ops_t ftdi_gpio_ops;

/* ---- ftdi_i2c.c, ftdi_spi.c: the backend's bus open functions ----
 * 0 with *dev filled, or a negative errno with *dev untouched: -EINVAL
 * when the bus's pins are not the MPSSE's (ADBUS0-2 of one channel),
 * -EBUSY when another bus or a GPIO holds one of its lines, or the
 * channel's error (ftdi_chan_ready). */
int ftdi_i2c_open(hal_system_t *sys, const hal_board_bus_t *bus, hal_i2c_dev_t *dev);
int ftdi_spi_open(hal_system_t *sys, const hal_board_bus_t *bus, hal_spi_dev_t *dev);

#endif
