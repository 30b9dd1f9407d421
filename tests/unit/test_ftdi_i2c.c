/*
 * The ftdi backend's I2C (backends/ftdi/ftdi_i2c.c) against the MPSSE
 * emulator with wire-level I2C slaves (24C02 at 0x50, MCP9808 at 0x18)
 * on ADBUS0/ADBUS1, ADBUS1 and ADBUS2 tied as the breakout's I2C switch
 * ties them: the transactions as the wire carried them, NACKs, the
 * frequency, and GPIO lines left alone.
 */
#include "ftdi_fixture.h"

extern const sim_dev_class_t sim_dev_24c02, sim_dev_mcp9808;

static fake_i2c_t *bus;
static sim_dev_t *eeprom, *sensor;
static hal_i2c_dev_t i2c;

/* A device that acknowledges its address (0x2a) but no data byte. */
static int nack_start(sim_dev_t *d, bool read)
{
    (void)d;
    (void)read;
    return SIM_ACK;
}
static int nack_write(sim_dev_t *d, uint8_t b)
{
    (void)d;
    (void)b;
    return SIM_NACK;
}
static uint8_t nack_read(sim_dev_t *d)
{
    (void)d;
    return 0x5a;
}
static const sim_dev_class_t nacker = {
    .kind = "nacker", .bus = HAL_BUS_I2C, .state_size = 1,
    .i2c_start = nack_start, .i2c_write = nack_write, .i2c_read = nack_read,
};

static void wire(fake_mpsse_t *e)
{
    fake_mpsse_tie(e, 1, 2);
    bus = fake_i2c_new(e, 0, 1);
    eeprom = fake_i2c_add(bus, &sim_dev_24c02, 0x50, NULL, 0);
    sensor = fake_i2c_add(bus, &sim_dev_mcp9808, 0x18, NULL, 0);
    ck_assert(fake_i2c_add(bus, &nacker, 0x2a, NULL, 0) != NULL);
}

static void plug(void)
{
    wire(fx_e);
}

static void setup(void)
{
    fx_start("ft232h", TYPE_232H, plug);
    ck_assert_int_eq(ftdi_backend.i2c_open(&fx_sys, fx_bus("i2c0"), &i2c), 0);
    fake_i2c_clear(bus);
    fake_mpsse_clear_stats(fx_e);
}

static void teardown(void)
{
    if (i2c.ops)
        ck_assert_int_eq(i2c.ops->close(&i2c), 0);
    i2c = (hal_i2c_dev_t){0};
    fx_teardown();
}

static double get(sim_dev_t *d, const char *name)
{
    double v = -1;
    ck_assert_int_eq(d->cls->get(d, name, &v), 0);
    return v;
}

/* The wire was clean: no SDA change at an SCL edge, nobody fighting. */
static void clean(void)
{
    ck_assert_uint_eq(fake_i2c_violations(bus), 0);
    ck_assert_uint_eq(fake_mpsse_stats(fx_e)->contention, 0);
    ck_assert_uint_eq(fake_mpsse_stats(fx_e)->bad_commands, 0);
}

START_TEST(write_bytes)
{
    uint8_t out[] = {0x10, 0x01, 0x02, 0x03};
    hal_i2c_msg_t m = {0x50, 0, out, sizeof(out)};
    ck_assert_int_eq(hal_i2c_transfer(&i2c, &m, 1), 0);
    ck_assert_str_eq(fake_i2c_log(bus), "S 50W A 10 A 01 A 02 A 03 A P");
    ck_assert(get(eeprom, "mem[16]") == 1 && get(eeprom, "mem[17]") == 2 && get(eeprom, "mem[18]") == 3);
    clean();
}
END_TEST

START_TEST(write_then_read)
{
    for (int i = 0; i < 4; i++)
        ck_assert_int_eq(eeprom->cls->set(eeprom, (const char *[]){"mem[32]", "mem[33]", "mem[34]", "mem[35]"}[i],
                                          0xa0 + i),
                         0);
    uint8_t reg = 0x20, in[4] = {0};
    hal_i2c_msg_t m[2] = {{0x50, HAL_I2C_NOSTOP, &reg, 1}, {0x50, HAL_I2C_READ, in, sizeof(in)}};
    ck_assert_int_eq(hal_i2c_transfer(&i2c, m, 2), 0);
    ck_assert_str_eq(fake_i2c_log(bus), "S 50W A 20 A Sr 50R A a0 A a1 A a2 A a3 N P");
    ck_assert(in[0] == 0xa0 && in[1] == 0xa1 && in[2] == 0xa2 && in[3] == 0xa3);
    clean();
}
END_TEST

/* Without NOSTOP between messages: STOP, then START. */
START_TEST(stop_between_messages)
{
    uint8_t reg = 0x20, in[1];
    hal_i2c_msg_t m[2] = {{0x50, 0, &reg, 1}, {0x50, HAL_I2C_READ, in, 1}};
    ck_assert_int_eq(hal_i2c_transfer(&i2c, m, 2), 0);
    ck_assert_str_eq(fake_i2c_log(bus), "S 50W A 20 A P S 50R A ff N P");
    clean();
}
END_TEST

START_TEST(read_a_sensor)
{
    ck_assert_int_eq(sensor->cls->set(sensor, "temperature", 21.5), 0);
    uint8_t reg = 0x05, t[2];
    hal_i2c_msg_t m[2] = {{0x18, HAL_I2C_NOSTOP, &reg, 1}, {0x18, HAL_I2C_READ, t, 2}};
    ck_assert_int_eq(hal_i2c_transfer(&i2c, m, 2), 0);
    double c = ((t[0] & 0x0f) << 8 | t[1]) / 16.0;
    ck_assert_msg(c == 21.5, "read %g C", c);
    clean();
}
END_TEST

START_TEST(missing_device_is_enodev)
{
    uint8_t b = 0;
    hal_i2c_msg_t m = {0x33, 0, &b, 1};
    ck_assert_int_eq(hal_i2c_transfer(&i2c, &m, 1), -HAL_ENODEV);
    ck_assert_str_eq(fake_i2c_log(bus), "S 33W N P"); /* the rest goes to nobody */
    hal_i2c_msg_t r = {0x34, HAL_I2C_READ, &b, 1};
    ck_assert_int_eq(hal_i2c_transfer(&i2c, &r, 1), -HAL_ENODEV);
    ck_assert_int_eq(hal_i2c_probe(&i2c, 0x33), -HAL_ENODEV);
    ck_assert_int_eq(hal_i2c_probe(&i2c, 0x50), 0);
    clean();
}
END_TEST

START_TEST(data_nack_is_eio)
{
    uint8_t out[] = {1, 2};
    hal_i2c_msg_t m = {0x2a, 0, out, 2};
    ck_assert_int_eq(hal_i2c_transfer(&i2c, &m, 1), -HAL_EIO);
    ck_assert_str_eq(fake_i2c_log(bus), "S 2aW A 01 N 02 N P");
}
END_TEST

START_TEST(scan_finds_the_devices)
{
    char found[64] = "";
    for (uint16_t a = 0x08; a <= 0x77; a++)
        if (hal_i2c_probe(&i2c, a) == 0)
            snprintf(found + strlen(found), sizeof(found) - strlen(found), "%02x ", a);
    ck_assert_str_eq(found, "18 2a 50 ");
    clean();
}
END_TEST

START_TEST(zero_length_messages)
{
    hal_i2c_msg_t w = {0x50, 0, NULL, 0};
    ck_assert_int_eq(hal_i2c_transfer(&i2c, &w, 1), 0);
    ck_assert_str_eq(fake_i2c_log(bus), "S 50W A P");
    fake_i2c_clear(bus);
    /* a read of nothing still ends cleanly: one byte NACKed, then STOP */
    hal_i2c_msg_t r = {0x50, HAL_I2C_READ, NULL, 0};
    ck_assert_int_eq(hal_i2c_transfer(&i2c, &r, 1), 0);
    ck_assert_str_eq(fake_i2c_log(bus), "S 50R A ff N P");
    clean();
}
END_TEST

/* More replies than one round trip carries: the batch is cut, the bus
 * holds in between and the data arrives whole. */
START_TEST(long_read)
{
    char name[16];
    for (int i = 0; i < 256; i++) {
        snprintf(name, sizeof(name), "mem[%d]", i);
        ck_assert_int_eq(eeprom->cls->set(eeprom, name, (i * 7) & 0xff), 0);
    }
    static uint8_t in[1000];
    uint8_t reg = 0;
    hal_i2c_msg_t m[2] = {{0x50, HAL_I2C_NOSTOP, &reg, 1}, {0x50, HAL_I2C_READ, in, sizeof(in)}};
    unsigned writes = fake_ftdi_writes(fx_dev);
    ck_assert_int_eq(hal_i2c_transfer(&i2c, m, 2), 0);
    ck_assert_uint_gt(fake_ftdi_writes(fx_dev) - writes, 1);
    for (int i = 0; i < (int)sizeof(in); i++)
        ck_assert_uint_eq(in[i], ((i % 256) * 7) & 0xff);
    clean();
}
END_TEST

START_TEST(frequency_not_above_the_request)
{
    static const uint32_t asks[] = {100000, 400000, 1000000, 123456, 3400000, 50, 20000000, 30000000};
    for (size_t i = 0; i < sizeof(asks) / sizeof(asks[0]); i++) {
        uint32_t hz = 0;
        ck_assert_int_eq(hal_i2c_set_frequency(&i2c, asks[i]), 0);
        ck_assert_int_eq(hal_i2c_get_frequency(&i2c, &hz), 0);
        if (asks[i] >= 306)
            ck_assert_uint_le(hz, asks[i]);
        else
            ck_assert_uint_eq(hz, 20000000u / 65536u); /* the slowest there is */
        ck_assert_int_eq(hal_i2c_probe(&i2c, 0x50), 0);
        const fake_mpsse_stats_t *st = fake_mpsse_stats(fx_e);
        ck_assert(st->three_phase && !st->div5);
        /* what the emulator clocked: the bit rate of 3-phase clocking */
        ck_assert_msg(st->bit_hz == hz || st->bit_hz + 1 == hz || st->bit_hz == hz + 1, "asked %u: %u, clocked %u",
                      asks[i], hz, st->bit_hz);
    }
    uint32_t hz;
    ck_assert_int_eq(hal_i2c_set_frequency(&i2c, 100000), 0);
    ck_assert_int_eq(hal_i2c_get_frequency(&i2c, &hz), 0);
    ck_assert_uint_eq(hz, 100000);
    ck_assert_int_eq(hal_i2c_set_frequency(&i2c, 400000), 0);
    ck_assert_int_eq(hal_i2c_get_frequency(&i2c, &hz), 0);
    ck_assert_uint_eq(hz, 400000);
    clean();
}
END_TEST

/* Bus traffic never moves a GPIO output, GPIO writes never move SCL/SDA. */
START_TEST(gpio_and_bus_keep_apart)
{
    hal_gpio_line_t d4, c0;
    ck_assert_int_eq(fx_output(&d4, "D4", 1), 0);
    ck_assert_int_eq(fx_output(&c0, "C0", 0), 0);
    fake_mpsse_clear_stats(fx_e);
    uint8_t out[] = {0x00, 0x55}, in[2];
    hal_i2c_msg_t m[2] = {{0x50, 0, out, 2}, {0x18, HAL_I2C_READ, in, 2}};
    ck_assert_int_eq(hal_i2c_transfer(&i2c, m, 2), 0);
    ck_assert_uint_eq(fake_mpsse_changes(fx_e, 4), 0);
    ck_assert_uint_eq(fake_mpsse_changes(fx_e, 8), 0);
    ck_assert_int_eq(fake_mpsse_driven(fx_e, 4), 1);
    ck_assert_int_eq(fake_mpsse_driven(fx_e, 8), 0);
    fake_mpsse_clear_stats(fx_e);
    for (int i = 0; i < 5; i++) {
        ck_assert_int_eq(hal_gpio_line_write(&d4, i & 1), 0);
        ck_assert_int_eq(hal_gpio_line_write(&c0, i & 1), 0);
    }
    ck_assert_uint_eq(fake_mpsse_changes(fx_e, 0), 0);
    ck_assert_uint_eq(fake_mpsse_changes(fx_e, 1), 0);
    /* the bus is idle: SCL high, SDA released */
    ck_assert_int_eq(fake_mpsse_level(fx_e, 0), 1);
    ck_assert_int_eq(fake_mpsse_driven(fx_e, 1), -1);
}
END_TEST

/* ADBUS2 is SDA's input while I2C is open, either way round. */
START_TEST(sda_input_line_is_taken)
{
    hal_gpio_line_t d2;
    ck_assert_int_eq(fx_input(&d2, "D2"), -HAL_EBUSY);
    ck_assert(strstr(fx_hint(HAL_EBUSY), "used by I2C") != NULL);
    ck_assert_int_eq(i2c.ops->close(&i2c), 0);
    i2c = (hal_i2c_dev_t){0};
    ck_assert_int_eq(fx_input(&d2, "D2"), 0);
    hal_i2c_dev_t again = {0};
    ck_assert_int_eq(ftdi_backend.i2c_open(&fx_sys, fx_bus("i2c0"), &again), -HAL_EBUSY);
    ck_assert(again.ops == NULL);
    ck_assert_int_eq(hal_gpio_line_release(&d2), 0);
    ck_assert_int_eq(ftdi_backend.i2c_open(&fx_sys, fx_bus("i2c0"), &i2c), 0);
}
END_TEST

/* Closing gives the lines back and turns the clocking modes off. */
START_TEST(close_restores)
{
    ck_assert_int_eq(i2c.ops->close(&i2c), 0);
    i2c = (hal_i2c_dev_t){0};
    const fake_mpsse_stats_t *st = fake_mpsse_stats(fx_e);
    ck_assert(!st->three_phase);
    ck_assert_uint_eq(st->drive_zero, 0);
    ck_assert_int_eq(fake_mpsse_driven(fx_e, 0), -1);
    ck_assert_int_eq(fake_mpsse_driven(fx_e, 1), -1);
    hal_spi_dev_t spi = {0};
    ck_assert_int_eq(ftdi_backend.spi_open(&fx_sys, fx_bus("spi0"), &spi), 0);
    ck_assert_int_eq(spi.ops->close(&spi), 0);
}
END_TEST

START_TEST(one_bus_at_a_time)
{
    hal_spi_dev_t spi = {0};
    ck_assert_int_eq(ftdi_backend.spi_open(&fx_sys, fx_bus("spi0"), &spi), -HAL_EBUSY);
    hal_i2c_dev_t again = {0};
    ck_assert_int_eq(ftdi_backend.i2c_open(&fx_sys, fx_bus("i2c0"), &again), -HAL_EBUSY);
}
END_TEST

/* ---- the FT2232H: two channels, no drive-zero mode ---- */

static void plug2(void)
{
    wire(fx_e);
    fake_mpsse_t *b = fake_ftdi_mpsse(fx_dev, 2);
    fake_mpsse_tie(b, 1, 2);
    fake_i2c_t *bus_b = fake_i2c_new(b, 0, 1);
    ck_assert(fake_i2c_add(bus_b, &sim_dev_24c02, 0x57, NULL, 0) != NULL);
}

START_TEST(ft2232h_both_channels)
{
    fx_start("ft2232h", TYPE_2232H, plug2);
    hal_i2c_dev_t a = {0}, b = {0};
    ck_assert_int_eq(ftdi_backend.i2c_open(&fx_sys, fx_bus("i2c0"), &a), 0);
    ck_assert_int_eq(ftdi_backend.i2c_open(&fx_sys, fx_bus("i2c1"), &b), 0);
    ck_assert_int_eq(hal_i2c_probe(&a, 0x50), 0);
    ck_assert_int_eq(hal_i2c_probe(&a, 0x57), -HAL_ENODEV);
    ck_assert_int_eq(hal_i2c_probe(&b, 0x57), 0);
    ck_assert_int_eq(hal_i2c_probe(&b, 0x50), -HAL_ENODEV);
    uint8_t out[] = {0x09, 0xef}, reg = 0x09, in = 0;
    hal_i2c_msg_t w = {0x57, 0, out, 2};
    hal_i2c_msg_t r[2] = {{0x57, HAL_I2C_NOSTOP, &reg, 1}, {0x57, HAL_I2C_READ, &in, 1}};
    ck_assert_int_eq(hal_i2c_transfer(&b, &w, 1), 0);
    ck_assert_int_eq(hal_i2c_transfer(&b, r, 2), 0);
    ck_assert_uint_eq(in, 0xef);
    /* no FT232H-only command went to the FT2232H (only the sync's 0xAA) */
    ck_assert_uint_eq(fake_mpsse_stats(fx_e)->bad_commands, 1);
    ck_assert_uint_eq(fake_mpsse_stats(fake_ftdi_mpsse(fx_dev, 2))->bad_commands, 1);
    ck_assert_uint_eq(fake_i2c_violations(bus), 0);
    /* SDA is never driven high against a slave pulling it low */
    ck_assert_uint_eq(fake_mpsse_stats(fx_e)->contention, 0);
    ck_assert_uint_eq(fake_mpsse_stats(fake_ftdi_mpsse(fx_dev, 2))->contention, 0);
    ck_assert_int_eq(a.ops->close(&a), 0);
    ck_assert_int_eq(b.ops->close(&b), 0);
    fx_teardown();
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("ftdi_i2c");
    TCase *t = tcase_create("i2c");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_add_test(t, write_bytes);
    tcase_add_test(t, write_then_read);
    tcase_add_test(t, stop_between_messages);
    tcase_add_test(t, read_a_sensor);
    tcase_add_test(t, missing_device_is_enodev);
    tcase_add_test(t, data_nack_is_eio);
    tcase_add_test(t, scan_finds_the_devices);
    tcase_add_test(t, zero_length_messages);
    tcase_add_test(t, long_read);
    tcase_add_test(t, frequency_not_above_the_request);
    tcase_add_test(t, gpio_and_bus_keep_apart);
    tcase_add_test(t, sda_input_line_is_taken);
    tcase_add_test(t, close_restores);
    tcase_add_test(t, one_bus_at_a_time);
    suite_add_tcase(s, t);
    TCase *t2 = tcase_create("ft2232h");
    tcase_add_test(t2, ft2232h_both_channels);
    suite_add_tcase(s, t2);
    return s;
}

int main(void)
{
    return fx_run_suite(suite());
}
