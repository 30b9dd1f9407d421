#!/usr/bin/env python3
"""Hardware-layer benchmarks on the simulated board.

Usage: bench/hw/run.py --binary ./circuitpython --raw ./bench/hw/gpio_write_raw
                       --board-file boards.d/sim.board

1. `pin.value = v` (bench/hw/pin_write.py) against a C loop making the same
   writes through the HAL dispatcher and through the sim backend's op
   (gpio_write_raw). Overhead = Python ns per write - C op ns per write.
   Target: <= 100 ns.
2. `import board, digitalio, busio` against `-c pass` (best of 30 runs
   each, alternating). Target: <= 2 ms more.
Prints the figures; exit status 1 when a run fails (missing a target is
reported, not an error: this is a benchmark, not a test).
"""
import argparse
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def figures(text):
    out = {}
    for line in text.splitlines():
        k, _, v = line.partition(" ")
        out[k] = float(v)
    return out


def best_wall(cmd, runs):
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - t0)
    return best


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--binary", default="./circuitpython")
    ap.add_argument("--raw", default="./bench/hw/gpio_write_raw")
    ap.add_argument("--board-file", default=os.path.join(HERE, "..", "..", "boards.d", "sim.board"))
    ap.add_argument("--runs", type=int, default=30)
    a = ap.parse_args()
    env = dict(os.environ, CIRCUITPY_BOARD="sim")

    raw = figures(subprocess.run([a.raw, a.board_file], check=True, capture_output=True, text=True).stdout)
    py = figures(subprocess.run([a.binary, os.path.join(HERE, "pin_write.py")], check=True,
                                capture_output=True, text=True, env=env).stdout)
    over = py["python_ns"] - raw["op_ns"]
    print("pin.value = v on sim:")
    print("  circuitpython      %7.1f ns per write (of which the for loop: %.1f)" % (py["python_ns"], py["loop_share_ns"]))
    print("  C, HAL dispatcher  %7.1f ns per write" % raw["dispatcher_ns"])
    print("  C, backend op      %7.1f ns per write" % raw["op_ns"])
    print("  overhead           %7.1f ns per write (target <= 100): %s" % (over, "met" if over <= 100 else "MISSED"))

    base = imp = float("inf")
    for _ in range(a.runs):
        base = min(base, best_wall([a.binary, "-c", "pass"], 1))
        imp = min(imp, best_wall([a.binary, "--board", "sim", "-c", "import board, digitalio, busio"], 1))
    extra = (imp - base) * 1000
    print("import board, digitalio, busio on sim:")
    print("  -c pass %.2f ms, with the imports %.2f ms: %+.2f ms (target <= 2): %s"
          % (base * 1000, imp * 1000, extra, "met" if extra <= 2 else "MISSED"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
