/*
 * Quadrature decoding for incremental (rotary) encoders: the levels of the
 * two channels A and B in, a position in detents out. Plain C with no
 * dependencies (unit-tested alone: tests/unit/test_quadrature.c).
 *
 * The channels step through the Gray code 11 -> 01 -> 00 -> 10 -> 11 (A
 * leading B) when turned one way, which counts up, and the reverse the
 * other way. Each change of one channel is a quarter step (+1 or -1); a
 * change of both at once skipped a state, its direction is unknown, and
 * it counts nothing.
 *
 * Detents: `sub` counts quarter steps since the last detent; reaching
 * +divisor or -divisor moves the position by one and starts again from 0.
 * So contact bounce (a channel flickering 1-0-1 at rest) moves `sub` back
 * and forth without moving the position, and a turn only counts once it
 * reaches the next detent. divisor 4 suits encoders with one detent per
 * cycle, 2 with two, 1 counts every edge.
 */
#ifndef CP_QUADRATURE_H
#define CP_QUADRATURE_H

#include <stdint.h>

typedef struct quadrature {
    uint8_t state;     /* (A << 1) | B as last seen */
    int32_t sub;       /* quarter steps since the last detent: |sub| < divisor */
    int32_t divisor;   /* >= 1 */
    intptr_t position; /* detents */
} quadrature_t;

/* Start at rest with the channels at levels a, b (0/1), position 0. A
 * divisor < 1 is taken as 1. */
void quadrature_init(quadrature_t *q, int a, int b, int32_t divisor);
/* The channels now read a, b. Returns the quarter step taken: +1, -1, or 0
 * (no change, or both channels changed). */
int quadrature_update(quadrature_t *q, int a, int b);
/* Channel ch (0 = A, 1 = B) now reads level; the other keeps its level. */
int quadrature_edge(quadrature_t *q, int ch, int level);
/* A new divisor (< 1 is taken as 1); the partial step is kept if it still
 * fits, else dropped. The position is unchanged. */
void quadrature_set_divisor(quadrature_t *q, int32_t divisor);

#endif
