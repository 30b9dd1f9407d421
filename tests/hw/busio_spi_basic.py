# Expected output in busio_spi_basic.exp: CPython has no busio module.
# busio.SPI against the simulated board's MCP3008 (chip select CE0).
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import array
import board
import busio
import digitalio

spi = busio.SPI(board.SCK, board.MOSI, board.MISO)
cs = digitalio.DigitalInOut(board.CE0)
cs.switch_to_output(value=True)
print(spi.frequency)  # configured with the defaults at construction
while not spi.try_lock():
    pass
spi.configure(baudrate=1000000, polarity=0, phase=0, bits=8)
print(spi.frequency)
spi.configure(baudrate=10**9)  # beyond the sim's 50 MHz: the actual rate
print(spi.frequency)
spi.configure(baudrate=500000, polarity=1, phase=1)
print(spi.frequency)

# nobody selected: MISO floats high
buf = bytearray(3)
spi.readinto(buf)
print(buf.hex())
spi.write(b"\x01\x80\x00")

# one conversion: start bit, single-ended channel 0, then the result
cs.value = False
spi.write_readinto(b"\x01\x80\x00", buf)
cs.value = True
print(buf.hex())
# the same through slices of bigger buffers
out = bytearray(b"\xee\x01\x80\x00\xee")
into = array.array("B", [0xAA] * 6)
cs.value = False
spi.write_readinto(out, into, out_start=1, out_end=4, in_start=2, in_end=5)
cs.value = True
print(bytes(into).hex())
# readinto sends write_value for every byte it reads: 0x01 is the start
# bit, the next bytes' bits are SGL, D2..D0 = 1, 111: channel 7
cs.value = False
spi.readinto(buf, end=1, write_value=0x01)
spi.readinto(buf, start=1, write_value=0xFF)
cs.value = True
print(buf.hex())
spi.unlock()
spi.deinit()
cs.deinit()

# a driver written like Adafruit's, over bus_device.SPIDevice (lib/)
from mcp3008 import MCP3008

with busio.SPI(board.SCK, board.MOSI, board.MISO) as spi:
    adc = MCP3008(spi, digitalio.DigitalInOut(board.CE0))
    print([adc.read(ch) for ch in range(8)])
    print(spi.try_lock())
print("done")
