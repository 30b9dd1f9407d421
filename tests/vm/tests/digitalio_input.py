# Inputs and pulls: gpio-sim's pull attribute drives a line from outside;
# a bias the program asks for is applied by the kernel (gpio-sim turns a
# pull-up or pull-down bias into the line's level).
import board
import digitalio
import vmsim

p = digitalio.DigitalInOut(board.D13)
print(p.direction, p.pull)
vmsim.pull(13, True)
print("outside up:", p.value)
vmsim.pull(13, False)
print("outside down:", p.value)
p.pull = digitalio.Pull.UP
print(p.pull, "->", p.value, vmsim.level(13))
p.pull = digitalio.Pull.DOWN
print(p.pull, "->", p.value, vmsim.level(13))
p.switch_to_input(pull=digitalio.Pull.UP)
print(p.pull, "->", p.value)
p.pull = None
vmsim.pull(13, False)
print(p.pull, "outside down ->", p.value)
vmsim.pull(13, True)
print(p.pull, "outside up ->", p.value)
try:
    p.value = False
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.drive_mode = digitalio.DriveMode.OPEN_DRAIN
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.pull = 3
except (ValueError, TypeError) as e:
    print(type(e).__name__ + ":", e)
p.deinit()
