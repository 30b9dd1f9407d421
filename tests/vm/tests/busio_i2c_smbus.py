# busio.I2C on /dev/i2c-0: i2c-stub, an SMBus-only adapter (I2C_RDWR is
# refused) with a chip at 0x1c. Transfers that have an SMBus form go
# through; others are refused rather than split into several
# transactions.
import board
import busio

i2c = busio.I2C(board.D5, board.D4)
while not i2c.try_lock():
    pass
print([hex(a) for a in i2c.scan()])
print(i2c.probe(0x1C), i2c.probe(0x1D))
one, two, four = bytearray(1), bytearray(2), bytearray(4)

i2c.writeto(0x1C, bytes([0x10, 0x5A]))            # write byte data
i2c.writeto_then_readfrom(0x1C, bytes([0x10]), one)  # read byte data
print("byte data:", hex(one[0]))
i2c.writeto(0x1C, bytes([0x30, 0x34, 0x12]))      # write word data
i2c.writeto_then_readfrom(0x1C, bytes([0x30]), two)  # read word data
print("word data:", [hex(b) for b in two])
i2c.writeto(0x1C, bytes([0x20, 1, 2, 3, 4]))      # I2C block write
i2c.writeto_then_readfrom(0x1C, bytes([0x20]), four)  # I2C block read
print("block:", list(four))
i2c.writeto(0x1C, bytes([0x20]))                  # send byte: sets the pointer
i2c.readfrom_into(0x1C, one)                      # receive byte
print("receive byte:", one[0])
try:
    i2c.writeto(0x1D, bytes([0x10, 0]))
except OSError as e:
    print("0x1d: OSError", e.errno)
try:
    i2c.readfrom_into(0x1C, four)  # no SMBus transaction reads 4 bytes
    print("4-byte read: no error")
except NotImplementedError:
    print("4-byte read: NotImplementedError")
i2c.unlock()
i2c.deinit()
