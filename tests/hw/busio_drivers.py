# Expected output in busio_drivers.exp: CPython has no busio module.
# Drivers written like Adafruit's (lib/: bus_device, register, bme280,
# mcp9808, mcp3008) read the simulated sensors; the values are set through
# the sim module and must come back through busio and the datasheets'
# conversions.
import _sim_only  # noqa: F401  (SKIP unless on the simulated board)
import board
import digitalio
import sim
from bme280 import BME280, MODE_FORCE, OVERSCAN_X16
from mcp3008 import MCP3008
from mcp9808 import MCP9808

i2c = board.I2C()

# ---- BME280 ----
bme = BME280(i2c)
print("BME280 defaults: %.2f C %.2f hPa %.2f %%" % (bme.temperature, bme.pressure, bme.relative_humidity))
for t, p, h in ((21.5, 1000.0, 40.0), (-10.25, 850.5, 90.0), (37.0, 1050.0, 5.5)):
    sim.set_value("bme280", "temperature", t)
    sim.set_value("bme280", "pressure", p)
    sim.set_value("bme280", "humidity", h)
    got = (bme.temperature, bme.pressure, bme.relative_humidity)
    print("set %6.2f %7.2f %5.2f -> %6.2f %7.2f %5.2f" % ((t, p, h) + got),
          abs(got[0] - t) < 0.01, abs(got[1] - p) < 0.05, abs(got[2] - h) < 0.05)
# forced mode, 16x oversampling: one fresh measurement per reading
bme.mode = MODE_FORCE
bme.overscan_temperature = OVERSCAN_X16
sim.set_value("bme280", "temperature", 30.0)
print("forced: %.2f" % bme.temperature, bme.mode)
sim.set_value("bme280", "pressure", 899.9)
print("altitude %.0f m" % bme.altitude)
try:
    bme.iir_filter = 9
except ValueError as e:
    print("ValueError", e)
print(sim.get_value("bme280", "temperature"))

# ---- MCP9808 ----
mcp = MCP9808(i2c)
for t in (25.0, 0.0625, -5.5, 100.25, -40.0):
    sim.set_value("mcp9808", "temperature", t)
    print("mcp9808 %.4f -> %.4f" % (t, mcp.temperature))
mcp.resolution = 0  # 0.5 C steps
sim.set_value("mcp9808", "temperature", 23.8)
print(mcp.resolution, mcp.temperature)
mcp.resolution = 3
mcp.upper_temperature = 30.5
mcp.lower_temperature = -10.0
mcp.critical_temperature = 80.75
print(mcp.upper_temperature, mcp.lower_temperature, mcp.critical_temperature)
for t in (20.0, 31.0, -12.0, 85.0):
    sim.set_value("mcp9808", "temperature", t)
    print(t, mcp.above_upper, mcp.below_lower, mcp.above_critical)
mcp.shutdown = True
print(mcp.shutdown)
mcp.shutdown = False
try:
    MCP9808(i2c, address=0x77)
except ValueError as e:
    print("ValueError", e)
try:
    BME280(i2c, address=0x76)
except ValueError as e:
    print("ValueError", e)
try:
    mcp.temperature = 3
except AttributeError as e:
    print("AttributeError")

# ---- MCP3008 on SPI ----
adc = MCP3008(board.SPI(), digitalio.DigitalInOut(board.CE0))
for ch, volts in enumerate((0.0, 0.5, 1.0, 1.65, 2.2, 3.0, 3.29, 3.3)):
    sim.set_value(board.CE0, "ch%d" % ch, volts)
print([adc.read(ch) for ch in range(8)])
print("%.3f" % adc.voltage(3))
print(adc.read(0, differential=True), adc.read(1, differential=True))
