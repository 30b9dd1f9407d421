"""Leaving the REPL: Ctrl-D, SystemExit, end of input, signals; and the
terminal settings put back in every case."""

import os
import signal
import termios
import time

from replpty import Checker, Repl, binary_from_argv, check, temp_home

BIN = binary_from_argv()
HOME = temp_home()
COOKED = termios.ICANON | termios.ECHO | termios.ISIG


def cooked(r):
    return r.attrs()[3] & COOKED == COOKED


def ctrl_d_exits():
    with Repl(BIN, home=HOME) as r:
        r.expect(b">>> ")
        check(not cooked(r), "raw while editing")
        r.send(b"\x04")
        check(r.wait() == 0, "exit status 0")
        check(r.drain(0.1) == b"\r\n", "newline on exit")
        check(cooked(r), "terminal restored")


def ctrl_d_on_nonempty_line_does_not_exit():
    with Repl(BIN, home=HOME) as r:
        r.expect(b">>> ")
        r.send(b"1\x04")
        time.sleep(0.3)
        pid, _ = os.waitpid(r.pid, os.WNOHANG)
        check(pid == 0, "still running")
        r.send(b"\r")
        check(r.expect(b">>> ").endswith(b"1\r\n>>> "), "line kept")


def system_exit_status():
    with Repl(BIN, home=HOME) as r:
        r.expect(b">>> ")
        r.send("import sys; sys.exit(3)\r")
        check(r.wait() == 3, "sys.exit(3)")
        check(cooked(r), "terminal restored")
    with Repl(BIN, home=HOME) as r:
        r.expect(b">>> ")
        r.send("raise SystemExit('bye')\r")
        check(r.wait() == 1, "SystemExit('bye') -> 1")
        check(b"bye" in r.drain(0.2), "message printed")


def cooked_while_running():
    with Repl(BIN, home=HOME) as r:
        r.expect(b">>> ")
        r.send("import time\r")
        if b"Error" in r.expect(b">>> "):
            r.send("while True: pass\r\r")
        else:
            r.send("time.sleep(2)\r")
        time.sleep(0.4)
        check(cooked(r), "ISIG/ICANON/ECHO on while code runs")
        r.send(b"\x03")
        r.expect(b">>> ")
        check(not cooked(r), "raw again at the prompt")


def input_builtin():
    with Repl(BIN, home=HOME) as r:
        r.expect(b">>> ")
        r.send("s = input('name? ')\r")
        r.expect(b"')\r\nname? ")  # the prompt input() printed, not the echo
        r.send("Ada\r")
        r.expect(b">>> ")
        r.send("s\r")
        check(r.expect(b">>> ").endswith(b"'Ada'\r\n>>> "), "input() read a cooked line")


def restored_on_signal(sig):
    def case():
        with Repl(BIN, home=HOME) as r:
            r.expect(b">>> ")
            check(not cooked(r), "raw while editing")
            os.kill(r.pid, sig)
            st = r.wait()
            check(cooked(r), "terminal restored")
            # a sanitizer build hands SIGSEGV to its own handler, which exits 1
            sanitized = st == 1 and b"Sanitizer" in r.drain(0.2)
            check(st == -sig or sanitized, "died of the signal (%r)" % st)
    return case


def inspect_mode():
    with Repl(BIN, args=["-i", "-c", "x = 5"], home=HOME) as r:
        r.expect(b">>> ")
        r.send("x * 2\r")
        check(r.expect(b">>> ").endswith(b"10\r\n>>> "), "-i keeps the program's globals")
        r.send(b"\x04")
        check(r.wait() == 0, "exit")


c = Checker()
c.run("Ctrl-D exits", ctrl_d_exits)
c.run("Ctrl-D on a non-empty line", ctrl_d_on_nonempty_line_does_not_exit)
c.run("SystemExit status", system_exit_status)
c.run("terminal is cooked while code runs", cooked_while_running)
c.run("input() in the REPL", input_builtin)
for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT, signal.SIGSEGV, signal.SIGABRT):
    c.run("terminal restored on %s" % signal.Signals(sig).name, restored_on_signal(sig))
c.run("-i after a program", inspect_mode)
c.exit()
