#!/usr/bin/env python3
"""Run the REPL tests (tests/repl/test_*.py) against a circuitpython binary.

    tests/repl/run.py BINARY [-j N] [-v] [PATTERN...]

Each test script drives the binary through a pseudo-terminal and prints
PASS/FAIL/SKIP lines. Prints the failures (or everything with -v) and
"N passed, N failed" (plus skips); exits non-zero when anything failed.
"""

import argparse
import concurrent.futures
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT_TIMEOUT = 300


def run_script(path, binary):
    try:
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        p = subprocess.run([sys.executable, path, binary], cwd=HERE, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=SCRIPT_TIMEOUT, env=env)
        return path, p.returncode, p.stdout.decode("utf-8", "replace")
    except subprocess.TimeoutExpired as ex:
        out = (ex.stdout or b"").decode("utf-8", "replace")
        return path, -1, out + "FAIL %s: timed out after %ds\n" % (os.path.basename(path), SCRIPT_TIMEOUT)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("binary")
    ap.add_argument("patterns", nargs="*", help="run only scripts whose name contains one of these")
    ap.add_argument("-j", "--jobs", type=int, default=min(4, os.cpu_count() or 1))
    ap.add_argument("-v", "--verbose", action="store_true", help="print every result line")
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        print("run.py: %s is not an executable" % binary, file=sys.stderr)
        return 2
    scripts = sorted(glob.glob(os.path.join(HERE, "test_*.py")))
    if args.patterns:
        scripts = [s for s in scripts if any(p in os.path.basename(s) for p in args.patterns)]

    passed = failed = skipped = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda s: run_script(s, binary), scripts))
    for path, rc, out in results:
        name = os.path.basename(path)
        lines = out.splitlines()
        p = sum(1 for ln in lines if ln.startswith("PASS "))
        f = sum(1 for ln in lines if ln.startswith("FAIL "))
        s = sum(1 for ln in lines if ln.startswith("SKIP "))
        if rc != 0 and f == 0:
            f = 1  # crashed or exited badly without saying why
            lines.append("FAIL %s: exit status %d" % (name, rc))
        passed += p
        failed += f
        skipped += s
        if args.verbose or f:
            print("== %s" % name)
            for ln in lines:
                if args.verbose or not ln.startswith("PASS "):
                    print("  " + ln)
        elif s:
            for ln in lines:
                if ln.startswith("SKIP "):
                    print("%s: %s" % (name, ln))
    summary = "%d passed, %d failed" % (passed, failed)
    if skipped:
        summary += ", %d skipped" % skipped
    print(summary)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
