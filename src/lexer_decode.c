/*
 * Decoding of string-literal bodies (see lexer_decode in lexer.h): escape
 * sequences, including \N{name}, and newline normalisation, with
 * CPython's messages for bad escapes.
 */
#include "lexer.h"
#include "uniname.h"

#include <string.h>

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;
    return (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
}

static int decode_escape(const char *s, size_t n, size_t *ip, bool bytes,
                         char *d, size_t *op, char *msg, size_t msgsize)
{
    size_t i = *ip, o = *op;
    char e = s[i + 1];
    static const char simple[] = "\\\\''\"\"a\ab\bf\fn\nr\rt\tv\v";
    for (const char *q = simple; *q; q += 2) {
        if (e == q[0]) {
            d[o++] = q[1];
            *ip = i + 2, *op = o;
            return 0;
        }
    }
    if (e >= '0' && e <= '7') {
        unsigned v = 0;
        size_t j = i + 1;
        for (int k = 0; k < 3 && j < n && s[j] >= '0' && s[j] <= '7'; k++)
            v = v * 8 + (unsigned)(s[j++] - '0');
        if (bytes)
            d[o++] = (char)(v & 0xFF);
        else
            o += (size_t)lexer_utf8_encode(v, d + o);
        *ip = j, *op = o;
        return 0;
    }
    int width = e == 'x' ? 2 : bytes ? 0 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
    if (width) {
        uint32_t v = 0;
        int k;
        for (k = 0; k < width && i + 2 + k < n && hexval(s[i + 2 + k]) >= 0;
             k++)
            v = v * 16 + (uint32_t)hexval(s[i + 2 + k]);
        if (k < width) {
            if (bytes)
                lexer_fmt(msg, msgsize, "(value error) invalid \\x escape at "
                                        "position %u", (unsigned)i);
            else
                lexer_fmt(msg, msgsize,
                          "(unicode error) 'unicodeescape' codec can't decode"
                          " bytes in position %u-%u: truncated \\%s escape",
                          (unsigned)i, (unsigned)(i + 1 + (size_t)k),
                          e == 'x'   ? "xXX"
                          : e == 'u' ? "uXXXX"
                                     : "UXXXXXXXX");
            return LEXER_ERR_SYNTAX;
        }
        if (v > 0x10FFFF) {
            lexer_fmt(msg, msgsize,
                      "(unicode error) 'unicodeescape' codec can't decode "
                      "bytes in position %u-%u: illegal Unicode character",
                      (unsigned)i, (unsigned)(i + 9));
            return LEXER_ERR_SYNTAX;
        }
        if (bytes)
            d[o++] = (char)v;
        else
            o += (size_t)lexer_utf8_encode(v, d + o);
        *ip = i + 2 + (size_t)width, *op = o;
        return 0;
    }
    if (e == 'N' && !bytes) {
        bool brace = i + 2 < n && s[i + 2] == '{';
        const char *close = brace ? memchr(s + i + 3, '}', n - i - 3) : NULL;
        if (!close || close == s + i + 3) {
            /* CPython reports up to the '}', the end, or the N */
            size_t last = !brace ? i + 1 : close ? (size_t)(close - s) - 1 : n - 1;
            lexer_fmt(msg, msgsize,
                      "(unicode error) 'unicodeescape' codec can't decode "
                      "bytes in position %u-%u: malformed \\N character "
                      "escape", (unsigned)i, (unsigned)last);
            return LEXER_ERR_SYNTAX;
        }
        size_t end = (size_t)(close - s);
        int32_t cp = uniname_lookup(s + i + 3, end - i - 3);
        if (cp < 0) {
            lexer_fmt(msg, msgsize,
                      "(unicode error) 'unicodeescape' codec can't decode "
                      "bytes in position %u-%u: unknown Unicode character "
                      "name", (unsigned)i, (unsigned)end);
            return LEXER_ERR_SYNTAX;
        }
        o += (size_t)lexer_utf8_encode((uint32_t)cp, d + o);
        *ip = end + 1, *op = o;
        return 0;
    }
    /* Unknown escape: kept verbatim (the next byte is copied next round). */
    d[o++] = '\\';
    *ip = i + 1, *op = o;
    return 0;
}

int lexer_decode(arena_t *a, const char *s, size_t n, unsigned flags,
                 const char **out, size_t *outlen, char *msg, size_t msgsize)
{
    bool raw = flags & LEX_STR_RAW, bytes = flags & LEX_STR_BYTES;
    size_t i;
    for (i = 0; i < n; i++)
        if (s[i] == '\r' || (s[i] == '\\' && !raw))
            break;
    if (i == n) {
        *out = s;
        *outlen = n;
        return 0;
    }
    /* Every escape shrinks or keeps its length, so n bytes suffice. */
    char *d = arena_alloc(a, n + 1);
    if (!d)
        return LEXER_ERR_MEMORY;
    size_t o = 0;
    i = 0;
    while (i < n) {
        char c = s[i];
        if (c == '\r') {
            d[o++] = '\n';
            i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
        } else if (c != '\\' || raw || i + 1 == n) {
            d[o++] = c;
            i++;
        } else if (s[i + 1] == '\n' || s[i + 1] == '\r') {
            i += (s[i + 1] == '\r' && i + 2 < n && s[i + 2] == '\n') ? 3 : 2;
        } else {
            int r = decode_escape(s, n, &i, bytes, d, &o, msg, msgsize);
            if (r < 0)
                return r;
        }
    }
    *out = d;
    *outlen = o;
    return 0;
}
