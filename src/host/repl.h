/* The interactive prompt on the host console. */
#ifndef CP_HOST_REPL_H
#define CP_HOST_REPL_H

/* Runs the read-eval-print loop until end of input; returns the exit
 * status (SystemExit's code, else 0). */
int repl_run(void);

#endif
