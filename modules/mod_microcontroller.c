/*
 * microcontroller: Pin, pin (every pin of the chip), cpu (Processor),
 * ResetReason, RunMode, delay_us, disable_interrupts, enable_interrupts,
 * on_next_reset, reset and nvm (mod_microcontroller_nvm.c).
 *
 * On a host: interrupts cannot be disabled (the calls only count nesting);
 * reset() becomes a reload request (see mod_microcontroller.h).
 */
#include "hw.h"
#include "map.h"
#include "mod_microcontroller.h"
#include "obj_str.h"
#include "port.h"
#include "runtime.h"

obj_t mod_microcontroller_nvm(void); /* mod_microcontroller_nvm.c */

static bool reset_requested;
static int next_run_mode = MICROCONTROLLER_RUN_NORMAL;
static unsigned interrupts_disabled;

bool mod_microcontroller_take_reset_request(void)
{
    bool r = reset_requested;
    reset_requested = false;
    return r;
}

int mod_microcontroller_take_next_run_mode(void)
{
    int m = next_run_mode;
    next_run_mode = MICROCONTROLLER_RUN_NORMAL;
    return m;
}

/* ---- enums ---- */

static const hw_enum_info_t microcontroller_info = {Q_microcontroller};
extern const type_t microcontroller_reset_reason_type, microcontroller_run_mode_type;

#define RR(var, q, v) static HW_ENUM_VALUE(var, microcontroller_reset_reason_type, q, v)
RR(rr_power_on, Q_POWER_ON, HAL_RESET_POWER_ON);
RR(rr_brownout, Q_BROWNOUT, HAL_RESET_BROWNOUT);
RR(rr_software, Q_SOFTWARE, HAL_RESET_SOFTWARE);
RR(rr_deep_sleep_alarm, Q_DEEP_SLEEP_ALARM, HAL_RESET_DEEP_SLEEP_ALARM);
RR(rr_reset_pin, Q_RESET_PIN, HAL_RESET_RESET_PIN);
RR(rr_watchdog, Q_WATCHDOG, HAL_RESET_WATCHDOG);
RR(rr_unknown, Q_UNKNOWN, HAL_RESET_UNKNOWN);
RR(rr_rescue_debug, Q_RESCUE_DEBUG, HAL_RESET_RESCUE_DEBUG);

/* indexed by HAL_RESET_* */
static const hw_enum_value_t *const reset_reasons[] = {
    &rr_power_on, &rr_brownout, &rr_software, &rr_deep_sleep_alarm,
    &rr_reset_pin, &rr_watchdog, &rr_unknown, &rr_rescue_debug,
};

static const map_elem_t reset_reason_locals_table[] = {
    {ROM_QSTR(Q_POWER_ON), ROM_PTR(&rr_power_on)},
    {ROM_QSTR(Q_BROWNOUT), ROM_PTR(&rr_brownout)},
    {ROM_QSTR(Q_SOFTWARE), ROM_PTR(&rr_software)},
    {ROM_QSTR(Q_DEEP_SLEEP_ALARM), ROM_PTR(&rr_deep_sleep_alarm)},
    {ROM_QSTR(Q_RESET_PIN), ROM_PTR(&rr_reset_pin)},
    {ROM_QSTR(Q_WATCHDOG), ROM_PTR(&rr_watchdog)},
    {ROM_QSTR(Q_UNKNOWN), ROM_PTR(&rr_unknown)},
    {ROM_QSTR(Q_RESCUE_DEBUG), ROM_PTR(&rr_rescue_debug)},
};
static MAP_ROM(reset_reason_locals, reset_reason_locals_table);

#define RM(var, q, v) static HW_ENUM_VALUE(var, microcontroller_run_mode_type, q, v)
RM(rm_normal, Q_NORMAL, MICROCONTROLLER_RUN_NORMAL);
RM(rm_safe_mode, Q_SAFE_MODE, MICROCONTROLLER_RUN_SAFE_MODE);
RM(rm_uf2, Q_UF2, MICROCONTROLLER_RUN_UF2);
RM(rm_bootloader, Q_BOOTLOADER, MICROCONTROLLER_RUN_BOOTLOADER);

static const map_elem_t run_mode_locals_table[] = {
    {ROM_QSTR(Q_NORMAL), ROM_PTR(&rm_normal)},
    {ROM_QSTR(Q_SAFE_MODE), ROM_PTR(&rm_safe_mode)},
    {ROM_QSTR(Q_UF2), ROM_PTR(&rm_uf2)},
    {ROM_QSTR(Q_BOOTLOADER), ROM_PTR(&rm_bootloader)},
};
static MAP_ROM(run_mode_locals, run_mode_locals_table);

const type_t microcontroller_reset_reason_type = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_ResetReason,
    .print = hw_enum_print,
    .protocol = &microcontroller_info,
    .locals = &reset_reason_locals,
};

const type_t microcontroller_run_mode_type = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_RunMode,
    .print = hw_enum_print,
    .protocol = &microcontroller_info,
    .locals = &run_mode_locals,
};

/* ---- Processor (microcontroller.cpu) ---- */

static const hal_sys_dev_t *sysdev(void)
{
    return &hw_system()->sys;
}

/* Unknown frequency reads 0 (the attribute is an int on every port). */
static obj_t cpu_get_frequency(obj_t self)
{
    (void)self;
    const hal_sys_dev_t *sd = sysdev();
    uint32_t hz = 0;
    int rc = HAL_SYS_CALL(sd, cpu_frequency, &hz);
    if (rc != -HAL_ENOTSUP)
        hw_check(rc, "cpu.frequency");
    return obj_new_int_from_uint(hz);
}

static obj_t cpu_get_temperature(obj_t self)
{
    (void)self;
    const hal_sys_dev_t *sd = sysdev();
    int32_t mdeg = 0;
    int rc = HAL_SYS_CALL(sd, cpu_temperature, &mdeg);
    if (rc == -HAL_ENOTSUP)
        return OBJ_NONE;
    hw_check(rc, "cpu.temperature");
    return obj_new_float(mdeg / 1000.0);
}

static obj_t cpu_get_voltage(obj_t self)
{
    (void)self;
    const hal_sys_dev_t *sd = sysdev();
    int32_t mv = 0;
    int rc = HAL_SYS_CALL(sd, cpu_voltage, &mv);
    if (rc == -HAL_ENOTSUP)
        return OBJ_NONE;
    hw_check(rc, "cpu.voltage");
    return obj_new_float(mv / 1000.0);
}

static obj_t cpu_get_uid(obj_t self)
{
    (void)self;
    const hal_sys_dev_t *sd = sysdev();
    uint8_t buf[32];
    size_t len = sizeof(buf);
    int rc = HAL_SYS_CALL(sd, cpu_uid, buf, &len);
    if (rc == -HAL_ENOTSUP)
        len = 0;
    else
        hw_check(rc, "cpu.uid");
    return obj_new_bytearray(buf, len);
}

static obj_t cpu_get_reset_reason(obj_t self)
{
    (void)self;
    const hal_sys_dev_t *sd = sysdev();
    int reason = HAL_RESET_UNKNOWN;
    int rc = HAL_SYS_CALL(sd, reset_reason, &reason);
    if (rc < 0 || reason < 0 || reason > HAL_RESET_RESCUE_DEBUG)
        reason = HAL_RESET_UNKNOWN;
    return (obj_t)reset_reasons[reason];
}

#define RO_PROPERTY(name, q)                                                                               \
    static BUILTIN_FUN_1(cpu_get_##name##_obj, q, cpu_get_##name);                                       \
    static const obj_property_t cpu_##name##_prop = {                                                    \
        {&type_property}, (obj_t)&cpu_get_##name##_obj, OBJ_NONE, OBJ_NONE, OBJ_NONE}
RO_PROPERTY(frequency, Q_frequency);
RO_PROPERTY(temperature, Q_temperature);
RO_PROPERTY(voltage, Q_voltage);
RO_PROPERTY(uid, Q_uid);
RO_PROPERTY(reset_reason, Q_reset_reason);

static const map_elem_t processor_locals_table[] = {
    {ROM_QSTR(Q_frequency), ROM_PTR(&cpu_frequency_prop)},
    {ROM_QSTR(Q_temperature), ROM_PTR(&cpu_temperature_prop)},
    {ROM_QSTR(Q_voltage), ROM_PTR(&cpu_voltage_prop)},
    {ROM_QSTR(Q_uid), ROM_PTR(&cpu_uid_prop)},
    {ROM_QSTR(Q_reset_reason), ROM_PTR(&cpu_reset_reason_prop)},
};
static MAP_ROM(processor_locals, processor_locals_table);

static void processor_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)o;
    (void)kind;
    print_str(p, "<Processor>");
}

static const type_t microcontroller_processor_type = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_Processor,
    .print = processor_print,
    .locals = &processor_locals,
};
static const obj_base_t processor_obj = {&microcontroller_processor_type};

/* ---- functions ---- */

/* Busy-waits like the firmware does, for accuracy; only the bulk of a
 * long delay sleeps. */
static obj_t mc_delay_us(obj_t delay)
{
    intptr_t us = hw_arg_int_range(delay, 0, 0x7fffffff, "delay");
    uint64_t end = port_ticks_ns() + (uint64_t)us * 1000u;
    if (us > 2000)
        port_sleep_ns((uint64_t)(us - 1000) * 1000u);
    while (port_ticks_ns() < end) {
        if (port_interrupt_pending)
            runtime_check_interrupt();
    }
    return OBJ_NONE;
}
static BUILTIN_FUN_1(mc_delay_us_obj, Q_delay_us, mc_delay_us);

static obj_t mc_disable_interrupts(void)
{
    interrupts_disabled++;
    return OBJ_NONE;
}
static BUILTIN_FUN_0(mc_disable_interrupts_obj, Q_disable_interrupts, mc_disable_interrupts);

static obj_t mc_enable_interrupts(void)
{
    if (interrupts_disabled)
        interrupts_disabled--;
    return OBJ_NONE;
}
static BUILTIN_FUN_0(mc_enable_interrupts_obj, Q_enable_interrupts, mc_enable_interrupts);

static obj_t mc_on_next_reset(obj_t run_mode)
{
    next_run_mode = hw_enum_arg(run_mode, &microcontroller_run_mode_type, "run_mode");
    return OBJ_NONE;
}
static BUILTIN_FUN_1(mc_on_next_reset_obj, Q_on_next_reset, mc_on_next_reset);

static obj_t mc_reset(void)
{
    hal_system_t *sys = hw_system();
    if (sys->sys.ops && sys->sys.ops->reset)
        hw_check(sys->sys.ops->reset(&sys->sys), "reset");
    reset_requested = true;
    raise_obj(exception_new(&type_SystemExit, 0, NULL));
}
static BUILTIN_FUN_0(mc_reset_obj, Q_reset, mc_reset);

/* ---- the module ---- */

/* microcontroller.pin: a module holding every chip pin by its chip name. */
static obj_t make_pin_module(const hal_board_t *b)
{
    obj_t m = module_new(qstr_from_str("microcontroller.pin"));
    obj_dict_t *g = module_globals(m);
    for (size_t i = 0; i < b->n_pins; i++)
        map_store_qstr(&g->map, qstr_from_str(b->pins[i].chip_name), hw_pin_obj(i));
    return m;
}

static obj_t mc_init(obj_t mod)
{
    hal_system_t *sys = hw_system();
    obj_dict_t *g = module_globals(mod);
    map_store_qstr(&g->map, Q_pin, make_pin_module(sys->board));
    map_store_qstr(&g->map, Q_nvm, mod_microcontroller_nvm());
    map_lookup(&g->map, obj_new_qstr(Q___init__), MAP_REMOVE);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(mc_init_obj, Q___init__, mc_init);

static const map_elem_t microcontroller_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_microcontroller)},
    {ROM_QSTR(Q___init__), ROM_PTR(&mc_init_obj)},
    {ROM_QSTR(Q_Pin), ROM_PTR(&hw_pin_type)},
    {ROM_QSTR(Q_Processor), ROM_PTR(&microcontroller_processor_type)},
    {ROM_QSTR(Q_ResetReason), ROM_PTR(&microcontroller_reset_reason_type)},
    {ROM_QSTR(Q_RunMode), ROM_PTR(&microcontroller_run_mode_type)},
    {ROM_QSTR(Q_cpu), ROM_PTR(&processor_obj)},
    {ROM_QSTR(Q_delay_us), ROM_PTR(&mc_delay_us_obj)},
    {ROM_QSTR(Q_disable_interrupts), ROM_PTR(&mc_disable_interrupts_obj)},
    {ROM_QSTR(Q_enable_interrupts), ROM_PTR(&mc_enable_interrupts_obj)},
    {ROM_QSTR(Q_on_next_reset), ROM_PTR(&mc_on_next_reset_obj)},
    {ROM_QSTR(Q_reset), ROM_PTR(&mc_reset_obj)},
};
static DICT_ROM(microcontroller_globals, microcontroller_globals_table);
const obj_module_t microcontroller_module = {{&type_module}, &microcontroller_globals};
MODULE_REGISTER(Q_microcontroller, microcontroller_module);
