/*
 * board: board_id, the board's pin names and aliases (microcontroller.Pin
 * objects), and board.I2C() / SPI() / UART(), the default buses.
 *
 * The default buses are busio objects built on the pins the board file
 * names, kept as singletons in the hardware layer: the same object on
 * every call until it is deinitialised. board calls busio through its
 * Python API (busio.I2C(scl, sda), busio.SPI(clock, MOSI, MISO),
 * busio.UART(tx, rx)), so busio plugs in with no C coupling; busio's
 * objects must begin with hw_obj_t. Until busio exists (or when the board
 * has no such bus) they raise NotImplementedError("No default I2C bus").
 */
#include "hw.h"
#include "map.h"
#include "obj_str.h"
#include "runtime.h"

static const hal_board_bus_t *default_bus(int kind)
{
    const hal_board_t *b = hw_system()->board;
    for (size_t i = 0; i < b->n_buses; i++)
        if (b->buses[i].kind == kind && b->buses[i].is_default)
            return &b->buses[i];
    return NULL;
}

static obj_t pin_or_none(int16_t pin)
{
    return pin == HAL_NO_PIN ? OBJ_NONE : hw_pin_obj((size_t)pin);
}

/* busio.<cls>, or OBJ_NULL when there is no busio module. */
static obj_t busio_class(qstr cls)
{
    nlr_buf_t nlr;
    obj_t volatile mod = OBJ_NULL; /* written after the jump point */
    if (nlr_push(&nlr) == 0) {
        mod = import_name(Q_busio, OBJ_NONE, 0, NULL);
        nlr_pop();
    } else if (!exception_is(nlr.value, &type_ImportError)) {
        raise_obj(nlr.value);
    }
    return mod ? load_attr(mod, cls) : OBJ_NULL;
}

static obj_t default_bus_obj(int kind)
{
    static const char *const kinds[] = {"I2C", "SPI", "UART"};
    static const qstr classes[] = {Q_I2C, Q_SPI, Q_UART};
    obj_t o = hw_singleton_get(kind);
    if (o)
        return o;
    const hal_board_bus_t *bus = default_bus(kind);
    obj_t cls = bus ? busio_class(classes[kind]) : OBJ_NULL;
    if (!cls)
        raise_fmt(&type_NotImplementedError, "No default %s bus", kinds[kind]);
    obj_t args[3];
    size_t n = kind == HAL_BUS_SPI ? 3 : 2;
    for (size_t i = 0; i < n; i++)
        args[i] = pin_or_none(bus->pins[i]);
    o = call(cls, n, 0, args);
    hw_singleton_set(kind, o);
    return o;
}

static obj_t board_i2c(void)
{
    return default_bus_obj(HAL_BUS_I2C);
}
static BUILTIN_FUN_0(board_i2c_obj, Q_I2C, board_i2c);

static obj_t board_spi(void)
{
    return default_bus_obj(HAL_BUS_SPI);
}
static BUILTIN_FUN_0(board_spi_obj, Q_SPI, board_spi);

static obj_t board_uart(void)
{
    return default_bus_obj(HAL_BUS_UART);
}
static BUILTIN_FUN_0(board_uart_obj, Q_UART, board_uart);

/* Adds board_id and every board name of the running board. */
static obj_t board_init(obj_t mod)
{
    const hal_board_t *b = hw_system()->board;
    obj_dict_t *g = module_globals(mod);
    map_store_qstr(&g->map, Q_board_id, obj_new_str_copy(b->id));
    for (size_t i = 0; i < b->n_names; i++)
        map_store_qstr(&g->map, qstr_from_str(b->names[i].name), hw_pin_obj(b->names[i].pin));
    map_lookup(&g->map, obj_new_qstr(Q___init__), MAP_REMOVE);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(board_init_obj, Q___init__, board_init);

static const map_elem_t board_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_board)},
    {ROM_QSTR(Q___init__), ROM_PTR(&board_init_obj)},
    {ROM_QSTR(Q_I2C), ROM_PTR(&board_i2c_obj)},
    {ROM_QSTR(Q_SPI), ROM_PTR(&board_spi_obj)},
    {ROM_QSTR(Q_UART), ROM_PTR(&board_uart_obj)},
};
static DICT_ROM(board_globals, board_globals_table);
const obj_module_t board_module = {{&type_module}, &board_globals};
MODULE_REGISTER(Q_board, board_module);
