/*
 * traceback: printing and formatting exceptions over exception_print.
 * Frames carry no source lines here, so each "File" entry is one line.
 * Traceback objects are not kept (exc.__traceback__ is None), so the
 * functions taking a traceback (print_tb, format_tb, extract_tb) have
 * nothing to show; limit is accepted and ignored.
 */
#include <string.h>

#include "obj_list.h"
#include "obj_str.h"
#include "runtime.h"

/* The exception an (exc, value, tb) call is about: value when given
   (the pre-3.10 form), else exc. */
static obj_t which_exc(size_t n, const obj_t *args, map_t *kw)
{
    obj_t v = OBJ_NULL;
    if (n > 1)
        v = args[1];
    else if (kw)
        v = map_get_qstr(kw, Q_value);
    return v != OBJ_NULL ? v : args[0];
}

static obj_t kw_get(map_t *kw, qstr name, obj_t def)
{
    obj_t v = kw ? map_get_qstr(kw, name) : OBJ_NULL;
    return v ? v : def;
}

/* The text CPython would print for exc; without chain, the causes and
   contexts are left out. */
static obj_t format_text(obj_t exc, bool chain)
{
    vstr_t v;
    vstr_init(&v, 128);
    print_t p;
    vstr_print_init(&p, &v);
    if (!obj_isinstance(exc, &type_BaseException)) {
        print_fmt(&p, "%s: ", obj_type_name(exc));
        obj_print(&p, exc, PRINT_STR);
        print_str(&p, "\n");
        return vstr_to_str(&v);
    }
    if (chain) {
        exception_print(&p, exc);
        return vstr_to_str(&v);
    }
    obj_t saved[3] = {load_attr(exc, Q___cause__), load_attr(exc, Q___context__),
                      load_attr(exc, Q___suppress_context__)};
    store_attr(exc, Q___cause__, OBJ_NONE);
    store_attr(exc, Q___context__, OBJ_NONE);
    nlr_buf_t nlr;
    bool ok = nlr_push(&nlr) == 0;
    if (ok) {
        exception_print(&p, exc);
        nlr_pop();
    }
    store_attr(exc, Q___cause__, saved[0]);
    store_attr(exc, Q___context__, saved[1]);
    store_attr(exc, Q___suppress_context__, saved[2]);
    if (!ok)
        nlr_jump(nlr.value);
    return vstr_to_str(&v);
}

static bool starts_with(const char *s, size_t len, const char *prefix)
{
    size_t n = strlen(prefix);
    return len >= n && memcmp(s, prefix, n) == 0;
}

/* Splits printed text into CPython's list items: one per line, except
   that a frame's source lines (indented by four) join its "File" line and
   a chain separator ("\nDuring handling ...:\n\n") is one item. */
static obj_t split_lines(obj_t text)
{
    size_t len;
    const char *s = str_get_data(text, &len);
    obj_t list = obj_new_list(0, NULL);
    size_t i = 0;
    while (i < len) {
        size_t j;
        if (s[i] == '\n') {
            const char *end = strstr(s + i + 1, "\n\n");
            j = end ? (size_t)(end - s) + 2 : len;
        } else {
            const char *nl = memchr(s + i, '\n', len - i);
            j = nl ? (size_t)(nl - s) + 1 : len;
            if (starts_with(s + i, len - i, "  File \"")) {
                while (j < len && starts_with(s + j, len - j, "    ")) {
                    nl = memchr(s + j, '\n', len - j);
                    j = nl ? (size_t)(nl - s) + 1 : len;
                }
            }
        }
        list_append(list, str_new(s + i, j - i));
        i = j;
    }
    return list;
}

/* The text of exc without "Traceback" header and frames: what
   format_exception_only gives. A SyntaxError's own "File" line has no
   ", in " and stays. */
static obj_t format_only(obj_t exc)
{
    obj_t text = format_text(exc, false);
    size_t len;
    const char *s = str_get_data(text, &len);
    size_t i = 0;
    if (starts_with(s, len, "Traceback (most recent call last):\n")) {
        i = strlen("Traceback (most recent call last):\n");
        for (;;) {
            const char *nl = memchr(s + i, '\n', len - i);
            size_t j = nl ? (size_t)(nl - s) + 1 : len;
            bool frame = false;
            if (starts_with(s + i, len - i, "  File \""))
                for (size_t k = i; k + 5 <= j; k++)
                    frame |= memcmp(s + k, ", in ", 5) == 0;
            if (!frame && !(i > 0 && starts_with(s + i, len - i, "    ")))
                break;
            i = j;
        }
    }
    return str_new(s + i, len - i);
}

static void write_out(obj_t file, obj_t text)
{
    if (file == OBJ_NONE) {
        size_t len;
        const char *s = str_get_data(text, &len);
        print_strn(&print_stderr, s, len);
        return;
    }
    obj_t dest[3];
    load_method(file, Q_write, dest);
    dest[2] = text;
    call_method(1, 0, dest);
}

/* (exc, value, tb) with tb given as None: only the exception's own lines. */
static bool tb_is_none(size_t n, const obj_t *args, map_t *kw)
{
    obj_t tb = n > 2 ? args[2] : kw_get(kw, Q_tb, OBJ_NULL);
    return tb == OBJ_NONE;
}

static obj_t tb_print_exception(size_t n, const obj_t *args, map_t *kw)
{
    obj_t exc = which_exc(n, args, kw);
    obj_t file = n > 4 ? args[4] : kw_get(kw, Q_file, OBJ_NONE);
    obj_t chain = n > 5 ? args[5] : kw_get(kw, Q_chain, OBJ_TRUE);
    write_out(file, tb_is_none(n, args, kw) ? format_only(exc) : format_text(exc, obj_is_true(chain)));
    return OBJ_NONE;
}
static BUILTIN_FUN_KW(tb_print_exception_obj, Q_print_exception, 1, tb_print_exception);

static obj_t tb_format_exception(size_t n, const obj_t *args, map_t *kw)
{
    obj_t exc = which_exc(n, args, kw);
    obj_t chain = n > 4 ? args[4] : kw_get(kw, Q_chain, OBJ_TRUE);
    return split_lines(tb_is_none(n, args, kw) ? format_only(exc) : format_text(exc, obj_is_true(chain)));
}
static BUILTIN_FUN_KW(tb_format_exception_obj, Q_format_exception, 1, tb_format_exception);

static obj_t tb_format_exception_only(size_t n, const obj_t *args, map_t *kw)
{
    return split_lines(format_only(which_exc(n, args, kw)));
}
static BUILTIN_FUN_KW(tb_format_exception_only_obj, Q_format_exception_only, 1, tb_format_exception_only);

static obj_t current_exc(void)
{
    return vm.cur_exc ? vm.cur_exc : OBJ_NONE;
}

static obj_t tb_print_exc(size_t n, const obj_t *args, map_t *kw)
{
    obj_t file = n > 1 ? args[1] : kw_get(kw, Q_file, OBJ_NONE);
    obj_t chain = n > 2 ? args[2] : kw_get(kw, Q_chain, OBJ_TRUE);
    write_out(file, format_text(current_exc(), obj_is_true(chain)));
    return OBJ_NONE;
}
static BUILTIN_FUN_KW(tb_print_exc_obj, Q_print_exc, 0, tb_print_exc);

static obj_t tb_format_exc(size_t n, const obj_t *args, map_t *kw)
{
    obj_t chain = n > 1 ? args[1] : kw_get(kw, Q_chain, OBJ_TRUE);
    return format_text(current_exc(), obj_is_true(chain));
}
static BUILTIN_FUN_KW(tb_format_exc_obj, Q_format_exc, 0, tb_format_exc);

static obj_t tb_print_tb(size_t n, const obj_t *args, map_t *kw)
{
    (void)n;
    (void)args;
    (void)kw;
    return OBJ_NONE;
}
static BUILTIN_FUN_KW(tb_print_tb_obj, Q_print_tb, 1, tb_print_tb);

static obj_t tb_empty_list(size_t n, const obj_t *args, map_t *kw)
{
    (void)n;
    (void)args;
    (void)kw;
    return obj_new_list(0, NULL);
}
static BUILTIN_FUN_KW(tb_format_tb_obj, Q_format_tb, 1, tb_empty_list);
static BUILTIN_FUN_KW(tb_extract_tb_obj, Q_extract_tb, 1, tb_empty_list);

static const map_elem_t traceback_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_traceback)},
    {ROM_QSTR(Q_print_exception), ROM_PTR(&tb_print_exception_obj)},
    {ROM_QSTR(Q_format_exception), ROM_PTR(&tb_format_exception_obj)},
    {ROM_QSTR(Q_format_exception_only), ROM_PTR(&tb_format_exception_only_obj)},
    {ROM_QSTR(Q_print_exc), ROM_PTR(&tb_print_exc_obj)},
    {ROM_QSTR(Q_format_exc), ROM_PTR(&tb_format_exc_obj)},
    {ROM_QSTR(Q_print_tb), ROM_PTR(&tb_print_tb_obj)},
    {ROM_QSTR(Q_format_tb), ROM_PTR(&tb_format_tb_obj)},
    {ROM_QSTR(Q_extract_tb), ROM_PTR(&tb_extract_tb_obj)},
};
static DICT_ROM(traceback_globals, traceback_globals_table);
const obj_module_t traceback_module = {{&type_module}, &traceback_globals};
MODULE_REGISTER(Q_traceback, traceback_module);
