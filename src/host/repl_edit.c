/*
 * The REPL's line editor.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "port.h"
#include "repl_complete.h"
#include "repl_edit.h"

/* How long the rest of an escape sequence or UTF-8 character may take. */
#define SEQ_TIMEOUT_MS 50

static char *kill_buf;
static size_t kill_len;

void repl_edit_init(repl_edit_t *e, repl_term_t *term, repl_history_t *hist)
{
    memset(e, 0, sizeof(*e));
    e->term = term;
    e->hist = hist;
    e->complete = true;
}

void repl_edit_free(repl_edit_t *e)
{
    free(e->buf);
    free(e->stash);
    free(e->out);
    memset(e, 0, sizeof(*e));
}

/* ---- output batching ---- */

static void emit(repl_edit_t *e, const char *s, size_t n)
{
    if (e->out_len + n > e->out_cap) {
        size_t cap = (e->out_len + n) * 2 + 64;
        char *nb = realloc(e->out, cap);
        if (!nb)
            return;
        e->out = nb;
        e->out_cap = cap;
    }
    memcpy(e->out + e->out_len, s, n);
    e->out_len += n;
}

static void emits(repl_edit_t *e, const char *s)
{
    emit(e, s, strlen(s));
}

static void emitf(repl_edit_t *e, const char *fmt, ...)
{
    char tmp[64];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof(tmp), fmt, ap);
    va_end(ap);
    if (n > 0)
        emit(e, tmp, (size_t)n < sizeof(tmp) ? (size_t)n : sizeof(tmp) - 1);
}

static void flush(repl_edit_t *e)
{
    if (e->out_len)
        repl_term_write(e->term, e->out, e->out_len);
    e->out_len = 0;
}

/* ---- the buffer (always NUL-terminated) ---- */

static bool reserve(repl_edit_t *e, size_t extra)
{
    if (e->len + extra + 1 <= e->cap)
        return true;
    size_t cap = (e->len + extra + 1) * 2;
    char *nb = realloc(e->buf, cap);
    if (!nb)
        return false;
    e->buf = nb;
    e->cap = cap;
    return true;
}

static void set_line(repl_edit_t *e, const char *s, size_t n)
{
    e->len = 0;
    if (!reserve(e, n))
        n = 0;
    memcpy(e->buf, s, n);
    e->len = e->pos = n;
    e->buf[n] = '\0';
}

static void insert(repl_edit_t *e, const char *s, size_t n)
{
    if (!reserve(e, n))
        return;
    memmove(e->buf + e->pos + n, e->buf + e->pos, e->len - e->pos);
    memcpy(e->buf + e->pos, s, n);
    e->len += n;
    e->pos += n;
    e->buf[e->len] = '\0';
}

static void delete_range(repl_edit_t *e, size_t from, size_t to, bool keep)
{
    if (to <= from)
        return;
    if (keep) {
        char *k = realloc(kill_buf, to - from);
        if (k) {
            kill_buf = k;
            memcpy(kill_buf, e->buf + from, to - from);
            kill_len = to - from;
        }
    }
    memmove(e->buf + from, e->buf + to, e->len - to);
    e->len -= to - from;
    if (e->pos >= to)
        e->pos -= to - from;
    else if (e->pos > from)
        e->pos = from;
    e->buf[e->len] = '\0';
}

/* ---- characters and words (UTF-8: a character is a lead byte and its
 * continuation bytes; each takes one column) ---- */

static bool cont_byte(char c)
{
    return ((unsigned char)c & 0xc0) == 0x80;
}

static size_t width(const char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        w += !cont_byte(s[i]);
    return w;
}

static size_t prev_char(const repl_edit_t *e, size_t p)
{
    if (p == 0)
        return 0;
    p--;
    while (p > 0 && cont_byte(e->buf[p]))
        p--;
    return p;
}

static size_t next_char(const repl_edit_t *e, size_t p)
{
    if (p >= e->len)
        return e->len;
    p++;
    while (p < e->len && cont_byte(e->buf[p]))
        p++;
    return p;
}

static bool word_byte(char c)
{
    unsigned char u = (unsigned char)c;
    return u == '_' || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u >= 0x80;
}

static size_t word_left(const repl_edit_t *e, size_t p)
{
    while (p > 0 && !word_byte(e->buf[p - 1]))
        p--;
    while (p > 0 && word_byte(e->buf[p - 1]))
        p--;
    return p;
}

static size_t word_right(const repl_edit_t *e, size_t p)
{
    while (p < e->len && !word_byte(e->buf[p]))
        p++;
    while (p < e->len && word_byte(e->buf[p]))
        p++;
    return p;
}

static bool only_spaces(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t')
            return false;
    return true;
}

/* ---- drawing ---- */

/* Redraw prompt and line and place the cursor. With a known width the
 * prompt's row is found from the tracked cursor row; the cursor never
 * stays in the deferred-wrap state (a full last row is followed by
 * "\r\n"). Without a width, lines are assumed not to wrap. */
static void refresh(repl_edit_t *e)
{
    int cols = repl_term_columns(e->term);
    size_t pw = strlen(e->prompt);
    size_t total = pw + width(e->buf, e->len);
    size_t cur = pw + width(e->buf, e->pos);
    if (cols > 0) {
        if (e->row > 0)
            emitf(e, "\x1b[%dA", e->row);
        emits(e, "\r\x1b[J");
        emits(e, e->prompt);
        emit(e, e->buf, e->len);
        if (total > 0 && total % (size_t)cols == 0)
            emits(e, "\r\n");
        size_t end_row = total / (size_t)cols, row = cur / (size_t)cols, col = cur % (size_t)cols;
        if (end_row > row)
            emitf(e, "\x1b[%zuA", end_row - row);
        emits(e, "\r");
        if (col)
            emitf(e, "\x1b[%zuC", col);
        e->row = (int)row;
    } else {
        emits(e, "\r");
        emits(e, e->prompt);
        emit(e, e->buf, e->len);
        emits(e, "\x1b[K");
        if (total > cur)
            emitf(e, "\x1b[%zuD", total - cur);
        e->row = 0;
    }
}

/* Text was appended at the end of the line: echo it instead of redrawing. */
static void echo_tail(repl_edit_t *e, size_t n)
{
    int cols = repl_term_columns(e->term);
    emit(e, e->buf + e->len - n, n);
    if (cols > 0) {
        size_t total = strlen(e->prompt) + width(e->buf, e->len);
        if (total % (size_t)cols == 0)
            emits(e, "\r\n");
        e->row = (int)(total / (size_t)cols);
    }
}

static void move_to(repl_edit_t *e, size_t p)
{
    if (p != e->pos) {
        e->pos = p;
        refresh(e);
    }
}

/* Cursor to the end of the line, ready for the caller's output. */
static void finish_line(repl_edit_t *e)
{
    move_to(e, e->len);
}

/* ---- history ---- */

static void history_show(repl_edit_t *e, size_t i)
{
    if (!e->hist)
        return;
    if (e->hist_pos == e->hist->n) {
        free(e->stash);
        e->stash = strdup(e->buf ? e->buf : "");
    }
    e->hist_pos = i;
    const char *s = i == e->hist->n ? (e->stash ? e->stash : "") : repl_history_get(e->hist, i);
    set_line(e, s, strlen(s));
    refresh(e);
}

/* ---- completion ---- */

static void list_names(repl_edit_t *e, const repl_completions_t *c)
{
    int cols = repl_term_columns(e->term);
    size_t w = cols > 0 ? (size_t)cols : 80, at = 0;
    finish_line(e);
    emits(e, "\r\n");
    for (size_t i = 0; i < c->n; i++) {
        size_t len = strlen(c->names[i]);
        if (at > 0 && at + len > w) {
            emits(e, "\r\n");
            at = 0;
        }
        if (at > 0) {
            /* names start on 16-column boundaries */
            size_t pad = 16 - at % 16;
            if (at + pad + len > w) {
                emits(e, "\r\n");
                at = 0;
            } else {
                for (size_t k = 0; k < pad; k++)
                    emit(e, " ", 1);
                at += pad;
            }
        }
        emit(e, c->names[i], len);
        at += len;
    }
    emits(e, "\r\n");
    e->row = 0;
    refresh(e);
}

static void tab(repl_edit_t *e)
{
    if (only_spaces(e->buf, e->pos)) {
        static const char spaces[] = "    ";
        insert(e, spaces, 4 - e->pos % 4);
        refresh(e);
        return;
    }
    if (!e->complete || repl_term_pending(e->term)) {
        /* a Tab inside pasted text */
        insert(e, " ", 1);
        refresh(e);
        return;
    }
    repl_completions_t c;
    repl_complete(e->buf, e->pos, &c);
    size_t common = repl_complete_common(&c);
    if (c.n > 0 && common > c.word_len) {
        bool at_end = e->pos == e->len;
        insert(e, c.names[0] + c.word_len, common - c.word_len);
        if (at_end)
            echo_tail(e, common - c.word_len);
        else
            refresh(e);
    } else if (c.n > 1) {
        list_names(e, &c);
    }
    repl_complete_free(&c);
}

/* ---- keys ---- */

enum { K_NONE, K_UP, K_DOWN, K_LEFT, K_RIGHT, K_HOME, K_END, K_DEL, K_WLEFT, K_WRIGHT, K_KILL_WORD_BACK,
       K_KILL_WORD_FWD };

/* Decodes what follows an ESC. */
static int escape(repl_edit_t *e)
{
    int c = repl_term_getc(e->term, SEQ_TIMEOUT_MS);
    if (c < 0)
        return K_NONE;
    if (c == '[') {
        int params[4] = {0, 0, 0, 0}, np = 0;
        for (;;) {
            c = repl_term_getc(e->term, SEQ_TIMEOUT_MS);
            if (c < 0)
                return K_NONE;
            if (c >= '0' && c <= '9') {
                if (np == 0)
                    np = 1;
                if (np <= 4 && params[np - 1] < 10000)
                    params[np - 1] = params[np - 1] * 10 + (c - '0');
            } else if (c == ';') {
                np = np == 0 ? 2 : np + 1;
            } else if (c >= 0x40 && c <= 0x7e) {
                break;
            } else if (c < 0x20 || c > 0x7e) {
                return K_NONE;
            }
        }
        bool mod = params[1] == 5 || params[1] == 3; /* Ctrl or Alt */
        switch (c) {
        case 'A': return K_UP;
        case 'B': return K_DOWN;
        case 'C': return mod ? K_WRIGHT : K_RIGHT;
        case 'D': return mod ? K_WLEFT : K_LEFT;
        case 'H': return K_HOME;
        case 'F': return K_END;
        case '~':
            switch (params[0]) {
            case 1: case 7: return K_HOME;
            case 4: case 8: return K_END;
            case 3: return mod ? K_KILL_WORD_FWD : K_DEL;
            default: return K_NONE;
            }
        default: return K_NONE;
        }
    }
    if (c == 'O') {
        c = repl_term_getc(e->term, SEQ_TIMEOUT_MS);
        switch (c) {
        case 'A': return K_UP;
        case 'B': return K_DOWN;
        case 'C': return K_RIGHT;
        case 'D': return K_LEFT;
        case 'H': return K_HOME;
        case 'F': return K_END;
        case 'c': return K_WRIGHT;
        case 'd': return K_WLEFT;
        default: return K_NONE;
        }
    }
    switch (c) {
    case 'b': case 'B': return K_WLEFT;
    case 'f': case 'F': return K_WRIGHT;
    case 'd': case 'D': return K_KILL_WORD_FWD;
    case 127: case 8: return K_KILL_WORD_BACK;
    default: return K_NONE;
    }
}

static void backspace(repl_edit_t *e)
{
    if (e->pos == 0)
        return;
    size_t from;
    if (only_spaces(e->buf, e->pos) && e->buf[e->pos - 1] == ' ') {
        /* undo one level of indentation */
        size_t n = e->pos % 4 ? e->pos % 4 : 4;
        from = e->pos - n;
    } else {
        from = prev_char(e, e->pos);
    }
    delete_range(e, from, e->pos, false);
    refresh(e);
}

static void do_key(repl_edit_t *e, int k)
{
    switch (k) {
    case K_UP:
        if (e->hist && e->hist_pos > 0)
            history_show(e, e->hist_pos - 1);
        break;
    case K_DOWN:
        if (e->hist && e->hist_pos < e->hist->n)
            history_show(e, e->hist_pos + 1);
        break;
    case K_LEFT: move_to(e, prev_char(e, e->pos)); break;
    case K_RIGHT: move_to(e, next_char(e, e->pos)); break;
    case K_HOME: move_to(e, 0); break;
    case K_END: move_to(e, e->len); break;
    case K_WLEFT: move_to(e, word_left(e, e->pos)); break;
    case K_WRIGHT: move_to(e, word_right(e, e->pos)); break;
    case K_DEL:
        if (e->pos < e->len) {
            delete_range(e, e->pos, next_char(e, e->pos), false);
            refresh(e);
        }
        break;
    case K_KILL_WORD_BACK:
        delete_range(e, word_left(e, e->pos), e->pos, true);
        refresh(e);
        break;
    case K_KILL_WORD_FWD:
        delete_range(e, e->pos, word_right(e, e->pos), true);
        refresh(e);
        break;
    default:
        break;
    }
}

/* Reads the rest of a UTF-8 character whose lead byte is c into s;
 * returns its length. */
static size_t read_utf8(repl_edit_t *e, int c, char *s)
{
    size_t need = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
    size_t n = 0;
    s[n++] = (char)c;
    while (need-- > 0) {
        int d = repl_term_getc(e->term, SEQ_TIMEOUT_MS);
        if (d < 0)
            break;
        if ((d & 0xc0) != 0x80) {
            /* not a continuation: give it back */
            e->term->pos--;
            break;
        }
        s[n++] = (char)d;
    }
    return n;
}

/* Returns a REPL_EDIT_* result, or 100 to keep editing. */
static int handle(repl_edit_t *e, int c, bool primary)
{
    bool empty = e->len == 0;
    if (c == '\n' && e->last_cr) {
        e->last_cr = false;
        return 100;
    }
    e->last_cr = c == '\r';
    switch (c) {
    case '\r':
    case '\n': {
        finish_line(e);
        int cols = repl_term_columns(e->term);
        size_t total = strlen(e->prompt) + width(e->buf, e->len);
        if (!(cols > 0 && total > 0 && total % (size_t)cols == 0))
            emits(e, "\r\n");
        return REPL_EDIT_LINE;
    }
    case 1: /* Ctrl-A */
        if (primary && empty)
            return REPL_EDIT_CTRL_A;
        do_key(e, K_HOME);
        break;
    case 2: /* Ctrl-B */
        if (primary && empty)
            return REPL_EDIT_CTRL_B;
        do_key(e, K_LEFT);
        break;
    case 3: /* Ctrl-C */
        finish_line(e);
        return REPL_EDIT_CTRL_C;
    case 4: /* Ctrl-D */
        if (empty || (!primary && only_spaces(e->buf, e->len))) {
            finish_line(e);
            return REPL_EDIT_CTRL_D;
        }
        do_key(e, K_DEL);
        break;
    case 5: /* Ctrl-E */
        if (primary && empty)
            return REPL_EDIT_CTRL_E;
        do_key(e, K_END);
        break;
    case 6: do_key(e, K_RIGHT); break;
    case 8:
    case 127: backspace(e); break;
    case 9: tab(e); break;
    case 11: /* Ctrl-K */
        delete_range(e, e->pos, e->len, true);
        refresh(e);
        break;
    case 12: /* Ctrl-L */
        emits(e, "\x1b[H\x1b[2J");
        e->row = 0;
        refresh(e);
        break;
    case 14: do_key(e, K_DOWN); break;
    case 16: do_key(e, K_UP); break;
    case 21: /* Ctrl-U */
        delete_range(e, 0, e->pos, true);
        refresh(e);
        break;
    case 23: { /* Ctrl-W: back to the previous whitespace */
        size_t p = e->pos;
        while (p > 0 && e->buf[p - 1] == ' ')
            p--;
        while (p > 0 && e->buf[p - 1] != ' ')
            p--;
        delete_range(e, p, e->pos, true);
        refresh(e);
        break;
    }
    case 25: /* Ctrl-Y: yank */
        if (kill_len) {
            insert(e, kill_buf, kill_len);
            refresh(e);
        }
        break;
    case 27: do_key(e, escape(e)); break;
    default:
        if (c >= 0x20) {
            char s[4];
            size_t n = c >= 0x80 ? read_utf8(e, c, s) : (s[0] = (char)c, 1);
            bool at_end = e->pos == e->len;
            insert(e, s, n);
            if (at_end)
                echo_tail(e, n);
            else
                refresh(e);
        }
        break;
    }
    return 100;
}

int repl_edit_readline(repl_edit_t *e, const char *prompt, const char *prefill, bool primary)
{
    e->prompt = prompt;
    set_line(e, prefill ? prefill : "", prefill ? strlen(prefill) : 0);
    e->row = 0;
    e->hist_pos = e->hist ? e->hist->n : 0;
    free(e->stash);
    e->stash = NULL;
    emits(e, prompt);
    echo_tail(e, e->len);
    flush(e);
    for (;;) {
        int c = repl_term_getc(e->term, -1);
        if (c == REPL_TERM_EOF) {
            flush(e);
            return REPL_EDIT_EOF;
        }
        if (c == REPL_TERM_INTR) {
            port_interrupt_pending = 0;
            c = 3;
        }
        if (c < 0)
            continue;
        int r = handle(e, c, primary);
        flush(e);
        if (r != 100)
            return r;
    }
}
