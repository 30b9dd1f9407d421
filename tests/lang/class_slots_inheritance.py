# classes: __slots__ across inheritance, class attributes with slots, slots plus properties
class Base:
    __slots__ = ("a",)
    kind = "base"
    def __init__(self):
        self.a = 1
class Child(Base):
    __slots__ = ("b",)
    def __init__(self):
        super().__init__()
        self.b = 2
c = Child()
print(c.a, c.b, c.kind, hasattr(c, "__dict__"))
try:
    c.kind = "instance override"
except AttributeError:
    print("AttributeError: class attr is read-only through slotted instance")
try:
    c.c = 3
except AttributeError:
    print("AttributeError: no slot c")
class WithProp:
    __slots__ = ("_v",)
    def __init__(self, v):
        self._v = v
    @property
    def v(self):
        return self._v * 2
    @v.setter
    def v(self, x):
        self._v = x
w = WithProp(4)
print(w.v)
w.v = 10
print(w.v, w._v)
class Empty:
    __slots__ = ()
e = Empty()
try:
    e.x = 1
except AttributeError:
    print("AttributeError: empty slots")
print(Child.__slots__, Base.__slots__, isinstance(c, Base))
