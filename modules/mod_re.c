/*
 * The re module: module functions, subjects as code points, compiling
 * with a cache, and re.error / re.RegexFlag (small Python classes
 * compiled from re_py_source at import, like CPython's: error's
 * attributes and message format, and flags that print as
 * re.IGNORECASE|re.MULTILINE).
 *
 * Compiled patterns are cached per (type, pattern, flags) in the module's
 * _cache dict (cleared when it grows past RE_CACHE_MAX), as CPython does.
 */
#include <string.h>

#include "map.h"
#include "mem.h"
#include "mod_re.h"
#include "obj_dict.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "parser.h"
#include "runtime.h"

#define RE_CACHE_MAX 64

/* ---- subjects ---- */

void mod_re_text_init(re_text_t *t, obj_t o)
{
    memset(t, 0, sizeof(*t));
    if (str_check(o)) {
        obj_t s = str_unwrap(o);
        size_t len;
        const char *d = str_get_data(s, &len);
        size_t cl = str_get_charlen(s);
        t->obj = s;
        t->len = cl;
        if (cl == len) {
            t->b = (const uint8_t *)d;
            return;
        }
        uint32_t *w = mem_alloc_noscan((cl ? cl : 1) * sizeof(uint32_t));
        const char *p = d;
        for (size_t i = 0; i < cl; i++)
            p = utf8_next(p, &w[i]);
        t->w = w;
        t->wide = true;
        return;
    }
    buffer_info_t bi;
    if (bytes_get_buffer(o, &bi)) {
        t->b = bi.buf;
        t->len = bi.len;
        t->is_bytes = true;
        t->obj = o;
        return;
    }
    raise_fmt(&type_TypeError, "expected string or bytes-like object, got '%s'", obj_type_name(o));
}

obj_t mod_re_text_slice(const re_text_t *t, size_t a, size_t b)
{
    if (b < a)
        b = a;
    if (t->is_bytes)
        return obj_new_bytes(t->b + a, b - a);
    if (!t->wide)
        return str_new((const char *)t->b + a, b - a);
    vstr_t v;
    vstr_init(&v, b - a + 8);
    for (size_t i = a; i < b; i++)
        vstr_add_unichar(&v, t->w[i]);
    return vstr_to_str(&v);
}

/* ---- module state ---- */

static obj_dict_t *re_globals(void)
{
    obj_t mod = map_get_qstr(&vm.modules->map, Q_re);
    return mod ? module_globals(mod) : NULL;
}

_Noreturn void mod_re_raise_error(const char *msg, obj_t pattern, intptr_t pos)
{
    obj_dict_t *g = re_globals();
    obj_t cls = g ? map_get_qstr(&g->map, Q_error) : OBJ_NULL;
    obj_t m = str_new(msg, strlen(msg));
    if (cls == OBJ_NULL) {
        if (pos >= 0)
            raise_fmt(&type_ValueError, "%s at position %d", msg, (int)pos);
        raise_msg(&type_ValueError, msg);
    }
    if (pattern == OBJ_NULL || pos < 0)
        raise_obj(call1(cls, m));
    obj_t args[3] = {m, pattern, obj_new_int(pos)};
    raise_obj(call(cls, 3, 0, args));
}

/* ---- Pattern ---- */

static obj_t compile_new(obj_t pattern, uint32_t flags)
{
    re_parsed_t parsed;
    mod_re_parse(pattern, flags, &parsed);
    re_pattern_t *p = mem_alloc(sizeof(re_pattern_t));
    p->base.type = &mod_re_pattern_type;
    p->pattern = pattern;
    p->flags = parsed.flags;
    p->is_bytes = !str_check(pattern);
    p->groupindex = parsed.groupindex;
    mod_re_compile(&parsed, &p->prog);
    return p;
}

/* An int argument; accepts int subclasses (RegexFlag). */
static intptr_t int_arg(obj_t o)
{
    if (!obj_is_small_int(o) && obj_isinstance(o, &type_int))
        o = obj_native(o, &type_int);
    return obj_get_int(o);
}

static obj_t compile_cached(obj_t pattern, obj_t flags_obj)
{
    if (obj_is_type(pattern, &mod_re_pattern_type)) {
        if (flags_obj != OBJ_NULL && int_arg(flags_obj) != 0)
            raise_msg(&type_ValueError, "cannot process flags argument with a compiled pattern");
        return pattern;
    }
    if (!str_check(pattern) && !bytes_check(pattern))
        raise_msg(&type_TypeError, "first argument must be string or compiled pattern");
    intptr_t flags = flags_obj == OBJ_NULL ? 0 : int_arg(flags_obj);
    obj_dict_t *g = re_globals();
    obj_t cache = g ? map_get_qstr(&g->map, Q__cache) : OBJ_NULL;
    obj_t key = OBJ_NULL;
    if (cache && obj_is_type(cache, &type_dict) && (obj_is_str(pattern) || obj_is_type(pattern, &type_bytes))) {
        obj_t k[3] = {(obj_t)obj_get_type(pattern), pattern, obj_new_int(flags)};
        key = obj_new_tuple(3, k);
        obj_t hit = dict_lookup(cache, key);
        if (hit)
            return hit;
    }
    obj_t p = compile_new(pattern, (uint32_t)flags);
    if (key) {
        if (dict_get_map(cache)->used >= RE_CACHE_MAX)
            map_clear(dict_get_map(cache));
        dict_store(cache, key, p);
    }
    return p;
}

/* ---- module functions ---- */

static const arg_spec_t mod_match_spec[3] = {
    {Q_pattern, ARG_REQUIRED, OBJ_NULL},
    {Q_string, ARG_REQUIRED, OBJ_NULL},
    {Q_flags, 0, OBJ_NULL},
};

static obj_t re_match_mode(size_t n, const obj_t *args, map_t *kw, int mode, const char *name)
{
    obj_t a[3];
    arg_parse(name, n, args, kw, 3, mod_match_spec, a);
    return mod_re_pattern_exec(compile_cached(a[0], a[2]), a[1], OBJ_NULL, OBJ_NULL, mode);
}

static obj_t re_match(size_t n, const obj_t *args, map_t *kw)
{
    return re_match_mode(n, args, kw, RE_MODE_MATCH, "match");
}
static BUILTIN_FUN_KW(re_match_obj, Q_match, 0, re_match);

static obj_t re_fullmatch(size_t n, const obj_t *args, map_t *kw)
{
    return re_match_mode(n, args, kw, RE_MODE_FULLMATCH, "fullmatch");
}
static BUILTIN_FUN_KW(re_fullmatch_obj, Q_fullmatch, 0, re_fullmatch);

static obj_t re_search(size_t n, const obj_t *args, map_t *kw)
{
    return re_match_mode(n, args, kw, RE_MODE_SEARCH, "search");
}
static BUILTIN_FUN_KW(re_search_obj, Q_search, 0, re_search);

static obj_t re_findall(size_t n, const obj_t *args, map_t *kw)
{
    obj_t a[3];
    arg_parse("findall", n, args, kw, 3, mod_match_spec, a);
    return mod_re_pattern_findall(compile_cached(a[0], a[2]), a[1], OBJ_NULL, OBJ_NULL);
}
static BUILTIN_FUN_KW(re_findall_obj, Q_findall, 0, re_findall);

static obj_t re_finditer(size_t n, const obj_t *args, map_t *kw)
{
    obj_t a[3];
    arg_parse("finditer", n, args, kw, 3, mod_match_spec, a);
    return mod_re_pattern_finditer(compile_cached(a[0], a[2]), a[1], OBJ_NULL, OBJ_NULL);
}
static BUILTIN_FUN_KW(re_finditer_obj, Q_finditer, 0, re_finditer);

static const arg_spec_t mod_split_spec[4] = {
    {Q_pattern, ARG_REQUIRED, OBJ_NULL},
    {Q_string, ARG_REQUIRED, OBJ_NULL},
    {Q_maxsplit, 0, OBJ_NULL},
    {Q_flags, 0, OBJ_NULL},
};

static obj_t re_split(size_t n, const obj_t *args, map_t *kw)
{
    obj_t a[4];
    arg_parse("split", n, args, kw, 4, mod_split_spec, a);
    return mod_re_pattern_split(compile_cached(a[0], a[3]), a[1], a[2]);
}
static BUILTIN_FUN_KW(re_split_obj, Q_split, 0, re_split);

static const arg_spec_t mod_sub_spec[5] = {
    {Q_pattern, ARG_REQUIRED, OBJ_NULL},
    {Q_repl, ARG_REQUIRED, OBJ_NULL},
    {Q_string, ARG_REQUIRED, OBJ_NULL},
    {Q_count, 0, OBJ_NULL},
    {Q_flags, 0, OBJ_NULL},
};

static obj_t re_sub_common(size_t n, const obj_t *args, map_t *kw, bool subn)
{
    obj_t a[5];
    arg_parse(subn ? "subn" : "sub", n, args, kw, 5, mod_sub_spec, a);
    intptr_t count = a[3] == OBJ_NULL ? 0 : obj_get_int(a[3]);
    return mod_re_sub(compile_cached(a[0], a[4]), a[1], a[2], count, subn);
}

static obj_t re_sub(size_t n, const obj_t *args, map_t *kw)
{
    return re_sub_common(n, args, kw, false);
}
static BUILTIN_FUN_KW(re_sub_obj, Q_sub, 0, re_sub);

static obj_t re_subn(size_t n, const obj_t *args, map_t *kw)
{
    return re_sub_common(n, args, kw, true);
}
static BUILTIN_FUN_KW(re_subn_obj, Q_subn, 0, re_subn);

static const arg_spec_t compile_spec[2] = {
    {Q_pattern, ARG_REQUIRED, OBJ_NULL},
    {Q_flags, 0, OBJ_NULL},
};

static obj_t re_compile(size_t n, const obj_t *args, map_t *kw)
{
    obj_t a[2];
    arg_parse("compile", n, args, kw, 2, compile_spec, a);
    return compile_cached(a[0], a[1]);
}
static BUILTIN_FUN_KW(re_compile_obj, Q_compile, 0, re_compile);

static obj_t re_purge(void)
{
    obj_dict_t *g = re_globals();
    obj_t cache = g ? map_get_qstr(&g->map, Q__cache) : OBJ_NULL;
    if (cache && obj_is_type(cache, &type_dict))
        map_clear(dict_get_map(cache));
    return OBJ_NONE;
}
static BUILTIN_FUN_0(re_purge_obj, Q_purge, re_purge);

/* Characters escape() leaves alone: ASCII letters, digits and '_'. */
static bool escape_keeps(uint32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

/* CPython 3.7+ escapes only regex-special characters and whitespace. */
static bool escape_special(uint32_t c)
{
    return c < 0x80 && !escape_keeps(c) && strchr("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", (int)c) != NULL && c != 0;
}

static obj_t re_escape(obj_t pattern)
{
    re_text_t t;
    mod_re_text_init(&t, pattern);
    vstr_t v;
    vstr_init(&v, t.len + 8);
    for (size_t i = 0; i < t.len; i++) {
        uint32_t c = re_text_at(&t, i);
        if (escape_special(c))
            vstr_add_char(&v, '\\');
        if (t.is_bytes)
            vstr_add_char(&v, (char)c);
        else
            vstr_add_unichar(&v, c);
    }
    return t.is_bytes ? vstr_to_bytes(&v) : vstr_to_str(&v);
}
static BUILTIN_FUN_1(re_escape_obj, Q_escape, re_escape);

/* ---- module ---- */

static const char re_py_source[] =
    "class error(Exception):\n"
    "    __module__ = 're'\n"
    "    def __init__(self, msg, pattern=None, pos=None):\n"
    "        self.msg = msg\n"
    "        self.pattern = pattern\n"
    "        self.pos = pos\n"
    "        self.lineno = self.colno = None\n"
    "        text = msg\n"
    "        if pattern is not None and pos is not None:\n"
    "            nl = '\\n' if isinstance(pattern, str) else b'\\n'\n"
    "            self.lineno = pattern.count(nl, 0, pos) + 1\n"
    "            self.colno = pos - pattern.rfind(nl, 0, pos)\n"
    "            text = '%s at position %d' % (msg, pos)\n"
    "            if nl in pattern:\n"
    "                text += ' (line %d, column %d)' % (self.lineno, self.colno)\n"
    "        Exception.__init__(self, text)\n"
    "\n"
    "class RegexFlag(int):\n"
    "    __module__ = 're'\n"
    "    _order = ((256, 'ASCII'), (2, 'IGNORECASE'), (4, 'LOCALE'), (32, 'UNICODE'),\n"
    "              (8, 'MULTILINE'), (16, 'DOTALL'), (64, 'VERBOSE'), (1, 'TEMPLATE'),\n"
    "              (128, 'DEBUG'))\n"
    "    def __repr__(self):\n"
    "        v = int(self)\n"
    "        if v == 0:\n"
    "            return 're.NOFLAG'\n"
    "        parts = []\n"
    "        for bit, name in RegexFlag._order:\n"
    "            if v & bit:\n"
    "                parts.append('re.' + name)\n"
    "                v &= ~bit\n"
    "        if v:\n"
    "            parts.append(hex(v))\n"
    "        return '|'.join(parts)\n"
    "    __str__ = __repr__\n"
    "    def __or__(self, other):\n"
    "        if not isinstance(other, int):\n"
    "            return NotImplemented\n"
    "        return RegexFlag(int(self) | int(other))\n"
    "    __ror__ = __or__\n"
    "    def __and__(self, other):\n"
    "        if not isinstance(other, int):\n"
    "            return NotImplemented\n"
    "        return RegexFlag(int(self) & int(other))\n"
    "    __rand__ = __and__\n"
    "    def __xor__(self, other):\n"
    "        if not isinstance(other, int):\n"
    "            return NotImplemented\n"
    "        return RegexFlag(int(self) ^ int(other))\n"
    "    __rxor__ = __xor__\n"
    "    def __invert__(self):\n"
    "        return RegexFlag(511 & ~int(self))\n"
    "\n"
    "NOFLAG = RegexFlag(0)\n"
    "A = ASCII = RegexFlag(256)\n"
    "I = IGNORECASE = RegexFlag(2)\n"
    "L = LOCALE = RegexFlag(4)\n"
    "U = UNICODE = RegexFlag(32)\n"
    "M = MULTILINE = RegexFlag(8)\n"
    "S = DOTALL = RegexFlag(16)\n"
    "X = VERBOSE = RegexFlag(64)\n"
    "T = TEMPLATE = RegexFlag(1)\n"
    "DEBUG = RegexFlag(128)\n"
    "_cache = {}\n";

static obj_t re_init(obj_t mod)
{
    obj_dict_t *g = module_globals(mod);
    map_lookup(&g->map, obj_new_qstr(Q___init__), MAP_REMOVE);
    obj_t fun = compile_source(re_py_source, sizeof(re_py_source) - 1, Q_re, PARSE_FILE, false);
    exec_code(fun, g, g);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(re_init_obj, Q___init__, re_init);

static const map_elem_t re_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_re)},
    {ROM_QSTR(Q___init__), ROM_PTR(&re_init_obj)},
    {ROM_QSTR(Q_compile), ROM_PTR(&re_compile_obj)},
    {ROM_QSTR(Q_match), ROM_PTR(&re_match_obj)},
    {ROM_QSTR(Q_fullmatch), ROM_PTR(&re_fullmatch_obj)},
    {ROM_QSTR(Q_search), ROM_PTR(&re_search_obj)},
    {ROM_QSTR(Q_findall), ROM_PTR(&re_findall_obj)},
    {ROM_QSTR(Q_finditer), ROM_PTR(&re_finditer_obj)},
    {ROM_QSTR(Q_split), ROM_PTR(&re_split_obj)},
    {ROM_QSTR(Q_sub), ROM_PTR(&re_sub_obj)},
    {ROM_QSTR(Q_subn), ROM_PTR(&re_subn_obj)},
    {ROM_QSTR(Q_escape), ROM_PTR(&re_escape_obj)},
    {ROM_QSTR(Q_purge), ROM_PTR(&re_purge_obj)},
    {ROM_QSTR(Q_Pattern), ROM_PTR(&mod_re_pattern_type)},
    {ROM_QSTR(Q_Match), ROM_PTR(&mod_re_match_type)},
};
static DICT_ROM(re_globals_dict, re_globals_table);
const obj_module_t re_module = {{&type_module}, &re_globals_dict};
MODULE_REGISTER(Q_re, re_module);
