/*
 * re.Match objects: the subject, the pattern and the capture slots of one
 * successful match. Positions are code point (or byte) indexes.
 */
#include <string.h>

#include "map.h"
#include "mem.h"
#include "mod_re.h"
#include "obj_dict.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "runtime.h"

obj_t mod_re_match_new(re_pattern_t *p, const re_text_t *text, obj_t string, size_t pos, size_t endpos,
                       const intptr_t *slots, intptr_t lastindex)
{
    size_t nslots = 2 * (p->prog.ngroups + 1);
    re_match_t *m = mem_alloc(sizeof(re_match_t) + nslots * sizeof(intptr_t));
    m->base.type = &mod_re_match_type;
    m->pattern = p;
    m->text = *text;
    m->string = string;
    m->pos = pos;
    m->endpos = endpos;
    m->lastindex = lastindex;
    m->nslots = nslots;
    memcpy(m->slots, slots, nslots * sizeof(intptr_t));
    return m;
}

size_t mod_re_match_group_index(re_match_t *m, obj_t id)
{
    intptr_t g;
    if (obj_is_int(id) && obj_get_int_maybe(id, &g)) {
        if (g >= 0 && (size_t)g <= m->pattern->prog.ngroups)
            return (size_t)g;
    } else if (str_check(id)) {
        obj_t v = dict_lookup(m->pattern->groupindex, str_unwrap(id));
        if (v != OBJ_NULL)
            return (size_t)obj_get_int(v);
    } else if (obj_isinstance(id, &type_int) && obj_get_int_maybe(obj_native(id, &type_int), &g)) {
        if (g >= 0 && (size_t)g <= m->pattern->prog.ngroups)
            return (size_t)g;
    }
    raise_msg(&type_IndexError, "no such group");
}

obj_t mod_re_match_group(re_match_t *m, size_t g, obj_t dflt)
{
    intptr_t a = m->slots[2 * g], b = m->slots[2 * g + 1];
    if (a < 0 || b < 0)
        return dflt;
    return mod_re_text_slice(&m->text, (size_t)a, (size_t)b);
}

static obj_t match_group(size_t n, const obj_t *args)
{
    re_match_t *m = args[0];
    if (n == 1)
        return mod_re_match_group(m, 0, OBJ_NONE);
    if (n == 2)
        return mod_re_match_group(m, mod_re_match_group_index(m, args[1]), OBJ_NONE);
    obj_t t = obj_new_tuple(n - 1, NULL);
    obj_t *items;
    size_t tn;
    obj_tuple_get(t, &tn, &items);
    for (size_t k = 1; k < n; k++)
        items[k - 1] = mod_re_match_group(m, mod_re_match_group_index(m, args[k]), OBJ_NONE);
    return t;
}
static BUILTIN_FUN_VAR(match_group_obj, Q_group, 1, 0xffff, match_group);

static const arg_spec_t default_spec[1] = {{Q_default, 0, OBJ_NONE}};

static obj_t match_groups(size_t n, const obj_t *args, map_t *kw)
{
    re_match_t *m = args[0];
    obj_t d;
    arg_parse("groups", n - 1, args + 1, kw, 1, default_spec, &d);
    size_t ng = m->pattern->prog.ngroups;
    obj_t t = obj_new_tuple(ng, NULL);
    obj_t *items;
    size_t tn;
    obj_tuple_get(t, &tn, &items);
    for (size_t g = 1; g <= ng; g++)
        items[g - 1] = mod_re_match_group(m, g, d);
    return t;
}
static BUILTIN_FUN_KW(match_groups_obj, Q_groups, 1, match_groups);

static obj_t match_groupdict(size_t n, const obj_t *args, map_t *kw)
{
    re_match_t *m = args[0];
    obj_t d;
    arg_parse("groupdict", n - 1, args + 1, kw, 1, default_spec, &d);
    obj_t r = obj_new_dict(0);
    map_t *gi = dict_get_map(m->pattern->groupindex);
    size_t pos = 0;
    map_elem_t *e;
    while ((e = map_next(gi, &pos)) != NULL)
        dict_store(r, e->key, mod_re_match_group(m, (size_t)obj_get_int(e->value), d));
    return r;
}
static BUILTIN_FUN_KW(match_groupdict_obj, Q_groupdict, 1, match_groupdict);

static size_t group_arg(size_t n, const obj_t *args)
{
    return n > 1 ? mod_re_match_group_index(args[0], args[1]) : 0;
}

static obj_t match_start(size_t n, const obj_t *args)
{
    re_match_t *m = args[0];
    return obj_new_int(m->slots[2 * group_arg(n, args)]);
}
static BUILTIN_FUN_VAR(match_start_obj, Q_start, 1, 2, match_start);

static obj_t match_end(size_t n, const obj_t *args)
{
    re_match_t *m = args[0];
    return obj_new_int(m->slots[2 * group_arg(n, args) + 1]);
}
static BUILTIN_FUN_VAR(match_end_obj, Q_end, 1, 2, match_end);

static obj_t span_of(re_match_t *m, size_t g)
{
    obj_t s[2] = {obj_new_int(m->slots[2 * g]), obj_new_int(m->slots[2 * g + 1])};
    return obj_new_tuple(2, s);
}

static obj_t match_span(size_t n, const obj_t *args)
{
    return span_of(args[0], group_arg(n, args));
}
static BUILTIN_FUN_VAR(match_span_obj, Q_span, 1, 2, match_span);

static obj_t match_expand(obj_t self, obj_t tmpl)
{
    re_match_t *m = self;
    return mod_re_template_expand(mod_re_template_compile(m->pattern, tmpl), m);
}
static BUILTIN_FUN_2(match_expand_obj, Q_expand, match_expand);

static obj_t match_copy(size_t n, const obj_t *args)
{
    (void)n;
    return args[0];
}
static BUILTIN_FUN_VAR(match_copy_obj, Q___copy__, 1, 1, match_copy);
static BUILTIN_FUN_VAR(match_deepcopy_obj, Q___deepcopy__, 2, 2, match_copy);

static obj_t match_subscr(obj_t self, obj_t index, obj_t value)
{
    re_match_t *m = self;
    if (value != OBJ_SENTINEL)
        return OBJ_NULL;
    return mod_re_match_group(m, mod_re_match_group_index(m, index), OBJ_NONE);
}

static void match_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    re_match_t *m = o;
    print_fmt(p, "<re.Match object; span=(%d, %d), match=", (int)m->slots[0], (int)m->slots[1]);
    obj_t r = obj_repr(mod_re_match_group(m, 0, OBJ_NONE));
    size_t len;
    const char *s = str_get_data(r, &len);
    size_t cl = str_get_charlen(r);
    if (cl > 50)
        len = utf8_offset(s, len, cl, 50);
    print_strn(p, s, len);
    print_str(p, ">");
}

static obj_t lastgroup(re_match_t *m)
{
    if (m->lastindex < 0)
        return OBJ_NONE;
    map_t *gi = dict_get_map(m->pattern->groupindex);
    size_t pos = 0;
    map_elem_t *e;
    while ((e = map_next(gi, &pos)) != NULL)
        if (obj_get_int(e->value) == m->lastindex)
            return e->key;
    return OBJ_NONE;
}

static void match_attr(obj_t self, qstr attr, obj_t *dest)
{
    re_match_t *m = self;
    if (dest[0] != OBJ_NULL)
        return;
    switch (attr) {
    case Q_string:
        dest[0] = m->string;
        break;
    case Q_re:
        dest[0] = m->pattern;
        break;
    case Q_pos:
        dest[0] = obj_new_int((intptr_t)m->pos);
        break;
    case Q_endpos:
        dest[0] = obj_new_int((intptr_t)m->endpos);
        break;
    case Q_lastindex:
        dest[0] = m->lastindex < 0 ? OBJ_NONE : obj_new_int(m->lastindex);
        break;
    case Q_lastgroup:
        dest[0] = lastgroup(m);
        break;
    case Q_regs: {
        size_t ng = m->pattern->prog.ngroups;
        obj_t t = obj_new_tuple(ng + 1, NULL);
        obj_t *items;
        size_t tn;
        obj_tuple_get(t, &tn, &items);
        for (size_t g = 0; g <= ng; g++)
            items[g] = span_of(m, g);
        dest[0] = t;
        break;
    }
    default:
        break;
    }
}

static obj_t match_unary_op(unary_op_t op, obj_t o)
{
    if (op == UOP_BOOL)
        return OBJ_TRUE;
    if (op == UOP_HASH)
        return obj_new_int((intptr_t)((uintptr_t)o >> 4));
    return OBJ_NULL;
}

static obj_t match_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    (void)n_args;
    (void)n_kw;
    (void)args;
    raise_msg(&type_TypeError, "cannot create 're.Match' instances");
}

static const map_elem_t match_locals_table[] = {
    {ROM_QSTR(Q_group), ROM_PTR(&match_group_obj)},
    {ROM_QSTR(Q_groups), ROM_PTR(&match_groups_obj)},
    {ROM_QSTR(Q_groupdict), ROM_PTR(&match_groupdict_obj)},
    {ROM_QSTR(Q_start), ROM_PTR(&match_start_obj)},
    {ROM_QSTR(Q_end), ROM_PTR(&match_end_obj)},
    {ROM_QSTR(Q_span), ROM_PTR(&match_span_obj)},
    {ROM_QSTR(Q_expand), ROM_PTR(&match_expand_obj)},
    {ROM_QSTR(Q___copy__), ROM_PTR(&match_copy_obj)},
    {ROM_QSTR(Q___deepcopy__), ROM_PTR(&match_deepcopy_obj)},
};
static MAP_ROM(match_locals, match_locals_table);

const type_t mod_re_match_type = {
    .base = {&type_type},
    .name = Q_Match,
    .make_new = match_make_new,
    .print = match_print,
    .unary_op = match_unary_op,
    .attr = match_attr,
    .subscr = match_subscr,
    .locals = &match_locals,
};
