# Expected output in busio_i2c_basic.exp: CPython has no busio module.
# busio.I2C against the simulated board's devices: 24C02 EEPROM at 0x50,
# MCP9808 at 0x18, BME280 at 0x77, SSD1306 at 0x3C.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import array
import board
import busio

i2c = busio.I2C(board.SCL, board.SDA)
print(i2c.frequency)
while not i2c.try_lock():
    pass
print([hex(a) for a in i2c.scan()])
print(i2c.probe(0x77), i2c.probe(0x76), i2c.probe(0x18))

# register reads: one transaction with a repeated start
chip = bytearray(1)
i2c.writeto_then_readfrom(0x77, bytes([0xD0]), chip)
print("BME280 id", hex(chip[0]))
ids = bytearray(4)
i2c.writeto_then_readfrom(0x18, b"\x06", ids, in_end=2)
i2c.writeto_then_readfrom(0x18, b"\x07", ids, in_start=2)
print("MCP9808 ids", ids.hex())

# EEPROM: page write, then random and sequential reads
i2c.writeto(0x50, bytes([0x10]) + b"circuits")
out = bytearray(10)
i2c.writeto_then_readfrom(0x50, b"\x10", out)
print(bytes(out))
# slices of the buffers: only buffer[start:end] moves
msg = b"..\x20abc.."
i2c.writeto(0x50, msg, start=2, end=-2)
mv = memoryview(bytearray(b"--------"))
i2c.writeto_then_readfrom(0x50, b"\xff\x20\xff", mv, out_start=1, out_end=2, in_start=2, in_end=5)
print(bytes(mv))
# the pointer moved on: a plain read continues after the last byte read
nxt = bytearray(2)
i2c.readfrom_into(0x50, nxt)
print(bytes(nxt))
# arrays slice by items, not bytes
words = array.array("H", [0x4241, 0x4443, 0x4645])
i2c.writeto(0x50, b"\x30")
i2c.writeto(0x50, bytes([0x30]) + bytes(words), end=5)
back = array.array("H", [0, 0, 0])
i2c.writeto_then_readfrom(0x50, b"\x30", back, in_start=1, in_end=3)
print([hex(w) for w in back])
# out_buffer and in_buffer may be the same buffer
same = bytearray([0x10, 0, 0])
i2c.writeto_then_readfrom(0x50, same, same, out_end=1)
print(bytes(same))
i2c.unlock()
i2c.deinit()

with busio.I2C(board.SCL, board.SDA, frequency=400000) as i2c:
    print(i2c.frequency)
    print(i2c.try_lock(), i2c.scan() == [0x18, 0x3C, 0x50, 0x77])
print("done")
