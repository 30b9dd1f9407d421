/*
 * keypad: shared by mod_keypad.c (the module, the scanner machinery and
 * Keys), mod_keypad_matrix.c (KeyMatrix, ShiftRegisterKeys) and
 * mod_keypad_event.c (Event, EventQueue).
 *
 * Scanning. CircuitPython scans in the background every `interval`. This
 * core has no periodic callback (the VM only polls port_interrupt_pending
 * for Ctrl-C), so a scanner catches up whenever the program touches it:
 * EventQueue.get/get_into/clear/len/bool/overflowed and reset() all call
 * mod_keypad_poll() first.
 *  - Keys on a backend with edge events replays the missed scans: the
 *    backend queued every edge with its time, so the level of each key at
 *    each scan tick t0 + k*interval is known, and the debouncer sees
 *    exactly the samples a background scanner would have taken; events
 *    carry the tick's time. Ticks where nothing can change are skipped, so
 *    a long sleep costs nothing.
 *  - KeyMatrix, ShiftRegisterKeys (which must drive pins to read) and
 *    Keys without edge events scan once per access, at most once per
 *    interval, and stamp events with the scan's time.
 * Timestamps are supervisor.ticks_ms values: ms of the monotonic clock,
 * wrapping at 2**29.
 */
#ifndef CP_MOD_KEYPAD_H
#define CP_MOD_KEYPAD_H

#include "hw.h"

typedef struct keypad_scanner keypad_scanner_t;

typedef struct keypad_rec {
    uint32_t key;
    uint32_t ms;
    bool pressed;
} keypad_rec_t;

/* keypad.EventQueue: a ring of max records. */
typedef struct keypad_queue {
    obj_base_t base;
    keypad_scanner_t *scanner; /* polled before every look at the queue */
    keypad_rec_t *ring;
    size_t max, head, n;
    bool overflowed;
} keypad_queue_t;

/* keypad.Event */
typedef struct keypad_event {
    obj_base_t base;
    uintptr_t key_number;
    bool pressed;
    obj_t timestamp;
} keypad_event_t;

extern const type_t keypad_event_type, keypad_queue_type, keypad_keys_type, keypad_matrix_type,
    keypad_shiftreg_type;

/* How a kind of scanner reads all its keys at once: pressed[i] for key i. */
typedef void (*keypad_sample_fn)(keypad_scanner_t *s, uint8_t *pressed);

#define KEYPAD_LOOKAHEAD 8

/* Every scanner. lines[] holds every claimed line (pins[] their board
 * pins); how a kind uses them is up to its sample function. Arrays are
 * noscan heap blocks. */
struct keypad_scanner {
    hw_obj_t hw;
    keypad_sample_fn sample;
    keypad_queue_t *events;
    size_t key_count;
    int8_t *counters;     /* debounce.h, one per key */
    uint8_t threshold;
    uint64_t interval_ns; /* >= 1 ms */
    uint64_t next_ns;     /* time of the next scan tick */
    size_t n_lines;
    hal_gpio_line_t *lines;
    uint16_t *pins;
    uint8_t *scratch;     /* key_count bytes for sample() */
    /* Keys */
    bool value_when_pressed;
    bool replay;          /* edge events available: replay ticks */
    uint8_t *level;       /* per key: logical level after applied events */
    hal_gpio_event_t *look; /* per key: KEYPAD_LOOKAHEAD fetched events */
    uint8_t *look_i, *look_n;
    /* KeyMatrix: lines[0, rows) rows, then columns */
    bool columns_to_anodes;
    size_t rows, cols;
    /* ShiftRegisterKeys: lines[0] clock, lines[1] latch, then data */
    bool value_to_latch;
    size_t *data_keys;    /* keys per data line */
};

/* ---- mod_keypad.c ---- */

/* Validated common arguments (interval, max_events, debounce_threshold),
 * with CircuitPython's messages. */
typedef struct keypad_common {
    uint64_t interval_ns;
    size_t max_events;
    uint8_t threshold;
} keypad_common_t;
void mod_keypad_common_args(obj_t interval, obj_t max_events, obj_t threshold, keypad_common_t *out);

/* Allocate a scanner of type with n_lines lines and key_count keys. */
keypad_scanner_t *mod_keypad_new(const type_t *type, size_t n_lines, size_t key_count, const keypad_common_t *c);
/* Claim line i on pin with cfg; on error release lines [0, i) and raise. */
void mod_keypad_claim(keypad_scanner_t *s, size_t i, size_t pin, const hal_gpio_config_t *cfg);
/* Register the fully claimed scanner and take the first scan. */
void mod_keypad_start(keypad_scanner_t *s, keypad_sample_fn sample);
/* Bring the queue up to date (see the top). No-op once deinitialised. */
void mod_keypad_poll(keypad_scanner_t *s);
/* Read or drive one claimed line, raising like digitalio. */
int mod_keypad_read(keypad_scanner_t *s, size_t i);
void mod_keypad_reconfigure(keypad_scanner_t *s, size_t i, const hal_gpio_config_t *cfg);
/* Pin objects of a sequence argument, each checked; raises
 * TypeError("<dupname> contains duplicate pins") for repeats. */
size_t mod_keypad_pins(obj_t seq, const char *dupname, const hw_pin_t ***out);

/* Methods and properties every scanner type has. */
extern const obj_builtin_t mod_keypad_reset_obj;
extern const obj_property_t mod_keypad_events_prop, mod_keypad_key_count_prop;
/* The locals of a scanner type with only those (Keys, ShiftRegisterKeys). */
extern map_t mod_keypad_scanner_locals;

/* ---- mod_keypad_event.c ---- */

keypad_queue_t *mod_keypad_queue_new(keypad_scanner_t *s, size_t max);
/* Append an event (timestamp t_ns on the monotonic clock); when full it is
 * dropped and overflowed set, as in CircuitPython. */
void mod_keypad_queue_put(keypad_queue_t *q, size_t key, bool pressed, uint64_t t_ns);
/* supervisor.ticks_ms for monotonic time t_ns. */
uint32_t mod_keypad_ticks_ms(uint64_t t_ns);

#endif
