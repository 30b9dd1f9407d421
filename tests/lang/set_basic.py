# set: construction, add/remove/discard/pop, membership, len, set algebra operators
s = {3, 1, 2}
print(sorted(s), len(s), 2 in s, 5 not in s, set(), set([1, 1, 2]), sorted(set("hello")))
s.add(4); s.add(1)
print(sorted(s))
s.remove(4)
s.discard(99)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference([1], [2])), sorted(a.symmetric_difference([1, 7])))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {1}, {1} > {1}, {1, 2} == {2, 1})
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset((1,)), {1}.isdisjoint({2}), {1}.isdisjoint([1]))
p = {5}
print(p.pop(), p)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {1} | [2]
except TypeError as e:
    print("TypeError", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
print(repr(set()), repr({7}), {(1, 2)}, type({}).__name__)
c = {1, 2}
d = c.copy()
d.add(3)
print(sorted(c), sorted(d))
c.clear()
print(c, len(c), bool(c))
