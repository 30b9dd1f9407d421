"""History: Up/Down (and Ctrl-P/Ctrl-N), persistence in
$HOME/.circuitpython_history, the 1000-line cap."""

import os

from replpty import Checker, Repl, binary_from_argv, check, strip_ansi, temp_home

BIN = binary_from_argv()
UP, DOWN = "\x1b[A", "\x1b[B"


def new_home():
    return temp_home()


def hist_file(home):
    return os.path.join(home, ".circuitpython_history")


def result(r, keys):
    r.send(keys)
    r.drain(0.15, 1)
    r.send("\r")
    out = strip_ansi(r.expect(b"\r\n>>> "))[:-6]
    # the redrawn line, then what running it printed
    return out.partition(b"\r\n")[2].decode()


def up_down_and_file():
    home = new_home()
    with Repl(BIN, home=home) as r:
        r.expect(b">>> ")
        check(result(r, "a = 5") == "", "assignment")
        check(result(r, "a * 2") == "10", "a * 2")
        check(result(r, UP) == "10", "Up recalls the last line")
        check(result(r, UP + UP + "; a") == "5", "Up twice recalls the one before")
        check(result(r, "'x'" + UP + DOWN) == "'x'", "Down returns to the line being typed")
        check(result(r, "\x10\x10\x10\x0e\x10") == "10", "Ctrl-P and Ctrl-N")
        r.send("\x04")
        check(r.wait() == 0, "exit")
    with open(hist_file(home)) as f:
        lines = f.read().splitlines()
    # repeats of the newest entry are not stored
    want = ["a = 5", "a * 2", "a = 5; a", "'x'", "a * 2"]
    check(lines == want, "history file %r, want %r" % (lines, want))


def persists_across_runs():
    home = new_home()
    with Repl(BIN, home=home) as r:
        r.expect(b">>> ")
        result(r, "b = 7")
        result(r, "b + 1")
        r.send("\x04")
        r.wait()
    with Repl(BIN, home=home) as r:
        r.expect(b">>> ")
        check(result(r, "b = 1") == "", "new session")
        check(result(r, UP + UP) == "2", "recalled 'b + 1' from the last session")


def multiline_entries():
    home = new_home()
    with Repl(BIN, home=home) as r:
        r.expect(b">>> ")
        r.send("for i in range(2):\r")
        r.expect(b"...     ")
        r.send("print(i * 3)\r")
        r.expect(b"...     ")
        r.send("\r")
        r.expect(b"3\r\n>>> ")
        r.send("\x04")
        r.wait()
    with open(hist_file(home)) as f:
        lines = f.read().splitlines()
    check(lines == ["for i in range(2):", "    print(i * 3)"], "history file %r" % lines)


def capped_at_1000():
    home = new_home()
    with open(hist_file(home), "w") as f:
        for i in range(1200):
            f.write("x%d\n" % i)
    with Repl(BIN, home=home) as r:
        r.expect(b">>> ")
        r.send(UP)
        got = r.expect(b"x1199", 2)
        check(got.endswith(b"x1199"), "newest entry first")
        r.send("\x15")
        check(result(r, "'new'") == "'new'", "new entry")
        r.send("\x04")
        r.wait()
    with open(hist_file(home)) as f:
        lines = f.read().splitlines()
    check(len(lines) == 1000, "%d lines" % len(lines))
    check(lines[0] == "x201" and lines[-1] == "'new'", "kept the newest: %r ... %r" % (lines[0], lines[-1]))


def oldest_stops():
    home = new_home()
    with Repl(BIN, home=home) as r:
        r.expect(b">>> ")
        result(r, "c = 3")
        check(result(r, UP * 5 + "; c") == "3", "Up past the oldest entry stays there")


def no_home():
    with Repl(BIN, env={"HOME": ""}) as r:
        r.expect(b">>> ")
        check(result(r, "1 + 1") == "2", "works without HOME")
        check(result(r, UP) == "2", "history in memory")


c = Checker()
c.run("Up/Down and the history file", up_down_and_file)
c.run("history persists across runs", persists_across_runs)
c.run("each line of a compound statement", multiline_entries)
c.run("capped at 1000 lines", capped_at_1000)
c.run("Up stops at the oldest entry", oldest_stops)
c.run("no HOME", no_home)
c.exit()
