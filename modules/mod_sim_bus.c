/*
 * The `sim` module's bus-device functions (the table is in mod_sim.c):
 * simulated I2C/SPI devices attached to the board, their sensor values,
 * injected faults, the transaction log and display dumps. They reach the
 * sim backend through its control op (HAL_CTL_SIM_* device ops of hal.h).
 *
 * A device is named by one of:
 *   "bme280"          its kind (when one of that kind is attached)
 *   0x77              its I2C address (on any bus)
 *   board.CE0         an SPI device's chip-select pin
 *   ("i2c1", 0x77)    a bus (a board bus name, or "D12/D13" for bare
 *                     pins) and a kind, address or chip select
 * and the name must match exactly one attached device (ValueError).
 *
 *   attach(kind, bus=None, address=None, *, cs=None, options=())
 *       bus: a bus name ("i2c1"; None: the board's default bus of the
 *       kind's type) or an (scl, sda) pair of pins; address: the I2C
 *       address (None: the kind's default); cs: an SPI device's
 *       chip-select pin (None: the bus's cs); options: ("twr_ms=5",)
 *   detach(device)
 *   devices()                     [(kind, bus, address or cs pin), ...]
 *   set_value(device, name, value) / get_value(device, name)
 *   fault(device, kind, *, count=0)   kind: "nack", "timeout", "eio",
 *                                     or None to clear
 *   bus_fault(bus, kind, *, count=0)  the same plus "stuck" (SDA / MISO
 *                                     held low) for every device on bus
 *   clear_faults()
 *   transactions()   [(bus, address, 'w' | 'r', bytes, errno), ...]
 *                    errno 0 for success; SPI: the chip-select pin
 *   clear_transactions()
 *   display_png(device, path)  display_text(device) -> str
 *   trace(path)      write the VCD waveform of --trace to path from now
 *                    on (ending one already being written); None ends it
 */
#include <string.h>

#include "hw.h"
#include "mod_sim_bus.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"

#define NAME_MAX_LEN 64

static hal_system_t *sim_sys(void)
{
    hal_system_t *sys = hw_system();
    if (!sys->backend->control || sys->backend->control(sys, HAL_CTL_SIM_PRESENT, NULL) != 0)
        raise_msg(&type_RuntimeError, "not the simulated board");
    return sys;
}

static int ctl(hal_system_t *sys, int op, void *arg)
{
    return sys->backend->control(sys, op, arg);
}

/* s as a NUL-terminated C string in buf. */
static const char *cstr(obj_t s, char *buf, const char *what)
{
    if (!obj_is_str(s))
        raise_fmt(&type_TypeError, "%s must be of type str, not %T", what, s);
    size_t len;
    const char *d = str_get_data(s, &len);
    if (len >= NAME_MAX_LEN || memchr(d, 0, len))
        raise_fmt(&type_ValueError, "invalid %s", what);
    memcpy(buf, d, len);
    buf[len] = 0;
    return buf;
}

/* o as a device selector; the strings it names go into buf. */
static hal_sim_dev_sel_t selector(obj_t o, char buf[2][NAME_MAX_LEN])
{
    hal_sim_dev_sel_t sel = {NULL, NULL, -1, -1};
    obj_t part = o;
    if (obj_get_type(o) == &type_tuple) {
        size_t n;
        obj_t *items;
        obj_tuple_get(o, &n, &items);
        if (n != 2)
            raise_value_error("device must be (bus, kind, address or pin)");
        sel.bus = cstr(items[0], buf[0], "bus");
        part = items[1];
    }
    if (obj_is_str(part))
        sel.kind = cstr(part, buf[1], "device");
    else if (obj_is_int(part))
        sel.addr = (int)hw_arg_int_range(part, 0, 0x7f, "address");
    else if (obj_is_type(part, &hw_pin_type))
        sel.cs_pin = ((const hw_pin_t *)part)->index;
    else
        raise_fmt(&type_TypeError, "device must be a kind, an address, a pin or a tuple, not %T", o);
    return sel;
}

/* The exception for a device operation's error. */
static void check_dev(int rc, obj_t dev, const char *what)
{
    if (rc == -HAL_ENODEV)
        raise_fmt(&type_ValueError, "no simulated device %r", dev);
    if (rc == -HAL_EINVAL)
        raise_fmt(&type_ValueError, "more than one simulated device matches %r", dev);
    hw_check(rc, what);
}

static obj_t sim_attach(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {
        {Q_kind, ARG_REQUIRED, OBJ_NULL}, {Q_bus, 0, OBJ_NONE}, {Q_address, 0, OBJ_NONE},
        {Q_cs, ARG_KW_ONLY, OBJ_NONE},    {Q_options, ARG_KW_ONLY, OBJ_NONE},
    };
    obj_t a[5];
    arg_parse("attach", n, args, kw, 5, spec, a);
    hal_system_t *sys = sim_sys();
    char kind[NAME_MAX_LEN], bus[NAME_MAX_LEN], opt[8][NAME_MAX_LEN];
    const char *optv[8];
    hal_sim_attach_t at = {cstr(a[0], kind, "kind"), NULL, {-1, -1}, -1, -1, optv, 0};
    if (obj_get_type(a[1]) == &type_tuple) {
        size_t np;
        obj_t *pins;
        obj_tuple_get(a[1], &np, &pins);
        if (np != 2)
            raise_value_error("bus must be a name or (scl, sda)");
        at.pins[0] = hw_pin_arg(pins[0], "scl")->index;
        at.pins[1] = hw_pin_arg(pins[1], "sda")->index;
    } else if (a[1] != OBJ_NONE) {
        at.bus = cstr(a[1], bus, "bus");
    }
    if (a[2] != OBJ_NONE)
        at.addr = (int)hw_arg_int_range(a[2], 0, 0x7f, "address");
    if (a[3] != OBJ_NONE)
        at.cs_pin = hw_pin_arg(a[3], "cs")->index;
    if (a[4] != OBJ_NONE) {
        size_t no;
        obj_t *items;
        obj_tuple_get(a[4], &no, &items);
        if (no > 8)
            raise_value_error("too many options");
        for (; at.n_args < no; at.n_args++)
            optv[at.n_args] = cstr(items[at.n_args], opt[at.n_args], "option");
    }
    int rc = ctl(sys, HAL_CTL_SIM_ATTACH, &at);
    if (rc == -HAL_ENOENT)
        raise_fmt(&type_ValueError, "unknown simulated device '%s'", kind);
    if (rc == -HAL_EBUSY)
        raise_msg(&type_ValueError, "address or chip select in use");
    if (rc == -HAL_EINVAL)
        raise_fmt(&type_ValueError, "cannot attach %s there", kind);
    hw_check(rc, "sim.attach");
    return OBJ_NONE;
}
BUILTIN_FUN_KW(mod_sim_bus_attach_obj, Q_attach, 1, sim_attach);

static obj_t sim_detach(obj_t dev)
{
    char buf[2][NAME_MAX_LEN];
    hal_sim_dev_sel_t sel = selector(dev, buf);
    check_dev(ctl(sim_sys(), HAL_CTL_SIM_DETACH, &sel), dev, "sim.detach");
    return OBJ_NONE;
}
BUILTIN_FUN_1(mod_sim_bus_detach_obj, Q_detach, sim_detach);

static obj_t sim_devices(void)
{
    hal_system_t *sys = sim_sys();
    obj_t list = obj_new_list(0, NULL);
    hal_sim_device_t d = {0};
    for (d.index = 0; ctl(sys, HAL_CTL_SIM_DEVICE, &d) == 0; d.index++) {
        obj_t item[3] = {obj_new_str_copy(d.kind), obj_new_str_copy(d.bus),
                         d.addr >= 0 ? obj_new_small_int(d.addr) : hw_pin_obj((size_t)d.cs_pin)};
        list_append(list, obj_new_tuple(3, item));
    }
    return list;
}
BUILTIN_FUN_0(mod_sim_bus_devices_obj, Q_devices, sim_devices);

static void value_error(int rc, obj_t dev, const char *name)
{
    if (rc == -HAL_ENOENT)
        raise_fmt(&type_ValueError, "simulated device %r has no value '%s'", dev, name);
    if (rc == -HAL_ERANGE)
        raise_fmt(&type_ValueError, "%s out of range", name);
    check_dev(rc, dev, "sim value");
}

static obj_t sim_set_value(obj_t dev, obj_t name, obj_t value)
{
    char buf[2][NAME_MAX_LEN], nbuf[NAME_MAX_LEN];
    hal_sim_value_t v = {selector(dev, buf), cstr(name, nbuf, "name"), obj_get_float(value)};
    value_error(ctl(sim_sys(), HAL_CTL_SIM_SET_VALUE, &v), dev, v.name);
    return OBJ_NONE;
}
BUILTIN_FUN_3(mod_sim_bus_set_value_obj, Q_set_value, sim_set_value);

static obj_t sim_get_value(obj_t dev, obj_t name)
{
    char buf[2][NAME_MAX_LEN], nbuf[NAME_MAX_LEN];
    hal_sim_value_t v = {selector(dev, buf), cstr(name, nbuf, "name"), 0};
    value_error(ctl(sim_sys(), HAL_CTL_SIM_GET_VALUE, &v), dev, v.name);
    return obj_new_float(v.value);
}
BUILTIN_FUN_2(mod_sim_bus_get_value_obj, Q_get_value, sim_get_value);

static int fault_kind(obj_t k, bool bus)
{
    static const char *const names[] = {"nack", "timeout", "eio", "stuck"};
    if (k == OBJ_NONE)
        return HAL_SIM_FAULT_NONE;
    char buf[NAME_MAX_LEN];
    const char *s = cstr(k, buf, "fault");
    for (int i = 0; i < (bus ? 4 : 3); i++)
        if (strcmp(s, names[i]) == 0)
            return i + 1;
    raise_fmt(&type_ValueError, "invalid fault '%s'", s);
}

static obj_t do_fault(size_t n, const obj_t *args, map_t *kw, bool bus)
{
    static const arg_spec_t spec[] = {
        {Q_device, ARG_REQUIRED, OBJ_NULL},
        {Q_fault, ARG_REQUIRED, OBJ_NULL},
        {Q_count, ARG_KW_ONLY, OBJ_NULL},
    };
    obj_t a[3];
    arg_parse(bus ? "bus_fault" : "fault", n, args, kw, 3, spec, a);
    char buf[2][NAME_MAX_LEN];
    hal_sim_fault_t f = {{NULL, NULL, -1, -1}, bus, fault_kind(a[1], bus), 0};
    if (a[2] != OBJ_NULL)
        f.count = (uint32_t)hw_arg_int_range(a[2], 0, 0x7fffffff, "count");
    if (bus)
        f.dev.bus = cstr(a[0], buf[0], "bus");
    else
        f.dev = selector(a[0], buf);
    int rc = ctl(sim_sys(), HAL_CTL_SIM_FAULT, &f);
    if (bus && rc == -HAL_ENODEV)
        raise_fmt(&type_ValueError, "no bus %r", a[0]);
    check_dev(rc, a[0], "sim.fault");
    return OBJ_NONE;
}

static obj_t sim_fault(size_t n, const obj_t *args, map_t *kw)
{
    return do_fault(n, args, kw, false);
}
BUILTIN_FUN_KW(mod_sim_bus_fault_obj, Q_fault, 2, sim_fault);

static obj_t sim_bus_fault(size_t n, const obj_t *args, map_t *kw)
{
    return do_fault(n, args, kw, true);
}
BUILTIN_FUN_KW(mod_sim_bus_bus_fault_obj, Q_bus_fault, 2, sim_bus_fault);

static obj_t sim_clear_faults(void)
{
    hw_check(ctl(sim_sys(), HAL_CTL_SIM_CLEAR_FAULTS, NULL), "sim.clear_faults");
    return OBJ_NONE;
}
BUILTIN_FUN_0(mod_sim_bus_clear_faults_obj, Q_clear_faults, sim_clear_faults);

static obj_t sim_transactions(void)
{
    hal_system_t *sys = sim_sys();
    obj_t list = obj_new_list(0, NULL);
    hal_sim_txlog_t t = {0};
    for (t.index = 0; ctl(sys, HAL_CTL_SIM_TXLOG, &t) == 0; t.index++) {
        /* SPI entries carry a chip-select pin: a board SPI bus, or a
         * bit-banged one logged as "SCK/MOSI/MISO" */
        bool spi = strchr(t.bus, '/') && strchr(t.bus, '/') != strrchr(t.bus, '/');
        for (size_t i = 0; i < sys->board->n_buses; i++)
            if (strcmp(sys->board->buses[i].name, t.bus) == 0)
                spi = sys->board->buses[i].kind == HAL_BUS_SPI;
        obj_t addr = obj_new_small_int(t.addr);
        if (spi)
            addr = t.addr < sys->board->n_pins ? hw_pin_obj(t.addr) : OBJ_NONE;
        char dir = t.dir;
        obj_t item[5] = {obj_new_str_copy(t.bus), addr, obj_new_str(&dir, 1), obj_new_bytes(t.data, t.len),
                         obj_new_small_int(-t.result)};
        list_append(list, obj_new_tuple(5, item));
    }
    return list;
}
BUILTIN_FUN_0(mod_sim_bus_transactions_obj, Q_transactions, sim_transactions);

static obj_t sim_clear_transactions(void)
{
    hw_check(ctl(sim_sys(), HAL_CTL_SIM_TXLOG_CLEAR, NULL), "sim.clear_transactions");
    return OBJ_NONE;
}
BUILTIN_FUN_0(mod_sim_bus_clear_transactions_obj, Q_clear_transactions, sim_clear_transactions);

static obj_t sim_display_png(obj_t dev, obj_t path)
{
    char buf[2][NAME_MAX_LEN];
    size_t len;
    if (!obj_is_str(path))
        raise_fmt(&type_TypeError, "path must be of type str, not %T", path);
    const char *p = str_get_data(path, &len);
    vstr_t v;
    vstr_init(&v, len + 1);
    vstr_add_strn(&v, p, len);
    vstr_add_char(&v, 0);
    if (strlen(v.buf) != len)
        raise_value_error("embedded null character in path");
    hal_sim_dump_t d = {selector(dev, buf), v.buf, NULL, 0, 0};
    int rc = ctl(sim_sys(), HAL_CTL_SIM_DUMP, &d);
    if (rc == -HAL_ENOTSUP)
        raise_fmt(&type_ValueError, "simulated device %r is not a display", dev);
    check_dev(rc, dev, "sim.display_png");
    return OBJ_NONE;
}
BUILTIN_FUN_2(mod_sim_bus_display_png_obj, Q_display_png, sim_display_png);

static obj_t sim_display_text(obj_t dev)
{
    char buf[2][NAME_MAX_LEN];
    hal_sim_dump_t d = {selector(dev, buf), NULL, NULL, 0, 0};
    hal_system_t *sys = sim_sys();
    char probe[1];
    d.text = probe;
    d.text_size = sizeof(probe);
    int rc = ctl(sys, HAL_CTL_SIM_DUMP, &d);
    if (rc == -HAL_ENOTSUP)
        raise_fmt(&type_ValueError, "simulated device %r is not a display", dev);
    check_dev(rc, dev, "sim.display_text");
    vstr_t v;
    vstr_init(&v, d.text_len + 1);
    d.text = v.buf;
    d.text_size = d.text_len + 1;
    check_dev(ctl(sys, HAL_CTL_SIM_DUMP, &d), dev, "sim.display_text");
    v.len = d.text_len;
    return vstr_to_str(&v);
}
BUILTIN_FUN_1(mod_sim_bus_display_text_obj, Q_display_text, sim_display_text);

static obj_t sim_trace(obj_t path)
{
    hal_system_t *sys = sim_sys();
    const char *p = NULL;
    vstr_t v;
    if (path != OBJ_NONE) {
        size_t len;
        if (!obj_is_str(path))
            raise_fmt(&type_TypeError, "path must be of type str, not %T", path);
        const char *d = str_get_data(path, &len);
        vstr_init(&v, len + 1);
        vstr_add_strn(&v, d, len);
        vstr_add_char(&v, 0);
        p = v.buf;
    }
    hw_check(ctl(sys, HAL_CTL_SIM_TRACE, (void *)p), "sim.trace");
    return OBJ_NONE;
}
BUILTIN_FUN_1(mod_sim_bus_trace_obj, Q_trace, sim_trace);

void mod_sim_bus_reset(void)
{
    hal_system_t *sys = sim_sys();
    hw_check(ctl(sys, HAL_CTL_SIM_CLEAR_FAULTS, NULL), "sim.reset");
    hw_check(ctl(sys, HAL_CTL_SIM_TXLOG_CLEAR, NULL), "sim.reset");
}
