# Expected output in faults_matrix.exp: CPython has no busio or sim.
# Every fault kind the sim injects, on a device and on its whole bus,
# through every bus API that reaches the device: busio.I2C and
# bitbangio.I2C (on the board bus's pins and on bare pins), busio.SPI and
# bitbangio.SPI. I2C gives the documented exceptions on both: nack ->
# OSError ENODEV, timeout -> ETIMEDOUT, eio and a stuck SDA -> EIO. SPI
# has no acknowledge: busio reports timeout and eio, and on either API a
# NACKing device leaves MISO high and a stuck bus holds it low.
import errno

import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import bitbangio
import board
import busio
import digitalio
import sim


def attempt(f):
    try:
        r = f()
        return "ok " + str(r)
    except OSError as e:
        return errno.errorcode[e.errno]
    except Exception as e:
        return type(e).__name__


def i2c_ops(i2c, addr):
    buf = bytearray(2)

    def wr_rd():
        i2c.writeto_then_readfrom(addr, b"\x05", buf)
        return "data"

    def rd():
        i2c.readfrom_into(addr, buf)
        return "data"

    return [("w+r", wr_rd), ("w", lambda: i2c.writeto(addr, b"\x05")), ("r", rd),
            ("probe", lambda: i2c.probe(addr)), ("scan", lambda: addr in i2c.scan())]


def i2c_matrix(label, i2c, bus, addr):
    i2c.try_lock()
    print(label, [name for name, _ in i2c_ops(i2c, addr)])
    print("  none", [attempt(f) for _, f in i2c_ops(i2c, addr)])
    for where in ("device", "bus"):
        for kind in ("nack", "timeout", "eio", "stuck"):
            if where == "device" and kind == "stuck":
                continue
            row = []
            for _, f in i2c_ops(i2c, addr):
                if where == "device":
                    sim.fault(addr, kind)
                else:
                    sim.bus_fault(bus, kind)
                row.append(attempt(f))
                sim.clear_faults()
            print("  %s %s" % (where, kind), row)
    # a counted fault clears itself after that many messages
    sim.fault(addr, "nack", count=2)
    print("  count=2", [attempt(lambda: i2c.writeto(addr, b"\x05")) for _ in range(3)])
    print("  cleared", attempt(i2c_ops(i2c, addr)[0][1]))
    i2c.deinit()


i2c_matrix("busio.I2C", busio.I2C(board.SCL, board.SDA), "i2c1", 0x18)
i2c_matrix("bitbangio.I2C", bitbangio.I2C(board.SCL, board.SDA, timeout=1000), "i2c1", 0x18)
# bare pins: no board bus to fault, the device's own faults only
sim.attach("mcp9808", (board.D12, board.D13), 0x1A)
bb = bitbangio.I2C(board.D12, board.D13, timeout=1000)
bb.try_lock()
for kind in ("nack", "timeout", "eio"):
    sim.fault(0x1A, kind)
    print("bare pins", kind, [attempt(f) for _, f in i2c_ops(bb, 0x1A)])
    sim.clear_faults()
print("bare pins none", [attempt(f) for _, f in i2c_ops(bb, 0x1A)])
bb.deinit()
sim.detach(0x1A)

sim.set_value(board.CE0, "ch0", 3.3)
cs = digitalio.DigitalInOut(board.CE0)
cs.switch_to_output(True)


def spi_matrix(label, spi):
    spi.try_lock()

    def convert():
        out = bytearray(3)
        cs.value = False
        try:
            spi.write_readinto(b"\x01\x80\x00", out)
        finally:
            cs.value = True
        return out.hex()

    print(label, "none", attempt(convert))
    for where in ("device", "bus"):
        for kind in ("nack", "timeout", "eio", "stuck"):
            if where == "device" and kind == "stuck":
                continue
            if where == "device":
                sim.fault(board.CE0, kind)
            else:
                sim.bus_fault("spi0", kind)
            print("  %s %s" % (where, kind), attempt(convert))
            sim.clear_faults()
    spi.deinit()


spi_matrix("busio.SPI", busio.SPI(board.SCK, board.MOSI, board.MISO))
spi_matrix("bitbangio.SPI", bitbangio.SPI(board.SCK, board.MOSI, board.MISO))
cs.deinit()

# unknown kinds and devices, arguments of the wrong type
for bad in (lambda: sim.fault(0x18, "bogus"), lambda: sim.bus_fault("i2c1", "bogus"),
            lambda: sim.fault(0x18, "stuck"), lambda: sim.fault(0x42, "nack"),
            lambda: sim.bus_fault("nobus", "nack"), lambda: sim.fault(0x18, 5),
            lambda: sim.display_png(0x3C, 5), lambda: sim.trace(5)):
    try:
        bad()
        print("accepted")
    except Exception as e:
        print(type(e).__name__, e)
