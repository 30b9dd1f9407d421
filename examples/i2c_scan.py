# i2c_scan.py: list the devices on the board's I2C bus.
#
#   ./circuitpython examples/i2c_scan.py
#
# On the simulated board it finds the 24C02 EEPROM (0x50), the MCP9808
# (0x18), the BME280 (0x77) and the SSD1306 display (0x3C).
import board

i2c = board.I2C()
while not i2c.try_lock():
    pass
try:
    found = i2c.scan()
finally:
    i2c.unlock()
print("I2C devices found:", ", ".join(hex(addr) for addr in found) or "none")
