/*
 * busio.UART: a serial port on the board bus whose TX/RX (and RTS/CTS,
 * where given) are the pins given, and its enum UART.Parity.
 *
 * Reads follow CircuitPython's timeout: `timeout` seconds for the first
 * byte and again between bytes. Each HAL read waits at most the timeout
 * for its first byte and returns what has arrived, so a read is a loop of
 * HAL reads that ends when the request is met or one HAL read brings
 * nothing; nothing at all read gives None (io.RawIOBase's convention).
 *
 * rs485_dir is a plain GPIO claimed as an output, driven active around
 * each write (active low unless rs485_invert, CircuitPython's meaning);
 * the timing is best effort, as on CircuitPython's software RS485.
 */
#include "hw_bus.h"
#include "mem.h"
#include "runtime.h"

/* ---- UART.Parity ---- */

QSTR_SPECIAL(Q_busio_dot_UART, "busio.UART");
static const hw_enum_info_t parity_info = {Q_busio_dot_UART};

extern const type_t busio_uart_parity_type, busio_uart_type;

static HW_ENUM_VALUE(parity_odd, busio_uart_parity_type, Q_ODD, HAL_UART_PARITY_ODD);
static HW_ENUM_VALUE(parity_even, busio_uart_parity_type, Q_EVEN, HAL_UART_PARITY_EVEN);

static const map_elem_t parity_locals_table[] = {
    {ROM_QSTR(Q_ODD), ROM_PTR(&parity_odd)},
    {ROM_QSTR(Q_EVEN), ROM_PTR(&parity_even)},
};
static MAP_ROM(parity_locals, parity_locals_table);

const type_t busio_uart_parity_type = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_Parity,
    .print = hw_enum_print,
    .protocol = &parity_info,
    .locals = &parity_locals,
};

/* ---- UART ---- */

typedef struct busio_uart {
    hw_obj_t hw;
    hw_bus_t bus;
    hal_uart_config_t cfg;
    double timeout;       /* seconds, as given */
    uint64_t timeout_ns;
    bool has_tx, has_rx;
    int16_t rs485_pin;    /* HAL_NO_PIN: no RS485 direction pin */
    uint8_t rs485_active; /* level of rs485_pin while transmitting */
    hal_gpio_line_t rs485;
} busio_uart_t;

static void uart_release(hw_obj_t *o)
{
    busio_uart_t *s = (busio_uart_t *)o;
    if (s->rs485_pin != HAL_NO_PIN)
        hw_gpio_release(&s->rs485, (size_t)s->rs485_pin);
    hw_bus_release(&s->bus);
}

static busio_uart_t *uart_self(obj_t self)
{
    busio_uart_t *s = self;
    hw_obj_check(&s->hw);
    return s;
}

static const hal_uart_dev_t *dev(const busio_uart_t *s)
{
    return s->bus.dev;
}

/* CircuitPython checks the whole seconds: 100.5 passes, 101 does not. */
static double timeout_arg(obj_t o)
{
    double t = obj_get_float(o);
    if (!(t > -1.0 && t < 101.0))
        raise_msg(&type_ValueError, "timeout must be 0-100");
    return t;
}

static void set_timeout(busio_uart_t *s, double t)
{
    s->timeout = t;
    s->timeout_ns = t > 0 ? (uint64_t)(t * 1e9) : 0;
}

static uint8_t parity_arg(obj_t o)
{
    return o == OBJ_NONE ? HAL_UART_PARITY_NONE : (uint8_t)hw_enum_arg(o, &busio_uart_parity_type, "parity");
}

/* Apply cfg; a value the backend refuses is an invalid baudrate (the
 * other fields are range-checked before). */
static void configure(busio_uart_t *s, const hal_uart_config_t *cfg)
{
    int rc = hal_uart_configure(dev(s), cfg);
    if (rc == -HAL_EINVAL || rc == -HAL_ERANGE)
        hw_raise_invalid("baudrate");
    if (rc == -HAL_ENOTSUP && cfg->bits == 9)
        hw_raise_errno(rc, "UART with 9-bit words");
    if (rc == -HAL_ENOTSUP && cfg->flow)
        hw_raise_errno(rc, "UART flow control");
    hw_bus_check(rc, "this UART configuration");
    s->cfg = *cfg;
}

/* Configure the open bus and claim the RS485 pin; on error release the
 * bus and re-raise. */
static void setup(busio_uart_t *s, const hal_uart_config_t *cfg)
{
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        configure(s, cfg);
        if (s->rs485_pin != HAL_NO_PIN) {
            hal_gpio_config_t g = {.direction = HAL_GPIO_OUTPUT, .value = (uint8_t)!s->rs485_active};
            hw_gpio_claim(&s->rs485, (size_t)s->rs485_pin, &g);
        }
        nlr_pop();
    } else {
        hw_bus_release(&s->bus);
        nlr_jump(nlr.value);
    }
}

static obj_t uart_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    enum { TX, RX, BAUD, BITS, PARITY, STOP, TIMEOUT, BUFSIZE, RTS, CTS, DIR, INVERT, N };
    static const arg_spec_t spec[N] = {
        {Q_tx, 0, OBJ_NONE},
        {Q_rx, 0, OBJ_NONE},
        {Q_baudrate, ARG_KW_ONLY, ROM_INT(9600)},
        {Q_bits, ARG_KW_ONLY, ROM_INT(8)},
        {Q_parity, ARG_KW_ONLY, OBJ_NONE},
        {Q_stop, ARG_KW_ONLY, ROM_INT(1)},
        {Q_timeout, ARG_KW_ONLY, ROM_INT(1)},
        {Q_receiver_buffer_size, ARG_KW_ONLY, ROM_INT(64)},
        {Q_rts, ARG_KW_ONLY, OBJ_NONE},
        {Q_cts, ARG_KW_ONLY, OBJ_NONE},
        {Q_rs485_dir, ARG_KW_ONLY, OBJ_NONE},
        {Q_rs485_invert, ARG_KW_ONLY, OBJ_FALSE},
    };
    obj_t a[N];
    arg_parse_all("UART", n_args, n_kw, args, N, spec, a);
    /* CircuitPython's order: pins (rx first), then the values */
    int16_t pins[HAL_BUS_MAX_PINS];
    pins[HAL_UART_PIN_RX] = hw_bus_pin_arg(a[RX], "rx", true);
    pins[HAL_UART_PIN_TX] = hw_bus_pin_arg(a[TX], "tx", true);
    pins[HAL_UART_PIN_RTS] = hw_bus_pin_arg(a[RTS], "rts", true);
    pins[HAL_UART_PIN_CTS] = hw_bus_pin_arg(a[CTS], "cts", true);
    int16_t dir = hw_bus_pin_arg(a[DIR], "rs485_dir", true);
    if (pins[HAL_UART_PIN_TX] == HAL_NO_PIN && pins[HAL_UART_PIN_RX] == HAL_NO_PIN)
        raise_msg(&type_ValueError, "tx and rx cannot both be None");
    const int16_t all[5] = {pins[0], pins[1], pins[2], pins[3], dir};
    for (size_t i = 0; i < 5; i++)
        for (size_t j = i + 1; j < 5; j++)
            if (all[i] != HAL_NO_PIN && all[i] == all[j])
                hw_raise_invalid("pins");
    hal_uart_config_t cfg = {0};
    cfg.bits = (uint8_t)hw_arg_int_range(a[BITS], 5, 9, "bits");
    cfg.rx_buffer_size = (size_t)hw_arg_int_range(a[BUFSIZE], 1, 0xffff, "receiver_buffer_size");
    cfg.parity = parity_arg(a[PARITY]);
    cfg.stop = (uint8_t)hw_arg_int_range(a[STOP], 1, 2, "stop");
    double timeout = timeout_arg(a[TIMEOUT]);
    intptr_t baud = obj_get_int(a[BAUD]);
    if (baud < 1 || baud > INT32_MAX)
        hw_raise_invalid("baudrate");
    cfg.baudrate = (uint32_t)baud;
    cfg.flow = (uint8_t)((pins[HAL_UART_PIN_RTS] != HAL_NO_PIN ? 1 : 0) | (pins[HAL_UART_PIN_CTS] != HAL_NO_PIN ? 2 : 0));

    busio_uart_t *s = mem_alloc(sizeof(busio_uart_t));
    s->hw.base.type = &busio_uart_type;
    set_timeout(s, timeout);
    s->has_tx = pins[HAL_UART_PIN_TX] != HAL_NO_PIN;
    s->has_rx = pins[HAL_UART_PIN_RX] != HAL_NO_PIN;
    s->rs485_pin = dir;
    s->rs485_active = obj_is_true(a[INVERT]);
    hw_bus_open(&s->bus, HAL_BUS_UART, pins);
    setup(s, &cfg);
    hw_obj_register(&s->hw, uart_release);
    return s;
}

/* ---- life cycle ---- */

/* ---- reading ---- */

static busio_uart_t *reader(obj_t self)
{
    busio_uart_t *s = uart_self(self);
    if (!s->has_rx)
        raise_msg(&type_ValueError, "No rx pin");
    return s;
}

/* Up to len bytes into buf, timing out per byte as described above. */
static size_t read_some(busio_uart_t *s, uint8_t *buf, size_t len)
{
    size_t got = 0;
    while (got < len) {
        size_t n = 0;
        int rc = hal_uart_read(dev(s), buf + got, len - got, s->timeout_ns, &n);
        if (rc == -HAL_EINTR) {
            runtime_check_interrupt();
            break;
        }
        hw_bus_check(rc, "UART read");
        if (n == 0)
            break;
        got += n;
    }
    return got;
}

/* Everything that arrives until a timeout. */
static obj_t read_all(busio_uart_t *s)
{
    size_t cap = 64, got = 0;
    uint8_t *buf = mem_alloc_noscan(cap);
    for (;;) {
        got += read_some(s, buf + got, cap - got);
        if (got < cap)
            break;
        cap *= 2;
        buf = mem_realloc(buf, cap);
    }
    return got ? obj_new_bytes(buf, got) : OBJ_NONE;
}

static obj_t uart_read(size_t n, const obj_t *args)
{
    busio_uart_t *s = reader(args[0]);
    if (n < 2 || args[1] == OBJ_NONE)
        return read_all(s);
    intptr_t want = obj_get_int(args[1]);
    if (want < 0)
        return read_all(s);
    if (want == 0)
        return obj_new_bytes("", 0);
    uint8_t *buf = mem_alloc_noscan((size_t)want);
    size_t got = read_some(s, buf, (size_t)want);
    return got ? obj_new_bytes(buf, got) : OBJ_NONE;
}
static BUILTIN_FUN_VAR(uart_read_obj, Q_read, 1, 2, uart_read);

static obj_t uart_readinto(obj_t self, obj_t buf)
{
    busio_uart_t *s = reader(self);
    hw_buf_t b;
    hw_bus_buffer(buf, OBJ_NULL, OBJ_NULL, HW_BUF_WRITE, &b);
    if (b.len == 0)
        return obj_new_small_int(0);
    size_t got = read_some(s, b.buf, b.len);
    return got ? obj_new_int_from_uint(got) : OBJ_NONE;
}
static BUILTIN_FUN_2(uart_readinto_obj, Q_readinto, uart_readinto);

/* Byte by byte up to and including b'\n'; a timeout ends the line early,
 * and with nothing read at all the result is None. */
static obj_t uart_readline(obj_t self)
{
    busio_uart_t *s = reader(self);
    size_t cap = 64, got = 0;
    uint8_t *buf = mem_alloc_noscan(cap);
    while (read_some(s, buf + got, 1) == 1) {
        if (buf[got++] == '\n')
            break;
        if (got == cap) {
            cap *= 2;
            buf = mem_realloc(buf, cap);
        }
    }
    return got ? obj_new_bytes(buf, got) : OBJ_NONE;
}
static BUILTIN_FUN_1(uart_readline_obj, Q_readline, uart_readline);

static obj_t uart_reset_input_buffer(obj_t self)
{
    busio_uart_t *s = uart_self(self);
    int rc = hal_uart_reset_input(dev(s));
    if (rc == -HAL_ENOTSUP) {
        /* drain whatever is buffered, waiting for nothing */
        uint8_t junk[64];
        size_t n;
        do
            rc = hal_uart_read(dev(s), junk, sizeof(junk), 0, &n);
        while (rc == 0 && n > 0);
    }
    hw_bus_check(rc, "UART.reset_input_buffer");
    return OBJ_NONE;
}
static BUILTIN_FUN_1(uart_reset_input_buffer_obj, Q_reset_input_buffer, uart_reset_input_buffer);

/* ---- writing ---- */

static void direction(busio_uart_t *s, bool transmit)
{
    if (s->rs485_pin == HAL_NO_PIN)
        return;
    int level = transmit ? s->rs485_active : !s->rs485_active;
    hw_gpio_check(hal_gpio_line_write(&s->rs485, level), (size_t)s->rs485_pin, &s->rs485.cfg);
}

static obj_t uart_write(obj_t self, obj_t buf)
{
    busio_uart_t *s = uart_self(self);
    if (!s->has_tx)
        raise_msg(&type_ValueError, "No tx pin");
    hw_buf_t b;
    hw_bus_buffer(buf, OBJ_NULL, OBJ_NULL, HW_BUF_READ, &b);
    size_t n = 0;
    direction(s, true);
    int rc = hal_uart_write(dev(s), b.buf, b.len, &n);
    direction(s, false);
    if (rc == -HAL_EINTR)
        runtime_check_interrupt();
    hw_bus_check(rc, "UART write");
    return obj_new_int_from_uint(n);
}
static BUILTIN_FUN_2(uart_write_obj, Q_write, uart_write);

/* ---- properties ---- */

static obj_t uart_get_baudrate(obj_t self)
{
    return obj_new_int_from_uint(uart_self(self)->cfg.baudrate);
}

static obj_t uart_set_baudrate(obj_t self, obj_t value)
{
    busio_uart_t *s = uart_self(self);
    intptr_t baud = obj_get_int(value);
    if (baud < 1 || baud > INT32_MAX)
        hw_raise_invalid("baudrate");
    hal_uart_config_t cfg = s->cfg;
    cfg.baudrate = (uint32_t)baud;
    configure(s, &cfg);
    return OBJ_NONE;
}

static obj_t uart_get_in_waiting(obj_t self)
{
    size_t n = 0;
    hw_bus_check(hal_uart_in_waiting(dev(uart_self(self)), &n), "UART.in_waiting");
    return obj_new_int_from_uint(n);
}

static obj_t uart_get_timeout(obj_t self)
{
    return obj_new_float(uart_self(self)->timeout);
}

static obj_t uart_set_timeout(obj_t self, obj_t value)
{
    busio_uart_t *s = uart_self(self);
    set_timeout(s, timeout_arg(value));
    return OBJ_NONE;
}

static BUILTIN_FUN_1(uart_get_baudrate_obj, Q_baudrate, uart_get_baudrate);
static BUILTIN_FUN_2(uart_set_baudrate_obj, Q_baudrate, uart_set_baudrate);
static BUILTIN_FUN_1(uart_get_in_waiting_obj, Q_in_waiting, uart_get_in_waiting);
static BUILTIN_FUN_1(uart_get_timeout_obj, Q_timeout, uart_get_timeout);
static BUILTIN_FUN_2(uart_set_timeout_obj, Q_timeout, uart_set_timeout);
static const obj_property_t uart_baudrate_prop = {
    {&type_property}, (obj_t)&uart_get_baudrate_obj, (obj_t)&uart_set_baudrate_obj, OBJ_NONE, OBJ_NONE};
static const obj_property_t uart_in_waiting_prop = {
    {&type_property}, (obj_t)&uart_get_in_waiting_obj, OBJ_NONE, OBJ_NONE, OBJ_NONE};
static const obj_property_t uart_timeout_prop = {
    {&type_property}, (obj_t)&uart_get_timeout_obj, (obj_t)&uart_set_timeout_obj, OBJ_NONE, OBJ_NONE};

static const map_elem_t uart_locals_table[] = {
    {ROM_QSTR(Q_deinit), ROM_PTR(&hw_deinit_obj)},
    {ROM_QSTR(Q___enter__), ROM_PTR(&hw_enter_obj)},
    {ROM_QSTR(Q___exit__), ROM_PTR(&hw_exit_obj)},
    {ROM_QSTR(Q_read), ROM_PTR(&uart_read_obj)},
    {ROM_QSTR(Q_readinto), ROM_PTR(&uart_readinto_obj)},
    {ROM_QSTR(Q_readline), ROM_PTR(&uart_readline_obj)},
    {ROM_QSTR(Q_write), ROM_PTR(&uart_write_obj)},
    {ROM_QSTR(Q_reset_input_buffer), ROM_PTR(&uart_reset_input_buffer_obj)},
    {ROM_QSTR(Q_baudrate), ROM_PTR(&uart_baudrate_prop)},
    {ROM_QSTR(Q_in_waiting), ROM_PTR(&uart_in_waiting_prop)},
    {ROM_QSTR(Q_timeout), ROM_PTR(&uart_timeout_prop)},
    {ROM_QSTR(Q_Parity), ROM_PTR(&busio_uart_parity_type)},
};
static MAP_ROM(uart_locals, uart_locals_table);

static void uart_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)o;
    (void)kind;
    print_str(p, "<UART>");
}

const type_t busio_uart_type = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_UART,
    .print = uart_print,
    .make_new = uart_make_new,
    .attr = hw_attr,
    .locals = &uart_locals,
};
