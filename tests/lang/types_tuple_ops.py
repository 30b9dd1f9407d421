# tuple: concatenation, repetition (incl. reflected), membership, count, index
t = (1, 2, 3)
print(t + (4,), () + t, t + (), t * 2, 2 * t, t * 0, t * -1, 0 * t)
print(t * 1 is t, (1,) * 5, ("a", "b") * 3)
print(2 in t, 5 in t, 5 not in t, None in (None,), (1, 2) in ((1, 2), 3))
print(t.count(1), (1, 1, 2, 1).count(1), ().count(0), (1, 1.0, True).count(1))
u = (5, 6, 5, 6, 5)
print(u.index(5), u.index(6), u.index(5, 1), u.index(5, 3), u.index(5, -1), u.index(6, 0, 2))
try:
    u.index(7)
except ValueError as e:
    print("ValueError", e)
try:
    u.index(5, 1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    t + [4]
except TypeError as e:
    print("TypeError", e)
try:
    t * 1.5
except TypeError as e:
    print("TypeError", e)
try:
    t * "a"
except TypeError as e:
    print("TypeError", e)
try:
    t + 1
except TypeError as e:
    print("TypeError", e)
class N:
    def __index__(self):
        return 2
print(t * N(), N() * t)
x = t
x += (9,)
print(x, t, x is t)
x *= 2
print(x)
print(True * (1, 2), (1, 2) * False)
