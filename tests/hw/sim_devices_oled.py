# Expected output in sim_devices_oled.exp: CPython has no board or sim.
# The simulated SSD1306 128x64 OLED driven the way adafruit_ssd1306 drives
# it (one control byte per command, the frame buffer in one data write),
# read back with sim.display_text and sim.display_png.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import os
import time

import board
import sim

i2c = board.I2C()
while not i2c.try_lock():
    pass


def cmd(*cs):
    for c in cs:
        i2c.writeto(0x3C, bytes([0x80, c]))


def show(fb):
    cmd(0x21, 0, 127, 0x22, 0, 7)
    i2c.writeto(0x3C, b"\x40" + fb)


# adafruit_ssd1306's init sequence for 128x64
cmd(0xAE, 0x20, 0x00, 0x40, 0xA1, 0xA8, 63, 0xC8, 0xD3, 0x00, 0xDA, 0x12, 0xD5, 0x80, 0xD9, 0xF1, 0xDB,
    0x30, 0x81, 0xFF, 0xA4, 0xA6, 0x8D, 0x14, 0xAF)
fb = bytearray(1024)


def pixel(x, y):
    fb[x + (y // 8) * 128] |= 1 << (y % 8)


for i in range(64):  # a diagonal, a frame and a filled square
    pixel(i * 2, i)
for x in range(128):
    pixel(x, 0)
    pixel(x, 63)
for y in range(64):
    pixel(0, y)
    pixel(127, y)
for x in range(100, 110):
    for y in range(20, 30):
        pixel(x, y)
show(fb)
text = sim.display_text("ssd1306")
lines = text.splitlines()
print(len(lines), set(len(line) for line in lines))
print(lines[0].count("#"), lines[1].count("#"), lines[25][100:110], lines[10][18:23])
print(sum(line.count("#") for line in lines))
print(sim.get_value("ssd1306", "pixel[20,10]"), sim.get_value("ssd1306", "pixel[21,10]"))
# inverse video and display off
cmd(0xA7)
print(sim.display_text(0x3C).splitlines()[1][:8])
cmd(0xA6, 0xAE)
print(sim.display_text(0x3C).count("#"), sim.get_value(0x3C, "on"))
cmd(0xAF)
# the PNG: signature, IHDR size, and gray pixels as stored (no filter)
path = "/tmp/sim_devices_oled_%d.png" % time.monotonic_ns()  # unique: suites may run at once
sim.display_png("ssd1306", path)
with open(path, "rb") as f:
    png = f.read()
os.remove(path)
print(png[:8], png[12:16], int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big"), png[-8:-4])
i2c.unlock()
