# busio.I2C on /dev/i2c-1: cp_i2c_mock, a plain-I2C adapter with a
# register file at 0x50 (regs[i] == i at load). The mock records each
# transfer (one I2C_RDWR) as its messages: "w50:10 r50:3" is a write of
# 0x10 then, after a repeated start, a 3-byte read, in one transfer.
import board
import busio
import vmsim


def last():
    return vmsim.param("cp_i2c_mock", "last_xfer")


i2c = board.I2C()
print(i2c is board.I2C())
try:
    i2c.writeto(0x50, b"\x00")
except RuntimeError as e:
    print("RuntimeError:", e)
while not i2c.try_lock():
    pass
print([hex(a) for a in i2c.scan()])
print(i2c.probe(0x50), i2c.probe(0x51))

i2c.writeto(0x50, bytes([0x10, 0xA1, 0xA2, 0xA3]))
print("writeto:", last())
buf = bytearray(3)
i2c.writeto_then_readfrom(0x50, bytes([0x10]), buf)
print("writeto_then_readfrom:", [hex(b) for b in buf], last())
i2c.readfrom_into(0x50, buf)
print("readfrom_into:", [hex(b) for b in buf], last())

# slices
i2c.writeto(0x50, bytes([0xFF, 0x40, 0x41, 0x42, 0xFF]), start=1, end=4)
print("writeto slice:", last())
big = bytearray(6)
i2c.writeto_then_readfrom(0x50, bytes([0xEE, 0x40]), big, out_start=1, in_start=2, in_end=5)
print("slices:", [hex(b) for b in big], last())

# an address nobody answers: OSError(ENODEV)
for what, op in (("writeto", lambda: i2c.writeto(0x51, b"\x00")),
                 ("readfrom_into", lambda: i2c.readfrom_into(0x51, buf)),
                 ("writeto_then_readfrom", lambda: i2c.writeto_then_readfrom(0x51, b"\x00", buf))):
    try:
        op()
        print(what, "at 0x51: no error")
    except OSError as e:
        print(what, "at 0x51: OSError", e.errno)
try:
    i2c.readfrom_into(0x50, bytearray(0))
except ValueError as e:
    print("ValueError:", e)
i2c.unlock()
i2c.deinit()
try:
    i2c.scan()
except ValueError as e:
    print("ValueError:", e)
