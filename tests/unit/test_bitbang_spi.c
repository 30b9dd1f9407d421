/*
 * Check tests for the software SPI controller (modules/bitbang_spi.c), as
 * a hal_spi_dev_t on the sim backend's GPIO: a loopback (a sim switch
 * from MOSI to MISO on bare pins) for words, fill and modes, and the
 * MCP3008 model on spi0's pins through the sim's wire decoder. The port's
 * clock and Ctrl-C flag are tests/unit/fake_port.h. Build: see
 * tests_unit_test_bitbang_spi_SOURCES in tests/unit/unit.am.
 */
#include "bitbang.h"
#include "fake_port.h"
#include "sim_fixture.h"

static bitbang_spi_t wire;
static hal_spi_dev_t bb;
static hal_gpio_line_t cs;

/* Claim sck and mosi as outputs, miso as an input (-1: none). */
static void open_bus(int sck, int mosi, int miso)
{
    const int pins[BITBANG_SPI_LINES] = {sck, mosi, miso};
    memset(&wire, 0, sizeof(wire));
    for (int i = 0; i < BITBANG_SPI_LINES; i++) {
        hal_gpio_config_t c = {.direction = i == BITBANG_MISO ? HAL_GPIO_INPUT : HAL_GPIO_OUTPUT};
        if (pins[i] >= 0)
            ck_assert_int_eq(hal_gpio_line_claim(&wire.line[i], &fx_sys.gpio[0], (uint32_t)pins[i], &c), 0);
    }
    bitbang_spi_open(&bb, &wire);
}

static int configure(uint8_t polarity, uint8_t phase, uint8_t bits)
{
    hal_spi_config_t cfg = {1000000, polarity, phase, bits, 0};
    uint32_t actual = 0;
    int rc = hal_spi_configure(&bb, &cfg, &actual);
    if (rc == 0)
        ck_assert_uint_eq(actual, 1000000);
    return rc;
}

static int transfer(const uint8_t *tx, uint8_t *rx, size_t len, uint16_t fill)
{
    hal_spi_xfer_t x = {tx, rx, len, fill, 0};
    return hal_spi_transfer(&bb, &x, 1);
}

static int level(int pin)
{
    hal_sim_pin_level_t pl = {pin, -1};
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_LEVEL, &pl), 0);
    return pl.level;
}

static void loopback(bool closed)
{
    hal_sim_switch_t sw = {{PIN_D9, PIN_D10}, closed};
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_SWITCH, &sw), 0);
}

/* A bus on bare pins: CE1 as the clock, D9 MOSI looped back to D10 MISO. */
static void setup(void)
{
    fx_setup();
    port_interrupt_pending = 0;
    memset(&cs, 0, sizeof(cs));
    open_bus(PIN_CE1, PIN_D9, PIN_D10);
    loopback(true);
}

static void teardown(void)
{
    ck_assert_int_eq(bb.ops->close(&bb), 0);
    for (int i = 0; i < BITBANG_SPI_LINES; i++)
        hal_gpio_line_release(&wire.line[i]);
    hal_gpio_line_release(&cs);
    fx_teardown();
}

START_TEST(loopback_every_mode)
{
    const uint8_t out[3] = {0xa5, 0x3c, 0x01};
    for (uint8_t mode = 0; mode < 4; mode++) {
        uint8_t in[3] = {0};
        ck_assert_int_eq(configure(mode >> 1, mode & 1, 8), 0);
        ck_assert_int_eq(level(PIN_CE1), mode >> 1); /* the clock idles at polarity */
        ck_assert_int_eq(transfer(out, in, 3, 0), 0);
        ck_assert_mem_eq(in, out, 3);
        ck_assert_int_eq(level(PIN_CE1), mode >> 1);
    }
}
END_TEST

/* Words wider than 8 bits: two bytes, little-endian, bits above the word
 * sent as 0 and read as 0; fill is a whole word. */
START_TEST(nine_bit_words)
{
    const uint8_t out[4] = {0x5a, 0xff, 0x01, 0x00};
    uint8_t in[4] = {0};
    ck_assert_int_eq(configure(0, 0, 9), 0);
    ck_assert_int_eq(transfer(out, in, 4, 0), 0);
    ck_assert_mem_eq(in, "\x5a\x01\x01\x00", 4);
    ck_assert_int_eq(transfer(NULL, in, 4, 0x1a5), 0);
    ck_assert_mem_eq(in, "\xa5\x01\xa5\x01", 4);
    ck_assert_int_eq(transfer(out, in, 3, 0), -HAL_EINVAL);
}
END_TEST

START_TEST(unsupported_configurations)
{
    hal_spi_config_t lsb = {1000000, 0, 0, 8, 1};
    uint32_t actual;
    ck_assert_int_eq(hal_spi_configure(&bb, &lsb, &actual), -HAL_ENOTSUP);
    ck_assert_int_eq(configure(0, 0, 17), -HAL_ENOTSUP);
    ck_assert_int_eq(configure(0, 0, 0), -HAL_EINVAL); /* the dispatcher's */
    ck_assert_int_eq(configure(1, 0, 12), 0);
    ck_assert_uint_eq(wire.pace.half_ns, 500);
}
END_TEST

/* Write-only and read-only buses: the missing line is neither driven nor
 * read (a read-only bus reads the floating MISO as 0). */
START_TEST(half_buses)
{
    uint8_t in[2] = {0xee, 0xee};
    loopback(false);
    for (int i = 0; i < BITBANG_SPI_LINES; i++)
        hal_gpio_line_release(&wire.line[i]);
    open_bus(PIN_CE1, -1, PIN_D10);
    ck_assert_int_eq(configure(0, 0, 8), 0);
    ck_assert_int_eq(transfer(NULL, in, 2, 0xff), 0);
    ck_assert_mem_eq(in, "\x00\x00", 2);
    for (int i = 0; i < BITBANG_SPI_LINES; i++)
        hal_gpio_line_release(&wire.line[i]);
    open_bus(PIN_CE1, PIN_D9, -1);
    ck_assert_int_eq(configure(0, 0, 8), 0);
    ck_assert_int_eq(transfer((const uint8_t *)"\x81", NULL, 1, 0), 0);
    ck_assert_int_eq(level(PIN_D9), 1);
}
END_TEST

START_TEST(interrupt_leaves_clock_idle)
{
    uint8_t in[2];
    ck_assert_int_eq(configure(1, 1, 8), 0);
    port_interrupt_pending = 1;
    ck_assert_int_eq(transfer((const uint8_t *)"\x00\x00", in, 2, 0), -HAL_EINTR);
    port_interrupt_pending = 0;
    ck_assert_int_eq(level(PIN_CE1), 1);
}
END_TEST

/* The MCP3008 on spi0's pins, chip select by a GPIO (modes 0 and 3). */
START_TEST(mcp3008_on_the_wire)
{
    for (int i = 0; i < BITBANG_SPI_LINES; i++)
        hal_gpio_line_release(&wire.line[i]);
    open_bus(PIN_SCK, PIN_MOSI, PIN_MISO);
    hal_gpio_config_t high = {.direction = HAL_GPIO_OUTPUT, .value = 1};
    ck_assert_int_eq(hal_gpio_line_claim(&cs, &fx_sys.gpio[0], PIN_CE0, &high), 0);
    ck_assert_int_eq(fx_set_value("mcp3008", "ch3", 3.3), 0);
    ck_assert_int_eq(fx_set_value("mcp3008", "ch5", 1.65), 0);
    for (uint8_t mode = 0; mode < 4; mode += 3) {
        uint8_t in3[3], in5[3];
        ck_assert_int_eq(configure(mode >> 1, mode & 1, 8), 0);
        ck_assert_int_eq(hal_gpio_line_write(&cs, 0), 0);
        ck_assert_int_eq(transfer((const uint8_t *)"\x01\xb0\x00", in3, 3, 0), 0);
        ck_assert_int_eq(hal_gpio_line_write(&cs, 1), 0);
        ck_assert_int_eq(hal_gpio_line_write(&cs, 0), 0);
        ck_assert_int_eq(transfer((const uint8_t *)"\x01\xd0\x00", in5, 3, 0), 0);
        ck_assert_int_eq(hal_gpio_line_write(&cs, 1), 0);
        ck_assert_int_eq((in3[1] & 3) << 8 | in3[2], 1023);
        ck_assert_int_eq((in5[1] & 3) << 8 | in5[2], 512);
    }
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("bitbang_spi");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, loopback_every_mode);
    tcase_add_test(tc, nine_bit_words);
    tcase_add_test(tc, unsupported_configurations);
    tcase_add_test(tc, half_buses);
    tcase_add_test(tc, interrupt_leaves_clock_idle);
    tcase_add_test(tc, mcp3008_on_the_wire);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return fx_run(suite());
}
