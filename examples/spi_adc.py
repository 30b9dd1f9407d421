# spi_adc.py: read the eight channels of an MCP3008 ADC on the board's SPI
# bus, chip select on CE0. The driver is lib/mcp3008.py.
#
#   ./circuitpython examples/spi_adc.py
#
# On the simulated board, tests set the channels' voltages with the sim
# module; left alone they read 0 V.
import board
import digitalio
from mcp3008 import MCP3008

adc = MCP3008(board.SPI(), digitalio.DigitalInOut(board.CE0), ref_voltage=3.3)
for channel in range(8):
    raw = adc.read(channel)
    print("channel %d: %4d  %.3f V" % (channel, raw, adc.voltage(channel)))
