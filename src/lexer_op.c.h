/*
 * Operators and delimiters: longest-match spelling, the bracket stack
 * with CPython's mismatch messages, and lone characters that start no
 * token.
 *
 * Part of lexer.c, which includes it: one translation unit, so the
 * lexer's position, error and token helpers stay static. Not compiled on
 * its own.
 */

/* ------------------------------------------------------------------ */
/* Operators                                                           */

/* Operator spellings, for lexer_tok_name. */
static const struct {
    const char s[4];
    uint8_t kind;
} operators[] = {
    {"(", TOK_LPAR}, {")", TOK_RPAR}, {"[", TOK_LSQB}, {"]", TOK_RSQB},
    {"{", TOK_LBRACE}, {"}", TOK_RBRACE}, {":", TOK_COLON},
    {",", TOK_COMMA}, {";", TOK_SEMI}, {".", TOK_DOT}, {"...", TOK_ELLIPSIS},
    {"->", TOK_RARROW}, {":=", TOK_COLONEQUAL}, {"=", TOK_EQUAL},
    {"+", TOK_PLUS}, {"-", TOK_MINUS}, {"*", TOK_STAR}, {"@", TOK_AT},
    {"/", TOK_SLASH}, {"//", TOK_DSLASH}, {"%", TOK_PERCENT},
    {"**", TOK_DSTAR}, {"<<", TOK_LSHIFT}, {">>", TOK_RSHIFT},
    {"|", TOK_VBAR}, {"^", TOK_CIRCUMFLEX}, {"&", TOK_AMPER},
    {"~", TOK_TILDE}, {"<", TOK_LESS}, {">", TOK_GREATER},
    {"==", TOK_EQEQUAL}, {"!=", TOK_NOTEQUAL}, {"<=", TOK_LESSEQUAL},
    {">=", TOK_GREATEREQUAL}, {"+=", TOK_PLUSEQUAL}, {"-=", TOK_MINEQUAL},
    {"*=", TOK_STAREQUAL}, {"@=", TOK_ATEQUAL}, {"/=", TOK_SLASHEQUAL},
    {"//=", TOK_DSLASHEQUAL}, {"%=", TOK_PERCENTEQUAL},
    {"**=", TOK_DSTAREQUAL}, {"<<=", TOK_LSHIFTEQUAL},
    {">>=", TOK_RSHIFTEQUAL}, {"|=", TOK_VBAREQUAL},
    {"^=", TOK_CIRCUMFLEXEQUAL}, {"&=", TOK_AMPEREQUAL},
};

/* The operator or delimiter at p (longest match); 0 if none. */
static int match_op(const char *p, const char *e, int *len)
{
    int c1 = p + 1 < e ? p[1] : 0, c2 = p + 2 < e ? p[2] : 0;
    bool eq = c1 == '=';
    *len = 1;
    switch (*p) {
    case '(': return TOK_LPAR;
    case ')': return TOK_RPAR;
    case '[': return TOK_LSQB;
    case ']': return TOK_RSQB;
    case '{': return TOK_LBRACE;
    case '}': return TOK_RBRACE;
    case ',': return TOK_COMMA;
    case ';': return TOK_SEMI;
    case '~': return TOK_TILDE;
    case '.':
        if (c1 == '.' && c2 == '.') {
            *len = 3;
            return TOK_ELLIPSIS;
        }
        return TOK_DOT;
    case ':':
        *len += eq;
        return eq ? TOK_COLONEQUAL : TOK_COLON;
    case '=':
        *len += eq;
        return eq ? TOK_EQEQUAL : TOK_EQUAL;
    case '!':
        *len += eq;
        return eq ? TOK_NOTEQUAL : 0;
    case '+':
        *len += eq;
        return eq ? TOK_PLUSEQUAL : TOK_PLUS;
    case '-':
        if (c1 == '>') {
            *len = 2;
            return TOK_RARROW;
        }
        *len += eq;
        return eq ? TOK_MINEQUAL : TOK_MINUS;
    case '@':
        *len += eq;
        return eq ? TOK_ATEQUAL : TOK_AT;
    case '%':
        *len += eq;
        return eq ? TOK_PERCENTEQUAL : TOK_PERCENT;
    case '|':
        *len += eq;
        return eq ? TOK_VBAREQUAL : TOK_VBAR;
    case '^':
        *len += eq;
        return eq ? TOK_CIRCUMFLEXEQUAL : TOK_CIRCUMFLEX;
    case '&':
        *len += eq;
        return eq ? TOK_AMPEREQUAL : TOK_AMPER;
    case '*':
    case '/':
    case '<':
    case '>':
        break;
    default:
        return 0;
    }
    /* the doubling operators: * ** *= **=, / // /= //=, < << <= <<= <>,
     * > >> >= >>= */
    static const char dbl[] = "*/<>";
    static const uint8_t kinds[4][4] = {
        /* single, single=, double, double= */
        {TOK_STAR, TOK_STAREQUAL, TOK_DSTAR, TOK_DSTAREQUAL},
        {TOK_SLASH, TOK_SLASHEQUAL, TOK_DSLASH, TOK_DSLASHEQUAL},
        {TOK_LESS, TOK_LESSEQUAL, TOK_LSHIFT, TOK_LSHIFTEQUAL},
        {TOK_GREATER, TOK_GREATEREQUAL, TOK_RSHIFT, TOK_RSHIFTEQUAL},
    };
    int i = (int)(strchr(dbl, *p) - dbl);
    if (*p == '<' && c1 == '>') {
        *len = 2; /* Python 2's <>, an error token as in CPython */
        return TOK_OTHER;
    }
    if (c1 == *p) {
        *len = 2 + (c2 == '=');
        return kinds[i][2 + (c2 == '=')];
    }
    *len += eq;
    return kinds[i][eq];
}

static int bracket(lexer_t *lx, int kind, const char *p)
{
    if (kind == TOK_LPAR || kind == TOK_LSQB || kind == TOK_LBRACE) {
        if (lx->level >= LEXER_MAX_LEVEL)
            return err_at(lx, p, "too many nested parentheses");
        lx->parens[lx->level].ch = *p;
        lx->parens[lx->level].line = lx->line;
        lx->parens[lx->level].col = col_at(lx, p);
        lx->level++;
        return 0;
    }
    if (lx->level == 0)
        return err_at(lx, p, "unmatched '%c'", *p);
    char open = lx->parens[lx->level - 1].ch;
    char want = open == '(' ? ')' : open == '[' ? ']' : '}';
    if (*p != want) {
        uint32_t ol = lx->parens[lx->level - 1].line;
        if (ol != lx->line)
            return err_at(lx, p, "closing parenthesis '%c' does not match "
                                 "opening parenthesis '%c' on line %u",
                          *p, open, (unsigned)ol);
        return err_at(lx, p, "closing parenthesis '%c' does not match "
                             "opening parenthesis '%c'", *p, open);
    }
    lx->level--;
    return 0;
}

static int lex_operator(lexer_t *lx, token_t *t, const char *p)
{
    int n, kind = match_op(p, lx->end, &n);
    if (kind) {
        if (kind >= TOK_LPAR && kind <= TOK_RBRACE) {
            int r = bracket(lx, kind, p);
            if (r < 0)
                return r;
        }
        return emit(lx, t, kind, p, p + n);
    }
    unsigned char c = (unsigned char)*p;
    if (c < 0x20 || c == 0x7F)
        return err_at(lx, p, "invalid non-printable character U+%04X", c);
    return emit(lx, t, TOK_OTHER, p, p + 1);
}
