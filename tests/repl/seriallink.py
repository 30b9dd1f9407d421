"""A serial line between two pseudo-terminals (what `socat pty pty` makes):
the device end for `circuitpython --serial DEV`, the client end for a
tool that opens a serial port by name (pyserial, Thonny), and a thread
relaying bytes between the two masters. Optionally the test itself is
the client (`read`/`expect`/`send` on the client master), so no second
program is needed.
"""

import os
import select
import threading
import time
import tty


class SerialLink:
    def __init__(self, relay=True):
        self.dev_master, self.dev_slave = os.openpty()
        tty.setraw(self.dev_slave)
        self.device = os.ttyname(self.dev_slave)
        self.buf = b""
        self.stop = False
        if relay:
            self.cli_master, self.cli_slave = os.openpty()
            # no echo from the client end before its program opens it
            tty.setraw(self.cli_slave)
            self.client = os.ttyname(self.cli_slave)
            self.thread = threading.Thread(target=self._relay, daemon=True)
            self.thread.start()
        else:
            self.cli_master = self.cli_slave = None
            self.client = None

    def _relay(self):
        a, b = self.dev_master, self.cli_master
        while not self.stop:
            try:
                r, _, _ = select.select([a, b], [], [], 0.2)
            except (OSError, ValueError):
                return
            for fd in r:
                try:
                    data = os.read(fd, 4096)
                except OSError:
                    continue
                try:
                    os.write(b if fd == a else a, data)
                except OSError:
                    pass

    # ---- the test as the client (relay=False) ----
    def send(self, data):
        if isinstance(data, str):
            data = data.encode()
        os.write(self.dev_master, data)

    def expect(self, pattern, timeout=5.0):
        end = time.time() + timeout
        while True:
            i = self.buf.find(pattern)
            if i >= 0:
                got, self.buf = self.buf[: i + len(pattern)], self.buf[i + len(pattern):]
                return got
            left = end - time.time()
            if left <= 0:
                raise TimeoutError("waiting for %r; have %r" % (pattern, self.buf[-300:]))
            r, _, _ = select.select([self.dev_master], [], [], left)
            if r:
                try:
                    self.buf += os.read(self.dev_master, 4096)
                except OSError:
                    time.sleep(0.05)

    def pending(self):
        """Whether a byte has arrived that was not consumed yet."""
        if not self.buf and select.select([self.dev_master], [], [], 0)[0]:
            try:
                self.buf += os.read(self.dev_master, 4096)
            except OSError:
                pass
        return bool(self.buf)

    def read_exact(self, n, timeout=5.0):
        end = time.time() + timeout
        while len(self.buf) < n:
            left = end - time.time()
            if left <= 0:
                raise TimeoutError("waiting for %d bytes; have %r" % (n, self.buf))
            r, _, _ = select.select([self.dev_master], [], [], left)
            if r:
                self.buf += os.read(self.dev_master, 4096)
        got, self.buf = self.buf[:n], self.buf[n:]
        return got

    def close(self):
        self.stop = True
        for fd in (self.dev_master, self.dev_slave, self.cli_master, self.cli_slave):
            if fd is not None:
                try:
                    os.close(fd)
                except OSError:
                    pass
