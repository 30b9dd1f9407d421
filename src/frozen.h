/*
 * Library modules written in Python and compiled into the binary
 * (frozen/ in the source tree, generated into genhdr/frozen.h).
 */
#ifndef CP_FROZEN_H
#define CP_FROZEN_H

#include <stdbool.h>
#include <stddef.h>

typedef struct frozen_module {
    const char *name;   /* dotted module name */
    bool is_package;
    const char *source;
    size_t len;
} frozen_module_t;

/* The frozen module of that dotted name, or NULL. */
const frozen_module_t *frozen_find(const char *name, size_t len);
/* The i-th frozen module (any order), or NULL past the last. */
const frozen_module_t *frozen_get(size_t i);

#endif
