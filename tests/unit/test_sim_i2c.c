/*
 * Check tests for the sim backend's I2C buses (backends/sim/sim_i2c.c)
 * and what they rest on: the device list (sim_dev.c, sim_world.c) and the
 * test API (sim_ctl.c): attach/detach, faults, the transaction log.
 * Through the hal.h dispatchers, like busio.
 */
#include "sim_fixture.h"

START_TEST(test_probe_and_scan)
{
    ck_assert_int_eq(hal_i2c_probe(&fx_i2c, 0x50), 0);
    ck_assert_int_eq(hal_i2c_probe(&fx_i2c, 0x18), 0);
    ck_assert_int_eq(hal_i2c_probe(&fx_i2c, 0x77), 0);
    ck_assert_int_eq(hal_i2c_probe(&fx_i2c, 0x3c), 0);
    ck_assert_int_eq(hal_i2c_probe(&fx_i2c, 0x51), -ENODEV);
    ck_assert_int_eq(hal_i2c_probe(&fx_i2c, 0x80), -EINVAL);
    int found = 0;
    for (uint16_t a = 0x08; a <= 0x77; a++)
        found += hal_i2c_probe(&fx_i2c, a) == 0;
    ck_assert_int_eq(found, 4);
}
END_TEST

START_TEST(test_absent_and_invalid)
{
    uint8_t b[2] = {1, 2};
    ck_assert_int_eq(fx_write(0x10, b, 2), -ENODEV);
    ck_assert_int_eq(fx_read(0x10, b, 2), -ENODEV);
    ck_assert_int_eq(hal_i2c_transfer(&fx_i2c, NULL, 0), -EINVAL);
    hal_i2c_msg_t m = {0x50, 0, NULL, 3};
    ck_assert_int_eq(hal_i2c_transfer(&fx_i2c, &m, 1), -EINVAL);
    /* the second message's address is not acknowledged */
    uint8_t reg = 0, in[2];
    hal_i2c_msg_t two[2] = {{0x50, HAL_I2C_NOSTOP, &reg, 1}, {0x51, HAL_I2C_READ, in, 2}};
    ck_assert_int_eq(hal_i2c_transfer(&fx_i2c, two, 2), -ENODEV);
}
END_TEST

START_TEST(test_frequency)
{
    uint32_t hz = 0;
    ck_assert_int_eq(hal_i2c_get_frequency(&fx_i2c, &hz), 0);
    ck_assert_uint_eq(hz, 100000);
    ck_assert_int_eq(hal_i2c_set_frequency(&fx_i2c, 400000), 0);
    ck_assert_int_eq(hal_i2c_get_frequency(&fx_i2c, &hz), 0);
    ck_assert_uint_eq(hz, 400000);
    ck_assert_int_eq(hal_i2c_set_frequency(&fx_i2c, 0), -EINVAL);
    ck_assert_int_eq(hal_i2c_set_frequency(&fx_i2c, 5000000), -EINVAL);
}
END_TEST

/* A page write abandoned by a repeated START is not programmed; the same
 * write ended by STOP (the last message, or one without NOSTOP) is. */
START_TEST(test_repeated_start_vs_stop)
{
    uint8_t w[3] = {0x10, 0xAA, 0xBB}, r[2];
    hal_i2c_msg_t m[2] = {{0x50, HAL_I2C_NOSTOP, w, 3}, {0x50, HAL_I2C_READ, r, 2}};
    ck_assert_int_eq(hal_i2c_transfer(&fx_i2c, m, 2), 0);
    ck_assert_uint_eq(r[0], 0xff);
    ck_assert_uint_eq(r[1], 0xff);
    m[0].flags = 0; /* STOP + START between the two */
    ck_assert_int_eq(hal_i2c_transfer(&fx_i2c, m, 2), 0);
    /* the pointer is past the written bytes: a current-address read */
    uint8_t reg = 0x10;
    ck_assert_int_eq(fx_write_read(0x50, &reg, 1, r, 2), 0);
    ck_assert_uint_eq(r[0], 0xAA);
    ck_assert_uint_eq(r[1], 0xBB);
    /* NOSTOP on the last message is cleared by the dispatcher */
    uint8_t w2[2] = {0x20, 0x5A};
    hal_i2c_msg_t last = {0x50, HAL_I2C_NOSTOP, w2, 2};
    ck_assert_int_eq(hal_i2c_transfer(&fx_i2c, &last, 1), 0);
    reg = 0x20;
    ck_assert_int_eq(fx_write_read(0x50, &reg, 1, r, 1), 0);
    ck_assert_uint_eq(r[0], 0x5A);
}
END_TEST

static int set_fault(hal_sim_dev_sel_t sel, bool bus, int fault, uint32_t count)
{
    hal_sim_fault_t f = {sel, bus, fault, count};
    return fx_ctl(HAL_CTL_SIM_FAULT, &f);
}

static const hal_sim_dev_sel_t EEPROM = {"24c02", NULL, -1, -1};

START_TEST(test_device_faults)
{
    uint8_t reg = 0, v;
    ck_assert_int_eq(set_fault(EEPROM, false, HAL_SIM_FAULT_NACK, 0), 0);
    ck_assert_int_eq(fx_write_read(0x50, &reg, 1, &v, 1), -ENODEV);
    ck_assert_int_eq(hal_i2c_probe(&fx_i2c, 0x50), -ENODEV);
    ck_assert_int_eq(hal_i2c_probe(&fx_i2c, 0x18), 0); /* others unaffected */
    ck_assert_int_eq(set_fault(EEPROM, false, HAL_SIM_FAULT_TIMEOUT, 0), 0);
    ck_assert_int_eq(fx_write_read(0x50, &reg, 1, &v, 1), -ETIMEDOUT);
    ck_assert_int_eq(set_fault(EEPROM, false, HAL_SIM_FAULT_EIO, 0), 0);
    ck_assert_int_eq(fx_write_read(0x50, &reg, 1, &v, 1), -EIO);
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_CLEAR_FAULTS, NULL), 0);
    ck_assert_int_eq(fx_write_read(0x50, &reg, 1, &v, 1), 0);
    /* a counted fault: the next two messages to the device fail */
    ck_assert_int_eq(set_fault(EEPROM, false, HAL_SIM_FAULT_NACK, 2), 0);
    ck_assert_int_eq(hal_i2c_probe(&fx_i2c, 0x50), -ENODEV);
    ck_assert_int_eq(hal_i2c_probe(&fx_i2c, 0x50), -ENODEV);
    ck_assert_int_eq(hal_i2c_probe(&fx_i2c, 0x50), 0);
    /* STUCK is a bus fault only; bad kinds */
    ck_assert_int_eq(set_fault(EEPROM, false, HAL_SIM_FAULT_STUCK, 0), -EINVAL);
    ck_assert_int_eq(set_fault(EEPROM, false, 9, 0), -EINVAL);
    hal_sim_dev_sel_t nobody = {"24c02", NULL, 0x33, -1};
    ck_assert_int_eq(set_fault(nobody, false, HAL_SIM_FAULT_NACK, 0), -ENODEV);
}
END_TEST

static int sda_level(void)
{
    int level, driven;
    ck_assert_int_eq(sim_gpio_peek(&fx_sys.gpio[0], PIN_SDA, &level, &driven), 0);
    return level;
}

START_TEST(test_bus_faults)
{
    hal_sim_dev_sel_t bus = {NULL, "i2c1", -1, -1};
    uint8_t reg = 0, v;
    ck_assert_int_eq(sda_level(), 1); /* the breakouts' pull-ups */
    ck_assert_int_eq(set_fault(bus, true, HAL_SIM_FAULT_STUCK, 0), 0);
    ck_assert_int_eq(sda_level(), 0);
    ck_assert_int_eq(fx_write_read(0x50, &reg, 1, &v, 1), -EIO);
    ck_assert_int_eq(fx_write_read(0x18, &reg, 1, &v, 1), -EIO);
    ck_assert_int_eq(hal_i2c_probe(&fx_i2c, 0x50), -ENODEV);
    ck_assert_int_eq(set_fault(bus, true, HAL_SIM_FAULT_TIMEOUT, 0), 0);
    ck_assert_int_eq(sda_level(), 1); /* let go */
    ck_assert_int_eq(fx_write_read(0x50, &reg, 1, &v, 1), -ETIMEDOUT);
    ck_assert_int_eq(set_fault(bus, true, HAL_SIM_FAULT_NACK, 1), 0);
    ck_assert_int_eq(fx_write_read(0x50, &reg, 1, &v, 1), -ENODEV);
    ck_assert_int_eq(fx_write_read(0x50, &reg, 1, &v, 1), 0); /* counted out */
    ck_assert_int_eq(set_fault(bus, true, HAL_SIM_FAULT_STUCK, 0), 0);
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_CLEAR_FAULTS, NULL), 0);
    ck_assert_int_eq(sda_level(), 1);
    ck_assert_int_eq(fx_write_read(0x50, &reg, 1, &v, 1), 0);
    hal_sim_dev_sel_t nobus = {NULL, "i2c9", -1, -1};
    ck_assert_int_eq(set_fault(nobus, true, HAL_SIM_FAULT_EIO, 0), -ENODEV);
}
END_TEST

START_TEST(test_transaction_log)
{
    uint8_t w[2] = {0x05, 0x42}, r[1];
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_TXLOG_CLEAR, NULL), 0);
    ck_assert_int_eq(fx_write(0x50, w, 2), 0);
    ck_assert_int_eq(fx_write_read(0x50, w, 1, r, 1), 0);
    ck_assert_int_eq(fx_read(0x11, r, 1), -ENODEV);
    hal_sim_txlog_t t = {0};
    const char *dirs = "wwrr";
    const int results[] = {0, 0, 0, -ENODEV};
    const size_t lens[] = {2, 1, 1, 0};
    for (t.index = 0; t.index < 4; t.index++) {
        ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_TXLOG, &t), 0);
        ck_assert_str_eq(t.bus, "i2c1");
        ck_assert_int_eq(t.dir, dirs[t.index]);
        ck_assert_int_eq(t.result, results[t.index]);
        ck_assert_uint_eq(t.len, lens[t.index]);
        ck_assert_uint_eq(t.addr, t.index == 3 ? 0x11 : 0x50);
    }
    t.index = 0;
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_TXLOG, &t), 0);
    ck_assert_mem_eq(t.data, w, 2);
    t.index = 2;
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_TXLOG, &t), 0);
    ck_assert_uint_eq(t.data[0], 0x42);
    t.index = 4;
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_TXLOG, &t), -ENOENT);
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_TXLOG_CLEAR, NULL), 0);
    t.index = 0;
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_TXLOG, &t), -ENOENT);
    /* the log keeps the newest SIM_TXLOG_MAX entries */
    for (int i = 0; i < 4100; i++)
        hal_i2c_probe(&fx_i2c, 0x50);
    t.index = 4095;
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_TXLOG, &t), 0);
    t.index = 4096;
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_TXLOG, &t), -ENOENT);
}
END_TEST

START_TEST(test_attach_detach)
{
    hal_sim_attach_t a = {"24c02", "i2c1", {-1, -1}, 0x51, -1, NULL, 0};
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_ATTACH, &a), 0);
    ck_assert_int_eq(hal_i2c_probe(&fx_i2c, 0x51), 0);
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_ATTACH, &a), -EBUSY);
    /* two EEPROMs: the kind alone is ambiguous */
    hal_sim_value_t v = {{"24c02", NULL, -1, -1}, "mem[0]", 7};
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_SET_VALUE, &v), -EINVAL);
    v.dev.addr = 0x51;
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_SET_VALUE, &v), 0);
    uint8_t reg = 0, r;
    ck_assert_int_eq(fx_write_read(0x51, &reg, 1, &r, 1), 0);
    ck_assert_uint_eq(r, 7);
    ck_assert_int_eq(fx_write_read(0x50, &reg, 1, &r, 1), 0);
    ck_assert_uint_eq(r, 0xff);
    /* the list, in attach order */
    hal_sim_device_t d = {.index = 5};
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_DEVICE, &d), 0);
    ck_assert_str_eq(d.kind, "24c02");
    ck_assert_str_eq(d.bus, "i2c1");
    ck_assert_int_eq(d.addr, 0x51);
    d.index = 4;
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_DEVICE, &d), 0);
    ck_assert_str_eq(d.kind, "mcp3008");
    ck_assert_int_eq(d.cs_pin, PIN_CE0);
    ck_assert_int_eq(d.addr, -1);
    d.index = 6;
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_DEVICE, &d), -ENOENT);
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_DETACH, &v.dev), 0);
    ck_assert_int_eq(hal_i2c_probe(&fx_i2c, 0x51), -ENODEV);
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_DETACH, &v.dev), -ENODEV);
    /* bad requests */
    hal_sim_attach_t bad = {"toaster", "i2c1", {-1, -1}, -1, -1, NULL, 0};
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_ATTACH, &bad), -ENOENT);
    bad.kind = "24c02";
    bad.bus = "spi0";
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_ATTACH, &bad), -EINVAL);
    bad.bus = "i2c1";
    const char *args[] = {"nonsense"};
    bad.args = args;
    bad.n_args = 1;
    bad.addr = 0x52;
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_ATTACH, &bad), -EINVAL);
    /* on bare pins: D9 = SCL, D10 = SDA; the default bus does not see it */
    hal_sim_attach_t bare = {"mcp9808", NULL, {PIN_D9, PIN_D10}, -1, -1, NULL, 0};
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_ATTACH, &bare), 0);
    d.index = 5;
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_DEVICE, &d), 0);
    ck_assert_str_eq(d.bus, "D9/D10");
    ck_assert_int_eq(d.addr, 0x18);
    /* and its lines got pull-ups */
    int level, driven;
    ck_assert_int_eq(sim_gpio_peek(&fx_sys.gpio[0], PIN_D10, &level, &driven), 0);
    ck_assert_int_eq(level, 1);
    hal_sim_dev_sel_t sel = {NULL, "D9/D10", -1, -1};
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_DETACH, &sel), 0);
    ck_assert_int_eq(sim_gpio_peek(&fx_sys.gpio[0], PIN_D10, &level, &driven), 0);
    ck_assert_int_eq(level, 0);
}
END_TEST

START_TEST(test_board_lines)
{
    fx_teardown();
    static const char *const bad[] = {
        "sim 24c02 i2c7\n",         /* no such bus */
        "sim 24c02 i2c1 0x99\n",    /* address out of range */
        "sim 24c02 i2c1 zz\n",      /* not an address */
        "sim mcp3008 spi0 NOPE\n",  /* no such pin */
        "sim 24c02 i2c1 0x50\nsim 24c02 i2c1 0x50\n", /* taken */
        "sim 24c02 i2c1 0x50 twr_ms=x\n",
    };
    char text[2048];
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        snprintf(text, sizeof(text), "board t\nname T\nbackend sim\ngpiochip 0 label=sim lines=11\n"
                                     "pin G0 0:0 SDA\npin G1 0:1 SCL\npin G2 0:2 SCK\npin G3 0:3 MOSI\n"
                                     "i2c i2c1 scl=SCL sda=SDA\nspi spi0 sck=SCK mosi=MOSI\n%s",
                 bad[i]);
        char err[256];
        ck_assert_int_eq(board_file_parse(text, "t.board", NULL, &fx_board, err, sizeof(err)), 0);
        memset(&fx_sys, 0, sizeof(fx_sys));
        fx_log[0] = 0;
        fx_sys.board = fx_board;
        fx_sys.backend = &sim_backend;
        fx_sys.options = &fx_options;
        ck_assert_msg(sim_backend.open(&fx_sys) != 0, "line %s accepted", bad[i]);
        ck_assert_msg(strstr(fx_log, "bad line") != NULL, "no log for %s: %s", bad[i], fx_log);
        board_file_free(fx_board);
    }
    /* the bus and address may be left out, options follow either way */
    fx_open_text("board t\nname T\nbackend sim\ngpiochip 0 label=sim lines=4\n"
                 "pin G0 0:0 SDA\npin G1 0:1 SCL\npin G2 0:2 SCK\npin G3 0:3 MOSI\n"
                 "i2c i2c1 scl=SCL sda=SDA default\nspi spi0 sck=SCK mosi=MOSI cs=G3 default\n"
                 "uart uart0 tx=G2\n"
                 "sim 24c02 twr_ms=5\nsim bme280\nsim 24c02 i2c1 0x51 twr_ms=1\nsim mcp3008 vref=5\n",
                 NULL);
    ck_assert_int_eq(hal_i2c_probe(&fx_i2c, 0x50), 0);
    ck_assert_int_eq(hal_i2c_probe(&fx_i2c, 0x77), 0);
    hal_sim_value_t v = {{NULL, NULL, 0x51, -1}, "twr_ms", 0};
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_GET_VALUE, &v), 0);
    ck_assert_double_eq(v.value, 1);
    ck_assert_double_eq(fx_get_value("mcp3008", "vref"), 5);
    hal_sim_device_t d = {.index = 3};
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_DEVICE, &d), 0);
    ck_assert_int_eq(d.cs_pin, 3);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("sim_i2c");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, fx_setup, fx_teardown);
    tcase_add_test(tc, test_probe_and_scan);
    tcase_add_test(tc, test_absent_and_invalid);
    tcase_add_test(tc, test_frequency);
    tcase_add_test(tc, test_repeated_start_vs_stop);
    tcase_add_test(tc, test_device_faults);
    tcase_add_test(tc, test_bus_faults);
    tcase_add_test(tc, test_transaction_log);
    tcase_add_test(tc, test_attach_detach);
    tcase_add_test(tc, test_board_lines);
    suite_add_tcase(s, tc);
    return fx_run(s);
}
