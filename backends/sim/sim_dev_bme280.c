/*
 * BME280 humidity/pressure/temperature sensor (Bosch BST-BME280-DS002),
 * I2C, default address 0x77.
 *
 * Registers: 0x88..0xA1 and 0xE1..0xE7 calibration (the values of a real
 * part), 0xD0 chip id 0x60, 0xE0 reset (write 0xB6), 0xF2 ctrl_hum,
 * 0xF3 status (bit 3 measuring), 0xF4 ctrl_meas (osrs_t, osrs_p, mode),
 * 0xF5 config (t_sb, filter, spi3w_en), 0xF7..0xFE press/temp/hum data.
 * Writes are (register, value) pairs; reads auto-increment. ctrl_hum takes
 * effect at the next ctrl_meas write, as the datasheet says.
 *
 * Modes: sleep; forced (one measurement, then back to sleep; status bit 3
 * set meanwhile); normal (a measurement every t_measure + t_standby). The
 * data registers show the last completed measurement (0x80000 / 0x8000
 * after reset and for a skipped measurement). Measurement times are the
 * datasheet's typical ones (section 9.1).
 *
 * The raw ADC values are found by inverting the datasheet's
 * floating-point compensation formulas (section 8.1, the ones
 * adafruit_bme280 implements, including its integer t_fine): the raw value
 * at the configured resolution (16 + osrs - 1 bits, 20 with the IIR
 * filter; humidity 16) whose compensated value is nearest the one set.
 * The formulas are monotonic in the raw value over the whole range, so a
 * bisection finds it.
 *
 * Test values: "temperature" (C, -40..85), "pressure" (hPa, 300..1100),
 * "humidity" (%RH, 0..100).
 */
#include <errno.h>
#include <string.h>

#include "sim.h"
#include "sim_dev.h"

/* calibration of a real part: T1..T3, P1..P9, H1..H6 (T1, P1, H1, H3
 * unsigned in the registers, the others signed) */
enum {
    T1 = 27504, T2 = 26435, T3 = -1000,
    P1 = 36477, P2 = -10685, P3 = 3024, P4 = 2855, P5 = 140, P6 = -7, P7 = 15500, P8 = -14600, P9 = 6000,
    H1 = 75, H2 = 362, H3 = 0, H4 = 313, H5 = 50, H6 = 30,
};

enum {
    R_CALIB0 = 0x88, R_CALIB0_END = 0xA1, R_ID = 0xD0, R_RESET = 0xE0, R_CALIB1 = 0xE1, R_CALIB1_END = 0xE7,
    R_CTRL_HUM = 0xF2, R_STATUS = 0xF3, R_CTRL_MEAS = 0xF4, R_CONFIG = 0xF5, R_DATA = 0xF7, R_DATA_END = 0xFE,
};

typedef struct bme280 {
    uint8_t ptr;
    bool writing, have_reg;
    uint8_t ctrl_hum, ctrl_meas, config;
    uint8_t osrs_h;        /* latched from ctrl_hum at ctrl_meas writes */
    uint64_t start_ns;     /* forced: measurement start; normal: cycle 0 */
    bool pending;          /* forced measurement not yet latched */
    uint8_t data[8];       /* 0xF7..0xFE */
    double temperature, pressure, humidity;
} bme280_t;

static bme280_t *st(sim_dev_t *d)
{
    return d->state;
}

/* ---- the datasheet's compensation, as a driver computes it ---- */

static double t_fine_of(double adc_t)
{
    double v1 = (adc_t / 16384.0 - T1 / 1024.0) * T2;
    double v2 = (adc_t / 131072.0 - T1 / 8192.0) * (adc_t / 131072.0 - T1 / 8192.0) * T3;
    return (double)(int32_t)(v1 + v2);
}

static double temp_of(double adc_t, double unused)
{
    (void)unused;
    return t_fine_of(adc_t) / 5120.0;
}

static double press_of(double adc_p, double t_fine)
{
    double v1 = t_fine / 2.0 - 64000.0;
    double v2 = v1 * v1 * P6 / 32768.0;
    v2 = v2 + v1 * P5 * 2.0;
    v2 = v2 / 4.0 + P4 * 65536.0;
    v1 = (P3 * v1 * v1 / 524288.0 + P2 * v1) / 524288.0;
    v1 = (1.0 + v1 / 32768.0) * P1;
    double p = 1048576.0 - adc_p;
    p = (p - v2 / 4096.0) * 6250.0 / v1;
    v1 = P9 * p * p / 2147483648.0;
    v2 = p * P8 / 32768.0;
    return (p + (v1 + v2 + P7) / 16.0) / 100.0; /* hPa */
}

static double hum_of(double adc_h, double t_fine)
{
    double v1 = t_fine - 76800.0;
    double v2 = H4 * 64.0 + H5 / 16384.0 * v1;
    double v3 = adc_h - v2;
    double v4 = H2 / 65536.0;
    double v5 = 1.0 + H3 / 67108864.0 * v1;
    double v6 = 1.0 + H6 / 67108864.0 * v1 * v5;
    v6 = v3 * v4 * (v5 * v6);
    return v6 * (1.0 - H1 * v6 / 524288.0);
}

/* The raw value k << shift (k < 2^bits) whose f is nearest target; f is
 * monotonic in k (rising, or falling when falling is set). */
static uint32_t invert(double (*f)(double, double), double t_fine, double target, int bits, int shift,
                       bool falling)
{
    uint32_t lo = 0, hi = (1u << bits) - 1;
    while (lo < hi) { /* first k with f(k) >= target (rising) */
        uint32_t mid = lo + (hi - lo) / 2;
        double v = f((double)(mid << shift), t_fine);
        if (falling ? v <= target : v >= target)
            hi = mid;
        else
            lo = mid + 1;
    }
    uint32_t best = lo;
    double err = f((double)(lo << shift), t_fine) - target;
    if (lo > 0) {
        double e2 = f((double)((lo - 1) << shift), t_fine) - target;
        if (e2 * e2 < err * err)
            best = lo - 1;
    }
    return best << shift;
}

/* ---- measurements ---- */

static unsigned oversampling(unsigned osrs)
{
    return osrs == 0 ? 0 : osrs >= 5 ? 16 : 1u << (osrs - 1);
}

static uint64_t measure_ns(const bme280_t *b)
{
    unsigned ot = oversampling(b->ctrl_meas >> 5), op = oversampling(b->ctrl_meas >> 2 & 7),
             oh = oversampling(b->osrs_h);
    double ms = 1.0 + 2.0 * ot + (op ? 2.0 * op + 0.5 : 0) + (oh ? 2.0 * oh + 0.5 : 0);
    return (uint64_t)(ms * 1e6);
}

static uint64_t standby_ns(const bme280_t *b)
{
    static const uint32_t us[8] = {500, 62500, 125000, 250000, 500000, 1000000, 10000, 20000};
    return (uint64_t)us[b->config >> 5] * 1000u;
}

static void put20(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 12), p[1] = (uint8_t)(v >> 4), p[2] = (uint8_t)((v & 0xf) << 4);
}

/* Fill the data registers with one measurement of the values set now. */
static void latch(bme280_t *b)
{
    unsigned osrs_t = b->ctrl_meas >> 5, osrs_p = b->ctrl_meas >> 2 & 7;
    bool filter = (b->config >> 2 & 7) != 0;
    uint32_t adc_t = 0x80000, adc_p = 0x80000, adc_h = 0x8000;
    if (osrs_t) {
        int bits = filter ? 20 : 15 + (osrs_t > 5 ? 5 : (int)osrs_t);
        adc_t = invert(temp_of, 0, b->temperature, bits, 20 - bits, false);
    }
    double t_fine = t_fine_of(adc_t);
    if (osrs_p) {
        int bits = filter ? 20 : 15 + (osrs_p > 5 ? 5 : (int)osrs_p);
        adc_p = invert(press_of, t_fine, b->pressure, bits, 20 - bits, true);
    }
    if (b->osrs_h)
        adc_h = invert(hum_of, t_fine, b->humidity, 16, 0, false);
    put20(&b->data[0], adc_p);
    put20(&b->data[3], adc_t);
    b->data[6] = (uint8_t)(adc_h >> 8), b->data[7] = (uint8_t)adc_h;
}

/* Bring the model up to now: finish a forced measurement, run normal
 * mode's cycles. Returns whether a measurement is in progress. */
static bool advance(bme280_t *b)
{
    uint64_t now = sim_now_ns(), t = measure_ns(b);
    switch (b->ctrl_meas & 3) {
    case 3: /* normal */
        if (now < b->start_ns + t)
            return true;
        latch(b);
        return (now - b->start_ns) % (t + standby_ns(b)) < t;
    case 0:
        return false;
    default: /* forced */
        if (b->pending && now < b->start_ns + t)
            return true;
        if (b->pending)
            latch(b);
        b->pending = false;
        b->ctrl_meas &= (uint8_t)~3; /* back to sleep */
        return false;
    }
}

static void reset(bme280_t *b)
{
    b->ctrl_hum = b->ctrl_meas = b->config = b->osrs_h = 0;
    b->pending = false;
    for (int i = 0; i < 8; i++)
        b->data[i] = 0;
    put20(&b->data[0], 0x80000);
    put20(&b->data[3], 0x80000);
    b->data[6] = 0x80;
}

static int init(sim_dev_t *d, const char *const *args, size_t n)
{
    (void)args;
    if (n)
        return -EINVAL;
    bme280_t *b = st(d);
    b->temperature = 25.0;
    b->pressure = 1013.25;
    b->humidity = 50.0;
    reset(b);
    return 0;
}

/* ---- registers ---- */

static uint8_t calib(uint8_t r)
{
    static const uint8_t c1[7] = {
        (uint8_t)H2, (uint8_t)((uint16_t)H2 >> 8), (uint8_t)H3, (uint8_t)(H4 >> 4),
        (uint8_t)((H4 & 0xf) | (H5 & 0xf) << 4), (uint8_t)(H5 >> 4), (uint8_t)H6,
    };
    if (r >= R_CALIB1)
        return c1[r - R_CALIB1];
    static const uint16_t words[12] = {T1, (uint16_t)T2, (uint16_t)T3, P1, (uint16_t)P2, (uint16_t)P3,
                                (uint16_t)P4, (uint16_t)P5, (uint16_t)P6, (uint16_t)P7, (uint16_t)P8, (uint16_t)P9};
    unsigned off = r - R_CALIB0;
    if (off < 24)
        return (uint8_t)(words[off / 2] >> (off & 1 ? 8 : 0));
    return off == 25 ? (uint8_t)H1 : 0; /* 0xA0 is unused */
}

static uint8_t reg_read(bme280_t *b, uint8_t r)
{
    bool measuring = advance(b);
    if (r >= R_CALIB0 && r <= R_CALIB0_END)
        return calib(r);
    if (r >= R_CALIB1 && r <= R_CALIB1_END)
        return calib(r);
    if (r >= R_DATA && r <= R_DATA_END)
        return b->data[r - R_DATA];
    switch (r) {
    case R_ID: return 0x60;
    case R_CTRL_HUM: return b->ctrl_hum;
    case R_STATUS: return measuring ? 0x08 : 0x00;
    case R_CTRL_MEAS: return b->ctrl_meas;
    case R_CONFIG: return b->config;
    default: return 0;
    }
}

static void reg_write(bme280_t *b, uint8_t r, uint8_t v)
{
    advance(b);
    switch (r) {
    case R_RESET:
        if (v == 0xB6)
            reset(b);
        break;
    case R_CTRL_HUM:
        b->ctrl_hum = v & 7;
        break;
    case R_CTRL_MEAS:
        b->ctrl_meas = v;
        b->osrs_h = b->ctrl_hum;
        b->start_ns = sim_now_ns();
        b->pending = (v & 3) == 1 || (v & 3) == 2;
        break;
    case R_CONFIG:
        b->config = v & 0xfd; /* bit 1 is reserved */
        break;
    default:
        break; /* read-only */
    }
}

static int i2c_start(sim_dev_t *d, bool read)
{
    bme280_t *b = st(d);
    b->writing = !read;
    b->have_reg = false;
    return SIM_ACK;
}

static int i2c_write(sim_dev_t *d, uint8_t v)
{
    bme280_t *b = st(d);
    if (!b->have_reg)
        b->ptr = v;
    else
        reg_write(b, b->ptr, v);
    b->have_reg = !b->have_reg; /* (register, value) pairs */
    return SIM_ACK;
}

static uint8_t i2c_read(sim_dev_t *d)
{
    bme280_t *b = st(d);
    uint8_t v = reg_read(b, b->ptr);
    if (b->ptr != 0xff)
        b->ptr++;
    return v;
}

/* ---- test values ---- */

static double *value(bme280_t *b, const char *name, double *lo, double *hi)
{
    if (strcmp(name, "temperature") == 0)
        return *lo = -40, *hi = 85, &b->temperature;
    if (strcmp(name, "pressure") == 0)
        return *lo = 300, *hi = 1100, &b->pressure;
    if (strcmp(name, "humidity") == 0)
        return *lo = 0, *hi = 100, &b->humidity;
    return NULL;
}

static int set(sim_dev_t *d, const char *name, double v)
{
    double lo, hi, *p = value(st(d), name, &lo, &hi);
    if (!p)
        return -ENOENT;
    if (!(v >= lo && v <= hi))
        return -ERANGE;
    *p = v;
    return 0;
}

static int get(sim_dev_t *d, const char *name, double *v)
{
    double lo, hi, *p = value(st(d), name, &lo, &hi);
    if (!p)
        return -ENOENT;
    *v = *p;
    return 0;
}

const sim_dev_class_t sim_dev_bme280 = {
    .kind = "bme280",
    .bus = HAL_BUS_I2C,
    .default_addr = 0x77,
    .state_size = sizeof(bme280_t),
    .init = init,
    .i2c_start = i2c_start,
    .i2c_write = i2c_write,
    .i2c_read = i2c_read,
    .set = set,
    .get = get,
};
