"""The supervisor (`circuitpython DIR`): run order, boot_out.txt, the
messages and their order, auto-reload, the REPL and soft reboots, the
supervisor module, settings.toml, signals, safe mode and the status line,
all through a pseudo-terminal."""

import glob
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time

from replpty import Checker, Repl, Skip, binary_from_argv, check, strip_ansi, temp_home

BIN = binary_from_argv()
HOME = temp_home()
RUNDIR = tempfile.mkdtemp(prefix="cp-sup-run-")  # crash markers go here

PRESS = b"Press any key to enter the REPL. Use CTRL-D to reload.\r\n"
AUTO_ON = b"Auto-reload is on. Simply save files over USB to run them or enter REPL to disable.\r\n"
AUTO_OFF = b"Auto-reload is off.\r\n"
DONE = b"\r\nCode done running.\r\n"
STOPPED = b"\r\nCode stopped by auto-reload. Reloading soon.\r\n"
OSC = re.compile(rb"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")


def clean(data):
    """Output without the terminal title and other escape sequences."""
    return strip_ansi(OSC.sub(b"", data))


class Drive:
    """A CIRCUITPY-style directory, removed at the end."""

    def __init__(self, files):
        self.path = tempfile.mkdtemp(prefix="cp-drive-")
        for name, text in files.items():
            self.write(name, text)

    def write(self, name, text):
        p = os.path.join(self.path, name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w") as f:
            f.write(text)

    def read(self, name):
        with open(os.path.join(self.path, name)) as f:
            return f.read()

    def exists(self, name):
        return os.path.exists(os.path.join(self.path, name))

    def remove(self, name):
        os.remove(os.path.join(self.path, name))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        shutil.rmtree(self.path, True)
        return False


ENV = {"CIRCUITPY_BOARD": "sim", "XDG_RUNTIME_DIR": RUNDIR}


def start(drive, args=(), ctty=True):
    return Repl(BIN, list(args) + [drive.path], home=HOME, env=ENV, ctty=ctty)


def until_press(r, timeout=5.0):
    return clean(r.expect(PRESS, timeout))


def markers(drive):
    """The crash markers of drive (named by an FNV-1a hash of its path)."""
    h = 1469598103934665603
    for b in os.path.realpath(drive.path).encode():
        h = ((h ^ b) * 1099511628211) & 0xFFFFFFFFFFFFFFFF
    return glob.glob(os.path.join(RUNDIR, "circuitpython-*-%016x.running" % h))


# ---- run order, messages, boot_out.txt ----

def messages_in_order():
    files = {"boot.py": "print('in boot')\n", "code.py": "print('hello')\n"}
    with Drive(files) as d, start(d) as r:
        out = until_press(r)
        want = (b"boot.py output:\r\nin boot\r\n"
                b"code.py output:\r\nhello\r\n" + DONE + AUTO_ON + b"\r\n" + PRESS)
        check(out == want, "first run %r" % out)


def boot_out_txt():
    files = {"boot.py": "print('booted', 1 + 1)\n", "code.py": "pass\n"}
    with Drive(files) as d, start(d) as r:
        until_press(r)
        text = d.read("boot_out.txt")
        lines = text.split("\n")
        check(lines[0].startswith("CircuitPython for Linux ") and " with " in lines[0], text)
        check(lines[1] == "Board ID:sim", text)
        check(lines[2:] == ["boot.py output:", "booted 2", ""], text)
        # boot.py runs once: a reload does not run it again
        r.send("\x04")
        out = until_press(r)
        check(b"boot.py" not in out and b"soft reboot\r\ncode.py output:\r\n" in out, out)


def boot_error_in_boot_out():
    files = {"boot.py": "print('before')\nraise ValueError('bad boot')\n", "code.py": "print('code ran')\n"}
    with Drive(files) as d, start(d) as r:
        out = until_press(r)
        check(b"ValueError: bad boot" in out and b"code ran" in out, out)
        text = d.read("boot_out.txt")
        check("before\nTraceback (most recent call last):\n" in text and text.endswith("ValueError: bad boot\n"),
              text)


def run_order():
    names = ["code.txt", "code.py", "main.py", "main.txt"]
    with Drive({n: "print(%r)\n" % n for n in names}) as d:
        for n in names:
            with start(d) as r:
                out = until_press(r)
                check(("%s output:\r\n%s\r\n" % (n, n)).encode() in out, "%s: %r" % (n, out))
            d.remove(n)
        with start(d) as r:
            out = until_press(r)
            check(b"output:" not in out and out.startswith(DONE), "no code file: %r" % out)


def lib_on_path_and_fresh_vm():
    files = {"lib/counter.py": "n = 0\n",
             "code.py": "import counter, sys\ncounter.n += 1\nprint('n', counter.n, sys.path[1].endswith('/lib'))\n"}
    with Drive(files) as d, start(d) as r:
        out = until_press(r)
        check(b"n 1 True\r\n" in out, out)
        for _ in range(2):
            r.send("\x04")
            out = until_press(r)
            check(b"n 1 True\r\n" in out, "module state survived a reload: %r" % out)


def exception_then_done():
    with Drive({"code.py": "print('start')\n1/0\n"}) as d, start(d) as r:
        out = until_press(r)
        want = (b"code.py output:\r\nstart\r\nTraceback (most recent call last):\r\n"
                b"  File \"code.py\", line 2, in <module>\r\n    1/0\r\n"
                b"ZeroDivisionError: division by zero\r\n" + DONE + AUTO_ON + b"\r\n" + PRESS)
        check(out == want, out)


# ---- auto-reload ----

def edit_reruns_quickly():
    with Drive({"code.py": "print('v1')\n"}) as d, start(d) as r:
        until_press(r)
        t = time.time()
        d.write("code.py", "print('v2')\n")
        out = until_press(r, 3)
        took = time.time() - t
        want = b"soft reboot\r\ncode.py output:\r\nv2\r\n" + DONE + AUTO_ON + b"\r\n" + PRESS
        check(out == want, "after the edit %r" % out)
        check(0.6 < took < 1.5, "reran %.2f s after the write" % took)


def edit_stops_running_program():
    code = "import time\nprint('looping')\nwhile True:\n    time.sleep(0.05)\n"
    with Drive({"code.py": code}) as d, start(d) as r:
        r.expect(b"looping\r\n")
        t = time.time()
        d.write("code.py", "print('new')\n")
        got = clean(r.expect(STOPPED, 2))
        check(time.time() - t < 0.5, "stopped %.2f s after the write" % (time.time() - t))
        check(b"Traceback" not in got, got)
        out = until_press(r, 3)
        check(time.time() - t < 1.5, "reran within 1.5 s")
        check(out.startswith(b"soft reboot\r\ncode.py output:\r\nnew\r\n" + DONE), out)


def reload_survives_except():
    """A program that catches KeyboardInterrupt still stops for a reload."""
    code = ("import time\nprint('stubborn')\nwhile True:\n    try:\n        time.sleep(1)\n"
            "    except KeyboardInterrupt:\n        pass\n")
    with Drive({"code.py": code}) as d, start(d) as r:
        r.expect(b"stubborn\r\n")
        d.write("code.py", "print('gave in')\n")
        r.expect(STOPPED, 3)
        check(b"gave in" in until_press(r, 3), "reran")


def ignored_changes():
    with Drive({"code.py": "print('once')\n"}) as d, start(d) as r:
        until_press(r)
        for name in (".code.py.swp", "code.py~", "4913", ".#code.py", "#code.py#", "notes.swx"):
            d.write(name, "x")
        os.chmod(os.path.join(d.path, "code.py"), 0o600)
        os.utime(os.path.join(d.path, "code.py"))
        time.sleep(1.3)
        check(r.available() == b"", "reloaded on %r" % r.buf)
        d.write("lib/sub/deep.py", "")  # a new directory, then a file in it
        until_press(r, 3)
        d.write("lib/sub/deep.py", "x = 1\n")
        until_press(r, 3)


def program_writes_do_not_reload():
    code = ("import os\nwith open('log.txt', 'a') as f:\n    f.write('line\\n')\n"
            "os.rename('log.txt', 'log2.txt')\nos.remove('log2.txt')\nos.mkdir('d')\nos.rmdir('d')\nprint('wrote')\n")
    with Drive({"code.py": code}) as d, start(d) as r:
        out = until_press(r)
        check(b"wrote" in out, out)
        time.sleep(1.2)
        check(r.available() == b"", "the program's own writes reloaded it: %r" % r.buf)
        # the exemption does not last: someone else writing the file later reloads
        time.sleep(1.5)
        d.write("log.txt", "external\n")
        until_press(r, 5)


def logger_keeps_file_open():
    code = ("import time\nf = open('log.txt', 'w')\nfor i in range(12):\n    f.write('%d\\n' % i)\n"
            "    f.flush()\n    time.sleep(0.25)\nf.close()\nprint('logged')\n")
    with Drive({"code.py": code}) as d, start(d) as r:
        out = until_press(r, 8)
        check(b"logged" in out and b"auto-reload. Reloading" not in out, out)
        check(d.read("log.txt").split() == [str(i) for i in range(12)], d.read("log.txt"))


def autoreload_off_from_code():
    code = "import supervisor\nsupervisor.runtime.autoreload = False\nprint(supervisor.runtime.autoreload)\n"
    with Drive({"code.py": code}) as d, start(d) as r:
        out = until_press(r)
        check(b"False\r\n" + DONE + AUTO_OFF in out, out)
        d.write("code.py", "print('should not run')\n")
        time.sleep(1.3)
        check(r.available() == b"", "reloaded with autoreload off: %r" % r.buf)


def no_autoreload_option():
    with Drive({"code.py": "print('x')\n"}) as d, start(d, ["--no-autoreload"]) as r:
        out = until_press(r)
        check(DONE + AUTO_OFF + b"\r\n" + PRESS in out, out)
        d.write("code.py", "print('y')\n")
        time.sleep(1.3)
        check(r.available() == b"", "reloaded: %r" % r.buf)


def repl_suspends_autoreload():
    with Drive({"code.py": "print('x')\n"}) as d, start(d) as r:
        until_press(r)
        r.send("k")
        r.expect(b">>> ")
        d.write("code.py", "print('edited')\n")
        time.sleep(1.3)
        check(r.available() == b"", "the REPL was interrupted: %r" % r.buf)
        r.send("1+1\r")
        check(r.expect(b">>> ").endswith(b"2\r\n>>> "), "REPL works")
        r.send("\x04")
        out = until_press(r)
        check(b"soft reboot\r\ncode.py output:\r\nedited\r\n" in out, out)


# ---- keys, the REPL, soft reboots ----

def ctrl_d_reloads():
    code = "import supervisor\nprint(supervisor.runtime.run_reason)\n"
    with Drive({"code.py": code}) as d, start(d) as r:
        check(b"RunReason.STARTUP" in until_press(r), "startup")
        r.send("\x04")
        out = until_press(r)
        check(out.startswith(b"soft reboot\r\ncode.py output:\r\nsupervisor.RunReason.REPL_RELOAD\r\n"), out)
        r.send(" ")
        got = clean(r.expect(b">>> "))
        check(b"CircuitPython for Linux" in got, got)
        r.send("x = 5\r")
        r.expect(b">>> ")
        r.send("\x04")
        out = until_press(r)
        check(b"soft reboot\r\ncode.py output:\r\nsupervisor.RunReason.REPL_RELOAD\r\n" in out, out)
        r.send(" ")
        r.expect(b">>> ")
        r.send("x\r")
        got = clean(r.expect(b">>> "))
        check(b"NameError" in got, "the REPL got a fresh VM: %r" % got)
        d.write("code.py", code)
        r.send("import supervisor\r")
        r.expect(b">>> ")
        r.send("supervisor.reload()\r")
        out = until_press(r)
        check(out.count(b"soft reboot") == 1 and
              b"soft reboot\r\ncode.py output:\r\nsupervisor.RunReason.REPL_RELOAD\r\n" in out, out)


def supervisor_reload_from_code():
    code = ("import supervisor, os\nprint(supervisor.runtime.run_reason)\n"
            "if not 'flag' in os.listdir():\n    open('flag', 'w').close()\n    supervisor.reload()\n"
            "os.remove('flag')\n")
    with Drive({"code.py": code}) as d, start(d) as r:
        out = until_press(r)
        check(out.startswith(b"code.py output:\r\nsupervisor.RunReason.STARTUP\r\n" + DONE +
                             b"soft reboot\r\ncode.py output:\r\nsupervisor.RunReason.SUPERVISOR_RELOAD\r\n" + DONE),
              out)


def ctrl_c_stops_code(ctty, code, marker):
    def case():
        with Drive({"code.py": code}) as d, start(d, ctty=ctty) as r:
            r.expect(marker)
            time.sleep(0.3)
            t = time.time()
            r.send(b"\x03")
            out = until_press(r, 3)
            check(time.time() - t < 2, "interrupted quickly")
            check(b"Traceback (most recent call last):" in out and b"KeyboardInterrupt" in out and
                  DONE in out, out)
            check(out.index(b"KeyboardInterrupt") < out.index(b"Code done running."), out)
    return case


def raw_repl_soft_reboot():
    with Drive({"code.py": "print('code ran')\n"}) as d, start(d) as r:
        until_press(r)
        r.send("x")
        r.expect(b">>> ")
        r.send(b"\x01")
        r.expect(b"raw REPL; CTRL-B to exit\r\n>")
        r.send(b"a = 1\x04")
        check(r.expect(b">") == b"OK\x04\x04>", "ran")
        r.send(b"\x04")
        got = r.expect(b"raw REPL; CTRL-B to exit\r\n>")
        check(got == b"OK\r\nsoft reboot\r\nraw REPL; CTRL-B to exit\r\n>", "soft reboot in raw mode %r" % got)
        r.send(b"print(a)\x04")
        got = r.expect(b"\x04>")
        check(b"NameError" in got, "fresh VM after the soft reboot: %r" % got)
        r.send(b"print('hi')\x04")
        check(r.expect(b">") == b"OKhi\r\n\x04\x04>", "raw REPL goes on")


def pins_released_between_runs():
    code = ("import board, digitalio\nd = digitalio.DigitalInOut(board.D4)\nd.switch_to_output(True)\n"
            "print('claimed D4')\n")
    with Drive({"code.py": code}) as d, start(d) as r:
        check(b"claimed D4" in until_press(r), "first run")
        r.send("\x04")
        out = until_press(r)
        check(b"claimed D4" in out and b"in use" not in out, out)
        r.send(" ")
        r.expect(b">>> ")
        r.send("import board, digitalio; p = digitalio.DigitalInOut(board.D4); print('free')\r")
        got = clean(r.expect(b">>> "))
        check(b"free\r\n" in got and b"in use" not in got, got)
        # the REPL's claim is released by the reload too
        r.send("\x04")
        out = until_press(r)
        check(b"claimed D4" in out and b"in use" not in out, out)


def set_next_code_file():
    files = {
        "code.py": ("import supervisor\nprint('in code')\n"
                    "supervisor.set_next_code_file('other.py')\n"),
        "other.py": "print('in other')\n",
        "sub/s.py": "import os\nprint('in sub', os.getcwd().endswith('/sub'))\n",
        "sticky.py": "print('sticky')\n",
        "fail.py": "raise RuntimeError('oops')\n",
        "tb.py": "import supervisor\nprint(repr(supervisor.get_previous_traceback()))\n",
    }
    with Drive(files) as d, start(d) as r:
        check(b"in code" in until_press(r), "code.py first")
        r.send("\x04")
        check(b"other.py output:\r\nin other\r\n" in until_press(r), "then other.py")
        r.send("\x04")
        check(b"code.py output:\r\nin code\r\n" in until_press(r), "not sticky: code.py again")
        # from the REPL: sticky, working directory, reload_on_success, missing files
        r.send(" ")
        r.expect(b">>> ")
        r.send("import supervisor; supervisor.set_next_code_file('sticky.py', sticky_on_success=True)\r")
        r.expect(b">>> ")
        r.send("\x04")
        check(b"sticky.py output:\r\nsticky\r\n" in until_press(r), "sticky.py")
        r.send("\x04")
        check(b"sticky.py output:\r\nsticky\r\n" in until_press(r), "sticky.py again")
        r.send(" ")
        r.expect(b">>> ")
        r.send("import supervisor; supervisor.set_next_code_file('s.py', working_directory='sub')\r")
        r.expect(b">>> ")
        r.send("\x04")
        out = until_press(r)
        check(b"s.py output:\r\nin sub True\r\n" in out, "working_directory %r" % out)
        r.send(" ")
        r.expect(b">>> ")
        r.send("import supervisor; supervisor.set_next_code_file('other.py', reload_on_success=True)\r")
        r.expect(b">>> ")
        r.send("\x04")
        out = until_press(r)
        check(b"other.py output:\r\nin other\r\n" + DONE + b"soft reboot\r\ncode.py output:\r\nin code\r\n" in out,
              "reload_on_success %r" % out)
        r.send(" ")
        r.expect(b">>> ")
        r.send("import supervisor; supervisor.set_next_code_file('nope.py')\r")
        r.expect(b">>> ")
        r.send("\x04")
        out = until_press(r)
        check(b"nope.py not found.\r\ncode.py output:\r\nin code\r\n" in out, "missing file %r" % out)
        # get_previous_traceback after an error, None after a success
        r.send("\x04")
        until_press(r)  # other.py (chosen by code.py)
        r.send(" ")
        r.expect(b">>> ")
        r.send("import supervisor; supervisor.set_next_code_file('fail.py')\r")
        r.expect(b">>> ")
        r.send("\x04")
        check(b"RuntimeError: oops" in until_press(r), "fail.py")
        r.send(" ")
        r.expect(b">>> ")
        r.send("import supervisor; supervisor.get_previous_traceback()\r")
        got = clean(r.expect(b">>> "))
        check(b"'Traceback (most recent call last):\\n  File \"fail.py\", line 1, in <module>\\n" in got and
              b"RuntimeError: oops\\n'\r\n>>> " in got, got)
        r.send("supervisor.set_next_code_file('tb.py')\r")
        r.expect(b">>> ")
        r.send("\x04")
        check(b"tb.py output:\r\n'Traceback" in until_press(r), "traceback seen by the next run")
        r.send("\x04")
        until_press(r)
        r.send(" ")
        r.expect(b">>> ")
        r.send("import supervisor; print(supervisor.get_previous_traceback())\r")
        got = clean(r.expect(b">>> "))
        check(got.endswith(b"\r\nNone\r\n>>> "), "None after a success: %r" % got)


def supervisor_module_values():
    code = ("import supervisor as s\n"
            "print(type(s.runtime.serial_connected).__name__, s.runtime.serial_connected)\n"
            "print(type(s.runtime.serial_bytes_available).__name__)\n"
            "print(s.runtime.usb_connected == s.runtime.serial_connected)\n"
            "t = s.ticks_ms()\nprint(0 <= t < 2**29, t >= 0x1fff0000)\n"
            "print(s.runtime.safe_mode_reason)\n"
            "print(s.RunReason.STARTUP, s.RunReason.AUTO_RELOAD, s.RunReason.SUPERVISOR_RELOAD, "
            "s.RunReason.REPL_RELOAD)\n"
            "try:\n    s.runtime.run_reason = 1\nexcept AttributeError:\n    print('read-only')\n")
    with Drive({"code.py": code}) as d, start(d) as r:
        out = until_press(r)
        check(b"bool True\r\nint\r\nTrue\r\nTrue True\r\nsupervisor.SafeModeReason.NONE\r\n"
              b"supervisor.RunReason.STARTUP supervisor.RunReason.AUTO_RELOAD "
              b"supervisor.RunReason.SUPERVISOR_RELOAD supervisor.RunReason.REPL_RELOAD\r\nread-only\r\n" in out, out)


# ---- settings.toml ----

def settings_toml():
    settings = ('S = "tab\\there \\"q\\" \\\\ \\u00e9\\U0001F40D"\n'
                "HEX = 0x1F\n"
                "NEG = -12\n"
                "junk line without equals\n"
                "BAD = 'single'\n"
                "AFTER_BAD = 7  # comment\n"
                "FLAG = true\n"
                "RATIO = 2.5\n"
                "[section]\n"
                "HIDDEN = 1\n")
    code = ("import os\n"
            "for k in ('S', 'HEX', 'NEG', 'BAD', 'AFTER_BAD', 'FLAG', 'RATIO', 'HIDDEN', 'MISSING'):\n"
            "    print(k, repr(os.getenv(k, 'dflt')))\n"
            "os.mkdir('inner')\nos.chdir('inner')\nprint('root', os.getenv('HEX'))\nos.chdir('..')\nos.rmdir('inner')\n")
    with Drive({"settings.toml": settings, "code.py": code}) as d, start(d) as r:
        out = until_press(r).decode("utf-8")
        want = ["S 'tab\\there \"q\" \\\\ é🐍'", "HEX 31", "NEG -12", "BAD 'dflt'", "AFTER_BAD 7",
                "FLAG True", "RATIO 2.5", "HIDDEN 'dflt'", "MISSING 'dflt'", "root 31"]
        check("\r\n".join(want) in out, out)


def heap_from_settings():
    code = "import gc\ngc.collect()\nprint('heap', gc.mem_free() + gc.mem_alloc())\n"
    with Drive({"settings.toml": "CIRCUITPY_HEAP_START_SIZE = 0x30000\n", "code.py": code}) as d, start(d) as r:
        out = until_press(r)
        m = re.search(rb"heap (\d+)", out)
        check(m and 0x20000 < int(m.group(1)) <= 0x30000, out)
        d.write("settings.toml", "CIRCUITPY_HEAP_START_SIZE = 4194304\n")
        out = until_press(r, 3)
        m = re.search(rb"heap (\d+)", out)
        check(m and 0x300000 < int(m.group(1)) <= 0x400000, "re-read at the reload: %r" % out)


# ---- signals ----

def sigterm_exits_cleanly():
    code = "import time\nprint('sleeping')\ntime.sleep(100)\n"
    with Drive({"code.py": code}) as d, start(d) as r:
        r.expect(b"sleeping\r\n")
        check(markers(d), "a crash marker exists while code runs")
        t = time.time()
        os.kill(r.pid, signal.SIGTERM)
        status = r.wait(3)
        check(status == 0, "exit status %r" % status)
        check(time.time() - t < 1.5, "exited quickly")
        check(not markers(d), "marker removed: %r" % markers(d))
        check(b"Traceback" not in clean(r.buf), r.buf)


def sigterm_at_repl_and_wait():
    with Drive({"code.py": "pass\n"}) as d:
        with start(d) as r:
            until_press(r)
            os.kill(r.pid, signal.SIGTERM)
            check(r.wait(3) == 0, "from the wait")
        with start(d) as r:
            until_press(r)
            r.send(" ")
            r.expect(b">>> ")
            os.kill(r.pid, signal.SIGTERM)
            check(r.wait(3) == 0, "from the REPL")
            check(r.attrs()[3] & 0o10, "terminal echo restored")  # ECHO


def sighup_reloads():
    code = "import time, supervisor\nprint('run', supervisor.runtime.run_reason)\ntime.sleep(100)\n"
    with Drive({"code.py": code}) as d, start(d) as r:
        r.expect(b"run supervisor.RunReason.STARTUP\r\n")
        os.kill(r.pid, signal.SIGHUP)
        got = clean(r.expect(b"run supervisor.RunReason.SUPERVISOR_RELOAD\r\n", 3))
        check(DONE + b"soft reboot\r\ncode.py output:\r\n" in got and b"Traceback" not in got, got)
        time.sleep(1)
        check(r.available() == b"", "one reload per SIGHUP, then the program runs on: %r" % r.buf)
        d.write("code.py", "print('short')\n")
        out = until_press(r, 3)
        os.kill(r.pid, signal.SIGHUP)
        out = until_press(r, 3)
        check(out.startswith(b"soft reboot\r\ncode.py output:\r\nshort\r\n"), out)
        r.send(" ")
        r.expect(b">>> ")
        os.kill(r.pid, signal.SIGHUP)
        out = until_press(r, 3)
        check(b"soft reboot\r\ncode.py output:\r\nshort\r\n" in out, "from the REPL %r" % out)


# ---- safe mode ----

SAFE_USER = (AUTO_OFF + b"Running in safe mode! Not running saved code.\r\n\r\nYou are in safe mode because:\r\n"
             b"You started circuitpython with --safe-mode.\r\nPress reset to exit safe mode.\r\n\r\n" + PRESS)


def safe_mode_option():
    files = {"boot.py": "print('boot')\n", "code.py": "print('code')\n"}
    with Drive(files) as d, start(d, ["--safe-mode"]) as r:
        out = until_press(r)
        check(out == SAFE_USER, out)
        check(not d.exists("boot_out.txt"), "boot.py did not run")
        d.write("code.py", "print('edited')\n")
        time.sleep(1.2)
        check(r.available() == b"", "no auto-reload in safe mode")
        r.send("\x04")
        out = until_press(r)
        check(out == b"soft reboot\r\n" + SAFE_USER, "still safe after a reload %r" % out)
        r.send(" ")
        r.expect(b">>> ")
        r.send("import supervisor; supervisor.runtime.safe_mode_reason\r")
        check(b"supervisor.SafeModeReason.USER" in r.expect(b">>> "), "reason")
        r.send("import microcontroller; microcontroller.reset()\r")
        out = until_press(r)
        check(b"boot.py output:\r\nboot\r\ncode.py output:\r\nedited\r\n" in out, "reset leaves safe mode %r" % out)


def crash_restarts_in_safe_mode():
    code = "import time\nprint('running')\ntime.sleep(100)\n"
    with Drive({"code.py": code}) as d:
        r = start(d)
        try:
            r.expect(b"running\r\n")
            os.kill(r.pid, signal.SIGSEGV)
            try:
                out = until_press(r, 5)
                restarted = True
            except Exception:
                restarted = False
            if not restarted:
                # sanitizer builds die: the marker brings the next start up in safe mode
                r.wait(5)
                r.close()
                check(markers(d), "a crash leaves the marker")
                r = start(d)
                out = until_press(r)
            check(b"code.py output:" not in out, out)
            check(AUTO_OFF + b"Running in safe mode! Not running saved code.\r\n\r\nYou are in safe mode because:\r\n"
                  b"CircuitPython core code crashed hard. Whoops!\r\nHard fault: memory access or instruction error.\r\n"
                  in out, out)
            check(not markers(d), "the marker is gone once reported")
        finally:
            r.close()
        with start(d) as r:
            check(b"running\r\n" in clean(r.expect(b"running\r\n")), "the next start is normal")


def out_of_memory_three_times():
    code = "x = []\nwhile True:\n    x.append(bytearray(1000))\n"
    files = {"settings.toml": "CIRCUITPY_HEAP_START_SIZE = 65536\n", "code.py": code}
    with Drive(files) as d, start(d) as r:
        for i in range(2):
            out = until_press(r, 10)
            check(b"MemoryError" in out and b"safe mode" not in out, "run %d: %r" % (i + 1, out))
            r.send("\x04")
        out = until_press(r, 10)
        check(b"MemoryError" in out and AUTO_OFF + b"Running in safe mode! Not running saved code.\r\n" in out and
              b"Unable to allocate to the heap." in out, "third: %r" % out)
        r.send("\x04")
        out = until_press(r)
        check(b"code.py output" not in out and b"Running in safe mode" in out, out)


# ---- the status line ----

def title_on_a_tty():
    with Drive({"code.py": "print('x')\n1/0\n"}) as d, start(d) as r:
        raw = r.expect(PRESS)
        check(b"\x1b]0;\xf0\x9f\x90\x8dcode.py | " in raw, raw)
        check(b"\x1b]0;\xf0\x9f\x90\x8d2@code.py ZeroDivisionError | " in raw, raw)
        r.send(" ")
        check(b"\x1b]0;\xf0\x9f\x90\x8dREPL | " in r.expect(b">>> "), "REPL")


def no_title_without_tty():
    with Drive({"code.py": "print('piped')\n"}) as d:
        p = subprocess.Popen([BIN, d.path], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, env=dict(os.environ, **ENV))
        time.sleep(1.0)
        p.send_signal(signal.SIGTERM)
        out, _ = p.communicate(timeout=5)
        check(p.returncode == 0, "status %r" % p.returncode)
        check(b"\x1b" not in out, out)
        check(out == b"code.py output:\npiped\n\nCode done running.\n" + AUTO_ON.replace(b"\r", b"") +
              b"\n" + PRESS.replace(b"\r", b""), out)


def daemon_keeps_reloading():
    """With no console input (systemd), edits still rerun the code."""
    with Drive({"code.py": "print('one')\n"}) as d:
        p = subprocess.Popen([BIN, d.path], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, env=dict(os.environ, **ENV))
        time.sleep(0.8)
        d.write("code.py", "print('two')\n")
        time.sleep(1.5)
        p.send_signal(signal.SIGTERM)
        out, _ = p.communicate(timeout=5)
        check(b"one\n" in out and b"soft reboot\ncode.py output:\ntwo\n" in out, out)


c = Checker()
c.run("messages in order", messages_in_order)
c.run("boot_out.txt", boot_out_txt)
c.run("boot.py error in boot_out.txt", boot_error_in_boot_out)
c.run("run order code.txt > code.py > main.py > main.txt", run_order)
c.run("lib on sys.path, fresh VM per run", lib_on_path_and_fresh_vm)
c.run("exception: traceback, then Code done running.", exception_then_done)
c.run("editing code.py reruns it within 1.5 s", edit_reruns_quickly)
c.run("an edit stops a running program", edit_stops_running_program)
c.run("reload stops a program that catches KeyboardInterrupt", reload_survives_except)
c.run("swap files and metadata changes are ignored", ignored_changes)
c.run("the program's own writes do not reload", program_writes_do_not_reload)
c.run("a file the program keeps open for writing", logger_keeps_file_open)
c.run("supervisor.runtime.autoreload = False", autoreload_off_from_code)
c.run("--no-autoreload", no_autoreload_option)
c.run("auto-reload waits while the REPL is open", repl_suspends_autoreload)
c.run("Ctrl-D reloads, run_reason", ctrl_d_reloads)
c.run("supervisor.reload() from code.py", supervisor_reload_from_code)
for ctty in (True, False):
    where = "controlling tty" if ctty else "serial-like tty"
    c.run("Ctrl-C stops while True [%s]" % where,
          ctrl_c_stops_code(ctty, "print('spin')\nwhile True: pass\n", b"spin\r\n"))
    c.run("Ctrl-C stops time.sleep(100) [%s]" % where,
          ctrl_c_stops_code(ctty, "import time\nprint('nap')\ntime.sleep(100)\n", b"nap\r\n"))
c.run("raw REPL soft reboot", raw_repl_soft_reboot)
c.run("pins claimed in one run are free in the next", pins_released_between_runs)
c.run("set_next_code_file and get_previous_traceback", set_next_code_file)
c.run("supervisor module values", supervisor_module_values)
c.run("settings.toml and os.getenv", settings_toml)
c.run("CIRCUITPY_HEAP_START_SIZE", heap_from_settings)
c.run("SIGTERM during code: clean exit", sigterm_exits_cleanly)
c.run("SIGTERM at the wait and at the REPL", sigterm_at_repl_and_wait)
c.run("SIGHUP reloads", sighup_reloads)
c.run("--safe-mode", safe_mode_option)
c.run("a crash restarts in safe mode", crash_restarts_in_safe_mode)
c.run("MemoryError three times: safe mode", out_of_memory_three_times)
c.run("status line in the terminal title", title_on_a_tty)
c.run("no status line without a terminal", no_title_without_tty)
c.run("no console input: still reloads", daemon_keeps_reloading)
shutil.rmtree(RUNDIR, True)
c.exit()
