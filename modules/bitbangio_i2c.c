/*
 * bitbangio.I2C: busio.I2C's binding (busio.h) over the software I2C
 * controller of bitbang.h on two GPIO lines. What is bitbangio's own: the
 * constructor (frequency defaults to 400 kHz, `timeout` bounds clock
 * stretching), claiming the lines as open drain (emulated where the
 * backend has no open-drain outputs), the check for pull-ups, and probe
 * raising on a bus failure (busio_i2c_class_t).
 */
#include "bitbang.h"
#include "busio.h"
#include "mem.h"
#include "runtime.h"

typedef struct bitbangio_i2c {
    busio_i2c_t i2c;   /* first: the shared binding's view */
    hal_i2c_dev_t dev; /* the controller on wire, i2c.bus's device */
    bitbang_i2c_t wire;
    uint16_t scl_pin, sda_pin;
} bitbangio_i2c_t;

extern const type_t bitbangio_i2c_type;

/* Claim pin as an open-drain line let go; emulate one when the backend
 * has no open-drain outputs. Raises like hw_gpio_claim. */
static void claim_od(bitbang_od_t *l, size_t pin)
{
    hal_gpio_config_t od = {.direction = HAL_GPIO_OUTPUT, .drive = HAL_GPIO_OPEN_DRAIN, .value = 1};
    hal_gpio_config_t in = {.direction = HAL_GPIO_INPUT};
    int rc = hw_gpio_try_claim(&l->gpio, pin, &od);
    l->native = rc == 0;
    if (rc == -HAL_ENOTSUP || rc == -HAL_ENOSYS)
        hw_gpio_claim(&l->gpio, pin, &in);
    else
        hw_gpio_check(rc, pin, &od);
}

static void release_od(bitbang_od_t *l, uint16_t pin)
{
    if (l->gpio.claimed)
        hw_gpio_release(&l->gpio, pin);
}

static void i2c_release(hw_obj_t *o)
{
    bitbangio_i2c_t *s = (bitbangio_i2c_t *)o;
    hw_bus_release(&s->i2c.bus);
    release_od(&s->wire.scl, s->scl_pin);
    release_od(&s->wire.sda, s->sda_pin);
}

/* Claim both lines and check that something pulls them up; on any error
 * nothing stays claimed. */
static void claim_lines(bitbangio_i2c_t *s)
{
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        claim_od(&s->wire.scl, s->scl_pin);
        claim_od(&s->wire.sda, s->sda_pin);
        int vscl = 0, vsda = 0;
        hw_bus_check(hal_gpio_line_read(&s->wire.scl.gpio, &vscl), "I2C");
        hw_bus_check(hal_gpio_line_read(&s->wire.sda.gpio, &vsda), "I2C");
        if (!vscl || !vsda)
            raise_msg(&type_RuntimeError, "No pull up found on SDA or SCL; check your wiring");
        nlr_pop();
    } else {
        i2c_release(&s->i2c.hw);
        raise_obj(nlr.value);
    }
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
    intptr_t timeout = hw_arg_int_min(a[3], 0, "timeout"); /* microseconds */

    bitbangio_i2c_t *s = mem_alloc(sizeof(bitbangio_i2c_t));
    s->i2c.hw.base.type = &bitbangio_i2c_type;
    s->i2c.frequency = hz;
    s->scl_pin = scl->index;
    s->sda_pin = sda->index;
    claim_lines(s);
    bitbang_i2c_open(&s->dev, &s->wire, hz, (uintmax_t)timeout > UINT32_MAX ? UINT32_MAX : (uint32_t)timeout);
    hw_bus_open_own(&s->i2c.bus, HAL_BUS_I2C, &s->dev);
    hw_obj_register(&s->i2c.hw, i2c_release);
    return s;
}

static const busio_i2c_class_t bitbangio_class = {.probe_raises = true};
BUSIO_I2C_TYPE(bitbangio_i2c_type, i2c_make_new, &bitbangio_class);
