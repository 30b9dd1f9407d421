# user objects with __hash__/__eq__ in sets and dicts, collisions, 1/1.0/True
class P:
    def __init__(self, x):
        self.x = x
    def __hash__(self):
        return self.x % 3
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
    def __repr__(self):
        return "P(%d)" % self.x
s = set()
for i in range(10):
    s.add(P(i))
s.add(P(4))
print(len(s), P(7) in s, P(11) in s)
d = {P(i): i for i in range(10)}
print(len(d), d[P(5)], P(12) in d)
del d[P(5)]
print(len(d), P(5) in d, list(d)[:3])
class Always:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return True
a, b = Always(), Always()
print(len({a, b}), len({a: 1, b: 2}), {1, a} == {1}, {a} == {b})
class Noisy:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)
    def __eq__(self, other):
        print("eq", self.v)
        return self.v == other.v
x = {Noisy(1): "a"}
print(x[Noisy(1)])
print({1: "a", 1.0: "b"}, {True: 1, 1: 2}, {0.0, 0, False}, {-0.0: 1, 0: 2})
class Unhash:
    __hash__ = None
try:
    {Unhash()}
except TypeError as e:
    print("TypeError", e)
try:
    {Unhash(): 1}
except TypeError as e:
    print("TypeError", e)
class H:
    def __eq__(self, other):
        return True
try:
    hash(H())
except TypeError as e:
    print("TypeError", e)
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1.0, 2.0)))
print(hash(frozenset([1])) == hash(frozenset([1.0])), {frozenset([1]): 1}[frozenset([True])])
