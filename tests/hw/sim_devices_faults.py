# Expected output in sim_devices_faults.exp: CPython has no board or sim.
# Injected faults on simulated I2C devices and buses, as busio reports
# them (OSError with CircuitPython's errno), and the transaction log.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import errno

import board
import sim

i2c = board.I2C()
while not i2c.try_lock():
    pass
sim.clear_transactions()


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except OSError as e:
        print(label, "OSError", errno.errorcode[e.errno])


def read_id():
    buf = bytearray(2)
    i2c.writeto_then_readfrom(0x18, b"\x06", buf)
    return buf.hex()


attempt("absent", lambda: i2c.writeto(0x33, b"\x00"))
for kind in ("nack", "timeout", "eio"):
    sim.fault("mcp9808", kind)
    attempt(kind, read_id)
    print(" probe", i2c.probe(0x18), "others", i2c.probe(0x50))
sim.fault(0x18, None)
attempt("cleared", read_id)
# a fault that clears by itself after one message
sim.fault(0x18, "eio", count=1)
attempt("once", read_id)
attempt("again", read_id)
# a bus fault hits every device; stuck SDA also reads low as a pin
sim.bus_fault("i2c1", "stuck")
attempt("stuck 0x50", lambda: i2c.writeto(0x50, b"\x00"))
attempt("stuck 0x77", lambda: i2c.writeto(0x77, b"\xd0"))
print(" scan", i2c.scan())
sim.bus_fault("i2c1", "timeout")
attempt("bus timeout", read_id)
sim.clear_faults()
attempt("all clear", read_id)

# the log: (bus, address, 'w' | 'r', bytes, errno)
sim.clear_transactions()
i2c.writeto(0x50, b"\x10hi")
buf = bytearray(2)
i2c.writeto_then_readfrom(0x50, b"\x10", buf)
attempt("absent", lambda: i2c.readfrom_into(0x42, buf))
for t in sim.transactions():
    print(t)
sim.clear_transactions()
print(sim.transactions())

# misuse of the API
for f in (
    lambda: sim.fault("24c02", "stuck"),
    lambda: sim.fault("nothing", "nack"),
    lambda: sim.fault(0x18, "melted"),
    lambda: sim.bus_fault("i2c9", "eio"),
    lambda: sim.set_value("bme280", "colour", 1),
    lambda: sim.set_value("bme280", "temperature", 200),
    lambda: sim.attach("toaster"),
    lambda: sim.attach("24c02", "i2c1", 0x50),
    lambda: sim.attach("24c02", "spi0"),
    lambda: sim.display_text("bme280"),
    lambda: sim.detach(0x42),
):
    try:
        f()
        print("no error")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sim.attach("24c02", "i2c1", 0x57)
try:
    sim.get_value("24c02", "mem[0]")
except ValueError as e:
    print("ValueError", e)
print(sim.get_value(("i2c1", 0x57), "mem[0]"))
sim.detach(0x57)
sim.set_value(("i2c1", "bme280"), "humidity", 61.5)
print(sim.get_value(("i2c1", "bme280"), "humidity"))
for bad in (lambda: sim.set_value(1.5, "x", 1), lambda: sim.set_value(("i2c1",), "x", 1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
i2c.unlock()
