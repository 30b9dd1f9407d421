/*
 * The sim backend's PWM, ADC and DAC channels, NeoPixel recorder and
 * keypad device models (key switches, parallel-in shift registers): their
 * per-system state and the test API (HAL_CTL_SIM_IO_* ops of hal.h).
 *
 *   sim_io.c    state, the control ops, NeoPixel bytes
 *   sim_pwm.c   PWM channels (hal_pwm_ops_t)
 *   sim_adc.c   ADC and DAC channels (hal_adc_ops_t, hal_dac_ops_t)
 *   sim_keys.c  key switches and shift registers (line listeners)
 *
 * The state is created by sim_io_open() in sim_open() (after the GPIO
 * controllers and the device world exist) and freed by sim_io_close().
 * Per board channel (index into board->channels) it keeps what a test
 * or a channel object set, so a level set before AnalogIn() is there when
 * it reads. Host-only C; functions return 0 or a negative errno.
 */
#ifndef CP_SIM_IO_H
#define CP_SIM_IO_H

#include "sim.h"

typedef struct sim_chan {
    bool open;          /* a channel object holds it */
    bool enabled;       /* PWM: running */
    uint32_t period_ns; /* PWM */
    uint32_t duty_ns;   /* PWM */
    uint32_t raw;       /* ADC: the input level; DAC: the output code */
    bool written;       /* DAC: raw holds a written code */
} sim_chan_t;

typedef struct sim_npx {
    int pin;
    uint8_t *buf;
    size_t len;
} sim_npx_t;

typedef struct sim_keys sim_keys_t;

typedef struct sim_io {
    hal_system_t *sys;
    sim_chan_t *chans; /* one per board channel */
    sim_npx_t *npx;    /* last NeoPixel data per pin written to */
    size_t n_npx;
    sim_keys_t *keys;  /* sim_keys.c */
} sim_io_t;

/* The state of an open sim system (sim.c), or NULL. */
sim_io_t *sim_io(const hal_system_t *sys);

int sim_io_open(hal_system_t *sys, sim_io_t **out);
void sim_io_close(hal_system_t *sys, sim_io_t *io);
/* HAL_CTL_SIM_IO_* ops; -HAL_ENOTSUP for any other op. */
int sim_io_control(hal_system_t *sys, int op, void *arg);
/* Index of the board channel of kind on pin, or -1. */
int sim_io_channel(const hal_board_t *b, int kind, int pin);
/* Keep a copy of the bytes just sent to pin. -ENOMEM. */
int sim_io_neopixel(const hal_system_t *sys, int pin, const uint8_t *buf, size_t len);

/* The open functions of the backend table. */
int sim_pwm_open(hal_system_t *sys, const hal_board_channel_t *ch, hal_pwm_dev_t *dev);
int sim_adc_open(hal_system_t *sys, const hal_board_channel_t *ch, hal_adc_dev_t *dev);
int sim_dac_open(hal_system_t *sys, const hal_board_channel_t *ch, hal_dac_dev_t *dev);

/* sim_keys.c: models driven by line changes. */
int sim_keys_open(hal_system_t *sys, sim_keys_t **out);
void sim_keys_close(hal_system_t *sys, sim_keys_t *k);
int sim_keys_switch(sim_keys_t *k, const hal_sim_switch_t *sw);
int sim_keys_shiftreg(sim_keys_t *k, const hal_sim_shiftreg_t *sr);
/* Open every switch and drop every shift register. */
void sim_keys_reset(sim_keys_t *k);

#endif
