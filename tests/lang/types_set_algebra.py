# set: union, intersection, difference, symmetric_difference (methods)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a.union(b), a.union(), a.union([9], (10,), range(11, 13)), a.union("x") - {"x"})
print(a.intersection(b), a.intersection(), a.intersection([1, 2, 7], {2, 1}), a.intersection(range(3, 10)))
print(a.difference(b), a.difference(), a.difference([1], (2,)), a.difference(range(100)))
print(a.symmetric_difference(b), a.symmetric_difference([4, 8]), a.symmetric_difference(a))
print(a, b)
c = set(a)
c.update(b, [7])
print(c)
c.intersection_update([1, 3, 5, 7, 9])
print(c)
c.difference_update({1}, [7])
print(c)
c.symmetric_difference_update({5, 6})
print(c)
c.intersection_update()
print(c)
d = {1, 2}
d.difference_update(d)
print(d)
e = {1, 2}
e.symmetric_difference_update(e)
print(e)
f = {1, 2}
f.update(f)
print(f)
print({1, 2}.intersection({2: "x", 3: "y"}), {1, 2}.difference({1: 0}), {1, 2}.symmetric_difference({2: 0, 5: 0}))
g = set(range(100))
g.difference_update(range(0, 100, 3))
print(len(g), sorted(g)[:5])
print(frozenset({1, 2}).union({3}), frozenset({1}).intersection([1]), frozenset({1, 2}).difference({2}))
print(type(frozenset().union({1})).__name__, type(set().union(frozenset())).__name__)
try:
    a.union(5)
except TypeError as ex:
    print("TypeError", ex)
try:
    a.intersection(None)
except TypeError as ex:
    print("TypeError", ex)
