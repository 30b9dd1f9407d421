#!/usr/bin/env python3
"""Time the programs in bench/programs under circuitpython and python3.

Usage: bench/run.py [--binary PATH] [--python python3] [-n REPEATS]
                    [--timeout SECONDS] [PATTERN...]

Each program is run REPEATS times under each interpreter (the two
interpreters alternate, so a burst of load on the machine hits both); the
best wall time of each is kept. Outputs must be identical (and both runs
must exit 0), otherwise the program is reported as a mismatch and left out
of the geometric mean. Best user+sys CPU time and peak RSS come from GNU
time when /usr/bin/time exists. Then the startup cost of `-c pass` is
measured: wall time (best of 20, hyperfine when installed) and peak RSS.

Exit status: 0, or 1 when any program's output differs or a run fails.
Only the standard library is used.
"""

import argparse
import fnmatch
import json
import math
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")

TARGET_RATIO = 2.0
TARGET_START_MS = 2.0
TARGET_START_KB = 2048
STARTUP_RUNS = 20
RSS_RUNS = 5


class RunResult:
    def __init__(self, seconds, rc, out, err, maxrss_kb, cpu):
        self.seconds = seconds
        self.cpu = cpu
        self.rc = rc
        self.out = out
        self.err = err
        self.maxrss_kb = maxrss_kb


GNU_TIME = "/usr/bin/time"


def have_gnu_time():
    if not os.access(GNU_TIME, os.X_OK):
        return False
    r = subprocess.run([GNU_TIME, "-f", "%M %U %S", "true"],
                       capture_output=True, text=True)
    return r.returncode == 0 and len(r.stderr.split()) == 3


HAVE_GNU_TIME = have_gnu_time()


def kill_group(pgid, expired):
    expired.append(True)
    try:
        os.killpg(pgid, signal.SIGKILL)
    except OSError:
        pass


def run_once(cmd, timeout, measure_rss=True):
    """Run cmd once; wall time from perf_counter around spawn..exit.

    Output goes to temporary files so nothing has to be read while the
    child runs. Peak RSS comes from GNU time wrapped around the command
    (the same small cost for both interpreters); rusage of a direct child
    would be wrong, as Linux folds the spawning python's own high-water
    RSS into the child's at exec. maxrss_kb is None without GNU time.
    """
    with tempfile.TemporaryFile() as out, \
            tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as rss:
        argv = cmd
        measure_rss = measure_rss and HAVE_GNU_TIME
        if measure_rss:
            argv = [GNU_TIME, "-f", "%M %U %S", "-o", rss.name] + cmd
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out,
                                stderr=err, start_new_session=True)
        # Popen.wait(timeout) polls with sleeps of up to 50 ms, which would
        # quantize the times; block in wait() and let a timer kill instead.
        expired = []
        killer = threading.Timer(timeout, kill_group, (proc.pid, expired))
        killer.start()
        try:
            rc = proc.wait()
        except BaseException:
            # The child is in its own session, so ^C does not reach it.
            kill_group(proc.pid, expired)
            proc.wait()
            raise
        finally:
            killer.cancel()
        t1 = time.perf_counter()
        if expired:
            rc = "timeout"
        out.seek(0)
        err.seek(0)
        text_out = out.read().decode("utf-8", "replace")
        text_err = err.read().decode("utf-8", "replace")
        maxrss = cpu = None
        if measure_rss:
            # GNU time puts a note before its line when the command failed.
            fields = (rss.read().strip().split("\n") or [""])[-1].split()
            try:
                maxrss = int(fields[0])
                cpu = float(fields[1]) + float(fields[2])
            except (ValueError, IndexError):
                pass
    return RunResult(t1 - t0, rc, text_out, text_err, maxrss, cpu)


def resolve_python(python):
    """Return the real interpreter behind python (skips pyenv-style shims,
    whose shell-script startup would otherwise be timed as python3's)."""
    try:
        r = subprocess.run([python, "-c", "import sys; print(sys.executable)"],
                           capture_output=True, text=True, timeout=60)
        exe = r.stdout.strip()
        if r.returncode == 0 and exe and os.path.exists(exe):
            return exe
    except (OSError, subprocess.SubprocessError):
        pass
    return shutil.which(python) or python


def find_binary(arg):
    if arg:
        path = arg
    elif os.path.exists("circuitpython"):
        path = "circuitpython"
    else:
        path = shutil.which("circuitpython")
        if not path:
            sys.exit("run.py: no ./circuitpython and none on PATH; "
                     "use --binary PATH")
    if not os.path.exists(path) and shutil.which(path):
        path = shutil.which(path)
    if not os.path.exists(path):
        sys.exit("run.py: %s: no such file" % path)
    return os.path.abspath(path)


def select_programs(patterns):
    names = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))
    if not patterns:
        return names
    chosen = []
    for n in names:
        for p in patterns:
            if p in n or fnmatch.fnmatch(n, p) \
                    or fnmatch.fnmatch(n + ".py", p):
                chosen.append(n)
                break
    return chosen


def first_line(text):
    lines = text.strip().splitlines()
    return lines[-1][:100] if lines else "(no output)"


def bench_program(name, interp, repeats, timeout):
    """Return (best_wall, best_cpu, maxrss, problem) for one program."""
    path = os.path.join(PROGRAMS, name + ".py")
    best = {}
    cpu = {}
    rss = {}
    outputs = {}
    for _ in range(repeats):
        for label, exe in interp:
            r = run_once([exe, path], timeout)
            if r.rc != 0:
                why = "timed out" if r.rc == "timeout" else "exit %s" % r.rc
                return None, None, None, "%s %s: %s" % (label, why,
                                                        first_line(r.err))
            if label in outputs and outputs[label] != r.out:
                return None, None, None, ("%s output differs between runs"
                                          % label)
            outputs[label] = r.out
            best[label] = min(best.get(label, r.seconds), r.seconds)
            if r.cpu is not None:
                cpu[label] = min(cpu.get(label, r.cpu), r.cpu)
            if r.maxrss_kb is not None:
                rss[label] = max(rss.get(label, 0), r.maxrss_kb)
    (la, _), (lb, _) = interp
    if outputs[la] != outputs[lb]:
        return best, cpu, rss, ("output differs:\n      %s: %r\n      %s: %r"
                                % (la, outputs[la][:200], lb,
                                   outputs[lb][:200]))
    return best, cpu, rss, None


def startup_hyperfine(cmds):
    """Best wall seconds of each command via hyperfine, or None."""
    hf = shutil.which("hyperfine")
    if not hf:
        return None
    fd, jpath = tempfile.mkstemp(suffix=".json")
    os.close(fd)
    try:
        argv = [hf, "-N", "--warmup", "3", "--runs", str(STARTUP_RUNS),
                "--style", "none", "--export-json", jpath, "--"]
        argv += [" ".join(shlex.quote(a) for a in c) for c in cmds]
        r = subprocess.run(argv, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True)
        if r.returncode != 0:
            return None
        with open(jpath) as f:
            data = json.load(f)
        return [res["min"] for res in data["results"]]
    except (OSError, ValueError, KeyError):
        return None
    finally:
        os.unlink(jpath)


def startup_perf_counter(cmd):
    best = None
    for _ in range(STARTUP_RUNS):
        r = run_once(cmd, 60, measure_rss=False)
        if best is None or r.seconds < best:
            best = r.seconds
    return best


def peak_rss_kb(cmd):
    """Largest peak RSS (KiB) over RSS_RUNS runs of cmd, or None."""
    worst = None
    for _ in range(RSS_RUNS):
        kb = run_once(cmd, 60).maxrss_kb
        if kb is None:
            return None
        worst = max(worst or 0, kb)
    return worst


def mib(kb):
    return "-" if kb is None else "%.2f" % (kb / 1024.0)


def verdict(ok):
    return "PASS" if ok else "FAIL"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", help="circuitpython executable "
                    "(default ./circuitpython, else circuitpython on PATH)")
    ap.add_argument("--python", default="python3",
                    help="reference interpreter (default python3)")
    ap.add_argument("-n", type=int, default=3, dest="repeats",
                    help="runs per program and interpreter; best is kept")
    ap.add_argument("--timeout", type=float, default=900.0,
                    help="seconds before a single run is killed")
    ap.add_argument("patterns", nargs="*", metavar="PATTERN",
                    help="run only programs whose name contains PATTERN "
                    "or matches it as a glob")
    args = ap.parse_args()
    if args.repeats < 1:
        ap.error("-n must be at least 1")

    binary = find_binary(args.binary)
    python = resolve_python(args.python)
    names = select_programs(args.patterns)
    if not names:
        sys.exit("run.py: no program matches %s" % " ".join(args.patterns))
    interp = [("python3", python), ("circuitpython", binary)]

    print("circuitpython: %s" % binary)
    print("python3:       %s" % python)
    print("best of %d runs: wall seconds and their ratio (circuitpython / "
          "python3);" % args.repeats)
    print("cpu ratio: best user+sys CPU seconds, less disturbed by a busy "
          "machine;")
    print("peak RSS in MiB, max over runs (GNU time)")
    print()
    width = max(len(n) for n in names + ["program"])
    hdr = "%-*s %9s %9s %7s %9s %9s %9s" % (
        width, "program", "python3", "circuitpy", "ratio", "cpu ratio",
        "py3 MiB", "cpy MiB")
    print(hdr)
    print("-" * len(hdr))
    ratios = []
    cpu_ratios = []
    failed = []
    for name in names:
        best, cpu, rss, problem = bench_program(name, interp, args.repeats,
                                                args.timeout)
        if problem:
            failed.append(name)
            print("%-*s MISMATCH: %s" % (width, name, problem))
            sys.stdout.flush()
            continue
        ratio = best["circuitpython"] / best["python3"]
        ratios.append(ratio)
        cpu_ratio = "-"
        if cpu.get("python3") and "circuitpython" in cpu:
            r = max(cpu["circuitpython"], 0.01) / cpu["python3"]
            cpu_ratios.append(r)
            cpu_ratio = "%.2fx" % r
        print("%-*s %9.3f %9.3f %6.2fx %9s %9s %9s" % (
            width, name, best["python3"], best["circuitpython"], ratio,
            cpu_ratio, mib(rss.get("python3")),
            mib(rss.get("circuitpython"))))
        sys.stdout.flush()
    print("-" * len(hdr))
    if ratios:
        gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print("geometric mean ratio (%d programs): %.2fx   target <= %.1fx: %s"
              % (len(ratios), gm, TARGET_RATIO, verdict(gm <= TARGET_RATIO)))
    if cpu_ratios and len(cpu_ratios) == len(ratios):
        gc = math.exp(sum(math.log(r) for r in cpu_ratios) / len(cpu_ratios))
        print("geometric mean cpu ratio:            %.2fx" % gc)
    if failed:
        print("excluded (mismatch or failure): %s" % ", ".join(failed))
    print()

    cmds = [[binary, "-c", "pass"], [python, "-c", "pass"]]
    times = startup_hyperfine(cmds)
    how = "hyperfine"
    if times is None:
        times = [startup_perf_counter(c) for c in cmds]
        how = "perf_counter"
    rss = [peak_rss_kb(c) for c in cmds]
    print("startup `-c pass`: wall best of %d (%s), peak RSS max of %d "
          "(GNU time)" % (STARTUP_RUNS, how, RSS_RUNS))
    rss_ok = "n/a" if rss[0] is None else verdict(rss[0] <= TARGET_START_KB)
    print("  circuitpython %8.2f ms %8s MiB   targets <= %.0f ms: %s, "
          "<= %.0f MiB: %s" % (
              times[0] * 1000, mib(rss[0]), TARGET_START_MS,
              verdict(times[0] * 1000 <= TARGET_START_MS),
              TARGET_START_KB / 1024.0, rss_ok))
    print("  python3       %8.2f ms %8s MiB" % (times[1] * 1000, mib(rss[1])))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
