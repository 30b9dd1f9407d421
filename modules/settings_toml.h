/*
 * The subset of TOML that CircuitPython's settings.toml uses, for
 * os.getenv: the root table only (reading stops at the first line that
 * starts a [table]), bare keys, `key = value` one per line, # comments.
 * Values: basic strings ("..." with \b \t \n \f \r \" \\ \uXXXX and
 * \UXXXXXXXX) and integers as C's strtol reads them with base 0 (optional
 * sign, 0x hex, a leading 0 means octal). Anything else (true/false,
 * floats, arrays, literal or multi-line strings) is a bad value.
 * Duplicate keys are not diagnosed: the first one wins.
 */
#ifndef CP_SETTINGS_TOML_H
#define CP_SETTINGS_TOML_H

#include <stddef.h>

#include "obj.h"

enum {
    SETTINGS_MISSING = 0, /* no such key in the root table */
    SETTINGS_FOUND = 1,   /* *out is a str or an int */
    SETTINGS_BAD = -1,    /* the key is there but its value is not usable */
};

/* Looks up key in text[0..len). Allocates the result (may raise
 * MemoryError); otherwise never raises. */
int settings_toml_lookup(const char *text, size_t len, const char *key, size_t key_len, obj_t *out);

#endif
