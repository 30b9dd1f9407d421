# dict methods: get, setdefault, pop, popitem, update, clear, copy, fromkeys
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("b", 9))
print(d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("d"), d)
print(d.pop("a"), d.pop("zz", "dflt"), d.pop("d", None), d)
print(d.popitem(), d)
d.update({"x": 1})
d.update([("y", 2)])
d.update(z=3)
d.update({"x": 10}, w=0)
d.update()
print(d)
c = d.copy()
c["new"] = 1
print(d, c)
d.clear()
print(d, len(d))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []), {}.fromkeys((5,)))
f = dict.fromkeys("ab", [])
f["a"].append(1)
print(f)
d = {1: 1, 2: 2, 3: 3}
items = []
while d:
    items.append(d.popitem())
print(items)
class MyDict(dict):
    pass
m = MyDict.fromkeys([1, 2], "v")
print(type(m).__name__, m)
d = {"k": [1]}
e = d.copy()
e["k"].append(2)
print(d, e, d["k"] is e["k"])
d = {}
d.update(d)
print(d)
d = {"a": 1}
d.update(d, b=2)
print(d)
d = dict(one=1)
print(d.pop("one"), d)
d = {}
for w in "the quick the lazy the end".split():
    d[w] = d.get(w, 0) + 1
print(d)
g = {}
for w in ["x", "y", "x"]:
    g.setdefault(w, []).append(len(g))
print(g)
