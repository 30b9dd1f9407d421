# Expected output in digitalio_glitch.exp: CPython has no digitalio module.
# Outputs start at their value: the recorded history of what the board
# drives never passes through the other level.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import digitalio
import sim

sim.reset()
d = digitalio.DigitalInOut(board.D20)
print(sim.output_history(board.D20))
d.switch_to_output(value=True)
d.value = True
d.value = False
d.value = True
d.switch_to_input()
d.switch_to_output(value=True, drive_mode=digitalio.DriveMode.OPEN_DRAIN)
d.value = False
d.deinit()
hist = sim.output_history(board.D20)
print([v for t, v in hist])
times = [t for t, v in hist]
print(times == sorted(times), all(type(t) is int for t in times))
print(sim.output_history(board.D21))

# direction = OUTPUT starts low
d = digitalio.DigitalInOut(board.D21)
d.direction = digitalio.Direction.OUTPUT
print([v for t, v in sim.output_history(board.D21)])
d.deinit()
