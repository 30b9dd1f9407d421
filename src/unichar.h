/*
 * Character properties and case mapping for str methods.
 *
 * Scope (documented approximation of Unicode 14, as CPython 3.11 uses):
 *  - isspace, isdecimal, isdigit, isprintable (for assigned code points),
 *    and decimal values: exact for all planes.
 *  - isalpha: exact in the BMP; in the astral planes only the CJK
 *    ideograph planes (U+20000..U+323AF) count as letters.
 *  - isnumeric: exact in the BMP and for astral digits.
 *  - Case (upper/lower/title/fold and isupper/islower): exact for
 *    U+0000..U+017F (ASCII, Latin-1, Latin Extended-A), Greek
 *    U+0386..U+03CE and Cyrillic U+0400..U+045F; other letters are treated
 *    as caseless. Unassigned code points count as printable.
 *  - Identifiers: start = letter or '_' (plus U+2118, U+212E, U+309B,
 *    U+309C); continue adds decimals, U+00B7 and combining marks
 *    U+0300..U+036F.
 * No function here fails.
 */
#ifndef CP_UNICHAR_H
#define CP_UNICHAR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

bool unichar_isspace(uint32_t c);
bool unichar_isalpha(uint32_t c);
bool unichar_isdecimal(uint32_t c);
bool unichar_isdigit(uint32_t c);
bool unichar_isnumeric(uint32_t c);
bool unichar_isupper(uint32_t c);
bool unichar_islower(uint32_t c);
bool unichar_iscased(uint32_t c);
bool unichar_isprintable(uint32_t c);
bool unichar_isidstart(uint32_t c);
bool unichar_isidcontinue(uint32_t c);
/* Line boundaries of str.splitlines (\r\n is handled by the caller). */
bool unichar_islinebreak(uint32_t c);
/* Value 0..9 of a decimal digit, or -1. */
int unichar_decimal_value(uint32_t c);

/* Full case mapping of one code point into out (1..3 code points);
 * returns the count. */
enum { UNICHAR_UPPER, UNICHAR_LOWER, UNICHAR_TITLE, UNICHAR_FOLD };
size_t unichar_case(uint32_t c, int kind, uint32_t out[3]);
/* Simple (single code point) mappings. */
uint32_t unichar_toupper(uint32_t c);
uint32_t unichar_tolower(uint32_t c);

#endif
