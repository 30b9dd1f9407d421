# statements: del of names, attributes, subscripts, slices and tuples
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
l = list(range(10))
del l[0]
del l[-1]
print(l)
del l[1:3]
print(l)
del l[::2]
print(l)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
class C:
    pass
c = C()
c.attr = 5
del c.attr
print(hasattr(c, "attr"))
try:
    del c.attr
except AttributeError as e:
    print("AttributeError")
a, b = 1, 2
del a, b
print("a" in globals(), "b" in globals())
m = [1, 2, 3]
n = [4, 5]
del (m[0], n[1])
print(m, n)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError"
print(f())
try:
    del l[100]
except IndexError as e:
    print("IndexError", e)
