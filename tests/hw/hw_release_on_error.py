# Expected output in hw_release_on_error.exp: CPython has no board module.
# A program that dies holding pins: the uncaught exception is reported and
# the binary releases every pin on the way out (exit status 1).
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import digitalio

led = digitalio.DigitalInOut(board.LED)
led.switch_to_output(value=True)
print("holding", board.LED)
raise ValueError("Invalid pin")
