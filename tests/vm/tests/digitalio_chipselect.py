# vm: board=raspberry_pi_4b
# DigitalInOut(board.CE0) when the kernel's SPI driver owns CE0 (the hook
# holds the line as "spi0 CS0"): a chip-select proxy. While it is low,
# busio.SPI transfers go to /dev/spidev0.0 with the hardware chip select
# held across them; going high deselects it. cp_spi_mock logs every
# chip-select change the SPI core makes (cs_log: "0L" selects chip select
# 0, "0H" deselects it).
import board
import busio
import digitalio
import vmsim


def p(name):
    return vmsim.param("cp_spi_mock", name)


def cs_log():
    """The chip-select changes since the last call."""
    log = p("cs_log")
    vmsim.write("/sys/module/cp_spi_mock/parameters/cs_log", "\n")
    return log or "-"


def error(f):
    try:
        f()
    except Exception as e:  # noqa: BLE001 - the message is the point
        print("  %s: %s" % (type(e).__name__, e))


class Device:
    """What adafruit_bus_device.SPIDevice does around a transaction."""

    def __init__(self, spi, cs):
        self.spi, self.cs = spi, cs
        cs.switch_to_output(value=True)

    def __enter__(self):
        while not self.spi.try_lock():
            pass
        self.spi.configure(baudrate=1000000, polarity=0, phase=0)
        self.cs.value = False
        return self.spi

    def __exit__(self, *exc):
        self.cs.value = True
        self.spi.unlock()


# Created before any SPI bus is open: the proxy only needs spidev0.0 to exist.
ce0 = digitalio.DigitalInOut(board.CE0)
print("CE0:", ce0.direction, ce0.value, vmsim.debug_line(8, vmsim.PI))
spi = board.SPI()
dev0 = Device(spi, ce0)
cs_log()
buf = bytearray(3)
with dev0 as s:
    m0 = int(p("msgs"))
    s.write(b"\x01\x02")
    s.readinto(buf, write_value=0x11)
    # 0H: setting the node's mode (no longer SPI_NO_CS) deselects, then the
    # first message selects and nothing deselects until the proxy goes high
    print("during:", p("last_cs"), p("last_msg"), "cs", cs_log(), "messages", int(p("msgs")) - m0)
print("after:", cs_log(), "reply", [hex(b) for b in buf])

# Without a low proxy, transfers do not select through the kernel (SPI_NO_CS).
while not spi.try_lock():
    pass
spi.write(b"\x03")
print("no proxy low:", "mode", hex(int(p("last_mode"))), "cs", cs_log())
spi.unlock()

# CE1 routes to /dev/spidev0.1, configured like the bus.
dev1 = Device(spi, digitalio.DigitalInOut(board.CE1))
cs_log()
with dev1 as s:
    s.write_readinto(b"\x0f", buf, in_end=1)
    print("CE1:", p("last_cs"), p("last_msg"), p("last_speed"), cs_log(), hex(buf[0]))
print("CE1 after:", cs_log())

# A pulse with no transfer reaches the chip select as an empty message.
ce0.value = False
ce0.value = True
print("pulse:", cs_log(), "last_msg", repr(p("last_msg")))

# Both low at once: which device would answer?
ce0.value = False
dev1.cs.value = False
while not spi.try_lock():
    pass
error(lambda: spi.write(b"\x05"))
dev1.cs.value = True  # it went low and high: a pulse on CE1
print("both low:", cs_log())
spi.write(b"\x06")
print("CE0 alone again:", p("last_cs"), p("last_msg"), cs_log())
spi.unlock()

# deinit() while selected deselects.
ce0.deinit()
print("deinit while low:", cs_log())

# What a chip select cannot be.
ce0 = digitalio.DigitalInOut(board.CE0)
error(lambda: digitalio.DigitalInOut(board.CE0))
error(ce0.switch_to_input)
error(lambda: ce0.switch_to_output(drive_mode=digitalio.DriveMode.OPEN_DRAIN))
ce0.deinit()
spi.deinit()
dev1.cs.deinit()
print("end:", cs_log())
