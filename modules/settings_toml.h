/*
 * The subset of TOML that CircuitPython's settings.toml uses, for
 * os.getenv: the root table only (reading stops at the first line that
 * starts a [table]), bare keys, `key = value` one per line, # comments.
 * Values: basic strings ("..." with \b \t \n \f \r \" \\ \uXXXX and
 * \UXXXXXXXX), integers as C's strtol reads them with base 0 (optional
 * sign, 0x hex, a leading 0 means octal), true / false, and floats
 * (a fraction or an exponent, inf, nan; as float() reads them). Anything
 * else (arrays, literal or multi-line strings, junk after the value) is a
 * bad value. Duplicate keys are not diagnosed: the first one wins.
 */
#ifndef CP_SETTINGS_TOML_H
#define CP_SETTINGS_TOML_H

#include <stddef.h>

#include "obj.h"
#include "settings_toml_scan.h"

/* Looks up key in text[0..len). Returns SETTINGS_FOUND with *out a str,
 * int, bool or float, SETTINGS_MISSING, or SETTINGS_BAD. Allocates the
 * result (may raise MemoryError); otherwise never raises. */
int settings_toml_lookup(const char *text, size_t len, const char *key, size_t key_len, obj_t *out);

#endif
