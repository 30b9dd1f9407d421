# Outputs on the test board (gpio-sim chip cp-vm-gpio): the level the
# kernel drives shows in gpio-sim's sysfs, and the line is released (an
# input again, unused) after deinit.
import board
import digitalio
import vmsim

p = digitalio.DigitalInOut(board.D12)
print(p.direction, vmsim.debug_line(12))
p.direction = digitalio.Direction.OUTPUT
print(p.direction, p.value, vmsim.level(12), vmsim.debug_line(12))
p.value = True
print(p.value, vmsim.level(12))
p.value = False
print(p.value, vmsim.level(12))
p.switch_to_output(value=True)
print(p.value, vmsim.level(12), p.drive_mode)
for v in (0, 1, 0, 1):
    p.value = v
    print(vmsim.level(12), end=" ")
print()
try:
    p.pull = digitalio.Pull.UP
except AttributeError as e:
    print("AttributeError:", e)
p.deinit()
print(vmsim.debug_line(12))
try:
    p.value = True
except ValueError as e:
    print("ValueError:", e)
with digitalio.DigitalInOut(board.LED) as led:
    led.switch_to_output(True)
    print(repr(board.LED), vmsim.level(0))
print(vmsim.debug_line(0))
