/*
 * The hardware layer's state, live-object registry, errors, argument
 * checks, enums and attribute helper (see hw.h). Pins are in hw_pin.c.
 *
 * Invariants:
 *  - Every hardware object whose hardware is claimed is on the live list
 *    (a doubly linked list through hw_obj_t, headed in the GC-rooted state
 *    at vm.extra_roots[HW_ROOT_SLOT]); so it stays alive until deinit()
 *    or hw_release_all(), as pins stay claimed on CircuitPython until then.
 *  - o->release == NULL exactly when o is not on the list.
 */
#include <string.h>

#include "errno_codes.h"
#include "hw.h"
#include "map.h"
#include "mem.h"
#include "obj_str.h"
#include "obj_type.h"
#include "port.h"
#include "runtime.h"

typedef struct hw_state {
    hw_obj_t *live;
    obj_t singleton[HAL_BUS_KINDS];
} hw_state_t;

static hal_system_t *hw_sys;
static hw_opener_t hw_opener;

void hw_pin_reset(const hal_system_t *sys); /* hw_pin.c */
void hw_pin_release_all(void);              /* hw_pin.c */
bool hw_pin_any_claimed(void);              /* hw_pin.c */
void hw_bus_release_all(void);              /* hw_bus.c */
void hw_bus_forget_all(void);               /* hw_bus.c */

void hw_set_system(hal_system_t *sys)
{
    hw_sys = sys;
    if (sys)
        sys->interrupt = &port_interrupt_pending; /* waits in the backend end on Ctrl-C */
    hw_bus_forget_all(); /* the old backend closes its own buses */
    hw_pin_reset(sys);
}

void hw_set_opener(hw_opener_t open)
{
    hw_opener = open;
}

/* Runs the opener when there is no system yet; 0 or its -errno. */
static int try_open(char *err, size_t errsize)
{
    if (hw_sys)
        return 0;
    if (!hw_opener) {
        strcpy(err, "no board");
        return -HAL_ENODEV;
    }
    err[0] = '\0';
    int rc = hw_opener(err, errsize);
    if (rc == 0 && !hw_sys)
        rc = -HAL_ENODEV;
    return rc;
}

hal_system_t *hw_system_maybe(void)
{
    char err[256];
    return try_open(err, sizeof(err)) == 0 ? hw_sys : NULL;
}

hal_system_t *hw_system(void)
{
    char err[256];
    if (try_open(err, sizeof(err)) != 0)
        raise_fmt(&type_RuntimeError, "%s", err[0] ? err : "cannot open the board");
    return hw_sys;
}

/* The state of this VM, created on first use. Pin claims without a state
 * belong to a VM that ended without hw_release_all: release them, since
 * no object of the new VM can own them. */
static hw_state_t *state(void)
{
    hw_state_t *s = vm.extra_roots[HW_ROOT_SLOT];
    if (!s) {
        if (hw_pin_any_claimed()) {
            hw_bus_release_all();
            hw_pin_release_all();
        }
        s = mem_alloc(sizeof(hw_state_t));
        vm.extra_roots[HW_ROOT_SLOT] = s;
    }
    return s;
}

/* Called before any pin is claimed, so that hw_obj_register (which must
 * not raise) never needs to allocate. */
void hw_state_ensure(void)
{
    (void)state();
}

/* ---- live objects ---- */

void hw_obj_register(hw_obj_t *o, hw_release_fn release)
{
    /* the state exists: hw_pin_claim made it before the hardware was
       claimed; objects that claim no pin call hw_state_ensure first */
    hw_state_t *s = state();
    o->release = release;
    o->prev = NULL;
    o->next = s->live;
    if (s->live)
        s->live->prev = o;
    s->live = o;
}

static void unlink_obj(hw_state_t *s, hw_obj_t *o)
{
    if (o->prev)
        o->prev->next = o->next;
    else if (s && s->live == o)
        s->live = o->next;
    if (o->next)
        o->next->prev = o->prev;
    o->next = o->prev = NULL;
}

void hw_obj_deinit(hw_obj_t *o)
{
    hw_release_fn release = o->release;
    if (!release)
        return;
    o->release = NULL;
    unlink_obj(vm.extra_roots[HW_ROOT_SLOT], o);
    release(o);
}

_Noreturn void hw_raise_deinited(void)
{
    raise_msg(&type_ValueError, "Object has been deinitialized and can no longer be used. Create a new object.");
}

void hw_obj_check(const hw_obj_t *o)
{
    if (hw_obj_deinited(o))
        hw_raise_deinited();
}

void hw_release_all(void)
{
    hw_state_t *s = vm.extra_roots[HW_ROOT_SLOT];
    while (s && s->live)
        hw_obj_deinit(s->live);
    if (s)
        for (int i = 0; i < HAL_BUS_KINDS; i++)
            s->singleton[i] = OBJ_NULL;
    hw_bus_release_all();
    hw_pin_release_all();
}

obj_t hw_singleton_get(int kind)
{
    hw_state_t *s = vm.extra_roots[HW_ROOT_SLOT];
    obj_t o = s ? s->singleton[kind] : OBJ_NULL;
    if (o && hw_obj_deinited(o))
        o = s->singleton[kind] = OBJ_NULL;
    return o;
}

void hw_singleton_set(int kind, obj_t o)
{
    state()->singleton[kind] = o;
}

/* ---- errors ---- */

bool hw_hint(int rc, char *buf, size_t size)
{
    if (!hw_sys || !hw_sys->backend || !hw_sys->backend->control || size == 0)
        return false;
    buf[0] = '\0';
    hal_hint_t h = {rc < 0 ? -rc : rc, buf, size};
    return hw_sys->backend->control(hw_sys, HAL_CTL_HINT, &h) == 0 && buf[0] != '\0';
}

_Noreturn void hw_raise_errno(int rc, const char *what)
{
    char hint[320];
    bool has_hint = hw_hint(rc, hint, sizeof(hint));
    if (rc == -HAL_ENOTSUP || rc == -HAL_ENOSYS) {
        const char *backend = hw_sys && hw_sys->backend ? hw_sys->backend->name : "current";
        raise_fmt(&type_NotImplementedError, "%s is not supported by the %s backend%s%s", what, backend,
                  has_hint ? ": " : "", has_hint ? hint : "");
    }
    int e = rc < 0 ? -rc : HAL_EIO;
    const char *msg = errno_message(e);
    if (!has_hint || !msg)
        raise_oserror(e);
    /* OSError(errno, "<strerror>: <hint>"): the subclass and errno as usual */
    vstr_t v;
    vstr_init(&v, 128);
    print_t p;
    vstr_print_init(&p, &v);
    print_fmt(&p, "%s: %s", msg, hint);
    obj_t args[2] = {obj_new_small_int(e), vstr_to_str(&v)};
    raise_obj(exception_new(&type_OSError, 2, args));
}

void hw_check(int rc, const char *what)
{
    if (rc < 0)
        hw_raise_errno(rc, what);
}

/* ---- argument checks ---- */

intptr_t hw_arg_int_range(obj_t o, intptr_t lo, intptr_t hi, const char *name)
{
    intptr_t v = obj_get_int(o);
    if (v < lo || v > hi)
        raise_fmt(&type_ValueError, "%s must be %zd-%zd", name, (size_t)lo, (size_t)hi);
    return v;
}

intptr_t hw_arg_int_min(obj_t o, intptr_t lo, const char *name)
{
    intptr_t v = obj_get_int(o);
    if (v < lo)
        raise_fmt(&type_ValueError, "%s must be >= %zd", name, (size_t)lo);
    return v;
}

_Noreturn void hw_raise_invalid(const char *name)
{
    raise_fmt(&type_ValueError, "Invalid %s", name);
}

void hw_arg_type(obj_t o, const type_t *t, const char *name)
{
    if (!obj_isinstance(o, t))
        raise_fmt(&type_TypeError, "%s must be of type %q, not %s", name, t->name, obj_type_name(o));
}

/* ---- enums ---- */

void hw_enum_print(const print_t *p, obj_t o, print_kind_t kind)
{
    (void)kind;
    const hw_enum_value_t *v = o;
    const type_t *t = v->base.type;
    const hw_enum_info_t *info = t->protocol;
    print_fmt(p, "%q.%q.%q", info->module, t->name, v->name);
}

int hw_enum_arg(obj_t o, const type_t *t, const char *name)
{
    if (!obj_is_type(o, t))
        raise_fmt(&type_TypeError, "%s must be of type %q, not %s", name, t->name, obj_type_name(o));
    return ((const hw_enum_value_t *)o)->value;
}

/* ---- attributes ---- */

void hw_attr(obj_t self, qstr attr, obj_t *dest)
{
    if (dest[0] != OBJ_SENTINEL || dest[1] == OBJ_NULL)
        return;
    obj_t member = type_lookup(obj_get_type(self), attr);
    if (member == OBJ_NULL || !obj_is_type(member, &type_property))
        return;
    const obj_property_t *p = member;
    if (p->fset == OBJ_NULL || p->fset == OBJ_NONE)
        return;
    call2(p->fset, self, dest[1]);
    dest[0] = OBJ_NULL;
}

static obj_t hw_enter(obj_t self)
{
    return self;
}
BUILTIN_FUN_1(hw_enter_obj, Q___enter__, hw_enter);

static obj_t hw_deinit(obj_t self)
{
    hw_obj_deinit(self);
    return OBJ_NONE;
}
BUILTIN_FUN_1(hw_deinit_obj, Q_deinit, hw_deinit);

static obj_t hw_exit(size_t n, const obj_t *args)
{
    (void)n;
    hw_obj_deinit(args[0]);
    return OBJ_NONE;
}
BUILTIN_FUN_VAR(hw_exit_obj, Q___exit__, 4, 4, hw_exit);
