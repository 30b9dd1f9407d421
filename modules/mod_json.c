/*
 * The json module: dumps/dump/loads/load, JSONEncoder, JSONDecoder and
 * JSONDecodeError, following CPython 3.11 (output text, error messages).
 *
 * The encoder (mod_json_encode.c) and the decoder (mod_json_decode.c) are C. The three classes
 * are small Python classes compiled from json_py_source when the module is
 * imported: JSONDecodeError must be a real subclass of ValueError whose
 * __module__ ('json.decoder') appears in tracebacks, and user code
 * subclasses JSONEncoder to override default(). Their methods call the C
 * entry points _encode and _decode.
 *
 * Differences from CPython: dump() writes the whole text with one write()
 * call; bytes input to loads() must be UTF-8 (a UTF-8 BOM is skipped);
 * iterencode() yields the whole text as one chunk.
 */
#include <string.h>

#include "map.h"
#include "mem.h"
#include "mod_json.h"
#include "obj_dict.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "obj_type.h"
#include "parser.h"
#include "runtime.h"

static const qstr enc_attr_names[JSON_OPT_COUNT] = {
    Q_skipkeys, Q_ensure_ascii, Q_check_circular, Q_allow_nan, Q_sort_keys, Q_indent,
    Q_item_separator, Q_key_separator, Q_default,
};

/* _encode(o, encoder): JSONEncoder.encode, reading the encoder's options. */
static obj_t json__encode(obj_t o, obj_t encoder)
{
    obj_t opt[JSON_OPT_COUNT];
    for (size_t i = 0; i < JSON_OPT_COUNT; i++)
        opt[i] = load_attr(encoder, enc_attr_names[i]);
    return mod_json_encode(o, opt);
}
static BUILTIN_FUN_2(json__encode_obj, Q__encode, json__encode);

enum { D_SKIPKEYS, D_ENSURE_ASCII, D_CHECK_CIRCULAR, D_ALLOW_NAN, D_CLS, D_INDENT, D_SEPARATORS, D_DEFAULT,
       D_SORT_KEYS, D_COUNT };
static const arg_spec_t dumps_spec[D_COUNT] = {
    {Q_skipkeys, ARG_KW_ONLY, OBJ_FALSE},
    {Q_ensure_ascii, ARG_KW_ONLY, OBJ_TRUE},
    {Q_check_circular, ARG_KW_ONLY, OBJ_TRUE},
    {Q_allow_nan, ARG_KW_ONLY, OBJ_TRUE},
    {Q_cls, ARG_KW_ONLY, OBJ_NONE},
    {Q_indent, ARG_KW_ONLY, OBJ_NONE},
    {Q_separators, ARG_KW_ONLY, OBJ_NONE},
    {Q_default, ARG_KW_ONLY, OBJ_NONE},
    {Q_sort_keys, ARG_KW_ONLY, OBJ_FALSE},
};

static obj_t call_with_kw(obj_t fun, map_t *kw)
{
    size_t n = kw ? kw->used : 0;
    obj_t *args = mem_alloc((2 * n + 1) * sizeof(obj_t));
    size_t i = 0, pos = 0;
    map_elem_t *el;
    while (kw && (el = map_next(kw, &pos)) != NULL) {
        args[2 * i] = el->key;
        args[2 * i + 1] = el->value;
        i++;
    }
    return call(fun, 0, n, args);
}

/* dumps(obj, **kw) after the positional arguments are taken off. */
static obj_t dumps_impl(obj_t o, map_t *kw)
{
    obj_t cls = kw ? map_get_qstr(kw, Q_cls) : OBJ_NULL;
    if (cls != OBJ_NULL && cls != OBJ_NONE) {
        map_t rest;
        map_init(&rest, kw->used);
        size_t pos = 0;
        map_elem_t *el;
        while ((el = map_next(kw, &pos)) != NULL)
            if (str_get_qstr(el->key) != Q_cls)
                map_store(&rest, el->key, el->value);
        obj_t enc = call_with_kw(cls, &rest);
        obj_t dest[3];
        load_method(enc, Q_encode, dest);
        dest[2] = o;
        return call_method(1, 0, dest);
    }
    obj_t a[D_COUNT];
    arg_parse("dumps", 0, NULL, kw, D_COUNT, dumps_spec, a);
    obj_t opt[JSON_OPT_COUNT];
    opt[JSON_OPT_SKIPKEYS] = a[D_SKIPKEYS];
    opt[JSON_OPT_ENSURE_ASCII] = a[D_ENSURE_ASCII];
    opt[JSON_OPT_CHECK_CIRCULAR] = a[D_CHECK_CIRCULAR];
    opt[JSON_OPT_ALLOW_NAN] = a[D_ALLOW_NAN];
    opt[JSON_OPT_SORT_KEYS] = a[D_SORT_KEYS];
    opt[JSON_OPT_INDENT] = a[D_INDENT];
    opt[JSON_OPT_DEFAULT] = a[D_DEFAULT];
    if (a[D_SEPARATORS] != OBJ_NONE) {
        obj_t sep[2];
        unpack_sequence(a[D_SEPARATORS], 2, sep);
        opt[JSON_OPT_ITEM_SEP] = sep[0];
        opt[JSON_OPT_KEY_SEP] = sep[1];
    } else {
        opt[JSON_OPT_ITEM_SEP] = a[D_INDENT] == OBJ_NONE ? str_new(", ", 2) : str_new(",", 1);
        opt[JSON_OPT_KEY_SEP] = str_new(": ", 2);
    }
    return mod_json_encode(o, opt);
}

static obj_t json_dumps(size_t n, const obj_t *args, map_t *kw)
{
    if (n != 1)
        raise_fmt(&type_TypeError, "dumps() takes 1 positional argument but %u were given", (unsigned)n);
    return dumps_impl(args[0], kw);
}
static BUILTIN_FUN_KW(json_dumps_obj, Q_dumps, 0, json_dumps);

static obj_t json_dump(size_t n, const obj_t *args, map_t *kw)
{
    if (n != 2)
        raise_fmt(&type_TypeError, "dump() takes 2 positional arguments but %u were given", (unsigned)n);
    obj_t s = dumps_impl(args[0], kw);
    obj_t dest[3];
    load_method(args[1], Q_write, dest);
    dest[2] = s;
    call_method(1, 0, dest);
    return OBJ_NONE;
}
static BUILTIN_FUN_KW(json_dump_obj, Q_dump, 0, json_dump);

/* ---- decoding entry points ---- */

static obj_t none_to_null(obj_t o)
{
    return o == OBJ_NONE ? OBJ_NULL : o;
}

/* The text to decode: a str, or UTF-8 bytes/bytearray (BOM skipped). */
static obj_t decode_input(obj_t s)
{
    if (str_check(s))
        return str_unwrap(s);
    buffer_info_t bi;
    if ((bytes_check(s) || bytearray_check(s)) && bytes_get_buffer(s, &bi)) {
        const char *p = bi.buf;
        size_t len = bi.len;
        if (len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0) {
            p += 3;
            len -= 3;
        }
        if (!utf8_is_valid(p, len))
            raise_msg(&type_UnicodeDecodeError, "'utf-8' codec can't decode bytes");
        return str_new(p, len);
    }
    raise_fmt(&type_TypeError, "the JSON object must be str, bytes or bytearray, not %s", obj_type_name(s));
}

static const qstr dec_attr_names[6] = {
    Q_object_hook, Q_object_pairs_hook, Q_parse_float, Q_parse_int, Q_parse_constant, Q_strict,
};

static void opts_from(mod_json_decode_opts_t *o, const obj_t *v)
{
    o->object_hook = none_to_null(v[0]);
    o->object_pairs_hook = none_to_null(v[1]);
    o->parse_float = none_to_null(v[2]);
    o->parse_int = none_to_null(v[3]);
    o->parse_constant = none_to_null(v[4]);
    o->strict = obj_is_true(v[5]);
}

/* _decode(s, decoder, idx): JSONDecoder.decode (idx None) or raw_decode. */
static obj_t json__decode(obj_t s, obj_t decoder, obj_t idx)
{
    obj_t v[6];
    for (size_t i = 0; i < 6; i++)
        v[i] = load_attr(decoder, dec_attr_names[i]);
    mod_json_decode_opts_t o;
    opts_from(&o, v);
    if (idx == OBJ_NONE)
        return mod_json_decode(decode_input(s), 0, &o, false);
    if (!str_check(s))
        raise_fmt(&type_TypeError, "first argument must be a string, not %s", obj_type_name(s));
    intptr_t i = obj_get_int(idx);
    if (i < 0)
        raise_msg(&type_ValueError, "idx cannot be negative");
    return mod_json_decode(str_unwrap(s), (size_t)i, &o, true);
}
static BUILTIN_FUN_3(json__decode_obj, Q__decode, json__decode);

enum { L_CLS, L_OBJECT_HOOK, L_PARSE_FLOAT, L_PARSE_INT, L_PARSE_CONSTANT, L_OBJECT_PAIRS_HOOK, L_COUNT };
static const arg_spec_t loads_spec[L_COUNT] = {
    {Q_cls, ARG_KW_ONLY, OBJ_NONE},
    {Q_object_hook, ARG_KW_ONLY, OBJ_NONE},
    {Q_parse_float, ARG_KW_ONLY, OBJ_NONE},
    {Q_parse_int, ARG_KW_ONLY, OBJ_NONE},
    {Q_parse_constant, ARG_KW_ONLY, OBJ_NONE},
    {Q_object_pairs_hook, ARG_KW_ONLY, OBJ_NONE},
};

static obj_t loads_impl(obj_t s, map_t *kw)
{
    obj_t text = decode_input(s);
    if (str_check(s)) {
        size_t len;
        const char *p = str_get_data(text, &len);
        if (len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
            mod_json_raise_decode_error("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0);
    }
    bool use_cls = false;
    if (kw) {
        /* anything beyond the plain options goes through a decoder class,
           as in CPython */
        size_t pos = 0;
        map_elem_t *el;
        while ((el = map_next(kw, &pos)) != NULL) {
            qstr k = str_get_qstr(el->key);
            if (k == Q_cls ? el->value != OBJ_NONE : k == Q_strict)
                use_cls = true;
        }
    }
    if (use_cls) {
        obj_t cls = map_get_qstr(kw, Q_cls);
        if (cls == OBJ_NULL || cls == OBJ_NONE) {
            obj_t mod = map_get_qstr(&vm.modules->map, Q_json);
            cls = mod ? map_get_qstr(&module_globals(mod)->map, Q_JSONDecoder) : OBJ_NULL;
            if (cls == OBJ_NULL)
                raise_msg(&type_RuntimeError, "json.JSONDecoder is missing");
        }
        map_t rest;
        map_init(&rest, kw->used);
        size_t pos = 0;
        map_elem_t *el;
        while ((el = map_next(kw, &pos)) != NULL)
            if (str_get_qstr(el->key) != Q_cls)
                map_store(&rest, el->key, el->value);
        obj_t dec = call_with_kw(cls, &rest);
        obj_t dest[3];
        load_method(dec, Q_decode, dest);
        dest[2] = text;
        return call_method(1, 0, dest);
    }
    obj_t a[L_COUNT];
    arg_parse("loads", 0, NULL, kw, L_COUNT, loads_spec, a);
    obj_t v[6] = {a[L_OBJECT_HOOK], a[L_OBJECT_PAIRS_HOOK], a[L_PARSE_FLOAT], a[L_PARSE_INT], a[L_PARSE_CONSTANT],
                  OBJ_TRUE};
    mod_json_decode_opts_t o;
    opts_from(&o, v);
    return mod_json_decode(text, 0, &o, false);
}

static obj_t json_loads(size_t n, const obj_t *args, map_t *kw)
{
    if (n != 1)
        raise_fmt(&type_TypeError, "loads() takes 1 positional argument but %u were given", (unsigned)n);
    return loads_impl(args[0], kw);
}
static BUILTIN_FUN_KW(json_loads_obj, Q_loads, 0, json_loads);

static obj_t json_load(size_t n, const obj_t *args, map_t *kw)
{
    if (n != 1)
        raise_fmt(&type_TypeError, "load() takes 1 positional argument but %u were given", (unsigned)n);
    obj_t dest[2];
    load_method(args[0], Q_read, dest);
    return loads_impl(call_method(0, 0, dest), kw);
}
static BUILTIN_FUN_KW(json_load_obj, Q_load, 0, json_load);

/* ---- errors ---- */

_Noreturn void mod_json_raise_decode_error(const char *msg, obj_t doc, size_t pos)
{
    obj_t mod = map_get_qstr(&vm.modules->map, Q_json);
    obj_t cls = mod ? map_get_qstr(&module_globals(mod)->map, Q_JSONDecodeError) : OBJ_NULL;
    obj_t args[3] = {str_new(msg, strlen(msg)), doc, obj_new_int((intptr_t)pos)};
    if (cls == OBJ_NULL)
        raise_fmt(&type_ValueError, "%s (char %u)", msg, (unsigned)pos);
    raise_obj(call(cls, 3, 0, args));
}

/* ---- module ---- */

static const char json_py_source[] =
    "class JSONDecodeError(ValueError):\n"
    "    __module__ = 'json.decoder'\n"
    "    def __init__(self, msg, doc, pos):\n"
    "        lineno = doc.count('\\n', 0, pos) + 1\n"
    "        colno = pos - doc.rfind('\\n', 0, pos)\n"
    "        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))\n"
    "        self.msg = msg\n"
    "        self.doc = doc\n"
    "        self.pos = pos\n"
    "        self.lineno = lineno\n"
    "        self.colno = colno\n"
    "    def __reduce__(self):\n"
    "        return self.__class__, (self.msg, self.doc, self.pos)\n"
    "class JSONEncoder:\n"
    "    __module__ = 'json.encoder'\n"
    "    item_separator = ', '\n"
    "    key_separator = ': '\n"
    "    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,\n"
    "                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):\n"
    "        self.skipkeys = skipkeys\n"
    "        self.ensure_ascii = ensure_ascii\n"
    "        self.check_circular = check_circular\n"
    "        self.allow_nan = allow_nan\n"
    "        self.sort_keys = sort_keys\n"
    "        self.indent = indent\n"
    "        if separators is not None:\n"
    "            self.item_separator, self.key_separator = separators\n"
    "        elif indent is not None:\n"
    "            self.item_separator = ','\n"
    "        if default is not None:\n"
    "            self.default = default\n"
    "    def default(self, o):\n"
    "        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')\n"
    "    def encode(self, o):\n"
    "        return _encode(o, self)\n"
    "    def iterencode(self, o, _one_shot=False):\n"
    "        return iter((_encode(o, self),))\n"
    "class JSONDecoder:\n"
    "    __module__ = 'json.decoder'\n"
    "    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,\n"
    "                 parse_constant=None, strict=True, object_pairs_hook=None):\n"
    "        self.object_hook = object_hook\n"
    "        self.parse_float = parse_float\n"
    "        self.parse_int = parse_int\n"
    "        self.parse_constant = parse_constant\n"
    "        self.strict = strict\n"
    "        self.object_pairs_hook = object_pairs_hook\n"
    "    def decode(self, s):\n"
    "        return _decode(s, self, None)\n"
    "    def raw_decode(self, s, idx=0):\n"
    "        return _decode(s, self, idx)\n";

static obj_t json_init(obj_t mod)
{
    obj_dict_t *g = module_globals(mod);
    map_lookup(&g->map, obj_new_qstr(Q___init__), MAP_REMOVE);
    obj_t fun = compile_source(json_py_source, sizeof(json_py_source) - 1, Q_json, PARSE_FILE, false);
    exec_code(fun, g, g);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(json_init_obj, Q___init__, json_init);

static const map_elem_t json_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_json)},
    {ROM_QSTR(Q___init__), ROM_PTR(&json_init_obj)},
    {ROM_QSTR(Q_dumps), ROM_PTR(&json_dumps_obj)},
    {ROM_QSTR(Q_dump), ROM_PTR(&json_dump_obj)},
    {ROM_QSTR(Q_loads), ROM_PTR(&json_loads_obj)},
    {ROM_QSTR(Q_load), ROM_PTR(&json_load_obj)},
    {ROM_QSTR(Q__encode), ROM_PTR(&json__encode_obj)},
    {ROM_QSTR(Q__decode), ROM_PTR(&json__decode_obj)},
};
static DICT_ROM(json_globals, json_globals_table);
const obj_module_t json_module = {{&type_module}, &json_globals};
MODULE_REGISTER(Q_json, json_module);
