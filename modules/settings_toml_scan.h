/*
 * Reading settings.toml without objects: finding a key in the root table
 * and scanning integers (the rules are in settings_toml.h). No allocation
 * and no core objects, so the host can read CIRCUITPY_HEAP_START_SIZE
 * before any VM exists; settings_toml.c builds os.getenv's values on top.
 */
#ifndef CP_SETTINGS_TOML_SCAN_H
#define CP_SETTINGS_TOML_SCAN_H

#include <stdbool.h>
#include <stddef.h>

enum {
    SETTINGS_MISSING = 0, /* no such key in the root table */
    SETTINGS_FOUND = 1,   /* the value was found (and is usable) */
    SETTINGS_BAD = -1,    /* the key is there but its value is not usable */
};

/* A position in text: [p, end). */
typedef struct settings_cursor {
    const char *p;
    const char *end;
} settings_cursor_t;

/* Moves c to the start of key's value (past "key =" and blanks) in the
 * root table. Returns SETTINGS_FOUND, SETTINGS_MISSING, or SETTINGS_BAD
 * when the key's line has no '='. The first line with the key counts. */
int settings_toml_scan_find(settings_cursor_t *c, const char *key, size_t key_len);

/* After a value: true when only blanks and an optional comment follow
 * to the line end (a CR before the LF is accepted); moves over blanks. */
bool settings_toml_scan_line_end(settings_cursor_t *c);

/* An integer as strtol(s, &end, 0) reads it ([+-], then 0x<hex>,
 * 0<octal> or <decimal>) followed by the line end. On success the digits
 * are [*digits, *digits_end) in *base and c is past the value. */
bool settings_toml_scan_int(settings_cursor_t *c, bool *neg, const char **digits, const char **digits_end,
                            unsigned *base);

/* The value of a hex digit, or -1. */
int settings_toml_scan_hex_digit(char ch);

/* The integer value of key in text[0..len). Returns SETTINGS_FOUND with
 * *out set, SETTINGS_MISSING, or SETTINGS_BAD for a value that is not an
 * integer or does not fit a long long (*out untouched then). */
int settings_toml_scan_lookup_int(const char *text, size_t len, const char *key, size_t key_len, long long *out);

#endif
