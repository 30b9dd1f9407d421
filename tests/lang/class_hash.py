# classes: __hash__ and __eq__ interplay; __eq__ without __hash__ makes unhashable; sets/dicts of objects
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Pt) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "Pt(%d, %d)" % (self.x, self.y)
s = {Pt(1, 2), Pt(1, 2), Pt(2, 1)}
print(len(s), Pt(1, 2) in s, Pt(5, 5) in s)
d = {Pt(0, 0): "origin"}
print(d[Pt(0, 0)])
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__ is None)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError", e)
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), {p: 1}[p])
class Inherit(Pt):
    pass
print(hash(Inherit(1, 2)) == hash(Pt(1, 2)))
class Child(Pt):
    def __eq__(self, o):
        return False
try:
    hash(Child(1, 1))
except TypeError as e:
    print("TypeError", e)
class Explicit:
    __hash__ = None
try:
    {Explicit()}
except TypeError as e:
    print("TypeError", e)
class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError", e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(type(hash(BigHash())).__name__, hash(BigHash()) == hash(2 ** 100))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
