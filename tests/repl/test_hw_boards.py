"""Documented hardware errors that need a board file or an environment of
their own, so tests/hw (which always runs the stock sim board) cannot
reach them: board.I2C()/SPI()/UART() without a default bus, more physical
buses open than the shared bus layer holds, and an NVM that cannot be
written. Each case runs the binary (no terminal needed) on a simulated
board written here."""

import os
import shutil
import subprocess
import tempfile

from replpty import Checker, binary_from_argv, check

BIN = binary_from_argv()
BOARDS = tempfile.mkdtemp(prefix="cp-hwboards-")


def board_file(name, lines):
    with open(os.path.join(BOARDS, name + ".board"), "w") as f:
        f.write("board %s\nname %s\nbackend sim\n" % (name, name))
        f.write("\n".join(lines) + "\n")


# 24 plain pins; the buses are added per board
PINS = ["gpiochip 0 label=sim lines=24"] + ["pin GPIO%d 0:%d P%d" % (i, i, i) for i in range(24)]
board_file("nodefaults", PINS + ["i2c i2c0 scl=P0 sda=P1", "spi spi0 sck=P2 mosi=P3 miso=P4 cs=P5",
                                 "uart uart0 tx=P6 rx=P7", "sim mcp9808 i2c0 0x18", "nvm 16"])
# ten I2C buses, each with a device (its breakout's pull-ups)
board_file("tenbuses", PINS + ["i2c b%d scl=P%d sda=P%d" % (i, 2 * i, 2 * i + 1) for i in range(10)] +
           ["sim mcp9808 b%d 0x18" % i for i in range(10)])


def run(board, code, env=None):
    e = dict(os.environ, CIRCUITPY_BOARDS_DIR=BOARDS)
    e.pop("CIRCUITPY_BOARD", None)
    e.update(env or {})
    p = subprocess.run([BIN, "--board", board, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       env=e, timeout=30)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def no_default_buses():
    rc, out, err = run("nodefaults", "import board\n"
                       "for f in (board.I2C, board.SPI, board.UART):\n"
                       "    try:\n        f()\n"
                       "    except NotImplementedError as e:\n        print(e)\n"
                       "import busio\n"
                       "busio.I2C(board.P0, board.P1).deinit()\n"
                       "print(board.board_id)\n")
    check(rc == 0, err)
    check(out == "No default I2C bus\nNo default SPI bus\nNo default UART bus\nnodefaults\n", out)


def all_peripherals_in_use():
    code = ("import board, busio\n"
            "held = []\n"
            "for i in range(10):\n"
            "    try:\n"
            "        held.append(busio.I2C(getattr(board, 'P%d' % (2 * i)), getattr(board, 'P%d' % (2 * i + 1))))\n"
            "    except ValueError as e:\n"
            "        print(len(held), e)\n"
            "held.pop().deinit()\n"
            "held.append(busio.I2C(board.P18, board.P19))\n"
            "held[-1].try_lock()\n"
            "print(held[-1].scan())\n")
    rc, out, err = run("tenbuses", code)
    check(rc == 0, err)
    check(out == "8 All I2C peripherals are in use\n8 All I2C peripherals are in use\n[24]\n", out)


def nvm_write_fails():
    # /dev/full reads zeros and refuses every write (ENOSPC)
    code = ("import microcontroller as mc\n"
            "print(len(mc.nvm), mc.nvm[0], bytes(mc.nvm[0:2]))\n"
            "try:\n    mc.nvm[0] = 1\n"
            "except RuntimeError as e:\n    print(e)\n"
            "try:\n    mc.nvm[0:2] = b'ab'\n"
            "except RuntimeError as e:\n    print(e)\n")
    rc, out, err = run("nodefaults", code, {"CIRCUITPY_NVM": "/dev/full"})
    check(rc == 0, err)
    check(out == "16 0 b'\\x00\\x00'\nUnable to write to nvm.\nUnable to write to nvm.\n", out)


c = Checker()
c.run("no default buses: NotImplementedError", no_default_buses)
c.run("more buses than the layer holds: All I2C peripherals are in use", all_peripherals_in_use)
c.run("NVM write failure: Unable to write to nvm.", nvm_write_fails)
shutil.rmtree(BOARDS, True)
c.exit()
