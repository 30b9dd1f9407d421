/*
 * The io module: StringIO, BytesIO and file objects from open().
 *
 * File objects own a port handle. They are allocated with GC_FLAG_FINALISE
 * so that an unreachable, unclosed file gets its handle closed by the
 * collector's finaliser hook, which must call io_finalise(block).
 */
#ifndef CP_MOD_IO_H
#define CP_MOD_IO_H

#include <stdbool.h>
#include <stdint.h>

#include "obj.h"

/* open(file, mode='r', buffering=-1, encoding=None, errors=None,
 * newline=None, closefd=True, opener=None): the builtin open. */
obj_t io_open(size_t n, const obj_t *args, map_t *kw);

/* For the collector's finaliser hook: if block is an io file object that
 * is still open, close its handle. Returns true when block was an io file
 * object. Allocates nothing and never raises (safe inside a collection). */
bool io_finalise(void *block);

/* ---- shared between mod_io.c and mod_io_file.c ---- */

extern const type_t type_IOBase;
extern const type_t type_FileIO, type_BufferedReader, type_BufferedWriter, type_BufferedRandom,
    type_TextIOWrapper;
extern const obj_builtin_t io_open_obj;

/* ValueError "I/O operation on closed file." */
_Noreturn void io_raise_closed(void);
/* io.UnsupportedOperation(msg) (an OSError subclass). */
_Noreturn void io_raise_unsupported(const char *msg);
/* Line endings a text stream recognises (its newline argument): None
 * (universal: read \r and \r\n as \n), '' (any ending, untranslated), '\n',
 * '\r', '\r\n'. */
enum { NL_UNIVERSAL, NL_ANY, NL_LF, NL_CR, NL_CRLF };
/* Parses a newline argument (OBJ_NULL or None: NL_UNIVERSAL); raises
 * ValueError "illegal newline value: X" (X as repr when quote: StringIO's
 * form) / TypeError. */
uint8_t io_parse_newline(obj_t nl, bool quote);

#endif
