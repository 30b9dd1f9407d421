# Expected output in digitalio_with.exp: CPython has no digitalio module.
# with-statements release the pin, also when the body raises.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import digitalio
import sim

with digitalio.DigitalInOut(board.LED) as led:
    print(type(led).__name__)
    led.switch_to_output(value=True)
    print(sim.get_output(board.LED))
print(sim.get_output(board.LED))
try:
    led.value
except ValueError as e:
    print("ValueError", e)

try:
    with digitalio.DigitalInOut(board.D6) as d:
        d.direction = digitalio.Direction.OUTPUT
        raise RuntimeError("boom")
except RuntimeError as e:
    print("RuntimeError", e)
# released after the exception: usable again
d2 = digitalio.DigitalInOut(board.D6)
print(d2.direction)
d2.deinit()

e = digitalio.DigitalInOut(board.D7)
print(e.__enter__() is e)
print(e.__exit__(None, None, None))
try:
    e.value
except ValueError as err:
    print("ValueError", err)


def claim_and_fail():
    d = digitalio.DigitalInOut(board.D8)
    d.switch_to_output(True)
    raise KeyError("oops")


try:
    claim_and_fail()
except KeyError:
    pass
# without deinit the pin stays claimed, as on CircuitPython
try:
    digitalio.DigitalInOut(board.D8)
except ValueError as err:
    print("ValueError", err)
