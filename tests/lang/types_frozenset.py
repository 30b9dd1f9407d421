# frozenset: construction, hashing, use as keys, repr
print(frozenset(), frozenset([1, 2, 2]), frozenset(range(4)), frozenset("aa"))
f = frozenset({1, 2})
print(f, repr(f), str(f), len(f), 1 in f, 3 in f)
print(frozenset(f) is f, f.copy() is f)
print(hash(f) == hash(frozenset([2, 1])), hash(frozenset()) == hash(frozenset([])))
print(hash(frozenset({1, 2, 3})) == hash(frozenset({3, 2, 1})))
print(hash(frozenset({1})) != hash(frozenset({2})))
d = {f: "pair", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()])
print({1, 2} == f, f == {1, 2})
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(s))
nested = frozenset([frozenset([1]), frozenset([2, 3])])
print(len(nested), frozenset([1]) in nested)
print(hash(nested) == hash(frozenset([frozenset([3, 2]), frozenset([1])])))
try:
    f.add(3)
except AttributeError as e:
    print("AttributeError")
try:
    frozenset(1)
except TypeError as e:
    print("TypeError", e)
try:
    hash(frozenset([1, 2])) == hash(frozenset([[1]]))
except TypeError as e:
    print("TypeError", e)
print(type(f).__name__, type(f | {3}).__name__, f | {3})
print(frozenset({1, 2}) - {1}, frozenset() | frozenset())
print(hash((f, 1)) == hash((frozenset([1, 2]), 1)))
print(frozenset([(1, 2), (3, 4)]) == frozenset([(3, 4), (1, 2)]))
