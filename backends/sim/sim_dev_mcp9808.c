/*
 * MCP9808 digital temperature sensor (Microchip DS25095), default address
 * 0x18. Write the register pointer (low 4 bits of the first byte), then
 * 16-bit registers MSB first, the 8-bit resolution register one byte:
 *   0x01 CONFIG   hysteresis, shutdown, crit/window locks, interrupt
 *                 clear, alert status/control/select/polarity/mode
 *   0x02 T_UPPER, 0x03 T_LOWER, 0x04 T_CRIT  limits: sign bit 12, bits
 *                 11..2 in 0.25 C (bits 1..0, 15..13 read 0)
 *   0x05 T_A      bit 15 Ta >= Tcrit, 14 Ta > Tupper, 13 Ta < Tlower, 12
 *                 sign, 11..0 in 1/16 C, two's complement; bits below
 *                 the resolution read 0 (read-only)
 *   0x06 manufacturer 0x0054, 0x07 device id 0x04 revision 0x00
 *   0x08 RESOLUTION  bits 1..0: 0.5, 0.25, 0.125, 0.0625 C (default 3)
 * Reading past the second byte repeats the register (no auto-increment).
 * The locks (CONFIG bits 7, 6) hold until power-on reset, as the datasheet
 * says. In shutdown the last conversion stays in T_A.
 * Test values: "temperature" (C, -256 .. 255.9375).
 */
#include <errno.h>
#include <math.h>
#include <string.h>

#include "sim_dev.h"

enum { R_CONFIG = 1, R_UPPER, R_LOWER, R_CRIT, R_TA, R_MANUF, R_DEVID, R_RES };

#define CFG_SHDN 0x0100u
#define CFG_CRIT_LOCK 0x0080u
#define CFG_WIN_LOCK 0x0040u
#define CFG_INT_CLEAR 0x0020u
#define CFG_ALERT_STAT 0x0010u
#define CFG_ALERT_CNT 0x0008u
#define CFG_ALERT_SEL 0x0004u
#define CFG_ALERT_MOD 0x0001u

typedef struct mcp9808 {
    uint8_t ptr;
    uint8_t nbytes;     /* bytes of the current message after the pointer */
    bool writing, have_ptr;
    uint16_t cfg, upper, lower, crit;
    uint8_t res;
    uint8_t wbuf[2];
    int ta16;           /* the last conversion, in 1/16 C */
    double temperature; /* what the sensor is exposed to */
    bool int_latched;   /* comparator/interrupt mode: event not cleared */
} mcp9808_t;

static mcp9808_t *st(sim_dev_t *d)
{
    return d->state;
}

/* A conversion at the configured resolution (1/16 C units, floored the
 * way the ADC truncates). */
static void convert(mcp9808_t *m)
{
    if (m->cfg & CFG_SHDN)
        return;
    int v = (int)floor(m->temperature * 16.0);
    int drop = 3 - (m->res & 3); /* bits below the resolution */
    m->ta16 = (int)(v & ~((1 << drop) - 1));
}

static int init(sim_dev_t *d, const char *const *args, size_t n)
{
    (void)args;
    if (n)
        return -EINVAL;
    mcp9808_t *m = st(d);
    m->res = 3;
    m->temperature = 25.0;
    convert(m);
    return 0;
}

/* A limit register's temperature in 1/16 C. */
static int limit16(uint16_t r)
{
    int v = r & 0x0ffc;
    return r & 0x1000 ? v - 0x1000 : v;
}

static uint16_t ta_register(mcp9808_t *m)
{
    int t = m->ta16;
    uint16_t r = (uint16_t)(t & 0x1fff);
    if (t >= limit16(m->crit))
        r |= 0x8000;
    if (t > limit16(m->upper))
        r |= 0x4000;
    if (t < limit16(m->lower))
        r |= 0x2000;
    return r;
}

/* Alert output status (CONFIG bit 4) for an enabled alert. */
static bool alert(mcp9808_t *m)
{
    if (!(m->cfg & CFG_ALERT_CNT))
        return false;
    uint16_t ta = ta_register(m);
    if (m->cfg & CFG_ALERT_SEL)
        return ta & 0x8000;
    if (m->cfg & CFG_ALERT_MOD)
        return m->int_latched || (ta & 0xe000);
    return ta & 0xe000;
}

static uint16_t reg_read(mcp9808_t *m, uint8_t r)
{
    switch (r) {
    case R_CONFIG:
        return (uint16_t)((m->cfg & ~(CFG_INT_CLEAR | CFG_ALERT_STAT)) | (alert(m) ? CFG_ALERT_STAT : 0));
    case R_UPPER: return m->upper;
    case R_LOWER: return m->lower;
    case R_CRIT: return m->crit;
    case R_TA:
        convert(m);
        return ta_register(m);
    case R_MANUF: return 0x0054;
    case R_DEVID: return 0x0400;
    case R_RES: return m->res;
    default: return 0;
    }
}

static void reg_write(mcp9808_t *m, uint8_t r, uint16_t v)
{
    bool crit_locked = m->cfg & CFG_CRIT_LOCK, win_locked = m->cfg & CFG_WIN_LOCK;
    switch (r) {
    case R_CONFIG:
        if (v & CFG_INT_CLEAR)
            m->int_latched = false;
        v &= 0x07ef; /* bits 15..11 reserved; bit 4 is read-only */
        /* locks only set (cleared by power-on reset); locked fields keep */
        v |= m->cfg & (CFG_CRIT_LOCK | CFG_WIN_LOCK);
        /* locked: hysteresis and alert control keep, shutdown cannot be
         * entered (but can be left) */
        if (crit_locked || win_locked) {
            v = (uint16_t)((v & ~0x060fu) | (m->cfg & 0x060fu));
            if (!(m->cfg & CFG_SHDN))
                v &= (uint16_t)~CFG_SHDN;
        }
        m->cfg = (uint16_t)(v & ~CFG_INT_CLEAR);
        break;
    case R_UPPER:
        if (!win_locked)
            m->upper = v & 0x1ffc;
        break;
    case R_LOWER:
        if (!win_locked)
            m->lower = v & 0x1ffc;
        break;
    case R_CRIT:
        if (!crit_locked)
            m->crit = v & 0x1ffc;
        break;
    default:
        break; /* read-only or reserved */
    }
}

static int i2c_start(sim_dev_t *d, bool read)
{
    mcp9808_t *m = st(d);
    m->writing = !read;
    m->have_ptr = false;
    m->nbytes = 0;
    return SIM_ACK;
}

static int i2c_write(sim_dev_t *d, uint8_t b)
{
    mcp9808_t *m = st(d);
    if (!m->have_ptr) {
        m->have_ptr = true;
        m->ptr = b & 0x0f;
        return SIM_ACK;
    }
    if (m->ptr == R_RES) {
        m->res = b & 3;
        return SIM_ACK;
    }
    if (m->nbytes < 2)
        m->wbuf[m->nbytes] = b;
    if (++m->nbytes == 2)
        reg_write(m, m->ptr, (uint16_t)(m->wbuf[0] << 8 | m->wbuf[1]));
    return SIM_ACK;
}

static uint8_t i2c_read(sim_dev_t *d)
{
    mcp9808_t *m = st(d);
    uint16_t v = reg_read(m, m->ptr);
    if (m->ptr == R_RES)
        return (uint8_t)v;
    return (m->nbytes++ & 1) ? (uint8_t)v : (uint8_t)(v >> 8);
}

static int set(sim_dev_t *d, const char *name, double v)
{
    mcp9808_t *m = st(d);
    if (strcmp(name, "temperature") != 0)
        return -ENOENT;
    if (!(v >= -256.0 && v < 256.0))
        return -ERANGE;
    m->temperature = v;
    convert(m);
    if (m->cfg & CFG_ALERT_MOD && ta_register(m) & 0xe000)
        m->int_latched = true;
    return 0;
}

static int get(sim_dev_t *d, const char *name, double *v)
{
    if (strcmp(name, "temperature") != 0)
        return -ENOENT;
    *v = st(d)->temperature;
    return 0;
}

const sim_dev_class_t sim_dev_mcp9808 = {
    .kind = "mcp9808",
    .bus = HAL_BUS_I2C,
    .default_addr = 0x18,
    .state_size = sizeof(mcp9808_t),
    .init = init,
    .i2c_start = i2c_start,
    .i2c_write = i2c_write,
    .i2c_read = i2c_read,
    .set = set,
    .get = get,
};
