/*
 * keypad.KeyMatrix and keypad.ShiftRegisterKeys: scanners that must drive
 * pins to read their keys, so they sample on access (mod_keypad.h).
 *
 * KeyMatrix, as CircuitPython scans it: every pin is an input pulled up
 * (columns_to_anodes, the usual diode direction) or down; to read row r
 * the row is driven low (or high), each column then reads low (high) if
 * its key in that row is pressed, and the row goes back to a pulled
 * input. Key number: row * len(column_pins) + column.
 *
 * ShiftRegisterKeys: latch goes to value_to_latch to freeze the parallel
 * inputs; then for each bit the clock goes low, every data line is read
 * (key numbers: key_count[0] keys of data[0], then data[1]'s, ...) and
 * the clock goes high to shift the next bit out; the latch goes back.
 */
#include "mod_keypad.h"
#include "map.h"
#include "mem.h"
#include "runtime.h"

/* ---- KeyMatrix ---- */

static void matrix_sample(keypad_scanner_t *s, uint8_t *pressed)
{
    bool c2a = s->columns_to_anodes;
    hal_gpio_config_t drive = {.direction = HAL_GPIO_OUTPUT, .value = !c2a};
    hal_gpio_config_t idle = {.direction = HAL_GPIO_INPUT, .pull = c2a ? HAL_GPIO_PULL_UP : HAL_GPIO_PULL_DOWN};
    for (size_t r = 0; r < s->rows; r++) {
        mod_keypad_reconfigure(s, r, &drive);
        for (size_t c = 0; c < s->cols; c++)
            pressed[r * s->cols + c] = mod_keypad_read(s, s->rows + c) != c2a;
        mod_keypad_reconfigure(s, r, &idle);
    }
}

static obj_t matrix_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    static const arg_spec_t spec[] = {
        {Q_row_pins, ARG_REQUIRED, OBJ_NULL},
        {Q_column_pins, ARG_REQUIRED, OBJ_NULL},
        {Q_columns_to_anodes, ARG_KW_ONLY, OBJ_TRUE},
        {Q_interval, ARG_KW_ONLY, OBJ_NULL},
        {Q_max_events, ARG_KW_ONLY, (obj_t)129}, /* small int 64 */
        {Q_debounce_threshold, ARG_KW_ONLY, (obj_t)3}, /* small int 1 */
    };
    obj_t a[6];
    arg_parse_all("KeyMatrix", n_args, n_kw, args, 6, spec, a);
    keypad_common_t c;
    mod_keypad_common_args(a[3], a[4], a[5], &c);
    const hw_pin_t **rows, **cols;
    size_t nr = mod_keypad_pins(a[0], "row_pins", &rows);
    size_t nc = mod_keypad_pins(a[1], "column_pins", &cols);
    for (size_t i = 0; i < nr; i++)
        for (size_t j = 0; j < nc; j++)
            if (rows[i] == cols[j])
                raise_msg(&type_TypeError, "row_pins and column_pins contain duplicate pins");
    keypad_scanner_t *s = mod_keypad_new(&keypad_matrix_type, nr + nc, nr * nc, &c);
    s->rows = nr;
    s->cols = nc;
    s->columns_to_anodes = obj_is_true(a[2]);
    hal_gpio_config_t idle = {.direction = HAL_GPIO_INPUT,
                              .pull = s->columns_to_anodes ? HAL_GPIO_PULL_UP : HAL_GPIO_PULL_DOWN};
    for (size_t i = 0; i < nr + nc; i++)
        mod_keypad_claim(s, i, (i < nr ? rows[i] : cols[i - nr])->index, &idle);
    mod_keypad_start(s, matrix_sample);
    return s;
}

static keypad_scanner_t *matrix_self(obj_t self)
{
    hw_obj_check(self);
    return self;
}

/* CircuitPython's range message; its check lets n == limit through, which
 * names no key, so this one stops at limit - 1. */
static size_t index_arg(obj_t o, size_t limit, const char *name)
{
    intptr_t v = obj_get_int(o);
    if (v < 0 || (size_t)v >= limit)
        raise_fmt(&type_ValueError, "%s must be 0-%zd", name, (size_t)(limit ? limit - 1 : 0));
    return (size_t)v;
}

static obj_t matrix_key_number_to_row_column(obj_t self, obj_t key_number)
{
    keypad_scanner_t *s = matrix_self(self);
    size_t k = index_arg(key_number, s->key_count, "key_number");
    obj_t rc[2] = {obj_new_int((intptr_t)(k / s->cols)), obj_new_int((intptr_t)(k % s->cols))};
    return obj_new_tuple(2, rc);
}
static BUILTIN_FUN_2(matrix_key_number_to_row_column_obj, Q_key_number_to_row_column,
                     matrix_key_number_to_row_column);

static obj_t matrix_row_column_to_key_number(obj_t self, obj_t row, obj_t column)
{
    keypad_scanner_t *s = matrix_self(self);
    size_t r = index_arg(row, s->rows, "row");
    size_t c = index_arg(column, s->cols, "column");
    return obj_new_int((intptr_t)(r * s->cols + c));
}
static BUILTIN_FUN_3(matrix_row_column_to_key_number_obj, Q_row_column_to_key_number,
                     matrix_row_column_to_key_number);

static const map_elem_t matrix_locals_table[] = {
    {ROM_QSTR(Q_deinit), ROM_PTR(&hw_deinit_obj)},
    {ROM_QSTR(Q___enter__), ROM_PTR(&hw_enter_obj)},
    {ROM_QSTR(Q___exit__), ROM_PTR(&hw_exit_obj)},
    {ROM_QSTR(Q_reset), ROM_PTR(&mod_keypad_reset_obj)},
    {ROM_QSTR(Q_events), ROM_PTR(&mod_keypad_events_prop)},
    {ROM_QSTR(Q_key_count), ROM_PTR(&mod_keypad_key_count_prop)},
    {ROM_QSTR(Q_key_number_to_row_column), ROM_PTR(&matrix_key_number_to_row_column_obj)},
    {ROM_QSTR(Q_row_column_to_key_number), ROM_PTR(&matrix_row_column_to_key_number_obj)},
};
static MAP_ROM(matrix_locals, matrix_locals_table);

const type_t keypad_matrix_type = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_KeyMatrix,
    .make_new = matrix_make_new,
    .attr = hw_attr,
    .locals = &matrix_locals,
};

/* ---- ShiftRegisterKeys ---- */

enum { SR_CLOCK = 0, SR_LATCH = 1, SR_DATA = 2 };

static void write_line(keypad_scanner_t *s, size_t i, bool v)
{
    hw_gpio_check(hal_gpio_line_write(&s->lines[i], v), s->pins[i], &s->lines[i].cfg);
}

static void shiftreg_sample(keypad_scanner_t *s, uint8_t *pressed)
{
    size_t n_data = s->n_lines - SR_DATA, most = 0;
    for (size_t d = 0; d < n_data; d++)
        if (s->data_keys[d] > most)
            most = s->data_keys[d];
    write_line(s, SR_LATCH, s->value_to_latch);
    for (size_t bit = 0; bit < most; bit++) {
        write_line(s, SR_CLOCK, false);
        size_t first = 0;
        for (size_t d = 0; d < n_data; d++) {
            if (bit < s->data_keys[d])
                pressed[first + bit] = mod_keypad_read(s, SR_DATA + d) == s->value_when_pressed;
            first += s->data_keys[d];
        }
        write_line(s, SR_CLOCK, true);
    }
    write_line(s, SR_LATCH, !s->value_to_latch);
}

static obj_t shiftreg_make_new(const type_t *type, size_t n_args, size_t n_kw, const obj_t *args)
{
    (void)type;
    static const arg_spec_t spec[] = {
        {Q_clock, ARG_REQUIRED | ARG_KW_ONLY, OBJ_NULL},
        {Q_data, ARG_REQUIRED | ARG_KW_ONLY, OBJ_NULL},
        {Q_latch, ARG_REQUIRED | ARG_KW_ONLY, OBJ_NULL},
        {Q_value_to_latch, ARG_KW_ONLY, OBJ_TRUE},
        {Q_key_count, ARG_REQUIRED | ARG_KW_ONLY, OBJ_NULL},
        {Q_value_when_pressed, ARG_REQUIRED | ARG_KW_ONLY, OBJ_NULL},
        {Q_interval, ARG_KW_ONLY, OBJ_NULL},
        {Q_max_events, ARG_KW_ONLY, (obj_t)129}, /* small int 64 */
        {Q_debounce_threshold, ARG_KW_ONLY, (obj_t)3}, /* small int 1 */
    };
    obj_t a[9];
    arg_parse_all("ShiftRegisterKeys", n_args, n_kw, args, 9, spec, a);
    /* data: one pin or a sequence of them */
    const hw_pin_t **data;
    size_t n_data = 1;
    if (obj_is_type(a[1], &hw_pin_type)) {
        data = mem_alloc(sizeof(*data));
        data[0] = a[1];
    } else {
        n_data = obj_len(a[1]);
        data = mem_alloc(n_data ? n_data * sizeof(*data) : 1);
        for (size_t i = 0; i < n_data; i++)
            data[i] = hw_pin_arg(obj_subscr(a[1], obj_new_small_int((intptr_t)i), OBJ_SENTINEL), "data");
    }
    /* key_count: an int or one per data pin, each >= 1 */
    size_t *counts = mem_alloc_noscan(n_data ? n_data * sizeof(size_t) : 1), total = 0;
    bool one = obj_is_int(a[4]);
    if ((one ? 1 : obj_len(a[4])) != n_data)
        raise_fmt(&type_ValueError, "key_count length must be %zd", n_data);
    for (size_t i = 0; i < n_data; i++) {
        obj_t kc = one ? a[4] : obj_subscr(a[4], obj_new_small_int((intptr_t)i), OBJ_SENTINEL);
        counts[i] = (size_t)hw_arg_int_min(kc, 1, "key_count");
        total += counts[i];
    }
    const hw_pin_t *clock = hw_pin_arg(a[0], "clock");
    const hw_pin_t *latch = hw_pin_arg(a[2], "latch");
    keypad_common_t c;
    mod_keypad_common_args(a[6], a[7], a[8], &c);
    keypad_scanner_t *s = mod_keypad_new(&keypad_shiftreg_type, SR_DATA + n_data, total, &c);
    s->value_to_latch = obj_is_true(a[3]);
    s->value_when_pressed = obj_is_true(a[5]);
    s->data_keys = counts;
    hal_gpio_config_t out_low = {.direction = HAL_GPIO_OUTPUT};
    hal_gpio_config_t latch_idle = {.direction = HAL_GPIO_OUTPUT, .value = !s->value_to_latch};
    hal_gpio_config_t in = {.direction = HAL_GPIO_INPUT};
    mod_keypad_claim(s, SR_CLOCK, clock->index, &out_low);
    mod_keypad_claim(s, SR_LATCH, latch->index, &latch_idle);
    for (size_t i = 0; i < n_data; i++)
        mod_keypad_claim(s, SR_DATA + i, data[i]->index, &in);
    mod_keypad_start(s, shiftreg_sample);
    return s;
}

const type_t keypad_shiftreg_type = {
    .base = {&type_type},
    .flags = TYPE_FLAG_EQ_IS_IDENTITY,
    .name = Q_ShiftRegisterKeys,
    .make_new = shiftreg_make_new,
    .attr = hw_attr,
    .locals = &mod_keypad_scanner_locals,
};
