/*
 * The gpiochips of this machine, and the generic board built from them
 * when no board file describes the machine (see linux.h).
 *
 * The generic board is written as board-file text and read by the board
 * file parser, so it obeys every rule a board file does (identifiers,
 * unique names, limits) and is freed like any board. A name the kernel
 * gives that would break a rule is simply not used: the pin keeps its
 * <label>_<offset> name.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../board_file.h"
#include "linux.h"
#include "linux_bus.h"
#include "linux_gpiod.h"
#include "linux_hint.h"
#include "linux_sys.h"

#define GENERIC_ID LINUX_GENERIC_ID
#define GENERIC_NVM 8192
#define NAME_MAX_LEN 48 /* the kernel's names are at most 31 characters */

/* ---- listing /dev/gpiochipN ---- */

typedef struct chip_list {
    unsigned *nums;
    size_t max, n;
} chip_list_t;

static int collect(void *ctx, const char *name)
{
    chip_list_t *l = ctx;
    const char *digits = name + 8;
    if (strncmp(name, "gpiochip", 8) != 0 || *digits < '0' || *digits > '9' || strlen(digits) > 6)
        return 0;
    unsigned v = 0;
    for (const char *p = digits; *p; p++) {
        if (*p < '0' || *p > '9')
            return 0;
        v = v * 10 + (unsigned)(*p - '0');
    }
    if (l->n < l->max)
        l->nums[l->n++] = v;
    return 0;
}

static int cmp_unsigned(const void *a, const void *b)
{
    unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;
    return x < y ? -1 : x > y;
}

/* linux_sys puts the sysroot in front of the paths it is given. */
int linux_detect_chips(unsigned *nums, size_t max, size_t *n)
{
    chip_list_t l = {nums, max, 0};
    *n = 0;
    int rc = linux_sys->list_dir("/dev", collect, &l);
    qsort(nums, l.n, sizeof(unsigned), cmp_unsigned);
    *n = l.n;
    return rc < 0 ? rc : 0;
}

/* ---- the generic board ---- */

typedef struct gen_chip {
    unsigned num;          /* N of /dev/gpiochipN */
    char label[64];
    char prefix[80];       /* identifier for chip names */
    uint32_t lines;        /* lines taken into the board */
} gen_chip_t;

typedef struct gen_pin {
    uint16_t chip;
    uint32_t line;
    char chip_name[96];    /* prefix, "_", line */
    char line_name[NAME_MAX_LEN]; /* as an identifier; "" when unusable */
} gen_pin_t;

typedef struct gen {
    gen_chip_t chips[HAL_MAX_GPIO_CHIPS];
    size_t n_chips;
    gen_pin_t *pins;       /* HAL_MAX_PINS of them */
    size_t n_pins;
    char *text;            /* the board file being written */
    size_t len, cap;
    bool oom;
} gen_t;

/* s as an identifier into dst: invalid characters become '_', a leading
 * digit gets a '_' in front. "" stays "". */
static void identifier(char *dst, size_t size, const char *s)
{
    size_t j = 0;
    if (*s >= '0' && *s <= '9' && j + 1 < size)
        dst[j++] = '_';
    for (; *s && j + 1 < size; s++) {
        char c = *s;
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        dst[j++] = ok ? c : '_';
    }
    dst[j] = '\0';
}

/* Names the board module itself defines, and dunder names. */
static bool reserved(const char *name)
{
    static const char *const own[] = {"board_id", "I2C", "SPI", "UART"};
    for (size_t i = 0; i < sizeof(own) / sizeof(own[0]); i++)
        if (strcmp(name, own[i]) == 0)
            return true;
    return strncmp(name, "__", 2) == 0;
}

static void emit(gen_t *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void emit(gen_t *g, const char *fmt, ...)
{
    for (;;) {
        va_list ap;
        va_start(ap, fmt);
        size_t room = g->cap - g->len;
        int n = g->text ? vsnprintf(g->text + g->len, room, fmt, ap) : -1;
        va_end(ap);
        if (n >= 0 && (size_t)n < room) {
            g->len += (size_t)n;
            return;
        }
        size_t cap = g->cap ? g->cap * 2 : 4096;
        char *bigger = g->oom ? NULL : realloc(g->text, cap);
        if (!bigger) {
            g->oom = true;
            return;
        }
        g->text = bigger;
        g->cap = cap;
    }
}

/* A label= word, quoted when the label holds anything but plain
 * characters. */
static void emit_label(gen_t *g, const char *label)
{
    bool plain = true;
    for (const char *p = label; *p; p++)
        if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.,:+/@-", *p))
            plain = false;
    if (plain) {
        emit(g, " label=%s", label);
        return;
    }
    emit(g, " \"label=");
    for (const char *p = label; *p; p++)
        emit(g, *p == '"' || *p == '\\' ? "\\%c" : "%c", *p);
    emit(g, "\"");
}

/* Reads chip num into the next slot with its lines' names. */
static int add_chip(gen_t *g, unsigned num, linux_gpiod_chip_t *chip)
{
    gen_chip_t *c = &g->chips[g->n_chips];
    uint32_t lines;
    int rc = linux_gpiod_chip_info(chip, c->label, sizeof(c->label), &lines);
    if (rc || lines == 0)
        return rc;
    c->num = num;
    c->lines = 0;
    identifier(c->prefix, sizeof(c->prefix), c->label);
    for (uint32_t i = 0; i < lines && g->n_pins < HAL_MAX_PINS; i++) {
        gen_pin_t *p = &g->pins[g->n_pins];
        char name[NAME_MAX_LEN], consumer[8];
        bool used;
        if (linux_gpiod_line_info(chip, i, name, sizeof(name), &used, consumer, sizeof(consumer)) != 0)
            name[0] = '\0';
        p->chip = (uint16_t)g->n_chips;
        p->line = i;
        identifier(p->line_name, sizeof(p->line_name), name);
        g->n_pins++;
        c->lines++;
    }
    g->n_chips++;
    return 0;
}

/* Chip names: <prefix>_<line>, where a prefix shared by two chips (or an
 * empty label) becomes gpiochipN. */
static void name_chips(gen_t *g)
{
    bool clash[HAL_MAX_GPIO_CHIPS];
    for (size_t i = 0; i < g->n_chips; i++) {
        clash[i] = g->chips[i].prefix[0] == '\0';
        for (size_t j = 0; j < g->n_chips; j++)
            if (j != i && strcmp(g->chips[i].prefix, g->chips[j].prefix) == 0)
                clash[i] = true;
    }
    for (size_t i = 0; i < g->n_chips; i++)
        if (clash[i])
            snprintf(g->chips[i].prefix, sizeof(g->chips[i].prefix), "gpiochip%u", g->chips[i].num);
    for (size_t i = 0; i < g->n_pins; i++) {
        gen_pin_t *p = &g->pins[i];
        snprintf(p->chip_name, sizeof(p->chip_name), "%s_%u", g->chips[p->chip].prefix, p->line);
    }
}

/* Is line_name of pin i usable as its board name? */
static bool unique_line_name(const gen_t *g, size_t i)
{
    const char *name = g->pins[i].line_name;
    if (!name[0] || reserved(name))
        return false;
    for (size_t j = 0; j < g->n_pins; j++)
        if ((j != i && strcmp(g->pins[j].line_name, name) == 0) || strcmp(g->pins[j].chip_name, name) == 0)
            return false;
    return true;
}

static void write_board(gen_t *g, bool line_names)
{
    g->len = 0;
    emit(g, "board %s\nname Generic Linux board\nbackend linux\nnvm %d\n", GENERIC_ID, GENERIC_NVM);
    for (size_t i = 0; i < g->n_chips; i++) {
        emit(g, "gpiochip %zu", i);
        if (g->chips[i].label[0])
            emit_label(g, g->chips[i].label);
        emit(g, " path=/dev/gpiochip%u lines=%u\n", g->chips[i].num, g->chips[i].lines);
    }
    for (size_t i = 0; i < g->n_pins; i++) {
        const gen_pin_t *p = &g->pins[i];
        bool own = line_names && unique_line_name(g, i);
        emit(g, "pin %s %u:%u %s\n", p->chip_name, p->chip, p->line, own ? p->line_name : p->chip_name);
    }
}

/* Opens every /dev/gpiochipN it can into g; *denied gets the first
 * refusal (and path its device). */
static void scan(gen_t *g, int *denied, char *path, size_t path_size)
{
    unsigned nums[64];
    size_t n;
    *denied = 0;
    linux_detect_chips(nums, 64, &n);
    for (size_t i = 0; i < n && g->n_chips < HAL_MAX_GPIO_CHIPS && g->n_pins < HAL_MAX_PINS; i++) {
        char p[LINUX_PATH_MAX];
        linux_gpiod_chip_t *chip;
        if (linux_env_path(p, sizeof(p), "/dev/gpiochip%u", nums[i]) != 0)
            continue;
        int rc = linux_gpiod_chip_open(p, &chip);
        if ((rc == -EACCES || rc == -EPERM) && !*denied) {
            *denied = rc;
            snprintf(path, path_size, "%s", p);
        }
        if (rc)
            continue;
        add_chip(g, nums[i], chip);
        linux_gpiod_chip_close(chip);
    }
}

int linux_detect_generic(hal_board_t **out, char *why, size_t why_size)
{
    gen_t g = {0};
    char path[LINUX_PATH_MAX] = "", err[512];
    int denied, rc;
    *out = NULL;
    if (why_size)
        why[0] = '\0';
    g.pins = calloc(HAL_MAX_PINS, sizeof(gen_pin_t));
    if (!g.pins)
        return -ENOMEM;
    scan(&g, &denied, path, sizeof(path));
    if (g.n_chips == 0) {
        free(g.pins);
        if (!denied)
            return -ENODEV;
        linux_bus_access_hint(denied, path, "gpio", "gpio");
        char hint[LINUX_HINT_MAX];
        hal_hint_t h = {-denied, hint, sizeof(hint)};
        if (linux_hint_take(&h) == 0 && why_size)
            snprintf(why, why_size, "permission denied on %s", hint);
        return denied;
    }
    name_chips(&g);
    write_board(&g, true);
    rc = g.oom ? -ENOMEM : board_file_parse(g.text, GENERIC_ID, NULL, out, err, sizeof(err));
    if (rc == -EINVAL) {
        /* a kernel name the checks above let through: chip names only */
        write_board(&g, false);
        rc = g.oom ? -ENOMEM : board_file_parse(g.text, GENERIC_ID, NULL, out, err, sizeof(err));
    }
    if (rc == -EINVAL && why_size)
        snprintf(why, why_size, "generic board: %s", err);
    free(g.text);
    free(g.pins);
    return rc;
}
