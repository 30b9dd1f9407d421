/* Character properties and case mapping (see unichar.h for the scope). */
#include "unichar.h"

/* Table element types of unichar_data.h (described in tools/makeunichar.py). */
typedef struct case_run {
    uint32_t head;  /* start | (count - 1) << 21 | stride-2 flag << 31 */
    int32_t delta;
} case_run_t;

typedef struct case_multi {
    uint16_t cp;
    uint8_t kind;   /* UNICHAR_* */
    uint8_t n;      /* 2 or 3 */
    uint16_t out[3];
} case_multi_t;

#include "unichar_data.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static bool in_ranges16(const uint16_t (*r)[2], size_t n, uint32_t c)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < r[mid][0])
            hi = mid;
        else if (c > r[mid][1])
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

static bool in_ranges32(const uint32_t (*r)[2], size_t n, uint32_t c)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < r[mid][0])
            hi = mid;
        else if (c > r[mid][1])
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

bool unichar_isspace(uint32_t c)
{
    if (c < 0x80)
        return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20);
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
           c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

bool unichar_islinebreak(uint32_t c)
{
    return (c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e) || c == 0x85 ||
           c == 0x2028 || c == 0x2029;
}

bool unichar_isalpha(uint32_t c)
{
    if (c < 0x80)
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    if (c < 0x10000)
        return in_ranges16(alpha_bmp, COUNT(alpha_bmp), c);
    return c >= 0x20000 && c <= 0x323af;
}

int unichar_decimal_value(uint32_t c)
{
    if (c < 0x80)
        return (c >= '0' && c <= '9') ? (int)(c - '0') : -1;
    size_t lo = 0, hi = COUNT(decimal_zero);
    /* find the last zero <= c */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (decimal_zero[mid] <= c)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0 || c - decimal_zero[lo - 1] >= 10)
        return -1;
    return (int)(c - decimal_zero[lo - 1]);
}

bool unichar_isdecimal(uint32_t c)
{
    return unichar_decimal_value(c) >= 0;
}

bool unichar_isdigit(uint32_t c)
{
    return unichar_isdecimal(c) || in_ranges32(digit_other, COUNT(digit_other), c);
}

bool unichar_isnumeric(uint32_t c)
{
    return unichar_isdigit(c) ||
           (c < 0x10000 && in_ranges16(numeric_bmp, COUNT(numeric_bmp), c));
}

bool unichar_isprintable(uint32_t c)
{
    if (c < 0x80)
        return c >= 0x20 && c != 0x7f;
    if (c < 0x10000)
        return !in_ranges16(nonprint_bmp, COUNT(nonprint_bmp), c);
    if (c < 0x20000)
        return !in_ranges16(nonprint_smp, COUNT(nonprint_smp), c - 0x10000);
    return !in_ranges32(nonprint_high, COUNT(nonprint_high), c);
}

bool unichar_isidstart(uint32_t c)
{
    if (c < 0x80)
        return c == '_' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    return (unichar_isalpha(c) && c != 0x37a) || c == 0x2118 || c == 0x212e ||
           c == 0x309b || c == 0x309c || (c >= 0x2160 && c <= 0x2188);
}

bool unichar_isidcontinue(uint32_t c)
{
    return unichar_isidstart(c) || unichar_isdecimal(c) || c == 0xb7 ||
           (c >= 0x300 && c <= 0x36f);
}

/* The delta of c's run in table t, or false when no run holds c. Runs
 * are disjoint and sorted, so only the last one starting at or before c
 * can. */
static bool run_delta(const case_run_t *t, size_t n, uint32_t c, int32_t *delta)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if ((t[mid].head & 0x1fffff) <= c)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return false;
    const case_run_t *r = &t[lo - 1];
    uint32_t off = c - (r->head & 0x1fffff), count = ((r->head >> 21) & 0x3ff) + 1;
    if (r->head >> 31) {
        if (off & 1)
            return false;
        off /= 2;
    }
    if (off >= count)
        return false;
    *delta = r->delta;
    return true;
}

/* A multi-code-point mapping of c for kind into out; 0 when none. */
static size_t multi_case(uint32_t c, int kind, uint32_t out[3])
{
    if (c > 0xffff)
        return 0;
    uint32_t key = c << 2 | (uint32_t)kind;
    size_t lo = 0, hi = COUNT(case_multi);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        uint32_t k = (uint32_t)case_multi[mid].cp << 2 | case_multi[mid].kind;
        if (k == key) {
            for (size_t i = 0; i < case_multi[mid].n; i++)
                out[i] = case_multi[mid].out[i];
            return case_multi[mid].n;
        }
        if (k < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

size_t unichar_case(uint32_t c, int kind, uint32_t out[3])
{
    if (c < 0x80) {
        if (kind == UNICHAR_LOWER || kind == UNICHAR_FOLD)
            out[0] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
        else
            out[0] = (c >= 'a' && c <= 'z') ? c - 32 : c;
        return 1;
    }
    int32_t d;
    /* title and fold are stored where they differ from upper and lower */
    if (kind == UNICHAR_TITLE || kind == UNICHAR_FOLD) {
        size_t n = multi_case(c, kind, out);
        if (n)
            return n;
        bool title = kind == UNICHAR_TITLE;
        if (title ? run_delta(case_title, COUNT(case_title), c, &d)
                  : run_delta(case_fold, COUNT(case_fold), c, &d)) {
            out[0] = (uint32_t)((int32_t)c + d);
            return 1;
        }
        kind = title ? UNICHAR_UPPER : UNICHAR_LOWER;
    }
    size_t n = multi_case(c, kind, out);
    if (n)
        return n;
    bool found = kind == UNICHAR_UPPER ? run_delta(case_upper, COUNT(case_upper), c, &d)
                                       : run_delta(case_lower, COUNT(case_lower), c, &d);
    out[0] = found ? (uint32_t)((int32_t)c + d) : c;
    return 1;
}

uint32_t unichar_tolower(uint32_t c)
{
    uint32_t out[3];
    unichar_case(c, UNICHAR_LOWER, out);
    return out[0];
}

uint32_t unichar_toupper(uint32_t c)
{
    uint32_t out[3];
    unichar_case(c, UNICHAR_UPPER, out);
    return out[0];
}

/* Whether the full mapping of kind changes c. */
static bool has_mapping(uint32_t c, int kind)
{
    uint32_t out[3];
    return unichar_case(c, kind, out) > 1 || out[0] != c;
}

bool unichar_isupper(uint32_t c)
{
    if (c < 0x80)
        return c >= 'A' && c <= 'Z';
    return has_mapping(c, UNICHAR_LOWER) != in_ranges32(upper_xor, COUNT(upper_xor), c);
}

bool unichar_islower(uint32_t c)
{
    if (c < 0x80)
        return c >= 'a' && c <= 'z';
    return has_mapping(c, UNICHAR_UPPER) != in_ranges32(lower_xor, COUNT(lower_xor), c);
}

bool unichar_istitle(uint32_t c)
{
    return c < 0x10000 && in_ranges16(title_lt, COUNT(title_lt), c);
}

bool unichar_iscased(uint32_t c)
{
    return unichar_isupper(c) || unichar_islower(c) || unichar_istitle(c);
}
