/*
 * bitbangio.SPI: busio.SPI's binding (busio.h) over the software SPI
 * controller of bitbang.h on up to three GPIO lines. What is bitbangio's
 * own: the constructor (no half_duplex; pins claimed as GPIOs in argument
 * order), and the ways its transfers differ (busio_spi_class_t):
 * CircuitPython's bitbangio messages for a missing pin, 9-bit words of two
 * bytes with a write_value of up to 511, and a baudrate that saturates.
 */
#include "bitbang.h"
#include "busio.h"
#include "mem.h"
#include "runtime.h"

typedef struct bitbangio_spi {
    busio_spi_t spi;   /* first: the shared binding's view */
    hal_spi_dev_t dev; /* the controller on wire, spi.bus's device */
    bitbang_spi_t wire;
    uint16_t pins[BITBANG_SPI_LINES];
} bitbangio_spi_t;

extern const type_t bitbangio_spi_type;

static void spi_release(hw_obj_t *o)
{
    bitbangio_spi_t *s = (bitbangio_spi_t *)o;
    hw_bus_release(&s->spi.bus);
    for (int i = 0; i < BITBANG_SPI_LINES; i++)
        if (s->wire.line[i].claimed)
            hw_gpio_release(&s->wire.line[i], s->pins[i]);
}

/* Claim the given pins (NULL: none), the clock and MOSI as outputs at 0,
 * MISO as an input; on any error nothing stays claimed. */
static void claim_lines(bitbangio_spi_t *s, const hw_pin_t *const pins[BITBANG_SPI_LINES])
{
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        for (int i = 0; i < BITBANG_SPI_LINES; i++) {
            hal_gpio_config_t cfg = {.direction = i == BITBANG_MISO ? HAL_GPIO_INPUT : HAL_GPIO_OUTPUT};
            if (!pins[i])
                continue;
            s->pins[i] = pins[i]->index;
            hw_gpio_claim(&s->wire.line[i], pins[i]->index, &cfg);
        }
        nlr_pop();
    } else {
        spi_release(&s->spi.hw);
        raise_obj(nlr.value);
    }
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
    const hw_pin_t *pins[BITBANG_SPI_LINES] = {
        hw_pin_arg(a[0], "clock"),
        hw_pin_arg_or_none(a[1], "MOSI"),
        hw_pin_arg_or_none(a[2], "MISO"),
    };
    if (!pins[BITBANG_MOSI] && !pins[BITBANG_MISO])
        raise_msg(&type_ValueError, "Must provide MISO or MOSI pin");

    bitbangio_spi_t *s = mem_alloc(sizeof(bitbangio_spi_t));
    s->spi.hw.base.type = &bitbangio_spi_type;
    s->spi.has_mosi = pins[BITBANG_MOSI] != NULL;
    s->spi.has_miso = pins[BITBANG_MISO] != NULL;
    claim_lines(s, pins);
    bitbang_spi_open(&s->dev, &s->wire);
    hw_bus_open_own(&s->spi.bus, HAL_BUS_SPI, &s->dev);
    busio_spi_start(&s->spi, spi_release);
    return s;
}

static const char *const missing[] = {
    [HW_SPI_WRITE] = "Cannot write without MOSI pin.",
    [HW_SPI_READINTO] = "Cannot read without MISO pin.",
    [HW_SPI_WRITE_READINTO] = "Cannot transfer without MOSI and MISO pins.",
};

static const busio_spi_class_t bitbangio_class = {.missing = missing, .words = true, .saturate = true};
BUSIO_SPI_TYPE(bitbangio_spi_type, spi_make_new, &bitbangio_class);
