/*
 * MPSSE command batches and the clock divisor (see ftdi.h; the opcodes
 * are AN_108's).
 *
 * A batch is sent as one USB write followed by one read of exactly the
 * replies it asks for (SEND_IMMEDIATE last, so the chip does not wait for
 * its latency timer). The chip cannot take more commands while its reply
 * buffer to the host is full (1 KiB on the FT232H), and our write does
 * not return before it has taken them all, so a batch whose replies
 * exceed REPLY_CHUNK is cut into round trips at a command boundary; the
 * pins hold their levels in between, which every bus here tolerates.
 *
 * Invariants: rx[0 .. sent) holds the replies read so far; the commands
 * in cmd[0 .. len) ask for rx_len - sent more; after the first error
 * nothing more is queued or sent.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "ftdi.h"

#define REPLY_CHUNK 512u    /* reply bytes per round trip */
#define CMD_CHUNK 65536u    /* command bytes per round trip */
#define PIECE_MAX 65536u    /* bytes one clock-data command moves */
#define TIMEOUT_BASE_MS 1000u

uint16_t ftdi_mpsse_divisor(uint32_t hz, bool three_phase, uint32_t *actual)
{
    /* a bit takes two half periods of 60 MHz / (2 * (1 + d)), or three */
    uint32_t k = three_phase ? FTDI_TCK_MAX / 3 * 2 : FTDI_TCK_MAX;
    uint32_t d = hz >= k ? 0 : (k + hz - 1) / hz - 1; /* hz > 0: the HAL checks */
    if (d > 0xffff)
        d = 0xffff;
    *actual = k / (d + 1);
    return (uint16_t)d;
}

void ftdi_mpsse_begin(ftdi_mpsse_t *m, ftdi_chan_t *c)
{
    *m = (ftdi_mpsse_t){.chan = c};
}

void ftdi_mpsse_end(ftdi_mpsse_t *m)
{
    free(m->cmd);
    free(m->rx);
    *m = (ftdi_mpsse_t){0};
}

static size_t pending(const ftdi_mpsse_t *m)
{
    return m->rx_len - m->sent;
}

/* Enough time for the clocks queued at the slowest rate, twice over. */
static unsigned timeout_ms(const ftdi_mpsse_t *m)
{
    uint64_t hz = FTDI_TCK_MAX / ((uint64_t)m->chan->divisor + 1);
    uint64_t ms = TIMEOUT_BASE_MS + m->clocks * 2000u / hz;
    return ms > 3600000u ? 3600000u : (unsigned)ms;
}

static void flush(ftdi_mpsse_t *m)
{
    if (m->err || (m->len == 0 && pending(m) == 0))
        return;
    if (pending(m)) {
        static const uint8_t now = FTDI_OP_SEND_IMMEDIATE;
        if (m->len + 1 > m->cap) {
            uint8_t *p = realloc(m->cmd, m->len + 1);
            if (!p) {
                m->err = -ENOMEM;
                return;
            }
            m->cmd = p;
            m->cap = m->len + 1;
        }
        m->cmd[m->len++] = now;
    }
    int rc = ftdi_chan_xfer(m->chan, m->cmd, m->len, m->rx + m->sent, pending(m), timeout_ms(m));
    m->len = 0;
    m->sent = m->rx_len;
    m->clocks = 0;
    if (rc)
        m->err = rc;
}

static bool grow(uint8_t **buf, size_t *cap, size_t need)
{
    if (need <= *cap)
        return true;
    size_t n = *cap ? *cap : 256;
    while (n < need)
        n *= 2;
    uint8_t *p = realloc(*buf, n);
    if (!p)
        return false;
    *buf = p;
    *cap = n;
    return true;
}

/* Room for a command of n bytes asking for `reply`: a round trip first
 * when the batch would outgrow the chip's buffers. */
static void reserve(ftdi_mpsse_t *m, size_t n, size_t reply)
{
    if (m->err)
        return;
    if ((pending(m) && pending(m) + reply > REPLY_CHUNK) || m->len + n > CMD_CHUNK)
        flush(m);
    if (!m->err && (!grow(&m->cmd, &m->cap, m->len + n + 1) || !grow(&m->rx, &m->rx_cap, m->rx_len + reply)))
        m->err = -ENOMEM;
}

static void put(ftdi_mpsse_t *m, const uint8_t *b, size_t n)
{
    memcpy(m->cmd + m->len, b, n);
    m->len += n;
}

void ftdi_mpsse_cmd(ftdi_mpsse_t *m, const uint8_t *bytes, size_t n, size_t reply, uint64_t clocks)
{
    reserve(m, n, reply);
    if (m->err)
        return;
    put(m, bytes, n);
    m->rx_len += reply;
    m->clocks += clocks;
}

void ftdi_mpsse_set_low(ftdi_mpsse_t *m)
{
    const ftdi_chan_t *c = m->chan;
    uint8_t b[] = {FTDI_OP_SET_LOW, (uint8_t)c->out, (uint8_t)c->dir};
    ftdi_mpsse_cmd(m, b, sizeof(b), 0, 0);
}

void ftdi_mpsse_drive_zero(ftdi_mpsse_t *m, uint16_t mask)
{
    if (!ftdi_chan_has_drive_zero(m->chan))
        return;
    uint8_t dz[] = {FTDI_OP_DRIVE_ZERO, (uint8_t)mask, (uint8_t)(mask >> 8)};
    ftdi_mpsse_cmd(m, dz, sizeof(dz), 0, 0);
}

void ftdi_mpsse_set_high(ftdi_mpsse_t *m)
{
    const ftdi_chan_t *c = m->chan;
    uint8_t b[] = {FTDI_OP_SET_HIGH, (uint8_t)(c->out >> 8), (uint8_t)(c->dir >> 8)};
    ftdi_mpsse_cmd(m, b, sizeof(b), 0, 0);
}

void ftdi_mpsse_bytes(ftdi_mpsse_t *m, uint8_t op, const uint8_t *out, size_t nbytes)
{
    bool rd = op & FTDI_OP_DO_READ, wr = op & FTDI_OP_DO_WRITE;
    size_t max = rd ? REPLY_CHUNK : PIECE_MAX;
    for (size_t off = 0; off < nbytes && !m->err;) {
        size_t k = nbytes - off < max ? nbytes - off : max;
        reserve(m, 3 + (wr ? k : 0), rd ? k : 0);
        if (m->err)
            return;
        uint8_t hdr[] = {op, (uint8_t)(k - 1), (uint8_t)((k - 1) >> 8)};
        put(m, hdr, sizeof(hdr));
        if (wr)
            put(m, out + off, k);
        m->rx_len += rd ? k : 0;
        m->clocks += 8u * k;
        off += k;
    }
}

void ftdi_mpsse_bits(ftdi_mpsse_t *m, uint8_t op, uint8_t bits, unsigned nbits)
{
    uint8_t b[] = {(uint8_t)(op | FTDI_OP_BITMODE), (uint8_t)(nbits - 1), bits};
    ftdi_mpsse_cmd(m, b, (op & FTDI_OP_DO_WRITE) ? 3 : 2, (op & FTDI_OP_DO_READ) ? 1 : 0, nbits);
}

int ftdi_mpsse_run(ftdi_mpsse_t *m)
{
    flush(m);
    return m->err;
}

void ftdi_mpsse_clock_setup(ftdi_mpsse_t *m)
{
    const ftdi_chan_t *c = m->chan;
    uint8_t b[] = {
        FTDI_OP_DIV5_OFF,
        FTDI_OP_ADAPTIVE_OFF,
        FTDI_OP_LOOPBACK_OFF,
        c->three_phase ? FTDI_OP_3PHASE_ON : FTDI_OP_3PHASE_OFF,
        FTDI_OP_DIVISOR,
        (uint8_t)c->divisor,
        (uint8_t)(c->divisor >> 8),
    };
    ftdi_mpsse_cmd(m, b, sizeof(b), 0, 0);
}
