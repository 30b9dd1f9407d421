#!/usr/bin/env python3
"""Soak test of the supervisor's reloads: many soft reboots in a row must
not leak file descriptors or memory.

    tests/soak/reload_soak.py BINARY [--cycles 1000] [--edits 20] [--repl 50]

Runs `BINARY DIR` on a pseudo-terminal with a code.py that claims a pin,
leaves a file open, allocates and prints. Then:
  - --cycles reloads with Ctrl-D at "Press any key ..." (each one a fresh
    VM and heap, pins and files released);
  - --repl rounds of key -> REPL -> a statement -> Ctrl-D;
  - --edits auto-reloads by rewriting code.py (each waits ~750 ms).
It samples the process's open descriptors (/proc/PID/fd) and resident
memory (VmRSS) along the way, prints a table, and exits 1 when the
descriptors grew or RSS grew by more than --rss-slack KiB between the
first sample after warm-up and the last. Not part of `make check` (a
1000-cycle run takes about a minute); see tests/soak/README.md.
"""

import argparse
import os
import shutil
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "repl"))
from replpty import Repl  # noqa: E402

PRESS = b"Press any key to enter the REPL. Use CTRL-D to reload.\r\n"

# No output level is written: the simulated board records every output
# change in a ring of 16384 entries whose pages would show up as RSS
# growth until the ring is full (bounded, not a leak).
CODE = """import board, digitalio, supervisor
pin = digitalio.DigitalInOut(board.D4)
pin.pull = digitalio.Pull.UP
keep = open('data.txt')
junk = [bytearray(1024) for _ in range(200)]
print('run', supervisor.runtime.run_reason)
"""


def fds(pid):
    return len(os.listdir("/proc/%d/fd" % pid))


def rss_kib(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("binary")
    ap.add_argument("--cycles", type=int, default=1000)
    ap.add_argument("--repl", type=int, default=50)
    ap.add_argument("--edits", type=int, default=20)
    ap.add_argument("--rss-slack", type=int, default=1024, help="KiB of RSS growth tolerated")
    args = ap.parse_args()

    drive = tempfile.mkdtemp(prefix="cp-soak-")
    home = tempfile.mkdtemp(prefix="cp-soak-home-")
    run = tempfile.mkdtemp(prefix="cp-soak-run-")
    with open(os.path.join(drive, "code.py"), "w") as f:
        f.write(CODE)
    with open(os.path.join(drive, "data.txt"), "w") as f:
        f.write("data\n")
    env = {"CIRCUITPY_BOARD": "sim", "XDG_RUNTIME_DIR": run}
    samples = []
    t0 = time.time()
    failed = False
    with Repl(os.path.abspath(args.binary), [drive], home=home, env=env) as r:
        r.expect(PRESS, 10)

        def sample(label):
            samples.append((label, fds(r.pid), rss_kib(r.pid), time.time() - t0))

        sample("start")
        for i in range(1, args.cycles + 1):
            r.send(b"\x04")
            out = r.expect(PRESS, 10)
            if b"run supervisor.RunReason.REPL_RELOAD" not in out or b"Error" in out:
                print("cycle %d: unexpected output %r" % (i, out[-400:]))
                failed = True
                break
            if i % 100 == 0 or i == 10:
                sample("ctrl-d %d" % i)
        for i in range(1, args.repl + 1):
            r.send(b" ")
            r.expect(b">>> ", 10)
            r.send(b"x = [bytearray(512) for _ in range(100)]; len(x)\r")
            r.expect(b"100\r\n>>> ", 10)
            r.send(b"\x04")
            r.expect(PRESS, 10)
        if args.repl:
            sample("repl %d" % args.repl)
        for i in range(1, args.edits + 1):
            with open(os.path.join(drive, "code.py"), "w") as f:
                f.write(CODE + "# edit %d\n" % i)
            out = r.expect(PRESS, 10)
            if b"AUTO_RELOAD" not in out:
                print("edit %d: unexpected output %r" % (i, out[-400:]))
                failed = True
                break
            if i % 20 == 0 or i == args.edits:
                sample("edits %d" % i)
    shutil.rmtree(drive, True)
    shutil.rmtree(home, True)
    shutil.rmtree(run, True)

    print("%-14s %5s %10s %8s" % ("after", "fds", "VmRSS KiB", "secs"))
    for label, n, rss, secs in samples:
        print("%-14s %5d %10d %8.1f" % (label, n, rss, secs))
    base = samples[1] if len(samples) > 2 else samples[0]
    last = samples[-1]
    if last[1] > samples[0][1]:
        print("FAIL: open descriptors grew from %d to %d" % (samples[0][1], last[1]))
        failed = True
    if last[2] - base[2] > args.rss_slack:
        print("FAIL: RSS grew by %d KiB after warm-up" % (last[2] - base[2]))
        failed = True
    print("soak: %s" % ("FAIL" if failed else "ok"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
