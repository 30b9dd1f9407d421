def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# subclasses of int, float and complex
class MyInt(int):
    def double(self):
        return self * 2
class MyFloat(float):
    pass
class Meters(float):
    def __add__(self, other):
        return Meters(float(self) + float(other))
    def __repr__(self):
        return 'Meters(%r)' % float(self)
class RAdd(int):
    def __radd__(self, other):
        return 'radd'
class MyComplex(complex):
    pass
a = MyInt(5)
print(a, a + 1, 1 + a, a * a, -a, a.double(), type(a + 1), type(a), a == 5, hash(a) == hash(5))
print(MyInt('ff', 16), MyInt(2.9), MyInt(), a.bit_length(), a.to_bytes(2, 'big'), a.real, int(a), float(a))
print(isinstance(a, int), a < 6, 6 > a, a / 2, a // 2, a % 3, a ** 2, a << 1, a & 4, divmod(a, 3), round(a, -1))
f = MyFloat(2.5)
print(f, f + 1, 1 + f, f * 2, type(f + 1), f.is_integer(), f.hex(), f.as_integer_ratio(), round(f), int(f), -f)
m = Meters(1.5)
print(m + 1, 1 + m, m + m, type(m + 1))
print(1 + RAdd(2), RAdd(2) + 1)
c = MyComplex(1, 2)
print(c, c + 1, c * 1j, abs(MyComplex(3, 4)), c.real, c.conjugate(), type(c + 1))
print(MyInt.from_bytes(b'\x01\x02', 'big'), type(MyInt.from_bytes(b'\x01', 'big')))
print(MyFloat.fromhex('0x1p2'), type(MyFloat.fromhex('0x1p2')))
print(sorted([MyInt(3), 1, MyFloat(2.5)]), {MyInt(1): 'x'}[1], hash(MyFloat(0.5)) == hash(0.5))
