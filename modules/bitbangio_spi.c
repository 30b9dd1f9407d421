/*
 * bitbangio.SPI: an SPI controller in software on up to three GPIO lines
 * (clock, MOSI, MISO; chip select is the program's, as with busio), with
 * busio.SPI's API and locks and CircuitPython's bitbangio messages.
 *
 * Lines: the clock and MOSI are push-pull outputs, MISO an input. The
 * clock idles at `polarity`. Words go MSB first; each bit takes one clock
 * period:
 *  - phase 0: MOSI is set half a period before the leading edge (idle ->
 *    active), where both sides sample; the trailing edge shifts;
 *  - phase 1: the leading edge shifts (MOSI is set just after it); both
 *    sides sample at the trailing edge.
 * MISO is read just before the trailing edge in both modes: that is the
 * sampling point for phase 1, and for phase 0 the latest moment before the
 * device shifts, which gives a device the most set-up time.
 * Words of 9 bits occupy two bytes of the buffer, little-endian (as Linux
 * spidev lays them out); the upper 7 bits are sent as 0 and read as 0.
 */
#include "mem.h"
#include "mod_bitbangio.h"
#include "runtime.h"

#define TRY(x)                                                                                             \
    do {                                                                                                   \
        int rc_ = (x);                                                                                     \
        if (rc_)                                                                                           \
            return rc_;                                                                                    \
    } while (0)

enum { SCK = 0, MOSI = 1, MISO = 2, N_LINES = 3 };

typedef struct bitbangio_spi {
    hw_obj_t hw;
    bool locked;
    uint8_t polarity, phase, bits;
    uint32_t baudrate;
    hal_gpio_line_t line[N_LINES]; /* MOSI/MISO unclaimed when absent */
    uint16_t pin[N_LINES];
    mod_bitbangio_pace_t pace;
} bb_spi_t;

/* ---- the engine ---- */

static bool has(const bb_spi_t *s, int which)
{
    return s->line[which].claimed;
}

/* One word of `bits` bits out and in, MSB first. */
static int word(bb_spi_t *s, unsigned out, unsigned *in)
{
    hal_gpio_line_t *sck = &s->line[SCK];
    unsigned v = 0;
    for (int i = s->bits - 1; i >= 0; i--) {
        int bit = (out >> i) & 1, got = 0;
        if (!s->phase && has(s, MOSI))
            TRY(hal_gpio_line_write(&s->line[MOSI], bit));
        TRY(mod_bitbangio_pace_half(&s->pace));
        TRY(hal_gpio_line_write(sck, !s->polarity));
        if (s->phase && has(s, MOSI))
            TRY(hal_gpio_line_write(&s->line[MOSI], bit));
        TRY(mod_bitbangio_pace_half(&s->pace));
        if (has(s, MISO))
            TRY(hal_gpio_line_read(&s->line[MISO], &got));
        TRY(hal_gpio_line_write(sck, s->polarity));
        v = (v << 1) | (unsigned)(got != 0);
    }
    *in = v;
    return 0;
}

static size_t word_bytes(const bb_spi_t *s)
{
    return s->bits > 8 ? 2 : 1;
}

/* len bytes from tx (or `fill` for every word when tx is NULL) while
 * reading into rx (or discarding when NULL). len is a multiple of the
 * word size. A transfer cut short (Ctrl-C: -HAL_EINTR, or a GPIO error)
 * leaves the clock at its idle level. */
static int exchange(bb_spi_t *s, const uint8_t *tx, uint8_t *rx, size_t len, unsigned fill)
{
    size_t w = word_bytes(s);
    for (size_t i = 0; i < len; i += w) {
        unsigned out = fill, in = 0;
        if (tx)
            out = w == 2 ? (unsigned)(tx[i] | tx[i + 1] << 8) : tx[i];
        int rc = word(s, out & ((1u << s->bits) - 1), &in);
        if (rc) {
            (void)hal_gpio_line_write(&s->line[SCK], s->polarity);
            return rc;
        }
        if (rx) {
            rx[i] = (uint8_t)in;
            if (w == 2)
                rx[i + 1] = (uint8_t)(in >> 8);
        }
    }
    return 0;
}

/* ---- claiming ---- */

static void spi_release(hw_obj_t *o)
{
    bb_spi_t *s = (bb_spi_t *)o;
    for (int i = 0; i < N_LINES; i++)
        if (s->line[i].claimed)
            hw_gpio_release(&s->line[i], s->pin[i]);
    s->locked = false;
}

/* Claim the given pins (NULL: none); on any error nothing stays claimed. */
static void claim_lines(bb_spi_t *s, const hw_pin_t *const pins[N_LINES])
{
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        for (int i = 0; i < N_LINES; i++) {
            hal_gpio_config_t cfg = {.direction = i == MISO ? HAL_GPIO_INPUT : HAL_GPIO_OUTPUT,
                                     .value = (uint8_t)(i == SCK ? s->polarity : 0)};
            if (!pins[i])
                continue;
            s->pin[i] = pins[i]->index;
            hw_gpio_claim(&s->line[i], pins[i]->index, &cfg);
        }
        nlr_pop();
    } else {
        spi_release(&s->hw);
        raise_obj(nlr.value);
    }
}

/* ---- the Python type ---- */

static bb_spi_t *spi_self(obj_t self)
{
    bb_spi_t *s = self;
    hw_obj_check(&s->hw);
    return s;
}

static bb_spi_t *spi_locked(obj_t self)
{
    bb_spi_t *s = spi_self(self);
    mod_bitbangio_check_lock(s->locked);
    return s;
}

static obj_t spi_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    static const arg_spec_t spec[] = {
        {Q_clock, ARG_REQUIRED, OBJ_NULL},
        {Q_MOSI, 0, OBJ_NONE},
        {Q_MISO, 0, OBJ_NONE},
    };
    obj_t a[3];
    arg_parse_all("SPI", n_args, n_kw, args, 3, spec, a);
    const hw_pin_t *pins[N_LINES] = {
        hw_pin_arg(a[0], "clock"),
        hw_pin_arg_or_none(a[1], "MOSI"),
        hw_pin_arg_or_none(a[2], "MISO"),
    };
    if (!pins[MOSI] && !pins[MISO])
        raise_msg(&type_ValueError, "Must provide MISO or MOSI pin");
    bb_spi_t *s = mem_alloc(sizeof(bb_spi_t));
    s->hw.base.type = &bitbangio_spi_type;
    s->bits = 8;
    s->baudrate = 100000;
    claim_lines(s, pins);
    mod_bitbangio_pace_init(&s->pace, &s->line[SCK], s->baudrate);
    hw_obj_register(&s->hw, spi_release);
    return s;
}

static obj_t spi_configure(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {
        {Q_baudrate, ARG_KW_ONLY, ROM_INT(100000)},
        {Q_polarity, ARG_KW_ONLY, ROM_INT(0)},
        {Q_phase, ARG_KW_ONLY, ROM_INT(0)},
        {Q_bits, ARG_KW_ONLY, ROM_INT(8)},
    };
    bb_spi_t *s = spi_locked(args[0]);
    obj_t a[4];
    arg_parse("configure", n - 1, args + 1, kw, 4, spec, a);
    uint8_t polarity = (uint8_t)hw_arg_int_range(a[1], 0, 1, "polarity");
    uint8_t phase = (uint8_t)hw_arg_int_range(a[2], 0, 1, "phase");
    uint8_t bits = (uint8_t)hw_arg_int_range(a[3], 8, 9, "bits");
    uint32_t baudrate = mod_bitbangio_u32(hw_arg_int_min(a[0], 1, "baudrate"));
    hw_bus_check(hal_gpio_line_write(&s->line[SCK], polarity), "SPI");
    s->baudrate = baudrate;
    s->polarity = polarity;
    s->phase = phase;
    s->bits = bits;
    mod_bitbangio_pace_init(&s->pace, &s->line[SCK], baudrate);
    return OBJ_NONE;
}
static BUILTIN_FUN_KW(spi_configure_obj, Q_configure, 1, spi_configure);

static obj_t spi_try_lock(obj_t self)
{
    bb_spi_t *s = spi_self(self);
    if (s->locked)
        return OBJ_FALSE;
    s->locked = true;
    return OBJ_TRUE;
}
static BUILTIN_FUN_1(spi_try_lock_obj, Q_try_lock, spi_try_lock);

static obj_t spi_unlock(obj_t self)
{
    spi_self(self)->locked = false;
    return OBJ_NONE;
}
static BUILTIN_FUN_1(spi_unlock_obj, Q_unlock, spi_unlock);

/* Slices whose lengths fit the word size. */
static void check_words(const bb_spi_t *s, const hw_buf_t *b)
{
    if (b->len % word_bytes(s))
        raise_msg(&type_ValueError, "buffer length must be a multiple of 2 for 9-bit words");
}

/* write, readinto or write_readinto (HW_SPI_*), with bitbangio's
 * messages for a missing pin. An empty slice does nothing. */
static obj_t spi_call(int method, size_t n, const obj_t *args, map_t *kw)
{
    static const char *const missing[] = {
        [HW_SPI_WRITE] = "Cannot write without MOSI pin.",
        [HW_SPI_READINTO] = "Cannot read without MISO pin.",
        [HW_SPI_WRITE_READINTO] = "Cannot transfer without MOSI and MISO pins.",
    };
    bb_spi_t *s = spi_locked(args[0]);
    hw_spi_args_t a;
    hw_bus_spi_args(method, n - 1, args + 1, kw, (1u << s->bits) - 1, &a);
    check_words(s, &a.out);
    check_words(s, &a.in);
    size_t len = method == HW_SPI_WRITE ? a.out.len : a.in.len;
    if (len == 0)
        return OBJ_NONE;
    if ((method != HW_SPI_READINTO && !has(s, MOSI)) || (method != HW_SPI_WRITE && !has(s, MISO)))
        raise_msg(&type_ValueError, missing[method]);
    hw_bus_check(exchange(s, method == HW_SPI_READINTO ? NULL : a.out.buf, method == HW_SPI_WRITE ? NULL : a.in.buf,
                          len, a.fill),
                 "SPI");
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

static obj_t spi_get_frequency(obj_t self)
{
    return obj_new_int_from_uint(spi_self(self)->baudrate);
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
static MAP_ROM(spi_locals, spi_locals_table);

static void spi_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)o;
    (void)kind;
    print_str(p, "<SPI>");
}

const type_t bitbangio_spi_type = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_SPI,
    .print = spi_print,
    .make_new = spi_make_new,
    .attr = hw_attr,
    .locals = &spi_locals,
};
