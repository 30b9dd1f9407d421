# classes: adafruit_register-like RWBit/ROBit descriptors reading and writing bits in self.buf
class RWBit:
    def __init__(self, index, bit):
        self.index = index
        self.mask = 1 << bit
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return bool(obj.buf[self.index] & self.mask)
    def __set__(self, obj, value):
        if value:
            obj.buf[self.index] |= self.mask
        else:
            obj.buf[self.index] &= ~self.mask & 0xFF
class ROBit(RWBit):
    def __set__(self, obj, value):
        raise AttributeError("read-only bit")
class RWBits:
    def __init__(self, num_bits, index, lowest_bit):
        self.index = index
        self.shift = lowest_bit
        self.mask = ((1 << num_bits) - 1) << lowest_bit
    def __get__(self, obj, objtype=None):
        return (obj.buf[self.index] & self.mask) >> self.shift
    def __set__(self, obj, value):
        reg = obj.buf[self.index] & ~self.mask & 0xFF
        obj.buf[self.index] = reg | ((value << self.shift) & self.mask)
class Sensor:
    enable = RWBit(0, 0)
    sleep = RWBit(0, 7)
    ready = ROBit(1, 3)
    gain = RWBits(3, 1, 4)
    def __init__(self):
        self.buf = bytearray(2)
s = Sensor()
print(s.enable, s.sleep, s.ready, s.gain, list(s.buf))
s.enable = True
print(s.enable, list(s.buf))
s.sleep = 1
print(s.sleep, list(s.buf), hex(s.buf[0]))
s.enable = False
print(s.enable, s.sleep, list(s.buf))
s.buf[1] = 0x08
print(s.ready)
try:
    s.ready = False
except AttributeError as e:
    print("AttributeError", e)
s.gain = 5
print(s.gain, bin(s.buf[1]), s.ready)
s.gain = 0xFF
print(s.gain, bin(s.buf[1]))
s.gain = 0
print(s.gain, bin(s.buf[1]), s.ready)
other = Sensor()
other.enable = True
print(list(other.buf), list(s.buf))
print(type(Sensor.enable).__name__, Sensor.enable.mask)
view = memoryview(s.buf)
view[0] = 0x81
print(s.enable, s.sleep)
