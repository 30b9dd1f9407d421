#!/usr/bin/env python3
"""Run the Python test programs with circuitpython and compare with python3.

Each test program (tests/lang, tests/lib, tests/hw) runs twice, in its own
directory, with stdin empty (or fed from <test>.stdin when there is one):
once with our binary and once with CPython.
The results must agree on stdout, on the last line of stderr and on the
exit status. A <test>.exp file beside a test replaces CPython's result (see
tests/README.md for its format). A test whose output starts with a line
"SKIP" is skipped. CPython's results are cached by the test's content.

The last line printed is exactly "N passed, N failed, N skipped"; the exit
status is 1 when a test failed, 2 on a usage or set-up error.
"""

import argparse
import concurrent.futures
import difflib
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

LAYERS = ("lang", "lib", "hw")
CACHE_FORMAT = "1"
DIFF_LINES = 60
TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
EXP_TRAILER = re.compile(r"# (exit|stderr): ?(.*)$")


def has_interp(path):
    """True when the ELF file at path names a program interpreter (ld.so),
    i.e. is dynamically linked."""
    import struct
    with open(path, "rb") as f:
        head = f.read(64)
        if head[:4] != b"\x7fELF" or head[4] != 2:  # 64-bit ELF only
            return True
        end = "<" if head[5] == 1 else ">"
        phoff, = struct.unpack(end + "Q", head[32:40])
        phentsize, phnum = struct.unpack(end + "HH", head[54:58])
        f.seek(phoff)
        for _ in range(phnum):
            ph = f.read(phentsize)
            if struct.unpack(end + "I", ph[:4])[0] == 3:  # PT_INTERP
                return True
    return False


class Result:
    """What a run produced: stdout, the last line of stderr, exit status."""

    def __init__(self, stdout, stderr_last, status, note=None):
        self.stdout = stdout
        self.stderr_last = stderr_last
        self.status = status
        self.note = note  # set when the run did not finish (timeout, exec error)

    def key(self):
        return (self.stdout, self.stderr_last, self.status)

    def render(self):
        """The result in .exp format, for diffs."""
        text = self.stdout
        if text and not text.endswith("\n"):
            text += "\n# (no newline at end of stdout)\n"
        if self.status != 0:
            text += "# exit: %d\n" % self.status
        if self.stderr_last:
            text += "# stderr: %s\n" % self.stderr_last
        if self.note:
            text += "# (%s)\n" % self.note
        return text


def is_package_dir(path, name):
    return (name.startswith("pkg_") or name.endswith("_pkg")
            or os.path.exists(os.path.join(path, "__init__.py")))


def discover():
    """Every test program, as paths relative to the tests directory."""
    found = []
    for layer in LAYERS:
        top = os.path.join(TESTS_DIR, layer)
        for dirpath, dirnames, filenames in os.walk(top):
            dirnames[:] = sorted(
                d for d in dirnames
                if not d.startswith((".", "__pycache__"))
                and not is_package_dir(os.path.join(dirpath, d), d))
            if dirpath != top and is_package_dir(dirpath, os.path.basename(dirpath)):
                continue
            for f in sorted(filenames):
                if f.endswith(".py") and not f.startswith("_"):
                    found.append(os.path.relpath(os.path.join(dirpath, f), TESTS_DIR))
    return found


def select(tests, patterns, excludes):
    if patterns:
        wanted = []
        for p in patterns:
            # A path to a test selects exactly it; anything else is a substring.
            if os.path.isfile(p):
                p = os.path.relpath(os.path.abspath(p), TESTS_DIR)
                wanted.append(lambda t, p=p: t == p)
            else:
                wanted.append(lambda t, p=p: p in t)
        tests = [t for t in tests if any(w(t) for w in wanted)]
    return [t for t in tests if not any(e in t for e in excludes)]


def last_line(text):
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return lines[-1].rstrip() if lines else ""


def stdin_path(path):
    """The input of test path: <test>.stdin beside it, or None (empty)."""
    p = os.path.splitext(path)[0] + ".stdin"
    return p if os.path.exists(p) else None


def run(cmd, cwd, env, timeout, stdin=None):
    try:
        with open(stdin, "rb") if stdin else open(os.devnull, "rb") as inp:
            proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=inp,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    start_new_session=True)
    except OSError as e:
        return Result("", "", -1, "could not run %s: %s" % (cmd[0], e))
    try:
        out, err = proc.communicate(timeout=timeout)
        note = None
    except subprocess.TimeoutExpired:
        # The whole process group, so that children die too.
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            pass
        out, err = proc.communicate()
        note = "timed out after %g s" % timeout
    decode = lambda b: b.decode("utf-8", errors="backslashreplace")
    status = proc.returncode if proc.returncode is not None else -1
    return Result(decode(out), last_line(decode(err)), status, note)


def parse_exp(text):
    """A .exp file: expected stdout, then optional '# exit: N' and
    '# stderr: <last line>' lines at the very end."""
    lines = text.splitlines(keepends=True)
    status, stderr_last = 0, ""
    while lines:
        m = EXP_TRAILER.match(lines[-1].rstrip("\n"))
        if not m:
            break
        if m.group(1) == "exit":
            status = int(m.group(2))
        else:
            stderr_last = m.group(2).rstrip()
        lines.pop()
    return Result("".join(lines), stderr_last, status)


class Runner:
    def __init__(self, args):
        self.args = args
        self.binary = os.path.abspath(args.binary)
        self.ours_prefix = []
        if args.valgrind:
            self.ours_prefix = ["valgrind", "--error-exitcode=99", "-q"]
        self.ours_args = []
        if args.heapsize:
            self.ours_args += ["-X", "heapsize=" + args.heapsize]
        self.ours_args += args.arg
        self.ours_env = self.make_env(("CIRCUITPY_BOARD", "CIRCUITPYPATH", "BLINKA_FORCEBOARD",
                                       "BLINKA_FT232H", "BLINKA_FT2232H"))
        # The suite runs on the simulated board wherever it runs (a machine
        # with gpiochips would otherwise detect itself); --env may override.
        self.ours_env["CIRCUITPY_BOARD"] = "sim"
        for item in args.env:
            name, _, value = item.partition("=")
            self.ours_env[name] = value
        self.py_env = self.make_env(("PYTHONPATH", "PYTHONSTARTUP", "PYTHONINSPECT",
                                     "PYTHONHOME", "PYTHONWARNINGS"))
        self.py_env["PYTHONHASHSEED"] = "0"
        self.cache_dir = args.cache_dir or os.path.join(
            os.path.dirname(self.binary), "tests", ".cpython-cache")
        self.py_version = ""

    @staticmethod
    def make_env(drop):
        env = dict(os.environ)
        for name in drop:
            env.pop(name, None)
        env["PYTHONIOENCODING"] = "utf-8"
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        return env

    def check_setup(self):
        if not os.access(self.binary, os.X_OK):
            return "binary %s not found or not executable (build it with make)" % self.binary
        if self.args.valgrind and not shutil.which("valgrind"):
            return "--valgrind given but valgrind is not installed"
        if self.args.valgrind and not has_interp(self.binary):
            # memcheck replaces malloc only through the dynamic loader, and
            # static glibc's own start-up then reads as uninitialised.
            return ("--valgrind needs a dynamically linked binary: configure "
                    "with --disable-static-binary")
        r = run([self.args.python, "-c", "import sys; print(sys.version)"], None,
                self.py_env, 60)
        if r.status != 0:
            return "cannot run %s (%s)" % (self.args.python, r.note or r.stderr_last)
        self.py_version = r.stdout.strip()
        return None

    def ours(self, path):
        cmd = self.ours_prefix + [self.binary] + self.ours_args + [os.path.basename(path)]
        return run(cmd, os.path.dirname(path), self.ours_env, self.args.timeout, stdin_path(path))

    def cache_file(self, path):
        h = hashlib.sha256()
        for part in (CACHE_FORMAT, self.py_version):
            h.update(part.encode() + b"\0")
        with open(path, "rb") as f:
            h.update(f.read())
        inp = stdin_path(path)
        if inp:
            with open(inp, "rb") as f:
                h.update(b"\0stdin\0" + f.read())
        return os.path.join(self.cache_dir, h.hexdigest() + ".json")

    def cpython(self, path):
        cache = None if self.args.no_cache else self.cache_file(path)
        if cache and os.path.exists(cache):
            try:
                with open(cache, encoding="utf-8") as f:
                    d = json.load(f)
                return Result(d["stdout"], d["stderr_last"], d["status"])
            except (OSError, ValueError, KeyError):
                pass
        r = run([self.args.python, os.path.basename(path)], os.path.dirname(path),
                self.py_env, self.args.timeout, stdin_path(path))
        if cache and r.note is None:
            self.store(cache, r)
        return r

    def store(self, cache, r):
        try:
            os.makedirs(self.cache_dir, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.cache_dir, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({"stdout": r.stdout, "stderr_last": r.stderr_last,
                           "status": r.status}, f)
            os.replace(tmp, cache)
        except OSError:
            pass  # a cache we cannot write only costs time

    def expected(self, path):
        exp = os.path.splitext(path)[0] + ".exp"
        if os.path.exists(exp):
            with open(exp, encoding="utf-8") as f:
                return parse_exp(f.read()), os.path.relpath(exp, TESTS_DIR)
        return self.cpython(path), "python3"

    def one(self, name):
        """Returns (verdict, report) for one test."""
        path = os.path.join(TESTS_DIR, name)
        got = self.ours(path)
        if got.note is None and got.stdout.split("\n", 1)[0].rstrip("\r") == "SKIP":
            return "skip", None
        want, source = self.expected(path)
        if got.note is None and want.note is None and got.key() == want.key():
            return "pass", None
        return "fail", self.report(name, want, source, got)

    def report(self, name, want, source, got):
        notes = []
        if got.note:
            notes.append("circuitpython: " + got.note)
        if want.note:
            notes.append("%s: %s" % (source, want.note))
        diff = list(difflib.unified_diff(
            want.render().splitlines(), got.render().splitlines(),
            "expected (%s)" % source, "got (circuitpython)", lineterm=""))
        if not diff and not notes:
            diff = ["(outputs differ only in invisible characters)",
                    "expected: %r" % (want.key(),), "got:      %r" % (got.key(),)]
        if len(diff) > DIFF_LINES:
            more = len(diff) - DIFF_LINES
            diff = diff[:DIFF_LINES] + ["... (%d more diff lines)" % more]
        return "FAIL %s\n%s\n" % (name, "\n".join(notes + diff))


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Run the Python tests with circuitpython and compare with python3.")
    p.add_argument("patterns", nargs="*", metavar="TEST",
                   help="run only tests whose name contains TEST (or the test file TEST)")
    p.add_argument("-e", "--exclude", action="append", default=[], metavar="SUBSTR",
                   help="leave out tests whose name contains SUBSTR (repeatable)")
    p.add_argument("--binary", default="./circuitpython",
                   help="our interpreter (default: ./circuitpython)")
    p.add_argument("--python", default="python3",
                   help="the reference CPython (default: python3)")
    p.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                   help="tests run at once (default: number of cores)")
    p.add_argument("--timeout", type=float, default=60.0,
                   help="seconds per run; a timeout fails the test (default: 60)")
    p.add_argument("--heapsize", metavar="SIZE",
                   help="pass -X heapsize=SIZE to circuitpython")
    p.add_argument("--arg", action="append", default=[], metavar="ARG",
                   help="extra argument for circuitpython, before the test (repeatable)")
    p.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                   help="extra environment variable for circuitpython (repeatable)")
    p.add_argument("--valgrind", action="store_true",
                   help="run circuitpython under valgrind --error-exitcode=99 -q")
    p.add_argument("--cache-dir", metavar="DIR",
                   help="where CPython's results are cached "
                        "(default: tests/.cpython-cache beside the binary)")
    p.add_argument("--no-cache", action="store_true",
                   help="always run CPython, and do not update the cache")
    p.add_argument("--known-failures", metavar="FILE", default=KNOWN_FAILURES,
                   help="tests listed here (one name per line, # comments) are expected to "
                        "fail: they are reported and counted as skipped; a listed test "
                        "that passes is counted as passed and named so the list can be pruned "
                        "(default: tests/known-failures.txt)")
    p.add_argument("--update-known-failures", action="store_true",
                   help="rewrite the known-failures file with the tests that fail now")
    p.add_argument("--list", action="store_true", help="list the selected tests and exit")
    p.add_argument("-v", "--verbose", action="store_true", help="print every test's verdict")
    args = p.parse_args(argv)
    for item in args.env:
        if "=" not in item or item.startswith("="):
            p.error("--env expects NAME=VALUE, not %r" % item)
    if args.jobs < 1:
        p.error("-j must be at least 1")
    return args


KNOWN_FAILURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "known-failures.txt")


def read_known(path):
    known = set()
    if path and os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    known.add(line)
    return known


def main(argv):
    args = parse_args(argv)
    known = read_known(args.known_failures)
    tests = select(discover(), args.patterns, args.exclude)
    if args.list:
        print("\n".join(tests))
        return 0
    runner = Runner(args)
    problem = runner.check_setup() if tests else None
    if problem:
        print("run-tests: " + problem, file=sys.stderr)
        return 2
    counts = {"pass": 0, "fail": 0, "skip": 0}
    reports = {}
    failing_now = []
    known_failed = []
    unexpected_pass = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = {pool.submit(runner.one, t): t for t in tests}
        for fut in concurrent.futures.as_completed(futures):
            name = futures[fut]
            verdict, report = fut.result()
            if verdict == "fail":
                failing_now.append(name)
            if name in known and not args.update_known_failures:
                if verdict == "fail":
                    known_failed.append(name)
                    verdict, report = "skip", None
                elif verdict == "pass":
                    unexpected_pass.append(name)
            counts[verdict] += 1
            if report:
                reports[name] = report
            if args.verbose:
                print("%-4s %s" % (verdict.upper(), name), flush=True)
    for name in sorted(reports):
        print(reports[name])
    if args.update_known_failures:
        keep = sorted(k for k in known if k not in tests)
        with open(args.known_failures, "w", encoding="utf-8") as f:
            f.write("# Tests that fail today, kept so the suite stays green while the\n"
                    "# interpreter is completed. run-tests.py counts them as skipped and\n"
                    "# fails when one of them starts passing. Regenerate with\n"
                    "# tests/run-tests.py --update-known-failures.\n")
            for name in sorted(set(failing_now) | set(keep)):
                f.write(name + "\n")
        print("wrote %d names to %s" % (len(set(failing_now) | set(keep)), args.known_failures))
    if known_failed:
        print("known failures (counted as skipped): %d, listed in %s"
              % (len(known_failed), os.path.relpath(args.known_failures)))
    if unexpected_pass:
        print("listed as known failures but passing now (remove them from the list): "
              + " ".join(sorted(unexpected_pass)))
    if reports:
        print("failed: " + " ".join(sorted(reports)))
    print("%d passed, %d failed, %d skipped" % (counts["pass"], counts["fail"], counts["skip"]))
    return 1 if counts["fail"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
