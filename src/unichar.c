/* Character properties and case mapping (see unichar.h for the scope). */
#include "unichar.h"

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
    return !in_ranges32(nonprint, COUNT(nonprint), c);
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

/* Latin Extended-A pairs: true when c is the capital of (c, c + 1). */
static bool latin_a_capital(uint32_t c)
{
    if ((c >= 0x100 && c <= 0x12f) || (c >= 0x132 && c <= 0x137) ||
        (c >= 0x14a && c <= 0x177))
        return (c & 1) == 0;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e))
        return (c & 1) == 1;
    return false;
}

uint32_t unichar_tolower(uint32_t c)
{
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    if (c < 0x100)
        return (c >= 0xc0 && c <= 0xde && c != 0xd7) ? c + 32 : c;
    if (c < 0x180) {
        if (c == 0x130)
            return 'i';
        if (c == 0x178)
            return 0xff;
        return latin_a_capital(c) ? c + 1 : c;
    }
    if (c == 0x386)
        return 0x3ac;
    if (c >= 0x388 && c <= 0x38a)
        return c + 37;
    if (c == 0x38c)
        return 0x3cc;
    if (c == 0x38e || c == 0x38f)
        return c + 63;
    if (c >= 0x391 && c <= 0x3ab && c != 0x3a2)
        return c + 32;
    if (c >= 0x400 && c <= 0x40f)
        return c + 80;
    if (c >= 0x410 && c <= 0x42f)
        return c + 32;
    return c;
}

uint32_t unichar_toupper(uint32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') ? c - 32 : c;
    if (c < 0x100) {
        if (c >= 0xe0 && c <= 0xfe && c != 0xf7)
            return c - 32;
        if (c == 0xff)
            return 0x178;
        return c == 0xb5 ? 0x39c : c;
    }
    if (c < 0x180) {
        if (c == 0x131)
            return 'I';
        if (c == 0x17f)
            return 'S';
        return latin_a_capital(c - 1) ? c - 1 : c;
    }
    if (c == 0x3ac)
        return 0x386;
    if (c >= 0x3ad && c <= 0x3af)
        return c - 37;
    if (c == 0x3cc)
        return 0x38c;
    if (c == 0x3cd || c == 0x3ce)
        return c - 63;
    if (c == 0x3c2)
        return 0x3a3;
    if (c >= 0x3b1 && c <= 0x3cb)
        return c - 32;
    if (c >= 0x430 && c <= 0x44f)
        return c - 32;
    if (c >= 0x450 && c <= 0x45f)
        return c - 80;
    return c;
}

bool unichar_isupper(uint32_t c)
{
    return unichar_tolower(c) != c;
}

bool unichar_islower(uint32_t c)
{
    return unichar_toupper(c) != c || c == 0xaa || c == 0xba || c == 0xdf ||
           c == 0x138 || c == 0x149 || c == 0x390 || c == 0x3b0;
}

bool unichar_iscased(uint32_t c)
{
    return unichar_isupper(c) || unichar_islower(c);
}

static size_t put3(uint32_t out[3], uint32_t a, uint32_t b, uint32_t c)
{
    out[0] = a;
    out[1] = b;
    out[2] = c;
    return c ? 3 : 2;
}

/* Multi-code-point mappings (SpecialCasing plus case folding) in scope. */
static size_t special_case(uint32_t c, int kind, uint32_t out[3])
{
    bool fold = kind == UNICHAR_FOLD, lower = kind == UNICHAR_LOWER;
    switch (c) {
    case 0xdf:
        if (lower)
            return 0;
        return put3(out, fold ? 's' : 'S', kind == UNICHAR_UPPER ? 'S' : 's', 0);
    case 0x130:
        return (lower || fold) ? put3(out, 'i', 0x307, 0) : 0;
    case 0x149:
        if (lower)
            return 0;
        return put3(out, 0x2bc, fold ? 'n' : 'N', 0);
    case 0x390:
    case 0x3b0:
        if (lower)
            return 0;
        if (fold)
            return put3(out, c == 0x390 ? 0x3b9 : 0x3c5, 0x308, 0x301);
        return put3(out, c == 0x390 ? 0x399 : 0x3a5, 0x308, 0x301);
    default:
        return 0;
    }
}

size_t unichar_case(uint32_t c, int kind, uint32_t out[3])
{
    if (c >= 0xdf) {
        size_t n = special_case(c, kind, out);
        if (n)
            return n;
    }
    switch (kind) {
    case UNICHAR_LOWER:
        out[0] = unichar_tolower(c);
        break;
    case UNICHAR_FOLD:
        if (c == 0xb5)
            out[0] = 0x3bc;
        else if (c == 0x17f)
            out[0] = 's';
        else if (c == 0x3c2)
            out[0] = 0x3c3;
        else
            out[0] = unichar_tolower(c);
        break;
    default:
        out[0] = unichar_toupper(c);
        break;
    }
    return 1;
}
