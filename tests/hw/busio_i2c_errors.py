# Expected output in busio_i2c_errors.exp: CPython has no busio module.
# Every documented misuse of busio.I2C and its exact message; none needs a
# device on the bus.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import array
import board
import busio
import digitalio


def attempt(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


# constructor: types, pin use, pins that make no bus, values
attempt(lambda: busio.I2C(3, board.SDA))
attempt(lambda: busio.I2C(board.SCL, None))
attempt(lambda: busio.I2C(board.SCL))
attempt(lambda: busio.I2C(board.SDA, board.SCL))
attempt(lambda: busio.I2C(board.SCL, board.SCL))
attempt(lambda: busio.I2C(board.D4, board.D5))
attempt(lambda: busio.I2C(board.SCL, board.SDA, frequency=0))
attempt(lambda: busio.I2C(board.SCL, board.SDA, frequency="fast"))
attempt(lambda: busio.I2C(board.SCL, board.SDA, 400000))
attempt(lambda: busio.I2C(board.SCL, board.SDA, bogus=1))
attempt(lambda: busio.I2C(board.SCL, board.SDA, frequency=100_000_000))
held = digitalio.DigitalInOut(board.SDA)
attempt(lambda: busio.I2C(board.SCL, board.SDA))
attempt(lambda: busio.I2C(board.D4, board.SDA))  # in use comes first
held.deinit()
# a failed constructor leaves every pin free
for p in (board.SCL, board.SDA):
    digitalio.DigitalInOut(p).deinit()
print("pins free")

i2c = busio.I2C(board.SCL, board.SDA, frequency=400000, timeout=1000)
attempt(lambda: busio.I2C(board.SCL, board.SDA))
attempt(lambda: digitalio.DigitalInOut(board.SCL))

# everything that talks to the bus needs the lock, checked before arguments
buf = bytearray(2)
for name, call in (
    ("scan", lambda: i2c.scan()),
    ("probe", lambda: i2c.probe(0x50)),
    ("readfrom_into", lambda: i2c.readfrom_into(0x50, buf)),
    ("writeto", lambda: i2c.writeto(0x50, buf)),
    ("writeto_then_readfrom", lambda: i2c.writeto_then_readfrom(0x50, buf, buf)),
    ("bad args", lambda: i2c.writeto()),
):
    print(name, end=": ")
    attempt(call)

print(i2c.try_lock(), i2c.try_lock())
# an address nobody answers: ENODEV
attempt(lambda: i2c.probe(0x08))
attempt(lambda: i2c.writeto(0x08, b"\x00"))
try:
    i2c.readfrom_into(0x08, buf)
except OSError as e:
    print("OSError", e.errno, e)
attempt(lambda: i2c.writeto(0x08, b""))
# values
attempt(lambda: i2c.probe(0x80))
attempt(lambda: i2c.probe(-1))
attempt(lambda: i2c.writeto(128, b"x"))
attempt(lambda: i2c.readfrom_into(0x08, bytearray(0)))
attempt(lambda: i2c.readfrom_into(0x08, bytearray(4), start=2, end=2))
attempt(lambda: i2c.readfrom_into(0x08, bytearray(4), start=5))
attempt(lambda: i2c.readfrom_into(0x08, bytearray(4), end=-4))
attempt(lambda: i2c.writeto_then_readfrom(0x08, b"\x00", bytearray(1), in_start=1))
attempt(lambda: i2c.readfrom_into(0x08, b"read-only"))
attempt(lambda: i2c.readfrom_into(0x08, "text"))
attempt(lambda: i2c.writeto(0x08, 5))
attempt(lambda: i2c.writeto(0x08, "text"))
attempt(lambda: i2c.writeto(0x08, b"x", start="0"))
attempt(lambda: i2c.writeto(0x08, b"x", 0))
attempt(lambda: i2c.writeto_then_readfrom(0x08, b"x", memoryview(b"ro")))
attempt(lambda: i2c.readfrom_into(0x08, array.array("H", [1, 2]), start=1, end=1))
i2c.unlock()
print(i2c.try_lock())
i2c.unlock()
i2c.unlock()  # unlocking an unlocked bus is harmless

# use after deinit
i2c.deinit()
i2c.deinit()  # twice is fine
for name, call in (
    ("try_lock", lambda: i2c.try_lock()),
    ("unlock", lambda: i2c.unlock()),
    ("scan", lambda: i2c.scan()),
    ("probe", lambda: i2c.probe(0x50)),
    ("readfrom_into", lambda: i2c.readfrom_into(0x50, buf)),
    ("writeto", lambda: i2c.writeto(0x50, buf)),
    ("writeto_then_readfrom", lambda: i2c.writeto_then_readfrom(0x50, buf, buf)),
    ("frequency", lambda: i2c.frequency),
):
    print(name, end=": ")
    attempt(call)
attempt(lambda: setattr(i2c, "frequency", 1))
# the pins are free again
digitalio.DigitalInOut(board.SCL).deinit()
busio.I2C(board.SCL, board.SDA).deinit()
print("done")
