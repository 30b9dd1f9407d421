/*
 * Case conversion and character-class predicates of str, bytes and
 * bytearray (see bytestr.h). For str the classification and mappings come
 * from unichar.h (full mappings, so 'ß'.upper() == 'SS'); for bytes only
 * ASCII letters have case and only ASCII characters have classes, as in
 * CPython.
 */
#include "bytestr.h"

#include "runtime.h"
#include "unichar.h"

/* ---- per-code-point properties for either kind ---- */

static bool k_upper(bs_kind_t k, uint32_t c)
{
    return k == BS_STR ? unichar_isupper(c) : (c >= 'A' && c <= 'Z');
}

static bool k_lower(bs_kind_t k, uint32_t c)
{
    return k == BS_STR ? unichar_islower(c) : (c >= 'a' && c <= 'z');
}

/* Titlecase letters (Lt, like U+01C5) exist only in str. */
static bool k_title(bs_kind_t k, uint32_t c)
{
    return k == BS_STR && unichar_istitle(c);
}

static bool k_cased(bs_kind_t k, uint32_t c)
{
    return k == BS_STR ? unichar_iscased(c) : ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static bool k_alpha(bs_kind_t k, uint32_t c)
{
    return k == BS_STR ? unichar_isalpha(c) : ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static bool k_digit(bs_kind_t k, uint32_t c)
{
    return k == BS_STR ? unichar_isdigit(c) : (c >= '0' && c <= '9');
}

static bool k_space(bs_kind_t k, uint32_t c)
{
    return k == BS_STR ? unichar_isspace(c) : (c == ' ' || (c >= 9 && c <= 13));
}

static bool k_alnum(bs_kind_t k, uint32_t c)
{
    return k_alpha(k, c) || (k == BS_STR ? unichar_isnumeric(c) : k_digit(k, c));
}

static uint32_t next_cp(const bs_t *v, size_t *i)
{
    uint32_t c;
    if (v->kind != BS_STR) {
        c = (uint8_t)v->s[(*i)++];
    } else {
        const char *p = utf8_next(v->s + *i, &c);
        *i = (size_t)(p - v->s);
    }
    return c;
}

/* ---- mapping ---- */

enum { MAP_UPPER, MAP_LOWER, MAP_SWAP, MAP_TITLE, MAP_CAPITALIZE, MAP_FOLD };

/* Approximation of Unicode's Case_Ignorable for the final-sigma rule. */
static bool case_ignorable(uint32_t c)
{
    return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xa8 ||
           c == 0xad || c == 0xaf || c == 0xb4 || c == 0xb7 || c == 0xb8 ||
           (c >= 0x300 && c <= 0x36f) || c == 0x2018 || c == 0x2019;
}

/* Capital sigma at byte offset i (already decoded, next at j) lowers to
 * final sigma when a cased letter precedes it and none follows. */
static bool final_sigma(const bs_t *v, size_t i, size_t j)
{
    bool before = false;
    while (i > 0) {
        size_t k = i - 1;
        while (((uint8_t)v->s[k] & 0xc0) == 0x80)
            k--;
        size_t t = k;
        uint32_t c = next_cp(v, &t);
        i = k;
        if (!case_ignorable(c)) {
            before = unichar_iscased(c);
            break;
        }
    }
    if (!before)
        return false;
    while (j < v->len) {
        uint32_t c = next_cp(v, &j);
        if (!case_ignorable(c))
            return !unichar_iscased(c);
    }
    return true;
}

static void add_mapped(vstr_t *out, const bs_t *v, uint32_t c, int kind, size_t at, size_t next)
{
    if (v->kind != BS_STR) {
        char ch = (char)c;
        if (kind == UNICHAR_LOWER || kind == UNICHAR_FOLD) {
            if (c >= 'A' && c <= 'Z')
                ch = (char)(c + 32);
        } else if (c >= 'a' && c <= 'z') {
            ch = (char)(c - 32);
        }
        vstr_add_char(out, ch);
        return;
    }
    if (c == 0x3a3 && kind == UNICHAR_LOWER && final_sigma(v, at, next)) {
        vstr_add_unichar(out, 0x3c2);
        return;
    }
    uint32_t m[3];
    size_t n = unichar_case(c, kind, m);
    for (size_t i = 0; i < n; i++)
        vstr_add_unichar(out, m[i]);
}

static obj_t map_common(obj_t self, int how)
{
    bs_t v;
    bytestr_view(self, &v);
    vstr_t out;
    vstr_init(&out, v.len);
    bool prev_cased = false, first = true;
    size_t i = 0;
    while (i < v.len) {
        size_t at = i;
        uint32_t c = next_cp(&v, &i);
        int kind;
        switch (how) {
        case MAP_UPPER:
            kind = UNICHAR_UPPER;
            break;
        case MAP_LOWER:
            kind = UNICHAR_LOWER;
            break;
        case MAP_FOLD:
            kind = UNICHAR_FOLD;
            break;
        case MAP_SWAP:
            kind = k_upper(v.kind, c) ? UNICHAR_LOWER
                   : k_lower(v.kind, c) ? UNICHAR_UPPER
                                        : -1;
            break;
        case MAP_TITLE:
            kind = prev_cased ? UNICHAR_LOWER : UNICHAR_TITLE;
            prev_cased = k_cased(v.kind, c);
            break;
        default: /* MAP_CAPITALIZE */
            kind = first ? UNICHAR_TITLE : UNICHAR_LOWER;
            break;
        }
        first = false;
        if (kind < 0)
            vstr_add_strn(&out, v.s + at, i - at);
        else
            add_mapped(&out, &v, c, kind, at, i);
    }
    return bytestr_from_vstr(v.kind, &out);
}

static obj_t bs_upper(obj_t self)
{
    return map_common(self, MAP_UPPER);
}
BUILTIN_FUN_1(bytestr_case_upper_obj, Q_upper, bs_upper);

static obj_t bs_lower(obj_t self)
{
    return map_common(self, MAP_LOWER);
}
BUILTIN_FUN_1(bytestr_case_lower_obj, Q_lower, bs_lower);

static obj_t bs_swapcase(obj_t self)
{
    return map_common(self, MAP_SWAP);
}
BUILTIN_FUN_1(bytestr_case_swapcase_obj, Q_swapcase, bs_swapcase);

static obj_t bs_title(obj_t self)
{
    return map_common(self, MAP_TITLE);
}
BUILTIN_FUN_1(bytestr_case_title_obj, Q_title, bs_title);

static obj_t bs_capitalize(obj_t self)
{
    return map_common(self, MAP_CAPITALIZE);
}
BUILTIN_FUN_1(bytestr_case_capitalize_obj, Q_capitalize, bs_capitalize);

static obj_t bs_casefold(obj_t self)
{
    return map_common(self, MAP_FOLD);
}
BUILTIN_FUN_1(bytestr_case_casefold_obj, Q_casefold, bs_casefold);

/* ---- predicates ---- */

/* All code points satisfy pred; empty gives empty_result. */
static obj_t all_of(obj_t self, bool (*pred)(bs_kind_t, uint32_t), bool empty_result)
{
    bs_t v;
    bytestr_view(self, &v);
    if (v.len == 0)
        return obj_new_bool(empty_result);
    size_t i = 0;
    while (i < v.len)
        if (!pred(v.kind, next_cp(&v, &i)))
            return OBJ_FALSE;
    return OBJ_TRUE;
}

static bool p_decimal(bs_kind_t k, uint32_t c)
{
    (void)k;
    return unichar_isdecimal(c);
}

static bool p_numeric(bs_kind_t k, uint32_t c)
{
    (void)k;
    return unichar_isnumeric(c);
}

static bool p_printable(bs_kind_t k, uint32_t c)
{
    (void)k;
    return unichar_isprintable(c);
}

static bool p_ascii(bs_kind_t k, uint32_t c)
{
    (void)k;
    return c < 0x80;
}

static obj_t bs_isdigit(obj_t self)
{
    return all_of(self, k_digit, false);
}
BUILTIN_FUN_1(bytestr_case_isdigit_obj, Q_isdigit, bs_isdigit);

static obj_t bs_isalpha(obj_t self)
{
    return all_of(self, k_alpha, false);
}
BUILTIN_FUN_1(bytestr_case_isalpha_obj, Q_isalpha, bs_isalpha);

static obj_t bs_isalnum(obj_t self)
{
    return all_of(self, k_alnum, false);
}
BUILTIN_FUN_1(bytestr_case_isalnum_obj, Q_isalnum, bs_isalnum);

static obj_t bs_isspace(obj_t self)
{
    return all_of(self, k_space, false);
}
BUILTIN_FUN_1(bytestr_case_isspace_obj, Q_isspace, bs_isspace);

static obj_t bs_isdecimal(obj_t self)
{
    return all_of(self, p_decimal, false);
}
BUILTIN_FUN_1(bytestr_case_isdecimal_obj, Q_isdecimal, bs_isdecimal);

static obj_t bs_isnumeric(obj_t self)
{
    return all_of(self, p_numeric, false);
}
BUILTIN_FUN_1(bytestr_case_isnumeric_obj, Q_isnumeric, bs_isnumeric);

static obj_t bs_isprintable(obj_t self)
{
    return all_of(self, p_printable, true);
}
BUILTIN_FUN_1(bytestr_case_isprintable_obj, Q_isprintable, bs_isprintable);

static obj_t bs_isascii(obj_t self)
{
    return all_of(self, p_ascii, true);
}
BUILTIN_FUN_1(bytestr_case_isascii_obj, Q_isascii, bs_isascii);

/* isupper/islower: no char of the opposite case or titlecase, at least
 * one of this case. */
static obj_t case_test(obj_t self, bool want_upper)
{
    bs_t v;
    bytestr_view(self, &v);
    bool cased = false;
    size_t i = 0;
    while (i < v.len) {
        uint32_t c = next_cp(&v, &i);
        bool up = k_upper(v.kind, c), low = k_lower(v.kind, c);
        if ((want_upper ? low : up) || k_title(v.kind, c))
            return OBJ_FALSE;
        if (want_upper ? up : low)
            cased = true;
    }
    return obj_new_bool(cased);
}

static obj_t bs_isupper(obj_t self)
{
    return case_test(self, true);
}
BUILTIN_FUN_1(bytestr_case_isupper_obj, Q_isupper, bs_isupper);

static obj_t bs_islower(obj_t self)
{
    return case_test(self, false);
}
BUILTIN_FUN_1(bytestr_case_islower_obj, Q_islower, bs_islower);

static obj_t bs_istitle(obj_t self)
{
    bs_t v;
    bytestr_view(self, &v);
    bool cased = false, prev_cased = false;
    size_t i = 0;
    while (i < v.len) {
        uint32_t c = next_cp(&v, &i);
        if (k_upper(v.kind, c) || k_title(v.kind, c)) {
            if (prev_cased)
                return OBJ_FALSE;
            prev_cased = cased = true;
        } else if (k_lower(v.kind, c)) {
            if (!prev_cased)
                return OBJ_FALSE;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return obj_new_bool(cased);
}
BUILTIN_FUN_1(bytestr_case_istitle_obj, Q_istitle, bs_istitle);

static obj_t bs_isidentifier(obj_t self)
{
    bs_t v;
    bytestr_view(self, &v);
    if (v.len == 0)
        return OBJ_FALSE;
    size_t i = 0;
    if (!unichar_isidstart(next_cp(&v, &i)))
        return OBJ_FALSE;
    while (i < v.len)
        if (!unichar_isidcontinue(next_cp(&v, &i)))
            return OBJ_FALSE;
    return OBJ_TRUE;
}
BUILTIN_FUN_1(bytestr_case_isidentifier_obj, Q_isidentifier, bs_isidentifier);
