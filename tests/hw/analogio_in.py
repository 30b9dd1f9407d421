# Expected output in analogio_in.exp: CPython has no analogio module.
# AnalogIn on the sim's 12-bit, 3.3 V ADC pins A0-A3: scaling to 16 bits,
# reference_voltage, the context manager, deinit and every misuse.
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


a = analogio.AnalogIn(board.A0)
print(type(a).__name__, a.value, a.reference_voltage)
# the level passes through the 12-bit converter: 65535 * code / 4095
for level in (65535, 32768, 1000, 16, 15, 0):
    sim.set_analog_input(board.A0, level)
    print(level, a.value)
# other channels are independent, and keep their level without a user
sim.set_analog_input(board.A1, 20000)
with analogio.AnalogIn(board.A1) as a1:
    print(a1.value, a.value)
attempt(lambda: a1.value)
b = analogio.AnalogIn(board.A1)  # free again after the with block
print(b.value)
b.deinit()
b.deinit()
attempt(lambda: b.value)
attempt(lambda: b.reference_voltage)

# errors
attempt(lambda: analogio.AnalogIn(board.D4))  # no ADC on D4
attempt(lambda: analogio.AnalogIn(board.A0))  # in use
attempt(lambda: analogio.AnalogIn(4))
attempt(lambda: analogio.AnalogIn())
attempt(lambda: analogio.AnalogIn(board.A2, board.A3))
attempt(lambda: setattr(a, "value", 5))
attempt(lambda: sim.set_analog_input(board.D4, 5))
attempt(lambda: sim.set_analog_input(board.A0, 65536))
attempt(lambda: sim.set_analog_input(board.A0, -1))
# D4 was not left claimed by the failed attempt
import digitalio
digitalio.DigitalInOut(board.D4).deinit()
a.deinit()
print("done")
