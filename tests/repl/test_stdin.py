"""sys.stdin, input() and supervisor.runtime.serial_bytes_available on a
terminal: a plain program and the REPL on the controlling tty (cooked
input, Ctrl-C is SIGINT, Ctrl-D ends one read), the REPL on a tty that is
not the controlling one (raw, as a serial line: the watcher thread holds
the bytes and Ctrl-C), the supervisor over --serial and on a terminal,
and micropython.heap_lock() not surviving a soft reboot."""

import os
import re
import shutil
import tempfile
import time

from replpty import Checker, Repl, binary_from_argv, check, strip_ansi, temp_home
from seriallink import SerialLink
import subprocess

BIN = binary_from_argv()
HOME = temp_home()
WORK = tempfile.mkdtemp(prefix="cp-stdin-")
RUNDIR = tempfile.mkdtemp(prefix="cp-stdin-run-")
PRESS = b"Press any key to enter the REPL. Use CTRL-D to reload.\r\n"
DONE = b"\r\nCode done running.\r\n"
OSC = re.compile(rb"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")
ENV = {"CIRCUITPY_BOARD": "sim", "XDG_RUNTIME_DIR": RUNDIR}


def clean(data):
    return strip_ansi(OSC.sub(b"", data))


def program(name, text):
    path = os.path.join(WORK, name)
    with open(path, "w") as f:
        f.write(text)
    return path


def drive(files):
    d = tempfile.mkdtemp(prefix="cp-stdin-drive-", dir=WORK)
    for name, text in files.items():
        with open(os.path.join(d, name), "w") as f:
            f.write(text)
    return d


def settle(r):
    """Let the program reach its read: nothing may have been printed."""
    time.sleep(0.4)
    check(r.available() == b"", "still waiting: %r" % r.buf)


def enter(r, line):
    """A line typed at the REPL that starts a read."""
    r.send(line + "\r")
    r.expect(line.encode() + b"\r\n")
    settle(r)


# ---- a plain program on the controlling terminal ----

def plain_read_and_available():
    p = program("avail.py", "import sys, supervisor\nprint('ready')\ns = sys.stdin.read(3)\n"
                "print('got', repr(s), supervisor.runtime.serial_bytes_available)\n"
                "print('rest', repr(sys.stdin.readline()))\n")
    with Repl(BIN, [p], home=HOME) as r:
        r.expect(b"ready\r\n")
        settle(r)
        r.send("abcde\n")
        # a cooked terminal hands over the whole line: the 3 bytes read(3)
        # left are still counted
        r.expect(b"got 'abc' 3\r\n")
        r.expect(b"rest 'de\\n'\r\n")
        check(r.wait() == 0, "status %r" % r.status)


def plain_ctrl_c():
    p = program("blocked.py", "import sys\nprint('ready')\nsys.stdin.read(1)\nprint('not here')\n")
    with Repl(BIN, [p], home=HOME) as r:
        r.expect(b"ready\r\n")
        before = r.attrs()
        settle(r)
        t = time.time()
        r.send(b"\x03")
        out = r.expect(b"KeyboardInterrupt\r\n", 3)
        check(time.time() - t < 1, "interrupted at once")
        check(b"Traceback (most recent call last):" in out and b"line 3" in out, out)
        check(r.wait() == 130, "status %r" % r.status)
        check(r.attrs() == before, "terminal settings unchanged")


def plain_ctrl_d_ends_one_read():
    p = program("eof.py", "import sys\nprint('ready')\nprint(repr(sys.stdin.read()))\n"
                "print(repr(sys.stdin.read()))\nprint(repr(sys.stdin.readline()))\n")
    with Repl(BIN, [p], home=HOME) as r:
        r.expect(b"ready\r\n")
        settle(r)
        r.send("xy\n")
        time.sleep(0.2)
        r.send(b"\x04")
        r.expect(b"'xy\\n'\r\n")
        r.send(b"z")
        time.sleep(0.2)
        r.send(b"\x04")  # not at a line start: ends the line, not the input
        time.sleep(0.2)
        r.send(b"\x04")
        r.expect(b"'z'\r\n")
        r.send("last\n")
        r.expect(b"'last\\n'\r\n")
        check(r.wait() == 0, "status %r" % r.status)


# ---- the REPL ----

def repl_ctty():
    with Repl(BIN, home=HOME) as r:
        r.expect(b">>> ")
        r.send("import sys\r")
        r.expect(b">>> ")
        enter(r, "sys.stdin.read(3)")
        r.send("xyz\n")
        r.expect(b"'xyz'\r\n")
        r.expect(b">>> ")
        enter(r, "sys.stdin.read()")
        r.send("two\n")
        time.sleep(0.2)
        r.send(b"\x04")  # ends the read only: the REPL goes on
        r.expect(b"'two\\n'\r\n>>> ")
        enter(r, "sys.stdin.readline()")
        r.send(b"\x03")
        out = strip_ansi(r.expect(b"KeyboardInterrupt\r\n>>> ", 3))
        check(b"Traceback" in out, out)
        # back in edit mode: keys are the REPL's again
        r.send("6*7\r")
        check(strip_ansi(r.expect(b">>> ")).endswith(b"42\r\n>>> "), "REPL works")


def repl_serial_like():
    with Repl(BIN, home=HOME, ctty=False) as r:
        r.expect(b">>> ")
        r.send("import sys, time, supervisor\r")
        r.expect(b">>> ")
        enter(r, "sys.stdin.read(3)")
        r.send("xyz")  # raw: no line end needed
        r.expect(b"'xyz'\r\n>>> ")
        # bytes that arrive while the program sleeps wait in the watcher's
        # buffer and are counted
        r.send("time.sleep(0.6); n = supervisor.runtime.serial_bytes_available; print(n, repr(sys.stdin.read(n)))\r")
        time.sleep(0.3)
        r.send("hello")
        r.expect(b"5 'hello'\r\n>>> ", 3)
        enter(r, "sys.stdin.read(1)")
        r.send(b"\xc3")  # one character in two pieces
        time.sleep(0.3)
        r.send(b"\xa9")
        r.expect("'\u00e9'\r\n>>> ".encode())
        # select sees what sys.stdin would read
        r.send("import select; i = [sys.stdin]; p = select.poll(); p.register(sys.stdin, select.POLLIN); p.poll(0)\r")
        r.expect(b"[]\r\n>>> ")
        enter(r, "ev = p.poll(3000); print(len(ev), sys.stdin.read(2), p.poll(0))")
        r.send("ok")
        r.expect(b"1 ok []\r\n>>> ")
        enter(r, "print(select.select(i, [], [], 3)[0] == i, sys.stdin.read(1))")
        r.send("!")
        r.expect(b"True !\r\n>>> ")
        # a byte still in the buffer is readable too
        r.send("time.sleep(0.5); print(sys.stdin.read(1), select.select(i, [], [], 0)[0] == i, sys.stdin.read(1))\r")
        time.sleep(0.2)
        r.send("#?")
        r.expect(b"# True ?\r\n>>> ")
        r.send("input('? ')\r")
        r.expect(b"? ")
        r.send("typed\r")  # Enter on a serial line is CR
        r.expect(b"'typed'\r\n>>> ")
        enter(r, "sys.stdin.read(1)")
        t = time.time()
        r.send(b"\x03")
        out = strip_ansi(r.expect(b"KeyboardInterrupt\r\n>>> ", 3))
        check(time.time() - t < 1, "interrupted at once")
        check(b"Traceback" in out, out)
        r.send("6*7\r")
        check(strip_ansi(r.expect(b">>> ")).endswith(b"42\r\n>>> "), "REPL works")


# ---- the supervisor ----

SERIAL_CODE = """import sys, time, supervisor
print('waiting')
while not supervisor.runtime.serial_bytes_available:
    time.sleep(0.01)
time.sleep(0.3)
n = supervisor.runtime.serial_bytes_available
print('available', n)
print('read', repr(sys.stdin.read(n)))
print('after', supervisor.runtime.serial_bytes_available)
print('char', repr(sys.stdin.read(1)))
print('line', repr(input()))
print('bytes', sys.stdin.buffer.read(2))
print('blocked')
sys.stdin.read(1)
print('not here')
"""


def supervisor_serial():
    link = SerialLink(relay=False)
    d = drive({"code.py": SERIAL_CODE})
    env = dict(os.environ, HOME=HOME, **ENV)
    p = subprocess.Popen([BIN, "--serial", link.device, d], stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        link.expect(b"waiting\r\n")
        time.sleep(0.2)
        link.send("abc")
        link.expect(b"available 3\r\nread 'abc'\r\nafter 0\r\n")
        link.send(b"\xe2\x82")
        time.sleep(0.3)
        link.send(b"\xac")
        link.expect("char '\u20ac'\r\n".encode())
        link.send("a line\r")
        link.expect(b"line 'a line'\r\n")
        link.send(b"\x00\xff")
        link.expect(b"bytes b'\\x00\\xff'\r\nblocked\r\n")
        time.sleep(0.3)
        link.send(b"\x03")
        out = clean(link.expect(PRESS, 3))
        check(b"KeyboardInterrupt" in out and DONE in out and b"not here" not in out, out)
        link.send(" ")
        link.expect(b">>> ")
        link.send("6*7\r")
        check(link.expect(b">>> ").endswith(b"42\r\n>>> "), "REPL")
    finally:
        p.kill()
        p.communicate()
        link.close()


TTY_CODE = """import sys, time, supervisor
print('name?')
print('hello', repr(input()))
while not supervisor.runtime.serial_bytes_available:
    time.sleep(0.01)
n = supervisor.runtime.serial_bytes_available
print('available', n, repr(sys.stdin.read(n)))
print('blocked')
sys.stdin.read(1)
"""


def supervisor_terminal():
    d = drive({"code.py": TTY_CODE})
    with Repl(BIN, [d], home=HOME, env=ENV) as r:
        r.expect(b"name?\r\n")
        settle(r)
        r.send("bob\r")  # the cooked terminal makes the CR a LF
        r.expect(b"hello 'bob'\r\n")
        r.send("hi\n")
        r.expect(b"available 3 'hi\\n'\r\n")
        r.expect(b"blocked\r\n")
        settle(r)
        r.send(b"\x03")
        out = clean(r.expect(PRESS, 3))
        check(b"KeyboardInterrupt" in out and DONE in out, out)
        r.send("k")
        r.expect(b">>> ")
        r.send("1+1\r")
        check(r.expect(b">>> ").endswith(b"2\r\n>>> "), "REPL works")


LOCK_CODE = """import micropython
print('depth', micropython.heap_locked())
micropython.heap_lock()
micropython.heap_lock()
print('locked', micropython.heap_locked())
raise ValueError('crashed while locked')
"""


def heap_lock_reset_by_reload():
    d = drive({"code.py": LOCK_CODE})
    with Repl(BIN, [d], home=HOME, env=ENV) as r:
        out = clean(r.expect(PRESS))
        check(b"depth 0\r\nlocked 2\r\n" in out and b"ValueError: crashed while locked" in out, out)
        r.send("\x04")
        out = clean(r.expect(PRESS))
        check(b"soft reboot\r\n" in out and b"depth 0\r\nlocked 2\r\n" in out, "second run: %r" % out)
        r.send("k")
        r.expect(b">>> ")
        r.send("import micropython; micropython.heap_locked(), len(list(range(100000)))\r")
        check(clean(r.expect(b">>> ")).endswith(b"(0, 100000)\r\n>>> "), "the REPL's VM is unlocked")


c = Checker()
c.run("plain program: read(3) on a cooked tty, the rest counted", plain_read_and_available)
c.run("plain program: Ctrl-C during sys.stdin.read", plain_ctrl_c)
c.run("plain program: Ctrl-D ends one read", plain_ctrl_d_ends_one_read)
c.run("REPL on the controlling tty: read, Ctrl-D, Ctrl-C", repl_ctty)
c.run("REPL on a serial-like tty: read, available, UTF-8, select, input, Ctrl-C", repl_serial_like)
c.run("supervisor over --serial: available, read, input, Ctrl-C", supervisor_serial)
c.run("supervisor on a terminal: input, available, Ctrl-C", supervisor_terminal)
c.run("micropython.heap_lock() does not survive a reload", heap_lock_reset_by_reload)
shutil.rmtree(WORK, True)
shutil.rmtree(RUNDIR, True)
c.exit()
