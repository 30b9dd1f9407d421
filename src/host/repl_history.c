/*
 * REPL input history in memory and in ~/.circuitpython_history.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "repl_history.h"

void repl_history_init(repl_history_t *h)
{
    memset(h, 0, sizeof(*h));
}

static void drop_oldest(repl_history_t *h, size_t k)
{
    for (size_t i = 0; i < k; i++)
        free(h->lines[i]);
    memmove(h->lines, h->lines + k, (h->n - k) * sizeof(char *));
    h->n -= k;
}

/* Appends to memory only, keeping at most REPL_HISTORY_MAX entries. */
static void push(repl_history_t *h, const char *line, size_t len)
{
    if (h->n == h->cap) {
        size_t cap = h->cap ? h->cap * 2 : 64;
        if (cap > REPL_HISTORY_MAX + 1)
            cap = REPL_HISTORY_MAX + 1;
        if (h->n == cap) {
            drop_oldest(h, 1);
        } else {
            char **nl = realloc(h->lines, cap * sizeof(char *));
            if (!nl)
                return;
            h->lines = nl;
            h->cap = cap;
        }
    }
    char *copy = malloc(len + 1);
    if (!copy)
        return;
    memcpy(copy, line, len);
    copy[len] = '\0';
    h->lines[h->n++] = copy;
    if (h->n > REPL_HISTORY_MAX)
        drop_oldest(h, h->n - REPL_HISTORY_MAX);
}

char *repl_history_default_path(void)
{
    const char *home = getenv("HOME");
    if (!home || !*home)
        return NULL;
    const char *name = "/.circuitpython_history";
    char *p = malloc(strlen(home) + strlen(name) + 1);
    if (p) {
        strcpy(p, home);
        strcat(p, name);
    }
    return p;
}

int repl_history_load(repl_history_t *h, const char *path)
{
    free(h->path);
    h->path = path ? strdup(path) : NULL;
    h->file_lines = 0;
    if (!path)
        return 0;
    FILE *f = fopen(path, "r");
    if (!f)
        return errno == ENOENT ? 0 : -errno;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, f)) >= 0) {
        h->file_lines++;
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            n--;
        if (n > 0)
            push(h, line, (size_t)n);
    }
    free(line);
    fclose(f);
    return 0;
}

/* Replace the file by the entries in memory (atomically, via rename). */
static int rewrite(repl_history_t *h)
{
    size_t plen = strlen(h->path);
    char *tmp = malloc(plen + 16);
    if (!tmp)
        return -ENOMEM;
    snprintf(tmp, plen + 16, "%s.%ld", h->path, (long)getpid());
    FILE *f = fopen(tmp, "w");
    if (!f) {
        int e = errno;
        free(tmp);
        return -e;
    }
    for (size_t i = 0; i < h->n; i++)
        fprintf(f, "%s\n", h->lines[i]);
    int bad = ferror(f);
    if (fclose(f) != 0 || bad || rename(tmp, h->path) != 0) {
        int e = errno ? errno : EIO;
        unlink(tmp);
        free(tmp);
        return -e;
    }
    free(tmp);
    h->file_lines = h->n;
    return 0;
}

int repl_history_add(repl_history_t *h, const char *line, size_t len)
{
    size_t k = 0;
    while (k < len && (line[k] == ' ' || line[k] == '\t'))
        k++;
    if (k == len || memchr(line, '\n', len))
        return 0;
    if (h->n && strlen(h->lines[h->n - 1]) == len && memcmp(h->lines[h->n - 1], line, len) == 0)
        return 0;
    push(h, line, len);
    if (!h->path)
        return 0;
    if (h->file_lines + 1 > REPL_HISTORY_MAX)
        return rewrite(h);
    FILE *f = fopen(h->path, "a");
    if (!f)
        return -errno;
    fwrite(line, 1, len, f);
    fputc('\n', f);
    if (fclose(f) != 0)
        return -errno;
    h->file_lines++;
    return 0;
}

const char *repl_history_get(const repl_history_t *h, size_t i)
{
    return i < h->n ? h->lines[i] : NULL;
}

void repl_history_free(repl_history_t *h)
{
    for (size_t i = 0; i < h->n; i++)
        free(h->lines[i]);
    free(h->lines);
    free(h->path);
    memset(h, 0, sizeof(*h));
}
