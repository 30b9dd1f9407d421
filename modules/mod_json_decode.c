/*
 * JSON decoder: a recursive-descent scanner over the UTF-8 text of a str,
 * reproducing the messages and error positions of CPython 3.11's C scanner
 * (_json.c). Positions are kept as byte offsets while scanning and turned
 * into code point indexes only when an error is raised.
 *
 * Nesting depth is bounded by the recursion limit (RecursionError, as in
 * CPython) and by runtime_check_stack().
 */
#include <math.h>
#include <string.h>

#include "mem.h"
#include "mod_json.h"
#include "obj_dict.h"
#include "obj_int.h"
#include "obj_list.h"
#include "obj_str.h"
#include "runtime.h"

typedef struct dec {
    const char *s;
    size_t len;             /* bytes */
    obj_t doc;
    const mod_json_decode_opts_t *o;
    size_t depth;
} dec_t;

_Noreturn static void fail(dec_t *d, const char *msg, size_t byte_pos)
{
    mod_json_raise_decode_error(msg, d->doc, utf8_charlen(d->s, byte_pos));
}

static size_t skip_ws(dec_t *d, size_t i)
{
    while (i < d->len) {
        char c = d->s[i];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        i++;
    }
    return i;
}

static void enter(dec_t *d, const char *what)
{
    if (++d->depth > vm.recursion_limit)
        raise_fmt(&type_RecursionError,
                  "maximum recursion depth exceeded while decoding a JSON %s from a unicode string", what);
    runtime_check_stack();
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Four hex digits at i, or -1. */
static long hex4(dec_t *d, size_t i)
{
    long v = 0;
    for (size_t k = 0; k < 4; k++) {
        int h = i + k < d->len ? hexval(d->s[i + k]) : -1;
        if (h < 0)
            return -1;
        v = (v << 4) | h;
    }
    return v;
}

/* i is just after the opening quote; *end receives the position after the
 * closing quote. */
static obj_t scan_string(dec_t *d, size_t i, size_t *end)
{
    size_t begin = i - 1;
    const char *s = d->s;
    size_t run = i;
    /* fast path: no escapes */
    while (run < d->len) {
        unsigned char c = (unsigned char)s[run];
        if (c == '"' || c == '\\' || (c < 0x20 && d->o->strict))
            break;
        run++;
    }
    if (run < d->len && s[run] == '"') {
        *end = run + 1;
        return str_new(s + i, run - i);
    }
    vstr_t v;
    vstr_init(&v, run - i + 16);
    for (;;) {
        size_t start = i;
        while (i < d->len) {
            unsigned char c = (unsigned char)s[i];
            if (c == '"' || c == '\\' || (c < 0x20 && d->o->strict))
                break;
            i++;
        }
        if (i >= d->len)
            fail(d, "Unterminated string starting at", begin);
        vstr_add_strn(&v, s + start, i - start);
        char c = s[i];
        if (c == '"') {
            *end = i + 1;
            return vstr_to_str(&v);
        }
        if (c != '\\')
            fail(d, "Invalid control character at", i);
        size_t esc = i + 1;
        if (esc >= d->len)
            fail(d, "Unterminated string starting at", begin);
        c = s[esc];
        if (c != 'u') {
            char out;
            switch (c) {
            case '"': out = '"'; break;
            case '\\': out = '\\'; break;
            case '/': out = '/'; break;
            case 'b': out = '\b'; break;
            case 'f': out = '\f'; break;
            case 'n': out = '\n'; break;
            case 'r': out = '\r'; break;
            case 't': out = '\t'; break;
            default: fail(d, "Invalid \\escape", i);
            }
            vstr_add_char(&v, out);
            i = esc + 1;
            continue;
        }
        if (esc + 5 >= d->len)
            fail(d, "Invalid \\uXXXX escape", esc);
        long cp = hex4(d, esc + 1);
        if (cp < 0)
            fail(d, "Invalid \\uXXXX escape", esc);
        i = esc + 5;
        if (cp >= 0xd800 && cp <= 0xdbff && i + 6 < d->len && s[i] == '\\' && s[i + 1] == 'u') {
            long lo = hex4(d, i + 2);
            if (lo < 0)
                fail(d, "Invalid \\uXXXX escape", i + 1);
            if (lo >= 0xdc00 && lo <= 0xdfff) {
                cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                i += 6;
            }
        }
        vstr_add_unichar(&v, (uint32_t)cp);
    }
}

static obj_t scan(dec_t *d, size_t i, size_t *end);

static obj_t scan_value_or_fail(dec_t *d, size_t i, size_t *end)
{
    obj_t v = scan(d, i, end);
    if (v == OBJ_NULL)
        fail(d, "Expecting value", i);
    return v;
}

static obj_t scan_object(dec_t *d, size_t i, size_t *end)
{
    enter(d, "object");
    bool pairs = d->o->object_pairs_hook != OBJ_NULL;
    obj_t result = pairs ? obj_new_list(0, NULL) : obj_new_dict(0);
    i = skip_ws(d, i);
    if (i < d->len && d->s[i] == '}') {
        i++;
    } else {
        for (;;) {
            if (i >= d->len || d->s[i] != '"')
                fail(d, "Expecting property name enclosed in double quotes", i);
            obj_t key = scan_string(d, i + 1, &i);
            i = skip_ws(d, i);
            if (i >= d->len || d->s[i] != ':')
                fail(d, "Expecting ':' delimiter", i);
            i = skip_ws(d, i + 1);
            obj_t val = scan_value_or_fail(d, i, &i);
            if (pairs) {
                obj_t kv[2] = {key, val};
                list_append(result, obj_new_tuple(2, kv));
            } else {
                dict_store(result, key, val);
            }
            i = skip_ws(d, i);
            if (i < d->len && d->s[i] == '}') {
                i++;
                break;
            }
            if (i >= d->len || d->s[i] != ',')
                fail(d, "Expecting ',' delimiter", i);
            i = skip_ws(d, i + 1);
        }
    }
    d->depth--;
    *end = i;
    if (pairs)
        return call1(d->o->object_pairs_hook, result);
    if (d->o->object_hook != OBJ_NULL)
        return call1(d->o->object_hook, result);
    return result;
}

static obj_t scan_array(dec_t *d, size_t i, size_t *end)
{
    enter(d, "array");
    obj_t result = obj_new_list(0, NULL);
    i = skip_ws(d, i);
    if (i < d->len && d->s[i] == ']') {
        i++;
    } else {
        for (;;) {
            list_append(result, scan_value_or_fail(d, i, &i));
            i = skip_ws(d, i);
            if (i < d->len && d->s[i] == ']') {
                i++;
                break;
            }
            if (i >= d->len || d->s[i] != ',')
                fail(d, "Expecting ',' delimiter", i);
            i = skip_ws(d, i + 1);
        }
    }
    d->depth--;
    *end = i;
    return result;
}

static bool is_digit(dec_t *d, size_t i)
{
    return i < d->len && d->s[i] >= '0' && d->s[i] <= '9';
}

/* -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)? at i, or OBJ_NULL. */
static obj_t scan_number(dec_t *d, size_t i, size_t *end)
{
    size_t start = i;
    if (i < d->len && d->s[i] == '-')
        i++;
    if (!is_digit(d, i))
        return OBJ_NULL;
    if (d->s[i] == '0')
        i++;
    else
        while (is_digit(d, i))
            i++;
    bool is_float = false;
    if (i < d->len && d->s[i] == '.' && is_digit(d, i + 1)) {
        is_float = true;
        i += 2;
        while (is_digit(d, i))
            i++;
    }
    if (i < d->len && (d->s[i] == 'e' || d->s[i] == 'E')) {
        size_t j = i + 1;
        if (j < d->len && (d->s[j] == '-' || d->s[j] == '+'))
            j++;
        if (is_digit(d, j)) {
            is_float = true;
            i = j;
            while (is_digit(d, i))
                i++;
        }
    }
    *end = i;
    const char *t = d->s + start;
    size_t n = i - start;
    if (is_float) {
        if (d->o->parse_float != OBJ_NULL)
            return call1(d->o->parse_float, str_new(t, n));
        return float_parse(t, n);
    }
    if (d->o->parse_int != OBJ_NULL)
        return call1(d->o->parse_int, str_new(t, n));
    return int_parse(t, n, 10);
}

static bool has_word(dec_t *d, size_t i, const char *w)
{
    size_t n = strlen(w);
    return i + n <= d->len && memcmp(d->s + i, w, n) == 0;
}

static obj_t constant(dec_t *d, const char *name, double v)
{
    if (d->o->parse_constant != OBJ_NULL)
        return call1(d->o->parse_constant, str_new(name, strlen(name)));
    return obj_new_float(v);
}

/* The value at i, or OBJ_NULL when none starts there. */
static obj_t scan(dec_t *d, size_t i, size_t *end)
{
    if (i >= d->len)
        return OBJ_NULL;
    switch (d->s[i]) {
    case '"':
        return scan_string(d, i + 1, end);
    case '{':
        return scan_object(d, i + 1, end);
    case '[':
        return scan_array(d, i + 1, end);
    case 'n':
        if (has_word(d, i, "null")) {
            *end = i + 4;
            return OBJ_NONE;
        }
        return OBJ_NULL;
    case 't':
        if (has_word(d, i, "true")) {
            *end = i + 4;
            return OBJ_TRUE;
        }
        return OBJ_NULL;
    case 'f':
        if (has_word(d, i, "false")) {
            *end = i + 5;
            return OBJ_FALSE;
        }
        return OBJ_NULL;
    case 'N':
        if (has_word(d, i, "NaN")) {
            *end = i + 3;
            return constant(d, "NaN", NAN);
        }
        return OBJ_NULL;
    case 'I':
        if (has_word(d, i, "Infinity")) {
            *end = i + 8;
            return constant(d, "Infinity", INFINITY);
        }
        return OBJ_NULL;
    case '-':
        if (has_word(d, i, "-Infinity")) {
            *end = i + 9;
            return constant(d, "-Infinity", -INFINITY);
        }
        return scan_number(d, i, end);
    default:
        return scan_number(d, i, end);
    }
}

obj_t mod_json_decode(obj_t doc, size_t idx, const mod_json_decode_opts_t *opts, bool raw)
{
    dec_t d;
    d.doc = doc;
    d.s = str_get_data(doc, &d.len);
    d.o = opts;
    d.depth = 0;
    size_t charlen = utf8_charlen(d.s, d.len);
    if (idx > charlen)
        mod_json_raise_decode_error("Expecting value", doc, idx);
    size_t i = utf8_offset(d.s, d.len, charlen, idx);
    size_t end;
    if (raw) {
        obj_t v = scan_value_or_fail(&d, i, &end);
        obj_t r[2] = {v, obj_new_int((intptr_t)utf8_charlen(d.s, end))};
        return obj_new_tuple(2, r);
    }
    i = skip_ws(&d, i);
    obj_t v = scan_value_or_fail(&d, i, &end);
    end = skip_ws(&d, end);
    if (end != d.len)
        fail(&d, "Extra data", end);
    return v;
}
