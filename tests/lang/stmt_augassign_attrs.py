# statements: augmented assignment on attributes, class attributes, nested subscripts and properties
class P:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        print("get v")
        return self._v
    @v.setter
    def v(self, x):
        print("set v", x)
        self._v = x
p = P()
p.v += 10
print(p._v)
class Cls:
    shared = [1]
    n = 0
a, b = Cls(), Cls()
a.shared += [2]
a.n += 5
print(Cls.shared, b.shared, Cls.n, a.n, b.n)
grid = {"row": [[1, 2], [3, 4]]}
grid["row"][1][0] *= 10
print(grid)
class Obj:
    pass
o = Obj()
o.s = "ab"
o.s *= 3
o.t = (1,)
o.t += (2,)
print(o.s, o.t)
try:
    o.missing += 1
except AttributeError as e:
    print("AttributeError", e)
counts = {}
for ch in "abca":
    counts[ch] = counts.get(ch, 0)
    counts[ch] += 1
print(counts)
