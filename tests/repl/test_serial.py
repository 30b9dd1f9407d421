"""--serial DEVICE: the console (supervisor, REPL, raw REPL and raw-paste)
on a serial line instead of stdin/stdout; the line is a pair of
pseudo-terminals, the test plays the computer at the other end."""

import os
import re
import shutil
import signal
import subprocess
import tempfile
import time

from replpty import Checker, binary_from_argv, check, strip_ansi, temp_home
from seriallink import SerialLink

BIN = binary_from_argv()
HOME = temp_home()
RUNDIR = tempfile.mkdtemp(prefix="cp-serial-run-")
PRESS = b"Press any key to enter the REPL. Use CTRL-D to reload.\r\n"
OSC = re.compile(rb"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")


def clean(data):
    return strip_ansi(OSC.sub(b"", data))


class Device:
    """circuitpython --serial <link> [args...], its own stdio closed."""

    def __init__(self, args, files=None):
        self.link = SerialLink(relay=False)
        self.dir = None
        if files is not None:
            self.dir = tempfile.mkdtemp(prefix="cp-serial-drive-")
            for name, text in files.items():
                with open(os.path.join(self.dir, name), "w") as f:
                    f.write(text)
            args = list(args) + [self.dir]
        env = dict(os.environ, HOME=HOME, CIRCUITPY_BOARD="sim", XDG_RUNTIME_DIR=RUNDIR)
        self.p = subprocess.Popen([BIN, "--serial", self.link.device] + list(args), stdin=subprocess.DEVNULL,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.p.poll() is None:
            self.p.kill()
        self.p.communicate()
        self.link.close()
        if self.dir:
            shutil.rmtree(self.dir, True)
        return False


def supervisor_on_serial():
    with Device([], {"code.py": "print('over serial')\n"}) as d:
        raw = d.link.expect(PRESS)
        check(b"\x1b]0;" in raw, "a serial line is a terminal: status line %r" % raw)
        out = clean(raw)
        check(out.startswith(b"code.py output:\r\nover serial\r\n\r\nCode done running.\r\n"), out)
        d.link.send(" ")
        got = clean(d.link.expect(b">>> "))
        check(b"CircuitPython for Linux" in got, got)
        d.link.send("6*7\r")
        check(d.link.expect(b">>> ").endswith(b"42\r\n>>> "), "REPL")
        d.link.send("\x04")
        out = clean(d.link.expect(PRESS))
        check(b"soft reboot\r\ncode.py output:\r\nover serial\r\n" in out, out)
        d.p.send_signal(signal.SIGTERM)
        stdout, _ = d.p.communicate(timeout=5)
        check(d.p.returncode == 0 and stdout == b"", "nothing on the real stdout: %r" % stdout)


def ctrl_c_over_serial():
    with Device([], {"code.py": "import time\nprint('napping')\ntime.sleep(100)\n"}) as d:
        d.link.expect(b"napping\r\n")
        time.sleep(0.2)
        d.link.send(b"\x03")
        out = clean(d.link.expect(PRESS, 3))
        check(b"KeyboardInterrupt" in out and b"Code done running." in out, out)


def raw_paste_over_serial():
    with Device([], {"code.py": "pass\n"}) as d:
        d.link.expect(PRESS)
        # what mpremote sends to get a raw REPL: Ctrl-C twice, then Ctrl-A
        d.link.send(b"\r\x03\x03")
        time.sleep(0.3)
        d.link.send(b"\r\x01")
        d.link.expect(b"raw REPL; CTRL-B to exit\r\n>")
        d.link.send(b"\x05A\x01")
        check(d.link.read_exact(5) == b"R\x01\x80\x00\x01", "raw-paste accepted with a 128-byte window")
        code = ("\n".join("v%d = %d" % (i, i) for i in range(60)) + "\nprint(v59 * 2)\n").encode()
        window, sent = 128, 0
        remain = window
        while sent < len(code):
            # take the window increments that arrived; wait when the window is used up
            while remain == 0 or d.link.pending():
                b = d.link.read_exact(1)
                check(b == b"\x01", "flow control byte %r" % b)
                remain += window
            n = min(remain, len(code) - sent)
            d.link.send(code[sent:sent + n])
            sent += n
            remain -= n
        d.link.send(b"\x04")
        got = d.link.expect(b"\x04>", 5)
        check(got.endswith(b"\x04118\r\n\x04\x04>"), "result %r" % got)
        # soft reboot from the raw REPL: no code.py, back in the raw REPL
        d.link.send(b"\x04")
        got = d.link.expect(b"raw REPL; CTRL-B to exit\r\n>")
        check(got.endswith(b"OK\r\nsoft reboot\r\nraw REPL; CTRL-B to exit\r\n>"), got)


def plain_run_on_serial():
    with Device(["-c", "print('from -c'); import sys; print('err', file=sys.stderr)"]) as d:
        out = d.link.expect(b"err\r\n")
        check(out == b"from -c\r\nerr\r\n", out)
        d.p.wait(5)
        check(d.p.returncode == 0, "status %r" % d.p.returncode)


def no_drive():
    with Device([]) as d:
        out = clean(d.link.expect(PRESS))
        check(out == b"\r\nCode done running.\r\nAuto-reload is off.\r\n\r\n" + PRESS, out)
        d.link.send("\x04")
        out = clean(d.link.expect(PRESS))
        check(out.startswith(b"soft reboot\r\n\r\nCode done running.\r\n"), out)


def bad_device():
    p = subprocess.run([BIN, "--serial", "/nonexistent/tty"], stdin=subprocess.DEVNULL, capture_output=True,
                       timeout=10)
    check(p.returncode == 1 and b"can't open serial device '/nonexistent/tty'" in p.stderr, p.stderr)


c = Checker()
c.run("supervisor over --serial", supervisor_on_serial)
c.run("Ctrl-C over --serial", ctrl_c_over_serial)
c.run("raw-paste and soft reboot over --serial", raw_paste_over_serial)
c.run("--serial with -c", plain_run_on_serial)
c.run("--serial without a drive", no_drive)
c.run("--serial with a missing device", bad_device)
shutil.rmtree(RUNDIR, True)
c.exit()
