# tuple: count/index with bounds, concatenation and repetition, slicing returns tuples, tuple()
t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(9), t.index(2), t.index(2, 2), t.index(1, 1), t.index(2, -1))
try:
    t.index(3, 3)
except ValueError as e:
    print("ValueError", e)
print(t[1:4], t[::-1], t[:0], type(t[1:2]).__name__, t[-2:])
print(t + (9,), (0,) + t, t * 2, 2 * (0,), () * 5)
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"x": 1}), tuple(x for x in "yz"))
print(len(t), 3 in t, sum(t), sorted(t), tuple(sorted(t)), tuple(reversed(t)))
u = t
t += (100,)
print(u is t, len(u), len(t))
try:
    t.append(1)
except AttributeError as e:
    print("AttributeError")
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
print(tuple(t) is t, t[:] is t)
