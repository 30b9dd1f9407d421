# The VM benchmark's circuitpython side: toggle one pin through digitalio
# as fast as a Python loop can, and print toggles per second (nothing
# else). Run by tests/vm/run-vm --bench in the guest, on the same gpio-sim
# line as the raw C libgpiod loop (bench/vm/gpiod_toggle.c):
#   circuitpython --board vm digitalio_toggle.py COUNT [MODE]
# MODE:
#   (none)   the headline figure: a function whose loop body writes the pin
#            ten times (`pin.value = True` / `pin.value = False` alternately),
#            so the cost of the loop itself (~0.5 us an iteration under
#            qemu's emulation) is shared by ten toggles. Every write is a
#            full property store through the interpreter and one ioctl the
#            kernel sees: nothing is cached or skipped.
#   simple   one toggle per iteration at module level (`pin` a global),
#            the way a first program is written.
#   dry      the headline loop storing to an attribute of a plain Python
#            object instead: the interpreter's share of the cost.
import sys
import time

import board
import digitalio


class Dummy:
    value = False


def unrolled(pin, n):
    for _ in range(n // 10):
        pin.value = True
        pin.value = False
        pin.value = True
        pin.value = False
        pin.value = True
        pin.value = False
        pin.value = True
        pin.value = False
        pin.value = True
        pin.value = False


count = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
count -= count % 10
mode = sys.argv[2] if len(sys.argv) > 2 else ""
if mode == "dry":
    pin = Dummy()
else:
    pin = digitalio.DigitalInOut(board.D20)
    pin.switch_to_output(False)
t0 = time.monotonic_ns()
if mode == "simple":
    for _ in range(count // 2):
        pin.value = True
        pin.value = False
else:
    unrolled(pin, count)
dt = time.monotonic_ns() - t0
if not isinstance(pin, Dummy):
    pin.deinit()
print(count * 1000000000 // dt)
