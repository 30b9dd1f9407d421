# mcp9808: the Microchip MCP9808 temperature sensor on I2C, in the manner
# of Adafruit's adafruit_mcp9808 (written here from the datasheet, DS25095:
# registers in section 5). 16-bit registers are big-endian.
#
#   sensor = MCP9808(board.I2C())         # address 0x18 (0x18-0x1F)
#   sensor.temperature                    # degrees Celsius
#   sensor.resolution = 3                 # 0: 0.5 C ... 3: 0.0625 C
from bus_device import I2CDevice
from register import ROUnaryStruct, RWBit, RWBits, UnaryStruct


def _from_limit(raw):
    """A limit register (sign bit 12, bits 11..2 in 0.25 C) in C."""
    value = (raw & 0x0FFC) / 16.0
    return value - 256.0 if raw & 0x1000 else value


def _to_limit(value):
    if not -256.0 <= value < 256.0:
        raise ValueError("temperature limit must be -256..255.75")
    return int(round(value * 4)) << 2 & 0x1FFC


class MCP9808:
    _manufacturer = ROUnaryStruct(0x06, ">H")
    _device = ROUnaryStruct(0x07, ">H")
    _ambient = ROUnaryStruct(0x05, ">H")
    _upper = UnaryStruct(0x02, ">H")
    _lower = UnaryStruct(0x03, ">H")
    _critical = UnaryStruct(0x04, ">H")
    resolution = RWBits(2, 0x08, 0)
    shutdown = RWBit(0x01, 8, register_width=2, lsb_first=False)  # SHDN, bit 8 of CONFIG

    def __init__(self, i2c, address=0x18):
        self.i2c_device = I2CDevice(i2c, address)
        if self._manufacturer != 0x0054 or self._device >> 8 != 0x04:
            raise ValueError("Unable to find MCP9808 at i2c address " + hex(address))

    @property
    def temperature(self):
        """Degrees Celsius (ambient temperature register)."""
        raw = self._ambient
        value = (raw & 0x0FFF) / 16.0
        return value - 256.0 if raw & 0x1000 else value

    @property
    def upper_temperature(self):
        return _from_limit(self._upper)

    @upper_temperature.setter
    def upper_temperature(self, value):
        self._upper = _to_limit(value)

    @property
    def lower_temperature(self):
        return _from_limit(self._lower)

    @lower_temperature.setter
    def lower_temperature(self, value):
        self._lower = _to_limit(value)

    @property
    def critical_temperature(self):
        return _from_limit(self._critical)

    @critical_temperature.setter
    def critical_temperature(self, value):
        self._critical = _to_limit(value)

    @property
    def below_lower(self):
        return bool(self._ambient & 0x2000)

    @property
    def above_upper(self):
        return bool(self._ambient & 0x4000)

    @property
    def above_critical(self):
        return bool(self._ambient & 0x8000)
