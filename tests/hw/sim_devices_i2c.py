# Expected output in sim_devices_i2c.exp: CPython has no board or sim.
# The simulated board's I2C devices through busio, as drivers use them:
# the EEPROM, the MCP9808 and the BME280 (with the datasheet compensation
# adafruit_bme280 computes), plus the sim module's device API.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import struct
import time

import board
import sim

print(sim.devices())
i2c = board.I2C()
while not i2c.try_lock():
    pass
print([hex(a) for a in i2c.scan()])


def reg(addr, r, n):
    buf = bytearray(n)
    i2c.writeto_then_readfrom(addr, bytes([r]), buf)
    return buf


# 24C02: page write wrapping in its 8-byte page, random and sequential reads
i2c.writeto(0x50, b"\x06ABCD")
print(bytes(reg(0x50, 0x00, 8)))
sim.set_value("24c02", "mem[255]", 0x7E)
print(bytes(reg(0x50, 0xFF, 3)), sim.get_value(0x50, "mem[6]"))

# MCP9808: ids, temperature (adafruit_mcp9808's conversion), resolution
print(reg(0x18, 0x06, 2).hex(), reg(0x18, 0x07, 2).hex())


def mcp9808_temp():
    b = reg(0x18, 0x05, 2)
    t = (b[0] & 0xF) * 16 + b[1] / 16.0
    return t - 256.0 if b[0] & 0x10 else t


for t in (23.5, -7.25, 0.0, 100.0625):
    sim.set_value("mcp9808", "temperature", t)
    print("mcp9808", t, mcp9808_temp())
i2c.writeto(0x18, b"\x08\x00")  # 0.5 C resolution
sim.set_value(0x18, "temperature", 21.4)
print("0.5 C:", mcp9808_temp(), reg(0x18, 0x08, 1)[0])

# BME280: chip id, reset, calibration and the compensation formulas


def write_reg(r, v):
    i2c.writeto(0x77, bytes([r, v]))


def read_reg(r, n):  # as adafruit_bme280: write, STOP, read
    i2c.writeto(0x77, bytes([r]))
    buf = bytearray(n)
    i2c.readfrom_into(0x77, buf)
    return buf


print("BME280 id", hex(read_reg(0xD0, 1)[0]))
write_reg(0xE0, 0xB6)
time.sleep(0.004)
T = struct.unpack("<Hhh", read_reg(0x88, 6))
P = struct.unpack("<Hhhhhhhhh", read_reg(0x8E, 18))
H1 = read_reg(0xA1, 1)[0]
h = struct.unpack("<hBbBbb", read_reg(0xE1, 7))
H = (H1, h[0], h[1], (h[2] << 4) | (h[3] & 0xF), (h[4] << 4) | (h[3] >> 4), h[5])
print("T1", T[0], "P1", P[0], "H", H)


def measure():
    write_reg(0xF2, 0x01)
    write_reg(0xF4, 0x01 << 5 | 0x05 << 2 | 0x01)  # forced
    while read_reg(0xF3, 1)[0] & 0x08:
        time.sleep(0.002)
    d = read_reg(0xF7, 8)
    adc_p = (d[0] << 12 | d[1] << 4 | d[2] >> 4)
    adc_t = (d[3] << 12 | d[4] << 4 | d[5] >> 4)
    adc_h = d[6] << 8 | d[7]
    v1 = (adc_t / 16384.0 - T[0] / 1024.0) * T[1]
    v2 = (adc_t / 131072.0 - T[0] / 8192.0) ** 2 * T[2]
    t_fine = int(v1 + v2)
    v1 = t_fine / 2.0 - 64000.0
    v2 = v1 * v1 * P[5] / 32768.0 + v1 * P[4] * 2.0
    v2 = v2 / 4.0 + P[3] * 65536.0
    v1 = (P[2] * v1 * v1 / 524288.0 + P[1] * v1) / 524288.0
    v1 = (1.0 + v1 / 32768.0) * P[0]
    p = ((1048576.0 - adc_p) - v2 / 4096.0) * 6250.0 / v1
    p = p + (P[8] * p * p / 2147483648.0 + p * P[7] / 32768.0 + P[6]) / 16.0
    v1 = t_fine - 76800.0
    v3 = adc_h - (H[3] * 64.0 + H[4] / 16384.0 * v1)
    v5 = 1.0 + H[2] / 67108864.0 * v1
    v6 = v3 * H[1] / 65536.0 * (v5 * (1.0 + H[5] / 67108864.0 * v1 * v5))
    hum = min(100, max(0, v6 * (1.0 - H[0] * v6 / 524288.0)))
    return t_fine / 5120.0, p / 100, hum


for t, p, rh in ((23.5, 1013.25, 45.0), (-20.0, 900.0, 80.0)):
    sim.set_value("bme280", "temperature", t)
    sim.set_value("bme280", "pressure", p)
    sim.set_value("bme280", "humidity", rh)
    mt, mp, mh = measure()
    print("bme280", abs(mt - t) < 0.005, abs(mp - p) < 0.005, abs(mh - rh) < 0.01, "%.2f %.2f %.2f" % (mt, mp, mh))
print(read_reg(0xF4, 1)[0] & 3)  # back to sleep after a forced measurement

# attach and detach at run time
sim.attach("24c02", "i2c1", 0x51, options=("twr_ms=1",))
print([hex(a) for a in i2c.scan()], sim.devices()[-1])
i2c.writeto(0x51, b"\x00\x2a")
print(i2c.probe(0x51))  # in its write cycle: no ACK
time.sleep(0.01)
print(i2c.probe(0x51), sim.get_value(("i2c1", 0x51), "mem[0]"))
sim.detach(("i2c1", 0x51))
print(i2c.probe(0x51), len(sim.devices()))
i2c.unlock()
