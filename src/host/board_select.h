/*
 * Which board the circuitpython binary presents, and opening its backend.
 *
 * Choice, first that applies: --board NAME, $CIRCUITPY_BOARD,
 * $BLINKA_FORCEBOARD (a Blinka board id such as RASPBERRY_PI_4B, matched
 * against the board files' `blinka` lines), $BLINKA_FT232H / $BLINKA_FT2232H
 * (set and not "0"), then auto-detection from /proc/device-tree (compatible
 * and model) and USB ids; with no match, the simulated board `sim`. When
 * sim stands in for a board that was not found (or whose backend this
 * build lacks), a one-line notice goes to stderr as the backend opens,
 * if stderr is a terminal:
 *   circuitpython: no supported board detected; using the simulated board (sim)
 * Board files come from $CIRCUITPY_BOARDS_DIR, else the source tree's
 * boards.d when the binary runs from its build directory, else
 * CP_BOARDSDIR ($(pkgdatadir)/boards).
 *
 * The backend is opened lazily, the first time a program uses the
 * hardware layer, so programs that never import board & co never touch
 * hardware (and never fail for lack of permissions). A failure to open it
 * then raises RuntimeError in the program. Detection waits for that moment
 * too (it reads every board file, and for the generic board every
 * gpiochip's lines); a board named by --board or the environment is
 * loaded at once, so that a wrong name fails before the program starts.
 */
#ifndef CP_HOST_BOARD_SELECT_H
#define CP_HOST_BOARD_SELECT_H

#include "cli.h"

/* --list-boards: prints "ID  NAME" per board to stdout, sorted by id.
 * Returns the exit status (1 when a board file has an error, which is
 * printed to stderr; 0 otherwise). */
int board_select_list(void);

/* Load the board opts names (see above), or arrange for detection, and
 * for the backend to open on first use. Call after runtime_init, before
 * any Python code runs. On failure prints "circuitpython: ..." to stderr
 * and returns the exit status to use (2 for an unknown board name, 1
 * otherwise, e.g. `--board generic_linux` on a machine whose gpiochips
 * are missing or may not be opened, with the reason); returns 0 on
 * success. */
int board_select_open(const struct cli_options *opts);

/* board.board_id of the chosen board (detecting it now if that was left
 * for the first use), or NULL before board_select_open (or when none
 * could be loaded). */
const char *board_select_board_id(void);

/* Release every pin and bus (hw_release_all), close the backend and
 * forget the board. Call before the heap is freed. Safe to call more than
 * once and without board_select_open. */
void board_select_close(void);

#endif
