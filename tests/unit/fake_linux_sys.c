/*
 * The fake kernel of fake_linux_sys.h. Fixed-size tables: tests are small.
 */
#include "fake_linux_sys.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_NODES 96
#define MAX_FDS 32
#define MAX_TEXT 512

enum { NODE_FREE, NODE_FILE, NODE_LINK, NODE_DEV };

typedef struct node {
    int kind;
    char path[192];
    char text[MAX_TEXT]; /* file content, link target */
    size_t len;
    int open_err, open_err_times; /* times 0: always */
    int write_err;
    const fake_dev_ops_t *ops;
    void *ctx;
} node_t;

typedef struct ofd {
    node_t *node; /* NULL: free */
    size_t pos;
} ofd_t;

static node_t nodes[MAX_NODES];
static ofd_t fds[MAX_FDS];
static char log_buf[8192];
static long slept;
static int (*write_hook)(const char *path, const char *text);

#define FD_BASE 100

static node_t *find(const char *path)
{
    for (int i = 0; i < MAX_NODES; i++)
        if (nodes[i].kind != NODE_FREE && strcmp(nodes[i].path, path) == 0)
            return &nodes[i];
    return NULL;
}

static node_t *make(const char *path, int kind)
{
    node_t *n = find(path);
    for (int i = 0; !n && i < MAX_NODES; i++)
        if (nodes[i].kind == NODE_FREE)
            n = &nodes[i];
    if (!n)
        abort();
    int err = n->kind != NODE_FREE ? n->open_err : 0, times = n->kind != NODE_FREE ? n->open_err_times : 0;
    memset(n, 0, sizeof(*n));
    n->kind = kind;
    snprintf(n->path, sizeof(n->path), "%s", path);
    n->open_err = err;
    n->open_err_times = times;
    return n;
}

static ofd_t *fd_of(int fd)
{
    if (fd < FD_BASE || fd >= FD_BASE + MAX_FDS || !fds[fd - FD_BASE].node)
        return NULL;
    return &fds[fd - FD_BASE];
}

/* ---- the table ---- */

static int f_open(const char *path, int flags)
{
    (void)flags;
    node_t *n = find(path);
    if (n && n->open_err) {
        int err = n->open_err;
        if (n->open_err_times > 0 && --n->open_err_times == 0)
            n->open_err = 0;
        return -err;
    }
    if (!n || n->kind == NODE_LINK)
        return -ENOENT;
    for (int i = 0; i < MAX_FDS; i++)
        if (!fds[i].node) {
            fds[i] = (ofd_t){n, 0};
            return FD_BASE + i;
        }
    return -EMFILE;
}

static int f_close(int fd)
{
    ofd_t *o = fd_of(fd);
    if (!o)
        return -EBADF;
    o->node = NULL;
    return 0;
}

static int f_ioctl(int fd, unsigned long req, void *arg)
{
    ofd_t *o = fd_of(fd);
    if (!o)
        return -EBADF;
    if (o->node->kind != NODE_DEV || !o->node->ops->ioctl)
        return -ENOTTY;
    return o->node->ops->ioctl(o->node->ctx, req, arg);
}

static ssize_t f_read(int fd, void *buf, size_t len)
{
    ofd_t *o = fd_of(fd);
    if (!o)
        return -EBADF;
    node_t *n = o->node;
    if (n->kind == NODE_DEV)
        return n->ops->read ? n->ops->read(n->ctx, buf, len) : -EINVAL;
    size_t left = n->len > o->pos ? n->len - o->pos : 0;
    size_t k = len < left ? len : left;
    memcpy(buf, n->text + o->pos, k);
    o->pos += k;
    return (ssize_t)k;
}

static ssize_t f_write(int fd, const void *buf, size_t len)
{
    ofd_t *o = fd_of(fd);
    if (!o)
        return -EBADF;
    node_t *n = o->node;
    if (n->kind == NODE_DEV)
        return n->ops->write ? n->ops->write(n->ctx, buf, len) : -EINVAL;
    if (n->write_err)
        return -n->write_err;
    char text[MAX_TEXT];
    size_t k = len < MAX_TEXT - 1 ? len : MAX_TEXT - 1;
    memcpy(text, buf, k);
    text[k] = '\0';
    char path[192];
    snprintf(path, sizeof(path), "%s", n->path);
    if (write_hook) {
        int rc = write_hook(path, text);
        if (rc < 0)
            return rc;
    }
    n = find(path); /* the hook may have moved things */
    if (n) {
        memcpy(n->text, text, k + 1);
        n->len = k;
    }
    size_t used = strlen(log_buf);
    snprintf(log_buf + used, sizeof(log_buf) - used, "%s=%s\n", path, text);
    return (ssize_t)len;
}

static int f_poll(struct pollfd *p, nfds_t n, int timeout_ms)
{
    if (n == 0) {
        slept += timeout_ms;
        return 0;
    }
    int ready = 0;
    for (nfds_t i = 0; i < n; i++) {
        ofd_t *o = fd_of(p[i].fd);
        p[i].revents = 0;
        if (!o) {
            p[i].revents = POLLNVAL;
        } else if (o->node->kind == NODE_DEV && o->node->ops->poll) {
            short r = o->node->ops->poll(o->node->ctx, p[i].events, timeout_ms);
            if (r < 0)
                return r; /* a negative errno from the test: -EINTR */
            p[i].revents = r;
        } else {
            p[i].revents = p[i].events & (POLLIN | POLLOUT);
        }
        ready += p[i].revents != 0;
    }
    if (ready == 0 && timeout_ms > 0) {
        struct timespec ts = {timeout_ms / 1000, (long)(timeout_ms % 1000) * 1000000L};
        nanosleep(&ts, NULL);
    }
    return ready;
}

static ssize_t f_readlink(const char *path, char *buf, size_t size)
{
    node_t *n = find(path);
    if (!n)
        return -ENOENT;
    if (n->kind != NODE_LINK)
        return -EINVAL;
    size_t k = n->len < size ? n->len : size;
    memcpy(buf, n->text, k);
    return (ssize_t)k;
}

static int f_list_dir(const char *path, linux_sys_dir_fn fn, void *ctx)
{
    char seen[MAX_NODES][96];
    int n_seen = 0;
    size_t plen = strlen(path);
    for (int i = 0; i < MAX_NODES; i++) {
        const char *p = nodes[i].path;
        if (nodes[i].kind == NODE_FREE || strncmp(p, path, plen) != 0 || p[plen] != '/')
            continue;
        char name[96];
        const char *start = p + plen + 1, *slash = strchr(start, '/');
        size_t len = slash ? (size_t)(slash - start) : strlen(start);
        snprintf(name, sizeof(name), "%.*s", (int)len, start);
        bool dup = false;
        for (int j = 0; j < n_seen && !dup; j++)
            dup = strcmp(seen[j], name) == 0;
        if (dup)
            continue;
        strcpy(seen[n_seen++], name);
    }
    if (n_seen == 0)
        return -ENOENT;
    for (int j = 0; j < n_seen; j++) {
        int rc = fn(ctx, seen[j]);
        if (rc)
            return rc;
    }
    return 0;
}

static const linux_sys_t fake_table = {
    .open = f_open,
    .close = f_close,
    .ioctl = f_ioctl,
    .read = f_read,
    .write = f_write,
    .poll = f_poll,
    .readlink = f_readlink,
    .list_dir = f_list_dir,
};

/* ---- the test API ---- */

void fake_sys_install(void)
{
    memset(nodes, 0, sizeof(nodes));
    memset(fds, 0, sizeof(fds));
    log_buf[0] = '\0';
    slept = 0;
    write_hook = NULL;
    linux_sys = &fake_table;
}

void fake_sys_bytes(const char *path, const void *data, size_t len)
{
    node_t *n = make(path, NODE_FILE);
    if (len > MAX_TEXT - 1)
        abort();
    memcpy(n->text, data, len);
    n->text[len] = '\0';
    n->len = len;
}

void fake_sys_file(const char *path, const char *text)
{
    fake_sys_bytes(path, text, strlen(text));
}

void fake_sys_error(const char *path, int err, int times)
{
    node_t *n = find(path);
    if (!n)
        n = make(path, NODE_LINK); /* a placeholder that opens as missing */
    n->open_err = err;
    n->open_err_times = times;
}

void fake_sys_write_error(const char *path, int err)
{
    node_t *n = find(path);
    if (n)
        n->write_err = err;
}

void fake_sys_link(const char *path, const char *target)
{
    node_t *n = make(path, NODE_LINK);
    snprintf(n->text, sizeof(n->text), "%s", target);
    n->len = strlen(n->text);
}

void fake_sys_device(const char *path, const fake_dev_ops_t *ops, void *ctx)
{
    node_t *n = make(path, NODE_DEV);
    n->ops = ops;
    n->ctx = ctx;
}

void fake_sys_remove(const char *path)
{
    node_t *n = find(path);
    if (n)
        memset(n, 0, sizeof(*n));
}

void fake_sys_on_write(int (*fn)(const char *path, const char *text))
{
    write_hook = fn;
}

const char *fake_sys_text(const char *path)
{
    node_t *n = find(path);
    return n && n->kind == NODE_FILE ? n->text : NULL;
}

const char *fake_sys_log(void)
{
    return log_buf;
}

void fake_sys_log_clear(void)
{
    log_buf[0] = '\0';
}

int fake_sys_open_fds(void)
{
    int k = 0;
    for (int i = 0; i < MAX_FDS; i++)
        k += fds[i].node != NULL;
    return k;
}

long fake_sys_slept_ms(void)
{
    return slept;
}
