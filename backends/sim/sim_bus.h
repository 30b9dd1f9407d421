/*
 * The sim backend's per-system state for buses and devices (sys->data),
 * shared by sim_dev.c, sim_ctl.c, sim_i2c.c, sim_spi.c, sim_uart.c and
 * sim_trace.c. Models and the wire decoder use sim_dev.h only.
 */
#ifndef CP_SIM_BUS_H
#define CP_SIM_BUS_H

#include "sim.h"
#include "sim_dev.h"

typedef struct sim_txent {
    uint64_t t_ns;
    char bus[32];
    uint16_t addr;
    char dir;
    int result;
    size_t len;
    uint8_t *data;
} sim_txent_t;

typedef struct sim_listener {
    sim_listener_fn fn;
    void *ctx;
} sim_listener_t;

typedef struct sim_change {
    unsigned chip;
    uint32_t line;
    int level, driven;
    uint64_t t_ns;
} sim_change_t;

#define SIM_CHANGE_QUEUE 256

typedef struct sim_busfault {
    uint8_t fault;   /* SIM_FAULT_* */
    uint32_t count;  /* transactions left; 0: until cleared */
} sim_busfault_t;

typedef struct sim_trace sim_trace_t;

typedef struct sim_world {
    hal_system_t *sys;
    sim_dev_t *devs;              /* attach order */
    sim_busfault_t *bus_faults;   /* one per board bus */
    uint8_t *pulled;              /* board pins we put a device pull-up on */
    sim_txent_t *log;             /* ring of SIM_TXLOG_MAX */
    size_t log_start, log_n;
    sim_listener_t *listeners;
    size_t n_listeners;
    sim_change_t queue[SIM_CHANGE_QUEUE]; /* changes not yet delivered */
    size_t q_head, q_n;
    bool dispatching;
    sim_trace_t *trace;           /* NULL unless --trace */
} sim_world_t;

/* sys->data of an open sim system, or NULL. */
sim_world_t *sim_world(const hal_system_t *sys);

/* The GPIO controller and line of board pin index pin. */
const hal_gpio_dev_t *sim_pin_gpio(const hal_system_t *sys, int pin, uint32_t *line);

/* The transaction log (sim_txlog_add is in sim_dev.h): the index-th
 * entry into *out, -ENOENT past the end; and forgetting it. */
int sim_txlog_get(const hal_system_t *sys, hal_sim_txlog_t *out);
void sim_txlog_clear(const hal_system_t *sys);

/* Board bus index named name of kind (HAL_BUS_*), or -1. */
int sim_bus_find(const hal_board_t *b, const char *name, int kind);
/* The index of bus (a pointer into sys->board->buses) when it is one of
 * the board's buses of kind, else -EINVAL: what a bus open checks first. */
int sim_bus_index(const hal_system_t *sys, const hal_board_bus_t *bus, int kind);

/* Set a bus's fault (SIM_FAULT_*, NONE clears). STUCK on I2C also holds
 * the SDA line low for GPIO readers (released when cleared). */
int sim_bus_set_fault(hal_system_t *sys, int bus, int fault, uint32_t count);
/* The active fault of bus (SIM_FAULT_NONE when none). */
int sim_bus_fault(const hal_system_t *sys, int bus);
/* One transaction ran on bus: counts down a counted fault. */
void sim_bus_fault_tick(hal_system_t *sys, int bus);

/* Parse a device's placement as the board file writes it: bus is a board
 * bus name (NULL: the default bus of the class's kind) or, for I2C,
 * "SCL/SDA" pin names; arg the I2C address or the SPI chip-select pin
 * name (NULL: the default address / the bus's cs pin). -EINVAL. */
int sim_dev_place_parse(const hal_board_t *b, const sim_dev_class_t *cls, const char *bus, const char *arg,
                        sim_dev_place_t *where);
/* Attach the board file's bus devices. -EINVAL (logged), -ENOMEM. */
int sim_dev_attach_board(hal_system_t *sys);

/* Recompute device pull-ups on I2C lines and SPI chip selects after an
 * attach or detach. */
void sim_dev_update_pulls(hal_system_t *sys);

/* The test API: the backend's control op (HAL_CTL_SIM_* device ops). */
int sim_ctl_control(hal_system_t *sys, int op, void *arg);

/* ---- bus ops (sim_i2c.c, sim_spi.c, sim_uart.c) ---- */
int sim_i2c_open(hal_system_t *sys, const hal_board_bus_t *bus, hal_i2c_dev_t *dev);
int sim_spi_open(hal_system_t *sys, const hal_board_bus_t *bus, hal_spi_dev_t *dev);
int sim_uart_open(hal_system_t *sys, const hal_board_bus_t *bus, hal_uart_dev_t *dev);

/* ---- the VCD trace (sim_trace.c) ---- */
/* Open path and start the trace (every board pin a wire). -errno. */
int sim_trace_open(hal_system_t *sys, const char *path);
void sim_trace_close(hal_system_t *sys);
/* A GPIO line changed (the trace is a line listener). */
void sim_trace_line(void *ctx, unsigned chip, uint32_t line, int level, int driven, uint64_t t_ns);
/* A message-level I2C transaction, drawn as SCL/SDA of bus: the n
 * messages attempted, acks[i] the address ACK of message i (SIM_ACK or
 * SIM_NACK), sent[i] its data bytes moved, rc the transfer's result. */
void sim_trace_i2c(hal_system_t *sys, int bus, uint32_t hz, const hal_i2c_msg_t *msgs, size_t n,
                   const int *acks, const size_t *sent, int rc);
/* A message-level SPI transfer on bus drawn as SCK/MOSI/MISO (and the
 * hardware CS when hw_cs): mosi/miso bytes, mode bits. */
void sim_trace_spi(hal_system_t *sys, int bus, uint32_t hz, uint8_t mode, bool hw_cs_begin, bool hw_cs_end,
                   const uint8_t *mosi, const uint8_t *miso, size_t len);
/* UART frames of what was written, on TX and (looped back) RX. */
void sim_trace_uart(hal_system_t *sys, int bus, const hal_uart_config_t *cfg, const uint8_t *data, size_t len);

#endif
