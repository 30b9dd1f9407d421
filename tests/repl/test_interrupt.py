"""Ctrl-C while code runs: on the controlling terminal (SIGINT from the
line discipline) and on a terminal that is not the controlling one, as on
a serial line (the REPL notices the byte itself)."""

import time

from replpty import Checker, Repl, Skip, binary_from_argv, check, strip_ansi, temp_home

BIN = binary_from_argv()
HOME = temp_home()


def interrupted(r, start_code, within=3.0):
    r.send(start_code)
    time.sleep(0.5)
    check(b">>> " not in r.available(), "the code is still running")
    t = time.time()
    r.send(b"\x03")
    out = strip_ansi(r.expect(b"KeyboardInterrupt\r\n>>> ", within))
    check(time.time() - t < within, "interrupted quickly")
    check(b"Traceback (most recent call last):" in out, "traceback: %r" % out)
    # and the REPL goes on
    r.send("6*7\r")
    check(strip_ansi(r.expect(b">>> ")).endswith(b"42\r\n>>> "), "REPL still works")


def busy_loop(ctty):
    def case():
        with Repl(BIN, home=HOME, ctty=ctty) as r:
            r.expect(b">>> ")
            interrupted(r, "while True: pass\r\r")
    return case


def sleeping(ctty):
    def case():
        with Repl(BIN, home=HOME, ctty=ctty) as r:
            r.expect(b">>> ")
            r.send("import time\r")
            out = r.expect(b">>> ")
            if b"Error" in out:
                raise Skip("no time module in this build")
            interrupted(r, "time.sleep(100)\r")
    return case


def raw_repl_interrupt(ctty):
    def case():
        with Repl(BIN, home=HOME, ctty=ctty) as r:
            r.expect(b">>> ")
            r.send(b"\x01")
            r.expect(b"raw REPL; CTRL-B to exit\r\n>")
            r.send(b"while True: pass\x04")
            check(r.read_exact(2) == b"OK", "OK")
            time.sleep(0.3)
            r.send(b"\x03")
            r.expect(b"\x04", 3)
            err = r.expect(b"\x04", 3)
            check(err.endswith(b"KeyboardInterrupt\r\n\x04"), "stderr part %r" % err)
            check(r.read_exact(1) == b">", "prompt")
            r.send(b"print('again')\x04")
            check(r.expect(b">") == b"OKagain\r\n\x04\x04>", "raw REPL goes on")
    return case


def ctrl_c_right_behind_code(ctty):
    """A Ctrl-C that arrives together with the code still stops it."""
    def case():
        with Repl(BIN, home=HOME, ctty=ctty) as r:
            r.expect(b">>> ")
            r.send(b"\x01")
            r.expect(b"raw REPL; CTRL-B to exit\r\n>")
            r.send(b"while True: pass\x04\x03")
            got = r.expect(b"\x04>", 3)
            check(got.startswith(b"OK\x04") and got.endswith(b"KeyboardInterrupt\r\n\x04>"), got)
    return case


def input_kept_after_run():
    """Bytes typed while code runs on a serial line are kept for the REPL."""
    with Repl(BIN, home=HOME, ctty=False) as r:
        r.expect(b">>> ")
        r.send("import time\r")
        if b"Error" in r.expect(b">>> "):
            raise Skip("no time module in this build")
        r.send("time.sleep(0.5)\r")
        time.sleep(0.2)
        r.send("1+1\r")
        out = strip_ansi(r.expect(b"2\r\n>>> ", 3))
        check(b"1+1" in out, "typed-ahead line ran: %r" % out)


def ctrl_c_at_prompt_is_a_key():
    with Repl(BIN, home=HOME, ctty=False) as r:
        r.expect(b">>> ")
        r.send("abc\x03")
        check(r.expect(b">>> ") == b"abc\r\nKeyboardInterrupt\r\n>>> ", "Ctrl-C clears the line")


def keyboard_interrupt_caught_by_code():
    with Repl(BIN, home=HOME) as r:
        r.expect(b">>> ")
        r.send("try:\r")
        r.expect(b"...     ")
        r.send("while True: pass\r")
        r.expect(b"...     ")
        r.send("\x7fexcept KeyboardInterrupt:\r")
        r.expect(b"...     ")
        r.send("print('caught')\r")
        r.expect(b"...     ")
        r.send("\r")
        time.sleep(0.4)
        r.send(b"\x03")
        out = strip_ansi(r.expect(b">>> ", 3))
        check(b"caught\r\n" in out and b"Traceback" not in out, out)


c = Checker()
for ctty in (True, False):
    where = "controlling tty" if ctty else "serial-like tty"
    c.run("Ctrl-C stops while True [%s]" % where, busy_loop(ctty))
    c.run("Ctrl-C stops time.sleep(100) [%s]" % where, sleeping(ctty))
    c.run("Ctrl-C in the raw REPL [%s]" % where, raw_repl_interrupt(ctty))
    c.run("Ctrl-C sent with the code [%s]" % where, ctrl_c_right_behind_code(ctty))
c.run("type-ahead on a serial line", input_kept_after_run)
c.run("Ctrl-C at the prompt on a serial line", ctrl_c_at_prompt_is_a_key)
c.run("code can catch KeyboardInterrupt", keyboard_interrupt_caught_by_code)
c.exit()
