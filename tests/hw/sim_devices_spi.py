# Expected output in sim_devices_spi.exp: CPython has no board or sim.
# The simulated MCP3008 on the default SPI bus, chip select CE0 driven with
# digitalio as adafruit_bus_device does, read the way adafruit_mcp3xxx
# reads it (three bytes, the result in the low 10 bits).
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import busio
import digitalio
import sim

spi = busio.SPI(board.SCK, MOSI=board.MOSI, MISO=board.MISO)
cs = digitalio.DigitalInOut(board.CE0)
cs.switch_to_output(True)
while not spi.try_lock():
    pass
spi.configure(baudrate=1000000, polarity=0, phase=0)


def read(ch, single=True):
    out = bytearray([0x01, (0x80 if single else 0) | ch << 4, 0])
    inb = bytearray(3)
    cs.value = False
    spi.write_readinto(out, inb)
    cs.value = True
    return ((inb[1] & 0x03) << 8) | inb[2]


volts = [0.0, 0.5, 1.0, 1.65, 2.0, 2.5, 3.0, 3.3]
for ch, v in enumerate(volts):
    sim.set_value(board.CE0, "ch%d" % ch, v)
print([read(ch) for ch in range(8)])
# pseudo-differential pairs: CH0-CH1, CH1-CH0, CH2-CH3, ...
print([read(ch, single=False) for ch in range(8)])
print(sim.get_value("mcp3008", "ch3"), sim.get_value("mcp3008", "vref"))
sim.set_value("mcp3008", "vref", 5.0)
sim.set_value("mcp3008", "ch0", 5.0)
print(read(0), read(3))
sim.set_value("mcp3008", "vref", 3.3)
# without chip select the device does not answer: MISO stays high
inb = bytearray(3)
spi.write_readinto(b"\x01\x80\x00", inb)
print(inb.hex())
# the log: bytes written and read under the chip-select pin
sim.clear_transactions()
read(7)
print(sim.transactions())
# faults: a stuck MISO reads zeros, EIO fails the transfer
sim.bus_fault("spi0", "stuck")
print(read(7))
sim.bus_fault("spi0", "eio")
try:
    read(7)
except OSError as e:
    print("OSError", e.errno)
sim.clear_faults()
print(read(7))
# a second MCP3008 on CE1
sim.attach("mcp3008", "spi0", cs=board.CE1, options=("vref=5.0",))
sim.set_value(board.CE1, "ch2", 2.5)
cs1 = digitalio.DigitalInOut(board.CE1)
cs1.switch_to_output(True)
cs1.value = False
inb = bytearray(3)
spi.write_readinto(b"\x01\xa0\x00", inb)
cs1.value = True
print(((inb[1] & 3) << 8) | inb[2], sim.devices()[-1])
sim.detach(board.CE1)
spi.unlock()
spi.deinit()
cs.deinit()
cs1.deinit()
