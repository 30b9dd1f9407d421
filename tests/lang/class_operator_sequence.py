# classes: a sequence-like class with +, *, ==, slicing returning same type, and in-place ops
class Vec:
    def __init__(self, *items):
        self.items = list(items)
    def __repr__(self):
        return "Vec(%s)" % ", ".join(map(repr, self.items))
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vec(*self.items[i])
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*(a + b for a, b in zip(self.items, other.items)))
        return Vec(*(a + other for a in self.items))
    __radd__ = __add__
    def __mul__(self, k):
        return Vec(*(a * k for a in self.items))
    def __rmul__(self, k):
        return self * k
    def __eq__(self, other):
        return isinstance(other, Vec) and self.items == other.items
    def __iadd__(self, other):
        self.items = (self + other).items
        return self
    def __neg__(self):
        return self * -1
    def __contains__(self, v):
        return v in self.items
    def __iter__(self):
        return iter(self.items)
v = Vec(1, 2, 3)
w = Vec(10, 20, 30)
print(v + w, v + 1, 1 + v, v * 2, 3 * v, -v)
print(v[1], v[1:], v[::-1], len(v), 2 in v, 5 in v, list(v), sum(v))
print(v == Vec(1, 2, 3), v != w, v == [1, 2, 3])
orig = v
v += w
print(v, orig is v)
v[0] = 100
print(v, max(v), sorted(v, reverse=True))
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
