/*
 * select: poll objects (MicroPython/CircuitPython's API: results are
 * (obj, event) tuples naming the registered object) and select(), over
 * the port_poll hook.
 *
 * A registered object is an int handle, an object with fileno(), or one of
 * sys.stdin / sys.stdout / sys.stderr (and their .buffer). Its handle is
 * taken at registration. Waits are cut into slices so that Ctrl-C is
 * noticed on ports whose poll a signal does not wake.
 */
#include <math.h>
#include <string.h>

#include "errno_codes.h"
#include "mem.h"
#include "obj_list.h"
#include "obj_tuple.h"
#include "port.h"
#include "port.h"
#include "runtime.h"

#define SLICE_MS 100

typedef struct obj_poll {
    obj_base_t base;
    size_t n, alloc;
    obj_t *objs;      /* registered objects */
    int *handles;     /* noscan */
    short *events;    /* noscan */
} obj_poll_t;

extern const type_t type_poll;

/* ---- handles ---- */

static int stdio_handle(obj_t o)
{
    obj_t sys = import_name(Q_sys, OBJ_NONE, 0, NULL);
    static const qstr names[3] = {Q_stdin, Q_stdout, Q_stderr};
    for (int fd = 0; fd < 3; fd++) {
        obj_t s = load_attr_maybe(sys, names[fd]);
        if (s == OBJ_NULL)
            continue;
        if (s == o)
            return fd;
        obj_t b = load_attr_maybe(s, Q_buffer);
        if (b != OBJ_NULL && b == o)
            return fd;
    }
    return -1;
}

static int handle_of(obj_t o)
{
    intptr_t fd;
    if (obj_is_int(o) && !obj_isinstance(o, &type_bool)) {
        fd = obj_get_int(o);
    } else {
        obj_t dest[2];
        load_method_maybe(o, Q_fileno, dest);
        if (dest[0] != OBJ_NULL) {
            obj_t r = call_method(0, 0, dest);
            if (!obj_is_int(r))
                raise_msg(&type_TypeError, "fileno() returned a non-integer");
            fd = obj_get_int(r);
        } else {
            fd = stdio_handle(o);
            if (fd < 0)
                raise_msg(&type_TypeError,
                          "argument must be an int, or have a fileno() method.");
        }
    }
    if (fd < 0 || fd > INT32_MAX)
        raise_fmt(&type_ValueError, "file descriptor cannot be a negative integer (%d)", (int)fd);
    return (int)fd;
}

/* timeout in milliseconds; None or negative: no limit. */
static int timeout_ms_arg(obj_t t)
{
    if (t == OBJ_NULL || t == OBJ_NONE)
        return -1;
    double ms = obj_get_float(t);
    if (isnan(ms))
        raise_msg(&type_ValueError, "Invalid value NaN (not a number)");
    if (ms < 0)
        return -1;
    if (ms > 2147483647.0)
        raise_msg(&type_OverflowError, "timeout is too large");
    return (int)ceil(ms);
}

/* port_poll in slices, checking for Ctrl-C between them. */
static int wait_events(const int *handles, const short *events, short *revents, size_t n, int timeout_ms)
{
    uint64_t start = port_ticks_ns();
    for (;;) {
        int slice = SLICE_MS;
        if (timeout_ms >= 0) {
            uint64_t spent = (port_ticks_ns() - start) / 1000000u;
            int left = spent >= (uint64_t)timeout_ms ? 0 : timeout_ms - (int)spent;
            if (left < slice)
                slice = left;
        }
        int r = port_poll(handles, events, revents, n, slice);
        if (r == -ERRNO_EINTR) {
            runtime_check_interrupt();
            continue;
        }
        if (r < 0)
            raise_oserror(-r);
        runtime_check_interrupt();
        if (r > 0 || slice < SLICE_MS)
            return r;
    }
}

/* ---- poll objects ---- */

static obj_poll_t *poll_self(obj_t self)
{
    if (!obj_is_type(self, &type_poll))
        raise_fmt(&type_TypeError, "descriptor requires a 'select.poll' object but received a '%T'", self);
    return self;
}

static obj_t select_poll(void)
{
    obj_poll_t *p = mem_alloc(sizeof(obj_poll_t));
    p->base.type = &type_poll;
    return p;
}
static BUILTIN_FUN_0(select_poll_obj, Q_poll, select_poll);

static intptr_t find(obj_poll_t *p, obj_t o)
{
    for (size_t i = 0; i < p->n; i++)
        if (p->objs[i] == o || obj_equal(p->objs[i], o))
            return (intptr_t)i;
    return -1;
}

static short event_mask(size_t n, const obj_t *args, size_t i)
{
    if (n <= i)
        return PORT_POLLIN | PORT_POLLPRI | PORT_POLLOUT;
    intptr_t m = obj_get_int(args[i]);
    if (m < 0 || m > 0xffff)
        raise_msg(&type_OverflowError, "Python int too large for C unsigned short");
    return (short)m;
}

static obj_t poll_register(size_t n, const obj_t *args)
{
    obj_poll_t *p = poll_self(args[0]);
    obj_t o = args[1];
    int h = handle_of(o);
    short ev = event_mask(n, args, 2);
    intptr_t i = find(p, o);
    if (i < 0) {
        if (p->n == p->alloc) {
            size_t a = p->alloc ? p->alloc * 2 : 4;
            p->objs = mem_realloc(p->objs, a * sizeof(obj_t));
            int *hs = mem_alloc_noscan(a * sizeof(int));
            short *es = mem_alloc_noscan(a * sizeof(short));
            if (p->n) {
                memcpy(hs, p->handles, p->n * sizeof(int));
                memcpy(es, p->events, p->n * sizeof(short));
            }
            p->handles = hs;
            p->events = es;
            p->alloc = a;
        }
        i = (intptr_t)p->n++;
        p->objs[i] = o;
    }
    p->handles[i] = h;
    p->events[i] = ev;
    return OBJ_NONE;
}
static BUILTIN_FUN_VAR(poll_register_obj, Q_register, 2, 3, poll_register);

static obj_t poll_modify(obj_t self, obj_t o, obj_t mask)
{
    obj_poll_t *p = poll_self(self);
    intptr_t i = find(p, o);
    if (i < 0)
        raise_oserror(ERRNO_ENOENT);
    obj_t args[3] = {self, o, mask};
    p->events[i] = event_mask(3, args, 2);
    return OBJ_NONE;
}
static BUILTIN_FUN_3(poll_modify_obj, Q_modify, poll_modify);

static obj_t poll_unregister(obj_t self, obj_t o)
{
    obj_poll_t *p = poll_self(self);
    intptr_t i = find(p, o);
    if (i < 0)
        raise_obj(exception_new(&type_KeyError, 1, &o));
    size_t rest = p->n - (size_t)i - 1;
    memmove(p->objs + i, p->objs + i + 1, rest * sizeof(obj_t));
    memmove(p->handles + i, p->handles + i + 1, rest * sizeof(int));
    memmove(p->events + i, p->events + i + 1, rest * sizeof(short));
    p->objs[--p->n] = OBJ_NULL;
    return OBJ_NONE;
}
static BUILTIN_FUN_2(poll_unregister_obj, Q_unregister, poll_unregister);

/* The list of (obj, revents) for ready objects; one_shot clears their
   event masks (ipoll's flags=1). */
static obj_t do_poll(obj_poll_t *p, int timeout_ms, bool one_shot)
{
    size_t n = p->n;
    short *rev = mem_alloc_noscan((n ? n : 1) * sizeof(short));
    int *hs = mem_alloc_noscan((n ? n : 1) * sizeof(int));
    short *evs = mem_alloc_noscan((n ? n : 1) * sizeof(short));
    if (n) {
        memcpy(hs, p->handles, n * sizeof(int));
        memcpy(evs, p->events, n * sizeof(short));
    }
    int r = wait_events(hs, evs, rev, n, timeout_ms);
    obj_t list = obj_new_list(0, NULL);
    for (size_t i = 0; r > 0 && i < n && i < p->n; i++) {
        if (rev[i] == 0)
            continue;
        obj_t item[2] = {p->objs[i], obj_new_small_int(rev[i])};
        list_append(list, obj_new_tuple(2, item));
        if (one_shot)
            p->events[i] = 0;
    }
    return list;
}

static obj_t poll_poll(size_t n, const obj_t *args)
{
    obj_poll_t *p = poll_self(args[0]);
    return do_poll(p, timeout_ms_arg(n > 1 ? args[1] : OBJ_NULL), false);
}
static BUILTIN_FUN_VAR(poll_poll_obj, Q_poll, 1, 2, poll_poll);

static obj_t poll_ipoll(size_t n, const obj_t *args)
{
    obj_poll_t *p = poll_self(args[0]);
    bool one_shot = n > 2 && (obj_get_int(args[2]) & 1);
    obj_t list = do_poll(p, timeout_ms_arg(n > 1 ? args[1] : OBJ_NULL), one_shot);
    return getiter(list, NULL);
}
static BUILTIN_FUN_VAR(poll_ipoll_obj, Q_ipoll, 1, 3, poll_ipoll);

static const map_elem_t poll_locals_table[] = {
    {ROM_QSTR(Q_register), ROM_PTR(&poll_register_obj)},
    {ROM_QSTR(Q_unregister), ROM_PTR(&poll_unregister_obj)},
    {ROM_QSTR(Q_modify), ROM_PTR(&poll_modify_obj)},
    {ROM_QSTR(Q_poll), ROM_PTR(&poll_poll_obj)},
    {ROM_QSTR(Q_ipoll), ROM_PTR(&poll_ipoll_obj)},
};
static MAP_ROM(poll_locals, poll_locals_table);

const type_t type_poll = {
    .base = {&type_type},
    .name = Q_poll,
    .locals = &poll_locals,
};

/* ---- select() ---- */

static obj_t select_select(size_t n, const obj_t *args)
{
    obj_t lists[3];
    size_t lens[3], total = 0;
    for (int k = 0; k < 3; k++) {
        lists[k] = obj_tuple_from_iter(args[k]);
        obj_t *items;
        obj_tuple_get(lists[k], &lens[k], &items);
        total += lens[k];
    }
    int timeout = -1;
    if (n > 3 && args[3] != OBJ_NONE) {
        double s = obj_get_float(args[3]);
        if (s < 0)
            raise_msg(&type_ValueError, "timeout must be non-negative");
        timeout = s * 1000.0 > 2147483647.0 ? INT32_MAX : (int)ceil(s * 1000.0);
    }
    size_t cnt = total ? total : 1;
    int *hs = mem_alloc_noscan(cnt * sizeof(int));
    short *evs = mem_alloc_noscan(cnt * sizeof(short));
    short *rev = mem_alloc_noscan(cnt * sizeof(short));
    static const short want[3] = {PORT_POLLIN, PORT_POLLOUT, PORT_POLLPRI};
    size_t j = 0;
    for (int k = 0; k < 3; k++) {
        obj_t *items;
        obj_tuple_get(lists[k], &lens[k], &items);
        for (size_t i = 0; i < lens[k]; i++, j++) {
            hs[j] = handle_of(items[i]);
            evs[j] = want[k];
        }
    }
    int r = wait_events(hs, evs, rev, total, timeout);
    obj_t out[3];
    j = 0;
    for (int k = 0; k < 3; k++) {
        out[k] = obj_new_list(0, NULL);
        obj_t *items;
        obj_tuple_get(lists[k], &lens[k], &items);
        for (size_t i = 0; i < lens[k]; i++, j++) {
            short got = rev[j];
            bool ready = k == 0 ? (got & (PORT_POLLIN | PORT_POLLHUP | PORT_POLLERR)) != 0
                         : k == 1 ? (got & (PORT_POLLOUT | PORT_POLLERR)) != 0
                                  : (got & PORT_POLLPRI) != 0;
            if (r > 0 && ready)
                list_append(out[k], items[i]);
        }
    }
    return obj_new_tuple(3, out);
}
static BUILTIN_FUN_VAR(select_select_obj, Q_select, 3, 4, select_select);

static const map_elem_t select_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_select)},
    {ROM_QSTR(Q_poll), ROM_PTR(&select_poll_obj)},
    {ROM_QSTR(Q_select), ROM_PTR(&select_select_obj)},
    {ROM_QSTR(Q_POLLIN), ROM_INT(PORT_POLLIN)},
    {ROM_QSTR(Q_POLLPRI), ROM_INT(PORT_POLLPRI)},
    {ROM_QSTR(Q_POLLOUT), ROM_INT(PORT_POLLOUT)},
    {ROM_QSTR(Q_POLLERR), ROM_INT(PORT_POLLERR)},
    {ROM_QSTR(Q_POLLHUP), ROM_INT(PORT_POLLHUP)},
    {ROM_QSTR(Q_POLLNVAL), ROM_INT(PORT_POLLNVAL)},
};
static DICT_ROM(select_globals, select_globals_table);
const obj_module_t select_module = {{&type_module}, &select_globals};
MODULE_REGISTER(Q_select, select_module);
