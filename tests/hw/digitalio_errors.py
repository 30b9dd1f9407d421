# Expected output in digitalio_errors.exp: CPython has no digitalio module.
# Every documented misuse of DigitalInOut and its exact message.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import digitalio
import microcontroller


def attempt(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: digitalio.DigitalInOut(4))
attempt(lambda: digitalio.DigitalInOut("D4"))
attempt(lambda: digitalio.DigitalInOut(None))

d = digitalio.DigitalInOut(board.D13)
attempt(lambda: digitalio.DigitalInOut(board.D13))
attempt(lambda: digitalio.DigitalInOut(microcontroller.pin.GPIO13))

# input: no value, no drive mode
attempt(lambda: setattr(d, "value", True))
attempt(lambda: d.drive_mode)
attempt(lambda: setattr(d, "drive_mode", digitalio.DriveMode.OPEN_DRAIN))
attempt(lambda: setattr(d, "pull", 1))
attempt(lambda: setattr(d, "pull", digitalio.Direction.INPUT))
attempt(lambda: d.switch_to_input(pull="up"))
attempt(lambda: d.switch_to_input(digitalio.Pull.UP, 1))
attempt(lambda: d.switch_to_input(bogus=1))
attempt(lambda: setattr(d, "direction", 1))
attempt(lambda: setattr(d, "direction", None))

# output: no pull
d.switch_to_output()
attempt(lambda: d.pull)
attempt(lambda: setattr(d, "pull", digitalio.Pull.UP))
attempt(lambda: setattr(d, "pull", None))
attempt(lambda: d.switch_to_output(drive_mode=1))
attempt(lambda: setattr(d, "drive_mode", None))
attempt(lambda: d.switch_to_output(value=True, bogus=1))

# use after deinit
d.deinit()
attempt(lambda: d.value)
attempt(lambda: setattr(d, "value", 1))
attempt(lambda: d.direction)
attempt(lambda: setattr(d, "direction", digitalio.Direction.OUTPUT))
attempt(lambda: d.pull)
attempt(lambda: setattr(d, "pull", None))
attempt(lambda: d.drive_mode)
attempt(lambda: setattr(d, "drive_mode", digitalio.DriveMode.PUSH_PULL))
attempt(lambda: d.switch_to_output())
attempt(lambda: d.switch_to_input())
attempt(lambda: d.deinit())
# the pin is free again
digitalio.DigitalInOut(board.D13).deinit()
print("D13 free")
