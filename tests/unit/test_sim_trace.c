/*
 * Check tests for --trace (backends/sim/sim_trace.c): the VCD header, GPIO
 * changes, and message-level I2C/SPI transfers drawn as wire signals,
 * decoded back here from SCL/SDA and SCK/MOSI/MISO the way a logic
 * analyser would.
 */
#include <unistd.h>

#include "sim_fixture.h"

typedef struct change {
    unsigned long long t;
    char id[8];
    int v;
} change_t;

static char trace_path[64];
static change_t *changes;
static size_t n_changes;
static char ids[16][8]; /* by pin index */

static void open_traced(void)
{
    strcpy(trace_path, "/tmp/test_sim_traceXXXXXX");
    int fd = mkstemp(trace_path);
    ck_assert_int_ge(fd, 0);
    close(fd);
    fx_open_text(fixture_board, trace_path);
}

/* Close the board (which ends the file) and read the changes back. */
static void load(void)
{
    fx_teardown();
    FILE *f = fopen(trace_path, "r");
    ck_assert_ptr_nonnull(f);
    char line[256];
    unsigned long long t = 0, last = 0;
    bool defs = true;
    int vars = 0;
    n_changes = 0;
    changes = malloc(100000 * sizeof(change_t));
    while (fgets(line, sizeof(line), f)) {
        char id[8], name[32];
        if (defs) {
            if (sscanf(line, "$var wire 1 %7s %31s $end", id, name) == 2) {
                static const char *const names[] = {"SDA", "SCL", "SCK", "MOSI", "MISO", "CE0", "CE1",
                                                    "TX",  "RX",  "D9",  "D10"};
                ck_assert_str_eq(name, names[vars]);
                strcpy(ids[vars++], id);
            }
            if (strncmp(line, "$enddefinitions", 15) == 0)
                defs = false;
            if (strncmp(line, "$timescale", 10) == 0)
                ck_assert_ptr_nonnull(strstr(line, "1ns"));
            continue;
        }
        if (line[0] == '#') {
            t = strtoull(line + 1, NULL, 10);
            ck_assert_msg(t >= last, "time goes back: %llu after %llu", t, last);
            last = t;
        } else if (line[0] == '0' || line[0] == '1') {
            change_t *c = &changes[n_changes++];
            c->t = t;
            c->v = line[0] - '0';
            sscanf(line + 1, "%7s", c->id);
        }
    }
    fclose(f);
    unlink(trace_path);
    ck_assert_int_eq(vars, 11);
}

/* Decode I2C from the SDA/SCL changes: "S" start, "R" repeated start,
 * "P" stop, bytes as "xx", acks as "+" and nacks as "-". */
static void decode_i2c(char *out, size_t size)
{
    int scl = 1, sda = 1, nbits = 0, byte = 0;
    bool in_frame = false;
    size_t o = 0;
    out[0] = 0;
    for (size_t i = 0; i < n_changes; i++) {
        const change_t *c = &changes[i];
        if (strcmp(c->id, ids[PIN_SDA]) == 0) {
            if (scl && sda && !c->v) {
                o += (size_t)snprintf(out + o, size - o, in_frame ? "R" : "S");
                in_frame = true;
                nbits = byte = 0;
            } else if (scl && !sda && c->v && in_frame) {
                o += (size_t)snprintf(out + o, size - o, "P");
                in_frame = false;
            }
            sda = c->v;
        } else if (strcmp(c->id, ids[PIN_SCL]) == 0) {
            if (!scl && c->v && in_frame) { /* rising edge: sample */
                if (nbits < 8) {
                    byte = byte << 1 | sda;
                    nbits++;
                    if (nbits == 8)
                        o += (size_t)snprintf(out + o, size - o, "%02x", byte);
                } else {
                    o += (size_t)snprintf(out + o, size - o, sda ? "-" : "+");
                    nbits = byte = 0;
                }
            }
            scl = c->v;
        }
    }
}

START_TEST(test_i2c_waveform)
{
    open_traced();
    uint8_t w[2] = {0x05, 0x42}, r[2];
    ck_assert_int_eq(fx_write(0x50, w, 2), 0);
    ck_assert_int_eq(fx_write_read(0x50, w, 1, r, 2), 0);
    ck_assert_int_eq(fx_read(0x33, r, 1), -ENODEV);
    load();
    char s[256];
    decode_i2c(s, sizeof(s));
    /* write 0x05 0x42; write 0x05, repeated start, read 2 (last NACKed);
     * address 0x33 not acknowledged */
    ck_assert_str_eq(s, "Sa0+05+42+PSa0+05+Ra1+42+ff-PS67-P");
    free(changes);
}
END_TEST

START_TEST(test_gpio_and_timing)
{
    open_traced();
    fx_gpio_out(PIN_D9, 1, true);
    uint8_t w = 0x00;
    ck_assert_int_eq(fx_write(0x50, &w, 1), 0); /* 100 kHz: ~ 20 bit times */
    fx_gpio_out(PIN_D9, 0, false);
    load();
    /* D9 rises before the transfer and falls after it ended on the wire */
    unsigned long long rise = 0, fall = 0, last_scl = 0;
    for (size_t i = 0; i < n_changes; i++) {
        if (strcmp(changes[i].id, ids[PIN_D9]) == 0 && changes[i].t > 0)
            *(changes[i].v ? &rise : &fall) = changes[i].t;
        if (strcmp(changes[i].id, ids[PIN_SCL]) == 0)
            last_scl = changes[i].t;
    }
    ck_assert_uint_gt(fall, 0);
    ck_assert_uint_lt(rise, last_scl);
    ck_assert_uint_ge(fall, last_scl);
    ck_assert_uint_ge(last_scl - rise, 18 * 10000ull); /* 2 bytes + acks at 10 us */
    /* the initial values: SDA/SCL pulled up, D10 floating low */
    for (size_t i = 0; i < n_changes && changes[i].t == 0; i++) {
        if (strcmp(changes[i].id, ids[PIN_SDA]) == 0)
            ck_assert_int_eq(changes[i].v, 1);
        if (strcmp(changes[i].id, ids[PIN_D10]) == 0)
            ck_assert_int_eq(changes[i].v, 0);
    }
    free(changes);
}
END_TEST

START_TEST(test_spi_waveform)
{
    open_traced();
    hal_spi_config_t c = {1000000, 0, 0, 8, 0};
    uint32_t hz;
    ck_assert_int_eq(hal_spi_configure(&fx_spi, &c, &hz), 0);
    ck_assert_int_eq(fx_set_value("mcp3008", "ch0", 3.3), 0);
    uint8_t tx[3] = {0x01, 0x80, 0x00}, rx[3];
    hal_spi_xfer_t x = {tx, rx, 3, 0, HAL_SPI_XFER_CS};
    ck_assert_int_eq(hal_spi_transfer(&fx_spi, &x, 1), 0);
    load();
    /* sample MOSI/MISO on SCK rising edges (mode 0) while CE0 is low */
    int sck = 0, mosi = 0, miso = 0, cs = 1, bits = 0;
    uint32_t in = 0, out = 0;
    for (size_t i = 0; i < n_changes; i++) {
        const change_t *ch = &changes[i];
        if (strcmp(ch->id, ids[PIN_CE0]) == 0)
            cs = ch->v;
        else if (strcmp(ch->id, ids[PIN_MOSI]) == 0)
            mosi = ch->v;
        else if (strcmp(ch->id, ids[PIN_MISO]) == 0)
            miso = ch->v;
        else if (strcmp(ch->id, ids[PIN_SCK]) == 0) {
            if (!sck && ch->v && !cs) {
                in = in << 1 | (uint32_t)mosi;
                out = out << 1 | (uint32_t)miso;
                bits++;
            }
            sck = ch->v;
        }
    }
    ck_assert_int_eq(bits, 24);
    ck_assert_uint_eq(in, 0x018000);
    ck_assert_uint_eq(out & 0x3FF, 1023);
    ck_assert_uint_eq(cs, 1); /* released at the end */
    free(changes);
}
END_TEST

START_TEST(test_uart_waveform)
{
    open_traced();
    hal_uart_config_t c = {115200, 8, HAL_UART_PARITY_EVEN, 1, 0, 64};
    ck_assert_int_eq(fx_uart.ops->configure(&fx_uart, &c), 0);
    size_t n;
    ck_assert_int_eq(fx_uart.ops->write(&fx_uart, (const uint8_t *)"A", 1, &n), 0); /* 0x41 */
    load();
    /* sample TX mid-bit from the start bit's falling edge: start 0,
     * 0x41 LSB first, even parity of two ones 0, stop 1, then idle 1 */
    unsigned long long t0 = 0;
    for (size_t i = 0; i < n_changes && !t0; i++)
        if (strcmp(changes[i].id, ids[PIN_TX]) == 0 && changes[i].t > 0 && changes[i].v == 0)
            t0 = changes[i].t;
    ck_assert_uint_gt(t0, 0);
    char bits[16] = "";
    for (int k = 0; k < 12; k++) {
        unsigned long long at = t0 + (unsigned long long)(k * 8680 + 4340);
        int level = 1;
        for (size_t i = 0; i < n_changes && changes[i].t <= at; i++)
            if (strcmp(changes[i].id, ids[PIN_TX]) == 0)
                level = changes[i].v;
        bits[k] = (char)('0' + level);
    }
    ck_assert_str_eq(bits, "010000010011");
    free(changes);
}
END_TEST

START_TEST(test_bad_path)
{
    char err[256];
    ck_assert_int_eq(board_file_parse(fixture_board, "t.board", NULL, &fx_board, err, sizeof(err)), 0);
    memset(&fx_sys, 0, sizeof(fx_sys));
    fx_log[0] = 0;
    fx_options = (hal_options_t){.trace_path = "/nonexistent-dir/t.vcd", .log = fx_log_line};
    fx_sys.board = fx_board;
    fx_sys.backend = &sim_backend;
    fx_sys.options = &fx_options;
    ck_assert_int_eq(sim_backend.open(&fx_sys), -ENOENT);
    ck_assert_ptr_nonnull(strstr(fx_log, "cannot write the trace"));
    board_file_free(fx_board);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("sim_trace");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_i2c_waveform);
    tcase_add_test(tc, test_gpio_and_timing);
    tcase_add_test(tc, test_spi_waveform);
    tcase_add_test(tc, test_uart_waveform);
    tcase_add_test(tc, test_bad_path);
    suite_add_tcase(s, tc);
    return fx_run(s);
}
