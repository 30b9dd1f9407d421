# time.sleep: durations, argument types, and CircuitPython's message for a
# negative value (CPython: "sleep length must be non-negative").
import time

t0 = time.monotonic()
time.sleep(0)
time.sleep(0.05)
time.sleep(1 / 20)
elapsed = time.monotonic() - t0
print(0.09 <= elapsed < 1.0)

n0 = time.monotonic_ns()
time.sleep(0.02)
print(time.monotonic_ns() - n0 >= 20000000)

for bad in [-1, -0.001]:
    try:
        time.sleep(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    time.sleep("1")
except TypeError:
    print("TypeError")
