# dict: update forms, pop, popitem, copy, clear, setdefault, | and |= merging
d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3)])
d.update(d=4, e=5)
d.update()
print(d)
print(d.pop("a"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
c = d.copy()
c["b"] = 200
print(d["b"], c["b"], c is not d)
shallow = {"l": [1]}
cp = shallow.copy()
cp["l"].append(2)
print(shallow)
print(d.popitem(), d.popitem(), d)
d.clear()
print(d)
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
x = {"a": 1, "b": 2}
y = {"b": 20, "c": 30}
print(x | y, y | x, x)
x |= y
print(x)
x |= [("z", 26)]
print(x)
try:
    x | [("q", 1)]
except TypeError as e:
    print("TypeError", e)
try:
    d.update(5)
except TypeError as e:
    print("TypeError", e)
try:
    d.update([1, 2])
except TypeError as e:
    print("TypeError", e)
print(dict.fromkeys(range(3), []), {}.get(1, 2))
