/*
 * bitbangio: I2C and SPI in software on any pins. The classes are
 * busio's bindings (busio.h) over the controllers of bitbang.h; their
 * constructors are in bitbangio_i2c.c and bitbangio_spi.c.
 */
#include "hw.h"
#include "runtime.h"

extern const type_t bitbangio_i2c_type, bitbangio_spi_type;

static const map_elem_t bitbangio_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_bitbangio)},
    {ROM_QSTR(Q_I2C), ROM_PTR(&bitbangio_i2c_type)},
    {ROM_QSTR(Q_SPI), ROM_PTR(&bitbangio_spi_type)},
};
static DICT_ROM(bitbangio_globals, bitbangio_globals_table);
const obj_module_t bitbangio_module = {{&type_module}, &bitbangio_globals};
MODULE_REGISTER(Q_bitbangio, bitbangio_module);
