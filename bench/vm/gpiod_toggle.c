/*
 * gpiod_toggle: the benchmark's reference, a raw C loop through libgpiod.
 *
 *   gpiod-toggle LABEL LINE COUNT
 *
 * Requests LINE of the chip labelled LABEL as an output, sets it 1,0,1,0...
 * COUNT times and prints the toggles per second (nothing else). Built by
 * tests/vm/run-vm against the libgpiod the circuitpython build uses, with
 * -DCP_LIBGPIOD_API=1 (libgpiod 1.x) or 2 (2.x). Exit status 1 on errors.
 */
#include <gpiod.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

#if CP_LIBGPIOD_API == 1

static int toggle(const char *label, unsigned offset, long count, double *secs)
{
    struct gpiod_chip *chip = gpiod_chip_open_by_label(label);
    struct gpiod_line *line;
    double t0;

    if (!chip)
        return -1;
    line = gpiod_chip_get_line(chip, offset);
    if (!line || gpiod_line_request_output(line, "gpiod-toggle", 0) < 0)
        return -1;
    t0 = now();
    for (long i = 0; i < count; i++)
        if (gpiod_line_set_value(line, !(i & 1)) < 0)
            return -1;
    *secs = now() - t0;
    gpiod_line_release(line);
    gpiod_chip_close(chip);
    return 0;
}

#else

/* libgpiod 2 has no lookup by label: try /dev/gpiochip0..63. */
static struct gpiod_chip *open_by_label(const char *label)
{
    for (int n = 0; n < 64; n++) {
        char path[32];
        snprintf(path, sizeof path, "/dev/gpiochip%d", n);
        struct gpiod_chip *chip = gpiod_chip_open(path);
        if (!chip)
            continue;
        struct gpiod_chip_info *info = gpiod_chip_get_info(chip);
        int match = info && strcmp(gpiod_chip_info_get_label(info), label) == 0;
        gpiod_chip_info_free(info);
        if (match)
            return chip;
        gpiod_chip_close(chip);
    }
    return NULL;
}

static int toggle(const char *label, unsigned offset, long count, double *secs)
{
    struct gpiod_chip *chip = open_by_label(label);
    struct gpiod_line_settings *ls = gpiod_line_settings_new();
    struct gpiod_line_config *lc = gpiod_line_config_new();
    struct gpiod_request_config *rc = gpiod_request_config_new();
    struct gpiod_line_request *req;
    double t0;

    if (!chip || !ls || !lc || !rc)
        return -1;
    gpiod_line_settings_set_direction(ls, GPIOD_LINE_DIRECTION_OUTPUT);
    gpiod_line_settings_set_output_value(ls, GPIOD_LINE_VALUE_INACTIVE);
    if (gpiod_line_config_add_line_settings(lc, &offset, 1, ls) < 0)
        return -1;
    gpiod_request_config_set_consumer(rc, "gpiod-toggle");
    req = gpiod_chip_request_lines(chip, rc, lc);
    if (!req)
        return -1;
    t0 = now();
    for (long i = 0; i < count; i++)
        if (gpiod_line_request_set_value(req, offset, (i & 1) ? GPIOD_LINE_VALUE_INACTIVE
                                                              : GPIOD_LINE_VALUE_ACTIVE) < 0)
            return -1;
    *secs = now() - t0;
    gpiod_line_request_release(req);
    gpiod_request_config_free(rc);
    gpiod_line_config_free(lc);
    gpiod_line_settings_free(ls);
    gpiod_chip_close(chip);
    return 0;
}

#endif

int main(int argc, char **argv)
{
    double secs = 0;

    if (argc != 4) {
        fprintf(stderr, "usage: gpiod-toggle LABEL LINE COUNT\n");
        return 2;
    }
    if (toggle(argv[1], (unsigned)atoi(argv[2]), atol(argv[3]), &secs) < 0) {
        perror("gpiod-toggle");
        return 1;
    }
    printf("%.0f\n", atol(argv[3]) / secs);
    return 0;
}
