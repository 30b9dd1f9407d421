/*
 * Simulated bus devices: the class registry, attaching and finding
 * instances, the board file's device lines, and the byte-level wrappers
 * every bus layer calls (they apply injected faults).
 *
 * Invariant: an I2C address is unique per (SCL, SDA) pin pair, and a chip
 * select pin belongs to at most one SPI device, so every find_* answer is
 * unique.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim_bus.h"

extern const sim_dev_class_t sim_dev_24c02, sim_dev_mcp9808, sim_dev_bme280, sim_dev_ssd1306, sim_dev_mcp3008;

const sim_dev_class_t *const sim_dev_classes[] = {
    &sim_dev_24c02, &sim_dev_mcp9808, &sim_dev_bme280, &sim_dev_ssd1306, &sim_dev_mcp3008, NULL,
};

const sim_dev_class_t *sim_dev_class_find(const char *kind)
{
    for (size_t i = 0; sim_dev_classes[i]; i++)
        if (strcmp(sim_dev_classes[i]->kind, kind) == 0)
            return sim_dev_classes[i];
    return NULL;
}

int sim_pin_index(const hal_board_t *b, unsigned chip, uint32_t line)
{
    for (size_t p = 0; p < b->n_pins; p++)
        if (b->pins[p].chip == chip && b->pins[p].line == line)
            return (int)p;
    return -1;
}

/* ---- instances ---- */

sim_dev_t *sim_dev_first(const hal_system_t *sys)
{
    sim_world_t *w = sim_world(sys);
    return w ? w->devs : NULL;
}

sim_dev_t *sim_dev_find_i2c(const hal_system_t *sys, int scl_pin, int sda_pin, uint16_t addr)
{
    for (sim_dev_t *d = sim_dev_first(sys); d; d = d->next)
        if (d->cls->bus == HAL_BUS_I2C && d->pins[0] == scl_pin && d->pins[1] == sda_pin && d->addr == addr)
            return d;
    return NULL;
}

sim_dev_t *sim_dev_find_spi(const hal_system_t *sys, int cs_pin)
{
    for (sim_dev_t *d = sim_dev_first(sys); d; d = d->next)
        if (d->cls->bus == HAL_BUS_SPI && d->pins[1] == cs_pin)
            return d;
    return NULL;
}

static bool valid_pin(const hal_system_t *sys, int pin)
{
    return pin >= 0 && (size_t)pin < sys->board->n_pins;
}

static void name_bus(sim_dev_t *d, const sim_dev_place_t *where)
{
    const hal_board_t *b = d->sys->board;
    if (where->bus >= 0) {
        snprintf(d->bus_name, sizeof(d->bus_name), "%s", b->buses[where->bus].name);
        return;
    }
    /* a bus on bare pins is named after them, as the wire decoder logs it */
    const char *a = b->pins[d->pins[0]].chip_name, *c = b->pins[d->pins[1]].chip_name;
    for (size_t i = 0; i < b->n_names; i++) {
        if (b->names[i].pin == d->pins[1] && c == b->pins[d->pins[1]].chip_name)
            c = b->names[i].name;
        if (b->names[i].pin == d->pins[0] && a == b->pins[d->pins[0]].chip_name)
            a = b->names[i].name;
    }
    snprintf(d->bus_name, sizeof(d->bus_name), "%s/%s", a, c);
}

static int place(sim_dev_t *d, const sim_dev_place_t *where)
{
    hal_system_t *sys = d->sys;
    if (where->bus >= (int)sys->board->n_buses)
        return -EINVAL;
    if (d->cls->bus == HAL_BUS_I2C) {
        int addr = where->addr < 0 ? d->cls->default_addr : where->addr;
        if (addr > 0x7f || !valid_pin(sys, where->pins[0]) || !valid_pin(sys, where->pins[1]))
            return -EINVAL;
        if (sim_dev_find_i2c(sys, where->pins[0], where->pins[1], (uint16_t)addr))
            return -EBUSY;
        d->addr = (uint16_t)addr;
        d->pins[0] = (int16_t)where->pins[0];
        d->pins[1] = (int16_t)where->pins[1];
    } else {
        if (!valid_pin(sys, where->cs_pin) || !valid_pin(sys, where->pins[0]))
            return -EINVAL;
        if (sim_dev_find_spi(sys, where->cs_pin))
            return -EBUSY;
        d->pins[0] = (int16_t)where->pins[0];
        d->pins[1] = (int16_t)where->cs_pin;
    }
    d->bus = (int16_t)where->bus;
    name_bus(d, where);
    return 0;
}

int sim_dev_attach(hal_system_t *sys, const sim_dev_class_t *cls, const sim_dev_place_t *where,
                   const char *const *args, size_t n_args, sim_dev_t **out)
{
    sim_world_t *w = sim_world(sys);
    if (!w)
        return -ENODEV;
    sim_dev_t *d = calloc(1, sizeof(*d));
    if (!d)
        return -ENOMEM;
    d->cls = cls;
    d->sys = sys;
    d->state = calloc(1, cls->state_size ? cls->state_size : 1);
    int rc = d->state ? place(d, where) : -ENOMEM;
    if (rc == 0 && cls->init)
        rc = cls->init(d, args, n_args);
    if (rc) {
        free(d->state);
        free(d);
        return rc;
    }
    sim_dev_t **p = &w->devs;
    while (*p)
        p = &(*p)->next;
    *p = d;
    sim_dev_update_pulls(sys);
    if (cls->bus == HAL_BUS_SPI) {
        /* start selected if its chip select is already low */
        uint32_t line;
        const hal_gpio_dev_t *g = sim_pin_gpio(sys, d->pins[1], &line);
        int level = 1, driven = -1;
        if (g)
            sim_gpio_peek(g, line, &level, &driven);
        sim_dev_spi_select(d, level == 0);
    }
    sim_log(sys, "sim: attached %s on %s", cls->kind, d->bus_name);
    if (out)
        *out = d;
    return 0;
}

void sim_dev_detach(sim_dev_t *d)
{
    sim_world_t *w = sim_world(d->sys);
    for (sim_dev_t **p = w ? &w->devs : NULL; p && *p; p = &(*p)->next)
        if (*p == d) {
            *p = d->next;
            break;
        }
    if (d->cls->fini)
        d->cls->fini(d);
    hal_system_t *sys = d->sys;
    free(d->state);
    free(d);
    sim_dev_update_pulls(sys);
}

/* ---- the wrappers ---- */

int sim_dev_error(const sim_dev_t *d)
{
    if (d->fault == SIM_FAULT_TIMEOUT)
        return -ETIMEDOUT;
    if (d->fault == SIM_FAULT_EIO)
        return -EIO;
    return 0;
}

void sim_dev_fault_tick(sim_dev_t *d)
{
    if (d->fault != SIM_FAULT_NONE && d->fault_count && --d->fault_count == 0)
        d->fault = SIM_FAULT_NONE;
}

int sim_dev_i2c_start(sim_dev_t *d, bool read)
{
    if (d->fault == SIM_FAULT_NACK || !d->cls->i2c_start)
        return SIM_NACK;
    d->addressed = true;
    return d->cls->i2c_start(d, read) == SIM_ACK ? SIM_ACK : SIM_NACK;
}

int sim_dev_i2c_write(sim_dev_t *d, uint8_t byte)
{
    if (!d->addressed || !d->cls->i2c_write)
        return SIM_NACK;
    return d->cls->i2c_write(d, byte) == SIM_ACK ? SIM_ACK : SIM_NACK;
}

uint8_t sim_dev_i2c_read(sim_dev_t *d)
{
    if (!d->addressed || !d->cls->i2c_read)
        return 0xff; /* nobody drives SDA: the pull-up */
    return d->cls->i2c_read(d);
}

void sim_dev_i2c_stop(sim_dev_t *d)
{
    if (!d->addressed)
        return;
    d->addressed = false;
    if (d->cls->i2c_stop)
        d->cls->i2c_stop(d);
}

void sim_dev_spi_select(sim_dev_t *d, bool selected)
{
    if (d->selected == selected)
        return;
    d->selected = selected;
    if (d->cls->spi_select)
        d->cls->spi_select(d, selected);
}

uint8_t sim_dev_spi_exchange(sim_dev_t *d, uint8_t mosi)
{
    if (!d->selected || d->fault == SIM_FAULT_NACK || !d->cls->spi_exchange)
        return 0xff;
    return d->cls->spi_exchange(d, mosi);
}

/* ---- the board file's lines: sim KIND BUS [ADDRESS|CS] [ARG...] ---- */

static int pin_by_name(const hal_board_t *b, const char *name)
{
    for (size_t i = 0; i < b->n_names; i++)
        if (strcmp(b->names[i].name, name) == 0)
            return b->names[i].pin;
    for (size_t p = 0; p < b->n_pins; p++)
        if (strcmp(b->pins[p].chip_name, name) == 0)
            return (int)p;
    return -1;
}

static bool parse_int(const char *s, int *v)
{
    char *end;
    long x = strtol(s, &end, 0);
    if (end == s || *end || x < 0 || x > 0xffff)
        return false;
    *v = (int)x;
    return true;
}

/* "SCL/SDA" pin names into pins. */
static bool parse_pin_pair(const hal_board_t *b, const char *s, int pins[2])
{
    const char *slash = strchr(s, '/');
    char first[64];
    if (!slash || (size_t)(slash - s) >= sizeof(first))
        return false;
    memcpy(first, s, (size_t)(slash - s));
    first[slash - s] = 0;
    pins[0] = pin_by_name(b, first);
    pins[1] = pin_by_name(b, slash + 1);
    return pins[0] >= 0 && pins[1] >= 0;
}

int sim_dev_place_parse(const hal_board_t *b, const sim_dev_class_t *cls, const char *bus, const char *arg,
                        sim_dev_place_t *where)
{
    *where = (sim_dev_place_t){-1, {-1, -1}, -1, -1};
    int kind = cls->bus;
    if (bus) {
        where->bus = sim_bus_find(b, bus, kind);
        if (where->bus < 0 && !(kind == HAL_BUS_I2C && parse_pin_pair(b, bus, where->pins)))
            return -EINVAL;
    } else {
        for (size_t i = 0; i < b->n_buses && where->bus < 0; i++)
            if (b->buses[i].kind == kind && b->buses[i].is_default)
                where->bus = (int)i;
        if (where->bus < 0)
            return -EINVAL;
    }
    if (where->bus >= 0) {
        const hal_board_bus_t *bb = &b->buses[where->bus];
        where->pins[0] = bb->pins[kind == HAL_BUS_I2C ? HAL_I2C_PIN_SCL : HAL_SPI_PIN_SCK];
        where->pins[1] = kind == HAL_BUS_I2C ? bb->pins[HAL_I2C_PIN_SDA] : HAL_NO_PIN;
        if (kind == HAL_BUS_SPI)
            where->cs_pin = bb->pins[HAL_SPI_PIN_CS];
    }
    if (arg && kind == HAL_BUS_I2C && !parse_int(arg, &where->addr))
        return -EINVAL;
    if (arg && kind == HAL_BUS_SPI && (where->cs_pin = pin_by_name(b, arg)) < 0)
        return -EINVAL;
    return 0;
}

static int attach_line(hal_system_t *sys, const hal_board_simdev_t *line)
{
    const hal_board_t *b = sys->board;
    const sim_dev_class_t *cls = sim_dev_class_find(line->kind);
    if (!cls)
        return 0; /* led, button: sim_gpio's */
    /* [BUS [ADDRESS|CS]] [OPTION=VALUE...]: the first word with '=' starts
     * the options */
    const char *bus = NULL, *at = NULL;
    size_t used = 0;
    if (used < line->n_args && !strchr(line->args[used], '='))
        bus = line->args[used++];
    if (bus && used < line->n_args && !strchr(line->args[used], '='))
        at = line->args[used++];
    sim_dev_place_t where;
    int rc = sim_dev_place_parse(b, cls, bus, at, &where);
    if (rc == 0)
        rc = sim_dev_attach(sys, cls, &where, line->args + used, line->n_args - used, NULL);
    if (rc)
        sim_log(sys, "board %s: bad line 'sim %s%s%s': %s", b->id, line->kind, line->n_args ? " " : "",
                line->n_args ? line->args[0] : "", strerror(-rc));
    return rc;
}

int sim_dev_attach_board(hal_system_t *sys)
{
    for (size_t i = 0; i < sys->board->n_simdevs; i++) {
        int rc = attach_line(sys, &sys->board->simdevs[i]);
        if (rc)
            return rc;
    }
    return 0;
}
