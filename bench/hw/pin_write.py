# Time `pin.value = v` on the board (run by bench/hw/run.py). Ten writes
# per loop iteration keep the loop's own cost small; the empty-loop time is
# printed too so the reader can see it.
import board
import digitalio
import time

N = 100000  # iterations of 10 writes
pin = digitalio.DigitalInOut(board.D4)
pin.switch_to_output()


def writes(n):
    p = pin
    t0 = time.monotonic_ns()
    for _ in range(n):
        p.value = True
        p.value = False
        p.value = True
        p.value = False
        p.value = True
        p.value = False
        p.value = True
        p.value = False
        p.value = True
        p.value = False
    return (time.monotonic_ns() - t0) / (n * 10)


def empty(n):
    t0 = time.monotonic_ns()
    for _ in range(n):
        pass
    return (time.monotonic_ns() - t0) / (n * 10)


best = min(writes(N) for _ in range(5))
loop = min(empty(N) for _ in range(5))
print("python_ns %.1f" % best)
print("loop_share_ns %.1f" % loop)
pin.deinit()
