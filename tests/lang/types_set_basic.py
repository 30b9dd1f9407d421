# set: construction, repr (small ints), len, membership
print(set(), {1}, {1, 2, 3}, {3, 2, 1}, set([5, 4, 4, 5]), set(range(10)), set((2, 1)))
print(set("aaa"), set({7: 1, 3: 2}), {x % 4 for x in range(20)}, set(set([1])))
s = {1, 2, 3}
print(len(s), len(set()), bool(s), bool(set()), 2 in s, 4 in s, 4 not in s)
print({1, 1.0, True}, {0, False, 0.0}, len({1, 1.0, True}))
print({(1, 2), (1, 2)}, {None}, {frozenset({1})})
print(sorted({"b", "a", "c"}), sorted(set("hello")))
print(set([-1, -2, 5]), {8, 1}, {1, 8}, set([16, 0, 8]), set([100, 5, 37]))
print(set(range(20, 0, -1)), set(range(0, 100, 7)))
print(type(s).__name__, type({1}) is set)
t = set()
for i in range(100):
    t.add(i * 3)
print(len(t), 297 in t, 298 in t, min(t), max(t), sum(t))
print(list({3, 1, 2}), tuple({9, 8}), sorted({5, 3, 4}, reverse=True))
print(set([1, 2]) == {2, 1}, {1, 2} != {1, 2, 3})
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
try:
    set([[1]])
except TypeError as e:
    print("TypeError", e)
try:
    set(1)
except TypeError as e:
    print("TypeError", e)
try:
    set(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    [] in {1}
except TypeError as e:
    print("TypeError", e)
print({1} in {frozenset({1})}, set() in {frozenset()})
