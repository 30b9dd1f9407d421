# dict: key hashing/equality rules, user-defined __hash__/__eq__ keys, numeric key unification
d = {}
d[1] = "int"
d[1.0] = "float overwrites value, keeps key"
d[True] = "bool too"
print(d, type(list(d)[0]).__name__)
d[(1, 2)] = "tuple"
d[frozenset([1])] = "frozenset"
d[None] = "none"
d["1"] = "str"
d[b"1"] = "bytes"
print(len(d), d[1, 2], d[frozenset({1})], d[None], d["1"], d[b"1"])
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __repr__(self):
        return "Key(%r)" % self.k
m = {Key(1): "one", Key(2): "two"}
print(m[Key(1)], Key(2) in m, Key(3) in m, m)
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError", e)
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, o):
        return self.v == o.v
cd = {Collide(i): i for i in range(20)}
print(len(cd), cd[Collide(7)], Collide(25) in cd)
for k in [[1], {1: 2}, {1}, bytearray(b"x")]:
    try:
        {k: 1}
    except TypeError as e:
        print("TypeError", e)
print({0: "a", -0.0: "b", False: "c"})
nan = float("nan")
nd = {nan: 1}
print(nd[nan], float("nan") in nd)
