# classes: property getter/setter/deleter, decorator and call forms, read-only errors
class Temp:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        print("get celsius")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set celsius", v)
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("del celsius")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError")
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError")
del t.celsius
print(t._c)
class Old:
    def _get(self):
        return "got"
    def _set(self, v):
        print("setting", v)
    x = property(_get, _set, None, "the x doc")
o = Old()
print(o.x)
o.x = 5
print(Old.x.__doc__, type(Old.x).__name__, isinstance(Old.x, property))
class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "sub getter"
s = Sub()
print(s.celsius)
s.celsius = 10
print(s._c)
