"""Drive the circuitpython REPL through a pseudo-terminal (helper for the
tests in this directory).

    with Repl(binary, home=tmpdir) as r:
        r.expect(b">>> ")
        r.send("1+1\r")
        r.expect(b"2\r\n>>> ")

Each test script takes the binary as argv[1], prints PASS/FAIL/SKIP lines
through a Checker and exits non-zero when something failed.
"""

import atexit
import errno
import fcntl
import os
import pty
import re
import resource
import select
import shutil
import signal
import struct
import sys
import tempfile
import termios
import time
import traceback

DEFAULT_TIMEOUT = 5.0


class Timeout(Exception):
    pass


def temp_home():
    """A fresh directory for HOME (history file), removed at exit."""
    d = tempfile.mkdtemp(prefix="cp-repl-")
    atexit.register(shutil.rmtree, d, True)
    return d


def _child_setup():
    # tests kill the binary with SIGQUIT/SIGSEGV/SIGABRT: no core dumps
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    # a shell runs background jobs with SIGINT and SIGQUIT ignored, and
    # ignored signals stay ignored across exec
    for sig in (signal.SIGINT, signal.SIGQUIT, signal.SIGHUP, signal.SIGTERM, signal.SIGPIPE):
        signal.signal(sig, signal.SIG_DFL)


class Repl:
    """The binary running on a pty. cols=None leaves the window size unset
    (0x0), so the editor works without knowing the width.

    ctty=False runs it with the pty as stdin/stdout but in a new session
    without a controlling terminal, as on a serial line: Ctrl-C is then a
    byte the REPL must notice itself."""

    def __init__(self, binary, args=(), home=None, cols=80, rows=24, env=None, ctty=True):
        self.binary = binary
        e = dict(os.environ)
        e.pop("CIRCUITPYPATH", None)
        if home is not None:
            e["HOME"] = home
        if env:
            e.update(env)
        argv = [binary] + list(args)
        self.buf = b""
        self.log = b""
        if ctty:
            self.pid, self.fd = pty.fork()
            if self.pid == 0:
                try:
                    _child_setup()
                    os.execve(binary, argv, e)
                finally:
                    os._exit(127)
            self.slave = None
        else:
            master, slave = pty.openpty()
            self.pid = os.fork()
            if self.pid == 0:
                try:
                    _child_setup()
                    os.setsid()  # no controlling terminal
                    os.dup2(slave, 0)
                    os.dup2(slave, 1)
                    os.dup2(slave, 2)
                    os.close(master)
                    if slave > 2:
                        os.close(slave)
                    os.execve(binary, argv, e)
                finally:
                    os._exit(127)
            self.fd = master
            self.slave = slave
        if cols is not None:
            winsz = struct.pack("HHHH", rows, cols, 0, 0)
            fcntl.ioctl(self.fd, termios.TIOCSWINSZ, winsz)
        self.status = None

    # ---- I/O ----
    def send(self, data, delay=0.0):
        if isinstance(data, str):
            data = data.encode()
        if delay:
            for b in data:
                os.write(self.fd, bytes([b]))
                time.sleep(delay)
        else:
            os.write(self.fd, data)

    def _fill(self, timeout):
        r, _, _ = select.select([self.fd], [], [], timeout)
        if not r:
            return False
        try:
            data = os.read(self.fd, 65536)
        except OSError as ex:
            if ex.errno == errno.EIO:
                return None
            raise
        if not data:
            return None
        self.buf += data
        self.log += data
        return True

    def expect(self, pattern, timeout=DEFAULT_TIMEOUT):
        """Consume output up to and including pattern (bytes, or a compiled
        bytes regex); returns what was consumed. Raises Timeout."""
        end = time.time() + timeout
        while True:
            if isinstance(pattern, bytes):
                i = self.buf.find(pattern)
                if i >= 0:
                    got = self.buf[: i + len(pattern)]
                    self.buf = self.buf[i + len(pattern):]
                    return got
            else:
                m = pattern.search(self.buf)
                if m:
                    got = self.buf[: m.end()]
                    self.buf = self.buf[m.end():]
                    return got
            left = end - time.time()
            if left <= 0:
                raise Timeout("waiting for %r; have %r" % (pattern, self.buf[-300:]))
            if self._fill(left) is None:
                raise Timeout("EOF waiting for %r; have %r" % (pattern, self.buf[-300:]))

    def read_exact(self, n, timeout=DEFAULT_TIMEOUT):
        end = time.time() + timeout
        while len(self.buf) < n:
            left = end - time.time()
            if left <= 0 or self._fill(left) is None:
                raise Timeout("waiting for %d bytes; have %r" % (n, self.buf))
        got, self.buf = self.buf[:n], self.buf[n:]
        return got

    def drain(self, quiet=0.2, timeout=2.0):
        """Everything output until it has been quiet for `quiet` seconds."""
        end = time.time() + timeout
        while time.time() < end:
            if not self._fill(quiet):
                break
        got, self.buf = self.buf, b""
        return got

    def available(self):
        """Bytes that arrive without waiting."""
        while self._fill(0):
            pass
        return self.buf

    def attrs(self):
        return termios.tcgetattr(self.slave if self.slave is not None else self.fd)

    # ---- process ----
    def wait(self, timeout=DEFAULT_TIMEOUT):
        """Exit status (as os.waitstatus_to_exitcode) or raise Timeout."""
        end = time.time() + timeout
        while True:
            pid, st = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(st)
                return self.status
            if time.time() > end:
                raise Timeout("process did not exit")
            # keep the pty drained so the child never blocks on output
            self._fill(0.05)

    def close(self):
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
            self.status = -9
        for fd in (self.fd, self.slave):
            if fd is not None:
                try:
                    os.close(fd)
                except OSError:
                    pass
        self.fd = self.slave = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


class Screen:
    """A small VT100 model: enough of it to check what the line editor
    draws (printing with deferred wrap at the right margin, CR, LF, BS,
    cursor moves, erase in line/display)."""

    def __init__(self, cols=80, rows=200):
        self.cols = cols
        self.rows = [[] for _ in range(rows)]
        self.x = self.y = 0
        self.pending = False

    def _put(self, ch):
        if self.pending:
            self.x = 0
            self.y += 1
            self.pending = False
        row = self.rows[self.y]
        while len(row) <= self.x:
            row.append(" ")
        row[self.x] = ch
        if self.x == self.cols - 1:
            self.pending = True
        else:
            self.x += 1

    def feed(self, data):
        text = data.decode("utf-8", "replace")
        i = 0
        while i < len(text):
            ch = text[i]
            if ch == "\x1b":
                m = re.match(r"\x1b\[([0-9;]*)([A-Za-z])", text[i:])
                if not m:
                    i += 1
                    continue
                i += m.end()
                params = [int(p) if p else 0 for p in m.group(1).split(";")] if m.group(1) else []
                n = params[0] if params and params[0] else 1
                op = m.group(2)
                self.pending = False
                if op == "A":
                    self.y = max(0, self.y - n)
                elif op == "B":
                    self.y += n
                elif op == "C":
                    self.x = min(self.cols - 1, self.x + n)
                elif op == "D":
                    self.x = max(0, self.x - n)
                elif op == "H":
                    self.x = self.y = 0
                elif op == "J":
                    mode = params[0] if params else 0
                    if mode == 2:
                        self.rows = [[] for _ in self.rows]
                    else:
                        del self.rows[self.y][self.x:]
                        for r in range(self.y + 1, len(self.rows)):
                            self.rows[r] = []
                elif op == "K":
                    del self.rows[self.y][self.x:]
                continue
            i += 1
            if ch == "\r":
                self.x = 0
                self.pending = False
            elif ch == "\n":
                self.y += 1
                self.pending = False
            elif ch == "\b":
                self.x = max(0, self.x - 1)
                self.pending = False
            elif ch >= " ":
                self._put(ch)

    def lines(self):
        out = ["".join(r).rstrip() for r in self.rows]
        while out and not out[-1]:
            out.pop()
        return out


def strip_ansi(data):
    return re.sub(rb"\x1b\[[0-9;]*[A-Za-z]", b"", data)


class Checker:
    """Runs named checks; each prints PASS, FAIL (with the reason) or SKIP."""

    def __init__(self):
        self.failed = 0
        self.passed = 0

    def run(self, name, fn, *args):
        try:
            r = fn(*args)
        except Skip as s:
            print("SKIP %s: %s" % (name, s))
            return
        except Exception as ex:  # a failed expectation or a crash
            self.failed += 1
            print("FAIL %s: %s" % (name, ex))
            tb = traceback.format_exc().strip().splitlines()
            for line in tb[-4:]:
                print("     " + line)
            return
        if r is False:
            self.failed += 1
            print("FAIL %s" % name)
        else:
            self.passed += 1
            print("PASS %s" % name)

    def exit(self):
        sys.exit(1 if self.failed else 0)


class Skip(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise AssertionError(msg)


def binary_from_argv():
    if len(sys.argv) < 2:
        print("usage: %s BINARY" % sys.argv[0], file=sys.stderr)
        sys.exit(2)
    return os.path.abspath(sys.argv[1])
