/*
 * Quadrature decoder (see quadrature.h). Invariant: |sub| < divisor.
 */
#include "quadrature.h"

/* Position of each state (A << 1 | B) in the counting-up cycle
 * 00 -> 10 -> 11 -> 01 -> 00. */
static const uint8_t cycle_pos[4] = {0, 3, 1, 2};

void quadrature_init(quadrature_t *q, int a, int b, int32_t divisor)
{
    q->state = (uint8_t)(((a != 0) << 1) | (b != 0));
    q->sub = 0;
    q->divisor = divisor < 1 ? 1 : divisor;
    q->position = 0;
}

int quadrature_update(quadrature_t *q, int a, int b)
{
    uint8_t next = (uint8_t)(((a != 0) << 1) | (b != 0));
    int diff = (cycle_pos[next] - cycle_pos[q->state] + 4) % 4;
    q->state = next;
    int step = diff == 1 ? 1 : diff == 3 ? -1 : 0;
    q->sub += step;
    if (q->sub >= q->divisor) {
        q->position++;
        q->sub = 0;
    } else if (q->sub <= -q->divisor) {
        q->position--;
        q->sub = 0;
    }
    return step;
}

int quadrature_edge(quadrature_t *q, int ch, int level)
{
    int a = q->state >> 1, b = q->state & 1;
    if (ch == 0)
        a = level != 0;
    else
        b = level != 0;
    return quadrature_update(q, a, b);
}

void quadrature_set_divisor(quadrature_t *q, int32_t divisor)
{
    q->divisor = divisor < 1 ? 1 : divisor;
    if (q->sub >= q->divisor || q->sub <= -q->divisor)
        q->sub = 0;
}
