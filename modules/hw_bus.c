/*
 * The shared bus layer (see hw_bus.h): board-bus lookup, opening and
 * closing, the per-physical-bus lock, errno mapping and buffer slicing.
 *
 * Invariants:
 *  - phys[i].leader != NULL exactly while physical bus i has users
 *    (phys[i].users > 0); its pins[] are claimed on its behalf meanwhile.
 *  - devs[j].bus != NULL exactly while that board bus's device is open
 *    (devs[j].users > 0); the devices of a physical bus are open only
 *    while it has users, and the users of its devices add up to its own.
 *  - phys[i].owner is NULL or one of its users (an open hw_bus_t, alive:
 *    every user sits in a registered hardware object).
 *  - An hw_bus_t is open exactly when its dev is non-NULL; then, unless
 *    it is own (board NULL, phys and slot unused), it counts once in
 *    phys[b->phys].users and in devs[b->slot].users.
 */
#include "hw_bus.h"
#include "hw_bus_cs.h"
#include "mod_array.h"
#include "obj_str.h"
#include "runtime.h"

typedef union bus_dev {
    hal_i2c_dev_t i2c;
    hal_spi_dev_t spi;
    hal_uart_dev_t uart;
} bus_dev_t;

typedef struct dev_slot {
    const hal_board_bus_t *bus; /* NULL: free */
    bus_dev_t dev;
    uint16_t users;
} dev_slot_t;

typedef struct phys_slot {
    const hal_board_bus_t *leader; /* first board bus on these wires; NULL: free */
    const hw_bus_t *owner;         /* lock holder, or NULL */
    uint16_t users;
    int16_t pins[HAL_BUS_MAX_PINS]; /* claimed for this bus, HAL_NO_PIN-padded */
} phys_slot_t;

static dev_slot_t devs[HW_BUS_MAX];
static phys_slot_t phys[HW_BUS_MAX];

static const char *const kind_names[HAL_BUS_KINDS] = {"I2C", "SPI", "UART"};

/* The roles whose pins make a bus's wires (not chip select, RTS, CTS). */
static const uint8_t n_data_roles[HAL_BUS_KINDS] = {2, 3, 2};

/* ---- finding ---- */

const hal_board_bus_t *hw_bus_find(int kind, const int16_t pins[HAL_BUS_MAX_PINS])
{
    const hal_board_t *b = hw_system()->board;
    for (size_t i = 0; i < b->n_buses; i++) {
        const hal_board_bus_t *bus = &b->buses[i];
        bool match = bus->kind == kind;
        for (size_t r = 0; match && r < HAL_BUS_MAX_PINS; r++)
            match = pins[r] == HAL_NO_PIN || pins[r] == bus->pins[r];
        if (match)
            return bus;
    }
    return NULL;
}

static bool same_wires(const hal_board_bus_t *a, const hal_board_bus_t *b)
{
    if (a->kind != b->kind)
        return false;
    for (size_t r = 0; r < n_data_roles[a->kind]; r++)
        if (a->pins[r] != b->pins[r])
            return false;
    return true;
}

/* The first board bus on the same wires as bus: names its physical bus. */
static const hal_board_bus_t *leader_of(const hal_board_bus_t *bus)
{
    const hal_board_t *b = hw_system()->board;
    for (size_t i = 0; i < b->n_buses; i++)
        if (same_wires(&b->buses[i], bus))
            return &b->buses[i];
    return bus;
}

int16_t hw_bus_pin_arg(obj_t o, const char *name, bool or_none)
{
    if (or_none && o == OBJ_NONE)
        return HAL_NO_PIN;
    size_t index = hw_pin_arg(o, name)->index;
    if (hw_pin_in_use(index))
        hw_raise_in_use(index);
    return (int16_t)index;
}

void hw_bus_check_free(const int16_t *pins, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (pins[i] != HAL_NO_PIN && hw_pin_in_use((size_t)pins[i]))
            hw_raise_in_use((size_t)pins[i]);
}

static bool distinct(const int16_t pins[HAL_BUS_MAX_PINS])
{
    for (size_t i = 0; i < HAL_BUS_MAX_PINS; i++)
        for (size_t j = i + 1; j < HAL_BUS_MAX_PINS; j++)
            if (pins[i] != HAL_NO_PIN && pins[i] == pins[j])
                return false;
    return true;
}

/* ---- devices ---- */

static _Noreturn void raise_busy(int kind)
{
    raise_fmt(&type_ValueError, "%s peripheral in use", kind_names[kind]);
}

static _Noreturn void raise_full(int kind)
{
    raise_fmt(&type_ValueError, "All %s peripherals are in use", kind_names[kind]);
}

static int open_dev(hal_system_t *sys, const hal_board_bus_t *bus, bus_dev_t *d)
{
    const hal_backend_t *be = sys->backend;
    int rc = -HAL_ENOTSUP;
    switch (bus->kind) {
    case HAL_BUS_I2C:
        if (be->i2c_open && (rc = be->i2c_open(sys, bus, &d->i2c)) == 0 && !d->i2c.ops)
            rc = -HAL_EIO;
        break;
    case HAL_BUS_SPI:
        if (be->spi_open && (rc = be->spi_open(sys, bus, &d->spi)) == 0 && !d->spi.ops)
            rc = -HAL_EIO;
        break;
    case HAL_BUS_UART:
        if (be->uart_open && (rc = be->uart_open(sys, bus, &d->uart)) == 0 && !d->uart.ops)
            rc = -HAL_EIO;
        break;
    }
    return rc;
}

static void close_dev(dev_slot_t *s)
{
    bus_dev_t *d = &s->dev;
    switch (s->bus->kind) {
    case HAL_BUS_I2C:
        if (d->i2c.ops->close)
            d->i2c.ops->close(&d->i2c);
        break;
    case HAL_BUS_SPI:
        if (d->spi.ops->close)
            d->spi.ops->close(&d->spi);
        break;
    case HAL_BUS_UART:
        if (d->uart.ops->close)
            d->uart.ops->close(&d->uart);
        break;
    }
    *s = (dev_slot_t){0};
}

/* The slot of bus's open device, or a free slot (bus NULL), or NULL. */
static dev_slot_t *dev_slot_for(const hal_board_bus_t *bus)
{
    dev_slot_t *free_slot = NULL;
    for (size_t i = 0; i < HW_BUS_MAX; i++) {
        if (devs[i].bus == bus)
            return &devs[i];
        if (!devs[i].bus && !free_slot)
            free_slot = &devs[i];
    }
    return free_slot;
}

/* Make s (from dev_slot_for) hold bus's open device, one more user. */
static void use_dev(dev_slot_t *s, const hal_board_bus_t *bus)
{
    if (!s->bus) {
        int rc = open_dev(hw_system(), bus, &s->dev);
        if (rc == -HAL_EBUSY)
            raise_busy(bus->kind);
        if (rc < 0) {
            s->dev = (bus_dev_t){0};
            hw_raise_errno(rc, kind_names[bus->kind]);
        }
        s->bus = bus;
    }
    s->users++;
}

static void set_user(hw_bus_t *b, const hal_board_bus_t *bus, const phys_slot_t *p, dev_slot_t *s)
{
    b->board = bus;
    b->dev = &s->dev;
    b->kind = bus->kind;
    b->phys = (uint8_t)(p - phys);
    b->slot = (uint8_t)(s - devs);
}

/* ---- opening and closing ---- */

void hw_bus_open(hw_bus_t *b, int kind, const int16_t pins[HAL_BUS_MAX_PINS])
{
    *b = (hw_bus_t){0};
    hw_state_ensure(); /* first: it closes what an ended VM left open */
    const hal_board_bus_t *bus = hw_bus_find(kind, pins);
    if (!bus || !distinct(pins))
        hw_raise_invalid("pins");
    hw_bus_check_free(pins, HAL_BUS_MAX_PINS);
    const hal_board_bus_t *leader = leader_of(bus);
    phys_slot_t *p = NULL;
    for (size_t i = 0; i < HW_BUS_MAX; i++) {
        if (phys[i].leader == leader)
            raise_busy(kind);
        if (!phys[i].leader && !p)
            p = &phys[i];
    }
    dev_slot_t *s = dev_slot_for(bus);
    if (!p || !s)
        raise_full(kind);
    use_dev(s, bus); /* the last step that may raise */
    *p = (phys_slot_t){.leader = leader, .users = 1};
    for (size_t r = 0; r < HAL_BUS_MAX_PINS; r++) {
        p->pins[r] = pins[r];
        if (pins[r] != HAL_NO_PIN)
            hw_pin_claim((size_t)pins[r]);
    }
    set_user(b, bus, p, s);
}

void hw_bus_open_own(hw_bus_t *b, int kind, const void *dev)
{
    *b = (hw_bus_t){.dev = dev, .kind = (uint8_t)kind, .own = true};
}

void hw_bus_attach(hw_bus_t *b, const hw_bus_t *on, const hal_board_bus_t *via)
{
    *b = (hw_bus_t){0};
    if (!hw_bus_is_open(on))
        hw_raise_deinited();
    if (on->own)
        hw_raise_invalid("pins");
    phys_slot_t *p = &phys[on->phys];
    if (!via)
        via = on->board;
    if (leader_of(via) != p->leader)
        hw_raise_invalid("pins");
    dev_slot_t *s = dev_slot_for(via);
    if (!s)
        raise_full(via->kind);
    use_dev(s, via);
    p->users++;
    set_user(b, via, p, s);
}

static void free_phys(phys_slot_t *p)
{
    for (size_t r = 0; r < HAL_BUS_MAX_PINS; r++)
        if (p->pins[r] != HAL_NO_PIN)
            hw_pin_unclaim((size_t)p->pins[r]);
    *p = (phys_slot_t){0};
}

void hw_bus_release(hw_bus_t *b)
{
    if (!hw_bus_is_open(b) || b->own) {
        *b = (hw_bus_t){0};
        return;
    }
    phys_slot_t *p = &phys[b->phys];
    dev_slot_t *s = &devs[b->slot];
    if (s->bus != b->board || !p->leader) {
        /* the tables were emptied under us (hw_bus_release_all or a new
           system): the bus is closed already */
        *b = (hw_bus_t){0};
        return;
    }
    if (p->owner == b)
        p->owner = NULL;
    if (--s->users == 0)
        close_dev(s);
    if (--p->users == 0)
        free_phys(p);
    *b = (hw_bus_t){0};
}

bool hw_bus_live(const hw_bus_t *b)
{
    return hw_bus_is_open(b) && (b->own || (devs[b->slot].bus == b->board && phys[b->phys].leader));
}

bool hw_bus_on_wires(const hw_bus_t *b, const hal_board_bus_t *bus)
{
    return hw_bus_live(b) && !b->own && leader_of(bus) == phys[b->phys].leader;
}

bool hw_bus_join(hw_bus_t *b, const hal_board_bus_t *via)
{
    *b = (hw_bus_t){0};
    const hal_board_bus_t *leader = leader_of(via);
    for (size_t i = 0; i < HW_BUS_MAX; i++) {
        if (phys[i].leader != leader)
            continue;
        dev_slot_t *s = dev_slot_for(via);
        if (!s)
            raise_full(via->kind);
        use_dev(s, via);
        phys[i].users++;
        set_user(b, via, &phys[i], s);
        return true;
    }
    return false;
}

int hw_bus_probe(const hal_board_bus_t *bus)
{
    for (size_t i = 0; i < HW_BUS_MAX; i++)
        if (devs[i].bus == bus)
            return 0;
    dev_slot_t probe = {0};
    int rc = open_dev(hw_system(), bus, &probe.dev);
    if (rc == 0) {
        probe.bus = bus;
        close_dev(&probe);
    }
    return rc;
}

void hw_bus_release_all(void)
{
    hw_bus_cs_forget_all(); /* their objects are gone or going */
    for (size_t i = 0; i < HW_BUS_MAX; i++)
        if (devs[i].bus)
            close_dev(&devs[i]);
    for (size_t i = 0; i < HW_BUS_MAX; i++)
        if (phys[i].leader)
            free_phys(&phys[i]);
}

void hw_bus_forget_all(void)
{
    hw_bus_cs_forget_all();
    for (size_t i = 0; i < HW_BUS_MAX; i++) {
        devs[i] = (dev_slot_t){0};
        phys[i] = (phys_slot_t){0};
    }
}

/* ---- the lock (an own bus's is its own_locked) ---- */

bool hw_bus_try_lock(hw_bus_t *b)
{
    if (!hw_bus_is_open(b) || (b->own ? b->own_locked : phys[b->phys].owner != NULL))
        return false;
    if (b->own)
        b->own_locked = true;
    else
        phys[b->phys].owner = b;
    return true;
}

void hw_bus_unlock(hw_bus_t *b)
{
    if (!hw_bus_has_lock(b))
        return;
    if (b->own)
        b->own_locked = false;
    else
        phys[b->phys].owner = NULL;
}

bool hw_bus_has_lock(const hw_bus_t *b)
{
    return hw_bus_is_open(b) && (b->own ? b->own_locked : phys[b->phys].owner == b);
}

void hw_bus_check_lock(const hw_bus_t *b)
{
    if (!hw_bus_has_lock(b))
        raise_msg(&type_RuntimeError, "Function requires lock");
}

/* ---- results ---- */

void hw_bus_check(int rc, const char *what)
{
    if (rc >= 0)
        return;
    /* through hw_raise_errno, so a backend's hint for the errno rides along */
    switch (-rc) {
    case HAL_ENODEV:
    case HAL_ENXIO:
    case HAL_EREMOTEIO:
        hw_raise_errno(-HAL_ENODEV, what);
    case HAL_ETIMEDOUT:
    case HAL_ENOTSUP:
    case HAL_ENOSYS:
    /* not failures of the bus but of access to it: say which */
    case HAL_EBUSY:
    case HAL_EACCES:
    case HAL_EPERM:
    case HAL_ENOMEM:
        hw_raise_errno(rc, what);
    case HAL_EINTR:
        runtime_check_interrupt();
        hw_raise_errno(-HAL_EIO, what);
    default:
        hw_raise_errno(-HAL_EIO, what);
    }
}

/* ---- buffers ---- */

/* A slice bound on n items, Python's rules; None and OBJ_NULL give dflt. */
static size_t bound(obj_t o, size_t n, size_t dflt)
{
    if (o == OBJ_NULL || o == OBJ_NONE)
        return dflt;
    intptr_t v = obj_get_int(o);
    if (v < 0) {
        v += (intptr_t)n;
        return v < 0 ? 0 : (size_t)v;
    }
    return (size_t)v > n ? n : (size_t)v;
}

void hw_bus_buffer(obj_t o, obj_t start, obj_t end, int mode, hw_buf_t *out)
{
    obj_t native = str_unwrap(o);
    const type_t *t = obj_is_ptr(native) ? obj_get_type(native) : NULL;
    buffer_info_t bi;
    if (!t || !t->buffer || t->buffer(native, &bi, BUFFER_READ) != 0)
        raise_msg(&type_TypeError, "object with buffer protocol required");
    if (mode == HW_BUF_WRITE && t->buffer(native, &bi, BUFFER_WRITE) != 0)
        raise_msg(&type_TypeError, "object with writable buffer protocol required");
    size_t item = mod_array_item_size(bi.typecode);
    if (item == 0)
        item = 1;
    size_t n = bi.len / item;
    size_t lo = bound(start, n, 0), hi = bound(end, n, n);
    out->buf = (uint8_t *)bi.buf + lo * item;
    out->len = hi > lo ? (hi - lo) * item : 0;
}

/* ---- the transfer methods ---- */

uint16_t hw_bus_i2c_address(obj_t o)
{
    return (uint16_t)hw_arg_int_range(o, 0, 0x7f, "address");
}

static void read_buffer(obj_t o, obj_t start, obj_t end, hw_buf_t *b)
{
    hw_bus_buffer(o, start, end, HW_BUF_WRITE, b);
    if (b->len == 0)
        raise_msg(&type_ValueError, "buffer length must be >= 1");
}

size_t hw_bus_i2c_args(int method, size_t n, const obj_t *args, map_t *kw, hal_i2c_msg_t msgs[2])
{
    static const arg_spec_t one_buffer[] = {
        {Q_address, ARG_REQUIRED, OBJ_NULL},
        {Q_buffer, ARG_REQUIRED, OBJ_NULL},
        {Q_start, ARG_KW_ONLY, ROM_INT(0)},
        {Q_end, ARG_KW_ONLY, OBJ_NULL},
    };
    static const arg_spec_t two_buffers[] = {
        {Q_address, ARG_REQUIRED, OBJ_NULL},   {Q_out_buffer, ARG_REQUIRED, OBJ_NULL},
        {Q_in_buffer, ARG_REQUIRED, OBJ_NULL}, {Q_out_start, ARG_KW_ONLY, ROM_INT(0)},
        {Q_out_end, ARG_KW_ONLY, OBJ_NULL},    {Q_in_start, ARG_KW_ONLY, ROM_INT(0)},
        {Q_in_end, ARG_KW_ONLY, OBJ_NULL},
    };
    obj_t a[7];
    hw_buf_t out, in;
    if (method == HW_I2C_WRITETO_THEN_READFROM) {
        arg_parse("writeto_then_readfrom", n, args, kw, 7, two_buffers, a);
        uint16_t addr = hw_bus_i2c_address(a[0]);
        hw_bus_buffer(a[1], a[3], a[4], HW_BUF_READ, &out);
        read_buffer(a[2], a[5], a[6], &in);
        msgs[0] = (hal_i2c_msg_t){addr, HAL_I2C_NOSTOP, out.buf, out.len};
        msgs[1] = (hal_i2c_msg_t){addr, HAL_I2C_READ, in.buf, in.len};
        return 2;
    }
    bool rd = method == HW_I2C_READFROM_INTO;
    arg_parse(rd ? "readfrom_into" : "writeto", n, args, kw, 4, one_buffer, a);
    uint16_t addr = hw_bus_i2c_address(a[0]);
    if (rd)
        read_buffer(a[1], a[2], a[3], &in);
    else
        hw_bus_buffer(a[1], a[2], a[3], HW_BUF_READ, &in);
    msgs[0] = (hal_i2c_msg_t){addr, rd ? HAL_I2C_READ : 0, in.buf, in.len};
    return 1;
}

void hw_bus_spi_args(int method, size_t n, const obj_t *args, map_t *kw, unsigned fill_max, hw_spi_args_t *s)
{
    static const arg_spec_t one_buffer[] = {
        {Q_buffer, ARG_REQUIRED, OBJ_NULL},
        {Q_start, ARG_KW_ONLY, ROM_INT(0)},
        {Q_end, ARG_KW_ONLY, OBJ_NULL},
        {Q_write_value, ARG_KW_ONLY, ROM_INT(0)}, /* readinto only */
    };
    static const arg_spec_t two_buffers[] = {
        {Q_out_buffer, ARG_REQUIRED, OBJ_NULL}, {Q_in_buffer, ARG_REQUIRED, OBJ_NULL},
        {Q_out_start, ARG_KW_ONLY, ROM_INT(0)}, {Q_out_end, ARG_KW_ONLY, OBJ_NULL},
        {Q_in_start, ARG_KW_ONLY, ROM_INT(0)},  {Q_in_end, ARG_KW_ONLY, OBJ_NULL},
    };
    obj_t a[6];
    *s = (hw_spi_args_t){{NULL, 0}, {NULL, 0}, 0};
    if (method == HW_SPI_WRITE_READINTO) {
        arg_parse("write_readinto", n, args, kw, 6, two_buffers, a);
        hw_bus_buffer(a[0], a[2], a[3], HW_BUF_READ, &s->out);
        hw_bus_buffer(a[1], a[4], a[5], HW_BUF_WRITE, &s->in);
        if (s->out.len != s->in.len)
            raise_msg(&type_ValueError, "buffer slices must be of equal length");
    } else if (method == HW_SPI_READINTO) {
        arg_parse("readinto", n, args, kw, 4, one_buffer, a);
        hw_bus_buffer(a[0], a[1], a[2], HW_BUF_WRITE, &s->in);
        s->fill = (unsigned)hw_arg_int_range(a[3], 0, (intptr_t)fill_max, "write_value");
    } else {
        arg_parse("write", n, args, kw, 3, one_buffer, a);
        hw_bus_buffer(a[0], a[1], a[2], HW_BUF_READ, &s->out);
    }
}
