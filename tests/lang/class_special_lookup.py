# classes: special methods are looked up on the type, not the instance
class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return "C-repr"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), repr(c), c.__len__(), c.__repr__())
C.__len__ = lambda self: 5
print(len(c))
class D:
    pass
d = D()
d.__add__ = lambda other: "instance add"
try:
    d + 1
except TypeError as e:
    print("TypeError", e)
D.__add__ = lambda self, other: "class add"
print(d + 1)
d.__call__ = lambda: "instance call"
try:
    d()
except TypeError as e:
    print("TypeError", e)
D.__call__ = lambda self: "class call"
print(d())
class E:
    def __getattr__(self, name):
        return lambda *a: "getattr " + name
e = E()
print(e.__len__())
try:
    len(e)
except TypeError as err:
    print("TypeError", err)
class Iterable:
    pass
it = Iterable()
it.__iter__ = lambda: iter([1, 2])
try:
    list(it)
except TypeError as err:
    print("TypeError", err)
