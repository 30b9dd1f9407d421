/*
 * tuple, plus helpers shared by the sequence and container types.
 *
 * The "seq" helpers take a native tuple or list (both keep len right after
 * the object header); for a list they re-read its length and items on every
 * step, because comparisons may run user code that mutates it.
 */
#ifndef CP_OBJ_TUPLE_H
#define CP_OBJ_TUPLE_H

#include "obj.h"

/* The shared empty tuple returned by obj_new_tuple(0, ...). */
extern const obj_tuple_t obj_tuple_empty;

/* Items of a tuple (or of the native tuple of a tuple subclass instance).
 * Raises TypeError when o is no tuple. */
void obj_tuple_get(obj_t o, size_t *len, obj_t **items);
/* tuple(iterable); returns iterable itself when it is an exact tuple. */
obj_t obj_tuple_from_iter(obj_t iterable);

/* The native object of type t behind o: o itself when its type is t, the
 * native part when o is an instance of a user subclass of t; else NULL. */
obj_t obj_tuple_native_of(obj_t o, const type_t *t);

/* Identity, then ==: the item comparison containers use. */
static inline bool obj_tuple_item_eq(obj_t a, obj_t b)
{
    if (a == b)
        return true;
    if ((obj_is_small_int(a) && obj_is_small_int(b)) || (obj_is_qstr(a) && obj_is_qstr(b)))
        return false;
    return obj_equal(a, b);
}

/* Lexicographic rich comparison of two native sequences of the same kind
 * (CPython's rules: first differing item decides, else the lengths). */
obj_t obj_tuple_seq_compare(binary_op_t op, obj_t a, obj_t b);
bool obj_tuple_seq_contains(obj_t seq, obj_t x);
size_t obj_tuple_seq_count(obj_t seq, obj_t x);
/* seq.index(x[, start[, stop]]) with args[0] = seq: the position, or -1. */
intptr_t obj_tuple_seq_find(size_t n_args, const obj_t *args);
/* Print items as "(a, b)" between open and close; a 1-tuple gets "a,". */
void obj_tuple_seq_print(const print_t *p, obj_t seq, char open, char close);
/* Position of an int-like index into a sequence of len items, negatives
 * counted from the end. Raises TypeError "<type> indices must be integers
 * or slices, not X" and IndexError "<type> index out of range". */
size_t obj_tuple_index(const type_t *type, size_t len, obj_t index);
/* Decode the count operand of seq * n. Returns false when n is not an
 * int-like (and other is a user type that may implement it instead);
 * raises TypeError "can't multiply sequence by non-int of type 'X'"
 * otherwise. */
bool obj_tuple_repeat_count(obj_t n, intptr_t *out);

/* Runs body(p, o, kind) unless o is already being printed further up the C
 * stack (a reference cycle); then prints nothing and returns false. */
bool obj_tuple_print_guarded(const print_t *p, obj_t o, print_kind_t kind, print_fn_t body);

#endif
