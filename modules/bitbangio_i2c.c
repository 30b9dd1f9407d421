/*
 * bitbangio.I2C: an I2C controller in software on two GPIO lines, with
 * busio.I2C's API, locks and messages.
 *
 * Electrical model: both lines are open drain; the board only ever pulls
 * a line low or lets it go, and pull-up resistors (on the device or the
 * board) raise it. Where the backend has open-drain outputs a line is one
 * (write 0 = pull low, write 1 = let go, read = the line's real level);
 * where it declines them (-HAL_ENOTSUP at claim, e.g. FTDI GPIO) the line
 * is emulated by switching between an input (let go) and an output
 * driving 0. Either way the level is read back, which is how ACK bits, read
 * data and clock stretching are seen.
 *
 * Protocol (the I2C-bus specification, standard mode timing scaled by the
 * frequency): every bit is SDA set while SCL is low, SCL let go for half a
 * period (a device may hold it low: clock stretching, waited for up to
 * `timeout` microseconds, else -HAL_ETIMEDOUT), SCL low again. START is
 * SDA falling while SCL is high; STOP is SDA rising while SCL is high.
 * Bytes go MSB first and are followed by an acknowledge bit from the
 * receiver (0 = ACK). An address byte without ACK is -HAL_ENODEV; a data
 * byte without ACK is -HAL_EIO. Every failure still ends with a STOP so the
 * bus is left idle when the lines allow it.
 */
#include "mem.h"
#include "mod_bitbangio.h"
#include "obj_list.h"
#include "port.h"
#include "runtime.h"

#define TRY(x)                                                                                             \
    do {                                                                                                   \
        int rc_ = (x);                                                                                     \
        if (rc_)                                                                                           \
            return rc_;                                                                                    \
    } while (0)

/* One open-drain line. */
typedef struct od_line {
    hal_gpio_line_t gpio;
    uint16_t pin;
    bool native; /* an open-drain output; else input/output-low emulation */
} od_line_t;

typedef struct i2c_bus {
    od_line_t scl, sda;
    mod_bitbangio_pace_t pace;
    uint32_t timeout_us;
} i2c_bus_t;

typedef struct bitbangio_i2c {
    hw_obj_t hw;
    bool locked;
    uint32_t frequency; /* as asked for */
    i2c_bus_t bus;
} bb_i2c_t;

/* ---- lines ---- */

/* Let the line go (high) or pull it low. */
static int od_set(od_line_t *l, int high)
{
    if (l->native)
        return hal_gpio_line_write(&l->gpio, high);
    hal_gpio_config_t let_go = {.direction = HAL_GPIO_INPUT};
    hal_gpio_config_t low = {.direction = HAL_GPIO_OUTPUT, .value = 0};
    const hal_gpio_config_t *c = high ? &let_go : &low;
    if (l->gpio.cfg.direction == c->direction)
        return 0;
    return hal_gpio_line_reconfigure(&l->gpio, c);
}

static int od_get(const od_line_t *l, int *v)
{
    return hal_gpio_line_read(&l->gpio, v);
}

/* 0, or -HAL_EINTR when the program is interrupted: the transfer then
 * ends with a STOP (stop() goes on regardless) and KeyboardInterrupt. */
static int half(i2c_bus_t *b)
{
    return mod_bitbangio_pace_half(&b->pace);
}

/* A half period of the STOP, which is sent even after an interrupt: then
 * at standard-mode timing (5 us), which every device accepts, rather than
 * at a clock that may be arbitrarily slow. */
static void stop_half(i2c_bus_t *b)
{
    if (half(b) == 0)
        return;
    uint64_t due = port_ticks_ns() + 5000u;
    while (port_ticks_ns() < due) {
    }
}

/* Let SCL go and wait while a device stretches the clock. */
static int scl_high(i2c_bus_t *b)
{
    TRY(od_set(&b->scl, 1));
    uint64_t start = port_ticks_ns(), limit = (uint64_t)b->timeout_us * 1000u;
    for (;;) {
        int v = 0;
        TRY(od_get(&b->scl, &v));
        if (v)
            return 0;
        if (port_ticks_ns() - start > limit)
            return -HAL_ETIMEDOUT;
    }
}

/* ---- bits and conditions (each starts and ends with SCL low, except
 * start() entered from an idle bus and stop() leaving it idle) ---- */

static int start(i2c_bus_t *b)
{
    int sda = 0;
    TRY(od_set(&b->sda, 1));
    TRY(half(b));
    TRY(scl_high(b));
    TRY(half(b));
    TRY(od_get(&b->sda, &sda));
    if (!sda) /* a device holds SDA: the bus is not free */
        return -HAL_EIO;
    TRY(od_set(&b->sda, 0));
    TRY(half(b));
    return od_set(&b->scl, 0);
}

/* Lets SDA go even when SCL stays low, so a master that gave up on a
 * stretching device leaves both lines released. */
static int stop(i2c_bus_t *b)
{
    TRY(od_set(&b->sda, 0));
    stop_half(b);
    int rc = scl_high(b);
    stop_half(b);
    int rc2 = od_set(&b->sda, 1);
    stop_half(b);
    return rc ? rc : rc2;
}

static int write_bit(i2c_bus_t *b, int bit)
{
    TRY(od_set(&b->sda, bit));
    TRY(half(b));
    TRY(scl_high(b));
    TRY(half(b));
    return od_set(&b->scl, 0);
}

static int read_bit(i2c_bus_t *b, int *bit)
{
    TRY(od_set(&b->sda, 1));
    TRY(half(b));
    TRY(scl_high(b));
    TRY(half(b));
    TRY(od_get(&b->sda, bit));
    return od_set(&b->scl, 0);
}

/* *acked: the receiver pulled SDA low in the ninth clock. */
static int write_byte(i2c_bus_t *b, uint8_t byte, bool *acked)
{
    int nack = 1;
    for (int i = 7; i >= 0; i--)
        TRY(write_bit(b, (byte >> i) & 1));
    TRY(read_bit(b, &nack));
    *acked = !nack;
    return 0;
}

/* ack: acknowledge the byte (more to come), else NACK (the last one). */
static int read_byte(i2c_bus_t *b, uint8_t *byte, bool ack)
{
    unsigned v = 0;
    for (int i = 0; i < 8; i++) {
        int bit = 0;
        TRY(read_bit(b, &bit));
        v = (v << 1) | (unsigned)(bit != 0);
    }
    *byte = (uint8_t)v;
    return write_bit(b, !ack);
}

/* ---- transactions ---- */

static int message(i2c_bus_t *b, const hal_i2c_msg_t *m)
{
    bool rd = (m->flags & HAL_I2C_READ) != 0, acked = false;
    TRY(start(b));
    TRY(write_byte(b, (uint8_t)(m->addr << 1 | rd), &acked));
    if (!acked)
        return -HAL_ENODEV;
    if (rd && m->len == 0) { /* the device already drives data: take a byte, NACK it */
        uint8_t dummy;
        return read_byte(b, &dummy, false);
    }
    for (size_t i = 0; i < m->len; i++) {
        if (rd) {
            TRY(read_byte(b, &m->buf[i], i + 1 < m->len));
        } else {
            TRY(write_byte(b, m->buf[i], &acked));
            if (!acked)
                return -HAL_EIO;
        }
    }
    return 0;
}

/* hal_i2c_transfer's semantics (repeated START after a HAL_I2C_NOSTOP
 * message, STOP after the others and the last), done in software. */
static int transfer(i2c_bus_t *b, hal_i2c_msg_t *msgs, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        int rc = message(b, &msgs[i]);
        if (rc) {
            (void)stop(b); /* best effort: the first error is the one to report */
            return rc;
        }
        if (i + 1 == n || !(msgs[i].flags & HAL_I2C_NOSTOP))
            TRY(stop(b));
    }
    return 0;
}

static int probe(i2c_bus_t *b, uint8_t addr)
{
    hal_i2c_msg_t m = {addr, 0, NULL, 0};
    return transfer(b, &m, 1);
}

/* ---- claiming ---- */

/* Claim pin as an open-drain line let go; fall back to the emulation when
 * the backend has no open-drain outputs. Raises like hw_gpio_claim. */
static void claim_od(od_line_t *l, const hw_pin_t *pin)
{
    hal_gpio_config_t od = {.direction = HAL_GPIO_OUTPUT, .drive = HAL_GPIO_OPEN_DRAIN, .value = 1};
    l->pin = pin->index;
    l->native = true;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        hw_gpio_claim(&l->gpio, pin->index, &od);
        nlr_pop();
        return;
    }
    if (!exception_is(nlr.value, &type_NotImplementedError))
        raise_obj(nlr.value);
    hal_gpio_config_t in = {.direction = HAL_GPIO_INPUT};
    l->native = false;
    hw_gpio_claim(&l->gpio, pin->index, &in);
}

static void release_od(od_line_t *l)
{
    if (l->gpio.claimed)
        hw_gpio_release(&l->gpio, l->pin);
}

static void i2c_release(hw_obj_t *o)
{
    bb_i2c_t *i = (bb_i2c_t *)o;
    release_od(&i->bus.scl);
    release_od(&i->bus.sda);
    i->locked = false;
}

/* Claim both lines and check that something pulls them up; on any error
 * nothing stays claimed. */
static void claim_lines(bb_i2c_t *i, const hw_pin_t *scl, const hw_pin_t *sda)
{
    claim_od(&i->bus.scl, scl);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        claim_od(&i->bus.sda, sda);
        int vscl = 0, vsda = 0;
        hw_bus_check(od_get(&i->bus.scl, &vscl), "I2C");
        hw_bus_check(od_get(&i->bus.sda, &vsda), "I2C");
        if (!vscl || !vsda)
            raise_msg(&type_RuntimeError, "No pull up found on SDA or SCL; check your wiring");
        nlr_pop();
    } else {
        i2c_release(&i->hw);
        raise_obj(nlr.value);
    }
}

/* ---- the Python type ---- */

static bb_i2c_t *i2c_self(obj_t self)
{
    bb_i2c_t *i = self;
    hw_obj_check(&i->hw);
    return i;
}

static bb_i2c_t *i2c_locked(obj_t self)
{
    bb_i2c_t *i = i2c_self(self);
    mod_bitbangio_check_lock(i->locked);
    return i;
}

static obj_t i2c_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    static const arg_spec_t spec[] = {
        {Q_scl, ARG_REQUIRED, OBJ_NULL},
        {Q_sda, ARG_REQUIRED, OBJ_NULL},
        {Q_frequency, ARG_KW_ONLY, ROM_INT(400000)},
        {Q_timeout, ARG_KW_ONLY, ROM_INT(255)},
    };
    obj_t a[4];
    arg_parse_all("I2C", n_args, n_kw, args, 4, spec, a);
    const hw_pin_t *scl = hw_pin_arg(a[0], "scl"), *sda = hw_pin_arg(a[1], "sda");
    int16_t pins[2] = {(int16_t)scl->index, (int16_t)sda->index};
    hw_bus_check_free(pins, 2);
    uint32_t hz = (uint32_t)hw_arg_int_range(a[2], 1, INT32_MAX, "frequency");
    uint32_t timeout = mod_bitbangio_u32(hw_arg_int_min(a[3], 0, "timeout"));
    bb_i2c_t *i = mem_alloc(sizeof(bb_i2c_t));
    i->hw.base.type = &bitbangio_i2c_type;
    i->frequency = hz;
    i->bus.timeout_us = timeout;
    claim_lines(i, scl, sda);
    mod_bitbangio_pace_init(&i->bus.pace, &i->bus.scl.gpio, hz);
    hw_obj_register(&i->hw, i2c_release);
    return i;
}

static obj_t i2c_try_lock(obj_t self)
{
    bb_i2c_t *i = i2c_self(self);
    if (i->locked)
        return OBJ_FALSE;
    i->locked = true;
    return OBJ_TRUE;
}
static BUILTIN_FUN_1(i2c_try_lock_obj, Q_try_lock, i2c_try_lock);

static obj_t i2c_unlock(obj_t self)
{
    i2c_self(self)->locked = false;
    return OBJ_NONE;
}
static BUILTIN_FUN_1(i2c_unlock_obj, Q_unlock, i2c_unlock);

/* As busio: an address nobody acknowledges, or a bus a device holds
 * (-HAL_EIO), is False; a timeout or Ctrl-C raises. */
static bool probed(bb_i2c_t *i, uint8_t addr)
{
    int rc = probe(&i->bus, addr);
    if (rc == 0)
        return true;
    if (rc != -HAL_ENODEV && rc != -HAL_EIO)
        hw_bus_check(rc, "I2C probe");
    return false;
}

static obj_t i2c_probe(obj_t self, obj_t address)
{
    bb_i2c_t *i = i2c_locked(self);
    return obj_new_bool(probed(i, (uint8_t)hw_bus_i2c_address(address)));
}
static BUILTIN_FUN_2(i2c_probe_obj, Q_probe, i2c_probe);

/* 0x00-0x07 and 0x78-0x7f are reserved addresses: not scanned. */
static obj_t i2c_scan(obj_t self)
{
    bb_i2c_t *i = i2c_locked(self);
    obj_t list = obj_new_list(0, NULL);
    for (uint8_t addr = 0x08; addr <= 0x77; addr++) {
        runtime_check_interrupt();
        if (probed(i, addr))
            list_append(list, obj_new_small_int(addr));
    }
    return list;
}
static BUILTIN_FUN_1(i2c_scan_obj, Q_scan, i2c_scan);

static void run(bb_i2c_t *i, hal_i2c_msg_t *msgs, size_t n)
{
    hw_bus_check(transfer(&i->bus, msgs, n), "I2C");
}

/* readfrom_into, writeto or writeto_then_readfrom (HW_I2C_*). */
static obj_t i2c_call(int method, size_t n, const obj_t *args, map_t *kw)
{
    bb_i2c_t *i = i2c_locked(args[0]);
    hal_i2c_msg_t m[2];
    run(i, m, hw_bus_i2c_args(method, n - 1, args + 1, kw, m));
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

/* The clock asked for: the pace never goes faster (see mod_bitbangio.h). */
static obj_t i2c_get_frequency(obj_t self)
{
    return obj_new_int_from_uint(i2c_self(self)->frequency);
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
static MAP_ROM(i2c_locals, i2c_locals_table);

static void i2c_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)o;
    (void)kind;
    print_str(p, "<I2C>");
}

const type_t bitbangio_i2c_type = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_I2C,
    .print = i2c_print,
    .make_new = i2c_make_new,
    .attr = hw_attr,
    .locals = &i2c_locals,
};
