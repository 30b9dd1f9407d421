# ceil, floor and trunc return ints (big ones too) and honour the dunders
import math

for x in (0, 0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.0, 1e20, -1e20, 1e300, 123456789.999, True, 10**30, -(10**30)):
    print(repr(x), math.ceil(x), math.floor(x), math.trunc(x), type(math.floor(x)).__name__)

class C:
    def __ceil__(self):
        return "ceil"
    def __floor__(self):
        return "floor"
    def __trunc__(self):
        return "trunc"

c = C()
print(math.ceil(c), math.floor(c), math.trunc(c))

class F:
    def __float__(self):
        return 2.5

print(math.ceil(F()), math.floor(F()), math.sqrt(F()))

class I:
    def __index__(self):
        return 7

print(math.sqrt(I()), math.floor(I()))

class MyFloat(float):
    pass

print(math.floor(MyFloat(3.7)), math.ceil(MyFloat(3.2)), math.trunc(MyFloat(-3.7)))

class MyInt(int):
    pass

print(math.floor(MyInt(5)), type(math.floor(MyInt(5))).__name__)
try:
    math.trunc(F())
except TypeError as e:
    print("TypeError", e)
print(math.floor(2.0 ** 80), math.ceil(-(2.0 ** 70) - 0.0))
