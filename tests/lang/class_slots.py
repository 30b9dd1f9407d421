# classes: __slots__ restrict attributes; slots with inheritance and default class attributes
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError")
print(hasattr(p, "__dict__"))
class Q:
    __slots__ = ["a"]
q = Q()
try:
    print(q.a)
except AttributeError as e:
    print("AttributeError unset slot")
q.a = "set"
del q.a
print(hasattr(q, "a"))
class Child(P):
    pass
c = Child(1, 2)
c.extra = "allowed in subclass without slots"
print(c.extra, c.x)
class Child2(P):
    __slots__ = ("w",)
c2 = Child2(3, 4)
c2.w = 5
print(c2.x, c2.y, c2.w)
try:
    c2.v = 1
except AttributeError:
    print("AttributeError in slotted subclass")
class One:
    __slots__ = "only"
o = One()
o.only = 1
print(o.only)
print(P.__slots__, type(P.x).__name__ != "int")
