/*
 * sim: the simulated board's test API, importable only when the running
 * backend is the simulator (elsewhere `import sim` fails as for a missing
 * module). It reaches the emulator through the HAL_CTL_SIM_* control ops
 * of the pin's GPIO controller.
 *
 *   set_input(pin, value)   drive the pin from outside: True/False, or
 *                           None to stop (the pin then floats, or follows
 *                           its pull resistor or a simulated device)
 *   get_output(pin)         what the board drives: True/False, None when
 *                           it does not drive the pin
 *   output_history(pin)     list of (time_ns, value) for every change of
 *                           what the board drives, oldest first; value is
 *                           None when it stopped driving; time_ns is on
 *                           the clock of time.monotonic_ns(); the
 *                           history is bounded (a ring per controller)
 *   output_history_dropped(pin)  how many of the pin's oldest changes the
 *                           bounded history has dropped since reset()
 *   reset()                 forget the history and all outside levels
 *
 * and the bus-device functions of mod_sim_bus.c (attach, set_value,
 * fault, transactions, display_png, ...), documented there; the analog,
 * PWM, encoder, key and NeoPixel functions of mod_sim_io.c
 * (set_analog_input, get_analog_output, get_pwm, rotate, set_switch,
 * set_shift_register, neopixel_bytes), documented there.
 */
#include "hw.h"
#include "mod_sim_bus.h"
#include "mod_sim_io.h"
#include "obj_list.h"
#include "runtime.h"

static const hal_gpio_dev_t *pin_dev(obj_t pin_obj, uint32_t *line)
{
    const hw_pin_t *pin = hw_pin_arg(pin_obj, "pin");
    hal_system_t *sys = hw_system();
    const hal_board_pin_t *p = &sys->board->pins[pin->index];
    *line = p->line;
    return &sys->gpio[p->chip];
}

static obj_t level_obj(int level)
{
    return level < 0 ? OBJ_NONE : obj_new_bool(level);
}

static obj_t sim_set_input(obj_t pin, obj_t value)
{
    hal_sim_level_t lv;
    const hal_gpio_dev_t *dev = pin_dev(pin, &lv.line);
    lv.level = value == OBJ_NONE ? -1 : obj_is_true(value);
    hw_check(hal_gpio_control(dev, HAL_CTL_SIM_SET_INPUT, &lv), "sim.set_input");
    return OBJ_NONE;
}
static BUILTIN_FUN_2(sim_set_input_obj, Q_set_input, sim_set_input);

static obj_t sim_get_output(obj_t pin)
{
    hal_sim_level_t lv;
    const hal_gpio_dev_t *dev = pin_dev(pin, &lv.line);
    hw_check(hal_gpio_control(dev, HAL_CTL_SIM_GET_OUTPUT, &lv), "sim.get_output");
    return level_obj(lv.level);
}
static BUILTIN_FUN_1(sim_get_output_obj, Q_get_output, sim_get_output);

static obj_t sim_output_history(obj_t pin)
{
    hal_sim_history_t h = {0};
    const hal_gpio_dev_t *dev = pin_dev(pin, &h.line);
    obj_t list = obj_new_list(0, NULL);
    for (h.index = 0;; h.index++) {
        int rc = hal_gpio_control(dev, HAL_CTL_SIM_HISTORY, &h);
        if (rc == -HAL_ENOENT)
            break;
        hw_check(rc, "sim.output_history");
        obj_t item[2] = {obj_new_int_from_ll((long long)h.timestamp_ns), level_obj(h.level)};
        list_append(list, obj_new_tuple(2, item));
    }
    return list;
}
static BUILTIN_FUN_1(sim_output_history_obj, Q_output_history, sim_output_history);

static obj_t sim_output_history_dropped(obj_t pin)
{
    hal_sim_history_t h = {0};
    const hal_gpio_dev_t *dev = pin_dev(pin, &h.line);
    int rc = hal_gpio_control(dev, HAL_CTL_SIM_HISTORY, &h);
    if (rc != -HAL_ENOENT)
        hw_check(rc, "sim.output_history_dropped");
    return obj_new_int_from_ull(h.dropped);
}
static BUILTIN_FUN_1(sim_output_history_dropped_obj, Q_output_history_dropped, sim_output_history_dropped);

static obj_t sim_reset(void)
{
    hal_system_t *sys = hw_system();
    for (size_t i = 0; i < sys->board->n_gpiochips; i++)
        hw_check(hal_gpio_control(&sys->gpio[i], HAL_CTL_SIM_RESET, NULL), "sim.reset");
    mod_sim_io_reset();
    mod_sim_bus_reset();
    return OBJ_NONE;
}
static BUILTIN_FUN_0(sim_reset_obj, Q_reset, sim_reset);

static obj_t sim_init(obj_t mod)
{
    hal_system_t *sys = hw_system_maybe();
    if (!sys || sys->board->n_gpiochips == 0 || hal_gpio_control(&sys->gpio[0], HAL_CTL_SIM_PRESENT, NULL) != 0)
        raise_msg(&type_ModuleNotFoundError, "No module named 'sim'");
    map_lookup(&module_globals(mod)->map, obj_new_qstr(Q___init__), MAP_REMOVE);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(sim_init_obj, Q___init__, sim_init);

static const map_elem_t sim_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_sim)},
    {ROM_QSTR(Q___init__), ROM_PTR(&sim_init_obj)},
    {ROM_QSTR(Q_set_input), ROM_PTR(&sim_set_input_obj)},
    {ROM_QSTR(Q_get_output), ROM_PTR(&sim_get_output_obj)},
    {ROM_QSTR(Q_output_history), ROM_PTR(&sim_output_history_obj)},
    {ROM_QSTR(Q_output_history_dropped), ROM_PTR(&sim_output_history_dropped_obj)},
    {ROM_QSTR(Q_reset), ROM_PTR(&sim_reset_obj)},
    /* bus devices (mod_sim_bus.c) */
    {ROM_QSTR(Q_attach), ROM_PTR(&mod_sim_bus_attach_obj)},
    {ROM_QSTR(Q_detach), ROM_PTR(&mod_sim_bus_detach_obj)},
    {ROM_QSTR(Q_devices), ROM_PTR(&mod_sim_bus_devices_obj)},
    {ROM_QSTR(Q_set_value), ROM_PTR(&mod_sim_bus_set_value_obj)},
    {ROM_QSTR(Q_get_value), ROM_PTR(&mod_sim_bus_get_value_obj)},
    {ROM_QSTR(Q_fault), ROM_PTR(&mod_sim_bus_fault_obj)},
    {ROM_QSTR(Q_bus_fault), ROM_PTR(&mod_sim_bus_bus_fault_obj)},
    {ROM_QSTR(Q_clear_faults), ROM_PTR(&mod_sim_bus_clear_faults_obj)},
    {ROM_QSTR(Q_transactions), ROM_PTR(&mod_sim_bus_transactions_obj)},
    {ROM_QSTR(Q_clear_transactions), ROM_PTR(&mod_sim_bus_clear_transactions_obj)},
    {ROM_QSTR(Q_display_png), ROM_PTR(&mod_sim_bus_display_png_obj)},
    {ROM_QSTR(Q_display_text), ROM_PTR(&mod_sim_bus_display_text_obj)},
    {ROM_QSTR(Q_trace), ROM_PTR(&mod_sim_bus_trace_obj)},
    /* analog, PWM, encoders, keys, NeoPixels (mod_sim_io.c) */
    {ROM_QSTR(Q_set_analog_input), ROM_PTR(&mod_sim_io_set_analog_input_obj)},
    {ROM_QSTR(Q_get_analog_output), ROM_PTR(&mod_sim_io_get_analog_output_obj)},
    {ROM_QSTR(Q_get_pwm), ROM_PTR(&mod_sim_io_get_pwm_obj)},
    {ROM_QSTR(Q_rotate), ROM_PTR(&mod_sim_io_rotate_obj)},
    {ROM_QSTR(Q_set_switch), ROM_PTR(&mod_sim_io_set_switch_obj)},
    {ROM_QSTR(Q_set_shift_register), ROM_PTR(&mod_sim_io_set_shift_register_obj)},
    {ROM_QSTR(Q_neopixel_bytes), ROM_PTR(&mod_sim_io_neopixel_bytes_obj)},
};
static DICT_ROM(sim_globals, sim_globals_table);
const obj_module_t sim_module = {{&type_module}, &sim_globals};
MODULE_REGISTER(Q_sim, sim_module);
