/*
 * Unicode character names, for the lexer's \N{...} escapes: a name to a
 * code point. The tables (src/genhdr/uniname_data.h, made at build time by
 * tools/makeuniname.py) take about 320 KB; builds that leave them out
 * define CORE_UNICODE_NAMES to 0 and \N{...} is then a SyntaxError.
 */
#ifndef CP_UNINAME_H
#define CP_UNINAME_H

#include <stddef.h>
#include <stdint.h>

#ifndef CORE_UNICODE_NAMES
#define CORE_UNICODE_NAMES 1
#endif

/* The code point named name[0..len) (ASCII, any case, as CPython), or -1
 * when no character has that name (or the tables are left out). Name
 * aliases and named sequences are not known. */
int32_t uniname_lookup(const char *name, size_t len);

#endif
