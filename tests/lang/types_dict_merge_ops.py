# dict | and |= (3.9+), {**d} merging, update semantics
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
c = a | b
print(c, a, b, c is a)
print(b | a, {} | a, a | {})
a |= b
print(a)
a |= [("w", 0)]
a |= {"x": -1}.items()
print(a)
try:
    a | [("q", 1)]
except TypeError as e:
    print("TypeError", e)
try:
    a |= 5
except TypeError as e:
    print("TypeError", e)
print({**b, "extra": 1}, {"first": 0, **b}, {**b, **{"y": "over"}})
class D(dict):
    pass
dd = D(p=1)
r = dd | {"q": 2}
print(type(r).__name__ if False else "skip", sorted(r.items()))
e = {1: 1}
e |= e
print(e)
f = {1: "a"}
g = f
f |= {2: "b"}
print(g, f is g)
h = {1: 1}
h2 = h
h = h | {3: 3}
print(h2, h)
