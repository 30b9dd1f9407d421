/*
 * The collections module: deque is a C type (mod_collections_deque.c);
 * namedtuple, OrderedDict and defaultdict are Python classes compiled when
 * the module is imported (mod_collections.c).
 */
#ifndef CP_MOD_COLLECTIONS_H
#define CP_MOD_COLLECTIONS_H

#include "obj.h"

extern const type_t mod_collections_deque_type;

#endif
