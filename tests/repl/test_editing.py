"""Line editing keys. Every case types keys, presses Enter and checks the
value the edited line evaluates to, on a terminal of known width (80 and
a narrow 20, where lines wrap) and of unknown width."""


from replpty import Checker, Repl, Screen, binary_from_argv, check, strip_ansi, temp_home

BIN = binary_from_argv()
HOME = temp_home()

LEFT, RIGHT, UP, DOWN = "\x1b[D", "\x1b[C", "\x1b[A", "\x1b[B"
HOME_KEY, END_KEY, DEL = "\x1b[H", "\x1b[F", "\x1b[3~"
CTRL_LEFT, CTRL_RIGHT = "\x1b[1;5D", "\x1b[1;5C"
ALT_B, ALT_F = "\x1bb", "\x1bf"

# (name, keys typed, the line as it must stand when Enter is pressed)
CASES = [
    ("insert in the middle", "'abc'" + LEFT * 2 + "X", "'abXc'"),
    ("right arrow", "'abc'" + LEFT * 3 + RIGHT + "X", "'abXc'"),
    ("Home/End keys", "bc'" + HOME_KEY + "'a" + END_KEY + "*2", "'abc'*2"),
    ("Home/End (ESC [1~ / ESC [4~)", "bc'" + "\x1b[1~" + "'a" + "\x1b[4~" + "*2", "'abc'*2"),
    ("Home/End (ESC O H / ESC O F)", "bc'" + "\x1bOH" + "'a" + "\x1bOF" + "*2", "'abc'*2"),
    ("Ctrl-A/Ctrl-E on a non-empty line", "bc'" + "\x01" + "'a" + "\x05" + "*2", "'abc'*2"),
    ("Ctrl-B/Ctrl-F on a non-empty line", "'ac'" + "\x02\x02" + "b" + "\x06" + "d", "'abcd'"),
    ("backspace", "'abcd\x7f'", "'abc'"),
    ("backspace (Ctrl-H) in the middle", "'abXc'" + LEFT * 2 + "\x08", "'abc'"),
    ("delete key", "'abcd'" + LEFT * 3 + DEL, "'abd'"),
    ("Ctrl-D deletes on a non-empty line", "'abcd'" + LEFT * 3 + "\x04", "'abd'"),
    ("Ctrl-K kills to the end", "'abc'xyz" + LEFT * 3 + "\x0b", "'abc'"),
    ("Ctrl-U kills to the start", "garbage here" + "\x15" + "'ok'", "'ok'"),
    ("Ctrl-U in the middle", "junk'ok'" + LEFT * 4 + "\x15", "'ok'"),
    ("Ctrl-W kills a word", "'abc' + 'zz'" + "\x17" + "'d'", "'abc' + 'd'"),
    ("Ctrl-Y yanks", "'ab'" + "\x15" + "\x19" + "*2", "'ab'*2"),
    ("Alt-b twice", "'one two three'" + ALT_B * 2 + "X", "'one Xtwo three'"),
    ("Alt-f from the start", "'one two three'" + HOME_KEY + ALT_F + "1", "'one1 two three'"),
    ("Ctrl-Left", "'one two three'" + CTRL_LEFT + "X", "'one two Xthree'"),
    ("Ctrl-Right", "'one two three'" + HOME_KEY + CTRL_RIGHT * 2 + "2", "'one two2 three'"),
    ("Alt-d kills a word forward", "'one two'" + HOME_KEY + ALT_F + "\x1bd", "'one'"),
    ("Alt-Backspace kills a word back", "'one two'" + LEFT + "\x1b\x7f", "'one '"),
    ("UTF-8 characters", "'h\u00e9llo'" + LEFT * 3 + "X", "'h\u00e9lXlo'"),
    ("backspace over UTF-8", "'h\u00e9\x7fe'", "'he'"),
    ("Ctrl-L redraws", "'ab" + "\x0c" + "c'", "'abc'"),
    ("long line, edit at the start", "'" + "x" * 50 + "'" + HOME_KEY + "len(" + END_KEY + ")",
     "len('" + "x" * 50 + "')"),
    ("long line, edit in the middle", "'" + "a" * 30 + "b" * 30 + "'" + LEFT * 31 + "|",
     "'" + "a" * 30 + "|" + "b" * 30 + "'"),
    ("line exactly filling rows", "'" + "y" * 13 + "'" + LEFT + "z", "'" + "y" * 13 + "z'"),
    ("history recall of a wrapped line", "'" + "q" * 40 + "'\r" + UP + HOME_KEY + "len(" + END_KEY + ")",
     "len('" + "q" * 40 + "')"),
]


BANNER = None


def evaluate(r, keys):
    r.send(keys)
    r.drain(0.15, 1)
    r.send("\r")
    out = strip_ansi(r.expect(b"\r\n>>> "))
    lines = [ln.strip(b"\r") for ln in out.split(b"\r\n") if ln.strip(b"\r")]
    return lines[-2].decode() if len(lines) >= 2 else None


def wrap(text, cols):
    return [text[i:i + cols] for i in range(0, len(text), cols)]


def make_case(keys, line, cols):
    def case():
        global BANNER
        with Repl(BIN, home=HOME, cols=cols) as r:
            BANNER = r.expect(b">>> ").split(b"\r\n")[0].decode()
            want = repr(eval(line))
            got = evaluate(r, keys)
            check(got == want, "got %r, want %r" % (got, want))
            # what the terminal shows: the banner, the lines entered, each
            # followed by its result, and a fresh prompt; no leftovers
            width = cols or 1000
            screen = Screen(width)
            screen.feed(r.log)
            want_rows = [] if "\x0c" in keys else wrap(BANNER, width)
            for entered in keys.split("\r")[:-1]:
                want_rows += wrap(">>> " + entered, width) + wrap(repr(eval(entered)), width)
            want_rows += wrap(">>> " + line, width) + wrap(want, width) + [">>>"]
            check(screen.lines() == want_rows, "screen %r, want %r" % (screen.lines(), want_rows))
            # the line after is unaffected
            check(evaluate(r, "6*7") == "42", "next line")
    return case


def ctrl_c_clears_line():
    with Repl(BIN, home=HOME) as r:
        r.expect(b">>> ")
        r.send("abc def")
        r.expect(b"abc def")
        r.send("\x03")
        out = r.expect(b">>> ")
        check(out == b"\r\nKeyboardInterrupt\r\n>>> ", "Ctrl-C output %r" % out)
        check(evaluate(r, "1+1") == "2", "line is cleared")


def ctrl_c_in_continuation():
    with Repl(BIN, home=HOME) as r:
        r.expect(b">>> ")
        r.send("if 1:\r")
        r.expect(b"...     ")
        r.send("x = 1\r")
        r.expect(b"...     ")
        r.send("\x03")
        r.expect(b"KeyboardInterrupt\r\n>>> ")
        check(evaluate(r, "7") == "7", "statement was abandoned")


def typed_text_is_echoed():
    with Repl(BIN, home=HOME) as r:
        r.expect(b">>> ")
        r.send("abc")
        check(r.expect(b"abc", 2) == b"abc", "plain echo")


c = Checker()
for cols in (80, 20, None):
    for name, keys, line in CASES:
        c.run("%s [cols=%s]" % (name, cols), make_case(keys, line, cols))
c.run("Ctrl-C clears the line", ctrl_c_clears_line)
c.run("Ctrl-C abandons a continuation", ctrl_c_in_continuation)
c.run("typed text is echoed", typed_text_is_echoed)
c.exit()
