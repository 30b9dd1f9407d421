/*
 * ftdi:// URLs (see ftdi.h): the device a board gpiochip's path= names.
 *
 *   ftdi://ftdi:ft232h/1            the first FT232H, interface A
 *   ftdi://ftdi:2232h:FT4ABC12/2    the FT2232H with that serial, B
 *   ftdi://0x0403:0x6014:1/1        the second adapter with these ids
 *
 * Only interfaces 1 and 2 (A and B) have an MPSSE.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ftdi.h"

#define FTDI_VID 0x0403

typedef struct product {
    const char *name; /* without the "ft" prefix */
    uint16_t pid;
} product_t;

static const product_t products[] = {
    {"232h", 0x6014}, {"2232h", 0x6010}, {"4232h", 0x6011}, {"2232", 0x6010},
    {"232r", 0x6001}, {"230x", 0x6015},
};

/* A decimal or 0x-prefixed number of at most 16 bits. */
static int number(const char *s, size_t n, uint16_t *v)
{
    char buf[16];
    if (n == 0 || n >= sizeof(buf))
        return -EINVAL;
    memcpy(buf, s, n);
    buf[n] = '\0';
    char *end;
    unsigned long x = strtoul(buf, &end, 0);
    if (*end || x > 0xffff || !isdigit((unsigned char)buf[0]))
        return -EINVAL;
    *v = (uint16_t)x;
    return 0;
}

static int vendor(const char *s, size_t n, ftdi_url_t *u)
{
    if (n == 0 || (n == 4 && strncasecmp(s, "ftdi", 4) == 0)) {
        u->vid = FTDI_VID;
        return 0;
    }
    return number(s, n, &u->vid);
}

static int product(const char *s, size_t n, ftdi_url_t *u)
{
    if (n > 2 && strncasecmp(s, "ft", 2) == 0 && isdigit((unsigned char)s[2])) {
        s += 2;
        n -= 2;
    }
    for (size_t i = 0; i < sizeof(products) / sizeof(products[0]); i++) {
        if (strlen(products[i].name) == n && strncasecmp(s, products[i].name, n) == 0) {
            u->pid = products[i].pid;
            snprintf(u->name, sizeof(u->name), "FT%s", products[i].name);
            for (char *p = u->name; *p; p++)
                *p = (char)toupper((unsigned char)*p);
            return 0;
        }
    }
    if (number(s, n, &u->pid) != 0)
        return -EINVAL;
    snprintf(u->name, sizeof(u->name), "%04x:%04x", u->vid, u->pid);
    return 0;
}

/* The third field: one or two digits are an index, the rest a serial. */
static int locator(const char *s, size_t n, ftdi_url_t *u)
{
    if (n == 0 || n >= sizeof(u->serial))
        return -EINVAL;
    if (n <= 2 && isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[n - 1])) {
        u->index = (unsigned)strtoul(s, NULL, 10);
        return 0;
    }
    memcpy(u->serial, s, n);
    u->serial[n] = '\0';
    return 0;
}

int ftdi_url_parse(const char *text, ftdi_url_t *u)
{
    static const char scheme[] = "ftdi://";
    *u = (ftdi_url_t){0};
    if (!text || strncmp(text, scheme, sizeof(scheme) - 1) != 0)
        return -EINVAL;
    const char *p = text + sizeof(scheme) - 1;
    const char *slash = strchr(p, '/');
    if (!slash || !slash[1] || slash[2] || slash[1] < '1' || slash[1] > '2')
        return -EINVAL;
    u->iface = (unsigned)(slash[1] - '0');
    /* up to three ':'-separated fields before the slash */
    const char *f[3];
    size_t len[3], nf = 0;
    for (const char *s = p;; s++) {
        if (nf == 3)
            return -EINVAL; /* a fourth field */
        const char *colon = memchr(s, ':', (size_t)(slash - s));
        f[nf] = s;
        len[nf++] = (size_t)((colon ? colon : slash) - s);
        if (!colon)
            break;
        s = colon;
    }
    if (nf < 2 || vendor(f[0], len[0], u) != 0 || product(f[1], len[1], u) != 0)
        return -EINVAL;
    return nf == 3 ? locator(f[2], len[2], u) : 0;
}
