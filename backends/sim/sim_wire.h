/*
 * The sim backend's wire-level bus decoder: it watches the GPIO lines of
 * every simulated I2C and SPI device (sim_dev.h) and, when the board
 * toggles them itself (bitbangio, or a program driving digitalio pins),
 * decodes the edges into the same byte-level calls the message-level
 * buses make, and answers on the wire: ACK and read bits on SDA, data on
 * MISO. See sim_wire.c for the protocol rules it follows.
 */
#ifndef CP_SIM_WIRE_H
#define CP_SIM_WIRE_H

#include "sim.h"

typedef struct sim_wire sim_wire_t;

/* Start decoding on sys, an open sim system whose device list exists
 * (after sim_dev_open): registers a line listener. Errors: -ENOMEM,
 * -ENODEV (no device list). */
int sim_wire_open(hal_system_t *sys, sim_wire_t **out);
/* Stop and free; w may be NULL. Call before sim_dev_close. */
void sim_wire_close(sim_wire_t *w);

#endif
