# Expected output in bitbangio_spi_devices.exp: CPython has no bitbangio.
# bitbangio.SPI talking to a simulated MCP3008 ADC on the board's SPI
# pins, with a DigitalInOut as chip select: the sim's wire-level decoder
# samples MOSI on rising SCK edges and the device drives MISO (modes 0
# and 3, the modes the chip supports).
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import bitbangio
import board
import digitalio
import sim

CS = board.D22
sim.attach("mcp3008", "spi0", cs=CS)
sim.set_value(CS, "ch0", 0.0)
sim.set_value(CS, "ch3", 3.3)
sim.set_value(CS, "ch5", 1.65)
sim.set_value(CS, "ch7", 0.825)
sim.clear_transactions()

cs = digitalio.DigitalInOut(CS)
cs.switch_to_output(value=True)
spi = bitbangio.SPI(board.SCK, MOSI=board.MOSI, MISO=board.MISO)
spi.try_lock()


def adc(ch):
    out = bytes([0x01, 0x80 | ch << 4, 0x00])
    buf = bytearray(3)
    cs.value = False
    spi.write_readinto(out, buf)
    cs.value = True
    return (buf[1] & 3) << 8 | buf[2]


for mode in (0, 3):
    spi.configure(baudrate=1000000, polarity=mode >> 1, phase=mode & 1)
    print("mode", mode, [adc(ch) for ch in (0, 3, 5, 7)])

# the same conversion as three separate calls under one chip select
spi.configure()
cs.value = False
spi.write(b"\x01")
hi = bytearray(1)
spi.write_readinto(b"\xb0", hi)
lo = bytearray(1)
spi.readinto(lo)
cs.value = True
print((hi[0] & 3) << 8 | lo[0])

# a master in mode 1 samples the device's bits half a clock late: garbage
spi.configure(polarity=0, phase=1)
print(adc(3) == 1023)
spi.configure()

# the log: what the board sent and what it read, per chip selection
for bus, cs_pin, d, data, err in sim.transactions()[:2]:
    print(bus, d, bytes(data).hex(), err)
# deselected, the device lets MISO go
print(sim.get_output(board.MISO))
spi.deinit()
cs.deinit()
