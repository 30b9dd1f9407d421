/*
 * UTF-8 helpers for str (declared in obj_str.h).
 *
 * Invariant relied on by every caller: str data is valid UTF-8 (checked
 * where bytes become str), so decoding here does no validation except in
 * utf8_is_valid.
 */
#include <string.h>

#include "obj_str.h"

const char *utf8_next(const char *s, uint32_t *cp)
{
    const uint8_t *p = (const uint8_t *)s;
    uint32_t c = *p++;
    if (c >= 0xc0) {
        int extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
        c &= 0x3f >> extra;
        while (extra--)
            c = (c << 6) | (*p++ & 0x3f);
    }
    *cp = c;
    return (const char *)p;
}

size_t utf8_charlen(const char *s, size_t len)
{
    /* code points = bytes - continuation bytes (10xxxxxx); count those a
       word at a time: bit 7 set and bit 6 clear in each byte */
    const uint64_t ones = 0x0101010101010101ull;
    size_t cont = 0, i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t x;
        memcpy(&x, s + i, 8);
        uint64_t t = (x >> 7) & ~(x >> 6) & ones;
        cont += (size_t)((t * ones) >> 56); /* sum of the byte flags (each 0 or 1) */
    }
    for (; i < len; i++)
        cont += ((uint8_t)s[i] & 0xc0) == 0x80;
    return len - cont;
}

size_t utf8_valid_prefix(const char *s, size_t len, size_t *bad_len, int *reason)
{
    const uint8_t *p = (const uint8_t *)s;
    size_t i = 0;
    while (i < len) {
        uint8_t c = p[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t need;
        uint8_t lo = 0x80, hi = 0xbf; /* allowed range of the 2nd byte */
        if (c >= 0xc2 && c <= 0xdf)
            need = 1;
        else if (c >= 0xe0 && c <= 0xef) {
            need = 2;
            if (c == 0xe0)
                lo = 0xa0;          /* overlong */
            else if (c == 0xed)
                hi = 0x9f;          /* surrogates */
        } else if (c >= 0xf0 && c <= 0xf4) {
            need = 3;
            if (c == 0xf0)
                lo = 0x90;
            else if (c == 0xf4)
                hi = 0x8f;          /* > U+10FFFF */
        } else {
            *bad_len = 1;
            *reason = UTF8_INVALID_START;
            return i;
        }
        size_t k = 1;
        for (; k <= need && i + k < len; k++) {
            uint8_t b = p[i + k];
            bool ok = k == 1 ? (b >= lo && b <= hi) : (b & 0xc0) == 0x80;
            if (!ok) {
                *bad_len = k;
                *reason = UTF8_INVALID_CONTINUATION;
                return i;
            }
        }
        if (k <= need) {
            *bad_len = k;
            *reason = UTF8_UNEXPECTED_END;
            return i;
        }
        i += need + 1;
    }
    *bad_len = 0;
    *reason = 0;
    return len;
}

bool utf8_is_valid(const char *s, size_t len)
{
    size_t bad;
    int reason;
    return utf8_valid_prefix(s, len, &bad, &reason) == len;
}

size_t utf8_offset(const char *s, size_t len, size_t charlen, size_t i)
{
    if (charlen == len)
        return i;
    if (i >= charlen)
        return len;
    size_t off;
    if (i <= charlen / 2) {
        off = 0;
        while (i) {
            off++;
            while (((uint8_t)s[off] & 0xc0) == 0x80)
                off++;
            i--;
        }
    } else {
        off = len;
        for (size_t back = charlen - i; back; back--) {
            off--;
            while (((uint8_t)s[off] & 0xc0) == 0x80)
                off--;
        }
    }
    return off;
}

size_t utf8_encode(uint32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xc0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xe0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        out[2] = (char)(0x80 | (cp & 0x3f));
        return 3;
    }
    out[0] = (char)(0xf0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
    out[3] = (char)(0x80 | (cp & 0x3f));
    return 4;
}
