# dict: insertion order, re-insertion, equality regardless of order
d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d, list(d))
d["a"] = 100
print(d)
del d["z"]
d["z"] = -1
print(d)
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {"a": 1} == {"a": 2}, {} == {})
print({1: [1, 2]} == {1: [1, 2]}, {1: 2} != {1: 2}, {1: 2} == {2: 1}, {1: 2} == [(1, 2)])
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, type(list(d)[0]).__name__)
d = {}
for i in range(100):
    d[i] = i
for i in range(0, 100, 2):
    del d[i]
for i in range(0, 10):
    d[i * 2] = "re"
print(list(d)[:8], list(d)[-5:], len(d))
e = dict.fromkeys(range(10))
for k in list(e):
    if k % 3:
        del e[k]
print(e)
e.update({1: 1, 0: 0})
print(e)
f = {"b": 1, "a": 2}
g = dict(sorted(f.items()))
print(f, g, f == g, list(f) == list(g))
nan = float("nan")
h = {nan: 1}
print(h[nan] if True else None, nan in h, float("nan") in h)
