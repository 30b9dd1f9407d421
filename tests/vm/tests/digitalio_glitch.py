# switch_to_output(value=True) must never drive the line low first. The
# kernel's gpio tracepoints record every level it drives on a line (the
# request that makes it an output included), so a glitch would show as a
# 0 driven before the 1.
import board
import digitalio
import vmsim


def check(what, line, action):
    vmsim.trace_start()
    action()
    vmsim.trace_stop()
    events = vmsim.driven(line)
    print("%s: %s, drove low: %s, level %d" % (what, events, vmsim.drove(events, 0), vmsim.level(line)))


vmsim.pull(15, False)  # the line idles low outside
p = digitalio.DigitalInOut(board.D15)
check("input -> output(True)", 15, lambda: p.switch_to_output(value=True))

p.value = False
p.switch_to_input()
check("output(False) -> input -> output(True)", 15, lambda: p.switch_to_output(True))

p.switch_to_input(pull=digitalio.Pull.DOWN)
check("input pulled down -> output(True)", 15, lambda: p.switch_to_output(True))


def direction_output():
    p.direction = digitalio.Direction.OUTPUT


p.switch_to_input()
check("direction = OUTPUT (starts False)", 15, direction_output)

vmsim.pull(16, True)
q = digitalio.DigitalInOut(board.D16)
check("input -> output(True, OPEN_DRAIN)", 16,
      lambda: q.switch_to_output(True, digitalio.DriveMode.OPEN_DRAIN))


def drive_changes():
    q.drive_mode = digitalio.DriveMode.PUSH_PULL
    q.drive_mode = digitalio.DriveMode.OPEN_DRAIN
    q.drive_mode = digitalio.DriveMode.PUSH_PULL


check("drive mode changes at True", 16, drive_changes)
p.deinit()
q.deinit()
