# set operations on keys and items views
a = {1: "a", 2: "b", 3: "c"}
b = {2: "x", 3: "c", 4: "d"}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(sorted(a.items() & b.items()), sorted(a.items() - b.items()))
print(sorted(a.keys() & {1, 5}), sorted(a.keys() | [7]), sorted(a.keys() - (1,)), sorted(a.keys() ^ {1, 9}))
print(sorted({1, 5} & a.keys()), sorted([7] | a.keys()), sorted({1, 2, 8} - a.keys()), sorted((1, 9) ^ a.keys()))
print(type(a.keys() & b.keys()).__name__, type(a.keys() | []).__name__)
print(a.keys() <= {1, 2, 3, 4}, a.keys() < {1, 2, 3}, a.keys() >= {1}, a.keys() > {1, 2, 3})
print({1, 2, 3} == a.keys(), a.keys() != {1, 2}, {1, 2, 3, 4} >= a.keys(), {1} < a.keys())
print(a.keys().isdisjoint({7, 8}), a.keys().isdisjoint([3]), a.items().isdisjoint([(1, "a")]))
print(a.keys() == b.keys(), {2: 0, 3: 0}.keys() < b.keys(), a.items() == dict(a).items())
try:
    a.keys() & 5
except TypeError as e:
    print("TypeError", e)
try:
    a.values() & {1}
except TypeError as e:
    print("TypeError", e)
try:
    a.values() | {1}
except TypeError as e:
    print("TypeError", e)
s = {"x": 1}.keys() | {"y": 2}.keys()
print(sorted(s))
print(sorted({1: 0}.items() | {(2, 3)}))
print(a.keys() - a.keys(), a.keys() ^ a.keys(), sorted(a.keys() & a.keys()))
