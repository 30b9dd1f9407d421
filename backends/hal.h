/*
 * The hardware abstraction layer: the one interface between the hardware
 * modules (modules/: board, digitalio, busio, ...) and the backends
 * (backends/sim, backends/linux, backends/ftdi, a firmware's MCU backend).
 *
 * Modules include this header and nothing of a backend; a backend includes
 * this header and nothing of modules/. The header is portable C11 (only
 * <stdbool.h> <stddef.h> <stdint.h>), so it compiles in firmware builds too.
 *
 * ---- Shape (Zephyr's driver APIs and SQLite's VFS) ------------------------
 *
 *  - For each kind of peripheral there is a const ops struct of typedef'd
 *    function pointers (hal_gpio_ops_t, hal_i2c_ops_t, ...). Ops are RAW:
 *    physical levels, one bus transaction, one register write. Everything
 *    common (active-low, forcing STOP on the last I2C message, pin claiming,
 *    locking, range checks, errno -> exception) is written once, above them:
 *    in the inline dispatchers at the end of this file and in modules/hw*.c.
 *  - Every instance has three parts kept apart: `ops` (const, shared by all
 *    instances of a backend), `config` (const: what the board file says
 *    about this instance) and `data` (mutable, owned by the backend: file
 *    descriptors, a USB handle, register base addresses).
 *  - Every ops struct starts with `version`. New operations are only ever
 *    appended, with a new HAL_*_OPS_V* number; a caller that wants an op
 *    added in version N checks `ops->version >= N` first (the dispatchers
 *    do). Every ops struct has a catch-all `control(dev, op, arg)` for
 *    backend-specific requests (the sim backend's test API is one); a
 *    backend declines an op it does not know with -HAL_ENOTSUP.
 *  - Optional ops may be NULL; the dispatchers then return -HAL_ENOTSUP and
 *    the binding layer raises NotImplementedError naming what is missing.
 *  - Every op returns 0 or a negative errno in Linux numbering (HAL_E*
 *    below: the values CircuitPython exposes on every port). A backend on
 *    Linux may return -errno as the kernel gave it; an MCU backend uses the
 *    HAL_E* constants. Ops never print, exit, or allocate on the Python heap.
 *  - Timestamps are nanoseconds on the monotonic clock the port uses for
 *    time.monotonic_ns() (CLOCK_MONOTONIC on Linux).
 *
 * ---- How real systems map onto it ----------------------------------------
 *
 * Linux (backends/linux):
 *  - GPIO: one hal_gpio_dev_t per gpiochip, found by the label in the board
 *    file (pinctrl-bcm2835, pinctrl-bcm2711, pinctrl-rp1). claim() makes a
 *    libgpiod line request for one line with direction, bias, drive and
 *    the initial output value in the same request (v2:
 *    gpiod_line_settings + gpiod_chip_request_lines; v1:
 *    gpiod_line_request with default_val), so an output never glitches.
 *    reconfigure() is gpiod_line_request_reconfigure_lines (v1:
 *    gpiod_line_set_config), release() frees the request, read()/write()
 *    are get_value/set_value. Edge events: the request asks for edge
 *    detection; event_read() polls the request fd with a zero timeout and
 *    reads gpiod edge events, whose timestamps are CLOCK_MONOTONIC.
 *  - I2C: i2c_open() opens the board file's /dev/i2c-N; transfer() is one
 *    ioctl(I2C_RDWR) with one struct i2c_msg per hal_i2c_msg_t (I2C_M_RD
 *    for HAL_I2C_READ; the kernel puts a repeated start between messages
 *    and a stop after the last). probe() is a zero-length write (or
 *    SMBus quick/read byte where the adapter lacks I2C_FUNC_I2C).
 *    Frequency is fixed by the device tree: set_frequency answers
 *    -HAL_ENOTSUP (0 when the clock already is the one asked for), with a
 *    hint naming the dtparam only when the clock is known and differs,
 *    and get_frequency reads
 *    /sys/class/i2c-adapter/i2c-N/of_node/clock-frequency.
 *  - SPI: spi_open() opens /dev/spidevB.C; configure() sets SPI_IOC_WR_MODE
 *    (CPOL/CPHA), _BITS_PER_WORD and _MAX_SPEED_HZ; transfer() is one
 *    SPI_IOC_MESSAGE(n) with one spi_ioc_transfer per hal_spi_xfer_t
 *    (cs_change from HAL_SPI_XFER_CS_KEEP; SPI_NO_CS when the transfer does
 *    not ask for hardware chip select).
 *  - UART: uart_open() opens the tty (/dev/serial0); configure() is
 *    termios (cfsetspeed, CSIZE, PARENB/PARODD, CSTOPB, raw mode); read()
 *    waits with poll() up to the timeout; in_waiting() is FIONREAD;
 *    reset_input() is tcflush(TCIFLUSH).
 *  - PWM: sysfs /sys/class/pwm/pwmchipN/pwmM: export on open, period and
 *    duty_cycle in ns, enable; unexport on close.
 *  - ADC: IIO sysfs in_voltageN_raw (and _scale for the reference).
 *  - DAC: IIO out_voltageN_raw.
 *  - NeoPixel (gpio neopixel_write, HAL_GPIO_OPS_V2): the GPIO character
 *    device cannot time 0.3/0.9 us pulses, so a Linux backend either
 *    leaves the op NULL (NotImplementedError) or implements it only for a
 *    line that is the MOSI of a spidev bus it can open: each data bit
 *    becomes 3 SPI bits (100 / 110) clocked at 2.4 MHz in one
 *    SPI_IOC_MESSAGE, followed by >= 80 us of low bytes as the latch.
 *    (PWM+DMA drivers such as the one behind /dev/ws281x are an option
 *    for a backend that wants to depend on them.)
 *  - System: cpu frequency from cpufreq, temperature from thermal_zone0,
 *    uid from the device tree serial number, NVM in a file.
 *
 * FTDI MPSSE (backends/ftdi: FT232H, FT2232H through libftdi1):
 *  - Every op becomes MPSSE commands queued into one USB write and, when
 *    data must come back, one read: a USB round trip costs ~125 us-1 ms,
 *    so an op batches everything it can (an I2C transfer of n messages is
 *    one write of start / address / data / ack-check / repeated start /
 *    stop commands and one read of all the ACK bits and data).
 *  - GPIO: lines 0-7 are ADBUS (D0-D7), 8-15 ACBUS (C0-C7) of one MPSSE
 *    channel; the backend keeps direction and output shadow bytes in its
 *    data and writes them with SET_BITS_LOW/HIGH (0x80/0x82); read() is
 *    GET_BITS_LOW/HIGH (0x81/0x83). Output value and direction go out in
 *    one command, so claim() with an output value does not glitch. There
 *    are no pull resistors (pull != NONE -> -HAL_ENOTSUP) and no edge
 *    interrupts: event_read may be emulated by sampling, or left NULL.
 *  - I2C: three-phase clocking and open-drain emulation on AD0 (SCL) and
 *    AD1/AD2 (SDA); set_frequency() sets the clock divisor.
 *  - SPI: AD0 SCK, AD1 MOSI, AD2 MISO, AD3 CS; modes 0 and 2 natively,
 *    1 and 3 by the clock-edge commands.
 *  - UART: the channel in plain UART mode (not MPSSE), through libftdi1.
 *  - No PWM, ADC or DAC: those open functions are NULL.
 *
 * A microcontroller (backends/<mcu>, firmware builds):
 *  - ops are static functions over memory-mapped registers; config is a
 *    const table generated from boards.d/ (port base addresses, pin mux
 *    values); data is a static struct per instance: no malloc anywhere.
 *  - GPIO claim() sets the output data register before switching the
 *    direction register, so the line starts at the requested level.
 *  - Edge events: the EXTI/GPIOTE interrupt handler pushes {timestamp,
 *    line, edge} into a fixed-size ring in data (single producer in the
 *    ISR, single consumer in event_read, which runs with that interrupt
 *    masked only while it moves the read index); overflow drops the oldest
 *    event and sets a flag reported as -HAL_EOVERFLOW once.
 *  - I2C/SPI/UART drive the peripheral registers (or DMA) and poll or wait
 *    on an interrupt flag with a timeout; UART RX is an ISR-fed ring.
 *  - PWM/ADC/DAC are timer, ADC and DAC register writes and reads. PWM
 *    channels whose board lines share a `group` share one timer (period):
 *    the binding layer refuses different frequencies within a group.
 *  - NeoPixel (neopixel_write): the 800 kHz WS2812 waveform, either bit-
 *    banged from RAM with interrupts masked and cycle-counted delays
 *    (T0H ~0.35 us, T1H ~0.7 us, bit ~1.25 us), or generated by a
 *    peripheral (RP2040 PIO, ESP32 RMT, SPI+DMA) from an encoded buffer;
 *    the op returns after the last bit and leaves the line low.
 */
#ifndef CP_HAL_H
#define CP_HAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- errno values (Linux numbering, as Python sees them) ---- */
#define HAL_EPERM 1
#define HAL_ENOENT 2
#define HAL_EINTR 4
#define HAL_EIO 5
#define HAL_ENXIO 6
#define HAL_EAGAIN 11
#define HAL_ENOMEM 12
#define HAL_EACCES 13
#define HAL_EBUSY 16
#define HAL_ENODEV 19
#define HAL_EINVAL 22
#define HAL_ERANGE 34
#define HAL_ENOSYS 38
#define HAL_EOVERFLOW 75
#define HAL_ENOTSUP 95 /* == EOPNOTSUPP on Linux */
#define HAL_ETIMEDOUT 110
#define HAL_EREMOTEIO 121

/* Limits of a board description (the board-file parser enforces them). */
#define HAL_MAX_PINS 256
#define HAL_MAX_GPIO_CHIPS 8

/* Backend-specific request numbers for the control ops: each backend owns
 * a range. 0x0000-0x00ff are generic, 0x5300-0x53ff the sim backend's. */
enum {
    HAL_CTL_SIM_FIRST = 0x5300,
};

typedef int (*hal_control_fn)(const void *dev, int op, void *arg);

/* Generic control ops of the backend itself, sys->backend->control(sys,
 * op, arg); a backend without them answers -HAL_ENOTSUP. */
enum {
    HAL_CTL_HINT = 0x0001, /* hal_hint_t: advice on the last error */
    HAL_CTL_DETECT = 0x0002, /* hal_detect_t, with sys NULL (see below) */
};

/* HAL_CTL_DETECT (hosts only): asked of every backend, with sys NULL, when
 * no board file matched the machine. A backend that finds hardware of its
 * kind builds a board for it (the Linux backend: a generic board from the
 * gpiochips present) and answers 0; -HAL_ENODEV when there is none; when
 * there is some it cannot use (-HAL_EACCES), `why` gets one line saying
 * what to do. The board is allocated like board_file_parse's (the host
 * frees it with board_file_free).
 * With `want` set (a board asked for by name that no board file has), a
 * backend that does not build a board of that id answers -HAL_ENOENT
 * without looking at any hardware; one that does answers as above, and
 * then `why` says what is missing for -HAL_ENODEV too. */
typedef struct hal_detect {
    struct hal_board *board; /* out */
    char *why;               /* out, NUL-terminated, cut to why_size */
    size_t why_size;
    const char *want;        /* in: the board id asked for, or NULL */
} hal_detect_t;

/* An errno alone cannot say which group to join or which overlay to
 * enable. A backend that knows more about a failure it returns keeps one
 * line of advice for it ("add your user to group i2c ..."); the binding
 * layer asks for it with HAL_CTL_HINT when it turns that errno into an
 * exception or a warning (modules/hw.c: hw_check, hw_hint), so the advice
 * reaches the user with the error. The query answers 0 and copies the
 * hint into buf (NUL-terminated, cut to size) only when the backend's
 * latest hint was left with the same err and not yet taken; otherwise
 * -HAL_ENOENT. Either way the hint is gone afterwards, so a stale hint
 * never decorates a later, unrelated error. After a GPIO claim fails with
 * -HAL_EBUSY, the hint is "used by <consumer>" where the OS names the
 * line's holder (the binding raises ValueError("D4 in use (used by
 * <consumer>)")). */
typedef struct hal_hint {
    int err;     /* in: the positive errno about to be reported */
    char *buf;   /* out */
    size_t size;
} hal_hint_t;

/* The sim backend's test API: control ops of its GPIO controller, so that
 * tests (the `sim` module) reach the emulator through this header alone.
 * Any other backend answers them with -HAL_ENOTSUP. Levels are physical. */
enum {
    HAL_CTL_SIM_PRESENT = HAL_CTL_SIM_FIRST, /* arg NULL; 0 on the sim backend */
    HAL_CTL_SIM_SET_INPUT,  /* hal_sim_level_t: drive the line from outside
                               (0/1), or stop driving it (-1) */
    HAL_CTL_SIM_GET_OUTPUT, /* hal_sim_level_t: what the board drives (0/1),
                               -1 when it does not drive the line */
    HAL_CTL_SIM_HISTORY,    /* hal_sim_history_t: the index-th recorded change
                               of what the board drives on line, oldest first;
                               -HAL_ENOENT past the end. A ring per
                               controller: the oldest changes are dropped
                               (and counted) when it is full */
    HAL_CTL_SIM_RESET,      /* arg NULL: forget history and outside levels */
};

/* The sim backend's bus devices (backends/sim/sim_dev.h): control ops of
 * the backend itself, sys->backend->control(sys, op, arg). A device is
 * named by a hal_sim_dev_sel_t that must match exactly one attached
 * device: -HAL_ENODEV when none does, -HAL_EINVAL when several do. */
enum {
    HAL_CTL_SIM_ATTACH = HAL_CTL_SIM_FIRST + 0x40, /* hal_sim_attach_t */
    HAL_CTL_SIM_DETACH,       /* hal_sim_dev_sel_t */
    HAL_CTL_SIM_SET_VALUE,    /* hal_sim_value_t: -HAL_ENOENT unknown name */
    HAL_CTL_SIM_GET_VALUE,    /* hal_sim_value_t */
    HAL_CTL_SIM_FAULT,        /* hal_sim_fault_t */
    HAL_CTL_SIM_CLEAR_FAULTS, /* arg NULL: every device and bus */
    HAL_CTL_SIM_TXLOG,        /* hal_sim_txlog_t: index-th entry, oldest
                                 first; -HAL_ENOENT past the end */
    HAL_CTL_SIM_TXLOG_CLEAR,  /* arg NULL */
    HAL_CTL_SIM_DUMP,         /* hal_sim_dump_t: a display's picture */
    HAL_CTL_SIM_DEVICE,       /* hal_sim_device_t: index-th attached device,
                                 attach order; -HAL_ENOENT past the end */
    HAL_CTL_SIM_TRACE,        /* const char *: start writing the VCD trace
                                 there (ending one being written), as
                                 --trace does; NULL: end it */
};

enum {
    HAL_SIM_FAULT_NONE = 0,    /* clears */
    HAL_SIM_FAULT_NACK = 1,    /* device: address not acknowledged */
    HAL_SIM_FAULT_TIMEOUT = 2, /* transfers fail with -HAL_ETIMEDOUT */
    HAL_SIM_FAULT_EIO = 3,     /* transfers fail with -HAL_EIO */
    HAL_SIM_FAULT_STUCK = 4,   /* bus only: SDA (I2C) / MISO (SPI) held low */
};

/* Fields left NULL / -1 match anything. */
typedef struct hal_sim_dev_sel {
    const char *kind;  /* "bme280" */
    const char *bus;   /* board bus name: "i2c1", "spi0" */
    int addr;          /* I2C 7-bit address */
    int cs_pin;        /* SPI: board pin index of the chip select */
} hal_sim_dev_sel_t;

/* I2C: on bus (its SCL/SDA), or when bus is NULL on the board pins
 * pins[0] = SCL, pins[1] = SDA; addr -1 is the kind's default.
 * SPI: on bus (its SCK/MOSI/MISO; NULL: the default SPI bus) selected by
 * board pin cs_pin. args: the kind's extra words (usually none). */
typedef struct hal_sim_attach {
    const char *kind;
    const char *bus;
    int pins[2];
    int addr;
    int cs_pin;
    const char *const *args;
    size_t n_args;
} hal_sim_attach_t;

typedef struct hal_sim_value {
    hal_sim_dev_sel_t dev;
    const char *name;  /* "temperature", "pressure", "ch3", "mem[5]" ... */
    double value;
} hal_sim_value_t;

/* whole_bus: the fault is on the bus named dev.bus (every device on it);
 * otherwise on the device dev selects. count: it clears by itself after
 * that many transactions; 0 keeps it until cleared. */
typedef struct hal_sim_fault {
    hal_sim_dev_sel_t dev;
    bool whole_bus;
    int fault;         /* HAL_SIM_FAULT_* */
    uint32_t count;
} hal_sim_fault_t;

/* Out fields point into the log: valid until the log changes. */
typedef struct hal_sim_txlog {
    size_t index;          /* in */
    const char *bus;       /* "i2c1", or "D3/D2" for a bit-banged bus */
    uint16_t addr;         /* I2C address; SPI: CS board pin index */
    char dir;              /* 'w' written, 'r' read (an SPI full-duplex
                              transfer logs both, 'w' first) */
    const uint8_t *data;
    size_t len;
    int result;            /* 0 or -errno */
    uint64_t timestamp_ns;
} hal_sim_txlog_t;

/* png_path non-NULL: write a PNG there. text non-NULL: text art into
 * text[0 .. text_size) (NUL-terminated); text_len gets the full length. */
typedef struct hal_sim_dump {
    hal_sim_dev_sel_t dev;
    const char *png_path;
    char *text;
    size_t text_size;
    size_t text_len;
} hal_sim_dump_t;

typedef struct hal_sim_device {
    size_t index;          /* in */
    const char *kind;
    const char *bus;       /* board bus name, or NULL */
    int pins[2];           /* I2C: SCL, SDA; SPI: SCK, CS (board pins) */
    int addr;              /* I2C; -1 for SPI */
    int cs_pin;            /* SPI; -1 for I2C */
    int fault;             /* HAL_SIM_FAULT_* on the device */
} hal_sim_device_t;

/* The sim backend's analog, PWM, NeoPixel and keypad test API
 * (backends/sim/sim_io.c): control ops of the backend itself,
 * sys->backend->control(sys, op, arg). Pins are board pin indexes;
 * -HAL_EINVAL for a pin without the channel or line asked for. */
enum {
    HAL_CTL_SIM_IO_FIRST = HAL_CTL_SIM_FIRST + 0x80,
    HAL_CTL_SIM_ANALOG_SET = HAL_CTL_SIM_IO_FIRST, /* hal_sim_analog_t: the
                                 voltage on an ADC pin, as 0..65535 of its
                                 full scale */
    HAL_CTL_SIM_ANALOG_GET,   /* hal_sim_analog_t: what a DAC pin outputs,
                                 0..65535 of full scale; -HAL_ENOENT when
                                 no AnalogOut drives it */
    HAL_CTL_SIM_PWM_GET,      /* hal_sim_pwm_t; -HAL_ENOENT when the
                                 channel is not running */
    HAL_CTL_SIM_LEVEL,        /* hal_sim_pin_level_t: a pin's level (0/1) */
    HAL_CTL_SIM_NEOPIXEL,     /* hal_sim_bytes_t: the bytes of the last
                                 neopixel_write on a pin; -HAL_ENOENT none */
    HAL_CTL_SIM_SWITCH,       /* hal_sim_switch_t: close/open a key switch
                                 between two pins (a key of a matrix) */
    HAL_CTL_SIM_SHIFTREG,     /* hal_sim_shiftreg_t: attach or update a
                                 parallel-in shift register (74HC165) */
    HAL_CTL_SIM_IO_RESET,     /* arg NULL: open every switch, drop shift
                                 registers, analog levels and NeoPixel data */
};

typedef struct hal_sim_analog {
    int pin;
    uint32_t value; /* 0..65535 of the channel's full scale */
} hal_sim_analog_t;

typedef struct hal_sim_pwm {
    int pin;
    uint32_t period_ns; /* out */
    uint32_t duty_ns;   /* out */
} hal_sim_pwm_t;

typedef struct hal_sim_pin_level {
    int pin;
    int level; /* out: 0/1 */
} hal_sim_pin_level_t;

/* buf/size in; len out: the full length (only min(len, size) copied). */
typedef struct hal_sim_bytes {
    int pin;
    uint8_t *buf;
    size_t size;
    size_t len;
} hal_sim_bytes_t;

/* A switch conducts both ways (a matrix with diodes behaves the same as
 * long as only the scanned row is driven). While closed, a pin the board
 * does not drive follows a partner pin the board drives (low wins). */
typedef struct hal_sim_switch {
    int pins[2];
    bool closed;
} hal_sim_switch_t;

/* Parallel inputs levels[0 .. n) (levels[0] is the first bit shifted
 * out, on data right after the latch). The register loads while latch is
 * at !latch_level and freezes when it goes to latch_level; each rising
 * clock edge then shifts the next bit onto data (0 past the end).
 * Attaching again with the same data pin replaces the inputs. */
typedef struct hal_sim_shiftreg {
    int clock, data, latch;
    bool latch_level;
    const uint8_t *levels;
    size_t n;
} hal_sim_shiftreg_t;

typedef struct hal_sim_level {
    uint32_t line;
    int level;
} hal_sim_level_t;

typedef struct hal_sim_history {
    uint32_t line;
    size_t index;
    uint64_t timestamp_ns;
    int level; /* 0, 1, or -1: stopped driving */
    /* out, on every query (also -HAL_ENOENT): how many of the line's
     * changes the bounded history has dropped, oldest first, since the
     * last HAL_CTL_SIM_RESET; index 0 is the oldest change still kept. */
    uint64_t dropped;
} hal_sim_history_t;

/* ======================================================================
 * GPIO
 * ====================================================================== */

enum { HAL_GPIO_INPUT = 0, HAL_GPIO_OUTPUT = 1 };
enum { HAL_GPIO_PULL_NONE = 0, HAL_GPIO_PULL_UP = 1, HAL_GPIO_PULL_DOWN = 2 };
enum { HAL_GPIO_PUSH_PULL = 0, HAL_GPIO_OPEN_DRAIN = 1, HAL_GPIO_OPEN_SOURCE = 2 };
enum {
    HAL_GPIO_EDGE_NONE = 0,
    HAL_GPIO_EDGE_RISING = 1,
    HAL_GPIO_EDGE_FALLING = 2,
    HAL_GPIO_EDGE_BOTH = 3,
};

/* Everything about one line, applied in one call. For an output, `value`
 * is the level the line starts at: the backend must set it before (or
 * atomically with) switching the direction, never passing through the
 * other level. pull and edge apply to inputs; drive to outputs.
 * active_low is never seen by a backend: the dispatchers invert values and
 * swap edges and hand the backend physical levels. */
typedef struct hal_gpio_config {
    uint8_t direction;   /* HAL_GPIO_INPUT / HAL_GPIO_OUTPUT */
    uint8_t pull;        /* HAL_GPIO_PULL_* */
    uint8_t drive;       /* HAL_GPIO_PUSH_PULL / OPEN_DRAIN / OPEN_SOURCE */
    uint8_t edge;        /* HAL_GPIO_EDGE_* (inputs) */
    uint8_t value;       /* 0 or 1: initial output level */
    uint8_t active_low;  /* dispatchers only */
    uint32_t debounce_us; /* 0 = none; backends without debounce ignore it */
} hal_gpio_config_t;

typedef struct hal_gpio_event {
    uint64_t timestamp_ns; /* monotonic clock */
    uint32_t line;
    uint8_t edge;          /* HAL_GPIO_EDGE_RISING or _FALLING */
} hal_gpio_event_t;

typedef struct hal_gpio_dev hal_gpio_dev_t;

/* Take line for this process with cfg (physical levels). -HAL_EBUSY when
 * something else (another process, the kernel) holds it; -HAL_ENOTSUP
 * for a setting the hardware cannot do (pull on FTDI); -HAL_EINVAL for a
 * line out of range. */
typedef int (*hal_gpio_claim_fn)(const hal_gpio_dev_t *dev, uint32_t line, const hal_gpio_config_t *cfg);
/* Give the line back; it becomes an input without pull where possible. */
typedef int (*hal_gpio_release_fn)(const hal_gpio_dev_t *dev, uint32_t line);
/* Change a claimed line's settings, same no-glitch rule as claim. */
typedef int (*hal_gpio_reconfigure_fn)(const hal_gpio_dev_t *dev, uint32_t line, const hal_gpio_config_t *cfg);
/* Physical level of a claimed line (inputs and outputs) into *value (0/1). */
typedef int (*hal_gpio_read_fn)(const hal_gpio_dev_t *dev, uint32_t line, int *value);
/* Set a claimed output's physical level (0/1). For open drain, 1 releases. */
typedef int (*hal_gpio_write_fn)(const hal_gpio_dev_t *dev, uint32_t line, int value);
/* Non-blocking: move up to max pending edge events of a claimed input
 * (claimed with edge != NONE) into ev, oldest first; *n gets the count
 * (0 when none). -HAL_EOVERFLOW once after events were lost. */
typedef int (*hal_gpio_event_read_fn)(const hal_gpio_dev_t *dev, uint32_t line, hal_gpio_event_t *ev, size_t max,
                                      size_t *n);

/* V2: send buf as the 800 kHz NeoPixel (WS2812) waveform on a claimed
 * output line, MSB first, bytes in the order given; blocks until sent and
 * leaves the line low. Physical: active_low does not apply. See the notes
 * at the top for Linux and MCU implementations. */
typedef int (*hal_gpio_neopixel_write_fn)(const hal_gpio_dev_t *dev, uint32_t line, const uint8_t *buf, size_t len);

#define HAL_GPIO_OPS_V1 1
#define HAL_GPIO_OPS_V2 2 /* + neopixel_write */
typedef struct hal_gpio_ops {
    uint32_t version;                   /* HAL_GPIO_OPS_V1 or _V2 */
    hal_gpio_claim_fn claim;            /* required */
    hal_gpio_release_fn release;        /* required */
    hal_gpio_reconfigure_fn reconfigure; /* optional: release + claim is NOT a substitute (glitch) */
    hal_gpio_read_fn read;              /* required */
    hal_gpio_write_fn write;            /* required */
    hal_gpio_event_read_fn event_read;  /* optional */
    hal_control_fn control;             /* optional */
    /* ---- V2 ---- */
    hal_gpio_neopixel_write_fn neopixel_write; /* optional */
} hal_gpio_ops_t;

/* One GPIO controller (a gpiochip, an MPSSE channel, an MCU port group).
 * config points at the board file's hal_board_gpiochip_t. */
struct hal_gpio_dev {
    const hal_gpio_ops_t *ops;
    const void *config;
    void *data;
};

/* A claimed line as the layer above sees it: the dispatchers below take
 * one of these, so active-low is applied in exactly one place. The owner
 * (a DigitalInOut, a keypad) embeds it. cfg holds logical values. */
typedef struct hal_gpio_line {
    const hal_gpio_dev_t *dev;
    uint32_t line;
    hal_gpio_config_t cfg;
    bool claimed;
} hal_gpio_line_t;

/* ======================================================================
 * I2C
 * ====================================================================== */

#define HAL_I2C_READ 0x0001u   /* read into buf (else write buf) */
#define HAL_I2C_NOSTOP 0x0002u /* no STOP after this message: the next one
                                  starts with a repeated START */

typedef struct hal_i2c_msg {
    uint16_t addr;  /* 7-bit address */
    uint16_t flags; /* HAL_I2C_* */
    uint8_t *buf;
    size_t len;
} hal_i2c_msg_t;

typedef struct hal_i2c_dev hal_i2c_dev_t;

/* Run msgs[0..n) as one transaction: START, then between messages a
 * repeated START unless the previous message lacks HAL_I2C_NOSTOP (then
 * STOP + START), STOP at the end (the dispatcher clears NOSTOP on the last
 * message). Errors: -HAL_ENODEV (or -HAL_ENXIO / -HAL_EREMOTEIO) when the
 * address is not acknowledged, -HAL_ETIMEDOUT for clock stretching beyond
 * the timeout, -HAL_EIO for anything else. */
typedef int (*hal_i2c_transfer_fn)(const hal_i2c_dev_t *dev, hal_i2c_msg_t *msgs, size_t n);
/* 0 when a device acknowledges addr, -HAL_ENODEV when none does. */
typedef int (*hal_i2c_probe_fn)(const hal_i2c_dev_t *dev, uint16_t addr);
/* -HAL_ENOTSUP (also what the dispatcher returns without the op) when the
 * clock cannot be changed from here, e.g. fixed by the Linux device tree;
 * the backend leaves a hint (HAL_CTL_HINT) saying how to change it when
 * it knows the clock is not hz. The binding warns once when there is a
 * hint, and carries on at get_frequency's clock. */
typedef int (*hal_i2c_set_frequency_fn)(const hal_i2c_dev_t *dev, uint32_t hz);
typedef int (*hal_i2c_get_frequency_fn)(const hal_i2c_dev_t *dev, uint32_t *hz);
/* Free the instance's data; the dev must not be used afterwards. */
typedef int (*hal_i2c_close_fn)(const hal_i2c_dev_t *dev);

#define HAL_I2C_OPS_V1 1
typedef struct hal_i2c_ops {
    uint32_t version;                       /* HAL_I2C_OPS_V1 */
    hal_i2c_transfer_fn transfer;           /* required */
    hal_i2c_probe_fn probe;                 /* optional: dispatcher emulates */
    hal_i2c_set_frequency_fn set_frequency; /* optional */
    hal_i2c_get_frequency_fn get_frequency; /* optional */
    hal_i2c_close_fn close;                 /* required */
    hal_control_fn control;                 /* optional */
} hal_i2c_ops_t;

struct hal_i2c_dev {
    const hal_i2c_ops_t *ops;
    const void *config; /* hal_board_bus_t */
    void *data;
};

/* ======================================================================
 * SPI
 * ====================================================================== */

typedef struct hal_spi_config {
    uint32_t baudrate; /* requested Hz; the backend picks the nearest it can do */
    uint8_t polarity;  /* CPOL 0/1 */
    uint8_t phase;     /* CPHA 0/1 */
    uint8_t bits;      /* bits per word, 8 (9 where the hardware has it) */
    uint8_t lsb_first;
} hal_spi_config_t;

#define HAL_SPI_XFER_CS 0x01u      /* assert the bus's hardware chip select */
#define HAL_SPI_XFER_CS_KEEP 0x02u /* leave it asserted after this transfer */

/* One full-duplex transfer of len bytes: tx may be NULL (send `fill` as
 * every word; a word wider than 8 bits needs all of fill's 16, though a
 * backend whose fill is byte-wise, as spidev's, repeats the low byte),
 * rx may be NULL (discard what comes in). With HAL_SPI_XFER_CS_KEEP on
 * the last transfer of a call, the chip select stays asserted after the
 * call, into the next one. A transfer of len 0 with HAL_SPI_XFER_CS (and
 * without _KEEP) clocks nothing: it asserts the chip select if needed and
 * deasserts it, which ends such a held selection. */
typedef struct hal_spi_xfer {
    const uint8_t *tx;
    uint8_t *rx;
    size_t len;
    uint16_t fill;
    uint8_t flags; /* HAL_SPI_XFER_* */
} hal_spi_xfer_t;

typedef struct hal_spi_dev hal_spi_dev_t;

/* Apply cfg; *actual_hz gets the clock the hardware will really use. */
typedef int (*hal_spi_configure_fn)(const hal_spi_dev_t *dev, const hal_spi_config_t *cfg, uint32_t *actual_hz);
/* Run x[0..n) back to back as one transaction. */
typedef int (*hal_spi_transfer_fn)(const hal_spi_dev_t *dev, const hal_spi_xfer_t *x, size_t n);
typedef int (*hal_spi_close_fn)(const hal_spi_dev_t *dev);

#define HAL_SPI_OPS_V1 1
typedef struct hal_spi_ops {
    uint32_t version;               /* HAL_SPI_OPS_V1 */
    hal_spi_configure_fn configure; /* required */
    hal_spi_transfer_fn transfer;   /* required */
    hal_spi_close_fn close;         /* required */
    hal_control_fn control;         /* optional */
} hal_spi_ops_t;

struct hal_spi_dev {
    const hal_spi_ops_t *ops;
    const void *config; /* hal_board_bus_t */
    void *data;
};

/* ======================================================================
 * UART
 * ====================================================================== */

enum { HAL_UART_PARITY_NONE = 0, HAL_UART_PARITY_ODD = 1, HAL_UART_PARITY_EVEN = 2 };

typedef struct hal_uart_config {
    uint32_t baudrate;
    uint8_t bits;            /* 5-9 */
    uint8_t parity;          /* HAL_UART_PARITY_* */
    uint8_t stop;            /* 1 or 2 */
    uint8_t flow;            /* bit 0: RTS, bit 1: CTS */
    size_t rx_buffer_size;   /* a hint; Linux keeps its own */
} hal_uart_config_t;

typedef struct hal_uart_dev hal_uart_dev_t;

typedef int (*hal_uart_configure_fn)(const hal_uart_dev_t *dev, const hal_uart_config_t *cfg);
/* Read up to len bytes, waiting at most timeout_ns for the first one and
 * returning what has arrived by then; *n gets the count (0 on timeout).
 * -HAL_EINTR when the program is interrupted while it waits. */
typedef int (*hal_uart_read_fn)(const hal_uart_dev_t *dev, uint8_t *buf, size_t len, uint64_t timeout_ns, size_t *n);
/* Write all of buf (blocking); *n gets the count written. */
typedef int (*hal_uart_write_fn)(const hal_uart_dev_t *dev, const uint8_t *buf, size_t len, size_t *n);
typedef int (*hal_uart_in_waiting_fn)(const hal_uart_dev_t *dev, size_t *n);
typedef int (*hal_uart_reset_input_fn)(const hal_uart_dev_t *dev);
typedef int (*hal_uart_close_fn)(const hal_uart_dev_t *dev);

#define HAL_UART_OPS_V1 1
typedef struct hal_uart_ops {
    uint32_t version;                   /* HAL_UART_OPS_V1 */
    hal_uart_configure_fn configure;     /* required */
    hal_uart_read_fn read;               /* required */
    hal_uart_write_fn write;             /* required */
    hal_uart_in_waiting_fn in_waiting;   /* optional */
    hal_uart_reset_input_fn reset_input; /* optional */
    hal_uart_close_fn close;             /* required */
    hal_control_fn control;              /* optional */
} hal_uart_ops_t;

struct hal_uart_dev {
    const hal_uart_ops_t *ops;
    const void *config; /* hal_board_bus_t */
    void *data;
};

/* ======================================================================
 * PWM, ADC and DAC channels
 * ====================================================================== */

typedef struct hal_pwm_dev hal_pwm_dev_t;

/* Set period and duty (ns, duty <= period) together, glitch-free where the
 * hardware allows (duty first when shrinking the period). -HAL_ERANGE
 * when the period is beyond the hardware's reach. */
typedef int (*hal_pwm_set_fn)(const hal_pwm_dev_t *dev, uint32_t period_ns, uint32_t duty_ns);
typedef int (*hal_pwm_enable_fn)(const hal_pwm_dev_t *dev, bool on);
typedef int (*hal_pwm_close_fn)(const hal_pwm_dev_t *dev);

#define HAL_PWM_OPS_V1 1
typedef struct hal_pwm_ops {
    uint32_t version;         /* HAL_PWM_OPS_V1 */
    hal_pwm_set_fn set;       /* required */
    hal_pwm_enable_fn enable; /* required */
    hal_pwm_close_fn close;   /* required */
    hal_control_fn control;   /* optional */
} hal_pwm_ops_t;

struct hal_pwm_dev {
    const hal_pwm_ops_t *ops;
    const void *config; /* hal_board_channel_t */
    void *data;
};

typedef struct hal_adc_dev hal_adc_dev_t;
/* Raw conversion result, 0 .. 2^bits - 1 (bits from the channel's config
 * or hal_adc_info). */
typedef int (*hal_adc_read_fn)(const hal_adc_dev_t *dev, uint32_t *raw);
/* Resolution in bits and full-scale reference in microvolts. */
typedef int (*hal_adc_info_fn)(const hal_adc_dev_t *dev, uint8_t *bits, uint32_t *vref_uv);
typedef int (*hal_adc_close_fn)(const hal_adc_dev_t *dev);

#define HAL_ADC_OPS_V1 1
typedef struct hal_adc_ops {
    uint32_t version;       /* HAL_ADC_OPS_V1 */
    hal_adc_read_fn read;   /* required */
    hal_adc_info_fn info;   /* optional: the board file's bits/vref then */
    hal_adc_close_fn close; /* required */
    hal_control_fn control; /* optional */
} hal_adc_ops_t;

struct hal_adc_dev {
    const hal_adc_ops_t *ops;
    const void *config; /* hal_board_channel_t */
    void *data;
};

typedef struct hal_dac_dev hal_dac_dev_t;
typedef int (*hal_dac_write_fn)(const hal_dac_dev_t *dev, uint32_t raw);
typedef int (*hal_dac_info_fn)(const hal_dac_dev_t *dev, uint8_t *bits, uint32_t *vref_uv);
typedef int (*hal_dac_close_fn)(const hal_dac_dev_t *dev);

#define HAL_DAC_OPS_V1 1
typedef struct hal_dac_ops {
    uint32_t version;       /* HAL_DAC_OPS_V1 */
    hal_dac_write_fn write; /* required */
    hal_dac_info_fn info;   /* optional */
    hal_dac_close_fn close; /* required */
    hal_control_fn control; /* optional */
} hal_dac_ops_t;

struct hal_dac_dev {
    const hal_dac_ops_t *ops;
    const void *config; /* hal_board_channel_t */
    void *data;
};

/* ======================================================================
 * The processor and the board as a whole (microcontroller module)
 * ====================================================================== */

enum {
    HAL_RESET_POWER_ON = 0,
    HAL_RESET_BROWNOUT,
    HAL_RESET_SOFTWARE,
    HAL_RESET_DEEP_SLEEP_ALARM,
    HAL_RESET_RESET_PIN,
    HAL_RESET_WATCHDOG,
    HAL_RESET_UNKNOWN,
    HAL_RESET_RESCUE_DEBUG,
};

typedef struct hal_sys_dev hal_sys_dev_t;

typedef int (*hal_sys_cpu_frequency_fn)(const hal_sys_dev_t *dev, uint32_t *hz);
/* Milli-degrees Celsius / millivolts; -HAL_ENOTSUP when not measurable. */
typedef int (*hal_sys_cpu_temperature_fn)(const hal_sys_dev_t *dev, int32_t *mdeg_c);
typedef int (*hal_sys_cpu_voltage_fn)(const hal_sys_dev_t *dev, int32_t *mv);
/* Unique id bytes into buf (size *len on entry, used length on return). */
typedef int (*hal_sys_cpu_uid_fn)(const hal_sys_dev_t *dev, uint8_t *buf, size_t *len);
typedef int (*hal_sys_reset_reason_fn)(const hal_sys_dev_t *dev, int *reason);
/* Non-volatile memory of nvm_size bytes (hal_board_t); erased bytes read
 * 0xff. Errors: -HAL_EIO, -HAL_EACCES, -HAL_EINVAL (out of range). */
typedef int (*hal_sys_nvm_read_fn)(const hal_sys_dev_t *dev, size_t offset, uint8_t *buf, size_t len);
typedef int (*hal_sys_nvm_write_fn)(const hal_sys_dev_t *dev, size_t offset, const uint8_t *buf, size_t len);
/* Hard reset of the board. NULL on hosts (the binding layer turns
 * microcontroller.reset() into a reload request there). */
typedef int (*hal_sys_reset_fn)(const hal_sys_dev_t *dev);

#define HAL_SYS_OPS_V1 1
typedef struct hal_sys_ops {
    uint32_t version; /* HAL_SYS_OPS_V1 */
    hal_sys_cpu_frequency_fn cpu_frequency;
    hal_sys_cpu_temperature_fn cpu_temperature;
    hal_sys_cpu_voltage_fn cpu_voltage;
    hal_sys_cpu_uid_fn cpu_uid;
    hal_sys_reset_reason_fn reset_reason;
    hal_sys_nvm_read_fn nvm_read;
    hal_sys_nvm_write_fn nvm_write;
    hal_sys_reset_fn reset;
    hal_control_fn control;
} hal_sys_ops_t; /* every op optional */

struct hal_sys_dev {
    const hal_sys_ops_t *ops;
    const void *config; /* hal_board_t */
    void *data;
};

/* ======================================================================
 * Board descriptions (parsed from boards.d/ on hosts by board_file.c,
 * generated as const tables for firmware). Plain data; strings are
 * NUL-terminated and live as long as the board.
 * ====================================================================== */

typedef struct hal_board_gpiochip {
    const char *label; /* kernel label (pinctrl-bcm2711), or NULL */
    const char *path;  /* device (/dev/gpiochip0, ftdi://...), or NULL */
    uint32_t lines;    /* number of lines */
} hal_board_gpiochip_t;

typedef struct hal_board_pin {
    const char *chip_name; /* name in microcontroller.pin: "GPIO4" */
    uint16_t chip;         /* index into gpiochips */
    uint32_t line;         /* line offset on that controller */
} hal_board_pin_t;

/* A board-level name (D4, SDA, LED): names of one pin appear in file order
 * and the first is its primary name (the one repr() and errors show). */
typedef struct hal_board_name {
    const char *name;
    uint16_t pin;
} hal_board_name_t;

enum { HAL_BUS_I2C = 0, HAL_BUS_SPI = 1, HAL_BUS_UART = 2, HAL_BUS_KINDS = 3 };
/* Pin roles in hal_board_bus_t.pins. */
enum { HAL_I2C_PIN_SCL = 0, HAL_I2C_PIN_SDA = 1 };
enum { HAL_SPI_PIN_SCK = 0, HAL_SPI_PIN_MOSI = 1, HAL_SPI_PIN_MISO = 2, HAL_SPI_PIN_CS = 3 };
enum { HAL_UART_PIN_TX = 0, HAL_UART_PIN_RX = 1, HAL_UART_PIN_RTS = 2, HAL_UART_PIN_CTS = 3 };
#define HAL_BUS_MAX_PINS 4
#define HAL_NO_PIN (-1)

typedef struct hal_board_bus {
    uint8_t kind;        /* HAL_BUS_* */
    bool is_default;     /* what board.I2C() / SPI() / UART() use */
    const char *name;    /* i2c1, spi0.0, ... (unique per board) */
    const char *dev;     /* /dev/i2c-1, or NULL (sim, MPSSE channel 0) */
    int16_t pins[HAL_BUS_MAX_PINS]; /* pin indexes by role, HAL_NO_PIN if none */
} hal_board_bus_t;

enum { HAL_CHANNEL_PWM = 0, HAL_CHANNEL_ADC = 1, HAL_CHANNEL_DAC = 2 };

typedef struct hal_board_channel {
    uint8_t kind;        /* HAL_CHANNEL_* */
    uint8_t bits;        /* ADC/DAC resolution; 0 for PWM */
    int16_t pin;         /* pin index */
    const char *dev;     /* pwmchip0, iio:device0, ... */
    uint32_t channel;    /* channel number on dev */
    uint32_t vref_uv;    /* ADC/DAC full scale in microvolts */
    uint16_t group;      /* PWM: channels of one group share a period */
} hal_board_channel_t;

enum { HAL_DETECT_DT_COMPATIBLE = 0, HAL_DETECT_DT_MODEL = 1, HAL_DETECT_USB = 2 };

typedef struct hal_board_detect {
    uint8_t kind;       /* HAL_DETECT_* */
    const char *value;  /* compatible string, model, or "vvvv:pppp" */
} hal_board_detect_t;

/* A simulated device attached to the sim board: kind plus arguments, as
 * written in the board file (the sim backend interprets them). */
typedef struct hal_board_simdev {
    const char *kind;
    const char *const *args;
    size_t n_args;
} hal_board_simdev_t;

typedef struct hal_board {
    const char *id;      /* board.board_id: the file name without .board */
    const char *name;    /* human-readable */
    const char *backend; /* sim, linux, ftdi, ... */
    const char *path;    /* file it came from (diagnostics), or NULL */
    uint32_t nvm_size;   /* bytes of microcontroller.nvm; 0: none */
    const char *const *blinka_ids; size_t n_blinka_ids;
    const hal_board_detect_t *detect; size_t n_detect;
    const hal_board_gpiochip_t *gpiochips; size_t n_gpiochips;
    const hal_board_pin_t *pins; size_t n_pins;
    const hal_board_name_t *names; size_t n_names;
    const hal_board_bus_t *buses; size_t n_buses;
    const hal_board_channel_t *channels; size_t n_channels;
    const hal_board_simdev_t *simdevs; size_t n_simdevs;
} hal_board_t;

/* ======================================================================
 * A backend, and a running system (one board opened by one backend)
 * ====================================================================== */

typedef struct hal_system hal_system_t;

/* What the host asks of a backend; every field may be zero/NULL. */
typedef struct hal_options {
    bool verbose;          /* log operations through log() */
    const char *nvm_path;  /* file behind the NVM on hosts */
    const char *trace_path; /* sim: write a VCD waveform of every pin and
                               bus transaction there (--trace) */
    /* One line of diagnostics, no newline (the host adds "circuitpython: "
     * or whatever it likes and writes it to stderr). */
    void (*log)(void *ctx, const char *line);
    void *log_ctx;
} hal_options_t;

#define HAL_BACKEND_V1 1
typedef struct hal_backend {
    uint32_t version; /* HAL_BACKEND_V1 */
    const char *name; /* matches the board file's `backend` line */
    /* Bring the board up: fill sys->gpio[0 .. board->n_gpiochips) and
     * sys->sys (sys->board and sys->options are set). Errors: -HAL_ENODEV
     * when the hardware is not there, -HAL_EACCES without permission. */
    int (*open)(hal_system_t *sys);
    /* Release everything open() and the open functions below created and
     * that was not closed yet. */
    void (*close)(hal_system_t *sys);
    /* Open one bus or channel of the board (bus/ch point into sys->board)
     * into *dev; NULL when the backend has none of that kind. */
    int (*i2c_open)(hal_system_t *sys, const hal_board_bus_t *bus, hal_i2c_dev_t *dev);
    int (*spi_open)(hal_system_t *sys, const hal_board_bus_t *bus, hal_spi_dev_t *dev);
    int (*uart_open)(hal_system_t *sys, const hal_board_bus_t *bus, hal_uart_dev_t *dev);
    int (*pwm_open)(hal_system_t *sys, const hal_board_channel_t *ch, hal_pwm_dev_t *dev);
    int (*adc_open)(hal_system_t *sys, const hal_board_channel_t *ch, hal_adc_dev_t *dev);
    int (*dac_open)(hal_system_t *sys, const hal_board_channel_t *ch, hal_dac_dev_t *dev);
    int (*control)(hal_system_t *sys, int op, void *arg);
} hal_backend_t;

struct hal_system {
    const hal_board_t *board;
    const hal_backend_t *backend;
    const hal_options_t *options;
    hal_sys_dev_t sys;
    hal_gpio_dev_t gpio[HAL_MAX_GPIO_CHIPS]; /* one per board gpiochip */
    void *data;                              /* the backend's */
    /* Nonzero while the running program is to stop (Ctrl-C, a reload):
     * the port's interrupt flag, which the binding layer points this at
     * (modules/hw.c). An op that waits or loops for long (a UART read's
     * timeout, a device that is slow on purpose) checks it at least every
     * few milliseconds and returns -HAL_EINTR with what it has done so far
     * (*n set). Linux gets the same from the kernel: SIGINT interrupts
     * poll() and read(). NULL (unit tests): nobody interrupts. */
    const volatile int *interrupt;
};

/* Backends built into this program (backends/hal_backends.c; hosts only).
 * hal_backend_find returns NULL for a name not built in. */
const hal_backend_t *hal_backend_find(const char *name);
/* NULL-terminated list. */
extern const hal_backend_t *const hal_backends[];

/* ======================================================================
 * Dispatchers: the common rules, once. Callers above the HAL use these,
 * never the ops directly.
 * ====================================================================== */

static inline bool hal_gpio_config_valid(const hal_gpio_config_t *c)
{
    return c->direction <= HAL_GPIO_OUTPUT && c->pull <= HAL_GPIO_PULL_DOWN && c->drive <= HAL_GPIO_OPEN_SOURCE &&
           c->edge <= HAL_GPIO_EDGE_BOTH && c->value <= 1;
}

/* The physical form of a logical configuration. */
static inline hal_gpio_config_t hal_gpio_physical(const hal_gpio_config_t *c)
{
    hal_gpio_config_t p = *c;
    if (c->active_low) {
        p.value = (uint8_t)!c->value;
        if (c->edge == HAL_GPIO_EDGE_RISING)
            p.edge = HAL_GPIO_EDGE_FALLING;
        else if (c->edge == HAL_GPIO_EDGE_FALLING)
            p.edge = HAL_GPIO_EDGE_RISING;
        p.active_low = 0;
    }
    return p;
}

/* Claim dev's line with cfg (logical values) into *l. On failure *l is left
 * unclaimed. Errors: those of the claim op, -HAL_EINVAL for a bad config. */
static inline int hal_gpio_line_claim(hal_gpio_line_t *l, const hal_gpio_dev_t *dev, uint32_t line,
                                      const hal_gpio_config_t *cfg)
{
    l->dev = dev;
    l->line = line;
    l->claimed = false;
    if (!hal_gpio_config_valid(cfg))
        return -HAL_EINVAL;
    if (!dev->ops || !dev->ops->claim)
        return -HAL_ENOTSUP;
    hal_gpio_config_t p = hal_gpio_physical(cfg);
    int rc = dev->ops->claim(dev, line, &p);
    if (rc == 0) {
        l->cfg = *cfg;
        l->claimed = true;
    }
    return rc;
}

/* Release a claimed line; a no-op on an unclaimed one. */
static inline int hal_gpio_line_release(hal_gpio_line_t *l)
{
    if (!l->claimed)
        return 0;
    l->claimed = false;
    return l->dev->ops->release ? l->dev->ops->release(l->dev, l->line) : 0;
}

static inline int hal_gpio_line_reconfigure(hal_gpio_line_t *l, const hal_gpio_config_t *cfg)
{
    if (!l->claimed)
        return -HAL_EINVAL;
    if (!hal_gpio_config_valid(cfg))
        return -HAL_EINVAL;
    if (!l->dev->ops->reconfigure)
        return -HAL_ENOTSUP;
    hal_gpio_config_t p = hal_gpio_physical(cfg);
    int rc = l->dev->ops->reconfigure(l->dev, l->line, &p);
    if (rc == 0)
        l->cfg = *cfg;
    return rc;
}

/* Logical level (0/1) into *value. */
static inline int hal_gpio_line_read(const hal_gpio_line_t *l, int *value)
{
    if (!l->claimed)
        return -HAL_EINVAL;
    if (!l->dev->ops->read)
        return -HAL_ENOTSUP;
    int v = 0, rc = l->dev->ops->read(l->dev, l->line, &v);
    if (rc == 0)
        *value = (v != 0) ^ (l->cfg.active_low != 0);
    return rc;
}

/* Set the logical output level (0/1) of a claimed output. */
static inline int hal_gpio_line_write(hal_gpio_line_t *l, int value)
{
    if (!l->claimed || l->cfg.direction != HAL_GPIO_OUTPUT)
        return -HAL_EINVAL;
    if (!l->dev->ops->write)
        return -HAL_ENOTSUP;
    int rc = l->dev->ops->write(l->dev, l->line, (value != 0) ^ (l->cfg.active_low != 0));
    if (rc == 0)
        l->cfg.value = (uint8_t)(value != 0);
    return rc;
}

/* hal_gpio_line_write for a caller that knows l is a claimed output (a
 * DigitalInOut checks its direction anyway): the same write without the
 * checks again, for bit-banging loops, where each instruction shows. */
static inline int hal_gpio_output_write(hal_gpio_line_t *l, int value)
{
    int rc = l->dev->ops->write(l->dev, l->line, (value != 0) ^ (l->cfg.active_low != 0));
    if (rc == 0)
        l->cfg.value = (uint8_t)(value != 0);
    return rc;
}

/* Pending edge events with logical edges (rising = became active). */
static inline int hal_gpio_line_events(const hal_gpio_line_t *l, hal_gpio_event_t *ev, size_t max, size_t *n)
{
    *n = 0;
    if (!l->claimed)
        return -HAL_EINVAL;
    if (l->dev->ops->version < HAL_GPIO_OPS_V1 || !l->dev->ops->event_read)
        return -HAL_ENOTSUP;
    int rc = l->dev->ops->event_read(l->dev, l->line, ev, max, n);
    if (l->cfg.active_low)
        for (size_t i = 0; i < *n; i++)
            ev[i].edge = ev[i].edge == HAL_GPIO_EDGE_RISING ? HAL_GPIO_EDGE_FALLING : HAL_GPIO_EDGE_RISING;
    return rc;
}

static inline int hal_gpio_control(const hal_gpio_dev_t *dev, int op, void *arg)
{
    if (!dev->ops || !dev->ops->control)
        return -HAL_ENOTSUP;
    return dev->ops->control(dev, op, arg);
}

/* NeoPixel data on a claimed output: -HAL_ENOTSUP without the V2 op,
 * -HAL_EINVAL on an input. */
static inline int hal_gpio_line_neopixel_write(const hal_gpio_line_t *l, const uint8_t *buf, size_t len)
{
    if (!l->claimed || l->cfg.direction != HAL_GPIO_OUTPUT)
        return -HAL_EINVAL;
    if (l->dev->ops->version < HAL_GPIO_OPS_V2 || !l->dev->ops->neopixel_write)
        return -HAL_ENOTSUP;
    return l->dev->ops->neopixel_write(l->dev, l->line, buf, len);
}

/* I2C: msgs[n-1] always ends with STOP; an empty list is -HAL_EINVAL. */
static inline int hal_i2c_transfer(const hal_i2c_dev_t *dev, hal_i2c_msg_t *msgs, size_t n)
{
    if (n == 0)
        return -HAL_EINVAL;
    for (size_t i = 0; i < n; i++)
        if (msgs[i].addr > 0x7f || (msgs[i].len && !msgs[i].buf))
            return -HAL_EINVAL;
    msgs[n - 1].flags &= (uint16_t)~HAL_I2C_NOSTOP;
    return dev->ops->transfer(dev, msgs, n);
}

/* 0 if a device answers at addr, -HAL_ENODEV if none. Without a probe op:
 * a zero-length write, the way Linux's i2cdetect -q does it. */
static inline int hal_i2c_probe(const hal_i2c_dev_t *dev, uint16_t addr)
{
    if (addr > 0x7f)
        return -HAL_EINVAL;
    if (dev->ops->probe)
        return dev->ops->probe(dev, addr);
    hal_i2c_msg_t m = {addr, 0, NULL, 0};
    int rc = dev->ops->transfer(dev, &m, 1);
    return rc == -HAL_ENXIO || rc == -HAL_EREMOTEIO || rc == -HAL_EIO ? -HAL_ENODEV : rc;
}

static inline int hal_i2c_set_frequency(const hal_i2c_dev_t *dev, uint32_t hz)
{
    return dev->ops->set_frequency ? dev->ops->set_frequency(dev, hz) : -HAL_ENOTSUP;
}

static inline int hal_i2c_get_frequency(const hal_i2c_dev_t *dev, uint32_t *hz)
{
    return dev->ops->get_frequency ? dev->ops->get_frequency(dev, hz) : -HAL_ENOTSUP;
}

static inline int hal_spi_configure(const hal_spi_dev_t *dev, const hal_spi_config_t *cfg, uint32_t *actual_hz)
{
    if (cfg->polarity > 1 || cfg->phase > 1 || cfg->bits == 0 || cfg->baudrate == 0)
        return -HAL_EINVAL;
    *actual_hz = cfg->baudrate;
    return dev->ops->configure(dev, cfg, actual_hz);
}

static inline int hal_spi_transfer(const hal_spi_dev_t *dev, const hal_spi_xfer_t *x, size_t n)
{
    return n == 0 ? 0 : dev->ops->transfer(dev, x, n);
}

static inline int hal_uart_configure(const hal_uart_dev_t *dev, const hal_uart_config_t *cfg)
{
    if (cfg->baudrate == 0 || cfg->bits < 5 || cfg->bits > 9 || cfg->parity > HAL_UART_PARITY_EVEN ||
        cfg->stop < 1 || cfg->stop > 2)
        return -HAL_EINVAL;
    return dev->ops->configure(dev, cfg);
}

/* *n is 0 on a timeout; -HAL_EAGAIN from a backend means the same. */
static inline int hal_uart_read(const hal_uart_dev_t *dev, uint8_t *buf, size_t len, uint64_t timeout_ns, size_t *n)
{
    *n = 0;
    if (len == 0)
        return 0;
    int rc = dev->ops->read(dev, buf, len, timeout_ns, n);
    if (rc == -HAL_EAGAIN || rc == -HAL_ETIMEDOUT) {
        *n = 0;
        rc = 0;
    }
    return rc;
}

static inline int hal_uart_write(const hal_uart_dev_t *dev, const uint8_t *buf, size_t len, size_t *n)
{
    *n = 0;
    return len == 0 ? 0 : dev->ops->write(dev, buf, len, n);
}

static inline int hal_uart_in_waiting(const hal_uart_dev_t *dev, size_t *n)
{
    return dev->ops->in_waiting ? dev->ops->in_waiting(dev, n) : -HAL_ENOTSUP;
}

static inline int hal_uart_reset_input(const hal_uart_dev_t *dev)
{
    return dev->ops->reset_input ? dev->ops->reset_input(dev) : -HAL_ENOTSUP;
}

/* duty must not exceed period. */
static inline int hal_pwm_set(const hal_pwm_dev_t *dev, uint32_t period_ns, uint32_t duty_ns)
{
    if (period_ns == 0 || duty_ns > period_ns)
        return -HAL_EINVAL;
    return dev->ops->set(dev, period_ns, duty_ns);
}

/* A raw reading scaled to 0..65535 (CircuitPython's AnalogIn.value). */
static inline int hal_adc_read_u16(const hal_adc_dev_t *dev, uint8_t bits, uint16_t *value)
{
    uint32_t raw = 0;
    int rc = dev->ops->read(dev, &raw);
    if (rc != 0)
        return rc;
    if (bits == 0 || bits > 32)
        return -HAL_EINVAL;
    uint64_t max = ((uint64_t)1 << bits) - 1;
    if (raw > max)
        raw = (uint32_t)max;
    *value = (uint16_t)(((uint64_t)raw * 65535u + max / 2) / max);
    return 0;
}

/* The sys ops are all optional. */
#define HAL_SYS_CALL(sd, op, ...) ((sd)->ops && (sd)->ops->op ? (sd)->ops->op((sd), __VA_ARGS__) : -HAL_ENOTSUP)

#endif
