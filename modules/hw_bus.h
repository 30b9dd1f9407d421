/*
 * The shared bus layer: the rules every I2C, SPI and UART user follows,
 * written once for all backends (busio today; displayio-, sdcardio- or
 * bus_device-style C modules later).
 *
 *  - finding the board bus (hal_board_bus_t of the running board) whose
 *    pins are the pins given: ValueError("Invalid pins") when none is;
 *  - claiming those pins (ValueError("D3 in use")) and opening the bus
 *    through the backend (NotImplementedError("I2C is not supported by the
 *    sim backend") when the backend has no such bus);
 *  - one lock per PHYSICAL bus, shared by every user of it, and closing
 *    the bus when its last user lets go;
 *  - the errno -> exception mapping of transfers;
 *  - start/end slicing of buffer-protocol objects.
 *
 * ---- Physical buses ---------------------------------------------------
 *
 * Board buses of one kind whose data pins are identical (SCL+SDA for I2C,
 * SCK+MOSI+MISO for SPI, TX+RX for UART) are one physical bus. On a
 * Raspberry Pi, spi0.0 (/dev/spidev0.0, cs=CE0) and spi0.1
 * (/dev/spidev0.1, cs=CE1) are two board buses but one set of wires: the
 * kernel keeps two file descriptors for them, yet a transfer through one
 * shares SCLK/MOSI/MISO with the other. So the layer keeps:
 *
 *   - per physical bus: the number of users, the lock owner, and the pins
 *     claimed for it (held while it has any user);
 *   - per open board bus: the backend device (spidev0.0's fd, ...) and the
 *     number of users of that device.
 *
 * A user (hw_bus_t, embedded in the Python object) holds one of each. The
 * first user claims the pins it names and opens the device (hw_bus_open);
 * further users of an open physical bus join it (hw_bus_attach), possibly
 * through a sibling board bus (spi0.1 on a bus opened as spi0.0): they
 * claim no pins, since the pins already belong to the physical bus, and
 * they share its lock. The last user to leave closes every device and
 * frees the pins. busio objects always use hw_bus_open, so two busio
 * objects on the same wires fail with "SCK in use", as on CircuitPython.
 *
 * A bus that is no board bus (bitbangio's, on GPIO lines its object
 * claimed) is an own bus (hw_bus_open_own): a physical bus of one user,
 * kept outside the tables, with the same lock rules.
 *
 * State lives in static storage (no malloc, as on a microcontroller), so
 * that hw_release_all can close what a VM that ended left open. At most
 * HW_BUS_MAX physical buses and HW_BUS_MAX devices are open at once.
 *
 * Every function that raises does so through nlr and leaves nothing
 * claimed or open when it does.
 */
#ifndef CP_HW_BUS_H
#define CP_HW_BUS_H

#include "hw.h"

#define HW_BUS_MAX 8

/* One user of a bus. Zero-initialised (or released) means closed. */
typedef struct hw_bus {
    const hal_board_bus_t *board; /* the board bus in use; NULL when closed or own */
    const void *dev;              /* its hal_i2c_dev_t / hal_spi_dev_t / hal_uart_dev_t;
                                     NULL exactly when closed */
    uint8_t kind;                 /* HAL_BUS_* */
    uint8_t phys;                 /* slot of the physical bus (not own) */
    uint8_t slot;                 /* slot of the open device (not own) */
    bool own;                     /* a bus of the user's own (hw_bus_open_own) */
    bool own_locked;              /* the lock of an own bus */
} hw_bus_t;

/* ---- finding, opening, closing ---- */

/* The first board bus of kind whose pins equal pins[role] for every role
 * where pins[role] != HAL_NO_PIN (roles the caller leaves out match any
 * pin, none included); NULL when there is none. Never raises. */
const hal_board_bus_t *hw_bus_find(int kind, const int16_t pins[HAL_BUS_MAX_PINS]);

/* The board pin index of a pin argument, checked as CircuitPython checks
 * bus pins, in argument order: TypeError("<name> must be of type Pin, not
 * int"), then ValueError("D3 in use"). None gives HAL_NO_PIN when
 * or_none, else the TypeError. */
int16_t hw_bus_pin_arg(obj_t o, const char *name, bool or_none);

/* ValueError("D3 in use") for the first of pins[0..n) (board pin indexes,
 * HAL_NO_PIN skipped) that is claimed. Bindings call it in argument order
 * before any other check, the order CircuitPython reports errors in. */
void hw_bus_check_free(const int16_t *pins, size_t n);

/* Open the board bus of kind on pins (by role, HAL_NO_PIN for roles not
 * used) as the first user of its physical bus, claiming those pins.
 * Raises ValueError("Invalid pins") when no board bus has these pins (or
 * a pin is given twice), ValueError("D3 in use") for a claimed pin,
 * ValueError("I2C peripheral in use") when the bus is already open here
 * or the backend reports it busy (-HAL_EBUSY), ValueError("All I2C
 * peripherals are in use") when the layer's tables are full,
 * NotImplementedError when the backend has no buses of this kind, and
 * OSError for the backend's other errors. */
void hw_bus_open(hw_bus_t *b, int kind, const int16_t pins[HAL_BUS_MAX_PINS]);

/* Use dev, a bus of the caller's own (bitbangio's software buses, on
 * lines it claimed itself), through b: no board bus, so it takes no slot
 * in the tables and has no other user; the lock is b's alone. The caller
 * keeps dev alive while b is open and closes it after hw_bus_release,
 * which only forgets it. Never raises. */
void hw_bus_open_own(hw_bus_t *b, int kind, const void *dev);

/* Join the physical bus `on` uses (on must be open) as one more user,
 * through board bus `via` (NULL: on's own board bus), which must be on the
 * same physical bus: ValueError("Invalid pins") otherwise, and for an own
 * bus. Claims no pins. Other errors as hw_bus_open. */
void hw_bus_attach(hw_bus_t *b, const hw_bus_t *on, const hal_board_bus_t *via);

/* Leave the bus: give up the lock if held, close the device and free the
 * pins when this was the last user. A no-op on a closed hw_bus_t. Never
 * raises (backend errors are ignored: the bus is gone for us either way). */
void hw_bus_release(hw_bus_t *b);

static inline bool hw_bus_is_open(const hw_bus_t *b)
{
    return b->dev != NULL;
}

/* Is b open, with the tables still holding its device (not emptied by
 * hw_bus_release_all or a new system since)? Never raises. */
bool hw_bus_live(const hw_bus_t *b);
/* Does board bus `bus` run on the wires of open user b? (Never an own bus's.) */
bool hw_bus_on_wires(const hw_bus_t *b, const hal_board_bus_t *bus);
/* Join the physical bus of board bus `via` as one more user through via,
 * as hw_bus_attach does, if that physical bus is open (has a user); false
 * (b closed) when it is not. Errors as hw_bus_attach. */
bool hw_bus_join(hw_bus_t *b, const hal_board_bus_t *via);
/* Can the backend open bus's device? 0 when it is open here or opens (it
 * is closed again at once), else the backend's -errno (with its hint).
 * Never raises. */
int hw_bus_probe(const hal_board_bus_t *bus);

/* Close every bus and free its pins: what is still open belongs to no
 * live object (hw_release_all and a VM's start call it). Never raises. */
void hw_bus_release_all(void);
/* Forget every bus without closing it: the backend that opened them is
 * going away and closes them itself (hw_set_system calls it). */
void hw_bus_forget_all(void);

/* ---- the lock of the physical bus ---- */

/* Take the lock if nobody (this user included) holds it. */
bool hw_bus_try_lock(hw_bus_t *b);
/* Give the lock up if this user holds it; otherwise nothing happens. */
void hw_bus_unlock(hw_bus_t *b);
bool hw_bus_has_lock(const hw_bus_t *b);
/* RuntimeError("Function requires lock") unless this user holds it. */
void hw_bus_check_lock(const hw_bus_t *b);

/* ---- results of transfers ---- */

/* Return when rc >= 0; else raise for what a bus operation returned:
 * -HAL_ENODEV / -HAL_ENXIO / -HAL_EREMOTEIO (not acknowledged):
 * OSError(ENODEV); -HAL_ETIMEDOUT: OSError(ETIMEDOUT); -HAL_ENOTSUP /
 * -HAL_ENOSYS: NotImplementedError("<what> is not supported by the <name>
 * backend"); -HAL_EBUSY, -HAL_EACCES, -HAL_EPERM, -HAL_ENOMEM (no access
 * to the bus rather than a failure on it): OSError with that errno;
 * -HAL_EINTR: KeyboardInterrupt when one is pending, else as any other
 * error: OSError(EIO). A hint the backend left for the errno raised is
 * added to the message (hw_raise_errno). */
void hw_bus_check(int rc, const char *what);

/* ---- buffers ---- */

typedef struct hw_buf {
    uint8_t *buf;
    size_t len; /* bytes */
} hw_buf_t;

enum { HW_BUF_READ = 0, HW_BUF_WRITE = 1 };

/* The bytes of o[start:end] (Python slice rules on o's items, then turned
 * into bytes by the item size of o's typecode: an array('H') slice of 2
 * items is 4 bytes). start/end may be OBJ_NULL (0 / the end). mode
 * HW_BUF_WRITE asks for a writable buffer. Raises TypeError("object with
 * buffer protocol required") for an object without one, TypeError("object
 * with writable buffer protocol required") for a read-only one. */
void hw_bus_buffer(obj_t o, obj_t start, obj_t end, int mode, hw_buf_t *out);

/* ---- the transfer methods busio and bitbangio share ----
 * Their arguments (CircuitPython's names, defaults, slices and checks),
 * parsed once for every I2C and SPI implementation. n and args are the
 * method's arguments after self. */

/* An I2C address: ValueError("address must be 0-127"). */
uint16_t hw_bus_i2c_address(obj_t o);

/* The messages of I2C readfrom_into(address, buffer, *, start=0,
 * end=sys.maxsize), writeto(address, buffer, *, start=0, end=sys.maxsize)
 * or writeto_then_readfrom(address, out_buffer, in_buffer, *, out_start=0,
 * out_end=sys.maxsize, in_start=0, in_end=sys.maxsize) into msgs (the
 * write with HAL_I2C_NOSTOP: a repeated START before the read); returns
 * how many (1 or 2). An empty read is ValueError("buffer length must be
 * >= 1"); an empty write is allowed (it polls for a device). */
enum { HW_I2C_READFROM_INTO, HW_I2C_WRITETO, HW_I2C_WRITETO_THEN_READFROM };
size_t hw_bus_i2c_args(int method, size_t n, const obj_t *args, map_t *kw, hal_i2c_msg_t msgs[2]);

/* The slices of SPI write(buffer, *, start=0, end=sys.maxsize),
 * readinto(buffer, *, start=0, end=sys.maxsize, write_value=0) or
 * write_readinto(out_buffer, in_buffer, *, out_start=0,
 * out_end=sys.maxsize, in_start=0, in_end=sys.maxsize): `out` and `in`
 * (len 0 for the side a method does not have) and readinto's fill word
 * (ValueError("write_value must be 0-<fill_max>")). write_readinto's
 * slices must match: ValueError("buffer slices must be of equal length"). */
enum { HW_SPI_WRITE, HW_SPI_READINTO, HW_SPI_WRITE_READINTO };
typedef struct hw_spi_args {
    hw_buf_t out, in;
    unsigned fill;
} hw_spi_args_t;
void hw_bus_spi_args(int method, size_t n, const obj_t *args, map_t *kw, unsigned fill_max, hw_spi_args_t *a);

#endif
