/*
 * Built-in functions for namespaces and running code: globals, locals,
 * vars and dir, and exec, eval, compile and __import__.
 */
#include "builtins_impl.h"
#include "map.h"
#include "mem.h"
#include "obj_dict.h"
#include "obj_fun.h"
#include "obj_list.h"
#include "obj_str.h"
#include "obj_tuple.h"
#include "parser.h"
#include "runtime.h"

static obj_t b_globals(void)
{
    return vm.frame ? (obj_t)vm.frame->globals : OBJ_NONE;
}
BUILTIN_FUN_0(builtins_globals_obj, Q_globals, b_globals);

static obj_t b_locals(void)
{
    struct frame *f = vm.frame;
    if (!f)
        return OBJ_NONE;
    if (!(f->code->flags & CODE_NEWLOCALS))
        return f->locals ? (obj_t)f->locals : (obj_t)f->globals;
    obj_t d = obj_new_dict(0);
    const code_t *c = f->code;
    for (size_t i = 0; i < c->n_slots; i++) {
        obj_t v = f->slots[i];
        bool is_cell = i >= (size_t)(c->n_slots - c->n_free);
        for (size_t k = 0; k < c->n_cells; k++)
            is_cell |= c->cell_slots[k] == i;
        if (is_cell && v)
            v = ((obj_cell_t *)v)->value;
        if (v)
            dict_store(d, obj_new_qstr(c->slot_names[i]), v);
    }
    return d;
}
BUILTIN_FUN_0(builtins_locals_obj, Q_locals, b_locals);

static obj_t b_vars(size_t n, const obj_t *args)
{
    if (n == 0)
        return b_locals();
    obj_t d = load_attr_maybe(args[0], Q___dict__);
    if (!d)
        raise_msg(&type_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}
BUILTIN_FUN_VAR(builtins_vars_obj, Q_vars, 0, 1, b_vars);

static obj_t b_dir(size_t n, const obj_t *args)
{
    obj_t l = obj_new_list(0, NULL);
    if (n == 0) {
        obj_t d = b_locals();
        size_t pos = 0;
        map_elem_t *e;
        while ((e = map_next(dict_get_map(d), &pos)) != NULL)
            list_append(l, e->key);
    } else {
        obj_t o = args[0];
        obj_t seen = obj_new_dict(0);
        const type_t *t = obj_get_type(o);
        if (obj_is_type(o, &type_module)) {
            map_t *m = dict_get_map(module_globals(o));
            size_t pos = 0;
            map_elem_t *e;
            while ((e = map_next(m, &pos)) != NULL)
                dict_store(seen, e->key, OBJ_NONE);
        } else {
            if (t->flags & TYPE_FLAG_USER) {
                obj_instance_t *inst = o;
                size_t pos = 0;
                map_elem_t *e;
                while ((e = map_next(&inst->attrs, &pos)) != NULL)
                    dict_store(seen, e->key, OBJ_NONE);
            }
            const type_t *start = obj_isinstance(o, &type_type) ? (const type_t *)o : t;
            obj_t mro = load_attr(( obj_t)start, Q___mro__);
            size_t nm;
            obj_t *items;
            obj_tuple_get(mro, &nm, &items);
            for (size_t i = 0; i < nm; i++) {
                const type_t *mt = items[i];
                if (!mt->locals)
                    continue;
                size_t pos = 0;
                map_elem_t *e;
                while ((e = map_next(mt->locals, &pos)) != NULL)
                    dict_store(seen, e->key, OBJ_NONE);
            }
        }
        size_t pos = 0;
        map_elem_t *e;
        while ((e = map_next(dict_get_map(seen), &pos)) != NULL)
            list_append(l, e->key);
    }
    list_sort_inplace(l, OBJ_NULL, false);
    return l;
}
BUILTIN_FUN_VAR(builtins_dir_obj, Q_dir, 0, 1, b_dir);

/* exec / eval / compile */

typedef struct obj_code_wrapper {
    obj_base_t base;
    obj_t fun;
    int mode;
} obj_code_wrapper_t;

static const type_t type_compiled = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_code,
};

static int mode_of(obj_t m)
{
    qstr q = str_get_qstr(m);
    if (q == Q_exec)
        return PARSE_FILE;
    if (q == Q_eval)
        return PARSE_EVAL;
    if (q == Q_single)
        return PARSE_SINGLE;
    raise_msg(&type_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
}

static obj_t source_to_fun(obj_t src, int mode, qstr filename)
{
    if (obj_is_type(src, &type_compiled))
        return ((obj_code_wrapper_t *)src)->fun;
    size_t len;
    const char *s;
    if (obj_is_str(src) || obj_is_type(src, &type_bytes))
        s = str_get_data(src, &len);
    else
        raise_fmt(&type_TypeError, "%s() arg 1 must be a string, bytes or code object",
                  mode == PARSE_EVAL ? "eval" : "exec");
    if (mode == PARSE_EVAL) {
        while (len && (*s == ' ' || *s == '\t')) {
            s++;
            len--;
        }
    }
    return compile_source(s, len, filename, mode, mode == PARSE_SINGLE);
}

static obj_t run_in(obj_t fun, size_t n, const obj_t *args)
{
    obj_dict_t *g = NULL, *l = NULL;
    if (n > 1 && args[1] != OBJ_NONE) {
        if (!obj_is_type(args[1], &type_dict))
            raise_fmt(&type_TypeError, "globals must be a dict, not %s", obj_type_name(args[1]));
        g = args[1];
        if (!map_lookup_qstr(&g->map, Q___builtins__))
            map_store_qstr(&g->map, Q___builtins__, vm.builtins);
    }
    if (n > 2 && args[2] != OBJ_NONE)
        l = args[2];
    if (!g) {
        g = vm.frame ? vm.frame->globals : module_globals(vm.main_module);
        if (!l && vm.frame)
            l = b_locals();
    }
    return exec_code(fun, g, l ? l : g);
}

static obj_t b_exec(size_t n, const obj_t *args)
{
    obj_t fun = source_to_fun(args[0], PARSE_FILE, Q__lt_string_gt_);
    run_in(fun, n, args);
    return OBJ_NONE;
}
BUILTIN_FUN_VAR(builtins_exec_obj, Q_exec, 1, 3, b_exec);

static obj_t b_eval(size_t n, const obj_t *args)
{
    obj_t fun = source_to_fun(args[0], PARSE_EVAL, Q__lt_string_gt_);
    return run_in(fun, n, args);
}
BUILTIN_FUN_VAR(builtins_eval_obj, Q_eval, 1, 3, b_eval);

static obj_t b_compile(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {{Q_source, ARG_REQUIRED, OBJ_NULL}, {Q_filename, ARG_REQUIRED, OBJ_NULL},
                                      {Q_mode, ARG_REQUIRED, OBJ_NULL}, {Q_flags, 0, ROM_INT(0)},
                                      {Q_dont_inherit, 0, OBJ_FALSE}, {Q_optimize, 0, ROM_INT(-1)}};
    obj_t v[6];
    arg_parse("compile", n, args, kw, 6, spec, v);
    int mode = mode_of(v[2]);
    obj_code_wrapper_t *c = mem_alloc(sizeof(obj_code_wrapper_t));
    c->base.type = &type_compiled;
    c->fun = source_to_fun(v[0], mode, str_get_qstr(v[1]));
    c->mode = mode;
    return c;
}
BUILTIN_FUN_KW(builtins_compile_obj, Q_compile, 0, b_compile);

static obj_t b_import(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {{Q_name, ARG_REQUIRED, OBJ_NULL}, {Q_globals, 0, OBJ_NONE},
                                      {Q_locals, 0, OBJ_NONE}, {Q_fromlist, 0, OBJ_NONE}, {Q_level, 0, ROM_INT(0)}};
    obj_t v[5];
    arg_parse("__import__", n, args, kw, 5, spec, v);
    obj_dict_t *g = obj_is_type(v[1], &type_dict) ? v[1] : NULL;
    obj_t from = v[3];
    if (from != OBJ_NONE && !obj_is_type(from, &type_tuple))
        from = obj_tuple_from_iter(from);
    return import_name(str_get_qstr(v[0]), from, (int)obj_get_int(v[4]), g);
}
BUILTIN_FUN_KW(builtins_import_obj, Q___import__, 0, b_import);

QSTR_SPECIAL(Q__lt_string_gt_, "<string>");
