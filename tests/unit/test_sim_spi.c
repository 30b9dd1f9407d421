/*
 * Check tests for the sim backend's SPI buses (backends/sim/sim_spi.c) and
 * the MCP3008 model on them (sim_dev_mcp3008.c): chip select by GPIO (as
 * adafruit_bus_device drives it) and by the bus's own CS, the bit
 * positions adafruit_mcp3xxx reads, faults and the log.
 */
#include "sim_fixture.h"

static const hal_spi_config_t MODE0 = {1000000, 0, 0, 8, 0};

static void configure(const hal_spi_config_t *c)
{
    uint32_t hz = 0;
    ck_assert_int_eq(hal_spi_configure(&fx_spi, c, &hz), 0);
}

static int xfer(const uint8_t *tx, uint8_t *rx, size_t n, uint8_t flags)
{
    hal_spi_xfer_t x = {tx, rx, n, 0, flags};
    return hal_spi_transfer(&fx_spi, &x, 1);
}

/* adafruit_mcp3xxx's read: [0x01, SGL<<7 | ch<<4, 0] */
static int mcp_read(int ch, bool single, uint8_t flags)
{
    uint8_t tx[3] = {0x01, (uint8_t)((single ? 0x80 : 0) | ch << 4), 0}, rx[3];
    ck_assert_int_eq(xfer(tx, rx, 3, flags), 0);
    ck_assert_uint_eq(rx[0], 0xff);            /* high impedance */
    ck_assert_uint_eq(rx[1] & 0xFC, 0xF8);     /* 1111 1 0(null) */
    return (rx[1] & 3) << 8 | rx[2];
}

/* Drive CE0 as a GPIO (claimed on first use in each test). */
static void cs(int level)
{
    const hal_gpio_dev_t *g = &fx_sys.gpio[0];
    if (g->ops->write(g, PIN_CE0, level) != 0)
        fx_gpio_out(PIN_CE0, level, true);
}

START_TEST(test_configure)
{
    uint32_t hz = 0;
    ck_assert_int_eq(hal_spi_configure(&fx_spi, &MODE0, &hz), 0);
    ck_assert_uint_eq(hz, 1000000);
    hal_spi_config_t fast = {80000000, 1, 1, 8, 0};
    ck_assert_int_eq(hal_spi_configure(&fx_spi, &fast, &hz), 0);
    ck_assert_uint_eq(hz, 50000000);
    hal_spi_config_t nine = {1000000, 0, 0, 9, 0};
    ck_assert_int_eq(hal_spi_configure(&fx_spi, &nine, &hz), -EOPNOTSUPP);
    hal_spi_config_t bad = {1000000, 2, 0, 8, 0};
    ck_assert_int_eq(hal_spi_configure(&fx_spi, &bad, &hz), -EINVAL);
}
END_TEST

START_TEST(test_mcp3008_gpio_cs)
{
    configure(&MODE0);
    ck_assert_int_eq(fx_set_value("mcp3008", "ch3", 1.65), 0);
    ck_assert_int_eq(fx_set_value("mcp3008", "ch0", 3.3), 0);
    ck_assert_int_eq(fx_set_value("mcp3008", "ch7", 0.01), 0);
    /* not selected: nobody drives MISO */
    uint8_t tx[3] = {0x01, 0xB0, 0}, rx[3];
    ck_assert_int_eq(xfer(tx, rx, 3, 0), 0);
    ck_assert_uint_eq(rx[1], 0xff);
    ck_assert_uint_eq(rx[2], 0xff);
    for (int ch = 0; ch < 8; ch++) {
        cs(1);
        cs(0);
        int v = mcp_read(ch, true, 0);
        int want = ch == 3 ? 512 : ch == 0 ? 1023 : ch == 7 ? 3 : 0;
        ck_assert_int_eq(v, want);
    }
    cs(1);
}
END_TEST

START_TEST(test_mcp3008_differential_and_framing)
{
    configure(&MODE0);
    ck_assert_int_eq(fx_set_value("mcp3008", "ch0", 2.0), 0);
    ck_assert_int_eq(fx_set_value("mcp3008", "ch1", 1.0), 0);
    cs(0);
    ck_assert_int_eq(mcp_read(0, false, 0), 310); /* CH0+ CH1-: 1024 * 1.0 / 3.3 */
    cs(1);
    cs(0);
    ck_assert_int_eq(mcp_read(1, false, 0), 0);   /* CH0- CH1+: negative reads 0 */
    cs(1);
    /* another framing: start bit in the MSB of byte 0, then SGL D2 D1 D0,
     * null bit, B9..B7 in byte 0; B6..B0 then B1.. LSB first */
    ck_assert_int_eq(fx_set_value("mcp3008", "ch2", 2.5), 0); /* 775 = 0b1100000111 */
    cs(0);
    uint8_t tx[4] = {0xC0 | 2 << 3, 0, 0, 0}, rx[4];
    ck_assert_int_eq(xfer(tx, rx, 4, 0), 0);
    cs(1);
    /* clocks: s=1; c=1..4 cmd; c5 sample; c6 null; B9 at c7 */
    ck_assert_uint_eq(rx[0], 0xFC | (775 >> 9)); /* start..sample 1s, null 0, B9 */
    ck_assert_uint_eq(rx[1], (775 >> 1) & 0xFF); /* B8..B1 */
    ck_assert_uint_eq(rx[2] >> 7, 775 & 1);      /* B0 */
    ck_assert_uint_eq(rx[2] & 0x7F, 0x60);       /* B1..B7 LSB first: 1,1,0,0,0,0,0 */
    ck_assert_uint_eq(rx[3] >> 6, 0x3);          /* B8, B9 */
    ck_assert_uint_eq(rx[3] & 0x3F, 0);          /* zeros after */
    /* values and vref */
    ck_assert_int_eq(fx_set_value("mcp3008", "ch4", 4.0), -ERANGE);
    ck_assert_int_eq(fx_set_value("mcp3008", "vref", 5.0), 0);
    ck_assert_int_eq(fx_set_value("mcp3008", "ch4", 4.0), 0);
    ck_assert_double_eq(fx_get_value("mcp3008", "ch4"), 4.0);
    ck_assert_int_eq(fx_set_value("mcp3008", "ch8", 1), -ENOENT);
    cs(0);
    ck_assert_int_eq(mcp_read(4, true, 0), 819);
    cs(1);
}
END_TEST

START_TEST(test_hardware_cs_and_lsb_first)
{
    configure(&MODE0);
    ck_assert_int_eq(fx_set_value("mcp3008", "ch5", 1.0), 0);
    /* CE0 is the bus's cs and not claimed as a GPIO: CS flag selects */
    ck_assert_int_eq(mcp_read(5, true, HAL_SPI_XFER_CS), 310);
    /* two transfers under one CS (KEEP): the conversion spans both */
    uint8_t a[1] = {0x01}, b[2] = {0xD0, 0}, ra[1], rb[2];
    hal_spi_xfer_t x[2] = {{a, ra, 1, 0, HAL_SPI_XFER_CS | HAL_SPI_XFER_CS_KEEP}, {b, rb, 2, 0, HAL_SPI_XFER_CS}};
    ck_assert_int_eq(hal_spi_transfer(&fx_spi, x, 2), 0);
    ck_assert_int_eq((rb[0] & 3) << 8 | rb[1], 310);
    /* lsb_first: the device sees the bytes reversed on the wire */
    hal_spi_config_t lsb = MODE0;
    lsb.lsb_first = 1;
    configure(&lsb);
    uint8_t tx[3] = {0x80, 0x0B, 0}, rx[3]; /* 0x01, 0xD0 (ch5) reversed */
    ck_assert_int_eq(xfer(tx, rx, 3, HAL_SPI_XFER_CS), 0);
    ck_assert_uint_eq(rx[1] & 0xC0, (310 >> 8 & 1) << 7 | (310 >> 9) << 6);
}
END_TEST

START_TEST(test_faults_and_log)
{
    configure(&MODE0);
    ck_assert_int_eq(fx_set_value("mcp3008", "ch0", 3.3), 0);
    hal_sim_fault_t f = {{NULL, "spi0", -1, -1}, true, HAL_SIM_FAULT_STUCK, 0};
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_FAULT, &f), 0);
    uint8_t tx[3] = {0x01, 0x80, 0}, rx[3];
    ck_assert_int_eq(xfer(tx, rx, 3, HAL_SPI_XFER_CS), 0);
    ck_assert_uint_eq(rx[0] | rx[1] | rx[2], 0);
    f.fault = HAL_SIM_FAULT_EIO;
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_FAULT, &f), 0);
    ck_assert_int_eq(xfer(tx, rx, 3, HAL_SPI_XFER_CS), -EIO);
    f.fault = HAL_SIM_FAULT_TIMEOUT;
    f.count = 1;
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_FAULT, &f), 0);
    ck_assert_int_eq(xfer(tx, rx, 3, HAL_SPI_XFER_CS), -ETIMEDOUT);
    ck_assert_int_eq(mcp_read(0, true, HAL_SPI_XFER_CS), 1023); /* counted out */
    /* a device fault: EIO from the selected device */
    hal_sim_fault_t df = {{"mcp3008", NULL, -1, -1}, false, HAL_SIM_FAULT_EIO, 0};
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_FAULT, &df), 0);
    ck_assert_int_eq(xfer(tx, rx, 3, HAL_SPI_XFER_CS), -EIO);
    df.fault = HAL_SIM_FAULT_NACK; /* absent: MISO floats high */
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_FAULT, &df), 0);
    ck_assert_int_eq(xfer(tx, rx, 3, HAL_SPI_XFER_CS), 0);
    ck_assert_uint_eq(rx[1] & rx[2], 0xff);
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_CLEAR_FAULTS, NULL), 0);
    /* the log: 'w' then 'r' of a full-duplex transfer, CS pin as address */
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_TXLOG_CLEAR, NULL), 0);
    ck_assert_int_eq(mcp_read(0, true, HAL_SPI_XFER_CS), 1023);
    hal_sim_txlog_t t = {0};
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_TXLOG, &t), 0);
    ck_assert_str_eq(t.bus, "spi0");
    ck_assert_int_eq(t.dir, 'w');
    ck_assert_uint_eq(t.addr, PIN_CE0);
    ck_assert_uint_eq(t.len, 3);
    ck_assert_mem_eq(t.data, tx, 3);
    t.index = 1;
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_TXLOG, &t), 0);
    ck_assert_int_eq(t.dir, 'r');
    ck_assert_uint_eq(t.data[2], 0xff);
    /* a read with nothing to send (tx NULL): only 'r' */
    uint8_t in[2];
    hal_spi_xfer_t rd = {NULL, in, 2, 0xAA, 0};
    ck_assert_int_eq(hal_spi_transfer(&fx_spi, &rd, 1), 0);
    t.index = 2;
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_TXLOG, &t), 0);
    ck_assert_int_eq(t.dir, 'r');
    ck_assert_uint_eq(t.addr, 0xffff); /* nobody selected */
}
END_TEST

START_TEST(test_attach_on_other_cs)
{
    hal_sim_attach_t a = {"mcp3008", "spi0", {-1, -1}, -1, PIN_CE1, NULL, 0};
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_ATTACH, &a), 0);
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_ATTACH, &a), -EBUSY);
    hal_sim_value_t v = {{NULL, NULL, -1, PIN_CE1}, "ch6", 0.5};
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_SET_VALUE, &v), 0);
    configure(&MODE0);
    /* CE1 starts high (the device's pull-up) until the program drives it */
    int level, driven;
    ck_assert_int_eq(sim_gpio_peek(&fx_sys.gpio[0], PIN_CE1, &level, &driven), 0);
    ck_assert_int_eq(level, 1);
    fx_gpio_out(PIN_CE1, 0, true);
    ck_assert_int_eq(mcp_read(6, true, 0), 155);
    fx_gpio_out(PIN_CE1, 1, false);
    hal_sim_attach_t i2c_kind = {"24c02", "spi0", {-1, -1}, -1, PIN_D9, NULL, 0};
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_ATTACH, &i2c_kind), -EINVAL);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("sim_spi");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, fx_setup, fx_teardown);
    tcase_add_test(tc, test_configure);
    tcase_add_test(tc, test_mcp3008_gpio_cs);
    tcase_add_test(tc, test_mcp3008_differential_and_framing);
    tcase_add_test(tc, test_hardware_cs_and_lsb_first);
    tcase_add_test(tc, test_faults_and_log);
    tcase_add_test(tc, test_attach_on_other_cs);
    suite_add_tcase(s, tc);
    return fx_run(s);
}
