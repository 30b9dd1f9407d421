/* utf-8 / ascii / latin-1 encoding and decoding (see codec.h). */
#include "codec.h"

#include <string.h>

#include "obj_str.h"
#include "runtime.h"

enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 };
enum {
    ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLREF, ERR_SURROGATEESCAPE,
    ERR_SURROGATEPASS, ERR_UNKNOWN
};

static const char *const codec_names[] = {"utf-8", "ascii", "latin-1"};

static const char *const utf8_aliases[] = {"utf_8", "utf8", "u8", "utf", "cp65001", NULL};
static const char *const ascii_aliases[] = {
    "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986",
    "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", NULL};
static const char *const latin1_aliases[] = {
    "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819",
    "iso_ir_100", "csisolatin1", "ibm819", "iso_8859_1_1987", NULL};

static bool in_list(const char *name, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(name, *list) == 0)
            return true;
    return false;
}

/* Codec id for an encoding name, normalised as CPython does (case, '-'
 * and ' ' are insignificant). */
static int lookup_codec(obj_t encoding)
{
    if (encoding == OBJ_NULL)
        return CODEC_UTF8;
    size_t len;
    const char *s = str_get_data(encoding, &len);
    char norm[24];
    if (len < sizeof(norm)) {
        for (size_t i = 0; i < len; i++) {
            char c = s[i];
            if (c >= 'A' && c <= 'Z')
                c = (char)(c + 32);
            else if (c == '-' || c == ' ')
                c = '_';
            norm[i] = c;
        }
        norm[len] = '\0';
        if (strlen(norm) == len) {
            if (in_list(norm, utf8_aliases))
                return CODEC_UTF8;
            if (in_list(norm, ascii_aliases))
                return CODEC_ASCII;
            if (in_list(norm, latin1_aliases))
                return CODEC_LATIN1;
        }
    }
    raise_fmt(&type_LookupError, "unknown encoding: %S", encoding);
}

static int lookup_errors(obj_t errors)
{
    if (errors == OBJ_NULL)
        return ERR_STRICT;
    size_t len;
    const char *s = str_get_data(errors, &len);
    static const char *const names[] = {"strict",           "ignore",          "replace",
                                        "backslashreplace", "xmlcharrefreplace", "surrogateescape",
                                        "surrogatepass"};
    for (int i = 0; i < ERR_UNKNOWN; i++)
        if (strlen(names[i]) == len && memcmp(names[i], s, len) == 0)
            return i;
    return ERR_UNKNOWN;
}

_Noreturn static void unknown_handler(obj_t errors)
{
    raise_fmt(&type_LookupError, "unknown error handler name '%S'", errors);
}

static void add_hex(vstr_t *v, char kind, uint32_t c, int digits)
{
    static const char hex[] = "0123456789abcdef";
    vstr_add_char(v, '\\');
    vstr_add_char(v, kind);
    for (int i = digits - 1; i >= 0; i--)
        vstr_add_char(v, hex[(c >> (4 * i)) & 0xf]);
}

static void add_escaped_cp(vstr_t *v, uint32_t c)
{
    if (c < 0x100)
        add_hex(v, 'x', c, 2);
    else if (c < 0x10000)
        add_hex(v, 'u', c, 4);
    else
        add_hex(v, 'U', c, 8);
}

static void add_decimal(vstr_t *v, size_t n)
{
    char buf[24];
    size_t i = sizeof(buf);
    do {
        buf[--i] = (char)('0' + n % 10);
        n /= 10;
    } while (n);
    vstr_add_strn(v, buf + i, sizeof(buf) - i);
}

/* ---- encoding ---- */

static bool is_surrogate(uint32_t c)
{
    return c >= 0xd800 && c <= 0xdfff;
}

/* Code points the codec cannot encode. str data may hold lone surrogates
 * (as 3-byte sequences), which UTF-8 refuses like CPython does. */
static bool unencodable(int codec, uint32_t c)
{
    if (codec == CODEC_UTF8)
        return is_surrogate(c);
    return c >= (codec == CODEC_ASCII ? 0x80u : 0x100u);
}

static const char *encode_reason(int codec)
{
    return codec == CODEC_UTF8    ? "surrogates not allowed"
           : codec == CODEC_ASCII ? "ordinal not in range(128)"
                                  : "ordinal not in range(256)";
}

/* UnicodeEncodeError(encoding, object, start, end, reason): code point
 * positions [start, end) of str. */
_Noreturn static void encode_error(int codec, obj_t str, size_t start, size_t end)
{
    obj_t args[5] = {obj_new_str_copy(codec_names[codec]), str, obj_new_int((intptr_t)start),
                     obj_new_int((intptr_t)end), obj_new_str_copy(encode_reason(codec))};
    raise_obj(exception_new(&type_UnicodeEncodeError, 5, args));
}

/* True when UTF-8 data holds an encoded surrogate (ED A0..BF xx). */
static bool has_surrogate(const char *s, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++)
        if ((uint8_t)s[i] == 0xed && (uint8_t)s[i + 1] >= 0xa0)
            return true;
    return false;
}

/* Apply the error handler to the unencodable run [p, q) of code points
 * [pos, stop); raises for strict and for handlers that cannot cope. */
static void encode_bad(vstr_t *v, int codec, int handler, obj_t str, obj_t errors,
                       const char *p, const char *q, size_t pos, size_t stop)
{
    if (handler == ERR_STRICT)
        encode_error(codec, str, pos, stop);
    if (handler == ERR_UNKNOWN)
        unknown_handler(errors);
    if (handler == ERR_SURROGATEESCAPE || handler == ERR_SURROGATEPASS) {
        /* all or nothing: any code point the handler cannot map fails the run */
        for (const char *r = p; r < q;) {
            uint32_t c;
            r = utf8_next(r, &c);
            bool ok = handler == ERR_SURROGATEESCAPE ? (c >= 0xdc80 && c <= 0xdcff)
                                                     : (codec == CODEC_UTF8 && is_surrogate(c));
            if (!ok)
                encode_error(codec, str, pos, stop);
        }
    }
    while (p < q) {
        uint32_t c;
        const char *next = utf8_next(p, &c);
        switch (handler) {
        case ERR_REPLACE:
            vstr_add_char(v, '?');
            break;
        case ERR_BACKSLASH:
            add_escaped_cp(v, c);
            break;
        case ERR_XMLREF:
            vstr_add_str(v, "&#");
            add_decimal(v, c);
            vstr_add_char(v, ';');
            break;
        case ERR_SURROGATEESCAPE:
            vstr_add_char(v, (char)(c - 0xdc00));
            break;
        case ERR_SURROGATEPASS:
            vstr_add_strn(v, p, (size_t)(next - p));
            break;
        default: /* ignore */
            break;
        }
        p = next;
    }
}

obj_t codec_encode(obj_t str, obj_t encoding, obj_t errors)
{
    int codec = lookup_codec(encoding);
    size_t len;
    const char *s = str_get_data(str, &len);
    if (codec == CODEC_UTF8 ? !has_surrogate(s, len) : str_get_charlen(str) == len)
        return obj_new_bytes(s, len);
    int handler = lookup_errors(errors);
    vstr_t v;
    vstr_init(&v, len);
    const char *p = s, *end = s + len;
    size_t pos = 0;
    while (p < end) {
        uint32_t c;
        const char *next = utf8_next(p, &c);
        if (!unencodable(codec, c)) {
            if (codec == CODEC_UTF8)
                vstr_add_strn(&v, p, (size_t)(next - p));
            else
                vstr_add_char(&v, (char)c);
            p = next;
            pos++;
            continue;
        }
        /* the run of consecutive unencodable code points goes to the handler */
        const char *q = next;
        size_t stop = pos + 1;
        while (q < end) {
            uint32_t d;
            const char *nq = utf8_next(q, &d);
            if (!unencodable(codec, d))
                break;
            q = nq;
            stop++;
        }
        encode_bad(&v, codec, handler, str, errors, p, q, pos, stop);
        p = q;
        pos = stop;
    }
    return vstr_to_bytes(&v);
}

/* ---- decoding ---- */

static const char *const utf8_reasons[] = {"", "invalid start byte", "invalid continuation byte",
                                           "unexpected end of data"};

/* UnicodeDecodeError(encoding, object, start, end, reason) for the n bad
 * bytes at s[pos] of the input s[0..len). */
_Noreturn static void decode_error(int codec, const char *s, size_t len, size_t pos, size_t n,
                                   const char *reason)
{
    obj_t args[5] = {obj_new_str_copy(codec_names[codec]), obj_new_bytes(s, len),
                     obj_new_int((intptr_t)pos), obj_new_int((intptr_t)(pos + n)),
                     obj_new_str_copy(reason)};
    raise_obj(exception_new(&type_UnicodeDecodeError, 5, args));
}

/* Apply the error handler to the n bad bytes at s[pos]. */
static void decode_bad(vstr_t *v, int handler, obj_t errors, const char *s, size_t n)
{
    switch (handler) {
    case ERR_IGNORE:
        break;
    case ERR_REPLACE:
        vstr_add_unichar(v, 0xfffd);
        break;
    case ERR_BACKSLASH:
        for (size_t i = 0; i < n; i++)
            add_hex(v, 'x', (uint8_t)s[i], 2);
        break;
    case ERR_SURROGATEESCAPE:
        /* bad bytes are all >= 0x80 here: U+DC80..U+DCFF */
        for (size_t i = 0; i < n; i++)
            vstr_add_unichar(v, 0xdc00 + (uint8_t)s[i]);
        break;
    default:
        unknown_handler(errors);
    }
}

/* Length of an encoded surrogate at s (ED A0..BF 80..BF), else 0. */
static size_t surrogate_len(const char *s, size_t len)
{
    const uint8_t *p = (const uint8_t *)s;
    if (len >= 3 && p[0] == 0xed && p[1] >= 0xa0 && p[1] <= 0xbf && (p[2] & 0xc0) == 0x80)
        return 3;
    return 0;
}

/* End of the valid run starting at pos; *bad and *reason describe the
 * invalid bytes there when it is < len. */
static size_t valid_run(int codec, const char *s, size_t len, size_t pos, size_t *bad,
                        int *reason)
{
    if (codec == CODEC_UTF8)
        return pos + utf8_valid_prefix(s + pos, len - pos, bad, reason);
    size_t good = pos;
    while (good < len && (uint8_t)s[good] < 0x80)
        good++;
    *bad = 1;
    return good;
}

obj_t codec_decode(const char *s, size_t len, obj_t encoding, obj_t errors)
{
    int codec = lookup_codec(encoding);
    vstr_t v;
    if (codec == CODEC_LATIN1) {
        vstr_init(&v, len);
        for (size_t i = 0; i < len; i++)
            vstr_add_unichar(&v, (uint8_t)s[i]);
        return vstr_to_str(&v);
    }
    size_t pos = 0, bad;
    int reason;
    size_t good = valid_run(codec, s, len, 0, &bad, &reason);
    if (good == len)
        return str_new(s, len);
    int handler = lookup_errors(errors);
    vstr_init(&v, len);
    while (pos < len) {
        vstr_add_strn(&v, s + pos, good - pos);
        pos = good;
        if (pos == len)
            break;
        size_t sl;
        if (handler == ERR_SURROGATEPASS && codec == CODEC_UTF8 &&
            (sl = surrogate_len(s + pos, len - pos)) != 0) {
            vstr_add_strn(&v, s + pos, sl);
            pos += sl;
        } else {
            if (handler == ERR_XMLREF)
                raise_msg(&type_TypeError,
                          "don't know how to handle UnicodeDecodeError in error callback");
            if (handler == ERR_STRICT || handler == ERR_SURROGATEPASS)
                decode_error(codec, s, len, pos, bad,
                             codec == CODEC_UTF8 ? utf8_reasons[reason]
                                                 : "ordinal not in range(128)");
            decode_bad(&v, handler, errors, s + pos, bad);
            pos += bad;
        }
        good = valid_run(codec, s, len, pos, &bad, &reason);
    }
    return vstr_to_str(&v);
}
