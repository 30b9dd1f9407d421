/* atexit: functions registered to run when the interpreter exits. */
#ifndef CP_MOD_ATEXIT_H
#define CP_MOD_ATEXIT_H

/* Runs the registered callbacks, last registered first, and forgets them.
 * An exception in a callback is printed to stderr as CPython does
 * ("Exception ignored in atexit callback: <func>" and the traceback) and
 * the remaining callbacks still run. Never raises. Call it once at exit,
 * while the VM is still alive. */
void atexit_run(void);

#endif
