/*
 * neopixel_write: neopixel_write(digitalinout, buf) sends buf as the
 * 800 kHz NeoPixel waveform on the DigitalInOut's pin, through the GPIO
 * op of HAL_GPIO_OPS_V2 (hal_gpio_line_neopixel_write). A backend without
 * the op gives NotImplementedError("neopixel_write on D18 is not supported
 * by the linux backend"). As on CircuitPython's ports, a pin that is not
 * an output sends nothing (the data would not reach the wire) and no error
 * is raised.
 */
#include "hw.h"
#include "map.h"
#include "mod_digitalio.h"
#include "mod_util.h"
#include "runtime.h"

static obj_t neopixel_write(obj_t dio, obj_t buf)
{
    size_t pin;
    hal_gpio_line_t *line = digitalio_dio_line(dio, "digitalinout", &pin);
    buffer_info_t info;
    mod_util_get_buffer(buf, &info);
    if (line->cfg.direction != HAL_GPIO_OUTPUT)
        return OBJ_NONE;
    int rc = hal_gpio_line_neopixel_write(line, info.buf, info.len);
    if (rc == -HAL_ENOTSUP || rc == -HAL_ENOSYS) {
        const hal_system_t *sys = hw_system();
        raise_fmt(&type_NotImplementedError, "neopixel_write on %s is not supported by the %s backend",
                  hw_pin_name(pin), sys->backend->name);
    }
    hw_check(rc, "neopixel_write");
    return OBJ_NONE;
}
static BUILTIN_FUN_2(neopixel_write_obj, Q_neopixel_write, neopixel_write);

static const map_elem_t neopixel_write_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_neopixel_write)},
    {ROM_QSTR(Q_neopixel_write), ROM_PTR(&neopixel_write_obj)},
};
static DICT_ROM(neopixel_write_globals, neopixel_write_globals_table);
const obj_module_t neopixel_write_module = {{&type_module}, &neopixel_write_globals};
MODULE_REGISTER(Q_neopixel_write, neopixel_write_module);
