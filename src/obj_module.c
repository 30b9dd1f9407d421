/*
 * Modules and import.
 *
 * Search order for "import a.b": sys.modules, then (top level only) the
 * built-in C modules and frozen modules, then each directory of sys.path
 * (the parent package's __path__ for submodules) for a/b.py or
 * a/b/__init__.py. A module is in sys.modules while its body runs, so
 * circular imports see the partly initialised module as CPython's do; it is
 * removed again when the body raises.
 */
#include <string.h>

#include "errno_codes.h"
#include "frozen.h"
#include "map.h"
#include "mem.h"
#include "obj_dict.h"
#include "obj_fun.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "parser.h"
#include "port.h"
#include "runtime.h"

obj_t module_new(qstr name)
{
    obj_module_t *m = mem_alloc(sizeof(obj_module_t));
    m->base.type = &type_module;
    m->globals = obj_new_dict(4);
    map_store_qstr(&m->globals->map, Q___name__, obj_new_qstr(name));
    map_store_qstr(&m->globals->map, Q___doc__, OBJ_NONE);
    return m;
}

obj_dict_t *module_globals(obj_t mod)
{
    return ((obj_module_t *)mod)->globals;
}

static void module_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    obj_module_t *m = o;
    obj_t name = map_get_qstr(&m->globals->map, Q___name__);
    obj_t file = map_get_qstr(&m->globals->map, Q___file__);
    if (file)
        print_fmt(p, "<module '%S' from '%S'>", name ? name : OBJ_NONE, file);
    else
        print_fmt(p, "<module '%S'>", name ? name : OBJ_NONE);
}

static void module_attr(obj_t self, qstr attr, obj_t *dest)
{
    obj_module_t *m = self;
    if (dest[0] == OBJ_NULL) {
        if (attr == Q___dict__) {
            dest[0] = m->globals;
            return;
        }
        map_elem_t *e = map_lookup_qstr(&m->globals->map, attr);
        if (e) {
            dest[0] = e->value;
            return;
        }
        /* module-level __getattr__ (PEP 562) */
        e = map_lookup_qstr(&m->globals->map, Q___getattr__);
        if (e) {
            dest[0] = call1(e->value, obj_new_qstr(attr));
        }
        return;
    }
    if (m->globals->map.is_fixed)
        return;
    if (dest[1] == OBJ_NULL) {
        if (!map_lookup(&m->globals->map, obj_new_qstr(attr), MAP_REMOVE))
            return;
    } else {
        map_store_qstr(&m->globals->map, attr, dest[1]);
    }
    dest[0] = OBJ_NULL;
}

const type_t type_module = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_module,
    .print = module_print,
    .attr = module_attr,
};

/* ---- built-in and frozen modules ---- */

#define MODULE_REGISTER(q, mod)
#define MODDEF(q, mod) extern const obj_module_t mod;
#define BUILTINDEF(q, obj)
#include "genhdr/moduledefs.h"
#undef MODDEF

static const module_def_t builtin_modules[] = {
#define MODDEF(q, mod) {q, &mod},
#include "genhdr/moduledefs.h"
#undef MODDEF
#undef BUILTINDEF
    {QSTR_NULL, NULL},
};

obj_t module_find_builtin(qstr name)
{
    for (const module_def_t *d = builtin_modules; d->module; d++) {
        if (d->name != name)
            continue;
        /* Each run gets a mutable copy so modules can hold state
           (sys.path) and user code may patch attributes. */
        obj_module_t *m = module_new(name);
        map_t *src = &d->module->globals->map;
        size_t pos = 0;
        map_elem_t *e;
        while ((e = map_next(src, &pos)) != NULL)
            map_store(&m->globals->map, e->key, e->value);
        obj_t init = map_get_qstr(&m->globals->map, Q___init__);
        if (init)
            call1(init, m);
        return m;
    }
    return OBJ_NULL;
}

obj_t module_builtin_names(void)
{
    obj_t l = obj_new_list(0, NULL);
    for (const module_def_t *d = builtin_modules; d->module; d++)
        list_append(l, obj_new_qstr(d->name));
    /* frozen top-level modules are built in too (asyncio) */
    const frozen_module_t *fm;
    for (size_t i = 0; (fm = frozen_get(i)) != NULL; i++)
        if (!strchr(fm->name, '.'))
            list_append(l, obj_new_qstr(qstr_from_str(fm->name)));
    return l;
}

qstr module_of_native_type(const void *t)
{
    const type_t *type = t;
    for (const module_def_t *d = builtin_modules; d->module; d++) {
        if (d->name == Q_builtins)
            continue;
        map_elem_t *e = map_lookup_qstr(&d->module->globals->map, type->name);
        if (e && e->value == (obj_t)type)
            return d->name;
    }
    return QSTR_NULL;
}

/* ---- finding source ---- */

static obj_t path_join(obj_t dir, const char *name, size_t len, const char *suffix)
{
    vstr_t v;
    size_t dlen;
    const char *d = str_get_data(dir, &dlen);
    vstr_init(&v, dlen + len + 16);
    if (dlen) {
        vstr_add_strn(&v, d, dlen);
        if (d[dlen - 1] != '/')
            vstr_add_char(&v, '/');
    }
    vstr_add_strn(&v, name, len);
    vstr_add_str(&v, suffix);
    return vstr_to_str(&v);
}

static const char *cstr(obj_t s)
{
    size_t len;
    return str_get_data(s, &len);
}

/* Creates module full_name from a source file (a package when path is a
 * directory) and runs it, keeping sys.modules right on failure. */
static obj_t load_file_module(qstr full_name, obj_t file, obj_t path)
{
    obj_t mod = module_new(full_name);
    obj_dict_t *g = module_globals(mod);
    map_store_qstr(&g->map, Q___file__, file);
    if (path) {
        map_store_qstr(&g->map, Q___path__, obj_new_list(1, &path));
        map_store_qstr(&g->map, Q___package__, obj_new_qstr(full_name));
    } else {
        const char *fn = qstr_str(full_name);
        const char *dot = strrchr(fn, '.');
        map_store_qstr(&g->map, Q___package__, dot ? str_new(fn, (size_t)(dot - fn)) : obj_new_qstr(Q_empty));
    }
    dict_store(vm.modules, obj_new_qstr(full_name), mod);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        exec_file(cstr(file), g);
        nlr_pop();
    } else {
        map_lookup(&vm.modules->map, obj_new_qstr(full_name), MAP_REMOVE);
        raise_obj(nlr.value);
    }
    /* the module may have replaced itself in sys.modules */
    map_elem_t *e = map_lookup_qstr(&vm.modules->map, full_name);
    return e ? e->value : mod;
}

/* Finds the source of module leaf in dirs: *file gets leaf.py or
 * leaf/__init__.py, *path the package directory (else OBJ_NULL). False
 * when none of dirs has it. */
static bool find_source(const char *leaf, size_t leaf_len, obj_t dirs, obj_t *file, obj_t *path)
{
    size_t n;
    obj_t *items;
    obj_list_get(dirs, &n, &items);
    for (size_t i = 0; i < n; i++) {
        if (!obj_is_str(items[i]))
            continue;
        obj_t pkg_dir = path_join(items[i], leaf, leaf_len, "");
        obj_t init = path_join(items[i], leaf, leaf_len, "/__init__.py");
        *path = OBJ_NULL;
        if (port_path_stat(cstr(pkg_dir)) == PORT_STAT_DIR && port_path_stat(cstr(init)) == PORT_STAT_FILE) {
            *file = init;
            *path = pkg_dir;
            return true;
        }
        obj_t py = path_join(items[i], leaf, leaf_len, ".py");
        if (port_path_stat(cstr(py)) == PORT_STAT_FILE) {
            *file = py;
            return true;
        }
    }
    return false;
}

/* Loads module full_name from dirs; returns NULL when not found there. */
static obj_t find_and_load(qstr full_name, const char *leaf, size_t leaf_len, obj_t dirs)
{
    obj_t file, path;
    if (!find_source(leaf, leaf_len, dirs, &file, &path))
        return OBJ_NULL;
    return load_file_module(full_name, file, path);
}

/* A function running a frozen module's const code (nothing is compiled). */
static obj_t frozen_fun(const frozen_module_t *fm)
{
    return fun_new(fm->code, OBJ_NULL, OBJ_NULL, OBJ_NULL, NULL);
}

/* Frozen modules come after the file system, so a program's lib/ can
 * replace them. */
static obj_t frozen_load(qstr full_name)
{
    size_t len;
    const char *name = qstr_data(full_name, &len);
    const frozen_module_t *fm = frozen_find(name, len);
    if (!fm)
        return OBJ_NULL;
    obj_t mod = module_new(full_name);
    obj_dict_t *g = module_globals(mod);
    map_store_qstr(&g->map, Q___file__, obj_new_qstr(fm->code->filename));
    if (fm->is_package) {
        obj_t path = obj_new_qstr(Q__dot_frozen);
        map_store_qstr(&g->map, Q___path__, obj_new_list(1, &path));
        map_store_qstr(&g->map, Q___package__, obj_new_qstr(full_name));
    } else {
        const char *dot = strrchr(name, '.');
        map_store_qstr(&g->map, Q___package__, dot ? str_new(name, (size_t)(dot - name)) : obj_new_qstr(Q_empty));
    }
    dict_store(vm.modules, obj_new_qstr(full_name), mod);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        exec_code(frozen_fun(fm), g, g);
        nlr_pop();
    } else {
        map_lookup(&vm.modules->map, obj_new_qstr(full_name), MAP_REMOVE);
        raise_obj(nlr.value);
    }
    map_elem_t *e = map_lookup_qstr(&vm.modules->map, full_name);
    return e ? e->value : mod;
}

static obj_t import_one(qstr full_name, obj_t parent, const char *leaf, size_t leaf_len)
{
    map_elem_t *e = map_lookup_qstr(&vm.modules->map, full_name);
    if (e)
        return e->value;
    obj_t mod = OBJ_NULL;
    if (parent == OBJ_NULL) {
        mod = module_find_builtin(full_name);
        if (mod) {
            dict_store(vm.modules, obj_new_qstr(full_name), mod);
            return mod;
        }
        mod = find_and_load(full_name, leaf, leaf_len, vm.sys_path);
    } else {
        obj_t path = load_attr_maybe(parent, Q___path__);
        if (path && obj_is_type(path, &type_list))
            mod = find_and_load(full_name, leaf, leaf_len, path);
    }
    if (mod == OBJ_NULL)
        mod = frozen_load(full_name);
    if (mod == OBJ_NULL) {
        obj_t n = obj_new_qstr(full_name);
        obj_t exc = exception_new_msg(&type_ModuleNotFoundError, NULL);
        vstr_t v;
        vstr_init(&v, 32);
        vstr_add_str(&v, "No module named '");
        vstr_add_str(&v, qstr_str(full_name));
        vstr_add_str(&v, "'");
        obj_t msg = vstr_to_str(&v);
        exc = exception_new(&type_ModuleNotFoundError, 1, &msg);
        store_attr(exc, Q_name, n);
        raise_obj(exc);
    }
    if (parent != OBJ_NULL)
        store_attr(parent, qstr_from_strn(leaf, leaf_len), mod);
    return mod;
}

static qstr resolve_relative(qstr name, int level, obj_dict_t *globals)
{
    obj_t pkg = globals ? map_get_qstr(&globals->map, Q___package__) : OBJ_NULL;
    size_t plen;
    const char *p;
    if (pkg && obj_is_str(pkg)) {
        p = str_get_data(pkg, &plen);
    } else {
        obj_t n = globals ? map_get_qstr(&globals->map, Q___name__) : OBJ_NULL;
        if (!n)
            raise_msg(&type_ImportError, "attempted relative import with no known parent package");
        p = str_get_data(n, &plen);
        if (!map_get_qstr(&globals->map, Q___path__)) {
            while (plen && p[plen - 1] != '.')
                plen--;
            if (plen)
                plen--;
        }
    }
    if (plen == 0)
        raise_msg(&type_ImportError, "attempted relative import with no known parent package");
    for (int i = 1; i < level; i++) {
        while (plen && p[plen - 1] != '.')
            plen--;
        if (plen == 0)
            raise_msg(&type_ImportError, "attempted relative import beyond top-level package");
        plen--;
    }
    size_t nlen;
    const char *n = qstr_data(name, &nlen);
    vstr_t v;
    vstr_init(&v, plen + nlen + 2);
    vstr_add_strn(&v, p, plen);
    if (nlen) {
        vstr_add_char(&v, '.');
        vstr_add_strn(&v, n, nlen);
    }
    return qstr_from_strn(v.buf, v.len);
}

obj_t import_name(qstr name, obj_t fromlist, int level, obj_dict_t *globals)
{
    qstr full = level > 0 ? resolve_relative(name, level, globals) : name;
    size_t len;
    const char *s = qstr_data(full, &len);
    if (len == 0)
        raise_msg(&type_ValueError, "Empty module name");
    obj_t top = OBJ_NULL, mod = OBJ_NULL;
    size_t start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && s[i] != '.')
            continue;
        qstr part = qstr_from_strn(s, i);
        mod = import_one(part, mod, s + start, i - start);
        if (top == OBJ_NULL)
            top = mod;
        start = i + 1;
    }
    bool has_from = fromlist != OBJ_NONE && fromlist != OBJ_NULL && obj_len(fromlist) > 0;
    if (has_from) {
        /* from pkg import submodule: import submodules not yet attributes */
        obj_t path = load_attr_maybe(mod, Q___path__);
        if (path) {
            size_t n;
            obj_t *items;
            obj_tuple_get(fromlist, &n, &items);
            for (size_t i = 0; i < n; i++) {
                qstr q = str_get_qstr(items[i]);
                if (q == Q__star_ || load_attr_maybe(mod, q))
                    continue;
                size_t ql;
                const char *qs = qstr_data(q, &ql);
                vstr_t v;
                vstr_init(&v, len + ql + 2);
                vstr_add_strn(&v, s, len);
                vstr_add_char(&v, '.');
                vstr_add_strn(&v, qs, ql);
                qstr sub = qstr_from_strn(v.buf, v.len);
                nlr_buf_t nlr;
                if (nlr_push(&nlr) == 0) {
                    import_one(sub, mod, qs, ql);
                    nlr_pop();
                } else if (!exception_is(nlr.value, &type_ModuleNotFoundError)) {
                    raise_obj(nlr.value);
                }
            }
        }
        return mod;
    }
    return level > 0 ? mod : top;
}

int import_run_main(qstr name)
{
    size_t len;
    const char *full = qstr_data(name, &len);
    const char *dot = strrchr(full, '.');
    obj_t dirs = vm.sys_path;
    qstr package = Q_empty;
    if (dot) {
        package = qstr_from_strn(full, (size_t)(dot - full));
        obj_t parent = import_name(package, OBJ_NONE, 0, NULL);
        parent = map_get_qstr(&vm.modules->map, package);
        dirs = parent ? load_attr_maybe(parent, Q___path__) : OBJ_NULL;
        if (!dirs || !obj_is_type(dirs, &type_list))
            return -1;
    }
    const char *leaf = dot ? dot + 1 : full;
    size_t leaf_len = len - (size_t)(leaf - full);
    obj_dict_t *g = module_globals(vm.main_module);
    obj_t file, path;
    if (find_source(leaf, leaf_len, dirs, &file, &path)) {
        if (path != OBJ_NULL) {
            /* a package runs its __main__ submodule, after its __init__ */
            import_name(name, OBJ_NONE, 0, NULL);
            vstr_t v;
            vstr_init(&v, len + 10);
            vstr_add_strn(&v, full, len);
            vstr_add_str(&v, ".__main__");
            return import_run_main(qstr_from_strn(v.buf, v.len));
        }
        map_store_qstr(&g->map, Q___file__, file);
        map_store_qstr(&g->map, Q___package__, obj_new_qstr(package));
        size_t argc;
        obj_t *argv;
        obj_list_get(vm.sys_argv, &argc, &argv);
        if (argc > 0)
            argv[0] = file; /* as python3 -m: the module's file */
        exec_file(cstr(file), g);
        return 0;
    }
    const frozen_module_t *fm = frozen_find(full, len);
    if (!fm || fm->is_package)
        return -1;
    map_store_qstr(&g->map, Q___package__, obj_new_qstr(package));
    exec_code(frozen_fun(fm), g, g);
    return 0;
}

obj_t import_from(obj_t module, qstr name)
{
    obj_t v = load_attr_maybe(module, name);
    if (v)
        return v;
    obj_t mname = load_attr_maybe(module, Q___name__);
    obj_t file = load_attr_maybe(module, Q___file__);
    if (mname && obj_is_str(mname)) {
        /* a circular import may have put the submodule in sys.modules only */
        size_t ml, nl;
        const char *ms = str_get_data(mname, &ml);
        const char *ns = qstr_data(name, &nl);
        vstr_t vs;
        vstr_init(&vs, ml + nl + 2);
        vstr_add_strn(&vs, ms, ml);
        vstr_add_char(&vs, '.');
        vstr_add_strn(&vs, ns, nl);
        qstr sub = qstr_find_strn(vs.buf, vs.len);
        map_elem_t *e = sub ? map_lookup_qstr(&vm.modules->map, sub) : NULL;
        if (e)
            return e->value;
    }
    if (file)
        raise_fmt(&type_ImportError, "cannot import name '%q' from '%S' (%S)", name, mname ? mname : OBJ_NONE, file);
    raise_fmt(&type_ImportError, "cannot import name '%q' from '%S' (unknown location)", name,
              mname ? mname : OBJ_NONE);
}

void import_all(obj_t module, obj_dict_t *dest)
{
    obj_dict_t *g = module_globals(module);
    obj_t all = map_get_qstr(&g->map, Q___all__);
    if (all) {
        obj_t it = getiter(all, NULL);
        obj_t n;
        while ((n = iternext(it)) != OBJ_STOP_ITERATION)
            map_store_qstr(&dest->map, str_get_qstr(n), load_attr(module, str_get_qstr(n)));
        return;
    }
    size_t pos = 0;
    map_elem_t *e;
    while ((e = map_next(&g->map, &pos)) != NULL) {
        size_t len;
        const char *s = str_get_data(e->key, &len);
        if (len && s[0] == '_')
            continue;
        map_store(&dest->map, e->key, e->value);
    }
}

/* ---- running source ---- */

obj_t exec_code(obj_t fun, obj_dict_t *globals, obj_dict_t *locals)
{
    obj_fun_set_globals(fun, globals);
    return fun_call_with_locals(fun, locals ? locals : globals);
}

void exec_file(const char *path, obj_dict_t *globals)
{
    char *data;
    size_t len;
    int err = port_file_read(path, &data, &len);
    if (err < 0) {
        obj_t args[3] = {obj_new_small_int(-err), obj_new_qstr(Q_empty), str_new(path, strlen(path))};
        const char *msg = errno_message(-err);
        if (msg)
            args[1] = str_new(msg, strlen(msg));
        raise_obj(exception_new(&type_OSError, 3, args));
    }
    obj_t fun = compile_source(data, len, qstr_from_str(path), PARSE_FILE, false);
    exec_code(fun, globals, globals);
}

QSTR_SPECIAL(Q__star_, "*");
QSTR_SPECIAL(Q__dot_frozen, ".frozen");
