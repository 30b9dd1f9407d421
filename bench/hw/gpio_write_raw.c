/*
 * The floor for `pin.value = v` on the sim board: the same writes from a C
 * loop, through the HAL dispatcher (hal_gpio_line_write) and through the
 * backend's op directly. bench/hw/run.py compares the Python figure with
 * these.
 *
 * Usage: gpio_write_raw BOARD_FILE [WRITES]   prints two lines:
 *   dispatcher_ns <ns per write>
 *   op_ns <ns per write>
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "../../backends/board_file.h"
#include "../../backends/sim/sim.h"

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s BOARD_FILE [WRITES]\n", argv[0]);
        return 2;
    }
    long n = argc > 2 ? atol(argv[2]) : 2000000;
    char err[256];
    hal_board_t *board;
    if (board_file_load(argv[1], &board, err, sizeof(err)) != 0) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    hal_options_t opts = {0};
    hal_system_t sys = {.board = board, .backend = &sim_backend, .options = &opts};
    if (sim_backend.open(&sys) != 0) {
        fprintf(stderr, "cannot open the sim backend\n");
        return 1;
    }
    int pin = board_file_find_pin(board, "D4");
    if (pin < 0) {
        fprintf(stderr, "no D4\n");
        return 1;
    }
    const hal_board_pin_t *bp = &board->pins[pin];
    hal_gpio_config_t cfg = {.direction = HAL_GPIO_OUTPUT};
    hal_gpio_line_t line;
    if (hal_gpio_line_claim(&line, &sys.gpio[bp->chip], bp->line, &cfg) != 0) {
        fprintf(stderr, "cannot claim D4\n");
        return 1;
    }
    double best_d = 1e30, best_o = 1e30;
    for (int round = 0; round < 5; round++) {
        double t0 = now_ns();
        for (long i = 0; i < n; i++)
            hal_gpio_line_write(&line, (int)(i & 1));
        double t1 = now_ns();
        for (long i = 0; i < n; i++)
            line.dev->ops->write(line.dev, line.line, (int)(i & 1));
        double t2 = now_ns();
        if ((t1 - t0) / n < best_d)
            best_d = (t1 - t0) / n;
        if ((t2 - t1) / n < best_o)
            best_o = (t2 - t1) / n;
    }
    printf("dispatcher_ns %.1f\nop_ns %.1f\n", best_d, best_o);
    hal_gpio_line_release(&line);
    sim_backend.close(&sys);
    board_file_free(board);
    return 0;
}
