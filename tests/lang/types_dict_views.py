# dict views: repr, len, membership, iteration, liveness
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), bool(k), bool({}.keys()))
print("a" in k, "z" in k, 2 in v, 9 in v, ("a", 1) in i, ("a", 2) in i, "a" in i, ("q",) in i)
print(list(k), list(v), list(i), tuple(k), sorted(v, reverse=True))
d["d"] = 4
del d["a"]
print(k, v, i, len(k))
for key, val in d.items():
    print(key, val)
print({}.keys(), {}.values(), {}.items())
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(list(iter(d.values())), next(iter(d.items())))
it = iter(d)
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print("stop")
d["e"] = 5
print(list(it))
nested = {"x": [1, 2], "y": {"z": 3}}
print(nested.items(), nested.values())
try:
    hash(k)
except TypeError as e:
    print("TypeError", e)
print(hash(v) == hash(v))
print(k == {"b", "c", "d"}, k == {"b"}, i == {("b", 2), ("c", 3), ("d", 4)})
print(v == v, d.values() == d.values())
e = {1: 1}
print(e.keys() == e.keys(), {1: 2}.keys() == {1: 3}.keys(), {1: 2}.items() == {1: 3}.items())
