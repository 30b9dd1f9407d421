"""The raw REPL (Ctrl-A) as pyboard.py / mpremote use it, and raw-paste
mode with its flow control, following MicroPython's published protocol."""

import struct
import time

from replpty import Checker, Repl, binary_from_argv, check, temp_home

BIN = binary_from_argv()
HOME = temp_home()
RAW_BANNER = b"\r\nraw REPL; CTRL-B to exit\r\n>"


def enter_raw(r):
    r.expect(b">>> ")
    r.send(b"\x01")
    got = r.expect(b">", 3)
    check(got == RAW_BANNER, "raw banner %r" % got)


def raw_exec(r, code):
    """Send code in raw mode; returns (stdout, stderr) as the protocol
    frames them, after checking the OK and the final '>'."""
    r.send(code.encode() + b"\x04")
    check(r.read_exact(2) == b"OK", "OK")
    stdout = r.expect(b"\x04")[:-1]
    stderr = r.expect(b"\x04")[:-1]
    check(r.read_exact(1) == b">", "prompt after the result")
    return stdout, stderr


def basic():
    with Repl(BIN, home=HOME) as r:
        enter_raw(r)
        r.send(b"print(123)\x04")
        got = r.expect(b"\x04\x04>")
        check(got == b"OK123\r\n\x04\x04>", "exact reply %r" % got)
        out, err = raw_exec(r, "for i in range(3):\n    print(i)\n\nx = 42\n")
        check(out == b"0\r\n1\r\n2\r\n" and err == b"", (out, err))
        out, err = raw_exec(r, "x")
        check(out == b"" and err == b"", "expressions are not echoed: %r" % ((out, err),))
        out, err = raw_exec(r, "print(x + 1, end='')")
        check(out == b"43", out)


def no_echo():
    with Repl(BIN, home=HOME) as r:
        enter_raw(r)
        r.send(b"print('hidden')")
        check(r.drain(0.3) == b"", "input is not echoed")
        r.send(b"\x04")
        check(r.expect(b">") == b"OKhidden\r\n\x04\x04>", "ran")


def errors():
    with Repl(BIN, home=HOME) as r:
        enter_raw(r)
        out, err = raw_exec(r, "print('before')\n1/0")
        check(out == b"before\r\n", out)
        check(err.startswith(b"Traceback (most recent call last):\r\n") and
              err.endswith(b"ZeroDivisionError: division by zero\r\n"), err)
        out, err = raw_exec(r, "x = (")
        check(out == b"" and b"SyntaxError" in err, err)
        out, err = raw_exec(r, "print('still ok')")
        check(out == b"still ok\r\n" and err == b"", (out, err))


def control_keys():
    with Repl(BIN, home=HOME) as r:
        enter_raw(r)
        r.send(b"print(1)\x03print(2)\x04")
        check(r.expect(b">") == b"OK2\r\n\x04\x04>", "Ctrl-C drops the input so far")
        r.send(b"junk\x01")
        check(r.expect(b">") == RAW_BANNER, "Ctrl-A restarts the raw REPL")
        r.send(b"print(3)\x04")
        check(r.expect(b">") == b"OK3\r\n\x04\x04>", "then works")
        r.send(b"\x04")
        got = r.expect(b"raw REPL; CTRL-B to exit\r\n>")
        check(got == b"OK\r\nsoft reboot\r\nraw REPL; CTRL-B to exit\r\n>",
              "Ctrl-D on empty input: soft reboot %r" % got)
        r.send(b"\x02")
        got = r.expect(b">>> ")
        check(got.startswith(b"\r\nCircuitPython for Linux "),
              "Ctrl-B: banner %r" % got)


def state_shared_with_friendly():
    with Repl(BIN, home=HOME) as r:
        enter_raw(r)
        raw_exec(r, "shared = 41")
        r.send(b"\x02")
        r.expect(b">>> ")
        r.send("shared + 1\r")
        check(r.expect(b">>> ").endswith(b"42\r\n>>> "), "friendly REPL sees it")


def pyboard_style_entry():
    """What pyboard.py sends: Ctrl-C twice after CR, flush, then CR Ctrl-A."""
    with Repl(BIN, home=HOME) as r:
        r.expect(b">>> ")
        r.send(b"\r\x03\x03")
        time.sleep(0.2)
        r.drain(0.2)
        r.send(b"\r\x01")
        r.expect(b"raw REPL; CTRL-B to exit\r\n>")
        out, err = raw_exec(r, "print('via pyboard')")
        check(out == b"via pyboard\r\n", out)


class PasteClient:
    """The client side of raw-paste mode, written from the protocol text."""

    def __init__(self, r):
        self.r = r
        self.increments = 0

    def start(self):
        self.r.send(b"\x05A\x01")
        head = self.r.read_exact(2)
        check(head == b"R\x01", "raw-paste supported: %r" % head)
        self.window = struct.unpack("<H", self.r.read_exact(2))[0]
        self.remain = self.window
        return self.window

    def _take_flow(self):
        # wait for flow control when the window is used up; otherwise act
        # on whatever has already arrived
        while self.remain == 0 or self.r.available():
            b = self.r.read_exact(1)
            if b == b"\x01":
                self.remain += self.window
                self.increments += 1
            elif b == b"\x04":
                raise AssertionError("device ended the data early")
            else:
                raise AssertionError("unexpected byte %r during raw paste" % b)

    def send(self, data, chunk_delay=0.0):
        i = 0
        while i < len(data):
            self._take_flow()
            n = min(self.remain, len(data) - i)
            self.r.send(data[i:i + n])
            self.remain -= n
            i += n
            if chunk_delay:
                time.sleep(chunk_delay)
        self.r.send(b"\x04")
        # the device acknowledges the end of data with \x04
        while True:
            b = self.r.read_exact(1)
            if b == b"\x04":
                break
            check(b == b"\x01", "only flow control before the ack, got %r" % b)
            self.increments += 1


def raw_paste_handshake():
    with Repl(BIN, home=HOME) as r:
        enter_raw(r)
        r.send(b"\x05A\x01")
        got = r.read_exact(5)
        check(got == b"R\x01\x80\x00\x01", "header %r" % got)
        r.send(b"print(123)\x04")
        got = r.expect(b">")
        check(got == b"\x04123\r\n\x04\x04>", "documented example reply %r" % got)


def raw_paste_large():
    with Repl(BIN, home=HOME) as r:
        enter_raw(r)
        lines = ["v%d = %d" % (i, i) for i in range(400)]
        lines.append("print(sum([%s]))" % ", ".join("v%d" % i for i in range(400)))
        code = ("\n".join(lines) + "\n").encode()
        client = PasteClient(r)
        window = client.start()
        check(window == 128, "window %d" % window)
        client.send(code)
        out = r.expect(b"\x04")[:-1]
        err = r.expect(b"\x04")[:-1]
        check(r.read_exact(1) == b">", "prompt")
        check(out == b"%d\r\n" % sum(range(400)) and err == b"", (out, err))
        # one increment at the start plus one per window consumed
        want = 1 + len(code) // window
        check(client.increments == want, "%d window increments, want %d" % (client.increments, want))


def raw_paste_flow_control_holds():
    """A client that sends a byte more than allowed still works, and the
    device never grants more than it has taken."""
    with Repl(BIN, home=HOME) as r:
        enter_raw(r)
        client = PasteClient(r)
        client.start()
        # initial allowance: header window + the first \x01 = 256 bytes
        check(r.read_exact(1) == b"\x01", "initial increment")
        r.send(b"#" * 200)
        r.expect(b"\x01", 3)
        time.sleep(0.3)
        check(r.available() == b"", "one window consumed -> one \\x01, then %r" % r.buf)
        r.send(b"\nprint('flow')\x04")
        got = r.expect(b">")
        check(got == b"\x04flow\r\n\x04\x04>", "%r" % got)


def raw_paste_error_and_repeat():
    with Repl(BIN, home=HOME) as r:
        enter_raw(r)
        for i in range(3):
            client = PasteClient(r)
            client.start()
            client.send(b"raise ValueError('e%d')" % i)
            out = r.expect(b"\x04")[:-1]
            err = r.expect(b"\x04")[:-1]
            check(r.read_exact(1) == b">", "prompt")
            check(out == b"" and err.endswith(b"ValueError: e%d\r\n" % i), err)


def raw_paste_ctrl_c():
    with Repl(BIN, home=HOME) as r:
        enter_raw(r)
        PasteClient(r).start()
        r.read_exact(1)
        r.send(b"print('never')\x03")
        got = r.expect(b">")
        check(got == b"\x04\x04KeyboardInterrupt\r\n\x04>", "%r" % got)


c = Checker()
c.run("raw REPL exec", basic)
c.run("raw REPL does not echo", no_echo)
c.run("raw REPL errors", errors)
c.run("raw REPL control keys", control_keys)
c.run("raw and friendly share __main__", state_shared_with_friendly)
c.run("pyboard-style entry", pyboard_style_entry)
c.run("raw-paste handshake (documented example)", raw_paste_handshake)
c.run("raw-paste of a large program", raw_paste_large)
c.run("raw-paste flow control", raw_paste_flow_control_holds)
c.run("raw-paste errors, repeated", raw_paste_error_and_repeat)
c.run("raw-paste Ctrl-C", raw_paste_ctrl_c)
c.exit()
