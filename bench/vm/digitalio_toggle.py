# The VM benchmark's circuitpython side: toggle one pin through digitalio
# as fast as a Python loop can, and print toggles per second (nothing
# else). Run by tests/vm/run-vm --bench in the guest, on the same gpio-sim
# line as the raw C libgpiod loop (bench/vm/gpiod_toggle.c):
#   circuitpython --board vm digitalio_toggle.py COUNT [dry]
# With "dry" the loop sets an attribute of a plain Python object instead:
# the interpreter's share of the cost, without the pin.
import sys
import time

import board
import digitalio


class Dummy:
    value = False


count = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
if len(sys.argv) > 2 and sys.argv[2] == "dry":
    pin = Dummy()
else:
    pin = digitalio.DigitalInOut(board.D20)
    pin.switch_to_output(False)
t0 = time.monotonic_ns()
for _ in range(count // 2):
    pin.value = True
    pin.value = False
dt = time.monotonic_ns() - t0
if not isinstance(pin, Dummy):
    pin.deinit()
print(count * 1000000000 // dt)
