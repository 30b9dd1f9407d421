/*
 * Check tests for the Linux backend's GPIO (backends/linux/linux_gpio.c and
 * the libgpiod shim linux_gpiod_v1.c or _v2.c) against a fake kernel
 * (fake_gpiod.c with fake_gpiod_v1.c or _v2.c, matching the gpiod.h the
 * build uses): finding chips by label, the errors a real kernel seldom
 * gives on demand (EACCES, EPERM, ENOENT, EBUSY with its holder) and their
 * hints, glitch-free outputs, reconfiguration, edge events, and levels
 * read and written with the uAPI's ioctl on the request's descriptor.
 * Chips live under a temporary $CIRCUITPY_SYSROOT/dev.
 */
#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "board_file.h"
#include "fake_gpiod.h"
#include "linux/linux.h"
#include "linux/linux_hint.h"

static char root[256];
static hal_board_t *board;
static hal_options_t options;
static hal_system_t sys;
static hal_gpio_dev_t dev;
static bool opened;

static const char default_board[] = "board t\nname T\nbackend linux\n"
                                    "gpiochip 0 label=test-chip lines=8\n"
                                    "pin G0 0:0 D0\npin G1 0:1 D1\npin G2 0:2 D2\n";

/* ---- scene ---- */

static void dev_path(char *buf, size_t size, unsigned n)
{
    snprintf(buf, size, "%s/dev/gpiochip%u", root, n);
}

/* /dev/gpiochipN (an empty file to list) and its fake chip. */
static fake_chip_t *add_chip(unsigned n, const char *label, unsigned lines)
{
    char path[512];
    dev_path(path, sizeof(path), n);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fclose(f);
    fake_chip_t *c = fake_gpiod_add_chip(path, label, lines);
    ck_assert_ptr_nonnull(c);
    return c;
}

static void open_board(const char *text)
{
    char err[256];
    ck_assert_msg(board_file_parse(text, "t.board", NULL, &board, err, sizeof(err)) == 0, "%s", err);
    sys.board = board;
    sys.options = &options;
    ck_assert_int_eq(linux_gpio_open(&sys, 0, &dev), 0);
    opened = true;
}

static void setup(void)
{
    char cmd[600];
    snprintf(cmd, sizeof(cmd), "rm -f %s/dev/*", root);
    ck_assert_int_eq(system(cmd), 0);
    fake_gpiod_reset();
    linux_hint_clear();
    memset(&sys, 0, sizeof(sys));
    memset(&dev, 0, sizeof(dev));
    options = (hal_options_t){0};
    board = NULL;
    opened = false;
}

static void teardown(void)
{
    if (opened)
        linux_gpio_close(&dev);
    board_file_free(board);
    ck_assert_int_eq(fake_gpiod_live_requests(), 0);
    ck_assert_int_eq(fake_gpiod_open_handles(), 0);
}

/* ---- helpers ---- */

static hal_gpio_config_t out(int value, int drive)
{
    return (hal_gpio_config_t){.direction = HAL_GPIO_OUTPUT, .drive = (uint8_t)drive, .value = (uint8_t)value};
}

static hal_gpio_config_t in(int pull, int edge)
{
    return (hal_gpio_config_t){.direction = HAL_GPIO_INPUT, .pull = (uint8_t)pull, .edge = (uint8_t)edge};
}

static int claim(uint32_t line, hal_gpio_config_t c)
{
    return dev.ops->claim(&dev, line, &c);
}

static int reconf(uint32_t line, hal_gpio_config_t c)
{
    return dev.ops->reconfigure(&dev, line, &c);
}

static int value(uint32_t line)
{
    int v = -1;
    ck_assert_int_eq(dev.ops->read(&dev, line, &v), 0);
    return v;
}

/* The hint left for err, or "" (taking it clears it). */
static const char *hint(int err)
{
    static char buf[400];
    hal_hint_t h = {err, buf, sizeof(buf)};
    return linux_hint_take(&h) == 0 ? buf : "";
}

static void assert_history(const fake_line_t *l, const int *want, size_t n)
{
    ck_assert_uint_eq(l->n_history, n);
    for (size_t i = 0; i < n; i++)
        ck_assert_msg(l->history[i] == want[i], "history[%zu] = %d, expected %d", i, l->history[i], want[i]);
}

/* ---- finding the chip ---- */

START_TEST(test_found_by_label_not_number)
{
    fake_chip_t *other = add_chip(0, "other-chip", 8);
    fake_chip_t *mine = add_chip(10, "test-chip", 8);
    add_chip(2, "third", 4);
    open_board(default_board);
    ck_assert_int_eq(claim(1, out(1, HAL_GPIO_PUSH_PULL)), 0);
    ck_assert(mine->lines[1].requested);
    ck_assert(!other->lines[1].requested);
    ck_assert_int_eq(mine->lines[1].level, 1);
    ck_assert_int_eq(fake_gpiod_open_handles(), 1); /* the others were closed */
}
END_TEST

START_TEST(test_path_then_label)
{
    /* path= names a chip whose label disagrees (renumbered): the label wins */
    add_chip(0, "other-chip", 8);
    fake_chip_t *mine = add_chip(3, "test-chip", 8);
    open_board("board t\nname T\nbackend linux\ngpiochip 0 label=test-chip path=/dev/gpiochip0 lines=8\n"
               "pin G0 0:0 D0\n");
    ck_assert_int_eq(claim(0, in(HAL_GPIO_PULL_UP, 0)), 0);
    ck_assert(mine->lines[0].requested);
}
END_TEST

START_TEST(test_label_missing_is_enodev_with_hint)
{
    add_chip(0, "other-chip", 8);
    add_chip(1, "", 8);
    open_board(default_board);
    ck_assert_int_eq(claim(0, in(0, 0)), -ENODEV);
    const char *h = hint(ENODEV);
    ck_assert_msg(strstr(h, "no gpiochip labelled 'test-chip'") && strstr(h, "present: other-chip, (no label)"),
                  "%s", h);
}
END_TEST

START_TEST(test_no_chip_at_all)
{
    open_board(default_board);
    ck_assert_int_eq(claim(0, in(0, 0)), -ENODEV);
    ck_assert_ptr_nonnull(strstr(hint(ENODEV), "no gpiochip present"));
}
END_TEST

START_TEST(test_path_enoent)
{
    open_board("board t\nname T\nbackend linux\ngpiochip 0 path=/dev/gpiochip7 lines=8\npin G0 0:0 D0\n");
    ck_assert_int_eq(claim(0, in(0, 0)), -ENODEV);
    ck_assert_ptr_nonnull(strstr(hint(ENODEV), "gpiochip7"));
}
END_TEST

static void check_denied(int err)
{
    fake_chip_t *c = add_chip(0, "test-chip", 8);
    c->open_errno = err;
    open_board(default_board);
    ck_assert_int_eq(claim(0, out(0, 0)), -err);
    const char *h = hint(err);
    ck_assert_msg(strstr(h, "/dev/gpiochip0") && strstr(h, "group gpio") && strstr(h, "udev"), "%s", h);
    /* asked again, the hint comes again */
    ck_assert_int_eq(claim(1, in(0, 0)), -err);
    ck_assert_str_ne(hint(err), "");
    ck_assert_int_eq(fake_gpiod_live_requests(), 0);
}

START_TEST(test_eacces_hint)
{
    check_denied(EACCES);
}
END_TEST

START_TEST(test_eperm_hint)
{
    check_denied(EPERM);
}
END_TEST

START_TEST(test_denied_chip_hides_the_label)
{
    /* a chip we may not open could be the one: EACCES, not ENODEV */
    add_chip(0, "other-chip", 8);
    add_chip(1, "secret", 8)->open_errno = EACCES;
    open_board(default_board);
    ck_assert_int_eq(claim(0, in(0, 0)), -EACCES);
    ck_assert_ptr_nonnull(strstr(hint(EACCES), "gpiochip1"));
}
END_TEST

/* ---- claiming ---- */

START_TEST(test_busy_names_the_holder)
{
    fake_chip_t *c = add_chip(0, "test-chip", 8);
    fake_gpiod_hold(c, 1, "gpioset");
    fake_gpiod_hold(c, 2, "");
    open_board(default_board);
    ck_assert_int_eq(claim(1, out(1, 0)), -EBUSY);
    ck_assert_str_eq(hint(EBUSY), "used by gpioset");
    ck_assert_int_eq(claim(2, in(0, 0)), -EBUSY);
    ck_assert_str_eq(hint(EBUSY), ""); /* no name: no hint */
    ck_assert_uint_eq(c->lines[1].n_history, 0);
}
END_TEST

START_TEST(test_busy_twice_here_and_range)
{
    add_chip(0, "test-chip", 4);
    open_board(default_board);
    ck_assert_int_eq(claim(0, in(0, 0)), 0);
    ck_assert_int_eq(claim(0, in(0, 0)), -EBUSY);
    ck_assert_int_eq(claim(4, in(0, 0)), -EINVAL); /* the chip has 4 lines */
    int v;
    ck_assert_int_eq(dev.ops->read(&dev, 1, &v), -EINVAL); /* not claimed */
    ck_assert_int_eq(dev.ops->write(&dev, 0, 1), -EINVAL); /* an input */
    ck_assert_int_eq(dev.ops->release(&dev, 1), -EINVAL);
}
END_TEST

START_TEST(test_request_error_passes_through)
{
    add_chip(0, "test-chip", 8);
    open_board(default_board);
    fake_gpiod_fail(fake_gpiod_api == 1 ? "gpiod_line_request" : "gpiod_chip_request_lines", EIO, 1);
    ck_assert_int_eq(claim(0, out(1, 0)), -EIO);
    ck_assert_int_eq(claim(0, out(1, 0)), 0);
}
END_TEST

START_TEST(test_output_starts_at_its_value)
{
    fake_chip_t *c = add_chip(0, "test-chip", 8);
    open_board(default_board);
    ck_assert_int_eq(claim(0, out(1, HAL_GPIO_PUSH_PULL)), 0);
    ck_assert_int_eq(value(0), 1);
    const int once[] = {1};
    assert_history(&c->lines[0], once, 1); /* never low on the way */
    ck_assert_int_eq(dev.ops->write(&dev, 0, 0), 0);
    ck_assert_int_eq(dev.ops->write(&dev, 0, 1), 0);
    ck_assert_int_eq(dev.ops->release(&dev, 0), 0);
    const int all[] = {1, 0, 1, -1};
    assert_history(&c->lines[0], all, 4);
    ck_assert(!c->lines[0].requested);
    ck_assert_int_eq(c->lines[0].cfg.output, false); /* given back as an input */
    ck_assert_int_eq(c->lines[0].cfg.bias, FAKE_BIAS_DISABLED);
}
END_TEST

START_TEST(test_open_drain_and_source)
{
    fake_chip_t *c = add_chip(0, "test-chip", 8);
    open_board(default_board);
    ck_assert_int_eq(claim(0, out(1, HAL_GPIO_OPEN_DRAIN)), 0);
    ck_assert_int_eq(c->lines[0].cfg.drive, FAKE_DRIVE_OD);
    ck_assert_int_eq(c->lines[0].driven, -1); /* released high */
    fake_gpiod_drive(c, 0, 0, 5);             /* another device pulls low */
    ck_assert_int_eq(value(0), 0);
    ck_assert_int_eq(dev.ops->write(&dev, 0, 0), 0);
    ck_assert_int_eq(c->lines[0].driven, 0);
    ck_assert_int_eq(claim(1, out(0, HAL_GPIO_OPEN_SOURCE)), 0);
    ck_assert_int_eq(c->lines[1].cfg.drive, FAKE_DRIVE_OS);
    ck_assert_int_eq(c->lines[1].driven, -1);
}
END_TEST

START_TEST(test_pulls)
{
    fake_chip_t *c = add_chip(0, "test-chip", 8);
    open_board(default_board);
    ck_assert_int_eq(claim(0, in(HAL_GPIO_PULL_UP, 0)), 0);
    ck_assert_int_eq(claim(1, in(HAL_GPIO_PULL_DOWN, 0)), 0);
    ck_assert_int_eq(claim(2, in(HAL_GPIO_PULL_NONE, 0)), 0);
    ck_assert_int_eq(c->lines[0].cfg.bias, FAKE_BIAS_UP);
    ck_assert_int_eq(c->lines[1].cfg.bias, FAKE_BIAS_DOWN);
    ck_assert_int_eq(c->lines[2].cfg.bias, FAKE_BIAS_DISABLED);
    ck_assert_int_eq(value(0), 1);
    ck_assert_int_eq(value(1), 0);
    fake_gpiod_drive(c, 0, 0, 1);
    ck_assert_int_eq(value(0), 0);
}
END_TEST

START_TEST(test_reconfigure_without_glitch)
{
    fake_chip_t *c = add_chip(0, "test-chip", 8);
    open_board(default_board);
    ck_assert_int_eq(claim(0, in(HAL_GPIO_PULL_DOWN, 0)), 0);
    ck_assert_int_eq(reconf(0, out(1, HAL_GPIO_PUSH_PULL)), 0); /* input -> output True */
    ck_assert_int_eq(reconf(0, out(1, HAL_GPIO_OPEN_DRAIN)), 0);
    ck_assert_int_eq(reconf(0, out(0, HAL_GPIO_PUSH_PULL)), 0);
    ck_assert_int_eq(reconf(0, in(HAL_GPIO_PULL_UP, 0)), 0);
    const int want[] = {1, -1, 0, -1};
    assert_history(&c->lines[0], want, 4);
    ck_assert_int_eq(c->lines[0].requests, 1); /* all in place */
    ck_assert_int_eq(value(0), 1);
}
END_TEST

START_TEST(test_reconfigure_refused_keeps_line)
{
    add_chip(0, "test-chip", 8);
    open_board(default_board);
    ck_assert_int_eq(claim(0, out(0, 0)), 0);
    fake_gpiod_fail(fake_gpiod_api == 1 ? "gpiod_line_set_config" : "gpiod_line_request_reconfigure_lines", EINVAL,
                    1);
    ck_assert_int_eq(reconf(0, out(1, HAL_GPIO_OPEN_SOURCE)), -EINVAL);
    ck_assert_int_eq(dev.ops->write(&dev, 0, 1), 0); /* still an output */
    ck_assert_int_eq(value(0), 1);
}
END_TEST

/* ---- edge events ---- */

START_TEST(test_edges_with_timestamps)
{
    fake_chip_t *c = add_chip(0, "test-chip", 8);
    open_board(default_board);
    fake_gpiod_drive(c, 0, 0, 1);
    ck_assert_int_eq(claim(0, in(0, HAL_GPIO_EDGE_RISING)), 0);
    hal_gpio_event_t ev[8];
    size_t n = 99;
    ck_assert_int_eq(dev.ops->event_read(&dev, 0, ev, 8, &n), 0);
    ck_assert_uint_eq(n, 0);
    fake_gpiod_drive(c, 0, 1, 1000000001);
    fake_gpiod_drive(c, 0, 0, 1000000002);
    fake_gpiod_drive(c, 0, 1, 3000000003);
    ck_assert_int_eq(dev.ops->event_read(&dev, 0, ev, 8, &n), 0);
    ck_assert_uint_eq(n, 2); /* the falling edge is not asked for */
    ck_assert_uint_eq(ev[0].timestamp_ns, 1000000001u);
    ck_assert_uint_eq(ev[1].timestamp_ns, 3000000003u);
    ck_assert_int_eq(ev[0].edge, HAL_GPIO_EDGE_RISING);
    ck_assert_uint_eq(ev[1].line, 0);
    /* to both edges, in place or by a new request */
    ck_assert_int_eq(reconf(0, in(HAL_GPIO_PULL_NONE, HAL_GPIO_EDGE_BOTH)), 0);
    fake_gpiod_drive(c, 0, 0, 4);
    fake_gpiod_drive(c, 0, 1, 5);
    ck_assert_int_eq(dev.ops->event_read(&dev, 0, ev, 1, &n), 0); /* one at a time */
    ck_assert_uint_eq(n, 1);
    ck_assert_int_eq(ev[0].edge, HAL_GPIO_EDGE_FALLING);
    ck_assert_int_eq(dev.ops->event_read(&dev, 0, ev, 8, &n), 0);
    ck_assert_uint_eq(n, 1);
    ck_assert_int_eq(ev[0].edge, HAL_GPIO_EDGE_RISING);
    ck_assert_uint_eq(ev[0].timestamp_ns, 5);
}
END_TEST

START_TEST(test_edges_to_output_and_back)
{
    fake_chip_t *c = add_chip(0, "test-chip", 8);
    open_board(default_board);
    ck_assert_int_eq(claim(0, in(HAL_GPIO_PULL_UP, HAL_GPIO_EDGE_FALLING)), 0);
    ck_assert_int_eq(reconf(0, out(1, HAL_GPIO_PUSH_PULL)), 0);
    const int high[] = {1};
    assert_history(&c->lines[0], high, 1);
    ck_assert_int_eq(reconf(0, in(HAL_GPIO_PULL_UP, HAL_GPIO_EDGE_FALLING)), 0);
    fake_gpiod_drive(c, 0, 0, 77);
    hal_gpio_event_t ev[4];
    size_t n;
    ck_assert_int_eq(dev.ops->event_read(&dev, 0, ev, 4, &n), 0);
    ck_assert_uint_eq(n, 1);
    ck_assert_uint_eq(ev[0].timestamp_ns, 77);
    ck_assert_int_eq(ev[0].edge, HAL_GPIO_EDGE_FALLING);
}
END_TEST

START_TEST(test_edges_lost)
{
    fake_chip_t *c = add_chip(0, "test-chip", 8);
    open_board(default_board);
    ck_assert_int_eq(claim(0, in(0, HAL_GPIO_EDGE_BOTH)), 0);
    for (int i = 1; i <= FAKE_EVENTS + 3; i++)
        fake_gpiod_drive(c, 0, i & 1, (uint64_t)i);
    hal_gpio_event_t ev[32];
    size_t n;
    int rc = dev.ops->event_read(&dev, 0, ev, 32, &n);
    ck_assert_uint_eq(n, FAKE_EVENTS);
    ck_assert_uint_eq(ev[0].timestamp_ns, 4); /* the oldest were dropped */
    /* v2 sees the gap in the sequence numbers; v1's kernel does not say */
    ck_assert_int_eq(rc, fake_gpiod_api == 2 ? -EOVERFLOW : 0);
    fake_gpiod_drive(c, 0, 0, 100);
    ck_assert_int_eq(dev.ops->event_read(&dev, 0, ev, 32, &n), 0);
    ck_assert_uint_eq(n, 1);
}
END_TEST

START_TEST(test_events_on_plain_input)
{
    add_chip(0, "test-chip", 8);
    open_board(default_board);
    ck_assert_int_eq(claim(0, in(0, 0)), 0);
    hal_gpio_event_t ev[2];
    size_t n = 5;
    ck_assert_int_eq(dev.ops->event_read(&dev, 0, ev, 2, &n), 0);
    ck_assert_uint_eq(n, 0);
}
END_TEST

/* ---- v1 only: what the old uAPI cannot do in place ---- */

START_TEST(test_v1_old_kernel_without_set_config)
{
    if (fake_gpiod_api != 1)
        return;
    fake_chip_t *c = add_chip(0, "test-chip", 8);
    open_board(default_board);
    fake_gpiod_no_set_config = true;
    ck_assert_int_eq(claim(0, out(0, HAL_GPIO_PUSH_PULL)), 0);
    ck_assert_int_eq(reconf(0, out(1, HAL_GPIO_PUSH_PULL)), 0); /* a level change is fine */
    ck_assert_int_eq(reconf(0, out(1, HAL_GPIO_OPEN_DRAIN)), -EOPNOTSUPP); /* would glitch */
    ck_assert_int_eq(reconf(0, in(HAL_GPIO_PULL_UP, 0)), 0); /* output -> input: a new request */
    ck_assert_int_eq(c->lines[0].requests, 2);
    ck_assert_int_eq(reconf(0, out(1, HAL_GPIO_PUSH_PULL)), 0);
    const int want[] = {0, 1, -1, 1};
    assert_history(&c->lines[0], want, 4);
    fake_gpiod_no_set_config = false;
}
END_TEST

START_TEST(test_v1_line_taken_between_requests)
{
    if (fake_gpiod_api != 1)
        return;
    add_chip(0, "test-chip", 8);
    open_board(default_board);
    ck_assert_int_eq(claim(0, in(0, HAL_GPIO_EDGE_RISING)), 0);
    /* edges -> output is a new request; it fails, the old one comes back */
    fake_gpiod_fail("gpiod_line_request", EBUSY, 1);
    ck_assert_int_eq(reconf(0, out(1, 0)), -EBUSY);
    int v;
    ck_assert_int_eq(dev.ops->read(&dev, 0, &v), 0);
    /* this time another process keeps the line: it is lost for good */
    fake_gpiod_fail("gpiod_line_request", EBUSY, 2);
    ck_assert_int_eq(reconf(0, out(1, 0)), -EBUSY);
    ck_assert_int_eq(dev.ops->read(&dev, 0, &v), -EBUSY);
    ck_assert_int_eq(dev.ops->write(&dev, 0, 1), -EINVAL); /* still an input here */
    ck_assert_int_eq(reconf(0, in(0, 0)), -EBUSY);
    ck_assert_int_eq(dev.ops->release(&dev, 0), 0);
    ck_assert_int_eq(claim(0, in(0, 0)), 0); /* free again (in the fake) */
}
END_TEST

/* ---- closing ---- */

START_TEST(test_close_releases_everything)
{
    fake_chip_t *c = add_chip(0, "test-chip", 8);
    open_board(default_board);
    ck_assert_int_eq(claim(0, out(1, 0)), 0);
    ck_assert_int_eq(claim(1, in(0, HAL_GPIO_EDGE_BOTH)), 0);
    linux_gpio_close(&dev);
    opened = false;
    ck_assert(!c->lines[0].requested && !c->lines[1].requested);
    ck_assert_ptr_null(dev.data);
    linux_gpio_close(&dev); /* twice is harmless */
}
END_TEST

/* ---- levels on the request's descriptor ---- */

START_TEST(test_levels_through_the_descriptor)
{
    fake_chip_t *c = add_chip(0, "test-chip", 8);
    open_board(default_board);
    ck_assert_int_eq(claim(0, out(0, 0)), 0);
    int before = fake_gpiod_fd_ioctls; /* v1 checks the descriptor it found */
    for (int i = 0; i < 3; i++)
        ck_assert_int_eq(dev.ops->write(&dev, 0, !(i & 1)), 0);
    ck_assert_int_eq(value(0), 1);
    ck_assert_int_eq(fake_gpiod_fd_ioctls - before, 4); /* one ioctl each, no libgpiod call */
    const int want[] = {0, 1, 0, 1};
    assert_history(&c->lines[0], want, 4);
    /* an input changed into an output keeps its descriptor */
    ck_assert_int_eq(claim(1, in(HAL_GPIO_PULL_UP, 0)), 0);
    before = fake_gpiod_fd_ioctls;
    ck_assert_int_eq(value(1), 1);
    ck_assert_int_eq(reconf(1, out(1, 0)), 0);
    ck_assert_int_eq(dev.ops->write(&dev, 1, 0), 0);
    ck_assert_int_eq(c->lines[1].level, 0);
    ck_assert_int_eq(fake_gpiod_fd_ioctls - before, 2);
}
END_TEST

START_TEST(test_level_ioctl_error_passes_through)
{
    add_chip(0, "test-chip", 8);
    open_board(default_board);
    ck_assert_int_eq(claim(0, out(0, 0)), 0);
    fake_gpiod_fail("ioctl", EIO, 1);
    ck_assert_int_eq(dev.ops->write(&dev, 0, 1), -EIO);
    ck_assert_int_eq(dev.ops->write(&dev, 0, 1), 0);
}
END_TEST

/* v1: libgpiod 1.x does not tell the handle's descriptor; when the shim
 * cannot find it, levels go through libgpiod. Edge-event requests of v1
 * always go through libgpiod; a change back to a plain output finds the
 * new handle's descriptor. */
START_TEST(test_v1_without_descriptor)
{
    if (fake_gpiod_api != 1)
        return;
    fake_chip_t *c = add_chip(0, "test-chip", 8);
    open_board(default_board);
    fake_gpiod_no_fds = true;
    ck_assert_int_eq(claim(0, out(1, 0)), 0);
    ck_assert_int_eq(dev.ops->write(&dev, 0, 0), 0);
    ck_assert_int_eq(value(0), 0);
    ck_assert_int_eq(c->lines[0].level, 0);
    ck_assert_int_eq(fake_gpiod_fd_ioctls, 0);
    fake_gpiod_no_fds = false;
    ck_assert_int_eq(claim(1, in(0, HAL_GPIO_EDGE_BOTH)), 0);
    fake_gpiod_drive(c, 1, 1, 5);
    ck_assert_int_eq(value(1), 1);
    ck_assert_int_eq(fake_gpiod_fd_ioctls, 0);
    ck_assert_int_eq(reconf(1, out(0, 0)), 0);
    int before = fake_gpiod_fd_ioctls;
    ck_assert_int_eq(dev.ops->write(&dev, 1, 1), 0);
    ck_assert_int_eq(fake_gpiod_fd_ioctls - before, 1);
    ck_assert_int_eq(c->lines[1].level, 1);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("linux_gpio");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_found_by_label_not_number);
    tcase_add_test(tc, test_path_then_label);
    tcase_add_test(tc, test_label_missing_is_enodev_with_hint);
    tcase_add_test(tc, test_no_chip_at_all);
    tcase_add_test(tc, test_path_enoent);
    tcase_add_test(tc, test_eacces_hint);
    tcase_add_test(tc, test_eperm_hint);
    tcase_add_test(tc, test_denied_chip_hides_the_label);
    tcase_add_test(tc, test_busy_names_the_holder);
    tcase_add_test(tc, test_busy_twice_here_and_range);
    tcase_add_test(tc, test_request_error_passes_through);
    tcase_add_test(tc, test_output_starts_at_its_value);
    tcase_add_test(tc, test_open_drain_and_source);
    tcase_add_test(tc, test_pulls);
    tcase_add_test(tc, test_reconfigure_without_glitch);
    tcase_add_test(tc, test_reconfigure_refused_keeps_line);
    tcase_add_test(tc, test_edges_with_timestamps);
    tcase_add_test(tc, test_edges_to_output_and_back);
    tcase_add_test(tc, test_edges_lost);
    tcase_add_test(tc, test_events_on_plain_input);
    tcase_add_test(tc, test_v1_old_kernel_without_set_config);
    tcase_add_test(tc, test_v1_line_taken_between_requests);
    tcase_add_test(tc, test_close_releases_everything);
    tcase_add_test(tc, test_levels_through_the_descriptor);
    tcase_add_test(tc, test_level_ioctl_error_passes_through);
    tcase_add_test(tc, test_v1_without_descriptor);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    char tmpl[] = "/tmp/test_linux_gpio.XXXXXX", path[300];
    if (!mkdtemp(tmpl))
        return 1;
    snprintf(root, sizeof(root), "%s", tmpl);
    snprintf(path, sizeof(path), "%s/dev", root);
    if (mkdir(path, 0755) != 0)
        return 1;
    setenv("CIRCUITPY_SYSROOT", root, 1);
    SRunner *sr = srunner_create(suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    char cmd[400];
    snprintf(cmd, sizeof(cmd), "rm -rf %s", root);
    if (system(cmd) != 0)
        failed++;
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
