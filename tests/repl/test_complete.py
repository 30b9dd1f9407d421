"""Tab completion: names, keywords, attributes, module members, module
names after import, the listing of several matches, and Tab as indent."""


from replpty import Checker, Repl, Screen, binary_from_argv, check, strip_ansi, temp_home

BIN = binary_from_argv()
HOME = temp_home()


def run(r, line):
    r.send(line + "\r")
    return strip_ansi(r.expect(b"\r\n>>> "))


def tab(r, typed, expect_echo):
    """Type, wait for the echo, press Tab (alone, so it is not taken for
    pasted text) and wait for expect_echo."""
    r.send(typed)
    r.expect(typed.encode())
    r.send("\t")
    return r.expect(expect_echo.encode() if isinstance(expect_echo, str) else expect_echo)


def finish(r, rest=""):
    r.send(rest + "\r")
    out = strip_ansi(r.expect(b"\r\n>>> "))[:-6]
    return out.partition(b"\r\n")[2].decode()


def builtin_name():
    with Repl(BIN, home=HOME) as r:
        r.expect(b">>> ")
        tab(r, "pri", "nt")
        check(finish(r, "(6*7)") == "42", "print completed")


def keyword_then_module_name():
    with Repl(BIN, home=HOME) as r:
        r.expect(b">>> ")
        tab(r, "impo", "rt")
        r.send(" ")
        tab(r, "mat", "h")
        check(finish(r) == "", "import math")
        tab(r, "math.sq", "rt")
        check(finish(r, "(16)") == "4.0", "math.sqrt")


def module_member_unique_prefix():
    with Repl(BIN, home=HOME) as r:
        r.expect(b">>> ")
        run(r, "import time")
        tab(r, "time.monot", "onic")
        r.send("\t")
        # monotonic and monotonic_ns remain: listed
        out = r.expect(b">>> time.monotonic")
        check(b"monotonic_ns" in out, "listing %r" % out)
        check(finish(r, "() > 0") == "True", "time.monotonic")


def global_and_listing():
    with Repl(BIN, home=HOME, cols=80) as r:
        r.expect(b">>> ")
        run(r, "abcd1 = 1; abcd2 = 2; abcx = 3")
        r.send("abc")
        r.expect(b"abc")
        r.send("\t")
        out = r.drain(0.3)
        listing = strip_ansi(out)
        check(b"abcd1" in listing and b"abcd2" in listing and b"abcx" in listing,
              "all three listed: %r" % listing)
        screen = Screen(80)
        screen.feed(r.log)
        rows = screen.lines()
        check(rows[-2].split() == ["abcd1", "abcd2", "abcx"], "listing row %r" % rows)
        check(rows[-1] == ">>> abc", "prompt and line redrawn: %r" % rows)
        check(rows[-2].index("abcd2") == 16 and rows[-2].index("abcx") == 32, "16-column slots: %r" % rows[-2])
        r.send("d")
        r.expect(b"d")
        r.send("\t")
        r.drain(0.3)
        check(finish(r, "2") == "2", "abcd2")


def common_prefix_extends():
    with Repl(BIN, home=HOME) as r:
        r.expect(b">>> ")
        run(r, "longname_alpha = 1; longname_beta = 2")
        tab(r, "longn", "ame_")
        check(finish(r, "beta") == "2", "extended to the common prefix")


def attribute_of_object():
    with Repl(BIN, home=HOME) as r:
        r.expect(b">>> ")
        run(r, "s = 'hello'")
        tab(r, "s.upp", "er")
        check(finish(r, "()") == "'HELLO'", "str method")
        run(r, "class K:\r    _hidden = 1\r    visible_attr = 2\r")
        tab(r, "K.", "visible_attr")
        check(finish(r) == "2", "private names are hidden without a prefix")
        tab(r, "K._h", "idden")
        check(finish(r) == "1", "but completed when asked for")
        run(r, "k = K(); k.inst_only = 5")
        tab(r, "k.inst", "_only")
        check(finish(r) == "5", "instance attribute")
        tab(r, "k.__class__.vis", "ible_attr")
        check(finish(r) == "2", "dotted chain")


def no_match_is_quiet():
    with Repl(BIN, home=HOME) as r:
        r.expect(b">>> ")
        r.send("zzzq")
        r.expect(b"zzzq")
        r.send("\t")
        check(r.drain(0.3) == b"", "nothing happens")
        r.send("\x15")
        r.drain(0.2)
        r.send("nothere.x")
        r.expect(b"nothere.x")
        r.send("\t")
        check(r.drain(0.3) == b"", "unknown object: nothing")
        r.send("\x15")
        r.drain(0.2)
        r.send("'abc'.up")
        r.expect(b".up")
        r.send("\t")
        check(r.drain(0.3) == b"", "no completion inside literals")


def tab_indents():
    with Repl(BIN, home=HOME) as r:
        r.expect(b">>> ")
        r.send("if 1:\r")
        r.expect(b"...     ")
        r.send("\x7f")  # back to column 0
        r.drain(0.2)
        r.send("\t")  # and one level in again
        r.expect(b"    ")
        r.send("x = 4\r")
        r.expect(b"...     ")
        r.send("print(x)\r")
        r.expect(b"...     ")
        r.send("\r")
        out = strip_ansi(r.expect(b">>> "))
        check(out.endswith(b"4\r\n>>> "), "Tab indents: %r" % out)


def property_errors_are_contained():
    with Repl(BIN, home=HOME) as r:
        r.expect(b">>> ")
        run(r, "class P:\r    @property\r    def bad(self): raise ValueError('no')\r")
        run(r, "p = P()")
        r.send("p.bad.")
        r.expect(b"p.bad.")
        r.send("\t")
        check(r.drain(0.3) == b"", "an exception while looking up gives no candidates")
        r.send("\x15")
        r.drain(0.2)
        check(finish(r, "1+1") == "2", "REPL still fine")


c = Checker()
c.run("builtin name", builtin_name)
c.run("keyword and module name", keyword_then_module_name)
c.run("module member, then several", module_member_unique_prefix)
c.run("several globals are listed", global_and_listing)
c.run("common prefix", common_prefix_extends)
c.run("attributes", attribute_of_object)
c.run("no match", no_match_is_quiet)
c.run("Tab indents", tab_indents)
c.run("exceptions while completing", property_errors_are_contained)
c.exit()
