/*
 * The os module, CircuitPython's subset: files and directories over the
 * port, uname, urandom, and getenv reading settings.toml (the drive's, see
 * port_settings_path; CircuitPython does not consult the process
 * environment).
 *
 * Errors carry the path like CPython's: FileNotFoundError: [Errno 2] No
 * such file or directory: 'x'.
 */
#include <string.h>

#include "attrtuple.h"
#include "errno_codes.h"
#include "mem.h"
#include "mod_os.h"
#include "obj_list.h"
#include "obj_str.h"
#include "port.h"
#include "runtime.h"
#include "settings_toml.h"

_Noreturn void os_raise_path_error(int err, obj_t path)
{
    if (err < 0)
        err = -err;
    const char *msg = errno_message(err);
    if (msg == NULL)
        raise_oserror(err);
    obj_t args[3] = {obj_new_small_int(err), str_new(msg, strlen(msg)), path};
    raise_obj(exception_new(&type_OSError, 3, args));
}

const char *os_path_arg(obj_t path, const char *argname)
{
    size_t len;
    if (!str_check(path) && !bytes_check(path)) {
        /* CPython's functions that also take a descriptor say so */
        static const char *const fd_ok[] = {"stat", "listdir", "chdir", "statvfs"};
        bool takes_fd = false;
        for (size_t i = 0; i < sizeof(fd_ok) / sizeof(fd_ok[0]); i++)
            takes_fd |= strcmp(argname, fd_ok[i]) == 0;
        raise_fmt(&type_TypeError, "%s: path should be string, bytes%s, not %s", argname,
                  takes_fd ? ", os.PathLike or integer" : " or os.PathLike", obj_type_name(path));
    }
    const char *s = str_get_data(str_unwrap(path), &len);
    if (memchr(s, 0, len))
        raise_msg(&type_ValueError, "embedded null byte");
    return s;
}

static void check(int r, obj_t path)
{
    if (r < 0)
        os_raise_path_error(r, path);
}

/* ---- directories ---- */

typedef struct listdir_ctx {
    obj_t list;
    bool as_bytes;
} listdir_ctx_t;

static void listdir_add(void *ctx, const char *name)
{
    listdir_ctx_t *c = ctx;
    size_t n = strlen(name);
    list_append(c->list, c->as_bytes ? obj_new_bytes(name, n) : str_new(name, n));
}

static obj_t os_listdir(size_t n, const obj_t *args)
{
    obj_t path = n ? args[0] : obj_new_qstr(Q_os_curdir);
    listdir_ctx_t ctx = {obj_new_list(0, NULL), bytes_check(path)};
    check(port_listdir(os_path_arg(path, "listdir"), listdir_add, &ctx), path);
    return ctx.list;
}
static BUILTIN_FUN_VAR(os_listdir_obj, Q_listdir, 0, 1, os_listdir);

static obj_t os_mkdir(size_t n, const obj_t *args)
{
    (void)n; /* mode (CPython's second argument) is accepted and ignored */
    check(port_mkdir(os_path_arg(args[0], "mkdir")), args[0]);
    return OBJ_NONE;
}
static BUILTIN_FUN_VAR(os_mkdir_obj, Q_mkdir, 1, 2, os_mkdir);

static obj_t os_rmdir(obj_t path)
{
    check(port_rmdir(os_path_arg(path, "rmdir")), path);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(os_rmdir_obj, Q_rmdir, os_rmdir);

static obj_t os_remove(obj_t path)
{
    check(port_remove(os_path_arg(path, "remove")), path);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(os_remove_obj, Q_remove, os_remove);

static obj_t os_rename(obj_t from, obj_t to)
{
    const char *f = os_path_arg(from, "rename");
    const char *t = os_path_arg(to, "rename");
    check(port_rename(f, t), from);
    return OBJ_NONE;
}
static BUILTIN_FUN_2(os_rename_obj, Q_rename, os_rename);

static obj_t os_getcwd(void)
{
    size_t size = 256;
    for (;;) {
        char *buf = mem_alloc_noscan(size);
        int r = port_getcwd(buf, size);
        if (r == 0)
            return str_new(buf, strlen(buf));
        mem_free(buf);
        if (r != -ERRNO_ERANGE || size >= 65536)
            raise_oserror(-r);
        size *= 4;
    }
}
static BUILTIN_FUN_0(os_getcwd_obj, Q_getcwd, os_getcwd);

static obj_t os_chdir(obj_t path)
{
    check(port_chdir(os_path_arg(path, "chdir")), path);
    return OBJ_NONE;
}
static BUILTIN_FUN_1(os_chdir_obj, Q_chdir, os_chdir);

/* ---- stat ---- */

static obj_t os_stat(obj_t path)
{
    port_stat_t st;
    check(port_stat(os_path_arg(path, "stat"), &st), path);
    obj_t items[10] = {
        obj_new_int_from_uint(st.mode), obj_new_small_int(0), obj_new_small_int(0), obj_new_small_int(0),
        obj_new_small_int(0), obj_new_small_int(0), obj_new_int_from_ll((long long)st.size),
        obj_new_int_from_ll(st.atime), obj_new_int_from_ll(st.mtime), obj_new_int_from_ll(st.ctime),
    };
    return obj_new_tuple(10, items);
}
static BUILTIN_FUN_1(os_stat_obj, Q_stat, os_stat);

static obj_t os_statvfs(obj_t path)
{
    uint64_t v[10];
    check(port_statvfs(os_path_arg(path, "statvfs"), v), path);
    obj_t items[10];
    for (size_t i = 0; i < 10; i++)
        items[i] = obj_new_int_from_ll((long long)v[i]);
    return obj_new_tuple(10, items);
}
static BUILTIN_FUN_1(os_statvfs_obj, Q_statvfs, os_statvfs);

static obj_t os_sync(void)
{
    int r = port_sync();
    if (r < 0)
        raise_oserror(-r);
    return OBJ_NONE;
}
static BUILTIN_FUN_0(os_sync_obj, Q_sync, os_sync);

/* ---- misc ---- */

static obj_t os_urandom(obj_t size)
{
    intptr_t n = obj_get_int(size);
    if (n < 0)
        raise_msg(&type_ValueError, "negative argument not allowed");
    char *buf = mem_alloc_noscan((size_t)n + 1);
    int r = port_urandom(buf, (size_t)n);
    if (r < 0)
        raise_oserror(-r);
    buf[n] = 0;
    return bytes_new_owned(buf, (size_t)n);
}
static BUILTIN_FUN_1(os_urandom_obj, Q_urandom, os_urandom);

static const qstr uname_fields[5] = {Q_sysname, Q_nodename, Q_release, Q_version, Q_machine};
static const attrtuple_desc_t uname_desc = {5, uname_fields, NULL};
static ATTRTUPLE_TYPE(type_uname_result, Q_uname_result, &uname_desc, NULL);

static obj_t os_uname(void)
{
    char (*f)[65] = mem_alloc_noscan(5 * 65);
    int r = port_uname(f);
    if (r < 0)
        raise_oserror(-r);
    obj_t items[5];
    for (size_t i = 0; i < 5; i++)
        items[i] = str_new(f[i], strlen(f[i]));
    return attrtuple_new(&type_uname_result, items);
}
static BUILTIN_FUN_0(os_uname_obj, Q_uname, os_uname);

/* getenv(key, default=None): settings.toml at the drive's root (the
   current directory's without a drive), read again on every call. */
static obj_t os_getenv(size_t n, const obj_t *args)
{
    obj_t key = args[0];
    obj_t def = n > 1 ? args[1] : OBJ_NONE;
    if (!str_check(key))
        raise_fmt(&type_TypeError, "str expected, not %s", obj_type_name(key));
    size_t klen;
    const char *k = str_get_data(str_unwrap(key), &klen);
    char *text;
    size_t len;
    if (port_file_read(port_settings_path(), &text, &len) < 0)
        return def;
    obj_t out = OBJ_NULL;
    int r = settings_toml_lookup(text, len, k, klen, &out);
    mem_free(text);
    return r == SETTINGS_FOUND ? out : def;
}
static BUILTIN_FUN_VAR(os_getenv_obj, Q_getenv, 1, 2, os_getenv);

static const map_elem_t os_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_os)},
    {ROM_QSTR(Q_uname), ROM_PTR(&os_uname_obj)},
    {ROM_QSTR(Q_getenv), ROM_PTR(&os_getenv_obj)},
    {ROM_QSTR(Q_listdir), ROM_PTR(&os_listdir_obj)},
    {ROM_QSTR(Q_mkdir), ROM_PTR(&os_mkdir_obj)},
    {ROM_QSTR(Q_remove), ROM_PTR(&os_remove_obj)},
    {ROM_QSTR(Q_rename), ROM_PTR(&os_rename_obj)},
    {ROM_QSTR(Q_rmdir), ROM_PTR(&os_rmdir_obj)},
    {ROM_QSTR(Q_stat), ROM_PTR(&os_stat_obj)},
    {ROM_QSTR(Q_statvfs), ROM_PTR(&os_statvfs_obj)},
    {ROM_QSTR(Q_sync), ROM_PTR(&os_sync_obj)},
    {ROM_QSTR(Q_urandom), ROM_PTR(&os_urandom_obj)},
    {ROM_QSTR(Q_getcwd), ROM_PTR(&os_getcwd_obj)},
    {ROM_QSTR(Q_chdir), ROM_PTR(&os_chdir_obj)},
    {ROM_QSTR(Q_sep), ROM_QSTR(Q_os_sepstr)},
};
static DICT_ROM(os_globals, os_globals_table);
const obj_module_t os_module = {{&type_module}, &os_globals};
MODULE_REGISTER(Q_os, os_module);

QSTR_SPECIAL(Q_os_curdir, ".");
QSTR_SPECIAL(Q_os_sepstr, "/");
