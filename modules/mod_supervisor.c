/*
 * The supervisor module: runtime (run_reason, autoreload, console state),
 * reload(), set_next_code_file(), get_previous_traceback(), ticks_ms().
 * The state shared with the host's supervisor is in static storage, see
 * mod_supervisor.h.
 */
#include <string.h>

#include "hw.h"
#include "mod_supervisor.h"
#include "obj_str.h"
#include "port.h"
#include "runtime.h"

/* ---- state (outlives each VM) ---- */

#define TRACEBACK_MAX 4096

/* autoreload is also read by a host's watcher thread: a volatile bool is
 * read and written whole on every target we build for. */
static struct {
    bool attached;
    volatile bool autoreload;
    bool reload_requested;
    int run_reason;
    int safe_mode;
    bool has_next;
    unsigned next_options;
    char next_file[SUPERVISOR_PATH_MAX];
    char next_workdir[SUPERVISOR_PATH_MAX]; /* "" when none */
    size_t traceback_len;                   /* SIZE_MAX: none */
    char traceback[TRACEBACK_MAX];
} st = {false, true, false, SUPERVISOR_RUN_STARTUP, SUPERVISOR_SAFE_NONE, false, 0, "", "", (size_t)-1, ""};

void mod_supervisor_attach(bool autoreload)
{
    st.attached = true;
    st.autoreload = autoreload;
}

bool mod_supervisor_attached(void)
{
    return st.attached;
}

void mod_supervisor_set_run_reason(int reason)
{
    st.run_reason = reason;
}

int mod_supervisor_run_reason(void)
{
    return st.run_reason;
}

bool mod_supervisor_autoreload(void)
{
    return st.autoreload;
}

void mod_supervisor_set_autoreload(bool on)
{
    st.autoreload = on;
}

bool mod_supervisor_take_reload_request(void)
{
    bool r = st.reload_requested;
    st.reload_requested = false;
    return r;
}

const char *mod_supervisor_next_code(unsigned *options, const char **workdir)
{
    if (!st.has_next)
        return NULL;
    *options = st.next_options;
    *workdir = st.next_workdir[0] ? st.next_workdir : NULL;
    return st.next_file;
}

void mod_supervisor_set_next_options(unsigned options)
{
    st.next_options = options;
}

void mod_supervisor_clear_next_code(void)
{
    st.has_next = false;
    st.next_options = 0;
    st.next_file[0] = st.next_workdir[0] = '\0';
}

void mod_supervisor_set_traceback(const char *text, size_t len)
{
    if (!text) {
        st.traceback_len = (size_t)-1;
        return;
    }
    if (len > TRACEBACK_MAX) {
        len = TRACEBACK_MAX;
        /* never cut a UTF-8 sequence: the text becomes a str */
        while (len > 0 && ((unsigned char)text[len] & 0xc0) == 0x80)
            len--;
    }
    memcpy(st.traceback, text, len);
    st.traceback_len = len;
}

void mod_supervisor_set_safe_mode(int reason)
{
    st.safe_mode = reason;
}

int mod_supervisor_safe_mode(void)
{
    return st.safe_mode;
}

/* ---- enums ---- */

static const hw_enum_info_t supervisor_info = {Q_supervisor};
extern const type_t supervisor_run_reason_type, supervisor_safe_mode_reason_type;

#define RUN(var, q, v) static HW_ENUM_VALUE(var, supervisor_run_reason_type, q, v)
RUN(run_startup, Q_STARTUP, SUPERVISOR_RUN_STARTUP);
RUN(run_auto_reload, Q_AUTO_RELOAD, SUPERVISOR_RUN_AUTO_RELOAD);
RUN(run_supervisor_reload, Q_SUPERVISOR_RELOAD, SUPERVISOR_RUN_SUPERVISOR_RELOAD);
RUN(run_repl_reload, Q_REPL_RELOAD, SUPERVISOR_RUN_REPL_RELOAD);

static const map_elem_t run_reason_locals_table[] = {
    {ROM_QSTR(Q_STARTUP), ROM_PTR(&run_startup)},
    {ROM_QSTR(Q_AUTO_RELOAD), ROM_PTR(&run_auto_reload)},
    {ROM_QSTR(Q_SUPERVISOR_RELOAD), ROM_PTR(&run_supervisor_reload)},
    {ROM_QSTR(Q_REPL_RELOAD), ROM_PTR(&run_repl_reload)},
};
static MAP_ROM(run_reason_locals, run_reason_locals_table);

const type_t supervisor_run_reason_type = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_RunReason,
    .print = hw_enum_print,
    .protocol = &supervisor_info,
    .locals = &run_reason_locals,
};

#define SAFE(var, q, v) static HW_ENUM_VALUE(var, supervisor_safe_mode_reason_type, q, v)
SAFE(safe_none, Q_NONE, SUPERVISOR_SAFE_NONE);
SAFE(safe_user, Q_USER, SUPERVISOR_SAFE_USER);
SAFE(safe_programmatic, Q_PROGRAMMATIC, SUPERVISOR_SAFE_PROGRAMMATIC);
SAFE(safe_hard_fault, Q_HARD_FAULT, SUPERVISOR_SAFE_HARD_FAULT);
SAFE(safe_no_heap, Q_NO_HEAP, SUPERVISOR_SAFE_NO_HEAP);
SAFE(safe_safemode_py_error, Q_SAFEMODE_PY_ERROR, SUPERVISOR_SAFE_SAFEMODE_PY_ERROR);

/* indexed by SUPERVISOR_SAFE_* */
static const hw_enum_value_t *const safe_reasons[SUPERVISOR_SAFE_COUNT] = {
    &safe_none, &safe_user, &safe_programmatic, &safe_hard_fault, &safe_no_heap, &safe_safemode_py_error,
};

static const map_elem_t safe_mode_reason_locals_table[] = {
    {ROM_QSTR(Q_NONE), ROM_PTR(&safe_none)},
    {ROM_QSTR(Q_USER), ROM_PTR(&safe_user)},
    {ROM_QSTR(Q_PROGRAMMATIC), ROM_PTR(&safe_programmatic)},
    {ROM_QSTR(Q_HARD_FAULT), ROM_PTR(&safe_hard_fault)},
    {ROM_QSTR(Q_NO_HEAP), ROM_PTR(&safe_no_heap)},
    {ROM_QSTR(Q_SAFEMODE_PY_ERROR), ROM_PTR(&safe_safemode_py_error)},
};
static MAP_ROM(safe_mode_reason_locals, safe_mode_reason_locals_table);

const type_t supervisor_safe_mode_reason_type = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_SafeModeReason,
    .print = hw_enum_print,
    .protocol = &supervisor_info,
    .locals = &safe_mode_reason_locals,
};

/* ---- supervisor.runtime ---- */

static obj_t rt_get_serial_connected(obj_t self)
{
    (void)self;
    return obj_new_bool(port_console_connected());
}

static obj_t rt_get_serial_bytes_available(obj_t self)
{
    (void)self;
    return obj_new_int_from_ll((long long)port_console_bytes_available());
}

static obj_t rt_get_run_reason(obj_t self)
{
    (void)self;
    switch (st.run_reason) {
    case SUPERVISOR_RUN_AUTO_RELOAD: return (obj_t)&run_auto_reload;
    case SUPERVISOR_RUN_SUPERVISOR_RELOAD: return (obj_t)&run_supervisor_reload;
    case SUPERVISOR_RUN_REPL_RELOAD: return (obj_t)&run_repl_reload;
    default: return (obj_t)&run_startup;
    }
}

static obj_t rt_get_safe_mode_reason(obj_t self)
{
    (void)self;
    int r = st.safe_mode;
    return (obj_t)safe_reasons[r >= 0 && r < SUPERVISOR_SAFE_COUNT ? r : SUPERVISOR_SAFE_NONE];
}

static obj_t rt_get_autoreload(obj_t self)
{
    (void)self;
    return obj_new_bool(st.autoreload);
}

static obj_t rt_set_autoreload(obj_t self, obj_t value)
{
    (void)self;
    st.autoreload = obj_is_true(value);
    return OBJ_NONE;
}

#define RT_GETTER(name, q) static BUILTIN_FUN_1(rt_get_##name##_obj, q, rt_get_##name)
#define RO_PROPERTY(name)                                                                            \
    static const obj_property_t rt_##name##_prop = {                                                 \
        {&type_property}, (obj_t)&rt_get_##name##_obj, OBJ_NONE, OBJ_NONE, OBJ_NONE}
RT_GETTER(serial_connected, Q_serial_connected);
RT_GETTER(serial_bytes_available, Q_serial_bytes_available);
RT_GETTER(run_reason, Q_run_reason);
RT_GETTER(safe_mode_reason, Q_safe_mode_reason);
RT_GETTER(autoreload, Q_autoreload);
static BUILTIN_FUN_2(rt_set_autoreload_obj, Q_autoreload, rt_set_autoreload);
RO_PROPERTY(serial_connected);
RO_PROPERTY(serial_bytes_available);
RO_PROPERTY(run_reason);
RO_PROPERTY(safe_mode_reason);
static const obj_property_t rt_autoreload_prop = {
    {&type_property}, (obj_t)&rt_get_autoreload_obj, (obj_t)&rt_set_autoreload_obj, OBJ_NONE, OBJ_NONE};

/* On a host the console plays the part of the board's USB connection. */
static const map_elem_t runtime_locals_table[] = {
    {ROM_QSTR(Q_usb_connected), ROM_PTR(&rt_serial_connected_prop)},
    {ROM_QSTR(Q_serial_connected), ROM_PTR(&rt_serial_connected_prop)},
    {ROM_QSTR(Q_serial_bytes_available), ROM_PTR(&rt_serial_bytes_available_prop)},
    {ROM_QSTR(Q_run_reason), ROM_PTR(&rt_run_reason_prop)},
    {ROM_QSTR(Q_safe_mode_reason), ROM_PTR(&rt_safe_mode_reason_prop)},
    {ROM_QSTR(Q_autoreload), ROM_PTR(&rt_autoreload_prop)},
};
static MAP_ROM(runtime_locals, runtime_locals_table);

static void runtime_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)o;
    (void)kind;
    print_str(p, "<Runtime>");
}

static const type_t supervisor_runtime_type = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_Runtime,
    .print = runtime_print,
    .attr = hw_attr,
    .locals = &runtime_locals,
};
static const obj_base_t runtime_obj = {&supervisor_runtime_type};

/* ---- functions ---- */

/* Ends the program: the host's supervisor, when there is one, sees the
 * request and reloads (at the REPL, SystemExit already means a reload). */
static obj_t sup_reload(void)
{
    if (st.attached) {
        st.reload_requested = true;
        st.run_reason = SUPERVISOR_RUN_SUPERVISOR_RELOAD;
    }
    raise_obj(exception_new(&type_SystemExit, 0, NULL));
}
static BUILTIN_FUN_0(sup_reload_obj, Q_reload, sup_reload);

static void copy_path(char *dst, obj_t o, const char *argname)
{
    if (!str_check(o))
        raise_fmt(&type_TypeError, "%s must be of type str, not %s", argname, obj_type_name(o));
    size_t len;
    const char *s = str_get_data(str_unwrap(o), &len);
    if (len >= SUPERVISOR_PATH_MAX || memchr(s, 0, len))
        raise_fmt(&type_ValueError, "Invalid %s", argname);
    memcpy(dst, s, len);
    dst[len] = '\0';
}

static obj_t sup_set_next_code_file(size_t n, const obj_t *args, map_t *kw)
{
    static const arg_spec_t spec[] = {
        {Q_filename, ARG_REQUIRED, OBJ_NULL},
        {Q_working_directory, ARG_KW_ONLY, OBJ_NONE},
        {Q_reload_on_success, ARG_KW_ONLY, OBJ_FALSE},
        {Q_reload_on_error, ARG_KW_ONLY, OBJ_FALSE},
        {Q_sticky_on_success, ARG_KW_ONLY, OBJ_FALSE},
        {Q_sticky_on_error, ARG_KW_ONLY, OBJ_FALSE},
        {Q_sticky_on_reload, ARG_KW_ONLY, OBJ_FALSE},
    };
    obj_t a[7];
    arg_parse("set_next_code_file", n, args, kw, 7, spec, a);
    char file[SUPERVISOR_PATH_MAX] = "", dir[SUPERVISOR_PATH_MAX] = "";
    if (a[0] != OBJ_NONE)
        copy_path(file, a[0], "filename");
    if (a[1] != OBJ_NONE)
        copy_path(dir, a[1], "working_directory");
    static const unsigned bits[5] = {
        SUPERVISOR_NEXT_RELOAD_ON_SUCCESS, SUPERVISOR_NEXT_RELOAD_ON_ERROR, SUPERVISOR_NEXT_STICKY_ON_SUCCESS,
        SUPERVISOR_NEXT_STICKY_ON_ERROR,   SUPERVISOR_NEXT_STICKY_ON_RELOAD,
    };
    unsigned options = SUPERVISOR_NEXT_NEWLY_SET;
    for (int i = 0; i < 5; i++)
        if (obj_is_true(a[2 + i]))
            options |= bits[i];
    memcpy(st.next_file, file, sizeof(file));
    memcpy(st.next_workdir, dir, sizeof(dir));
    st.next_options = options;
    st.has_next = true;
    return OBJ_NONE;
}
static BUILTIN_FUN_KW(sup_set_next_code_file_obj, Q_set_next_code_file, 0, sup_set_next_code_file);

static obj_t sup_get_previous_traceback(void)
{
    if (st.traceback_len == (size_t)-1)
        return OBJ_NONE;
    return str_new(st.traceback, st.traceback_len);
}
static BUILTIN_FUN_0(sup_get_previous_traceback_obj, Q_get_previous_traceback, sup_get_previous_traceback);

/* CircuitPython's ticks wrap at 2**29 ms and start 65.5 s before the first
 * wrap (counted here from the first call in the process), so that code
 * handling the wrap gets exercised early. */
#define TICKS_PERIOD ((uint64_t)1 << 29)
#define TICKS_START 0x1fff0000u

static obj_t sup_ticks_ms(void)
{
    static bool started;
    static uint64_t origin_ns;
    uint64_t now = port_ticks_ns();
    if (!started) {
        started = true;
        origin_ns = now;
    }
    uint64_t ms = (now - origin_ns) / 1000000u;
    return obj_new_int((intptr_t)((ms + TICKS_START) % TICKS_PERIOD));
}
static BUILTIN_FUN_0(sup_ticks_ms_obj, Q_ticks_ms, sup_ticks_ms);

static const map_elem_t supervisor_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_supervisor)},
    {ROM_QSTR(Q_runtime), ROM_PTR(&runtime_obj)},
    {ROM_QSTR(Q_Runtime), ROM_PTR(&supervisor_runtime_type)},
    {ROM_QSTR(Q_RunReason), ROM_PTR(&supervisor_run_reason_type)},
    {ROM_QSTR(Q_SafeModeReason), ROM_PTR(&supervisor_safe_mode_reason_type)},
    {ROM_QSTR(Q_reload), ROM_PTR(&sup_reload_obj)},
    {ROM_QSTR(Q_set_next_code_file), ROM_PTR(&sup_set_next_code_file_obj)},
    {ROM_QSTR(Q_get_previous_traceback), ROM_PTR(&sup_get_previous_traceback_obj)},
    {ROM_QSTR(Q_ticks_ms), ROM_PTR(&sup_ticks_ms_obj)},
};
static DICT_ROM(supervisor_globals, supervisor_globals_table);
const obj_module_t supervisor_module = {{&type_module}, &supervisor_globals};
MODULE_REGISTER(Q_supervisor, supervisor_module);
