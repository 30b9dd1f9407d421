# Open drain: True must let go of the line, never drive it high. gpio-sim
# has no open-drain mode, so the kernel emulates one: True makes the line
# an input ("in" in the trace), False drives it low ("out"). The kernel's
# gpio tracepoints record which of the two happened (each requested level
# is traced as "set" before it is applied).
import board
import digitalio
import vmsim


def step(what, action):
    vmsim.trace_start()
    action()
    vmsim.trace_stop()
    events = vmsim.driven(14)
    high = vmsim.drove(events, 1)
    print("%s: %s, drove high: %s" % (what, events, high))


vmsim.pull(14, True)
p = digitalio.DigitalInOut(board.D14)
step("switch_to_output(True, OPEN_DRAIN)",
     lambda: p.switch_to_output(value=True, drive_mode=digitalio.DriveMode.OPEN_DRAIN))
print(p.drive_mode, vmsim.level(14))


def set_value(v):
    p.value = v


step("value = False", lambda: set_value(False))
print("level", vmsim.level(14))
step("value = True", lambda: set_value(True))
step("value = False", lambda: set_value(False))


def set_drive(d):
    p.drive_mode = d


step("PUSH_PULL at False", lambda: set_drive(digitalio.DriveMode.PUSH_PULL))
step("value = True (push-pull)", lambda: set_value(True))
print("level", vmsim.level(14))
step("OPEN_DRAIN at True", lambda: set_drive(digitalio.DriveMode.OPEN_DRAIN))
print(p.drive_mode)
p.deinit()
print(vmsim.debug_line(14))
