/*
 * The sim module's bus-device functions (mod_sim_bus.c), listed in
 * mod_sim.c's globals table.
 */
#ifndef CP_MOD_SIM_BUS_H
#define CP_MOD_SIM_BUS_H

#include "obj.h"

extern const obj_builtin_t mod_sim_bus_attach_obj, mod_sim_bus_detach_obj, mod_sim_bus_devices_obj,
    mod_sim_bus_set_value_obj, mod_sim_bus_get_value_obj, mod_sim_bus_fault_obj, mod_sim_bus_bus_fault_obj,
    mod_sim_bus_clear_faults_obj, mod_sim_bus_transactions_obj, mod_sim_bus_clear_transactions_obj,
    mod_sim_bus_display_png_obj, mod_sim_bus_display_text_obj, mod_sim_bus_trace_obj;

/* sim.reset()'s part: clear every injected fault and the transaction log
 * (attached devices and their values stay). */
void mod_sim_bus_reset(void);

#endif
