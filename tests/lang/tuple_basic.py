# tuple: construction, single element, immutability, methods, comparisons, hashing
t = (1, 2, 3)
print(t, (), (1,), tuple(), tuple([1, 2]), tuple("ab"), 1, 2, len(t))
x = 1,
print(x, type(x).__name__, (1) == 1, type((1)).__name__)
print(t[0], t[-1], t[1:], t[::-1], t + (4,), t * 2, 0 * t)
print(t.count(2), t.index(3), (1, 2, 1).index(1, 1))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError", e)
try:
    t + [4]
except TypeError as e:
    print("TypeError", e)
print((1, 2) < (1, 2, 0), (1, 2) == (1, 2), (2,) > (1, 5), () < (0,))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "v"}[1, 2])
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
m = ([1], 2)
m[0].append(3)
print(m)
a, b = t[:2]
print(a, b)
print(tuple(i * i for i in range(4)), (*t, *t))
print(repr((1,)), repr(("a", (None,))), str(()))
print(max(t), min(t), sum(t), sorted((3, 1, 2)), list(reversed(t)))
print((1, 2, 3).__len__(), (1,).__getitem__(0), 2 in t)
