# dict: keys/values/items views are live, support len/in/iteration and set ops on keys/items
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(list(k), list(v), list(it), len(k), len(v), len(it))
d["d"] = 4
print(list(k), list(v), list(it))
del d["a"]
print(list(k), "a" in k, "b" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
print(sorted(k & {"b", "z"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(sorted(it & {("c", 3)}), k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"})
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print("RuntimeError", e)
print(len(d))
try:
    d.keys()[0]
except TypeError as e:
    print("TypeError")
print(isinstance(k, object), list(dict().keys()), list({}.items()))
for key, val in {"x": 10, "y": 20}.items():
    print(key, val)
print(sorted(d.keys()), sum(d.values()), max(d.items()))
print({"a": 1}.keys() == {"a": 2}.keys(), {"a": 1}.values() == {"a": 1}.values())
