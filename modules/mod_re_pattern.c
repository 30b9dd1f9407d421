/*
 * re.Pattern: the compiled pattern type and the searches over a subject
 * (match/search/fullmatch, findall, finditer, split; sub is in
 * mod_re_sub.c). Successive matches follow CPython 3.7+: after an empty
 * match the next one may not be empty at the same position.
 */
#include <string.h>

#include "map.h"
#include "mem.h"
#include "mod_re.h"
#include "obj_dict.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "runtime.h"

static re_pattern_t *as_pattern(obj_t o)
{
    return o;
}

/* Subject view with CPython's type checks against the pattern. */
static void subject(re_pattern_t *p, obj_t s, re_text_t *t)
{
    mod_re_text_init(t, s);
    if (p->is_bytes && !t->is_bytes)
        raise_msg(&type_TypeError, "cannot use a bytes pattern on a string-like object");
    if (!p->is_bytes && t->is_bytes)
        raise_msg(&type_TypeError, "cannot use a string pattern on a bytes-like object");
}

static void clamp_range(const re_text_t *t, obj_t pos_o, obj_t end_o, size_t *pos, size_t *end)
{
    intptr_t len = (intptr_t)t->len;
    intptr_t a = pos_o == OBJ_NULL ? 0 : obj_get_int(pos_o);
    intptr_t b = end_o == OBJ_NULL ? len : obj_get_int(end_o);
    if (a < 0)
        a = 0;
    else if (a > len)
        a = len;
    if (b < 0)
        b = 0;
    else if (b > len)
        b = len;
    *pos = (size_t)a;
    *end = (size_t)b;
}

obj_t mod_re_pattern_exec(re_pattern_t *p, obj_t string, obj_t pos_o, obj_t end_o, int mode)
{
    re_text_t t;
    subject(p, string, &t);
    size_t pos, end;
    clamp_range(&t, pos_o, end_o, &pos, &end);
    size_t nslots = 2 * (p->prog.ngroups + 1);
    intptr_t *slots = mem_alloc_noscan(nslots * sizeof(intptr_t));
    intptr_t lastindex;
    if (!mod_re_exec(&p->prog, &t, pos, end, mode, false, slots, &lastindex))
        return OBJ_NONE;
    return mod_re_match_new(p, &t, string, pos, end, slots, lastindex);
}

static const arg_spec_t match_spec[3] = {
    {Q_string, ARG_REQUIRED, OBJ_NULL},
    {Q_pos, 0, OBJ_NULL},
    {Q_endpos, 0, OBJ_NULL},
};

static obj_t pattern_match_mode(size_t n, const obj_t *args, map_t *kw, int mode, const char *name)
{
    obj_t a[3];
    arg_parse(name, n - 1, args + 1, kw, 3, match_spec, a);
    return mod_re_pattern_exec(as_pattern(args[0]), a[0], a[1], a[2], mode);
}

static obj_t pattern_match(size_t n, const obj_t *args, map_t *kw)
{
    return pattern_match_mode(n, args, kw, RE_MODE_MATCH, "match");
}
static BUILTIN_FUN_KW(pattern_match_obj, Q_match, 1, pattern_match);

static obj_t pattern_fullmatch(size_t n, const obj_t *args, map_t *kw)
{
    return pattern_match_mode(n, args, kw, RE_MODE_FULLMATCH, "fullmatch");
}
static BUILTIN_FUN_KW(pattern_fullmatch_obj, Q_fullmatch, 1, pattern_fullmatch);

static obj_t pattern_search(size_t n, const obj_t *args, map_t *kw)
{
    return pattern_match_mode(n, args, kw, RE_MODE_SEARCH, "search");
}
static BUILTIN_FUN_KW(pattern_search_obj, Q_search, 1, pattern_search);

/* ---- iteration over successive matches (findall, finditer, split) ---- */

typedef struct scan {
    re_pattern_t *p;
    re_text_t t;
    size_t start;           /* the pos argument */
    size_t pos, end;
    bool must_advance, done;
    intptr_t *slots;
    intptr_t lastindex;
} scan_t;

static void scan_init(scan_t *s, re_pattern_t *p, obj_t string, obj_t pos_o, obj_t end_o)
{
    memset(s, 0, sizeof(*s));
    s->p = p;
    subject(p, string, &s->t);
    clamp_range(&s->t, pos_o, end_o, &s->pos, &s->end);
    s->start = s->pos;
    s->slots = mem_alloc_noscan(2 * (p->prog.ngroups + 1) * sizeof(intptr_t));
}

static bool scan_next(scan_t *s)
{
    if (s->done || s->pos > s->end ||
        !mod_re_exec(&s->p->prog, &s->t, s->pos, s->end, RE_MODE_SEARCH, s->must_advance, s->slots, &s->lastindex)) {
        s->done = true;
        return false;
    }
    s->must_advance = s->slots[0] == s->slots[1];
    s->pos = (size_t)s->slots[1];
    return true;
}

static obj_t group_or(scan_t *s, size_t g, obj_t dflt)
{
    intptr_t a = s->slots[2 * g], b = s->slots[2 * g + 1];
    if (a < 0 || b < 0)
        return dflt;
    return mod_re_text_slice(&s->t, (size_t)a, (size_t)b);
}

static obj_t pattern_findall(size_t n, const obj_t *args, map_t *kw)
{
    obj_t a[3];
    arg_parse("findall", n - 1, args + 1, kw, 3, match_spec, a);
    return mod_re_pattern_findall(as_pattern(args[0]), a[0], a[1], a[2]);
}
static BUILTIN_FUN_KW(pattern_findall_obj, Q_findall, 1, pattern_findall);

obj_t mod_re_pattern_findall(re_pattern_t *p, obj_t string, obj_t pos_o, obj_t end_o)
{
    scan_t s;
    scan_init(&s, p, string, pos_o, end_o);
    obj_t list = obj_new_list(0, NULL);
    size_t ng = s.p->prog.ngroups;
    obj_t empty = mod_re_text_slice(&s.t, 0, 0);
    while (scan_next(&s)) {
        if (ng == 0) {
            list_append(list, group_or(&s, 0, empty));
        } else if (ng == 1) {
            list_append(list, group_or(&s, 1, empty));
        } else {
            obj_t tup = obj_new_tuple(ng, NULL);
            obj_t *items;
            size_t tn;
            obj_tuple_get(tup, &tn, &items);
            for (size_t g = 1; g <= ng; g++)
                items[g - 1] = group_or(&s, g, empty);
            list_append(list, tup);
        }
    }
    return list;
}

typedef struct re_iter {
    obj_base_t base;
    scan_t s;
    obj_t string;
} re_iter_t;

static obj_t re_iter_next(obj_t self)
{
    re_iter_t *it = self;
    if (!scan_next(&it->s))
        return OBJ_STOP_ITERATION;
    return mod_re_match_new(it->s.p, &it->s.t, it->string, it->s.start, it->s.end, it->s.slots, it->s.lastindex);
}

static const type_t re_iter_type = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .name = Q_callable_iterator,
    .getiter = obj_getiter_self,
    .iternext = re_iter_next,
};

obj_t mod_re_pattern_finditer(re_pattern_t *p, obj_t string, obj_t pos_o, obj_t end_o)
{
    re_iter_t *it = mem_alloc(sizeof(re_iter_t));
    it->base.type = &re_iter_type;
    it->string = string;
    scan_init(&it->s, p, string, pos_o, end_o);
    return it;
}

static obj_t pattern_finditer(size_t n, const obj_t *args, map_t *kw)
{
    obj_t a[3];
    arg_parse("finditer", n - 1, args + 1, kw, 3, match_spec, a);
    return mod_re_pattern_finditer(as_pattern(args[0]), a[0], a[1], a[2]);
}
static BUILTIN_FUN_KW(pattern_finditer_obj, Q_finditer, 1, pattern_finditer);

static const arg_spec_t split_spec[2] = {
    {Q_string, ARG_REQUIRED, OBJ_NULL},
    {Q_maxsplit, 0, OBJ_NULL},
};

obj_t mod_re_pattern_split(re_pattern_t *p, obj_t string, obj_t maxsplit_o)
{
    intptr_t maxsplit = maxsplit_o == OBJ_NULL ? 0 : obj_get_int(maxsplit_o);
    scan_t s;
    scan_init(&s, p, string, OBJ_NULL, OBJ_NULL);
    obj_t list = obj_new_list(0, NULL);
    size_t last = 0;
    intptr_t count = 0;
    if (maxsplit < 0)
        return obj_new_list(1, &string);
    while ((maxsplit == 0 || count < maxsplit) && scan_next(&s)) {
        list_append(list, mod_re_text_slice(&s.t, last, (size_t)s.slots[0]));
        for (size_t g = 1; g <= p->prog.ngroups; g++)
            list_append(list, group_or(&s, g, OBJ_NONE));
        last = (size_t)s.slots[1];
        count++;
    }
    list_append(list, mod_re_text_slice(&s.t, last, s.t.len));
    return list;
}

static obj_t pattern_split(size_t n, const obj_t *args, map_t *kw)
{
    obj_t a[2];
    arg_parse("split", n - 1, args + 1, kw, 2, split_spec, a);
    return mod_re_pattern_split(as_pattern(args[0]), a[0], a[1]);
}
static BUILTIN_FUN_KW(pattern_split_obj, Q_split, 1, pattern_split);

static const arg_spec_t sub_spec[3] = {
    {Q_repl, ARG_REQUIRED, OBJ_NULL},
    {Q_string, ARG_REQUIRED, OBJ_NULL},
    {Q_count, 0, OBJ_NULL},
};

static obj_t pattern_sub_common(size_t n, const obj_t *args, map_t *kw, bool subn)
{
    obj_t a[3];
    arg_parse(subn ? "subn" : "sub", n - 1, args + 1, kw, 3, sub_spec, a);
    intptr_t count = a[2] == OBJ_NULL ? 0 : obj_get_int(a[2]);
    return mod_re_sub(as_pattern(args[0]), a[0], a[1], count, subn);
}

static obj_t pattern_sub(size_t n, const obj_t *args, map_t *kw)
{
    return pattern_sub_common(n, args, kw, false);
}
static BUILTIN_FUN_KW(pattern_sub_obj, Q_sub, 1, pattern_sub);

static obj_t pattern_subn(size_t n, const obj_t *args, map_t *kw)
{
    return pattern_sub_common(n, args, kw, true);
}
static BUILTIN_FUN_KW(pattern_subn_obj, Q_subn, 1, pattern_subn);

static obj_t pattern_copy(size_t n, const obj_t *args)
{
    (void)n;
    return args[0];
}
static BUILTIN_FUN_VAR(pattern_copy_obj, Q___copy__, 1, 1, pattern_copy);
static BUILTIN_FUN_VAR(pattern_deepcopy_obj, Q___deepcopy__, 2, 2, pattern_copy);

/* Flag names in the order CPython's Pattern repr lists them. */
static const struct {
    uint32_t bit;
    const char *name;
} pattern_flag_names[] = {
    {RE_TEMPLATE, "re.TEMPLATE"}, {RE_IGNORECASE, "re.IGNORECASE"}, {RE_LOCALE, "re.LOCALE"},
    {RE_MULTILINE, "re.MULTILINE"}, {RE_DOTALL, "re.DOTALL"}, {RE_UNICODE, "re.UNICODE"},
    {RE_VERBOSE, "re.VERBOSE"}, {RE_DEBUG, "re.DEBUG"}, {RE_ASCII, "re.ASCII"},
};

/* Write repr(o) cut to at most max code points (CPython's %.<max>R). */
static void print_repr_cut(const print_t *pr, obj_t o, size_t max)
{
    obj_t r = obj_repr(o);
    size_t len;
    const char *s = str_get_data(r, &len);
    size_t cl = str_get_charlen(r);
    if (cl > max)
        len = utf8_offset(s, len, cl, max);
    print_strn(pr, s, len);
}

static void pattern_print(const print_t *pr, obj_t o, print_kind_t kind)
{
    (void)kind;
    re_pattern_t *p = o;
    print_str(pr, "re.compile(");
    print_repr_cut(pr, p->pattern, 200);
    uint32_t f = p->flags;
    if (!p->is_bytes && (f & (RE_LOCALE | RE_UNICODE | RE_ASCII)) == RE_UNICODE)
        f &= ~(uint32_t)RE_UNICODE;
    if (f) {
        print_str(pr, ", ");
        bool first = true;
        for (size_t k = 0; k < sizeof(pattern_flag_names) / sizeof(pattern_flag_names[0]); k++) {
            if (f & pattern_flag_names[k].bit) {
                if (!first)
                    print_str(pr, "|");
                print_str(pr, pattern_flag_names[k].name);
                first = false;
                f &= ~pattern_flag_names[k].bit;
            }
        }
        if (f) {
            if (!first)
                print_str(pr, "|");
            print_fmt(pr, "0x%x", (unsigned)f);
        }
    }
    print_str(pr, ")");
}

static void pattern_attr(obj_t self, qstr attr, obj_t *dest)
{
    re_pattern_t *p = self;
    if (dest[0] != OBJ_NULL)
        return;
    switch (attr) {
    case Q_pattern:
        dest[0] = p->pattern;
        break;
    case Q_flags:
        dest[0] = obj_new_int((intptr_t)p->flags);
        break;
    case Q_groups:
        dest[0] = obj_new_int((intptr_t)p->prog.ngroups);
        break;
    case Q_groupindex: {
        obj_t d = obj_new_dict(0);
        dict_update_from(d, p->groupindex);
        dest[0] = d;
        break;
    }
    default:
        break;
    }
}

static obj_t pattern_binary_op(binary_op_t op, obj_t lhs, obj_t rhs)
{
    if (op != BOP_EQ && op != BOP_NE)
        return OBJ_NULL;
    if (!obj_is_type(rhs, &mod_re_pattern_type))
        return OBJ_NULL;
    re_pattern_t *a = lhs, *b = rhs;
    bool eq = a == b || (a->flags == b->flags && a->is_bytes == b->is_bytes && obj_equal(a->pattern, b->pattern));
    return obj_new_bool(op == BOP_EQ ? eq : !eq);
}

static obj_t pattern_unary_op(unary_op_t op, obj_t o)
{
    re_pattern_t *p = o;
    if (op == UOP_HASH)
        return obj_new_int((intptr_t)((obj_hash(p->pattern) * 31u + p->flags) >> 1));
    return OBJ_NULL;
}

static obj_t pattern_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    (void)n_args;
    (void)n_kw;
    (void)args;
    raise_msg(&type_TypeError, "cannot create 're.Pattern' instances");
}

static const map_elem_t pattern_locals_table[] = {
    {ROM_QSTR(Q_match), ROM_PTR(&pattern_match_obj)},
    {ROM_QSTR(Q_fullmatch), ROM_PTR(&pattern_fullmatch_obj)},
    {ROM_QSTR(Q_search), ROM_PTR(&pattern_search_obj)},
    {ROM_QSTR(Q_findall), ROM_PTR(&pattern_findall_obj)},
    {ROM_QSTR(Q_finditer), ROM_PTR(&pattern_finditer_obj)},
    {ROM_QSTR(Q_split), ROM_PTR(&pattern_split_obj)},
    {ROM_QSTR(Q_sub), ROM_PTR(&pattern_sub_obj)},
    {ROM_QSTR(Q_subn), ROM_PTR(&pattern_subn_obj)},
    {ROM_QSTR(Q___copy__), ROM_PTR(&pattern_copy_obj)},
    {ROM_QSTR(Q___deepcopy__), ROM_PTR(&pattern_deepcopy_obj)},
};
static MAP_ROM(pattern_locals, pattern_locals_table);

const type_t mod_re_pattern_type = {
    .base = {&type_type},
    .name = Q_Pattern,
    .make_new = pattern_make_new,
    .print = pattern_print,
    .unary_op = pattern_unary_op,
    .binary_op = pattern_binary_op,
    .attr = pattern_attr,
    .locals = &pattern_locals,
};
