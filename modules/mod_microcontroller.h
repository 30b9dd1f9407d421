/*
 * What the supervisor needs from the microcontroller module.
 *
 * On a host, microcontroller.reset() cannot reset anything: it records a
 * reset request and raises SystemExit (so `finally` blocks run and a plain
 * `circuitpython code.py` run just ends with status 0). The supervisor,
 * after the program ends, takes the request and restarts the program with
 * a fresh VM, as a board would after its reset, in the run mode set by
 * on_next_reset() (RunMode.SAFE_MODE: start in safe mode; the other modes
 * mean nothing on a host and start normally).
 */
#ifndef CP_MOD_MICROCONTROLLER_H
#define CP_MOD_MICROCONTROLLER_H

#include <stdbool.h>

/* Run modes, as microcontroller.RunMode's values. */
enum {
    MICROCONTROLLER_RUN_NORMAL = 0,
    MICROCONTROLLER_RUN_SAFE_MODE = 1,
    MICROCONTROLLER_RUN_UF2 = 2,
    MICROCONTROLLER_RUN_BOOTLOADER = 3,
};

/* True once after microcontroller.reset() was called (then cleared). */
bool mod_microcontroller_take_reset_request(void);

/* The run mode on_next_reset() asked for (then back to NORMAL). */
int mod_microcontroller_take_next_run_mode(void);

#endif
