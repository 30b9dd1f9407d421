# Expected output in busio_i2c_lock.exp: CPython has no busio module.
# One lock per bus: two device drivers on one busio.I2C (bus_device-style
# users from lib/) take turns; whoever holds the lock may transfer, nobody
# else can take it, and deinit gives it up.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import busio
from bus_device import I2CDevice

i2c = busio.I2C(board.SCL, board.SDA)
eeprom = I2CDevice(i2c, 0x50)
sensor = I2CDevice(i2c, 0x77)
try:
    I2CDevice(i2c, 0x51)
except ValueError as e:
    print("ValueError", e)
print(i2c.try_lock())  # the probes above gave the lock back
i2c.unlock()

buf = bytearray(1)
with eeprom as bus:
    print(bus is eeprom)
    # the other user of the same bus cannot take the lock now
    print(sensor.i2c.try_lock(), i2c.try_lock())
    bus.write(b"\x00\x5a")
    bus.write_then_readinto(b"\x00", buf)
    print(hex(buf[0]))
print(i2c.try_lock())  # free again after the with block
i2c.unlock()

with sensor as bus:
    bus.write_then_readinto(b"\xd0", buf)
    print(hex(buf[0]))

# an error inside the block still unlocks
ghost = I2CDevice(i2c, 0x33, probe=False)
try:
    with ghost as bus:
        bus.readinto(buf)
except OSError as e:
    print("OSError", e.errno)
print(i2c.try_lock())

# deinit while locked: the lock goes with the object
i2c.deinit()
i2c = busio.I2C(board.SCL, board.SDA)
print(i2c.try_lock())
i2c.deinit()
