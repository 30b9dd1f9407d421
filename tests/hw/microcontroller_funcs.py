# Expected output in microcontroller_funcs.exp: CPython has no microcontroller module.
# delay_us, interrupts, on_next_reset and reset (a reload request on a host).
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import time
import microcontroller as mc

t0 = time.monotonic_ns()
mc.delay_us(1500)
print("delay_us waited", time.monotonic_ns() - t0 >= 1500000)
print(mc.delay_us(0))
try:
    mc.delay_us(-1)
except ValueError as e:
    print("ValueError", e)
try:
    mc.delay_us(1.5)
except TypeError as e:
    print("TypeError")
mc.disable_interrupts()
mc.disable_interrupts()
mc.enable_interrupts()
mc.enable_interrupts()
mc.enable_interrupts()
print("interrupts ok")
mc.on_next_reset(mc.RunMode.SAFE_MODE)
mc.on_next_reset(mc.RunMode.NORMAL)
try:
    mc.on_next_reset(1)
except TypeError as e:
    print("TypeError", e)
try:
    mc.reset()
except SystemExit as e:
    print("SystemExit", e.args)
try:
    mc.reset()
finally:
    print("finally runs")
print("not reached")
