/*
 * The file object shared by mod_io_file.c (its methods) and mod_io_open.c
 * (open()). Not for use outside the io module.
 */
#ifndef CP_MOD_IO_FILE_H
#define CP_MOD_IO_FILE_H

#include "obj.h"

#define RBUF_SIZE 1024

enum {
    F_READ = 1,
    F_WRITE = 2,
    F_APPEND = 4,
    F_TEXT = 8,
    F_CLOSEFD = 16,
    F_CREATE = 32,      /* opened with 'x' */
    F_SINGLE_BYTE = 64, /* text: one byte per character (ascii, latin-1) */
};

typedef struct io_file {
    obj_base_t base;
    int handle;      /* port handle, -1 once closed */
    uint8_t flags;   /* F_* */
    uint8_t newline; /* NL_* (text) */
    obj_t name;
    obj_t mode;
    obj_t encoding;  /* text: str */
    obj_t errors;    /* text: str */
    char *rbuf;      /* read-ahead, RBUF_SIZE bytes (noscan) or NULL */
    size_t rpos, rlen;
} io_file_t;

/* t is one of the five file types. */
bool io_file_is_file_type(const type_t *t);

#endif
