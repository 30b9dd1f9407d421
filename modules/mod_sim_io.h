/*
 * The sim module's analog, PWM, rotary encoder, key and NeoPixel
 * functions (mod_sim_io.c), listed in mod_sim.c's globals.
 */
#ifndef CP_MOD_SIM_IO_H
#define CP_MOD_SIM_IO_H

#include "obj.h"

extern const obj_builtin_t mod_sim_io_set_analog_input_obj, mod_sim_io_get_analog_output_obj,
    mod_sim_io_get_pwm_obj, mod_sim_io_rotate_obj, mod_sim_io_set_switch_obj, mod_sim_io_set_shift_register_obj,
    mod_sim_io_neopixel_bytes_obj;

/* Part of sim.reset(): open every key switch, drop shift registers,
 * analog input levels and NeoPixel data. */
void mod_sim_io_reset(void);

#endif
