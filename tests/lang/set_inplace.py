# set: in-place update operators and methods, frozenset immutability and hashing
a = {1, 2, 3}
a |= {4}
print(sorted(a))
a &= {1, 2, 4, 9}
print(sorted(a))
a -= {1}
print(sorted(a))
a ^= {2, 7}
print(sorted(a))
a.update([10, 11], (12,))
a.intersection_update(range(11))
print(sorted(a))
a.difference_update({4})
a.symmetric_difference_update({7, 8})
print(sorted(a))
f = frozenset([3, 1, 2])
print(sorted(f), type(f).__name__, 1 in f, len(f), frozenset(), frozenset() == set())
print(sorted(f | {9}), type(f | {9}).__name__, type({9} | f).__name__, type(f & {1}).__name__)
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError")
g = f
g |= {100}
print(sorted(g), sorted(f), g is f)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset([1]): "x"}[frozenset([1])])
print({f, frozenset([1, 2, 3])} == {f}, len({frozenset(), frozenset()}))
print(set(f) == f, f == {1, 2, 3}, repr(frozenset({5})))
ss = {frozenset({1}), frozenset({1, 2})}
print(sorted(sorted(x) for x in ss))
s = set(range(10))
for x in list(s):
    if x % 3:
        s.discard(x)
print(sorted(s))
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print("RuntimeError", e)
