# Expected output in bitbangio_i2c_devices.exp: CPython has no bitbangio.
# bitbangio.I2C talking to simulated devices on two bare pins: the sim's
# wire-level decoder turns the toggled lines into the device models' byte
# calls and answers on SDA (ACK, read data). The devices' breakout boards
# bring the pull-ups.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import array

import bitbangio
import board
import sim

SCL, SDA = board.D12, board.D13
TEMP, EEPROM = ("D12/D13", 0x18), ("D12/D13", 0x50)  # as sim names them
sim.attach("mcp9808", (SCL, SDA), 0x18)
sim.attach("24c02", (SCL, SDA), 0x50)
sim.clear_transactions()

i2c = bitbangio.I2C(SCL, SDA)
while not i2c.try_lock():
    pass
print([hex(a) for a in i2c.scan()])
print(i2c.probe(0x18), i2c.probe(0x50), i2c.probe(0x51))

# register reads with a repeated START (MCP9808: manufacturer, device id)
ids = bytearray(4)
i2c.writeto_then_readfrom(0x18, b"\x06", ids, in_end=2)
i2c.writeto_then_readfrom(0x18, b"\x07", ids, in_start=2)
print("MCP9808 ids", ids.hex())
# the temperature register follows the simulated temperature
sim.set_value(TEMP, "temperature", 23.5)
t = bytearray(2)
i2c.writeto_then_readfrom(0x18, b"\x05", t)
raw = (t[0] << 8 | t[1]) & 0x1FFF
print("MCP9808 temperature", (raw - 0x2000 if raw & 0x1000 else raw) / 16)

# EEPROM: page write, random and sequential reads, slices of the buffers
i2c.writeto(0x50, b"\x20bitbang")
out = bytearray(7)
i2c.writeto_then_readfrom(0x50, b"\x20", out)
print(bytes(out))
i2c.writeto(0x50, b"..\x28xyz..", start=2, end=-2)
mv = memoryview(bytearray(b"------"))
i2c.writeto_then_readfrom(0x50, b"\xff\x28\xff", mv, out_start=1, out_end=2, in_start=1, in_end=4)
print(bytes(mv))
nxt = bytearray(2)
i2c.readfrom_into(0x50, nxt)  # the pointer went on
print(bytes(nxt))
words = array.array("H", [0, 0, 0])
i2c.writeto_then_readfrom(0x50, b"\x20", words, in_start=1)
print(words[0], bytes(words)[2:])
print(sim.get_value(EEPROM, "mem[32]"))

# NACKs: an address nobody answers, and a device told to NACK
for f in (lambda: i2c.writeto(0x33, b"\x00"), lambda: i2c.readfrom_into(0x33, bytearray(1))):
    try:
        f()
    except OSError as e:
        print("OSError", e.errno)
sim.fault(TEMP, "nack")
print(i2c.probe(0x18), [hex(a) for a in i2c.scan()])
sim.fault(TEMP, None)
print(i2c.probe(0x18))

# what went over the wire, as the transaction log saw it
log = sim.transactions()
print(len(log) > 100)
for bus, addr, d, data, err in log[-3:]:
    print(bus, hex(addr), d, bytes(data), err)
i2c.unlock()
i2c.deinit()

# the board's own I2C pins work too: the devices on i2c1 answer a bit-banged
# bus there (as long as busio does not hold the pins)
with bitbangio.I2C(board.SCL, board.SDA) as i2c:
    i2c.try_lock()
    print([hex(a) for a in i2c.scan()])
    chip = bytearray(1)
    i2c.writeto_then_readfrom(0x77, b"\xd0", chip)
    print("BME280 id", hex(chip[0]))
