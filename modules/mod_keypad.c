/*
 * keypad: the module, what every scanner shares (argument checks, line
 * claiming, debouncing, catching up on scans: see mod_keypad.h) and the
 * Keys scanner, one key per pin.
 *
 * Invariants of a scanner s while live:
 *  - every line in s->lines[0, n_lines) is claimed;
 *  - scan ticks before s->next_ns have been fed to the debouncer, none
 *    after it; events of those ticks are in s->events (or were dropped
 *    because it was full);
 *  - with s->replay, level[i] is key i's logical level after every edge
 *    event with a timestamp up to the last tick, and the events after it
 *    are still queued (in look[] or in the backend).
 */
#include "debounce.h"
#include "mod_keypad.h"
#include "map.h"
#include "mem.h"
#include "nlr.h"
#include "port.h"
#include "runtime.h"

#define MS_NS 1000000ull

/* ---- arguments ---- */

void mod_keypad_common_args(obj_t interval, obj_t max_events, obj_t threshold, keypad_common_t *out)
{
    double iv = interval == OBJ_NULL ? 0.020 : obj_get_float(interval);
    if (!(iv >= 0))
        raise_msg(&type_ValueError, "interval must be >= 0");
    if (iv > 1e6)
        iv = 1e6;
    /* CircuitPython scans on a 1 ms tick: interval 0 is every tick */
    out->interval_ns = iv * 1e9 < (double)MS_NS ? MS_NS : (uint64_t)(iv * 1e9 + 0.5);
    out->max_events = (size_t)hw_arg_int_min(max_events, 1, "max_events");
    out->threshold = (uint8_t)hw_arg_int_range(threshold, 1, DEBOUNCE_MAX, "debounce_threshold");
}

size_t mod_keypad_pins(obj_t seq, const char *dupname, const hw_pin_t ***out)
{
    size_t n = obj_len(seq);
    const hw_pin_t **pins = mem_alloc(n ? n * sizeof(*pins) : 1);
    for (size_t i = 0; i < n; i++) {
        pins[i] = hw_pin_arg(obj_subscr(seq, obj_new_small_int((intptr_t)i), OBJ_SENTINEL), "pin");
        for (size_t j = 0; j < i; j++)
            if (pins[j] == pins[i])
                raise_fmt(&type_TypeError, "%s contains duplicate pins", dupname);
    }
    *out = pins;
    return n;
}

/* ---- scanner life ---- */

static void scanner_release(hw_obj_t *o)
{
    keypad_scanner_t *s = (keypad_scanner_t *)o;
    for (size_t i = 0; i < s->n_lines; i++)
        if (s->lines[i].claimed)
            hw_gpio_release(&s->lines[i], s->pins[i]);
}

keypad_scanner_t *mod_keypad_new(const type_t *type, size_t n_lines, size_t key_count, const keypad_common_t *c)
{
    hw_state_ensure(); /* a scanner of no keys claims no pin */
    keypad_scanner_t *s = mem_alloc(sizeof(keypad_scanner_t));
    s->hw.base.type = type;
    s->key_count = key_count;
    s->threshold = c->threshold;
    s->interval_ns = c->interval_ns;
    s->n_lines = n_lines;
    s->lines = mem_alloc_noscan(n_lines ? n_lines * sizeof(hal_gpio_line_t) : 1);
    s->pins = mem_alloc_noscan(n_lines ? n_lines * sizeof(uint16_t) : 1);
    s->counters = mem_alloc_noscan(key_count ? key_count : 1);
    s->scratch = mem_alloc_noscan(key_count ? key_count : 1);
    debounce_init(s->counters, key_count);
    s->events = mod_keypad_queue_new(s, c->max_events);
    return s;
}

void mod_keypad_claim(keypad_scanner_t *s, size_t i, size_t pin, const hal_gpio_config_t *cfg)
{
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        s->pins[i] = (uint16_t)pin;
        hw_gpio_claim(&s->lines[i], pin, cfg);
        nlr_pop();
    } else {
        scanner_release(&s->hw);
        raise_obj(nlr.value);
    }
}

int mod_keypad_read(keypad_scanner_t *s, size_t i)
{
    int v = 0;
    hw_gpio_check(hal_gpio_line_read(&s->lines[i], &v), s->pins[i], &s->lines[i].cfg);
    return v;
}

void mod_keypad_reconfigure(keypad_scanner_t *s, size_t i, const hal_gpio_config_t *cfg)
{
    hw_gpio_check(hal_gpio_line_reconfigure(&s->lines[i], cfg), s->pins[i], cfg);
}

/* ---- scanning ---- */

static void debounce_all(keypad_scanner_t *s, const uint8_t *pressed, uint64_t t)
{
    for (size_t i = 0; i < s->key_count; i++)
        if (debounce_update(&s->counters[i], s->threshold, pressed[i]))
            mod_keypad_queue_put(s->events, i, pressed[i], t);
}

static void sample_tick(keypad_scanner_t *s, uint64_t t)
{
    s->sample(s, s->scratch);
    debounce_all(s, s->scratch, t);
    s->next_ns = t + s->interval_ns;
}

/* Key i's next queued edge, or NULL; refills the lookahead from the
 * backend. Lost events are replaced by the line's present level. */
static const hal_gpio_event_t *peek(keypad_scanner_t *s, size_t i)
{
    hal_gpio_event_t *look = &s->look[i * KEYPAD_LOOKAHEAD];
    if (s->look_i[i] < s->look_n[i])
        return &look[s->look_i[i]];
    size_t n = 0;
    int rc = hal_gpio_line_events(&s->lines[i], look, KEYPAD_LOOKAHEAD, &n);
    if (rc == -HAL_EOVERFLOW) {
        if (n == KEYPAD_LOOKAHEAD)
            n--;
        look[n++] = (hal_gpio_event_t){port_ticks_ns(), s->lines[i].line,
                                       mod_keypad_read(s, i) ? HAL_GPIO_EDGE_RISING : HAL_GPIO_EDGE_FALLING};
    } else if (rc < 0) {
        hw_gpio_check(rc, s->pins[i], &s->lines[i].cfg);
    }
    s->look_i[i] = 0;
    s->look_n[i] = (uint8_t)n;
    return n ? look : NULL;
}

static void apply_until(keypad_scanner_t *s, size_t i, uint64_t t)
{
    const hal_gpio_event_t *e;
    while ((e = peek(s, i)) != NULL && e->timestamp_ns <= t) {
        s->level[i] = e->edge == HAL_GPIO_EDGE_RISING;
        s->look_i[i]++;
    }
}

/* One tick at t from the replayed levels; true when no key can change
 * state again until its level does. */
static bool replay_tick(keypad_scanner_t *s, uint64_t t)
{
    bool settled = true;
    for (size_t i = 0; i < s->key_count; i++) {
        apply_until(s, i, t);
        bool p = s->level[i] == s->value_when_pressed;
        s->scratch[i] = p;
        if (debounce_update(&s->counters[i], s->threshold, p))
            mod_keypad_queue_put(s->events, i, p, t);
        settled &= p ? s->counters[i] >= 0 : s->counters[i] <= 0;
    }
    return settled;
}

/* The ticks from next_ns up to now, skipping runs where nothing changes. */
static void replay(keypad_scanner_t *s, uint64_t now)
{
    uint64_t t = s->next_ns, iv = s->interval_ns;
    while (t <= now) {
        bool settled = replay_tick(s, t);
        t += iv;
        if (!settled)
            continue;
        uint64_t next_edge = now + 1;
        for (size_t i = 0; i < s->key_count; i++) {
            const hal_gpio_event_t *e = peek(s, i);
            if (e && e->timestamp_ns < next_edge)
                next_edge = e->timestamp_ns;
        }
        if (next_edge <= t)
            continue;
        uint64_t skip = (next_edge - t + iv - 1) / iv;
        /* the skipped ticks saw constant levels: they only move the
           counters toward their ends, which takes at most threshold */
        for (uint64_t k = 0; k < skip && k < s->threshold; k++)
            debounce_all(s, s->scratch, t);
        t += skip * iv;
    }
    s->next_ns = t;
}

void mod_keypad_poll(keypad_scanner_t *s)
{
    if (hw_obj_deinited(&s->hw))
        return;
    uint64_t now = port_ticks_ns();
    if (now < s->next_ns)
        return;
    if (s->replay)
        replay(s, now);
    else
        sample_tick(s, now);
}

/* A scan right now (construction, reset()). */
static void scan_now(keypad_scanner_t *s)
{
    uint64_t now = port_ticks_ns();
    if (s->replay) {
        replay_tick(s, now);
        s->next_ns = now + s->interval_ns;
    } else {
        sample_tick(s, now);
    }
}

void mod_keypad_start(keypad_scanner_t *s, keypad_sample_fn sample)
{
    s->sample = sample;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        if (s->replay)
            for (size_t i = 0; i < s->key_count; i++)
                s->level[i] = (uint8_t)mod_keypad_read(s, i);
        scan_now(s);
        nlr_pop();
    } else {
        scanner_release(&s->hw);
        raise_obj(nlr.value);
    }
    hw_obj_register(&s->hw, scanner_release);
}

/* ---- methods every scanner has ---- */

static keypad_scanner_t *scanner_self(obj_t self)
{
    hw_obj_check(self);
    return self;
}

static obj_t scanner_reset(obj_t self)
{
    keypad_scanner_t *s = scanner_self(self);
    mod_keypad_poll(s);
    debounce_release_all(s->counters, s->key_count, s->threshold);
    scan_now(s);
    return OBJ_NONE;
}
BUILTIN_FUN_1(mod_keypad_reset_obj, Q_reset, scanner_reset);

static obj_t scanner_get_events(obj_t self)
{
    return scanner_self(self)->events;
}
static BUILTIN_FUN_1(scanner_get_events_obj, Q_events, scanner_get_events);
const obj_property_t mod_keypad_events_prop = {
    {&type_property}, (obj_t)&scanner_get_events_obj, OBJ_NONE, OBJ_NONE, OBJ_NONE};

static obj_t scanner_get_key_count(obj_t self)
{
    return obj_new_int((intptr_t)scanner_self(self)->key_count);
}
static BUILTIN_FUN_1(scanner_get_key_count_obj, Q_key_count, scanner_get_key_count);
const obj_property_t mod_keypad_key_count_prop = {
    {&type_property}, (obj_t)&scanner_get_key_count_obj, OBJ_NONE, OBJ_NONE, OBJ_NONE};

/* ---- Keys ---- */

static void keys_sample(keypad_scanner_t *s, uint8_t *pressed)
{
    for (size_t i = 0; i < s->key_count; i++)
        pressed[i] = mod_keypad_read(s, i) == s->value_when_pressed;
}

static bool pin_has_events(size_t pin)
{
    hal_system_t *sys = hw_system();
    const hal_gpio_ops_t *ops = sys->gpio[sys->board->pins[pin].chip].ops;
    return ops && ops->version >= HAL_GPIO_OPS_V1 && ops->event_read;
}

static obj_t keys_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    static const arg_spec_t spec[] = {
        {Q_pins, ARG_REQUIRED, OBJ_NULL},
        {Q_value_when_pressed, ARG_REQUIRED | ARG_KW_ONLY, OBJ_NULL},
        {Q_pull, ARG_KW_ONLY, OBJ_TRUE},
        {Q_interval, ARG_KW_ONLY, OBJ_NULL},
        {Q_max_events, ARG_KW_ONLY, (obj_t)129}, /* small int 64 */
        {Q_debounce_threshold, ARG_KW_ONLY, (obj_t)3}, /* small int 1 */
    };
    obj_t a[6];
    arg_parse_all("Keys", n_args, n_kw, args, 6, spec, a);
    const hw_pin_t **pins;
    /* "row_pins" is CircuitPython's name in this message, for Keys too */
    size_t n = mod_keypad_pins(a[0], "row_pins", &pins);
    bool vwp = obj_is_true(a[1]), pull = obj_is_true(a[2]);
    keypad_common_t c;
    mod_keypad_common_args(a[3], a[4], a[5], &c);
    keypad_scanner_t *s = mod_keypad_new(&keypad_keys_type, n, n, &c);
    s->value_when_pressed = vwp;
    s->replay = true;
    for (size_t i = 0; i < n; i++)
        s->replay &= pin_has_events(pins[i]->index);
    if (s->replay) {
        s->level = mem_alloc_noscan(n ? n : 1);
        s->look = mem_alloc_noscan((n ? n : 1) * KEYPAD_LOOKAHEAD * sizeof(hal_gpio_event_t));
        s->look_i = mem_alloc_noscan(n ? n : 1);
        s->look_n = mem_alloc_noscan(n ? n : 1);
    }
    hal_gpio_config_t cfg = {
        .direction = HAL_GPIO_INPUT,
        .pull = !pull ? HAL_GPIO_PULL_NONE : vwp ? HAL_GPIO_PULL_DOWN : HAL_GPIO_PULL_UP,
        .edge = s->replay ? HAL_GPIO_EDGE_BOTH : HAL_GPIO_EDGE_NONE,
    };
    for (size_t i = 0; i < n; i++)
        mod_keypad_claim(s, i, pins[i]->index, &cfg);
    mod_keypad_start(s, keys_sample);
    return s;
}

static const map_elem_t scanner_locals_table[] = {
    {ROM_QSTR(Q_deinit), ROM_PTR(&hw_deinit_obj)},
    {ROM_QSTR(Q___enter__), ROM_PTR(&hw_enter_obj)},
    {ROM_QSTR(Q___exit__), ROM_PTR(&hw_exit_obj)},
    {ROM_QSTR(Q_reset), ROM_PTR(&mod_keypad_reset_obj)},
    {ROM_QSTR(Q_events), ROM_PTR(&mod_keypad_events_prop)},
    {ROM_QSTR(Q_key_count), ROM_PTR(&mod_keypad_key_count_prop)},
};
/* Keys and ShiftRegisterKeys have just what every scanner has. */
MAP_ROM(mod_keypad_scanner_locals, scanner_locals_table);

const type_t keypad_keys_type = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_Keys,
    .make_new = keys_make_new,
    .attr = hw_attr,
    .locals = &mod_keypad_scanner_locals,
};

/* ---- the module ---- */

static const map_elem_t keypad_globals_table[] = {
    {ROM_QSTR(Q___name__), ROM_QSTR(Q_keypad)},
    {ROM_QSTR(Q_Event), ROM_PTR(&keypad_event_type)},
    {ROM_QSTR(Q_EventQueue), ROM_PTR(&keypad_queue_type)},
    {ROM_QSTR(Q_KeyMatrix), ROM_PTR(&keypad_matrix_type)},
    {ROM_QSTR(Q_Keys), ROM_PTR(&keypad_keys_type)},
    {ROM_QSTR(Q_ShiftRegisterKeys), ROM_PTR(&keypad_shiftreg_type)},
};
static DICT_ROM(keypad_globals, keypad_globals_table);
const obj_module_t keypad_module = {{&type_module}, &keypad_globals};
MODULE_REGISTER(Q_keypad, keypad_module);
