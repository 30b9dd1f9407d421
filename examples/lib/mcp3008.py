# mcp3008: the Microchip MCP3008 8-channel 10-bit ADC on SPI, in the
# manner of Adafruit's adafruit_mcp3xxx (written here from the datasheet,
# DS21295 section 6.1: start bit, SGL/DIFF and the channel, then the
# null bit and ten result bits MSB first).
#
#   adc = MCP3008(board.SPI(), digitalio.DigitalInOut(board.CE0))
#   adc.read(0)           # 0..1023
#   adc.voltage(0)        # volts, from reference_voltage
from bus_device import SPIDevice


class MCP3008:
    def __init__(self, spi, cs, ref_voltage=3.3, baudrate=1000000):
        self._device = SPIDevice(spi, cs, baudrate=baudrate)
        self._out = bytearray(3)
        self._in = bytearray(3)
        self.reference_voltage = ref_voltage

    def read(self, channel, differential=False):
        """The conversion of channel 0-7 (or of the pair 2n/2n+1 when
        differential; odd channel numbers swap the pair's inputs)."""
        if not 0 <= channel <= 7:
            raise ValueError("channel must be 0-7")
        self._out[0] = 0x01  # start bit, last bit of the first byte
        self._out[1] = (0x00 if differential else 0x80) | channel << 4
        self._out[2] = 0x00
        with self._device as spi:
            spi.write_readinto(self._out, self._in)
        return (self._in[1] & 0x03) << 8 | self._in[2]

    def voltage(self, channel):
        return self.read(channel) * self.reference_voltage / 1024
