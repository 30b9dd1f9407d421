/*
 * The shared layer of the hardware modules (board, microcontroller,
 * digitalio, and later busio, analogio, pwmio, keypad, ...): everything
 * they have in common, written once.
 *
 *  - the running system (the board and its backend, set by the host);
 *  - pin objects (microcontroller.Pin) and pin claiming ("D13 in use");
 *  - the registry of live hardware objects, which hw_release_all() empties
 *    at exit, after an uncaught exception or Ctrl-C, and before a reload;
 *  - errno -> exception mapping, and CircuitPython's argument checks with
 *    its exact messages;
 *  - enum-like constants (digitalio.Direction.OUTPUT, ...).
 *
 * Portable like the core: includes only core headers and backends/hal.h.
 * Functions that "raise" do so through nlr and never return then.
 */
#ifndef CP_HW_H
#define CP_HW_H

#include "../backends/hal.h"
#include "obj.h"

/* vm.extra_roots slot holding the layer's heap state (the live-object list
 * and the board.I2C()/SPI()/UART() singletons). */
#define HW_ROOT_SLOT 7

/* ---- the running system ---- */

/* Called by the host once the backend is open, before any Python code
 * runs; NULL detaches (after hw_release_all). Resets the pin objects. */
void hw_set_system(hal_system_t *sys);
/* Opens the system on first use instead: the host registers a function
 * that opens the backend and calls hw_set_system, returning 0, or -errno
 * with a one-line message in err. NULL unregisters. */
typedef int (*hw_opener_t)(char *err, size_t errsize);
void hw_set_opener(hw_opener_t open);
/* The system (opening it if needed), or NULL when there is none or it
 * failed to open. Never raises. */
hal_system_t *hw_system_maybe(void);
/* The system (opening it if needed); raises RuntimeError with the
 * opener's message when it fails, RuntimeError("no board") without any. */
hal_system_t *hw_system(void);

/* ---- pins ---- */

typedef struct hw_pin {
    obj_base_t base; /* &hw_pin_type */
    uint16_t index;  /* into hw_system()->board->pins */
} hw_pin_t;

/* microcontroller.Pin: not constructible, hashable by identity,
 * repr board.D4 (or microcontroller.pin.GPIO4 without a board name). */
extern const type_t hw_pin_type;

/* The pin object of board pin index (static storage: the same object for
 * the whole process, so `board.D4 is microcontroller.pin.GPIO4`). */
obj_t hw_pin_obj(size_t index);
/* Primary board name (D4), else the chip name (GPIO4). */
const char *hw_pin_name(size_t index);
/* o as a pin; TypeError("<argname> must be of type Pin, not <type>"). */
const hw_pin_t *hw_pin_arg(obj_t o, const char *argname);
/* Like hw_pin_arg, but None gives NULL. */
const hw_pin_t *hw_pin_arg_or_none(obj_t o, const char *argname);

/* Reserve pin index for one user; ValueError("D13 in use") when taken. */
void hw_pin_claim(size_t index);
bool hw_pin_in_use(size_t index);
/* Give the pin back (no-op when free). Never raises. */
void hw_pin_unclaim(size_t index);
_Noreturn void hw_raise_in_use(size_t index);

/* Claim pin index and its GPIO line with cfg in one step into *line:
 * ValueError("D13 in use") when the pin is taken here or the line is busy
 * in the OS; other backend errors as hw_check. On any error nothing stays
 * claimed. */
void hw_gpio_claim(hal_gpio_line_t *line, size_t index, const hal_gpio_config_t *cfg);
/* hw_gpio_claim for callers that handle the backend's error themselves:
 * 0, or its -errno with nothing claimed (a hint it left is still there to
 * take). Raises only ValueError("D13 in use") for a pin taken here. */
int hw_gpio_try_claim(hal_gpio_line_t *line, size_t index, const hal_gpio_config_t *cfg);
/* ValueError("D13 in use"), or "D13 in use (<holder>)" when holder is a
 * non-empty "used by ..." from the backend's hint. */
_Noreturn void hw_gpio_raise_busy(size_t index, const char *holder);
/* Turn a GPIO op's result into the exception CircuitPython raises:
 * -HAL_EBUSY: ValueError("D13 in use"), or ValueError("D13 in use (used
 * by <consumer>)") when the backend's hint names the holder;
 * -HAL_ENOTSUP: NotImplementedError("pull-down input on D4 is not
 * supported by the ftdi backend"); others: OSError with the backend's
 * hint (hw_raise_errno: PermissionError says which group to join).
 * Returns when rc >= 0. */
void hw_gpio_check(int rc, size_t index, const hal_gpio_config_t *cfg);
/* Release both; never raises (a backend error is ignored: the line is
 * gone for us either way). */
void hw_gpio_release(hal_gpio_line_t *line, size_t index);

/* ---- live hardware objects ---- */

typedef struct hw_obj hw_obj_t;
/* Frees the object's hardware (lines, buses, pin claims). Must not raise
 * or allocate: it runs from hw_release_all at exit and after errors. */
typedef void (*hw_release_fn)(hw_obj_t *self);

/* The first member of every hardware object. */
struct hw_obj {
    obj_base_t base;
    hw_obj_t *next, *prev;  /* in the live list while registered */
    hw_release_fn release;  /* NULL once deinitialised */
};

/* Make sure the layer's state exists (may raise MemoryError). Claiming a
 * pin does this; an object that claims no pin calls it before taking any
 * hardware, so that hw_obj_register cannot fail afterwards. */
void hw_state_ensure(void);
/* Add o (its hardware already claimed) to the live list: from now on
 * hw_release_all releases it. Never raises (see hw_state_ensure). */
void hw_obj_register(hw_obj_t *o, hw_release_fn release);
/* Release o's hardware once and drop it from the list (deinit()). */
void hw_obj_deinit(hw_obj_t *o);
static inline bool hw_obj_deinited(const hw_obj_t *o)
{
    return o->release == NULL;
}
/* ValueError("Object has been deinitialized and can no longer be used.
 * Create a new object.") when o is deinitialised. */
void hw_obj_check(const hw_obj_t *o);
_Noreturn void hw_raise_deinited(void);

/* Release every live hardware object and every pin claim. Safe at any
 * time, any number of times, also after the VM state was torn down; never
 * raises. The host calls it at exit, the supervisor before each reload. */
void hw_release_all(void);

/* The singleton slot of a bus kind (HAL_BUS_I2C/SPI/UART), or NULL when
 * none is live. */
obj_t hw_singleton_get(int kind);
void hw_singleton_set(int kind, obj_t o);

/* ---- errors ---- */

/* Return when rc >= 0; otherwise raise for -errno rc:
 * -HAL_ENOTSUP / -HAL_ENOSYS: NotImplementedError("<what> is not supported
 * by the <backend> backend"); anything else: OSError(errno) with its
 * standard subclass and message. When the backend left advice for the
 * error (hw_hint), it follows the message after ": ". */
void hw_check(int rc, const char *what);
_Noreturn void hw_raise_errno(int rc, const char *what);
/* The backend's one line of advice for error rc (HAL_CTL_HINT, hal.h:
 * "add your user to group i2c ...") into buf: true when there is some.
 * Taking it clears it. For warnings (a frequency the system fixes);
 * hw_raise_errno takes it itself. Never raises. */
bool hw_hint(int rc, char *buf, size_t size);

/* ---- argument checks (CircuitPython's messages) ---- */

/* ValueError("<name> must be <lo>-<hi>") */
intptr_t hw_arg_int_range(obj_t o, intptr_t lo, intptr_t hi, const char *name);
/* ValueError("<name> must be >= <lo>") */
intptr_t hw_arg_int_min(obj_t o, intptr_t lo, const char *name);
/* ValueError("Invalid <name>") */
_Noreturn void hw_raise_invalid(const char *name);
/* TypeError("<name> must be of type <Type>, not <type>") unless o is an
 * instance of t. */
void hw_arg_type(obj_t o, const type_t *t, const char *name);

/* ---- enums ---- */

typedef struct hw_enum_value {
    obj_base_t base; /* the enum class */
    qstr name;
    int16_t value;
} hw_enum_value_t;

/* The enum class's type_t has .print = hw_enum_print, .protocol pointing
 * at this, and its values in .locals. */
typedef struct hw_enum_info {
    qstr module;
} hw_enum_info_t;

#define HW_ENUM_VALUE(var, type, q, v) const hw_enum_value_t var = {{&(type)}, q, v}

/* Prints module.Class.NAME for str() and repr(). */
void hw_enum_print(const print_t *p, obj_t o, print_kind_t kind);
/* o's value when o is a member of enum t, else TypeError("<name> must be
 * of type <Class>, not <type>"). */
int hw_enum_arg(obj_t o, const type_t *t, const char *name);

/* ---- attributes ---- */

/* attr slot for native types whose properties are const obj_property_t in
 * locals: loads fall through to the generic lookup; stores call the
 * property's setter. */
void hw_attr(obj_t self, qstr attr, obj_t *dest);

/* __enter__ returning self, deinit() and __exit__(exc_type, exc_value,
 * traceback) calling hw_obj_deinit(self): shared by every hardware class
 * (self's first member is its hw_obj_t; deinit is idempotent). */
extern const obj_builtin_t hw_enter_obj, hw_deinit_obj, hw_exit_obj;

#endif
