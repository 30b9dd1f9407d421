/*
 * The ftdi backend's SPI (backends/ftdi/ftdi_spi.c) against the MPSSE
 * emulator with wire-level SPI slaves on ADBUS0-2: scripted devices in
 * modes 0-3 (chip selects D3-D6), an MCP3008 (chip select D7), all
 * selected through GPIO lines as a DigitalInOut selects them.
 */
#include "ftdi_fixture.h"

extern const sim_dev_class_t sim_dev_mcp3008;

static fake_spi_t *mode_dev[4];
static fake_spi_t *lsb_dev, *adc;
static hal_spi_dev_t spi;
static hal_gpio_line_t cs[5];
static const char *const cs_names[] = {"D3", "D4", "D5", "D6", "D7"};

static const uint8_t script[] = {0x5a, 0xc3, 0x01, 0x80, 0xfe, 0x7f, 0x00, 0xff};

static void plug(void)
{
    for (int m = 0; m < 4; m++)
        mode_dev[m] = fake_spi_new(fx_e, &fake_pattern, 0, 1, 2, 3 + (unsigned)m, m >> 1, m & 1, false);
    adc = fake_spi_new(fx_e, &sim_dev_mcp3008, 0, 1, 2, 7, 0, 0, false);
    lsb_dev = fake_spi_new(fx_e, &fake_pattern, 0, 1, 2, 8, 0, 0, true); /* CS on C0 */
}

static void setup(void)
{
    fx_start("ft232h", TYPE_232H, plug);
    for (int m = 0; m < 4; m++)
        fake_pattern_set(fake_spi_dev(mode_dev[m]), script, sizeof(script));
    fake_pattern_set(fake_spi_dev(lsb_dev), script, sizeof(script));
    for (int i = 0; i < 5; i++)
        ck_assert_int_eq(fx_output(&cs[i], cs_names[i], 1), 0);
    ck_assert_int_eq(ftdi_backend.spi_open(&fx_sys, fx_bus("spi0"), &spi), 0);
    fake_mpsse_clear_stats(fx_e);
}

static void teardown(void)
{
    if (spi.ops)
        ck_assert_int_eq(spi.ops->close(&spi), 0);
    spi = (hal_spi_dev_t){0};
    fx_teardown();
}

static uint32_t configure(uint32_t hz, int mode)
{
    hal_spi_config_t cfg = {hz, (uint8_t)(mode >> 1), (uint8_t)(mode & 1), 8, 0};
    uint32_t actual = 0;
    ck_assert_int_eq(hal_spi_configure(&spi, &cfg, &actual), 0);
    return actual;
}

/* One selection of the device on cs[i]: tx out, rx in. */
static void exchange(int i, const uint8_t *tx, uint8_t *rx, size_t n, uint16_t fill)
{
    ck_assert_int_eq(hal_gpio_line_write(&cs[i], 0), 0);
    hal_spi_xfer_t x = {tx, rx, n, fill, 0};
    ck_assert_int_eq(hal_spi_transfer(&spi, &x, 1), 0);
    ck_assert_int_eq(hal_gpio_line_write(&cs[i], 1), 0);
}

START_TEST(modes_full_duplex)
{
    static const uint8_t tx[] = {0xa5, 0x3c, 0x01, 0xff, 0x80, 0x00, 0x69};
    for (int m = 0; m < 4; m++) {
        uint8_t rx[sizeof(tx)], got[16];
        configure(1000000, m);
        exchange(m, tx, rx, sizeof(tx), 0);
        ck_assert_uint_eq(fake_spi_received(mode_dev[m], got, sizeof(got)), sizeof(tx));
        ck_assert_msg(memcmp(got, tx, sizeof(tx)) == 0, "mode %d: device got %02x %02x %02x", m, got[0], got[1],
                      got[2]);
        ck_assert_msg(memcmp(rx, script, sizeof(tx)) == 0, "mode %d: read %02x %02x %02x", m, rx[0], rx[1], rx[2]);
        ck_assert_uint_eq(fake_spi_violations(mode_dev[m]), 0);
    }
    ck_assert_uint_eq(fake_mpsse_stats(fx_e)->bad_commands, 0);
    ck_assert_uint_eq(fake_mpsse_stats(fx_e)->contention, 0);
    ck_assert(!fake_mpsse_stats(fx_e)->three_phase);
}
END_TEST

/* The emulator tells the modes apart: the wrong one garbles the data. */
START_TEST(wrong_mode_garbles)
{
    static const uint8_t tx[] = {0xa5, 0x3c, 0x01};
    uint8_t rx[3], got[8];
    configure(1000000, 0);
    exchange(1, tx, rx, sizeof(tx), 0); /* the mode 1 device */
    fake_spi_received(mode_dev[1], got, sizeof(got));
    ck_assert(memcmp(got, tx, sizeof(tx)) != 0 || memcmp(rx, script, sizeof(tx)) != 0);
    configure(1000000, 2);
    exchange(0, tx, rx, sizeof(tx), 0); /* mode 0 device, clock idling high */
    ck_assert_uint_gt(fake_spi_violations(mode_dev[0]), 0);
}
END_TEST

START_TEST(write_only_and_read_only)
{
    static const uint8_t tx[] = {1, 2, 3, 4};
    uint8_t rx[4], got[16];
    configure(2000000, 0);
    exchange(0, tx, NULL, sizeof(tx), 0);
    ck_assert_uint_eq(fake_spi_received(mode_dev[0], got, sizeof(got)), 4);
    ck_assert(memcmp(got, tx, 4) == 0);
    fake_spi_clear(mode_dev[0]);
    fake_pattern_set(fake_spi_dev(mode_dev[0]), script, sizeof(script));
    exchange(0, NULL, rx, sizeof(rx), 0xff); /* readinto(write_value=0xff) */
    ck_assert_uint_eq(fake_spi_received(mode_dev[0], got, sizeof(got)), 4);
    for (int i = 0; i < 4; i++)
        ck_assert_uint_eq(got[i], 0xff);
    ck_assert(memcmp(rx, script, 4) == 0);
}
END_TEST

START_TEST(lsb_first)
{
    static const uint8_t tx[] = {0x01, 0x80, 0x35};
    uint8_t rx[3], got[8];
    hal_spi_config_t cfg = {1000000, 0, 0, 8, 1};
    uint32_t actual;
    ck_assert_int_eq(hal_spi_configure(&spi, &cfg, &actual), 0);
    /* C0 selects the LSB-first device */
    hal_gpio_line_t sel;
    ck_assert_int_eq(fx_output(&sel, "C0", 1), 0);
    ck_assert_int_eq(hal_gpio_line_write(&sel, 0), 0);
    hal_spi_xfer_t x = {tx, rx, 3, 0, 0};
    ck_assert_int_eq(hal_spi_transfer(&spi, &x, 1), 0);
    ck_assert_int_eq(hal_gpio_line_write(&sel, 1), 0);
    ck_assert_uint_eq(fake_spi_received(lsb_dev, got, sizeof(got)), 3);
    ck_assert(memcmp(got, tx, 3) == 0);
    ck_assert(memcmp(rx, script, 3) == 0);
}
END_TEST

START_TEST(mcp3008_conversion)
{
    sim_dev_t *d = fake_spi_dev(adc);
    ck_assert_int_eq(d->cls->set(d, "ch3", 1.65), 0);
    configure(1000000, 0);
    uint8_t tx[3] = {0x01, 0x80 | 3 << 4, 0x00}, rx[3];
    exchange(4, tx, rx, 3, 0);
    int code = (rx[1] & 3) << 8 | rx[2];
    ck_assert_int_eq(code, 512);
    ck_assert_uint_eq(fake_spi_violations(adc), 0);
}
END_TEST

START_TEST(frequency_not_above_the_request)
{
    static const uint32_t asks[] = {30000000, 40000000, 10000000, 7000000, 1000000, 100000, 12345, 458, 1};
    for (size_t i = 0; i < sizeof(asks) / sizeof(asks[0]); i++) {
        uint32_t hz = configure(asks[i], 0);
        if (asks[i] >= 458)
            ck_assert_uint_le(hz, asks[i]);
        else
            ck_assert_uint_eq(hz, 30000000u / 65536u);
        uint8_t b = 0x55;
        exchange(0, &b, NULL, 1, 0);
        ck_assert_uint_eq(fake_mpsse_stats(fx_e)->tck_hz, hz);
        ck_assert(!fake_mpsse_stats(fx_e)->div5);
    }
    ck_assert_uint_eq(configure(30000000, 0), 30000000);
    ck_assert_uint_eq(configure(15000000, 0), 15000000);
    ck_assert_uint_eq(configure(14000000, 0), 10000000);
}
END_TEST

START_TEST(configure_costs_only_changes)
{
    configure(1000000, 0);
    unsigned w = fake_ftdi_writes(fx_dev);
    for (int i = 0; i < 5; i++)
        configure(1000000, 0);
    configure(1000000, 1); /* CPHA is in the commands, not the chip */
    ck_assert_uint_eq(fake_ftdi_writes(fx_dev), w);
    configure(1000000, 2); /* CPOL moves the idle clock now */
    ck_assert_uint_eq(fake_ftdi_writes(fx_dev), w + 1);
    ck_assert_int_eq(fake_mpsse_level(fx_e, 0), 1);
    hal_spi_config_t nine = {1000000, 0, 0, 9, 0};
    uint32_t actual;
    ck_assert_int_eq(hal_spi_configure(&spi, &nine, &actual), -HAL_ENOTSUP);
}
END_TEST

/* A long transfer takes several round trips and arrives whole. */
START_TEST(long_transfer)
{
    static uint8_t tx[3000], rx[3000], got[4096];
    for (size_t i = 0; i < sizeof(tx); i++)
        tx[i] = (uint8_t)(i * 13);
    configure(30000000, 0);
    unsigned w = fake_ftdi_writes(fx_dev);
    exchange(0, tx, rx, sizeof(tx), 0);
    ck_assert_uint_gt(fake_ftdi_writes(fx_dev) - w, 3);
    ck_assert_uint_eq(fake_spi_received(mode_dev[0], got, sizeof(got)), sizeof(tx));
    ck_assert(memcmp(got, tx, sizeof(tx)) == 0);
    ck_assert(memcmp(rx, script, sizeof(script)) == 0);
    for (size_t i = sizeof(script); i < sizeof(rx); i++)
        ck_assert_uint_eq(rx[i], 0xff);
}
END_TEST

START_TEST(gpio_and_bus_keep_apart)
{
    hal_gpio_line_t c5;
    ck_assert_int_eq(fx_output(&c5, "C5", 1), 0);
    configure(1000000, 3);
    fake_mpsse_clear_stats(fx_e);
    uint8_t tx[4] = {0, 0xff, 0, 0xff}, rx[4];
    exchange(3, tx, rx, 4, 0);
    ck_assert_uint_eq(fake_mpsse_changes(fx_e, 13), 0);
    ck_assert_int_eq(fake_mpsse_driven(fx_e, 13), 1);
    /* only the selected device's chip select moved, twice */
    ck_assert_uint_eq(fake_mpsse_changes(fx_e, 6), 2);
    ck_assert_uint_eq(fake_mpsse_changes(fx_e, 3), 0);
    /* and the clock is back at its idle level */
    ck_assert_int_eq(fake_mpsse_level(fx_e, 0), 1);
}
END_TEST

/* HAL_SPI_XFER_CS drives the board's cs= line (D3) itself. */
START_TEST(hardware_chip_select)
{
    ck_assert_int_eq(hal_gpio_line_release(&cs[0]), 0);
    configure(1000000, 0);
    uint8_t tx[2] = {0x11, 0x22}, got[8];
    hal_spi_xfer_t keep[2] = {{tx, NULL, 1, 0, HAL_SPI_XFER_CS | HAL_SPI_XFER_CS_KEEP},
                              {tx + 1, NULL, 1, 0, HAL_SPI_XFER_CS | HAL_SPI_XFER_CS_KEEP}};
    ck_assert_int_eq(hal_spi_transfer(&spi, keep, 2), 0);
    ck_assert_int_eq(fake_mpsse_level(fx_e, 3), 0); /* still selected */
    hal_spi_xfer_t end = {NULL, NULL, 0, 0, HAL_SPI_XFER_CS};
    ck_assert_int_eq(hal_spi_transfer(&spi, &end, 1), 0);
    ck_assert_int_eq(fake_mpsse_level(fx_e, 3), 1);
    ck_assert_uint_eq(fake_spi_selections(mode_dev[0]), 1);
    ck_assert_uint_eq(fake_spi_received(mode_dev[0], got, sizeof(got)), 2);
    ck_assert(got[0] == 0x11 && got[1] == 0x22);
}
END_TEST

/* A bus without MOSI (busio.SPI(SCK, MISO=...)) leaves ADBUS1 to a GPIO. */
START_TEST(mosi_left_to_gpio)
{
    hal_gpio_line_t d1;
    ck_assert_int_eq(fx_output(&d1, "D1", 1), 0);
    configure(1000000, 0);
    fake_mpsse_clear_stats(fx_e);
    uint8_t rx[3];
    exchange(0, NULL, rx, 3, 0);
    ck_assert(memcmp(rx, script, 3) == 0);
    ck_assert_uint_eq(fake_mpsse_changes(fx_e, 1), 0);
    ck_assert_int_eq(fake_mpsse_driven(fx_e, 1), 1);
    ck_assert_int_eq(hal_gpio_line_release(&d1), 0);
    /* given back, it is MOSI again */
    uint8_t tx = 0x42, got[8];
    fake_spi_clear(mode_dev[0]);
    exchange(0, &tx, NULL, 1, 0);
    ck_assert_uint_eq(fake_spi_received(mode_dev[0], got, sizeof(got)), 1);
    ck_assert_uint_eq(got[0], 0x42);
}
END_TEST

START_TEST(sck_is_taken)
{
    hal_gpio_line_t d0;
    ck_assert_int_eq(fx_output(&d0, "D0", 0), -HAL_EBUSY);
    hal_i2c_dev_t i2c = {0};
    ck_assert_int_eq(ftdi_backend.i2c_open(&fx_sys, fx_bus("i2c0"), &i2c), -HAL_EBUSY);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("ftdi_spi");
    TCase *t = tcase_create("spi");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_add_test(t, modes_full_duplex);
    tcase_add_test(t, wrong_mode_garbles);
    tcase_add_test(t, write_only_and_read_only);
    tcase_add_test(t, lsb_first);
    tcase_add_test(t, mcp3008_conversion);
    tcase_add_test(t, frequency_not_above_the_request);
    tcase_add_test(t, configure_costs_only_changes);
    tcase_add_test(t, long_transfer);
    tcase_add_test(t, gpio_and_bus_keep_apart);
    tcase_add_test(t, hardware_chip_select);
    tcase_add_test(t, mosi_left_to_gpio);
    tcase_add_test(t, sck_is_taken);
    suite_add_tcase(s, t);
    return s;
}

int main(void)
{
    return fx_run_suite(suite());
}
