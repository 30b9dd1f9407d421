/*
 * Unit tests for the lexer (Check).
 *
 * Token streams are compared as compact text: KIND or KIND(value), with
 * positions as @line:col where a test cares. Expected streams follow
 * CPython 3.11's tokenizer (tokenize module / compile()).
 *
 * Build: gcc -std=c11 -Wall -Wextra -fsanitize=address,undefined -Isrc
 *        tests/unit/test_lexer.c src/lexer.c src/arena.c
 *        $(pkg-config --cflags --libs check)
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexer.h"

/* ---- a malloc-backed arena that frees everything at the end ---- */

typedef struct chunk {
    struct chunk *next;
    /* the arena's chunk follows, pointer-aligned */
} chunk_t;

static chunk_t *chunks;

static void *test_chunk(void *ctx, size_t n)
{
    (void)ctx;
    chunk_t *c = malloc(sizeof *c + n);
    if (!c)
        return NULL;
    c->next = chunks;
    chunks = c;
    return c + 1;
}

static void free_chunks(void)
{
    while (chunks) {
        chunk_t *n = chunks->next;
        free(chunks);
        chunks = n;
    }
}

static arena_t arena;
static lexer_t lx;

static void setup(void)
{
    arena_init(&arena, test_chunk, NULL);
}

static void teardown(void)
{
    free_chunks();
}

/* ---- helpers ---- */

static void put(char *buf, size_t size, const char *s)
{
    size_t n = strlen(buf);
    snprintf(buf + n, size - n, "%s", s);
}

static void put_escaped(char *buf, size_t size, const char *s, size_t len)
{
    char tmp[8];
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n')
            snprintf(tmp, sizeof tmp, "\\n");
        else if (c < 0x20 || c >= 0x7f)
            snprintf(tmp, sizeof tmp, "\\x%02x", c);
        else
            snprintf(tmp, sizeof tmp, "%c", c);
        put(buf, size, tmp);
    }
}

/* Tokenizes src into "KIND(val) KIND ..." (with @line:col when pos), or
 * ends with "ERR(line:col msg)". */
static const char *lex_all(const char *src, size_t len, bool pos)
{
    static char out[8192];
    out[0] = '\0';
    lexer_init(&lx, &arena, src, len);
    for (int guard = 0; guard < 1000; guard++) {
        token_t t;
        int r = lexer_next(&lx, &t);
        if (out[0])
            put(out, sizeof out, " ");
        if (r < 0) {
            char tmp[256];
            snprintf(tmp, sizeof tmp, "ERR(%u:%u %s)", (unsigned)lx.err.line,
                     (unsigned)lx.err.col, lx.err.msg);
            put(out, sizeof out, tmp);
            ck_assert_int_eq(r, lx.err.code);
            ck_assert_int_eq(lexer_next(&lx, &t), r); /* sticky */
            return out;
        }
        put(out, sizeof out, lexer_tok_name(t.kind));
        if (t.kind == TOK_NAME || t.kind == TOK_NUMBER ||
            t.kind == TOK_STRING) {
            put(out, sizeof out, "(");
            put_escaped(out, sizeof out, t.val, t.vlen);
            put(out, sizeof out, ")");
        }
        if (pos) {
            char tmp[48];
            snprintf(tmp, sizeof tmp, "@%u:%u", (unsigned)t.line,
                     (unsigned)t.col);
            put(out, sizeof out, tmp);
        }
        if (t.kind == TOK_ENDMARKER)
            return out;
    }
    ck_abort_msg("no ENDMARKER");
    return out;
}

#define LEX(src) lex_all(src, strlen(src), false)
#define LEXP(src) lex_all(src, strlen(src), true)

/* The first token of src. */
static token_t first(const char *src)
{
    token_t t;
    lexer_init(&lx, &arena, src, strlen(src));
    ck_assert_int_eq(lexer_next(&lx, &t), 0);
    return t;
}

/* ---- basic streams ---- */

START_TEST(test_simple_statement)
{
    ck_assert_str_eq(LEXP("x = 1\n"),
                     "NAME(x)@1:1 =@1:3 NUMBER(1)@1:5 NEWLINE@1:6 "
                     "ENDMARKER@1:6");
    /* no final newline: NEWLINE is made up, flagged */
    token_t t;
    lexer_init(&lx, &arena, "x", 1);
    ck_assert_int_eq(lexer_next(&lx, &t), 0);
    ck_assert_int_eq(lexer_next(&lx, &t), 0);
    ck_assert_int_eq(t.kind, TOK_NEWLINE);
    ck_assert(t.flags & LEX_TOK_EOF);
    ck_assert_str_eq(LEX(""), "ENDMARKER");
    ck_assert_str_eq(LEX("\n\n  \n# c\n"), "ENDMARKER");
    ck_assert_str_eq(LEX("\xef\xbb\xbfx"), "NAME(x) NEWLINE ENDMARKER");
}
END_TEST

START_TEST(test_keywords_and_names)
{
    static const char *const kws[] = {
        "False", "None", "True", "and", "as", "assert", "async", "await",
        "break", "class", "continue", "def", "del", "elif", "else",
        "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
        "try", "while", "with", "yield"};
    for (size_t i = 0; i < sizeof kws / sizeof kws[0]; i++) {
        token_t t = first(kws[i]);
        ck_assert_int_ge(t.kind, TOK_FALSE);
        ck_assert_str_eq(lexer_tok_name(t.kind), kws[i]);
    }
    ck_assert_str_eq(LEX("match case _ type print iff Non"),
                     "NAME(match) NAME(case) NAME(_) NAME(type) NAME(print) "
                     "NAME(iff) NAME(Non) NEWLINE ENDMARKER");
    /* non-ASCII identifiers; columns count characters */
    ck_assert_str_eq(LEXP("\xc3\xa9t\xc3\xa9 = \xcf\x80"),
                     "NAME(\\xc3\\xa9t\\xc3\\xa9)@1:1 =@1:5 "
                     "NAME(\\xcf\\x80)@1:7 NEWLINE@1:8 ENDMARKER@1:8");
    ck_assert_str_eq(LEX("a\xc2\xb7"
                         "b"),
                     "NAME(a\\xc2\\xb7b) NEWLINE ENDMARKER");
}
END_TEST

START_TEST(test_operators)
{
    ck_assert_str_eq(
        LEX("( ) [ ] { } : , ; . ... -> := = + - * @ / // % ** << >> | ^ & "
            "~ < > == != <= >= += -= *= @= /= //= %= **= <<= >>= |= ^= &="),
        "( ) [ ] { } : , ; . ... -> := = + - * @ / // % ** << >> | ^ & ~ < > "
        "== != <= >= += -= *= @= /= //= %= **= <<= >>= |= ^= &= NEWLINE "
        "ENDMARKER");
    /* longest match, no spaces */
    ck_assert_str_eq(LEX("a**=b//=c>>=d<<=e...f->g:=h"),
                     "NAME(a) **= NAME(b) //= NAME(c) >>= NAME(d) <<= NAME(e) "
                     "... NAME(f) -> NAME(g) := NAME(h) NEWLINE ENDMARKER");
    ck_assert_str_eq(LEX(".."), ". . NEWLINE ENDMARKER");
    /* stray characters are error tokens for the parser */
    ck_assert_str_eq(LEX("$ ? ! ` <>"), "OP OP OP OP OP NEWLINE ENDMARKER");
    ck_assert_int_eq(TOK_AMPER - TOK_PLUS, TOK_AMPEREQUAL - TOK_PLUSEQUAL);
}
END_TEST

/* ---- numbers ---- */

static void check_number(const char *src, int kind, int base,
                         const char *val)
{
    token_t t = first(src);
    ck_assert_msg(t.kind == TOK_NUMBER, "%s", src);
    ck_assert_int_eq(t.numkind, kind);
    if (kind == LEX_NUM_INT)
        ck_assert_int_eq(t.base, base);
    ck_assert_int_eq(t.vlen, strlen(val));
    ck_assert_msg(memcmp(t.val, val, t.vlen) == 0, "%s: %.*s", src,
                  (int)t.vlen, t.val);
    ck_assert_int_eq(t.len, strlen(src));
}

START_TEST(test_numbers)
{
    check_number("0", LEX_NUM_INT, 10, "0");
    check_number("00", LEX_NUM_INT, 10, "00");
    check_number("0_0", LEX_NUM_INT, 10, "00");
    check_number("123", LEX_NUM_INT, 10, "123");
    check_number("1_000_000", LEX_NUM_INT, 10, "1000000");
    check_number("0x1F", LEX_NUM_INT, 16, "1F");
    check_number("0X_dead_BEEF", LEX_NUM_INT, 16, "deadBEEF");
    check_number("0o17", LEX_NUM_INT, 8, "17");
    check_number("0O_7", LEX_NUM_INT, 8, "7");
    check_number("0b1010", LEX_NUM_INT, 2, "1010");
    check_number("0B1_0", LEX_NUM_INT, 2, "10");
    check_number("1.", LEX_NUM_FLOAT, 0, "1.");
    check_number(".5", LEX_NUM_FLOAT, 0, ".5");
    check_number("1.5", LEX_NUM_FLOAT, 0, "1.5");
    check_number("1e5", LEX_NUM_FLOAT, 0, "1e5");
    check_number("1E+5", LEX_NUM_FLOAT, 0, "1E+5");
    check_number("1_000.5e-3", LEX_NUM_FLOAT, 0, "1000.5e-3");
    check_number("1_0.0_1e1_0", LEX_NUM_FLOAT, 0, "10.01e10");
    check_number("09.5", LEX_NUM_FLOAT, 0, "09.5");
    check_number("0e5", LEX_NUM_FLOAT, 0, "0e5");
    check_number("1j", LEX_NUM_IMAG, 0, "1");
    check_number("2.5J", LEX_NUM_IMAG, 0, "2.5");
    check_number("1e5j", LEX_NUM_IMAG, 0, "1e5");
    check_number("09j", LEX_NUM_IMAG, 0, "09");
    check_number("1_0j", LEX_NUM_IMAG, 0, "10");
    /* a number directly followed by a keyword that may follow it */
    ck_assert_str_eq(LEX("1if x else 2"), "NUMBER(1) if NAME(x) else NUMBER(2) "
                                          "NEWLINE ENDMARKER");
    ck_assert_str_eq(LEX("1else"), "NUMBER(1) else NEWLINE ENDMARKER");
    ck_assert_str_eq(LEX("0x1for"), "NUMBER(1f) or NEWLINE ENDMARKER");
    ck_assert_str_eq(LEX("1.2.3"), "NUMBER(1.2) NUMBER(.3) NEWLINE ENDMARKER");
    ck_assert_str_eq(LEX("1 .real"), "NUMBER(1) . NAME(real) NEWLINE ENDMARKER");
}
END_TEST

START_TEST(test_number_errors)
{
    /* messages and columns as CPython 3.11 */
    ck_assert_str_eq(LEX("1abc"), "ERR(1:1 invalid decimal literal)");
    ck_assert_str_eq(LEX("1__0"), "ERR(1:2 invalid decimal literal)");
    ck_assert_str_eq(LEX("1_"), "ERR(1:2 invalid decimal literal)");
    ck_assert_str_eq(LEX("1e"), "ERR(1:1 invalid decimal literal)");
    ck_assert_str_eq(LEX("1e+"), "ERR(1:3 invalid decimal literal)");
    ck_assert_str_eq(LEX("1._1"), "ERR(1:2 invalid decimal literal)");
    ck_assert_str_eq(LEX("1.real"), "ERR(1:2 invalid decimal literal)");
    ck_assert_str_eq(LEX("0x"), "ERR(1:2 invalid hexadecimal literal)");
    ck_assert_str_eq(LEX("0xg"), "ERR(1:2 invalid hexadecimal literal)");
    ck_assert_str_eq(LEX("0xFFj"), "ERR(1:4 invalid hexadecimal literal)");
    ck_assert_str_eq(LEX("0o8"), "ERR(1:3 invalid digit '8' in octal literal)");
    ck_assert_str_eq(LEX("0o"), "ERR(1:2 invalid octal literal)");
    ck_assert_str_eq(LEX("0b2"), "ERR(1:3 invalid digit '2' in binary literal)");
    ck_assert_str_eq(LEX("0b12"),
                     "ERR(1:4 invalid digit '2' in binary literal)");
    ck_assert_str_eq(LEX("0b1_"), "ERR(1:4 invalid binary literal)");
    ck_assert_str_eq(LEX("1jx"), "ERR(1:2 invalid imaginary literal)");
    ck_assert_str_eq(LEX("012"),
                     "ERR(1:1 leading zeros in decimal integer literals are "
                     "not permitted; use an 0o prefix for octal integers)");
    ck_assert_str_eq(LEX("0_9"),
                     "ERR(1:1 leading zeros in decimal integer literals are "
                     "not permitted; use an 0o prefix for octal integers)");
    ck_assert(lx.err.strong);
}
END_TEST

/* ---- strings ---- */

static token_t string_tok(const char *src)
{
    token_t t = first(src);
    ck_assert_msg(t.kind == TOK_STRING, "%s", src);
    ck_assert_msg(!(t.flags & LEX_STR_ERROR), "%s: %.*s", src, (int)t.vlen,
                  t.val);
    return t;
}

static void check_string(const char *src, const char *val, size_t vlen,
                         unsigned flags)
{
    token_t t = string_tok(src);
    ck_assert_msg(t.vlen == vlen && memcmp(t.val, val, vlen) == 0,
                  "%s: got %.*s", src, (int)t.vlen, t.val);
    ck_assert_int_eq(t.flags & ~LEX_STR_TRIPLE, flags);
}

#define STR(src, val, flags) check_string(src, val, sizeof val - 1, flags)

START_TEST(test_string_prefixes)
{
    STR("'a'", "a", 0);
    STR("\"a\"", "a", 0);
    STR("''", "", 0);
    STR("'''a'b''c'''", "a'b''c", 0);
    STR("\"\"\"a\"\"\"", "a", 0);
    STR("u'a'", "a", LEX_STR_U);
    STR("U'a'", "a", LEX_STR_U);
    STR("r'\\n'", "\\n", LEX_STR_RAW);
    STR("R'\\n'", "\\n", LEX_STR_RAW);
    STR("b'a'", "a", LEX_STR_BYTES);
    STR("B'a'", "a", LEX_STR_BYTES);
    STR("br'\\x'", "\\x", LEX_STR_BYTES | LEX_STR_RAW);
    STR("rB'\\x'", "\\x", LEX_STR_BYTES | LEX_STR_RAW);
    STR("Rb'\\x'", "\\x", LEX_STR_BYTES | LEX_STR_RAW);
    STR("f'{x}'", "{x}", LEX_STR_F);
    STR("rf'{x}\\n'", "{x}\\n", LEX_STR_F | LEX_STR_RAW);
    STR("Fr'{x}'", "{x}", LEX_STR_F | LEX_STR_RAW);
    STR("f'{x}\\n'", "{x}\\n", LEX_STR_F); /* f-strings stay undecoded */
    /* not prefixes */
    ck_assert_str_eq(LEX("ur'a'"), "NAME(ur) STRING(a) NEWLINE ENDMARKER");
    ck_assert_str_eq(LEX("bf'a'"), "NAME(bf) STRING(a) NEWLINE ENDMARKER");
    ck_assert_str_eq(LEX("rr'a'"), "NAME(rr) STRING(a) NEWLINE ENDMARKER");
    /* body offset and quotes */
    token_t t = string_tok("rb'''x'''");
    ck_assert_int_eq(t.body_off, 5);
    ck_assert(t.flags & LEX_STR_TRIPLE);
    ck_assert_int_eq(t.len, 9);
}
END_TEST

START_TEST(test_string_escapes)
{
    STR("'\\\\\\'\\\"\\a\\b\\f\\n\\r\\t\\v'", "\\'\"\a\b\f\n\r\t\v", 0);
    STR("'\\0\\101\\1010\\777'", "\0A" "A0\xc7\xbf", 0);
    STR("'\\x41\\xe9'", "A\xc3\xa9", 0);
    STR("'\\u00e9\\u20ac'", "\xc3\xa9\xe2\x82\xac", 0);
    STR("'\\U0001F600'", "\xf0\x9f\x98\x80", 0);
    STR("'\\ud800'", "\xed\xa0\x80", 0); /* lone surrogate, WTF-8 */
    STR("'\\q\\8\\ '", "\\q\\8\\ ", 0);  /* unknown escapes kept */
    STR("'a\\\nb'", "ab", 0);              /* escaped newline */
    STR("'a\\\r\nb'", "ab", 0);
    STR("'''a\r\nb\rc'''", "a\nb\nc", 0); /* newlines normalised */
    STR("r'''a\r\nb'''", "a\nb", LEX_STR_RAW);
    STR("'\xe2\x82\xac'", "\xe2\x82\xac", 0);
    /* bytes: \x, octal, simple escapes; \u \N are not escapes */
    STR("b'\\x00\\xff\\777\\n'", "\0\xff\xff\n", LEX_STR_BYTES);
    STR("b'\\u1234\\N{x}'", "\\u1234\\N{x}", LEX_STR_BYTES);
    /* the source span is untouched when nothing changes */
    token_t t = string_tok("'plain'");
    ck_assert_ptr_eq(t.val, t.start + 1);
}
END_TEST

static void check_string_error(const char *src, const char *msg, bool start)
{
    token_t t = first(src);
    ck_assert_int_eq(t.kind, TOK_STRING);
    ck_assert_msg(t.flags & LEX_STR_ERROR, "%s", src);
    ck_assert_int_eq(!!(t.flags & LEX_STR_ERR_START), start);
    ck_assert_msg(t.vlen == strlen(msg) && memcmp(t.val, msg, t.vlen) == 0,
                  "%s: %.*s", src, (int)t.vlen, t.val);
}

START_TEST(test_string_errors)
{
    /* decoding errors are left to the parser (as in CPython) */
    check_string_error("'\\xg1'", "(unicode error) 'unicodeescape' codec "
                       "can't decode bytes in position 0-1: truncated \\xXX "
                       "escape", false);
    check_string_error("'ab\\x1'", "(unicode error) 'unicodeescape' codec "
                       "can't decode bytes in position 2-4: truncated \\xXX "
                       "escape", false);
    check_string_error("'\\u12'", "(unicode error) 'unicodeescape' codec "
                       "can't decode bytes in position 0-3: truncated "
                       "\\uXXXX escape", false);
    check_string_error("'\\U12345678'", "(unicode error) 'unicodeescape' "
                       "codec can't decode bytes in position 0-9: illegal "
                       "Unicode character", false);
    check_string_error("'\\N'", "(unicode error) 'unicodeescape' codec "
                       "can't decode bytes in position 0-1: malformed \\N "
                       "character escape", false);
    STR("'\\N{EM DASH}\\N{em dash}'", "\xe2\x80\x94\xe2\x80\x94", 0);
    check_string_error("'\\N{NO SUCH NAME}'", "(unicode error) 'unicodeescape' "
                       "codec can't decode bytes in position 0-15: unknown "
                       "Unicode character name", false);
    check_string_error("'\\N{}'", "(unicode error) 'unicodeescape' codec "
                       "can't decode bytes in position 0-2: malformed \\N "
                       "character escape", false);
    check_string_error("b'\\x1'", "(value error) invalid \\x escape at "
                       "position 0", false);
    check_string_error("b'\xc3\xa9'", "bytes can only contain ASCII literal "
                       "characters", true);
    /* unterminated: reported from the start of the token */
    ck_assert_str_eq(LEX("x = 'abc"), "NAME(x) = ERR(1:5 unterminated string "
                                      "literal (detected at line 1))");
    ck_assert(!lx.err.at_eof);
    ck_assert_str_eq(LEX("x = b'abc\ny'"), "NAME(x) = ERR(1:5 unterminated "
                     "string literal (detected at line 1))");
    ck_assert_str_eq(LEX("x = 'abc\\\n"), "NAME(x) = ERR(1:5 unterminated "
                     "string literal (detected at line 1))");
    ck_assert_str_eq(LEX("x = '''abc\n\n"), "NAME(x) = ERR(1:5 unterminated "
                     "triple-quoted string literal (detected at line 2))");
    ck_assert(lx.err.at_eof);
    ck_assert_str_eq(LEX("x = \"\"\"abc\\"), "NAME(x) = ERR(1:5 unterminated "
                     "triple-quoted string literal (detected at line 1))");
}
END_TEST

START_TEST(test_decode_direct)
{
    const char *out;
    size_t n;
    char msg[160];
    ck_assert_int_eq(lexer_decode(&arena, "a\\{", 3, 0, &out, &n, msg,
                                  sizeof msg), 0);
    ck_assert(n == 3 && memcmp(out, "a\\{", 3) == 0);
    ck_assert_int_eq(lexer_decode(&arena, "a\\", 2, 0, &out, &n, msg,
                                  sizeof msg), 0); /* lone trailing \ */
    ck_assert(n == 2 && memcmp(out, "a\\", 2) == 0);
    ck_assert_int_eq(lexer_decode(&arena, "\\n", 2, LEX_STR_RAW, &out, &n,
                                  msg, sizeof msg), 0);
    ck_assert(n == 2);
    ck_assert_int_eq(lexer_decode(&arena, "\\x4", 3, 0, &out, &n, msg,
                                  sizeof msg), LEXER_ERR_SYNTAX);
    ck_assert_str_eq(msg, "(unicode error) 'unicodeescape' codec can't "
                          "decode bytes in position 0-2: truncated \\xXX "
                          "escape");
}
END_TEST

/* ---- lines and indentation ---- */

START_TEST(test_indentation)
{
    ck_assert_str_eq(LEX("if x:\n    a\n    b\nc\n"),
                     "if NAME(x) : NEWLINE INDENT NAME(a) NEWLINE NAME(b) "
                     "NEWLINE DEDENT NAME(c) NEWLINE ENDMARKER");
    ck_assert_str_eq(LEX("if x:\n  if y:\n    a\nb"),
                     "if NAME(x) : NEWLINE INDENT if NAME(y) : NEWLINE INDENT "
                     "NAME(a) NEWLINE DEDENT DEDENT NAME(b) NEWLINE ENDMARKER");
    /* dedents at the end of input */
    ck_assert_str_eq(LEX("if x:\n  a"), "if NAME(x) : NEWLINE INDENT NAME(a) "
                                        "NEWLINE DEDENT ENDMARKER");
    /* blank and comment lines do not count, wherever they are indented */
    ck_assert_str_eq(LEX("if x:\n  a\n\n# c\n      # d\n  \n  b\n"),
                     "if NAME(x) : NEWLINE INDENT NAME(a) NEWLINE NAME(b) "
                     "NEWLINE DEDENT ENDMARKER");
    /* tabs count to multiples of 8 and must agree with spaces */
    ck_assert_str_eq(LEX("if x:\n\ta\n\tb\n"),
                     "if NAME(x) : NEWLINE INDENT NAME(a) NEWLINE NAME(b) "
                     "NEWLINE DEDENT ENDMARKER");
    ck_assert_str_eq(LEX("if x:\n\f  a\n"), "if NAME(x) : NEWLINE INDENT "
                     "NAME(a) NEWLINE DEDENT ENDMARKER");
    /* positions: INDENT at its width, NEWLINE at a comment if any */
    ck_assert_str_eq(LEXP("if x: # c\n   y\n"),
                     "if@1:1 NAME(x)@1:4 :@1:5 NEWLINE@1:7 INDENT@2:3 "
                     "NAME(y)@2:4 NEWLINE@2:5 DEDENT@2:5 ENDMARKER@2:5");
    ck_assert_str_eq(LEXP("if x:\n y\nz"),
                     "if@1:1 NAME(x)@1:4 :@1:5 NEWLINE@1:6 INDENT@2:1 "
                     "NAME(y)@2:2 NEWLINE@2:3 DEDENT@3:0 NAME(z)@3:1 "
                     "NEWLINE@3:2 ENDMARKER@3:2");
    /* CRLF and CR line ends */
    ck_assert_str_eq(LEX("a\r\nb\rc"), "NAME(a) NEWLINE NAME(b) NEWLINE "
                                       "NAME(c) NEWLINE ENDMARKER");
}
END_TEST

START_TEST(test_indentation_errors)
{
    ck_assert_str_eq(LEX("if x:\n    a\n  b\n"),
                     "if NAME(x) : NEWLINE INDENT NAME(a) NEWLINE ERR(3:4 "
                     "unindent does not match any outer indentation level)");
    ck_assert_int_eq(lx.err.code, LEXER_ERR_INDENT);
    ck_assert_str_eq(LEX("if x:\n        a\n\tb\n"),
                     "if NAME(x) : NEWLINE INDENT NAME(a) NEWLINE ERR(3:1 "
                     "inconsistent use of tabs and spaces in indentation)");
    ck_assert_int_eq(lx.err.code, LEXER_ERR_TAB);
    ck_assert_str_eq(LEX("if x:\n    a\n\tb\n"),
                     "if NAME(x) : NEWLINE INDENT NAME(a) NEWLINE ERR(3:1 "
                     "inconsistent use of tabs and spaces in indentation)");
    char deep[8192] = "";
    for (int i = 0; i < 101; i++) {
        char line[160];
        snprintf(line, sizeof line, "%*sif x:\n", i, "");
        strcat(deep, line);
    }
    strcat(deep, "                                                        "
                 "                                                  pass\n");
    const char *r = LEX(deep);
    ck_assert_msg(strstr(r, "ERR(101:1 too many levels of indentation)"), "%s",
                  r);
    ck_assert_int_eq(lx.err.code, LEXER_ERR_INDENT);
}
END_TEST

START_TEST(test_brackets_and_continuation)
{
    ck_assert_str_eq(LEX("x = (1,\n  2)\ny"),
                     "NAME(x) = ( NUMBER(1) , NUMBER(2) ) NEWLINE NAME(y) "
                     "NEWLINE ENDMARKER");
    ck_assert_str_eq(LEX("x = [\n# c\n]\n"), "NAME(x) = [ ] NEWLINE ENDMARKER");
    ck_assert_str_eq(LEX("x = 1 + \\\n  2\n"),
                     "NAME(x) = NUMBER(1) + NUMBER(2) NEWLINE ENDMARKER");
    token_t t = first("(");
    ck_assert_int_eq(t.level, 1);
    ck_assert_str_eq(LEX("x = )"), "NAME(x) = ERR(1:5 unmatched ')')");
    ck_assert(lx.err.strong);
    ck_assert_str_eq(LEX("(]"), "( ERR(1:2 closing parenthesis ']' does not "
                                "match opening parenthesis '(')");
    ck_assert_str_eq(LEX("(\n}"), "( ERR(2:1 closing parenthesis '}' does "
                                  "not match opening parenthesis '(' on line "
                                  "1)");
    ck_assert_str_eq(LEX("x = (1,\n2"), "NAME(x) = ( NUMBER(1) , NUMBER(2) "
                                        "ERR(1:5 '(' was never closed)");
    ck_assert(lx.err.at_eof && lx.err.unclosed);
    ck_assert_str_eq(LEX("x = 1 + \\"), "NAME(x) = NUMBER(1) + ERR(1:10 "
                                        "unexpected EOF while parsing)");
    ck_assert(lx.err.at_eof);
    ck_assert_str_eq(LEX("x = 1 + \\\n"), "NAME(x) = NUMBER(1) + ERR(1:10 "
                                          "unexpected EOF while parsing)");
    ck_assert_str_eq(LEX("x = \\ 1"), "NAME(x) = ERR(1:6 unexpected "
                                      "character after line continuation "
                                      "character)");
    ck_assert(!lx.err.at_eof && !lx.err.strong);
    /* a backslash in the indentation: its column is the indentation */
    ck_assert_str_eq(LEXP("x\n    \\\ny"),
                     "NAME(x)@1:1 NEWLINE@1:2 INDENT@3:0 NAME(y)@3:1 "
                     "NEWLINE@3:2 DEDENT@3:2 ENDMARKER@3:2");
    char deep[LEXER_MAX_LEVEL + 2];
    memset(deep, '(', sizeof deep - 1);
    deep[sizeof deep - 1] = '\0';
    const char *r = LEX(deep);
    ck_assert_msg(strstr(r, "ERR(1:201 too many nested parentheses)"), "%s",
                  r);
}
END_TEST

START_TEST(test_bad_characters)
{
    ck_assert_str_eq(LEX("x\xe2\x82\xac = 1"),
                     "ERR(1:2 invalid character '\xe2\x82\xac' (U+20AC))");
    ck_assert_str_eq(LEX("\xe2\x82\xac"),
                     "ERR(1:1 invalid character '\xe2\x82\xac' (U+20AC))");
    ck_assert_str_eq(LEX("x = \xc3\x97"),
                     "NAME(x) = ERR(1:5 invalid character '\xc3\x97' "
                     "(U+00D7))");
    ck_assert_str_eq(LEX("x\xc2\xa0= 1"),
                     "ERR(1:2 invalid non-printable character U+00A0)");
    ck_assert_str_eq(LEX("x\xe2\x80\x8b"),
                     "ERR(1:2 invalid non-printable character U+200B)");
    ck_assert_str_eq(LEX("\x01"), "ERR(1:1 invalid non-printable character "
                                  "U+0001)");
    ck_assert_str_eq(LEX("\v"), "ERR(1:1 invalid non-printable character "
                                "U+000B)");
    ck_assert_str_eq(lex_all("a\0b", 3, false),
                     "ERR(1:2 source code string cannot contain null bytes)");
    ck_assert_str_eq(LEX("x = 1\n'\xff'"),
                     "ERR(2:2 (unicode error) 'utf-8' codec can't decode "
                     "byte 0xff in position 7: invalid start byte)");
    ck_assert_str_eq(LEX("# \xc3"),
                     "ERR(1:3 (unicode error) 'utf-8' codec can't decode "
                     "byte 0xc3 in position 2: unexpected end of data)");
    ck_assert_str_eq(LEX("'\xed\xa0\x80'"), /* encoded surrogate */
                     "ERR(1:2 (unicode error) 'utf-8' codec can't decode "
                     "byte 0xed in position 1: invalid continuation byte)");
    ck_assert_str_eq(LEX("'\xc0\x80'"), /* overlong */
                     "ERR(1:2 (unicode error) 'utf-8' codec can't decode "
                     "byte 0xc0 in position 1: invalid start byte)");
    ck_assert_int_eq(lexer_uchar_class(0xE9), 0);
    ck_assert_int_eq(lexer_uchar_class(0x4E2D), 0);
    ck_assert_int_eq(lexer_uchar_class(0x20AC), 1);
    ck_assert_int_eq(lexer_uchar_class(0x1F600), 1);
    ck_assert_int_eq(lexer_uchar_class(0xFEFF), 2);
}
END_TEST

/* ---- sub-lexer, snapshots, helpers ---- */

START_TEST(test_sub_lexer)
{
    const char *src = "x = f'{a +\n b}'";
    const char *e = strchr(src, '{') + 1;
    token_t t;
    lexer_init_sub(&lx, &arena, e, 6, 1, 8);
    ck_assert_int_eq(lexer_next(&lx, &t), 0);
    ck_assert_int_eq(t.kind, TOK_NAME);
    ck_assert_int_eq(t.line, 1);
    ck_assert_int_eq(t.col, 8);
    ck_assert_int_eq(t.level, 1);
    ck_assert_int_eq(lexer_next(&lx, &t), 0);
    ck_assert_int_eq(t.kind, TOK_PLUS);
    ck_assert_int_eq(lexer_next(&lx, &t), 0); /* newline ignored */
    ck_assert_int_eq(t.kind, TOK_NAME);
    ck_assert_int_eq(t.line, 2);
    ck_assert_int_eq(t.col, 2);
    ck_assert_int_eq(lexer_next(&lx, &t), 0);
    ck_assert_int_eq(t.kind, TOK_ENDMARKER);
}
END_TEST

START_TEST(test_snapshot_by_copy)
{
    static lexer_t saved;
    token_t a, b;
    lexer_init(&lx, &arena, "f(x, [y])\nz", 11);
    ck_assert_int_eq(lexer_next(&lx, &a), 0);
    saved = lx;
    for (int i = 0; i < 5; i++)
        ck_assert_int_eq(lexer_next(&lx, &a), 0);
    lx = saved;
    ck_assert_int_eq(lexer_next(&lx, &b), 0);
    ck_assert_int_eq(b.kind, TOK_LPAR);
    ck_assert_int_eq(b.level, 1);
}
END_TEST

START_TEST(test_fmt)
{
    char buf[64];
    ck_assert_int_eq(lexer_fmt(buf, sizeof buf, "%s|%c|%d|%u|%x|%04X|%U|%%",
                               "s", 'c', -12, 34u, 255u, 0x2au, 0x20ACu),
                     24);
    ck_assert_str_eq(buf, "s|c|-12|34|ff|002A|\xe2\x82\xac|%");
    ck_assert_int_eq(lexer_fmt(buf, 4, "%S!", "abcdef", (size_t)5), 6);
    ck_assert_str_eq(buf, "abc");
}
END_TEST

START_TEST(test_performance)
{
    /* 10000 lines should lex in well under a second even with sanitizers */
    static const char block[] =
        "def f(a, b=1, *c, **d):\n"
        "    x = [i * 2 for i in range(10) if i % 3]\n"
        "    return f'{a!r:>{b}}' + \"s\\n\" + str(0x1F + 1.5e3)\n";
    size_t n = 3400 * (sizeof block - 1);
    char *src = malloc(n + 1);
    ck_assert_ptr_nonnull(src);
    for (size_t i = 0; i < n; i += sizeof block - 1)
        memcpy(src + i, block, sizeof block - 1);
    lexer_init(&lx, &arena, src, n);
    token_t t;
    size_t count = 0;
    do {
        ck_assert_int_eq(lexer_next(&lx, &t), 0);
        count++;
    } while (t.kind != TOK_ENDMARKER);
    ck_assert_uint_gt(count, 100000);
    free(src);
}
END_TEST

static Suite *lexer_suite(void)
{
    Suite *s = suite_create("lexer");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_simple_statement);
    tcase_add_test(tc, test_keywords_and_names);
    tcase_add_test(tc, test_operators);
    tcase_add_test(tc, test_numbers);
    tcase_add_test(tc, test_number_errors);
    tcase_add_test(tc, test_string_prefixes);
    tcase_add_test(tc, test_string_escapes);
    tcase_add_test(tc, test_string_errors);
    tcase_add_test(tc, test_decode_direct);
    tcase_add_test(tc, test_indentation);
    tcase_add_test(tc, test_indentation_errors);
    tcase_add_test(tc, test_brackets_and_continuation);
    tcase_add_test(tc, test_bad_characters);
    tcase_add_test(tc, test_sub_lexer);
    tcase_add_test(tc, test_snapshot_by_copy);
    tcase_add_test(tc, test_fmt);
    tcase_add_test(tc, test_performance);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(lexer_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
