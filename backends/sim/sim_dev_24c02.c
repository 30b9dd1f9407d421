/*
 * 24C02 serial EEPROM (Atmel/Microchip AT24C02, 2 Kbit): 256 bytes,
 * 8-byte pages, one word-address byte, default address 0x50.
 *
 *  - Byte/page write: START, 0x50+W, word address, data...; the data goes
 *    into a page buffer whose low three address bits wrap within the
 *    page (a ninth byte overwrites the first); the page is programmed at
 *    STOP. A (repeated) START before STOP abandons it. Only a STOP after at
 *    least one data byte starts a write cycle.
 *  - Reads: current address (the internal pointer), random (a dummy write
 *    of the word address, repeated START, read) and sequential (the
 *    pointer increments after every byte and rolls over 0xff -> 0x00).
 *  - Write cycle: the device does not acknowledge its address for tWR
 *    after a write's STOP (acknowledge polling). tWR is 0 unless set
 *    (board-file argument `twr_ms=5`, or set_value "twr_ms"), so that
 *    programs without the datasheet's 5 ms delay still work.
 *  - Erased bytes read 0xff; set/get "mem[N]" reach the array.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim.h"
#include "sim_dev.h"

#define SIZE 256
#define PAGE 8

typedef struct eeprom {
    uint8_t mem[SIZE];
    uint8_t ptr;          /* the internal address pointer */
    uint8_t page[PAGE];   /* the page buffer */
    uint8_t dirty;        /* bytes of page written (bit i: page[i]) */
    uint8_t page_base;
    bool writing;         /* a write message is in progress */
    bool have_addr;       /* its word address arrived */
    double twr_ms;
    uint64_t busy_until;  /* ns: end of the write cycle */
} eeprom_t;

static eeprom_t *st(sim_dev_t *d)
{
    return d->state;
}

static int set_twr(eeprom_t *e, const char *s)
{
    char *end;
    double v = strtod(s, &end);
    if (end == s || *end || v < 0 || v > 1000)
        return -EINVAL;
    e->twr_ms = v;
    return 0;
}

static int init(sim_dev_t *d, const char *const *args, size_t n)
{
    eeprom_t *e = st(d);
    memset(e->mem, 0xff, SIZE);
    for (size_t i = 0; i < n; i++)
        if (strncmp(args[i], "twr_ms=", 7) != 0 || set_twr(e, args[i] + 7) != 0)
            return -EINVAL;
    return 0;
}

static int i2c_start(sim_dev_t *d, bool read)
{
    eeprom_t *e = st(d);
    if (sim_now_ns() < e->busy_until)
        return SIM_NACK; /* programming: acknowledge polling */
    e->writing = !read;
    e->have_addr = false;
    e->dirty = 0;
    return SIM_ACK;
}

static int i2c_write(sim_dev_t *d, uint8_t b)
{
    eeprom_t *e = st(d);
    if (!e->writing)
        return SIM_NACK;
    if (!e->have_addr) {
        e->have_addr = true;
        e->ptr = b;
        e->page_base = b & (uint8_t)~(PAGE - 1);
        memcpy(e->page, e->mem + e->page_base, PAGE);
        return SIM_ACK;
    }
    unsigned i = e->ptr & (PAGE - 1);
    e->page[i] = b;
    e->dirty |= (uint8_t)(1u << i);
    e->ptr = (uint8_t)(e->page_base | ((i + 1) & (PAGE - 1)));
    return SIM_ACK;
}

static uint8_t i2c_read(sim_dev_t *d)
{
    eeprom_t *e = st(d);
    return e->mem[e->ptr++]; /* uint8_t: rolls over at the end */
}

static void i2c_stop(sim_dev_t *d)
{
    eeprom_t *e = st(d);
    if (e->writing && e->dirty) {
        for (unsigned i = 0; i < PAGE; i++)
            if (e->dirty & (1u << i))
                e->mem[e->page_base + i] = e->page[i];
        e->busy_until = sim_now_ns() + (uint64_t)(e->twr_ms * 1e6);
    }
    e->writing = false;
    e->dirty = 0;
}

/* "mem[N]" -> N, or -1. */
static int mem_index(const char *name)
{
    unsigned n;
    char close;
    if (sscanf(name, "mem[%u%c", &n, &close) != 2 || close != ']' || n >= SIZE)
        return -1;
    char tail[8];
    snprintf(tail, sizeof(tail), "%u]", n);
    return strcmp(name + 4, tail) == 0 ? (int)n : -1;
}

static int set(sim_dev_t *d, const char *name, double v)
{
    eeprom_t *e = st(d);
    if (strcmp(name, "twr_ms") == 0) {
        if (v < 0 || v > 1000)
            return -ERANGE;
        e->twr_ms = v;
        return 0;
    }
    int i = mem_index(name);
    if (i < 0)
        return -ENOENT;
    if (v < 0 || v > 255 || v != (int)v)
        return -ERANGE;
    e->mem[i] = (uint8_t)v;
    return 0;
}

static int get(sim_dev_t *d, const char *name, double *v)
{
    eeprom_t *e = st(d);
    if (strcmp(name, "twr_ms") == 0) {
        *v = e->twr_ms;
        return 0;
    }
    int i = mem_index(name);
    if (i < 0)
        return -ENOENT;
    *v = e->mem[i];
    return 0;
}

const sim_dev_class_t sim_dev_24c02 = {
    .kind = "24c02",
    .bus = HAL_BUS_I2C,
    .default_addr = 0x50,
    .state_size = sizeof(eeprom_t),
    .init = init,
    .i2c_start = i2c_start,
    .i2c_write = i2c_write,
    .i2c_read = i2c_read,
    .i2c_stop = i2c_stop,
    .set = set,
    .get = get,
};
