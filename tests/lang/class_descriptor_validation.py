# classes: validating data descriptors with per-instance storage, defaults, and range checks
class Ranged:
    def __init__(self, lo, hi, default):
        self.lo, self.hi, self.default = lo, hi, default
    def __set_name__(self, owner, name):
        self.name = name
        self.key = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.key, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError("%s must be int" % self.name)
        if not self.lo <= value <= self.hi:
            raise ValueError("%s=%d out of range [%d, %d]" % (self.name, value, self.lo, self.hi))
        setattr(obj, self.key, value)
class Pixel:
    r = Ranged(0, 255, 0)
    g = Ranged(0, 255, 0)
    b = Ranged(0, 255, 0)
    brightness = Ranged(0, 100, 50)
    def __init__(self, r=0, g=0, b=0):
        self.r, self.g, self.b = r, g, b
    def __repr__(self):
        return "Pixel(%d, %d, %d @%d)" % (self.r, self.g, self.b, self.brightness)
p = Pixel(10, 20, 30)
print(p)
p.brightness = 80
print(p, Pixel())
for attr, val in [("r", 256), ("g", -1), ("b", "x"), ("brightness", 101)]:
    try:
        setattr(p, attr, val)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(p, Pixel.r.name, Pixel.brightness.default)
