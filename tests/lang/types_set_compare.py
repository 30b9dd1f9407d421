# set comparisons: subset/superset operators and methods, equality
a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b <= b, b < b, b >= a, b > a, a >= b, a > a)
print(a == {2, 1}, a != b, a == frozenset({1, 2}), frozenset({1, 2}) == a, a == [1, 2])
print({1} < {2}, {1} > {2}, {1} <= {2}, set() <= a, set() < set(), set() == frozenset())
print(a.issubset(b), a.issubset([1, 2, 5]), b.issubset(a), a.issubset(range(5)))
print(b.issuperset(a), b.issuperset([3]), a.issuperset((1, 2, 3)), a.issuperset([]))
print(a.isdisjoint({3}), a.isdisjoint([2]), set().isdisjoint(set()), a.isdisjoint(a), a.isdisjoint(range(3, 9)))
print(frozenset({1}).issubset({1, 2}), frozenset({1, 2}).isdisjoint(frozenset({3})))
try:
    a < [1, 2, 3]
except TypeError as e:
    print("TypeError", e)
try:
    a <= 5
except TypeError as e:
    print("TypeError", e)
try:
    a.issubset(5)
except TypeError as e:
    print("TypeError", e)
print({1, 2, 3} > {1, 2} > {1} > set())
print(sorted([{1, 2}, {1}], key=len))
print({1.0, 2} == {1, 2.0}, {True} == {1})
