/* utf-8 / ascii / latin-1 encoding and decoding (see codec.h). */
#include "codec.h"

#include <string.h>

#include "obj_str.h"
#include "runtime.h"

enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 };
enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLREF, ERR_UNKNOWN };

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
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace",
                                        "xmlcharrefreplace"};
    for (int i = 0; i < 5; i++)
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

_Noreturn static void encode_error(int codec, uint32_t first, size_t start, size_t end)
{
    vstr_t v;
    vstr_init(&v, 96);
    vstr_add_char(&v, '\'');
    vstr_add_str(&v, codec_names[codec]);
    vstr_add_str(&v, "' codec can't encode ");
    if (end - start == 1) {
        vstr_add_str(&v, "character '");
        add_escaped_cp(&v, first);
        vstr_add_str(&v, "' in position ");
        add_decimal(&v, start);
    } else {
        vstr_add_str(&v, "characters in position ");
        add_decimal(&v, start);
        vstr_add_char(&v, '-');
        add_decimal(&v, end - 1);
    }
    vstr_add_str(&v, codec == CODEC_ASCII ? ": ordinal not in range(128)"
                                          : ": ordinal not in range(256)");
    vstr_add_char(&v, '\0');
    raise_msg(&type_UnicodeEncodeError, v.buf);
}

obj_t codec_encode(obj_t str, obj_t encoding, obj_t errors)
{
    int codec = lookup_codec(encoding);
    size_t len;
    const char *s = str_get_data(str, &len);
    if (codec == CODEC_UTF8 || str_get_charlen(str) == len)
        return obj_new_bytes(s, len);
    uint32_t limit = codec == CODEC_ASCII ? 0x80 : 0x100;
    int handler = lookup_errors(errors);
    vstr_t v;
    vstr_init(&v, len);
    const char *p = s, *end = s + len;
    size_t pos = 0;
    while (p < end) {
        uint32_t c;
        p = utf8_next(p, &c);
        if (c < limit) {
            vstr_add_char(&v, (char)c);
            pos++;
            continue;
        }
        switch (handler) {
        case ERR_STRICT: {
            size_t stop = pos + 1;
            const char *q = p;
            while (q < end) {
                uint32_t d;
                const char *nq = utf8_next(q, &d);
                if (d < limit)
                    break;
                q = nq;
                stop++;
            }
            encode_error(codec, c, pos, stop);
        }
        case ERR_IGNORE:
            break;
        case ERR_REPLACE:
            vstr_add_char(&v, '?');
            break;
        case ERR_BACKSLASH:
            add_escaped_cp(&v, c);
            break;
        case ERR_XMLREF:
            vstr_add_str(&v, "&#");
            add_decimal(&v, c);
            vstr_add_char(&v, ';');
            break;
        default:
            unknown_handler(errors);
        }
        pos++;
    }
    return vstr_to_bytes(&v);
}

/* ---- decoding ---- */

static const char *const utf8_reasons[] = {"", "invalid start byte", "invalid continuation byte",
                                           "unexpected end of data"};

_Noreturn static void decode_error(int codec, const char *s, size_t pos, size_t n,
                                   const char *reason)
{
    vstr_t v;
    vstr_init(&v, 96);
    vstr_add_char(&v, '\'');
    vstr_add_str(&v, codec_names[codec]);
    vstr_add_str(&v, "' codec can't decode ");
    if (n == 1) {
        vstr_add_str(&v, "byte 0x");
        static const char hex[] = "0123456789abcdef";
        vstr_add_char(&v, hex[(uint8_t)s[pos] >> 4]);
        vstr_add_char(&v, hex[(uint8_t)s[pos] & 15]);
        vstr_add_str(&v, " in position ");
        add_decimal(&v, pos);
    } else {
        vstr_add_str(&v, "bytes in position ");
        add_decimal(&v, pos);
        vstr_add_char(&v, '-');
        add_decimal(&v, pos + n - 1);
    }
    vstr_add_str(&v, ": ");
    vstr_add_str(&v, reason);
    vstr_add_char(&v, '\0');
    raise_msg(&type_UnicodeDecodeError, v.buf);
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
    default:
        unknown_handler(errors);
    }
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
    size_t pos = 0, bad, good;
    int reason;
    if (codec == CODEC_UTF8) {
        good = utf8_valid_prefix(s, len, &bad, &reason);
    } else {
        for (good = 0; good < len && (uint8_t)s[good] < 0x80; good++) {
        }
        bad = 1;
    }
    if (good == len)
        return str_new(s, len);
    int handler = lookup_errors(errors);
    vstr_init(&v, len);
    while (pos < len) {
        vstr_add_strn(&v, s + pos, good - pos);
        pos = good;
        if (pos == len)
            break;
        if (handler == ERR_STRICT || handler == ERR_XMLREF)
            decode_error(codec, s, pos, bad,
                         codec == CODEC_UTF8 ? utf8_reasons[reason] : "ordinal not in range(128)");
        decode_bad(&v, handler, errors, s + pos, bad);
        pos += bad;
        if (codec == CODEC_UTF8) {
            good = pos + utf8_valid_prefix(s + pos, len - pos, &bad, &reason);
        } else {
            for (good = pos; good < len && (uint8_t)s[good] < 0x80; good++) {
            }
            bad = 1;
        }
    }
    return vstr_to_str(&v);
}
