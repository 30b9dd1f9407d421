/*
 * The regular expression matcher: a backtracking interpreter of the
 * programs of mod_re_prog.h.
 *
 * Backtracking state lives on an explicit stack in the heap. Entries are
 * either choice points (where to resume after a failure) or undo records
 * (old values of capture slots, lastindex and repeat counters), so a
 * failure pops entries, restoring state, until it reaches a choice point.
 * A barrier entry marks where a run() started; lookarounds and atomic
 * groups run their body with a nested run() and afterwards either drop its
 * choice points (keeping its undo records) or unwind it completely. That
 * nesting is the only C recursion, bounded by the pattern.
 *
 * Repetitions of a single-character matcher (SIMPLE) keep one stack entry
 * for the whole run of characters instead of one per character, and an
 * optional iteration of a general repetition costs one entry (BT_REPEAT:
 * choice and counter undo in one). The stack is a list of fixed-size
 * chunks, so growing it never copies and entries never move.
 */
#include <string.h>

#include "mem.h"
#include "mod_re.h"
#include "mod_re_prog.h"
#include "port.h"
#include "runtime.h"
#include "unichar.h"

enum { BT_BARRIER, BT_CHOICE, BT_SLOT, BT_COUNTER, BT_REPEAT, BT_GREEDY, BT_LAZY };

typedef struct bt {
    uint32_t kind_pc;       /* kind in the low 3 bits; above them the code
                               index (CHOICE/GREEDY/LAZY/REPEAT), the slot
                               (SLOT) or the counter (COUNTER) */
    uint32_t n;             /* REPEAT: old count */
    intptr_t pos;           /* CHOICE/REPEAT: position; GREEDY/LAZY: start;
                               SLOT: old lastindex; COUNTER: old count */
    intptr_t aux;           /* SLOT: old value; GREEDY/LAZY: count;
                               COUNTER/REPEAT: old start */
} bt_t;

#define BT_KIND(e) ((int)((e)->kind_pc & 7))
#define BT_PC(e) ((int32_t)((e)->kind_pc >> 3))

#define CHUNK_BITS 7
#define CHUNK_SIZE ((size_t)1 << CHUNK_BITS)

typedef struct state {
    const int32_t *code;
    const re_text_t *t;
    size_t end;
    size_t search_start;
    bool must_advance, match_all;
    intptr_t *slots;
    intptr_t lastindex;
    intptr_t *rcount, *rstart;
    bt_t **chunks;          /* the stack: chunk k holds entries k*CHUNK_SIZE.. */
    size_t nchunks, chunks_alloc;
    size_t sp;
    unsigned steps;
} state_t;

#define CHECK_INTERVAL 4096

static inline uint32_t at(const state_t *st, size_t i)
{
    return re_text_at(st->t, i);
}

static inline bt_t *entry(state_t *st, size_t i)
{
    return &st->chunks[i >> CHUNK_BITS][i & (CHUNK_SIZE - 1)];
}

static void push(state_t *st, int32_t kind, int32_t pc, intptr_t pos, intptr_t aux)
{
    if (st->sp == st->nchunks * CHUNK_SIZE) {
        if (st->nchunks == st->chunks_alloc) {
            /* the first directory is on the C stack (see mod_re_exec) */
            bt_t **nd = mem_alloc(2 * st->chunks_alloc * sizeof(bt_t *));
            memcpy(nd, st->chunks, st->chunks_alloc * sizeof(bt_t *));
            st->chunks = nd;
            st->chunks_alloc *= 2;
        }
        st->chunks[st->nchunks++] = mem_alloc_noscan(CHUNK_SIZE * sizeof(bt_t));
    }
    bt_t *e = entry(st, st->sp++);
    e->kind_pc = (uint32_t)kind | ((uint32_t)pc << 3);
    e->n = 0;
    e->pos = pos;
    e->aux = aux;
}

/* ---- character predicates ---- */

static bool ascii_alnum(uint32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_word(uint32_t c, bool ascii)
{
    if (c < 128)
        return ascii_alnum(c) || c == '_';
    return !ascii && (unichar_isalpha(c) || unichar_isnumeric(c));
}

static bool is_digit(uint32_t c, bool ascii)
{
    if (c < 128)
        return c >= '0' && c <= '9';
    return !ascii && unichar_isdecimal(c);
}

static bool is_space(uint32_t c, bool ascii)
{
    if (ascii)
        return c == ' ' || (c >= '\t' && c <= '\r');
    return unichar_isspace(c);
}

static uint32_t fold_lower(uint32_t c, bool ascii)
{
    if (ascii)
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    return unichar_tolower(c);
}

static uint32_t fold_upper(uint32_t c, bool ascii)
{
    if (ascii)
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    return unichar_toupper(c);
}

static bool in_set(const int32_t *ins, uint32_t c)
{
    int32_t flags = ins[2];
    size_t n = (size_t)ins[3];
    const int32_t *r = ins + 4;
    for (size_t k = 0; k < n; k++)
        if (c >= (uint32_t)r[2 * k] && c <= (uint32_t)r[2 * k + 1])
            return true;
    int32_t cl = flags >> SF_SHIFT;
    if (cl) {
        bool ascii = (flags & SF_ASCII) != 0;
        if ((cl & RC_DIGIT) && is_digit(c, ascii))
            return true;
        if ((cl & RC_NDIGIT) && !is_digit(c, ascii))
            return true;
        if ((cl & RC_WORD) && is_word(c, ascii))
            return true;
        if ((cl & RC_NWORD) && !is_word(c, ascii))
            return true;
        if ((cl & RC_SPACE) && is_space(c, ascii))
            return true;
        if ((cl & RC_NSPACE) && !is_space(c, ascii))
            return true;
    }
    return false;
}

static bool match_set(const int32_t *ins, uint32_t c)
{
    int32_t flags = ins[2];
    bool r = in_set(ins, c);
    if (!r && (flags & SF_ICASE)) {
        bool ascii = (flags & SF_ASCII) != 0;
        uint32_t l = fold_lower(c, ascii), u = fold_upper(c, ascii);
        r = (l != c && in_set(ins, l)) || (u != c && in_set(ins, u));
    }
    return r != ((flags & SF_NEG) != 0);
}

static bool match_char_i(const int32_t *ins, uint32_t c)
{
    bool ascii = ins[4] != 0;
    return c == (uint32_t)ins[1] || fold_lower(c, ascii) == (uint32_t)ins[2] ||
           fold_upper(c, ascii) == (uint32_t)ins[3];
}

/* One single-character instruction (CHAR, CHAR_I, ANY, ANY_ALL, SET). */
static bool match_single(const int32_t *ins, uint32_t c)
{
    switch (ins[0]) {
    case OP_CHAR: return c == (uint32_t)ins[1];
    case OP_CHAR_I: return match_char_i(ins, c);
    case OP_ANY: return c != '\n';
    case OP_ANY_ALL: return true;
    default: return match_set(ins, c);
    }
}

static bool check_assert(const state_t *st, int32_t kind, bool ascii, size_t pos)
{
    size_t end = st->end;
    switch (kind) {
    case RA_BOL:
    case RA_BEGIN:
        return pos == 0;
    case RA_MBOL:
        return pos == 0 || at(st, pos - 1) == '\n';
    case RA_EOL:
        return pos == end || (pos + 1 == end && at(st, pos) == '\n');
    case RA_MEOL:
        return pos == end || at(st, pos) == '\n';
    case RA_END:
        return pos == end;
    case RA_WORDB:
    case RA_NWORDB: {
        if (end == 0)
            return false;
        bool before = pos > 0 && is_word(at(st, pos - 1), ascii);
        bool after = pos < end && is_word(at(st, pos), ascii);
        return (before != after) == (kind == RA_WORDB);
    }
    default:
        return false;
    }
}

static bool backref(const state_t *st, const int32_t *ins, size_t *pos)
{
    intptr_t g = ins[1];
    intptr_t a = st->slots[2 * g], b = st->slots[2 * g + 1];
    if (a < 0 || b < 0)
        return false;
    size_t len = (size_t)(b - a), p = *pos;
    if (len > st->end - p)
        return false;
    bool icase = ins[2] != 0, ascii = ins[3] != 0;
    for (size_t k = 0; k < len; k++) {
        uint32_t x = at(st, (size_t)a + k), y = at(st, p + k);
        if (x == y)
            continue;
        if (!icase || (fold_lower(x, ascii) != fold_lower(y, ascii) && fold_upper(x, ascii) != fold_upper(y, ascii)))
            return false;
    }
    *pos = p + len;
    return true;
}

/* Drop the choice points above base (a nested run that succeeded),
 * keeping undo records so outer backtracking still restores state. */
static void compact(state_t *st, size_t base)
{
    size_t w = base;
    for (size_t r = base; r < st->sp; r++) {
        bt_t *e = entry(st, r);
        int k = BT_KIND(e);
        if (k == BT_SLOT || k == BT_COUNTER) {
            *entry(st, w++) = *e;
        } else if (k == BT_REPEAT) {
            /* keep its counter undo, drop its choice */
            bt_t *d = entry(st, w++);
            int32_t ctr = st->code[BT_PC(e) + 1];
            d->kind_pc = (uint32_t)BT_COUNTER | ((uint32_t)ctr << 3);
            d->pos = (intptr_t)e->n;
            d->aux = e->aux;
        }
    }
    st->sp = w;
}

/* Apply an undo record (SLOT, COUNTER, or the counter part of REPEAT). */
static void undo(state_t *st, const bt_t *e)
{
    switch (BT_KIND(e)) {
    case BT_SLOT:
        st->slots[BT_PC(e)] = e->aux;
        if (BT_PC(e) & 1)
            st->lastindex = e->pos;
        break;
    case BT_COUNTER:
        st->rcount[BT_PC(e)] = e->pos;
        st->rstart[BT_PC(e)] = e->aux;
        break;
    case BT_REPEAT: {
        int32_t ctr = st->code[BT_PC(e) + 1];
        st->rcount[ctr] = (intptr_t)e->n;
        st->rstart[ctr] = e->aux;
        break;
    }
    default:
        break;
    }
}

/* Undo everything above base (a nested run whose success means failure). */
static void unwind(state_t *st, size_t base)
{
    while (st->sp > base) {
        bt_t *e = entry(st, --st->sp);
        undo(st, e);
    }
}

static void tick(state_t *st)
{
    if (++st->steps >= CHECK_INTERVAL) {
        st->steps = 0;
        if (port_interrupt_pending || vm.budget)
            runtime_check_interrupt();
    }
}

/* Run from pc at pos until MATCH/SUCCEED (true, *endp set; the entries
 * pushed stay on the stack above a barrier) or until every alternative
 * failed (false; stack back to where it was). */
static bool run(state_t *st, size_t pc, size_t pos, size_t *endp)
{
    const int32_t *code = st->code;
    const size_t end = st->end;
    push(st, BT_BARRIER, 0, 0, 0);
    for (;;) {
        tick(st);
        const int32_t *ins = code + pc;
        switch (ins[0]) {
        case OP_MATCH:
            if ((st->match_all && pos != end) || (st->must_advance && pos == st->search_start))
                goto fail;
            *endp = pos;
            return true;
        case OP_SUCCEED:
            *endp = pos;
            return true;
        case OP_CHAR:
            if (pos < end && at(st, pos) == (uint32_t)ins[1]) {
                pos++;
                pc += 2;
                continue;
            }
            goto fail;
        case OP_CHAR_I:
            if (pos < end && match_char_i(ins, at(st, pos))) {
                pos++;
                pc += 5;
                continue;
            }
            goto fail;
        case OP_ANY:
            if (pos < end && at(st, pos) != '\n') {
                pos++;
                pc++;
                continue;
            }
            goto fail;
        case OP_ANY_ALL:
            if (pos < end) {
                pos++;
                pc++;
                continue;
            }
            goto fail;
        case OP_SET:
            if (pos < end && match_set(ins, at(st, pos))) {
                pos++;
                pc = (size_t)ins[1];
                continue;
            }
            goto fail;
        case OP_ASSERT:
            if (check_assert(st, ins[1], ins[2] != 0, pos)) {
                pc += 3;
                continue;
            }
            goto fail;
        case OP_JMP:
            pc = (size_t)ins[1];
            continue;
        case OP_SPLIT:
            push(st, BT_CHOICE, ins[2], (intptr_t)pos, 0);
            pc = (size_t)ins[1];
            continue;
        case OP_SAVE: {
            int32_t slot = ins[1];
            push(st, BT_SLOT, slot, st->lastindex, st->slots[slot]);
            st->slots[slot] = (intptr_t)pos;
            if (slot & 1)
                st->lastindex = slot / 2;
            pc += 2;
            continue;
        }
        case OP_REPEAT_START: {
            int32_t r = ins[1];
            push(st, BT_COUNTER, r, st->rcount[r], st->rstart[r]);
            st->rcount[r] = 0;
            st->rstart[r] = -1;
            pc += 2;
            continue;
        }
        case OP_REPEAT_STEP: {
            /* As CPython's MAX_UNTIL/MIN_UNTIL: rstart is where the last
               optional iteration began; an optional iteration is not
               tried again from that same position (zero-width loop
               protection). Mandatory iterations do not move rstart. */
            int32_t r = ins[1];
            uint32_t lo = (uint32_t)ins[2], hi = (uint32_t)ins[3];
            size_t exit = (size_t)ins[5];
            uintptr_t cnt = (uintptr_t)st->rcount[r];
            if (cnt < lo) {
                push(st, BT_COUNTER, r, st->rcount[r], st->rstart[r]);
                st->rcount[r]++;
                pc += 8;
            } else if ((hi != RE_MAXREPEAT && cnt >= hi) || st->rstart[r] == (intptr_t)pos) {
                pc = exit;
            } else if (ins[4]) {
                /* enter an optional iteration; on failure undo that and
                   continue after the loop */
                push(st, BT_REPEAT, (int32_t)pc, (intptr_t)pos, st->rstart[r]);
                entry(st, st->sp - 1)->n = (uint32_t)cnt;
                st->rcount[r]++;
                st->rstart[r] = (intptr_t)pos;
                pc += 8;
            } else {
                push(st, BT_CHOICE, (int32_t)(pc + 6), (intptr_t)pos, 0);
                pc = exit;
            }
            continue;
        }
        case OP_REPEAT_ENTER: {
            /* entry into an optional iteration */
            int32_t r = ins[1];
            push(st, BT_COUNTER, r, st->rcount[r], st->rstart[r]);
            st->rcount[r]++;
            st->rstart[r] = (intptr_t)pos;
            pc += 2;
            continue;
        }
        case OP_SIMPLE: {
            uint32_t lo = (uint32_t)ins[1], hi = (uint32_t)ins[2];
            const int32_t *one = ins + 5;
            size_t avail = end - pos;
            size_t limit = hi == RE_MAXREPEAT || hi > avail ? avail : hi;
            size_t cnt = 0;
            if (ins[3]) {
                if (one[0] == OP_ANY_ALL)
                    cnt = limit;
                else
                    while (cnt < limit && match_single(one, at(st, pos + cnt)))
                        cnt++;
                if (cnt < lo)
                    goto fail;
                if (cnt > lo)
                    push(st, BT_GREEDY, (int32_t)pc, (intptr_t)pos, (intptr_t)cnt);
            } else {
                if (lo > limit)
                    goto fail;
                while (cnt < lo) {
                    if (!match_single(one, at(st, pos + cnt)))
                        goto fail;
                    cnt++;
                }
                if (cnt < hi)
                    push(st, BT_LAZY, (int32_t)pc, (intptr_t)pos, (intptr_t)cnt);
            }
            pos += cnt;
            pc = (size_t)ins[4];
            continue;
        }
        case OP_BACKREF:
            if (backref(st, ins, &pos)) {
                pc += 4;
                continue;
            }
            goto fail;
        case OP_LOOK: {
            bool neg = ins[1] != 0, behind = ins[2] != 0;
            size_t width = (size_t)ins[3];
            size_t base = st->sp, e;
            bool ok = false;
            if (!behind || pos >= width) {
                runtime_check_stack();
                ok = run(st, pc + 5, behind ? pos - width : pos, &e);
            }
            if (ok && neg) {
                unwind(st, base);
                goto fail;
            }
            if (!ok && !neg)
                goto fail;
            if (ok)
                compact(st, base);
            pc = (size_t)ins[4];
            continue;
        }
        case OP_ATOMIC: {
            size_t base = st->sp, e;
            runtime_check_stack();
            if (!run(st, pc + 2, pos, &e))
                goto fail;
            compact(st, base);
            pos = e;
            pc = (size_t)ins[1];
            continue;
        }
        case OP_COND: {
            int32_t g = ins[1];
            if (st->slots[2 * g] >= 0 && st->slots[2 * g + 1] >= 0)
                pc += 3;
            else
                pc = (size_t)ins[2];
            continue;
        }
        default:
            goto fail;
        }
    fail:
        for (;;) {
            bt_t *e = entry(st, --st->sp);
            switch (BT_KIND(e)) {
            case BT_BARRIER:
                return false;
            case BT_SLOT:
            case BT_COUNTER:
                undo(st, e);
                continue;
            case BT_CHOICE:
                pc = (size_t)BT_PC(e);
                pos = (size_t)e->pos;
                break;
            case BT_REPEAT:
                undo(st, e);
                pc = (size_t)code[BT_PC(e) + 5];
                pos = (size_t)e->pos;
                break;
            case BT_GREEDY: {
                const int32_t *si = code + BT_PC(e);
                intptr_t lo = (intptr_t)(uint32_t)si[1];
                size_t next = (size_t)si[4];
                size_t start = (size_t)e->pos;
                intptr_t cnt = e->aux - 1;
                if (code[next] == OP_CHAR) {
                    /* skip positions where the following literal cannot match */
                    uint32_t want = (uint32_t)code[next + 1];
                    while (cnt >= lo && (start + (size_t)cnt >= end || at(st, start + (size_t)cnt) != want))
                        cnt--;
                }
                if (cnt < lo)
                    continue;
                if (cnt > lo) {
                    e->aux = cnt;
                    st->sp++;
                }
                pos = start + (size_t)cnt;
                pc = next;
                break;
            }
            case BT_LAZY: {
                const int32_t *si = code + BT_PC(e);
                uint32_t hi = (uint32_t)si[2];
                size_t start = (size_t)e->pos;
                size_t cnt = (size_t)e->aux;
                if (start + cnt >= end || !match_single(si + 5, at(st, start + cnt)))
                    continue;
                cnt++;
                if (hi == RE_MAXREPEAT || cnt < hi) {
                    e->aux = (intptr_t)cnt;
                    st->sp++;
                }
                pos = start + cnt;
                pc = (size_t)si[4];
                break;
            }
            default:
                continue;
            }
            break;
        }
    }
}

bool mod_re_exec(const re_prog_t *prog, const re_text_t *text, size_t pos, size_t end, int mode,
                 bool must_advance, intptr_t *slots, intptr_t *lastindex)
{
    state_t st;
    memset(&st, 0, sizeof(st));
    st.code = prog->code;
    st.t = text;
    st.end = end;
    st.search_start = pos;
    st.must_advance = must_advance;
    st.match_all = mode == RE_MODE_FULLMATCH;
    size_t nslots = 2 * (prog->ngroups + 1);
    st.slots = slots;
    for (size_t k = 0; k < nslots; k++)
        slots[k] = -1;
    st.lastindex = -1;
    /* Small matches (the common case, and every step of findall/sub over
       a long subject) use no heap: the first stack chunk, its directory
       and a few repeat counters live in this frame. */
    bt_t first_chunk[CHUNK_SIZE];
    bt_t *dir[8] = {first_chunk};
    st.chunks = dir;
    st.nchunks = 1;
    st.chunks_alloc = 8;
    intptr_t counters[2 * 8];
    if (prog->nrepeats <= 8) {
        st.rcount = counters;
        st.rstart = counters + 8;
    } else {
        st.rcount = mem_alloc_noscan(prog->nrepeats * sizeof(intptr_t));
        st.rstart = mem_alloc_noscan(prog->nrepeats * sizeof(intptr_t));
    }
    if (pos > end)
        return false;
    for (size_t p = pos; p <= end; p++) {
        if (mode == RE_MODE_SEARCH) {
            if (prog->anchored && p > 0)
                break;
            if (prog->first_char >= 0) {
                while (p < end && at(&st, p) != (uint32_t)prog->first_char)
                    p++;
                if (p >= end)
                    break;
            }
        }
        st.sp = 0;
        size_t e;
        if (run(&st, 0, p, &e)) {
            slots[0] = (intptr_t)p;
            slots[1] = (intptr_t)e;
            *lastindex = st.lastindex;
            return true;
        }
        if (mode != RE_MODE_SEARCH)
            break;
        tick(&st);
    }
    return false;
}
