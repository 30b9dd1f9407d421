/*
 * The simulated board: the backend `make check` and every tests/hw program
 * run on. GPIO lives in sim_gpio.c; this file holds the backend table, the
 * processor (fixed, plausible values) and the NVM (a file when the host
 * names one, else memory).
 *
 * I2C, SPI and UART buses are sim_i2c.c, sim_spi.c, sim_uart.c; their
 * device models and the test API (the backend's control op) sim_dev*.c,
 * sim_world.c and sim_ctl.c; the --trace waveform sim_trace.c. PWM, ADC
 * and DAC channels, NeoPixel data and keypad hardware are sim_io.h's
 * (sim_io.c, sim_pwm.c, sim_adc.c, sim_keys.c).
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../nvm_file.h"
#include "sim.h"
#include "sim_bus.h"
#include "sim_io.h"
#include "sim_wire.h"

#define SIM_CPU_HZ 100000000u
#define SIM_CPU_MDEG_C 25000
#define SIM_CPU_MV 3300

typedef struct sim_sys {
    uint8_t *nvm_mem; /* NVM when the host names no file (nvm_size bytes) */
    sim_io_t *io;     /* PWM/ADC/DAC channels and keypad models (sim_io.c) */
    sim_wire_t *wire; /* the decoder of bit-banged buses (sim_wire.c) */
} sim_sys_t;

uint64_t sim_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* Longest sleep between two looks at the interrupt flag: a Ctrl-C
 * normally cuts nanosleep short (EINTR), but a flag set without a signal
 * (by a thread, or just before the sleep began) is seen within this. */
#define SIM_WAIT_SLICE_NS 5000000u

static bool interrupted(const hal_system_t *sys)
{
    return sys && sys->interrupt && *sys->interrupt;
}

int sim_wait_ns(const hal_system_t *sys, uint64_t ns)
{
    uint64_t end = sim_now_ns() + ns;
    for (;;) {
        if (interrupted(sys))
            return -EINTR;
        uint64_t now = sim_now_ns();
        if (now >= end)
            return 0;
        uint64_t left = end - now < SIM_WAIT_SLICE_NS ? end - now : SIM_WAIT_SLICE_NS;
        struct timespec ts = {0, (long)left};
        nanosleep(&ts, NULL); /* EINTR: look at the flag again */
    }
}

void sim_log(const hal_system_t *sys, const char *fmt, ...)
{
    const hal_options_t *o = sys->options;
    if (!o || !o->log)
        return;
    /* errors during open are always worth a line; chatter only when verbose */
    if (!o->verbose && strncmp(fmt, "sim: ", 5) == 0)
        return;
    char line[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof(line), fmt, ap);
    va_end(ap);
    o->log(o->log_ctx, line);
}

/* ---- the processor ---- */

static const hal_system_t *owner(const hal_sys_dev_t *dev)
{
    return dev->config;
}

static int cpu_frequency(const hal_sys_dev_t *dev, uint32_t *hz)
{
    (void)dev;
    *hz = SIM_CPU_HZ;
    return 0;
}

static int cpu_temperature(const hal_sys_dev_t *dev, int32_t *mdeg)
{
    (void)dev;
    *mdeg = SIM_CPU_MDEG_C;
    return 0;
}

static int cpu_voltage(const hal_sys_dev_t *dev, int32_t *mv)
{
    (void)dev;
    *mv = SIM_CPU_MV;
    return 0;
}

static int cpu_uid(const hal_sys_dev_t *dev, uint8_t *buf, size_t *len)
{
    static const uint8_t uid[8] = {'S', 'I', 'M', 'B', 'O', 'A', 'R', 'D'};
    (void)dev;
    size_t n = *len < sizeof(uid) ? *len : sizeof(uid);
    memcpy(buf, uid, n);
    *len = n;
    return 0;
}

static int reset_reason(const hal_sys_dev_t *dev, int *reason)
{
    (void)dev;
    *reason = HAL_RESET_POWER_ON;
    return 0;
}

static int nvm_read(const hal_sys_dev_t *dev, size_t off, uint8_t *buf, size_t len)
{
    const hal_system_t *sys = owner(dev);
    size_t size = sys->board->nvm_size;
    sim_sys_t *s = dev->data;
    if (s->nvm_mem) {
        if (off > size || len > size - off)
            return -EINVAL;
        memcpy(buf, s->nvm_mem + off, len);
        return 0;
    }
    return nvm_file_read(sys->options->nvm_path, size, off, buf, len);
}

static int nvm_write(const hal_sys_dev_t *dev, size_t off, const uint8_t *buf, size_t len)
{
    const hal_system_t *sys = owner(dev);
    size_t size = sys->board->nvm_size;
    sim_sys_t *s = dev->data;
    if (s->nvm_mem) {
        if (off > size || len > size - off)
            return -EINVAL;
        memcpy(s->nvm_mem + off, buf, len);
        return 0;
    }
    return nvm_file_write(sys->options->nvm_path, size, off, buf, len);
}

static const hal_sys_ops_t sim_sys_ops = {
    .version = HAL_SYS_OPS_V1,
    .cpu_frequency = cpu_frequency,
    .cpu_temperature = cpu_temperature,
    .cpu_voltage = cpu_voltage,
    .cpu_uid = cpu_uid,
    .reset_reason = reset_reason,
    .nvm_read = nvm_read,
    .nvm_write = nvm_write,
    .reset = NULL, /* the binding layer turns reset() into a reload */
};

sim_io_t *sim_io(const hal_system_t *sys)
{
    const sim_sys_t *s = sys->sys.ops == &sim_sys_ops ? sys->sys.data : NULL;
    return s ? s->io : NULL;
}

/* ---- the backend ---- */

static void sim_close(hal_system_t *sys)
{
    sim_sys_t *io_owner = sys->sys.data;
    if (io_owner) {
        sim_io_close(sys, io_owner->io); /* unlistens: before the world goes */
        io_owner->io = NULL;
        sim_wire_close(io_owner->wire); /* unlistens too */
        io_owner->wire = NULL;
    }
    sim_dev_close(sys);
    for (size_t i = 0; i < HAL_MAX_GPIO_CHIPS; i++)
        sim_gpio_close(&sys->gpio[i]);
    sim_sys_t *s = sys->sys.data;
    if (s) {
        free(s->nvm_mem);
        free(s);
    }
    sys->sys.data = NULL;
    sys->sys.ops = NULL;
}

static int sim_open(hal_system_t *sys)
{
    sim_sys_t *s = calloc(1, sizeof(*s));
    if (!s)
        return -ENOMEM;
    sys->sys = (hal_sys_dev_t){&sim_sys_ops, sys, s};
    int drc = sim_dev_open(sys);
    if (drc) {
        sim_close(sys);
        return drc;
    }
    size_t size = sys->board->nvm_size;
    if (size && (!sys->options || !sys->options->nvm_path)) {
        s->nvm_mem = malloc(size);
        if (!s->nvm_mem) {
            sim_close(sys);
            return -ENOMEM;
        }
        memset(s->nvm_mem, 0xff, size);
    }
    for (unsigned i = 0; i < sys->board->n_gpiochips; i++) {
        int rc = sim_gpio_open(sys, i, &sys->gpio[i]);
        if (rc) {
            sim_close(sys);
            return rc;
        }
    }
    drc = sim_io_open(sys, &s->io);
    if (drc == 0)
        drc = sim_wire_open(sys, &s->wire);
    if (drc) {
        sim_close(sys);
        return drc;
    }
    drc = sim_dev_attach_board(sys);
    if (drc == 0 && sys->options && sys->options->trace_path)
        drc = sim_trace_open(sys, sys->options->trace_path);
    if (drc) {
        sim_close(sys);
        return drc;
    }
    return 0;
}

static int sim_backend_control(hal_system_t *sys, int op, void *arg)
{
    if (op >= HAL_CTL_SIM_IO_FIRST && op <= HAL_CTL_SIM_IO_RESET)
        return sim_io_control(sys, op, arg);
    return sim_ctl_control(sys, op, arg);
}

const hal_backend_t sim_backend = {
    .version = HAL_BACKEND_V1,
    .name = "sim",
    .open = sim_open,
    .close = sim_close,
    .i2c_open = sim_i2c_open,
    .spi_open = sim_spi_open,
    .uart_open = sim_uart_open,
    .pwm_open = sim_pwm_open,
    .adc_open = sim_adc_open,
    .dac_open = sim_dac_open,
    .control = sim_backend_control,
};
