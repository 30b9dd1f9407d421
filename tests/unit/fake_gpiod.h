/*
 * A fake GPIO kernel for the Linux backend's unit tests: chips at paths,
 * lines with names and holders, an outside world driving inputs, and a
 * record of every level the program drove. fake_gpiod_v1.c and
 * fake_gpiod_v2.c put libgpiod's two APIs on top of it (a test links the
 * one matching the gpiod.h it is compiled against); this header is what
 * tests use to set the scene and look at the result.
 *
 * Model of one line: the program's request (direction, drive, bias, edge
 * detection) decides what the program drives: push-pull any level, open
 * drain only 0, open source only 1. The line's level is what the program
 * drives, else what the outside drives (fake_gpiod_drive), else its bias
 * (pull-up 1, pull-down 0), else 0. Edge events are queued on every level
 * change of an input requested with edge detection, with kernel-style
 * sequence numbers; a full queue drops its oldest event.
 */
#ifndef FAKE_GPIOD_H
#define FAKE_GPIOD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define FAKE_MAX_CHIPS 12
#define FAKE_MAX_LINES 300
#define FAKE_EVENTS 8    /* per line, like a small kernel buffer */
#define FAKE_HISTORY 32  /* driven levels recorded per line */

enum { FAKE_BIAS_AS_IS = 0, FAKE_BIAS_DISABLED, FAKE_BIAS_UP, FAKE_BIAS_DOWN };
enum { FAKE_DRIVE_PP = 0, FAKE_DRIVE_OD, FAKE_DRIVE_OS };
enum { FAKE_EDGE_RISING = 1, FAKE_EDGE_FALLING = 2 };

/* A request's settings as the fake kernel sees them. */
typedef struct fake_cfg {
    bool output;
    int drive;       /* FAKE_DRIVE_* (outputs) */
    int bias;        /* FAKE_BIAS_* (inputs) */
    int edges;       /* FAKE_EDGE_* bits (inputs) */
    int value;       /* outputs: the level asked for */
    bool monotonic;  /* v2: event clock asked for */
    uint32_t debounce_us;
} fake_cfg_t;

typedef struct fake_event {
    uint64_t ts;
    int edge;               /* FAKE_EDGE_RISING / _FALLING */
    unsigned long seqno;    /* per line, from 1 */
} fake_event_t;

typedef struct fake_line {
    char name[32];
    char holder[32];        /* consumer of another process ("" none) */
    bool held;              /* another process or a driver holds it */
    bool requested;         /* by the program under test */
    fake_cfg_t cfg;
    int outside;            /* -1 none, else the level driven from outside */
    int level;
    int driven;             /* what the program drives: -1 none, else 0/1 */
    int history[FAKE_HISTORY]; /* driven values, in order (-1: released) */
    size_t n_history;
    int requests;           /* requests made, ever */
    fake_event_t ev[FAKE_EVENTS];
    size_t ev_head, ev_n;
    unsigned long seqno;
} fake_line_t;

typedef struct fake_chip {
    char path[512];
    char label[64];
    unsigned n_lines;
    int open_errno;         /* gpiod_chip_open fails with it when set */
    int opened;             /* open handles */
    fake_line_t lines[FAKE_MAX_LINES];
} fake_chip_t;

/* Which libgpiod API the linked fake speaks (1 or 2). */
extern const int fake_gpiod_api;

/* Forget every chip and injected failure. */
void fake_gpiod_reset(void);
/* A chip at path (the full path the backend will open, sysroot included). */
fake_chip_t *fake_gpiod_add_chip(const char *path, const char *label, unsigned n_lines);
fake_chip_t *fake_gpiod_chip(const char *path);
/* Another process (consumer may be "") holds line. */
void fake_gpiod_hold(fake_chip_t *c, unsigned line, const char *consumer);
/* The outside drives line to level (0/1), or stops (-1), at time ts. */
void fake_gpiod_drive(fake_chip_t *c, unsigned line, int level, uint64_t ts);
/* The next `times` calls of the libgpiod function `fn` fail with err. */
void fake_gpiod_fail(const char *fn, int err, int times);
/* v1: the kernel lacks GPIOHANDLE_SET_CONFIG (gpiod_line_set_config
 * fails with ENOTTY) while on. */
extern bool fake_gpiod_no_set_config;
/* Open chip handles and live requests over all chips (leak checks). */
int fake_gpiod_open_handles(void);
int fake_gpiod_live_requests(void);
/* Level ioctls (uAPI v1 GPIOHANDLE_GET/SET_LINE_VALUES, v2
 * GPIO_V2_LINE_GET/SET_VALUES) served on request descriptors since the
 * last reset: the backend's direct path, as opposed to the libgpiod
 * calls. */
extern int fake_gpiod_fd_ioctls;
/* Requests get no descriptor while on (a libgpiod the backend cannot
 * find the descriptor of): levels must then go through libgpiod. */
extern bool fake_gpiod_no_fds;

/* ---- for fake_gpiod_v1.c / _v2.c ---- */

fake_chip_t *fake_core_find(const char *path);
/* -1 with errno set when `fn` was told to fail, else 0. */
int fake_core_injected(const char *fn);
/* The kernel's checks and the request itself: 0 or -errno. */
int fake_core_request(fake_chip_t *c, unsigned line, const fake_cfg_t *cfg);
int fake_core_reconfigure(fake_chip_t *c, unsigned line, const fake_cfg_t *cfg);
void fake_core_release(fake_chip_t *c, unsigned line);
int fake_core_set(fake_chip_t *c, unsigned line, int value);
/* The oldest pending event into *e: 1, or 0 when none. */
int fake_core_pop_event(fake_chip_t *c, unsigned line, fake_event_t *e);
/* A request's descriptor: a real one (of /dev/null), so that it takes
 * the lowest free number as the kernel's would, whose level ioctls reach
 * the line through the linux_sys table fake_gpiod_reset installs (every
 * other call goes to the real kernel table). -1 with fake_gpiod_no_fds. */
int fake_core_fd_open(fake_chip_t *c, unsigned line);
void fake_core_fd_close(int fd);

#endif
