/*
 * Numeric literals: decimal, prefixed (0x 0o 0b), float and imaginary,
 * with underscores, in CPython's tok_get number branch order so that
 * errors are reported at the same place.
 *
 * Part of lexer.c, which includes it: one translation unit, so the
 * lexer's position, error and token helpers stay static. Not compiled on
 * its own.
 */

/* ------------------------------------------------------------------ */
/* Numbers (CPython's tok_get number branch, errors at the same place)  */

/* CPython reports number errors at the column of the character before p. */
static int num_err(lexer_t *lx, const char *p, const char *fmt,
                   const char *arg)
{
    uint32_t col = col_at(lx, p);
    lex_error(lx, LEXER_ERR_SYNTAX, lx->line, col > 1 ? col - 1 : 1, false,
              fmt, arg);
    lx->err.strong = true;
    return LEXER_ERR_SYNTAX;
}

static bool looking_at(lexer_t *lx, const char *p, const char *word)
{
    size_t n = strlen(word);
    return (size_t)(lx->end - p) >= n && memcmp(p, word, n) == 0;
}

/* A number may be followed directly by one of the keywords that can follow
 * it in valid code (CPython warns); any other identifier character is an
 * error. Returns 0 or the error. */
static int end_of_number(lexer_t *lx, const char *p, const char *kind)
{
    int c = peekc(lx, p);
    bool kw = (c == 'a' && looking_at(lx, p + 1, "nd")) ||
              (c == 'e' && looking_at(lx, p + 1, "lse")) ||
              (c == 'f' && looking_at(lx, p + 1, "or")) ||
              (c == 'i' && (peekc(lx, p + 1) == 'f' ||
                            peekc(lx, p + 1) == 'n' ||
                            peekc(lx, p + 1) == 's')) ||
              (c == 'o' && looking_at(lx, p + 1, "r")) ||
              (c == 'n' && looking_at(lx, p + 1, "ot"));
    if (!kw && c >= 0 && is_id_char(c))
        return num_err(lx, p, "invalid %s literal", kind);
    return 0;
}

/* Digits with single underscores between them; *pp is after a digit. */
static int decimal_tail(lexer_t *lx, const char **pp)
{
    const char *p = *pp;
    for (;;) {
        while (is_digit(peekc(lx, p)))
            p++;
        if (peekc(lx, p) != '_')
            break;
        p++;
        if (!is_digit(peekc(lx, p)))
            return num_err(lx, p, "invalid decimal literal", NULL);
    }
    *pp = p;
    return 0;
}

static bool digit_in_base(int c, int base)
{
    if (base == 16)
        return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
    return c >= '0' && c < '0' + base;
}

static int prefixed_int(lexer_t *lx, const char **pp, int base)
{
    static const char *const names[] = {"binary", "octal", "hexadecimal"};
    const char *kind = names[base == 2 ? 0 : base == 8 ? 1 : 2];
    const char *p = *pp;
    do {
        if (peekc(lx, p) == '_')
            p++;
        int c = peekc(lx, p);
        if (!digit_in_base(c, base)) {
            if (base != 16 && is_digit(c))
                goto bad_digit;
            return num_err(lx, p, "invalid %s literal", kind);
        }
        while (digit_in_base(peekc(lx, p), base))
            p++;
    } while (peekc(lx, p) == '_');
    if (base != 16 && is_digit(peekc(lx, p)))
        goto bad_digit;
    *pp = p;
    return end_of_number(lx, p, kind);
bad_digit:
    lex_error(lx, LEXER_ERR_SYNTAX, lx->line, col_at(lx, p), false,
              base == 8 ? "invalid digit '%c' in octal literal"
                        : "invalid digit '%c' in binary literal",
              *p);
    lx->err.strong = true;
    return LEXER_ERR_SYNTAX;
}

/* Copy of s..e without underscores, dropping `skip` leading bytes and
 * `drop` trailing ones; points into the source when nothing changes. */
static int clean_number(lexer_t *lx, token_t *t, const char *s,
                        const char *e, int skip, int drop)
{
    s += skip;
    e -= drop;
    if (!memchr(s, '_', (size_t)(e - s))) {
        t->val = s;
        t->vlen = (size_t)(e - s);
        return 0;
    }
    char *d = arena_alloc(lx->arena, (size_t)(e - s) + 1);
    if (!d)
        return err_memory(lx);
    size_t n = 0;
    for (; s < e; s++)
        if (*s != '_')
            d[n++] = *s;
    t->val = d;
    t->vlen = n;
    return 0;
}

static int finish_number(lexer_t *lx, token_t *t, const char *s,
                         const char *p, int numkind, int base)
{
    emit(lx, t, TOK_NUMBER, s, p);
    t->numkind = (uint8_t)numkind;
    t->base = (uint8_t)base;
    if (numkind == LEX_NUM_INT)
        return clean_number(lx, t, s, p, base == 10 ? 0 : 2, 0);
    return clean_number(lx, t, s, p, 0, numkind == LEX_NUM_IMAG);
}

static int lex_number(lexer_t *lx, token_t *t, const char *s)
{
    const char *p = s;
    int r, kind = LEX_NUM_INT;
    int c1 = peekc(lx, p + 1) | 0x20;
    if (*p == '0' && (c1 == 'x' || c1 == 'o' || c1 == 'b')) {
        int base = c1 == 'x' ? 16 : c1 == 'o' ? 8 : 2;
        p += 2;
        if ((r = prefixed_int(lx, &p, base)) < 0)
            return r;
        return finish_number(lx, t, s, p, kind, base);
    }
    if (*p == '0') {
        bool nonzero = false;
        p++;
        for (;;) {
            if (peekc(lx, p) == '_') {
                p++;
                if (!is_digit(peekc(lx, p)))
                    return num_err(lx, p, "invalid decimal literal", NULL);
            }
            if (peekc(lx, p) != '0')
                break;
            p++;
        }
        if (is_digit(peekc(lx, p))) {
            nonzero = true;
            if ((r = decimal_tail(lx, &p)) < 0)
                return r;
        }
        int c = peekc(lx, p);
        if (c == '.') {
            p++;
            goto fraction;
        }
        if (c == 'e' || c == 'E')
            goto exponent;
        if (c == 'j' || c == 'J')
            goto imaginary;
        if (nonzero) {
            lex_error(lx, LEXER_ERR_SYNTAX, lx->line, col_at(lx, s), false,
                      "leading zeros in decimal integer literals are not "
                      "permitted; use an 0o prefix for octal integers");
            lx->err.strong = true;
            return LEXER_ERR_SYNTAX;
        }
        if ((r = end_of_number(lx, p, "decimal")) < 0)
            return r;
        return finish_number(lx, t, s, p, kind, 10);
    }
    if (*p == '.') {
        p++;
        goto fraction;
    }
    if ((r = decimal_tail(lx, &p)) < 0)
        return r;
    if (peekc(lx, p) == '.') {
        p++;
        goto fraction;
    }
    goto exponent;
fraction:
    kind = LEX_NUM_FLOAT;
    if (is_digit(peekc(lx, p)) && (r = decimal_tail(lx, &p)) < 0)
        return r;
exponent:
    if ((peekc(lx, p) | 0x20) == 'e') {
        const char *ep = p++;
        int c = peekc(lx, p);
        if (c == '+' || c == '-') {
            p++;
            if (!is_digit(peekc(lx, p)))
                return num_err(lx, p, "invalid decimal literal", NULL);
        } else if (!is_digit(c)) {
            /* "1else": the number ends before the e */
            if ((r = end_of_number(lx, ep, "decimal")) < 0)
                return r;
            return finish_number(lx, t, s, ep, kind, 10);
        }
        kind = LEX_NUM_FLOAT;
        if ((r = decimal_tail(lx, &p)) < 0)
            return r;
    }
    if ((peekc(lx, p) | 0x20) == 'j') {
imaginary:
        p++;
        if ((r = end_of_number(lx, p, "imaginary")) < 0)
            return r;
        return finish_number(lx, t, s, p, LEX_NUM_IMAG, 10);
    }
    if ((r = end_of_number(lx, p, "decimal")) < 0)
        return r;
    return finish_number(lx, t, s, p, kind, 10);
}
