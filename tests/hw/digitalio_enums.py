# Expected output in digitalio_enums.exp: CPython has no digitalio module.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import digitalio

print(digitalio.Direction.INPUT, digitalio.Direction.OUTPUT)
print(digitalio.Pull.UP, digitalio.Pull.DOWN)
print(digitalio.DriveMode.PUSH_PULL, digitalio.DriveMode.OPEN_DRAIN)
print(repr(digitalio.Pull.UP))
print(type(digitalio.Pull.UP) is digitalio.Pull, type(digitalio.Pull.UP).__name__)
print(digitalio.Pull.UP == digitalio.Pull.UP, digitalio.Pull.UP == digitalio.Pull.DOWN)
print(digitalio.Direction.INPUT is digitalio.Direction.INPUT)
for cls in (digitalio.Direction, digitalio.Pull, digitalio.DriveMode):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
print(sorted(n for n in dir(digitalio) if not n.startswith("_")))
