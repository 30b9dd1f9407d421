# classes: in-place operators __iadd__ etc., fallback to binary op, identity preservation
class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Acc(%r)" % self.v
    def __iadd__(self, o):
        self.v += o
        return self
    def __isub__(self, o):
        self.v -= o
        return self
    def __imul__(self, o):
        self.v *= o
        return self
    def __itruediv__(self, o):
        self.v /= o
        return self
    def __ifloordiv__(self, o):
        self.v //= o
        return self
    def __imod__(self, o):
        self.v %= o
        return self
    def __ipow__(self, o):
        self.v **= o
        return self
    def __ilshift__(self, o):
        self.v <<= o
        return self
    def __irshift__(self, o):
        self.v >>= o
        return self
    def __iand__(self, o):
        self.v &= o
        return self
    def __ior__(self, o):
        self.v |= o
        return self
    def __ixor__(self, o):
        self.v ^= o
        return self
a = Acc(10)
orig = a
a += 5; a -= 3; a *= 4; print(a)
a //= 5; a %= 7; a **= 3; print(a)
a <<= 2; a >>= 1; a &= 0xFF; a |= 1; a ^= 3; print(a, a is orig)
a /= 4
print(a)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__ fallback")
        return OnlyAdd(self.v + o)
b = OnlyAdd(1)
before = b
b += 1
print(b.v, b is before)
class RetOther:
    def __iadd__(self, o):
        return "replaced"
r = RetOther()
r += 1
print(r)
class NoOps:
    pass
n = NoOps()
try:
    n += 1
except TypeError as e:
    print("TypeError", e)
class INI:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "binary add used"
i = INI()
i += 1
print(i)
