/*
 * The FTDI backend's table (see ftdi.h): bringing a board up and down,
 * its control requests, the hint kept for the binding layer, and logging.
 *
 * open() never fails for a missing or inaccessible adapter: the channels
 * keep their open error and report it, with a hint, from the first
 * operation that needs the hardware (and try again each time), so that
 * `import board` works without the adapter and the error the user sees
 * names the pin or bus and says what to do.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ftdi.h"

/* ---- hints ---- */

static hint_store_t hint;

int ftdi_hint(int err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = hint_store_vset(&hint, err, fmt, ap);
    va_end(ap);
    return rc;
}

void ftdi_hint_clear(void)
{
    hint_store_clear(&hint);
}

int ftdi_hint_take(hal_hint_t *h)
{
    return hint_store_take(&hint, h);
}

void ftdi_log(const hal_system_t *sys, bool chatter, const char *fmt, ...)
{
    const hal_options_t *o = sys ? sys->options : NULL;
    if (!o || !o->log || (chatter && !o->verbose))
        return;
    char line[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof(line), fmt, ap);
    va_end(ap);
    o->log(o->log_ctx, line);
}

/* ---- the backend ---- */

typedef struct ftdi_data {
    size_t n;
    ftdi_chan_t chan[]; /* one per board gpiochip */
} ftdi_data_t;

static void ftdi_close(hal_system_t *sys)
{
    ftdi_data_t *d = sys->data;
    if (d) {
        for (size_t i = 0; i < d->n; i++)
            ftdi_chan_fini(&d->chan[i]);
        free(d);
    }
    for (size_t i = 0; i < HAL_MAX_GPIO_CHIPS; i++)
        sys->gpio[i] = (hal_gpio_dev_t){0};
    sys->data = NULL;
    sys->sys = (hal_sys_dev_t){0};
}

static int ftdi_open(hal_system_t *sys)
{
    size_t n = sys->board->n_gpiochips;
    if (n > HAL_MAX_GPIO_CHIPS)
        n = HAL_MAX_GPIO_CHIPS;
    ftdi_data_t *d = calloc(1, sizeof(*d) + n * sizeof(ftdi_chan_t));
    if (!d)
        return -ENOMEM;
    sys->data = d;
    sys->sys = (hal_sys_dev_t){NULL, sys->board, NULL}; /* no processor facts */
    for (size_t i = 0; i < n; i++) {
        int rc = ftdi_chan_init(&d->chan[i], sys, (unsigned)i);
        d->n = i + 1;
        if (rc) {
            ftdi_close(sys);
            return rc;
        }
        sys->gpio[i] = (hal_gpio_dev_t){&ftdi_gpio_ops, &sys->board->gpiochips[i], &d->chan[i]};
    }
    return 0;
}

ftdi_chan_t *ftdi_chan_of_pin(const hal_system_t *sys, int pin, uint32_t *line)
{
    const ftdi_data_t *d = sys->data;
    if (!d || pin < 0 || (size_t)pin >= sys->board->n_pins)
        return NULL;
    const hal_board_pin_t *p = &sys->board->pins[pin];
    if (p->chip >= d->n || p->line >= 16)
        return NULL;
    *line = p->line;
    return (ftdi_chan_t *)&d->chan[p->chip];
}

static int ftdi_control(hal_system_t *sys, int op, void *arg)
{
    (void)sys;
    switch (op) {
    case HAL_CTL_HINT:
        return ftdi_hint_take(arg);
    default:
        /* HAL_CTL_DETECT too: FTDI boards come from board files (detect usb) */
        return -EOPNOTSUPP;
    }
}

const hal_backend_t ftdi_backend = {
    .version = HAL_BACKEND_V1,
    .name = "ftdi",
    .open = ftdi_open,
    .close = ftdi_close,
    .i2c_open = ftdi_i2c_open,
    .spi_open = ftdi_spi_open,
    .uart_open = NULL, /* the UART mode of a channel is not MPSSE: not done */
    .pwm_open = NULL,
    .adc_open = NULL,
    .dac_open = NULL,
    .control = ftdi_control,
};
