/*
 * Check tests for the sim backend's I2C device models, register by
 * register, through the I2C dispatchers as a driver would use them:
 * sim_dev_24c02.c, sim_dev_mcp9808.c, sim_dev_bme280.c, sim_dev_ssd1306.c.
 * (sim_dev_mcp3008.c is in test_sim_spi.c, the PNG writer in
 * test_sim_png.c.)
 */
#include <math.h>
#include <time.h>
#include <unistd.h>

#include "sim_fixture.h"

static void sleep_ms(double ms)
{
    struct timespec ts = {(time_t)(ms / 1000), (long)(fmod(ms, 1000.0) * 1e6)};
    nanosleep(&ts, NULL);
}

/* ---- 24C02 ---- */

START_TEST(test_24c02_page_write_wraps)
{
    uint8_t w[5] = {0x06, 1, 2, 3, 4}, r[8];
    ck_assert_int_eq(fx_write(0x50, w, 5), 0);
    uint8_t a = 0x00;
    ck_assert_int_eq(fx_write_read(0x50, &a, 1, r, 8), 0);
    const uint8_t want[8] = {3, 4, 0xff, 0xff, 0xff, 0xff, 1, 2};
    ck_assert_mem_eq(r, want, 8);
    ck_assert_double_eq(fx_get_value("24c02", "mem[6]"), 1);
    /* nine bytes into one page: the ninth overwrites the first */
    uint8_t nine[10] = {0x10, 10, 11, 12, 13, 14, 15, 16, 17, 18};
    ck_assert_int_eq(fx_write(0x50, nine, 10), 0);
    a = 0x10;
    ck_assert_int_eq(fx_write_read(0x50, &a, 1, r, 8), 0);
    const uint8_t want2[8] = {18, 11, 12, 13, 14, 15, 16, 17};
    ck_assert_mem_eq(r, want2, 8);
}
END_TEST

START_TEST(test_24c02_reads)
{
    ck_assert_int_eq(fx_set_value("24c02", "mem[255]", 0xEE), 0);
    ck_assert_int_eq(fx_set_value("24c02", "mem[0]", 0x11), 0);
    ck_assert_int_eq(fx_set_value("24c02", "mem[1]", 0x22), 0);
    ck_assert_int_eq(fx_set_value("24c02", "mem[256]", 1), -ENOENT);
    ck_assert_int_eq(fx_set_value("24c02", "mem[3]", 256), -ERANGE);
    ck_assert_int_eq(fx_set_value("24c02", "memo", 1), -ENOENT);
    /* random read at the end: sequential reads roll over to 0 */
    uint8_t a = 0xFF, r[3];
    ck_assert_int_eq(fx_write_read(0x50, &a, 1, r, 3), 0);
    ck_assert_uint_eq(r[0], 0xEE);
    ck_assert_uint_eq(r[1], 0x11);
    ck_assert_uint_eq(r[2], 0x22);
    /* current-address read continues where the pointer is */
    ck_assert_int_eq(fx_read(0x50, r, 1), 0);
    ck_assert_uint_eq(r[0], 0xff);
    /* a write of just the address (then STOP) sets the pointer, writes
     * nothing */
    a = 0x01;
    ck_assert_int_eq(fx_write(0x50, &a, 1), 0);
    ck_assert_int_eq(fx_read(0x50, r, 1), 0);
    ck_assert_uint_eq(r[0], 0x22);
    /* after a write the pointer is past the last byte written */
    uint8_t w[3] = {0x40, 0x55, 0x66};
    ck_assert_int_eq(fx_write(0x50, w, 3), 0);
    ck_assert_int_eq(fx_read(0x50, r, 1), 0);
    ck_assert_uint_eq(r[0], 0xff); /* 0x42 */
}
END_TEST

START_TEST(test_24c02_write_cycle)
{
    ck_assert_int_eq(fx_set_value("24c02", "twr_ms", 40), 0);
    ck_assert_double_eq(fx_get_value("24c02", "twr_ms"), 40);
    uint8_t w[2] = {0x30, 0x77};
    ck_assert_int_eq(fx_write(0x50, w, 2), 0);
    /* acknowledge polling: NACK while programming */
    ck_assert_int_eq(hal_i2c_probe(&fx_i2c, 0x50), -ENODEV);
    ck_assert_int_eq(fx_write(0x50, w, 2), -ENODEV);
    sleep_ms(60);
    ck_assert_int_eq(hal_i2c_probe(&fx_i2c, 0x50), 0);
    ck_assert_double_eq(fx_get_value("24c02", "mem[48]"), 0x77);
    /* a write of just the address starts no write cycle */
    ck_assert_int_eq(fx_write(0x50, w, 1), 0);
    ck_assert_int_eq(hal_i2c_probe(&fx_i2c, 0x50), 0);
}
END_TEST

/* ---- MCP9808 ---- */

/* adafruit_mcp9808's conversion of T_A (and the limit registers) */
static double mcp9808_temp(uint16_t r)
{
    double v = ((r >> 8) & 0x0F) * 16 + (r & 0xFF) / 16.0;
    return r & 0x1000 ? v - 256.0 : v;
}

START_TEST(test_mcp9808_ids_and_temperature)
{
    ck_assert_uint_eq(fx_reg16(0x18, 0x06), 0x0054);
    ck_assert_uint_eq(fx_reg16(0x18, 0x07), 0x0400);
    ck_assert_uint_eq(fx_reg8(0x18, 0x08), 0x03);
    ck_assert_uint_eq(fx_reg16(0x18, 0x01), 0x0000);
    ck_assert_int_eq(fx_set_value("mcp9808", "temperature", 25.0625), 0);
    /* limits are 0 at power-on: Ta >= Tcrit and Ta > Tupper flags */
    ck_assert_uint_eq(fx_reg16(0x18, 0x05), 0xC191);
    ck_assert_double_eq(mcp9808_temp(fx_reg16(0x18, 0x05)), 25.0625);
    ck_assert_int_eq(fx_set_value("mcp9808", "temperature", -10.5), 0);
    ck_assert_uint_eq(fx_reg16(0x18, 0x05), 0x3F58); /* Ta < Tlower, sign */
    ck_assert_double_eq(mcp9808_temp(fx_reg16(0x18, 0x05)), -10.5);
    ck_assert_int_eq(fx_set_value("mcp9808", "temperature", -0.01), 0);
    ck_assert_double_eq(mcp9808_temp(fx_reg16(0x18, 0x05)), -0.0625);
    ck_assert_int_eq(fx_set_value("mcp9808", "temperature", 300), -ERANGE);
    ck_assert_int_eq(fx_set_value("mcp9808", "humidity", 3), -ENOENT);
    /* reading on without a new pointer repeats the register */
    uint8_t p = 0x06, r[4];
    ck_assert_int_eq(fx_write_read(0x18, &p, 1, r, 4), 0);
    ck_assert_uint_eq(r[0], 0x00);
    ck_assert_uint_eq(r[1], 0x54);
    ck_assert_uint_eq(r[2], 0x00);
    ck_assert_uint_eq(r[3], 0x54);
}
END_TEST

START_TEST(test_mcp9808_resolution)
{
    uint8_t w[2] = {0x08, 0x00}; /* 0.5 C */
    ck_assert_int_eq(fx_write(0x18, w, 2), 0);
    ck_assert_uint_eq(fx_reg8(0x18, 0x08), 0);
    ck_assert_int_eq(fx_set_value("mcp9808", "temperature", 25.3), 0);
    ck_assert_double_eq(mcp9808_temp(fx_reg16(0x18, 0x05)), 25.0);
    ck_assert_int_eq(fx_set_value("mcp9808", "temperature", -0.1), 0);
    ck_assert_double_eq(mcp9808_temp(fx_reg16(0x18, 0x05)), -0.5);
    w[1] = 0x02; /* 0.125 C */
    ck_assert_int_eq(fx_write(0x18, w, 2), 0);
    ck_assert_int_eq(fx_set_value("mcp9808", "temperature", 25.3), 0);
    ck_assert_double_eq(mcp9808_temp(fx_reg16(0x18, 0x05)), 25.25);
    w[1] = 0xFF; /* only bits 1..0 */
    ck_assert_int_eq(fx_write(0x18, w, 2), 0);
    ck_assert_uint_eq(fx_reg8(0x18, 0x08), 3);
}
END_TEST

START_TEST(test_mcp9808_limits_and_locks)
{
    uint8_t up[3] = {0x02, 0x01, 0x90}; /* Tupper 25.0 */
    ck_assert_int_eq(fx_write(0x18, up, 3), 0);
    ck_assert_uint_eq(fx_reg16(0x18, 0x02), 0x0190);
    uint8_t lo[3] = {0x03, 0xFF, 0xFF}; /* unimplemented bits read 0 */
    ck_assert_int_eq(fx_write(0x18, lo, 3), 0);
    ck_assert_uint_eq(fx_reg16(0x18, 0x03), 0x1FFC);
    ck_assert_double_eq(mcp9808_temp(fx_reg16(0x18, 0x03)), -0.25);
    uint8_t crit[3] = {0x04, 0x02, 0x00}; /* 32.0 */
    ck_assert_int_eq(fx_write(0x18, crit, 3), 0);
    ck_assert_int_eq(fx_set_value("mcp9808", "temperature", 30), 0);
    ck_assert_uint_eq(fx_reg16(0x18, 0x05) & 0xE000, 0x4000); /* > upper only */
    ck_assert_int_eq(fx_set_value("mcp9808", "temperature", 32), 0);
    ck_assert_uint_eq(fx_reg16(0x18, 0x05) & 0xE000, 0xC000);
    /* alert enabled (comparator, Tcrit only): status bit 4 */
    uint8_t cfg[3] = {0x01, 0x00, 0x0C};
    ck_assert_int_eq(fx_write(0x18, cfg, 3), 0);
    ck_assert_uint_eq(fx_reg16(0x18, 0x01), 0x001C);
    ck_assert_int_eq(fx_set_value("mcp9808", "temperature", 20), 0);
    ck_assert_uint_eq(fx_reg16(0x18, 0x01), 0x000C);
    /* crit lock: T_CRIT and the alert settings freeze; the lock stays */
    cfg[2] = 0x8C;
    ck_assert_int_eq(fx_write(0x18, cfg, 3), 0);
    ck_assert_uint_eq(fx_reg16(0x18, 0x01), 0x008C);
    crit[1] = 0x00;
    ck_assert_int_eq(fx_write(0x18, crit, 3), 0);
    ck_assert_uint_eq(fx_reg16(0x18, 0x04), 0x0200);
    cfg[2] = 0x00;
    ck_assert_int_eq(fx_write(0x18, cfg, 3), 0);
    ck_assert_uint_eq(fx_reg16(0x18, 0x01), 0x008C);
    ck_assert_int_eq(fx_write(0x18, up, 3), 0); /* window not locked */
}
END_TEST

START_TEST(test_mcp9808_shutdown)
{
    ck_assert_int_eq(fx_set_value("mcp9808", "temperature", 21), 0);
    uint8_t cfg[3] = {0x01, 0x01, 0x00};
    ck_assert_int_eq(fx_write(0x18, cfg, 3), 0);
    ck_assert_int_eq(fx_set_value("mcp9808", "temperature", 22), 0);
    ck_assert_double_eq(mcp9808_temp(fx_reg16(0x18, 0x05)), 21);
    cfg[1] = 0;
    ck_assert_int_eq(fx_write(0x18, cfg, 3), 0);
    ck_assert_double_eq(mcp9808_temp(fx_reg16(0x18, 0x05)), 22);
}
END_TEST

/* ---- BME280: what adafruit_bme280 computes (datasheet 8.1) ---- */

typedef struct cal {
    double t[3], p[9], h[6];
} cal_t;

static void bme_read(uint8_t reg, uint8_t *buf, size_t n)
{
    /* as adafruit_bme280 does it: a write, STOP, a read */
    ck_assert_int_eq(fx_write(0x77, &reg, 1), 0);
    ck_assert_int_eq(fx_read(0x77, buf, n), 0);
}

static void bme_write(uint8_t reg, uint8_t v)
{
    uint8_t w[2] = {reg, v};
    ck_assert_int_eq(fx_write(0x77, w, 2), 0);
}

static cal_t bme_calibration(void)
{
    uint8_t c[26], e[7];
    bme_read(0x88, c, 26);
    bme_read(0xE1, e, 7);
    cal_t k;
    for (int i = 0; i < 12; i++) {
        uint16_t u = (uint16_t)(c[2 * i] | c[2 * i + 1] << 8);
        double v = (i == 0 || i == 3) ? u : (int16_t)u;
        if (i < 3)
            k.t[i] = v;
        else
            k.p[i - 3] = v;
    }
    k.h[0] = c[25];
    k.h[1] = (int16_t)(e[0] | e[1] << 8);
    k.h[2] = e[2];
    k.h[3] = ((int8_t)e[3] * 16) | (e[4] & 0xF);
    k.h[4] = ((int8_t)e[5] * 16) | (e[4] >> 4);
    k.h[5] = (int8_t)e[6];
    return k;
}

static void bme_measure(const cal_t *k, double *t, double *p, double *h)
{
    bme_write(0xF2, 0x01);                       /* humidity x1 */
    bme_write(0xF4, 1 << 5 | 5 << 2 | 1);        /* T x1, P x16, forced */
    uint8_t st;
    int loops = 0;
    do {
        sleep_ms(2);
        bme_read(0xF3, &st, 1);
        loops++;
    } while (st & 0x08);
    ck_assert_int_gt(loops, 1); /* it did take a while */
    uint8_t d[8];
    bme_read(0xF7, d, 8);
    double adc_p = (d[0] * 65536.0 + d[1] * 256.0 + d[2]) / 16, adc_t = (d[3] * 65536.0 + d[4] * 256.0 + d[5]) / 16,
           adc_h = d[6] << 8 | d[7];
    double v1 = (adc_t / 16384.0 - k->t[0] / 1024.0) * k->t[1];
    double v2 = (adc_t / 131072.0 - k->t[0] / 8192.0) * (adc_t / 131072.0 - k->t[0] / 8192.0) * k->t[2];
    double t_fine = (double)(int)(v1 + v2);
    *t = t_fine / 5120.0;
    v1 = t_fine / 2.0 - 64000.0;
    v2 = v1 * v1 * k->p[5] / 32768.0;
    v2 = v2 + v1 * k->p[4] * 2.0;
    v2 = v2 / 4.0 + k->p[3] * 65536.0;
    double v3 = k->p[2] * v1 * v1 / 524288.0;
    v1 = (v3 + k->p[1] * v1) / 524288.0;
    v1 = (1.0 + v1 / 32768.0) * k->p[0];
    double pr = 1048576.0 - adc_p;
    pr = ((pr - v2 / 4096.0) * 6250.0) / v1;
    v1 = k->p[8] * pr * pr / 2147483648.0;
    v2 = pr * k->p[7] / 32768.0;
    *p = (pr + (v1 + v2 + k->p[6]) / 16.0) / 100;
    v1 = t_fine - 76800.0;
    v2 = k->h[3] * 64.0 + (k->h[4] / 16384.0) * v1;
    v3 = adc_h - v2;
    double v4 = k->h[1] / 65536.0, v5 = 1.0 + (k->h[2] / 67108864.0) * v1;
    double v6 = 1.0 + (k->h[5] / 67108864.0) * v1 * v5;
    v6 = v3 * v4 * (v5 * v6);
    *h = v6 * (1.0 - k->h[0] * v6 / 524288.0);
    *h = *h > 100 ? 100 : *h < 0 ? 0 : *h;
}

START_TEST(test_bme280_registers)
{
    ck_assert_uint_eq(fx_reg8(0x77, 0xD0), 0x60);
    /* calibration, little endian: dig_T1 = 27504 */
    uint8_t c[2];
    bme_read(0x88, c, 2);
    ck_assert_uint_eq(c[0] | c[1] << 8, 27504);
    /* (register, value) pairs in one write; reads auto-increment */
    uint8_t w[4] = {0xF2, 0x03, 0xF5, 0xA0};
    ck_assert_int_eq(fx_write(0x77, w, 4), 0);
    uint8_t r[4];
    bme_read(0xF2, r, 4);
    ck_assert_uint_eq(r[0], 0x03);
    ck_assert_uint_eq(r[1], 0x00); /* status */
    ck_assert_uint_eq(r[2], 0x00); /* ctrl_meas */
    ck_assert_uint_eq(r[3], 0xA0);
    /* data after reset: 0x80000 / 0x8000 */
    uint8_t d[8];
    bme_read(0xF7, d, 8);
    const uint8_t reset_data[8] = {0x80, 0, 0, 0x80, 0, 0, 0x80, 0};
    ck_assert_mem_eq(d, reset_data, 8);
    bme_write(0xE0, 0xB6); /* soft reset */
    bme_read(0xF2, r, 4);
    ck_assert_uint_eq(r[0], 0);
    ck_assert_uint_eq(r[3], 0);
    bme_write(0xE0, 0x12); /* not the reset word: ignored */
    ck_assert_uint_eq(fx_reg8(0x77, 0xD0), 0x60);
}
END_TEST

START_TEST(test_bme280_compensation)
{
    cal_t k = bme_calibration();
    static const double cases[][3] = {
        {23.5, 1013.25, 45.0}, {-12.34, 850.5, 5.5}, {-40, 300, 0.5}, {85, 1100, 99.0}, {0.0, 1000.0, 50.0},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        ck_assert_int_eq(fx_set_value("bme280", "temperature", cases[i][0]), 0);
        ck_assert_int_eq(fx_set_value("bme280", "pressure", cases[i][1]), 0);
        ck_assert_int_eq(fx_set_value("bme280", "humidity", cases[i][2]), 0);
        double t, p, h;
        bme_measure(&k, &t, &p, &h);
        ck_assert_msg(fabs(t - cases[i][0]) < 0.003, "T %g for %g", t, cases[i][0]);
        ck_assert_msg(fabs(p - cases[i][1]) < 0.003, "P %g for %g", p, cases[i][1]);
        ck_assert_msg(fabs(h - cases[i][2]) < 0.005, "H %g for %g", h, cases[i][2]);
    }
    ck_assert_int_eq(fx_set_value("bme280", "temperature", 86), -ERANGE);
    ck_assert_int_eq(fx_set_value("bme280", "pressure", 200), -ERANGE);
    ck_assert_int_eq(fx_set_value("bme280", "humidity", -1), -ERANGE);
    ck_assert_double_eq(fx_get_value("bme280", "humidity"), 50.0);
}
END_TEST

START_TEST(test_bme280_modes)
{
    /* forced: back to sleep after the measurement */
    bme_write(0xF2, 0x01);
    bme_write(0xF4, 0x21);
    ck_assert_uint_eq(fx_reg8(0x77, 0xF3) & 0x08, 0x08);
    ck_assert_uint_eq(fx_reg8(0x77, 0xF4), 0x21);
    sleep_ms(15);
    ck_assert_uint_eq(fx_reg8(0x77, 0xF3) & 0x08, 0);
    ck_assert_uint_eq(fx_reg8(0x77, 0xF4), 0x20);
    /* ctrl_hum only counts from the next ctrl_meas write: humidity was
     * measured (x1) */
    uint8_t d[8];
    bme_read(0xF7, d, 8);
    ck_assert_uint_ne(d[6] << 8 | d[7], 0x8000);
    ck_assert_uint_eq(d[0] << 12 | d[1] << 4 | d[2] >> 4, 0x80000); /* pressure skipped */
    bme_write(0xF2, 0x00);
    bme_read(0xF7, d, 8);
    ck_assert_uint_ne(d[6] << 8 | d[7], 0x8000); /* still the old data */
    bme_write(0xF4, 0x21);
    sleep_ms(15);
    bme_read(0xF7, d, 8);
    ck_assert_uint_eq(d[6] << 8 | d[7], 0x8000); /* humidity skipped now */
    /* normal mode: data follows the values; stays in normal mode */
    bme_write(0xF5, 0x00);
    bme_write(0xF4, 0x23);
    sleep_ms(15);
    uint8_t t1[3], t2[3];
    bme_read(0xFA, t1, 3);
    ck_assert_int_eq(fx_set_value("bme280", "temperature", 30), 0);
    bme_read(0xFA, t2, 3);
    ck_assert_int_ne(memcmp(t1, t2, 3), 0);
    ck_assert_uint_eq(fx_reg8(0x77, 0xF4), 0x23);
}
END_TEST

/* ---- SSD1306 ---- */

static void oled_cmds(const uint8_t *c, size_t n)
{
    for (size_t i = 0; i < n; i++) { /* as adafruit_ssd1306: Co = 1, one byte */
        uint8_t w[2] = {0x80, c[i]};
        ck_assert_int_eq(fx_write(0x3C, w, 2), 0);
    }
}

static void oled_data(const uint8_t *d, size_t n)
{
    uint8_t *w = malloc(n + 1);
    w[0] = 0x40;
    memcpy(w + 1, d, n);
    ck_assert_int_eq(fx_write(0x3C, w, n + 1), 0);
    free(w);
}

static int pixel(int x, int y)
{
    char name[32];
    snprintf(name, sizeof(name), "pixel[%d,%d]", x, y);
    return (int)fx_get_value("ssd1306", name);
}

/* adafruit_ssd1306's init for 128x64, then its show() window */
static const uint8_t oled_init[] = {0xAE, 0x20, 0x00, 0x40, 0xA1, 0xA8, 63, 0xC8, 0xD3, 0x00, 0xDA, 0x12, 0xD5,
                                    0x80, 0xD9, 0xF1, 0xDB, 0x30, 0x81, 0xFF, 0xA4, 0xA6, 0x8D, 0x14, 0xAF};
static const uint8_t oled_window[] = {0x21, 0, 127, 0x22, 0, 7};

START_TEST(test_ssd1306_horizontal)
{
    ck_assert_int_eq(pixel(0, 0), 0); /* off at reset */
    oled_cmds(oled_init, sizeof(oled_init));
    oled_cmds(oled_window, sizeof(oled_window));
    static uint8_t fb[1024];
    memset(fb, 0, sizeof(fb));
    fb[0] = 0x01;          /* (0, 0) */
    fb[127] = 0x80;        /* (127, 7) */
    fb[128 + 5] = 0x02;    /* (5, 9) */
    fb[1023] = 0x80;       /* (127, 63) */
    oled_data(fb, sizeof(fb));
    ck_assert_int_eq(pixel(0, 0), 1);
    ck_assert_int_eq(pixel(1, 0), 0);
    ck_assert_int_eq(pixel(127, 7), 1);
    ck_assert_int_eq(pixel(5, 9), 1);
    ck_assert_int_eq(pixel(127, 63), 1);
    ck_assert_double_eq(fx_get_value("ssd1306", "contrast"), 255);
    /* one more byte wraps to the window's start */
    uint8_t one = 0xFF;
    oled_data(&one, 1);
    ck_assert_int_eq(pixel(0, 7), 1);
    /* the text dump: 64 lines of 128 */
    char text[64 * 129 + 1];
    hal_sim_dump_t d = {{"ssd1306", NULL, -1, -1}, NULL, text, sizeof(text), 0};
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_DUMP, &d), 0);
    ck_assert_uint_eq(d.text_len, 64 * 129);
    ck_assert_int_eq(text[0], '#');
    ck_assert_int_eq(text[1], '.');
    ck_assert_int_eq(text[128], '\n');
    ck_assert_int_eq(text[9 * 129 + 5], '#');
    /* too small a buffer: truncated, full length reported */
    char small[10];
    d.text = small;
    d.text_size = sizeof(small);
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_DUMP, &d), 0);
    ck_assert_uint_eq(d.text_len, 64 * 129);
    ck_assert_uint_eq(strlen(small), 9);
    /* not a display */
    hal_sim_dump_t e = {{"bme280", NULL, -1, -1}, NULL, small, sizeof(small), 0};
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_DUMP, &e), -EOPNOTSUPP);
}
END_TEST

START_TEST(test_ssd1306_display_modes)
{
    oled_cmds(oled_init, sizeof(oled_init));
    oled_cmds(oled_window, sizeof(oled_window));
    uint8_t b = 0x01;
    oled_data(&b, 1); /* (0, 0) lit */
    const uint8_t inv[] = {0xA7};
    oled_cmds(inv, 1);
    ck_assert_int_eq(pixel(0, 0), 0);
    ck_assert_int_eq(pixel(1, 0), 1);
    const uint8_t norm_all[] = {0xA6, 0xA5};
    oled_cmds(norm_all, 2);
    ck_assert_int_eq(pixel(1, 0), 1); /* entire display on */
    const uint8_t resume_off[] = {0xA4, 0xAE};
    oled_cmds(resume_off, 2);
    ck_assert_int_eq(pixel(0, 0), 0);
    ck_assert_double_eq(fx_get_value("ssd1306", "on"), 0);
    const uint8_t on_flip[] = {0xAF, 0xA0, 0xC0};
    oled_cmds(on_flip, 3); /* the module's panel upside down */
    ck_assert_int_eq(pixel(0, 0), 0);
    ck_assert_int_eq(pixel(127, 63), 1);
    const uint8_t back_start[] = {0xA1, 0xC8, 0x41}; /* start line 1 */
    oled_cmds(back_start, 3);
    ck_assert_int_eq(pixel(0, 63), 1);
    ck_assert_int_eq(pixel(0, 0), 0);
}
END_TEST

START_TEST(test_ssd1306_vertical_and_page)
{
    oled_cmds(oled_init, sizeof(oled_init));
    const uint8_t vert[] = {0x20, 0x01, 0x21, 10, 11, 0x22, 2, 3};
    oled_cmds(vert, sizeof(vert));
    const uint8_t d[5] = {0x01, 0x02, 0x04, 0x08, 0x10};
    oled_data(d, 5);
    /* (col 10, page 2), (10, 3), (11, 2), (11, 3), wrap to (10, 2) */
    ck_assert_int_eq(pixel(10, 16), 0); /* overwritten by the fifth */
    ck_assert_int_eq(pixel(10, 20), 1);
    ck_assert_int_eq(pixel(10, 25), 1);
    ck_assert_int_eq(pixel(11, 18), 1);
    ck_assert_int_eq(pixel(11, 27), 1);
    /* page mode: B0+page, low/high column nibbles; wraps in the page */
    const uint8_t page[] = {0x20, 0x02, 0xB5, 0x0E, 0x17};
    oled_cmds(page, sizeof(page));
    uint8_t two[3] = {0x80, 0x80, 0x80};
    oled_data(two, 3); /* columns 126, 127, then the window start (10) */
    ck_assert_int_eq(pixel(126, 47), 1);
    ck_assert_int_eq(pixel(127, 47), 1);
    ck_assert_int_eq(pixel(10, 47), 1);
    /* Co = 0 stream of commands in one message */
    uint8_t stream[4] = {0x00, 0xA7, 0x81, 0x10};
    ck_assert_int_eq(fx_write(0x3C, stream, 4), 0);
    ck_assert_double_eq(fx_get_value("ssd1306", "inverse"), 1);
    ck_assert_double_eq(fx_get_value("ssd1306", "contrast"), 0x10);
}
END_TEST

START_TEST(test_ssd1306_png)
{
    oled_cmds(oled_init, sizeof(oled_init));
    char path[] = "/tmp/test_sim_oledXXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    close(fd);
    hal_sim_dump_t d = {{"ssd1306", NULL, -1, -1}, path, NULL, 0, 0};
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_DUMP, &d), 0);
    FILE *f = fopen(path, "rb");
    uint8_t head[24];
    ck_assert_uint_eq(fread(head, 1, 24, f), 24);
    fclose(f);
    ck_assert_mem_eq(head, "\x89PNG\r\n\x1a\n", 8);
    ck_assert_mem_eq(head + 12, "IHDR", 4);
    ck_assert_uint_eq(head[19], 128); /* width */
    ck_assert_uint_eq(head[23], 64);  /* height */
    unlink(path);
    d.png_path = "/nonexistent-dir/x.png";
    ck_assert_int_eq(fx_ctl(HAL_CTL_SIM_DUMP, &d), -ENOENT);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("sim_devices");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, fx_setup, fx_teardown);
    tcase_set_timeout(tc, 20);
    tcase_add_test(tc, test_24c02_page_write_wraps);
    tcase_add_test(tc, test_24c02_reads);
    tcase_add_test(tc, test_24c02_write_cycle);
    tcase_add_test(tc, test_mcp9808_ids_and_temperature);
    tcase_add_test(tc, test_mcp9808_resolution);
    tcase_add_test(tc, test_mcp9808_limits_and_locks);
    tcase_add_test(tc, test_mcp9808_shutdown);
    tcase_add_test(tc, test_bme280_registers);
    tcase_add_test(tc, test_bme280_compensation);
    tcase_add_test(tc, test_bme280_modes);
    tcase_add_test(tc, test_ssd1306_horizontal);
    tcase_add_test(tc, test_ssd1306_display_modes);
    tcase_add_test(tc, test_ssd1306_vertical_and_page);
    tcase_add_test(tc, test_ssd1306_png);
    suite_add_tcase(s, tc);
    return fx_run(s);
}
