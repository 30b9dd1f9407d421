/*
 * Check tests for backends/board_file.c: the board-file parser.
 * Build: gcc -std=gnu11 -I backends tests/unit/test_board_file.c backends/board_file.c
 *        -DBOARDS_DIR='"<srcdir>/boards.d"' $(pkg-config --cflags --libs check)
 */
#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "board_file.h"

#ifndef BOARDS_DIR
#define BOARDS_DIR "boards.d"
#endif

static char err[600];

#define HEAD "board t\nname Test board\nbackend sim\ngpiochip 0 label=sim lines=8\n"

static hal_board_t *parse_ok(const char *text)
{
    hal_board_t *b = NULL;
    int rc = board_file_parse(text, "t.board", NULL, &b, err, sizeof(err));
    ck_assert_msg(rc == 0, "unexpected error %d: %s", rc, err);
    return b;
}

/* Parses text expecting -EINVAL with exactly message msg. */
static void parse_bad(const char *text, const char *msg)
{
    hal_board_t *b = (hal_board_t *)1;
    int rc = board_file_parse(text, "t.board", NULL, &b, err, sizeof(err));
    ck_assert_int_eq(rc, -EINVAL);
    ck_assert_ptr_null(b);
    ck_assert_str_eq(err, msg);
}

START_TEST(test_minimal)
{
    hal_board_t *b = parse_ok(HEAD "pin GPIO1 0:1 D1 LED\nalias BLINK LED\n");
    ck_assert_str_eq(b->id, "t");
    ck_assert_str_eq(b->name, "Test board");
    ck_assert_str_eq(b->backend, "sim");
    ck_assert_uint_eq(b->n_pins, 1);
    ck_assert_str_eq(b->pins[0].chip_name, "GPIO1");
    ck_assert_uint_eq(b->pins[0].line, 1);
    ck_assert_uint_eq(b->n_names, 3);
    ck_assert_str_eq(b->names[0].name, "D1");
    ck_assert_int_eq(board_file_find_pin(b, "BLINK"), 0);
    ck_assert_int_eq(board_file_find_pin(b, "GPIO1"), 0);
    ck_assert_int_eq(board_file_find_pin(b, "D2"), -1);
    ck_assert_uint_eq(b->nvm_size, 0);
    board_file_free(b);
}
END_TEST

START_TEST(test_everything)
{
    hal_board_t *b = parse_ok("# comment\n\nboard t   # trailing comment\n"
                              "name \"Quoted  name\" \"\\\"x\\\"\"\n"
                              "backend sim\nblinka T_BOARD\nnvm 0x100\n"
                              "detect dt-compatible vendor,t\ndetect dt-model Some Board Model\n"
                              "detect usb 0403:6014\n"
                              "gpiochip 0 label=sim lines=8\n"
                              "pin A 0:0 SCL\npin B 0:1 SDA\npin C 0:2\npin LED 0:3 LED\n"
                              "i2c i2c0 scl=SCL sda=SDA dev=/dev/i2c-0 default\n"
                              "spi spi0 sck=A mosi=B cs=C\nuart u tx=A rx=B default\n"
                              "pwm C dev=pwmchip0 channel=1 group=2\n"
                              "adc A dev=iio:device0 channel=3 bits=12 vref=3.3\n"
                              "sim button LED\n");
    ck_assert_str_eq(b->name, "Quoted  name \"x\"");
    ck_assert_uint_eq(b->nvm_size, 256);
    ck_assert_uint_eq(b->n_blinka_ids, 1);
    ck_assert_uint_eq(b->n_detect, 3);
    ck_assert_str_eq(b->detect[1].value, "Some Board Model");
    ck_assert_int_eq(b->detect[2].kind, HAL_DETECT_USB);
    ck_assert_uint_eq(b->n_buses, 3);
    ck_assert(b->buses[0].is_default);
    ck_assert_int_eq(b->buses[0].pins[HAL_I2C_PIN_SDA], 1);
    ck_assert_str_eq(b->buses[0].dev, "/dev/i2c-0");
    ck_assert_int_eq(b->buses[1].pins[HAL_SPI_PIN_MISO], HAL_NO_PIN);
    ck_assert_int_eq(b->buses[1].pins[HAL_SPI_PIN_CS], 2);
    ck_assert_ptr_null(b->buses[1].dev);
    ck_assert_uint_eq(b->n_channels, 2);
    ck_assert_uint_eq(b->channels[0].group, 2);
    ck_assert_uint_eq(b->channels[1].bits, 12);
    ck_assert_uint_eq(b->channels[1].vref_uv, 3300000);
    ck_assert_uint_eq(b->n_simdevs, 1);
    ck_assert_str_eq(b->simdevs[0].args[0], "LED");
    board_file_free(b);
}
END_TEST

START_TEST(test_errors)
{
    parse_bad("name x\n", "t.board:1: the first line must be 'board ID'");
    parse_bad("board u\n", "t.board:1: board id 'u' does not match the file name (expected 't')");
    parse_bad("board T\n", "t.board:1: board id 'T' must be lower-case letters, digits and _");
    parse_bad("board t\nfoo\n", "t.board:2: unknown keyword 'foo'");
    parse_bad("board t\nname x\n", "t.board:2: missing 'backend' line");
    parse_bad("board t\nbackend sim\n", "t.board:2: missing 'name' line");
    parse_bad("board t\nboard t\n", "t.board:2: duplicate 'board' line");
    parse_bad("board t\nbackend\n", "t.board:2: backend: missing arguments");
    parse_bad("board t\nbackend a b\n", "t.board:2: backend: too many arguments");
    parse_bad("board t\nname \"open\n", "t.board:2: unterminated string");
    parse_bad(HEAD "gpiochip 2 label=x lines=1\n", "t.board:5: gpiochip: expected index 1 next");
    parse_bad(HEAD "gpiochip 1 lines=1\n", "t.board:5: gpiochip: needs label= or path=");
    parse_bad(HEAD "gpiochip 1 label=x\n", "t.board:5: gpiochip: needs lines=N (1-65535)");
    parse_bad(HEAD "gpiochip 1 label=x lines=2 color=red\n", "t.board:5: gpiochip: unknown key 'color'");
    parse_bad(HEAD "pin A 1:0\n", "t.board:5: pin: no gpiochip '1' (declare it with a gpiochip line first)");
    parse_bad(HEAD "pin A 0:8\n", "t.board:5: pin: line '8' out of range for gpiochip 0 (0-7)");
    parse_bad(HEAD "pin A 0\n", "t.board:5: pin: expected CHIP:LINE, got '0'");
    parse_bad(HEAD "pin A 0:1\npin B 0:1\n", "t.board:6: pin: line 0:1 already belongs to A");
    parse_bad(HEAD "pin A 0:1 D1\npin B 0:2 D1\n", "t.board:6: name 'D1' is already defined");
    parse_bad(HEAD "pin A 0:1 A A\n", "t.board:5: name 'A' is already defined");
    parse_bad(HEAD "pin A 0:1 1X\n",
              "t.board:5: '1X' is not a valid name (letters, digits and _, not starting with a digit)");
    parse_bad(HEAD "alias X Y\n", "t.board:5: alias: unknown pin 'Y'");
    parse_bad(HEAD "pin A 0:1\ni2c b scl=A\n", "t.board:6: i2c: missing arguments");
    parse_bad(HEAD "pin A 0:1\ni2c b scl=A sda=Z\n", "t.board:6: i2c: unknown pin 'Z'");
    parse_bad(HEAD "pin A 0:1\ni2c b scl=A dev=x\n", "t.board:6: i2c: needs scl= and sda=");
    parse_bad(HEAD "pin A 0:1\ni2c b scl=A sda=A fast\n", "t.board:6: i2c: unexpected 'fast'");
    parse_bad(HEAD "pin A 0:1\ni2c b scl=A sda=A scl=A\n", "t.board:6: i2c: duplicate key 'scl'");
    parse_bad(HEAD "pin A 0:1\ni2c b scl=A sda=A default\ni2c c scl=A sda=A default\n",
              "t.board:7: i2c: a default i2c bus is already defined (b)");
    parse_bad(HEAD "pin A 0:1\ni2c b scl=A sda=A\nspi b sck=A mosi=A\n", "t.board:7: spi: bus name 'b' already used");
    parse_bad(HEAD "pin A 0:1\nspi b sck=A\n", "t.board:6: spi: needs sck= and at least one of mosi= and miso=");
    parse_bad(HEAD "pin A 0:1\nuart u rts=A\n", "t.board:6: uart: needs tx= or rx=");
    parse_bad(HEAD "pin A 0:1\npwm A dev=p group=1\n", "t.board:6: pwm: needs dev= and channel=N");
    parse_bad(HEAD "pin A 0:1\nadc A dev=p channel=0 bits=0 vref=3\n", "t.board:6: adc: needs bits=N (1-32)");
    parse_bad(HEAD "pin A 0:1\nadc A dev=p channel=0 bits=8 vref=x\n",
              "t.board:6: adc: needs vref=VOLTS (for example vref=3.3)");
    parse_bad(HEAD "detect usb 403:6014\n", "t.board:5: detect usb: expected VVVV:PPPP in hex, got '403:6014'");
    parse_bad(HEAD "detect pci 1\n", "t.board:5: unknown detect rule 'pci' (dt-compatible, dt-model or usb)");
    parse_bad(HEAD "include x.inc\n", "t.board:5: include: not allowed here");
    parse_bad(HEAD "nvm lots\n", "t.board:5: nvm: bad size 'lots'");
    parse_bad("board t\nname x\nbackend linux\nsim button X\n", "t.board:4: 'sim' device lines need 'backend sim'");
}
END_TEST

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    fclose(f);
}

START_TEST(test_include_and_load)
{
    char dir[] = "/tmp/test_board_fileXXXXXX", path[256], inc[256];
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(path, sizeof(path), "%s/b.board", dir);
    snprintf(inc, sizeof(inc), "%s/common.inc", dir);
    write_file(inc, "pin A 0:0 D0\n\nbogus\n");
    write_file(path, "board b\nname B\nbackend sim\ngpiochip 0 label=x lines=2\ninclude common.inc\n");
    hal_board_t *b;
    ck_assert_int_eq(board_file_load(path, &b, err, sizeof(err)), -EINVAL);
    char want[1024];
    snprintf(want, sizeof(want), "%s:3: unknown keyword 'bogus'", inc);
    ck_assert_str_eq(err, want);
    write_file(inc, "pin A 0:0 D0\n");
    ck_assert_int_eq(board_file_load(path, &b, err, sizeof(err)), 0);
    ck_assert_int_eq(board_file_find_pin(b, "D0"), 0);
    board_file_free(b);
    unlink(inc);
    ck_assert_int_eq(board_file_load(path, &b, err, sizeof(err)), -EINVAL);
    snprintf(want, sizeof(want), "%s:5: include: %s: No such file or directory", path, inc);
    ck_assert_str_eq(err, want);
    unlink(path);
    ck_assert_int_eq(board_file_load(path, &b, err, sizeof(err)), -ENOENT);
    rmdir(dir);
}
END_TEST

/* Every board file shipped in boards.d parses. */
START_TEST(test_shipped_boards)
{
    static const char *const ids[] = {"sim", "raspberry_pi_3b", "raspberry_pi_3b_plus", "raspberry_pi_4b",
                                      "raspberry_pi_400", "raspberry_pi_5", "raspberry_pi_zero_2_w",
                                      "raspberry_pi_cm4", "ft232h", "ft2232h"};
    for (size_t i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
        char path[512];
        hal_board_t *b;
        snprintf(path, sizeof(path), "%s/%s.board", BOARDS_DIR, ids[i]);
        int rc = board_file_load(path, &b, err, sizeof(err));
        ck_assert_msg(rc == 0, "%s: %s", ids[i], err);
        ck_assert_str_eq(b->id, ids[i]);
        board_file_free(b);
    }
    /* the Raspberry Pi header map */
    hal_board_t *b;
    ck_assert_int_eq(board_file_load(BOARDS_DIR "/raspberry_pi_4b.board", &b, err, sizeof(err)), 0);
    static const struct { const char *name; int gpio; } map[] = {
        {"SDA", 2}, {"SCL", 3}, {"MOSI", 10}, {"MISO", 9}, {"SCLK", 11}, {"SCK", 11},
        {"CE0", 8}, {"CE1", 7}, {"TXD", 14}, {"RXD", 15}, {"D27", 27}, {"D0", 0},
    };
    for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
        int pin = board_file_find_pin(b, map[i].name);
        ck_assert_int_ge(pin, 0);
        ck_assert_uint_eq(b->pins[pin].line, (unsigned)map[i].gpio);
    }
    ck_assert_str_eq(b->gpiochips[0].label, "pinctrl-bcm2711");
    board_file_free(b);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("board_file");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_minimal);
    tcase_add_test(tc, test_everything);
    tcase_add_test(tc, test_errors);
    tcase_add_test(tc, test_include_and_load);
    tcase_add_test(tc, test_shipped_boards);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
