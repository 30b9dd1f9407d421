"""Hardware is released after Ctrl-C and after an uncaught exception
(issue 5's acceptance): a program on the simulated board claims pins and
buses of every kind, is interrupted (or dies), and then

 - under the supervisor (`circuitpython DIR`), the REPL that follows and
   the next run of code.py find every pin free, no output driven, the
   buses and board singletons openable again;
 - as a plain program (`circuitpython FILE`), the sim's log
   (--sim-verbose) shows every output let go on the way out.

Ctrl-C also has to come through waits inside the backend: a UART read with
a 100 s timeout and a long bit-banged SPI transfer stop at once."""

import os
import re
import shutil
import tempfile
import time

from replpty import Checker, Repl, binary_from_argv, check, strip_ansi, temp_home

BIN = binary_from_argv()
HOME = temp_home()
RUNDIR = tempfile.mkdtemp(prefix="cp-hwrel-run-")
ENV = {"CIRCUITPY_BOARD": "sim", "XDG_RUNTIME_DIR": RUNDIR}
PRESS = b"Press any key to enter the REPL. Use CTRL-D to reload.\r\n"
OSC = re.compile(rb"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")

# Claims a pin or bus with every kind of hardware object; outputs driven.
CLAIM = """\
import analogio, bitbangio, board, busio, countio, digitalio, keypad, pwmio, rotaryio, sim
held = []
led = digitalio.DigitalInOut(board.LED)
led.switch_to_output(value=True)
held.append(led)
out = digitalio.DigitalInOut(board.D4)
out.switch_to_output(value=False, drive_mode=digitalio.DriveMode.OPEN_DRAIN)
held.append(out)
held.append(board.I2C())
held.append(board.SPI())
held.append(busio.UART(board.TX, board.RX, timeout=100))
held.append(pwmio.PWMOut(board.D12, duty_cycle=0x8000, frequency=1000))
held.append(analogio.AnalogIn(board.A1))
held.append(analogio.AnalogOut(board.A0))
held.append(keypad.Keys((board.D5, board.D6), value_when_pressed=False, pull=True))
held.append(keypad.KeyMatrix((board.D16,), (board.D17,)))
held.append(countio.Counter(board.D20))
held.append(rotaryio.IncrementalEncoder(board.D21, board.D22))
held.append(bitbangio.SPI(board.D23, board.D24, board.D25))
sim.set_input(board.D26, True)  # pull-ups for the bit-banged I2C bus
sim.set_input(board.D27, True)
held.append(bitbangio.I2C(board.D26, board.D27))
print("claimed", len(held))
"""

PINS = ("LED D4 SCL SDA SCK MOSI MISO TX RX D12 A1 A0 D5 D6 D16 D17 D20 D21 D22 D23 D24 D25 "
        "D26 D27").split()

# Run at the REPL (or as the next code.py): what is still taken or driven.
CHECK = """\
import board, busio, digitalio, pwmio, sim
taken = []
for name in %r:
    try:
        digitalio.DigitalInOut(getattr(board, name)).deinit()
    except ValueError as e:
        taken.append(str(e))
print("taken:", taken)
print("driven:", [n for n in %r if sim.get_output(getattr(board, n)) is not None])
print("pwm:", sim.get_pwm(board.D12), "dac:", sim.get_analog_output(board.A0))
for make in (board.I2C, board.SPI, lambda: busio.UART(board.TX, board.RX),
             lambda: pwmio.PWMOut(board.D12)):
    make().deinit()
print("reopened")
""" % (PINS, PINS)

FREE = b"taken: []\r\ndriven: []\r\npwm: None dac: None\r\nreopened\r\n"


class Drive:
    def __init__(self, files):
        self.path = tempfile.mkdtemp(prefix="cp-hwrel-")
        for name, text in files.items():
            with open(os.path.join(self.path, name), "w") as f:
                f.write(text)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        shutil.rmtree(self.path, True)
        return False


def clean(data):
    return strip_ansi(OSC.sub(b"", data))


def supervised(code, stop, ctty=True):
    """code.py runs `code` (claiming everything) and is stopped by `stop`
    (b"\\x03", or None when it ends by itself); the REPL and the next run
    of code.py must find everything free."""
    def case():
        files = {"code.py": code, "check.py": CHECK, "again.py": CLAIM}
        with Drive(files) as d, Repl(BIN, [d.path], home=HOME, env=ENV, ctty=ctty) as r:
            out = clean(r.expect(b"claimed 14\r\n", 10))
            check(b"Error" not in out, out)
            if stop:
                time.sleep(0.3)
                t = time.time()
                r.send(stop)
            out = clean(r.expect(PRESS, 5))
            if stop:
                check(time.time() - t < 2, "stopped within 2 s")
            check(b"Traceback" in out and b"Code done running." in out, out)
            r.send(" ")
            r.expect(b">>> ")
            r.send("import check\r")
            got = clean(r.expect(b">>> ", 10))
            check(FREE in got, "free at the REPL: %r" % got)
            # and everything can be claimed again by the next program
            r.send("import again\r")
            got = clean(r.expect(b">>> ", 10))
            check(b"claimed 14\r\n" in got and b"Error" not in got, got)
    return case


def plain(code, stop, status):
    """`circuitpython --sim-verbose FILE`: after the traceback, the log
    shows every output the program drove let go."""
    def case():
        with Drive({"prog.py": code}) as d, \
                Repl(BIN, ["--sim-verbose", os.path.join(d.path, "prog.py")], home=HOME, env=ENV) as r:
            r.expect(b"claimed 14\r\n", 10)
            if stop:
                time.sleep(0.3)
                r.send(stop)
            rest = b""
            while True:  # until the binary exits
                try:
                    rest += r.expect(b"\n", 5)
                except Exception:
                    break
            rest = clean(rest + r.buf)
            r.wait()
            check(r.status == status, "exit status %r" % r.status)
            tb = rest.find(b"Traceback")
            check(tb >= 0, rest)
            after = rest[tb:]
            for name in (b"LED", b"D4", b"D23", b"D24"):
                check(b"sim: " + name + b" -> released" in after, "%s released after the traceback: %r"
                      % (name.decode(), after))
    return case


LOOP = CLAIM + "while True:\n    pass\n"
UART_WAIT = CLAIM + "held[4].read(10)\nprint('read returned')\n"
BITBANG = CLAIM + "spi = held[-2]\nspi.try_lock()\nspi.write(bytes(1000000))\nprint('write returned')\n"
RAISE = CLAIM + "raise RuntimeError('boom')\n"

c = Checker()
c.run("Ctrl-C in a loop: free at the REPL and in the next program", supervised(LOOP, b"\x03"))
c.run("Ctrl-C in a loop, serial-like tty", supervised(LOOP, b"\x03", ctty=False))
c.run("Ctrl-C during a 100 s UART read: prompt, then free", supervised(UART_WAIT, b"\x03"))
c.run("Ctrl-C during a long bitbangio.SPI write: prompt, then free", supervised(BITBANG, b"\x03"))
c.run("uncaught exception: free at the REPL and in the next program", supervised(RAISE, None))
c.run("plain program, Ctrl-C: outputs released at exit", plain(LOOP, b"\x03", 130))
c.run("plain program, Ctrl-C in a UART read: released at exit", plain(UART_WAIT, b"\x03", 130))
c.run("plain program, exception: outputs released at exit", plain(RAISE, None, 1))
shutil.rmtree(RUNDIR, True)
c.exit()
