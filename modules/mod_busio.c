/*
 * busio: hardware buses, CircuitPython's API. The classes are in
 * busio_i2c.c, busio_spi.c and busio_uart.c, over the shared bus layer
 * (hw_bus.h). board.I2C() / SPI() / UART() build their singletons through
 * this module's Python API (mod_board.c).
 */
#include "hw.h"
#include "runtime.h"

extern const type_t busio_i2c_type, busio_spi_type, busio_uart_type;

static const map_elem_t busio_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_busio)},
    {ROM_QSTR(Q_I2C), ROM_PTR(&busio_i2c_type)},
    {ROM_QSTR(Q_SPI), ROM_PTR(&busio_spi_type)},
    {ROM_QSTR(Q_UART), ROM_PTR(&busio_uart_type)},
};
static DICT_ROM(busio_globals, busio_globals_table);
const obj_module_t busio_module = {{&type_module}, &busio_globals};
MODULE_REGISTER(Q_busio, busio_module);
