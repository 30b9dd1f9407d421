/*
 * Splitting and joining: split and rsplit (on whitespace or a separator,
 * with maxsplit), splitlines, join, partition and rpartition.
 *
 * Part of bytestr.c, which includes it: one translation unit, so the view,
 * result and argument helpers stay static. Not compiled on its own.
 */

/* ---- split ---- */

static void split_ws(const bs_t *v, intptr_t maxsplit, objvec_t *out)
{
    size_t i = 0, n = v->len;
    for (;;) {
        size_t j = i;
        while (i < n) {
            j = i;
            if (!is_ws(v, next_cp(v, &j)))
                break;
            i = j;
        }
        if (i >= n)
            return;
        if (maxsplit == 0) {
            size_t e = n;
            ov_push(out, sub_new(v, i, e));
            return;
        }
        size_t start = i;
        while (i < n) {
            j = i;
            if (is_ws(v, next_cp(v, &j)))
                break;
            i = j;
        }
        ov_push(out, sub_new(v, start, i));
        if (maxsplit > 0)
            maxsplit--;
    }
}

static void rsplit_ws(const bs_t *v, intptr_t maxsplit, objvec_t *out)
{
    size_t i = v->len;
    for (;;) {
        size_t j;
        while (i > 0) {
            j = i;
            if (!is_ws(v, prev_cp(v, &j)))
                break;
            i = j;
        }
        if (i == 0)
            return;
        if (maxsplit == 0) {
            ov_push(out, sub_new(v, 0, i));
            return;
        }
        size_t end = i;
        while (i > 0) {
            j = i;
            if (is_ws(v, prev_cp(v, &j)))
                break;
            i = j;
        }
        ov_push(out, sub_new(v, i, end));
        if (maxsplit > 0)
            maxsplit--;
    }
}

static obj_t split_common(size_t n, const obj_t *args, map_t *kw, bool reverse)
{
    static const arg_spec_t spec[] = {
        {Q_sep, 0, OBJ_NONE},
        {Q_maxsplit, 0, ROM_INT(-1)},
    };
    obj_t a[2];
    arg_parse(reverse ? "rsplit" : "split", n - 1, args + 1, kw, 2, spec, a);
    bs_t v;
    bytestr_view(args[0], &v);
    intptr_t maxsplit = slice_get_index(a[1]);
    objvec_t out = {NULL, 0, 0};
    if (a[0] == OBJ_NONE) {
        if (reverse)
            rsplit_ws(&v, maxsplit, &out);
        else
            split_ws(&v, maxsplit, &out);
        return ov_to_list(&out, reverse);
    }
    size_t m;
    const char *sep = arg_get(&v, a[0], &m);
    if (sep == NULL) {
        if (v.kind == BS_STR)
            raise_fmt(&type_TypeError, "must be str or None, not %T", a[0]);
        raise_fmt(&type_TypeError, "a bytes-like object is required, not '%T'", a[0]);
    }
    if (m == 0)
        raise_msg(&type_ValueError, "empty separator");
    if (!reverse) {
        size_t b = 0;
        while (maxsplit != 0) {
            intptr_t r = bytestr_find_raw(v.s + b, v.len - b, sep, m);
            if (r < 0)
                break;
            ov_push(&out, sub_new(&v, b, b + (size_t)r));
            b += (size_t)r + m;
            if (maxsplit > 0)
                maxsplit--;
        }
        ov_push(&out, sub_new(&v, b, v.len));
        return ov_to_list(&out, false);
    }
    size_t e = v.len;
    while (maxsplit != 0) {
        intptr_t r = bytestr_rfind_raw(v.s, e, sep, m);
        if (r < 0)
            break;
        ov_push(&out, sub_new(&v, (size_t)r + m, e));
        e = (size_t)r;
        if (maxsplit > 0)
            maxsplit--;
    }
    ov_push(&out, sub_new(&v, 0, e));
    return ov_to_list(&out, true);
}

static obj_t bs_split(size_t n, const obj_t *args, map_t *kw)
{
    return split_common(n, args, kw, false);
}
BUILTIN_FUN_KW(bytestr_split_obj, Q_split, 1, bs_split);

static obj_t bs_rsplit(size_t n, const obj_t *args, map_t *kw)
{
    return split_common(n, args, kw, true);
}
BUILTIN_FUN_KW(bytestr_rsplit_obj, Q_rsplit, 1, bs_rsplit);

static obj_t bs_splitlines(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {{Q_keepends, 0, OBJ_FALSE}};
    obj_t keep_obj;
    arg_parse("splitlines", n - 1, args + 1, kw, 1, spec, &keep_obj);
    if (obj_get_type(keep_obj) == &type_float)
        raise_msg(&type_TypeError, "'float' object cannot be interpreted as an integer");
    bool keep = obj_is_true(keep_obj);
    bs_t v;
    bytestr_view(args[0], &v);
    objvec_t out = {NULL, 0, 0};
    size_t i = 0, start = 0;
    while (i < v.len) {
        size_t at = i;
        uint32_t c = next_cp(&v, &i);
        bool brk = v.kind == BS_STR ? unichar_islinebreak(c) : (c == '\n' || c == '\r');
        if (!brk)
            continue;
        if (c == '\r' && i < v.len && v.s[i] == '\n')
            i++;
        ov_push(&out, sub_new(&v, start, keep ? i : at));
        start = i;
    }
    if (start < v.len)
        ov_push(&out, sub_new(&v, start, v.len));
    return ov_to_list(&out, false);
}
BUILTIN_FUN_KW(bytestr_splitlines_obj, Q_splitlines, 1, bs_splitlines);

/* ---- join ---- */

static obj_t bs_join(obj_t self, obj_t iterable)
{
    bs_t v;
    bytestr_view(self, &v);
    obj_t it;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        it = getiter(iterable, NULL);
        nlr_pop();
    } else {
        if (exception_is(nlr.value, &type_TypeError))
            raise_msg(&type_TypeError, "can only join an iterable");
        raise_obj(nlr.value);
    }
    objvec_t items = {NULL, 0, 0};
    size_t total = 0;
    for (obj_t x; (x = iternext(it)) != OBJ_STOP_ITERATION;) {
        size_t m;
        if (arg_get(&v, x, &m) == NULL) {
            if (v.kind == BS_STR)
                raise_fmt(&type_TypeError, "sequence item %zu: expected str instance, %T found",
                          items.len, x);
            raise_fmt(&type_TypeError,
                      "sequence item %zu: expected a bytes-like object, %T found", items.len, x);
        }
        total += m;
        ov_push(&items, x);
    }
    if (items.len == 1 && v.kind == BS_STR && obj_is_str(items.items[0]))
        return items.items[0];
    bytestr_view(self, &v); /* iteration may have resized a bytearray self */
    vstr_t out;
    vstr_init(&out, total + v.len * (items.len ? items.len - 1 : 0));
    for (size_t i = 0; i < items.len; i++) {
        size_t m;
        const char *s = arg_get(&v, items.items[i], &m);
        if (i)
            vstr_add_strn(&out, v.s, v.len);
        vstr_add_strn(&out, s, m);
    }
    mem_free(items.items);
    return bytestr_from_vstr(v.kind, &out);
}
BUILTIN_FUN_2(bytestr_join_obj, Q_join, bs_join);

/* ---- partition ---- */

static obj_t partition_common(obj_t self, obj_t sep_obj, bool reverse)
{
    bs_t v;
    bytestr_view(self, &v);
    size_t m;
    const char *sep = arg_need(&v, sep_obj, &m);
    if (m == 0)
        raise_msg(&type_ValueError, "empty separator");
    intptr_t r = reverse ? bytestr_rfind_raw(v.s, v.len, sep, m)
                         : bytestr_find_raw(v.s, v.len, sep, m);
    obj_t items[3];
    if (r < 0) {
        obj_t empty = bytestr_new(v.kind, "", 0);
        obj_t whole = same(self, &v);
        items[reverse ? 0 : 1] = empty;
        items[reverse ? 1 : 2] = v.kind == BS_BYTEARRAY ? bytestr_new(v.kind, "", 0) : empty;
        items[reverse ? 2 : 0] = whole;
    } else {
        items[0] = sub_new(&v, 0, (size_t)r);
        items[1] = v.kind == BS_BYTEARRAY ? bytestr_new(v.kind, sep, m)
                                          : (obj_is_type(sep_obj, obj_get_type(self)) ||
                                             (v.kind == BS_STR && obj_is_qstr(sep_obj)))
                                                ? sep_obj
                                                : bytestr_new(v.kind, sep, m);
        items[2] = sub_new(&v, (size_t)r + m, v.len);
    }
    return obj_new_tuple(3, items);
}

static obj_t bs_partition(obj_t self, obj_t sep)
{
    return partition_common(self, sep, false);
}
BUILTIN_FUN_2(bytestr_partition_obj, Q_partition, bs_partition);

static obj_t bs_rpartition(obj_t self, obj_t sep)
{
    return partition_common(self, sep, true);
}
BUILTIN_FUN_2(bytestr_rpartition_obj, Q_rpartition, bs_rpartition);
