/*
 * microcontroller.Pin objects and pin claiming.
 *
 * Pin objects live in static storage, one per board pin, so a pin keeps
 * its identity for the whole process (across reloads) and the collector
 * never sees them. The claim table is static too: it must survive the end
 * of a VM so that hw_release_all can release what a dead VM held.
 * Invariant: claims[i].gpio implies the GPIO line (dev, line) is claimed
 * in the backend on behalf of whoever claimed pin i.
 */
#include "hw.h"
#include "runtime.h"

typedef struct claim {
    bool used;
    bool gpio;                  /* the GPIO line is claimed in the backend */
    const hal_gpio_dev_t *dev;  /* valid when gpio */
    uint32_t line;
} claim_t;

static hw_pin_t pin_objs[HAL_MAX_PINS];
static int16_t primary[HAL_MAX_PINS]; /* index into board->names, or -1 */
static claim_t claims[HAL_MAX_PINS];
static const hal_system_t *pin_sys;

void hw_pin_reset(const hal_system_t *sys);
void hw_pin_release_all(void);
bool hw_pin_any_claimed(void);

void hw_pin_reset(const hal_system_t *sys)
{
    pin_sys = sys;
    size_t n = sys ? sys->board->n_pins : 0;
    for (size_t i = 0; i < HAL_MAX_PINS; i++) {
        pin_objs[i].base.type = &hw_pin_type;
        pin_objs[i].index = (uint16_t)i;
        primary[i] = -1;
        claims[i] = (claim_t){0};
    }
    for (size_t i = sys ? sys->board->n_names : 0; i-- > 0;)
        if (sys->board->names[i].pin < n)
            primary[sys->board->names[i].pin] = (int16_t)i; /* ends at the first */
}

obj_t hw_pin_obj(size_t index)
{
    return &pin_objs[index];
}

const char *hw_pin_name(size_t index)
{
    const hal_board_t *b = pin_sys->board;
    return primary[index] >= 0 ? b->names[primary[index]].name : b->pins[index].chip_name;
}

static void pin_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    const hw_pin_t *pin = o;
    if (!pin_sys || pin->index >= pin_sys->board->n_pins) {
        print_str(p, "<Pin>");
        return;
    }
    print_fmt(p, primary[pin->index] >= 0 ? "board.%s" : "microcontroller.pin.%s", hw_pin_name(pin->index));
}

/* Pins hash by identity (no unary_op slot) and compare by identity. */
const type_t hw_pin_type = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_Pin,
    .print = pin_print,
};

const hw_pin_t *hw_pin_arg(obj_t o, const char *argname)
{
    if (!obj_is_type(o, &hw_pin_type))
        raise_fmt(&type_TypeError, "%s must be of type Pin, not %s", argname, obj_type_name(o));
    return o;
}

const hw_pin_t *hw_pin_arg_or_none(obj_t o, const char *argname)
{
    return o == OBJ_NONE ? NULL : hw_pin_arg(o, argname);
}

/* ---- claiming ---- */

_Noreturn void hw_raise_in_use(size_t index)
{
    raise_fmt(&type_ValueError, "%s in use", hw_pin_name(index));
}

bool hw_pin_in_use(size_t index)
{
    return claims[index].used;
}

void hw_pin_claim(size_t index)
{
    hw_state_ensure();
    if (claims[index].used)
        hw_raise_in_use(index);
    claims[index] = (claim_t){.used = true};
}

void hw_pin_unclaim(size_t index)
{
    if (claims[index].gpio && claims[index].dev->ops && claims[index].dev->ops->release)
        claims[index].dev->ops->release(claims[index].dev, claims[index].line);
    claims[index] = (claim_t){0};
}

bool hw_pin_any_claimed(void)
{
    for (size_t i = 0; i < HAL_MAX_PINS; i++)
        if (claims[i].used)
            return true;
    return false;
}

void hw_pin_release_all(void)
{
    for (size_t i = 0; i < HAL_MAX_PINS; i++)
        if (claims[i].used)
            hw_pin_unclaim(i);
}

/* What a GPIO configuration asks for, for "... is not supported". */
static const char *describe(const hal_gpio_config_t *c)
{
    if (c->direction == HAL_GPIO_OUTPUT)
        return c->drive == HAL_GPIO_OPEN_DRAIN    ? "open-drain output"
               : c->drive == HAL_GPIO_OPEN_SOURCE ? "open-source output"
                                                  : "output";
    if (c->edge != HAL_GPIO_EDGE_NONE)
        return "edge detection";
    return c->pull == HAL_GPIO_PULL_UP ? "pull-up input" : c->pull == HAL_GPIO_PULL_DOWN ? "pull-down input" : "input";
}

void hw_gpio_raise_busy(size_t index, const char *holder)
{
    if (holder && holder[0])
        raise_fmt(&type_ValueError, "%s in use (%s)", hw_pin_name(index), holder);
    hw_raise_in_use(index);
}

void hw_gpio_check(int rc, size_t index, const hal_gpio_config_t *cfg)
{
    if (rc >= 0)
        return;
    if (rc == -HAL_EBUSY) {
        /* the backend may know who holds the line: "used by gpioset" */
        char holder[160];
        hw_gpio_raise_busy(index, hw_hint(rc, holder, sizeof(holder)) ? holder : NULL);
    }
    if (rc == -HAL_ENOTSUP || rc == -HAL_ENOSYS)
        raise_fmt(&type_NotImplementedError, "%s on %s is not supported by the %s backend", describe(cfg),
                  hw_pin_name(index), pin_sys->backend->name);
    hw_raise_errno(rc, describe(cfg)); /* OSError, with the backend's hint (no permission: the group to join) */
}

int hw_gpio_try_claim(hal_gpio_line_t *line, size_t index, const hal_gpio_config_t *cfg)
{
    const hal_system_t *sys = hw_system();
    const hal_board_pin_t *pin = &sys->board->pins[index];
    hw_pin_claim(index);
    int rc = hal_gpio_line_claim(line, &sys->gpio[pin->chip], pin->line, cfg);
    if (rc < 0) {
        hw_pin_unclaim(index);
        return rc;
    }
    claims[index].gpio = true;
    claims[index].dev = line->dev;
    claims[index].line = line->line;
    return 0;
}

void hw_gpio_claim(hal_gpio_line_t *line, size_t index, const hal_gpio_config_t *cfg)
{
    hw_gpio_check(hw_gpio_try_claim(line, index, cfg), index, cfg);
}

void hw_gpio_release(hal_gpio_line_t *line, size_t index)
{
    /* the claim table releases the backend line exactly once */
    line->claimed = false;
    if (claims[index].used)
        hw_pin_unclaim(index);
}
