# Expected output in analogio_out.exp: CPython has no analogio module.
# AnalogOut on the sim's 10-bit DAC (A0): the value is write-only, 0-65535,
# and reaches the pin through the DAC's resolution.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import analogio
import board
import sim


def attempt(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)


print(sim.get_analog_output(board.A0))  # nobody drives it
d = analogio.AnalogOut(board.A0)
print(type(d).__name__, sim.get_analog_output(board.A0))  # not written yet
for v in (0, 65535, 32768, 64, 63, 1):
    d.value = v
    print(v, sim.get_analog_output(board.A0))
attempt(lambda: d.value)  # write-only
attempt(lambda: setattr(d, "value", 65536))
attempt(lambda: setattr(d, "value", -1))
attempt(lambda: setattr(d, "value", 1.5))
attempt(lambda: setattr(d, "value", "1"))
# the pin is taken, for AnalogIn too
attempt(lambda: analogio.AnalogOut(board.A0))
attempt(lambda: analogio.AnalogIn(board.A0))
d.deinit()
print(sim.get_analog_output(board.A0))
attempt(lambda: setattr(d, "value", 1))
d.deinit()
with analogio.AnalogOut(board.A0) as d2:
    d2.value = 1000
    print(sim.get_analog_output(board.A0))
print(sim.get_analog_output(board.A0))
attempt(lambda: setattr(d2, "value", 1))
attempt(lambda: analogio.AnalogOut(board.A1))  # no DAC there
attempt(lambda: analogio.AnalogOut(board.LED))
attempt(lambda: analogio.AnalogOut(None))
attempt(lambda: sim.get_analog_output(board.A1))
print(sorted(n for n in dir(analogio) if not n.startswith("_")))
