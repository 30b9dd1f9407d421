# dict: construction forms, lookup, KeyError, get/setdefault, membership, len, equality
d = {"a": 1, "b": 2}
print(d, d["a"], len(d), "a" in d, 1 in d, "z" not in d)
print(dict(), dict(x=1, y=2), dict([("k", "v"), (1, 2)]), dict(d, c=3), dict({1: 2}), dict(zip("ab", [1, 2])))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
try:
    d["zz"]
except KeyError as e:
    print("KeyError", e, e.args)
try:
    d[[1]]
except TypeError as e:
    print("TypeError", e)
print(d.get("a"), d.get("zz"), d.get("zz", "dflt"))
print(d.setdefault("a", 100), d.setdefault("new", []), d)
d["new"].append(1)
print(d)
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: 2} != {1: 3})
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print("TypeError", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError", e)
print(repr({}), str({"q": [1]}), {(1, 2): None, None: (1,)})
r = {}
r["self"] = r
print(r)
print({1: 1, 1.0: 2, True: 3})
print(d.__len__(), d.__contains__("a"), d.__getitem__("b"))
