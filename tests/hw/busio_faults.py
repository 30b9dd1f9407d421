# Expected output in busio_faults.exp: CPython has no busio module.
# Faults injected through the sim module give CircuitPython's exceptions:
# no acknowledge -> OSError ENODEV, timeout -> ETIMEDOUT, anything else
# -> EIO; probe() and scan() report a missing device as absent.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import busio
import digitalio
import errno
import sim


def attempt(f):
    try:
        r = f()
        print("ok", r)
    except OSError as e:
        print("OSError", errno.errorcode[e.errno], e)
    except Exception as e:
        print(type(e).__name__, e)


i2c = busio.I2C(board.SCL, board.SDA)
i2c.try_lock()
buf = bytearray(1)
read_id = lambda: i2c.writeto_then_readfrom(0x77, b"\xd0", buf) or hex(buf[0])  # noqa: E731

for kind in ("nack", "timeout", "eio"):
    sim.fault("bme280", kind)
    print(kind, end=": ")
    attempt(read_id)
    attempt(lambda: i2c.writeto(0x77, b"\xd0"))
    attempt(lambda: i2c.readfrom_into(0x77, buf))
    attempt(lambda: i2c.probe(0x77))
    attempt(lambda: [hex(a) for a in i2c.scan()])
    attempt(lambda: i2c.probe(0x18))  # the other devices are fine
    sim.fault("bme280", None)
    attempt(read_id)

# a counted fault clears itself
sim.fault(0x18, "timeout", count=1)
attempt(lambda: i2c.writeto(0x18, b"\x05"))
attempt(lambda: i2c.writeto(0x18, b"\x05"))

# faults of the whole bus
for kind in ("nack", "timeout", "eio", "stuck"):
    sim.bus_fault("i2c1", kind)
    print("bus", kind, end=": ")
    attempt(read_id)
    attempt(lambda: i2c.scan())
    sim.clear_faults()
attempt(read_id)
i2c.unlock()
i2c.deinit()

# SPI: the bus fails as a whole, or a stuck MISO reads zeros
spi = busio.SPI(board.SCK, board.MOSI, board.MISO)
cs = digitalio.DigitalInOut(board.CE0)
cs.switch_to_output(True)
spi.try_lock()
sim.set_value(board.CE0, "ch0", 3.3)


def convert():
    out = bytearray(3)
    cs.value = False
    try:
        spi.write_readinto(b"\x01\x80\x00", out)
    finally:
        cs.value = True
    return out.hex()


attempt(convert)
for kind in ("timeout", "eio", "stuck"):
    sim.bus_fault("spi0", kind)
    print("spi", kind, end=": ")
    attempt(convert)
    attempt(lambda: spi.write(b"\x00"))
    attempt(lambda: spi.readinto(bytearray(1)))
    sim.clear_faults()
sim.fault(board.CE0, "eio")
print("device eio", end=": ")
attempt(convert)
sim.clear_faults()
attempt(convert)
spi.unlock()
spi.deinit()
cs.deinit()
