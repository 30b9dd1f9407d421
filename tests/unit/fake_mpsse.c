/*
 * The MPSSE emulator (see fake_mpsse.h). Commands are interpreted as they
 * become complete; a command cut between two writes waits for the rest.
 *
 * Invariants: levels holds the settled level of every line (after every
 * device has answered the last change); commands in in[0 .. in_len) are
 * not yet complete or wait behind a stall.
 */
#include "fake_mpsse.h"

#include <stdlib.h>
#include <string.h>

#define SETTLE_MAX 32

struct fake_mpsse {
    int chip;
    uint8_t *in;
    size_t in_len, in_cap;
    uint8_t *out;
    size_t out_len, out_cap, out_pos;
    uint16_t dir, val;     /* SET_BITS registers (val: also TCK, DO, TMS) */
    uint16_t divisor;
    uint8_t net[16];       /* net of each line (its lowest line) */
    uint16_t ext_drive, ext_level;
    uint16_t levels;
    bool contended;
    fake_wire_dev_t *devs;
    unsigned changes[16];
    fake_mpsse_stats_t st;
};

fake_mpsse_t *fake_mpsse_new(int chip)
{
    fake_mpsse_t *e = calloc(1, sizeof(*e));
    if (!e)
        abort();
    e->chip = chip;
    for (unsigned i = 0; i < 16; i++)
        e->net[i] = (uint8_t)i;
    fake_mpsse_reset(e);
    return e;
}

void fake_mpsse_free(fake_mpsse_t *e)
{
    if (!e)
        return;
    for (fake_wire_dev_t *d = e->devs, *next; d; d = next) {
        next = d->next;
        if (d->free)
            d->free(d);
    }
    free(e->in);
    free(e->out);
    free(e);
}

void fake_mpsse_purge(fake_mpsse_t *e)
{
    e->in_len = 0;
    e->out_len = e->out_pos = 0;
    e->st.stalled = false;
}

/* ---- lines ---- */

/* Level of every line from every driver; *contended when a net is driven
 * both ways. */
static uint16_t resolve(const fake_mpsse_t *e, bool *contended)
{
    uint16_t ftdi = e->dir & (uint16_t)~(e->st.drive_zero & e->val); /* drive-zero: a 1 is released */
    uint16_t ftdi_hi = 0, ftdi_lo = 0, other_hi = 0, other_lo = 0;
    for (unsigned l = 0; l < 16; l++) {
        uint16_t netbit = (uint16_t)(1u << e->net[l]), bit = (uint16_t)(1u << l);
        if (ftdi & bit) {
            if (e->val & bit)
                ftdi_hi |= netbit;
            else
                ftdi_lo |= netbit;
        }
        if (e->ext_drive & bit) {
            if (e->ext_level & bit)
                other_hi |= netbit;
            else
                other_lo |= netbit;
        }
        for (const fake_wire_dev_t *d = e->devs; d; d = d->next) {
            if (!(d->drive & bit))
                continue;
            if (!d->open_drain && (d->level & bit))
                other_hi |= netbit;
            else
                other_lo |= netbit;
        }
    }
    *contended = (ftdi_hi & other_lo) || (ftdi_lo & other_hi);
    uint16_t low = ftdi_lo | other_lo, levels = 0;
    for (unsigned l = 0; l < 16; l++)
        if (!(low & (1u << e->net[l])))
            levels |= (uint16_t)(1u << l); /* driven high or pulled up */
    return levels;
}

void fake_mpsse_settle(fake_mpsse_t *e)
{
    for (int i = 0; i < SETTLE_MAX; i++) {
        bool contended;
        uint16_t now = resolve(e, &contended);
        if (contended && !e->contended)
            e->st.contention++;
        e->contended = contended;
        if (now == e->levels)
            return;
        uint16_t before = e->levels;
        e->levels = now;
        for (unsigned l = 0; l < 16; l++)
            if ((before ^ now) & (1u << l))
                e->changes[l]++;
        for (fake_wire_dev_t *d = e->devs; d; d = d->next)
            d->event(d, e, before, now);
    }
}

static int bit_of(uint16_t v, unsigned line)
{
    return (v >> line) & 1;
}

static void set_val(fake_mpsse_t *e, unsigned line, int level)
{
    e->val = level ? (uint16_t)(e->val | (1u << line)) : (uint16_t)(e->val & ~(1u << line));
}

/* ---- replies ---- */

static void reply(fake_mpsse_t *e, uint8_t b)
{
    if (e->out_len == e->out_cap) {
        e->out_cap = e->out_cap ? 2 * e->out_cap : 256;
        e->out = realloc(e->out, e->out_cap);
        if (!e->out)
            abort();
    }
    e->out[e->out_len++] = b;
}

static void bad(fake_mpsse_t *e, uint8_t op)
{
    reply(e, 0xfa);
    reply(e, op);
    e->st.bad_commands++;
    e->st.last_bad = op;
}

/* ---- clocking ---- */

static void note_clock(fake_mpsse_t *e, uint64_t periods)
{
    uint32_t base = e->st.div5 ? 12000000u : 60000000u;
    e->st.tck_hz = base / ((uint32_t)(e->divisor + 1) * 2u);
    e->st.bit_hz = e->st.three_phase ? e->st.tck_hz / 3u * 2u : e->st.tck_hz;
    e->st.clocks += periods;
}

/* Adaptive clocking: after a TCK edge the chip waits for RTCK (ADBUS7)
 * to follow; nothing drives it here, so that is a stall. */
static bool rtck_ok(fake_mpsse_t *e)
{
    if (!e->st.adaptive || bit_of(e->levels, 7) == bit_of(e->val, 0))
        return true;
    e->st.stalled = true;
    return false;
}

static int sample(const fake_mpsse_t *e)
{
    return e->st.loopback ? bit_of(e->val, 1) : bit_of(e->levels, 2);
}

/* One clocking command of n bits. out[i]: the bit for data line `dline`
 * (DO, or TMS for the TMS commands), or NULL for none; in[i] gets the
 * sampled bits when non-NULL. Returns false when the clock stalled. */
static bool clock_bits(fake_mpsse_t *e, size_t n, const uint8_t *out, unsigned dline, bool out_neg, bool in_neg,
                       uint8_t *in)
{
    int idle = bit_of(e->val, 0);
    bool lead_rising = idle == 0;
    bool out_lead = out && (out_neg ? !lead_rising : lead_rising);
    bool in_lead = in_neg ? !lead_rising : lead_rising;
    note_clock(e, n);
    if (out && !e->st.three_phase) {
        set_val(e, dline, out[0]); /* the first bit goes out before the first edge */
        fake_mpsse_settle(e);
    }
    for (size_t k = 0; k < n; k++) {
        if (out && e->st.three_phase) {
            set_val(e, dline, out[k]); /* phase 1: data set-up, clock idle */
            fake_mpsse_settle(e);
        }
        /* leading edge */
        int s = sample(e);
        set_val(e, 0, !idle);
        if (out_lead && !e->st.three_phase)
            set_val(e, dline, out[k]); /* at the edge itself */
        fake_mpsse_settle(e);
        if (in && in_lead)
            in[k] = (uint8_t)s;
        if (!rtck_ok(e))
            return false;
        /* trailing edge */
        s = sample(e);
        set_val(e, 0, idle);
        if (out && !out_lead && !e->st.three_phase && k + 1 < n)
            set_val(e, dline, out[k + 1]);
        fake_mpsse_settle(e);
        if (in && !in_lead)
            in[k] = (uint8_t)s;
        if (!rtck_ok(e))
            return false;
    }
    return true;
}

/* The documented clock-data opcodes (AN_108 section 3). */
static bool data_opcode(uint8_t op)
{
    static const uint8_t ops[] = {
        0x10, 0x11, 0x12, 0x13, 0x18, 0x19, 0x1a, 0x1b, 0x20, 0x22, 0x24, 0x26, 0x28, 0x2a, 0x2c, 0x2e,
        0x31, 0x33, 0x34, 0x36, 0x39, 0x3b, 0x3c, 0x3e, 0x4a, 0x4b, 0x6a, 0x6b, 0x6e, 0x6f,
    };
    return memchr(ops, op, sizeof(ops)) != NULL;
}

/* Bytes the data command at in[0 .. avail) needs, or 0 when incomplete. */
static size_t data_size(const uint8_t *in, size_t avail)
{
    uint8_t op = in[0];
    bool bits = op & 0x02, write = (op & 0x10) || (op & 0x40);
    size_t hdr = bits ? 2 : 3;
    if (avail < hdr)
        return 0;
    size_t n = bits ? 1 : (size_t)(in[1] | in[2] << 8) + 1;
    size_t need = hdr + (write ? (bits ? 1 : n) : 0);
    return avail >= need ? need : 0;
}

static void run_data(fake_mpsse_t *e, const uint8_t *c)
{
    uint8_t op = c[0];
    bool bits = op & 0x02, lsb = op & 0x08, write = op & 0x10, read = op & 0x20, tms = op & 0x40;
    size_t nbits = bits || tms ? (size_t)c[1] + 1 : ((size_t)(c[1] | c[2] << 8) + 1) * 8;
    const uint8_t *data = c + (bits || tms ? 2 : 3);
    uint8_t *out = (write || tms) ? malloc(nbits) : NULL, *in = read ? calloc(nbits, 1) : NULL;
    if (((write || tms) && !out) || (read && !in))
        abort();
    for (size_t k = 0; (write || tms) && k < nbits; k++) {
        if (tms) /* TMS bits LSB first; bit 7 is held on DO */
            out[k] = (uint8_t)((data[0] >> k) & 1);
        else
            out[k] = (uint8_t)((data[k / 8] >> (lsb ? k % 8 : 7 - k % 8)) & 1);
    }
    if (tms) {
        set_val(e, 1, data[0] >> 7);
        fake_mpsse_settle(e);
    }
    bool done = clock_bits(e, nbits, out, tms ? 3u : 1u, op & 0x01, op & 0x04, in);
    if (done && read) {
        size_t nbytes = bits || tms ? 1 : nbits / 8;
        for (size_t b = 0; b < nbytes; b++) {
            uint8_t acc = 0;
            size_t per = bits || tms ? nbits : 8;
            for (size_t k = 0; k < per; k++) {
                int v = in[b * 8 + k];
                acc = lsb || tms ? (uint8_t)(acc >> 1 | v << 7) : (uint8_t)(acc << 1 | v);
            }
            reply(e, acc);
        }
    }
    free(out);
    free(in);
}

/* Clock n periods with no data (0x8E / 0x8F). */
static void run_clocks(fake_mpsse_t *e, size_t n)
{
    (void)clock_bits(e, n, NULL, 1, false, false, NULL);
}

/* ---- the command interpreter ---- */

/* Bytes of the non-data command at in[0 .. avail): 0 when incomplete. */
static size_t cmd_size(const fake_mpsse_t *e, const uint8_t *in, size_t avail)
{
    switch (in[0]) {
    case 0x80: case 0x82: case 0x86: case 0x8f:
        return avail >= 3 ? 3 : 0;
    case 0x8e:
        return avail >= 2 ? 2 : 0;
    case 0x9e:
        if (e->chip != FAKE_MPSSE_FT232H)
            return 1;
        return avail >= 3 ? 3 : 0;
    default:
        return 1;
    }
}

/* One complete command; false when the chip now waits (a stall). */
static bool run_cmd(fake_mpsse_t *e, const uint8_t *c)
{
    switch (c[0]) {
    case 0x80:
        e->val = (uint16_t)((e->val & 0xff00) | c[1]);
        e->dir = (uint16_t)((e->dir & 0xff00) | c[2]);
        fake_mpsse_settle(e);
        return true;
    case 0x82:
        e->val = (uint16_t)((e->val & 0x00ff) | c[1] << 8);
        e->dir = (uint16_t)((e->dir & 0x00ff) | c[2] << 8);
        fake_mpsse_settle(e);
        return true;
    case 0x81: reply(e, (uint8_t)e->levels); return true;
    case 0x83: reply(e, (uint8_t)(e->levels >> 8)); return true;
    case 0x84: e->st.loopback = true; return true;
    case 0x85: e->st.loopback = false; return true;
    case 0x86: e->divisor = (uint16_t)(c[1] | c[2] << 8); return true;
    case 0x87: return true; /* replies are always sent at once here */
    case 0x88: return bit_of(e->levels, 5) == 1 || ((e->st.stalled = true), false);
    case 0x89: return bit_of(e->levels, 5) == 0 || ((e->st.stalled = true), false);
    case 0x8a: e->st.div5 = false; return true;
    case 0x8b: e->st.div5 = true; return true;
    case 0x8c: e->st.three_phase = true; return true;
    case 0x8d: e->st.three_phase = false; return true;
    case 0x8e: run_clocks(e, (size_t)c[1] + 1); return !e->st.stalled;
    case 0x8f: run_clocks(e, ((size_t)(c[1] | c[2] << 8) + 1) * 8); return !e->st.stalled;
    case 0x96: e->st.adaptive = true; return true;
    case 0x97: e->st.adaptive = false; return true;
    case 0x9e:
        if (e->chip == FAKE_MPSSE_FT232H) {
            e->st.drive_zero = (uint16_t)(c[1] | c[2] << 8);
            fake_mpsse_settle(e);
            return true;
        }
        bad(e, c[0]);
        return true;
    default:
        /* 0x94/0x95/0x9C/0x9D (clock until GPIOL1) exist but are not
           emulated: they count as bad commands here */
        bad(e, c[0]);
        return true;
    }
}

static void process(fake_mpsse_t *e)
{
    size_t pos = 0;
    while (pos < e->in_len && !e->st.stalled) {
        const uint8_t *c = e->in + pos;
        size_t avail = e->in_len - pos, need;
        if (!(c[0] & 0x80)) {
            if (!data_opcode(c[0])) {
                bad(e, c[0]);
                pos++;
                continue;
            }
            if ((need = data_size(c, avail)) == 0)
                break;
            run_data(e, c);
        } else {
            if ((need = cmd_size(e, c, avail)) == 0)
                break;
            if (!run_cmd(e, c))
                break; /* a wait: the command stays, nothing after it runs */
        }
        pos += need;
    }
    if (pos) {
        memmove(e->in, e->in + pos, e->in_len - pos);
        e->in_len -= pos;
    }
}

void fake_mpsse_write(fake_mpsse_t *e, const uint8_t *buf, size_t n)
{
    if (n == 0)
        return;
    if (e->in_len + n > e->in_cap) {
        while (e->in_len + n > e->in_cap)
            e->in_cap = e->in_cap ? 2 * e->in_cap : 1024;
        e->in = realloc(e->in, e->in_cap);
        if (!e->in)
            abort();
    }
    memcpy(e->in + e->in_len, buf, n);
    e->in_len += n;
    process(e);
}

size_t fake_mpsse_read(fake_mpsse_t *e, uint8_t *buf, size_t max)
{
    if (e->st.stalled && e->in_len && (e->in[0] == 0x88 || e->in[0] == 0x89)) {
        e->st.stalled = false; /* the awaited level may have come */
        process(e);
    }
    size_t n = e->out_len - e->out_pos;
    if (n > max)
        n = max;
    if (n)
        memcpy(buf, e->out + e->out_pos, n);
    e->out_pos += n;
    if (e->out_pos == e->out_len)
        e->out_pos = e->out_len = 0;
    return n;
}

size_t fake_mpsse_pending(const fake_mpsse_t *e)
{
    return e->out_len - e->out_pos;
}

void fake_mpsse_reset(fake_mpsse_t *e)
{
    fake_mpsse_purge(e);
    e->dir = e->val = 0;
    e->divisor = 0xffff;
    e->st.div5 = e->st.three_phase = e->st.loopback = e->st.adaptive = true;
    e->st.drive_zero = 0;
    fake_mpsse_settle(e);
}

/* ---- wiring and the test's view ---- */

void fake_mpsse_tie(fake_mpsse_t *e, unsigned a, unsigned b)
{
    uint8_t from = e->net[b], to = e->net[a];
    if (from > to) {
        uint8_t t = from;
        from = to;
        to = t;
    }
    for (unsigned l = 0; l < 16; l++)
        if (e->net[l] == to)
            e->net[l] = from;
    fake_mpsse_settle(e);
}

void fake_mpsse_attach(fake_mpsse_t *e, fake_wire_dev_t *d)
{
    d->next = e->devs;
    e->devs = d;
    fake_mpsse_settle(e);
}

void fake_mpsse_set_input(fake_mpsse_t *e, unsigned line, int level)
{
    uint16_t bit = (uint16_t)(1u << line);
    if (level < 0) {
        e->ext_drive &= (uint16_t)~bit;
    } else {
        e->ext_drive |= bit;
        e->ext_level = level ? (uint16_t)(e->ext_level | bit) : (uint16_t)(e->ext_level & ~bit);
    }
    fake_mpsse_settle(e);
}

int fake_mpsse_level(const fake_mpsse_t *e, unsigned line)
{
    return bit_of(e->levels, line);
}

int fake_mpsse_driven(const fake_mpsse_t *e, unsigned line)
{
    uint16_t ftdi = e->dir & (uint16_t)~(e->st.drive_zero & e->val);
    return bit_of(ftdi, line) ? bit_of(e->val, line) : -1;
}

unsigned fake_mpsse_changes(const fake_mpsse_t *e, unsigned line)
{
    return line < 16 ? e->changes[line] : 0;
}

const fake_mpsse_stats_t *fake_mpsse_stats(const fake_mpsse_t *e)
{
    return &e->st;
}

void fake_mpsse_clear_stats(fake_mpsse_t *e)
{
    memset(e->changes, 0, sizeof(e->changes));
    e->st.bad_commands = 0;
    e->st.last_bad = 0;
    e->st.contention = 0;
    e->st.clocks = 0;
}
