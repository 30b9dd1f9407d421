/*
 * The I2C binding busio.I2C and bitbangio.I2C share (see busio.h), and
 * busio.I2C's constructor: a two-wire bus master on the board bus whose
 * SCL and SDA pins are the ones given.
 *
 * Each method is one HAL transaction. writeto_then_readfrom is a single
 * transaction of two messages, the first flagged HAL_I2C_NOSTOP, so the
 * device sees a repeated START and no STOP between the write and the read.
 */
#include "busio.h"
#include "mem.h"
#include "obj_list.h"
#include "runtime.h"

extern const type_t busio_i2c_type;

static busio_i2c_t *i2c_self(obj_t self)
{
    busio_i2c_t *s = self;
    hw_obj_check(&s->hw);
    return s;
}

/* self, checked for deinit and for holding the lock (in that order, before
 * any argument is looked at, as CircuitPython does). */
static busio_i2c_t *i2c_locked(obj_t self)
{
    busio_i2c_t *s = i2c_self(self);
    hw_bus_check_lock(&s->bus);
    return s;
}

static const hal_i2c_dev_t *dev(const busio_i2c_t *s)
{
    return s->bus.dev;
}

/* ---- life cycle and lock ---- */

static obj_t i2c_try_lock(obj_t self)
{
    return obj_new_bool(hw_bus_try_lock(&i2c_self(self)->bus));
}
static BUILTIN_FUN_1(i2c_try_lock_obj, Q_try_lock, i2c_try_lock);

static obj_t i2c_unlock(obj_t self)
{
    hw_bus_unlock(&i2c_self(self)->bus);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(i2c_unlock_obj, Q_unlock, i2c_unlock);

/* ---- probing ---- */

/* True when a device acknowledges addr (see busio_i2c_class_t for what
 * else raises). */
static bool probe(const busio_i2c_t *s, uint16_t addr)
{
    const busio_i2c_class_t *c = s->hw.base.type->protocol;
    int rc = hal_i2c_probe(dev(s), addr);
    if (rc == 0 || rc == -HAL_ENODEV)
        return rc == 0;
    if (c->probe_raises || rc == -HAL_ENOTSUP || rc == -HAL_ENOSYS || rc == -HAL_EINTR)
        hw_bus_check(rc, "I2C probe");
    return false;
}

static obj_t i2c_probe(obj_t self, obj_t address)
{
    busio_i2c_t *s = i2c_locked(self);
    return obj_new_bool(probe(s, hw_bus_i2c_address(address)));
}
static BUILTIN_FUN_2(i2c_probe_obj, Q_probe, i2c_probe);

/* 0x00-0x07 and 0x78-0x7f are reserved addresses: not scanned. */
static obj_t i2c_scan(obj_t self)
{
    busio_i2c_t *s = i2c_locked(self);
    obj_t list = obj_new_list(0, NULL);
    for (uint16_t addr = 0x08; addr <= 0x77; addr++) {
        runtime_check_interrupt();
        if (probe(s, addr))
            list_append(list, obj_new_small_int(addr));
    }
    return list;
}
static BUILTIN_FUN_1(i2c_scan_obj, Q_scan, i2c_scan);

/* ---- transfers ---- */

/* readfrom_into, writeto or writeto_then_readfrom (HW_I2C_*). */
static obj_t i2c_call(int method, size_t n, const obj_t *args, map_t *kw)
{
    busio_i2c_t *s = i2c_locked(args[0]);
    hal_i2c_msg_t m[2];
    size_t count = hw_bus_i2c_args(method, n - 1, args + 1, kw, m);
    hw_bus_check(hal_i2c_transfer(dev(s), m, count), "this I2C transfer");
    return OBJ_NONE;
}

static obj_t i2c_readfrom_into(size_t n, const obj_t *args, map_t *kw)
{
    return i2c_call(HW_I2C_READFROM_INTO, n, args, kw);
}
static BUILTIN_FUN_KW(i2c_readfrom_into_obj, Q_readfrom_into, 1, i2c_readfrom_into);

static obj_t i2c_writeto(size_t n, const obj_t *args, map_t *kw)
{
    return i2c_call(HW_I2C_WRITETO, n, args, kw);
}
static BUILTIN_FUN_KW(i2c_writeto_obj, Q_writeto, 1, i2c_writeto);

static obj_t i2c_writeto_then_readfrom(size_t n, const obj_t *args, map_t *kw)
{
    return i2c_call(HW_I2C_WRITETO_THEN_READFROM, n, args, kw);
}
static BUILTIN_FUN_KW(i2c_writeto_then_readfrom_obj, Q_writeto_then_readfrom, 1, i2c_writeto_then_readfrom);

/* ---- properties ---- */

/* The device's clock where it can tell (a Linux adapter's), else the one
 * asked for (a software bus never goes faster: see bitbang.h). */
static obj_t i2c_get_frequency(obj_t self)
{
    busio_i2c_t *s = i2c_self(self);
    uint32_t hz = s->frequency;
    if (hal_i2c_get_frequency(dev(s), &hz) < 0)
        hz = s->frequency;
    return obj_new_int_from_uint(hz);
}
static BUILTIN_FUN_1(i2c_get_frequency_obj, Q_frequency, i2c_get_frequency);
static const obj_property_t i2c_frequency_prop = {
    {&type_property}, (obj_t)&i2c_get_frequency_obj, OBJ_NONE, OBJ_NONE, OBJ_NONE};

static const map_elem_t i2c_locals_table[] = {
    {ROM_QSTR(Q_deinit), ROM_PTR(&hw_deinit_obj)},
    {ROM_QSTR(Q___enter__), ROM_PTR(&hw_enter_obj)},
    {ROM_QSTR(Q___exit__), ROM_PTR(&hw_exit_obj)},
    {ROM_QSTR(Q_probe), ROM_PTR(&i2c_probe_obj)},
    {ROM_QSTR(Q_scan), ROM_PTR(&i2c_scan_obj)},
    {ROM_QSTR(Q_try_lock), ROM_PTR(&i2c_try_lock_obj)},
    {ROM_QSTR(Q_unlock), ROM_PTR(&i2c_unlock_obj)},
    {ROM_QSTR(Q_readfrom_into), ROM_PTR(&i2c_readfrom_into_obj)},
    {ROM_QSTR(Q_writeto), ROM_PTR(&i2c_writeto_obj)},
    {ROM_QSTR(Q_writeto_then_readfrom), ROM_PTR(&i2c_writeto_then_readfrom_obj)},
    {ROM_QSTR(Q_frequency), ROM_PTR(&i2c_frequency_prop)},
};
MAP_ROM(busio_i2c_locals, i2c_locals_table);

void busio_i2c_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    print_fmt(p, "<%q>", ((const obj_base_t *)o)->type->name);
}

/* ---- busio.I2C ---- */

static void i2c_release(hw_obj_t *o)
{
    hw_bus_release(&((busio_i2c_t *)o)->bus);
}

/* The system fixes the clock (Linux: the device tree) and it is not the
 * one asked for: say once per process, on stderr, how to change it. The
 * backend leaves that advice only when it knows the clock differs (a
 * clock it cannot read gives no warning). */
static void warn_fixed_frequency(uint32_t hz)
{
    static bool warned;
    char hint[320];
    if (hw_hint(-HAL_ENOTSUP, hint, sizeof(hint)) && !warned) {
        warned = true;
        print_fmt(&print_stderr, "warning: busio.I2C frequency=%u cannot be set from here: %s\n", (unsigned)hz,
                  hint);
    }
}

/* Set the board bus's clock; on failure close the bus and raise. */
static void set_frequency(busio_i2c_t *s, uint32_t hz)
{
    int rc = hal_i2c_set_frequency(dev(s), hz);
    if (rc == -HAL_ENOTSUP)
        warn_fixed_frequency(hz);
    if (rc >= 0 || rc == -HAL_ENOTSUP) /* fixed by the system (Linux): fine */
        return;
    hw_bus_release(&s->bus);
    if (rc == -HAL_EINVAL || rc == -HAL_ERANGE)
        hw_raise_invalid("frequency");
    hw_raise_errno(rc, "I2C frequency");
}

static obj_t i2c_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    static const arg_spec_t spec[] = {
        {Q_scl, ARG_REQUIRED, OBJ_NULL},
        {Q_sda, ARG_REQUIRED, OBJ_NULL},
        {Q_frequency, ARG_KW_ONLY, ROM_INT(100000)},
        {Q_timeout, ARG_KW_ONLY, ROM_INT(255)},
    };
    obj_t a[4];
    arg_parse_all("I2C", n_args, n_kw, args, 4, spec, a);
    int16_t pins[HAL_BUS_MAX_PINS] = {HAL_NO_PIN, HAL_NO_PIN, HAL_NO_PIN, HAL_NO_PIN};
    pins[HAL_I2C_PIN_SCL] = hw_bus_pin_arg(a[0], "scl", false);
    pins[HAL_I2C_PIN_SDA] = hw_bus_pin_arg(a[1], "sda", false);
    intptr_t freq = hw_arg_int_min(a[2], 1, "frequency");
    if ((uintmax_t)freq > UINT32_MAX)
        hw_raise_invalid("frequency");
    (void)obj_get_int(a[3]); /* the clock-stretching timeout: bitbangio's only */

    busio_i2c_t *s = mem_alloc(sizeof(busio_i2c_t));
    s->hw.base.type = &busio_i2c_type;
    s->frequency = (uint32_t)freq;
    hw_bus_open(&s->bus, HAL_BUS_I2C, pins);
    set_frequency(s, s->frequency);
    hw_obj_register(&s->hw, i2c_release);
    return s;
}

static const busio_i2c_class_t busio_class = {.probe_raises = false};
BUSIO_I2C_TYPE(busio_i2c_type, i2c_make_new, &busio_class);
