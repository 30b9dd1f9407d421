/*
 * The test API of the sim backend's bus devices: the HAL_CTL_SIM_* ops of
 * hal.h that the backend's control op answers (the `sim` module calls
 * them). Selecting a device must match exactly one.
 */
#include <errno.h>
#include <string.h>

#include "sim_bus.h"

static bool matches(const sim_dev_t *d, const hal_sim_dev_sel_t *sel)
{
    if (sel->kind && strcmp(sel->kind, d->cls->kind) != 0)
        return false;
    if (sel->bus && strcmp(sel->bus, d->bus_name) != 0)
        return false;
    if (sel->addr >= 0 && (d->cls->bus != HAL_BUS_I2C || d->addr != sel->addr))
        return false;
    if (sel->cs_pin >= 0 && (d->cls->bus != HAL_BUS_SPI || d->pins[1] != sel->cs_pin))
        return false;
    return true;
}

/* The one device sel names into *out: -ENODEV none, -EINVAL several. */
static int select_one(hal_system_t *sys, const hal_sim_dev_sel_t *sel, sim_dev_t **out)
{
    *out = NULL;
    for (sim_dev_t *d = sim_dev_first(sys); d; d = d->next) {
        if (!matches(d, sel))
            continue;
        if (*out)
            return -EINVAL;
        *out = d;
    }
    return *out ? 0 : -ENODEV;
}

static int attach(hal_system_t *sys, const hal_sim_attach_t *a)
{
    const sim_dev_class_t *cls = a->kind ? sim_dev_class_find(a->kind) : NULL;
    if (!cls)
        return -ENOENT;
    sim_dev_place_t where;
    int rc = 0;
    if (a->bus || cls->bus == HAL_BUS_SPI || a->pins[0] < 0) {
        rc = sim_dev_place_parse(sys->board, cls, a->bus, NULL, &where);
    } else {
        where = (sim_dev_place_t){-1, {a->pins[0], a->pins[1]}, -1, -1};
    }
    if (rc)
        return rc;
    if (cls->bus == HAL_BUS_I2C)
        where.addr = a->addr;
    else if (a->cs_pin >= 0)
        where.cs_pin = a->cs_pin;
    return sim_dev_attach(sys, cls, &where, a->args, a->n_args, NULL);
}

static int fault(hal_system_t *sys, const hal_sim_fault_t *f)
{
    if (f->fault < HAL_SIM_FAULT_NONE || f->fault > HAL_SIM_FAULT_STUCK)
        return -EINVAL;
    if (f->whole_bus) {
        int bus = -1;
        for (size_t i = 0; f->dev.bus && i < sys->board->n_buses && bus < 0; i++)
            if (strcmp(sys->board->buses[i].name, f->dev.bus) == 0)
                bus = (int)i;
        return bus < 0 ? -ENODEV : sim_bus_set_fault(sys, bus, f->fault, f->count);
    }
    if (f->fault == HAL_SIM_FAULT_STUCK)
        return -EINVAL; /* a line, not a device */
    sim_dev_t *d;
    int rc = select_one(sys, &f->dev, &d);
    if (rc == 0) {
        d->fault = (uint8_t)f->fault;
        d->fault_count = f->count;
    }
    return rc;
}

static void clear_faults(hal_system_t *sys)
{
    for (sim_dev_t *d = sim_dev_first(sys); d; d = d->next)
        d->fault = SIM_FAULT_NONE;
    for (size_t i = 0; i < sys->board->n_buses; i++)
        if (sim_bus_fault(sys, (int)i) != SIM_FAULT_NONE)
            sim_bus_set_fault(sys, (int)i, SIM_FAULT_NONE, 0);
}

static int dump(hal_system_t *sys, hal_sim_dump_t *x)
{
    sim_dev_t *d;
    int rc = select_one(sys, &x->dev, &d);
    if (rc)
        return rc;
    if (x->png_path) {
        rc = d->cls->dump_png ? d->cls->dump_png(d, x->png_path) : -EOPNOTSUPP;
        if (rc)
            return rc;
    }
    if (x->text)
        rc = d->cls->dump_text ? d->cls->dump_text(d, x->text, x->text_size, &x->text_len) : -EOPNOTSUPP;
    return rc;
}

static int device(hal_system_t *sys, hal_sim_device_t *x)
{
    size_t i = 0;
    sim_dev_t *d = sim_dev_first(sys);
    for (; d && i < x->index; d = d->next)
        i++;
    if (!d)
        return -ENOENT;
    bool i2c = d->cls->bus == HAL_BUS_I2C;
    x->kind = d->cls->kind;
    x->bus = d->bus_name;
    x->pins[0] = d->pins[0];
    x->pins[1] = d->pins[1];
    x->addr = i2c ? d->addr : -1;
    x->cs_pin = i2c ? -1 : d->pins[1];
    x->fault = d->fault;
    return 0;
}

static int value(hal_system_t *sys, hal_sim_value_t *v, bool set)
{
    sim_dev_t *d;
    int rc = select_one(sys, &v->dev, &d);
    if (rc)
        return rc;
    if (set)
        return d->cls->set ? d->cls->set(d, v->name, v->value) : -ENOENT;
    return d->cls->get ? d->cls->get(d, v->name, &v->value) : -ENOENT;
}

int sim_ctl_control(hal_system_t *sys, int op, void *arg)
{
    sim_dev_t *d;
    int rc;
    switch (op) {
    case HAL_CTL_SIM_PRESENT:
        return 0;
    case HAL_CTL_SIM_ATTACH:
        return attach(sys, arg);
    case HAL_CTL_SIM_DETACH:
        rc = select_one(sys, arg, &d);
        if (rc == 0)
            sim_dev_detach(d);
        return rc;
    case HAL_CTL_SIM_SET_VALUE:
        return value(sys, arg, true);
    case HAL_CTL_SIM_GET_VALUE:
        return value(sys, arg, false);
    case HAL_CTL_SIM_FAULT:
        return fault(sys, arg);
    case HAL_CTL_SIM_CLEAR_FAULTS:
        clear_faults(sys);
        return 0;
    case HAL_CTL_SIM_TXLOG:
        return sim_txlog_get(sys, arg);
    case HAL_CTL_SIM_TXLOG_CLEAR:
        sim_txlog_clear(sys);
        return 0;
    case HAL_CTL_SIM_DUMP:
        return dump(sys, arg);
    case HAL_CTL_SIM_DEVICE:
        return device(sys, arg);
    case HAL_CTL_SIM_TRACE:
        sim_trace_close(sys);
        return arg ? sim_trace_open(sys, arg) : 0;
    default:
        return -EOPNOTSUPP;
    }
}
