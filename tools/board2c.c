/*
 * board2c: turn one board file (boards.d/ID.board) into C source defining
 * `const hal_board_t ID_board`, for firmware builds that have no file
 * system and no parser.
 *
 *   board2c BOARD_FILE > board_ID.c
 *
 * The output includes only "hal.h" and is freestanding C11 (it compiles
 * with arm-none-eabi-gcc -std=c11 -ffreestanding -Wall -Werror). Every
 * array is `static const` and named after the board id, so several
 * generated files link into one program. Empty arrays become NULL with a
 * count of 0 (C has no zero-length arrays). `path` is NULL: a firmware
 * image has no file it came from, and the build path would make the output
 * depend on where it was built.
 *
 * Errors: the parser's "file:line: message" (or "file: strerror") on
 * stderr, exit status 1; also 1 when stdout cannot be written.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "board_file.h"

/* A C string literal for s (or NULL). Non-printable bytes become 3-digit
 * octal escapes, which cannot swallow a following digit; '?' is escaped
 * because -std=c11 enables trigraphs. */
static void put_str(FILE *f, const char *s)
{
    if (!s) {
        fputs("NULL", f);
        return;
    }
    fputc('"', f);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\' || *p == '?')
            fprintf(f, "\\%c", *p);
        else if (*p == '\n')
            fputs("\\n", f);
        else if (*p == '\t')
            fputs("\\t", f);
        else if (*p < 0x20 || *p >= 0x7f)
            fprintf(f, "\\%03o", *p);
        else
            fputc(*p, f);
    }
    fputc('"', f);
}

static const char *name_of(unsigned v, const char *const *names, unsigned n)
{
    return v < n ? names[v] : NULL;
}

/* An enum value by its name in hal.h, or the number for one it lacks. */
static void put_enum(FILE *f, unsigned v, const char *const *names, unsigned n)
{
    const char *s = name_of(v, names, n);
    if (s)
        fputs(s, f);
    else
        fprintf(f, "%u", v);
}

static const char *const detect_kinds[] = {"HAL_DETECT_DT_COMPATIBLE", "HAL_DETECT_DT_MODEL", "HAL_DETECT_USB"};
static const char *const bus_kinds[] = {"HAL_BUS_I2C", "HAL_BUS_SPI", "HAL_BUS_UART"};
static const char *const channel_kinds[] = {"HAL_CHANNEL_PWM", "HAL_CHANNEL_ADC", "HAL_CHANNEL_DAC"};
#define COUNT(a) ((unsigned)(sizeof(a) / sizeof((a)[0])))

static void put_pin(FILE *f, int pin)
{
    if (pin == HAL_NO_PIN)
        fputs("HAL_NO_PIN", f);
    else
        fprintf(f, "%d", pin);
}

static void put_string_array(FILE *f, const char *id, const char *what, const char *const *s, size_t n)
{
    fprintf(f, "static const char *const %s_%s[%zu] = {\n", id, what, n);
    for (size_t i = 0; i < n; i++) {
        fputs("    ", f);
        put_str(f, s[i]);
        fputs(",\n", f);
    }
    fputs("};\n\n", f);
}

static void put_detect(FILE *f, const hal_board_t *b)
{
    fprintf(f, "static const hal_board_detect_t %s_detect[%zu] = {\n", b->id, b->n_detect);
    for (size_t i = 0; i < b->n_detect; i++) {
        fputs("    {.kind = ", f);
        put_enum(f, b->detect[i].kind, detect_kinds, COUNT(detect_kinds));
        fputs(", .value = ", f);
        put_str(f, b->detect[i].value);
        fputs("},\n", f);
    }
    fputs("};\n\n", f);
}

static void put_gpiochips(FILE *f, const hal_board_t *b)
{
    fprintf(f, "static const hal_board_gpiochip_t %s_gpiochips[%zu] = {\n", b->id, b->n_gpiochips);
    for (size_t i = 0; i < b->n_gpiochips; i++) {
        fputs("    {.label = ", f);
        put_str(f, b->gpiochips[i].label);
        fputs(", .path = ", f);
        put_str(f, b->gpiochips[i].path);
        fprintf(f, ", .lines = %" PRIu32 "u},\n", b->gpiochips[i].lines);
    }
    fputs("};\n\n", f);
}

static void put_pins(FILE *f, const hal_board_t *b)
{
    fprintf(f, "static const hal_board_pin_t %s_pins[%zu] = {\n", b->id, b->n_pins);
    for (size_t i = 0; i < b->n_pins; i++) {
        fputs("    {.chip_name = ", f);
        put_str(f, b->pins[i].chip_name);
        fprintf(f, ", .chip = %uu, .line = %" PRIu32 "u},\n", (unsigned)b->pins[i].chip, b->pins[i].line);
    }
    fputs("};\n\n", f);
}

static void put_names(FILE *f, const hal_board_t *b)
{
    fprintf(f, "static const hal_board_name_t %s_names[%zu] = {\n", b->id, b->n_names);
    for (size_t i = 0; i < b->n_names; i++) {
        fputs("    {.name = ", f);
        put_str(f, b->names[i].name);
        fprintf(f, ", .pin = %uu},\n", (unsigned)b->names[i].pin);
    }
    fputs("};\n\n", f);
}

static void put_buses(FILE *f, const hal_board_t *b)
{
    fprintf(f, "static const hal_board_bus_t %s_buses[%zu] = {\n", b->id, b->n_buses);
    for (size_t i = 0; i < b->n_buses; i++) {
        const hal_board_bus_t *bus = &b->buses[i];
        fputs("    {.kind = ", f);
        put_enum(f, bus->kind, bus_kinds, COUNT(bus_kinds));
        fprintf(f, ", .is_default = %s, .name = ", bus->is_default ? "true" : "false");
        put_str(f, bus->name);
        fputs(", .dev = ", f);
        put_str(f, bus->dev);
        fputs(", .pins = {", f);
        for (int k = 0; k < HAL_BUS_MAX_PINS; k++) {
            fputs(k ? ", " : "", f);
            put_pin(f, bus->pins[k]);
        }
        fputs("}},\n", f);
    }
    fputs("};\n\n", f);
}

static void put_channels(FILE *f, const hal_board_t *b)
{
    fprintf(f, "static const hal_board_channel_t %s_channels[%zu] = {\n", b->id, b->n_channels);
    for (size_t i = 0; i < b->n_channels; i++) {
        const hal_board_channel_t *ch = &b->channels[i];
        fputs("    {.kind = ", f);
        put_enum(f, ch->kind, channel_kinds, COUNT(channel_kinds));
        fprintf(f, ", .bits = %uu, .pin = ", (unsigned)ch->bits);
        put_pin(f, ch->pin);
        fputs(", .dev = ", f);
        put_str(f, ch->dev);
        fprintf(f, ", .channel = %" PRIu32 "u, .vref_uv = %" PRIu32 "u, .group = %uu},\n", ch->channel,
                ch->vref_uv, (unsigned)ch->group);
    }
    fputs("};\n\n", f);
}

static void put_simdevs(FILE *f, const hal_board_t *b)
{
    for (size_t i = 0; i < b->n_simdevs; i++) {
        if (b->simdevs[i].n_args) {
            char what[40];
            snprintf(what, sizeof(what), "simdev%zu_args", i);
            put_string_array(f, b->id, what, b->simdevs[i].args, b->simdevs[i].n_args);
        }
    }
    fprintf(f, "static const hal_board_simdev_t %s_simdevs[%zu] = {\n", b->id, b->n_simdevs);
    for (size_t i = 0; i < b->n_simdevs; i++) {
        fputs("    {.kind = ", f);
        put_str(f, b->simdevs[i].kind);
        if (b->simdevs[i].n_args)
            fprintf(f, ", .args = %s_simdev%zu_args, .n_args = %zu},\n", b->id, i, b->simdevs[i].n_args);
        else
            fputs(", .args = NULL, .n_args = 0},\n", f);
    }
    fputs("};\n\n", f);
}

/* One `.field = array, .n_field = count` pair of the board. */
static void put_ref(FILE *f, const char *id, const char *field, size_t n)
{
    if (n)
        fprintf(f, "    .%s = %s_%s, .n_%s = %zu,\n", field, id, field, field, n);
    else
        fprintf(f, "    .%s = NULL, .n_%s = 0,\n", field, field);
}

static void put_board(FILE *f, const hal_board_t *b, const char *source)
{
    fputs("/* Generated by tools/board2c from ", f);
    /* A path holding the comment terminator cannot end the comment early. */
    for (const char *s = source; *s; s++)
        fputc(s[0] == '*' && s[1] == '/' ? '?' : *s, f);
    fputs(". Do not edit. */\n#include \"hal.h\"\n\n", f);
    if (b->n_blinka_ids)
        put_string_array(f, b->id, "blinka_ids", b->blinka_ids, b->n_blinka_ids);
    if (b->n_detect)
        put_detect(f, b);
    if (b->n_gpiochips)
        put_gpiochips(f, b);
    if (b->n_pins)
        put_pins(f, b);
    if (b->n_names)
        put_names(f, b);
    if (b->n_buses)
        put_buses(f, b);
    if (b->n_channels)
        put_channels(f, b);
    if (b->n_simdevs)
        put_simdevs(f, b);

    fprintf(f, "extern const hal_board_t %s_board;\n", b->id);
    fprintf(f, "const hal_board_t %s_board = {\n    .id = ", b->id);
    put_str(f, b->id);
    fputs(",\n    .name = ", f);
    put_str(f, b->name);
    fputs(",\n    .backend = ", f);
    put_str(f, b->backend);
    fprintf(f, ",\n    .path = NULL,\n    .nvm_size = %" PRIu32 "u,\n", b->nvm_size);
    put_ref(f, b->id, "blinka_ids", b->n_blinka_ids);
    put_ref(f, b->id, "detect", b->n_detect);
    put_ref(f, b->id, "gpiochips", b->n_gpiochips);
    put_ref(f, b->id, "pins", b->n_pins);
    put_ref(f, b->id, "names", b->n_names);
    put_ref(f, b->id, "buses", b->n_buses);
    put_ref(f, b->id, "channels", b->n_channels);
    put_ref(f, b->id, "simdevs", b->n_simdevs);
    fputs("};\n", f);
}

int main(int argc, char **argv)
{
    if (argc != 2 || argv[1][0] == '-') {
        fputs("usage: board2c BOARD_FILE > board_ID.c\n", stderr);
        return 1;
    }
    hal_board_t *b;
    char err[1200];
    if (board_file_load(argv[1], &b, err, sizeof(err)) != 0) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    if (b->id[0] >= '0' && b->id[0] <= '9') {
        /* Legal as a board id, but <id>_board must be a C identifier. */
        fprintf(stderr, "%s: board id '%s' starts with a digit; board2c cannot name it\n", argv[1], b->id);
        board_file_free(b);
        return 1;
    }
    const char *base = strrchr(argv[1], '/');
    put_board(stdout, b, base ? base + 1 : argv[1]);
    board_file_free(b);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        perror("board2c: stdout");
        return 1;
    }
    return 0;
}
