/*
 * Name -> code point over the compressed tables of uniname_data.h: the
 * query's words become word indices (a scan of the word list), then the
 * names are scanned as index sequences. About 0.3 MB is read per lookup;
 * lookups happen only when source code uses \N{...}.
 */
#include "uniname.h"

#include <stdbool.h>
#include <string.h>

#if CORE_UNICODE_NAMES

#include "genhdr/uniname_data.h"

#define MAX_WORDS 24
#define MAX_NAME 128

/* Jamo short names of the Hangul syllable rule (Unicode ch. 3.12). */
static const char *const jamo_l[19] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                       "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
static const char *const jamo_v[21] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
                                       "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
static const char *const jamo_t[28] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
                                       "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S",
                                       "SS", "NG", "J", "C", "K", "T", "P", "H"};

static bool starts(const char *s, size_t len, const char *prefix, size_t *plen)
{
    *plen = strlen(prefix);
    return len >= *plen && memcmp(s, prefix, *plen) == 0;
}

/* Consumes the jamo of table t (longest match) at *s; -1 when none fits. */
static int jamo(const char *const *t, int n, const char **s, const char *end)
{
    int best = -1;
    size_t best_len = 0;
    for (int i = 0; i < n; i++) {
        size_t l = strlen(t[i]);
        if ((size_t)(end - *s) >= l && memcmp(*s, t[i], l) == 0 && (best < 0 || l > best_len))
            best = i, best_len = l;
    }
    *s += best_len;
    return best;
}

static int32_t hangul(const char *s, size_t len)
{
    const char *end = s + len;
    /* the parse is unambiguous when each part takes its longest match */
    int l = jamo(jamo_l, 19, &s, end);
    int v = jamo(jamo_v, 21, &s, end);
    int t = jamo(jamo_t, 28, &s, end);
    if (l < 0 || v < 0 || t < 0 || s != end)
        return -1;
    return 0xAC00 + (l * 21 + v) * 28 + t;
}

static int32_t by_rule(const char *s, size_t len)
{
    size_t plen;
    if (starts(s, len, "HANGUL SYLLABLE ", &plen))
        return hangul(s + plen, len - plen);
    for (size_t k = 0; k < sizeof(uniname_prefixes) / sizeof(uniname_prefixes[0]); k++) {
        if (!starts(s, len, uniname_prefixes[k], &plen) || len - plen < 4 || len - plen > 5)
            continue;
        uint32_t cp = 0;
        for (size_t i = plen; i < len; i++) {
            char c = s[i];
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0)
                return -1;
            cp = cp * 16 + (uint32_t)d;
        }
        for (size_t r = 0; r < sizeof(uniname_ranges) / sizeof(uniname_ranges[0]); r++)
            if (uniname_ranges[r][0] == k && cp >= uniname_ranges[r][1] && cp <= uniname_ranges[r][2])
                return (int32_t)cp;
        return -1;
    }
    return -1;
}

static int word_index(const char *w, size_t len)
{
    const char *p = uniname_words;
    for (int i = 0; i < UNINAME_WORDS; i++) {
        size_t l = strlen(p);
        if (l == len && memcmp(p, w, len) == 0)
            return i;
        p += l + 1;
    }
    return -1;
}

/* The query as word indices; false when a word is in no name. */
static bool to_words(const char *s, size_t len, uint16_t *idx, size_t *n)
{
    *n = 0;
    size_t i = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && s[j] != ' ')
            j++;
        int k = j > i ? word_index(s + i, j - i) : -1;
        if (k < 0 || *n == MAX_WORDS)
            return false;
        idx[(*n)++] = (uint16_t)k;
        i = j + 1;
        if (j < len && i == len)
            return false; /* trailing space */
    }
    return *n > 0;
}

static int32_t by_table(const char *s, size_t len)
{
    uint16_t q[MAX_WORDS];
    size_t nq;
    if (!to_words(s, len, q, &nq))
        return -1;
    size_t pos = 0, run = 0;
    uint32_t in_run = 0;
    while (pos < sizeof(uniname_seq)) {
        size_t w = 0;
        bool match = true;
        while (uniname_seq[pos] != 0xff) {
            unsigned idx = uniname_seq[pos++];
            if (idx & 0x80)
                idx = (idx & 0x7f) << 8 | uniname_seq[pos++];
            if (w >= nq || q[w] != idx)
                match = false;
            w++;
        }
        pos++;
        if (match && w == nq)
            return (int32_t)(uniname_runs[run][0] + in_run);
        if (++in_run == uniname_runs[run][1])
            run++, in_run = 0;
    }
    return -1;
}

int32_t uniname_lookup(const char *name, size_t len)
{
    char up[MAX_NAME];
    if (len == 0 || len >= MAX_NAME)
        return -1;
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        if ((unsigned char)c >= 0x80)
            return -1;
        up[i] = c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
    }
    int32_t cp = by_rule(up, len);
    return cp >= 0 ? cp : by_table(up, len);
}

#else

int32_t uniname_lookup(const char *name, size_t len)
{
    (void)name;
    (void)len;
    return -1;
}

#endif
