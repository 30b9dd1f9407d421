# classes: __eq__ returning NotImplemented falls back to the other operand, then identity
class Meters:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("Meters.__eq__", type(other).__name__)
        if isinstance(other, Meters):
            return self.v == other.v
        if isinstance(other, (int, float)):
            return self.v == other
        return NotImplemented
    __hash__ = None
class Feet:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("Feet.__eq__", type(other).__name__)
        if isinstance(other, Meters):
            return abs(self.v * 0.3048 - other.v) < 1e-9
        return NotImplemented
m = Meters(3)
print(m == Meters(3), m == 3, 3 == m, m == "3")
print(Feet(10) == Meters(3.048))
print(Meters(3.048) == Feet(10))
print(m != Meters(4), m != 3)
class Nothing:
    def __eq__(self, other):
        return NotImplemented
n = Nothing()
print(n == n, n == Nothing(), n != n)
print([m].count(3), [Meters(1), Meters(3)].index(3))
print(m in [1, 2, 3])
