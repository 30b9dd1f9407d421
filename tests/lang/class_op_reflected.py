# classes: reflected operators (__radd__ etc.), NotImplemented fallback and subclass priority
class M:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "M(%r)" % self.v
    def __add__(self, o):
        print("M.__add__")
        if isinstance(o, (int, M)):
            return M(self.v + (o.v if isinstance(o, M) else o))
        return NotImplemented
    def __radd__(self, o):
        print("M.__radd__")
        return M(o + self.v)
    def __rsub__(self, o):
        return M(o - self.v)
    def __rmul__(self, o):
        return M(o * self.v)
    def __rtruediv__(self, o):
        return M(o / self.v)
    def __rfloordiv__(self, o):
        return M(o // self.v)
    def __rmod__(self, o):
        return M(o % self.v)
    def __rpow__(self, o):
        return M(o ** self.v)
    def __rlshift__(self, o):
        return M(o << self.v)
    def __rand__(self, o):
        return M(o & self.v)
    def __ror__(self, o):
        return M(o | self.v)
    def __rxor__(self, o):
        return M(o ^ self.v)
    def __rmatmul__(self, o):
        return "rmatmul"
m = M(3)
print(m + 1, 1 + m, m + m)
print(10 - m, 2 * m, 6 / m, 7 // m, 7 % m, 2 ** m, 1 << m, 7 & m, 4 | m, 5 ^ m, [1] @ m)
print(sum([M(1), M(2)], M(0)), sum([M(1), M(2)]))
try:
    m + "s"
except TypeError as e:
    print("TypeError", e)
class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__"
print(Base() + Derived())
print(Derived() + Base())
class NI:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
try:
    NI() + NI()
except TypeError as e:
    print("TypeError", e)
print(NotImplemented.__class__.__name__, repr(NotImplemented), bool(NotImplemented) if False else "skip")
