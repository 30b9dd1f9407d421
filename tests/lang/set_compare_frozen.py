# set: subset/superset comparisons, equality between set and frozenset, sorting sets of sets
a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a == frozenset([1, 2]), frozenset([1]) < {1, 2})
print({1, 2} < {3}, {1, 2} > {3}, {1, 2} == {3}, {1} != {1.0})
print(a.issubset(b), b.issuperset(a), a.isdisjoint({3, 4}), set().issubset(a), set() < set())
print(sorted([{3}, {1, 2}, {1}], key=sorted), sorted(map(sorted, [{3, 1}, {2}])))
fs = frozenset("abc")
print(sorted(fs), "a" in fs, fs == set("cba"), fs | {"d"} == set("abcd"))
print(type(fs | {"d"}).__name__, type({"d"} | fs).__name__, type(fs.union("x")).__name__)
print(hash(frozenset()) == hash(frozenset([])), frozenset([1, 2]) in {frozenset([2, 1])})
try:
    {1} < [1, 2]
except TypeError as e:
    print("TypeError", e)
try:
    {1}.issubset(5)
except TypeError as e:
    print("TypeError", e)
print({1, 2}.issubset([1, 2, 3]), {1, 2, 3}.issuperset(range(3)))
