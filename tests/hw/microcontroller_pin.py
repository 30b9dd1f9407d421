# Expected output in microcontroller_pin.exp: CPython has no microcontroller module.
# microcontroller.Pin and microcontroller.pin.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import microcontroller

try:
    microcontroller.Pin()
except TypeError as e:
    print("TypeError", e)
print(microcontroller.pin)
print(microcontroller.pin.GPIO4 is board.D4, microcontroller.pin.GPIO28 is board.LED)
print(repr(microcontroller.pin.GPIO29))
chip = [n for n in dir(microcontroller.pin) if n.startswith("GPIO")]
print(len(chip), sorted(chip, key=lambda n: int(n[4:]))[-3:])
print(microcontroller.Pin.__name__, type(board.D4).__name__)
print(isinstance(board.D4, microcontroller.Pin), isinstance(4, microcontroller.Pin))
s = set([board.D4, microcontroller.pin.GPIO4, board.D5])
print(len(s))
