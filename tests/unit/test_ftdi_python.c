/*
 * The ftdi backend from Python: unchanged CircuitPython programs run by
 * the circuitpython binary on the ft232h board (CIRCUITPY_BOARD=ft232h)
 * with the fake libftdi preloaded (LD_PRELOAD of tests/unit/fake_ftdi.so,
 * whose adapters and devices come from $FAKE_FTDI, see fake_ftdi.h).
 * Each case compares the program's stdout with what it must print.
 *
 * CIRCUITPY_BIN and FAKE_FTDI_SO are the built files (unit.am). In a
 * sanitizer build the preloaded object comes before the ASan runtime, so
 * ASan's check of the library order is turned off for these runs.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef CIRCUITPY_BIN
#error "CIRCUITPY_BIN must name the circuitpython binary"
#endif
#ifndef FAKE_FTDI_SO
#error "FAKE_FTDI_SO must name tests/unit/fake_ftdi.so"
#endif

static char out[8192], err[8192];

static void slurp(const char *path, char *buf, size_t size)
{
    FILE *f = fopen(path, "rb");
    size_t n = f ? fread(buf, 1, size - 1, f) : 0;
    buf[n] = '\0';
    if (f)
        fclose(f);
}

/* Run program with $FAKE_FTDI = world; stdout into out, stderr into err.
 * Returns the exit status. */
static int run(const char *world, const char *program)
{
    char dir[] = "/tmp/ftdi-py-XXXXXX";
    ck_assert(mkdtemp(dir) != NULL);
    char py[64], o[64], e[64], cmd[1024];
    snprintf(py, sizeof(py), "%s/code.py", dir);
    snprintf(o, sizeof(o), "%s/out", dir);
    snprintf(e, sizeof(e), "%s/err", dir);
    FILE *f = fopen(py, "w");
    ck_assert(f != NULL);
    fputs(program, f);
    fclose(f);
    const char *asan = getenv("ASAN_OPTIONS");
    snprintf(cmd, sizeof(cmd),
             "FAKE_FTDI='%s' CIRCUITPY_BOARD=ft232h LD_PRELOAD='%s' ASAN_OPTIONS='%s%sverify_asan_link_order=0' "
             "'%s' '%s' >'%s' 2>'%s' </dev/null",
             world, FAKE_FTDI_SO, asan ? asan : "", asan && *asan ? ":" : "", CIRCUITPY_BIN, py, o, e);
    int status = system(cmd);
    slurp(o, out, sizeof(out));
    slurp(e, err, sizeof(err));
    unlink(py);
    unlink(o);
    unlink(e);
    rmdir(dir);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

#define EXPECT(world, program, expected)                                                        \
    do {                                                                                        \
        int rc_ = run(world, program);                                                          \
        ck_assert_msg(rc_ == 0 && strcmp(out, expected) == 0, "exit %d\nstdout:\n%s\nstderr:\n%s", rc_, out, \
                      err);                                                                     \
    } while (0)

START_TEST(i2c_program)
{
    EXPECT("ft232h i2c 24c02@50 mcp9808@18:temperature=21.5",
           "import board, busio\n"
           "print(board.board_id)\n"
           "i2c = busio.I2C(board.SCL, board.SDA)\n"
           "while not i2c.try_lock():\n"
           "    pass\n"
           "print([hex(a) for a in i2c.scan()])\n"
           "i2c.writeto(0x50, bytes([0x10, 1, 2, 3]))\n"
           "buf = bytearray(3)\n"
           "i2c.writeto_then_readfrom(0x50, bytes([0x10]), buf)\n"
           "print(list(buf))\n"
           "t = bytearray(2)\n"
           "i2c.writeto_then_readfrom(0x18, bytes([5]), t)\n"
           "print(((t[0] & 0x0f) << 8 | t[1]) / 16)\n"
           "try:\n"
           "    i2c.writeto(0x33, b'x')\n"
           "except OSError as e:\n"
           "    print('OSError', e.errno)\n"
           "print(i2c.probe(0x50), i2c.probe(0x51))\n"
           "print(i2c.frequency)\n"
           "i2c.unlock()\n"
           "i2c.deinit()\n"
           "i2c = busio.I2C(board.SCL, board.SDA, frequency=400000)\n"
           "print(i2c.frequency)\n"
           "print(board.I2C is not None)\n",
           "ft232h\n['0x18', '0x50']\n[1, 2, 3]\n21.5\nOSError 19\nTrue False\n100000\n400000\nTrue\n");
}
END_TEST

START_TEST(spi_and_gpio_program)
{
    EXPECT("ft232h mcp3008@cs3:ch0=1.65 jumper=4-5",
           "import board, busio, digitalio\n"
           "cs = digitalio.DigitalInOut(board.D3)\n"
           "cs.switch_to_output(value=True)\n"
           "spi = busio.SPI(board.SCK, board.MOSI, board.MISO)\n"
           "while not spi.try_lock():\n"
           "    pass\n"
           "spi.configure(baudrate=1000000, polarity=0, phase=0)\n"
           "print(spi.frequency)\n"
           "out = bytearray([1, 0x80, 0])\n"
           "inb = bytearray(3)\n"
           "cs.value = False\n"
           "spi.write_readinto(out, inb)\n"
           "cs.value = True\n"
           "print(((inb[1] & 3) << 8) | inb[2])\n"
           "spi.configure(baudrate=7000000)\n"
           "print(spi.frequency)\n"
           "spi.unlock()\n"
           "d4 = digitalio.DigitalInOut(board.D4)\n"
           "d4.switch_to_output(value=True)\n"
           "d5 = digitalio.DigitalInOut(board.D5)\n"
           "print(d5.value)\n"
           "d4.value = False\n"
           "print(d5.value)\n"
           "c0 = digitalio.DigitalInOut(board.C0)\n"
           "try:\n"
           "    c0.pull = digitalio.Pull.UP\n"
           "except NotImplementedError as e:\n"
           "    print('NotImplementedError:', e)\n"
           "try:\n"
           "    digitalio.DigitalInOut(board.SCK)\n"
           "except ValueError as e:\n"
           "    print('ValueError:', e)\n",
           "1000000\n512\n6000000\nTrue\nFalse\n"
           "NotImplementedError: pull-up input on C0 is not supported by the ftdi backend\n"
           "ValueError: D0 in use\n");
}
END_TEST

START_TEST(no_adapter_program)
{
    EXPECT("",
           "import board, digitalio\n"
           "print(board.board_id)\n"
           "try:\n"
           "    digitalio.DigitalInOut(board.D4)\n"
           "except OSError as e:\n"
           "    print(type(e).__name__, e.errno, 'plugged in' in str(e))\n",
           "ft232h\nOSError 19 True\n");
}
END_TEST

START_TEST(denied_program)
{
    EXPECT("ft232h denied",
           "import board, busio\n"
           "try:\n"
           "    busio.I2C(board.SCL, board.SDA)\n"
           "except OSError as e:\n"
           "    print(type(e).__name__, e.errno, 'udev rule' in str(e))\n",
           "PermissionError 13 True\n");
}
END_TEST

START_TEST(unplugged_program)
{
    EXPECT("ft232h unplug@20",
           "import board, digitalio\n"
           "d4 = digitalio.DigitalInOut(board.D4)\n"
           "d4.switch_to_output()\n"
           "try:\n"
           "    for i in range(100):\n"
           "        d4.value = i & 1\n"
           "except OSError as e:\n"
           "    print(e.errno, 'unplugged' in str(e))\n",
           "19 True\n");
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("ftdi_python");
    TCase *t = tcase_create("programs");
    tcase_set_timeout(t, 60);
    tcase_add_test(t, i2c_program);
    tcase_add_test(t, spi_and_gpio_program);
    tcase_add_test(t, no_adapter_program);
    tcase_add_test(t, denied_program);
    tcase_add_test(t, unplugged_program);
    suite_add_tcase(s, t);
    return s;
}

int main(void)
{
    if (access(CIRCUITPY_BIN, X_OK) != 0 || access(FAKE_FTDI_SO, R_OK) != 0) {
        printf("SKIP: %s or %s not built\n", CIRCUITPY_BIN, FAKE_FTDI_SO);
        return 77; /* automake's SKIP */
    }
    SRunner *sr = srunner_create(suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
