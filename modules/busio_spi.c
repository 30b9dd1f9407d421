/*
 * The SPI binding busio.SPI and bitbangio.SPI share (see busio.h), and
 * busio.SPI's constructor: an SPI bus master on the board bus whose SCK
 * (and MOSI and MISO, where given) are the pins given.
 *
 * Chip select is the program's business (a DigitalInOut, as
 * adafruit_bus_device drives it): transfers never ask for the bus's
 * hardware chip select, except while a DigitalInOut that is a chip-select
 * proxy of a board bus on these wires is low (hw_bus_cs.h): then they go
 * to that bus's node with its chip select held. Each method is one HAL
 * transfer; frequency is the clock the device chose in the last configure
 * (made at construction with the defaults, so it is meaningful before the
 * first configure()).
 */
#include "busio.h"
#include "hw_bus_cs.h"
#include "mem.h"
#include "runtime.h"

extern const type_t busio_spi_type;

static busio_spi_t *spi_self(obj_t self)
{
    busio_spi_t *s = self;
    hw_obj_check(&s->hw);
    return s;
}

/* Checked for deinit, then for the lock, before the arguments. */
static busio_spi_t *spi_locked(obj_t self)
{
    busio_spi_t *s = spi_self(self);
    hw_bus_check_lock(&s->bus);
    return s;
}

static const busio_spi_class_t *spi_class(const busio_spi_t *s)
{
    return s->hw.base.type->protocol;
}

/* Apply a configuration; the device's refusals as CircuitPython reports
 * them (an unsupported word size as NotImplementedError, the rest EIO). */
static void configure(busio_spi_t *s, uint32_t baudrate, uint8_t polarity, uint8_t phase, uint8_t bits)
{
    hal_spi_config_t cfg = {baudrate, polarity, phase, bits, 0};
    uint32_t actual = baudrate;
    int rc = hal_spi_configure(s->bus.dev, &cfg, &actual);
    if (rc == -HAL_ENOTSUP && bits != 8)
        hw_raise_errno(rc, bits == 9 ? "SPI with 9-bit words" : "this SPI word size");
    hw_bus_check(rc, "this SPI configuration");
    s->cfg = cfg;
    s->frequency = actual;
}

void busio_spi_start(busio_spi_t *s, hw_release_fn release)
{
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        configure(s, 100000, 0, 0, 8);
        nlr_pop();
    } else {
        release(&s->hw);
        nlr_jump(nlr.value);
    }
    hw_obj_register(&s->hw, release);
}

/* ---- life cycle and lock ---- */

static obj_t spi_try_lock(obj_t self)
{
    return obj_new_bool(hw_bus_try_lock(&spi_self(self)->bus));
}
static BUILTIN_FUN_1(spi_try_lock_obj, Q_try_lock, spi_try_lock);

static obj_t spi_unlock(obj_t self)
{
    hw_bus_unlock(&spi_self(self)->bus);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(spi_unlock_obj, Q_unlock, spi_unlock);

static uint32_t baudrate_arg(const busio_spi_t *s, obj_t o)
{
    intptr_t v = hw_arg_int_min(o, 1, "baudrate");
    if ((uintmax_t)v <= UINT32_MAX)
        return (uint32_t)v;
    if (!spi_class(s)->saturate)
        hw_raise_invalid("baudrate");
    return UINT32_MAX;
}

static obj_t spi_configure(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {
        {Q_baudrate, ARG_KW_ONLY, ROM_INT(100000)},
        {Q_polarity, ARG_KW_ONLY, ROM_INT(0)},
        {Q_phase, ARG_KW_ONLY, ROM_INT(0)},
        {Q_bits, ARG_KW_ONLY, ROM_INT(8)},
    };
    busio_spi_t *s = spi_locked(args[0]);
    obj_t a[4];
    arg_parse("configure", n - 1, args + 1, kw, 4, spec, a);
    uint8_t polarity = (uint8_t)hw_arg_int_range(a[1], 0, 1, "polarity");
    uint8_t phase = (uint8_t)hw_arg_int_range(a[2], 0, 1, "phase");
    uint8_t bits = (uint8_t)hw_arg_int_range(a[3], 8, 9, "bits");
    configure(s, baudrate_arg(s, a[0]), polarity, phase, bits);
    return OBJ_NONE;
}
static BUILTIN_FUN_KW(spi_configure_obj, Q_configure, 1, spi_configure);

/* ---- transfers ---- */

/* ValueError unless s has the pins method needs (once there is something
 * to move). */
static void check_pins(const busio_spi_t *s, int method)
{
    const char *const *missing = spi_class(s)->missing;
    bool no_mosi = method != HW_SPI_READINTO && !s->has_mosi;
    bool no_miso = method != HW_SPI_WRITE && !s->has_miso;
    if (!no_mosi && !no_miso)
        return;
    if (missing)
        raise_msg(&type_ValueError, missing[method]);
    raise_fmt(&type_ValueError, "No %s pin", no_mosi ? "mosi" : "miso");
}

/* The arguments of method, with the class's rules for words. */
static void transfer_args(const busio_spi_t *s, int method, size_t n, const obj_t *args, map_t *kw,
                          hw_spi_args_t *a)
{
    bool words = spi_class(s)->words;
    hw_bus_spi_args(method, n, args, kw, words ? (1u << s->cfg.bits) - 1 : 255, a);
    if (words && s->cfg.bits > 8 && (a->out.len % 2 || a->in.len % 2))
        raise_msg(&type_ValueError, "buffer length must be a multiple of 2 for 9-bit words");
}

static void transfer(const busio_spi_t *s, const uint8_t *tx, uint8_t *rx, size_t len, unsigned fill)
{
    const hal_spi_dev_t *d = s->bus.dev;
    uint8_t flags = 0;
    hw_bus_cs_route(&s->bus, &s->cfg, &d, &flags);
    hal_spi_xfer_t x = {tx, rx, len, (uint16_t)fill, flags};
    hw_bus_check(hal_spi_transfer(d, &x, 1), "this SPI transfer");
}

/* write, readinto or write_readinto (HW_SPI_*). An empty slice does
 * nothing, before any pin is asked for. */
static obj_t spi_call(int method, size_t n, const obj_t *args, map_t *kw)
{
    busio_spi_t *s = spi_locked(args[0]);
    hw_spi_args_t a;
    transfer_args(s, method, n - 1, args + 1, kw, &a);
    size_t len = method == HW_SPI_WRITE ? a.out.len : a.in.len;
    if (len == 0)
        return OBJ_NONE;
    check_pins(s, method);
    transfer(s, method == HW_SPI_READINTO ? NULL : a.out.buf, method == HW_SPI_WRITE ? NULL : a.in.buf, len, a.fill);
    return OBJ_NONE;
}

static obj_t spi_write(size_t n, const obj_t *args, map_t *kw)
{
    return spi_call(HW_SPI_WRITE, n, args, kw);
}
static BUILTIN_FUN_KW(spi_write_obj, Q_write, 1, spi_write);

static obj_t spi_readinto(size_t n, const obj_t *args, map_t *kw)
{
    return spi_call(HW_SPI_READINTO, n, args, kw);
}
static BUILTIN_FUN_KW(spi_readinto_obj, Q_readinto, 1, spi_readinto);

static obj_t spi_write_readinto(size_t n, const obj_t *args, map_t *kw)
{
    return spi_call(HW_SPI_WRITE_READINTO, n, args, kw);
}
static BUILTIN_FUN_KW(spi_write_readinto_obj, Q_write_readinto, 1, spi_write_readinto);

/* ---- properties ---- */

static obj_t spi_get_frequency(obj_t self)
{
    return obj_new_int_from_uint(spi_self(self)->frequency);
}
static BUILTIN_FUN_1(spi_get_frequency_obj, Q_frequency, spi_get_frequency);
static const obj_property_t spi_frequency_prop = {
    {&type_property}, (obj_t)&spi_get_frequency_obj, OBJ_NONE, OBJ_NONE, OBJ_NONE};

static const map_elem_t spi_locals_table[] = {
    {ROM_QSTR(Q_deinit), ROM_PTR(&hw_deinit_obj)},
    {ROM_QSTR(Q___enter__), ROM_PTR(&hw_enter_obj)},
    {ROM_QSTR(Q___exit__), ROM_PTR(&hw_exit_obj)},
    {ROM_QSTR(Q_configure), ROM_PTR(&spi_configure_obj)},
    {ROM_QSTR(Q_try_lock), ROM_PTR(&spi_try_lock_obj)},
    {ROM_QSTR(Q_unlock), ROM_PTR(&spi_unlock_obj)},
    {ROM_QSTR(Q_write), ROM_PTR(&spi_write_obj)},
    {ROM_QSTR(Q_readinto), ROM_PTR(&spi_readinto_obj)},
    {ROM_QSTR(Q_write_readinto), ROM_PTR(&spi_write_readinto_obj)},
    {ROM_QSTR(Q_frequency), ROM_PTR(&spi_frequency_prop)},
};
MAP_ROM(busio_spi_locals, spi_locals_table);

void busio_spi_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    print_fmt(p, "<%q>", ((const obj_base_t *)o)->type->name);
}

/* ---- busio.SPI ---- */

static void spi_release(hw_obj_t *o)
{
    hw_bus_release(&((busio_spi_t *)o)->bus);
}

static obj_t spi_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    static const arg_spec_t spec[] = {
        {Q_clock, ARG_REQUIRED, OBJ_NULL},
        {Q_MOSI, 0, OBJ_NONE},
        {Q_MISO, 0, OBJ_NONE},
        {Q_half_duplex, ARG_KW_ONLY, OBJ_FALSE},
    };
    obj_t a[4];
    arg_parse_all("SPI", n_args, n_kw, args, 4, spec, a);
    int16_t pins[HAL_BUS_MAX_PINS] = {HAL_NO_PIN, HAL_NO_PIN, HAL_NO_PIN, HAL_NO_PIN};
    pins[HAL_SPI_PIN_SCK] = hw_bus_pin_arg(a[0], "clock", false);
    pins[HAL_SPI_PIN_MOSI] = hw_bus_pin_arg(a[1], "mosi", true);
    pins[HAL_SPI_PIN_MISO] = hw_bus_pin_arg(a[2], "miso", true);
    if (pins[HAL_SPI_PIN_MOSI] == HAL_NO_PIN && pins[HAL_SPI_PIN_MISO] == HAL_NO_PIN)
        raise_msg(&type_ValueError, "Must provide MISO or MOSI pin");
    if (obj_is_true(a[3]))
        raise_msg(&type_NotImplementedError, "Half duplex SPI is not implemented");

    busio_spi_t *s = mem_alloc(sizeof(busio_spi_t));
    s->hw.base.type = &busio_spi_type;
    s->has_mosi = pins[HAL_SPI_PIN_MOSI] != HAL_NO_PIN;
    s->has_miso = pins[HAL_SPI_PIN_MISO] != HAL_NO_PIN;
    hw_bus_open(&s->bus, HAL_BUS_SPI, pins);
    busio_spi_start(s, spi_release);
    return s;
}

static const busio_spi_class_t busio_class = {.missing = NULL, .words = false, .saturate = false};
BUSIO_SPI_TYPE(busio_spi_type, spi_make_new, &busio_class);
