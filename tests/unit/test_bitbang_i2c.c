/*
 * Check tests for the software I2C controller (modules/bitbang_i2c.c), as
 * a hal_i2c_dev_t on the sim backend's GPIO: the sim's wire decoder
 * (sim_wire.c) answers for the device models on i2c1's pins, the same
 * models busio's transfers reach. The port's clock and Ctrl-C flag are
 * tests/unit/fake_port.h. Build: see tests_unit_test_bitbang_i2c_SOURCES in
 * tests/unit/unit.am.
 */
#include "bitbang.h"
#include "fake_port.h"
#include "sim_fixture.h"

static bitbang_i2c_t wire;
static hal_i2c_dev_t bb;

/* Claim SCL and SDA open drain (native) or as inputs (emulated). */
static void open_bus(bool native, uint32_t timeout_us)
{
    hal_gpio_config_t od = {.direction = HAL_GPIO_OUTPUT, .drive = HAL_GPIO_OPEN_DRAIN, .value = 1};
    hal_gpio_config_t in = {.direction = HAL_GPIO_INPUT};
    const hal_gpio_config_t *c = native ? &od : &in;
    memset(&wire, 0, sizeof(wire));
    ck_assert_int_eq(hal_gpio_line_claim(&wire.scl.gpio, &fx_sys.gpio[0], PIN_SCL, c), 0);
    ck_assert_int_eq(hal_gpio_line_claim(&wire.sda.gpio, &fx_sys.gpio[0], PIN_SDA, c), 0);
    wire.scl.native = wire.sda.native = native;
    bitbang_i2c_open(&bb, &wire, 400000, timeout_us);
}

static void setup(void)
{
    fx_setup();
    port_interrupt_pending = 0;
    open_bus(true, 1000);
}

static void teardown(void)
{
    ck_assert_int_eq(bb.ops->close(&bb), 0);
    hal_gpio_line_release(&wire.scl.gpio);
    hal_gpio_line_release(&wire.sda.gpio);
    fx_teardown();
}

/* Both lines let go and high: the bus is idle. */
static void assert_idle(void)
{
    int scl = 0, sda = 0;
    ck_assert_int_eq(hal_gpio_line_read(&wire.scl.gpio, &scl), 0);
    ck_assert_int_eq(hal_gpio_line_read(&wire.sda.gpio, &sda), 0);
    ck_assert(scl && sda);
}

static int write_read(uint16_t addr, const uint8_t *out, size_t n_out, uint8_t *in, size_t n_in)
{
    hal_i2c_msg_t m[2] = {{addr, HAL_I2C_NOSTOP, (uint8_t *)out, n_out}, {addr, HAL_I2C_READ, in, n_in}};
    return hal_i2c_transfer(&bb, m, 2);
}

static int write(uint16_t addr, const uint8_t *buf, size_t len)
{
    hal_i2c_msg_t m = {addr, 0, (uint8_t *)buf, len};
    return hal_i2c_transfer(&bb, &m, 1);
}

static int fault(const char *kind, int what, bool whole_bus)
{
    hal_sim_fault_t f = {{kind, whole_bus ? "i2c1" : NULL, -1, -1}, whole_bus, what, 0};
    return fx_ctl(HAL_CTL_SIM_FAULT, &f);
}

START_TEST(probe_answers_and_nacks)
{
    ck_assert_int_eq(hal_i2c_probe(&bb, 0x50), 0);
    ck_assert_int_eq(hal_i2c_probe(&bb, 0x18), 0);
    ck_assert_int_eq(hal_i2c_probe(&bb, 0x51), -HAL_ENODEV);
    ck_assert_int_eq(write(0x51, (const uint8_t *)"x", 1), -HAL_ENODEV);
    assert_idle();
}
END_TEST

/* A page write to the EEPROM, read back with a repeated START. */
static void eeprom_round_trip(void)
{
    uint8_t in[3] = {0};
    ck_assert_int_eq(write(0x50, (const uint8_t *)"\x10" "abc", 4), 0);
    ck_assert_int_eq(write_read(0x50, (const uint8_t *)"\x10", 1, in, 3), 0);
    ck_assert_mem_eq(in, "abc", 3);
    ck_assert_int_eq(fx_get_value("24c02", "mem[17]"), 'b');
    uint16_t id = 0;
    uint8_t raw[2];
    ck_assert_int_eq(write_read(0x18, (const uint8_t *)"\x07", 1, raw, 2), 0);
    id = (uint16_t)(raw[0] << 8 | raw[1]);
    ck_assert_uint_eq(id, 0x0400);
    assert_idle();
}

START_TEST(native_open_drain)
{
    eeprom_round_trip();
}
END_TEST

START_TEST(emulated_open_drain)
{
    hal_gpio_line_release(&wire.scl.gpio);
    hal_gpio_line_release(&wire.sda.gpio);
    open_bus(false, 1000);
    eeprom_round_trip();
    ck_assert_int_eq(wire.scl.gpio.cfg.direction, HAL_GPIO_INPUT);
    ck_assert_int_eq(wire.sda.gpio.cfg.direction, HAL_GPIO_INPUT);
}
END_TEST

START_TEST(data_nack_is_eio)
{
    ck_assert_int_eq(fault("24c02", HAL_SIM_FAULT_EIO, false), 0);
    ck_assert_int_eq(write(0x50, (const uint8_t *)"\x10" "a", 2), -HAL_EIO);
    assert_idle();
}
END_TEST

START_TEST(stretched_clock_times_out)
{
    uint8_t in[2];
    ck_assert_int_eq(fault("mcp9808", HAL_SIM_FAULT_TIMEOUT, false), 0);
    uint64_t t0 = port_ticks_ns();
    ck_assert_int_eq(write_read(0x18, (const uint8_t *)"\x07", 1, in, 2), -HAL_ETIMEDOUT);
    ck_assert_uint_ge(port_ticks_ns() - t0, 1000000u);
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_CLEAR_FAULTS, NULL), 0);
    assert_idle();
    ck_assert_int_eq(write_read(0x18, (const uint8_t *)"\x07", 1, in, 2), 0);
}
END_TEST

/* SDA held low: no START is possible, and a probe finds nobody. */
START_TEST(stuck_sda)
{
    ck_assert_int_eq(fault(NULL, HAL_SIM_FAULT_STUCK, true), 0);
    ck_assert_int_eq(write(0x50, (const uint8_t *)"\x10", 1), -HAL_EIO);
    ck_assert_int_eq(hal_i2c_probe(&bb, 0x50), -HAL_ENODEV);
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_CLEAR_FAULTS, NULL), 0);
    ck_assert_int_eq(hal_i2c_probe(&bb, 0x50), 0);
}
END_TEST

START_TEST(interrupt_ends_with_stop)
{
    port_interrupt_pending = 1;
    ck_assert_int_eq(write(0x50, (const uint8_t *)"\x10" "a", 2), -HAL_EINTR);
    port_interrupt_pending = 0;
    assert_idle();
    ck_assert_int_eq(hal_i2c_probe(&bb, 0x50), 0);
}
END_TEST

START_TEST(no_frequency_ops)
{
    uint32_t hz = 0;
    ck_assert_int_eq(hal_i2c_get_frequency(&bb, &hz), -HAL_ENOTSUP);
    ck_assert_int_eq(hal_i2c_set_frequency(&bb, 100000), -HAL_ENOTSUP);
    ck_assert_uint_eq(wire.pace.half_ns, BITBANG_SIM_MAX_HALF_NS);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("bitbang_i2c");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, probe_answers_and_nacks);
    tcase_add_test(tc, native_open_drain);
    tcase_add_test(tc, emulated_open_drain);
    tcase_add_test(tc, data_nack_is_eio);
    tcase_add_test(tc, stretched_clock_times_out);
    tcase_add_test(tc, stuck_sda);
    tcase_add_test(tc, interrupt_ends_with_stop);
    tcase_add_test(tc, no_frequency_ops);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return fx_run(suite());
}
