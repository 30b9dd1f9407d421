# register: data descriptors for the registers of I2C devices, in the
# manner of Adafruit's adafruit_register (written here from its documented
# behaviour). A driver class declares its registers as class attributes:
#
#   class Sensor:
#       chip_id = ROUnaryStruct(0xD0, "<B")        # read-only byte
#       limit = UnaryStruct(0x02, ">h")             # any struct format
#       mode = RWBits(2, 0xF4, 0)                   # bits 0..1 of 0xF4
#       busy = ROBit(0xF3, 3)
#
# and keeps its bus_device.I2CDevice in self.i2c_device. Each access is one
# bus transaction (a read-modify-write for the bit fields): the register
# address written, then the value read back with a repeated start, or the
# address and the new value written together.
import struct


def _read(obj, reg, n):
    buf = bytearray(1 + n)
    buf[0] = reg
    with obj.i2c_device as i2c:
        i2c.write_then_readinto(buf, buf, out_end=1, in_start=1)
    return buf


def _write(obj, buf):
    with obj.i2c_device as i2c:
        i2c.write(buf)


class UnaryStruct:
    """A register holding one value of struct format fmt."""

    def __init__(self, register_address, struct_format):
        self.address = register_address
        self.format = struct_format

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        buf = _read(obj, self.address, struct.calcsize(self.format))
        return struct.unpack_from(self.format, buf, 1)[0]

    def __set__(self, obj, value):
        buf = bytearray(1 + struct.calcsize(self.format))
        buf[0] = self.address
        struct.pack_into(self.format, buf, 1, value)
        _write(obj, buf)


class ROUnaryStruct(UnaryStruct):
    """A read-only UnaryStruct."""

    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")


class RWBits:
    """num_bits bits of a register_width-byte register, starting at
    lowest_bit; bytes in lsb_first order; two's complement when signed."""

    def __init__(self, num_bits, register_address, lowest_bit, register_width=1, lsb_first=True, signed=False):
        self.mask = ((1 << num_bits) - 1) << lowest_bit
        self.num_bits = num_bits
        self.address = register_address
        self.lowest_bit = lowest_bit
        self.width = register_width
        self.lsb_first = lsb_first
        self.signed = signed

    def _load(self, obj):
        buf = _read(obj, self.address, self.width)
        order = range(self.width, 0, -1) if self.lsb_first else range(1, self.width + 1)
        reg = 0
        for i in order:
            reg = (reg << 8) | buf[i]
        return buf, reg

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        reg = self._load(obj)[1]
        value = (reg & self.mask) >> self.lowest_bit
        if self.signed and value & (1 << (self.num_bits - 1)):
            value -= 1 << self.num_bits
        return value

    def __set__(self, obj, value):
        buf, reg = self._load(obj)
        reg = (reg & ~self.mask) | ((value << self.lowest_bit) & self.mask)
        order = range(1, self.width + 1) if self.lsb_first else range(self.width, 0, -1)
        for i in order:
            buf[i] = reg & 0xFF
            reg >>= 8
        _write(obj, buf)


class ROBits(RWBits):
    """Read-only RWBits."""

    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")


class RWBit(RWBits):
    """One bit, as a bool."""

    def __init__(self, register_address, bit, register_width=1, lsb_first=True):
        super().__init__(1, register_address, bit, register_width, lsb_first)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return bool(super().__get__(obj, objtype))

    def __set__(self, obj, value):
        super().__set__(obj, 1 if value else 0)


class ROBit(RWBit):
    """Read-only RWBit."""

    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")
