/*
 * A fake libftdi1 for the ftdi backend's tests (backends/ftdi): the
 * ftdi_* functions the backend calls, compiled against the real
 * <ftdi.h> and linked instead of -lftdi1, over adapters the test plugs
 * in. Each MPSSE channel of an adapter is an emulator (fake_mpsse.h) on
 * whose lines the test puts wire-level devices (fake_wire.h).
 *
 * It follows libftdi 1.5's contract where the backend depends on it:
 * ftdi_usb_open_desc_index's codes (-3 "device not found", -4
 * "usb_open() failed" without permission, -5 "unable to claim usb device.
 * Make sure the default FTDI driver is not in use" when ftdi_sio holds
 * it), ftdi_write_data's -1 and ftdi_read_data's libusb codes
 * (LIBUSB_ERROR_NO_DEVICE once unplugged), ftdi_read_data returning what
 * is there (0 when nothing), the chip type in ctx->type.
 *
 * The same file is built as a shared object (tests/unit/fake_ftdi.so)
 * that the Python-level test preloads into the circuitpython binary; it
 * then builds its adapters from $FAKE_FTDI (fake_ftdi_world).
 */
#ifndef CP_FAKE_FTDI_H
#define CP_FAKE_FTDI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "fake_mpsse.h"

typedef struct fake_ftdi_dev fake_ftdi_dev_t;

enum { FAKE_FTDI_OK = 0, FAKE_FTDI_DENIED = 1, FAKE_FTDI_SIO_BOUND = 2 };

/* Unplug and free every adapter (close every context first). */
void fake_ftdi_reset(void);
/* Plug in an adapter: FT232H (TYPE_232H, 0403:6014, one channel) or
 * FT2232H (TYPE_2232H, 0403:6010, two); serial may be NULL. */
fake_ftdi_dev_t *fake_ftdi_add(int type, const char *serial);
/* Why opening it fails (FAKE_FTDI_*). */
void fake_ftdi_set_access(fake_ftdi_dev_t *d, int access);
/* The emulator of interface 1 (A) or 2 (B). */
fake_mpsse_t *fake_ftdi_mpsse(fake_ftdi_dev_t *d, unsigned iface);
/* Unplugging invalidates every open handle; replugging powers it up again. */
void fake_ftdi_unplug(fake_ftdi_dev_t *d);
void fake_ftdi_replug(fake_ftdi_dev_t *d);
/* Unplug it at the write after the next `writes` ones. */
void fake_ftdi_unplug_after(fake_ftdi_dev_t *d, unsigned writes);
/* The chip stops answering: replies are lost for the next `reads` reads. */
void fake_ftdi_mute(fake_ftdi_dev_t *d, unsigned reads);
/* USB writes and successful opens so far. */
unsigned fake_ftdi_writes(const fake_ftdi_dev_t *d);
unsigned fake_ftdi_opens(const fake_ftdi_dev_t *d);
/* Contexts not yet freed (leak check). */
unsigned fake_ftdi_live_contexts(void);

/* Build adapters from words (the .so reads $FAKE_FTDI at its first use):
 *   ft232h | ft2232h      plug one in (later words apply to it)
 *   serial=S              its serial number
 *   denied | sio          opening fails: no permission / ftdi_sio holds it
 *   i2c                   the I2C switch: ADBUS1 and ADBUS2 tied, and an
 *                         I2C decoder on ADBUS0/1 of interface A
 *   KIND@HEX[:NAME=VALUE] an I2C device (24c02, mcp9808, bme280), e.g.
 *                         mcp9808@18:temperature=21.5
 *   mcp3008@csN[:NAME=V]  an MCP3008 on ADBUS0-2, chip select line N
 *   jumper=A-B            lines A and B of interface A wired together
 *   unplug@N              unplugged at the write after the next N
 * 0, or -1 for a word it does not know. */
int fake_ftdi_world(const char *spec);

#endif
