/*
 * Check tests for the sim backend's wire-level decoder (backends/sim/
 * sim_wire.c): a tiny I2C and SPI master written here against the GPIO
 * dispatchers of hal.h toggles the lines of a simulated board, and the
 * device models (sim_dev.h) must answer on the wire. The master has no
 * timing at all: the decoder works on edges only.
 * Build: see tests_unit_test_sim_wire_SOURCES in tests/unit/unit.am.
 */
#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "board_file.h"
#include "sim/sim.h"
#include "sim/sim_dev.h"

/* Lines: 0 SCL, 1 SDA, 2 SCK, 3 MOSI, 4 MISO, 5 CS, 6/7 a second I2C pair
 * with no device. */
static const char board_text[] = "board t\nname T\nbackend sim\n"
                                  "gpiochip 0 label=sim lines=8\n"
                                  "pin G0 0:0 D0\npin G1 0:1 D1\npin G2 0:2 D2\npin G3 0:3 D3\n"
                                  "pin G4 0:4 D4\npin G5 0:5 D5\npin G6 0:6 D6\npin G7 0:7 D7\n"
                                  "spi spi0 sck=D2 mosi=D3 miso=D4\n"
                                  "sim 24c02 D0/D1 0x50\n"
                                  "sim mcp9808 D0/D1 0x18\n"
                                  "sim mcp3008 spi0 D5\n";

enum { SCL = 0, SDA = 1, SCK = 2, MOSI = 3, MISO = 4, CS = 5, SCL2 = 6, SDA2 = 7 };

static hal_board_t *board;
static hal_options_t options;
static hal_system_t sys;
static const hal_gpio_dev_t *dev;
static hal_gpio_line_t lines[8];

static void setup(void)
{
    char err[256];
    ck_assert_int_eq(board_file_parse(board_text, "t.board", NULL, &board, err, sizeof(err)), 0);
    memset(&sys, 0, sizeof(sys));
    memset(lines, 0, sizeof(lines));
    options = (hal_options_t){0};
    sys.board = board;
    sys.backend = &sim_backend;
    sys.options = &options;
    ck_assert_int_eq(sim_backend.open(&sys), 0);
    dev = &sys.gpio[0];
}

static void teardown(void)
{
    for (int i = 0; i < 8; i++)
        hal_gpio_line_release(&lines[i]);
    sim_backend.close(&sys);
    board_file_free(board);
}

static void claim(int line, uint8_t direction, uint8_t drive, int value)
{
    hal_gpio_config_t c = {.direction = direction, .drive = drive, .value = (uint8_t)value};
    ck_assert_int_eq(hal_gpio_line_claim(&lines[line], dev, (uint32_t)line, &c), 0);
}

static void set(int line, int v)
{
    ck_assert_int_eq(hal_gpio_line_write(&lines[line], v), 0);
}

static int get(int line)
{
    int v = -1;
    ck_assert_int_eq(hal_gpio_line_read(&lines[line], &v), 0);
    return v;
}

/* ---- a minimal I2C master on open-drain lines scl/sda ---- */

static int scl = SCL, sda = SDA;

static void i2c_lines(int c, int d)
{
    scl = c;
    sda = d;
    claim(scl, HAL_GPIO_OUTPUT, HAL_GPIO_OPEN_DRAIN, 1);
    claim(sda, HAL_GPIO_OUTPUT, HAL_GPIO_OPEN_DRAIN, 1);
}

static void start(void)
{
    set(sda, 1);
    set(scl, 1);
    ck_assert_int_eq(get(sda), 1);
    set(sda, 0);
    set(scl, 0);
}

static void stop(void)
{
    set(sda, 0);
    set(scl, 1);
    set(sda, 1);
}

static void wbit(int b)
{
    set(sda, b);
    set(scl, 1);
    set(scl, 0);
}

static int rbit(void)
{
    set(sda, 1);
    set(scl, 1);
    int v = get(sda);
    set(scl, 0);
    return v;
}

/* true when acknowledged */
static bool wbyte(unsigned v)
{
    for (int i = 7; i >= 0; i--)
        wbit((v >> i) & 1);
    return rbit() == 0;
}

static unsigned rbyte(bool ack)
{
    unsigned v = 0;
    for (int i = 0; i < 8; i++)
        v = v << 1 | (unsigned)rbit();
    wbit(!ack);
    return v;
}

/* Register read: write reg, repeated START, read n bytes. */
static void read_reg(unsigned addr, unsigned reg, uint8_t *out, size_t n)
{
    start();
    ck_assert(wbyte(addr << 1));
    ck_assert(wbyte(reg));
    start();
    ck_assert(wbyte(addr << 1 | 1));
    for (size_t i = 0; i < n; i++)
        out[i] = (uint8_t)rbyte(i + 1 < n);
    stop();
}

static int txlog(size_t index, hal_sim_txlog_t *e)
{
    e->index = index;
    return sys.backend->control(&sys, HAL_CTL_SIM_TXLOG, e);
}

START_TEST(test_i2c_probe)
{
    i2c_lines(SCL, SDA);
    ck_assert_int_eq(get(SCL), 1); /* the breakouts' pull-ups */
    ck_assert_int_eq(get(SDA), 1);
    start();
    ck_assert(wbyte(0x50 << 1));
    stop();
    start();
    ck_assert(!wbyte(0x51 << 1));
    stop();
    start();
    ck_assert(wbyte(0x18 << 1));
    stop();
    ck_assert_int_eq(get(SDA), 1); /* nobody holds the bus */
    ck_assert_int_eq(get(SCL), 1);
}
END_TEST

START_TEST(test_i2c_mcp9808_ids)
{
    uint8_t id[2];
    i2c_lines(SCL, SDA);
    read_reg(0x18, 0x06, id, 2);
    ck_assert_uint_eq(id[0], 0x00);
    ck_assert_uint_eq(id[1], 0x54);
    read_reg(0x18, 0x07, id, 2);
    ck_assert_uint_eq(id[0], 0x04);
    ck_assert_uint_eq(id[1], 0x00);
}
END_TEST

START_TEST(test_i2c_24c02_write_read)
{
    uint8_t back[3];
    i2c_lines(SCL, SDA);
    start();
    ck_assert(wbyte(0x50 << 1));
    ck_assert(wbyte(0x10));
    ck_assert(wbyte('a'));
    ck_assert(wbyte(0x00));
    ck_assert(wbyte(0xff));
    stop();
    read_reg(0x50, 0x10, back, 3);
    ck_assert_uint_eq(back[0], 'a');
    ck_assert_uint_eq(back[1], 0x00);
    ck_assert_uint_eq(back[2], 0xff);
}
END_TEST

START_TEST(test_i2c_txlog)
{
    uint8_t id[2];
    hal_sim_txlog_t e;
    i2c_lines(SCL, SDA);
    ck_assert_int_eq(sys.backend->control(&sys, HAL_CTL_SIM_TXLOG_CLEAR, NULL), 0);
    read_reg(0x18, 0x06, id, 2);
    start();
    ck_assert(!wbyte(0x33 << 1));
    stop();
    ck_assert_int_eq(txlog(0, &e), 0);
    ck_assert_str_eq(e.bus, "D0/D1");
    ck_assert_uint_eq(e.addr, 0x18);
    ck_assert_int_eq(e.dir, 'w');
    ck_assert_uint_eq(e.len, 1);
    ck_assert_uint_eq(e.data[0], 0x06);
    ck_assert_int_eq(e.result, 0);
    ck_assert_int_eq(txlog(1, &e), 0);
    ck_assert_int_eq(e.dir, 'r');
    ck_assert_uint_eq(e.len, 2);
    ck_assert_uint_eq(e.data[1], 0x54);
    ck_assert_int_eq(txlog(2, &e), 0);
    ck_assert_uint_eq(e.addr, 0x33);
    ck_assert_int_eq(e.result, -ENODEV);
    ck_assert_int_eq(txlog(3, &e), -ENOENT);
}
END_TEST

/* SDA never changes under a high SCL except for the master's START and
 * STOP: the device answers right after SCL falls. */
START_TEST(test_i2c_device_changes_sda_only_with_scl_low)
{
    uint8_t id[2];
    i2c_lines(SCL, SDA);
    /* the master leaves SDA released while reading, so every SDA change
     * during the read is the device's: watch SDA's level at each SCL rise
     * against the level right before the following fall */
    start();
    ck_assert(wbyte(0x18 << 1));
    ck_assert(wbyte(0x06));
    start();
    ck_assert(wbyte(0x18 << 1 | 1));
    for (int byte = 0; byte < 2; byte++) {
        unsigned v = 0;
        for (int i = 0; i < 8; i++) {
            set(sda, 1);
            set(scl, 1);
            int a = get(sda);
            int b = get(sda);
            ck_assert_int_eq(a, b);
            v = v << 1 | (unsigned)a;
            set(scl, 0);
        }
        id[byte] = (uint8_t)v;
        wbit(byte == 1);
    }
    stop();
    ck_assert_uint_eq(id[1], 0x54);
}
END_TEST

START_TEST(test_i2c_other_pins_no_device)
{
    i2c_lines(SCL2, SDA2);
    ck_assert_int_eq(get(SCL2), 0); /* nothing pulls these up */
    hal_sim_level_t up = {SCL2, 1};
    ck_assert_int_eq(hal_gpio_control(dev, HAL_CTL_SIM_SET_INPUT, &up), 0);
    up.line = SDA2;
    ck_assert_int_eq(hal_gpio_control(dev, HAL_CTL_SIM_SET_INPUT, &up), 0);
    start();
    ck_assert(!wbyte(0x18 << 1));
    stop();
}
END_TEST

START_TEST(test_i2c_timeout_stretches_scl)
{
    uint8_t id[2];
    i2c_lines(SCL, SDA);
    sim_dev_t *d = sim_dev_find_i2c(&sys, SCL, SDA, 0x18);
    ck_assert_ptr_nonnull(d);
    d->fault = SIM_FAULT_TIMEOUT;
    d->fault_count = 1;
    start();
    ck_assert(wbyte(0x18 << 1)); /* acknowledged, then SCL held low */
    set(sda, 1);                 /* the next bit's set-up (SCL still ours) */
    set(scl, 1);
    ck_assert_int_eq(get(SCL), 0);
    ck_assert_int_eq(get(SCL), 0);
    set(sda, 0); /* gives up: STOP */
    ck_assert_int_eq(get(SCL), 1);
    set(sda, 1);
    /* the fault counted one transaction: the device answers again */
    read_reg(0x18, 0x06, id, 2);
    ck_assert_uint_eq(id[1], 0x54);
}
END_TEST

/* A device detached while it pulls SDA low lets go at the next edge. */
START_TEST(test_i2c_detach_mid_message)
{
    i2c_lines(SCL, SDA);
    start();
    ck_assert(wbyte(0x18 << 1));
    ck_assert(wbyte(0x06));
    start();
    ck_assert(wbyte(0x18 << 1 | 1)); /* manufacturer id 0x0054: first bit 0 */
    ck_assert_int_eq(get(SDA), 0);
    sim_dev_detach(sim_dev_find_i2c(&sys, SCL, SDA, 0x18));
    set(scl, 1);
    ck_assert_int_eq(get(SDA), 1);
    set(scl, 0);
    stop();
    start();
    ck_assert(!wbyte(0x18 << 1));
    start();
    ck_assert(wbyte(0x50 << 1)); /* the other device on the pair is fine */
    stop();
}
END_TEST

/* ---- a minimal SPI master, mode 0 or 3 ---- */

static int pol;

static void spi_lines(int polarity)
{
    pol = polarity;
    claim(SCK, HAL_GPIO_OUTPUT, HAL_GPIO_PUSH_PULL, polarity);
    claim(MOSI, HAL_GPIO_OUTPUT, HAL_GPIO_PUSH_PULL, 0);
    claim(MISO, HAL_GPIO_INPUT, HAL_GPIO_PUSH_PULL, 0);
    claim(CS, HAL_GPIO_OUTPUT, HAL_GPIO_PUSH_PULL, 1);
}

static unsigned spi_byte(unsigned out)
{
    unsigned in = 0;
    for (int i = 7; i >= 0; i--) {
        if (pol == 0) { /* mode 0: set, rise (sample), fall */
            set(MOSI, (out >> i) & 1);
            set(SCK, 1);
            in = in << 1 | (unsigned)get(MISO);
            set(SCK, 0);
        } else { /* mode 3: fall (shift), set, rise (sample) */
            set(SCK, 0);
            set(MOSI, (out >> i) & 1);
            in = in << 1 | (unsigned)get(MISO);
            set(SCK, 1);
        }
    }
    return in;
}

/* One single-ended MCP3008 conversion of channel ch. */
static unsigned mcp3008_read(int ch)
{
    set(CS, 0);
    spi_byte(0x01);
    unsigned hi = spi_byte(0x80u | (unsigned)ch << 4);
    unsigned lo = spi_byte(0x00);
    set(CS, 1);
    return (hi & 3) << 8 | lo;
}

static void set_volts(const char *name, double v)
{
    sim_dev_t *d = sim_dev_find_spi(&sys, CS);
    ck_assert_ptr_nonnull(d);
    ck_assert_ptr_nonnull(d->cls->set);
    ck_assert_int_eq(d->cls->set(d, name, v), 0);
}

START_TEST(test_spi_mcp3008_mode0)
{
    spi_lines(0);
    set_volts("ch0", 0.0);
    set_volts("ch3", 3.3);
    ck_assert_uint_eq(mcp3008_read(0), 0);
    ck_assert_uint_eq(mcp3008_read(3), 1023);
    set_volts("ch5", 1.65);
    unsigned v = mcp3008_read(5);
    ck_assert(v >= 510 && v <= 513);
}
END_TEST

START_TEST(test_spi_mcp3008_mode3)
{
    spi_lines(1);
    set_volts("ch3", 3.3);
    ck_assert_uint_eq(mcp3008_read(3), 1023);
    set_volts("ch1", 0.0);
    ck_assert_uint_eq(mcp3008_read(1), 0);
}
END_TEST

START_TEST(test_spi_txlog_and_release)
{
    hal_sim_txlog_t e;
    spi_lines(0);
    set_volts("ch3", 3.3);
    ck_assert_int_eq(sys.backend->control(&sys, HAL_CTL_SIM_TXLOG_CLEAR, NULL), 0);
    ck_assert_uint_eq(mcp3008_read(3), 1023);
    ck_assert_int_eq(txlog(0, &e), 0);
    ck_assert_str_eq(e.bus, "D2/D3/D4");
    ck_assert_uint_eq(e.addr, CS);
    ck_assert_int_eq(e.dir, 'w');
    ck_assert_uint_eq(e.len, 3);
    ck_assert_uint_eq(e.data[0], 0x01);
    ck_assert_uint_eq(e.data[1], 0xb0);
    ck_assert_int_eq(txlog(1, &e), 0);
    ck_assert_int_eq(e.dir, 'r');
    ck_assert_uint_eq(e.data[1] & 3, 3);
    ck_assert_uint_eq(e.data[2], 0xff);
    /* deselected: the device lets MISO go (it floats low) */
    ck_assert_int_eq(get(MISO), 0);
}
END_TEST

START_TEST(test_spi_unselected_device_silent)
{
    spi_lines(0);
    set_volts("ch3", 3.3);
    unsigned in = spi_byte(0x01); /* CS high: the device ignores the clock */
    ck_assert_uint_eq(in, 0);
    ck_assert_uint_eq(mcp3008_read(3), 1023); /* and it did not lose sync */
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("sim_wire");
    TCase *t = tcase_create("i2c");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_add_test(t, test_i2c_probe);
    tcase_add_test(t, test_i2c_mcp9808_ids);
    tcase_add_test(t, test_i2c_24c02_write_read);
    tcase_add_test(t, test_i2c_txlog);
    tcase_add_test(t, test_i2c_device_changes_sda_only_with_scl_low);
    tcase_add_test(t, test_i2c_other_pins_no_device);
    tcase_add_test(t, test_i2c_timeout_stretches_scl);
    tcase_add_test(t, test_i2c_detach_mid_message);
    suite_add_tcase(s, t);
    t = tcase_create("spi");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_add_test(t, test_spi_mcp3008_mode0);
    tcase_add_test(t, test_spi_mcp3008_mode3);
    tcase_add_test(t, test_spi_txlog_and_release);
    tcase_add_test(t, test_spi_unselected_device_silent);
    suite_add_tcase(s, t);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
