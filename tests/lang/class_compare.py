# classes: rich comparisons, reflection of comparisons, __eq__ default identity, __ne__ derivation
class C:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, C) and self.v == o.v
    def __lt__(self, o):
        print("lt", self.v, getattr(o, "v", o))
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
a, b = C(1), C(2)
print(a == b, a != b, a < b, a <= b)
print(b > a)
print(b >= a)
print(a == 1)
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q)
try:
    p < q
except TypeError as e:
    print("TypeError", e)
class Rev:
    def __gt__(self, o):
        return "Rev.__gt__ reflected"
print(1 < Rev())
class AlwaysEq:
    def __eq__(self, o):
        return True
print(AlwaysEq() == 5, 5 == AlwaysEq(), AlwaysEq() != 5, [AlwaysEq()] == [1], 3 in [AlwaysEq()])
class Weird:
    def __eq__(self, o):
        return "truthy string"
print(Weird() == 1, [Weird()] == [1])
class Ord:
    def __init__(self, k):
        self.k = k
    def __lt__(self, o):
        return self.k < o.k
    def __repr__(self):
        return "Ord(%d)" % self.k
print(sorted([Ord(3), Ord(1), Ord(2)]), min(Ord(5), Ord(4)), max([Ord(1), Ord(9)]))
try:
    Ord(1) <= Ord(2)
except TypeError as e:
    print("TypeError", e)
