# Expected output in busio_i2c_transactions.exp: CPython has no busio module.
# What busio puts on the wire, seen through the sim's transaction log and
# through the 24C02 EEPROM, which programs a page write only at a STOP:
# writeto_then_readfrom sends no STOP between its write and its read.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import busio
import sim

i2c = busio.I2C(board.SCL, board.SDA)
i2c.try_lock()
sim.clear_transactions()
buf = bytearray(2)
i2c.writeto(0x50, b"\x40AB")               # write + STOP: programmed
i2c.writeto_then_readfrom(0x50, b"\x40", buf)
print(bytes(buf))
i2c.writeto_then_readfrom(0x50, b"\x40XY", buf)  # repeated START: abandoned
print(bytes(buf))
i2c.writeto_then_readfrom(0x50, b"\x40", buf)
print(bytes(buf))
i2c.readfrom_into(0x18, buf, start=1)
i2c.writeto(0x3C, b"", start=0)
try:
    i2c.writeto(0x11, b"\x01\x02")
except OSError as e:
    print("OSError", e.errno)
for t in sim.transactions():
    print(t)
sim.clear_transactions()
print(sim.transactions())

# SPI: the bytes both ways; the address field is the chip-select pin
i2c.unlock()
i2c.deinit()
import digitalio

spi = busio.SPI(board.SCK, board.MOSI, board.MISO)
cs = digitalio.DigitalInOut(board.CE0)
cs.switch_to_output(True)
spi.try_lock()
sim.set_value(board.CE0, "ch3", 1.65)
out = bytearray(3)
cs.value = False
spi.write_readinto(bytes([0x01, 0x80 | 3 << 4, 0x00]), out)
cs.value = True
spi.write(b"\xaa")
spi.readinto(out, end=1, write_value=0x5A)
for t in sim.transactions():
    print(t[0], t[1] == board.CE0, t[1], t[2], t[3].hex(), t[4])
print(((out[1] & 3) << 8) | out[2])
