/*
 * The ftdi backend's command batches and clock divisor
 * (backends/ftdi/ftdi_mpsse.c), and the MPSSE emulator the other
 * ftdi tests rely on (fake_mpsse.c, fake_wire.c), checked here with
 * command streams written by hand from AN_108 / AN_113, not by the
 * backend, so that the backend and the emulator cannot agree on a
 * mistake unnoticed.
 */
#include "ftdi_fixture.h"

extern const sim_dev_class_t sim_dev_24c02;

/* ---- the divisor ---- */

START_TEST(divisor)
{
    static const struct {
        uint32_t hz;
        bool three;
        uint16_t div;
        uint32_t actual;
    } cases[] = {
        {30000000, false, 0, 30000000},   {60000000, false, 0, 30000000}, {15000000, false, 1, 15000000},
        {14999999, false, 2, 10000000},   {1000000, false, 29, 1000000},   {100000, false, 299, 100000},
        {458, false, 65502, 457},         {1, false, 65535, 457},          {100000, true, 199, 100000},
        {400000, true, 49, 400000},       {1000000, true, 19, 1000000},    {3400000, true, 5, 3333333},
        {20000000, true, 0, 20000000},    {1, true, 65535, 305},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        uint32_t actual = 0;
        uint16_t d = ftdi_mpsse_divisor(cases[i].hz, cases[i].three, &actual);
        ck_assert_msg(d == cases[i].div && actual == cases[i].actual, "%u Hz%s: divisor %u, %u Hz", cases[i].hz,
                      cases[i].three ? " (3-phase)" : "", d, actual);
    }
}
END_TEST

/* ---- batches ---- */

START_TEST(batch_cut_into_round_trips)
{
    fx_setup();
    ftdi_chan_t *c = fx_sys.gpio[0].data;
    fake_mpsse_set_input(fx_e, 5, 0);
    ftdi_mpsse_t m;
    ftdi_mpsse_begin(&m, c);
    unsigned w = fake_ftdi_writes(fx_dev);
    static const uint8_t get = 0x81;
    for (int i = 0; i < 1500; i++)
        ftdi_mpsse_cmd(&m, &get, 1, 1, 0);
    ck_assert_int_eq(ftdi_mpsse_run(&m), 0);
    ck_assert_uint_eq(m.rx_len, 1500);
    for (int i = 0; i < 1500; i++)
        ck_assert_uint_eq(m.rx[i] & 0x20, 0);
    ck_assert_uint_eq(fake_ftdi_writes(fx_dev) - w, 3); /* 512 + 512 + 476 replies */
    ftdi_mpsse_end(&m);
    /* a batch with no replies is one write */
    ftdi_mpsse_begin(&m, c);
    static const uint8_t out[70000] = {0};
    ftdi_mpsse_bytes(&m, FTDI_OP_DO_WRITE | FTDI_OP_WRITE_NEG, out, 1000);
    w = fake_ftdi_writes(fx_dev);
    ck_assert_int_eq(ftdi_mpsse_run(&m), 0);
    ck_assert_uint_eq(fake_ftdi_writes(fx_dev) - w, 1);
    ftdi_mpsse_end(&m);
    /* and an empty one none */
    ftdi_mpsse_begin(&m, c);
    ck_assert_int_eq(ftdi_mpsse_run(&m), 0);
    ck_assert_uint_eq(fake_ftdi_writes(fx_dev) - w, 1);
    ftdi_mpsse_end(&m);
    fx_teardown();
}
END_TEST

/* ---- the emulator, from hand-written streams ---- */

static fake_mpsse_t *e;
static fake_i2c_t *bus;

static void emu_setup(void)
{
    e = fake_mpsse_new(FAKE_MPSSE_FT232H);
    fake_mpsse_tie(e, 1, 2);
    bus = fake_i2c_new(e, 0, 1);
    ck_assert(fake_i2c_add(bus, &sim_dev_24c02, 0x50, NULL, 0) != NULL);
}

static void emu_teardown(void)
{
    fake_mpsse_free(e);
    e = NULL;
}

static void put(const uint8_t *b, size_t n)
{
    fake_mpsse_write(e, b, n);
}

#define PUT(...)                                    \
    do {                                            \
        static const uint8_t b_[] = {__VA_ARGS__};  \
        put(b_, sizeof(b_));                        \
    } while (0)

/* AN_113's I2C write of one data byte to 0x50 (FT232H drive-zero on
 * ADBUS1: a 1 on SDA is released), with or without 3-phase clocking. */
static void an113_write(bool three_phase)
{
    PUT(0x8a, 0x97, 0x85, 0x86, 0xc7, 0x00, 0x9e, 0x02, 0x00);
    if (three_phase)
        PUT(0x8c);
    else
        PUT(0x8d);
    PUT(0x80, 0x03, 0x03, 0x80, 0x01, 0x03, 0x80, 0x00, 0x03); /* START */
    PUT(0x11, 0x00, 0x00, 0xa0, 0x80, 0x00, 0x01, 0x22, 0x00); /* address, release SDA, ACK bit */
    PUT(0x80, 0x00, 0x03, 0x11, 0x00, 0x00, 0x07, 0x80, 0x00, 0x01, 0x22, 0x00);
    PUT(0x80, 0x00, 0x03, 0x80, 0x01, 0x03, 0x80, 0x03, 0x03, 0x87); /* STOP */
}

START_TEST(emu_i2c_by_the_book)
{
    an113_write(true);
    ck_assert_str_eq(fake_i2c_log(bus), "S 50W A 07 A P");
    ck_assert_uint_eq(fake_i2c_violations(bus), 0);
    uint8_t r[4];
    ck_assert_uint_eq(fake_mpsse_read(e, r, sizeof(r)), 2);
    ck_assert_uint_eq(r[0] & 1, 0); /* ACK bits arrive in bit 0 */
    ck_assert_uint_eq(r[1] & 1, 0);
    ck_assert_uint_eq(fake_mpsse_stats(e)->contention, 0);
    ck_assert_uint_eq(fake_mpsse_stats(e)->bit_hz, 100000);
}
END_TEST

/* Without 3-phase clocking SDA changes as SCL falls: seen as a violation
 * (and the transaction falls apart). */
START_TEST(emu_i2c_needs_three_phase)
{
    an113_write(false);
    ck_assert_uint_gt(fake_i2c_violations(bus), 0);
    ck_assert_str_ne(fake_i2c_log(bus), "S 50W A 07 A P");
}
END_TEST

START_TEST(emu_bad_commands)
{
    PUT(0xab, 0x30, 0x87);
    uint8_t r[8];
    ck_assert_uint_eq(fake_mpsse_read(e, r, sizeof(r)), 4);
    ck_assert(r[0] == 0xfa && r[1] == 0xab && r[2] == 0xfa && r[3] == 0x30);
    ck_assert_uint_eq(fake_mpsse_stats(e)->bad_commands, 2);
    fake_mpsse_t *h2 = fake_mpsse_new(FAKE_MPSSE_FT2232H);
    static const uint8_t dz[] = {0x9e};
    fake_mpsse_write(h2, dz, 1);
    ck_assert_uint_eq(fake_mpsse_read(h2, r, sizeof(r)), 2);
    ck_assert(r[0] == 0xfa && r[1] == 0x9e);
    fake_mpsse_free(h2);
}
END_TEST

START_TEST(emu_commands_split_across_writes)
{
    PUT(0x80);
    PUT(0x10);
    ck_assert_int_eq(fake_mpsse_driven(e, 4), -1);
    PUT(0x10);
    ck_assert_int_eq(fake_mpsse_driven(e, 4), 1);
    PUT(0x97, 0x11, 0x01); /* adaptive clocking off; 2 bytes, data to come */
    PUT(0x00, 0xff);
    PUT(0xff, 0x81);
    uint8_t r[2];
    ck_assert_uint_eq(fake_mpsse_read(e, r, sizeof(r)), 1);
}
END_TEST

START_TEST(emu_gpio_bytes)
{
    PUT(0x82, 0x81, 0x81); /* ACBUS0 and 7 outputs at 1 */
    ck_assert(fake_mpsse_driven(e, 8) == 1 && fake_mpsse_driven(e, 15) == 1 && fake_mpsse_driven(e, 9) == -1);
    fake_mpsse_set_input(e, 9, 0);
    PUT(0x83, 0x81);
    uint8_t r[2];
    ck_assert_uint_eq(fake_mpsse_read(e, r, 2), 2);
    ck_assert_uint_eq(r[0], 0xfd);
    ck_assert_uint_eq(r[1], 0xff);
}
END_TEST

/* Bit-mode input fills from bit 0 (MSB first) or from bit 7 (LSB first);
 * loopback feeds DO back to DI. */
START_TEST(emu_bit_alignment)
{
    PUT(0x80, 0x00, 0x03, 0x84, 0x8d, 0x97);
    PUT(0x33, 0x00, 0x80);       /* 1 bit out (1) and in, MSB first */
    PUT(0x33, 0x02, 0xa0);       /* 3 bits 1 0 1 */
    PUT(0x3b, 0x02, 0x05);       /* LSB first: 1 0 1 */
    PUT(0x31, 0x00, 0x00, 0x3c); /* a byte */
    uint8_t r[4];
    ck_assert_uint_eq(fake_mpsse_read(e, r, 4), 4);
    ck_assert_uint_eq(r[0], 0x01);
    ck_assert_uint_eq(r[1], 0x05);
    ck_assert_uint_eq(r[2], 0xa0);
    ck_assert_uint_eq(r[3], 0x3c);
}
END_TEST

START_TEST(emu_clock_rates)
{
    PUT(0x80, 0x00, 0x01, 0x8b, 0x8d, 0x97, 0x86, 0x00, 0x00, 0x8e, 0x07);
    ck_assert_uint_eq(fake_mpsse_stats(e)->tck_hz, 6000000);
    PUT(0x8a, 0x86, 0x02, 0x00, 0x8f, 0x00, 0x00);
    ck_assert_uint_eq(fake_mpsse_stats(e)->tck_hz, 10000000);
    ck_assert_uint_eq(fake_mpsse_stats(e)->clocks, 16);
    PUT(0x8c, 0x8e, 0x00);
    ck_assert_uint_eq(fake_mpsse_stats(e)->bit_hz, 6666666);
}
END_TEST

/* Adaptive clocking with nothing on RTCK, and a wait on GPIOL1: the
 * chip waits, so what follows is not answered. */
START_TEST(emu_stalls)
{
    PUT(0x80, 0x00, 0x01, 0x96, 0x8e, 0x00, 0x81);
    uint8_t r[2];
    ck_assert(fake_mpsse_stats(e)->stalled);
    ck_assert_uint_eq(fake_mpsse_read(e, r, 2), 0);
    fake_mpsse_reset(e);
    fake_mpsse_set_input(e, 5, 0);
    PUT(0x88, 0x81);
    ck_assert_uint_eq(fake_mpsse_read(e, r, 2), 0);
    fake_mpsse_set_input(e, 5, 1);
    ck_assert_uint_eq(fake_mpsse_read(e, r, 2), 1);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("ftdi_mpsse");
    TCase *t = tcase_create("batches");
    tcase_add_test(t, divisor);
    tcase_add_test(t, batch_cut_into_round_trips);
    suite_add_tcase(s, t);
    TCase *u = tcase_create("emulator");
    tcase_add_checked_fixture(u, emu_setup, emu_teardown);
    tcase_add_test(u, emu_i2c_by_the_book);
    tcase_add_test(u, emu_i2c_needs_three_phase);
    tcase_add_test(u, emu_bad_commands);
    tcase_add_test(u, emu_commands_split_across_writes);
    tcase_add_test(u, emu_gpio_bytes);
    tcase_add_test(u, emu_bit_alignment);
    tcase_add_test(u, emu_clock_rates);
    tcase_add_test(u, emu_stalls);
    suite_add_tcase(s, u);
    return s;
}

int main(void)
{
    return fx_run_suite(suite());
}
