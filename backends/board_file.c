/*
 * The board-file parser (format: boards.d/README.md).
 *
 * Invariants: every string and array the returned hal_board_t points at is
 * owned by the board_file_t around it (its first member), so one
 * board_file_free releases everything. Names (board names and chip names)
 * share one namespace, so any name used as a pin reference is unambiguous.
 * The parser is strict: anything it does not understand is an error with
 * "file:line: message"; nothing is guessed or skipped.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "board_file.h"

#define MAX_WORDS 48
#define MAX_LINE 1024

typedef struct vec {
    void *items;
    size_t n, cap;
} vec_t;

typedef struct board_file {
    hal_board_t pub; /* first: board_file_free casts back */
    vec_t strings;   /* char *: every string owned */
    vec_t blinka, detect, chips, pins, names, buses, channels, simdevs;
} board_file_t;

typedef struct parser {
    board_file_t *bf;
    const char *file; /* current file, for messages */
    unsigned line;
    const char *dir;  /* include directory, or NULL */
    int depth;
    const char *expect_id;
    bool oom, have_board, have_name, have_backend, have_nvm;
    char *err;
    size_t errsize;
} parser_t;

static int fail(parser_t *p, const char *fmt, ...)
{
    va_list ap;
    int n = snprintf(p->err, p->errsize, "%s:%u: ", p->file, p->line);
    va_start(ap, fmt);
    if (n >= 0 && (size_t)n < p->errsize)
        vsnprintf(p->err + n, p->errsize - (size_t)n, fmt, ap);
    va_end(ap);
    return -EINVAL;
}

/* A zeroed new element at the end of v, or NULL (p->oom set). */
static void *push(parser_t *p, vec_t *v, size_t size)
{
    if (v->n == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 8;
        void *items = realloc(v->items, cap * size);
        if (!items) {
            p->oom = true;
            return NULL;
        }
        v->items = items;
        v->cap = cap;
    }
    void *e = (char *)v->items + v->n++ * size;
    memset(e, 0, size);
    return e;
}

static char *keep(parser_t *p, const char *s)
{
    char **slot = push(p, &p->bf->strings, sizeof(char *));
    if (!slot)
        return NULL;
    *slot = strdup(s);
    if (!*slot)
        p->oom = true;
    return *slot;
}

/* The remaining words joined by single spaces. */
static char *keep_joined(parser_t *p, char **w, size_t n)
{
    char buf[MAX_LINE + 1] = "";
    for (size_t i = 0; i < n; i++) {
        if (i)
            strcat(buf, " ");
        strcat(buf, w[i]);
    }
    return keep(p, buf);
}

/* ---- lexical helpers ---- */

/* Split line in place into words: blanks separate, '#' at the start of a
 * word ends the line, "..." quotes with \" and \\ escapes. */
static int tokenize(parser_t *p, char *s, char **w, size_t *n)
{
    *n = 0;
    for (;;) {
        while (*s == ' ' || *s == '\t' || *s == '\r')
            s++;
        if (*s == '\0' || *s == '#')
            return 0;
        if (*n == MAX_WORDS)
            return fail(p, "too many words (at most %d)", MAX_WORDS);
        if (*s == '"') {
            char *d = w[(*n)++] = ++s;
            for (;; s++) {
                if (*s == '\0')
                    return fail(p, "unterminated string");
                if (*s == '"')
                    break;
                if (*s == '\\' && (s[1] == '"' || s[1] == '\\'))
                    s++;
                *d++ = *s;
            }
            *d = '\0';
            s++;
            if (*s && *s != ' ' && *s != '\t' && *s != '\r')
                return fail(p, "text after closing quote");
            continue;
        }
        w[(*n)++] = s;
        while (*s && *s != ' ' && *s != '\t' && *s != '\r')
            s++;
        if (*s)
            *s++ = '\0';
    }
}

static bool is_ident(const char *s)
{
    if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || *s == '_'))
        return false;
    for (s++; *s; s++)
        if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_'))
            return false;
    return true;
}

static bool is_board_id(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_'))
            return false;
    return true;
}

static bool parse_uint(const char *s, unsigned long max, unsigned long *out)
{
    if (*s < '0' || *s > '9')
        return false;
    char *end;
    errno = 0;
    unsigned long v = strtoul(s, &end, 0);
    if (errno || *end || v > max)
        return false;
    *out = v;
    return true;
}

/* ---- names ---- */

int board_file_find_pin(const hal_board_t *b, const char *name)
{
    for (size_t i = 0; i < b->n_names; i++)
        if (strcmp(b->names[i].name, name) == 0)
            return b->names[i].pin;
    for (size_t i = 0; i < b->n_pins; i++)
        if (strcmp(b->pins[i].chip_name, name) == 0)
            return (int)i;
    return -1;
}

static void sync_pub(board_file_t *bf)
{
    hal_board_t *b = &bf->pub;
    b->blinka_ids = bf->blinka.items, b->n_blinka_ids = bf->blinka.n;
    b->detect = bf->detect.items, b->n_detect = bf->detect.n;
    b->gpiochips = bf->chips.items, b->n_gpiochips = bf->chips.n;
    b->pins = bf->pins.items, b->n_pins = bf->pins.n;
    b->names = bf->names.items, b->n_names = bf->names.n;
    b->buses = bf->buses.items, b->n_buses = bf->buses.n;
    b->channels = bf->channels.items, b->n_channels = bf->channels.n;
    b->simdevs = bf->simdevs.items, b->n_simdevs = bf->simdevs.n;
}

static int find_pin(parser_t *p, const char *name)
{
    sync_pub(p->bf);
    return board_file_find_pin(&p->bf->pub, name);
}

/* A new name must be an identifier not used yet, except that a pin's
 * board name may repeat its own chip name. */
static int check_new_name(parser_t *p, const char *name, int own_pin)
{
    if (!is_ident(name))
        return fail(p, "'%s' is not a valid name (letters, digits and _, not starting with a digit)", name);
    int other = find_pin(p, name);
    if (other < 0)
        return 0;
    const hal_board_pin_t *pins = p->bf->pins.items;
    if (other == own_pin && strcmp(pins[other].chip_name, name) == 0) {
        const hal_board_name_t *names = p->bf->names.items;
        for (size_t i = 0; i < p->bf->names.n; i++)
            if (strcmp(names[i].name, name) == 0)
                return fail(p, "name '%s' is already defined", name);
        return 0;
    }
    return fail(p, "name '%s' is already defined", name);
}

static int add_name(parser_t *p, const char *name, int pin)
{
    int rc = check_new_name(p, name, pin);
    if (rc)
        return rc;
    hal_board_name_t *n = push(p, &p->bf->names, sizeof(*n));
    if (n) {
        n->name = keep(p, name);
        n->pin = (uint16_t)pin;
    }
    return 0;
}

static int pin_ref(parser_t *p, const char *what, const char *name, int16_t *out)
{
    int pin = find_pin(p, name);
    if (pin < 0)
        return fail(p, "%s: unknown pin '%s'", what, name);
    *out = (int16_t)pin;
    return 0;
}

/* ---- directives ---- */

static int d_board(parser_t *p, char **w, size_t n)
{
    (void)n;
    if (p->depth > 0)
        return fail(p, "'board' may not appear in an included file");
    if (p->have_board)
        return fail(p, "duplicate 'board' line");
    if (!is_board_id(w[1]))
        return fail(p, "board id '%s' must be lower-case letters, digits and _", w[1]);
    if (p->expect_id && strcmp(w[1], p->expect_id) != 0)
        return fail(p, "board id '%s' does not match the file name (expected '%s')", w[1], p->expect_id);
    p->have_board = true;
    p->bf->pub.id = keep(p, w[1]);
    return 0;
}

static int d_name(parser_t *p, char **w, size_t n)
{
    if (p->have_name)
        return fail(p, "duplicate 'name' line");
    p->have_name = true;
    p->bf->pub.name = keep_joined(p, w + 1, n - 1);
    return 0;
}

static int d_backend(parser_t *p, char **w, size_t n)
{
    (void)n;
    if (p->have_backend)
        return fail(p, "duplicate 'backend' line");
    if (!is_board_id(w[1]))
        return fail(p, "bad backend name '%s'", w[1]);
    p->have_backend = true;
    p->bf->pub.backend = keep(p, w[1]);
    return 0;
}

static int d_blinka(parser_t *p, char **w, size_t n)
{
    (void)n;
    if (!is_ident(w[1]))
        return fail(p, "bad Blinka board id '%s'", w[1]);
    const char **slot = push(p, &p->bf->blinka, sizeof(char *));
    if (slot)
        *slot = keep(p, w[1]);
    return 0;
}

static int d_detect(parser_t *p, char **w, size_t n)
{
    uint8_t kind;
    if (strcmp(w[1], "dt-compatible") == 0)
        kind = HAL_DETECT_DT_COMPATIBLE;
    else if (strcmp(w[1], "dt-model") == 0)
        kind = HAL_DETECT_DT_MODEL;
    else if (strcmp(w[1], "usb") == 0)
        kind = HAL_DETECT_USB;
    else
        return fail(p, "unknown detect rule '%s' (dt-compatible, dt-model or usb)", w[1]);
    if (kind != HAL_DETECT_DT_MODEL && n != 3)
        return fail(p, "detect %s takes one value", w[1]);
    if (kind == HAL_DETECT_USB) {
        unsigned vid, pid;
        char extra;
        if (strlen(w[2]) != 9 || sscanf(w[2], "%4x:%4x%c", &vid, &pid, &extra) != 2)
            return fail(p, "detect usb: expected VVVV:PPPP in hex, got '%s'", w[2]);
    }
    hal_board_detect_t *d = push(p, &p->bf->detect, sizeof(*d));
    if (d) {
        d->kind = kind;
        d->value = keep_joined(p, w + 2, n - 2);
    }
    return 0;
}

static int d_nvm(parser_t *p, char **w, size_t n)
{
    (void)n;
    unsigned long v;
    if (p->have_nvm)
        return fail(p, "duplicate 'nvm' line");
    if (!parse_uint(w[1], 1ul << 24, &v))
        return fail(p, "nvm: bad size '%s'", w[1]);
    p->have_nvm = true;
    p->bf->pub.nvm_size = (uint32_t)v;
    return 0;
}

/* key=value arguments from w[from..n): each key must be in allowed (a
 * NULL-terminated list); values land in vals[] by key position. A bare
 * word `flag` (if given) sets *flag_set. */
static int keyvals(parser_t *p, char **w, size_t n, size_t from, const char *const *allowed, const char **vals,
                   const char *flag, bool *flag_set)
{
    for (size_t i = from; i < n; i++) {
        char *eq = strchr(w[i], '=');
        if (!eq) {
            if (flag && strcmp(w[i], flag) == 0 && !*flag_set) {
                *flag_set = true;
                continue;
            }
            return fail(p, "%s: unexpected '%s'", w[0], w[i]);
        }
        *eq = '\0';
        size_t k = 0;
        while (allowed[k] && strcmp(allowed[k], w[i]) != 0)
            k++;
        if (!allowed[k])
            return fail(p, "%s: unknown key '%s'", w[0], w[i]);
        if (vals[k])
            return fail(p, "%s: duplicate key '%s'", w[0], w[i]);
        if (!eq[1])
            return fail(p, "%s: empty value for '%s'", w[0], w[i]);
        vals[k] = eq + 1;
    }
    return 0;
}

static int d_gpiochip(parser_t *p, char **w, size_t n)
{
    static const char *const keys[] = {"label", "path", "lines", NULL};
    const char *v[3] = {NULL, NULL, NULL};
    unsigned long idx, lines;
    if (!parse_uint(w[1], HAL_MAX_GPIO_CHIPS - 1, &idx))
        return fail(p, "gpiochip: bad index '%s' (0-%d)", w[1], HAL_MAX_GPIO_CHIPS - 1);
    if (idx != p->bf->chips.n)
        return fail(p, "gpiochip: expected index %zu next", p->bf->chips.n);
    int rc = keyvals(p, w, n, 2, keys, v, NULL, NULL);
    if (rc)
        return rc;
    if (!v[0] && !v[1])
        return fail(p, "gpiochip: needs label= or path=");
    if (!v[2] || !parse_uint(v[2], 65535, &lines) || lines == 0)
        return fail(p, "gpiochip: needs lines=N (1-65535)");
    hal_board_gpiochip_t *c = push(p, &p->bf->chips, sizeof(*c));
    if (c) {
        c->label = v[0] ? keep(p, v[0]) : NULL;
        c->path = v[1] ? keep(p, v[1]) : NULL;
        c->lines = (uint32_t)lines;
    }
    return 0;
}

static int d_pin(parser_t *p, char **w, size_t n)
{
    unsigned long chip, line;
    char *colon = strchr(w[2], ':');
    if (p->bf->pins.n == HAL_MAX_PINS)
        return fail(p, "too many pins (at most %d)", HAL_MAX_PINS);
    if (!colon)
        return fail(p, "pin: expected CHIP:LINE, got '%s'", w[2]);
    *colon = '\0';
    if (!parse_uint(w[2], 65535, &chip) || chip >= p->bf->chips.n)
        return fail(p, "pin: no gpiochip '%s' (declare it with a gpiochip line first)", w[2]);
    const hal_board_gpiochip_t *c = (const hal_board_gpiochip_t *)p->bf->chips.items + chip;
    if (!parse_uint(colon + 1, 0xffffffff, &line) || line >= c->lines)
        return fail(p, "pin: line '%s' out of range for gpiochip %lu (0-%u)", colon + 1, chip, c->lines - 1);
    const hal_board_pin_t *pins = p->bf->pins.items;
    for (size_t i = 0; i < p->bf->pins.n; i++)
        if (pins[i].chip == chip && pins[i].line == line)
            return fail(p, "pin: line %lu:%lu already belongs to %s", chip, line, pins[i].chip_name);
    int self = (int)p->bf->pins.n;
    int rc = check_new_name(p, w[1], -1);
    if (rc)
        return rc;
    hal_board_pin_t *pin = push(p, &p->bf->pins, sizeof(*pin));
    if (!pin)
        return 0;
    pin->chip_name = keep(p, w[1]);
    pin->chip = (uint16_t)chip;
    pin->line = (uint32_t)line;
    for (size_t i = 3; i < n && !rc; i++)
        rc = add_name(p, w[i], self);
    return rc;
}

static int d_alias(parser_t *p, char **w, size_t n)
{
    (void)n;
    int pin = find_pin(p, w[2]);
    if (pin < 0)
        return fail(p, "alias: unknown pin '%s'", w[2]);
    return add_name(p, w[1], pin);
}

static int d_bus(parser_t *p, char **w, size_t n)
{
    static const char *const i2c_keys[] = {"scl", "sda", "dev", NULL};
    static const char *const spi_keys[] = {"sck", "mosi", "miso", "cs", "dev", NULL};
    static const char *const uart_keys[] = {"tx", "rx", "rts", "cts", "dev", NULL};
    uint8_t kind = w[0][0] == 'i' ? HAL_BUS_I2C : w[0][0] == 's' ? HAL_BUS_SPI : HAL_BUS_UART;
    const char *const *keys = kind == HAL_BUS_I2C ? i2c_keys : kind == HAL_BUS_SPI ? spi_keys : uart_keys;
    size_t n_roles = kind == HAL_BUS_I2C ? 2 : 4;
    const char *v[6] = {NULL};
    bool is_default = false;
    const hal_board_bus_t *buses = p->bf->buses.items;
    for (size_t i = 0; i < p->bf->buses.n; i++)
        if (strcmp(buses[i].name, w[1]) == 0)
            return fail(p, "%s: bus name '%s' already used", w[0], w[1]);
    int rc = keyvals(p, w, n, 2, keys, v, "default", &is_default);
    if (rc)
        return rc;
    if (kind == HAL_BUS_I2C && (!v[0] || !v[1]))
        return fail(p, "i2c: needs scl= and sda=");
    if (kind == HAL_BUS_SPI && (!v[0] || (!v[1] && !v[2])))
        return fail(p, "spi: needs sck= and at least one of mosi= and miso=");
    if (kind == HAL_BUS_UART && !v[0] && !v[1])
        return fail(p, "uart: needs tx= or rx=");
    for (size_t i = 0; i < p->bf->buses.n && is_default; i++)
        if (buses[i].kind == kind && buses[i].is_default)
            return fail(p, "%s: a default %s bus is already defined (%s)", w[0], w[0], buses[i].name);
    int16_t pins[HAL_BUS_MAX_PINS] = {HAL_NO_PIN, HAL_NO_PIN, HAL_NO_PIN, HAL_NO_PIN};
    for (size_t r = 0; r < n_roles; r++)
        if (v[r] && (rc = pin_ref(p, w[0], v[r], &pins[r])) != 0)
            return rc;
    hal_board_bus_t *b = push(p, &p->bf->buses, sizeof(*b));
    if (b) {
        b->kind = kind;
        b->is_default = is_default;
        b->name = keep(p, w[1]);
        b->dev = v[n_roles] ? keep(p, v[n_roles]) : NULL;
        memcpy(b->pins, pins, sizeof(pins));
    }
    return 0;
}

static int d_channel(parser_t *p, char **w, size_t n)
{
    static const char *const keys[] = {"dev", "channel", "group", "bits", "vref", NULL};
    const char *v[5] = {NULL};
    uint8_t kind = w[0][0] == 'p' ? HAL_CHANNEL_PWM : w[0][0] == 'a' ? HAL_CHANNEL_ADC : HAL_CHANNEL_DAC;
    int16_t pin;
    unsigned long channel, group = 0, bits = 0;
    double vref = 0;
    int rc = pin_ref(p, w[0], w[1], &pin);
    if (!rc)
        rc = keyvals(p, w, n, 2, keys, v, NULL, NULL);
    if (rc)
        return rc;
    if (!v[0] || !v[1] || !parse_uint(v[1], 0xffffffff, &channel))
        return fail(p, "%s: needs dev= and channel=N", w[0]);
    if (kind == HAL_CHANNEL_PWM) {
        if (v[3] || v[4])
            return fail(p, "pwm: bits= and vref= are for adc and dac");
        if (v[2] && !parse_uint(v[2], 65535, &group))
            return fail(p, "pwm: bad group '%s'", v[2]);
    } else {
        char *end;
        if (v[2])
            return fail(p, "%s: group= is for pwm", w[0]);
        if (!v[3] || !parse_uint(v[3], 32, &bits) || bits == 0)
            return fail(p, "%s: needs bits=N (1-32)", w[0]);
        if (!v[4] || (vref = strtod(v[4], &end), *end) || !(vref > 0 && vref < 1000))
            return fail(p, "%s: needs vref=VOLTS (for example vref=3.3)", w[0]);
    }
    const hal_board_channel_t *chs = p->bf->channels.items;
    for (size_t i = 0; i < p->bf->channels.n; i++)
        if (chs[i].kind == kind && chs[i].pin == pin)
            return fail(p, "%s: pin %s already has one", w[0], w[1]);
    hal_board_channel_t *c = push(p, &p->bf->channels, sizeof(*c));
    if (c) {
        c->kind = kind;
        c->pin = pin;
        c->dev = keep(p, v[0]);
        c->channel = (uint32_t)channel;
        c->group = (uint16_t)group;
        c->bits = (uint8_t)bits;
        c->vref_uv = (uint32_t)(vref * 1e6 + 0.5);
    }
    return 0;
}

static int d_sim(parser_t *p, char **w, size_t n)
{
    if (!is_board_id(w[1]))
        return fail(p, "sim: bad device kind '%s'", w[1]);
    hal_board_simdev_t *d = push(p, &p->bf->simdevs, sizeof(*d));
    if (!d)
        return 0;
    d->kind = keep(p, w[1]);
    /* the argument array is itself a kept "string" block */
    char **slot = push(p, &p->bf->strings, sizeof(char *));
    const char **args = slot ? calloc(n, sizeof(char *)) : NULL;
    if (!args) {
        p->oom = true;
        return 0;
    }
    *slot = (char *)args;
    for (size_t i = 2; i < n; i++)
        args[i - 2] = keep(p, w[i]);
    d->args = args;
    d->n_args = n - 2;
    return 0;
}

static int parse_text(parser_t *p, const char *text);
static int read_file(const char *path, char **text, char *err, size_t errsize);

static int d_include(parser_t *p, char **w, size_t n)
{
    (void)n;
    char path[4096], *text;
    if (!p->dir)
        return fail(p, "include: not allowed here");
    if (w[1][0] == '/' || strstr(w[1], ".."))
        return fail(p, "include: '%s' must be a relative path inside the boards directory", w[1]);
    if (p->depth + 1 >= BOARD_FILE_MAX_DEPTH)
        return fail(p, "include: nested too deeply");
    snprintf(path, sizeof(path), "%s/%s", p->dir, w[1]);
    char msg[512];
    int rc = read_file(path, &text, msg, sizeof(msg));
    if (rc)
        return rc == -ENOMEM ? rc : fail(p, "include: %s", msg);
    parser_t sub = *p;
    sub.file = path;
    sub.line = 0;
    sub.depth = p->depth + 1;
    rc = parse_text(&sub, text);
    free(text);
    p->oom = sub.oom;
    p->have_name = sub.have_name;
    p->have_backend = sub.have_backend;
    p->have_nvm = sub.have_nvm;
    return rc;
}

typedef struct directive {
    const char *word;
    int (*fn)(parser_t *p, char **w, size_t n);
    size_t min, max; /* word counts including the keyword */
} directive_t;

static const directive_t directives[] = {
    {"board", d_board, 2, 2},       {"name", d_name, 2, MAX_WORDS},     {"backend", d_backend, 2, 2},
    {"blinka", d_blinka, 2, 2},     {"detect", d_detect, 3, MAX_WORDS}, {"nvm", d_nvm, 2, 2},
    {"include", d_include, 2, 2},   {"gpiochip", d_gpiochip, 3, 5},     {"pin", d_pin, 3, MAX_WORDS},
    {"alias", d_alias, 3, 3},       {"i2c", d_bus, 4, 6},               {"spi", d_bus, 3, 9},
    {"uart", d_bus, 3, 8},          {"pwm", d_channel, 4, 5},           {"adc", d_channel, 6, 6},
    {"dac", d_channel, 6, 6},       {"sim", d_sim, 2, MAX_WORDS},
};

static int parse_line(parser_t *p, char *line)
{
    char *w[MAX_WORDS];
    size_t n;
    int rc = tokenize(p, line, w, &n);
    if (rc || n == 0)
        return rc;
    if (!p->have_board && p->depth == 0 && strcmp(w[0], "board") != 0)
        return fail(p, "the first line must be 'board ID'");
    for (size_t i = 0; i < sizeof(directives) / sizeof(directives[0]); i++) {
        const directive_t *d = &directives[i];
        if (strcmp(d->word, w[0]) != 0)
            continue;
        if (n < d->min)
            return fail(p, "%s: missing arguments", w[0]);
        if (n > d->max)
            return fail(p, "%s: too many arguments", w[0]);
        rc = d->fn(p, w, n);
        return rc ? rc : p->oom ? -ENOMEM : 0;
    }
    return fail(p, "unknown keyword '%s'", w[0]);
}

static int parse_text(parser_t *p, const char *text)
{
    char buf[MAX_LINE + 2];
    while (*text) {
        const char *nl = strchr(text, '\n');
        size_t len = nl ? (size_t)(nl - text) : strlen(text);
        p->line++;
        if (len > MAX_LINE)
            return fail(p, "line longer than %d characters", MAX_LINE);
        memcpy(buf, text, len);
        buf[len] = '\0';
        if (memchr(buf, '\0', len))
            return fail(p, "NUL byte in line");
        int rc = parse_line(p, buf);
        if (rc)
            return rc;
        text += len + (nl != NULL);
    }
    return 0;
}

/* Whole-board checks once everything is read. */
static int finish(parser_t *p)
{
    board_file_t *bf = p->bf;
    sync_pub(bf);
    if (!p->have_board)
        return fail(p, "missing 'board ID' line");
    if (!p->have_name)
        return fail(p, "missing 'name' line");
    if (!p->have_backend)
        return fail(p, "missing 'backend' line");
    if (bf->simdevs.n && strcmp(bf->pub.backend, "sim") != 0)
        return fail(p, "'sim' device lines need 'backend sim'");
    return 0;
}

void board_file_free(hal_board_t *board)
{
    if (!board)
        return;
    board_file_t *bf = (board_file_t *)board;
    char **s = bf->strings.items;
    for (size_t i = 0; i < bf->strings.n; i++)
        free(s[i]);
    vec_t *vecs[] = {&bf->strings, &bf->blinka, &bf->detect, &bf->chips, &bf->pins,
                     &bf->names, &bf->buses, &bf->channels, &bf->simdevs};
    for (size_t i = 0; i < sizeof(vecs) / sizeof(vecs[0]); i++)
        free(vecs[i]->items);
    free(bf);
}

int board_file_parse(const char *text, const char *name, const char *dir, hal_board_t **out, char *err,
                     size_t errsize)
{
    char id[256];
    const char *base = strrchr(name, '/');
    snprintf(id, sizeof(id), "%s", base ? base + 1 : name);
    size_t len = strlen(id);
    if (len > 6 && strcmp(id + len - 6, ".board") == 0)
        id[len - 6] = '\0';
    *out = NULL;
    if (errsize)
        err[0] = '\0';
    board_file_t *bf = calloc(1, sizeof(*bf));
    if (!bf)
        return -ENOMEM;
    parser_t p = {.bf = bf, .file = name, .dir = dir, .expect_id = id, .err = err, .errsize = errsize};
    int rc = parse_text(&p, text);
    if (!rc)
        rc = p.oom ? -ENOMEM : finish(&p);
    if (!rc && name)
        bf->pub.path = keep(&p, name);
    if (!rc && p.oom)
        rc = -ENOMEM;
    if (rc) {
        if (rc == -ENOMEM)
            snprintf(err, errsize, "%s: out of memory", name);
        board_file_free(&bf->pub);
        return rc;
    }
    *out = &bf->pub;
    return 0;
}

static int read_file(const char *path, char **text, char *err, size_t errsize)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        int e = errno;
        snprintf(err, errsize, "%s: %s", path, strerror(e));
        return e == ENOENT ? -ENOENT : e == EACCES ? -EACCES : -EIO;
    }
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n - 1, f);
        if (n < cap - 1)
            break;
        char *bigger = cap < (1u << 20) ? realloc(buf, cap *= 2) : NULL;
        if (!bigger) {
            free(buf);
            buf = NULL;
        }
        buf = bigger;
    }
    int bad = ferror(f);
    fclose(f);
    if (!buf) {
        snprintf(err, errsize, "%s: file too large or out of memory", path);
        return -ENOMEM;
    }
    if (bad) {
        free(buf);
        snprintf(err, errsize, "%s: read error", path);
        return -EIO;
    }
    buf[n] = '\0';
    *text = buf;
    return 0;
}

int board_file_load(const char *path, hal_board_t **out, char *err, size_t errsize)
{
    char *text, dir[4096];
    *out = NULL;
    int rc = read_file(path, &text, err, errsize);
    if (rc)
        return rc;
    const char *slash = strrchr(path, '/');
    if (slash)
        snprintf(dir, sizeof(dir), "%.*s", (int)(slash - path), path);
    else
        snprintf(dir, sizeof(dir), ".");
    if (slash == path)
        snprintf(dir, sizeof(dir), "/");
    rc = board_file_parse(text, path, dir, out, err, errsize);
    free(text);
    return rc;
}
