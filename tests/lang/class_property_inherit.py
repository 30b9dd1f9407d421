# classes: properties in subclasses: overriding, extending via super(), abstract-like properties
class Shape:
    def __init__(self, name):
        self._name = name
    @property
    def name(self):
        return self._name
    @property
    def area(self):
        return 0
    def __repr__(self):
        return "%s(area=%s)" % (self.name, self.area)
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    @property
    def name(self):
        return "square of " + super().name
    @property
    def side(self):
        return self.w
    @side.setter
    def side(self, v):
        self.w = self.h = v
print(Shape("blob"), Rect(2, 3), Square(4))
s = Square(2)
s.side = 5
print(s.area, s.side, s.name)
try:
    s.area = 1
except AttributeError:
    print("AttributeError: area is read-only")
class Base:
    @property
    def value(self):
        return "base value"
class Override(Base):
    value = "plain attribute overrides property"
print(Base().value, Override().value)
class Cached:
    def __init__(self):
        self.calls = 0
    @property
    def expensive(self):
        self.calls += 1
        return self.calls * 10
c = Cached()
print(c.expensive, c.expensive, c.calls)
print(isinstance(Shape.area, property), Shape.area.fget is not None, Shape.area.fset)
