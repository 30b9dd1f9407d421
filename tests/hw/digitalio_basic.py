# Expected output in digitalio_basic.exp: CPython has no digitalio module.
# DigitalInOut: defaults, switching, properties, on the simulated board.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import digitalio
import sim

d = digitalio.DigitalInOut(board.D5)
print(d, type(d).__name__)
print(d.direction, d.pull, d.value)
d.switch_to_output()
print(d.direction, d.value, d.drive_mode, sim.get_output(board.D5))
d.switch_to_output(value=True)
print(d.value, sim.get_output(board.D5))
d.value = 0
print(d.value, sim.get_output(board.D5))
d.value = "yes"  # any truthy value
print(d.value)
d.switch_to_output(True, digitalio.DriveMode.OPEN_DRAIN)
print(d.drive_mode, sim.get_output(board.D5), d.value)
d.value = False
print(sim.get_output(board.D5), d.value)
d.drive_mode = digitalio.DriveMode.PUSH_PULL
print(d.drive_mode, d.value, sim.get_output(board.D5))
d.switch_to_input()
print(d.direction, d.pull, sim.get_output(board.D5))
d.switch_to_input(pull=digitalio.Pull.UP)
print(d.pull, d.value)
d.pull = digitalio.Pull.DOWN
print(d.pull, d.value)
d.pull = None
print(d.pull, d.value)
d.switch_to_input(digitalio.Pull.UP)
d.direction = digitalio.Direction.OUTPUT
print(d.direction, d.value, d.drive_mode)
d.direction = digitalio.Direction.INPUT
print(d.direction, d.pull)
# outside levels reach inputs
sim.set_input(board.D5, True)
print(d.value)
sim.set_input(board.D5, False)
print(d.value)
sim.set_input(board.D5, None)
d.deinit()
d.deinit()  # twice is fine
print("done")
