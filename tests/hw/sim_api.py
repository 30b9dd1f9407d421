# Expected output in sim_api.exp: the sim module exists only on the
# simulated board (CPython has none).
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import digitalio
import sim
import time

print(sorted(n for n in dir(sim) if not n.startswith("_")))
# unclaimed pins: not driven, no history
print(sim.get_output(board.D9), sim.output_history(board.D9))
# the button has a pull-up: True until pressed
b = digitalio.DigitalInOut(board.BUTTON)
print(b.value)
sim.set_input(board.BUTTON, False)
print(b.value)
sim.set_input(board.BUTTON, True)
print(b.value)
sim.set_input(board.BUTTON, None)
print(b.value)
b.deinit()
# a floating input reads low; pulls decide when nobody drives it
d = digitalio.DigitalInOut(board.D9)
print(d.value)
d.pull = digitalio.Pull.UP
print(d.value)
sim.set_input(board.D9, 0)
print(d.value)
sim.reset()
print(d.value)
d.deinit()
# history timestamps are on time.monotonic_ns()'s clock
t0 = time.monotonic_ns()
led = digitalio.DigitalInOut(board.LED)
led.switch_to_output(True)
t1 = time.monotonic_ns()
(t, v), = sim.output_history(board.LED)
print(v, t0 <= t <= t1)
led.deinit()
print([v for t, v in sim.output_history(board.LED)])
sim.reset()
print(sim.output_history(board.LED))
for bad in (lambda: sim.set_input(4, True), lambda: sim.get_output(None), lambda: sim.output_history("LED")):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
