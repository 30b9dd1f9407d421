"""Paste mode (Ctrl-E), and pasting into the normal prompt."""


from replpty import Checker, Repl, binary_from_argv, check, strip_ansi, temp_home

BIN = binary_from_argv()
HOME = temp_home()
HEADER = b"\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== "


def enter_paste(r):
    r.expect(b">>> ")
    r.send(b"\x05")
    got = r.expect(HEADER)
    check(got == HEADER, "paste header %r" % got)


def block_with_blank_lines():
    with Repl(BIN, home=HOME) as r:
        enter_paste(r)
        code = "def f():\r    x = 1\r\r    return x + 1\r\rprint(f())\r"
        r.send(code)
        out = r.expect(b"print(f())\r\n=== ")
        check(out == b"def f():\r\n===     x = 1\r\n=== \r\n===     return x + 1\r\n=== \r\n=== print(f())\r\n=== ",
              "echo with === prompts: %r" % out)
        r.send(b"\x04")
        out = r.expect(b">>> ")
        check(out == b"\r\n2\r\n>>> ", "ran the block: %r" % out)
        # definitions stay in __main__
        r.send("f() * 10\r")
        check(strip_ansi(r.expect(b">>> ")).endswith(b"20\r\n>>> "), "f defined")


def file_semantics():
    with Repl(BIN, home=HOME) as r:
        enter_paste(r)
        r.send("1 + 1\rprint('done')\r\x04")
        out = r.expect(b">>> ")
        check(b"2\r\n" not in out and b"done\r\n" in out, "expression values are not echoed: %r" % out)


def cancel():
    with Repl(BIN, home=HOME) as r:
        enter_paste(r)
        r.send("print('should not run')\r")
        r.expect(b"=== ")
        r.send(b"\x03")
        out = r.expect(b">>> ")
        check(out == b"\r\n>>> ", "Ctrl-C cancels: %r" % out)
        check(b"should not run\r\n" not in r.drain(0.3), "nothing ran")


def errors_reported():
    with Repl(BIN, home=HOME) as r:
        enter_paste(r)
        r.send("a = 1\r1/0\r\x04")
        out = r.expect(b">>> ")
        check(b'File "<stdin>", line 2, in <module>' in out and b"ZeroDivisionError" in out, out)
        r.send(b"\x05")
        r.expect(HEADER)
        r.send("if True\r\x04")
        out = r.expect(b">>> ")
        check(b"SyntaxError" in out, "syntax error: %r" % out)


def backspace_in_paste():
    with Repl(BIN, home=HOME) as r:
        enter_paste(r)
        r.send("print('abX\x7fc')\r\x04")
        out = r.expect(b">>> ")
        check(out.endswith(b"abc\r\n>>> "), "backspace: %r" % out)


def crlf_and_lf_line_ends():
    with Repl(BIN, home=HOME) as r:
        enter_paste(r)
        r.send("x = 1\r\ny = 2\nprint(x + y)\r\n\x04")
        out = r.expect(b">>> ")
        check(out.endswith(b"\r\n3\r\n>>> "), "CRLF and LF: %r" % out)
        check(out.count(b"=== ") == 3, "one prompt per line: %r" % out)


def paste_into_normal_prompt():
    """Text arriving all at once gets no auto-indent (it has its own)."""
    with Repl(BIN, home=HOME) as r:
        r.expect(b">>> ")
        r.send("def g():\r    return 'pasted'\r\rg()\r")
        out = strip_ansi(r.expect(b"'pasted'\r\n>>> "))
        check(b"IndentationError" not in out and b"SyntaxError" not in out, out)


c = Checker()
c.run("paste a block with blank lines", block_with_blank_lines)
c.run("pasted code runs as a file", file_semantics)
c.run("Ctrl-C cancels paste mode", cancel)
c.run("errors in pasted code", errors_reported)
c.run("backspace in paste mode", backspace_in_paste)
c.run("CRLF and LF line ends", crlf_and_lf_line_ends)
c.run("pasting at the normal prompt", paste_into_normal_prompt)
c.exit()
