/*
 * Methods that return a changed copy: strip, lstrip, rstrip, replace,
 * center, ljust, rjust, zfill, expandtabs, removeprefix and removesuffix.
 * A result equal to self is self itself for the immutable exact types.
 *
 * Part of bytestr.c, which includes it: one translation unit, so the view,
 * result and argument helpers stay static. Not compiled on its own.
 */

/* ---- strip ---- */

static bool in_chars(const bs_t *v, const char *chars, size_t m, uint32_t c)
{
    if (chars == NULL)
        return is_ws(v, c);
    if (v->kind != BS_STR || c < 0x80)
        return c < 0x100 && memchr(chars, (int)c, m) != NULL;
    char enc[4];
    size_t k = utf8_encode(c, enc);
    return bytestr_find_raw(chars, m, enc, k) >= 0;
}

static obj_t strip_common(size_t n, const obj_t *args, int which, const char *name)
{
    bs_t v;
    bytestr_view(args[0], &v);
    const char *chars = NULL;
    size_t m = 0;
    if (n > 1 && args[1] != OBJ_NONE) {
        chars = arg_get(&v, args[1], &m);
        if (chars == NULL) {
            if (v.kind == BS_STR)
                raise_fmt(&type_TypeError, "%s arg must be None or str", name);
            raise_fmt(&type_TypeError, "a bytes-like object is required, not '%T'", args[1]);
        }
    }
    size_t b0 = 0, b1 = v.len;
    if (which & 1)
        while (b0 < b1) {
            size_t j = b0;
            if (!in_chars(&v, chars, m, next_cp(&v, &j)))
                break;
            b0 = j;
        }
    if (which & 2)
        while (b1 > b0) {
            size_t j = b1;
            if (!in_chars(&v, chars, m, prev_cp(&v, &j)))
                break;
            b1 = j;
        }
    if (b0 == 0 && b1 == v.len)
        return same(args[0], &v);
    return sub_new(&v, b0, b1);
}

static obj_t bs_strip(size_t n, const obj_t *args)
{
    return strip_common(n, args, 3, "strip");
}
BUILTIN_FUN_VAR(bytestr_strip_obj, Q_strip, 1, 2, bs_strip);

static obj_t bs_lstrip(size_t n, const obj_t *args)
{
    return strip_common(n, args, 1, "lstrip");
}
BUILTIN_FUN_VAR(bytestr_lstrip_obj, Q_lstrip, 1, 2, bs_lstrip);

static obj_t bs_rstrip(size_t n, const obj_t *args)
{
    return strip_common(n, args, 2, "rstrip");
}
BUILTIN_FUN_VAR(bytestr_rstrip_obj, Q_rstrip, 1, 2, bs_rstrip);

/* ---- replace ---- */

static obj_t bs_replace(size_t n, const obj_t *args)
{
    bs_t v;
    bytestr_view(args[0], &v);
    size_t no, nn;
    const char *old = arg_get(&v, args[1], &no);
    const char *new = old ? arg_get(&v, args[2], &nn) : NULL;
    if (old == NULL || new == NULL) {
        obj_t bad = old == NULL ? args[1] : args[2];
        if (v.kind == BS_STR)
            raise_fmt(&type_TypeError, "replace() argument %d must be str, not %s",
                      old == NULL ? 1 : 2, str_arg_tname(bad));
        raise_fmt(&type_TypeError, "a bytes-like object is required, not '%T'", bad);
    }
    intptr_t count = n > 3 ? slice_get_index(args[3]) : -1;
    vstr_t out;
    vstr_init(&out, v.len);
    size_t b = 0;
    if (no == 0) {
        /* insert before every code point and at the end */
        while (count != 0) {
            vstr_add_strn(&out, new, nn);
            if (count > 0)
                count--;
            if (b >= v.len)
                break;
            size_t j = b;
            next_cp(&v, &j);
            vstr_add_strn(&out, v.s + b, j - b);
            b = j;
        }
        vstr_add_strn(&out, v.s + b, v.len - b);
        return bytestr_from_vstr(v.kind, &out);
    }
    bool changed = false;
    while (count != 0) {
        intptr_t r = bytestr_find_raw(v.s + b, v.len - b, old, no);
        if (r < 0)
            break;
        vstr_add_strn(&out, v.s + b, (size_t)r);
        vstr_add_strn(&out, new, nn);
        b += (size_t)r + no;
        changed = true;
        if (count > 0)
            count--;
    }
    if (!changed)
        return same(args[0], &v);
    vstr_add_strn(&out, v.s + b, v.len - b);
    return bytestr_from_vstr(v.kind, &out);
}
BUILTIN_FUN_VAR(bytestr_replace_obj, Q_replace, 3, 4, bs_replace);

/* ---- padding ---- */

/* The fill character argument as UTF-8 / one byte. */
static size_t fill_arg(const bs_t *v, size_t n, const obj_t *args, const char *name, char *fill)
{
    if (n < 3) {
        fill[0] = ' ';
        return 1;
    }
    obj_t f = args[2];
    size_t m;
    if (v->kind == BS_STR) {
        if (!str_check(f))
            raise_fmt(&type_TypeError, "The fill character must be a unicode character, not %T",
                      f);
        const char *s = str_get_data(f, &m);
        if (str_get_charlen(f) != 1)
            raise_msg(&type_TypeError, "The fill character must be exactly one character long");
        memcpy(fill, s, m);
        return m;
    }
    const char *s = NULL;
    if (bytes_check(f) || bytearray_check(f))
        s = str_get_data(f, &m);
    if (s == NULL || m != 1)
        raise_fmt(&type_TypeError, "%s() argument 2 must be a byte string of length 1, not %s",
                  name, str_arg_tname(f));
    fill[0] = s[0];
    return 1;
}

static void add_fill(vstr_t *out, const char *fill, size_t fl, size_t count)
{
    for (size_t i = 0; i < count; i++)
        vstr_add_strn(out, fill, fl);
}

/* align: '<' ljust, '>' rjust, '^' center */
static obj_t pad_common(size_t n, const obj_t *args, char align, const char *name)
{
    bs_t v;
    bytestr_view(args[0], &v);
    intptr_t width = slice_get_index(args[1]);
    char fill[4];
    size_t fl = fill_arg(&v, n, args, name, fill);
    if (width <= 0 || (size_t)width <= v.charlen)
        return same(args[0], &v);
    size_t marg = (size_t)width - v.charlen, left;
    if (align == '<')
        left = 0;
    else if (align == '>')
        left = marg;
    else
        left = marg / 2 + (marg & (size_t)width & 1);
    vstr_t out;
    vstr_init(&out, v.len + marg * fl);
    add_fill(&out, fill, fl, left);
    vstr_add_strn(&out, v.s, v.len);
    add_fill(&out, fill, fl, marg - left);
    return bytestr_from_vstr(v.kind, &out);
}

static obj_t bs_center(size_t n, const obj_t *args)
{
    return pad_common(n, args, '^', "center");
}
BUILTIN_FUN_VAR(bytestr_center_obj, Q_center, 2, 3, bs_center);

static obj_t bs_ljust(size_t n, const obj_t *args)
{
    return pad_common(n, args, '<', "ljust");
}
BUILTIN_FUN_VAR(bytestr_ljust_obj, Q_ljust, 2, 3, bs_ljust);

static obj_t bs_rjust(size_t n, const obj_t *args)
{
    return pad_common(n, args, '>', "rjust");
}
BUILTIN_FUN_VAR(bytestr_rjust_obj, Q_rjust, 2, 3, bs_rjust);

static obj_t bs_zfill(obj_t self, obj_t width_obj)
{
    bs_t v;
    bytestr_view(self, &v);
    intptr_t width = slice_get_index(width_obj);
    if (width <= 0 || (size_t)width <= v.charlen)
        return same(self, &v);
    size_t fill = (size_t)width - v.charlen;
    vstr_t out;
    vstr_init(&out, v.len + fill);
    size_t b = 0;
    if (v.len && (v.s[0] == '+' || v.s[0] == '-')) {
        vstr_add_char(&out, v.s[0]);
        b = 1;
    }
    for (size_t i = 0; i < fill; i++)
        vstr_add_char(&out, '0');
    vstr_add_strn(&out, v.s + b, v.len - b);
    return bytestr_from_vstr(v.kind, &out);
}
BUILTIN_FUN_2(bytestr_zfill_obj, Q_zfill, bs_zfill);

static obj_t bs_expandtabs(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {{Q_tabsize, 0, ROM_INT(8)}};
    obj_t ts;
    arg_parse("expandtabs", n - 1, args + 1, kw, 1, spec, &ts);
    intptr_t tabsize = slice_get_index(ts);
    bs_t v;
    bytestr_view(args[0], &v);
    if (memchr(v.s, '\t', v.len) == NULL)
        return same(args[0], &v);
    vstr_t out;
    vstr_init(&out, v.len + 8);
    size_t col = 0, i = 0;
    while (i < v.len) {
        size_t at = i;
        uint32_t c = next_cp(&v, &i);
        if (c == '\t') {
            if (tabsize > 0) {
                size_t k = (size_t)tabsize - col % (size_t)tabsize;
                for (size_t j = 0; j < k; j++)
                    vstr_add_char(&out, ' ');
                col += k;
            }
            continue;
        }
        vstr_add_strn(&out, v.s + at, i - at);
        col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
    return bytestr_from_vstr(v.kind, &out);
}
BUILTIN_FUN_KW(bytestr_expandtabs_obj, Q_expandtabs, 1, bs_expandtabs);

/* ---- removeprefix / removesuffix ---- */

static obj_t remove_common(obj_t self, obj_t arg, bool suffix)
{
    bs_t v;
    bytestr_view(self, &v);
    size_t m;
    const char *s = arg_get(&v, arg, &m);
    if (s == NULL) {
        if (v.kind == BS_STR)
            raise_fmt(&type_TypeError, "%s() argument must be str, not %s",
                      suffix ? "removesuffix" : "removeprefix", str_arg_tname(arg));
        raise_fmt(&type_TypeError, "a bytes-like object is required, not '%T'", arg);
    }
    if (m == 0 || m > v.len)
        return same(self, &v);
    if (suffix) {
        if (memcmp(v.s + v.len - m, s, m) != 0)
            return same(self, &v);
        return sub_new(&v, 0, v.len - m);
    }
    if (memcmp(v.s, s, m) != 0)
        return same(self, &v);
    return sub_new(&v, m, v.len);
}

static obj_t bs_removeprefix(obj_t self, obj_t arg)
{
    return remove_common(self, arg, false);
}
BUILTIN_FUN_2(bytestr_removeprefix_obj, Q_removeprefix, bs_removeprefix);

static obj_t bs_removesuffix(obj_t self, obj_t arg)
{
    return remove_common(self, arg, true);
}
BUILTIN_FUN_2(bytestr_removesuffix_obj, Q_removesuffix, bs_removesuffix);
