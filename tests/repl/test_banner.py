"""Banner, prompts, results, continuation lines and auto-indent."""

import re

from replpty import Checker, Repl, binary_from_argv, check, strip_ansi, temp_home

BIN = binary_from_argv()
HOME = temp_home()
BANNER = re.compile(rb"CircuitPython for Linux \S+ on \d{4}-\d{2}-\d{2}; Simulated board with sim\r\n")


def run_line(r, text):
    r.send(text)
    return strip_ansi(r.expect(b">>> "))


def banner_and_prompt():
    with Repl(BIN, home=HOME) as r:
        first = r.expect(b">>> ")
        check(BANNER.fullmatch(first[:-4]), "first output %r" % first)
        check(r.drain(0.2) == b"", "nothing after the prompt")


def results_and_errors():
    with Repl(BIN, home=HOME) as r:
        r.expect(b">>> ")
        check(run_line(r, "1+2\r") == b"1+2\r\n3\r\n>>> ", "1+2")
        check(run_line(r, "\r") == b"\r\n>>> ", "empty line gives a new prompt")
        check(run_line(r, "None\r") == b"None\r\n>>> ", "None is not printed")
        out = run_line(r, "x = (\r)\r")
        check(b"SyntaxError" not in out, "x = () over two lines: %r" % out)
        out = run_line(r, "1 +\r")
        check(b"SyntaxError: invalid syntax" in out, "syntax error: %r" % out)
        out = run_line(r, "undefined_name\r")
        check(b"NameError: name 'undefined_name' is not defined" in out, out)
        check(run_line(r, "_\r").endswith(b"3\r\n>>> "), "_ holds the last result")


def ctrl_b_banner():
    with Repl(BIN, home=HOME) as r:
        r.expect(b">>> ")
        r.send(b"\x02")
        out = r.expect(b">>> ")
        check(BANNER.fullmatch(out[2:-4]) and out.startswith(b"\r\n"), "Ctrl-B: %r" % out)


def auto_indent():
    with Repl(BIN, home=HOME) as r:
        r.expect(b">>> ")
        r.send("for i in range(2):\r")
        r.expect(b"for i in range(2):\r\n...     ")
        r.send("if i:\r")
        r.expect(b"if i:\r\n...         ")
        r.send("print('a', i)\r")
        r.expect(b"print('a', i)\r\n...         ")
        # Backspace removes one level of indentation
        r.send("\x7f")
        r.send("print('b', i)\r")
        r.expect(b"...     ")
        r.send("\r")  # Enter on the auto-indent alone ends the statement
        out = strip_ansi(r.expect(b">>> "))
        check(out.endswith(b"b 0\r\na 1\r\nb 1\r\n>>> "), "output %r" % out)


def indent_after_comment_and_brackets():
    with Repl(BIN, home=HOME) as r:
        r.expect(b">>> ")
        r.send("if 1:  # a comment\r")
        r.expect(b"\r\n...     ")
        r.send("y = [1,\r")
        # an open bracket continues at the same indentation
        r.expect(b"\r\n...     ")
        r.send("2]\r")
        r.expect(b"\r\n...     ")
        r.send("\r")
        r.expect(b">>> ")
        check(run_line(r, "y\r").endswith(b"[1, 2]\r\n>>> "), "y")
        r.send("z = {\r")
        r.expect(b"\r\n... ")
        r.send("'k': 1}\r")
        out = r.expect(b">>> ")
        check(b"..." not in out, "bracket closed ends the statement: %r" % out)


def ctrl_d_ends_block():
    with Repl(BIN, home=HOME) as r:
        r.expect(b">>> ")
        r.send("if True:\r")
        r.expect(b"...     ")
        r.send("print('in block')\r")
        r.expect(b"...     ")
        r.send(b"\x04")
        out = r.expect(b">>> ")
        check(b"in block\r\n" in out, "Ctrl-D on a blank continuation line runs it: %r" % out)


def compound_then_error_keeps_going():
    with Repl(BIN, home=HOME) as r:
        r.expect(b">>> ")
        r.send("def f():\r")
        r.expect(b"...     ")
        r.send("return 1/0\r")
        r.expect(b"...     ")
        r.send("\r")
        r.expect(b">>> ")
        out = run_line(r, "f()\r")
        check(b"ZeroDivisionError: division by zero" in out and b'line 2, in f' in out, out)
        check(run_line(r, "2*21\r").endswith(b"42\r\n>>> "), "still working")


c = Checker()
c.run("banner and prompt", banner_and_prompt)
c.run("results and errors", results_and_errors)
c.run("Ctrl-B prints the banner", ctrl_b_banner)
c.run("auto-indent", auto_indent)
c.run("auto-indent after comment, brackets", indent_after_comment_and_brackets)
c.run("Ctrl-D ends a block", ctrl_d_ends_block)
c.run("errors in compound statements", compound_then_error_keeps_going)
c.exit()
