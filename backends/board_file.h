/*
 * Board files (boards.d/NAME.board): a strict parser producing a hal_board_t.
 * The format is documented in boards.d/README.md. Host only (uses stdio
 * and malloc); a firmware build turns board files into const tables.
 */
#ifndef CP_BOARD_FILE_H
#define CP_BOARD_FILE_H

#include <stddef.h>

#include "hal.h"

/* Most include levels (a board file including a .inc including ...). */
#define BOARD_FILE_MAX_DEPTH 4

/*
 * Parse the board file at path into a new board (*out, freed with
 * board_file_free). The board's id must equal the file name without its
 * ".board" suffix. On error, err (of errsize bytes, NUL-terminated) gets
 * one line without a newline: "path:line: message" for a mistake in the
 * file, "path: strerror" when it cannot be read.
 * Returns 0, -ENOENT / -EACCES / -EIO (unreadable), -EINVAL (bad content)
 * or -ENOMEM.
 */
int board_file_load(const char *path, hal_board_t **out, char *err, size_t errsize);

/*
 * Parse text as if it were the file `name` (used in messages and as the
 * expected id: "sim" or "sim.board" expects "board sim"). include lines
 * resolve against dir; with dir NULL they are an error. Same returns.
 */
int board_file_parse(const char *text, const char *name, const char *dir, hal_board_t **out, char *err,
                     size_t errsize);

/* Free a board from board_file_load/parse; NULL is ignored. */
void board_file_free(hal_board_t *board);

/* Index of the pin called name (a board name or a chip name) or -1. */
int board_file_find_pin(const hal_board_t *board, const char *name);

#endif
