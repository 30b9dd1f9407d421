/*
 * SSD1306 OLED controller (Solomon Systech SSD1306 rev 1.1) with a
 * 128x64 panel, I2C, default address 0x3C.
 *
 * After the address, a control byte: Co (bit 7) and D/C# (bit 6). With
 * Co = 0 every following byte of the message is a command (D/C# 0) or
 * display data (D/C# 1); with Co = 1 just the next one is, and another
 * control byte follows. Commands with parameters collect them first.
 *
 * Display data goes to GDDRAM (8 pages x 128 columns, one byte = 8 rows,
 * LSB on top) at the column/page pointers, which advance by the
 * addressing mode (0x20): horizontal and vertical wrap within the window
 * set by 0x21/0x22; page mode wraps the column within the page.
 *
 * The picture (dump_png, dump_text) is what the panel shows: black while
 * the display is off (0xAE), all lit with 0xA5, inverted with 0xA7,
 * through segment remap (0xA0/0xA1), COM scan direction (0xC0/0xC8),
 * display start line (0x40-0x7F), display offset (0xD3) and multiplex
 * ratio (0xA8). The panel is mounted as on the common modules: with 0xA1
 * and 0xC8 (what drivers send) GDDRAM column 0 is the left edge and row 0
 * the top. Scrolling commands are accepted and ignored.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "sim_dev.h"
#include "sim_png.h"

#define W 128
#define H 64
#define PAGES (H / 8)

typedef struct ssd1306 {
    uint8_t ram[PAGES][W];
    bool started, is_data, single; /* control-byte state of the message */
    bool expect_control;
    uint8_t cmd[8];                /* a command and its parameters */
    uint8_t cmd_n, cmd_need;
    uint8_t mode;                  /* 0 horizontal, 1 vertical, 2 page */
    uint8_t col, page;             /* pointers */
    uint8_t col_start, col_end, page_start, page_end;
    bool on, inverse, all_on, seg_remap, com_remap;
    uint8_t start_line, offset, mux, contrast;
} ssd1306_t;

static ssd1306_t *st(sim_dev_t *d)
{
    return d->state;
}

static int init(sim_dev_t *d, const char *const *args, size_t n)
{
    (void)args;
    if (n)
        return -EINVAL;
    ssd1306_t *s = st(d);
    s->mode = 2; /* reset: page addressing */
    s->col_end = W - 1;
    s->page_end = PAGES - 1;
    s->mux = H - 1;
    s->contrast = 0x7f;
    return 0;
}

/* Parameter bytes that follow command c. */
static uint8_t params(uint8_t c)
{
    switch (c) {
    case 0x81: case 0x20: case 0xA8: case 0xD3: case 0xD5: case 0xD9: case 0xDA: case 0xDB: case 0x8D:
    case 0x23: case 0xD6:
        return 1;
    case 0x21: case 0x22: case 0xA3:
        return 2;
    case 0x29: case 0x2A:
        return 5;
    case 0x26: case 0x27:
        return 6;
    default:
        return 0;
    }
}

static void command(ssd1306_t *s)
{
    uint8_t c = s->cmd[0], p0 = s->cmd[1], p1 = s->cmd[2];
    if (c <= 0x0F) {
        s->col = (uint8_t)((s->col & 0xF0) | c);
    } else if (c <= 0x1F) {
        s->col = (uint8_t)(((c & 0x07) << 4) | (s->col & 0x0F));
    } else if (c >= 0x40 && c <= 0x7F) {
        s->start_line = c & 0x3F;
    } else if (c >= 0xB0 && c <= 0xB7) {
        s->page = c & 7;
    } else {
        switch (c) {
        case 0x20: if ((p0 & 3) != 3) s->mode = p0 & 3; break;
        case 0x21:
            s->col_start = s->col = p0 & 0x7F;
            s->col_end = p1 & 0x7F;
            break;
        case 0x22:
            s->page_start = s->page = p0 & 7;
            s->page_end = p1 & 7;
            break;
        case 0x81: s->contrast = p0; break;
        case 0xA0: case 0xA1: s->seg_remap = c & 1; break;
        case 0xA4: case 0xA5: s->all_on = c & 1; break;
        case 0xA6: case 0xA7: s->inverse = c & 1; break;
        case 0xA8: if ((p0 & 0x3F) >= 15) s->mux = p0 & 0x3F; break;
        case 0xAE: case 0xAF: s->on = c & 1; break;
        case 0xC0: case 0xC8: s->com_remap = c & 8; break;
        case 0xD3: s->offset = p0 & 0x3F; break;
        default: break; /* timing, charge pump, scrolling, NOP */
        }
    }
}

static void data(ssd1306_t *s, uint8_t b)
{
    s->ram[s->page & 7][s->col & 0x7F] = b;
    if (s->mode == 2) {
        s->col = s->col >= W - 1 ? s->col_start : (uint8_t)(s->col + 1);
    } else if (s->mode == 0) {
        if (s->col++ >= s->col_end) {
            s->col = s->col_start;
            s->page = s->page >= s->page_end ? s->page_start : (uint8_t)(s->page + 1);
        }
    } else {
        if (s->page++ >= s->page_end) {
            s->page = s->page_start;
            s->col = s->col >= s->col_end ? s->col_start : (uint8_t)(s->col + 1);
        }
    }
}

static int i2c_start(sim_dev_t *d, bool read)
{
    ssd1306_t *s = st(d);
    (void)read;
    /* a command's parameters may come in later messages (drivers send
     * every byte with its own control byte): cmd_n carries over */
    s->expect_control = true;
    return SIM_ACK;
}

static int i2c_write(sim_dev_t *d, uint8_t b)
{
    ssd1306_t *s = st(d);
    if (s->expect_control) {
        s->single = b & 0x80;
        s->is_data = b & 0x40;
        s->expect_control = false;
        return SIM_ACK;
    }
    if (s->single)
        s->expect_control = true;
    if (s->is_data) {
        data(s, b);
        return SIM_ACK;
    }
    if (s->cmd_n == 0)
        s->cmd_need = params(b);
    s->cmd[s->cmd_n++] = b;
    if (s->cmd_n > s->cmd_need) {
        command(s);
        s->cmd_n = 0;
    }
    return SIM_ACK;
}

static uint8_t i2c_read(sim_dev_t *d)
{
    ssd1306_t *s = st(d);
    /* status byte: bit 6 display off */
    return s->on ? 0x00 : 0x40;
}

/* Whether the panel pixel at (x, y) is lit. */
static bool lit(const ssd1306_t *s, int x, int y)
{
    if (!s->on)
        return false;
    if (y > s->mux)
        return false; /* beyond the multiplex ratio: row not driven */
    if (s->all_on)
        return true;
    int col = s->seg_remap ? x : W - 1 - x;
    int com = s->com_remap ? y : s->mux - y;
    int row = (com + s->start_line + s->offset) % H;
    bool on = s->ram[row / 8][col] >> (row % 8) & 1;
    return on != s->inverse;
}

static int dump_png(sim_dev_t *d, const char *path)
{
    uint8_t gray[W * H];
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++)
            gray[y * W + x] = lit(st(d), x, y) ? 255 : 0;
    return sim_png_write(path, gray, W, H);
}

/* One line per pixel row: '#' lit, '.' dark. */
static int dump_text(sim_dev_t *d, char *buf, size_t size, size_t *len)
{
    size_t n = 0;
    for (int y = 0; y < H; y++) {
        for (int x = 0; x <= W; x++) {
            char c = x == W ? '\n' : lit(st(d), x, y) ? '#' : '.';
            if (n + 1 < size)
                buf[n] = c;
            n++;
        }
    }
    if (size)
        buf[n < size ? n : size - 1] = 0;
    *len = n;
    return 0;
}

static int get(sim_dev_t *d, const char *name, double *v)
{
    ssd1306_t *s = st(d);
    int x, y;
    char end;
    if (strcmp(name, "on") == 0)
        *v = s->on;
    else if (strcmp(name, "inverse") == 0)
        *v = s->inverse;
    else if (strcmp(name, "contrast") == 0)
        *v = s->contrast;
    else if (sscanf(name, "pixel[%d,%d%c", &x, &y, &end) == 3 && end == ']' && x >= 0 && x < W && y >= 0 && y < H)
        *v = lit(s, x, y);
    else
        return -ENOENT;
    return 0;
}

const sim_dev_class_t sim_dev_ssd1306 = {
    .kind = "ssd1306",
    .bus = HAL_BUS_I2C,
    .default_addr = 0x3C,
    .state_size = sizeof(ssd1306_t),
    .init = init,
    .i2c_start = i2c_start,
    .i2c_write = i2c_write,
    .i2c_read = i2c_read,
    .get = get,
    .dump_png = dump_png,
    .dump_text = dump_text,
};
